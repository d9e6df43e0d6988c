/*
 * set.c -- set and frozenset (set.h): the table, the operators and methods,
 * the iterator.
 *
 * The table follows CPython 3.11's rules so that tables built from the same
 * hashes in the same order have the same layout: a lookup probes the home
 * slot and the 9 after it (when they fit) before a perturbed jump
 * (i = i*5 + 1 + perturb, perturb >>= 5); an insertion reuses the last
 * dummy seen on the probe path; a table grows to the smallest power of two
 * above used*4 (used*2 past 50000) when fill*5 >= mask*3; a resize
 * re-inserts in table order.  Whole-set operations follow CPython's choice
 * of which operand is walked (intersection walks the smaller set, a
 * symmetric difference starts from a copy of the other operand...), which
 * fixes the order of the result.
 */
#include <string.h>
#include "runtime/set.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/hash.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define SET(o) ((rt_set *)(o))

static rt_object dummy_struct = { RT_IMMORTAL_REFCNT, &rt_none_type };
#define DUMMY (&dummy_struct)

/* ---- the table ------------------------------------------------------------------ */

/* The entry holding key, or the unused entry ending its probe path; NULL
 * with an exception when a comparison raised.  A comparison that changes
 * the table restarts the search. */
static rt_setentry *lookkey(rt_set *so, rt_object *key, intptr_t hash)
{
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        rt_setentry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL)
                return e;
            if (e->hash == hash) {
                rt_object *k = e->key;
                if (k == key)
                    return e;
                if (rt_str_check_exact(k) && rt_str_check_exact(key) && rt_str_eq(k, key))
                    return e;
                rt_setentry *table = so->table;
                rt_incref(k);
                int cmp = rt_richcompare_bool(k, key, RT_EQ);
                rt_decref(k);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || e->key != k)
                    goto restart;
                if (cmp > 0)
                    return e;
                mask = (size_t)so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert into a table known to hold neither key nor dummies. */
static void insert_clean(rt_setentry *table, size_t mask, rt_object *key, intptr_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        rt_setentry *e = &table[i];
        if (e->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask)
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == NULL)
                    goto found;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(rt_set *so, intptr_t minused)
{
    size_t newsize = RT_SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    rt_setentry *oldtable = so->table, small_copy[RT_SET_MINSIZE], *newtable;
    size_t oldmask = (size_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    if (newsize == RT_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = rt_mem_malloc(newsize * sizeof *newtable);
        if (!newtable) {
            rt_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof *newtable);
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (rt_setentry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key && e->key != DUMMY)
            insert_clean(newtable, newsize - 1, e->key, e->hash);
    if (old_malloced)
        rt_mem_free(oldtable);
    return 0;
}

/* Add key (borrowed) with its hash. */
static int add_entry(rt_set *so, rt_object *key, intptr_t hash)
{
    rt_incref(key);   /* a comparison may drop the caller's reference */
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    rt_setentry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL)
                goto found_unused;
            if (e->hash == hash) {
                rt_object *k = e->key;
                if (k == key)
                    goto found_active;
                if (rt_str_check_exact(k) && rt_str_check_exact(key) && rt_str_eq(k, key))
                    goto found_active;
                rt_setentry *table = so->table;
                rt_incref(k);
                int cmp = rt_richcompare_bool(k, key, RT_EQ);
                rt_decref(k);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0) {
                    rt_decref(key);
                    return -1;
                }
                if (table != so->table || e->key != k)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    rt_decref(key);
    return 0;
}

static int discard_entry(rt_set *so, rt_object *key, intptr_t hash)
{
    rt_setentry *e = lookkey(so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    rt_object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    rt_decref(old);
    return 1;
}

static int contains_entry(rt_set *so, rt_object *key, intptr_t hash)
{
    rt_setentry *e = lookkey(so, key, hash);
    return e ? e->key != NULL : -1;
}

static intptr_t hash_of(rt_object *key) { return rt_hash_inline(key); }

int rt_set_next(rt_object *s, intptr_t *pos, rt_object **key)
{
    rt_set *so = SET(s);
    intptr_t i = *pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *key = so->table[i].key;
    return 1;
}

static int next_entry(rt_set *so, intptr_t *pos, rt_setentry **out)
{
    intptr_t i = *pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *out = &so->table[i];
    return 1;
}

static void empty_to_minsize(rt_set *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = so->used = 0;
    so->mask = RT_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

static int set_clear_internal(rt_object *o)
{
    rt_set *so = SET(o);
    rt_setentry *table = so->table, small_copy[RT_SET_MINSIZE];
    intptr_t used = so->used;
    bool malloced = table != so->smalltable;
    if (malloced) {
        empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        empty_to_minsize(so);
    }
    for (rt_setentry *e = table; used > 0; e++)
        if (e->key && e->key != DUMMY) {
            used--;
            rt_decref(e->key);
        }
    if (malloced)
        rt_mem_free(table);
    return 0;
}

/* ---- construction and bulk updates ------------------------------------------------- */

static rt_object *make_set(rt_type *t)
{
    rt_set *so = (rt_set *)rt_object_new(t);
    if (!so)
        return NULL;
    so->mask = RT_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    rt_gc_track(RT_OBJ(so));
    return RT_OBJ(so);
}

static int merge(rt_set *so, rt_set *other)
{
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3
        && table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++)
            if (other->table[i].key) {
                so->table[i].key = rt_newref(other->table[i].key);
                so->table[i].hash = other->table[i].hash;
            }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++) {
            rt_setentry *e = &other->table[i];
            if (e->key && e->key != DUMMY)
                insert_clean(so->table, (size_t)so->mask, rt_newref(e->key), e->hash);
        }
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        rt_setentry *e = &other->table[i];
        if (e->key && e->key != DUMMY && add_entry(so, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

static int update_internal(rt_set *so, rt_object *other)
{
    if (rt_anyset_check(other))
        return merge(so, SET(other));
    if (rt_dict_check_exact(other)) {
        intptr_t n = rt_dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3 && table_resize(so, (so->used + n) * 2) < 0)
            return -1;
        intptr_t pos = 0;
        rt_object *k, *v;
        while (rt_dict_next(other, &pos, &k, &v)) {
            intptr_t h = hash_of(k);
            if (h == -1 || add_entry(so, k, h) < 0)
                return -1;
        }
        return 0;
    }
    rt_object *it = rt_get_iter(other);
    if (!it)
        return -1;
    rt_object *k;
    while ((k = rt_iter_next(it)) != NULL) {
        intptr_t h = hash_of(k);
        int r = h == -1 ? -1 : add_entry(so, k, h);
        rt_decref(k);
        if (r < 0) {
            rt_decref(it);
            return -1;
        }
    }
    rt_decref(it);
    return rt_err_occurred() ? -1 : 0;
}

rt_object *rt_set_new(rt_object *iterable, bool frozen)
{
    rt_object *s = make_set(frozen ? &rt_frozenset_type : &rt_set_type);
    if (s && iterable && update_internal(SET(s), iterable) < 0)
        RT_CLEAR(s);
    return s;
}

int rt_set_add(rt_object *s, rt_object *key)
{
    intptr_t h = hash_of(key);
    return h == -1 ? -1 : add_entry(SET(s), key, h);
}

int rt_set_update(rt_object *s, rt_object *iterable) { return update_internal(SET(s), iterable); }

/* A key that is a set is looked up as the equal frozenset (CPython). */
static int with_key(rt_object *s, rt_object *key, int (*f)(rt_set *, rt_object *, intptr_t))
{
    intptr_t h = hash_of(key);
    if (h != -1)
        return f(SET(s), key, h);
    if (!rt_anyset_check(key) || rt_anyfrozenset_check(key) || !rt_err_matches(&rt_exc_TypeError))
        return -1;
    rt_err_clear();
    rt_object *fk = rt_set_new(key, true);
    if (!fk)
        return -1;
    h = hash_of(fk);
    int r = h == -1 ? -1 : f(SET(s), fk, h);
    rt_decref(fk);
    return r;
}

int rt_set_contains(rt_object *s, rt_object *key) { return with_key(s, key, contains_entry); }
int rt_set_contains_hashed(rt_object *s, rt_object *key, intptr_t hash) { return contains_entry(SET(s), key, hash); }
int rt_set_discard(rt_object *s, rt_object *key) { return with_key(s, key, discard_entry); }

static rt_object *copy_of(rt_set *so, bool frozen)
{
    rt_object *c = make_set(frozen ? &rt_frozenset_type : &rt_set_type);
    if (c && merge(SET(c), so) < 0)
        RT_CLEAR(c);
    return c;
}

/* A result of the base kind of so (a subclass's operations make a set or
 * frozenset, as CPython's make_new_set_basetype). */
static rt_object *same_kind_copy(rt_set *so) { return copy_of(so, rt_anyfrozenset_check(RT_OBJ(so))); }

/* An operand as a set: itself (new reference) if it is one, else a new set. */
static rt_object *as_set(rt_object *o)
{
    return rt_anyset_check(o) ? rt_newref(o) : rt_set_new(o, false);
}

/* ---- the operations ----------------------------------------------------------------- */

static rt_object *intersection(rt_set *so, rt_object *other)
{
    if (RT_OBJ(so) == other)
        return same_kind_copy(so);
    rt_object *result = make_set(rt_anyfrozenset_check(RT_OBJ(so)) ? &rt_frozenset_type : &rt_set_type);
    if (!result)
        return NULL;
    if (rt_anyset_check(other)) {
        rt_set *a = so, *b = SET(other);
        if (b->used > a->used) {
            rt_set *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        rt_setentry *e;
        while (next_entry(b, &pos, &e)) {
            rt_object *k = rt_newref(e->key);
            intptr_t h = e->hash;
            int rv = contains_entry(a, k, h);
            if (rv > 0)
                rv = add_entry(SET(result), k, h);
            rt_decref(k);
            if (rv < 0) {
                rt_decref(result);
                return NULL;
            }
        }
        return result;
    }
    rt_object *it = rt_get_iter(other), *k;
    if (!it) {
        rt_decref(result);
        return NULL;
    }
    while ((k = rt_iter_next(it)) != NULL) {
        intptr_t h = hash_of(k);
        int rv = h == -1 ? -1 : contains_entry(so, k, h);
        if (rv > 0)
            rv = add_entry(SET(result), k, h);
        rt_decref(k);
        if (rv < 0)
            break;
        if (rv == 0 && SET(result)->used >= so->used)
            break;
    }
    rt_decref(it);
    if (rt_err_occurred())
        RT_CLEAR(result);
    return result;
}

/* Exchange the contents of a and b (intersection_update's result). */
static void swap_bodies(rt_set *a, rt_set *b)
{
    rt_set tmp;
    size_t off = offsetof(rt_set, fill), len = offsetof(rt_set, weakreflist) - off;
    memcpy((char *)&tmp + off, (char *)a + off, len);
    memcpy((char *)a + off, (char *)b + off, len);
    memcpy((char *)b + off, (char *)&tmp + off, len);
    if (a->table == b->smalltable)
        a->table = a->smalltable;
    if (b->table == a->smalltable)
        b->table = b->smalltable;
    intptr_t h = a->hash;
    a->hash = b->hash;
    b->hash = h;
}

static int difference_update(rt_set *so, rt_object *other)
{
    if (RT_OBJ(so) == other)
        return set_clear_internal(RT_OBJ(so));
    if (rt_anyset_check(other)) {
        rt_object *o = (SET(other)->used >> 3) > so->used ? intersection(so, other) : rt_newref(other);
        if (!o)
            return -1;
        intptr_t pos = 0;
        rt_setentry *e;
        while (next_entry(SET(o), &pos, &e)) {
            rt_object *k = rt_newref(e->key);
            int r = discard_entry(so, k, e->hash);
            rt_decref(k);
            if (r < 0) {
                rt_decref(o);
                return -1;
            }
        }
        rt_decref(o);
    } else {
        rt_object *it = rt_get_iter(other), *k;
        if (!it)
            return -1;
        while ((k = rt_iter_next(it)) != NULL) {
            int r = rt_set_discard(RT_OBJ(so), k);
            rt_decref(k);
            if (r < 0) {
                rt_decref(it);
                return -1;
            }
        }
        rt_decref(it);
        if (rt_err_occurred())
            return -1;
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static rt_object *difference(rt_set *so, rt_object *other)
{
    intptr_t other_size;
    if (rt_anyset_check(other))
        other_size = SET(other)->used;
    else if (rt_dict_check_exact(other))
        other_size = rt_dict_size(other);
    else
        other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        rt_object *r = same_kind_copy(so);
        if (r && difference_update(SET(r), other) < 0)
            RT_CLEAR(r);
        return r;
    }
    rt_object *result = make_set(rt_anyfrozenset_check(RT_OBJ(so)) ? &rt_frozenset_type : &rt_set_type);
    if (!result)
        return NULL;
    intptr_t pos = 0;
    rt_setentry *e;
    while (next_entry(so, &pos, &e)) {
        rt_object *k = rt_newref(e->key);
        intptr_t h = e->hash;
        int rv = rt_dict_check_exact(other) ? rt_dict_contains(other, k) : contains_entry(SET(other), k, h);
        if (rv == 0)
            rv = add_entry(SET(result), k, h);
        rt_decref(k);
        if (rv < 0) {
            rt_decref(result);
            return NULL;
        }
    }
    return result;
}

static int symmetric_difference_update(rt_set *so, rt_object *other)
{
    if (RT_OBJ(so) == other)
        return set_clear_internal(RT_OBJ(so));
    rt_object *o = as_set(other);
    if (!o)
        return -1;
    intptr_t pos = 0;
    rt_setentry *e;
    while (next_entry(SET(o), &pos, &e)) {
        rt_object *k = rt_newref(e->key);
        intptr_t h = e->hash;
        int r = discard_entry(so, k, h);
        if (r == 0)
            r = add_entry(so, k, h);
        rt_decref(k);
        if (r < 0) {
            rt_decref(o);
            return -1;
        }
    }
    rt_decref(o);
    return 0;
}

static rt_object *symmetric_difference(rt_set *so, rt_object *other)
{
    rt_object *result = make_set(rt_anyfrozenset_check(RT_OBJ(so)) ? &rt_frozenset_type : &rt_set_type);
    if (result && (update_internal(SET(result), other) < 0
                   || symmetric_difference_update(SET(result), RT_OBJ(so)) < 0))
        RT_CLEAR(result);
    return result;
}

static int issubset(rt_set *so, rt_set *other)
{
    if (so->used > other->used)
        return 0;
    intptr_t pos = 0;
    rt_setentry *e;
    while (next_entry(so, &pos, &e)) {
        rt_object *k = rt_newref(e->key);
        int r = contains_entry(other, k, e->hash);
        rt_decref(k);
        if (r <= 0)
            return r;
    }
    return 1;
}

/* ---- number protocol -------------------------------------------------------------- */

static rt_object *set_binop(rt_object *a, rt_object *b, int op)
{
    if (!rt_anyset_check(a) || !rt_anyset_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    switch (op) {
    case RT_NB_OR: {
        rt_object *r = same_kind_copy(SET(a));
        if (r && a != b && update_internal(SET(r), b) < 0)
            RT_CLEAR(r);
        return r;
    }
    case RT_NB_AND: return intersection(SET(a), b);
    case RT_NB_SUB: return difference(SET(a), b);
    default: return symmetric_difference(SET(a), b);
    }
}

static rt_object *set_or(rt_object *a, rt_object *b) { return set_binop(a, b, RT_NB_OR); }
static rt_object *set_and(rt_object *a, rt_object *b) { return set_binop(a, b, RT_NB_AND); }
static rt_object *set_sub(rt_object *a, rt_object *b) { return set_binop(a, b, RT_NB_SUB); }
static rt_object *set_xor(rt_object *a, rt_object *b) { return set_binop(a, b, RT_NB_XOR); }

rt_object *rt_set_inplace(rt_object *s, rt_object *other, int op)
{
    if (!rt_anyset_check(other) || (op != RT_NB_OR && op != RT_NB_AND && op != RT_NB_SUB && op != RT_NB_XOR))
        return rt_newref(RT_NOTIMPLEMENTED);
    int r;
    if (op == RT_NB_AND) {
        rt_object *t = intersection(SET(s), other);
        if (!t)
            return NULL;
        swap_bodies(SET(s), SET(t));
        rt_decref(t);
        r = 0;
    } else {
        r = op == RT_NB_OR ? update_internal(SET(s), other)
            : op == RT_NB_SUB ? difference_update(SET(s), other)
                              : symmetric_difference_update(SET(s), other);
    }
    return r < 0 ? NULL : rt_newref(s);
}

/* no bool_: a set's truth is its length, as CPython's (no nb_bool) */
static rt_number_methods set_as_number = {
    .subtract = set_sub, .and_ = set_and, .xor_ = set_xor, .or_ = set_or,
};

static intptr_t set_len(rt_object *o) { return SET(o)->used; }

static int set_seq_contains(rt_object *o, rt_object *key) { return rt_set_contains(o, key); }

static rt_sequence_methods set_as_sequence = {
    .length = set_len,
    .contains = set_seq_contains,
};

/* ---- slots -------------------------------------------------------------------------- */

static int set_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    intptr_t pos = 0;
    rt_object *k;
    while (rt_set_next(o, &pos, &k))
        RT_VISIT(k);
    return 0;
}

static void set_dealloc(rt_object *o)
{
    rt_set *so = SET(o);
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, set_dealloc)
    if (so->weakreflist)
        rt_weakref_clear_all(o);
    intptr_t used = so->used;
    for (rt_setentry *e = so->table; used > 0; e++)
        if (e->key && e->key != DUMMY) {
            used--;
            rt_decref(e->key);
        }
    if (so->table != so->smalltable)
        rt_mem_free(so->table);
    rt_object_free(o);
    RT_TRASHCAN_END
}

static rt_object *set_repr(rt_object *o)
{
    rt_set *so = SET(o);
    /* frozenset({1}), {1}; a subclass's name (CPython's type name: no
     * module) with the braces in parentheses: S({1}), S() */
    rt_type *t = RT_TYPE(o);
    bool named = t != &rt_set_type;
    const char *name = t->name;
    if (so->used == 0)
        return named ? rt_str_from_format("%s()", name) : rt_str_from_cstr("set()");
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc < 0 ? NULL : rt_str_from_format("%s(...)", name);
    rt_str_builder b;
    rt_str_builder_init(&b);
    if (named) {
        rt_str_builder_append_cstr(&b, name);
        rt_str_builder_append_cstr(&b, "(");
    }
    rt_str_builder_append_cstr(&b, "{");
    intptr_t pos = 0;
    rt_object *k;
    bool first = true;
    while (rt_set_next(o, &pos, &k)) {
        if (!first)
            rt_str_builder_append_cstr(&b, ", ");
        first = false;
        rt_incref(k);
        int r = rt_str_builder_append_repr(&b, k);
        rt_decref(k);
        if (r < 0) {
            rt_repr_leave(o);
            rt_str_builder_discard(&b);
            return NULL;
        }
    }
    rt_str_builder_append_cstr(&b, named ? "})" : "}");
    rt_repr_leave(o);
    return rt_str_builder_finish(&b);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
}

static intptr_t frozenset_hash(rt_object *o)
{
    rt_set *so = SET(o);
    if (so->hash != -1)
        return so->hash;
    uint64_t h = 0;
    for (rt_setentry *e = so->table; e <= &so->table[so->mask]; e++)
        h ^= shuffle_bits((uint64_t)e->hash);
    if ((so->mask + 1 - so->fill) & 1)
        h ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        h ^= shuffle_bits((uint64_t)-1);
    h ^= ((uint64_t)so->used + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    if (h == (uint64_t)-1)
        h = 590923713u;
    so->hash = (intptr_t)h;
    return so->hash;
}

static rt_object *set_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_anyset_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_set *x = SET(a), *y = SET(b);
    int r;
    switch (op) {
    case RT_EQ:
    case RT_NE:
        if (x->used != y->used)
            r = 0;
        else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
            r = 0;
        else
            r = issubset(x, y);
        if (r < 0)
            return NULL;
        return rt_bool_from(op == RT_EQ ? r : !r);
    case RT_LE: r = issubset(x, y); break;
    case RT_GE: r = issubset(y, x); break;
    case RT_LT: r = x->used < y->used ? issubset(x, y) : 0; break;
    default: r = y->used < x->used ? issubset(y, x) : 0; break;
    }
    return r < 0 ? NULL : rt_bool_from(r);
}

/* ---- the iterator ---------------------------------------------------------------------- */

typedef struct setiter {
    RT_OBJECT_HEAD
    rt_object *set;       /* NULL once exhausted */
    intptr_t used, pos;
    intptr_t len;         /* items left, for __length_hint__ */
} setiter;

static rt_object *set_iter(rt_object *o)
{
    setiter *si = (setiter *)rt_object_new(&rt_setiter_type);
    if (!si)
        return NULL;
    si->set = rt_newref(o);
    si->used = SET(o)->used;
    si->len = si->used;
    rt_gc_track(RT_OBJ(si));
    return RT_OBJ(si);
}

static rt_object *setiter_next(rt_object *o)
{
    setiter *si = (setiter *)o;
    if (!si->set)
        return NULL;
    if (si->used != SET(si->set)->used) {
        si->used = -1;
        return rt_err_set_string(&rt_exc_RuntimeError, "Set changed size during iteration");
    }
    rt_object *k;
    if (!rt_set_next(si->set, &si->pos, &k)) {
        RT_CLEAR(si->set);
        return NULL;
    }
    si->len--;
    return rt_newref(k);
}

/* __length_hint__ (setiter_len): the items left while the set has the
 * size it had, else 0. */
static rt_object *setiter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    setiter *si = (setiter *)o;
    intptr_t n = si->set && si->used == SET(si->set)->used ? si->len : 0;
    return rt_iter_length_hint_result(o, nargs, kw, n);
}

RT_NOSCAN static rt_method_def setiter_methods[] = {
    { "__length_hint__", setiter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

static int setiter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((setiter *)o)->set);
    return 0;
}

static void setiter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_XDECREF(((setiter *)o)->set);
    rt_object_free(o);
}

RT_NOSCAN_TYPE rt_type rt_setiter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "set_iterator",
    .basicsize = sizeof(setiter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = rt_iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

/* ---- methods ---------------------------------------------------------------------------- */

#define METH(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

static int check_args(const char *tname, const char *name, intptr_t nargs, rt_object *kw, intptr_t want)
{
    if (kw && RT_SIZE(kw) > 0) {
        /* CPython's METH_VARARGS methods (any number of others) name no type */
        if (want < 0)
            rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", name);
        else
            rt_err_format(&rt_exc_TypeError, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    if (want >= 0 && nargs != want) {
        if (want == 0)
            rt_err_format(&rt_exc_TypeError, "%s.%s() takes no arguments (%ld given)", tname, name, (long)nargs);
        else
            rt_err_format(&rt_exc_TypeError, "%s.%s() takes exactly one argument (%ld given)", tname, name,
                          (long)nargs);
        return -1;
    }
    return 0;
}

#define TNAME (RT_TYPE(self)->name)

METH(m_add)
{
    if (check_args("set", "add", nargs, kw, 1) < 0 || rt_set_add(self, args[0]) < 0)
        return NULL;
    return rt_none_new();
}

METH(m_discard)
{
    if (check_args("set", "discard", nargs, kw, 1) < 0 || rt_set_discard(self, args[0]) < 0)
        return NULL;
    return rt_none_new();
}

METH(m_remove)
{
    if (check_args("set", "remove", nargs, kw, 1) < 0)
        return NULL;
    int r = rt_set_discard(self, args[0]);
    if (r < 0)
        return NULL;
    if (r == 0)
        return rt_err_set_object(&rt_exc_KeyError, args[0]);
    return rt_none_new();
}

METH(m_pop)
{
    (void)args;
    if (check_args("set", "pop", nargs, kw, 0) < 0)
        return NULL;
    rt_set *so = SET(self);
    if (so->used == 0)
        return rt_err_set_string(&rt_exc_KeyError, "pop from an empty set");
    rt_setentry *e = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (e->key == NULL || e->key == DUMMY) {
        e++;
        if (e > limit)
            e = so->table;
    }
    rt_object *k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = e - so->table + 1;
    return k;
}

METH(m_clear)
{
    (void)args;
    if (check_args("set", "clear", nargs, kw, 0) < 0)
        return NULL;
    set_clear_internal(self);
    return rt_none_new();
}

METH(m_copy)
{
    (void)args;
    if (check_args(TNAME, "copy", nargs, kw, 0) < 0)
        return NULL;
    if (RT_TYPE(self) == &rt_frozenset_type)
        return rt_newref(self);
    return same_kind_copy(SET(self));
}

METH(m_update)
{
    if (check_args("set", "update", nargs, kw, -1) < 0)
        return NULL;
    for (intptr_t i = 0; i < nargs; i++)
        if (update_internal(SET(self), args[i]) < 0)
            return NULL;
    return rt_none_new();
}

METH(m_union)
{
    if (check_args(TNAME, "union", nargs, kw, -1) < 0)
        return NULL;
    rt_object *r = same_kind_copy(SET(self));
    for (intptr_t i = 0; r && i < nargs; i++)
        if (args[i] != self && update_internal(SET(r), args[i]) < 0)
            RT_CLEAR(r);
    return r;
}

METH(m_intersection)
{
    if (check_args(TNAME, "intersection", nargs, kw, -1) < 0)
        return NULL;
    if (nargs == 0)
        return same_kind_copy(SET(self));
    rt_object *r = rt_newref(self);
    for (intptr_t i = 0; r && i < nargs; i++) {
        rt_object *n = intersection(SET(r), args[i]);
        rt_decref(r);
        r = n;
    }
    return r;
}

METH(m_intersection_update)
{
    if (check_args("set", "intersection_update", nargs, kw, -1) < 0)
        return NULL;
    rt_object *t = m_intersection(self, args, nargs, kw);
    if (!t)
        return NULL;
    if (t != self)
        swap_bodies(SET(self), SET(t));
    rt_decref(t);
    return rt_none_new();
}

METH(m_difference)
{
    if (check_args(TNAME, "difference", nargs, kw, -1) < 0)
        return NULL;
    if (nargs == 0)
        return same_kind_copy(SET(self));
    rt_object *r = difference(SET(self), args[0]);
    for (intptr_t i = 1; r && i < nargs; i++)
        if (difference_update(SET(r), args[i]) < 0)
            RT_CLEAR(r);
    return r;
}

METH(m_difference_update)
{
    if (check_args("set", "difference_update", nargs, kw, -1) < 0)
        return NULL;
    for (intptr_t i = 0; i < nargs; i++)
        if (difference_update(SET(self), args[i]) < 0)
            return NULL;
    return rt_none_new();
}

METH(m_symmetric_difference)
{
    if (check_args(TNAME, "symmetric_difference", nargs, kw, 1) < 0)
        return NULL;
    return symmetric_difference(SET(self), args[0]);
}

METH(m_symmetric_difference_update)
{
    if (check_args("set", "symmetric_difference_update", nargs, kw, 1) < 0
        || symmetric_difference_update(SET(self), args[0]) < 0)
        return NULL;
    return rt_none_new();
}

static rt_object *subset_test(rt_object *self, rt_object *other, bool super)
{
    rt_object *o = as_set(other);
    if (!o)
        return NULL;
    int r = super ? issubset(SET(o), SET(self)) : issubset(SET(self), SET(o));
    rt_decref(o);
    return r < 0 ? NULL : rt_bool_from(r);
}

METH(m_issubset)
{
    if (check_args(TNAME, "issubset", nargs, kw, 1) < 0)
        return NULL;
    return subset_test(self, args[0], false);
}

METH(m_issuperset)
{
    if (check_args(TNAME, "issuperset", nargs, kw, 1) < 0)
        return NULL;
    return subset_test(self, args[0], true);
}

METH(m_isdisjoint)
{
    if (check_args(TNAME, "isdisjoint", nargs, kw, 1) < 0)
        return NULL;
    rt_object *t = intersection(SET(self), args[0]);
    if (!t)
        return NULL;
    bool r = SET(t)->used == 0;
    rt_decref(t);
    return rt_bool_from(r);
}

#define M(n, f) { n, f, RT_METH_FASTCALL, NULL }
/* CPython's METH_VARARGS methods of set and frozenset */
#define MV(n, f) { n, f, RT_METH_FASTCALL | RT_METH_NOKW, NULL }
RT_NOSCAN static rt_method_def set_methods[] = {
    M("add", m_add), M("discard", m_discard), M("remove", m_remove), M("pop", m_pop),
    M("clear", m_clear), M("copy", m_copy), MV("update", m_update), MV("union", m_union),
    MV("intersection", m_intersection), MV("intersection_update", m_intersection_update),
    MV("difference", m_difference), MV("difference_update", m_difference_update),
    M("symmetric_difference", m_symmetric_difference),
    M("symmetric_difference_update", m_symmetric_difference_update),
    M("issubset", m_issubset), M("issuperset", m_issuperset), M("isdisjoint", m_isdisjoint),
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def frozenset_methods[] = {
    M("copy", m_copy), MV("union", m_union), MV("intersection", m_intersection),
    MV("difference", m_difference), M("symmetric_difference", m_symmetric_difference),
    M("issubset", m_issubset), M("issuperset", m_issuperset), M("isdisjoint", m_isdisjoint),
    { NULL, NULL, 0, NULL },
};

/* An instance of the subclass t with the items of it (may be NULL):
 * frozenset's __new__ fills it; a set subclass's is filled by __init__.
 * Out of line: set() and frozenset() keep their short path. */
static __attribute__((noinline)) rt_object *subset_new(rt_type *t, rt_object *it)
{
    rt_object *s = make_set(t);
    if (s && it && update_internal(SET(s), it) < 0)
        RT_CLEAR(s);
    return s;
}

static rt_object *set_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "%s expected at most 1 argument, got %ld", t->name, (long)n);
    rt_object *it = n ? args[0] : NULL;
    if (t == &rt_frozenset_type && it && RT_TYPE(it) == &rt_frozenset_type)
        return rt_newref(it);
    if (RT_UNLIKELY(t != &rt_frozenset_type && t != &rt_set_type))
        return subset_new(t, it);
    return rt_set_new(it, t == &rt_frozenset_type);
}

static rt_object *frozenset_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", t->name);
    return set_vectorcall(t, args ? RT_TUPLE_ITEMS(args) : NULL, args ? RT_SIZE(args) : 0);
}

/* A set is made empty and filled by __init__, as CPython's set_new and
 * set_init: set.__new__(set, [1]) is empty, and __init__ again refills. */
static rt_object *set_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)args;
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", t->name);
    return make_set(t);
}

static int set_init_slot(rt_object *self, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_set_string(&rt_exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (RT_SIZE(args) > 1) {
        rt_err_format(&rt_exc_TypeError, "%s expected at most 1 argument, got %ld", self->type->name,
                      (long)RT_SIZE(args));
        return -1;
    }
    if (SET(self)->used)
        set_clear_internal(self);
    return RT_SIZE(args) ? rt_set_update(self, RT_TUPLE_GET_ITEM(args, 0)) : 0;
}

intptr_t rt_set_sizeof(rt_object *s)
{
    rt_set *so = SET(s);
    intptr_t n = (intptr_t)sizeof(rt_set);
    if (so->table != so->smalltable)
        n += (so->mask + 1) * (intptr_t)sizeof(rt_setentry);
    return n;
}

RT_NOSCAN_TYPE rt_type rt_set_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "set",
    .basicsize = sizeof(rt_set),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_SET_SUBCLASS | RT_TPFLAGS_MATCH_SELF,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .weaklistoffset = offsetof(rt_set, weakreflist),
    .repr = set_repr,
    .hash = rt_hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .methods = set_methods,
    .new_ = set_new_slot,
    .init = set_init_slot,
    .vectorcall = set_vectorcall,
};

RT_NOSCAN_TYPE rt_type rt_frozenset_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "frozenset",
    .basicsize = sizeof(rt_set),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_SET_SUBCLASS | RT_TPFLAGS_FROZENSET_SUBCLASS | RT_TPFLAGS_MATCH_SELF,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .weaklistoffset = offsetof(rt_set, weakreflist),
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .methods = frozenset_methods,
    .new_ = frozenset_new_slot,
    .vectorcall = set_vectorcall,
};

int rt_set_init(void)
{
    if (rt_type_ready(&rt_set_type) < 0 || rt_type_ready(&rt_frozenset_type) < 0
        || rt_type_ready(&rt_setiter_type) < 0)
        return -1;
    /* set.__hash__ is None, as CPython's */
    return rt_dict_setitem_str(rt_set_type.dict, "__hash__", RT_NONE);
}

/*
 * instattr.c -- instance attribute storage (see instattr.h): a class's
 * shared keys, its instances' values blocks, and the dict an instance
 * switches to when one is asked for or needed.
 *
 * The __dict__ slot of an object holds one of
 *   NULL            no attribute stored yet;
 *   a dict          the object's __dict__ (always so for types without
 *                   RT_TPFLAGS_INLINE_VALUES);
 *   values | 1      a values block (the low bit tells it from a dict:
 *                   objects are at least 8-byte aligned).  The boehm
 *                   collector sees the block through this interior
 *                   pointer, as it sees every object behind its gc head.
 * Invariants (besides those of instattr.h): the slot is changed before any
 * reference it held is dropped, so that code run by a decref (a __del__)
 * never finds a half-updated slot; a values block is only reachable from
 * its slot.
 */
#include <string.h>
#include "runtime/instattr.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/dict.h"

/* rt_instattr_values_block (instattr.h): capacity value slots, then
 * capacity order bytes (shared-key indexes of the present values, oldest
 * first). */
typedef rt_instattr_values_block values_block;

#define VALUES_TAG RT_INSTATTR_VALUES_TAG

/* rt_instattr_slot_of for a type with RT_TPFLAGS_INLINE_VALUES, whose slot is at a
 * fixed offset (the VM's specialised attribute paths). */
static inline rt_object **inline_slot_of(rt_object *o)
{
    return (rt_object **)((char *)o + o->type->dictoffset);
}
static inline bool is_values(rt_object *s) { return ((uintptr_t)s & VALUES_TAG) != 0; }
static inline values_block *values_of(rt_object *s) { return (values_block *)((uintptr_t)s & ~VALUES_TAG); }
static inline rt_object *tag_values(values_block *v) { return (rt_object *)((uintptr_t)v | VALUES_TAG); }
static inline uint8_t *order_of(values_block *v) { return (uint8_t *)(v->values + v->capacity); }
static inline size_t block_bytes(intptr_t capacity)
{
    return offsetof(values_block, values) + (size_t)capacity * (sizeof(rt_object *) + 1);
}

/* ---- shared keys ----------------------------------------------------------- */

/* Index of name among k's keys by identity, or -1: the whole answer for
 * an interned name (every identifier the compiler emits), since the keys
 * are interned too. */
static inline intptr_t keys_find_ptr(const struct rt_sharedkeys *k, rt_object *name)
{
    for (intptr_t i = 0; i < k->nkeys; i++)
        if (k->keys[i] == name)
            return i;
    return -1;
}

/* Index of name among k's keys, or -1: by identity, then by content for a
 * str built at run time. */
static intptr_t keys_find(const struct rt_sharedkeys *k, rt_object *name)
{
    if (!k)
        return -1;
    intptr_t ix = keys_find_ptr(k, name);
    if (ix >= 0 || !rt_str_check(name) || rt_str_is_interned(name))
        return ix;
    for (intptr_t i = 0; i < k->nkeys; i++)
        if (rt_str_eq(k->keys[i], name))
            return i;
    return -1;
}

/* Index of the exact str name in t's keys, appended if new: -1 when the
 * table is full, -2 on error. */
static intptr_t keys_index(rt_type *t, rt_object *name)
{
    intptr_t ix = keys_find(t->cached_keys, name);
    if (ix >= 0)
        return ix;
    struct rt_sharedkeys *k = t->cached_keys;
    if (!k) {
        if (!(k = rt_mem_calloc(1, sizeof *k))) {
            rt_err_no_memory();
            return -2;
        }
        t->cached_keys = k;
    }
    if (k->nkeys == RT_SHARED_KEYS_MAX)
        return -1;
    rt_object *key = rt_str_intern(name);   /* the table's reference, dropped by type_fini */
    if (!key)
        return -2;
    k->keys[k->nkeys] = key;
    return k->nkeys++;
}

void rt_instattr_type_fini(rt_type *t)
{
    struct rt_sharedkeys *k = t->cached_keys;
    for (intptr_t i = 0; k && i < k->nkeys; i++)
        rt_decref(k->keys[i]);
    rt_mem_free(t->cached_keys);
    t->cached_keys = NULL;
}

/* ---- values blocks ----------------------------------------------------------- */

/* Room for at least `need` values (the class's key count, so that most
 * instances never grow), rounded up to fill the allocator's 16-byte
 * size class: 2 values in 32 bytes, 4 in 48, 6 in 64, ... */
static intptr_t capacity_for(intptr_t need)
{
    size_t bytes = (block_bytes(need) + RT_ALIGNMENT - 1) & ~(size_t)(RT_ALIGNMENT - 1);
    intptr_t cap = (intptr_t)((bytes - offsetof(values_block, values)) / (sizeof(rt_object *) + 1));
    return cap < RT_SHARED_KEYS_MAX ? cap : RT_SHARED_KEYS_MAX;
}

/* o's values block, made or grown so that index ix fits; NULL + exception. */
static values_block *values_reserve(rt_object *o, rt_object **sp, intptr_t ix)
{
    rt_object *s = *sp;
    values_block *v = s ? values_of(s) : NULL;
    if (v && ix < v->capacity)
        return v;
    intptr_t old = v ? v->capacity : 0;
    intptr_t cap = capacity_for(o->type->cached_keys->nkeys);   /* > ix: ix is a key's index */
    values_block *n = v ? rt_mem_realloc(v, block_bytes(cap)) : rt_mem_malloc(block_bytes(cap));
    if (!n)
        return (values_block *)rt_err_no_memory();
    if (old)   /* the order bytes follow the values: move them past the new slots */
        memmove(n->values + cap, n->values + old, n->used);
    else
        n->used = 0;
    for (intptr_t i = old; i < cap; i++)   /* a handful: cheaper than a memset call */
        n->values[i] = NULL;
    n->capacity = (uint8_t)cap;
    *sp = tag_values(n);
    return n;
}

/* Drop every value of a block already detached from its slot, and free it. */
static void values_free(values_block *v)
{
    for (intptr_t i = 0; i < v->capacity; i++) {
        rt_object *x = v->values[i];
        if (x) {
            v->values[i] = NULL;
            rt_decref(x);
        }
    }
    rt_mem_free_sized(v, block_bytes(v->capacity));
}

/* Replace o's values block (or nothing) by a dict holding the same items in
 * the same order: the dict (borrowed) or NULL + exception, o unchanged. */
static rt_object *materialize(rt_object *o, rt_object **sp)
{
    rt_object *d = rt_dict_new();
    if (!d)
        return NULL;
    /* rt_dict_new may have run a collection, and finalizers with it: read
     * the slot only now */
    rt_object *s = *sp;
    if (s && !is_values(s)) {   /* a finalizer gave o a dict meanwhile */
        rt_decref(d);
        return s;
    }
    if (s) {
        values_block *v = values_of(s);
        rt_object **keys = o->type->cached_keys->keys;
        uint8_t *order = order_of(v);
        for (intptr_t i = 0; i < v->used; i++)
            if (rt_dict_setitem(d, keys[order[i]], v->values[order[i]]) < 0) {
                rt_decref(d);
                return NULL;
            }
        *sp = d;
        values_free(v);   /* the dict holds its own references: no value dies */
    } else {
        *sp = d;
    }
    return d;
}

/* ---- the storage API ------------------------------------------------------------ */

static inline int store_at(values_block *v, intptr_t ix, rt_object *value)
{
    rt_object *old = v->values[ix];
    v->values[ix] = rt_newref(value);
    if (old)
        rt_decref(old);   /* last: may run code that changes the storage */
    else
        order_of(v)[v->used++] = (uint8_t)ix;
    return 0;
}

/* The slow paths are kept out of line so that the common cases below (a
 * name the class knows, stored in an existing values block) compile to
 * straight-line code without saving registers. */
static __attribute__((noinline)) rt_object *get_slow(rt_object *o, rt_object *s, rt_object *name)
{
    if (is_values(s)) {
        values_block *v = values_of(s);
        intptr_t ix = keys_find(o->type->cached_keys, name);
        return ix >= 0 && ix < v->capacity ? v->values[ix] : NULL;
    }
    return s ? rt_dict_getitem(s, name) : NULL;
}

rt_object *rt_instattr_get(rt_object *o, rt_object *name)
{
    if (!o->type->dictoffset)
        return NULL;
    rt_object *s = *rt_instattr_slot_of(o);
    if (is_values(s)) {
        values_block *v = values_of(s);
        intptr_t ix = keys_find_ptr(o->type->cached_keys, name);
        if (ix >= 0)
            return ix < v->capacity ? v->values[ix] : NULL;
        if (rt_str_check_exact(name) && rt_str_is_interned(name))
            return NULL;
    }
    return get_slow(o, s, name);
}

static __attribute__((noinline)) int set_slow(rt_object *o, rt_object **sp, rt_object *name, rt_object *value)
{
    rt_object *s = *sp;
    if (is_values(s) || (!s && (o->type->flags & RT_TPFLAGS_INLINE_VALUES))) {
        intptr_t ix = rt_str_check_exact(name) ? keys_index(o->type, name) : -1;
        if (ix == -2)
            return -1;
        if (ix >= 0) {
            values_block *v = values_reserve(o, sp, ix);
            if (!v)
                return -1;
            return store_at(v, ix, value);
        }
        /* a non-str name, or the class's keys are full */
        if (!(s = materialize(o, sp)))
            return -1;
    } else if (!s) {
        if (!(s = materialize(o, sp)))
            return -1;
    }
    return rt_dict_setitem(s, name, value);
}

int rt_instattr_set(rt_object *o, rt_object *name, rt_object *value)
{
    rt_object **sp = rt_instattr_slot_of(o);
    rt_object *s = *sp;
    if (is_values(s)) {
        values_block *v = values_of(s);
        intptr_t ix = keys_find_ptr(o->type->cached_keys, name);
        if (ix >= 0 && ix < v->capacity)
            return store_at(v, ix, value);
    }
    return set_slow(o, sp, name, value);
}

intptr_t rt_instattr_index(rt_object *o, rt_object *name)
{
    if (!(o->type->flags & RT_TPFLAGS_INLINE_VALUES) || !o->type->cached_keys)
        return -1;
    return keys_find_ptr(o->type->cached_keys, name);
}

int rt_instattr_store_at_slow(rt_object *o, intptr_t ix, rt_object *value)
{
    rt_object **sp = inline_slot_of(o);
    rt_object *s = *sp;
    if (s && !is_values(s))
        return 0;
    values_block *v = s ? values_of(s) : NULL;
    if (!v || ix >= v->capacity) {
        /* a fresh instance's first store makes its block, as set_slow does */
        if (!(o->type->flags & RT_TPFLAGS_INLINE_VALUES) || !o->type->cached_keys
            || ix >= o->type->cached_keys->nkeys)
            return 0;
        if (!(v = values_reserve(o, sp, ix)))
            return -1;
    }
    store_at(v, ix, value);
    return 1;
}

int rt_instattr_del(rt_object *o, rt_object *name)
{
    rt_object *s = *rt_instattr_slot_of(o);
    if (is_values(s)) {
        values_block *v = values_of(s);
        intptr_t ix = keys_find(o->type->cached_keys, name);
        if (ix < 0 || ix >= v->capacity || !v->values[ix])
            return 1;
        rt_object *old = v->values[ix];
        v->values[ix] = NULL;
        uint8_t *order = order_of(v);
        intptr_t i = 0;
        while (order[i] != ix)
            i++;
        memmove(order + i, order + i + 1, (size_t)(v->used - i - 1));
        v->used--;
        rt_decref(old);
        return 0;
    }
    if (!s)
        return 1;
    if (!rt_dict_getitem(s, name))
        return rt_err_occurred() ? -1 : 1;
    return rt_dict_delitem(s, name);
}

int rt_instattr_next(rt_object *o, intptr_t *pos, rt_object **name, rt_object **value)
{
    rt_object *s = rt_instattr_has(o) ? *rt_instattr_slot_of(o) : NULL;
    if (is_values(s)) {
        values_block *v = values_of(s);
        if (*pos >= v->used)
            return 0;
        intptr_t ix = order_of(v)[(*pos)++];
        *name = o->type->cached_keys->keys[ix];
        *value = v->values[ix];
        return 1;
    }
    return s ? rt_dict_next(s, pos, name, value) : 0;
}

rt_object *rt_instattr_dict(rt_object *o)
{
    rt_object **sp = rt_instattr_slot_of(o);
    rt_object *s = *sp;
    return s && !is_values(s) ? s : materialize(o, sp);
}

bool rt_instattr_is_dict(rt_object *o)
{
    rt_object *s = rt_instattr_has(o) ? *rt_instattr_slot_of(o) : NULL;
    return s && !is_values(s);
}

/* Put s (a new reference, or NULL) in the slot, then drop what it held. */
static void replace_storage(rt_object *o, rt_object *s)
{
    rt_object **sp = rt_instattr_slot_of(o);
    rt_object *old = *sp;
    *sp = s;
    if (is_values(old))
        values_free(values_of(old));
    else
        rt_xdecref(old);
}

int rt_instattr_set_dict(rt_object *o, rt_object *dict)
{
    replace_storage(o, rt_newref(dict));
    return 0;
}

rt_object *rt_instattr_dict_getter(rt_object *self, void *closure)
{
    (void)closure;
    if (!rt_instattr_has(self))
        return rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute '__dict__'", self->type->name);
    rt_object *d = rt_instattr_dict(self);
    return d ? rt_newref(d) : NULL;
}

int rt_instattr_dict_setter(rt_object *self, rt_object *value, void *closure)
{
    if (!rt_instattr_has(self)) {
        rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute '__dict__'", self->type->name);
        return -1;
    }
    if (!value) {
        if (closure == RT_INSTATTR_DICT_UNDELETABLE) {
            rt_err_set_string(&rt_exc_TypeError, "cannot delete __dict__");
            return -1;
        }
        rt_instattr_clear(self);
        return 0;
    }
    if (!rt_dict_check(value)) {
        rt_err_format(&rt_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", value->type->name);
        return -1;
    }
    return rt_instattr_set_dict(self, value);
}

int rt_instattr_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    rt_object *s = *rt_instattr_slot_of(o);
    if (is_values(s)) {
        values_block *v = values_of(s);
        for (intptr_t i = 0; i < v->capacity; i++)
            RT_VISIT(v->values[i]);
        return 0;
    }
    RT_VISIT(s);
    return 0;
}

void rt_instattr_clear(rt_object *o)
{
    replace_storage(o, NULL);
}

/*
 * dict.c -- the compact, insertion-ordered dict and its methods (the views
 * and iterators are in dictview.c).
 *
 * Layout of a keys block (one rt_mem allocation):
 *     header | indices: 2^log2_size slots of 1/2/4/8 bytes | entries[]
 * An index slot holds EMPTY (-1), DUMMY (-2, a deleted entry) or the
 * position of an entry.  Entries are appended in insertion order; deletion
 * NULLs the entry and leaves DUMMY in its slot, so order survives
 * deletions, and a resize compacts both.
 *
 * Invariants:
 *   - keys == NULL means an empty dict that never allocated a table;
 *   - used = live entries; nentries = appended entries (live + deleted);
 *     usable = how many more may be appended before a resize;
 *   - every entry below keys->first is deleted (entries are only appended,
 *     at nentries >= first; a new table starts at 0);
 *   - at least one index slot is EMPTY at all times (usable <= 2/3 of the
 *     slots), so every probe sequence ends;
 *   - lookups hold a reference to the key they compare and restart if the
 *     comparison changed the table (user __eq__ may mutate the dict);
 *   - kind (CPython 3.11's DK_IS_UNICODE): a table is "unicode" until a key
 *     that is not an exact str is appended, which makes it general for good
 *     (a resize to GROWTH_RATE, as CPython's insertion_resize); an empty
 *     dict (keys == NULL, after clear() too) counts as unicode and its
 *     first key chooses.  A unicode table's traverse visits only the
 *     values, so gc.get_referents/get_referrers see what CPython's do; the
 *     keys are visited anyway when the collector traces atomic objects
 *     (rt_gc.trace_all: marksweep must mark the str keys).
 */
#include <string.h>
#include "runtime/dict.h"
#include "runtime/dict_int.h"
#include "runtime/gchead.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/hash.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DICT_LOG_MINSIZE 3          /* 8 slots: CPython's minimum table */
#define PERTURB_SHIFT 5             /* CPython's value: uses all hash bits within a few probes */
#define USABLE_FRACTION(n) (((n) << 1) / 3)   /* load factor 2/3 */
#define GROWTH_RATE(d) ((d)->used * 3)        /* CPython 3.11: room for 3x the live entries */

/* The last version handed out.  Versions are process-wide, as CPython's
 * dict version tag: every new dict and every mutation takes the next one,
 * so a (version) seen once names one dict in one state for the life of
 * the process -- a cache keyed on it cannot match a different dict that
 * took a freed dict's address.  0 is never handed out (empty cache slots).
 * 2^64 versions: no wrap-around in any run. */
static uint64_t last_version;

/* A change of the key set or of where entries are (a key added or
 * deleted, a new table, an entry moved): both versions move. */
static inline void new_version(rt_dict *d) { d->keys_version = d->version = ++last_version; }
/* A new value for a key already present, in place: only the version
 * moves; the keys version (and every entry's place) is kept. */
static inline void new_value_version(rt_dict *d) { d->version = ++last_version; }

static inline intptr_t ix_get(rt_dict_keys *k, size_t i)
{
    switch (k->log2_index_bytes) {
    case 0: return ((int8_t *)k->indices)[i];
    case 1: return ((int16_t *)k->indices)[i];
    case 2: return ((int32_t *)k->indices)[i];
    default: return (intptr_t)((int64_t *)k->indices)[i];
    }
}

static inline void ix_set(rt_dict_keys *k, size_t i, intptr_t ix)
{
    switch (k->log2_index_bytes) {
    case 0: ((int8_t *)k->indices)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)k->indices)[i] = (int16_t)ix; break;
    case 2: ((int32_t *)k->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)k->indices)[i] = (int64_t)ix; break;
    }
}

static rt_dict_keys *keys_new(uint8_t log2_size, bool general)
{
    /* Narrowest slot that can hold every entry position (usable < size). */
    uint8_t log2_bytes = log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
    size_t size = (size_t)1 << log2_size;
    size_t usable = USABLE_FRACTION(size);
    rt_dict_keys *k = rt_mem_malloc(sizeof(rt_dict_keys) + (size << log2_bytes)
                                    + usable * sizeof(dict_entry));
    if (!k) {
        rt_err_no_memory();
        return NULL;
    }
    k->log2_size = log2_size;
    k->log2_index_bytes = log2_bytes;
    k->general = general;
    k->usable = (intptr_t)usable;
    k->nentries = 0;
    k->first = 0;
    memset(k->indices, 0xff, size << log2_bytes);   /* all EMPTY (-1) */
    return k;
}

static inline intptr_t key_hash(rt_object *key) { return rt_hash_inline(key); }

/* Slot position whose index is EMPTY or DUMMY along hash's probe sequence. */
static size_t find_empty_slot(rt_dict_keys *k, intptr_t hash)
{
    size_t mask = dk_size(k) - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Slot position holding entry index ix. */
static size_t find_slot_of(rt_dict_keys *k, intptr_t hash, intptr_t ix)
{
    size_t mask = dk_size(k) - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The entry index of key, DKIX_EMPTY if absent, DKIX_ERROR if a
 * comparison raised. */
static intptr_t lookup(rt_dict *d, rt_object *key, intptr_t hash)
{
    bool key_is_str = rt_str_check_exact(key);
restart:;
    rt_dict_keys *k = d->keys;
    if (!k)
        return DKIX_EMPTY;
    dict_entry *ep0 = dk_entries(k);
    size_t mask = dk_size(k) - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        intptr_t ix = ix_get(k, i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            dict_entry *ep = &ep0[ix];
            if (ep->key == key)
                return ix;
            if (ep->hash == hash) {
                if (key_is_str && rt_str_check_exact(ep->key)) {
                    /* str == str never runs user code. */
                    if (rt_str_eq(ep->key, key))
                        return ix;
                } else if (RT_TYPE(key) == &rt_int_type && RT_TYPE(ep->key) == &rt_int_type
                           && rt_int_is_small(key) && rt_int_is_small(ep->key)) {
                    /* nor does int == int: graph nodes, ids (-1 and -2 share a hash) */
                    if (RT_INT_VALUE(ep->key) == RT_INT_VALUE(key))
                        return ix;
                } else {
                    rt_object *startkey = rt_newref(ep->key);
                    int cmp = rt_richcompare_bool(startkey, key, RT_EQ);
                    RT_DECREF(startkey);
                    if (cmp < 0)
                        return DKIX_ERROR;
                    if (k != d->keys || ep->key != startkey)
                        goto restart;   /* the comparison mutated the dict */
                    if (cmp > 0)
                        return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Rebuild into a table of at least minsize slots, compacting entries. */
/* log2 of the table size for minsize, as CPython 3.11's
 * calculate_log2_keysize computes it: the bit trick gives 16 slots, not 8,
 * for 1 <= minsize <= 7 (a growth with one or two live entries), which
 * sys.getsizeof shows. */
static uint8_t log2_keysize(intptr_t minsize)
{
    uint64_t m = (((uint64_t)minsize | (1u << DICT_LOG_MINSIZE)) - 1) | ((1u << DICT_LOG_MINSIZE) - 1);
    return (uint8_t)(64 - __builtin_clzll(m));
}

/* For n entries to come at once (CPython's estimate_log2_keysize). */
static intptr_t presize_for(intptr_t n) { return (n * 3 + 1) / 2; }

/* Rebuild d's entries into a new table of 2**log2 slots, compacting the
 * deleted ones; entry `front` (>= 0) goes first (entry_to_front), -1 keeps
 * the order.  Inlined into both callers, so resizing pays no test for it. */
static inline __attribute__((always_inline)) int dict_rebuild(rt_dict *d, uint8_t log2, bool general,
                                                             intptr_t front)
{
    rt_dict_keys *ok = d->keys;
    rt_dict_keys *nk = keys_new(log2, general);
    if (!nk)
        return -1;
    dict_entry *dst = dk_entries(nk);
    intptr_t n = 0;
    if (ok) {
        dict_entry *src = dk_entries(ok);
        if (front >= 0)
            dst[n++] = src[front];
        for (intptr_t i = 0; i < ok->nentries; i++)
            if (src[i].key && i != front)
                dst[n++] = src[i];
    }
    for (intptr_t i = 0; i < n; i++)
        ix_set(nk, find_empty_slot(nk, dst[i].hash), i);
    nk->nentries = n;
    nk->usable -= n;
    d->keys = nk;
    /* the entries moved: a new keys version now, even where the caller
     * (an update that only overwrites) would take just a new version */
    new_version(d);
    rt_mem_free(ok);
    return 0;
}

/* Rebuild the table for minsize slots, compacting deleted entries; the new
 * table is general when asked or when the old one was (sticky). */
static int dict_resize(rt_dict *d, intptr_t minsize, bool general)
{
    return dict_rebuild(d, log2_keysize(minsize), general || (d->keys && d->keys->general), -1);
}

void rt_dict_maybe_track(rt_object *d, rt_object *key, rt_object *value)
{
    if (!rt_gc_is_tracked(d) && (rt_obj_may_be_tracked(key) || rt_obj_may_be_tracked(value)))
        rt_gc_track(d);
}

bool rt_dict_untrackable(rt_object *o)
{
    rt_dict *d = DICT(o);
    if (d->keys) {
        dict_entry *ep = dk_entries(d->keys);
        for (intptr_t i = 0; i < d->keys->nentries; i++)
            if (ep[i].key && (rt_obj_may_be_tracked(ep[i].key) || rt_obj_may_be_tracked(ep[i].value)))
                return false;
    }
    return true;
}

void rt_dict_maybe_untrack(rt_object *o)
{
    if (rt_gc_is_tracked(o) && rt_dict_untrackable(o))
        rt_gc_untrack(o);
}

/* Insert or replace; key and value are borrowed. */
static int insert(rt_dict *d, rt_object *key, intptr_t hash, rt_object *value)
{
    intptr_t ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    rt_dict_maybe_track(RT_OBJ(d), key, value);
    if (ix >= 0) {
        dict_entry *ep = &dk_entries(d->keys)[ix];
        rt_object *old = ep->value;
        ep->value = rt_newref(value);
        new_value_version(d);
        RT_DECREF(old);   /* last: the dict is consistent if this runs code */
        return 0;
    }
    bool str_key = rt_str_check_exact(key);
    if (!d->keys) {
        if (!(d->keys = keys_new(DICT_LOG_MINSIZE, !str_key)))
            return -1;
    } else if (!str_key && !d->keys->general) {
        if (dict_resize(d, GROWTH_RATE(d), true) < 0)
            return -1;
    }
    if (d->keys->usable <= 0 && dict_resize(d, GROWTH_RATE(d), false) < 0)
        return -1;
    rt_dict_keys *k = d->keys;
    ix_set(k, find_empty_slot(k, hash), k->nentries);
    dict_entry *ep = &dk_entries(k)[k->nentries];
    ep->hash = hash;
    ep->key = rt_newref(key);
    ep->value = rt_newref(value);
    k->nentries++;
    k->usable--;
    d->used++;
    new_version(d);
    return 0;
}

/* ---- public API --------------------------------------------------------- */

/* CPython 3.11's dict free list (gchead.h): up to 80 dead exact dicts,
 * without their keys, linked through their keys pointer. */
enum { DICT_MAXFREE = 80 };
static rt_dict *dict_free;
static int dict_nfree;

void rt_dict_freelist_clear(void)
{
    while (dict_free) {
        rt_dict *d = dict_free;
        dict_free = (rt_dict *)d->keys;
        rt_object_free(RT_OBJ(d));
    }
    dict_nfree = 0;
}

rt_object *rt_dict_new(void)
{
    rt_dict *d = dict_free;
    if (d) {
        dict_free = (rt_dict *)d->keys;
        dict_nfree--;
        rt_gc_revive(RT_OBJ(d));
        rt_freelist_pop_note(RT_OBJ(d));
    } else if (!(d = (rt_dict *)rt_object_new(&rt_dict_type))) {
        return NULL;
    }
    d->used = 0;
    new_version(d);
    d->keys = NULL;
    /* Untracked until a container is stored (rt_dict_maybe_track). */
    return RT_OBJ(d);
}

rt_object *rt_dict_getitem(rt_object *o, rt_object *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    intptr_t ix = lookup(DICT(o), key, hash);
    if (ix < 0)
        return NULL;
    return dk_entries(DICT(o)->keys)[ix].value;
}

/* The entry index where key was last found, for a caller that looks the
 * same interned name up again and again (module-level LOAD_NAME and
 * STORE_NAME): an entry whose key is that very object is the key's only
 * one, wherever the table has moved, so one comparison replaces the probe;
 * anything else takes the full lookup and records where it found the key. */
static inline dict_entry *hinted_entry(rt_dict *d, rt_object *key, const intptr_t *hint)
{
    rt_dict_keys *k = d->keys;
    intptr_t h = *hint;
    if (k && h >= 0 && h < k->nentries && dk_entries(k)[h].key == key)
        return &dk_entries(k)[h];
    return NULL;
}

rt_object *rt_dict_getitem_hint(rt_object *o, rt_object *key, intptr_t *hint)
{
    dict_entry *ep = hinted_entry(DICT(o), key, hint);
    if (ep)
        return ep->value;
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    intptr_t ix = lookup(DICT(o), key, hash);
    if (ix < 0)
        return NULL;
    *hint = ix;
    return dk_entries(DICT(o)->keys)[ix].value;
}

rt_object **rt_dict_value_slot(rt_object *d, intptr_t ix)
{
    return &dk_entries(DICT(d)->keys)[ix].value;
}

int rt_dict_setitem_hint(rt_object *o, rt_object *key, rt_object *value, intptr_t *hint)
{
    rt_dict *d = DICT(o);
    dict_entry *ep = hinted_entry(d, key, hint);
    if (!ep) {
        if (rt_dict_setitem(o, key, value) < 0)
            return -1;
        intptr_t ix = lookup(d, key, key_hash(key));   /* a str's hash: cached, no error */
        if (ix >= 0)
            *hint = ix;
        return 0;
    }
    rt_dict_maybe_track(o, key, value);   /* as insert does */
    rt_object *old = ep->value;
    ep->value = rt_newref(value);
    new_value_version(d);
    RT_DECREF(old);   /* last: the dict is consistent if this runs code */
    return 0;
}

rt_object *rt_dict_getitem_str(rt_object *o, const char *key)
{
    rt_dict_keys *k = DICT(o)->keys;
    if (!k)
        return NULL;
    intptr_t n = (intptr_t)strlen(key);
    intptr_t hash = rt_str_hash_bytes(key, n);   /* equal to rt_str_hash of that str */
    dict_entry *ep0 = dk_entries(k);
    size_t mask = dk_size(k) - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        intptr_t ix = ix_get(k, i);
        if (ix == DKIX_EMPTY)
            return NULL;
        if (ix >= 0) {
            dict_entry *ep = &ep0[ix];
            /* Only str keys can equal a str: no user code runs here. */
            if (ep->hash == hash && rt_str_check(ep->key) && RT_SIZE(ep->key) == n
                && memcmp(rt_str_data(ep->key), key, (size_t)n) == 0)
                return ep->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int rt_dict_setitem(rt_object *d, rt_object *key, rt_object *value)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return insert(DICT(d), key, hash, value);
}

int rt_dict_setitem_str(rt_object *d, const char *key, rt_object *value)
{
    rt_object *k = rt_str_intern_cstr(key);
    if (!k)
        return -1;
    int r = rt_dict_setitem(d, k, value);
    RT_DECREF(k);
    return r;
}

/* Remove entry ix (found for hash); drops the references last.  reuse:
 * popitem's, which gives the position back (CPython's dk_nentries = i). */
static void del_entry(rt_dict *d, intptr_t ix, intptr_t hash, bool reuse)
{
    rt_dict_keys *k = d->keys;
    ix_set(k, find_slot_of(k, hash, ix), DKIX_DUMMY);
    dict_entry *ep = &dk_entries(k)[ix];
    rt_object *key = ep->key, *value = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    new_version(d);
    /* The position is not reused (only popitem does that, as CPython's):
     * an iterator then finds a key re-added after a deletion and raises
     * "dictionary keys changed during iteration" as CPython does. */
    if (reuse)
        k->nentries = ix;
    RT_DECREF(key);
    RT_DECREF(value);
}

static int raise_key_error(rt_object *key)
{
    rt_err_set_object(&rt_exc_KeyError, key);
    return -1;
}

int rt_dict_delitem(rt_object *o, rt_object *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    intptr_t ix = lookup(DICT(o), key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0)
        return raise_key_error(key);
    del_entry(DICT(o), ix, hash, false);
    return 0;
}

int rt_dict_delitem_str(rt_object *d, const char *key)
{
    rt_object *k = rt_str_from_cstr(key);
    if (!k)
        return -1;
    int r = rt_dict_delitem(d, k);
    RT_DECREF(k);
    return r;
}

int rt_dict_contains(rt_object *o, rt_object *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    intptr_t ix = lookup(DICT(o), key, hash);
    return ix == DKIX_ERROR ? -1 : ix >= 0;
}

rt_object *rt_dict_subscript(rt_object *d, rt_object *key)
{
    rt_object *v = rt_dict_getitem(d, key);
    if (v)
        return rt_newref(v);
    if (rt_err_occurred())
        return NULL;
    if (!rt_dict_check_exact(d)) {
        /* a subclass's __missing__ supplies the value (defaultdict, Counter) */
        rt_object *name = rt_str_intern_cstr("__missing__");
        rt_object *m = name ? rt_type_lookup(RT_TYPE(d), name) : NULL;
        if (m) {
            /* a C __missing__ (defaultdict's) without an argument tuple:
             * CPython binds and calls it, and a bound built-in method
             * leaves nothing on a free list, where a tuple would */
            rt_object *argv[2] = { d, key };
            if (RT_TYPE(m) == &rt_method_descr_type && !(((rt_method_descr *)m)->def->flags & RT_METH_VARARGS))
                return rt_method_descr_call_vector(m, argv, 2);
            return rt_call_vector(m, argv, 2);
        }
    }
    raise_key_error(key);
    return NULL;
}

rt_object *rt_dict_pop(rt_object *o, rt_object *key, rt_object *dflt)
{
    rt_dict *d = DICT(o);
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    intptr_t ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix < 0) {
        if (dflt)
            return rt_newref(dflt);
        raise_key_error(key);
        return NULL;
    }
    rt_object *v = rt_newref(dk_entries(d->keys)[ix].value);
    del_entry(d, ix, hash, false);
    return v;
}

/* The same three for a caller that hashed key once for several calls
 * (functools' lru_cache: __hash__ runs once per call, as CPython's). */
rt_object *rt_dict_getitem_knownhash(rt_object *o, rt_object *key, intptr_t hash)
{
    intptr_t ix = lookup(DICT(o), key, hash);
    return ix < 0 ? NULL : dk_entries(DICT(o)->keys)[ix].value;
}

int rt_dict_setitem_knownhash(rt_object *d, rt_object *key, intptr_t hash, rt_object *value)
{
    return insert(DICT(d), key, hash, value);
}

int rt_dict_count_knownhash(rt_object *o, rt_object *key, intptr_t hash, rt_object *one)
{
    rt_dict *d = DICT(o);
    intptr_t ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0)
        return insert(d, key, hash, one);
    dict_entry *ep = &dk_entries(d->keys)[ix];
    rt_object *old = ep->value;
    if (!rt_int_check_exact(old)) {
        /* old + 1 may run code that changes d: the entry is not kept */
        rt_incref(old);
        rt_object *nv = rt_number_binop(old, one, RT_NB_ADD);
        rt_decref(old);
        int r = nv ? insert(d, key, hash, nv) : -1;
        RT_XDECREF(nv);
        return r;
    }
    /* int + int runs no code and allocates at most an int, which tracks
     * nothing, so the entry found is still key's; checked all the same (a
     * tracing collector's heap-full collection could run a __del__) */
    rt_dict_keys *k = d->keys;
    rt_object *startkey = ep->key;
    rt_incref(old);
    rt_object *nv = rt_number_binop(old, one, RT_NB_ADD);
    if (!nv) {
        rt_decref(old);
        return -1;
    }
    if (d->keys != k || ep->key != startkey || ep->value != old) {
        rt_decref(old);
        int r = insert(d, key, hash, nv);
        rt_decref(nv);
        return r;
    }
    ep->value = nv;
    new_value_version(d);
    rt_decref(old);   /* the reference taken above */
    RT_DECREF(old);   /* the entry's */
    return 0;
}

rt_object *rt_dict_pop_knownhash(rt_object *o, rt_object *key, intptr_t hash)
{
    rt_dict *d = DICT(o);
    intptr_t ix = lookup(d, key, hash);
    if (ix < 0)
        return NULL;
    rt_object *v = rt_newref(dk_entries(d->keys)[ix].value);
    del_entry(d, ix, hash, false);
    return v;
}

/* ---- OrderedDict's order operations ---------------------------------------
 * lib/collections.py's OrderedDict is a dict subclass whose order is the
 * entry order; these are its move_to_end and popitem (CPython's are C
 * methods: no Python frame, no iterator, no __eq__/__setitem__ call). */

/* Entry ix's position in the order moves to the end: its index slot points
 * at a new last entry (the probe path is the same), the stored key object
 * stays.  A table without room is compacted first (ix then moves). */
static int entry_to_end(rt_dict *d, intptr_t ix, intptr_t hash)
{
    rt_dict_keys *k = d->keys;
    if (ix == k->nentries - 1)
        return 0;   /* already last */
    if (k->usable <= 0) {
        rt_object *key = dk_entries(k)[ix].key;
        if (dict_resize(d, GROWTH_RATE(d), false) < 0)
            return -1;
        k = d->keys;
        dict_entry *ep0 = dk_entries(k);
        for (ix = 0; ep0[ix].key != key; ix++)   /* compaction kept the order */
            ;
        if (ix == k->nentries - 1)
            return 0;
    }
    size_t slot = find_slot_of(k, hash, ix);
    dict_entry *ep = dk_entries(k);
    ep[k->nentries] = ep[ix];
    ep[ix].key = NULL;
    ep[ix].value = NULL;
    ix_set(k, slot, k->nentries);
    k->nentries++;
    k->usable--;
    new_version(d);
    return 0;
}

/* To the front: rebuild the entries with ix first (CPython's relinks a
 * node; rare enough that a rebuild of the same table size is fine). */
static int entry_to_front(rt_dict *d, intptr_t ix)
{
    if (dict_rebuild(d, d->keys->log2_size, d->keys->general, ix) < 0)
        return -1;
    new_version(d);
    return 0;
}

int rt_dict_move_to_end(rt_object *o, rt_object *key, bool last)
{
    rt_dict *d = DICT(o);
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    intptr_t ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0)
        return raise_key_error(key);
    return last ? entry_to_end(d, ix, hash) : entry_to_front(d, ix);
}

rt_object *rt_dict_popitem_end(rt_object *o, bool last)
{
    rt_dict *d = DICT(o);
    if (d->used == 0)
        return rt_err_set_string(&rt_exc_KeyError, "dictionary is empty");
    rt_dict_keys *k = d->keys;
    dict_entry *ep = dk_entries(k);
    intptr_t i;
    if (last)
        for (i = k->nentries - 1; !ep[i].key; i--)
            ;
    else
        for (i = k->first; !ep[i].key; i++)   /* the dead run below first is not walked again */
            ;
    rt_object *t = rt_tuple_pack(2, ep[i].key, ep[i].value);
    if (!t)
        return NULL;
    /* Not reused: CPython's OrderedDict.popitem deletes through the dict's
     * own deletion, which keeps the position (only dict.popitem gives it
     * back).  Entries are appended at nentries, so first stays <= nentries. */
    del_entry(d, i, ep[i].hash, false);
    if (!last && i + 1 <= (intptr_t)UINT32_MAX)
        k->first = (uint32_t)(i + 1 < k->nentries ? i + 1 : k->nentries);
    return t;
}

rt_object *rt_dict_setdefault(rt_object *o, rt_object *key, rt_object *dflt)
{
    rt_dict *d = DICT(o);
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    intptr_t ix = lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return dk_entries(d->keys)[ix].value;
    if (insert(d, key, hash, dflt) < 0)
        return NULL;
    return dflt;
}

void rt_dict_clear(rt_object *o)
{
    rt_dict *d = DICT(o);
    rt_dict_keys *k = d->keys;
    if (!k)
        return;
    /* Empty the dict first: the decrefs below may run code that uses it. */
    d->keys = NULL;
    d->used = 0;
    new_version(d);
    dict_entry *ep = dk_entries(k);
    for (intptr_t i = 0; i < k->nentries; i++) {
        if (ep[i].key) {
            RT_DECREF(ep[i].key);
            RT_DECREF(ep[i].value);
        }
    }
    rt_mem_free(k);
}

int rt_dict_next(rt_object *o, intptr_t *pos, rt_object **key, rt_object **value)
{
    rt_dict_keys *k = DICT(o)->keys;
    if (!k)
        return 0;
    dict_entry *ep = dk_entries(k);
    intptr_t i = *pos;
    while (i < k->nentries && !ep[i].key)
        i++;
    if (i >= k->nentries)
        return 0;
    *pos = i + 1;
    if (key)
        *key = ep[i].key;
    if (value)
        *value = ep[i].value;
    return 1;
}

/* CPython reads a dict's entries directly only when its type iterates as
 * dict does: a subclass with its own __iter__ is merged (update, copy, |,
 * {**d}, f(**d)) through its keys() and __getitem__ (dict_merge). */
bool rt_dict_entries_plain(rt_object *o)
{
    return rt_dict_check(o) && RT_TYPE(o)->iter == rt_dict_iter;
}

static int merge_mapping(rt_object *d, rt_object *m);

rt_object *rt_dict_copy(rt_object *o)
{
    rt_dict *src = DICT(o);
    rt_object *r = rt_dict_new();
    if (!r || !src->keys || src->used == 0)
        return r;
    rt_dict_keys *k = src->keys;
    if (k->nentries == src->used && RT_TYPE(o)->iter == rt_dict_iter) {
        /* No deleted entries: clone the block as is (no rehashing). */
        size_t bytes = sizeof(rt_dict_keys) + (dk_size(k) << k->log2_index_bytes)
                       + (size_t)USABLE_FRACTION(dk_size(k)) * sizeof(dict_entry);
        rt_dict_keys *nk = rt_mem_malloc(bytes);
        if (!nk) {
            RT_DECREF(r);
            return rt_err_no_memory();
        }
        memcpy(nk, k, bytes);
        dict_entry *ep = dk_entries(nk);
        for (intptr_t i = 0; i < nk->nentries; i++) {
            rt_incref(ep[i].key);
            rt_incref(ep[i].value);
        }
        DICT(r)->keys = nk;
        DICT(r)->used = src->used;
        new_version(DICT(r));
        if (rt_gc_is_tracked(o))
            rt_gc_track(r);
        return r;
    }
    if (rt_dict_update(r, o) < 0) {
        RT_DECREF(r);
        return NULL;
    }
    return r;
}

/* d.update(other) where other is a dict: entries in other's order. */
static int merge_dict(rt_dict *d, rt_object *other)
{
    if (RT_TYPE(other)->iter != rt_dict_iter)
        return merge_mapping(RT_OBJ(d), other);
    if (RT_OBJ(d) == other || DICT(other)->used == 0)
        return 0;
    /* One resize first when other would not fit, to other's kind (CPython
     * 3.11's dict_merge: a general source makes the target general). */
    intptr_t room = d->keys ? USABLE_FRACTION((intptr_t)dk_size(d->keys)) : 0;
    if (room < DICT(other)->used
        && dict_resize(d, presize_for(d->used + DICT(other)->used), DICT(other)->keys->general) < 0)
        return -1;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(other, &pos, &k, &v)) {
        rt_incref(k);
        rt_incref(v);
        intptr_t h = key_hash(k);
        int r = h == -1 ? -1 : insert(d, k, h, v);
        RT_DECREF(k);
        RT_DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* A mapping that is not a dict (a mappingproxy, a class with keys() and
 * __getitem__), as CPython's PyDict_Merge: its keys(), each looked up.
 * keys() goes through PyMapping_Keys, which keeps an exact list and makes
 * a list of anything else (a mappingproxy's keys view): that list is a
 * container gc.get_count() sees, so it is made here too. */
static int merge_mapping(rt_object *d, rt_object *m)
{
    rt_object *keys = rt_call_method(m, "keys", NULL, 0);
    if (keys && !rt_list_check_exact(keys)) {
        rt_object *kit = rt_get_iter(keys);
        RT_DECREF(keys);
        keys = kit ? rt_list_from_iterable(kit) : NULL;
        RT_XDECREF(kit);
    }
    rt_object *it = keys ? rt_get_iter(keys) : NULL;
    RT_XDECREF(keys);
    if (!it)
        return -1;
    rt_object *k;
    int r = 0;
    while (r == 0 && (k = rt_iter_next(it))) {
        rt_object *v = rt_getitem(m, k);
        r = v ? rt_dict_setitem(d, k, v) : -1;
        RT_XDECREF(v);
        RT_DECREF(k);
    }
    RT_DECREF(it);
    return r < 0 || rt_err_occurred() ? -1 : 0;
}

int rt_dict_update(rt_object *d, rt_object *other)
{
    if (rt_dict_check(other))
        return merge_dict(DICT(d), other);
    static rt_object *keys_name;
    if (!keys_name && !(keys_name = rt_str_intern_cstr("keys")))
        return -1;
    if (rt_type_lookup(RT_TYPE(other), keys_name))
        return merge_mapping(d, other);
    rt_object *it = rt_get_iter(other);
    if (!it)
        return -1;
    rt_object *item;
    for (intptr_t i = 0; (item = rt_iter_next(it)) != NULL; i++) {
        rt_object *pair = NULL;
        if (rt_tuple_check_exact(item) || rt_list_check_exact(item)) {   /* PySequence_Fast */
            pair = rt_newref(item);
        } else {
            rt_object *it2 = rt_get_iter(item);
            if (it2) {
                pair = rt_tuple_from_iterable(it2);   /* __iter__ once (PySequence_Fast) */
                RT_DECREF(it2);
            } else if (rt_err_matches(&rt_exc_TypeError)) {
                rt_err_format(&rt_exc_TypeError,
                              "cannot convert dictionary update sequence element #%ld to a sequence",
                              (long)i);
            }
        }
        RT_DECREF(item);
        if (!pair)
            goto fail;
        if (RT_SIZE(pair) != 2) {
            rt_err_format(&rt_exc_ValueError,
                          "dictionary update sequence element #%ld has length %ld; 2 is required",
                          (long)i, (long)RT_SIZE(pair));
            RT_DECREF(pair);
            goto fail;
        }
        rt_object **kv = rt_tuple_check(pair) ? RT_TUPLE_ITEMS(pair) : RT_LIST_ITEMS(pair);
        rt_object *k = rt_newref(kv[0]), *v = rt_newref(kv[1]);
        RT_DECREF(pair);
        int r = rt_dict_setitem(d, k, v);
        RT_DECREF(k);
        RT_DECREF(v);
        if (r < 0)
            goto fail;
    }
    RT_DECREF(it);
    return rt_err_occurred() ? -1 : 0;
fail:
    RT_DECREF(it);
    return -1;
}

/* 0 keys, 1 values, 2 items */
static rt_object *dict_list(rt_object *o, int kind)
{
    rt_object *l = rt_list_new(0);
    if (!l)
        return NULL;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(o, &pos, &k, &v)) {
        rt_object *x = kind == 0 ? rt_newref(k) : kind == 1 ? rt_newref(v) : rt_tuple_pair_steal(rt_newref(k), rt_newref(v));
        int r = x ? rt_list_append(l, x) : -1;
        rt_xdecref(x);
        if (r < 0) {
            RT_DECREF(l);
            return NULL;
        }
    }
    return l;
}

rt_object *rt_dict_keys_list(rt_object *d) { return dict_list(d, 0); }
rt_object *rt_dict_values_list(rt_object *d) { return dict_list(d, 1); }
rt_object *rt_dict_items_list(rt_object *d) { return dict_list(d, 2); }

/* ---- type slots --------------------------------------------------------- */

static rt_object *dict_repr(rt_object *o)
{
    /* entered before the empty test, as CPython's: an empty dict met
     * again inside its own repr (a defaultdict that is its own factory)
     * prints {...} */
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? rt_str_from_cstr("{...}") : NULL;
    if (DICT(o)->used == 0) {
        rt_repr_leave(o);
        return rt_str_from_cstr("{}");
    }
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_char(&b, '{');
    intptr_t pos = 0;
    rt_object *k, *v;
    bool first = true;
    /* rt_dict_next re-reads the table each step: a repr that mutates the
     * dict cannot make us read freed entries. */
    while (rt_dict_next(o, &pos, &k, &v)) {
        rt_incref(k);
        rt_incref(v);
        if (!first)
            rt_str_builder_append(&b, ", ", 2);
        first = false;
        int r = rt_str_builder_append_repr(&b, k);
        if (r == 0) {
            rt_str_builder_append(&b, ": ", 2);
            r = rt_str_builder_append_repr(&b, v);
        }
        RT_DECREF(k);
        RT_DECREF(v);
        if (r < 0) {
            rt_repr_leave(o);
            rt_str_builder_discard(&b);
            return NULL;
        }
    }
    rt_str_builder_append_char(&b, '}');
    rt_repr_leave(o);
    return rt_str_builder_finish(&b);
}

static int dict_equal(rt_object *a, rt_object *b)
{
    if (DICT(a)->used != DICT(b)->used)
        return 0;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(a, &pos, &k, &v)) {
        rt_incref(k);
        rt_incref(v);
        rt_object *bv = rt_dict_getitem(b, k);
        int r;
        if (!bv)
            r = rt_err_occurred() ? -1 : 0;
        else {
            rt_incref(bv);
            r = rt_richcompare_bool(v, bv, RT_EQ);
            RT_DECREF(bv);
        }
        RT_DECREF(k);
        RT_DECREF(v);
        if (r <= 0)
            return r;
    }
    return 1;
}

static rt_object *dict_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_dict_check(a) || !rt_dict_check(b) || (op != RT_EQ && op != RT_NE))
        return rt_newref(RT_NOTIMPLEMENTED);
    int r = dict_equal(a, b);
    if (r < 0)
        return NULL;
    return rt_bool_from(op == RT_EQ ? r : !r);
}

static intptr_t dict_length(rt_object *o) { return DICT(o)->used; }

static int dict_ass_subscript(rt_object *d, rt_object *key, rt_object *v)
{
    return v ? rt_dict_setitem(d, key, v) : rt_dict_delitem(d, key);
}

static int dict_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    rt_dict_keys *k = DICT(o)->keys;
    if (!k)
        return 0;
    dict_entry *ep = dk_entries(k);
    if (!k->general && !rt_gc.trace_all) {
        /* CPython 3.11's unicode-keys table: the str keys are not visited. */
        for (intptr_t i = 0; i < k->nentries; i++)
            if (ep[i].key)
                RT_VISIT(ep[i].value);
        return 0;
    }
    for (intptr_t i = 0; i < k->nentries; i++) {
        if (ep[i].key) {
            RT_VISIT(ep[i].value);   /* CPython's order: get_referents shows it */
            RT_VISIT(ep[i].key);
        }
    }
    return 0;
}

_Static_assert(sizeof(dict_entry) == RT_DICT_ENTRY_WORDS * sizeof(rt_object *)
               && offsetof(dict_entry, value) == offsetof(dict_entry, key) + sizeof(rt_object *),
               "rt_dict_entry_words' layout");

rt_object **rt_dict_entry_words(rt_object *o, intptr_t *n)
{
    rt_dict_keys *k = DICT(o)->keys;
    if (!k) {
        *n = 0;
        return NULL;
    }
    *n = k->nentries;
    return &dk_entries(k)->key;
}

static int dict_clear_slot(rt_object *o)
{
    rt_dict_clear(o);
    return 0;
}

static void dict_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, dict_dealloc)
    rt_dict_keys *k = DICT(o)->keys;
    if (k) {
        dict_entry *ep = dk_entries(k);
        for (intptr_t i = 0; i < k->nentries; i++) {
            if (ep[i].key) {
                RT_DECREF(ep[i].key);
                RT_DECREF(ep[i].value);
            }
        }
        rt_mem_free(k);
    }
    if (dict_nfree < DICT_MAXFREE && o->type == &rt_dict_type && rt_freelists_on()) {
        DICT(o)->keys = (rt_dict_keys *)dict_free;
        dict_free = DICT(o);
        dict_nfree++;
        rt_freelist_push_note(o);
    } else {
        rt_object_free(o);
    }
    RT_TRASHCAN_END
}

/* ---- methods ------------------------------------------------------------ */

static int no_kwargs(const char *name, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0) {
        rt_err_format(&rt_exc_TypeError, "dict.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int nargs_between(const char *name, intptr_t nargs, intptr_t lo, intptr_t hi)
{
    if (nargs < lo) {
        rt_err_format(&rt_exc_TypeError, "%s expected at least %ld argument%s, got %ld",
                      name, (long)lo, lo == 1 ? "" : "s", (long)nargs);
        return -1;
    }
    if (nargs > hi) {
        rt_err_format(&rt_exc_TypeError, "%s expected at most %ld argument%s, got %ld",
                      name, (long)hi, hi == 1 ? "" : "s", (long)nargs);
        return -1;
    }
    return 0;
}

int rt_dict_no_args(const char *name, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs(name, kw) < 0)
        return -1;
    if (nargs) {
        rt_err_format(&rt_exc_TypeError, "dict.%s() takes no arguments (%ld given)", name, (long)nargs);
        return -1;
    }
    return 0;
}

static rt_object *m_get(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs("get", kw) < 0 || nargs_between("get", nargs, 1, 2) < 0)
        return NULL;
    rt_object *v = rt_dict_getitem(self, args[0]);
    if (v)
        return rt_newref(v);
    if (rt_err_occurred())
        return NULL;
    return rt_newref(nargs > 1 ? args[1] : RT_NONE);
}

static rt_object *m_setdefault(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs("setdefault", kw) < 0 || nargs_between("setdefault", nargs, 1, 2) < 0)
        return NULL;
    rt_object *v = rt_dict_setdefault(self, args[0], nargs > 1 ? args[1] : RT_NONE);
    return v ? rt_newref(v) : NULL;
}

static rt_object *m_pop(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs("pop", kw) < 0 || nargs_between("pop", nargs, 1, 2) < 0)
        return NULL;
    return rt_dict_pop(self, args[0], nargs > 1 ? args[1] : NULL);
}

static rt_object *m_popitem(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (rt_dict_no_args("popitem", nargs, kw) < 0)
        return NULL;
    rt_dict *d = DICT(self);
    if (d->used == 0)
        return rt_err_set_string(&rt_exc_KeyError, "popitem(): dictionary is empty");
    dict_entry *ep = dk_entries(d->keys);
    intptr_t i = d->keys->nentries - 1;
    while (!ep[i].key)
        i--;
    rt_object *t = rt_tuple_pack(2, ep[i].key, ep[i].value);
    if (!t)
        return NULL;
    del_entry(d, i, ep[i].hash, true);
    return t;
}

static rt_object *m_keys(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_dict_no_args("keys", nargs, kw) < 0 ? NULL : rt_dict_view_new(self, &rt_dict_keys_type);
}

static rt_object *m_values(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_dict_no_args("values", nargs, kw) < 0 ? NULL : rt_dict_view_new(self, &rt_dict_values_type);
}

static rt_object *m_items(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_dict_no_args("items", nargs, kw) < 0 ? NULL : rt_dict_view_new(self, &rt_dict_items_type);
}

static rt_object *m_clear(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (rt_dict_no_args("clear", nargs, kw) < 0)
        return NULL;
    rt_dict_clear(self);
    return rt_none_new();
}

static rt_object *m_copy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_dict_no_args("copy", nargs, kw) < 0 ? NULL : rt_dict_copy(self);
}

static rt_object *m_update(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "update expected at most 1 argument, got %ld",
                             (long)nargs);
    if (nargs == 1 && rt_dict_update(self, args[0]) < 0)
        return NULL;
    for (intptr_t k = 0; kw && k < RT_SIZE(kw); k++)
        if (rt_dict_setitem(self, RT_TUPLE_GET_ITEM(kw, k), args[nargs + k]) < 0)
            return NULL;
    return rt_none_new();
}

/* ---- construction from Python: dict(iterable_or_mapping, **kwargs) -------- */

static rt_object *dict_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)args; (void)kwargs;
    /* a new allocation, never a free-listed dict (CPython's tp_alloc) */
    rt_object *o = rt_object_new(t);
    if (!o)
        return NULL;
    new_version(DICT(o));
    /* Instances of subclasses have a __dict__ and may hold anything; an
     * exact dict is untracked until a container is stored. */
    if (t != &rt_dict_type)
        rt_gc_track(o);
    return o;
}

static int dict_init_slot(rt_object *self, rt_object *args, rt_object *kwargs)
{
    intptr_t n = args ? RT_SIZE(args) : 0;
    if (n > 1) {
        rt_err_format(&rt_exc_TypeError, "dict expected at most 1 argument, got %ld", (long)n);
        return -1;
    }
    if (n == 1 && rt_dict_update(self, RT_TUPLE_GET_ITEM(args, 0)) < 0)
        return -1;
    if (kwargs && rt_dict_check(kwargs) && merge_dict(DICT(self), kwargs) < 0)
        return -1;
    return 0;
}

static rt_object *dict_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "dict expected at most 1 argument, got %ld", (long)n);
    rt_object *d = dict_new_slot(t, NULL, NULL);
    if (d && n && rt_dict_update(d, args[0]) < 0)
        RT_CLEAR(d);
    return d;
}

rt_object *rt_dict_call_kw(rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    rt_object *d = dict_vectorcall(&rt_dict_type, args, nargs);
    for (intptr_t i = 0; d && i < RT_SIZE(kwnames); i++)
        if (rt_dict_setitem(d, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
            RT_CLEAR(d);
    return d;
}

/* ---- types -------------------------------------------------------------- */

static rt_sequence_methods dict_as_sequence = {
    .length = dict_length,
    .contains = rt_dict_contains,
};
static rt_mapping_methods dict_as_mapping = {
    .length = dict_length,
    .subscript = rt_dict_subscript,
    .ass_subscript = dict_ass_subscript,
};
/* dict.fromkeys(iterable, value=None): self is the class; a subclass is
 * called with no arguments and filled through its __setitem__, as CPython. */
static rt_object *m_fromkeys(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.fromkeys() takes no keyword arguments",
                             ((rt_type *)self)->name);
    if (nargs < 1 || nargs > 2)
        return rt_err_format(&rt_exc_TypeError, "fromkeys expected at %s %d argument%s, got %ld",
                             nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", (long)nargs);
    rt_object *value = nargs > 1 ? args[1] : RT_NONE;
    rt_object *d = self == RT_OBJ(&rt_dict_type) ? rt_dict_new() : rt_call_vector(self, NULL, 0);
    if (!d)
        return NULL;
    /* CPython 3.11 sizes an exact dict for a dict's or a set's keys first:
     * to the dict's kind, general for a set (whatever its elements). */
    rt_object *src = args[0];
    if (rt_dict_check_exact(d) && (rt_dict_check_exact(src) || rt_anyset_check_exact(src))) {
        bool from_dict = rt_dict_check_exact(src);
        intptr_t n = from_dict ? DICT(src)->used : rt_set_size(src);
        bool general = !from_dict || (DICT(src)->keys && DICT(src)->keys->general);
        if (dict_resize(DICT(d), presize_for(n), general) < 0) {
            RT_DECREF(d);
            return NULL;
        }
    }
    rt_object *it = rt_get_iter(src), *k;
    if (!it) {
        RT_DECREF(d);
        return NULL;
    }
    while ((k = rt_iter_next(it)) != NULL) {
        int r = rt_setitem(d, k, value);
        RT_DECREF(k);
        if (r < 0)
            break;
    }
    RT_DECREF(it);
    if (rt_err_occurred())
        RT_CLEAR(d);
    return d;
}

static rt_object *m_reversed(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_dict_no_args("__reversed__", nargs, kw) < 0 ? NULL : rt_dict_reversed(self);
}

RT_NOSCAN static rt_method_def dict_methods[] = {
    { "__reversed__", m_reversed, RT_METH_FASTCALL, NULL },
    { "fromkeys", m_fromkeys, RT_METH_FASTCALL | RT_METH_CLASS, "fromkeys(iterable, value=None)" },
    { "get", m_get, RT_METH_FASTCALL, "get(key, default=None)" },
    { "keys", m_keys, RT_METH_FASTCALL, "a view of the keys" },
    { "values", m_values, RT_METH_FASTCALL, "a view of the values" },
    { "items", m_items, RT_METH_FASTCALL, "a view of the (key, value) pairs" },
    { "pop", m_pop, RT_METH_FASTCALL, "pop(key[, default])" },
    { "popitem", m_popitem, RT_METH_FASTCALL, "remove and return the last pair" },
    { "setdefault", m_setdefault, RT_METH_FASTCALL, "setdefault(key, default=None)" },
    { "clear", m_clear, RT_METH_FASTCALL, "clear()" },
    { "update", m_update, RT_METH_FASTCALL | RT_METH_VARKW, "update([other], **kwargs)" },
    { "copy", m_copy, RT_METH_FASTCALL, "a shallow copy" },
    { NULL, NULL, 0, NULL },
};

/* d | e (PEP 584): a new dict, both operands dicts; d |= e is update
 * (rt_number_inplace_binop). */
static rt_object *dict_or(rt_object *a, rt_object *b)
{
    if (!rt_dict_check(a) || !rt_dict_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *r = rt_dict_copy(a);
    if (r && merge_dict(DICT(r), b) < 0)
        RT_CLEAR(r);
    return r;
}

static rt_number_methods dict_as_number = { .or_ = dict_or };

RT_NOSCAN_TYPE rt_type rt_dict_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "dict",
    .basicsize = sizeof(rt_dict),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_DICT_SUBCLASS | RT_TPFLAGS_MAPPING | RT_TPFLAGS_MATCH_SELF,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .repr = dict_repr,
    .hash = rt_hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = rt_dict_iter,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .methods = dict_methods,
    .new_ = dict_new_slot,
    .init = dict_init_slot,
    .vectorcall = dict_vectorcall,
    .base = &rt_object_type,
};

int rt_dict_init(void)
{
    if (rt_type_ready(&rt_dict_type) < 0)
        return -1;
    return rt_dictview_init();
}

/* CPython 3.11's _PyDict_SizeOf for a dict of this table size: the object
 * (48 bytes), and unless empty its keys object (32-byte header, the index
 * slots, 2/3 of the size in entries of 16 bytes in a unicode table, else
 * 24). */
intptr_t rt_dict_table_size(rt_object *o)
{
    rt_dict *d = DICT(o);
    return d->keys && d->used ? (intptr_t)dk_size(d->keys) : 0;
}

intptr_t rt_dict_sizeof(rt_object *o)
{
    rt_dict *d = DICT(o);
    intptr_t n = 48;
    if (!d->keys || d->used == 0)
        return n;
    rt_dict_keys *k = d->keys;
    size_t size = dk_size(k);
    return n + 32 + (intptr_t)(size << k->log2_index_bytes)
           + (intptr_t)USABLE_FRACTION(size) * (k->general ? 24 : 16);
}

/*
 * dict.h -- insertion-ordered hash tables (CPython 3.6+ compact layout).
 *
 * A dict points to one rt_dict_keys block: an index table of 2^n slots (1,
 * 2, 4 or 8 bytes each, the smallest that can address the entries) followed
 * by a dense array of entries in insertion order.  Lookup probes the index
 * table with CPython's perturbation recurrence; deletion leaves a DUMMY
 * index and a NULL entry key until the next resize compacts the entries.
 *
 * Invariants:
 *   - used == number of entries with a non-NULL key;
 *   - the index table is never full: usable = 2/3 of its slots;
 *   - a dict is created untracked and becomes tracked as soon as a key or
 *     value that may be part of a cycle is stored in it
 *     (rt_dict_maybe_track); the collector may untrack it again when it
 *     holds only atomic objects (rt_dict_maybe_untrack);
 *   - version: a new process-wide value (never 0) on creation and on every
 *     change of the key/value mapping, never reused by another dict, so a
 *     cache keyed on a version alone cannot confuse two dicts;
 *   - keys_version: from the same counter, new on creation and on every
 *     change of the key set or of an entry's place (insertion or deletion
 *     of a key, a new table, an entry moved), but not when an existing
 *     key's value is replaced in place (CPython's dk_version): while it is
 *     unchanged, the same keys sit in the same entries, so a cache may
 *     hold the address of an entry's value (rt_dict_value_slot) and read
 *     the current value there (LOAD_GLOBAL, code.h);
 *   - str keys: their cached hash is used and identity is tried first, so
 *     interned-name lookups never call rt_richcompare_bool.
 */
#ifndef GCLAB_RUNTIME_DICT_H
#define GCLAB_RUNTIME_DICT_H

#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/tuple.h"

typedef struct rt_dict_keys rt_dict_keys;   /* private to dict*.c (dict_int.h) */

typedef struct rt_dict {
    RT_OBJECT_HEAD
    intptr_t used;
    uint64_t version;        /* process-wide unique, new on creation and every mutation (caches) */
    uint64_t keys_version;   /* the same, kept when a value is replaced in place */
    rt_dict_keys *keys;
} rt_dict;

extern rt_type rt_dict_type;
extern rt_type rt_dict_keys_type, rt_dict_values_type, rt_dict_items_type;
extern rt_type rt_dict_keyiterator_type, rt_dict_valueiterator_type, rt_dict_itemiterator_type;

static inline bool rt_dict_check(rt_object *o)
{
    return o->type == &rt_dict_type || (o->type->flags & RT_TPFLAGS_DICT_SUBCLASS);
}
static inline bool rt_dict_check_exact(rt_object *o) { return o->type == &rt_dict_type; }
static inline intptr_t rt_dict_size(rt_object *d) { return ((rt_dict *)d)->used; }

rt_object *rt_dict_new(void);
/* dict(*args, **kw) from a vector call (args then the values of kwnames), as
 * CPython 3.11's dict_vectorcall: no keyword dict is built. */
rt_object *rt_dict_call_kw(rt_object *const *args, intptr_t nargs, rt_object *kwnames);
/* Borrowed result; NULL without exception when missing, NULL with an
 * exception when hashing or comparing raised. */
rt_object *rt_dict_getitem(rt_object *d, rt_object *key);
rt_object *rt_dict_getitem_str(rt_object *d, const char *key);   /* no exception ever */
int rt_dict_setitem(rt_object *d, rt_object *key, rt_object *value);  /* borrowed both */
/* The same for a str key looked up again and again at one site, with
 * *hint the entry index where it was last found (any value to start:
 * checked before use; the lookups update it). */
rt_object *rt_dict_getitem_hint(rt_object *d, rt_object *key, intptr_t *hint);
int rt_dict_setitem_hint(rt_object *d, rt_object *key, rt_object *value, intptr_t *hint);
/* Where the value of entry ix (a live entry, e.g. a hint just set by
 * rt_dict_getitem_hint) is stored: valid, and the entry's, while d's
 * keys_version is unchanged. */
rt_object **rt_dict_value_slot(rt_object *d, intptr_t ix);
int rt_dict_setitem_str(rt_object *d, const char *key, rt_object *value);
int rt_dict_delitem(rt_object *d, rt_object *key);                /* KeyError when missing */
int rt_dict_delitem_str(rt_object *d, const char *key);
int rt_dict_contains(rt_object *d, rt_object *key);               /* 1, 0, -1 */
/* d[key] for the VM: new reference, KeyError when missing. */
rt_object *rt_dict_subscript(rt_object *d, rt_object *key);
/* d.pop(key[, dflt]): new reference; dflt NULL: KeyError when missing. */
rt_object *rt_dict_pop(rt_object *d, rt_object *key, rt_object *dflt);
/* For a caller that hashed key once (hash: rt_hash(key)): getitem as
 * above; setitem; pop without default: a new reference, NULL without
 * exception when missing. */
rt_object *rt_dict_getitem_knownhash(rt_object *d, rt_object *key, intptr_t hash);
int rt_dict_setitem_knownhash(rt_object *d, rt_object *key, intptr_t hash, rt_object *value);
rt_object *rt_dict_pop_knownhash(rt_object *d, rt_object *key, intptr_t hash);
/* d[key] = d.get(key, 0) + one, with one lookup when the old count is an
 * exact int (Counter's _count_elements; one: the int 1).  0 / -1. */
int rt_dict_count_knownhash(rt_object *d, rt_object *key, intptr_t hash, rt_object *one);
/* d.setdefault(key, dflt): borrowed result. */
/* OrderedDict (lib/collections.py: a dict subclass ordered by its entries):
 * move key to the end (last) or the front of the order, KeyError(key) when
 * absent; remove and return the (key, value) tuple at the end or the front,
 * KeyError "dictionary is empty".  No user code runs but key's __hash__ and
 * __eq__ in the lookup. */
int rt_dict_move_to_end(rt_object *d, rt_object *key, bool last);
rt_object *rt_dict_popitem_end(rt_object *d, bool last);
rt_object *rt_dict_setdefault(rt_object *d, rt_object *key, rt_object *dflt);
void rt_dict_clear(rt_object *d);
/* sys.getsizeof(d) without the GC header, as CPython 3.11 computes it. */
intptr_t rt_dict_sizeof(rt_object *d);
/* The slots of d's hash table as CPython 3.11 would have them (dk_size),
 * 0 when it has no items. */
intptr_t rt_dict_table_size(rt_object *d);
/* A dict whose entries merge directly (its type keeps dict's __iter__);
 * otherwise CPython merges it through keys() and __getitem__. */
bool rt_dict_entries_plain(rt_object *o);
rt_object *rt_dict_copy(rt_object *d);
int rt_dict_update(rt_object *d, rt_object *other);    /* a dict, or an iterable of pairs */
/* Lists (new) of keys, values or (key, value) tuples, in order. */
rt_object *rt_dict_keys_list(rt_object *d);
rt_object *rt_dict_values_list(rt_object *d);
rt_object *rt_dict_items_list(rt_object *d);
/* dictview.c: a view of type t on d -- dict_keys, dict_values,
 * dict_items, or a static subtype of one (OrderedDict's odict_keys...,
 * which share their layout) -- and the dict a view shows (borrowed). */
rt_object *rt_dict_view_new(rt_object *d, rt_type *t);
rt_object *rt_dict_view_dict(rt_object *view);
/* Iterate: *pos starts at 0; returns 1 with borrowed *key and *value, 0 at the
 * end.  The dict must not be resized during the walk. */
int rt_dict_next(rt_object *d, intptr_t *pos, rt_object **key, rt_object **value);

/* For a tracing collector's inlined mark of dict d (the table only): its
 * entries' key and value words, *n entries RT_DICT_ENTRY_WORDS words
 * apart, the key at [0] (NULL: a deleted entry) and the value at [1].
 * NULL with *n == 0 for an empty dict.  The table must not change while
 * the words are read. */
#define RT_DICT_ENTRY_WORDS 3
rt_object **rt_dict_entry_words(rt_object *d, intptr_t *n);
/* Tracking rules (CPython's MAINTAIN_TRACKING): track d if it is not yet
 * tracked and key or value may be tracked by the collector (see below). */
void rt_dict_maybe_track(rt_object *d, rt_object *key, rt_object *value);
/* Untrack d if every key and value is atomic (collector's use). */
void rt_dict_maybe_untrack(rt_object *d);
/* The test alone: every key and value of d is atomic (the cycle core
 * untracks by hand, in the middle of a list walk). */
bool rt_dict_untrackable(rt_object *d);

int rt_dict_init(void);

static inline bool rt_obj_may_be_tracked(rt_object *o)
{
    if (!rt_is_gc(o))
        return false;
    if (rt_tuple_check_exact(o))
        return rt_gc_is_tracked(o);
    return true;
}

/* The tuple rule (rt_tuple_maybe_untrack): t holds only objects that can
 * never be tracked again.  A NULL slot means a constructor is still
 * filling it in. */
static inline bool rt_tuple_untrackable(rt_object *t)
{
    for (intptr_t i = 0; i < RT_SIZE(t); i++) {
        rt_object *x = RT_TUPLE_GET_ITEM(t, i);
        if (!x || rt_obj_may_be_tracked(x))
            return false;
    }
    return true;
}

#endif

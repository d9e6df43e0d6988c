/*
 * set.h -- set and frozenset, with CPython 3.11's table: open addressing
 * over (key, hash) entries, an 8-entry table inside the object, linear
 * probes of 9 then perturbed jumps, dummies for deleted keys, growth when
 * fill*5 >= mask*3.  With the same hashes (ints, tuples of ints...) the
 * table layout, hence the iteration order, is CPython's.
 *
 * Invariants:
 *   - both types are GC containers, tracked from creation on, never
 *     untracked by a collection (CPython 3.11 keeps frozensets tracked too);
 *   - frozenset() is a new object each time (no empty singleton in 3.11);
 *     frozenset(f) of an exact frozenset returns f;
 *   - a frozenset's hash is computed once (CPython's shuffle-and-xor
 *     algorithm over the entry hashes) and cached in the object.
 */
#ifndef GCLAB_RUNTIME_SET_H
#define GCLAB_RUNTIME_SET_H

#include "runtime/object.h"

#define RT_SET_MINSIZE 8

typedef struct rt_setentry {
    rt_object *key;     /* NULL: unused; the dummy: deleted */
    intptr_t hash;
} rt_setentry;

typedef struct rt_set {
    RT_OBJECT_HEAD
    intptr_t fill;      /* active + dummy entries */
    intptr_t used;      /* active entries */
    intptr_t mask;      /* table size - 1 */
    rt_setentry *table;
    intptr_t hash;      /* frozenset only; -1 until computed */
    intptr_t finger;    /* where pop() looks next */
    rt_setentry smalltable[RT_SET_MINSIZE];
    rt_object *weakreflist;
} rt_set;

extern rt_type rt_set_type, rt_frozenset_type, rt_setiter_type;

static inline bool rt_set_check(rt_object *o) { return o->type == &rt_set_type; }
/* set, frozenset or a subclass of either */
static inline bool rt_anyset_check(rt_object *o) { return (o->type->flags & RT_TPFLAGS_SET_SUBCLASS) != 0; }
/* exactly set or frozenset (a subclass may override what the fast paths skip) */
static inline bool rt_anyset_check_exact(rt_object *o)
{
    return o->type == &rt_set_type || o->type == &rt_frozenset_type;
}
/* frozenset or a subclass */
static inline bool rt_anyfrozenset_check(rt_object *o)
{
    return (o->type->flags & RT_TPFLAGS_FROZENSET_SUBCLASS) != 0;
}
static inline intptr_t rt_set_size(rt_object *s) { return ((rt_set *)s)->used; }

/* A new set (frozen: a frozenset) of the items of iterable (may be NULL). */
rt_object *rt_set_new(rt_object *iterable, bool frozen);
int rt_set_add(rt_object *s, rt_object *key);        /* borrowed key; 0 / -1 */
int rt_set_contains(rt_object *s, rt_object *key);   /* 1, 0, -1 */
/* The same for a key whose hash the caller has (never -1). */
int rt_set_contains_hashed(rt_object *s, rt_object *key, intptr_t hash);
int rt_set_discard(rt_object *s, rt_object *key);    /* 1 found, 0 not, -1 */
int rt_set_update(rt_object *s, rt_object *iterable);
/* Iterate: *pos starts at 0; 1 with a borrowed *key, 0 at the end. */
int rt_set_next(rt_object *s, intptr_t *pos, rt_object **key);
/* s op= other for the eval loop's augmented assignment (| & - ^ on a
 * set): s (new reference) or NotImplemented (new reference). */
rt_object *rt_set_inplace(rt_object *s, rt_object *other, int op);
/* The memory sys.getsizeof reports: the object, plus a table that is not
 * the built-in small one. */
intptr_t rt_set_sizeof(rt_object *s);

int rt_set_init(void);

#endif

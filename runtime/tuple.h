/*
 * tuple.h -- immutable sequences with their items stored inline.
 *
 * Invariants:
 *   - the empty tuple is one shared immortal object (rt_tuple_new(0));
 *   - a tuple is a GC container tracked from creation; every item is
 *     non-NULL once the constructor returns (rt_tuple_new leaves NULL slots
 *     for the caller to fill with RT_TUPLE_SET_ITEM before exposing it);
 *   - hash follows CPython 3.8+'s xxHash-based tuplehash, so hash((1, 2))
 *     is the same number as in CPython (given equal item hashes).
 */
#ifndef GCLAB_RUNTIME_TUPLE_H
#define GCLAB_RUNTIME_TUPLE_H

#include "runtime/object.h"

typedef struct rt_tuple {
    RT_VAROBJECT_HEAD
    rt_object *items[];
} rt_tuple;

extern rt_type rt_tuple_type;
extern rt_type rt_tuple_iterator_type;

static inline bool rt_tuple_check(rt_object *o)
{
    return o->type == &rt_tuple_type || (o->type->flags & RT_TPFLAGS_TUPLE_SUBCLASS);
}
static inline bool rt_tuple_check_exact(rt_object *o) { return o->type == &rt_tuple_type; }
#define RT_TUPLE_ITEMS(t) (((rt_tuple *)(t))->items)
#define RT_TUPLE_GET_ITEM(t, i) (((rt_tuple *)(t))->items[i])          /* borrowed */
#define RT_TUPLE_SET_ITEM(t, i, v) (((rt_tuple *)(t))->items[i] = (v)) /* steals v, no decref of old */

/* A tuple of n NULL slots (n == 0: the shared empty tuple). */
rt_object *rt_tuple_new(intptr_t n);
/* From n borrowed items. */
rt_object *rt_tuple_from_array(rt_object *const *items, intptr_t n);
/* Would rt_tuple_new(n) reuse a free-listed tuple (no new container, so no
 * gc count moves)?  For callers that skip an argument tuple CPython 3.11
 * builds only until a call site is specialised. */
bool rt_tuple_free_listed(intptr_t n);
/* A stand-in for an argument tuple CPython 3.11 builds and frees around a
 * call gclab makes without one (n >= 1, free lists on): take it where the
 * tuple would come from -- the free list of n items, else a new block that
 * the collector counts as a new container -- and give it back to the free
 * list after the call, as the tuple's death would.  A shell holds no items
 * and is never tracked: the gc counts and free lists move as CPython's for
 * a fraction of building the tuple. */
rt_object *rt_tuple_shell_take(intptr_t n);
void rt_tuple_shell_give(rt_object *t);
/* The argument tuple of a CPython 3.11 METH_VARARGS built-in (vars,
 * str.format, str.find...) that gclab calls with a vector: taken before
 * the call, dropped after, so that the gc counts and free lists move as
 * CPython's.  With a tuple of n items on the free list CPython pops it and
 * pushes it back, which nothing can tell apart from not building one, so
 * the head is only unlinked and relinked (no revival, no census notes: the
 * pair would cancel); with none, a shell (a new, counted block) ends on
 * the list; with the free lists off, a real tuple of args; for n == 0,
 * nothing (the shared empty tuple).  ok is false only on MemoryError. */
typedef struct rt_varargs_standin {
    rt_object *t;
    bool raw;
    bool ok;
} rt_varargs_standin;
rt_varargs_standin rt_tuple_varargs_take(rt_object *const *args, intptr_t n);
void rt_tuple_varargs_drop(rt_varargs_standin s);
/* rt_tuple_pack(2, a, b): borrowed items. */
rt_object *rt_tuple_pack(intptr_t n, ...);
/* (a, b) taking both references (dropped on failure). */
rt_object *rt_tuple_pair_steal(rt_object *a, rt_object *b);
/* tuple(iterable) */
rt_object *rt_tuple_from_iterable(rt_object *iterable);
rt_object *rt_tuple_getitem(rt_object *t, intptr_t i);   /* borrowed; IndexError when out of range */
rt_object *rt_tuple_getslice(rt_object *t, intptr_t lo, intptr_t hi);
/* t[start:stop:step] from a slice's unpacked parts (rt_slice_unpack:
 * step != 0, not yet adjusted to t's length), as list.h's
 * rt_list_slice_unpacked. */
rt_object *rt_tuple_slice_unpacked(rt_object *t, intptr_t start, intptr_t stop, intptr_t step);
intptr_t rt_tuple_hash(rt_object *t);
/* Untrack t when it holds only objects that can never be part of a cycle
 * (what CPython's collector does to tuples); the collector calls it. */
void rt_tuple_maybe_untrack(rt_object *t);

/* Shared with list.c: lexicographic rich comparison of two item arrays,
 * and the (value[, start[, stop]]) arguments of index(). */
rt_object *rt_seq_richcompare(rt_object *const *a, intptr_t na, rt_object *const *b,
                              intptr_t nb, int op);
int rt_seq_index_args(rt_object *const *args, intptr_t nargs, intptr_t len,
                      intptr_t *start, intptr_t *stop);

/* Shared with list.c: the index iterator over a sequence (tuple_iterator,
 * list_iterator, list_reverseiterator) and its memory-management slots.
 * seq is NULL once the iterator is exhausted. */
typedef struct rt_seqiter {
    RT_OBJECT_HEAD
    intptr_t index;
    rt_object *seq;
} rt_seqiter;
int rt_seqiter_traverse(rt_object *o, rt_visitproc visit, void *arg);
int rt_seqiter_clear(rt_object *o);
void rt_seqiter_dealloc(rt_object *o);
/* iter(o) for an object with __getitem__ and no __iter__ (type "iterator") */
extern rt_type rt_seq_iterator_type;
rt_object *rt_seqiter_new(rt_object *seq);

int rt_tuple_init(void);

#endif

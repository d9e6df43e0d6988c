/*
 * list.h -- mutable sequences.
 *
 * Items live in a separate rt_mem buffer (items), over-allocated as
 * CPython 3.11 does so that appends are amortised O(1):
 *     new_allocated = (newsize + newsize/8 + 6) & ~3
 * (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... for repeated appends); the
 * buffer is shrunk only when fewer than half its slots are used.
 *
 * Invariants: 0 <= size <= allocated; items[0..size) are non-NULL owned
 * references; items == NULL iff allocated == 0.  A list is a GC container
 * tracked from creation.  Every mutation leaves the list valid before it
 * drops a reference (a decref may run arbitrary code that looks at it).
 */
#ifndef GCLAB_RUNTIME_LIST_H
#define GCLAB_RUNTIME_LIST_H

#include "runtime/object.h"

typedef struct rt_list {
    RT_VAROBJECT_HEAD
    rt_object **items;
    intptr_t allocated;
} rt_list;

extern rt_type rt_list_type;
extern rt_type rt_list_iterator_type;
extern rt_type rt_list_reverseiterator_type;

static inline bool rt_list_check(rt_object *o)
{
    return o->type == &rt_list_type || (o->type->flags & RT_TPFLAGS_LIST_SUBCLASS);
}
static inline bool rt_list_check_exact(rt_object *o) { return o->type == &rt_list_type; }
#define RT_LIST_ITEMS(l) (((rt_list *)(l))->items)
#define RT_LIST_GET_ITEM(l, i) (((rt_list *)(l))->items[i])   /* borrowed */

/* A list of n items, all None (so it is always valid); fill it with
 * rt_list_setitem, or store into RT_LIST_ITEMS directly (overwriting a
 * None without a decref is fine: None is immortal). */
rt_object *rt_list_new(intptr_t n);
rt_object *rt_list_from_array(rt_object *const *items, intptr_t n);   /* borrowed items */
rt_object *rt_list_new_reserved(intptr_t cap);   /* empty, room for cap items */
rt_object *rt_list_from_iterable(rt_object *iterable);
rt_object *rt_list_getitem(rt_object *l, intptr_t i);           /* borrowed; IndexError */
int rt_list_setitem(rt_object *l, intptr_t i, rt_object *v);    /* steals v; IndexError */
int rt_list_append(rt_object *l, rt_object *v);                 /* borrowed v */
int rt_list_insert(rt_object *l, intptr_t i, rt_object *v);     /* borrowed v */
int rt_list_extend(rt_object *l, rt_object *iterable);
rt_object *rt_list_pop(rt_object *l, intptr_t i);               /* new ref; i normalised here */
int rt_list_clear(rt_object *l);
int rt_list_reverse(rt_object *l);
/* Stable sort; key may be NULL/None.  On error (a comparison or key call
 * raised) the list holds a permutation of its items and -1 is returned;
 * mutating the list from a comparison raises ValueError, as CPython. */
int rt_list_sort(rt_object *l, rt_object *key, bool reverse);
/* sort()'s and sorted()'s reverse= argument as CPython takes it: an
 * integer (bool included), not any object with a truth value; 0/1, -1. */
int rt_list_sort_reverse_arg(rt_object *v);
rt_object *rt_list_as_tuple(rt_object *l);
/* l += other (extend; returns l as a new reference). */
rt_object *rt_list_inplace_concat(rt_object *l, rt_object *other);
int rt_list_inplace_repeat(rt_object *l, intptr_t n);
/* reversed(l): a list_reverseiterator. */
rt_object *rt_list_reversed(rt_object *l);
rt_object *rt_list_getslice(rt_object *l, intptr_t lo, intptr_t hi);
/* l[start:stop:step] and l[start:stop] = v (v a sequence or an iterable;
 * NULL deletes) with the bounds as rt_slice_unpack gives them, clamped
 * here: a slice's work without a slice object. */
rt_object *rt_list_slice_unpacked(rt_object *l, intptr_t start, intptr_t stop, intptr_t step);
int rt_list_ass_slice_unpacked(rt_object *l, intptr_t start, intptr_t stop, rt_object *v);

/* repr recursion guard shared by the containers (CPython's Py_ReprEnter):
 * returns 1 if o is already being repr'd (print "[...]"/"{...}"), 0 after
 * recording it, -1 on memory error.  Pair every 0 with rt_repr_leave. */
int rt_repr_enter(rt_object *o);
void rt_repr_leave(rt_object *o);

int rt_list_init(void);

#endif

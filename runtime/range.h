/*
 * range.h -- range objects and their iterators.
 *
 * A range is immutable and not a GC container (it holds ints only).  Its
 * start, stop, step and length are C integers when all fit 64 bits, else
 * ints kept after the struct (length == -1; range.c).  The length is
 * computed once, at creation.
 */
#ifndef GCLAB_RUNTIME_RANGE_H
#define GCLAB_RUNTIME_RANGE_H

#include "runtime/object.h"

typedef struct rt_range {
    RT_OBJECT_HEAD
    intptr_t start, stop, step, length;
} rt_range;

extern rt_type rt_range_type;
extern rt_type rt_range_iterator_type;

/* A range_iterator (a range in the 64-bit layout): the next value, the
 * step and how many are left.  Here for the eval loop's FOR_ITER_RANGE. */
typedef struct rt_range_iter {
    RT_OBJECT_HEAD
    intptr_t next, step, left;
} rt_range_iter;

static inline bool rt_range_check(rt_object *o) { return o->type == &rt_range_type; }

/* range(start, stop, step); ValueError when step == 0. */
rt_object *rt_range_new(intptr_t start, intptr_t stop, intptr_t step);
/* range(*args) with 1 to 3 int arguments, as the builtin. */
rt_object *rt_range_from_args(rt_object *const *args, intptr_t nargs);
/* Item i of a range in the 64-bit layout, i in [0, length). */
intptr_t rt_range_item(rt_object *r, intptr_t i);
/* reversed(r): an iterator from the last item to the first. */
rt_object *rt_range_reversed(rt_object *r);

int rt_range_init(void);

#endif

/*
 * range.h -- range objects and their iterator.
 *
 * A range is immutable and atomic (its start, stop, step and length are C
 * integers: the subset's ints are 64-bit), so it is not a GC container.
 * The length is computed once, at creation.
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

static inline bool rt_range_check(rt_object *o) { return o->type == &rt_range_type; }

/* range(start, stop, step); ValueError when step == 0. */
rt_object *rt_range_new(intptr_t start, intptr_t stop, intptr_t step);
/* range(*args) with 1 to 3 int arguments, as the builtin. */
rt_object *rt_range_from_args(rt_object *const *args, intptr_t nargs);
intptr_t rt_range_item(rt_object *r, intptr_t i);   /* i in [0, length) */

int rt_range_init(void);

#endif

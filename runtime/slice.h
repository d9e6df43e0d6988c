/*
 * slice.h -- slice objects and the index helpers shared by the sequences
 * (list, tuple, str, range).
 *
 * A slice holds three arbitrary objects (start, stop, step; None when
 * omitted), as in CPython.  rt_slice_indices turns one into concrete
 * (start, stop, step, slicelength) for a sequence of a given length, with
 * exactly CPython's clamping rules, so that every sequence slices alike.
 */
#ifndef GCLAB_RUNTIME_SLICE_H
#define GCLAB_RUNTIME_SLICE_H

#include "runtime/object.h"

typedef struct rt_slice {
    RT_OBJECT_HEAD
    rt_object *start, *stop, *step;   /* never NULL: None when omitted */
} rt_slice;

extern rt_type rt_slice_type;

static inline bool rt_slice_check(rt_object *o) { return o->type == &rt_slice_type; }

/* New slice; NULL arguments mean None.  Arguments are borrowed. */
rt_object *rt_slice_new(rt_object *start, rt_object *stop, rt_object *step);
/* CPython 3.11's one-slice cache (slice.c).  While it holds a slice, a
 * slice made and dropped at once (o[a:b]) takes it and puts it back: code
 * that does the slicing without the object (eval.c) changes nothing a
 * program can see, gc.get_count() included. */
extern rt_slice *rt_slice_cache;

/* Convert an index-like object (int, bool, anything with as_number->index)
 * to a C integer.  Returns 0, or -1 with TypeError ("<what> indices must be
 * integers or slices, not T" when what != NULL, CPython's wording) or
 * IndexError/OverflowError for out-of-range values. */
int rt_index_as_ssize(rt_object *o, intptr_t *out);
/* Is o usable as an index (an int, a bool or has as_number->index)? */
bool rt_index_check(rt_object *o);

/* Extract start/stop/step, clamping huge values as CPython's
 * PySlice_Unpack does; step 0 raises ValueError "slice step cannot be
 * zero".  0 / -1. */
int rt_slice_unpack(rt_object *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
/* Clamp unpacked start/stop to a sequence of length len; returns the
 * number of items selected (PySlice_AdjustIndices). */
intptr_t rt_slice_adjust(intptr_t len, intptr_t *start, intptr_t *stop, intptr_t step);
/* Both of the above: 0 / -1. */
int rt_slice_indices(rt_object *slice, intptr_t len, intptr_t *start,
                     intptr_t *stop, intptr_t *step, intptr_t *slicelength);

/* Python's slice.indices(len) as a new 3-tuple. */
rt_object *rt_slice_indices_tuple(rt_object *slice, intptr_t len);

int rt_slice_init(void);

#endif

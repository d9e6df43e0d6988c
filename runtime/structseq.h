/*
 * structseq.h -- the runtime's own named tuples (CPython's structseq):
 * sys.version_info, sys.float_info.  A struct sequence type is a static
 * tuple subclass whose getsets name the items (closure = the item's
 * index) and whose repr is `name(field=value, ...)`; its instances are
 * made only by the runtime (calling the type raises CPython's TypeError).
 */
#ifndef GCLAB_RUNTIME_STRUCTSEQ_H
#define GCLAB_RUNTIME_STRUCTSEQ_H

#include "runtime/object.h"

/* The getter every field uses: item (intptr_t)closure of the tuple; the
 * setter refuses with CPython's message for a read-only member. */
rt_object *rt_structseq_field(rt_object *self, void *closure);
int rt_structseq_readonly(rt_object *self, rt_object *value, void *closure);
/* A field of a struct sequence type's getsets table. */
#define RT_STRUCTSEQ_FIELD(name, index) \
    { name, rt_structseq_field, rt_structseq_readonly, (void *)(intptr_t)(index) }

/* Fills in the tuple layout, base, repr, dealloc and constructor of t
 * (whose name and getsets, NULL-terminated, are set) and readies it. */
int rt_structseq_ready(rt_type *t);
/* An instance of t holding items[0..n) (new references taken). */
rt_object *rt_structseq_new(rt_type *t, rt_object *const *items, intptr_t n);

#endif

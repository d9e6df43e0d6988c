/*
 * gc_check.h -- the whole-heap invariant checker (gc_check.c) as the
 * collectors use it: the list checks every collector's check_heap slot is
 * built from, and the --gc-check switch.  Tests and tools call
 * gc_check_heap (collector.h).
 */
#ifndef GCLAB_COLLECTORS_GC_CHECK_H
#define GCLAB_COLLECTORS_GC_CHECK_H

#include "collectors/collector.h"
#include "runtime/gchead.h"

/* Every tracked-container list of one collector. */
typedef struct gc_check_lists_spec {
    rt_gchead *const *heads;
    const char *const *names;         /* for messages */
    int n;
    /* Refcounting collectors: check the counts against the references
     * between tracked containers.  Tracing ones: counts are immortal. */
    bool refcounts;
    /* The lowest refcount a live object may have: 1, or the floor of the
     * immortal counts under a tracing collector (which catches a pointer
     * to a freed block, whose first word is no longer such a count). */
    intptr_t min_refcnt;
} gc_check_lists_spec;

/* 0, or -1 with the first violation described in err. */
int gc_check_lists(const gc_check_lists_spec *spec, char *err, size_t errlen);

/* gen's check_heap (gc_check.c: it reads gen_internal.h's state). */
int gc_gen_check_heap(char *err, size_t errlen);

/* --gc-check (gc_config.check, set by gc_select). */
extern bool gc_check_enabled;
/* Each collector calls this when a collection has ended and the heap is
 * consistent again (rt_gc.collecting clear): with --gc-check it runs
 * gc_check_heap and aborts with the violation on stderr. */
void gc_check_after_collection(void);
static inline void gc_check_if_enabled(void)
{
    if (gc_check_enabled)
        gc_check_after_collection();
}

#endif

/*
 * cycle.h -- the cycle-finding core shared by the cycle collectors: given a
 * list of tracked containers, find the ones kept alive only by references
 * from inside the list and free them as CPython's collector does.  (Served
 * by gen.c's functions until the core has a file of its own.)
 *
 *   gc_cycle_deduce_unreachable(young, &unreachable);
 *   ... the collector's policy: untrack, move young's survivors on ...
 *   collected = gc_cycle_dispose(&unreachable, old, &opts);
 *
 * Both run with rt_gc.collecting set by the caller and may run Python code
 * (finalizers, weakref callbacks).  RT_GC_OLD_SPACE survives both.
 */
#ifndef GCLAB_COLLECTORS_CYCLE_H
#define GCLAB_COLLECTORS_CYCLE_H

#include "collectors/collector.h"
#include "runtime/gchead.h"

typedef struct gc_cycle_opts {
    int debug;               /* GC_DEBUG_* flags: COLLECTABLE, SAVEALL */
    rt_object **garbage;     /* gc.garbage for DEBUG_SAVEALL (NULL: none) */
} gc_cycle_opts;

/* Split young into survivors (stay in young) and garbage (appended to
 * unreachable).  Returns the objects examined when telemetry records. */
intptr_t gc_cycle_deduce_unreachable(rt_gchead *young, rt_gchead *unreachable);
/* Untrack the survivors that can never be part of a cycle (tuples; dicts
 * too when full).  Returns how many stay tracked. */
intptr_t gc_cycle_untrack_survivors(rt_gchead *head, bool full);
/* Weakrefs, finalizers, resurrection, clear; what survives goes to old.
 * Returns the number of objects collected. */
intptr_t gc_cycle_dispose(rt_gchead *unreachable, rt_gchead *old, const gc_cycle_opts *opts);

#endif

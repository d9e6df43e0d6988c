/*
 * gen_internal.h -- the generational cycle collector's state, shared by
 * gen.c (the algorithm), gen_weakref.c (clearing weakrefs during a
 * collection) and gc_check.c (the whole-heap invariant checker).  Nothing
 * outside collectors/ includes it.
 *
 * Invariants (outside a collection):
 *   - every tracked container is in exactly one of the lists gens[0..2] or
 *     permanent; gens[0].head is what rt_gc.young points at;
 *   - no header has RT_GC_COLLECTING set or bit 0 of gc_next set;
 *   - rt_gc.young_count is generation 0's count (CPython's
 *     generations[0].count); gens[1].count and gens[2].count live here.
 */
#ifndef GCLAB_COLLECTORS_GEN_INTERNAL_H
#define GCLAB_COLLECTORS_GEN_INTERNAL_H

#include "collectors/collector.h"
#include "runtime/gchead.h"

typedef struct gen_generation {
    rt_gchead head;
    intptr_t threshold;
    intptr_t count;       /* unused for generation 0: rt_gc.young_count */
} gen_generation;

typedef struct gen_state {
    gen_generation gens[GC_GENERATIONS];
    rt_gchead permanent;             /* gc.freeze(): never scanned */
    bool stress;
    bool deferred;      /* --gc-trigger safepoint: collect at the next safe point */
    int debug;                       /* GC_DEBUG_* flags */
    intptr_t long_lived_total;       /* survivors of the last full collection */
    intptr_t long_lived_pending;     /* moved into the oldest generation since */
    gc_stats stats;
    rt_object *garbage;              /* gc.garbage: a list, created lazily */
    bool installed;
} gen_state;

extern gen_state gc_gen;

/* gen_weakref.c: clear every weakref to op (the referent's list becomes
 * empty, each weakref's referent NULL) without running callbacks.  Each
 * cleared weakref that has a callback and is NOT itself part of the
 * garbage (RT_GC_COLLECTING clear) is given a new reference and appended to
 * the list headed by wrcb (linked through its gc head: weakrefs are
 * containers).  Returns the number appended. */
intptr_t gc_gen_clear_weakrefs(rt_object *op, rt_gchead *wrcb);
/* The weakref objects of a collection are cleared too when they are
 * garbage themselves: detach wr from its referent, keep its callback
 * unrun. */
void gc_gen_clear_weakref_object(rt_object *wr);
bool gc_gen_is_weakref(rt_object *op);
/* Run wr's callback (callback(wr)) and drop it; errors are reported as
 * unraisable.  wr is borrowed. */
void gc_gen_run_weakref_callback(rt_object *wr);

/* Report the current exception as CPython's PyErr_WriteUnraisable does
 * ("Exception ignored in: <obj>" + the exception) and clear it. */
void gc_write_unraisable(const char *where, rt_object *obj);

#endif

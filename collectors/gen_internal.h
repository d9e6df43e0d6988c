/*
 * gen_internal.h -- the generational cycle collector's state, shared by
 * gen.c (the policy) and gc_check.c (the whole-heap invariant checker).
 * Nothing outside collectors/ includes it.
 *
 * Invariants (outside a collection):
 *   - every tracked container is in exactly one of the lists gens[0..2] or
 *     permanent; gens[0].head is what rt_gc.young points at;
 *   - no header has RT_GC_COLLECTING or RT_GC_NEXT_UNREACHABLE set;
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
    /* Added to long_lived_total while nothing is frozen: the long-lived
     * containers CPython 3.11's start-up leaves and gclab's does not
     * (startup=3.11; 0 otherwise; gen.c, set_startup). */
    intptr_t long_lived_startup;
    gc_stats stats;
    rt_object *garbage;              /* gc.garbage: a list, created lazily */
    bool installed;
} gen_state;

extern gen_state gc_gen;

#endif

/*
 * cycle.h -- the cycle-finding core shared by the cycle collectors (gen.c
 * today): given a list of tracked containers, find the ones kept alive
 * only by references from inside the list, and free them the way CPython's
 * Modules/gcmodule.c does (weakrefs first, then PEP 442 finalizers, then
 * tp_clear on whatever is still unreachable).
 *
 * The core knows nothing about generations, thresholds or when to collect:
 * a collector passes list heads in, and decides itself where survivors go.
 * A collection is two calls with the collector's own policy in between:
 *
 *   gc_cycle_deduce_unreachable(young, &unreachable);
 *   ... policy: gc_cycle_untrack_survivors(young, ...), move young on ...
 *   collected = gc_cycle_dispose(&unreachable, old, &opts);
 *
 * Header states (the bits of runtime/gchead.h) at each boundary, checked
 * with GCLAB_ASSERT in the debug and asan builds:
 *   - before deduce: every object of young is tracked, has COLLECTING and
 *     NEXT_UNREACHABLE clear, and young is a well-formed list; objects
 *     outside young must not have COLLECTING set (they are left alone);
 *   - after deduce: young holds the survivors (COLLECTING clear), a
 *     well-formed list; unreachable holds the garbage, a well-formed list,
 *     every object with COLLECTING set and NEXT_UNREACHABLE clear;
 *   - after dispose: unreachable is empty; what survived (objects a
 *     finalizer or a weakref callback made reachable again, objects a
 *     tp_clear did not free, objects kept for gc.garbage) is in old with
 *     COLLECTING clear.
 * Between the two calls the collector may walk, untrack and move young's
 * objects, but must not touch unreachable.
 *
 * Neither call allocates (weakrefs whose callbacks must run are linked
 * through their own gc heads), except DEBUG_SAVEALL appending to
 * gc.garbage.  Both run with rt_gc.collecting set by the caller, and may
 * run arbitrary Python code (finalizers, weakref callbacks, tp_clear's
 * decrefs): the caller must hold no borrowed pointer across dispose.
 */
#ifndef GCLAB_COLLECTORS_CYCLE_H
#define GCLAB_COLLECTORS_CYCLE_H

#include "collectors/collector.h"
#include "runtime/gchead.h"

typedef struct gc_cycle_opts {
    int debug;               /* GC_DEBUG_* flags: COLLECTABLE, SAVEALL */
    /* gc.garbage: where DEBUG_SAVEALL keeps the garbage instead of
     * clearing it; *garbage is created on first use.  NULL: no gc.garbage
     * (SAVEALL then clears as usual). */
    rt_object **garbage;
    /* CPython 3.14 (GH-135552): weakrefs without callbacks to the garbage,
     * and weakrefs that are garbage themselves, are cleared after the
     * finalizers ran (which may still use them), not before. */
    bool late_plain_weakrefs;
} gc_cycle_opts;

/* Split young into survivors (stay in young) and garbage (appended to
 * unreachable, which the caller initialised, usually empty).  Returns how
 * many objects it examined when telemetry is recording (rt_tel.on), else 0
 * (counting costs a little on every object). */
intptr_t gc_cycle_deduce_unreachable(rt_gchead *young, rt_gchead *unreachable);

/* gc_cycle_deduce_unreachable followed by gc_cycle_untrack_survivors(young,
 * full), in one walk fewer: the untracking is done by the scan that finds
 * the survivors, with the same result.  closed (implies full): young holds
 * every tracked container (nothing frozen, no other list), which saves one
 * more walk; wrong results if it does not.  *survivors receives how many
 * stay tracked in young.  Returns what gc_cycle_deduce_unreachable
 * returns. */
intptr_t gc_cycle_deduce_untrack(rt_gchead *young, rt_gchead *unreachable, bool full, bool closed,
                                 intptr_t *survivors);

/* The lazy untracking rules, over the survivors in head: a tuple that can
 * never be part of a cycle is untracked; with full, a dict of atomic keys
 * and values too.  Returns how many stay tracked. */
intptr_t gc_cycle_untrack_survivors(rt_gchead *head, bool full);

/* Free the garbage found by gc_cycle_deduce_unreachable: weakrefs,
 * finalizers, resurrection, tp_clear.  Survivors go to old.  Returns the
 * number of objects collected, counted as CPython counts them. */
intptr_t gc_cycle_dispose(rt_gchead *unreachable, rt_gchead *old, const gc_cycle_opts *opts);

/* Report the current exception as CPython's PyErr_WriteUnraisable does
 * ("Exception ignored in: <obj>" + the exception) and clear it. */
void gc_write_unraisable(const char *where, rt_object *obj);

#endif

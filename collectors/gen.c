/*
 * gen.c -- reference counting plus CPython 3.11's three-generation cycle
 * collector (the algorithm of Modules/gcmodule.c, written anew).
 *
 * Refcounting frees almost everything; this collector only finds groups of
 * containers that keep each other alive.  Tracked containers live in one of
 * three generation lists (or the permanent generation of gc.freeze).  A
 * collection of generation g:
 *   1. merges the younger generations into g ("young");
 *   2. copies every refcount into gc_refs (upper bits of gc_prev) and marks
 *      the object COLLECTING; subtracts, through traverse, every reference
 *      that comes from inside young: what is left is the number of
 *      references from outside (update_refs / subtract_refs);
 *   3. moves every object with gc_refs == 0 to an "unreachable" list unless
 *      a traversal from an externally referenced object reaches it, in one
 *      pass over young (move_unreachable, see there);
 *   4. untracks tuples that can never be part of a cycle (full
 *      collections: dicts of atomic values too); moves the survivors into
 *      g+1;
 *   5. clears weakrefs to the unreachable objects, runs the callbacks of
 *      the weakrefs that survive; runs finalize once per object (PEP 442);
 *   6. repeats steps 2-3 on the unreachable set: whatever a finalizer
 *      resurrected survives into g+1; calls clear on the rest, which breaks
 *      the cycles so that refcounting frees them.
 *
 * Invariants:
 *   - outside a collection no header has RT_GC_COLLECTING or the
 *     NEXT_UNREACHABLE bit set (gc_check.c verifies it);
 *   - during steps 2-3 the gc_prev of an object in young holds gc_refs, not
 *     a pointer: only the list head's gc_prev is a pointer, so young may be
 *     appended to but not walked backwards;
 *   - a collection allocates nothing (weakrefs whose callbacks must run
 *     are linked through their own gc heads); only DEBUG_SAVEALL grows the
 *     gc.garbage list.
 */
#include <stdlib.h>
#include <string.h>
#include "collectors/collector.h"
#include "collectors/gen_internal.h"
#include "collectors/cycle.h"
#include "runtime/telemetry.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/alloc.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/list.h"

gen_state gc_gen;

/* CPython's NEXT_MASK_UNREACHABLE: set in gc_next of every object on the
 * tentatively-unreachable list during move_unreachable, so that
 * visit_reachable can tell "unreachable so far" from "not yet scanned"
 * without extra memory.  Headers are 16-byte aligned, so bit 0 is free. */
#define NEXT_UNREACHABLE ((uintptr_t)1)

/* ---- gc_refs in gc_prev ------------------------------------------------ */

static inline intptr_t refs_get(rt_gchead *g) { return (intptr_t)(g->gc_prev >> RT_GC_FLAG_BITS); }
static inline void refs_set(rt_gchead *g, intptr_t r)
{
    g->gc_prev = (g->gc_prev & RT_GC_FLAG_MASK) | ((uintptr_t)r << RT_GC_FLAG_BITS);
}
/* Start of a collection: refs = refcount, COLLECTING set, FINALIZED and
 * the incremental collector's OLD_SPACE kept. */
static inline void refs_reset(rt_gchead *g, intptr_t r)
{
    g->gc_prev = (g->gc_prev & (RT_GC_FINALIZED | RT_GC_OLD_SPACE)) | RT_GC_COLLECTING
                 | ((uintptr_t)r << RT_GC_FLAG_BITS);
}
static inline void refs_dec(rt_gchead *g) { g->gc_prev -= (uintptr_t)1 << RT_GC_FLAG_BITS; }
static inline bool is_collecting(rt_gchead *g) { return (g->gc_prev & RT_GC_COLLECTING) != 0; }
static inline void clear_collecting(rt_gchead *g) { g->gc_prev &= ~RT_GC_COLLECTING; }

/* A container as the collector sees it.  Static type objects are instances
 * of `type`, a GC type, yet carry no gc head (CPython asks tp_is_gc for
 * this): only heap types are containers among types. */
static inline bool is_container(rt_object *o)
{
    rt_type *t = o->type;
    if (!rt_type_is_gc(t))
        return false;
    if (t->flags & RT_TPFLAGS_TYPE_SUBCLASS)
        return (((rt_type *)o)->flags & RT_TPFLAGS_HEAPTYPE) != 0;
    return true;
}

/* ---- lists ------------------------------------------------------------- */

static void list_merge(rt_gchead *from, rt_gchead *to)
{
    if (!rt_gc_list_is_empty(from)) {
        rt_gchead *tail = rt_gc_prev(to);
        rt_gchead *first = rt_gc_next(from), *last = rt_gc_prev(from);
        rt_gc_set_next(tail, first);
        rt_gc_set_prev(first, tail);
        rt_gc_set_next(last, to);
        rt_gc_set_prev(to, last);
    }
    rt_gc_list_init(from);
}

static void list_move(rt_gchead *node, rt_gchead *to)
{
    rt_gchead *prev = rt_gc_prev(node), *next = rt_gc_next(node);
    rt_gc_set_next(prev, next);
    rt_gc_set_prev(next, prev);
    rt_gc_list_append(node, to);
}

static intptr_t list_size(rt_gchead *list)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g))
        n++;
    return n;
}

/* ---- finding the unreachable set ---------------------------------------- */

/* Returns how many objects it saw when `count` (a constant at every call:
 * the walk without the count compiles to the same code as before). */
static inline __attribute__((always_inline)) intptr_t update_refs_walk(rt_gchead *young, bool count)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(young); g != young; g = rt_gc_next(g)) {
        rt_object *op = rt_from_gc(g);
        /* A tracked object with refcount 0 would be a refcounting bug: it
         * should have been deallocated when the count reached zero. */
        if (op->refcnt <= 0) {
            fprintf(stderr, "gclab gen: tracked %s object %p has refcount %ld\n",
                    op->type->name, (void *)op, (long)op->refcnt);
            abort();
        }
        refs_reset(g, op->refcnt);
        if (count)
            n++;
    }
    return n;
}

static void update_refs(rt_gchead *young) { update_refs_walk(young, false); }
/* Telemetry's "examined": counted in a walk the collection makes anyway
 * (a walk of its own cost ~1.4% of a run of full collections). */
static intptr_t update_refs_counted(rt_gchead *young) { return update_refs_walk(young, true); }

static int visit_decref(rt_object *child, void *arg)
{
    (void)arg;
    if (is_container(child)) {
        rt_gchead *g = rt_as_gc(child);
        /* Only objects of the generations being collected are COLLECTING;
         * references into older generations do not matter. */
        if (is_collecting(g))
            refs_dec(g);
    }
    return 0;
}

static void subtract_refs(rt_gchead *young)
{
    for (rt_gchead *g = rt_gc_next(young); g != young; g = rt_gc_next(g)) {
        rt_object *op = rt_from_gc(g);
        op->type->traverse(op, visit_decref, NULL);
    }
}

/* arg: the young list head.  See move_unreachable. */
static int visit_reachable(rt_object *child, void *arg)
{
    rt_gchead *young = arg;
    if (!is_container(child))
        return 0;
    rt_gchead *g = rt_as_gc(child);
    /* Not COLLECTING: another generation, or already scanned (left of the
     * scan position) -- nothing to do. */
    if (!is_collecting(g))
        return 0;
    if (g->gc_next & NEXT_UNREACHABLE) {
        /* Moved to unreachable earlier, but reachable after all: unlink it
         * by hand (the unreachable list's next pointers carry the flag) and
         * put it back at the end of young, where the scan will reach it. */
        rt_gchead *prev = rt_gc_prev(g);
        rt_gchead *next = (rt_gchead *)(g->gc_next & ~NEXT_UNREACHABLE);
        prev->gc_next = g->gc_next;          /* keeps the flag */
        rt_gc_set_prev(next, prev);
        rt_gc_list_append(g, young);
        refs_set(g, 1);
    } else if (refs_get(g) == 0) {
        /* Not scanned yet: tell the scan it is reachable. */
        refs_set(g, 1);
    }
    return 0;
}

/*
 * Split young into reachable (stays in young) and unreachable.
 *
 * One pass from left to right.  An object with gc_refs > 0 is referenced
 * from outside: traverse it, making every COLLECTING child reachable
 * (gc_refs 1, or moved back from unreachable to young's tail).  An object
 * with gc_refs == 0 is tentatively moved to unreachable; if something
 * scanned later reaches it, visit_reachable moves it back.  Behind the scan
 * position every object in young is reachable, has its gc_prev restored to
 * a real pointer and COLLECTING cleared.  Objects in unreachable keep
 * COLLECTING and have NEXT_UNREACHABLE in gc_next until
 * clear_unreachable_mask.  No recursion, no memory beyond the headers.
 */
static void move_unreachable(rt_gchead *young, rt_gchead *unreachable)
{
    rt_gchead *prev = young;
    rt_gchead *g = rt_gc_next(young);
    while (g != young) {
        if (refs_get(g)) {
            rt_object *op = rt_from_gc(g);
            /* traverse may append to young (changing g->gc_next when g is
             * the tail), so the next object is read only afterwards. */
            op->type->traverse(op, visit_reachable, young);
            rt_gc_set_prev(g, prev);
            clear_collecting(g);
            prev = g;
        } else {
            /* young is singly linked while the scan runs: only next
             * pointers (and the head's prev) are kept up to date. */
            prev->gc_next = g->gc_next;
            rt_gchead *last = rt_gc_prev(unreachable);
            /* This may set the flag on the list head's gc_next too; it is
             * cleared after the loop. */
            last->gc_next = NEXT_UNREACHABLE | (uintptr_t)g;
            rt_gc_set_prev(g, last);
            g->gc_next = NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = rt_gc_next(prev);
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next &= ~NEXT_UNREACHABLE;
}

static void clear_unreachable_mask(rt_gchead *unreachable)
{
    for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g))
        g->gc_next &= ~NEXT_UNREACHABLE;
}

/* young -> young (reachable, COLLECTING clear) + unreachable (COLLECTING
 * set, NEXT_UNREACHABLE set).  Returns the objects examined when
 * telemetry records, else 0. */
static intptr_t deduce_unreachable(rt_gchead *young, rt_gchead *unreachable)
{
    intptr_t examined = 0;
    if (rt_tel.on)
        examined = update_refs_counted(young);
    else
        update_refs(young);
    subtract_refs(young);
    move_unreachable(young, unreachable);
    return examined;
}

/* ---- untracking rules ---------------------------------------------------- */

/*
 * One pass over the survivors (CPython makes three: untrack_tuples,
 * untrack_dicts, gc_list_size; on a big heap each is a walk of cache misses,
 * so they are fused here with the same result).  Returns how many stay
 * tracked.
 *
 * Tuples: one holding only objects that can never be tracked again (atomic
 * objects, untracked tuples) can never be part of a cycle, since tuples are
 * immutable.  Like CPython this is checked lazily, here, rather than at
 * construction, when the items may not be set yet.  Items come before the
 * tuples that hold them in the list, so nested atomic tuples go in one pass.
 *
 * Dicts (full collections only): a dict of atomic keys and values is
 * untracked; it re-tracks itself when a container is stored into it.
 * CPython does this only in full collections (its issue #14775: doing it in
 * every collection made building a big dict of dicts quadratic).
 */
static intptr_t untrack_survivors(rt_gchead *head, bool full)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(head), *next; g != head; g = next) {
        next = rt_gc_next(g);
        rt_object *op = rt_from_gc(g);
        if (rt_tuple_check_exact(op))
            rt_tuple_maybe_untrack(op);
        else if (full && rt_dict_check_exact(op))
            rt_dict_maybe_untrack(op);
        n += g->gc_next != 0;
    }
    return n;
}

/* ---- weakrefs, finalizers, clearing ------------------------------------ */

/*
 * Weakrefs to unreachable objects are cleared before any finalizer and any
 * clear runs: otherwise a callback or a finalizer could fetch an object
 * through a weakref after clear had emptied it (or resurrect it while its
 * cycle is half torn down).  Callbacks run only for weakrefs that are
 * themselves reachable: a weakref inside the garbage dies with it, and its
 * callback could see objects that are about to be cleared.  Once every
 * weakref to the garbage is cleared, the callbacks that do run can no
 * longer reach any unreachable object, so running them is safe.
 *
 * Returns the number of reachable weakrefs that died once their callback
 * had run (CPython counts them among the collected objects).
 */
static intptr_t handle_weakrefs(rt_gchead *unreachable, rt_gchead *old)
{
    rt_gchead wrcb;
    rt_gc_list_init(&wrcb);
    for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g)) {
        rt_object *op = rt_from_gc(g);
        if (gc_gen_is_weakref(op))
            gc_gen_clear_weakref_object(op);
        if (op->type->weaklistoffset)
            gc_gen_clear_weakrefs(op, &wrcb);
    }
    intptr_t freed = 0;
    while (!rt_gc_list_is_empty(&wrcb)) {
        rt_gchead *g = rt_gc_next(&wrcb);
        rt_object *wr = rt_from_gc(g);
        gc_gen_run_weakref_callback(wr);
        RT_DECREF(wr);     /* the reference gc_gen_clear_weakrefs took */
        if (rt_gc_next(&wrcb) == g)
            list_move(g, old);     /* still alive */
        else
            freed++;
    }
    return freed;
}

/* PEP 442: every unreachable object whose type has finalize, and that was
 * never finalized, is finalized once (the flag is set first, so a
 * resurrected object is never finalized again).  Finalizers may free or
 * resurrect anything, so each object is moved to a private list before its
 * finalizer runs, and objects that vanish are simply gone from both. */
static void finalize_garbage(rt_gchead *collectable)
{
    rt_gchead seen;
    rt_gc_list_init(&seen);
    while (!rt_gc_list_is_empty(collectable)) {
        rt_gchead *g = rt_gc_next(collectable);
        rt_object *op = rt_from_gc(g);
        list_move(g, &seen);
        rt_destructor fin = op->type->finalize;
        if (fin && !rt_gc_is_finalized(op)) {
            rt_gc_set_finalized(op);
            rt_object *saved = rt_err_fetch();
            RT_INCREF(op);
            fin(op);
            if (rt_err_occurred())
                gc_write_unraisable("in finalizer of", op);
            RT_DECREF(op);
            rt_err_restore(saved);
        }
    }
    list_merge(&seen, collectable);
}

/* Objects a finalizer made reachable again go to old; the rest go to
 * still_unreachable (COLLECTING set, NEXT_UNREACHABLE clear). */
static void handle_resurrected(rt_gchead *unreachable, rt_gchead *still_unreachable, rt_gchead *old)
{
    for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g))
        clear_collecting(g);
    deduce_unreachable(unreachable, still_unreachable);
    clear_unreachable_mask(still_unreachable);
    list_merge(unreachable, old);
}

static int garbage_append(rt_object *op)
{
    if (!gc_gen.garbage) {
        gc_gen.garbage = rt_list_new(0);
        if (!gc_gen.garbage)
            return -1;
    }
    return rt_list_append(gc_gen.garbage, op);
}

/* Break the cycles: clear drops the references each object holds, and
 * refcounting frees what is no longer referenced (usually the whole
 * cycle).  An object still alive after its own clear is kept in old. */
static void delete_garbage(rt_gchead *collectable, rt_gchead *old)
{
    while (!rt_gc_list_is_empty(collectable)) {
        rt_gchead *g = rt_gc_next(collectable);
        rt_object *op = rt_from_gc(g);
        if (gc_gen.debug & GC_DEBUG_SAVEALL) {
            if (garbage_append(op) < 0)
                rt_err_clear();
        } else if (op->type->clear) {
            rt_object *saved = rt_err_fetch();
            RT_INCREF(op);
            op->type->clear(op);
            if (rt_err_occurred())
                gc_write_unraisable("in tp_clear of", op);
            RT_DECREF(op);
            rt_err_restore(saved);
        }
        if (rt_gc_next(collectable) == g) {
            clear_collecting(g);
            list_move(g, old);
        }
    }
}

/* ---- a collection ------------------------------------------------------ */

static intptr_t gen_count(int i)
{
    return i == 0 ? rt_gc.young_count : gc_gen.gens[i].count;
}

static void debug_cycle(const char *what, rt_object *op)
{
    fprintf(stderr, "gc: %s <%s %p>\n", what, op->type->name, (void *)op);
}

/* One collection of generation `generation`.  *collected / *uncollectable
 * receive the counts; returns their sum. */
static intptr_t collect_main(int generation, intptr_t *collected, intptr_t *uncollectable)
{
    rt_tel_collection_begin("gen", generation);
    uint64_t t0 = rt_tel_now_ns();
    if (gc_gen.debug & GC_DEBUG_STATS) {
        fprintf(stderr, "gc: collecting generation %d...\n", generation);
        fprintf(stderr, "gc: objects in each generation: %ld %ld %ld\n",
                (long)list_size(&gc_gen.gens[0].head), (long)list_size(&gc_gen.gens[1].head),
                (long)list_size(&gc_gen.gens[2].head));
        fprintf(stderr, "gc: objects in permanent generation: %ld\n", (long)list_size(&gc_gen.permanent));
    }

    /* Counters as CPython: a collection of g counts as one toward g+1 and
     * resets g and every younger count. */
    if (generation + 1 < GC_GENERATIONS)
        gc_gen.gens[generation + 1].count++;
    for (int i = 0; i <= generation; i++) {
        if (i == 0)
            rt_gc.young_count = 0;
        else
            gc_gen.gens[i].count = 0;
    }
    for (int i = 0; i < generation; i++)
        list_merge(&gc_gen.gens[i].head, &gc_gen.gens[generation].head);

    rt_gchead *young = &gc_gen.gens[generation].head;
    rt_gchead *old = generation + 1 < GC_GENERATIONS ? &gc_gen.gens[generation + 1].head : young;
    rt_gchead unreachable;
    rt_gc_list_init(&unreachable);
    intptr_t examined = deduce_unreachable(young, &unreachable);   /* 0 unless recording */

    intptr_t survivors = untrack_survivors(young, young == old);
    if (young != old) {
        if (generation == GC_GENERATIONS - 2)
            gc_gen.long_lived_pending += survivors;
        list_merge(young, old);
    } else {
        gc_gen.long_lived_pending = 0;
        gc_gen.long_lived_total = survivors;
    }

    /* We have no legacy (tp_del) finalizers, so nothing is uncollectable:
     * CPython's move_legacy_finalizers reduces to clearing the mask. */
    clear_unreachable_mask(&unreachable);
    if (gc_gen.debug & GC_DEBUG_COLLECTABLE)
        for (rt_gchead *g = rt_gc_next(&unreachable); g != &unreachable; g = rt_gc_next(g))
            debug_cycle("collectable", rt_from_gc(g));

    intptr_t m = handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);

    rt_gchead final_unreachable;
    rt_gc_list_init(&final_unreachable);
    handle_resurrected(&unreachable, &final_unreachable, old);

    m += list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);
    intptr_t n = 0;

    uint64_t dt = rt_tel_now_ns() - t0;
    if (gc_gen.debug & GC_DEBUG_STATS)
        fprintf(stderr, "gc: done, %ld unreachable, %ld uncollectable, %.4fs elapsed\n",
                (long)(n + m), (long)n, (double)dt / 1e9);

    gc_gen.stats.collections[generation]++;
    gc_gen.stats.collected[generation] += (uint64_t)m;
    gc_gen.stats.uncollectable[generation] += (uint64_t)n;
    gc_gen.stats.pause_ns_total += dt;
    if (dt > gc_gen.stats.pause_ns_max)
        gc_gen.stats.pause_ns_max = dt;
    *collected = m;
    *uncollectable = n;
    rt_tel_collection_end((uint64_t)examined, (uint64_t)m, (uint64_t)n);
    return n + m;
}

/* The collection plus the gc.callbacks "start"/"stop" calls around it.
 * Caller sets rt_gc.collecting. */
static intptr_t collect_with_callback(int generation)
{
    gc_callback_info info = { generation, 0, 0 };
    gc_invoke_callbacks("start", &info);
    intptr_t collected, uncollectable;
    intptr_t r = collect_main(generation, &collected, &uncollectable);
    info.collected = collected;
    info.uncollectable = uncollectable;
    gc_invoke_callbacks("stop", &info);
    return r;
}

/* Automatic collection: the oldest generation whose count exceeds its
 * threshold, except that a full collection also waits until the objects
 * that entered the oldest generation since the last full collection are at
 * least a quarter of those that survived it (CPython's long-lived
 * heuristic: keeps total collection work linear in the heap size). */
static void collect_generations(void)
{
    for (int i = GC_GENERATIONS - 1; i >= 0; i--) {
        intptr_t threshold = (i == 0 && gc_gen.stress) ? 0 : gc_gen.gens[i].threshold;
        if (gen_count(i) > threshold) {
            if (i == GC_GENERATIONS - 1 && gc_gen.long_lived_pending < gc_gen.long_lived_total / 4)
                continue;
            collect_with_callback(i);
            break;
        }
    }
}

/* Run the automatic collection the counts ask for now. */
static void collect_due_generations(void)
{
    /* As CPython: never start a collection while an exception is being
     * raised (finalizers and callbacks would see or clobber it). */
    if (rt_err_occurred() || rt_gc.collecting)
        return;
    rt_gc.collecting = true;
    collect_generations();
    rt_gc.collecting = false;
}

static void gen_on_threshold(void)
{
    /* Deferred (CPython 3.12): the allocation only raises the VM's flag;
     * the collection runs at the next call or backward jump, where every
     * live value is in a frame, and re-reads the counts then (deallocations
     * in between may have brought gen 0 back under its threshold).  Until
     * then each container allocation lands here again: one store. */
    if (gc_gen.deferred) {
        gc_collect_wanted = true;
        return;
    }
    collect_due_generations();
}

/* ---- the collector interface ------------------------------------------- */

static void apply_young_threshold(void)
{
    /* Stress: -1 makes rt_gc_note_alloc's test (count > threshold, and
     * threshold non-zero) true at every container allocation. */
    rt_gc.young_threshold = gc_gen.stress ? -1 : gc_gen.gens[0].threshold;
}

static int gen_init(const gc_config *cfg, char *err, size_t errlen)
{
    (void)err; (void)errlen;
    /* 700/10/10: CPython's defaults, so counts and triggers match it. */
    static const intptr_t defaults[GC_GENERATIONS] = { 700, 10, 10 };
    /* Containers tracked before a collector was installed (into the
     * runtime's default list) are adopted into generation 0. */
    rt_gchead adopted;
    rt_gc_list_init(&adopted);
    if (rt_gc.young && rt_gc.young != &gc_gen.gens[0].head && !rt_gc_list_is_empty(rt_gc.young))
        list_merge(rt_gc.young, &adopted);
    memset(&gc_gen, 0, sizeof gc_gen);
    for (int i = 0; i < GC_GENERATIONS; i++) {
        rt_gc_list_init(&gc_gen.gens[i].head);
        gc_gen.gens[i].threshold = cfg && cfg->threshold_set ? cfg->threshold[i] : defaults[i];
    }
    rt_gc_list_init(&gc_gen.permanent);
    list_merge(&adopted, &gc_gen.gens[0].head);
    gc_gen.stress = cfg && cfg->stress;
    gc_gen.deferred = cfg && cfg->deferred;
    gc_gen.debug = cfg && cfg->verbose ? GC_DEBUG_STATS : 0;
    gc_gen.installed = true;
    rt_gc.young = &gc_gen.gens[0].head;
    rt_gc.young_count = 0;
    rt_gc.enabled = true;
    rt_gc.collecting = false;
    rt_gc.on_threshold = gen_on_threshold;
    apply_young_threshold();
    return 0;
}

static void gen_get_stats(gc_stats *out);

/* End of run: the counters, plus what the allocator still holds (objects
 * kept alive by the program's last references, and leaks). */
static void gen_fini(gc_stats *final_stats)
{
    gen_get_stats(final_stats);
    gc_stats_fill_live(final_stats);
    RT_CLEAR(gc_gen.garbage);
}

static intptr_t gen_collect(int generation)
{
    if (generation == -1) {    /* the safe point of a deferred trigger */
        if (rt_gc.enabled)
            collect_due_generations();
        return 0;
    }
    if (generation < 0 || generation >= GC_GENERATIONS) {
        rt_err_set_string(&rt_exc_ValueError, "invalid generation");
        return -1;
    }
    if (rt_gc.collecting)
        return 0;     /* already collecting (e.g. from a finalizer) */
    rt_gc.collecting = true;
    intptr_t n = collect_with_callback(generation);
    rt_gc.collecting = false;
    return n;
}

static void gen_get_stats(gc_stats *out)
{
    *out = gc_gen.stats;
}

static void gen_get_count(intptr_t count[GC_GENERATIONS])
{
    for (int i = 0; i < GC_GENERATIONS; i++)
        count[i] = gen_count(i);
}

static void gen_get_threshold(intptr_t threshold[GC_GENERATIONS])
{
    for (int i = 0; i < GC_GENERATIONS; i++)
        threshold[i] = gc_gen.gens[i].threshold;
}

static int gen_set_threshold(const intptr_t *threshold, int n)
{
    if (n < 1 || n > GC_GENERATIONS) {
        rt_err_format(&rt_exc_TypeError, "set_threshold expected 1 to %d arguments, got %d", GC_GENERATIONS, n);
        return -1;
    }
    for (int i = 0; i < n; i++)
        gc_gen.gens[i].threshold = threshold[i];
    apply_young_threshold();
    return 0;
}

static void gen_freeze(void)
{
    for (int i = 0; i < GC_GENERATIONS; i++)
        list_merge(&gc_gen.gens[i].head, &gc_gen.permanent);
    rt_gc.young_count = 0;
}

static void gen_unfreeze(void)
{
    list_merge(&gc_gen.permanent, &gc_gen.gens[GC_GENERATIONS - 1].head);
}

static intptr_t gen_freeze_count(void)
{
    return list_size(&gc_gen.permanent);
}

static int for_each_in(rt_gchead *head, int (*fn)(rt_object *, void *), void *arg)
{
    for (rt_gchead *g = rt_gc_next(head), *next; g != head; g = next) {
        next = rt_gc_next(g);
        int r = fn(rt_from_gc(g), arg);
        if (r)
            return r;
    }
    return 0;
}

static int gen_for_each_object(int generation, int (*fn)(rt_object *, void *), void *arg)
{
    if (generation >= GC_GENERATIONS)
        return 0;
    for (int i = 0; i < GC_GENERATIONS; i++) {
        if (generation >= 0 && i != generation)
            continue;
        int r = for_each_in(&gc_gen.gens[i].head, fn, arg);
        if (r)
            return r;
    }
    return 0;
}

rt_object *gc_gen_garbage(void)
{
    if (!gc_gen.garbage)
        gc_gen.garbage = rt_list_new(0);
    return gc_gen.garbage;
}

int gc_gen_get_debug(void) { return gc_gen.debug; }
void gc_gen_set_debug(int flags) { gc_gen.debug = flags; }

void gc_gen_get_long_lived(intptr_t *total, intptr_t *pending)
{
    *total = gc_gen.long_lived_total;
    *pending = gc_gen.long_lived_pending;
}

const gc_collector gc_gen_collector = {
    .name = "gen",
    .summary = "refcounting + CPython 3.11's 3-generation cycle collector (700/10/10, freeze)",
    .refcounting = true,
    .has_generations = true,
    .init = gen_init,
    .fini = gen_fini,
    .collect = gen_collect,
    .get_stats = gen_get_stats,
    .get_count = gen_get_count,
    .get_threshold = gen_get_threshold,
    .set_threshold = gen_set_threshold,
    .freeze = gen_freeze,
    .unfreeze = gen_unfreeze,
    .freeze_count = gen_freeze_count,
    .for_each_object = gen_for_each_object,
};

/* ---- the core's interface for the other cycle collectors (cycle.h) ----- */

intptr_t gc_cycle_deduce_unreachable(rt_gchead *young, rt_gchead *unreachable)
{
    intptr_t examined = deduce_unreachable(young, unreachable);
    clear_unreachable_mask(unreachable);
    return examined;
}

intptr_t gc_cycle_untrack_survivors(rt_gchead *head, bool full)
{
    return untrack_survivors(head, full);
}

intptr_t gc_cycle_dispose(rt_gchead *unreachable, rt_gchead *old, const gc_cycle_opts *opts)
{
    int saved = gc_gen.debug;
    gc_gen.debug = opts ? opts->debug : 0;
    if (gc_gen.debug & GC_DEBUG_COLLECTABLE)
        for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g))
            debug_cycle("collectable", rt_from_gc(g));
    intptr_t m = handle_weakrefs(unreachable, old);
    finalize_garbage(unreachable);
    rt_gchead final_unreachable;
    rt_gc_list_init(&final_unreachable);
    handle_resurrected(unreachable, &final_unreachable, old);
    m += list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);
    gc_gen.debug = saved;
    return m;
}

/*
 * incr.c -- CPython 3.14.0's incremental cycle collector (the scheduling
 * of its Python/gc.c, written anew) over the shared cycle core, with the
 * lazier sizing of 3.14.1-3.14.4 as an option.  docs/pep848.md explains
 * every choice.
 *
 * Two generations: the young one (rt_gc.young) and an old one split into
 * two spaces, old[0] and old[1].  old[visited] holds what the current
 * scavenge has already scanned, old[visited ^ 1] ("pending") what it has
 * not.  Every automatic collection is one increment: the young generation
 * plus a slice of pending (a first pending object and everything pending
 * it reaches, repeated until the slice is as large as the work owed), all
 * collected together by the cycle core, the survivors going to visited.
 * When pending is empty the scavenge is complete and the spaces swap.  The
 * first increment of each scavenge only marks what the roots reach.  With
 * --gc-opt marking=incremental (the incr-pep848 configuration) that
 * marking is spread over increments instead: the objects reached and not
 * yet traversed wait in a gray list, and each increment traverses a slice
 * of it as large as the work owed, beside a young collection.
 *
 * Invariants (outside a collection):
 *   - every tracked container is in exactly one of young, old[0], old[1],
 *     gray and permanent; gray is empty unless an incremental marking is
 *     under way, and its objects are stamped visited;
 *   - an object of old[s] has RT_GC_OLD_SPACE set iff s == 1; permanent
 *     objects are stamped visited (which is why the spaces may only swap
 *     while permanent is empty);
 *   - young objects' RT_GC_OLD_SPACE bits mean nothing: they are stamped
 *     "pending" (stamp_young) before anything reads them.
 */
#include <stdio.h>
#include <string.h>
#include "collectors/collector.h"
#include "collectors/cycle.h"
#include "collectors/gc_check.h"
#include "runtime/gchead.h"
#include "runtime/list.h"
#include "runtime/telemetry.h"
#include "runtime/error.h"

/* Python/gc.c's SCAN_RATE_DIVISOR: with threshold 1 at its default 10, an
 * increment scans about 1% of the heap. */
#define SCAN_RATE_DIVISOR 10

typedef struct incr_state {
    rt_gchead young;
    rt_gchead old[2];
    rt_gchead permanent;
    int visited;                     /* which old space is visited: 0 or 1 */
    intptr_t threshold[GC_GENERATIONS];   /* 2000, 10, 0 (the last unused) */
    intptr_t old_count[2];           /* gc.get_count()'s second and third */
    rt_gchead gray;                  /* marked, not yet traversed (marking=incremental) */
    intptr_t work_to_do;
    bool marking;                    /* the scavenge's marking is not finished */
    bool mark_started;               /* its roots are in gray (marking=incremental) */
    bool lazy;                       /* 3.14.2's sizing */
    bool incremental_marking;        /* marking=incremental (incr-pep848) */
    rt_object *c_held;               /* a container only C references (runtime_ready) */
    bool stress;
    int debug;                       /* gc.set_debug() flags */
    rt_object *garbage;              /* gc.garbage, created lazily */
    gc_stats stats;
} incr_state;

static incr_state incr;

/* ---- the space bit --------------------------------------------------------- */

static inline int space_of(const rt_gchead *g) { return (g->gc_prev & RT_GC_OLD_SPACE) != 0; }

static inline void set_space(rt_gchead *g, int s)
{
    g->gc_prev = (g->gc_prev & ~RT_GC_OLD_SPACE) | (s ? RT_GC_OLD_SPACE : 0);
}

/* Stamp every object of list with space s; returns the list's length. */
static intptr_t list_set_space(rt_gchead *list, int s)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g)) {
        set_space(g, s);
        n++;
    }
    return n;
}

/* CPython stamps each object "pending" when it is tracked; gclab's
 * rt_gc_track, shared by every collector, does not, so the young list is
 * stamped before anything reads its bits. */
static void stamp_young(void) { list_set_space(&incr.young, incr.visited ^ 1); }





/* ---- gathering what is not yet visited -------------------------------------- */

typedef struct gather {
    rt_gchead *into;
    intptr_t n;
} gather;

/* Python/gc.c's visit_add_to_container: a tracked container not yet in
 * the visited space joins `into`, stamped visited. */
static int visit_gather(rt_object *o, void *arg)
{
    gather *a = arg;
    if (!o || !rt_is_gc(o))
        return 0;
    rt_gchead *g = rt_as_gc(o);
    if (g->gc_next && space_of(g) != incr.visited) {
        set_space(g, incr.visited);
        rt_gc_list_move(g, a->into);
        a->n++;
    }
    return 0;
}

/* Traverse every object from `from` to the end of list (objects gathered
 * on the way are appended, so traversed too): everything not yet visited
 * that they reach joins list.  Returns how many joined. */
static intptr_t expand_transitively(rt_gchead *list, rt_gchead *from)
{
    gather a = { list, 0 };
    for (rt_gchead *g = from; g != list; g = rt_gc_next(g)) {
        rt_object *op = rt_from_gc(g);
        op->type->traverse(op, visit_gather, &a);
    }
    return a.n;
}

/* Gather the roots into `into` (stamped visited), without following them.
 * Python/gc.c's mark_global_roots (with_globals) and mark_stacks: in gclab
 * the VM's roots are its frames, value stacks, globals and modules, and
 * C locals registered with gc_root_push; the global roots add the
 * runtime's own and the static types' dicts.  Returns how many joined. */
static intptr_t gather_roots(rt_gchead *into, bool with_globals)
{
    gather a = { into, 0 };
    if (with_globals) {
        rt_visit_roots(visit_gather, &a);
        rt_static_types_visit(visit_gather, &a);
    }
    gc_visit_vm_roots(visit_gather, &a);
    gc_visit_explicit_roots(visit_gather, &a);
    return a.n;
}

/* mark_all_reachable, stopped after `budget` objects: each object of
 * `queue` moves to visited, then its referents not yet visited join the
 * queue.  Returns how many moved to visited. */
static intptr_t drain(rt_gchead *queue, intptr_t budget)
{
    gather a = { queue, 0 };
    intptr_t n = 0;
    while (n < budget && !rt_gc_list_is_empty(queue)) {
        rt_gchead *g = rt_gc_next(queue);
        rt_gc_list_move(g, &incr.old[incr.visited]);
        rt_object *op = rt_from_gc(g);
        op->type->traverse(op, visit_gather, &a);
        n++;
    }
    return n;
}

/* Move what the roots reach, transitively, into the visited space, in one
 * go.  Returns how many moved. */
static intptr_t mark_roots(bool with_globals)
{
    rt_gchead reachable;
    rt_gc_list_init(&reachable);
    gather_roots(&reachable, with_globals);
    return drain(&reachable, INTPTR_MAX);
}

/* ---- collecting a region ------------------------------------------------------ */

/* Collect the objects of from (all stamped visited); survivors go to to
 * (which may be from), stamped visited.  Returns the number collected. */
static intptr_t collect_region(rt_gchead *from, rt_gchead *to, uint64_t *examined)
{
    rt_gchead unreachable, late;
    rt_gc_list_init(&unreachable);
    rt_gc_list_init(&late);
    *examined += (uint64_t)gc_cycle_deduce_unreachable(from, &unreachable);
    /* 3.14 untracks tuples among the survivors, never dicts (it tracks
     * every dict for good). */
    gc_cycle_untrack_survivors(from, false);
    if (from != to)
        rt_gc_list_merge(from, to);
    gc_cycle_opts opts = { incr.debug, &incr.garbage, true };
    intptr_t m = gc_cycle_dispose(&unreachable, &late, &opts);
    /* What dispose kept (resurrected objects, weakrefs whose callbacks
     * ran) may come from any space. */
    list_set_space(&late, incr.visited);
    rt_gc_list_merge(&late, to);
    return m;
}

/* Python/gc.c's completed_scavenge. */
static void completed_scavenge(void)
{
    if (rt_gc_list_is_empty(&incr.permanent)) {
        /* Swap the spaces' meaning: what was visited is now pending. */
        incr.visited ^= 1;
        stamp_young();
    } else {
        /* Frozen objects are stamped visited and must stay so: move the
         * visited objects back to pending instead. */
        int pending = incr.visited ^ 1;
        rt_gc_list_merge(&incr.old[incr.visited], &incr.old[pending]);
        list_set_space(&incr.old[pending], pending);
    }
    incr.work_to_do = 0;
    incr.marking = true;
    incr.mark_started = false;
}

static intptr_t scale_factor(void)
{
    return incr.threshold[1] < 2 ? 2 : incr.threshold[1];
}

/* Python/gc.c's assess_work_to_do: the new objects plus a fraction of the
 * heap, the fraction capped by the new objects (1.5x in 3.14.0, 2x after
 * GH-140262) so that a growing heap is not scanned quadratically. */
static intptr_t assess_work_to_do(void)
{
    intptr_t young = rt_gc.young_count;
    intptr_t cap = incr.lazy ? young * 2 : young * 3 / 2;
    intptr_t fraction = rt_gc.heap_size / SCAN_RATE_DIVISOR / scale_factor();
    if (fraction > cap)
        fraction = cap;
    rt_gc.young_count = 0;
    return young + fraction;
}

/* 3.14.0 tops work_to_do up by a heap fraction after each increment
 * that collected; 3.14.2 does not. */
static void top_up(void)
{
    if (!incr.lazy)
        incr.work_to_do += rt_gc.heap_size / SCAN_RATE_DIVISOR / scale_factor();
}

/* marking=incremental: the young generation collected into visited, then
 * a slice of the marking as large as the work owed (at least as large as
 * the young generation, so that the marking outpaces the allocations).
 * The first slice of a scavenge gathers the roots into gray without
 * following them.  Marking only tells the scavenge what it need not
 * examine; an object the mutator detaches after it was marked is examined
 * by the next scavenge, so no write barrier is needed.  Each object marked
 * counts once (gh-141890 fixed). */
static intptr_t mark_increment(uint64_t *examined)
{
    if (!incr.mark_started) {
        gather_roots(&incr.gray, true);
        incr.mark_started = true;
    }
    intptr_t young = list_set_space(&incr.young, incr.visited);
    intptr_t m = collect_region(&incr.young, &incr.old[incr.visited], examined);
    incr.work_to_do -= young;
    intptr_t marked = drain(&incr.gray, incr.work_to_do > young ? incr.work_to_do : young);
    incr.work_to_do -= marked;
    *examined += (uint64_t)marked;
    top_up();
    if (rt_gc_list_is_empty(&incr.gray)) {
        incr.marking = false;
        incr.mark_started = false;
    }
    return m;
}

/* One increment (Python/gc.c's gc_collect_increment).  Returns the
 * number collected; *counted tells whether 3.14.0 would count it in
 * gc.get_stats() (a marking increment is not). */
static intptr_t collect_increment(uint64_t *examined, bool *counted)
{
    incr.work_to_do += assess_work_to_do();
    *counted = incr.lazy;       /* 3.14.2 counts every call */
    if (incr.lazy && incr.work_to_do < 0)
        return 0;               /* owes nothing: not even the young collection */
    gc_cycle_untrack_survivors(&incr.young, false);   /* untrack_tuples */
    stamp_young();
    if (incr.marking && incr.incremental_marking) {
        *counted = true;
        return mark_increment(examined);
    }
    if (incr.marking) {
        intptr_t marked = mark_roots(true);
        /* 3.14.0 subtracts the marked objects in mark_at_start and again
         * in its caller (gh-141890). */
        incr.work_to_do -= 2 * marked;
        incr.marking = false;
        *examined += (uint64_t)marked;
        return 0;
    }
    intptr_t marked = mark_roots(false);
    incr.work_to_do -= marked;
    *examined += (uint64_t)marked;
    rt_gchead *pending = &incr.old[incr.visited ^ 1];
    rt_gchead increment;
    rt_gc_list_init(&increment);
    intptr_t size = list_set_space(&incr.young, incr.visited);
    rt_gc_list_merge(&incr.young, &increment);
    while (size < incr.work_to_do && !rt_gc_list_is_empty(pending)) {
        rt_gchead *g = rt_gc_next(pending);
        rt_gc_list_move(g, &increment);
        set_space(g, incr.visited);
        size += 1 + expand_transitively(&increment, g);
    }
    intptr_t m = collect_region(&increment, &incr.old[incr.visited], examined);
    top_up();
    incr.work_to_do -= size;
    *counted = true;
    if (rt_gc_list_is_empty(pending))
        completed_scavenge();
    return m;
}

/* gc.collect(0): the young generation alone, survivors into visited. */
static intptr_t collect_young(uint64_t *examined)
{
    gc_cycle_untrack_survivors(&incr.young, false);
    list_set_space(&incr.young, incr.visited);
    intptr_t m = collect_region(&incr.young, &incr.old[incr.visited], examined);
    rt_gc.young_count = 0;
    incr.old_count[incr.visited]++;
    return m;
}

/* gc.collect() / gc.collect(2): everything at once, scavenge completed. */
static intptr_t collect_full(uint64_t *examined)
{
    gc_cycle_untrack_survivors(&incr.young, false);
    rt_gchead *pending = &incr.old[incr.visited ^ 1], *visited = &incr.old[incr.visited];
    rt_gc_list_merge(&incr.gray, visited);        /* a marking under way is abandoned */
    rt_gc_list_merge(&incr.young, pending);
    list_set_space(pending, incr.visited);
    rt_gc.young_count = 0;
    rt_gc_list_merge(pending, visited);
    intptr_t m = collect_region(visited, visited, examined);
    rt_gc.young_count = 0;
    incr.old_count[0] = incr.old_count[1] = 0;
    completed_scavenge();
    return m;
}

/* One collection of the given kind (0 young, 1 increment, 2 full) with
 * telemetry, stats and gc.callbacks around it.  Caller sets
 * rt_gc.collecting. */
static intptr_t run(int generation)
{
    gc_callback_info info = { generation, 0, 0 };
    gc_invoke_callbacks("start", &info);
    rt_tel_collection_begin("incr", generation, gc_reason);
    uint64_t t0 = rt_tel_now_ns(), examined = 0;
    bool counted = true;
    intptr_t m;
    if (generation == 0)
        m = collect_young(&examined);
    else if (generation == 1)
        m = collect_increment(&examined, &counted);
    else
        m = collect_full(&examined);
    uint64_t dt = rt_tel_now_ns() - t0;
    if (counted) {
        incr.stats.collections[generation]++;
        incr.stats.collected[generation] += (uint64_t)m;
    }
    incr.stats.pause_ns_total += dt;
    if (dt > incr.stats.pause_ns_max)
        incr.stats.pause_ns_max = dt;
    /* a young collection's survivors all move to the old generation
     * (visited space); an increment's and a full collection's stay old */
    uint64_t promoted = generation == 0 && m >= 0 && examined >= (uint64_t)m ? examined - (uint64_t)m : 0;
    rt_tel_collection_end(examined, (uint64_t)m, 0, promoted);
    info.collected = m;
    gc_invoke_callbacks("stop", &info);
    return m;
}

/* ---- the trigger ------------------------------------------------------------ */

/* As every CPython since 3.12: the allocation that crosses threshold 0
 * only asks for a collection; it runs at the next safe point. */
static void incr_on_threshold(void)
{
    gc_collect_wanted = true;
}

static void apply_young_threshold(void)
{
    rt_gc.young_threshold = incr.stress ? -1 : incr.threshold[0];
}

/* ---- the collector interface ------------------------------------------------ */

/* A two-valued option: value must be `off` or `on`; *flag says which. */
static int either(const char *value, const char *off, const char *on, bool *flag, char *err, size_t errlen)
{
    if (strcmp(value, off) != 0 && strcmp(value, on) != 0) {
        snprintf(err, errlen, "%s or %s", off, on);
        return -1;
    }
    *flag = strcmp(value, on) == 0;
    return 0;
}

/* Option sizing: 3.14.0 (default) or 3.14.2, the lazier sizing of
 * 3.14.1-3.14.4 (docs/pep848.md). */
static bool opt_lazy;

static int set_sizing(const char *value, char *err, size_t errlen)
{
    return either(value, "3.14.0", "3.14.2", &opt_lazy, err, errlen);
}

/* Option marking: 3.14.0 (default: the whole marking in the first
 * increment of a scavenge) or incremental (incr-pep848, docs/pep848.md). */
static bool opt_incremental;

static int set_marking(const char *value, char *err, size_t errlen)
{
    return either(value, "3.14.0", "incremental", &opt_incremental, err, errlen);
}

static const gc_option incr_options[] = {
    { "sizing", "3.14.0 (default) or 3.14.2 (the lazier sizing of 3.14.1-3.14.4)", set_sizing },
    { "marking", "3.14.0 (default: in one increment) or incremental (a slice per increment: incr-pep848)",
      set_marking },
    { NULL, NULL, NULL },
};

static int incr_init(const gc_config *cfg, char *err, size_t errlen)
{
    opt_lazy = false;
    opt_incremental = false;
    if (gc_apply_options(&gc_incr_collector, cfg, err, errlen) < 0)
        return -1;
    static const intptr_t defaults[GC_GENERATIONS] = { 2000, 10, 0 };
    rt_gchead adopted;
    rt_gc_list_init(&adopted);
    if (rt_gc.young && rt_gc.young != &incr.young && !rt_gc_list_is_empty(rt_gc.young))
        rt_gc_list_merge(rt_gc.young, &adopted);
    RT_CLEAR(incr.garbage);
    memset(&incr, 0, sizeof incr);
    incr.lazy = opt_lazy;
    incr.incremental_marking = opt_incremental;
    rt_gc_list_init(&incr.young);
    rt_gc_list_init(&incr.gray);
    rt_gc_list_init(&incr.old[0]);
    rt_gc_list_init(&incr.old[1]);
    rt_gc_list_init(&incr.permanent);
    for (int i = 0; i < GC_GENERATIONS; i++)
        incr.threshold[i] = cfg && cfg->threshold_set ? cfg->threshold[i] : defaults[i];
    rt_gc_list_merge(&adopted, &incr.young);
    incr.marking = true;
    incr.stress = cfg && cfg->stress;
    incr.debug = cfg && cfg->verbose ? GC_DEBUG_STATS : 0;
    rt_gc.young = &incr.young;
    rt_gc.young_count = 0;
    rt_gc.enabled = true;
    rt_gc.collecting = false;
    rt_gc.on_threshold = incr_on_threshold;
    apply_young_threshold();
    return 0;
}

/* CPython's heap always holds tracked containers that only C code
 * references, which the marking's roots do not reach: interp->sysdict_copy
 * (a copy of sys's dict made by _PySys_Create), builtins_copy, the codec
 * registry.  They stay pending after each marking, so a scavenge cannot
 * complete before work_to_do is positive again, i.e. before the marking's
 * debt is paid.  gclab's runtime holds no such container, so every live
 * object would be marked, pending would hold only garbage, the first
 * increment after the marking would complete the scavenge and forgive the
 * debt, and every other increment would mark the whole heap (quadratic
 * while a heap is built).  incr keeps one, made once the runtime is up. */
static void incr_runtime_ready(void)
{
    if (!incr.c_held && !(incr.c_held = rt_list_new(0)))
        rt_err_clear();
}

static void incr_get_stats(gc_stats *out) { *out = incr.stats; }

static void incr_fini(gc_stats *final_stats)
{
    /* Made by runtime_ready, which may come after the session's leak
     * baseline (vm_init, gclab demo): not a leak of the program's. */
    RT_CLEAR(incr.c_held);
    rt_freelists_clear();   /* where the list just went */
    if (final_stats) {
        incr_get_stats(final_stats);
        gc_stats_fill_live(final_stats);
    }
    RT_CLEAR(incr.garbage);
}

static rt_object *incr_garbage(void) { return gc_lazy_list(&incr.garbage); }

static int incr_get_debug(void) { return incr.debug; }
static void incr_set_debug(int flags) { incr.debug = flags; }

static intptr_t incr_collect_generation(int generation)
{
    return gc_collect_guarded(generation, run);
}

/* GC_MINOR: the young generation; GC_INCREMENT: one increment; the larger
 * kinds: everything. */
static intptr_t incr_collect(gc_kind kind)
{
    return incr_collect_generation(kind == GC_MINOR ? 0 : kind == GC_INCREMENT ? 1 : 2);
}

/* The automatic collection, asked for by the allocation that crossed
 * threshold 0: one increment. */
static int incr_safe_point(void)
{
    if (rt_gc.enabled && !rt_gc.collecting && !rt_err_occurred()) {
        rt_gc.collecting = true;
        run(1);
        rt_gc.collecting = false;
            gc_check_if_enabled();
    }
    return 0;
}

static void incr_get_count(intptr_t count[GC_GENERATIONS])
{
    count[0] = rt_gc.young_count;
    count[1] = incr.old_count[incr.visited];
    count[2] = incr.old_count[incr.visited ^ 1];
}

static void incr_get_threshold(intptr_t threshold[GC_GENERATIONS])
{
    threshold[0] = incr.threshold[0];
    threshold[1] = incr.threshold[1];
    threshold[2] = 0;
}

static int incr_set_threshold(const intptr_t *threshold, int n)
{
    if (gc_copy_thresholds(incr.threshold, threshold, n) < 0)
        return -1;
    apply_young_threshold();
    return 0;
}

static void incr_freeze(void)
{
    rt_gc_list_merge(&incr.gray, &incr.permanent);
    list_set_space(&incr.young, incr.visited);
    rt_gc_list_merge(&incr.young, &incr.permanent);
    rt_gc.young_count = 0;
    list_set_space(&incr.old[incr.visited ^ 1], incr.visited);
    for (int s = 0; s < 2; s++) {
        rt_gc_list_merge(&incr.old[s], &incr.permanent);
        incr.old_count[s] = 0;
    }
}

static void incr_unfreeze(void)
{
    rt_gc_list_merge(&incr.permanent, &incr.old[incr.visited]);
}

static intptr_t incr_freeze_count(void) { return rt_gc_list_size(&incr.permanent); }


/* gc.get_objects(generation): 0 young, 1 nothing (3.14 has no generation
 * 1), 2 both old spaces, -1 all three. */
static int incr_for_each_object(int generation, int (*fn)(rt_object *, void *), void *arg)
{
    int r = 0;
    if (generation == -1 || generation == 0)
        r = gc_list_for_each(&incr.young, fn, arg);
    if (!r && (generation == -1 || generation == 2)) {
        r = gc_list_for_each(&incr.old[0], fn, arg);
        if (!r)
            r = gc_list_for_each(&incr.old[1], fn, arg);
        if (!r)
            r = gc_list_for_each(&incr.gray, fn, arg);
    }
    return r;
}

/* --gc-check: the lists and refcounts (gc_check_lists), and the space
 * invariants of the header comment. */
static int check_spaces(rt_gchead *head, int space, const char *name, char *err, size_t errlen)
{
    for (rt_gchead *g = rt_gc_next(head); g != head; g = rt_gc_next(g))
        if (space_of(g) != space) {
            snprintf(err, errlen, "%s: %s object %p is stamped space %d", name, rt_from_gc(g)->type->name,
                     (void *)g, space_of(g));
            return -1;
        }
    return 0;
}

static int incr_check_heap(char *err, size_t errlen)
{
    if (rt_gc.young != &incr.young) {
        snprintf(err, errlen, "rt_gc.young does not point at incr's young generation");
        return -1;
    }
    rt_gchead *heads[] = { &incr.young, &incr.old[0], &incr.old[1], &incr.permanent, &incr.gray };
    static const char *const names[] = { "young", "old[0]", "old[1]", "permanent", "gray" };
    gc_check_lists_spec spec = { heads, names, 5, true, 1 };
    if (gc_check_lists(&spec, err, errlen) < 0 || check_spaces(&incr.old[0], 0, "old[0]", err, errlen) < 0
        || check_spaces(&incr.old[1], 1, "old[1]", err, errlen) < 0
        || check_spaces(&incr.permanent, incr.visited, "permanent", err, errlen) < 0
        || check_spaces(&incr.gray, incr.visited, "gray", err, errlen) < 0)
        return -1;
    if (!rt_gc_list_is_empty(&incr.gray) && !(incr.incremental_marking && incr.marking)) {
        snprintf(err, errlen, "gray holds objects while no incremental marking is under way");
        return -1;
    }
    return 0;
}


intptr_t gc_incr_work_to_do(void) { return incr.work_to_do; }

const gc_collector gc_incr_collector = {
    .name = "incr",
    .summary = "refcounting + CPython 3.14.0's incremental cycle collector (2000/10, young + 2 old spaces)",
    .caps = GC_CAPS_incr,
    .options = incr_options,
    .init = incr_init,
    .fini = incr_fini,
    .collect = incr_collect,
    .safe_point = incr_safe_point,
    .get_stats = incr_get_stats,
    .get_count = incr_get_count,
    .for_each_object = incr_for_each_object,
    .collect_generation = incr_collect_generation,
    .get_threshold = incr_get_threshold,
    .set_threshold = incr_set_threshold,
    .freeze = incr_freeze,
    .unfreeze = incr_unfreeze,
    .freeze_count = incr_freeze_count,
    .garbage = incr_garbage,
    .get_debug = incr_get_debug,
    .set_debug = incr_set_debug,
    .check_heap = incr_check_heap,
    .runtime_ready = incr_runtime_ready,
};

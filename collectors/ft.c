/*
 * ft.c -- the free-threaded build's cycle collector (CPython 3.14t's
 * Python/gc_free_threading.c scheduling, written anew) over the shared
 * cycle core: no generations, every collection covers the whole heap, and
 * the trigger waits for memory to grow.  docs/pep848.md explains every
 * choice.
 *
 * A collection is due when the containers allocated minus freed since the
 * last one (rt_gc.young_count) exceed threshold 0 and a quarter of the
 * survivors of the last collection, and then the memory gate agrees:
 *   rss   (3.14t) the process's resident memory grew by more than 10%
 *         since the last collection, or the counts deferred by the gate
 *         exceed 40 x threshold 0;
 *   alloc (gh-148937's proposal) the same with the allocator's own usage
 *         (bytes in live blocks) instead of resident memory;
 *   none  (3.13t) no gate.
 * When the gate says no, the count is added to the deferred count and
 * starts again from zero.
 *
 * Invariants (outside a collection): every tracked container is in young,
 * heap (the survivors of earlier collections) or permanent.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "collectors/collector.h"
#include "collectors/cycle.h"
#include "collectors/gc_check.h"
#include "runtime/gchead.h"
#include "runtime/telemetry.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

typedef enum ft_gate { FT_GATE_RSS, FT_GATE_ALLOC, FT_GATE_NONE } ft_gate;

/* 3.14t collects anyway once this many thresholds' worth of objects were
 * deferred by the memory gate. */
#define FT_DEFER_LIMIT 40
/* Growth the gate asks for: a tenth of the reference, at least 128 KiB. */
#define FT_GROWTH_DIVISOR 10
#define FT_GROWTH_MIN_KIB 128

typedef struct ft_state {
    rt_gchead young;
    rt_gchead heap;
    rt_gchead permanent;
    intptr_t threshold[GC_GENERATIONS];   /* 2000, 10, 0 */
    intptr_t count[GC_GENERATIONS];       /* [1], [2]: collections counted as 3.14t does */
    intptr_t long_lived_total;            /* survivors of the last collection */
    intptr_t deferred;                    /* counts the gate deferred since */
    intptr_t last_mem;                    /* KiB after the last collection */
    ft_gate gate;
    bool stress;
    int debug;                            /* gc.set_debug() flags */
    rt_object *garbage;                   /* gc.garbage, created lazily */
    gc_stats stats;
} ft_state;

static ft_state ft;



/* ---- the memory gate ------------------------------------------------------ */

/* Resident memory in KiB (3.14t reads RSS + swap; swap is 0 here), or -1. */
static intptr_t resident_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    long size = 0, resident = 0;
    int n = fscanf(f, "%ld %ld", &size, &resident);
    fclose(f);
    if (n != 2)
        return -1;
    return (intptr_t)(resident * (sysconf(_SC_PAGESIZE) / 1024));
}

static intptr_t memory_kib(void)
{
    if (ft.gate == FT_GATE_ALLOC)
        return (intptr_t)(rt_alloc_live_bytes() / 1024);
    return resident_kib();
}

/* gc_should_collect_mem_usage: true to collect; false defers the count. */
static bool memory_gate(void)
{
    if (ft.gate == FT_GATE_NONE || ft.deferred > FT_DEFER_LIMIT * ft.threshold[0])
        return true;
    intptr_t mem = memory_kib();
    if (mem < 0)
        return true;
    intptr_t growth = ft.last_mem / FT_GROWTH_DIVISOR;
    if (growth < FT_GROWTH_MIN_KIB)
        growth = FT_GROWTH_MIN_KIB;
    if (mem - ft.last_mem > growth)
        return true;
    ft.deferred += rt_gc.young_count;
    rt_gc.young_count = 0;
    return false;
}

/* gc_should_collect: the count over threshold 0 and over a quarter of
 * the live objects (a growing heap is not collected quadratically;
 * threshold 1 at 0 turns that rule off), then the memory gate. */
static bool should_collect(void)
{
    intptr_t count = rt_gc.young_count, t0 = ft.stress ? 0 : ft.threshold[0];
    if (!rt_gc.enabled)
        return false;   /* --stress too: gc.disable() stops it, as under gen */
    if (!ft.stress && (count <= t0 || t0 == 0))
        return false;
    if (!ft.stress && count <= ft.long_lived_total / 4 && ft.threshold[1] != 0)
        return false;
    return ft.stress || memory_gate();
}

/* ---- a collection ------------------------------------------------------------ */

/* The whole heap, whatever the generation asked for (it only labels the
 * counts and the stats).  Caller sets rt_gc.collecting. */
static intptr_t collect(int generation)
{
    gc_callback_info info = { generation, 0, 0 };
    gc_invoke_callbacks("start", &info);
    rt_tel_collection_begin("ft", generation, gc_reason);
    uint64_t t0 = rt_tel_now_ns();
    if (generation + 1 < GC_GENERATIONS)
        ft.count[generation + 1]++;
    rt_gc.young_count = 0;
    for (int i = 1; i <= generation; i++)
        ft.count[i] = 0;
    rt_gc_list_merge(&ft.young, &ft.heap);
    rt_gchead unreachable;
    rt_gc_list_init(&unreachable);
    uint64_t examined = (uint64_t)gc_cycle_deduce_unreachable(&ft.heap, &unreachable);
    ft.long_lived_total = gc_cycle_untrack_survivors(&ft.heap, false);
    gc_cycle_opts opts = { ft.debug, &ft.garbage, false };
    intptr_t m = gc_cycle_dispose(&unreachable, &ft.heap, &opts);
    ft.deferred = 0;
    ft.last_mem = memory_kib();
    uint64_t dt = rt_tel_now_ns() - t0;
    ft.stats.collections[generation]++;
    ft.stats.collected[generation] += (uint64_t)m;
    ft.stats.pause_ns_total += dt;
    if (dt > ft.stats.pause_ns_max)
        ft.stats.pause_ns_max = dt;
    rt_tel_collection_end(examined, (uint64_t)m, 0, 0);
    info.collected = m;
    gc_invoke_callbacks("stop", &info);
    return m;
}

/* The allocation that crosses the threshold asks (3.14t asks at each
 * flush of a thread's count); the safe point asks again and collects. */
static void ft_on_threshold(void)
{
    if (!gc_collect_wanted && should_collect())
        gc_collect_wanted = true;
}

static void apply_young_threshold(void)
{
    rt_gc.young_threshold = ft.stress ? -1 : ft.threshold[0];
}

/* ---- the collector interface ------------------------------------------------ */

/* Option gate: rss (3.14t, default), alloc (gh-148937's proposal) or
 * none (3.13t). */
static ft_gate opt_gate;

static int set_gate(const char *value, char *err, size_t errlen)
{
    if (strcmp(value, "rss") == 0)
        opt_gate = FT_GATE_RSS;
    else if (strcmp(value, "alloc") == 0)
        opt_gate = FT_GATE_ALLOC;
    else if (strcmp(value, "none") == 0)
        opt_gate = FT_GATE_NONE;
    else {
        snprintf(err, errlen, "rss, alloc or none");
        return -1;
    }
    return 0;
}

static const gc_option ft_options[] = {
    { "gate", "rss (3.14t, default), alloc (gh-148937: the allocator's usage) or none (3.13t)", set_gate },
    { NULL, NULL, NULL },
};

static int ft_init(const gc_config *cfg, char *err, size_t errlen)
{
    opt_gate = FT_GATE_RSS;
    if (gc_apply_options(&gc_ft_collector, cfg, err, errlen) < 0)
        return -1;
    static const intptr_t defaults[GC_GENERATIONS] = { 2000, 10, 0 };
    rt_gchead adopted;
    rt_gc_list_init(&adopted);
    if (rt_gc.young && rt_gc.young != &ft.young && !rt_gc_list_is_empty(rt_gc.young))
        rt_gc_list_merge(rt_gc.young, &adopted);
    RT_CLEAR(ft.garbage);
    memset(&ft, 0, sizeof ft);
    ft.gate = opt_gate;
    rt_gc_list_init(&ft.young);
    rt_gc_list_init(&ft.heap);
    rt_gc_list_init(&ft.permanent);
    for (int i = 0; i < GC_GENERATIONS; i++)
        ft.threshold[i] = cfg && cfg->threshold_set ? cfg->threshold[i] : defaults[i];
    rt_gc_list_merge(&adopted, &ft.young);
    ft.stress = cfg && cfg->stress;
    ft.debug = cfg && cfg->verbose ? GC_DEBUG_STATS : 0;
    ft.last_mem = memory_kib();
    rt_gc.young = &ft.young;
    rt_gc.young_count = 0;
    rt_gc.enabled = true;
    rt_gc.collecting = false;
    rt_gc.on_threshold = ft_on_threshold;
    apply_young_threshold();
    return 0;
}

static void ft_get_stats(gc_stats *out) { *out = ft.stats; }

static void ft_fini(gc_stats *final_stats)
{
    if (final_stats) {
        ft_get_stats(final_stats);
        gc_stats_fill_live(final_stats);
    }
    RT_CLEAR(ft.garbage);
}

static rt_object *ft_garbage(void) { return gc_lazy_list(&ft.garbage); }

static int ft_get_debug(void) { return ft.debug; }
static void ft_set_debug(int flags) { ft.debug = flags; }

static intptr_t ft_collect_generation(int generation)
{
    return gc_collect_guarded(generation, collect);
}

/* Every kind is the whole heap; GC_MINOR is labelled generation 0. */
static intptr_t ft_collect(gc_kind kind)
{
    return ft_collect_generation(kind == GC_MINOR ? 0 : GC_GENERATIONS - 1);
}

/* 3.14t asks gc_should_collect again when the scheduled collection runs. */
static int ft_safe_point(void)
{
    if (!rt_gc.collecting && !rt_err_occurred() && should_collect()) {
        rt_gc.collecting = true;
        collect(0);
        rt_gc.collecting = false;
        gc_check_if_enabled();
    }
    return 0;
}

static void ft_get_count(intptr_t count[GC_GENERATIONS])
{
    count[0] = rt_gc.young_count;
    count[1] = ft.count[1];
    count[2] = ft.count[2];
}

static void ft_get_threshold(intptr_t threshold[GC_GENERATIONS])
{
    threshold[0] = ft.threshold[0];
    threshold[1] = ft.threshold[1];
    threshold[2] = 0;
}

static int ft_set_threshold(const intptr_t *threshold, int n)
{
    if (gc_copy_thresholds(ft.threshold, threshold, n) < 0)
        return -1;
    apply_young_threshold();
    return 0;
}

static void ft_freeze(void)
{
    rt_gc_list_merge(&ft.young, &ft.permanent);
    rt_gc_list_merge(&ft.heap, &ft.permanent);
    rt_gc.young_count = 0;
}

static void ft_unfreeze(void) { rt_gc_list_merge(&ft.permanent, &ft.heap); }

static intptr_t ft_freeze_count(void) { return rt_gc_list_size(&ft.permanent); }


/* gc.get_objects(generation): the free-threaded build returns every
 * object whatever the generation. */
static int ft_for_each_object(int generation, int (*fn)(rt_object *, void *), void *arg)
{
    (void)generation;
    int r = gc_list_for_each(&ft.young, fn, arg);
    return r ? r : gc_list_for_each(&ft.heap, fn, arg);
}

/* --gc-check: the three lists and the refcounts. */
static int ft_check_heap(char *err, size_t errlen)
{
    if (rt_gc.young != &ft.young) {
        snprintf(err, errlen, "rt_gc.young does not point at ft's young list");
        return -1;
    }
    rt_gchead *heads[] = { &ft.young, &ft.heap, &ft.permanent };
    static const char *const names[] = { "young", "heap", "permanent" };
    gc_check_lists_spec spec = { heads, names, 3, true, 1 };
    return gc_check_lists(&spec, err, errlen);
}


const gc_collector gc_ft_collector = {
    .name = "ft",
    .summary = "refcounting + CPython 3.14t's free-threaded cycle collector (whole heap, memory-gated trigger)",
    .caps = GC_CAPS_ft,
    .options = ft_options,
    .init = ft_init,
    .fini = ft_fini,
    .collect = ft_collect,
    .safe_point = ft_safe_point,
    .get_stats = ft_get_stats,
    .get_count = ft_get_count,
    .for_each_object = ft_for_each_object,
    .collect_generation = ft_collect_generation,
    .get_threshold = ft_get_threshold,
    .set_threshold = ft_set_threshold,
    .freeze = ft_freeze,
    .unfreeze = ft_unfreeze,
    .freeze_count = ft_freeze_count,
    .garbage = ft_garbage,
    .get_debug = ft_get_debug,
    .set_debug = ft_set_debug,
    .check_heap = ft_check_heap,
};

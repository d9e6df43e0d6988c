/*
 * rc.c -- pure reference counting, and nothing else.
 *
 * Objects die when their count reaches zero (runtime/object.h); this
 * collector never runs a collection, so reference cycles leak.  Containers
 * are still linked into one list (rt_gc.young), which costs two stores per
 * container and buys gc.get_objects() and an exact count of the containers
 * that leaked, reported at exit together with the allocator's live bytes.
 */
#include <string.h>
#include "collectors/collector.h"
#include "collectors/gc_check.h"
#include "runtime/gchead.h"

static rt_gchead all_containers;

static int rc_init(const gc_config *cfg, char *err, size_t errlen)
{
    if (cfg && cfg->threshold_set) {
        snprintf(err, errlen, "the rc collector has no thresholds (it never collects); use --gc gen");
        return -1;
    }
    if (gc_apply_options(&gc_rc_collector, cfg, err, errlen) < 0)
        return -1;
    rt_gc_list_init(&all_containers);
    rt_gc.young = &all_containers;
    rt_gc.young_count = 0;
    rt_gc.young_threshold = 0;     /* never enter the collector */
    rt_gc.enabled = false;
    rt_gc.on_threshold = NULL;
    return 0;
}

static void rc_get_stats(gc_stats *out)
{
    memset(out, 0, sizeof *out);   /* rc never collects: no counters */
}

/* At exit the VM has dropped its roots, so every container still linked,
 * beyond the runtime's own, is part of (or reachable only from) a leaked
 * cycle. */
static void rc_fini(gc_stats *final_stats)
{
    if (final_stats) {
        rc_get_stats(final_stats);
        gc_stats_fill_live(final_stats);
    }
}

static intptr_t rc_collect(gc_kind kind)
{
    (void)kind;
    /* Refcounting alone finds no unreachable objects; gc.collect() is
     * still the moment --gc-check looks at the heap (rc has no other). */
    gc_check_if_enabled();
    return 0;
}

/* The one list, with refcounts as real as under gen. */
static int rc_check_heap(char *err, size_t errlen)
{
    if (rt_gc.young != &all_containers) {
        snprintf(err, errlen, "rt_gc.young does not point at the container list");
        return -1;
    }
    rt_gchead *heads[] = { &all_containers };
    static const char *const names[] = { "containers" };
    gc_check_lists_spec spec = { heads, names, 1, true, 1 };
    return gc_check_lists(&spec, err, errlen);
}

static void rc_get_count(intptr_t count[GC_GENERATIONS])
{
    count[0] = rt_gc.young_count;
    count[1] = count[2] = 0;
}

static int rc_for_each_object(int generation, int (*fn)(rt_object *, void *), void *arg)
{
    if (generation > 0)
        return 0;   /* everything lives in the one list, reported as generation 0 */
    for (rt_gchead *g = rt_gc_next(&all_containers), *next; g != &all_containers; g = next) {
        next = rt_gc_next(g);
        int r = fn(rt_from_gc(g), arg);
        if (r)
            return r;
    }
    return 0;
}

/* No thresholds, freeze or gc.garbage: those slots stay NULL and the gc
 * module answers as for nothing to report (thresholds 0, freeze count 0). */
const gc_collector gc_rc_collector = {
    .name = "rc",
    .summary = "pure reference counting; cycles leak and are counted at exit",
    .caps = GC_CAPS_rc,
    .init = rc_init,
    .fini = rc_fini,
    .collect = rc_collect,
    .get_stats = rc_get_stats,
    .get_count = rc_get_count,
    .for_each_object = rc_for_each_object,
    .check_heap = rc_check_heap,
};

/*
 * session.c -- bringing the runtime up and down for one run: allocator
 * backend, collector, object layer, and the end-of-run leak accounting.
 *
 * Invariant: the leak baseline is taken after rt_init, so the runtime's
 * own permanent objects (types, interned strings, caches) never count as
 * leaked.
 */
#include <stdio.h>
#include "cli/options.h"
#include "runtime/object.h"
#include "runtime/gchead.h"

static gc_stats baseline;

int vm_runtime_start(const vm_options *o)
{
    char err[256];
    if (rt_alloc_setup(&o->alloc, err, sizeof err) < 0) {
        fprintf(stderr, "gclab: allocator: %s\n", err);
        return -1;
    }
    if (gc_select(o->collector, &o->gc, err, sizeof err) < 0) {
        fprintf(stderr, "gclab: --gc %s: %s\n", o->collector->name, err);
        return -1;
    }
    if (rt_init() < 0) {
        fprintf(stderr, "gclab: could not initialise the object layer\n");
        return -1;
    }
    rt_freelists_clear();  /* free-listed objects are not live: neither here nor at the end */
    rt_slice_cache_clear();
    gc_active()->get_stats(&baseline);
    gc_stats_fill_live(&baseline);
    return 0;
}

void vm_runtime_stop(gc_stats *final_stats, vm_leak_report *leaks)
{
    gc_stats s;
    rt_freelists_clear();
    rt_slice_cache_clear();
    gc_active()->fini(final_stats || leaks ? &s : NULL);
    if (leaks) {
        leaks->objects = (int64_t)s.objects_live - (int64_t)baseline.objects_live;
        leaks->bytes = (int64_t)s.bytes_live - (int64_t)baseline.bytes_live;
        leaks->containers = (int64_t)s.containers_tracked - (int64_t)baseline.containers_tracked;
    }
    if (final_stats)
        *final_stats = s;
    rt_fini();
}

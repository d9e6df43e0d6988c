/*
 * session.c -- bringing the runtime up and down for one run: allocator
 * backend, collector, object layer, and the end-of-run leak accounting.
 *
 * Invariant: the leak baseline is taken after rt_init, so the runtime's
 * own permanent objects (types, interned strings, caches) never count as
 * leaked.
 */
#include <stdio.h>
#include "options.h"
#include "../runtime/object.h"

static uint64_t baseline_objects;
static int64_t baseline_bytes;

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
    gc_stats s;
    gc_active()->get_stats(&s);
    baseline_objects = s.objects_live;
    baseline_bytes = (int64_t)s.bytes_live;
    return 0;
}

void vm_runtime_stop(gc_stats *final_stats, uint64_t *leaked_objects, int64_t *leaked_bytes)
{
    gc_stats s;
    gc_active()->fini(&s);
    if (leaked_objects)
        *leaked_objects = s.objects_live > baseline_objects ? s.objects_live - baseline_objects : 0;
    if (leaked_bytes)
        *leaked_bytes = (int64_t)s.bytes_live - baseline_bytes;
    if (final_stats)
        *final_stats = s;
    rt_fini();
}

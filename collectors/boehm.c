/*
 * boehm.c -- the Boehm-Demers-Weiser conservative collector (libgc) as a
 * gclab collector, with no reference-count work (docs/tracing.md).
 *
 * Objects are born with RT_IMMORTAL_REFCNT, so no dealloc ever runs; libgc
 * frees what it cannot reach by scanning, conservatively, the data and bss
 * segments (every static root of the runtime and the VM), the C stack and
 * registers, and every GC_MALLOC'ed block.  Invariants:
 *   - every block that may hold an object pointer is seen by libgc: objects
 *     and MEM buffers come from GC_MALLOC (the allocator backend "boehm",
 *     installed through rt_alloc_set_external), RAW blocks from
 *     GC_MALLOC_UNCOLLECTABLE (scanned, never collected: the VM's value
 *     stacks, the explicit root stack live there);
 *   - Python code never runs inside libgc or inside an allocation:
 *     finalizers are run on demand (GC_set_finalize_on_demand), the
 *     notifier only sets gc_collect_wanted, and the VM runs them at its
 *     next safe point (collect(-1));
 *   - a finalizer runs at most once per object (the FINALIZED bit), after
 *     which libgc frees the object once it is unreachable again.
 * Not in the sanitizer build: ASan's shadow memory and libgc's scanning of
 * the whole heap and stack do not mix.
 */
#ifndef GCLAB_SANITIZE

#include <string.h>
#include <time.h>
#include <gc/gc.h>
#include "collector.h"
#include "../runtime/telemetry.h"
#include "../runtime/gchead.h"
#include "../runtime/alloc.h"
#include "../runtime/error.h"
#include "../runtime/weakref.h"

static gc_config config;
static gc_stats stats;
static rt_gchead containers;       /* the tracking list (gc.get_objects) */
static bool finalizers_ready;

/* ---- the allocator backend ------------------------------------------------- */

/* The runtime links new containers into rt_gc.young and never unlinks
 * them here (no dealloc runs).  A list threaded through the objects would
 * keep them all reachable, and its tail may be freed by any collection:
 * so the list is emptied after every libgc call that may collect, and a
 * container is linked to at most the containers tracked since the last
 * allocation.  (Hence no gc.get_objects() under boehm.) */
static inline void forget_tracked(void) { rt_gc_list_init(&containers); }

static void *bo_malloc(size_t n)
{
    void *p = GC_MALLOC(n);   /* zeroed */
    forget_tracked();
    return p;
}
static void *bo_realloc(void *p, size_t n)
{
    void *q = GC_REALLOC(p, n);
    forget_tracked();
    return q;
}
static void bo_free(void *p) { GC_FREE(p); }
static void *bo_raw_malloc(size_t n)
{
    void *p = GC_MALLOC_UNCOLLECTABLE(n);
    forget_tracked();
    return p;
}
static bool bo_owns(const void *p) { return GC_base((void *)p) != NULL; }
static size_t bo_usable(const void *p) { return GC_size(p); }

/* libgc's heap in use: what a collection left plus what was allocated
 * since (heap size minus free and unmapped bytes), comparable with the
 * other collectors' live bytes up to libgc's block granularity. */
static size_t bo_live_bytes(void)
{
    return GC_get_heap_size() - GC_get_free_bytes() - GC_get_unmapped_bytes();
}

static const rt_alloc_external backend = {
    bo_malloc, bo_realloc, bo_free, bo_raw_malloc, bo_free, bo_owns, bo_usable, bo_live_bytes,
};

/* Object blocks: libgc frees them; nothing else may. */
static void *bo_obj_calloc(size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size)
        return NULL;
    return rt_obj_malloc(nmemb * size);   /* through the backend: zeroed */
}

static void bo_release(void *block)
{
    (void)block;   /* no dealloc runs under boehm; kept for completeness */
}

/* ---- finalizers ------------------------------------------------------------- */

static void run_finalizer(void *base, void *offset)
{
    rt_object *o = (rt_object *)((char *)base + (uintptr_t)offset);
    if (rt_gc_is_finalized(o))
        return;
    rt_gc_set_finalized(o);
    rt_object *saved = rt_err_fetch();
    o->type->finalize(o);
    rt_err_restore(saved);
}

/* Instances of classes with __del__ (rt_objspace.finalizable). */
static void register_finalizer(rt_object *o)
{
    void *base = rt_object_block(o);
    GC_REGISTER_FINALIZER(base, run_finalizer, (void *)((char *)o - (char *)base), NULL, NULL);
}

static void notify_finalizers(void)
{
    finalizers_ready = true;
    gc_collect_wanted = true;   /* run them at the next safe point */
}

/* ---- weakrefs ------------------------------------------------------------------ */

/* The referent field is stored complemented (rt_weakref_mask), so the
 * scanner does not take it for a reference, and registered as a
 * disappearing link: libgc zeroes it when the referent becomes
 * unreachable.  Callbacks do not run (libgc has no hook for a cleared
 * link); the registration goes away with the weakref's own block. */
static void register_link(rt_weakref *w, rt_object *referent)
{
    void *base = rt_object_block(referent);
    if (GC_base(base) == base)
        GC_general_register_disappearing_link((void **)&w->referent, base);
}

/* ---- pause times -------------------------------------------------------------- */

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t stop_t0;

/* World stopped -> world restarted is one pause (called by libgc with the
 * allocation lock held: no allocation, no Python here). */
static void on_event(GC_EventType e)
{
    if (e == GC_EVENT_PRE_STOP_WORLD) {
        /* telemetry allocates only from the RAW domain (libc malloc), never
         * from libgc, so it may record here with the allocation lock held */
        rt_tel_collection_begin("boehm", GC_GENERATIONS - 1);
        stop_t0 = now_ns();
    } else if (e == GC_EVENT_POST_START_WORLD && stop_t0) {
        uint64_t p = now_ns() - stop_t0;
        stop_t0 = 0;
        rt_tel_collection_end(0, 0, 0);
        stats.pause_ns_total += p;
        if (p > stats.pause_ns_max)
            stats.pause_ns_max = p;
    } else if (e == GC_EVENT_END) {
        stats.collections[GC_GENERATIONS - 1]++;
        if (config.verbose)
            fprintf(stderr, "gc: boehm: collection %llu, heap %zu bytes, %zu free\n",
                    (unsigned long long)stats.collections[GC_GENERATIONS - 1],
                    (size_t)GC_get_heap_size(), (size_t)GC_get_free_bytes());
    }
}

/* ---- the collector interface --------------------------------------------------- */

static int bo_init(const gc_config *cfg, char *err, size_t errlen)
{
    if (cfg->threshold_set) {
        snprintf(err, errlen, "boehm has no generation thresholds; use --heap-policy or --boehm-*");
        return -1;
    }
    if (rt_alloc_current()->backend != RT_BACKEND_BOEHM) {
        snprintf(err, errlen, "the boehm collector needs the boehm allocator backend (--alloc boehm)");
        return -1;
    }
    config = *cfg;
    memset(&stats, 0, sizeof stats);
    GC_INIT();
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(notify_finalizers);
    GC_set_on_collection_event(on_event);
    if (cfg->boehm_divisor)
        GC_set_free_space_divisor(cfg->boehm_divisor);
    else if (cfg->heap_grow > 1.0) {
        /* libgc grows the heap rather than collect while less than
         * heap/divisor was allocated since the last collection: a heap of
         * about F x live means a divisor of 1/(F-1), at least 1. */
        GC_word d = (GC_word)(1.0 / (cfg->heap_grow - 1.0) + 0.5);
        GC_set_free_space_divisor(d ? d : 1);
    }
    size_t max = cfg->boehm_max_heap ? cfg->boehm_max_heap : cfg->heap_fixed;
    if (max)
        GC_set_max_heap_size(max);
    size_t initial = cfg->boehm_initial_heap ? cfg->boehm_initial_heap : cfg->heap_fixed;
    if (initial)
        GC_expand_hp(initial);
    if (cfg->boehm_incremental)
        GC_enable_incremental();
    rt_alloc_set_external(&backend);
    rt_objspace.initial_refcnt = RT_IMMORTAL_REFCNT;
    rt_objspace.calloc = bo_obj_calloc;
    rt_objspace.release = bo_release;
    rt_objspace.finalizable = register_finalizer;
    rt_weakref_mask = ~(uintptr_t)0;
    rt_weakref_registered = register_link;
    rt_gc_list_init(&containers);
    rt_gc.young = &containers;
    rt_gc.young_count = 0;
    rt_gc.young_threshold = 0;
    rt_gc.enabled = true;
    rt_gc.on_threshold = NULL;
    finalizers_ready = false;
    return 0;
}

static intptr_t bo_collect(int generation)
{
    if (generation >= 0) {   /* gc.collect(); -1 is the safe point's call: finalizers only */
        GC_gcollect();
        forget_tracked();
    }
    /* Finalizers are Python code: only where the VM says it is safe. */
    if (gc_vm_is_safe() && !rt_gc.collecting) {
        finalizers_ready = false;
        rt_gc.collecting = true;
        int n = GC_invoke_finalizers();
        rt_gc.collecting = false;
        stats.collected[GC_GENERATIONS - 1] += (uint64_t)n;
        return n;
    }
    gc_collect_wanted = true;
    return 0;
}

static void bo_get_stats(gc_stats *out)
{
    *out = stats;
    GC_word heap, free_bytes, unmapped, since, total;
    GC_get_heap_usage_safe(&heap, &free_bytes, &unmapped, &since, &total);
    out->bytes_live = (uint64_t)(heap - free_bytes - unmapped);
    rt_alloc_stats a;
    rt_alloc_get_stats(&a);
    out->objects_live = a.domain[RT_DOMAIN_OBJ].blocks_in_use;   /* blocks never freed explicitly: an upper bound */
    out->containers_tracked = 0;   /* not kept: see forget_tracked */
}

static void bo_fini(gc_stats *final_stats)
{
    GC_gcollect();
    forget_tracked();
    bo_get_stats(final_stats);
}

static void bo_get_count(intptr_t count[GC_GENERATIONS])
{
    count[0] = (intptr_t)GC_get_bytes_since_gc();
    count[1] = count[2] = 0;
}

static void bo_get_threshold(intptr_t threshold[GC_GENERATIONS])
{
    threshold[0] = threshold[1] = threshold[2] = 0;
}

static int bo_set_threshold(const intptr_t *threshold, int n)
{
    (void)threshold; (void)n;
    return 0;
}

static void bo_freeze(void) {}
static void bo_unfreeze(void) {}
static intptr_t bo_freeze_count(void) { return 0; }

/* Nothing to enumerate: the tracking list is emptied at every allocation
 * (forget_tracked). */
static int bo_for_each_object(int generation, int (*fn)(rt_object *, void *), void *arg)
{
    (void)generation; (void)fn; (void)arg;
    return 0;
}

const gc_collector gc_boehm_collector = {
    .name = "boehm",
    .summary = "Boehm-Demers-Weiser conservative collector (libgc); no refcount work",
    .refcounting = false,
    .has_generations = false,
    .init = bo_init,
    .fini = bo_fini,
    .collect = bo_collect,
    .get_stats = bo_get_stats,
    .get_count = bo_get_count,
    .get_threshold = bo_get_threshold,
    .set_threshold = bo_set_threshold,
    .freeze = bo_freeze,
    .unfreeze = bo_unfreeze,
    .freeze_count = bo_freeze_count,
    .for_each_object = bo_for_each_object,
};

#endif

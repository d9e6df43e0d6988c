/*
 * collector.h -- the one interface every collector implements.
 *
 * A collector is chosen by name at start-up (gc_select) and installed
 * before the first object is allocated.  It reaches objects only through
 * the type slots (traverse, clear, finalize, dealloc) and the object and
 * GC headers (runtime/object.h, runtime/gchead.h); the VM reaches the
 * collector only through this interface (the gc module, the CLI).
 *
 * The runtime's hot paths do not call the collector: containers are linked
 * into rt_gc.young inline (gchead.h) and the collector is entered only when
 * rt_gc.young_count crosses rt_gc.young_threshold (rt_gc.on_threshold).
 */
#ifndef GCLAB_COLLECTORS_COLLECTOR_H
#define GCLAB_COLLECTORS_COLLECTOR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "../runtime/object.h"

#define GC_GENERATIONS 3

typedef struct gc_config {
    intptr_t threshold[GC_GENERATIONS];  /* gen: 700/10/10 unless set */
    bool threshold_set;
    bool stress;                         /* collect at every container allocation */
    bool verbose;                        /* a line per collection to stderr */
} gc_config;

/* Counters every collector keeps (what gc.get_stats() and the run summary
 * show).  Generations a collector does not have stay zero. */
typedef struct gc_stats {
    uint64_t collections[GC_GENERATIONS];
    uint64_t collected[GC_GENERATIONS];
    uint64_t uncollectable[GC_GENERATIONS];
    uint64_t pause_ns_total;
    uint64_t pause_ns_max;
    /* What is still allocated (objects: OBJECT-domain blocks; bytes: MEM +
     * OBJECT domains) and how many containers are tracked.  Filled by fini
     * and gc_stats_fill_live (O(tracked containers)), never by get_stats,
     * which stays cheap for gc.get_stats(). */
    uint64_t objects_live;
    uint64_t bytes_live;
    uint64_t containers_tracked;
} gc_stats;

typedef struct gc_collector {
    const char *name;
    const char *summary;                 /* one line for `gclab info` */
    bool refcounting;                    /* frees objects when their count drops to zero */
    bool has_generations;                /* thresholds and get_count are meaningful */

    /* Install: set up rt_gc (young list, threshold, on_threshold).  Returns
     * 0, or -1 with a message in err. */
    int (*init)(const gc_config *cfg, char *err, size_t errlen);
    /* End of run: report what is left (rc: the leak) into stats. */
    void (*fini)(gc_stats *final_stats);

    /* gc.collect(generation): the number of unreachable objects found, or
     * -1 with an exception set. */
    intptr_t (*collect)(int generation);
    void (*get_stats)(gc_stats *out);
    void (*get_count)(intptr_t count[GC_GENERATIONS]);
    void (*get_threshold)(intptr_t threshold[GC_GENERATIONS]);
    int (*set_threshold)(const intptr_t *threshold, int n);
    void (*freeze)(void);
    void (*unfreeze)(void);
    intptr_t (*freeze_count)(void);
    /* Call fn on every tracked container of the generation (-1: all);
     * stops at the first non-zero return and returns it. */
    int (*for_each_object)(int generation, int (*fn)(rt_object *, void *), void *arg);
} gc_collector;

/* Fill out's objects_live, bytes_live (from the allocator's statistics)
 * and containers_tracked (by walking the active collector's objects):
 * the "what is still allocated" part every collector's get_stats shares. */
void gc_stats_fill_live(gc_stats *out);

/* The registry. */
const gc_collector *gc_find(const char *name);
/* NULL-terminated list of every collector compiled in. */
const gc_collector *const *gc_all(void);
/* Install cfg's collector; the active one afterwards. */
int gc_select(const gc_collector *c, const gc_config *cfg, char *err, size_t errlen);
const gc_collector *gc_active(void);
/* Parse "700,10,10" (1 to 3 numbers >= 0) into cfg; -1 with a message. */
int gc_parse_thresholds(const char *text, gc_config *cfg, char *err, size_t errlen);

extern const gc_collector gc_rc_collector;

/* ---- what the gc module needs (added for the gen collector) ------------
 * Collector-independent helpers live in gc_util.c; gen-specific ones in
 * gen.c.  Tracking predicates are in runtime/gchead.h (rt_gc_is_tracked,
 * rt_gc_is_finalized). */

/* gc.DEBUG_* flags, CPython's values. */
enum {
    GC_DEBUG_STATS         = 1,   /* a report per collection to stderr */
    GC_DEBUG_COLLECTABLE   = 2,   /* print each collectable object found */
    GC_DEBUG_UNCOLLECTABLE = 4,   /* print each uncollectable object found */
    GC_DEBUG_SAVEALL       = 32,  /* unreachable objects go to gc.garbage, not freed */
    GC_DEBUG_LEAK          = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};

/* gc.callbacks: the VM installs one hook; the collector calls it with
 * phase "start" before and "stop" after every collection (automatic or
 * gc.collect), with CPython's info dict fields. */
typedef struct gc_callback_info {
    int generation;
    intptr_t collected;       /* 0 at "start" */
    intptr_t uncollectable;   /* 0 at "start" */
} gc_callback_info;
typedef void (*gc_callback_hook)(const char *phase, const gc_callback_info *info, void *arg);
void gc_set_callback_hook(gc_callback_hook fn, void *arg);   /* fn NULL: none */
/* Collectors call this; does nothing without a hook. */
void gc_invoke_callbacks(const char *phase, const gc_callback_info *info);

/* gc.enable() / gc.disable() / gc.isenabled(): automatic collection only
 * (gc.collect works either way). */
void gc_enable(void);
void gc_disable(void);
bool gc_is_enabled(void);

/* gc.get_referents(*objs): a new list of what the objects' traverse visits
 * (nothing for non-containers).  NULL + exception on memory error. */
rt_object *gc_get_referents(rt_object *const *objs, intptr_t n);
/* gc.get_referrers(*objs): a new list of every tracked container (of the
 * active collector's generations, not the permanent one) that refers to
 * one of objs. */
rt_object *gc_get_referrers(rt_object *const *objs, intptr_t n);

/* The gen collector only. */
extern const gc_collector gc_gen_collector;
rt_object *gc_gen_garbage(void);          /* gc.garbage: borrowed list (NULL: no memory) */
int gc_gen_get_debug(void);               /* gc.get_debug() */
void gc_gen_set_debug(int flags);         /* gc.set_debug(flags) */
void gc_gen_get_long_lived(intptr_t *total, intptr_t *pending);  /* for tests and tools */
/* Whole-heap invariant check of the gen collector's lists (gc_check.c):
 * 0, or -1 with a description of the first violation in err. */
int gc_check_heap(char *err, size_t errlen);

#endif

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
     * OBJECT domains) and how many containers are tracked.  Filled by
     * get_stats and fini; O(tracked containers) under rc. */
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

#endif

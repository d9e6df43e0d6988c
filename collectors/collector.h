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
#include "runtime/object.h"

#define GC_GENERATIONS 3

typedef struct gc_config {
    intptr_t threshold[GC_GENERATIONS];  /* gen: 700/10/10 unless set */
    bool threshold_set;
    bool stress;                         /* collect at every container allocation */
    /* gen: when a threshold is crossed, only schedule the collection and
     * run it at the VM's next safe point (CPython 3.12's eval-breaker
     * scheme) instead of inside the allocation (3.11's). */
    bool deferred;
    bool verbose;                        /* a line per collection to stderr */
    /* --gc-check: the whole-heap check (check_heap) after every
     * collection; a violation aborts. */
    bool check;
    /* Tracing collectors (marksweep, boehm): the heap policy.  heap_fixed
     * != 0: collect whenever the heap reaches heap_fixed bytes ("fixed:SIZE").
     * Otherwise collect when the heap reaches heap_grow times the live bytes
     * after the last collection, never below heap_min ("grow:F"; 0 means the
     * default GC_HEAP_GROW_DEFAULT). */
    double heap_grow;
    size_t heap_fixed;
    size_t heap_min;
    /* boehm only (--boehm-*): incremental mode, GC_set_free_space_divisor
     * (0: libgc's default, 3), initial heap (GC_expand_hp) and maximum heap
     * (GC_set_max_heap_size); 0 = libgc's default. */
    bool boehm_incremental;
    unsigned boehm_divisor;
    size_t boehm_initial_heap, boehm_max_heap;
} gc_config;

/* Collect when the heap has doubled since the last collection: the bytes
 * allocated since exceed 1.0 x the live bytes after it (a common default
 * of tracing VMs, space overhead 2x). */
#define GC_HEAP_GROW_DEFAULT 2.0
/* Below this heap size no collection is triggered: collecting a tiny heap
 * over and over costs more than the memory it saves. */
#define GC_HEAP_MIN_DEFAULT ((size_t)4 << 20)

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
    /* Optional (NULL: nothing to do): the runtime is up, see
     * gc_runtime_ready. */
    void (*runtime_ready)(void);
    /* Optional (NULL: nothing to check): the collector's whole-heap
     * invariants, outside a collection (gc_check.h); 0, or -1 with the
     * first violation described in err. */
    int (*check_heap)(char *err, size_t errlen);
} gc_collector;

/* Fill out's objects_live, bytes_live (from the allocator's statistics)
 * and containers_tracked (every container the active collector tracks,
 * gc.freeze()'s included): the "what is still allocated" part every
 * collector's get_stats shares. */
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

/* Parse a heap policy: "default", "grow:F" (1 < F <= 100) or "fixed:SIZE"
 * (K/M/G suffixes); -1 with a message. */
int gc_parse_heap_policy(const char *text, gc_config *cfg, char *err, size_t errlen);

/* ---- roots and safe points (tracing collectors) -------------------------
 *
 * A precise tracing collector must see every reference the program holds.
 * Three sources, all enumerated at each collection:
 *   - the runtime's own (rt_visit_roots, and every object alive when
 *     gc_runtime_ready is called: types' dicts, interned strings, caches);
 *   - the VM's (value stacks, frames, globals, modules), through the
 *     visitor the VM registers with gc_set_vm_hooks;
 *   - references C code keeps in local variables across a call that may
 *     collect, registered with gc_root_push / gc_root_pop.
 * Collections never start inside an allocation: the allocation that
 * crosses the heap policy sets gc_collect_wanted, and the VM calls
 * gc_safe_point at its safe points (calls, backward jumps) when its
 * is_safe hook says no C frame holds unregistered references. */

/* Called by the session once the runtime is up (after rt_init): objects
 * alive now are the runtime's permanent ones. */
void gc_runtime_ready(void);
/* visit_roots calls visit on every object the VM references directly;
 * is_safe (may be NULL: always safe) tells whether a collection may run
 * now; scrub (may be NULL) zeroes memory the VM keeps but no longer uses
 * (the frames popped above its stack top), so that a conservative
 * collector does not take stale words there for references -- it may be
 * called at any moment, even inside an allocation, and must not
 * allocate. */
void gc_set_vm_hooks(int (*visit_roots)(rt_visitproc visit, void *arg), bool (*is_safe)(void),
                     void (*scrub)(void));
int gc_visit_vm_roots(rt_visitproc visit, void *arg);
bool gc_vm_is_safe(void);
void gc_vm_scrub(void);
/* Explicit roots: *slot (which may be NULL at times) is a root until the
 * matching pop, which names the same slot.  Strictly LIFO (GCLAB_ASSERT
 * checks the order and underflow in the debug and asan builds). */
void gc_root_push(rt_object **slot);
void gc_root_pop(rt_object **slot);
int gc_visit_explicit_roots(rt_visitproc visit, void *arg);
/* A growable array of object pointers in RAW memory: what a tracing
 * collector queues (objects to finalize, weakrefs to call back).  Under
 * boehm RAW memory is scanned, so what is queued stays alive. */
typedef struct gc_objvec {
    rt_object **v;
    size_t n, cap;
} gc_objvec;
/* Append o: 0, or -1 without memory (o not queued). */
int gc_objvec_push(gc_objvec *q, rt_object *o);
/* Empty q, zeroing the slots used (a conservative scanner reads them all). */
void gc_objvec_clear(gc_objvec *q);

/* Set by a tracing collector's heap policy; cleared by the collection. */
extern bool gc_collect_wanted;
/* Run the wanted work now if the VM is at a safe point: the collector's
 * collect(-1) (a full collection for marksweep; pending finalizers for
 * boehm, whose collections run inside allocations). */
void gc_safe_point(void);

extern const gc_collector gc_rc_collector;
extern const gc_collector gc_marksweep_collector;
/* CPython 3.14.0's incremental collector and 3.14t's (docs/pep848.md). */
extern const gc_collector gc_incr_collector;
extern const gc_collector gc_ft_collector;
/* Before gc_select: incr with 3.14.1-3.14.4's lazier sizing; ft's memory
 * gate ("rss", "alloc", "none"; -1 for another name). */
void gc_incr_set_lazy(bool lazy);
intptr_t gc_incr_work_to_do(void);
int gc_ft_set_gate(const char *name);
#ifndef GCLAB_SANITIZE
/* Boehm's conservative scanning and AddressSanitizer do not mix: the
 * sanitizer build has no boehm collector. */
extern const gc_collector gc_boehm_collector;
#endif

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
/* Whole-heap invariant check of the active collector (its check_heap,
 * gc_check.c): 0, or -1 with a description of the first violation in
 * err. */
int gc_check_heap(char *err, size_t errlen);

#endif

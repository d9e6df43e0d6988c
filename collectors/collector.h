/*
 * collector.h -- the one interface every collector implements, and every
 * point where the VM and a collector meet.
 *
 * A collector is one file, collectors/NAME.c, defining gc_NAME_collector,
 * and one line in collectors/list.h (its name and capabilities).  It is
 * chosen by name at start-up (gc_select) and installed before the first
 * object is allocated.  It reaches objects only through the type slots
 * (traverse, clear, finalize, dealloc) and the object and GC headers
 * (runtime/object.h, runtime/gchead.h).
 *
 * The VM calls the collector (gc_collector's slots; Whippet's gc-api.h):
 *   start-up     gc_select -> init(cfg): cfg's shared settings and the
 *                collector's own options (gc_option, `--gc-opt key=value`);
 *                gc_runtime_ready -> runtime_ready once the runtime's
 *                permanent objects exist;
 *   allocation   not a call: rt_gc_track links a container into rt_gc.young
 *                inline and counts it; the collector is entered through
 *                rt_gc.on_threshold when rt_gc.young_count crosses
 *                rt_gc.young_threshold (gchead.h), or through the
 *                rt_objspace hooks a tracing collector installs (calloc,
 *                release, finalizable: runtime/object.h);
 *   safe points  the eval loop calls gc_safe_point at calls and backward
 *                jumps; when a collector set gc_collect_wanted and the VM's
 *                is_safe hook agrees, its safe_point slot runs the work;
 *   gc module    collect(kind) / collect_generation(n) for gc.collect,
 *                get_stats, get_count, for_each_object, and the optional
 *                slots below (modules/mod_gc.c answers as CPython does
 *                for a slot left NULL);
 *   end of run   fini(stats): what is still allocated.
 *
 * The collector calls back into the VM (Whippet's gc-embedder-api.h):
 *   roots        gc_visit_vm_roots (value stacks, frames, globals,
 *                modules: the VM's visitor, gc_set_vm_hooks),
 *                gc_visit_explicit_roots (C locals pushed with
 *                gc_root_push), rt_visit_roots (the runtime's own);
 *   safety       gc_vm_is_safe (no C frame holds unregistered references)
 *                and gc_vm_stacks (the live part of the value stacks, for a
 *                conservative scan);
 *   finalizers   the type's finalize slot (__del__), run by the collector
 *                once per object (the FINALIZED bit, gchead.h);
 *   weakrefs     runtime/weakref.h: clear the weakrefs to a dying object
 *                and call their callbacks (gen_weakref.c, or the
 *                rt_weakref_registered hook of a tracing collector);
 *   callbacks    gc_invoke_callbacks("start"/"stop") around a collection
 *                (gc.callbacks, installed by the gc module);
 *   telemetry    rt_tel_collection_begin / _end and the pause counters in
 *                gc_stats (runtime/telemetry.h).
 */
#ifndef GCLAB_COLLECTORS_COLLECTOR_H
#define GCLAB_COLLECTORS_COLLECTOR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "runtime/object.h"
#include "runtime/telemetry.h"

#define GC_GENERATIONS 3

/* What a collector does as CPython 3.11 does: the CAPABILITIES column of
 * collectors/list.h.  CMake reads the names after GC_CAP_, lower-cased,
 * for tests/conformance/EXCUSED. */
enum {
    GC_CAP_REFCOUNTING  = 1 << 0,   /* objects die when their count drops to zero */
    GC_CAP_COLLECTS     = 1 << 1,   /* collect() finds unreachable objects (not rc) */
    GC_CAP_CYCLES       = 1 << 2,   /* a cycle collector over refcounting: collect() finds,
                                       finalizes and counts cyclic garbage as CPython does */
    GC_CAP_GENERATIONS  = 1 << 3,   /* CPython's generations: thresholds, per-generation
                                       counts and stats, gc.collect(n) */
    GC_CAP_FREEZE       = 1 << 4,   /* gc.freeze() moves objects out of collections */
    GC_CAP_GARBAGE      = 1 << 5,   /* gc.garbage and the DEBUG_* flags */
    GC_CAP_CONSERVATIVE = 1 << 6,   /* scans stacks and registers conservatively */
};

/* GC_CAPS_NAME: the capabilities of collector NAME, from the list. */
#define GC_COLLECTOR(name, caps, needs, flags) enum { GC_CAPS_##name = (caps) };
#include "collectors/list.h"
#undef GC_COLLECTOR

/* What a collection covers, where the caller means a kind and not a
 * generation (gc.collect(n) passes generations: collect_generation).  The
 * kinds are ordered: a collector that has no collection of the kind asked
 * for runs the next larger one it has (gen: INCREMENT and MAJOR run a
 * generation-2 collection; marksweep: every kind is FULL). */
typedef enum gc_kind {
    GC_MINOR,        /* the young objects only (gen: generation 0) */
    GC_INCREMENT,    /* one bounded step of an incremental collection */
    GC_MAJOR,        /* the old objects too (gen: generation 2) */
    GC_FULL,         /* everything collectable (gc.collect(), the end of a run) */
} gc_kind;

/* Settings every collector reads.  A collector's own settings are options
 * (gc_option): the pairs in opts, which its init applies. */
#define GC_OPTS_MAX 16
typedef struct gc_config {
    intptr_t threshold[GC_GENERATIONS];  /* gen: 700/10/10 unless set */
    bool threshold_set;
    bool stress;                         /* collect at every container allocation */
    bool verbose;                        /* a line per collection to stderr */
    /* --gc-check: the whole-heap check (check_heap) after every
     * collection; a violation aborts. */
    bool check;
    int nopts;
    struct {
        char key[24];
        const char *value;               /* not copied: lives as long as cfg */
    } opts[GC_OPTS_MAX];
} gc_config;

/* One option of a collector (`--gc-opt key=value`, `gc_opt = key=value`
 * in a spec).  set parses value into the collector's own settings: 0, or
 * -1 with what it accepts in err.  A collector's init resets its settings
 * to their defaults, then applies cfg's options (gc_apply_options). */
typedef struct gc_option {
    const char *key;
    const char *values;                  /* what it accepts, for `gclab info` */
    int (*set)(const char *value, char *err, size_t errlen);
} gc_option;

/* A tracing collector's heap policy ("heap" option).  fixed != 0: collect
 * whenever the heap reaches fixed bytes ("fixed:SIZE").  Otherwise collect
 * when the heap reaches grow times the live bytes after the last
 * collection, never below min ("grow:F"; 0 means the default
 * GC_HEAP_GROW_DEFAULT, GC_HEAP_MIN_DEFAULT). */
typedef struct gc_heap_policy {
    double grow;
    size_t fixed;
    size_t min;
} gc_heap_policy;

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
    unsigned caps;                       /* GC_CAPS_NAME (collectors/list.h) */
    const gc_option *options;            /* ends with a NULL key; NULL: none */
    /* The allocator backend the collector installs itself (`--alloc`
     * name, e.g. "boehm"), which `--gc` then implies; NULL: any other. */
    const char *allocator;

    /* Install: set up rt_gc (young list, threshold, on_threshold).  cfg
     * NULL means every default.  Returns 0, or -1 with a message in err. */
    int (*init)(const gc_config *cfg, char *err, size_t errlen);
    /* End of run: report what is left (rc: the leak) into stats.  NULL:
     * the caller wants no figures, and a collector may skip the work
     * only they need (boehm's last collection). */
    void (*fini)(gc_stats *final_stats);

    /* A collection of the kind asked for: the number of unreachable
     * objects found, or -1 with an exception set. */
    intptr_t (*collect)(gc_kind kind);
    /* Optional (NULL: never sets gc_collect_wanted): the work the collector
     * asked for with gc_collect_wanted, at a safe point of the VM.  0, or
     * -1 with an exception set (which gc_safe_point drops). */
    int (*safe_point)(void);
    void (*get_stats)(gc_stats *out);
    /* gc.get_count(): per generation, or the collector's own measure of
     * what was allocated since its last collection in [0]. */
    void (*get_count)(intptr_t count[GC_GENERATIONS]);
    /* Call fn on every tracked container of the generation (-1: all);
     * stops at the first non-zero return and returns it. */
    int (*for_each_object)(int generation, int (*fn)(rt_object *, void *), void *arg);
    /* Optional (NULL: nothing to do): the runtime is up, see
     * gc_runtime_ready. */
    void (*runtime_ready)(void);
    /* Optional (NULL: nothing to do): the program is about to be compiled
     * and run as __main__ (after --freeze); gen sets the counts CPython's
     * start-up leaves (docs/gen.md, "Start-up state"). */
    void (*program_start)(void);
    /* Optional (NULL: nothing to check): the collector's whole-heap
     * invariants, outside a collection (gc_check.h); 0, or -1 with the
     * first violation described in err. */
    int (*check_heap)(char *err, size_t errlen);

    /* Optional slots; NULL where the collector has no such thing, and the
     * gc module answers as CPython's would have nothing to report.
     * Generations (GC_CAP_GENERATIONS): gc.collect(n) (NULL: a GC_FULL
     * collection for every valid n) and set_threshold (NULL: accepted and
     * ignored).  get_threshold may exist without generations (marksweep:
     * its heap limit); NULL: zeros. */
    intptr_t (*collect_generation)(int generation);
    void (*get_threshold)(intptr_t threshold[GC_GENERATIONS]);
    int (*set_threshold)(const intptr_t *threshold, int n);
    /* GC_CAP_FREEZE (NULL: gc.freeze and gc.unfreeze do nothing and
     * get_freeze_count is 0). */
    void (*freeze)(void);
    void (*unfreeze)(void);
    intptr_t (*freeze_count)(void);
    /* GC_CAP_GARBAGE (NULL: the gc module keeps a gc.garbage list and
     * debug flags of its own, which nothing reads). */
    rt_object *(*garbage)(void);         /* borrowed list, NULL without memory */
    int (*get_debug)(void);
    void (*set_debug)(int flags);
} gc_collector;

static inline bool gc_has(const gc_collector *c, unsigned cap) { return (c->caps & cap) != 0; }

/* Fill out's objects_live, bytes_live (from the allocator's statistics)
 * and containers_tracked (every container the active collector tracks,
 * gc.freeze()'s included): the "what is still allocated" part every
 * collector's get_stats shares. */
void gc_stats_fill_live(gc_stats *out);

/* The registry (collectors/list.h). */
const gc_collector *gc_find(const char *name);
/* NULL-terminated list of every collector compiled in; the first is the
 * default. */
const gc_collector *const *gc_all(void);
/* Install c with cfg (NULL: defaults); the active one afterwards. */
int gc_select(const gc_collector *c, const gc_config *cfg, char *err, size_t errlen);
const gc_collector *gc_active(void);
/* Parse "700,10,10" (1 to 3 numbers >= 0) into cfg; -1 with a message. */
int gc_parse_thresholds(const char *text, gc_config *cfg, char *err, size_t errlen);

/* Options.  gc_config_add_option appends key=value (value not copied; key
 * up to 23 characters): 0, or -1 with a message.  gc_apply_options calls
 * c's set for each option of cfg (NULL: none), in order: 0, or -1 with a
 * message naming the collector and, for an unknown key, its valid keys. */
int gc_config_add_option(gc_config *cfg, const char *key, size_t keylen, const char *value, char *err,
                         size_t errlen);
/* The same from "key=value" (value is the text after the first '='). */
int gc_config_add(gc_config *cfg, const char *key_value, char *err, size_t errlen);
int gc_apply_options(const gc_collector *c, const gc_config *cfg, char *err, size_t errlen);
/* Check one key / value pair with collector name's own parser, before
 * the collector is installed (command line, experiment spec): 0, or -1
 * with gc_apply_options's message.  The parser stores into the
 * collector's settings, which its init resets.  A collector not compiled
 * in is not checked (0: its run reports it). */
int gc_check_option(const char *collector, const char *key, const char *value, char *err, size_t errlen);

/* Parse a heap policy: "default", "grow:F" (1 < F <= 100) or "fixed:SIZE"
 * (K/M/G suffixes); -1 with a message. */
int gc_parse_heap_policy(const char *text, gc_heap_policy *p, char *err, size_t errlen);
/* Parse a size in bytes with an optional K/M/G suffix (KiB, KB accepted). */
int gc_parse_size(const char *text, size_t *out);
/* Parse on/off, yes/no, true/false, 1/0. */
int gc_parse_bool(const char *text, bool *out);

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

/* Called once the runtime is up, with the free lists empty: objects alive
 * now are the runtime's permanent ones.  Once per gc_select: by vm_init
 * when a VM runs (its start-up objects are permanent too), else by the
 * program that set the runtime up without one (gclab demo, unit tests).
 * gc_runtime_ready_calls says how many times it was called since. */
void gc_runtime_ready(void);
unsigned gc_runtime_ready_calls(void);
/* visit_roots calls visit on every object the VM references directly;
 * is_safe (may be NULL: always safe) tells whether a collection may run
 * now; stacks (may be NULL) calls range(lo, hi) on each part of the VM's
 * value-stack memory (rt_raw_malloc_unscanned) that frames use now, their
 * unwritten slots included, and not on the frames popped above the top:
 * a conservative collector scans those ranges, which hold every value a
 * frame may have in use even between safe points -- it may be called at
 * any moment, even inside an allocation, and must not allocate. */
typedef void gc_range_fn(void *lo, void *hi);
void gc_set_vm_hooks(int (*visit_roots)(rt_visitproc visit, void *arg), bool (*is_safe)(void),
                     void (*stacks)(gc_range_fn *range));
int gc_visit_vm_roots(rt_visitproc visit, void *arg);
bool gc_vm_is_safe(void);
void gc_vm_stacks(gc_range_fn *range);
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

/* Why the collection about to start runs (telemetry.h's reasons), which
 * every collector passes to rt_tel_collection_begin: the shared entry
 * points set it around the work they run -- gc_collect_guarded and the gc
 * module's collect EXPLICIT, gc_safe_point SAFEPOINT -- and it is
 * THRESHOLD otherwise (a collection inside the allocation that crossed a
 * threshold).  A collector overrides it where it knows better (its last
 * collection at fini: SHUTDOWN; boehm's collections inside an allocation:
 * HEAP_FULL).  gc_reason_enter returns the previous reason, which
 * gc_reason_leave restores. */
extern rt_tel_reason gc_reason;
static inline rt_tel_reason gc_reason_enter(rt_tel_reason r)
{
    rt_tel_reason old = gc_reason;
    gc_reason = r;
    return old;
}
static inline void gc_reason_leave(rt_tel_reason old) { gc_reason = old; }

/* Set by a collector that wants work done at the next safe point (a
 * tracing collector's heap policy, gen's deferred trigger, boehm's pending
 * finalizers); cleared by gc_safe_point. */
extern bool gc_collect_wanted;
/* Run the wanted work now if the VM is at a safe point: the collector's
 * safe_point slot (a full collection for marksweep; the due generations
 * for gen; pending finalizers for boehm, whose collections run inside
 * allocations). */
void gc_safe_point(void);

/* gc_NAME_collector for every line of the list (those marked LIBGC exist
 * only outside the sanitizer build: see registry.c). */
#define GC_COLLECTOR(name, caps, needs, flags) extern const gc_collector gc_##name##_collector;
#include "collectors/list.h"
#undef GC_COLLECTOR

/* incr's work_to_do, for tests (docs/pep848.md). */
intptr_t gc_incr_work_to_do(void);

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
 * one of objs.  When objs are the items of a tuple (the argument tuple of
 * the METH_VARARGS gc.get_referrers) that tuple is not listed, as CPython
 * skips its args. */
rt_object *gc_get_referrers(rt_object *const *objs, intptr_t n);

/* What the collectors with generations share (gc_util.c). */
struct rt_gchead;
/* fn on every object of the list headed by head (fn may untrack the object
 * it is given); stops at the first non-zero return and returns it. */
int gc_list_for_each(struct rt_gchead *head, int (*fn)(rt_object *, void *), void *arg);
/* gc.set_threshold(*src[0..n-1]) into dst: 0, or -1 with CPython's
 * TypeError when n is not 1 to GC_GENERATIONS. */
int gc_copy_thresholds(intptr_t *dst, const intptr_t *src, int n);
/* *list, created empty on first use (gc.garbage): borrowed, NULL without
 * memory. */
rt_object *gc_lazy_list(rt_object **list);
/* gc.collect(generation) for a cycle collector: ValueError for a bad
 * generation, 0 when a collection is already running (a finalizer calling
 * gc.collect()), else run(generation) with rt_gc.collecting set, then the
 * --gc-check heap check. */
intptr_t gc_collect_guarded(int generation, intptr_t (*run)(int generation));

/* The gen collector only. */
void gc_gen_get_long_lived(intptr_t *total, intptr_t *pending);  /* for tests and tools */
/* Whole-heap invariant check of the active collector (its check_heap,
 * gc_check.c): 0, or -1 with a description of the first violation in
 * err. */
int gc_check_heap(char *err, size_t errlen);

#endif

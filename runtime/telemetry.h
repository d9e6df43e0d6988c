/*
 * telemetry.h -- what a run records about its collector and its memory,
 * and the two files `gclab run --stats FILE.json --trace FILE.csv` writes
 * (docs/telemetry.md is the contract for readers of those files).
 *
 * Events, in one buffer of plain structs, in the order they end:
 *   collection  a collector's pause: start/end (monotonic ns), the CPU
 *               time of the pause (thread CPU clock), collector,
 *               generation, objects examined/collected/uncollectable, live
 *               bytes before and after;
 *   rc-cascade  under refcounting, one deallocation chain that freed more
 *               than cascade_min objects, recorded as a pause;
 *   sample      time, live bytes, arenas and pools in use, RSS; taken at the
 *               end of every collection and every sample_every allocated
 *               bytes;
 *   mark        a named point in time (its name in `collector`) with the
 *               process CPU time: the program's own phase markers
 *               (gclab.mark) and "teardown", set by the run command where
 *               the program ends and interpreter shutdown begins, so that
 *               the reference-count cascade of shutdown is reported apart
 *               from the program's figures.
 *
 * Cost: the per-collection hooks are an inline test of rt_tel.on; the
 * per-object hooks (allocation, deallocation) are counters that cost the
 * same whether recording is on or off (one subtraction and one branch) and
 * call in only when there is something to record.  When on, the buffer
 * lives in the RAW domain (rt_raw_malloc), never in the object allocator,
 * so the measurement does not change the heap it measures; it is
 * preallocated and doubles when full, so recording costs a clock read and
 * a struct store.
 *
 * Invariants: at most one collection is open at a time (begin/end nest
 * strictly: a collection started while one is open is a bug and is
 * ignored); times in the files are ns since rt_tel_enable.
 *
 * Layering: depends on runtime/alloc.h (statistics, RAW domain) only.
 * Collectors and the VM call in, nothing here calls them; the files are
 * written by lab/telemetry_out.c, which reads the recording through
 * rt_tel_snapshot, so `run` and `report` share one definition of every
 * figure (lab/stats.c).
 */
#ifndef GCLAB_RUNTIME_TELEMETRY_H
#define GCLAB_RUNTIME_TELEMETRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum rt_tel_kind {
    RT_TEL_COLLECTION,
    RT_TEL_CASCADE,
    RT_TEL_SAMPLE,
    RT_TEL_MARK,
} rt_tel_kind;

/* Why a collection ran (the trace's `reason`; docs/telemetry.md):
 *   threshold  an allocation count crossed a threshold and the collection
 *              ran inside that allocation (gen's CPython 3.11 trigger);
 *   explicit   gc.collect() (or the lab's own full collection);
 *   safepoint  a trigger (a threshold, marksweep's heap limit) asked for
 *              it and it ran at the VM's next safe point (gen 3.12+, incr,
 *              ft, marksweep);
 *   heap-full  inside an allocation the heap could not serve without
 *              growing (boehm's automatic collections);
 *   shutdown   the collector's last collection at the end of the run. */
typedef enum rt_tel_reason {
    RT_TEL_REASON_THRESHOLD,
    RT_TEL_REASON_EXPLICIT,
    RT_TEL_REASON_SAFEPOINT,
    RT_TEL_REASON_HEAP_FULL,
    RT_TEL_REASON_SHUTDOWN,
    RT_TEL_REASONS
} rt_tel_reason;

/* The mark the run command records where the program ends. */
#define RT_TEL_MARK_TEARDOWN "teardown"

typedef struct rt_tel_event {
    uint64_t start_ns, end_ns;     /* since rt_tel_enable; sample: start == end */
    const char *collector;         /* static string (the collector's name) or NULL */
    uint32_t kind;                 /* rt_tel_kind */
    int32_t generation;            /* -1 when not applicable */
    uint32_t reason;               /* collection: rt_tel_reason */
    uint64_t examined, collected, uncollectable;   /* cascade: collected = objects freed */
    uint64_t promoted;             /* collection: survivors moved to an older generation */
    uint64_t heap_before, heap_after;              /* live bytes (rt_alloc_live_bytes) */
    /* memory sample (kind SAMPLE) */
    uint64_t live_bytes, arenas, pools, rss_bytes;
    uint64_t cpu_ns;               /* mark: process CPU ns since rt_tel_enable */
    /* collection: CPU time the collecting thread spent in the pause
     * (CLOCK_THREAD_CPUTIME_ID), which a loaded machine does not inflate
     * as it does the wall-clock duration */
    uint64_t pause_cpu_ns;
    /* sample and mark: the allocation clock, objects and object bytes
     * allocated since rt_tel_enable */
    uint64_t alloc_objects, alloc_bytes;
} rt_tel_event;

typedef struct rt_tel_config {
    uint64_t sample_every;     /* bytes allocated between memory samples; 0 = only at collections */
    uint64_t cascade_min;      /* an rc cascade freeing more than this many objects (>= 1) is a pause */
    size_t initial_events;     /* buffer preallocated at enable; 0 = default */
} rt_tel_config;

#define RT_TEL_SAMPLE_EVERY_DEFAULT ((uint64_t)1 << 20)  /* 1 MiB: ~1000 samples for a 1 GiB run */
#define RT_TEL_CASCADE_MIN_DEFAULT 1000   /* ~10-100 us of frees: the scale of a young collection */
#define RT_TEL_INITIAL_EVENTS 4096        /* 4096 * 152 B = 608 KiB up front, no growth in short runs */

/* The state the inline hooks test.  Read-only outside telemetry.c.
 *
 * The two per-object hooks are counters that run whether recording is on
 * or off, so that turning it on adds nothing to the work done per object:
 * each is one subtraction and one branch taken only when the counter runs
 * out, which is when (and only when) there is work to do.  Off, both
 * counters start at INT64_MAX and never run out in a real run (if one
 * does, its slow path resets it). */
typedef enum rt_tel_dealloc_mode {
    RT_TEL_DEALLOC_QUIET,   /* off, or inside a collection: no cascade is recorded */
    RT_TEL_DEALLOC_WATCH,   /* the next deallocation is the outermost of a chain */
    RT_TEL_DEALLOC_OPEN,    /* a chain (cascade) is being freed */
} rt_tel_dealloc_mode;

struct rt_object;
void rt_object_free(struct rt_object *o);   /* runtime/object.h */

typedef struct rt_tel_state {
    bool on;
    uint8_t dealloc_mode;       /* rt_tel_dealloc_mode */
    int64_t alloc_countdown;    /* object bytes until the next sample */
    /* Deallocations until the next call in (see rt_tel_dealloc_due): runs
     * out when it goes negative as an int64_t.  Unsigned so that watch
     * mode may let it drift down without ever overflowing. */
    uint64_t dealloc_credit;
    uint64_t cascade_arm;       /* credit an opened cascade starts with (its clock trap - 2) */
    /* rt_object_free in watch mode, NULL in the others: rt_dealloc's
     * one compare that lets an outermost free of an object without
     * references (a chain of one: no bracket) through in watch mode. */
    void (*watch_leaf)(struct rt_object *);
} rt_tel_state;
extern rt_tel_state rt_tel;

/* ---- control (the `run` command) ---- */
/* Start recording (t = 0 is now).  cfg NULL = defaults.  Returns 0, or -1
 * if the buffer cannot be allocated.  Enabling again restarts from empty. */
int rt_tel_enable(const rt_tel_config *cfg);
/* Stop recording (the files can still be written).  */
void rt_tel_disable(void);
/* Drop every event and free the buffer (tests, end of run). */
void rt_tel_reset(void);
/* A key/value of the run's configuration, written in the stats "config"
 * object (collector, thresholds, allocator, workload...).  Copies both;
 * setting a key again replaces its value. */
int rt_tel_set_config(const char *key, const char *value);
/* Under rc: what was still allocated at exit (collector fini). */
void rt_tel_set_leak(uint64_t objects, uint64_t bytes);

/* ---- recording (collectors, allocator) ---- */
/* Monotonic clock, ns (CLOCK_MONOTONIC). */
uint64_t rt_tel_now_ns(void);
void rt_tel_collection_begin_slow(const char *collector, int generation, rt_tel_reason reason);
void rt_tel_collection_end_slow(uint64_t examined, uint64_t collected, uint64_t uncollectable, uint64_t promoted);
/* A collection: call begin before any work of the pause and end after the
 * last; end also takes a memory sample.  The one call every collector
 * makes: generation is what it collected (the oldest for a whole-heap
 * collection), reason why; examined / collected / uncollectable count
 * objects, promoted the survivors it moved to an older generation (0 for
 * a collector without generations).  Survivors are examined - collected
 * - uncollectable. */
static inline void rt_tel_collection_begin(const char *collector, int generation, rt_tel_reason reason)
{
    if (__builtin_expect(rt_tel.on, 0))
        rt_tel_collection_begin_slow(collector, generation, reason);
}
static inline void rt_tel_collection_end(uint64_t examined, uint64_t collected, uint64_t uncollectable,
                                         uint64_t promoted)
{
    if (__builtin_expect(rt_tel.on, 0))
        rt_tel_collection_end_slow(examined, collected, uncollectable, promoted);
}

/* A mark named name now (copied; at most RT_TEL_MAX_MARK_NAMES distinct
 * names per run, longer than RT_TEL_MARK_NAME_MAX bytes cut).  No-op when
 * recording is off. */
#define RT_TEL_MAX_MARK_NAMES 64
#define RT_TEL_MARK_NAME_MAX 63
void rt_tel_mark(const char *name);

/* A memory sample now (also taken by the allocation hook). */
void rt_tel_sample(void);
struct rt_type;
void rt_tel_sample_due(const struct rt_type *t, size_t n);
/* The object allocator calls this with every object's type and size, just
 * before it gets the object's block: samples are taken every sample_every
 * bytes (the countdown runs out).  With a heap census on (census.h) the
 * countdown runs out at every allocation, and the slow path tells the
 * census what is being born. */
static inline void rt_tel_note_alloc(const struct rt_type *t, size_t n)
{
    rt_tel.alloc_countdown -= (int64_t)n;
    if (__builtin_expect(rt_tel.alloc_countdown < 0, 0))
        rt_tel_sample_due(t, n);
}
/* Start the heap census (census.h) now: after the collector and the
 * runtime are up.  0, or -1 without memory. */
int rt_tel_census_start(uint64_t sample_every);

/*
 * rc cascades: one deallocation chain (a decref that frees a structure)
 * that freed more than cascade_min objects is recorded as refcounting's
 * own pause.  Every deallocation (rt_dealloc) spends one unit of credit
 * and calls in only when the credit runs out:
 *   quiet  the credit is ~2^63: nothing is ever called;
 *   watch  the credit is <= 0: every deallocation is a chain's outermost
 *          one; the caller brackets it with rt_tel_cascade_open/close
 *          (unless it knows the object frees nothing else: then the credit
 *          is simply left to drift down), and open arms the credit so that
 *          the chain's CLOCK_AT-th deallocation traps once, to read the
 *          start time, and re-arms it for good.
 * The objects a chain freed are the credit it consumed.  So deallocations
 * inside a chain cost what they cost with telemetry off, a single free
 * costs the bracket (a dozen instructions, no clock read), and only a chain
 * of CLOCK_AT objects or more reads the clock.  A recorded cascade is
 * under-measured by the time of its first CLOCK_AT - 1 frees, well under
 * a microsecond.  Deallocations inside a collection belong to that
 * collection's pause: collections put the hook in quiet mode.
 */
#define RT_TEL_CASCADE_CLOCK_AT 16   /* <= 16 frees unmeasured: ~0.5 us of a >= 1000-object pause */
static inline bool rt_tel_dealloc_due(void)
{
    return __builtin_expect((int64_t)--rt_tel.dealloc_credit < 0, 0);
}
/* After rt_tel_dealloc_due: this deallocation is a chain's outermost one. */
static inline bool rt_tel_dealloc_watching(void)
{
    return rt_tel.dealloc_mode == RT_TEL_DEALLOC_WATCH;
}
/* Out of line: the credit ran out outside watch mode (the clock trap of an
 * open chain, or a quiet credit exhausted).  Never opens a cascade. */
bool rt_tel_dealloc_trap(void);
/* True: this deallocation opens a cascade, call rt_tel_cascade_close
 * after it.  Only after rt_tel_dealloc_due returned true. */
static inline bool rt_tel_cascade_open(void)
{
    if (__builtin_expect(rt_tel.dealloc_mode == RT_TEL_DEALLOC_WATCH, 1)) {
        rt_tel.dealloc_mode = RT_TEL_DEALLOC_OPEN;
        rt_tel.watch_leaf = NULL;
        rt_tel.dealloc_credit = rt_tel.cascade_arm;
        return true;
    }
    return rt_tel_dealloc_trap();
}
void rt_tel_cascade_close_slow(void);
static inline void rt_tel_cascade_close(void)
{
    /* Credit untouched: the object freed nothing else (most frees). */
    if (__builtin_expect(rt_tel.dealloc_credit == rt_tel.cascade_arm, 1)) {
        rt_tel.dealloc_mode = RT_TEL_DEALLOC_WATCH;
        rt_tel.watch_leaf = rt_object_free;
        rt_tel.dealloc_credit = 0;
    } else {
        rt_tel_cascade_close_slow();
    }
}
/* Record a cascade directly (a collector that counts its own frees). */
void rt_tel_record_cascade(const char *collector, uint64_t start_abs_ns, uint64_t end_abs_ns, uint64_t freed);

/* ---- reading ---- */
size_t rt_tel_count(void);
const rt_tel_event *rt_tel_events(void);   /* borrowed; valid until the next record */
const char *rt_tel_kind_name(uint32_t kind);  /* "collection", "rc-cascade", "sample", "mark" */
/* "threshold", "explicit", "safepoint", "heap-full", "shutdown" */
const char *rt_tel_reason_name(uint32_t reason);
/* The allocation clock now: objects and object bytes allocated since
 * rt_tel_enable (read from counters the hooks keep anyway: no per-object
 * work). */
void rt_tel_alloc_clock(uint64_t *objects, uint64_t *bytes);

/* The run so far, for the writers in lab/telemetry_out.c (the runtime
 * only records; the layer above summarises and writes). */
typedef struct rt_tel_run {
    const rt_tel_event *events;   /* borrowed; valid until the next record */
    size_t count;
    uint64_t dropped;
    uint64_t wall_ns, cpu_ns;     /* from rt_tel_enable to now, or to rt_tel_disable */
    uint64_t peak_live;
    uint64_t alloc_objects, alloc_bytes;   /* the allocation clock now (or at disable) */
    bool leak_set;
    uint64_t leak_objects, leak_bytes;
    int nconfig;
    const char *const *config_keys, *const *config_values;
} rt_tel_run;
void rt_tel_snapshot(rt_tel_run *out);

#endif

/*
 * telemetry.c -- the event buffer behind telemetry.h.  The writers of the
 * trace CSV and the stats JSON live in lab/telemetry_out.c: the runtime
 * records, the layer above summarises (percentiles, MMU) and writes.
 *
 * Invariants: events[0..count) are complete records in the order they
 * ended; the buffer comes from the RAW domain only; when it cannot grow,
 * events are counted in `dropped` instead of recorded (the stats say so)
 * and the run goes on.  Nothing here allocates objects or calls up into
 * the collectors or the VM.  The deallocation credit (telemetry.h) is
 * quiet exactly when recording is off or a collection it quieted is open,
 * and otherwise watches for, or counts, one chain at a time.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "runtime/telemetry.h"
#include "runtime/alloc.h"
#include "runtime/census.h"

/* Off: both per-object counters as far from running out as they go. */
#define QUIET_CREDIT INT64_MAX
rt_tel_state rt_tel = { .alloc_countdown = QUIET_CREDIT, .dealloc_credit = QUIET_CREDIT };

#define MAX_CONFIG 32   /* the run command sets about a dozen keys */

static struct {
    rt_tel_config cfg;
    rt_tel_event *ev;
    size_t count, cap;
    uint64_t dropped;
    uint64_t t0;                 /* absolute monotonic ns at enable */
    uint64_t cpu0;               /* process CPU ns at enable */
    uint64_t t_end, cpu_end;     /* set by disable (0: still running) */
    uint64_t end_objects, end_bytes;   /* the allocation clock at disable */
    bool open;                   /* a collection is open */
    uint64_t open_cpu_ns;        /* thread CPU ns when it opened */
    rt_tel_event pending;
    uint64_t peak_live;
    uint64_t leak_objects, leak_bytes;
    bool leak_set;
    char *keys[MAX_CONFIG], *values[MAX_CONFIG];
    int nconfig;
    int statm_fd;
    long page_size;
    uint64_t rss_read_ns, last_rss;   /* last read of /proc/self/statm */
    /* the open cascade (rt_tel.dealloc_mode OPEN) once its clock trap ran */
    bool cascade_clocked;
    uint64_t cascade_freed;      /* objects freed up to the trap, the trap's own included */
    uint64_t cascade_start_ns;   /* absolute monotonic ns, read at the trap */
    bool quieted;                /* a collection put the deallocation hook in quiet mode */
    char *mark_names[RT_TEL_MAX_MARK_NAMES];   /* distinct mark names (RAW), events point here */
    int nmark_names;
    /* The allocation clock, from counters kept anyway: object bytes are
     * the countdown's consumption (alloc_bytes up to its last re-arming at
     * countdown_armed, plus what it has run down since), objects the
     * allocator's OBJECT-domain births since enable. */
    uint64_t alloc_bytes;
    int64_t countdown_armed;
    uint64_t objects0;
    /* census mode: the countdown is 0 (every allocation calls in) and the
     * memory samples count down here instead */
    bool census;
    int64_t census_left;
} T = { .statm_fd = -1, .countdown_armed = QUIET_CREDIT };

static uint64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t rt_tel_now_ns(void) { return clock_ns(CLOCK_MONOTONIC); }

static uint64_t rel(uint64_t abs_ns) { return abs_ns > T.t0 ? abs_ns - T.t0 : 0; }

static rt_tel_event *push(void)
{
    if (T.count == T.cap) {
        size_t ncap = T.cap ? T.cap * 2 : RT_TEL_INITIAL_EVENTS;
        rt_tel_event *n = rt_raw_realloc(T.ev, ncap * sizeof *n);
        if (!n) {
            T.dropped++;
            return NULL;
        }
        T.ev = n;
        T.cap = ncap;
    }
    rt_tel_event *e = &T.ev[T.count++];
    memset(e, 0, sizeof *e);
    e->generation = -1;
    return e;
}

void rt_tel_reset(void)
{
    rt_raw_free(T.ev);
    for (int i = 0; i < T.nconfig; i++) {
        rt_raw_free(T.keys[i]);
        rt_raw_free(T.values[i]);
    }
    for (int i = 0; i < T.nmark_names; i++)
        rt_raw_free(T.mark_names[i]);
    if (T.statm_fd >= 0)
        close(T.statm_fd);
    rt_census_reset();
    memset(&T, 0, sizeof T);
    T.statm_fd = -1;
    rt_tel = (rt_tel_state){ .alloc_countdown = QUIET_CREDIT, .dealloc_credit = QUIET_CREDIT };
    T.countdown_armed = QUIET_CREDIT;
}

static int64_t sample_countdown(void)
{
    return T.cfg.sample_every && T.cfg.sample_every < (uint64_t)QUIET_CREDIT ? (int64_t)T.cfg.sample_every
                                                                             : QUIET_CREDIT;
}

/* Object bytes allocated since enable; the countdown may have run below
 * zero by the allocation that tripped it.  Unsigned: armed at INT64_MAX
 * (the quiet credit) and run below zero by a huge request (bytes(2**62)
 * failing with MemoryError), the bytes counted pass INT64_MAX. */
static uint64_t alloc_bytes_now(void)
{
    return T.alloc_bytes + ((uint64_t)T.countdown_armed - (uint64_t)rt_tel.alloc_countdown);
}

/* Re-arm the allocation countdown, keeping the clock. */
static void arm_countdown(int64_t v)
{
    T.alloc_bytes = alloc_bytes_now();
    rt_tel.alloc_countdown = v;
    T.countdown_armed = v;
}

void rt_tel_alloc_clock(uint64_t *objects, uint64_t *bytes)
{
    *objects = rt_alloc_obj_allocs() - T.objects0;
    *bytes = alloc_bytes_now();
}

/* Watch mode: the next deallocation opens a cascade. */
static void dealloc_watch(void)
{
    rt_tel.dealloc_mode = RT_TEL_DEALLOC_WATCH;
    rt_tel.watch_leaf = rt_object_free;
    rt_tel.dealloc_credit = 0;
    T.cascade_clocked = false;
}

static void dealloc_quiet(void)
{
    rt_tel.dealloc_mode = RT_TEL_DEALLOC_QUIET;
    rt_tel.watch_leaf = NULL;
    rt_tel.dealloc_credit = QUIET_CREDIT;
    T.cascade_clocked = false;
}

int rt_tel_enable(const rt_tel_config *cfg)
{
    rt_tel.on = false;
    T.count = 0;
    T.dropped = 0;
    T.open = false;
    T.peak_live = 0;
    T.t_end = T.cpu_end = 0;
    T.cfg = cfg ? *cfg : (rt_tel_config){ RT_TEL_SAMPLE_EVERY_DEFAULT, RT_TEL_CASCADE_MIN_DEFAULT, 0 };
    if (T.cfg.cascade_min < 1)
        T.cfg.cascade_min = 1;   /* a chain of one object is a free, not a pause */
    size_t want = T.cfg.initial_events ? T.cfg.initial_events : RT_TEL_INITIAL_EVENTS;
    if (want > T.cap) {
        rt_tel_event *n = rt_raw_realloc(T.ev, want * sizeof *n);
        if (!n)
            return -1;
        T.ev = n;
        T.cap = want;
    }
    if (T.statm_fd < 0)
        T.statm_fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);  /* kept open: one pread per sample */
    T.page_size = sysconf(_SC_PAGESIZE);
    T.rss_read_ns = 0;
    T.quieted = false;
    /* The clock trap comes at the CLOCK_AT-th object of a chain, or earlier
     * when a smaller chain is recorded (it must have a start time): at
     * object cascade_arm + 2, the outermost being the first. */
    uint64_t clock_at = T.cfg.cascade_min + 1 < RT_TEL_CASCADE_CLOCK_AT ? T.cfg.cascade_min + 1 : RT_TEL_CASCADE_CLOCK_AT;
    rt_tel.cascade_arm = clock_at - 2;
    T.t0 = rt_tel_now_ns();
    T.cpu0 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    rt_tel.on = true;
    rt_tel.alloc_countdown = T.countdown_armed = sample_countdown();
    T.alloc_bytes = 0;
    T.objects0 = rt_alloc_obj_allocs();
    dealloc_watch();
    return 0;
}

void rt_tel_disable(void)
{
    if (!rt_tel.on)
        return;
    T.t_end = rt_tel_now_ns();
    T.cpu_end = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    rt_tel_alloc_clock(&T.end_objects, &T.end_bytes);
    rt_tel.on = false;
    T.census = false;
    arm_countdown(QUIET_CREDIT);
    dealloc_quiet();
    T.quieted = false;
}

int rt_tel_set_config(const char *key, const char *value)
{
    for (int i = 0; i < T.nconfig; i++)
        if (strcmp(T.keys[i], key) == 0) {
            char *v = rt_raw_malloc(strlen(value) + 1);
            if (!v)
                return -1;
            strcpy(v, value);
            rt_raw_free(T.values[i]);
            T.values[i] = v;
            return 0;
        }
    if (T.nconfig == MAX_CONFIG)
        return -1;
    char *k = rt_raw_malloc(strlen(key) + 1), *v = rt_raw_malloc(strlen(value) + 1);
    if (!k || !v) {
        rt_raw_free(k);
        rt_raw_free(v);
        return -1;
    }
    strcpy(k, key);
    strcpy(v, value);
    T.keys[T.nconfig] = k;
    T.values[T.nconfig++] = v;
    return 0;
}

void rt_tel_set_leak(uint64_t objects, uint64_t bytes)
{
    T.leak_objects = objects;
    T.leak_bytes = bytes;
    T.leak_set = true;
}

static void note_live(uint64_t b)
{
    if (b > T.peak_live)
        T.peak_live = b;
}

void rt_tel_collection_begin_slow(const char *collector, int generation, rt_tel_reason reason)
{
    if (T.open)
        return;   /* nested begin: ignored (see the invariant in telemetry.h) */
    T.open = true;
    memset(&T.pending, 0, sizeof T.pending);
    T.pending.kind = RT_TEL_COLLECTION;
    T.pending.collector = collector;
    T.pending.generation = generation;
    T.pending.reason = (uint32_t)reason;
    T.pending.heap_before = rt_alloc_live_bytes();
    note_live(T.pending.heap_before);
    /* Its frees belong to this pause: no cascade opens until its end (a
     * cascade already open, around this collection, goes on counting). */
    if (rt_tel.dealloc_mode == RT_TEL_DEALLOC_WATCH) {
        dealloc_quiet();
        T.quieted = true;
    }
    /* Two reads of the thread CPU clock per collection, a system call each
     * (not in the vDSO): docs/benchmarks.md has their cost. */
    T.open_cpu_ns = clock_ns(CLOCK_THREAD_CPUTIME_ID);
    T.pending.start_ns = rel(rt_tel_now_ns());   /* last: the pause starts here */
}

void rt_tel_collection_end_slow(uint64_t examined, uint64_t collected, uint64_t uncollectable, uint64_t promoted)
{
    uint64_t end = rel(rt_tel_now_ns());   /* first: the pause ends here */
    if (!T.open)
        return;
    uint64_t cpu = clock_ns(CLOCK_THREAD_CPUTIME_ID) - T.open_cpu_ns;
    T.open = false;
    if (T.quieted) {
        T.quieted = false;
        dealloc_watch();
    }
    rt_tel_event *e = push();
    if (e) {
        *e = T.pending;
        e->end_ns = end;
        e->pause_cpu_ns = cpu;
        e->examined = examined;
        e->collected = collected;
        e->uncollectable = uncollectable;
        e->promoted = promoted;
        e->heap_after = rt_alloc_live_bytes();
        note_live(e->heap_after);
        if (T.census && e->generation >= 2)
            rt_census_snapshot(end, false);
    }
    rt_tel_sample();
}

/* Reading /proc/self/statm is a syscall (~2.5 us on the dev VM), more than
 * a young collection's bookkeeping: under gen, samples come at every
 * collection, so RSS is read at most once per RSS_INTERVAL_NS and reused
 * in between (RSS moves by pages, slowly, against that scale). */
#define RSS_INTERVAL_NS 1000000u   /* 1 ms: <= 0.25% of wall time on reads */

static uint64_t rss_bytes(uint64_t now)
{
    char buf[128];
    if (T.statm_fd < 0)
        return 0;
    if (T.rss_read_ns && now - T.rss_read_ns < RSS_INTERVAL_NS)
        return T.last_rss;
    T.rss_read_ns = now ? now : 1;
    ssize_t n = pread(T.statm_fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return 0;
    buf[n] = 0;
    /* "size resident shared ...", in pages: the second field (strtoull:
     * sscanf costs ten times more, at up to one read per millisecond) */
    char *p = buf, *end;
    strtoull(p, &end, 10);
    if (end == p)
        return 0;
    p = end;
    unsigned long long resident = strtoull(p, &end, 10);
    if (end == p)
        return 0;
    T.last_rss = (uint64_t)resident * (uint64_t)T.page_size;
    return T.last_rss;
}

void rt_tel_sample(void)
{
    if (!rt_tel.on)
        return;
    if (T.census) {
        T.census_left = sample_countdown();
        arm_countdown(0);
    } else {
        arm_countdown(sample_countdown());
    }
    rt_tel_event *e = push();
    if (!e)
        return;
    e->kind = RT_TEL_SAMPLE;
    rt_tel_alloc_clock(&e->alloc_objects, &e->alloc_bytes);
    e->live_bytes = rt_alloc_live_bytes();
    size_t arenas, pools;
    rt_alloc_usage(&arenas, &pools);
    e->arenas = arenas;
    e->pools = pools;
    e->start_ns = e->end_ns = rel(rt_tel_now_ns());
    e->rss_bytes = rss_bytes(e->start_ns);
    note_live(e->live_bytes);
}

/* The stored copy of a mark name (events keep a pointer to it, as they keep
 * static collector names); NULL when the table is full. */
static const char *mark_name(const char *name)
{
    size_t n = strnlen(name, RT_TEL_MARK_NAME_MAX);
    for (int i = 0; i < T.nmark_names; i++)
        if (strncmp(T.mark_names[i], name, n) == 0 && T.mark_names[i][n] == '\0')
            return T.mark_names[i];
    if (T.nmark_names == RT_TEL_MAX_MARK_NAMES)
        return NULL;
    char *copy = rt_raw_malloc(n + 1);
    if (!copy)
        return NULL;
    memcpy(copy, name, n);
    copy[n] = '\0';
    T.mark_names[T.nmark_names++] = copy;
    return copy;
}

void rt_tel_mark(const char *name)
{
    if (!rt_tel.on)
        return;
    const char *stored = mark_name(name);
    if (!stored) {
        T.dropped++;
        return;
    }
    rt_tel_event *e = push();
    if (!e)
        return;
    e->kind = RT_TEL_MARK;
    e->collector = stored;
    if (T.census && strcmp(stored, RT_TEL_MARK_TEARDOWN) == 0)
        rt_census_snapshot(rel(rt_tel_now_ns()), true);
    e->start_ns = e->end_ns = rel(rt_tel_now_ns());
    e->cpu_ns = clock_ns(CLOCK_PROCESS_CPUTIME_ID) - T.cpu0;
    e->live_bytes = rt_alloc_live_bytes();
    rt_tel_alloc_clock(&e->alloc_objects, &e->alloc_bytes);
}

void rt_tel_sample_due(const struct rt_type *t, size_t n)
{
    if (!rt_tel.on) {
        arm_countdown(QUIET_CREDIT);
    } else if (T.census) {
        rt_census_note(t, n);
        arm_countdown(0);
        if ((T.census_left -= (int64_t)n) < 0)
            rt_tel_sample();
    } else {
        rt_tel_sample();
    }
}

int rt_tel_census_start(uint64_t sample_every)
{
    if (!rt_tel.on || rt_census_start(sample_every) < 0)
        return -1;
    T.census = true;
    T.census_left = sample_countdown();
    arm_countdown(0);
    return 0;
}

/* The chain's clock trap: its first cascade_arm + 2 objects are counted,
 * the credit is re-armed for good and the start time read. */
#define CLOCKED_CREDIT ((uint64_t)INT64_MAX / 2)   /* 2^62 deallocations: never runs out in a run */

bool rt_tel_dealloc_trap(void)
{
    if (rt_tel.dealloc_mode == RT_TEL_DEALLOC_OPEN && !T.cascade_clocked) {
        T.cascade_clocked = true;
        T.cascade_freed = rt_tel.cascade_arm + 2;
        rt_tel.dealloc_credit = CLOCKED_CREDIT;
        T.cascade_start_ns = rt_tel_now_ns();
    } else if (rt_tel.dealloc_mode == RT_TEL_DEALLOC_OPEN) {
        /* 2^62 frees in one chain: count them and go on */
        T.cascade_freed += (uint64_t)CLOCKED_CREDIT + 1;
        rt_tel.dealloc_credit = CLOCKED_CREDIT;
    } else {
        rt_tel.dealloc_credit = QUIET_CREDIT;   /* quiet mode ran out: keep quiet */
    }
    return false;
}

/* A chain that freed more than its outermost object has ended.  A cascade
 * that happens inside a collection (the collector's clear step frees the
 * garbage by refcounting) belongs to that collection's pause and is not
 * recorded a second time. */
void rt_tel_cascade_close_slow(void)
{
    if (rt_tel.dealloc_mode != RT_TEL_DEALLOC_OPEN)
        return;   /* disabled while it ran */
    uint64_t freed = T.cascade_clocked ? T.cascade_freed + (CLOCKED_CREDIT - rt_tel.dealloc_credit)
                                       : 1 + (rt_tel.cascade_arm - rt_tel.dealloc_credit);
    bool clocked = T.cascade_clocked;
    dealloc_watch();
    /* The trap comes at object cascade_min + 1 at the latest (enable), so a
     * chain long enough to record has its start time. */
    if (freed > T.cfg.cascade_min && clocked && !T.open)
        rt_tel_record_cascade("rc", T.cascade_start_ns, rt_tel_now_ns(), freed);
}

void rt_tel_record_cascade(const char *collector, uint64_t start_abs_ns, uint64_t end_abs_ns, uint64_t freed)
{
    if (!rt_tel.on)
        return;
    rt_tel_event *e = push();
    if (!e)
        return;
    e->kind = RT_TEL_CASCADE;
    e->collector = collector;
    e->start_ns = rel(start_abs_ns);
    e->end_ns = rel(end_abs_ns);
    e->collected = freed;
    e->examined = freed;
    e->heap_after = rt_alloc_live_bytes();
}

size_t rt_tel_count(void) { return T.count; }
const rt_tel_event *rt_tel_events(void) { return T.ev; }

const char *rt_tel_reason_name(uint32_t reason)
{
    switch (reason) {
    case RT_TEL_REASON_THRESHOLD: return "threshold";
    case RT_TEL_REASON_EXPLICIT: return "explicit";
    case RT_TEL_REASON_SAFEPOINT: return "safepoint";
    case RT_TEL_REASON_HEAP_FULL: return "heap-full";
    case RT_TEL_REASON_SHUTDOWN: return "shutdown";
    }
    return "unknown";
}

const char *rt_tel_kind_name(uint32_t kind)
{
    switch (kind) {
    case RT_TEL_COLLECTION: return "collection";
    case RT_TEL_CASCADE: return "rc-cascade";
    case RT_TEL_SAMPLE: return "sample";
    case RT_TEL_MARK: return "mark";
    }
    return "unknown";
}

/* ---- the run so far, for the writers (lab/telemetry_out.c) ---- */

void rt_tel_snapshot(rt_tel_run *out)
{
    out->events = T.ev;
    out->count = T.count;
    out->dropped = T.dropped;
    out->wall_ns = (T.t_end ? T.t_end : rt_tel_now_ns()) - T.t0;
    out->cpu_ns = (T.cpu_end ? T.cpu_end : clock_ns(CLOCK_PROCESS_CPUTIME_ID)) - T.cpu0;
    out->peak_live = T.peak_live;
    if (T.t_end) {
        out->alloc_objects = T.end_objects;
        out->alloc_bytes = T.end_bytes;
    } else {
        rt_tel_alloc_clock(&out->alloc_objects, &out->alloc_bytes);
    }
    out->leak_set = T.leak_set;
    out->leak_objects = T.leak_objects;
    out->leak_bytes = T.leak_bytes;
    out->nconfig = T.nconfig;
    out->config_keys = (const char *const *)T.keys;
    out->config_values = (const char *const *)T.values;
}

/*
 * telemetry.c -- the event buffer behind telemetry.h and the writers of
 * the trace CSV and the stats JSON.
 *
 * Invariants: events[0..count) are complete records in the order they
 * ended; the buffer comes from the RAW domain only; when it cannot grow,
 * events are counted in `dropped` instead of recorded (the stats say so)
 * and the run goes on.  Nothing here allocates objects or calls up into
 * the collectors or the VM.
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
#include "telemetry.h"
#include "alloc.h"
#include "../lab/stats.h"
#include "../lab/fileio.h"
#include "../lab/json.h"

rt_tel_state rt_tel;

#define MAX_CONFIG 32   /* the run command sets about a dozen keys */

static struct {
    rt_tel_config cfg;
    rt_tel_event *ev;
    size_t count, cap;
    uint64_t dropped;
    uint64_t t0;                 /* absolute monotonic ns at enable */
    uint64_t cpu0;               /* process CPU ns at enable */
    uint64_t t_end, cpu_end;     /* set by disable (0: still running) */
    bool open;                   /* a collection is open */
    rt_tel_event pending;
    uint64_t peak_live;
    uint64_t leak_objects, leak_bytes;
    bool leak_set;
    char *keys[MAX_CONFIG], *values[MAX_CONFIG];
    int nconfig;
    int statm_fd;
    long page_size;
    uint64_t rss_read_ns, last_rss;   /* last read of /proc/self/statm */
} T = { .statm_fd = -1 };

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
    if (T.statm_fd >= 0)
        close(T.statm_fd);
    memset(&T, 0, sizeof T);
    T.statm_fd = -1;
    memset(&rt_tel, 0, sizeof rt_tel);
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
    rt_tel.alloc_countdown = T.cfg.sample_every ? (int64_t)T.cfg.sample_every : INT64_MAX;
    rt_tel.dealloc_depth = 0;
    rt_tel.cascade_freed = 0;
    T.t0 = rt_tel_now_ns();
    T.cpu0 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    rt_tel.on = true;
    return 0;
}

void rt_tel_disable(void)
{
    if (!rt_tel.on)
        return;
    T.t_end = rt_tel_now_ns();
    T.cpu_end = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    rt_tel.on = false;
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

void rt_tel_collection_begin_slow(const char *collector, int generation)
{
    if (T.open)
        return;   /* nested begin: ignored (see the invariant in telemetry.h) */
    T.open = true;
    memset(&T.pending, 0, sizeof T.pending);
    T.pending.kind = RT_TEL_COLLECTION;
    T.pending.collector = collector;
    T.pending.generation = generation;
    T.pending.heap_before = rt_alloc_live_bytes();
    note_live(T.pending.heap_before);
    T.pending.start_ns = rel(rt_tel_now_ns());   /* last: the pause starts here */
}

void rt_tel_collection_end_slow(uint64_t examined, uint64_t collected, uint64_t uncollectable)
{
    uint64_t end = rel(rt_tel_now_ns());   /* first: the pause ends here */
    if (!T.open)
        return;
    T.open = false;
    rt_tel_event *e = push();
    if (e) {
        *e = T.pending;
        e->end_ns = end;
        e->examined = examined;
        e->collected = collected;
        e->uncollectable = uncollectable;
        e->heap_after = rt_alloc_live_bytes();
        note_live(e->heap_after);
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
    unsigned long size, resident;
    if (sscanf(buf, "%lu %lu", &size, &resident) != 2)
        return 0;
    T.last_rss = (uint64_t)resident * (uint64_t)T.page_size;
    return T.last_rss;
}

void rt_tel_sample(void)
{
    if (!rt_tel.on)
        return;
    rt_tel.alloc_countdown = T.cfg.sample_every ? (int64_t)T.cfg.sample_every : INT64_MAX;
    rt_alloc_stats st;
    rt_alloc_get_stats(&st);
    rt_tel_event *e = push();
    if (!e)
        return;
    e->kind = RT_TEL_SAMPLE;
    e->live_bytes = rt_alloc_live_bytes();
    e->arenas = st.arenas_in_use;
    e->pools = st.pools_in_use;
    e->start_ns = e->end_ns = rel(rt_tel_now_ns());
    e->rss_bytes = rss_bytes(e->start_ns);
    note_live(e->live_bytes);
}

void rt_tel_cascade_begin_slow(void)
{
    rt_tel.cascade_freed = 0;
    rt_tel.cascade_start_ns = rt_tel_now_ns();
}

void rt_tel_cascade_end_slow(void)
{
    if (rt_tel.cascade_freed > T.cfg.cascade_min)
        rt_tel_record_cascade("rc", rt_tel.cascade_start_ns, rt_tel_now_ns(), rt_tel.cascade_freed);
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

const char *rt_tel_kind_name(uint32_t kind)
{
    switch (kind) {
    case RT_TEL_COLLECTION: return "collection";
    case RT_TEL_CASCADE: return "rc-cascade";
    case RT_TEL_SAMPLE: return "sample";
    }
    return "unknown";
}

/* ---- the trace CSV ---- */

static int write_trace(FILE *f, void *arg)
{
    (void)arg;
    fputs("kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,"
          "heap_before,heap_after,live_bytes,arenas,pools,rss_bytes\n", f);
    for (size_t i = 0; i < T.count; i++) {
        const rt_tel_event *e = &T.ev[i];
        fprintf(f, "%s,%llu,%llu,%s,", rt_tel_kind_name(e->kind), (unsigned long long)e->start_ns,
                (unsigned long long)e->end_ns, e->collector ? e->collector : "");
        if (e->generation >= 0)
            fprintf(f, "%d", e->generation);
        fprintf(f, ",%llu,%llu,%llu,%llu,%llu,%llu,%llu,%llu,%llu\n",
                (unsigned long long)e->examined, (unsigned long long)e->collected,
                (unsigned long long)e->uncollectable, (unsigned long long)e->heap_before,
                (unsigned long long)e->heap_after, (unsigned long long)e->live_bytes,
                (unsigned long long)e->arenas, (unsigned long long)e->pools,
                (unsigned long long)e->rss_bytes);
    }
    return 0;
}

int rt_tel_write_trace(const char *path, char *err, size_t errlen)
{
    return lab_write_atomic(path, write_trace, NULL, err, errlen);
}

/* ---- the stats JSON ---- */

/* JSON has no NaN: an undefined figure (no pauses) is null. */
static void json_num(FILE *f, const char *key, double v, bool last)
{
    fprintf(f, "  \"%s\": ", key);
    lab_json_write_number(f, v);
    fputs(last ? "\n" : ",\n", f);
}

static void json_u64(FILE *f, const char *key, uint64_t v)
{
    fprintf(f, "  \"%s\": %llu,\n", key, (unsigned long long)v);
}

static int write_stats(FILE *f, void *arg)
{
    (void)arg;
    uint64_t t_end = T.t_end ? T.t_end : rt_tel_now_ns();
    uint64_t cpu_end = T.cpu_end ? T.cpu_end : clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    double wall_s = (double)(t_end - T.t0) / 1e9, cpu_s = (double)(cpu_end - T.cpu0) / 1e9;

    size_t npause = 0;
    for (size_t i = 0; i < T.count; i++)
        npause += T.ev[i].kind != RT_TEL_SAMPLE;
    double *ms = malloc((npause ? npause : 1) * sizeof *ms);
    lab_interval *iv = malloc((npause ? npause : 1) * sizeof *iv);
    if (!ms || !iv) {
        free(ms);
        free(iv);
        return -1;
    }
    uint64_t coll[3] = { 0, 0, 0 }, coll_total = 0, cascades = 0, samples = 0;
    uint64_t peak_rss = 0, peak_live = T.peak_live;
    double gc_ns = 0, cascade_ns = 0;
    size_t k = 0;
    for (size_t i = 0; i < T.count; i++) {
        const rt_tel_event *e = &T.ev[i];
        if (e->kind == RT_TEL_SAMPLE) {
            samples++;
            if (e->rss_bytes > peak_rss)
                peak_rss = e->rss_bytes;
            continue;
        }
        double d = (double)(e->end_ns - e->start_ns);
        ms[k] = d / 1e6;
        iv[k++] = (lab_interval){ (double)e->start_ns / 1e6, (double)e->end_ns / 1e6 };
        gc_ns += d;
        if (e->kind == RT_TEL_CASCADE) {
            cascades++;
            cascade_ns += d;
        } else {
            coll_total++;
            if (e->generation >= 0 && e->generation < 3)
                coll[e->generation]++;
        }
    }
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) == 0 && (uint64_t)ru.ru_maxrss * 1024 > peak_rss)
        peak_rss = (uint64_t)ru.ru_maxrss * 1024;   /* the kernel's high-water mark sees between samples */
    lab_sort(ms, npause);
    double windows[3] = { 1, 10, 100 }, mmu[3];
    if (lab_mmu_curve(iv, npause, 0, wall_s * 1e3, windows, 3, mmu) < 0)
        mmu[0] = mmu[1] = mmu[2] = NAN;

    fputs("{\n  \"format\": \"gclab-stats/1\",\n  \"config\": {", f);
    for (int i = 0; i < T.nconfig; i++) {
        fputs(i ? ",\n    " : "\n    ", f);
        lab_json_write_string(f, T.keys[i]);
        fputs(": ", f);
        lab_json_write_string(f, T.values[i]);
    }
    fputs(T.nconfig ? "\n  },\n" : "},\n", f);
    json_num(f, "wall_s", wall_s, false);
    json_num(f, "cpu_s", cpu_s, false);
    json_num(f, "gc_s", gc_ns / 1e9, false);
    json_num(f, "gc_share", wall_s > 0 ? gc_ns / 1e9 / wall_s : NAN, false);
    json_num(f, "cascade_s", cascade_ns / 1e9, false);
    json_u64(f, "pause_count", npause);
    json_num(f, "pause_p50_ms", lab_percentile_sorted(ms, npause, 0.50), false);
    json_num(f, "pause_p90_ms", lab_percentile_sorted(ms, npause, 0.90), false);
    json_num(f, "pause_p99_ms", lab_percentile_sorted(ms, npause, 0.99), false);
    json_num(f, "pause_p999_ms", lab_percentile_sorted(ms, npause, 0.999), false);
    json_num(f, "pause_max_ms", npause ? ms[npause - 1] : NAN, false);
    json_num(f, "mmu_1ms", mmu[0], false);
    json_num(f, "mmu_10ms", mmu[1], false);
    json_num(f, "mmu_100ms", mmu[2], false);
    json_u64(f, "peak_rss_bytes", peak_rss);
    json_u64(f, "peak_live_bytes", peak_live);
    json_u64(f, "collections", coll_total);
    json_u64(f, "collections_gen0", coll[0]);
    json_u64(f, "collections_gen1", coll[1]);
    json_u64(f, "collections_gen2", coll[2]);
    json_u64(f, "rc_cascades", cascades);
    fprintf(f, "  \"leak_measured\": %s,\n", T.leak_set ? "true" : "false");
    json_u64(f, "leaked_objects", T.leak_objects);
    json_u64(f, "leaked_bytes", T.leak_bytes);
    json_u64(f, "samples", samples);
    fprintf(f, "  \"events_dropped\": %llu\n}\n", (unsigned long long)T.dropped);
    free(ms);
    free(iv);
    return 0;
}

int rt_tel_write_stats(const char *path, char *err, size_t errlen)
{
    return lab_write_atomic(path, write_stats, NULL, err, errlen);
}

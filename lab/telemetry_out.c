/*
 * telemetry_out.c -- writes what runtime/telemetry recorded: the trace CSV
 * (one row per event) and the per-run stats JSON (format gclab-stats/1:
 * times, pause percentiles, MMU, peaks, collections, leak), both atomically.
 *
 * It lives in lab/ rather than runtime/ so that the runtime only records
 * and never depends on the statistics (lab/stats.c) and file helpers it
 * shares with `gclab report`: every figure is computed by one definition.
 * It reads the runtime's recording through rt_tel_snapshot alone.
 */
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "lab/telemetry_out.h"
#include "lab/stats.h"
#include "lab/fileio.h"
#include "lab/json.h"
#include "lab/export.h"
#include "runtime/census.h"

/* ---- the trace CSV ---- */

/* Decimal digits of v at p; returns the end.  fprintf with 14 fields cost
 * ~6,000 instructions a row, as much as a small collection's bookkeeping:
 * a row is built in a buffer by hand instead (~10 times cheaper). */
static char *put_u64(char *p, uint64_t v)
{
    char tmp[20];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    return p;
}

static char *put_str(char *p, const char *s, size_t max)
{
    for (size_t i = 0; s[i] && i < max; i++)
        *p++ = s[i];
    return p;
}

#define COLLECTOR_NAME_MAX 64   /* collector names ("marksweep") and mark names (<= RT_TEL_MARK_NAME_MAX) */

static int write_trace(FILE *f, void *arg)
{
    const rt_tel_run *run = arg;
    fputs("kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,"
          "heap_before,heap_after,live_bytes,arenas,pools,rss_bytes,reason,promoted,alloc_objects,alloc_bytes,"
          "pause_cpu_ns\n", f);
    /* 16 numbers of <= 20 digits, a kind, a name, a reason, 18 commas and a newline */
    char row[16 * 20 + 16 + COLLECTOR_NAME_MAX + 16 + 19 + 8];
    for (size_t i = 0; i < run->count; i++) {
        const rt_tel_event *e = &run->events[i];
        char *p = put_str(row, rt_tel_kind_name(e->kind), 16);
        *p++ = ',';
        p = put_u64(p, e->start_ns);
        *p++ = ',';
        p = put_u64(p, e->end_ns);
        *p++ = ',';
        if (e->collector)
            p = put_str(p, e->collector, COLLECTOR_NAME_MAX);
        *p++ = ',';
        if (e->generation >= 0)
            p = put_u64(p, (uint64_t)e->generation);
        const uint64_t rest[] = { e->examined, e->collected, e->uncollectable, e->heap_before, e->heap_after,
                                  e->live_bytes, e->arenas, e->pools, e->rss_bytes };
        for (size_t k = 0; k < sizeof rest / sizeof rest[0]; k++) {
            *p++ = ',';
            p = put_u64(p, rest[k]);
        }
        *p++ = ',';
        if (e->kind == RT_TEL_COLLECTION)
            p = put_str(p, rt_tel_reason_name(e->reason), 16);
        const uint64_t tail[] = { e->promoted, e->alloc_objects, e->alloc_bytes };
        for (size_t k = 0; k < sizeof tail / sizeof tail[0]; k++) {
            *p++ = ',';
            p = put_u64(p, tail[k]);
        }
        *p++ = ',';
        if (e->kind == RT_TEL_COLLECTION)
            p = put_u64(p, e->pause_cpu_ns);
        *p++ = '\n';
        fwrite(row, 1, (size_t)(p - row), f);
    }
    return 0;
}

int lab_tel_write_trace(const char *path, char *err, size_t errlen)
{
    rt_tel_run run;
    rt_tel_snapshot(&run);
    return lab_write_atomic(path, write_trace, &run, err, errlen);
}

/* ---- the heap census ---- */

static int write_census(FILE *f, void *arg)
{
    const rt_census_view *v = arg;
    fputs("t_ns,census,when,type,objects,bytes\n", f);
    for (size_t i = 0; i < v->nrows; i++) {
        const rt_census_row *r = &v->rows[i];
        fprintf(f, "%llu,%u,%s,", (unsigned long long)r->t_ns, r->census, r->teardown ? "end" : "collection");
        lab_csv_field(f, r->type < v->ntypes ? v->names[r->type] : "?");
        fprintf(f, ",%lld,%lld\n", (long long)r->objects, (long long)r->bytes);
    }
    return ferror(f) ? -1 : 0;
}

/* One row per non-empty log2 bucket: `died` for sampled objects that died
 * at an age in [min, max] bytes allocated, `alive` for those still alive
 * at the program's end, by their age then. */
static int write_lifetimes(FILE *f, void *arg)
{
    const rt_census_view *v = arg;
    fputs("status,age_bytes_min,age_bytes_max,objects,sample_every\n", f);
    for (int pass = 0; pass < 2; pass++) {
        const uint64_t *h = pass ? v->alive : v->died;
        for (int k = 0; k < RT_CENSUS_BUCKETS; k++) {
            if (!h[k])
                continue;
            uint64_t lo = k ? ((uint64_t)1 << k) - 1 : 0, hi = k < 63 ? ((uint64_t)1 << (k + 1)) - 2 : UINT64_MAX;
            fprintf(f, "%s,%llu,%llu,%llu,%llu\n", pass ? "alive" : "died", (unsigned long long)lo,
                    (unsigned long long)hi, (unsigned long long)h[k], (unsigned long long)v->sample_every);
        }
    }
    return ferror(f) ? -1 : 0;
}

int lab_tel_write_census(const char *path, char *err, size_t errlen)
{
    rt_census_view v;
    rt_census_get(&v);
    return lab_write_atomic(path, write_census, &v, err, errlen);
}

int lab_tel_write_lifetimes(const char *path, char *err, size_t errlen)
{
    rt_census_view v;
    rt_census_get(&v);
    return lab_write_atomic(path, write_lifetimes, &v, err, errlen);
}

/* ---- the trace as Trace Event JSON (Perfetto, chrome://tracing) ---- */

/* One complete event ("ph": "X") per pause, one instant event per mark and
 * a counter track ("ph": "C") of live bytes and RSS from the samples; times
 * in microseconds since the start of recording, as the format wants. */
static int write_chrome(FILE *f, void *arg)
{
    const rt_tel_run *run = arg;
    fputs("{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n", f);
    fputs("  {\"name\": \"process_name\", \"ph\": \"M\", \"pid\": 1, \"args\": {\"name\": \"gclab run\"}}", f);
    for (size_t i = 0; i < run->count; i++) {
        const rt_tel_event *e = &run->events[i];
        double ts = (double)e->start_ns / 1e3;
        fputs(",\n  ", f);
        switch (e->kind) {
        case RT_TEL_COLLECTION:
        case RT_TEL_CASCADE: {
            char name[64];
            if (e->kind == RT_TEL_CASCADE)
                snprintf(name, sizeof name, "rc cascade");
            else if (e->generation >= 0)
                snprintf(name, sizeof name, "%s collection, generation %d", e->collector ? e->collector : "gc",
                         (int)e->generation);
            else
                snprintf(name, sizeof name, "%s collection", e->collector ? e->collector : "gc");
            fputs("{\"name\": ", f);
            lab_json_write_string(f, name);
            fprintf(f, ", \"cat\": \"gc\", \"ph\": \"X\", \"pid\": 1, \"tid\": 1, \"ts\": %.3f, \"dur\": %.3f, "
                       "\"args\": {\"examined\": %llu, \"collected\": %llu, \"uncollectable\": %llu, "
                       "\"promoted\": %llu, \"heap_before\": %llu, \"heap_after\": %llu, \"reason\": \"%s\", "
                       "\"cpu_ms\": %.3f}}",
                    ts, (double)(e->end_ns - e->start_ns) / 1e3, (unsigned long long)e->examined,
                    (unsigned long long)e->collected, (unsigned long long)e->uncollectable,
                    (unsigned long long)e->promoted, (unsigned long long)e->heap_before,
                    (unsigned long long)e->heap_after,
                    e->kind == RT_TEL_CASCADE ? "rc-cascade" : rt_tel_reason_name(e->reason),
                    (double)e->pause_cpu_ns / 1e6);
            break;
        }
        case RT_TEL_MARK:
            fputs("{\"name\": ", f);
            lab_json_write_string(f, e->collector ? e->collector : "mark");
            fprintf(f, ", \"cat\": \"mark\", \"ph\": \"i\", \"s\": \"g\", \"pid\": 1, \"tid\": 1, \"ts\": %.3f}", ts);
            break;
        default:
            fprintf(f, "{\"name\": \"memory\", \"ph\": \"C\", \"pid\": 1, \"ts\": %.3f, "
                       "\"args\": {\"live_bytes\": %llu, \"rss_bytes\": %llu}}",
                    ts, (unsigned long long)e->live_bytes, (unsigned long long)e->rss_bytes);
            break;
        }
    }
    fputs("\n]}\n", f);
    return ferror(f) ? -1 : 0;
}

int lab_tel_write_chrome(const char *path, char *err, size_t errlen)
{
    rt_tel_run run;
    rt_tel_snapshot(&run);
    return lab_write_atomic(path, write_chrome, &run, err, errlen);
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

/* The kernel's RSS high-water mark of this process image (VmHWM in
 * /proc/self/status), 0 if unknown.  Not getrusage's ru_maxrss: Linux keeps
 * that across fork and folds the pre-exec image into it, so a run started
 * by a 200 MB parent would report the parent's 200 MB. */
static uint64_t rss_high_water(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    unsigned long long kib = 0;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %llu kB", &kib) == 1)
            break;
    fclose(f);
    return (uint64_t)kib * 1024;
}

/* The measurement window of a run: [from, to) in ns since enable, with the
 * process CPU time at both ends.  to is the "teardown" mark (the end of the
 * program) or the end of recording; from is 0, or what the run's
 * "measure_from" config says: "mark:NAME" (the first mark NAME) or a number
 * of seconds (a warm-up to leave out). */
typedef struct tel_window {
    uint64_t from_ns, to_ns, end_ns;
    uint64_t cpu_from, cpu_to, cpu_end;
    uint64_t objects_from, objects_to, bytes_from, bytes_to;   /* the allocation clock */
    bool from_found;
} tel_window;

static const char *config_value(const rt_tel_run *run, const char *key)
{
    for (int i = 0; i < run->nconfig; i++)
        if (strcmp(run->config_keys[i], key) == 0)
            return run->config_values[i];
    return NULL;
}

static tel_window measurement_window(const rt_tel_run *run)
{
    tel_window w = { 0, run->wall_ns, run->wall_ns, 0, run->cpu_ns, run->cpu_ns,
                     0, run->alloc_objects, 0, run->alloc_bytes, true };
    for (size_t i = 0; i < run->count; i++) {
        const rt_tel_event *e = &run->events[i];
        if (e->kind == RT_TEL_MARK && strcmp(e->collector, RT_TEL_MARK_TEARDOWN) == 0) {
            w.to_ns = e->start_ns;
            w.cpu_to = e->cpu_ns;
            w.objects_to = e->alloc_objects;
            w.bytes_to = e->alloc_bytes;
        }
    }
    const char *from = config_value(run, "measure_from");
    if (from && strncmp(from, "mark:", 5) == 0) {
        w.from_found = false;
        for (size_t i = 0; i < run->count && !w.from_found; i++) {
            const rt_tel_event *e = &run->events[i];
            if (e->kind == RT_TEL_MARK && strcmp(e->collector, from + 5) == 0 && e->start_ns <= w.to_ns) {
                w.from_ns = e->start_ns;
                w.cpu_from = e->cpu_ns;
                w.objects_from = e->alloc_objects;
                w.bytes_from = e->alloc_bytes;
                w.from_found = true;
            }
        }
    } else if (from) {
        double secs = strtod(from, NULL);
        uint64_t ns = secs > 0 ? (uint64_t)(secs * 1e9) : 0;
        w.from_ns = ns < w.to_ns ? ns : w.to_ns;
        /* CPU time at a point in time is not recorded: assume the process
         * ran at the run's average CPU rate during the warm-up */
        w.cpu_from = w.to_ns ? (uint64_t)((double)w.cpu_to * (double)w.from_ns / (double)w.to_ns) : 0;
        /* the allocation clock of the last sample or mark at the warm-up's end */
        for (size_t i = 0; i < run->count && run->events[i].start_ns <= w.from_ns; i++) {
            const rt_tel_event *e = &run->events[i];
            if (e->kind == RT_TEL_SAMPLE || e->kind == RT_TEL_MARK) {
                w.objects_from = e->alloc_objects;
                w.bytes_from = e->alloc_bytes;
            }
        }
    }
    return w;
}

/* The pauses of one kind in the window (a generation's collections, or
 * the rc cascades): their durations, and the objects the collections
 * examined, left alive and promoted. */
typedef struct kind_acc {
    double *ms;
    size_t n;
    double ns;
    uint64_t examined, survived, promoted;
} kind_acc;

#define NKINDS (3 + 1)   /* generations 0..2, then rc cascades */

static void kind_add(kind_acc *k, const rt_tel_event *e, double d)
{
    k->ms[k->n++] = d / 1e6;
    k->ns += d;
    if (e->kind != RT_TEL_COLLECTION)
        return;
    k->examined += e->examined;
    uint64_t gone = e->collected + e->uncollectable;
    k->survived += e->examined > gone ? e->examined - gone : 0;
    k->promoted += e->promoted;
}

/* gen0_gc_s ... gen2_promoted and cascade_*: count, time and percentiles
 * per kind of pause; survival = survived / examined (null when the
 * collector does not count what it examines). */
static void write_kinds(FILE *f, kind_acc *kinds)
{
    for (int g = 0; g < NKINDS; g++) {
        kind_acc *k = &kinds[g];
        char key[48], prefix[16];
        if (g < 3)
            snprintf(prefix, sizeof prefix, "gen%d", g);
        else
            snprintf(prefix, sizeof prefix, "cascade");
        lab_sort(k->ms, k->n);
        static const double ps[] = { 0.50, 0.99 };
        static const char *const pn[] = { "p50", "p99" };
        if (g < 3) {
            snprintf(key, sizeof key, "%s_gc_s", prefix);
            json_num(f, key, k->ns / 1e9, false);
        }
        for (int i = 0; i < 2; i++) {
            snprintf(key, sizeof key, "%s_pause_%s_ms", prefix, pn[i]);
            json_num(f, key, lab_percentile_sorted(k->ms, k->n, ps[i]), false);
        }
        snprintf(key, sizeof key, "%s_pause_max_ms", prefix);
        json_num(f, key, k->n ? k->ms[k->n - 1] : NAN, false);
        if (g == 3)
            break;
        snprintf(key, sizeof key, "%s_examined", prefix);
        json_u64(f, key, k->examined);
        snprintf(key, sizeof key, "%s_survival", prefix);
        json_num(f, key, k->examined ? (double)k->survived / (double)k->examined : NAN, false);
        snprintf(key, sizeof key, "%s_promoted", prefix);
        json_u64(f, key, k->promoted);
    }
}

static int write_stats(FILE *f, void *arg)
{
    const rt_tel_run *run = arg;
    tel_window w = measurement_window(run);
    double wall_s = (double)(w.to_ns - w.from_ns) / 1e9, cpu_s = (double)(w.cpu_to - w.cpu_from) / 1e9;

    size_t npause = 0;
    for (size_t i = 0; i < run->count; i++)
        npause += run->events[i].kind == RT_TEL_COLLECTION || run->events[i].kind == RT_TEL_CASCADE;
    double *ms = malloc((npause ? npause : 1) * sizeof *ms);
    double *cpu_ms = malloc((npause ? npause : 1) * sizeof *cpu_ms);   /* collections only */
    lab_interval *iv = malloc((npause ? npause : 1) * sizeof *iv);
    kind_acc kinds[NKINDS];
    memset(kinds, 0, sizeof kinds);
    bool kinds_ok = true;
    for (int g = 0; g < NKINDS; g++)
        kinds_ok &= (kinds[g].ms = malloc((npause ? npause : 1) * sizeof(double))) != NULL;
    if (!ms || !cpu_ms || !iv || !kinds_ok) {
        free(ms);
        free(cpu_ms);
        free(iv);
        for (int g = 0; g < NKINDS; g++)
            free(kinds[g].ms);
        return -1;
    }
    uint64_t reasons[RT_TEL_REASONS] = { 0 };
    /* Pauses that start inside the window make the program's figures;
     * those of the warm-up and of the teardown are counted apart. */
    uint64_t coll[3] = { 0, 0, 0 }, coll_total = 0, cascades = 0, samples = 0;
    uint64_t peak_rss = 0, peak_live = run->peak_live;
    uint64_t td_pauses = 0, warm_pauses = 0;
    double gc_ns = 0, cascade_ns = 0, td_gc_ns = 0, td_max_ns = 0, gc_cpu_ns = 0;
    size_t k = 0, ncpu = 0;
    for (size_t i = 0; i < run->count; i++) {
        const rt_tel_event *e = &run->events[i];
        if (e->kind == RT_TEL_SAMPLE) {
            samples++;
            if (e->rss_bytes > peak_rss)
                peak_rss = e->rss_bytes;
            continue;
        }
        if (e->kind != RT_TEL_COLLECTION && e->kind != RT_TEL_CASCADE)
            continue;
        double d = (double)(e->end_ns - e->start_ns);
        if (e->start_ns >= w.to_ns) {
            td_pauses++;
            td_gc_ns += d;
            if (d > td_max_ns)
                td_max_ns = d;
            continue;
        }
        if (e->start_ns < w.from_ns) {
            warm_pauses++;
            continue;
        }
        ms[k] = d / 1e6;
        iv[k++] = (lab_interval){ (double)e->start_ns / 1e6, (double)e->end_ns / 1e6 };
        gc_ns += d;
        if (e->kind == RT_TEL_CASCADE) {
            cascades++;
            cascade_ns += d;
            kind_add(&kinds[3], e, d);
        } else {
            coll_total++;
            cpu_ms[ncpu++] = (double)e->pause_cpu_ns / 1e6;
            gc_cpu_ns += (double)e->pause_cpu_ns;
            if (e->reason < RT_TEL_REASONS)
                reasons[e->reason]++;
            if (e->generation >= 0 && e->generation < 3) {
                coll[e->generation]++;
                kind_add(&kinds[e->generation], e, d);
            }
        }
    }
    npause = k;
    uint64_t hwm = rss_high_water();
    if (hwm > peak_rss)
        peak_rss = hwm;   /* the kernel's high-water mark sees between samples */
    lab_sort(ms, npause);
    lab_sort(cpu_ms, ncpu);
    double windows[3] = { 1, 10, 100 }, mmu[3];
    if (lab_mmu_curve(iv, npause, (double)w.from_ns / 1e6, (double)w.to_ns / 1e6, windows, 3, mmu) < 0)
        mmu[0] = mmu[1] = mmu[2] = NAN;

    fputs("{\n  \"format\": \"gclab-stats/1\",\n  \"config\": {", f);
    for (int i = 0; i < run->nconfig; i++) {
        fputs(i ? ",\n    " : "\n    ", f);
        lab_json_write_string(f, run->config_keys[i]);
        fputs(": ", f);
        lab_json_write_string(f, run->config_values[i]);
    }
    fputs(run->nconfig ? "\n  },\n" : "},\n", f);
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
    json_num(f, "collection_cpu_s", gc_cpu_ns / 1e9, false);
    json_num(f, "collection_cpu_p50_ms", lab_percentile_sorted(cpu_ms, ncpu, 0.50), false);
    json_num(f, "collection_cpu_p99_ms", lab_percentile_sorted(cpu_ms, ncpu, 0.99), false);
    json_num(f, "collection_cpu_max_ms", ncpu ? cpu_ms[ncpu - 1] : NAN, false);
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
    write_kinds(f, kinds);
    for (int r = 0; r < RT_TEL_REASONS; r++) {
        char key[48];
        snprintf(key, sizeof key, "collections_%s", rt_tel_reason_name((uint32_t)r));
        for (char *c = key; *c; c++)
            if (*c == '-')
                *c = '_';
        json_u64(f, key, reasons[r]);
    }
    /* the allocation rate: per second of the window's mutator time */
    double mutator_s = wall_s - gc_ns / 1e9;
    uint64_t alloc_objects = w.objects_to - w.objects_from, alloc_bytes = w.bytes_to - w.bytes_from;
    json_num(f, "mutator_s", mutator_s, false);
    json_u64(f, "alloc_objects", alloc_objects);
    json_u64(f, "alloc_bytes", alloc_bytes);
    json_num(f, "alloc_rate_objects_s", mutator_s > 0 ? (double)alloc_objects / mutator_s : NAN, false);
    json_num(f, "alloc_rate_bytes_s", mutator_s > 0 ? (double)alloc_bytes / mutator_s : NAN, false);
    fprintf(f, "  \"leak_measured\": %s,\n", run->leak_set ? "true" : "false");
    json_u64(f, "leaked_objects", run->leak_objects);
    json_u64(f, "leaked_bytes", run->leak_bytes);
    json_u64(f, "samples", samples);
    json_num(f, "warmup_s", (double)w.from_ns / 1e9, false);
    json_u64(f, "warmup_pause_count", warm_pauses);
    fprintf(f, "  \"measure_from_found\": %s,\n", w.from_found ? "true" : "false");
    json_num(f, "teardown_s", (double)(w.end_ns - w.to_ns) / 1e9, false);
    json_num(f, "teardown_cpu_s", (double)(w.cpu_end - w.cpu_to) / 1e9, false);
    json_u64(f, "teardown_pause_count", td_pauses);
    json_num(f, "teardown_gc_s", td_gc_ns / 1e9, false);
    json_num(f, "teardown_pause_max_ms", td_pauses ? td_max_ns / 1e6 : NAN, false);
    fprintf(f, "  \"events_dropped\": %llu\n}\n", (unsigned long long)run->dropped);
    free(ms);
    free(cpu_ms);
    free(iv);
    for (int g = 0; g < NKINDS; g++)
        free(kinds[g].ms);
    return 0;
}

int lab_tel_write_stats(const char *path, char *err, size_t errlen)
{
    rt_tel_run run;
    rt_tel_snapshot(&run);
    return lab_write_atomic(path, write_stats, &run, err, errlen);
}

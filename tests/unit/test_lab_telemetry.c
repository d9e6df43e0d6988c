/* test_lab_telemetry.c -- runtime/telemetry.c: the recording hooks (with
 * synthetic events, and rc cascades of real objects freed through
 * rt_dealloc), the trace CSV and the stats JSON they produce. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "runtime/telemetry.h"
#include "runtime/census.h"
#include "runtime/alloc.h"
#include "runtime/object.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/gchead.h"
#include "lab/telemetry_out.h"
#include "lab/json.h"
#include "lab/fileio.h"
#include "lab/results.h"

static char dir[64];

static void setup(void)
{
    strcpy(dir, "/tmp/gclab-tel-XXXXXX");
    cr_assert(mkdtemp(dir));
    cr_assert_eq(rt_init(), 0);
}

static void teardown(void)
{
    rt_tel_reset();
    char *cmd = lab_strdup_printf("rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
}

static void spin_ns(uint64_t ns)
{
    uint64_t t = rt_tel_now_ns();
    while (rt_tel_now_ns() - t < ns)
        ;
}

TestSuite(lab_telemetry, .init = setup, .fini = teardown);

/* A list of n fresh floats (one reference, ours): dropping it frees a chain
 * of n + 1 objects. */
static rt_object *list_of(int n)
{
    rt_object *l = rt_list_new(0);
    cr_assert(l);
    for (int i = 0; i < n; i++) {
        rt_object *f = rt_float_from_double(i + 0.5);
        cr_assert(f && rt_list_append(l, f) == 0);
        RT_DECREF(f);
    }
    return l;
}

/* A chain of depth lists, each holding the next, the last a float: deeper
 * than RT_TRASHCAN_LIMIT, so most of it is freed from the trashcan's
 * deferred list.  Frees depth + 1 objects. */
static rt_object *nested_lists(int depth)
{
    rt_object *cur = rt_float_from_double(1.5);
    for (int i = 0; i < depth; i++) {
        rt_object *l = rt_list_new(0);
        cr_assert(l && rt_list_append(l, cur) == 0);
        RT_DECREF(cur);
        cur = l;
    }
    return cur;
}

static uint64_t run_ns(void)
{
    rt_tel_run r;
    rt_tel_snapshot(&r);
    return r.wall_ns;
}

static size_t count_kind(uint32_t kind)
{
    size_t n = 0;
    for (size_t i = 0; i < rt_tel_count(); i++)
        n += rt_tel_events()[i].kind == kind;
    return n;
}

Test(lab_telemetry, off_records_nothing)
{
    rt_tel_collection_begin("gen", 0, RT_TEL_REASON_THRESHOLD);
    rt_tel_collection_end(1, 2, 3, 0);
    rt_tel_note_alloc(NULL, 1 << 30);
    RT_DECREF(list_of(2000));
    RT_DECREF(nested_lists(2000));
    cr_assert_eq(rt_tel_count(), 0);
    cr_assert_eq(rt_tel.dealloc_mode, RT_TEL_DEALLOC_QUIET, "off, no chain is watched");
    cr_assert_gt((int64_t)rt_tel.dealloc_credit, (int64_t)1 << 62, "off, the credit never runs out");
    cr_assert_gt(rt_tel.alloc_countdown, (int64_t)1 << 62, "off, the countdown never runs out");
}

Test(lab_telemetry, collection_and_sample)
{
    cr_assert_eq(rt_tel_enable(NULL), 0);
    rt_tel_collection_begin("gen", 1, RT_TEL_REASON_THRESHOLD);
    rt_tel_collection_begin("gen", 2, RT_TEL_REASON_THRESHOLD);   /* nested: ignored */
    spin_ns(200000);
    rt_tel_collection_end(10, 4, 1, 0);
    rt_tel_collection_end(99, 99, 99, 0);   /* no open collection: ignored */
    cr_assert_eq(rt_tel_count(), 2, "one collection and the sample taken at its end");
    const rt_tel_event *e = rt_tel_events();
    cr_assert_eq(e[0].kind, RT_TEL_COLLECTION);
    cr_assert_str_eq(e[0].collector, "gen");
    cr_assert_eq(e[0].generation, 1);
    cr_assert(e[0].examined == 10 && e[0].collected == 4 && e[0].uncollectable == 1);
    cr_assert_geq(e[0].end_ns - e[0].start_ns, 200000);
    cr_assert_eq(e[1].kind, RT_TEL_SAMPLE);
    cr_assert_geq(e[1].start_ns, e[0].end_ns);
    cr_assert_gt(e[1].rss_bytes, 0, "RSS read from /proc/self/statm");
}

Test(lab_telemetry, sample_every_n_bytes)
{
    rt_tel_config cfg = { .sample_every = 1000, .cascade_min = 10 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    rt_tel_note_alloc(NULL, 600);
    cr_assert_eq(rt_tel_count(), 0);
    rt_tel_note_alloc(NULL, 600);   /* 1200 > 1000: a sample, countdown restarts */
    cr_assert_eq(rt_tel_count(), 1);
    rt_tel_note_alloc(NULL, 999);
    cr_assert_eq(rt_tel_count(), 1);
    rt_tel_note_alloc(NULL, 2);
    cr_assert_eq(rt_tel_count(), 2);
    rt_tel_disable();
    rt_tel_note_alloc(NULL, 5000);
    cr_assert_eq(rt_tel_count(), 2, "disabled: no more samples");
}

Test(lab_telemetry, cascade_of_threshold_objects_is_not_recorded)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 1000 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    RT_DECREF(list_of(999));    /* 1000 objects: not more than 1000 */
    cr_assert_eq(rt_tel_count(), 0);
    uint64_t before = run_ns();
    RT_DECREF(list_of(1000));   /* 1001 */
    uint64_t after = run_ns();
    cr_assert_eq(rt_tel_count(), 1);
    const rt_tel_event *e = rt_tel_events();
    cr_assert_eq(e[0].kind, RT_TEL_CASCADE);
    cr_assert_str_eq(rt_tel_kind_name(e[0].kind), "rc-cascade");
    cr_assert_str_eq(e[0].collector, "rc");
    cr_assert_eq(e[0].collected, 1001, "every object of the chain counted once");
    cr_assert(before <= e[0].start_ns && e[0].start_ns <= e[0].end_ns && e[0].end_ns <= after,
              "the pause lies inside the decref: %llu <= %llu <= %llu <= %llu", (unsigned long long)before,
              (unsigned long long)e[0].start_ns, (unsigned long long)e[0].end_ns, (unsigned long long)after);
    cr_assert_eq(rt_tel.dealloc_mode, RT_TEL_DEALLOC_WATCH, "the next outermost deallocation is watched again");
}

/* Chains of every length around the clock trap (at the object
 * min(CLOCK_AT, cascade_min + 1)) are counted exactly. */
Test(lab_telemetry, cascade_counts_around_the_clock_trap)
{
    uint64_t mins[] = { 1, 5, RT_TEL_CASCADE_CLOCK_AT - 1, RT_TEL_CASCADE_CLOCK_AT, 40 };
    for (size_t m = 0; m < sizeof mins / sizeof mins[0]; m++) {
        rt_tel_config cfg = { .sample_every = 0, .cascade_min = mins[m] };
        cr_assert_eq(rt_tel_enable(&cfg), 0);
        for (int n = 0; n <= 60; n++) {
            size_t had = rt_tel_count();
            RT_DECREF(list_of(n));   /* n + 1 objects */
            if ((uint64_t)n + 1 > mins[m]) {
                cr_assert_eq(rt_tel_count(), had + 1, "min %llu, chain of %d", (unsigned long long)mins[m], n + 1);
                const rt_tel_event *e = &rt_tel_events()[had];
                cr_assert_eq(e->collected, (uint64_t)n + 1, "min %llu", (unsigned long long)mins[m]);
                cr_assert_leq(e->start_ns, e->end_ns);
            } else {
                cr_assert_eq(rt_tel_count(), had, "min %llu, chain of %d", (unsigned long long)mins[m], n + 1);
            }
        }
    }
}

Test(lab_telemetry, deep_cascade_through_the_trashcan)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 1000 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    RT_DECREF(nested_lists(5000));
    cr_assert_eq(rt_tel_count(), 1);
    cr_assert_eq(rt_tel_events()[0].collected, 5001, "deferred objects counted once, in the same chain");
    /* a chain of one object frees nothing else: no bracket, no event */
    RT_DECREF(rt_float_from_double(2.5));
    cr_assert_eq(rt_tel_count(), 1);
}

Test(lab_telemetry, cascade_inside_a_collection_belongs_to_it)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 100 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    rt_tel_collection_begin("gen", 2, RT_TEL_REASON_THRESHOLD);
    RT_DECREF(list_of(500));
    rt_tel_collection_end(501, 501, 0, 0);
    cr_assert_eq(count_kind(RT_TEL_CASCADE), 0, "the collection's frees are its pause");
    cr_assert_eq(count_kind(RT_TEL_COLLECTION), 1);
    RT_DECREF(list_of(500));
    cr_assert_eq(count_kind(RT_TEL_CASCADE), 1, "after the collection, chains are watched again");
}

/* A dealloc that turns recording off half-way through its chain. */
static void disabling_dealloc(rt_object *o)
{
    rt_tel_disable();
    rt_object_free(o);
}
static rt_type disabling_type = { .name = "disabling", .basicsize = sizeof(rt_object), .dealloc = disabling_dealloc };

Test(lab_telemetry, disabled_during_a_cascade)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 10 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    cr_assert_eq(rt_type_ready(&disabling_type), 0);
    rt_object *l = list_of(100);
    rt_object *d = rt_object_new(&disabling_type);
    cr_assert(d && rt_list_append(l, d) == 0);
    RT_DECREF(d);
    RT_DECREF(l);
    cr_assert_eq(rt_tel_count(), 0, "no cascade recorded once off");
    cr_assert_eq(rt_tel.dealloc_mode, RT_TEL_DEALLOC_QUIET);
    RT_DECREF(list_of(100));
    cr_assert_eq(rt_tel_count(), 0);
}

Test(lab_telemetry, buffer_grows)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5, .initial_events = 4 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    for (int i = 0; i < 1000; i++)
        rt_tel_sample();
    cr_assert_eq(rt_tel_count(), 1000);
}

Test(lab_telemetry, trace_csv)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    rt_tel_collection_begin("gen", 0, RT_TEL_REASON_THRESHOLD);
    rt_tel_collection_end(3, 2, 0, 0);
    uint64_t t = rt_tel_now_ns();
    rt_tel_record_cascade("rc", t, t + 5000, 77);
    char *path = lab_strdup_printf("%s/trace.csv", dir), err[256];
    cr_assert_eq(lab_tel_write_trace(path, err, sizeof err), 0, "%s", err);
    char *text = lab_read_file(path, NULL);
    cr_assert(text);
    char *line = strtok(text, "\n");
    cr_assert_str_eq(line, "kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,"
                           "heap_before,heap_after,live_bytes,arenas,pools,rss_bytes,"
                           "reason,promoted,alloc_objects,alloc_bytes,pause_cpu_ns");
    line = strtok(NULL, "\n");
    cr_assert(strncmp(line, "collection,", 11) == 0, "%s", line);
    cr_assert(strstr(line, ",gen,0,3,2,0,"), "%s", line);
    cr_assert(strstr(line, ",threshold,0,0,0"), "the reason, then promoted: %s", line);
    line = strtok(NULL, "\n");
    cr_assert(strncmp(line, "sample,", 7) == 0, "%s", line);
    cr_assert(strstr(line, ",,,"), "a sample has no collector or generation: %s", line);
    line = strtok(NULL, "\n");
    unsigned long long s, e, freed;
    cr_assert_eq(sscanf(line, "rc-cascade,%llu,%llu,rc,,%*u,%llu", &s, &e, &freed), 3, "%s", line);
    cr_assert(line[strlen(line) - 1] == ',', "a cascade has no CPU time: %s", line);
    cr_assert_eq(e - s, 5000);
    cr_assert_eq(freed, 77);
    cr_assert_null(strtok(NULL, "\n"));
    free(text);
    free(path);
}

Test(lab_telemetry, stats_json_figures)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    rt_tel_set_config("collector", "gen");
    rt_tel_set_config("workload", "a \"quoted\" name");
    rt_tel_set_config("collector", "rc");   /* replaces */
    /* Pauses of 1, 2, 3, 4, 5 ms (as cascades with exact times), 20 ms apart,
     * starting at t0 + 1 ms: sorted durations 1..5 ->
     *   p50 = 3, p90: h = 3.6 -> 4.6, p99: h = 3.96 -> 4.96, max 5, gc 15 ms.
     * MMU(1 ms) = 0 (the 5 ms pause fills a window); MMU(10 ms) = 0.5
     * (the pauses are 20 ms apart so a 10 ms window holds 5 ms at most). */
    uint64_t t0 = rt_tel_now_ns() + 1000000;
    for (int i = 0; i < 5; i++)
        rt_tel_record_cascade("rc", t0 + (uint64_t)i * 20000000, t0 + (uint64_t)i * 20000000 + (uint64_t)(i + 1) * 1000000, 100);
    rt_tel_collection_begin("gen", 2, RT_TEL_REASON_THRESHOLD);
    rt_tel_collection_end(0, 0, 0, 0);   /* a near-zero pause: count 6 */
    rt_tel_set_leak(12, 3456);
    /* The run must be at least as long as the synthetic pauses. */
    spin_ns(t0 + 100000000 - rt_tel_now_ns());
    rt_tel_disable();
    char *path = lab_strdup_printf("%s/stats.json", dir), err[256];
    cr_assert_eq(lab_tel_write_stats(path, err, sizeof err), 0, "%s", err);
    lab_json *v = lab_json_parse_file(path, err, sizeof err);
    cr_assert(v, "the stats file is valid JSON: %s", err);
    cr_assert_str_eq(lab_json_str(v, "format"), "gclab-stats/1");
    const lab_json *c = lab_json_get(v, "config");
    cr_assert_str_eq(lab_json_str(c, "collector"), "rc");
    cr_assert_str_eq(lab_json_str(c, "workload"), "a \"quoted\" name");
    cr_assert_float_eq(lab_json_num(v, "pause_count"), 6, 1e-9);
    double p50 = lab_json_num(v, "pause_p50_ms");
    /* six pauses: ~0, 1, 2, 3, 4, 5 -> p50 h = 2.5 -> 2.5 */
    cr_assert_float_eq(p50, 2.5, 1e-6 + 0.01);
    cr_assert_float_eq(lab_json_num(v, "pause_max_ms"), 5.0, 1e-6);
    cr_assert_float_eq(lab_json_num(v, "pause_p90_ms"), 4.5, 1e-6);   /* h = 4.5 -> 4 + 0.5 */
    cr_assert_float_eq(lab_json_num(v, "cascade_s"), 0.015, 1e-9);
    cr_assert_geq(lab_json_num(v, "gc_s"), 0.015);
    double wall = lab_json_num(v, "wall_s");
    cr_assert(wall >= 0.1 && wall < 5, "wall %g", wall);
    cr_assert_float_eq(lab_json_num(v, "gc_share"), lab_json_num(v, "gc_s") / wall, 1e-6);
    cr_assert_float_eq(lab_json_num(v, "mmu_1ms"), 0.0, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "mmu_10ms"), 0.5, 1e-3);
    cr_assert_float_eq(lab_json_num(v, "rc_cascades"), 5, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collections"), 1, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collections_gen2"), 1, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collections_gen0"), 0, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "leaked_objects"), 12, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "leaked_bytes"), 3456, 1e-9);
    cr_assert_gt(lab_json_num(v, "peak_rss_bytes"), 0);
    cr_assert(lab_json_get(v, "leak_measured")->boolean);
    cr_assert(lab_json_num(v, "cpu_s") > 0);
    lab_json_free(v);
    free(path);
}

static uint64_t thread_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* A collection's CPU time is the collecting thread's: a pause that
 * computes for 3 ms of CPU has at least 3 ms, one that sleeps 30 ms
 * (as a pause on a loaded machine waits for the CPU) has far less than
 * its wall-clock duration.  Both in the trace and in the stats. */
Test(lab_telemetry, collection_cpu_time)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    rt_tel_collection_begin("gen", 0, RT_TEL_REASON_THRESHOLD);
    uint64_t c0 = thread_cpu_ns();
    while (thread_cpu_ns() - c0 < 3000000)
        ;
    rt_tel_collection_end(0, 0, 0, 0);
    rt_tel_collection_begin("gen", 1, RT_TEL_REASON_THRESHOLD);
    struct timespec nap = { 0, 30000000 };
    while (nanosleep(&nap, &nap) != 0)
        ;
    rt_tel_collection_end(0, 0, 0, 0);
    rt_tel_disable();
    rt_tel_run run;
    rt_tel_snapshot(&run);
    const rt_tel_event *busy = NULL, *idle = NULL;
    for (size_t i = 0; i < run.count; i++)
        if (run.events[i].kind == RT_TEL_COLLECTION)
            *(run.events[i].generation == 0 ? &busy : &idle) = &run.events[i];
    cr_assert(busy && idle);
    cr_assert_geq(busy->pause_cpu_ns, 3000000, "%llu", (unsigned long long)busy->pause_cpu_ns);
    cr_assert_geq(idle->end_ns - idle->start_ns, 30000000);
    cr_assert_lt(idle->pause_cpu_ns, 10000000, "a sleeping pause spends no CPU: %llu",
                 (unsigned long long)idle->pause_cpu_ns);
    char *path = lab_strdup_printf("%s/stats.json", dir), err[256];
    cr_assert_eq(lab_tel_write_stats(path, err, sizeof err), 0, "%s", err);
    lab_json *v = lab_json_parse_file(path, err, sizeof err);
    cr_assert(v, "%s", err);
    double total = (double)(busy->pause_cpu_ns + idle->pause_cpu_ns) / 1e9;
    cr_assert_float_eq(lab_json_num(v, "collection_cpu_s"), total, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collection_cpu_max_ms"), (double)busy->pause_cpu_ns / 1e6, 1e-6);
    cr_assert_lt(lab_json_num(v, "collection_cpu_s"), lab_json_num(v, "gc_s"), "CPU below wall when a pause sleeps");
    lab_json_free(v);
    free(path);
}

/* Per generation: count, time, percentiles, survival and promotion; the
 * reasons; the allocation rate over the mutator's time. */
Test(lab_telemetry, stats_per_generation_reason_and_allocation)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    /* three young collections: 100 examined, 10 collected, 80 promoted each */
    for (int i = 0; i < 3; i++) {
        rt_tel_collection_begin("gen", 0, RT_TEL_REASON_THRESHOLD);
        spin_ns(200000);
        rt_tel_collection_end(100, 10, 0, 80);
    }
    rt_tel_collection_begin("gen", 2, RT_TEL_REASON_EXPLICIT);
    spin_ns(2000000);
    rt_tel_collection_end(1000, 250, 50, 0);
    rt_tel_collection_begin("gen", 1, RT_TEL_REASON_SAFEPOINT);
    rt_tel_collection_end(0, 0, 0, 0);   /* examined not counted: survival unknown */
    uint64_t o0, b0, o1, b1;
    rt_tel_alloc_clock(&o0, &b0);
    rt_object *kept[50];
    for (int i = 0; i < 50; i++)
        cr_assert(kept[i] = rt_float_from_double(i));
    rt_tel_alloc_clock(&o1, &b1);
    cr_assert_eq(o1 - o0, 50, "the clock counts objects born: %llu", (unsigned long long)(o1 - o0));
    cr_assert_eq(b1 - b0, 50 * (uint64_t)rt_float_type.basicsize, "and their bytes");
    for (int i = 0; i < 50; i++)
        RT_DECREF(kept[i]);
    spin_ns(5000000);
    rt_tel_disable();
    char *path = lab_strdup_printf("%s/stats.json", dir), err[256];
    cr_assert_eq(lab_tel_write_stats(path, err, sizeof err), 0, "%s", err);
    lab_json *v = lab_json_parse_file(path, err, sizeof err);
    cr_assert(v, "%s", err);
    cr_assert_float_eq(lab_json_num(v, "collections_gen0"), 3, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "gen0_examined"), 300, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "gen0_survival"), 0.9, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "gen0_promoted"), 240, 1e-9);
    cr_assert_geq(lab_json_num(v, "gen0_pause_p50_ms"), 0.2);
    cr_assert_leq(lab_json_num(v, "gen0_pause_p50_ms"), lab_json_num(v, "gen0_pause_p99_ms"));
    cr_assert_leq(lab_json_num(v, "gen0_pause_p99_ms"), lab_json_num(v, "gen0_pause_max_ms"));
    cr_assert_geq(lab_json_num(v, "gen2_pause_max_ms"), 2.0);
    cr_assert_float_eq(lab_json_num(v, "gen2_survival"), 0.7, 1e-9);   /* (1000 - 300) / 1000 */
    cr_assert_eq(lab_json_get(v, "gen1_survival")->type, LAB_JSON_NULL);
    cr_assert_float_eq(lab_json_num(v, "gen0_gc_s") + lab_json_num(v, "gen1_gc_s") + lab_json_num(v, "gen2_gc_s"),
                       lab_json_num(v, "gc_s"), 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collections_threshold"), 3, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collections_explicit"), 1, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collections_safepoint"), 1, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "collections_heap_full"), 0, 1e-9);
    double mut = lab_json_num(v, "mutator_s");
    cr_assert_float_eq(mut, lab_json_num(v, "wall_s") - lab_json_num(v, "gc_s"), 1e-9);
    cr_assert_geq(lab_json_num(v, "alloc_objects"), 50);
    /* the files carry 9 significant digits: compare ratios */
    cr_assert_float_eq(lab_json_num(v, "alloc_rate_objects_s") * mut / lab_json_num(v, "alloc_objects"), 1, 1e-6);
    cr_assert_float_eq(lab_json_num(v, "alloc_rate_bytes_s") * mut / lab_json_num(v, "alloc_bytes"), 1, 1e-6);
    lab_json_free(v);
    free(path);
}

/* The heap census: live objects and bytes by type at a full collection
 * and at the program's end; with every allocation sampled, the age at
 * death of a float freed after nine more floats and a list is exactly the
 * bytes they took; the survivors are counted alive at the end. */
Test(lab_telemetry, heap_census_types_and_lifetimes)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 1000 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    cr_assert_eq(rt_tel_census_start(1), 0);
    cr_assert(rt_census_on());
    rt_object *f[10];
    for (int i = 0; i < 10; i++)
        cr_assert(f[i] = rt_float_from_double(i + 0.5));
    rt_object *l = rt_list_new(0);
    cr_assert(l);
    RT_DECREF(f[0]);
    size_t fs = (size_t)rt_float_type.basicsize, ls = (size_t)rt_list_type.basicsize;
    rt_tel_collection_begin("gen", 1, RT_TEL_REASON_THRESHOLD);
    rt_tel_collection_end(0, 0, 0, 0);   /* not a full collection: no census */
    rt_tel_collection_begin("gen", 2, RT_TEL_REASON_EXPLICIT);
    rt_tel_collection_end(0, 0, 0, 0);
    rt_tel_mark(RT_TEL_MARK_TEARDOWN);
    rt_census_view v;
    rt_census_get(&v);
    int64_t floats[2] = { -1, -1 }, lists[2] = { -1, -1 }, float_bytes = -1;
    for (size_t i = 0; i < v.nrows; i++) {
        const rt_census_row *r = &v.rows[i];
        cr_assert_lt(r->census, 2, "two censuses: the full collection and the end");
        cr_assert_eq(r->teardown, r->census == 1);
        if (!strcmp(v.names[r->type], "float")) {
            floats[r->census] = r->objects;
            float_bytes = r->bytes;
        } else if (!strcmp(v.names[r->type], "list")) {
            lists[r->census] = r->objects;
        }
    }
    cr_assert_eq(floats[0], 9);
    cr_assert_eq(floats[1], 9);
    cr_assert_eq(float_bytes, (int64_t)(9 * fs));
    cr_assert_eq(lists[0], 1);
    uint64_t age = 9 * fs + ls, died = 0, alive = 0;
    unsigned k = 0;
    while ((((uint64_t)1 << (k + 1)) - 1) <= age)
        k++;
    for (int b = 0; b < RT_CENSUS_BUCKETS; b++) {
        died += v.died[b];
        alive += v.alive[b];
    }
    cr_assert_eq(died, 1, "one sampled death");
    cr_assert_eq(v.died[k], 1, "at age %llu: bucket %u", (unsigned long long)age, k);
    cr_assert_eq(alive, 10, "nine floats and the list alive at the end");
    char *cp = lab_strdup_printf("%s/c.csv", dir), *lp = lab_strdup_printf("%s/l.csv", dir), err[256];
    cr_assert_eq(lab_tel_write_census(cp, err, sizeof err), 0, "%s", err);
    cr_assert_eq(lab_tel_write_lifetimes(lp, err, sizeof err), 0, "%s", err);
    char *ct = lab_read_file(cp, NULL), *lt = lab_read_file(lp, NULL);
    cr_assert(strncmp(ct, "t_ns,census,when,type,objects,bytes\n", 36) == 0, "%s", ct);
    cr_assert(strstr(ct, ",1,end,float,9,"), "%s", ct);
    cr_assert(strstr(lt, "died,"), "%s", lt);
    cr_assert(strstr(lt, "alive,"), "%s", lt);
    free(ct), free(lt), free(cp), free(lp);
    for (int i = 1; i < 10; i++)
        RT_DECREF(f[i]);
    RT_DECREF(l);
    rt_tel_disable();
    rt_tel_reset();
    cr_assert_not(rt_census_on());
    cr_assert(rt_objspace.calloc == rt_obj_calloc && rt_objspace.release == rt_obj_free, "the object space as it was");
}

/* Free lists stay on under the census: a tuple put on its free list is a
 * death, one taken from it a birth.  Ten tuples die and five are made
 * again from the free list: five alive at the end, ten sampled deaths and
 * five survivors, whose bytes are the census's. */
Test(lab_telemetry, heap_census_counts_free_list_deaths_and_births)
{
    rt_freelists_clear();
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 1000 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    cr_assert_eq(rt_tel_census_start(1), 0);
    rt_object *t[10];
    for (int i = 0; i < 10; i++) {
        cr_assert(t[i] = rt_tuple_new(3));
        for (int j = 0; j < 3; j++)
            RT_TUPLE_SET_ITEM(t[i], j, rt_newref(RT_NONE));
    }
    intptr_t made = rt_gc.young_count;
    for (int i = 0; i < 10; i++)
        RT_DECREF(t[i]);
    for (int i = 0; i < 5; i++) {
        cr_assert(t[i] = rt_tuple_new(3));
        for (int j = 0; j < 3; j++)
            RT_TUPLE_SET_ITEM(t[i], j, rt_newref(RT_NONE));
    }
    cr_assert_eq(rt_gc.young_count, made, "the free list moved no gc count");
    rt_tel_mark(RT_TEL_MARK_TEARDOWN);
    rt_census_view v;
    rt_census_get(&v);
    int64_t tuples = -1, bytes = -1;
    for (size_t i = 0; i < v.nrows; i++)
        if (!strcmp(v.names[v.rows[i].type], "tuple")) {
            tuples = v.rows[i].objects;
            bytes = v.rows[i].bytes;
        }
    cr_assert_eq(tuples, 5, "five tuples alive at the end, not the ten made");
    cr_assert_eq(bytes, 5 * (rt_tuple_type.basicsize + 3 * rt_tuple_type.itemsize));
    uint64_t died = 0, alive = 0;
    for (int b = 0; b < RT_CENSUS_BUCKETS; b++) {
        died += v.died[b];
        alive += v.alive[b];
    }
    cr_assert_eq(died, 10, "each push on the free list is a death");
    cr_assert_eq(alive, 5, "each pop a birth");
    for (int i = 0; i < 5; i++)
        RT_DECREF(t[i]);
    rt_tel_disable();
    rt_tel_reset();
    rt_freelists_clear();
}

Test(lab_telemetry, stats_without_pauses_has_nulls)
{
    cr_assert_eq(rt_tel_enable(NULL), 0);
    char *path = lab_strdup_printf("%s/s.json", dir), err[256];
    cr_assert_eq(lab_tel_write_stats(path, err, sizeof err), 0, "%s", err);
    lab_json *v = lab_json_parse_file(path, err, sizeof err);
    cr_assert(v, "%s", err);
    cr_assert_eq(lab_json_get(v, "pause_p50_ms")->type, LAB_JSON_NULL);
    cr_assert_float_eq(lab_json_num(v, "mmu_1ms"), 1.0, 1e-12);
    cr_assert_float_eq(lab_json_num(v, "pause_count"), 0, 1e-12);
    cr_assert_eq(lab_json_get(v, "config")->n, 0);
    lab_json_free(v);
    free(path);
}

Test(lab_telemetry, write_error_is_reported)
{
    char err[256] = "";
    cr_assert_eq(lab_tel_write_trace("/nonexistent-dir/x.csv", err, sizeof err), -1);
    cr_assert(strstr(err, "/nonexistent-dir/x.csv"), "%s", err);
}

/* Record a cascade pause of ms milliseconds starting now. */
static void pause_of_ms(int ms)
{
    uint64_t t = rt_tel_now_ns();
    spin_ns((uint64_t)ms * 1000000);
    rt_tel_record_cascade("rc", t, rt_tel_now_ns(), 100);
}

static lab_json *stats_now(void)
{
    char *path = lab_strdup_printf("%s/stats.json", dir), err[256];
    cr_assert_eq(lab_tel_write_stats(path, err, sizeof err), 0, "%s", err);
    lab_json *v = lab_json_parse_file(path, err, sizeof err);
    cr_assert(v, "%s", err);
    free(path);
    return v;
}

/* The shutdown's pauses (after the "teardown" mark) are reported apart and
 * left out of the pause statistics, the wall time and the trace read back.
 * Only counts and bounds that scheduling delays cannot break are asserted:
 * the program makes one pause and the shutdown three. */
Test(lab_telemetry, teardown_reported_apart)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    uint64_t before_enable = rt_tel_now_ns();
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    pause_of_ms(2);
    rt_tel_mark(RT_TEL_MARK_TEARDOWN);
    uint64_t after_mark = rt_tel_now_ns();
    for (int i = 0; i < 3; i++)
        pause_of_ms(10);                  /* the shutdown's cascades */
    rt_tel_disable();
    lab_json *v = stats_now();
    cr_assert_float_eq(lab_json_num(v, "pause_count"), 1, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "teardown_pause_count"), 3, 1e-9);
    cr_assert_geq(lab_json_num(v, "teardown_pause_max_ms"), 10);
    cr_assert_geq(lab_json_num(v, "teardown_gc_s"), 0.030);
    cr_assert_geq(lab_json_num(v, "teardown_s"), 0.030);
    double wall = lab_json_num(v, "wall_s");
    cr_assert(wall >= 0.002 && wall <= (double)(after_mark - before_enable) / 1e9,
              "program's wall time %g ends at the mark", wall);
    cr_assert_leq(lab_json_num(v, "gc_s"), wall);
    lab_json_free(v);

    char *path = lab_strdup_printf("%s/trace.csv", dir), err[256];
    cr_assert_eq(lab_tel_write_trace(path, err, sizeof err), 0, "%s", err);
    lab_trace T;
    cr_assert_eq(lab_trace_load(path, &T, err, sizeof err), 0, "%s", err);
    cr_assert_eq(T.npauses, 1, "the trace read back keeps only the program's pause");
    cr_assert(!isnan(T.teardown_t));
    lab_trace_free(&T);
    free(path);
}

/* --warmup mark:NAME: figures from the program's first mark NAME on. */
Test(lab_telemetry, warmup_mark_window)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    rt_tel_set_config("measure_from", "mark:steady");
    pause_of_ms(20);                      /* warm-up */
    rt_tel_mark("steady");
    pause_of_ms(1);
    pause_of_ms(1);
    rt_tel_mark("steady");                /* the first one counts */
    rt_tel_mark(RT_TEL_MARK_TEARDOWN);
    rt_tel_disable();
    lab_json *v = stats_now();
    cr_assert_float_eq(lab_json_num(v, "pause_count"), 2, 1e-9);
    cr_assert_float_eq(lab_json_num(v, "warmup_pause_count"), 1, 1e-9);
    cr_assert_geq(lab_json_num(v, "warmup_s"), 0.020);
    cr_assert(lab_json_get(v, "measure_from_found")->boolean);
    lab_json_free(v);
}

Test(lab_telemetry, warmup_mark_never_reached)
{
    cr_assert_eq(rt_tel_enable(NULL), 0);
    rt_tel_set_config("measure_from", "mark:never");
    pause_of_ms(1);
    rt_tel_disable();
    lab_json *v = stats_now();
    cr_assert(!lab_json_get(v, "measure_from_found")->boolean, "the stats say the window was not found");
    lab_json_free(v);
}

/* --trace-format chrome: valid JSON with one complete event per pause, an
 * instant per mark and a memory counter per sample. */
Test(lab_telemetry, chrome_trace_events)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    rt_tel_collection_begin("gen", 1, RT_TEL_REASON_THRESHOLD);
    rt_tel_collection_end(10, 3, 0, 0);      /* also takes a sample */
    pause_of_ms(1);
    rt_tel_mark("phase \"two\"");
    rt_tel_disable();
    char *path = lab_strdup_printf("%s/trace.json", dir), err[256];
    cr_assert_eq(lab_tel_write_chrome(path, err, sizeof err), 0, "%s", err);
    lab_json *v = lab_json_parse_file(path, err, sizeof err);
    cr_assert(v, "Trace Event JSON parses: %s", err);
    const lab_json *ev = lab_json_get(v, "traceEvents");
    cr_assert(ev && ev->n >= 4);
    int complete = 0, instant = 0, counter = 0;
    for (size_t i = 0; i < ev->n; i++) {
        const char *ph = lab_json_str(ev->items[i], "ph");
        complete += strcmp(ph, "X") == 0;
        instant += strcmp(ph, "i") == 0;
        counter += strcmp(ph, "C") == 0;
        if (strcmp(ph, "X") == 0 && lab_json_num(lab_json_get(ev->items[i], "args"), "examined") == 10) {
            cr_assert_str_eq(lab_json_str(ev->items[i], "name"), "gen collection, generation 1");
            cr_assert_float_eq(lab_json_num(lab_json_get(ev->items[i], "args"), "collected"), 3, 1e-9);
        }
        if (strcmp(ph, "i") == 0)
            cr_assert_str_eq(lab_json_str(ev->items[i], "name"), "phase \"two\"");
    }
    cr_assert_eq(complete, 2);
    cr_assert_eq(instant, 1);
    cr_assert_eq(counter, 1);
    lab_json_free(v);
    free(path);
}

/* test_lab_telemetry.c -- runtime/telemetry.c with synthetic events: the
 * recording hooks, the trace CSV and the stats JSON they produce. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "runtime/telemetry.h"
#include "lab/telemetry_out.h"
#include "lab/json.h"
#include "lab/fileio.h"

static char dir[64];

static void setup(void)
{
    strcpy(dir, "/tmp/gclab-tel-XXXXXX");
    cr_assert(mkdtemp(dir));
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

Test(lab_telemetry, off_records_nothing)
{
    rt_tel_collection_begin("gen", 0);
    rt_tel_collection_end(1, 2, 3);
    rt_tel_note_alloc(1 << 30);
    rt_tel_dealloc_enter();
    rt_tel_dealloc_leave();
    cr_assert_eq(rt_tel_count(), 0);
    cr_assert_eq(rt_tel.dealloc_depth, 0, "the hooks must not touch state when off");
}

Test(lab_telemetry, collection_and_sample)
{
    cr_assert_eq(rt_tel_enable(NULL), 0);
    rt_tel_collection_begin("gen", 1);
    rt_tel_collection_begin("gen", 2);   /* nested: ignored */
    spin_ns(200000);
    rt_tel_collection_end(10, 4, 1);
    rt_tel_collection_end(99, 99, 99);   /* no open collection: ignored */
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
    rt_tel_note_alloc(600);
    cr_assert_eq(rt_tel_count(), 0);
    rt_tel_note_alloc(600);   /* 1200 > 1000: a sample, countdown restarts */
    cr_assert_eq(rt_tel_count(), 1);
    rt_tel_note_alloc(999);
    cr_assert_eq(rt_tel_count(), 1);
    rt_tel_note_alloc(2);
    cr_assert_eq(rt_tel_count(), 2);
    rt_tel_disable();
    rt_tel_note_alloc(5000);
    cr_assert_eq(rt_tel_count(), 2, "disabled: no more samples");
}

/* A deallocation of an object that frees `children` more, recursively as rc does. */
static void dealloc_tree(int children)
{
    rt_tel_dealloc_enter();
    for (int i = 0; i < children; i++)
        dealloc_tree(0);
    rt_tel_dealloc_leave();
}

Test(lab_telemetry, rc_cascades_over_threshold)
{
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 5 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    dealloc_tree(4);   /* frees 5: not more than 5 */
    cr_assert_eq(rt_tel_count(), 0);
    dealloc_tree(9);   /* frees 10 */
    cr_assert_eq(rt_tel_count(), 1);
    const rt_tel_event *e = rt_tel_events();
    cr_assert_eq(e[0].kind, RT_TEL_CASCADE);
    cr_assert_eq(e[0].collected, 10);
    cr_assert_str_eq(rt_tel_kind_name(e[0].kind), "rc-cascade");
    cr_assert_eq(rt_tel.dealloc_depth, 0);
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
    rt_tel_collection_begin("gen", 0);
    rt_tel_collection_end(3, 2, 0);
    uint64_t t = rt_tel_now_ns();
    rt_tel_record_cascade("rc", t, t + 5000, 77);
    char *path = lab_strdup_printf("%s/trace.csv", dir), err[256];
    cr_assert_eq(lab_tel_write_trace(path, err, sizeof err), 0, "%s", err);
    char *text = lab_read_file(path, NULL);
    cr_assert(text);
    char *line = strtok(text, "\n");
    cr_assert_str_eq(line, "kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,"
                           "heap_before,heap_after,live_bytes,arenas,pools,rss_bytes");
    line = strtok(NULL, "\n");
    cr_assert(strncmp(line, "collection,", 11) == 0, "%s", line);
    cr_assert(strstr(line, ",gen,0,3,2,0,"), "%s", line);
    line = strtok(NULL, "\n");
    cr_assert(strncmp(line, "sample,", 7) == 0, "%s", line);
    cr_assert(strstr(line, ",,,"), "a sample has no collector or generation: %s", line);
    line = strtok(NULL, "\n");
    unsigned long long s, e, freed;
    cr_assert_eq(sscanf(line, "rc-cascade,%llu,%llu,rc,,%*u,%llu", &s, &e, &freed), 3, "%s", line);
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
    rt_tel_collection_begin("gen", 2);
    rt_tel_collection_end(0, 0, 0);   /* a near-zero pause: count 6 */
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

/* test_lab_tradeoff.c -- the trade-off charts from results built in
 * memory: one chart per workload, sweep kind and figure; curves per base
 * configuration with their points in increasing x; every value divided
 * by the largest median of the chart; configurations without a sweep
 * point left out; no chart where nothing was swept or measured. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "lab/tradeoff.h"
#include "lab/fileio.h"

#define MAXC 32
static char *names[MAXC], *bodies[MAXC], *stems[MAXC], *datas[MAXC];
static int ncharts, ndata;

static char *cap_data(void *ctx, const char *stem, const char *text)
{
    (void)ctx;
    cr_assert_lt(ndata, MAXC);
    stems[ndata] = strdup(stem);
    datas[ndata++] = strdup(text);
    return lab_strdup_printf("data/%s.dat", stem);
}

static void cap_chart(void *ctx, const char *name, const char *title, const char *workload, const char *body)
{
    (void)ctx, (void)title, (void)workload;
    cr_assert_lt(ncharts, MAXC);
    names[ncharts] = strdup(name);
    bodies[ncharts++] = strdup(body);
}

static const char *data_of(const char *stem)
{
    for (int i = 0; i < ndata; i++)
        if (!strcmp(stems[i], stem))
            return datas[i];
    cr_assert_fail("no data file %s", stem);
    return NULL;
}

static bool has_chart(const char *name)
{
    for (int i = 0; i < ncharts; i++)
        if (!strcmp(names[i], name))
            return true;
    return false;
}

/* One run per configuration of workload w: wall_s and gc_s given. */
typedef struct spec_run {
    const char *config;
    double wall, gc;
} spec_run;

static void build(lab_results *R, const char *w, const spec_run *runs, size_t n)
{
    memset(R, 0, sizeof *R);
    R->runs = calloc(n, sizeof *R->runs);
    R->groups = calloc(n, sizeof *R->groups);
    R->configs = calloc(n, sizeof *R->configs);
    R->workloads = calloc(1, sizeof *R->workloads);
    R->workloads[0] = strdup(w);
    R->nworkloads = 1;
    char e[128];
    for (size_t i = 0; i < n; i++) {
        char *j = lab_strdup_printf("{\"wall_s\": %g, \"gc_s\": %g, \"collections\": 0}", runs[i].wall, runs[i].gc);
        R->runs[i].stats = lab_json_parse(j, e, sizeof e);
        cr_assert_not_null(R->runs[i].stats, "%s", e);
        free(j);
        R->configs[i] = strdup(runs[i].config);
        R->groups[i].workload = R->workloads[0];
        R->groups[i].config = R->configs[i];
        R->groups[i].runs = calloc(1, sizeof(size_t));
        R->groups[i].runs[0] = i;
        R->groups[i].n = R->groups[i].total = 1;
    }
    R->nruns = R->ngroups = R->nconfigs = n;
}

static void release(lab_results *R)
{
    for (size_t i = 0; i < R->nruns; i++) {
        lab_json_free(R->runs[i].stats);
        free(R->configs[i]);
        free(R->groups[i].runs);
    }
    free(R->runs);
    free(R->groups);
    free(R->configs);
    free(R->workloads[0]);
    free(R->workloads);
    for (int i = 0; i < ncharts; i++)
        free(names[i]), free(bodies[i]);
    for (int i = 0; i < ndata; i++)
        free(stems[i]), free(datas[i]);
    ncharts = ndata = 0;
}

Test(lab_tradeoff, curves_sorted_and_normalised_to_the_largest)
{
    static const spec_run runs[] = {
        { "rc", 9, 0 },                       /* no sweep: left out */
        { "ms@4x", 2, 0.5 }, { "ms@1.5x", 4, 2 }, { "ms@2x", 3, 1 },
        { "boehm@1.5x", 5, 2.5 }, { "boehm@4x", 2.5, 0.25 },
        { "gen@t700", 1, 0.2 }, { "gen@t100", 2, 0.4 },
    };
    lab_results R;
    build(&R, "trees", runs, sizeof runs / sizeof runs[0]);
    lab_tradeoff_charts(&R, &(lab_chart_sink){ NULL, cap_data, cap_chart });
    cr_assert_eq(ncharts, 4);
    cr_assert(has_chart("trees-tradeoff-heap-time") && has_chart("trees-tradeoff-heap-gc"));
    cr_assert(has_chart("trees-tradeoff-threshold-time") && has_chart("trees-tradeoff-threshold-gc"));
    /* total time of the heap sweep: the largest median is boehm@1.5x's 5 */
    const char *ms = data_of("trees-tradeoff-heap-time-ms");
    cr_assert(strstr(ms, "divided by 5\n1.5 0.8 0.8 0.8\n2 0.6 0.6 0.6\n4 0.4 0.4 0.4\n"), "%s", ms);
    const char *bo = data_of("trees-tradeoff-heap-time-boehm");
    cr_assert(strstr(bo, "1.5 1 1 1\n4 0.5 0.5 0.5\n"), "%s", bo);
    const char *gen = data_of("trees-tradeoff-threshold-gc-gen");
    cr_assert(strstr(gen, "divided by 0.4\n100 1 1 1\n700 0.5 0.5 0.5\n"), "%s", gen);
    for (int i = 0; i < ndata; i++)
        cr_assert_null(strstr(stems[i], "rc"), "rc has no sweep point: %s", stems[i]);
    release(&R);
}

Test(lab_tradeoff, nothing_to_draw)
{
    static const spec_run plain[] = { { "gen", 1, 0.1 }, { "ms", 2, 0.3 } };
    lab_results R;
    build(&R, "w", plain, 2);
    lab_tradeoff_charts(&R, &(lab_chart_sink){ NULL, cap_data, cap_chart });
    cr_assert_eq(ncharts, 0, "no sweep: no chart");
    release(&R);
    static const spec_run no_gc[] = { { "ms@2x", 1, 0 }, { "ms@3x", 1, 0 } };
    build(&R, "w", no_gc, 2);
    lab_tradeoff_charts(&R, &(lab_chart_sink){ NULL, cap_data, cap_chart });
    cr_assert_eq(ncharts, 1, "total time drawn, GC time (all zero) not");
    cr_assert(has_chart("w-tradeoff-heap-time"));
    release(&R);
}

/*
 * test_lab_compare.c -- `gclab compare` (lab/compare.c) on result folders
 * built by hand: ratios, verdicts, geometric means and the errors.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/compare.h"

static char root[64];

static void setup(void)
{
    strcpy(root, "/tmp/gclab-compare-XXXXXX");
    cr_assert_not_null(mkdtemp(root));
    char p[128];
    snprintf(p, sizeof p, "%s/runs", root);
    cr_assert_eq(mkdir(p, 0755), 0);
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    cr_assert_eq(system(cmd), 0);
}

TestSuite(lab_compare, .init = setup, .fini = teardown);

/* One finished run with wall_s = wall and gc_s = gc. */
static void add_run(const char *workload, const char *config, int repeat, double wall, double gc)
{
    char dir[256], path[300];
    snprintf(dir, sizeof dir, "%s/runs/%s+%s+%d", root, workload, config, repeat);
    cr_assert_eq(mkdir(dir, 0755), 0);
    snprintf(path, sizeof path, "%s/run.json", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fprintf(f, "{\"id\": \"%s+%s+%d\", \"workload\": \"%s\", \"config\": \"%s\", \"repeat\": %d, "
               "\"status\": \"ok\"}\n", workload, config, repeat, workload, config, repeat);
    fclose(f);
    snprintf(path, sizeof path, "%s/stats.json", dir);
    f = fopen(path, "w");
    cr_assert_not_null(f);
    fprintf(f, "{\"wall_s\": %.17g, \"gc_s\": %.17g}\n", wall, gc);
    fclose(f);
}

/* Run lab_compare with the CSV output into a string (caller frees). */
static char *compare_csv(const char *baseline, const char *const *metrics, int *status)
{
    const char *dirs[] = { root };
    lab_compare_opts o = { .dirs = dirs, .ndirs = 1, .baseline = baseline, .metrics = metrics, .csv = true };
    char *buf = NULL, *ebuf = NULL;
    size_t len = 0, elen = 0;
    FILE *out = open_memstream(&buf, &len), *err = open_memstream(&ebuf, &elen);
    *status = lab_compare(&o, out, err);
    fclose(out);
    fclose(err);
    free(ebuf);
    return buf;
}

static const char *row_of(const char *csv, const char *prefix)
{
    const char *p = csv;
    while (p && *p) {
        if (strncmp(p, prefix, strlen(prefix)) == 0)
            return p;
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return NULL;
}

Test(lab_compare, ratio_verdict_and_geometric_mean)
{
    /* w1: fast is exactly twice as fast as base; w2: twice as slow.  5 runs
     * each, disjoint: Mann-Whitney's exact p is 2/252 < 0.05. */
    for (int r = 0; r < 5; r++) {
        add_run("w1", "base", r, 2.0 + 0.01 * r, 0.5);
        add_run("w1", "fast", r, 1.0 + 0.005 * r, 0.25);
        add_run("w2", "base", r, 1.0 + 0.01 * r, 0.5);
        add_run("w2", "fast", r, 2.0 + 0.02 * r, 1.0);
    }
    const char *metrics[] = { "wall_s", NULL };
    int status;
    char *csv = compare_csv("base", metrics, &status);
    cr_assert_eq(status, 0);
    const char *w1 = row_of(csv, "wall_s,w1,fast,base,5,5,");
    const char *w2 = row_of(csv, "wall_s,w2,fast,base,5,5,");
    cr_assert(w1 && w2, "%s", csv);
    double med, medb, ratio, lo, hi, u, p;
    cr_assert_eq(sscanf(w1 + strlen("wall_s,w1,fast,base,5,5,"), "%lf,%lf,%lf,%lf,%lf,%lf,%lf", &med, &medb,
                        &ratio, &lo, &hi, &u, &p), 7);
    cr_assert_float_eq(ratio, 1.01 / 2.02, 1e-12);
    cr_assert_float_eq(p, 2.0 / 252.0, 1e-12);
    cr_assert_eq(u, 0);
    cr_assert(strstr(w1, ",faster\n") != NULL, "%s", w1);
    cr_assert(strstr(w2, ",slower\n") != NULL, "%s", w2);
    const char *gm = row_of(csv, "wall_s,geometric mean,fast,base,2,");
    cr_assert(gm, "%s", csv);
    double g;
    cr_assert_eq(sscanf(gm + strlen("wall_s,geometric mean,fast,base,2,,,,"), "%lf", &g), 1);
    cr_assert_float_eq(g, sqrt((1.01 / 2.02) * (2.04 / 1.02)), 1e-12);
    free(csv);
}

Test(lab_compare, three_runs_are_never_significant)
{
    for (int r = 0; r < 3; r++) {
        add_run("w", "base", r, 1.0 + 0.01 * r, 0.1);
        add_run("w", "x", r, 5.0 + 0.01 * r, 0.1);
    }
    const char *metrics[] = { "wall_s", "gc_s", NULL };
    int status;
    char *csv = compare_csv("base", metrics, &status);
    cr_assert_eq(status, 0);
    const char *row = row_of(csv, "wall_s,w,x,base,3,3,");
    cr_assert(row, "%s", csv);
    cr_assert(strstr(row, ",0.10000000000000001,not significant\n") != NULL, "%s", row);
    /* equal medians: ratio 1, never a verdict */
    row = row_of(csv, "gc_s,w,x,base,3,3,");
    cr_assert(row && strstr(row, ",1,1,1,") != NULL && strstr(row, "not significant"), "%s", row);
    free(csv);
}

Test(lab_compare, errors)
{
    add_run("w", "base", 0, 1.0, 0.1);
    int status;
    const char *bad[] = { "no_such_figure", NULL };
    free(compare_csv("base", bad, &status));
    cr_assert_eq(status, 2);
    free(compare_csv("missing", NULL, &status));
    cr_assert_eq(status, 1);
}

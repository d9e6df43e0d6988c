/*
 * test_lab_compare.c -- `gclab compare` (lab/compare.c) and the exports
 * (lab/export.c) on result folders built by hand: ratios, verdicts,
 * geometric means, the errors, runs.csv, pauses.csv and schema.json.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/compare.h"
#include "lab/export.h"
#include "lab/fileio.h"
#include "lab/results.h"

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

/* The text of root/name (malloc'ed). */
static char *own_file(const char *name)
{
    char path[300];
    snprintf(path, sizeof path, "%s/%s", root, name);
    char *t = lab_read_file(path, NULL);
    cr_assert_not_null(t, "%s", path);
    return t;
}

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

/* runs.csv, pauses.csv and schema.json (lab/export.c) of the same folders. */
Test(lab_compare, exports_and_schema)
{
    add_run("w", "base", 0, 1.5, 0.25);
    add_run("w", "x", 0, 0.1 + 0.2, 0.0);
    char path[300];
    snprintf(path, sizeof path, "%s/runs/w+base+0/trace.csv", root);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    /* CRLF line ends are read too; the pause after the teardown mark is the shutdown's */
    fputs("kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,heap_before,"
          "heap_after,live_bytes,arenas,pools,rss_bytes\r\n"
          "collection,1000000,3000000,gen,0,10,4,0,0,0,0,0,0,0\r\n"
          "sample,3000000,3000000,,,0,0,0,0,0,100,1,1,4096\r\n"
          "mark,4000000,4000000,teardown,,0,0,0,0,0,0,0,0,0\r\n"
          "rc-cascade,5000000,9000000,rc,,2000,2000,0,0,0,0,0,0,0\r\n", f);
    fclose(f);
    lab_results R;
    const char *dirs[] = { root };
    char err[512];
    cr_assert_eq(lab_results_load(dirs, 1, &R, err, sizeof err), 0, "%s", err);
    cr_assert_eq(lab_export_write(&R, root, err, sizeof err), 0, "%s", err);
    lab_results_free(&R);

    char *runs = own_file("runs.csv"), *pauses = own_file("pauses.csv");
    cr_assert(strncmp(runs, "run,workload,config,repeat,status,wall_s,", 41) == 0, "%s", runs);
    cr_assert(strstr(runs, "\nw+x+0,w,x,0,ok,0.30000000000000004,") != NULL, "full precision: %s", runs);
    cr_assert(strstr(pauses, "w+base+0,w,base,0,collection,0,0.001,2,4,program\n") != NULL, "%s", pauses);
    cr_assert(strstr(pauses, "w+base+0,w,base,0,rc-cascade,,0.0050000000000000001,4,2000,teardown\n") != NULL, "%s",
              pauses);
    cr_assert(strstr(pauses, "sample") == NULL);

    /* every column of runs.csv is described in schema.json */
    char *schema = own_file("schema.json");
    char *header = strndup(runs, strcspn(runs, "\n"));
    for (char *save = NULL, *col = strtok_r(header, ",", &save); col; col = strtok_r(NULL, ",", &save)) {
        char quoted[96];
        snprintf(quoted, sizeof quoted, "{\"name\": \"%s\"", col);
        cr_assert(strstr(schema, quoted) != NULL, "schema.json describes %s", col);
    }
    free(header);
    free(runs);
    free(pauses);
    free(schema);
}

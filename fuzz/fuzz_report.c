/*
 * fuzz_report.c -- libFuzzer harness (d): arbitrary bytes as the files
 * `gclab report` reads back (lab/results.c, lab/json.c).  The input is cut
 * at its first two NUL bytes into a run.json, a stats.json and a trace.csv
 * (what is missing is empty), laid out as one run of a result folder next
 * to an intact one; the folder is then loaded, summarised and its traces
 * read.  Damaged data must only ever be left out with a warning: never a
 * crash, a hang or an abort, and the intact run always survives.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/fileio.h"
#include "lab/results.h"

static char dir[64];
static char *run_dir, *files[3], *summary;

static void put(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || (n && fwrite(p, 1, n, f) != n) || fclose(f) != 0)
        abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    strcpy(dir, "/tmp/gclab-fuzz-report-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    char *good = lab_strdup_printf("%s/runs/good", dir), err[256];
    run_dir = lab_strdup_printf("%s/runs/fuzz", dir);
    if (!good || !run_dir || lab_mkdirs(good, err, sizeof err) < 0 || lab_mkdirs(run_dir, err, sizeof err) < 0)
        abort();
    const char *meta = "{\"workload\": \"w\", \"config\": \"gen\", \"repeat\": 0, \"status\": \"ok\"}\n";
    const char *stats = "{\"wall_s\": 1.5, \"gc_s\": 0.25, \"pause_max_ms\": 3}\n";
    const char *trace = "kind,start_ns,end_ns,live_bytes,rss_bytes\ncollection,10,20,0,0\n";
    char *p = lab_strdup_printf("%s/run.json", good);
    put(p, meta, strlen(meta));
    free(p);
    p = lab_strdup_printf("%s/stats.json", good);
    put(p, stats, strlen(stats));
    free(p);
    p = lab_strdup_printf("%s/trace.csv", good);
    put(p, trace, strlen(trace));
    free(p);
    free(good);
    const char *names[3] = { "run.json", "stats.json", "trace.csv" };
    for (int i = 0; i < 3; i++)
        files[i] = lab_strdup_printf("%s/%s", run_dir, names[i]);
    summary = lab_strdup_printf("%s/summary.csv", dir);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *p = data, *end = data + size;
    for (int i = 0; i < 3; i++) {
        const uint8_t *cut = i < 2 ? memchr(p, 0, (size_t)(end - p)) : NULL;
        const uint8_t *stop = cut ? cut : end;
        put(files[i], p, (size_t)(stop - p));
        p = cut ? cut + 1 : end;
    }
    const char *dirs[2] = { dir, dir };   /* the same folder twice, too */
    lab_results R;
    char err[512];
    if (lab_results_load(dirs, 2, &R, err, sizeof err) < 0)
        abort();   /* the intact run is always there */
    size_t with_stats = 0;
    for (size_t i = 0; i < R.nruns; i++)
        with_stats += R.runs[i].stats != NULL;
    if (with_stats < 1)
        abort();
    if (lab_summary_write(&R, summary, err, sizeof err) < 0)
        abort();
    for (size_t i = 0; i < R.nruns; i++) {
        char *t = lab_strdup_printf("%s/trace.csv", R.runs[i].dir);
        lab_trace tr;
        if (t && lab_trace_load(t, &tr, err, sizeof err) == 0)
            lab_trace_free(&tr);
        free(t);
    }
    lab_results_free(&R);
    return 0;
}

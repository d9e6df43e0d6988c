/*
 * export.c -- the tables a result folder exports for analysis outside gclab
 * (pandas, R): runs.csv (one row per run, every figure at full precision),
 * pauses.csv (one row per pause of every run) and schema.json (every
 * column of those two and of summary.csv, with its unit and meaning).
 *
 * Invariants: one column table (columns[] below) is the single source of
 * names, units and meanings for runs.csv and schema.json; numbers are
 * written with 17 significant digits so they read back bit for bit; a run
 * without stats is still a row (its status says why), with empty figures.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lab/export.h"
#include "lab/fileio.h"
#include "lab/json.h"
#include "lab/results.h"

typedef struct column {
    const char *name, *unit, *meaning;
} column;

/* The figures of a run (stats.json keys), in runs.csv order. */
static const column figures[] = {
    { "wall_s", "s", "wall-clock time of the measurement window (program, after any warm-up, before teardown)" },
    { "cpu_s", "s", "process CPU time of the measurement window" },
    { "gc_s", "s", "sum of the pauses in the window (collections and rc cascades)" },
    { "gc_share", "ratio", "gc_s / wall_s" },
    { "cascade_s", "s", "the part of gc_s spent in reference-count cascades" },
    { "pause_count", "count", "pauses in the window" },
    { "pause_p50_ms", "ms", "median pause (linear interpolation)" },
    { "pause_p90_ms", "ms", "90th percentile pause" },
    { "pause_p99_ms", "ms", "99th percentile pause" },
    { "pause_p999_ms", "ms", "99.9th percentile pause" },
    { "pause_max_ms", "ms", "longest pause" },
    { "collection_cpu_s", "s", "CPU time of the collections in the window (the collecting thread's CPU clock; rc cascades have none)" },
    { "collection_cpu_p50_ms", "ms", "median CPU time of a collection: the pause without the time other processes took the CPU" },
    { "collection_cpu_p99_ms", "ms", "99th percentile CPU time of a collection" },
    { "collection_cpu_max_ms", "ms", "largest CPU time of a collection" },
    { "mmu_1ms", "ratio", "minimum mutator utilisation, 1 ms windows" },
    { "mmu_10ms", "ratio", "minimum mutator utilisation, 10 ms windows" },
    { "mmu_100ms", "ratio", "minimum mutator utilisation, 100 ms windows" },
    { "peak_rss_bytes", "bytes", "peak resident set size of the process" },
    { "peak_live_bytes", "bytes", "peak live bytes of the object and buffer domains" },
    { "collections", "count", "collections in the window" },
    { "collections_gen0", "count", "collections of generation 0" },
    { "collections_gen1", "count", "collections of generation 1" },
    { "collections_gen2", "count", "collections of generation 2 (full)" },
    { "rc_cascades", "count", "recorded reference-count cascades" },
    { "gen0_gc_s", "s", "sum of the pauses of collections of generation 0 (gen: the young generation; incr: young collections)" },
    { "gen0_pause_p50_ms", "ms", "median pause of generation 0 collections" },
    { "gen0_pause_p99_ms", "ms", "99th percentile pause of generation 0 collections" },
    { "gen0_pause_max_ms", "ms", "longest pause of generation 0 collections" },
    { "gen0_examined", "count", "objects the generation 0 collections examined" },
    { "gen0_survival", "ratio", "survivors / examined over the generation 0 collections (survivors: examined - collected - uncollectable; empty when the collector does not count what it examines)" },
    { "gen0_promoted", "count", "survivors the generation 0 collections moved to an older generation" },
    { "gen1_gc_s", "s", "sum of the pauses of collections of generation 1 (gen: the middle generation; incr: increments)" },
    { "gen1_pause_p50_ms", "ms", "median pause of generation 1 collections" },
    { "gen1_pause_p99_ms", "ms", "99th percentile pause of generation 1 collections" },
    { "gen1_pause_max_ms", "ms", "longest pause of generation 1 collections" },
    { "gen1_examined", "count", "objects the generation 1 collections examined" },
    { "gen1_survival", "ratio", "survivors / examined over the generation 1 collections (survivors: examined - collected - uncollectable; empty when the collector does not count what it examines)" },
    { "gen1_promoted", "count", "survivors the generation 1 collections moved to an older generation" },
    { "gen2_gc_s", "s", "sum of the pauses of collections of generation 2 (full collections: gen's oldest, incr's and ft's whole heap, every marksweep and boehm collection)" },
    { "gen2_pause_p50_ms", "ms", "median pause of generation 2 collections" },
    { "gen2_pause_p99_ms", "ms", "99th percentile pause of generation 2 collections" },
    { "gen2_pause_max_ms", "ms", "longest pause of generation 2 collections" },
    { "gen2_examined", "count", "objects the generation 2 collections examined" },
    { "gen2_survival", "ratio", "survivors / examined over the generation 2 collections (survivors: examined - collected - uncollectable; empty when the collector does not count what it examines)" },
    { "gen2_promoted", "count", "survivors the generation 2 collections moved to an older generation" },
    { "cascade_pause_p50_ms", "ms", "median reference-count cascade" },
    { "cascade_pause_p99_ms", "ms", "99th percentile reference-count cascade" },
    { "cascade_pause_max_ms", "ms", "longest reference-count cascade" },
    { "collections_threshold", "count", "collections run inside the allocation that crossed a threshold" },
    { "collections_explicit", "count", "collections run by gc.collect()" },
    { "collections_safepoint", "count", "collections a trigger asked for, run at the next safe point" },
    { "collections_heap_full", "count", "collections run inside an allocation the heap could not serve (boehm)" },
    { "collections_shutdown", "count", "the collector's last collection at the end of the run (in the window: normally 0)" },
    { "mutator_s", "s", "wall_s - gc_s: the program's own time in the window" },
    { "alloc_objects", "count", "objects allocated in the window" },
    { "alloc_bytes", "bytes", "object bytes allocated in the window (the objects' sizes, without the gc head in front of containers)" },
    { "alloc_rate_objects_s", "1/s", "alloc_objects / mutator_s" },
    { "alloc_rate_bytes_s", "bytes/s", "alloc_bytes / mutator_s" },
    { "leaked_objects", "count", "under rc: objects still allocated at exit" },
    { "leaked_bytes", "bytes", "under rc: bytes still allocated at exit" },
    { "samples", "count", "memory samples taken" },
    { "events_dropped", "count", "telemetry events lost (buffer could not grow)" },
    { "warmup_s", "s", "start of the measurement window" },
    { "warmup_pause_count", "count", "pauses before the window" },
    { "teardown_s", "s", "interpreter shutdown after the program" },
    { "teardown_cpu_s", "s", "CPU time of the shutdown" },
    { "teardown_pause_count", "count", "pauses during the shutdown" },
    { "teardown_gc_s", "s", "sum of the shutdown's pauses" },
    { "teardown_pause_max_ms", "ms", "longest pause of the shutdown" },
    { "startup_s", "s", "interpreter start-up to the program's first line (runtime = python configurations; empty for gclab)" },
};
#define NFIGURES (sizeof figures / sizeof figures[0])

static const column run_keys[] = {
    { "run", "", "run id: workload+config+repeat" },
    { "workload", "", "workload name in the spec" },
    { "config", "", "configuration name in the spec" },
    { "repeat", "index", "repeat number, from 0" },
    { "status", "", "ok, failed, timeout, pending or external" },
};

static const column pause_columns[] = {
    { "run", "", "run id (runs.csv)" },
    { "workload", "", "workload name" },
    { "config", "", "configuration name" },
    { "repeat", "index", "repeat number" },
    { "kind", "", "collection or rc-cascade" },
    { "generation", "index", "generation collected (empty when not applicable)" },
    { "start_s", "s", "start, since the start of the run" },
    { "duration_ms", "ms", "length of the pause" },
    { "collected", "count", "objects freed (a cascade: objects it freed)" },
    { "phase", "", "program, or teardown (after the program ended)" },
};

void lab_csv_field(FILE *f, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static int write_runs(FILE *f, void *arg)
{
    const lab_results *R = arg;
    for (size_t i = 0; i < sizeof run_keys / sizeof run_keys[0]; i++)
        fprintf(f, "%s%s", i ? "," : "", run_keys[i].name);
    for (size_t k = 0; k < NFIGURES; k++)
        fprintf(f, ",%s", figures[k].name);
    fputc('\n', f);
    for (size_t i = 0; i < R->nruns; i++) {
        const lab_result_run *r = &R->runs[i];
        lab_csv_field(f, r->id);
        fputc(',', f);
        lab_csv_field(f, r->workload);
        fputc(',', f);
        lab_csv_field(f, r->config);
        fprintf(f, ",%d,", r->repeat);
        lab_csv_field(f, r->status);
        for (size_t k = 0; k < NFIGURES; k++) {
            fputc(',', f);
            double v = r->stats ? lab_json_num(r->stats, figures[k].name) : NAN;
            if (!isnan(v))
                fprintf(f, "%.17g", v);
        }
        fputc('\n', f);
    }
    return ferror(f) ? -1 : 0;
}

/* The pauses of one run's trace.csv, as pauses.csv rows.  A missing or
 * unreadable trace contributes no rows (the run's status tells why). */
static void pauses_of_run(FILE *f, const lab_result_run *r)
{
    char *path = lab_strdup_printf("%s/trace.csv", r->dir);
    char *text = path ? lab_read_file(path, NULL) : NULL;
    free(path);
    if (!text)
        return;
    int col[6] = { -1, -1, -1, -1, -1, -1 };   /* kind start end collector generation collected */
    static const char *const names[6] = { "kind", "start_ns", "end_ns", "collector", "generation", "collected" };
    char *save = NULL;
    bool teardown = false;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r')
            line[n - 1] = '\0';
        char *fld[32];
        int nf = 0;
        for (char *p = line, *tok; nf < 32 && (tok = strsep(&p, ","));)
            fld[nf++] = tok;
        if (col[0] < 0) {
            for (int c = 0; c < nf; c++)
                for (int k = 0; k < 6; k++)
                    if (strcmp(fld[c], names[k]) == 0)
                        col[k] = c;
            if (col[0] < 0 || col[1] < 0 || col[2] < 0)
                break;   /* not a trace: no rows */
            continue;
        }
        int need = col[0] > col[1] ? col[0] : col[1];
        if (col[2] > need)
            need = col[2];
        if (nf <= need)
            continue;
        const char *kind = fld[col[0]];
        if (strcmp(kind, "mark") == 0) {
            if (col[3] >= 0 && col[3] < nf && strcmp(fld[col[3]], "teardown") == 0)
                teardown = true;
            continue;
        }
        if (strcmp(kind, "collection") != 0 && strcmp(kind, "rc-cascade") != 0)
            continue;
        double s = strtod(fld[col[1]], NULL), e = strtod(fld[col[2]], NULL);
        if (!(e >= s))
            continue;
        lab_csv_field(f, r->id);
        fputc(',', f);
        lab_csv_field(f, r->workload);
        fputc(',', f);
        lab_csv_field(f, r->config);
        fprintf(f, ",%d,%s,%s,%.17g,%.17g,%s,%s\n", r->repeat, kind,
                col[4] >= 0 && col[4] < nf ? fld[col[4]] : "", s / 1e9, (e - s) / 1e6,
                col[5] >= 0 && col[5] < nf ? fld[col[5]] : "", teardown ? "teardown" : "program");
    }
    free(text);
}

static int write_pauses(FILE *f, void *arg)
{
    const lab_results *R = arg;
    for (size_t i = 0; i < sizeof pause_columns / sizeof pause_columns[0]; i++)
        fprintf(f, "%s%s", i ? "," : "", pause_columns[i].name);
    fputc('\n', f);
    for (size_t i = 0; i < R->nruns; i++)
        pauses_of_run(f, &R->runs[i]);
    return ferror(f) ? -1 : 0;
}

static void schema_columns(FILE *f, const column *cols, size_t n, const char *suffix, const char *how, bool last)
{
    for (size_t i = 0; i < n; i++) {
        char name[96];
        snprintf(name, sizeof name, "%s%s", cols[i].name, suffix);
        fputs("      {\"name\": ", f);
        lab_json_write_string(f, name);
        fputs(", \"unit\": ", f);
        lab_json_write_string(f, cols[i].unit);
        fputs(", \"meaning\": ", f);
        char meaning[256];
        snprintf(meaning, sizeof meaning, "%s%s", how, cols[i].meaning);
        lab_json_write_string(f, meaning);
        fputs(last && i + 1 == n ? "}\n" : "},\n", f);
    }
}

static int write_schema(FILE *f, void *arg)
{
    (void)arg;
    fputs("{\n  \"format\": \"gclab-schema/1\",\n  \"files\": {\n", f);
    fputs("    \"runs.csv\": [\n", f);
    schema_columns(f, run_keys, sizeof run_keys / sizeof run_keys[0], "", "", false);
    schema_columns(f, figures, NFIGURES, "", "", true);
    fputs("    ],\n    \"pauses.csv\": [\n", f);
    schema_columns(f, pause_columns, sizeof pause_columns / sizeof pause_columns[0], "", "", true);
    fputs("    ],\n    \"summary.csv\": [\n", f);
    static const column group_keys[] = {
        { "workload", "", "workload name" },
        { "config", "", "configuration name" },
        { "runs", "count", "runs of the group" },
        { "runs_with_stats", "count", "runs whose statistics were read" },
    };
    schema_columns(f, group_keys, 4, "", "", false);
    for (size_t k = 0; k < lab_nfigures; k++) {
        const column *c = NULL;
        for (size_t j = 0; j < NFIGURES; j++)
            if (strcmp(figures[j].name, lab_figures[k]) == 0)
                c = &figures[j];
        column one = { lab_figures[k], c ? c->unit : "", c ? c->meaning : "" };
        schema_columns(f, &one, 1, "_median", "median over the runs of: ", false);
        schema_columns(f, &one, 1, "_ci_lo", "lower end of the 95% bootstrap interval of the median of: ", false);
        schema_columns(f, &one, 1, "_ci_hi", "upper end of the 95% bootstrap interval of the median of: ",
                       k + 1 == lab_nfigures);
    }
    fputs("    ]\n  }\n}\n", f);
    return ferror(f) ? -1 : 0;
}

int lab_export_write(const lab_results *R, const char *out_dir, char *err, size_t errlen)
{
    static const struct {
        const char *file;
        int (*fn)(FILE *, void *);
    } outputs[] = {
        { "runs.csv", write_runs },
        { "pauses.csv", write_pauses },
        { "schema.json", write_schema },
    };
    for (size_t i = 0; i < sizeof outputs / sizeof outputs[0]; i++) {
        char *path = lab_strdup_printf("%s/%s", out_dir, outputs[i].file);
        if (!path) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        int r = lab_write_atomic(path, outputs[i].fn, (void *)R, err, errlen);
        free(path);
        if (r < 0)
            return -1;
    }
    return 0;
}

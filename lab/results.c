/*
 * results.c -- reading result folders back, grouping runs, the summary
 * table (results.h).
 *
 * Invariant: groups index only runs whose stats parsed; a run without
 * stats still counts in its group's `total`, so the summary shows how
 * many runs each median stands on.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include "lab/results.h"
#include "lab/sweep.h"
#include "lab/fileio.h"

const char *const lab_figures[] = {
    "wall_s", "cpu_s", "gc_s", "gc_share", "pause_count",
    "pause_p50_ms", "pause_p90_ms", "pause_p99_ms", "pause_p999_ms", "pause_max_ms",
    "collection_cpu_s", "collection_cpu_p50_ms", "collection_cpu_p99_ms", "collection_cpu_max_ms",
    "mmu_1ms", "mmu_10ms", "mmu_100ms", "peak_rss_bytes", "peak_live_bytes",
    "collections", "collections_gen0", "collections_gen1", "collections_gen2",
    "rc_cascades", "leaked_objects", "leaked_bytes", "teardown_s", "teardown_pause_max_ms", "startup_s",
    "gen0_gc_s", "gen0_pause_p50_ms", "gen0_pause_p99_ms", "gen0_pause_max_ms", "gen0_survival", "gen0_promoted",
    "gen1_gc_s", "gen1_pause_p50_ms", "gen1_pause_p99_ms", "gen1_pause_max_ms", "gen1_survival", "gen1_promoted",
    "gen2_gc_s", "gen2_pause_p50_ms", "gen2_pause_p99_ms", "gen2_pause_max_ms", "gen2_survival", "gen2_promoted",
    "cascade_pause_p50_ms", "cascade_pause_p99_ms", "cascade_pause_max_ms",
    "collections_threshold", "collections_explicit", "collections_safepoint", "collections_heap_full",
    "collections_shutdown", "mutator_s", "alloc_objects", "alloc_bytes", "alloc_rate_objects_s", "alloc_rate_bytes_s",
};
const size_t lab_nfigures = sizeof lab_figures / sizeof lab_figures[0];

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int add_name(char ***list, size_t *n, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*list)[i], name) == 0)
            return 0;
    char **nl = realloc(*list, (*n + 1) * sizeof *nl);
    if (!nl)
        return -1;
    *list = nl;
    if (!(nl[*n] = strdup(name)))
        return -1;
    (*n)++;
    return 0;
}

/* Keep s (malloc'ed, or NULL when out of memory) as a warning. */
static void warn(lab_results *R, char *s)
{
    char **nw = s ? realloc(R->warnings, (R->nwarnings + 1) * sizeof *nw) : NULL;
    if (!nw) {
        free(s);
        return;
    }
    R->warnings = nw;
    nw[R->nwarnings++] = s;
}

/* A stats.json the statistics can use: every figure present is a finite,
 * non-negative number (or null: undefined, e.g. no pause).  NULL if so,
 * else the first figure that is not. */
static const char *bad_figure(const lab_json *stats)
{
    if (stats->type != LAB_JSON_OBJECT)
        return "(not an object)";
    for (size_t i = 0; i < lab_nfigures; i++) {
        const lab_json *v = lab_json_get(stats, lab_figures[i]);
        if (!v || v->type == LAB_JSON_NULL)
            continue;
        if (v->type != LAB_JSON_NUMBER || !isfinite(v->number) || v->number < 0)
            return lab_figures[i];
    }
    return NULL;
}

/* The figures cpython_gcstats.py leaves to gclab (gc_share, pause
 * percentiles, MMU), derived from its trace with the code `gclab run`
 * uses for its own stats, so both sides of a comparison share one
 * definition.  Figures the stats already hold are kept. */
static void complete_cpython(lab_results *R, lab_result_run *r)
{
    lab_json *st = r->stats;
    double wall = lab_json_num(st, "wall_s"), gc = lab_json_num(st, "gc_s");
    if (!lab_json_get(st, "gc_share") && wall > 0 && !isnan(gc))
        lab_json_set_number(st, "gc_share", gc / wall);
    char e[512], *path = lab_strdup_printf("%s/trace.csv", r->dir);
    lab_trace T;
    if (!path || lab_trace_load(path, &T, e, sizeof e) < 0) {
        if (path)
            warn(R, lab_strdup_printf("%s: CPython run: percentiles and MMU left out", e));
        free(path);
        return;
    }
    free(path);
    double *ms = malloc((T.npauses + 1) * sizeof *ms);
    lab_interval *iv = malloc((T.npauses + 1) * sizeof *iv);
    if (ms && iv) {
        for (size_t k = 0; k < T.npauses; k++) {
            ms[k] = (T.pauses[k].end - T.pauses[k].start) * 1e3;
            iv[k] = (lab_interval){ T.pauses[k].start * 1e3, T.pauses[k].end * 1e3 };
        }
        lab_sort(ms, T.npauses);
        static const char *const pct[] = { "pause_p50_ms", "pause_p90_ms", "pause_p99_ms", "pause_p999_ms" };
        static const double at[] = { 0.50, 0.90, 0.99, 0.999 };
        for (size_t k = 0; k < 4; k++)
            if (!lab_json_get(st, pct[k]))
                lab_json_set_number(st, pct[k], T.npauses ? lab_percentile_sorted(ms, T.npauses, at[k]) : NAN);
        static const char *const mmu_key[] = { "mmu_1ms", "mmu_10ms", "mmu_100ms" };
        double windows[3] = { 1, 10, 100 }, mmu[3];
        if (wall > 0 && !lab_json_get(st, "mmu_10ms") &&
            lab_mmu_curve(iv, T.npauses, 0, wall * 1e3, windows, 3, mmu) == 0)
            for (size_t k = 0; k < 3; k++)
                lab_json_set_number(st, mmu_key[k], mmu[k]);
    }
    free(ms);
    free(iv);
    lab_trace_free(&T);
}

static int load_dir(const char *dir, lab_results *R, char *err, size_t errlen)
{
    char *runs_dir = lab_strdup_printf("%s/runs", dir);
    DIR *d = runs_dir ? opendir(runs_dir) : NULL;
    if (!d) {
        snprintf(err, errlen, "%s: not a result folder (no runs/ inside): %s", dir, strerror(errno));
        free(runs_dir);
        return -1;
    }
    char **names = NULL;
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char **nl = realloc(names, (nn + 1) * sizeof *nl);
        if (!nl)
            break;
        names = nl;
        names[nn++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_str);   /* readdir order is arbitrary: keep reports stable */
    int rc = 0;
    /* the folder, and the build its provenance names */
    char **nf = realloc(R->folders, (R->nfolders + 1) * sizeof *nf);
    char **nb = nf ? realloc(R->folder_builds, (R->nfolders + 1) * sizeof *nb) : NULL;
    if (nf)
        R->folders = nf;
    if (nb)
        R->folder_builds = nb;
    if (!nf || !nb || !(R->folders[R->nfolders] = strdup(dir))) {
        for (size_t i = 0; i < nn; i++)
            free(names[i]);
        free(names);
        free(runs_dir);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    char *prov_path = lab_strdup_printf("%s/provenance.json", dir), pe[512];
    lab_json *prov = prov_path ? lab_json_parse_file(prov_path, pe, sizeof pe) : NULL;
    free(prov_path);
    const lab_json *build = lab_json_get(prov, "gclab");
    const char *commit = lab_json_str(build, "commit");
    const lab_json *dirty = lab_json_get(build, "dirty");
    R->folder_builds[R->nfolders] = commit ? lab_strdup_printf("%s%s", commit, dirty && dirty->type == LAB_JSON_BOOL
                                                                            && dirty->boolean ? " (dirty)" : "") : NULL;
    size_t folder = R->nfolders++;
    for (size_t i = 0; i < nn; i++) {
        char *rdir = lab_strdup_printf("%s/%s", runs_dir, names[i]);
        char *meta_path = lab_strdup_printf("%s/run.json", rdir), e2[512];
        lab_json *meta = lab_json_parse_file(meta_path, e2, sizeof e2);
        free(meta_path);
        if (!meta || !lab_json_str(meta, "workload") || !lab_json_str(meta, "config")) {
            struct stat st;
            if (stat(rdir, &st) == 0 && !S_ISDIR(st.st_mode))
                warn(R, lab_strdup_printf("%s: a stray file in runs/, not a run: left out", rdir));
            else if (meta)
                warn(R, lab_strdup_printf("%s/run.json: lacks workload or config: run left out", rdir));
            else
                warn(R, lab_strdup_printf("%s: run left out", e2));
            lab_json_free(meta);
            free(rdir);
            continue;
        }
        lab_result_run *nr = realloc(R->runs, (R->nruns + 1) * sizeof *nr);
        if (!nr) {
            lab_json_free(meta);
            free(rdir);
            rc = -1;
            break;
        }
        R->runs = nr;
        lab_result_run *r = &R->runs[R->nruns++];
        memset(r, 0, sizeof *r);
        r->dir = rdir;
        r->id = strdup(names[i]);
        r->workload = strdup(lab_json_str(meta, "workload"));
        r->config = strdup(lab_json_str(meta, "config"));
        const char *st = lab_json_str(meta, "status");
        r->status = strdup(st ? st : "unknown");
        double rep = lab_json_num(meta, "repeat");
        r->repeat = isnan(rep) ? 0 : (int)rep;
        r->folder = folder;
        r->recipe = r->id ? lab_run_recipe(meta, prov, r->id) : NULL;
        lab_json_free(meta);
        char *stats_path = lab_strdup_printf("%s/stats.json", rdir);
        if (strcmp(r->status, "ok") == 0 || strcmp(r->status, "external") == 0) {
            r->stats = lab_json_parse_file(stats_path, e2, sizeof e2);
            const char *bad = r->stats ? bad_figure(r->stats) : NULL;
            if (!r->stats) {
                warn(R, lab_strdup_printf("%s: its statistics left out", e2));
            } else if (bad) {
                warn(R, lab_strdup_printf("%s: %s is not a finite, non-negative number: its statistics left out",
                                          stats_path, bad));
                lab_json_free(r->stats);
                r->stats = NULL;
            } else if (lab_json_str(r->stats, "format") && !strcmp(lab_json_str(r->stats, "format"), "cpython-gcstats/1")) {
                complete_cpython(R, r);
                /* the interpreter's version is part of how the run was made */
                const char *v = lab_json_str(lab_json_get(r->stats, "config"), "python");
                char *rec = r->recipe && v ? lab_strdup_printf("%s (CPython %s)", r->recipe, v) : NULL;
                if (rec) {
                    free(r->recipe);
                    r->recipe = rec;
                }
            }
        }
        free(stats_path);
    }
    for (size_t i = 0; i < nn; i++)
        free(names[i]);
    free(names);
    free(runs_dir);
    lab_json_free(prov);
    return rc;
}

/* The [workload NAME] and [config NAME] sections of DIR/spec.ini in file
 * order, appended to *w and *c (a folder without a spec adds nothing). */
static int spec_order(const char *dir, char ***w, size_t *nw, char ***c, size_t *nc)
{
    char *p = lab_strdup_printf("%s/spec.ini", dir);
    char *text = p ? lab_read_file(p, NULL) : NULL;
    free(p);
    int rc = 0;
    for (char *save = NULL, *line = text ? strtok_r(text, "\n", &save) : NULL; line && rc == 0;
         line = strtok_r(NULL, "\n", &save)) {
        char name[256];
        line += strspn(line, " \t");
        if (sscanf(line, "[workload %255[^] \t\r]", name) == 1)
            rc = add_name(w, nw, name);
        else if (sscanf(line, "[config %255[^] \t\r]", name) == 1)
            rc = add_name(c, nc, name);
    }
    free(text);
    return rc;
}

/* Position of name in the spec's order, or after every spec name in order
 * of first appearance (pos).  A sweep point (NAME@1.5x, NAME@t700, not a
 * section of the spec) sits just after its configuration NAME, in the
 * order of its value (v/(v+1) grows with v and stays below 1). */
static double rank(const char *name, char *const *order, size_t n, size_t pos)
{
    char *base = NULL;
    double v = 0, frac = 0;
    if (lab_sweep_point(name, &base, &v) != LAB_SWEEP_NONE && base) {
        name = base;
        frac = 0.5 + 0.49 * (v / (v + 1));
    }
    double r = (double)(n + pos);
    for (size_t i = 0; i < n; i++)
        if (strcmp(order[i], name) == 0) {
            r = (double)i + frac;
            break;
        }
    free(base);
    return r;
}

static size_t name_index(char *const *names, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return n;
}

/* Reorder R's workloads, configurations and groups as the specs of dirs
 * list them (the first folder's spec first): tables and charts follow the
 * experiment's order, not the alphabetical order of the run folders. */
static int order_by_spec(lab_results *R, const char *const *dirs, size_t ndirs)
{
    char **w = NULL, **c = NULL;
    size_t nw = 0, nc = 0;
    int rc = 0;
    for (size_t i = 0; i < ndirs && rc == 0; i++)
        rc = spec_order(dirs[i], &w, &nw, &c, &nc);
    char ***lists[2] = { &R->workloads, &R->configs };
    size_t *counts[2] = { &R->nworkloads, &R->nconfigs };
    char **orders[2] = { w, c };
    size_t norders[2] = { nw, nc };
    double *ranks = malloc((R->nworkloads + R->nconfigs + 1) * sizeof *ranks);
    for (int l = 0; ranks && rc == 0 && l < 2; l++) {   /* insertion sort: a few names */
        char **names = *lists[l];
        size_t n = *counts[l];
        for (size_t i = 0; i < n; i++)
            ranks[i] = rank(names[i], orders[l], norders[l], i);
        for (size_t i = 1; i < n; i++)
            for (size_t j = i; j > 0 && ranks[j - 1] > ranks[j]; j--) {
                double t = ranks[j];
                ranks[j] = ranks[j - 1];
                ranks[j - 1] = t;
                char *s = names[j];
                names[j] = names[j - 1];
                names[j - 1] = s;
            }
    }
    for (size_t i = 1; rc == 0 && i < R->ngroups; i++)
        for (size_t j = i; j > 0; j--) {
            lab_group *a = &R->groups[j - 1], *b = &R->groups[j];
            size_t aw = name_index(R->workloads, R->nworkloads, a->workload);
            size_t bw = name_index(R->workloads, R->nworkloads, b->workload);
            if (aw < bw || (aw == bw && name_index(R->configs, R->nconfigs, a->config) <=
                                        name_index(R->configs, R->nconfigs, b->config)))
                break;
            lab_group t = *a;
            *a = *b;
            *b = t;
        }
    if (!ranks)
        rc = -1;
    free(ranks);
    for (size_t i = 0; i < nw; i++)
        free(w[i]);
    for (size_t i = 0; i < nc; i++)
        free(c[i]);
    free(w);
    free(c);
    return rc;
}

int lab_results_load(const char *const *dirs, size_t ndirs, lab_results *R, char *err, size_t errlen)
{
    memset(R, 0, sizeof *R);
    size_t loaded = 0;
    char first_err[512] = "";
    for (size_t i = 0; i < ndirs; i++) {
        bool twice = false;
        char *real = realpath(dirs[i], NULL);
        for (size_t k = 0; real && k < i && !twice; k++) {
            char *other = realpath(dirs[k], NULL);
            twice = other && strcmp(other, real) == 0;
            free(other);
        }
        free(real);
        if (twice) {
            warn(R, lab_strdup_printf("%s: named twice: read once", dirs[i]));
            continue;
        }
        char e[512];
        if (load_dir(dirs[i], R, e, sizeof e) < 0) {
            if (ndirs == 1) {
                snprintf(err, errlen, "%s", e);
                lab_results_free(R);
                return -1;
            }
            warn(R, lab_strdup_printf("%s: left out", e));
            if (!first_err[0])
                snprintf(first_err, sizeof first_err, "%s", e);
            continue;
        }
        loaded++;
    }
    if (!loaded) {
        snprintf(err, errlen, "%s", first_err[0] ? first_err : "no result folder readable");
        lab_results_free(R);
        return -1;
    }
    for (size_t i = 0; i < R->nruns; i++) {
        lab_result_run *r = &R->runs[i];
        if (add_name(&R->workloads, &R->nworkloads, r->workload) < 0 ||
            add_name(&R->configs, &R->nconfigs, r->config) < 0)
            goto oom;
        lab_group *g = NULL;
        for (size_t k = 0; k < R->ngroups; k++)
            if (strcmp(R->groups[k].workload, r->workload) == 0 && strcmp(R->groups[k].config, r->config) == 0)
                g = &R->groups[k];
        if (!g) {
            lab_group *ng = realloc(R->groups, (R->ngroups + 1) * sizeof *ng);
            if (!ng)
                goto oom;
            R->groups = ng;
            g = &R->groups[R->ngroups++];
            memset(g, 0, sizeof *g);
            g->workload = r->workload;
            g->config = r->config;
        }
        g->total++;
        if (r->stats) {
            size_t *nr = realloc(g->runs, (g->n + 1) * sizeof *nr);
            if (!nr)
                goto oom;
            g->runs = nr;
            g->runs[g->n++] = i;
        }
    }
    if (R->nruns == 0) {
        snprintf(err, errlen, "no runs found in %s%s", dirs[0], ndirs > 1 ? " and the other folders" : "");
        lab_results_free(R);
        return -1;
    }
    if (order_by_spec(R, dirs, ndirs) < 0)
        goto oom;
    return 0;
oom:
    snprintf(err, errlen, "out of memory");
    lab_results_free(R);
    return -1;
}

void lab_results_free(lab_results *R)
{
    for (size_t i = 0; i < R->nruns; i++) {
        lab_result_run *r = &R->runs[i];
        free(r->dir);
        free(r->id);
        free(r->workload);
        free(r->config);
        free(r->status);
        free(r->recipe);
        lab_json_free(r->stats);
    }
    for (size_t i = 0; i < R->nfolders; i++) {
        free(R->folders[i]);
        free(R->folder_builds[i]);
    }
    free(R->folders);
    free(R->folder_builds);
    for (size_t i = 0; i < R->ngroups; i++)
        free(R->groups[i].runs);
    for (size_t i = 0; i < R->nworkloads; i++)
        free(R->workloads[i]);
    for (size_t i = 0; i < R->nconfigs; i++)
        free(R->configs[i]);
    free(R->workloads);
    free(R->configs);
    free(R->runs);
    free(R->groups);
    for (size_t i = 0; i < R->nwarnings; i++)
        free(R->warnings[i]);
    free(R->warnings);
    memset(R, 0, sizeof *R);
}

size_t lab_group_values(const lab_results *R, const lab_group *g, const char *figure, double *out)
{
    size_t k = 0;
    for (size_t i = 0; i < g->n; i++) {
        double v = lab_json_num(R->runs[g->runs[i]].stats, figure);
        if (!isnan(v))
            out[k++] = v;
    }
    return k;
}

static void cell(FILE *f, double v)
{
    if (!isnan(v))
        fprintf(f, "%.6g", v);
}

static int write_summary(FILE *f, void *arg)
{
    const lab_results *R = arg;
    fputs("workload,config,runs,runs_with_stats", f);
    for (size_t k = 0; k < lab_nfigures; k++)
        fprintf(f, ",%s_median,%s_ci_lo,%s_ci_hi", lab_figures[k], lab_figures[k], lab_figures[k]);
    fputc('\n', f);
    for (size_t i = 0; i < R->ngroups; i++) {
        const lab_group *g = &R->groups[i];
        fprintf(f, "%s,%s,%zu,%zu", g->workload, g->config, g->total, g->n);
        double *v = malloc((g->n ? g->n : 1) * sizeof *v);
        if (!v)
            return -1;
        for (size_t k = 0; k < lab_nfigures; k++) {
            size_t m = lab_group_values(R, g, lab_figures[k], v);
            lab_ci ci = lab_median_ci(v, m);
            fputc(',', f);
            cell(f, ci.center);
            fputc(',', f);
            cell(f, ci.lo);
            fputc(',', f);
            cell(f, ci.hi);
        }
        free(v);
        fputc('\n', f);
    }
    return 0;
}

int lab_summary_write(const lab_results *R, const char *path, char *err, size_t errlen)
{
    return lab_write_atomic(path, write_summary, (void *)R, err, errlen);
}

/* ---- traces ---- */

static int push_d(double **a, size_t n, double v)
{
    if ((n & (n - 1)) == 0) {   /* grow at powers of two */
        double *na = realloc(*a, (n ? 2 * n : 1) * sizeof *na);
        if (!na)
            return -1;
        *a = na;
    }
    (*a)[n] = v;
    return 0;
}

/* A trace field: a whole finite number >= 0 (0 if empty: an unknown
 * figure); 0, or -1 if it is not. */
static int number(const char *text, double *out)
{
    char *end;
    errno = 0;
    double v = *text ? strtod(text, &end) : 0;
    if (*text && (end == text || *end || errno == ERANGE))
        return -1;
    *out = v;
    return isfinite(v) && v >= 0 ? 0 : -1;
}

int lab_trace_load(const char *path, lab_trace *T, char *err, size_t errlen)
{
    memset(T, 0, sizeof *T);
    char *text = lab_read_file(path, NULL);
    if (!text) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    int col_kind = -1, col_start = -1, col_end = -1, col_live = -1, col_rss = -1, col_name = -1;
    T->teardown_t = NAN;
    for (char *p = text; *p; p++)   /* CRLF: a '\r' before a newline is a line end too */
        if (*p == '\r' && (p[1] == '\n' || !p[1]))
            *p = '\n';
    char *save = NULL;
    char *line = strtok_r(text, "\n", &save);
    if (line) {
        int c = 0;
        for (char *p = line, *tok; (tok = strsep(&p, ",")); c++) {
            if (!strcmp(tok, "kind")) col_kind = c;
            else if (!strcmp(tok, "start_ns")) col_start = c;
            else if (!strcmp(tok, "end_ns")) col_end = c;
            else if (!strcmp(tok, "live_bytes")) col_live = c;
            else if (!strcmp(tok, "rss_bytes")) col_rss = c;
            else if (!strcmp(tok, "collector")) col_name = c;
        }
    }
    if (col_kind < 0 || col_start < 0 || col_end < 0 || col_live < 0 || col_rss < 0) {
        snprintf(err, errlen, "%s:1: not a gclab trace (header lacks kind, start_ns, end_ns, live_bytes or rss_bytes)", path);
        free(text);
        return -1;
    }
    int lineno = 1;
    size_t pcap = 0;
    while ((line = strtok_r(NULL, "\n", &save))) {
        lineno++;
        char *f[32];
        int nf = 0;
        for (char *p = line, *tok; nf < 32 && (tok = strsep(&p, ","));)
            f[nf++] = tok;
        int need = col_kind > col_start ? col_kind : col_start;
        if (col_end > need) need = col_end;
        if (col_live > need) need = col_live;
        if (col_rss > need) need = col_rss;
        if (nf <= need) {
            snprintf(err, errlen, "%s:%d: %d fields, at least %d expected", path, lineno, nf, need + 1);
            lab_trace_free(T);
            free(text);
            return -1;
        }
        double s, e, live, rss;
        const char *bad = number(f[col_start], &s) ? "start_ns" : number(f[col_end], &e) ? "end_ns"
                        : number(f[col_live], &live) ? "live_bytes" : number(f[col_rss], &rss) ? "rss_bytes" : NULL;
        if (bad || e < s) {
            if (bad)
                snprintf(err, errlen, "%s:%d: %s is not a finite, non-negative number", path, lineno, bad);
            else
                snprintf(err, errlen, "%s:%d: ends before it starts", path, lineno);
            lab_trace_free(T);
            free(text);
            return -1;
        }
        s /= 1e9;
        e /= 1e9;
        if (!strcmp(f[col_kind], "mark")) {
            /* the program ended here: later pauses are the teardown's */
            if (col_name >= 0 && col_name < nf && !strcmp(f[col_name], "teardown"))
                T->teardown_t = s;
            continue;
        }
        if (!isnan(T->teardown_t) && s >= T->teardown_t)
            continue;
        if (!strcmp(f[col_kind], "sample")) {
            if (push_d(&T->sample_t, T->nsamples, s) < 0 ||
                push_d(&T->live_bytes, T->nsamples, live) < 0 ||
                push_d(&T->rss_bytes, T->nsamples, rss) < 0)
                goto oom;
            T->nsamples++;
        } else {
            if (T->npauses == pcap) {
                pcap = pcap ? 2 * pcap : 64;
                lab_interval *np = realloc(T->pauses, pcap * sizeof *np);
                if (!np)
                    goto oom;
                T->pauses = np;
            }
            T->pauses[T->npauses++] = (lab_interval){ s, e };
        }
    }
    free(text);
    return 0;
oom:
    snprintf(err, errlen, "%s: out of memory", path);
    lab_trace_free(T);
    free(text);
    return -1;
}

void lab_trace_free(lab_trace *T)
{
    free(T->pauses);
    free(T->sample_t);
    free(T->live_bytes);
    free(T->rss_bytes);
    memset(T, 0, sizeof *T);
}

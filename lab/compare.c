/*
 * compare.c -- `gclab compare`: every configuration of one or more result
 * folders against a baseline configuration, per workload and figure, with
 * the statistics a paper needs (pyperf's compare_to, with a rank test).
 *
 * For each workload, configuration and figure: the ratio of medians
 * (configuration / baseline) with its 95% bootstrap interval, the two-sided
 * Mann-Whitney U p-value of the runs against the baseline's runs, and a
 * verdict: "faster"/"slower" for time figures (seconds, milliseconds),
 * "lower"/"higher" for the others, or "not significant" when p >= alpha.
 * Across workloads: the geometric mean of the ratios.
 *
 * Invariants: a ratio is printed only when both medians are finite and the
 * baseline's is not zero; a workload the baseline did not run is skipped
 * (with a note), never compared with another workload's baseline.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lab/compare.h"
#include "lab/results.h"
#include "lab/stats.h"

const char *const lab_compare_default_metrics[] = {
    "wall_s", "cpu_s", "gc_s", "pause_p99_ms", "pause_max_ms", "peak_rss_bytes", NULL,
};

static bool is_time_figure(const char *m)
{
    size_t n = strlen(m);
    return (n > 2 && strcmp(m + n - 2, "_s") == 0) || (n > 3 && strcmp(m + n - 3, "_ms") == 0);
}

static const lab_group *find_group(const lab_results *R, const char *workload, const char *config)
{
    for (size_t i = 0; i < R->ngroups; i++)
        if (strcmp(R->groups[i].workload, workload) == 0 && strcmp(R->groups[i].config, config) == 0)
            return &R->groups[i];
    return NULL;
}

lab_cmp_cell lab_compare_cell(const lab_results *R, const lab_group *g, const lab_group *base,
                              const char *metric, double alpha)
{
    lab_cmp_cell c;
    memset(&c, 0, sizeof c);
    c.ratio.center = c.ratio.lo = c.ratio.hi = NAN;
    c.verdict = "";
    double *x = malloc((g->n + 1) * sizeof *x), *y = malloc((base->n + 1) * sizeof *y);
    if (!x || !y)
        goto done;
    c.n = lab_group_values(R, g, metric, x);
    c.nbase = lab_group_values(R, base, metric, y);
    if (c.n == 0 || c.nbase == 0)
        goto done;
    c.valid = true;
    c.median = lab_median(x, c.n);
    c.median_base = lab_median(y, c.nbase);
    c.p = lab_mannwhitney(x, c.n, y, c.nbase, &c.u);
    if (isfinite(c.median) && isfinite(c.median_base) && c.median_base != 0)
        c.ratio = lab_median_ratio_ci(x, c.n, y, c.nbase);
    bool time = is_time_figure(metric);
    if (isnan(c.p) || c.p >= alpha || c.median == c.median_base)
        c.verdict = "not significant";
    else if (c.median > c.median_base)
        c.verdict = time ? "slower" : "higher";
    else
        c.verdict = time ? "faster" : "lower";
done:
    free(x);
    free(y);
    return c;
}

void lab_format_value(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "-");
    else if (v == floor(v) && fabs(v) < 1e15)
        snprintf(buf, n, "%.0f", v);
    else
        snprintf(buf, n, "%.4g", v);
}

static void fmt_cell(char *buf, size_t n, const lab_cmp_cell *c, bool with_ci)
{
    if (!c->valid) {
        snprintf(buf, n, "-");
        return;
    }
    if (isnan(c->ratio.center)) {
        char a[32], b[32];
        lab_format_value(a, sizeof a, c->median);
        lab_format_value(b, sizeof b, c->median_base);
        snprintf(buf, n, "%s vs %s", a, b);
        return;
    }
    int k = snprintf(buf, n, "%.2fx %s", c->ratio.center, c->verdict);
    if (with_ci && k > 0 && (size_t)k < n)
        snprintf(buf + k, n - (size_t)k, " [%.2f, %.2f] p=%.3g", c->ratio.lo, c->ratio.hi, c->p);
}

static void print_csv_header(FILE *out)
{
    fputs("metric,workload,config,baseline,runs,runs_baseline,median,median_baseline,"
          "ratio,ratio_ci_lo,ratio_ci_hi,u,p,verdict\n", out);
}

static void csv_num(FILE *out, double v)
{
    fputc(',', out);
    if (!isnan(v))
        fprintf(out, "%.17g", v);
}

int lab_compare(const lab_compare_opts *o, FILE *out, FILE *err)
{
    lab_results R;
    char msg[512];
    if (lab_results_load(o->dirs, o->ndirs, &R, msg, sizeof msg) < 0) {
        fprintf(err, "gclab compare: %s\n", msg);
        return 1;
    }
    if (!o->allow_mixed && lab_results_check_mixed(&R, msg, sizeof msg) < 0) {
        fprintf(err, "gclab compare: %s\n", msg);
        lab_results_free(&R);
        return 2;
    }
    int status = 0;
    bool have_base = false;
    for (size_t i = 0; i < R.nconfigs; i++)
        have_base |= strcmp(R.configs[i], o->baseline) == 0;
    if (!have_base) {
        fprintf(err, "gclab compare: no configuration '%s' in the results (configurations:", o->baseline);
        for (size_t i = 0; i < R.nconfigs; i++)
            fprintf(err, " %s", R.configs[i]);
        fprintf(err, ")\n");
        lab_results_free(&R);
        return 1;
    }
    const char *const *metrics = o->metrics ? o->metrics : lab_compare_default_metrics;
    for (const char *const *m = metrics; *m; m++) {
        bool known = false;
        for (size_t k = 0; k < lab_nfigures; k++)
            known |= strcmp(lab_figures[k], *m) == 0;
        if (!known) {
            fprintf(err, "gclab compare: unknown figure '%s' (one of:", *m);
            for (size_t k = 0; k < lab_nfigures; k++)
                fprintf(err, " %s", lab_figures[k]);
            fprintf(err, ")\n");
            lab_results_free(&R);
            return 2;
        }
    }
    double alpha = o->alpha > 0 ? o->alpha : 0.05;
    if (o->csv)
        print_csv_header(out);
    size_t min_runs = SIZE_MAX;
    for (const char *const *m = metrics; *m; m++) {
        if (!o->csv) {
            fprintf(out, "%s: ratio of medians to %s%s\n\n", *m, o->baseline,
                    o->with_ci ? " [95% bootstrap interval] p = Mann-Whitney U, two-sided" : "");
            fprintf(out, "%-22s", "workload");
            for (size_t c = 0; c < R.nconfigs; c++)
                if (strcmp(R.configs[c], o->baseline) != 0)
                    fprintf(out, " %-*s", o->with_ci ? 44 : 24, R.configs[c]);
            fputc('\n', out);
        }
        double *logs = calloc(R.nconfigs, sizeof *logs);
        size_t *nlogs = calloc(R.nconfigs, sizeof *nlogs);
        if (!logs || !nlogs) {
            free(logs);
            free(nlogs);
            fprintf(err, "gclab compare: out of memory\n");
            status = 1;
            break;
        }
        for (size_t w = 0; w < R.nworkloads; w++) {
            const lab_group *base = find_group(&R, R.workloads[w], o->baseline);
            if (!base) {
                if (!o->csv)
                    fprintf(out, "%-22s (no %s runs: skipped)\n", R.workloads[w], o->baseline);
                continue;
            }
            if (!o->csv)
                fprintf(out, "%-22s", R.workloads[w]);
            for (size_t c = 0; c < R.nconfigs; c++) {
                if (strcmp(R.configs[c], o->baseline) == 0)
                    continue;
                const lab_group *g = find_group(&R, R.workloads[w], R.configs[c]);
                lab_cmp_cell cell;
                memset(&cell, 0, sizeof cell);
                cell.ratio.center = NAN;
                if (g)
                    cell = lab_compare_cell(&R, g, base, *m, alpha);
                if (cell.valid) {
                    if (cell.n < min_runs)
                        min_runs = cell.n;
                    if (cell.nbase < min_runs)
                        min_runs = cell.nbase;
                }
                if (cell.valid && isfinite(cell.ratio.center) && cell.ratio.center > 0) {
                    logs[c] += log(cell.ratio.center);
                    nlogs[c]++;
                }
                if (o->csv) {
                    if (!cell.valid)
                        continue;
                    fprintf(out, "%s,%s,%s,%s,%zu,%zu", *m, R.workloads[w], R.configs[c], o->baseline,
                            cell.n, cell.nbase);
                    csv_num(out, cell.median);
                    csv_num(out, cell.median_base);
                    csv_num(out, cell.ratio.center);
                    csv_num(out, cell.ratio.lo);
                    csv_num(out, cell.ratio.hi);
                    csv_num(out, cell.u);
                    csv_num(out, cell.p);
                    fprintf(out, ",%s\n", cell.verdict);
                } else {
                    char buf[128];
                    fmt_cell(buf, sizeof buf, &cell, o->with_ci);
                    fprintf(out, " %-*s", o->with_ci ? 44 : 24, buf);
                }
            }
            if (!o->csv)
                fputc('\n', out);
        }
        if (o->csv) {
            for (size_t c = 0; c < R.nconfigs; c++)
                if (nlogs[c])
                    fprintf(out, "%s,geometric mean,%s,%s,%zu,,,,%.17g,,,,,\n", *m, R.configs[c], o->baseline,
                            nlogs[c], exp(logs[c] / (double)nlogs[c]));
        } else {
            fprintf(out, "%-22s", "geometric mean");
            for (size_t c = 0; c < R.nconfigs; c++) {
                if (strcmp(R.configs[c], o->baseline) == 0)
                    continue;
                char buf[64];
                if (nlogs[c])
                    snprintf(buf, sizeof buf, "%.2fx", exp(logs[c] / (double)nlogs[c]));
                else
                    snprintf(buf, sizeof buf, "-");
                fprintf(out, " %-*s", o->with_ci ? 44 : 24, buf);
            }
            fputs("\n\n", out);
        }
        free(logs);
        free(nlogs);
    }
    if (!o->csv && min_runs != SIZE_MAX && min_runs < 4)
        fprintf(out, "note: %zu run(s) per side: the Mann-Whitney test cannot reach p < 0.05 with fewer "
                     "than 4 runs against 4; use more repeats for verdicts.\n", min_runs);
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(err, "gclab compare: error writing the output\n");
        status = 1;
    }
    lab_results_free(&R);
    return status;
}

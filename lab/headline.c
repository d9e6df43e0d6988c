/*
 * headline.c -- the report's headline table: one compact row per workload
 * and configuration, a few figures each as its median and its ratio to a
 * baseline configuration, like `pyperf compare_to --table`.
 *
 * The ratios are lab_compare_cell's (lab/compare.c), so the report and
 * `gclab compare` never disagree.  Integers print as integers; intervals
 * (of the median and of the ratio, 95% bootstrap) only when asked.  A
 * figure no run has (start-up, for gclab-only experiments) gets no column.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lab/headline.h"
#include "lab/compare.h"
#include "lab/stats.h"

static const struct hcol {
    const char *figure, *label;
    double scale;
} hcols[] = {
    { "wall_s", "wall (s)", 1 },
    { "gc_s", "GC time (s)", 1 },
    { "pause_count", "pauses", 1 },
    { "pause_p99_ms", "p99 pause (ms)", 1 },
    { "pause_max_ms", "max pause (ms)", 1 },
    { "peak_rss_bytes", "peak RSS (MiB)", 1.0 / 1048576 },
    { "startup_s", "start-up (s)", 1 },
};
#define NHCOLS (sizeof hcols / sizeof hcols[0])

static const lab_group *group_of(const lab_results *R, const char *w, const char *c)
{
    for (size_t i = 0; i < R->ngroups; i++)
        if (!strcmp(R->groups[i].workload, w) && !strcmp(R->groups[i].config, c))
            return &R->groups[i];
    return NULL;
}

static bool column_has_data(const lab_results *R, const char *figure)
{
    for (size_t i = 0; i < R->nruns; i++)
        if (R->runs[i].stats && !isnan(lab_json_num(R->runs[i].stats, figure)))
            return true;
    return false;
}

/* "median (ratio)" with the intervals when asked. */
static void cell_text(char *out, size_t n, const lab_results *R, const lab_group *g, const lab_group *base,
                      const struct hcol *col, bool with_ci)
{
    double *v = malloc((g->n + 1) * sizeof *v);
    size_t m = v ? lab_group_values(R, g, col->figure, v) : 0;
    lab_ci ci = lab_median_ci(v, m);
    free(v);
    if (!m || isnan(ci.center)) {
        snprintf(out, n, "-");
        return;
    }
    char a[32], lo[32], hi[32];
    lab_format_value(a, sizeof a, ci.center * col->scale);
    int k = snprintf(out, n, "%s", a);
    if (with_ci && m > 1 && k >= 0 && (size_t)k < n) {
        lab_format_value(lo, sizeof lo, ci.lo * col->scale);
        lab_format_value(hi, sizeof hi, ci.hi * col->scale);
        k += snprintf(out + k, n - (size_t)k, " [%s, %s]", lo, hi);
    }
    if (!base || base == g || k < 0 || (size_t)k >= n)
        return;
    lab_cmp_cell c = lab_compare_cell(R, g, base, col->figure, 0.05);
    if (!c.valid || isnan(c.ratio.center))
        return;
    if (with_ci)
        snprintf(out + k, n - (size_t)k, " (%.2fx [%.2f, %.2f])", c.ratio.center, c.ratio.lo, c.ratio.hi);
    else
        snprintf(out + k, n - (size_t)k, " (%.2fx)", c.ratio.center);
}

static void escape(FILE *f, const char *s)
{
    for (; *s; s++)
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        default: fputc(*s, f);
        }
}

int lab_headline(const lab_results *R, const char *baseline, bool with_ci, char **md, char **html)
{
    size_t mdn = 0, htn = 0;
    *md = *html = NULL;
    FILE *m = open_memstream(md, &mdn), *h = open_memstream(html, &htn);
    if (!m || !h) {
        if (m)
            fclose(m);
        if (h)
            fclose(h);
        free(*md);
        free(*html);
        *md = *html = NULL;
        return -1;
    }
    bool show[NHCOLS];
    for (size_t k = 0; k < NHCOLS; k++)
        show[k] = column_has_data(R, hcols[k].figure);
    fputs("## Headline\n\nEach cell: ", m);
    fprintf(m, with_ci ? "median [95%% interval] (ratio of medians to %s [95%% interval])"
                       : "median (ratio of medians to %s; `gclab report --ci` adds intervals)", baseline);
    fputs(". `gclab compare` tests the differences.\n\n| workload | config", m);
    fputs("<h2>Headline</h2>\n<p>Each cell: ", h);
    fprintf(h, with_ci ? "median [95%% interval] (ratio of medians to <b>%s</b> [95%% interval])"
                       : "median (ratio of medians to <b>%s</b>)", baseline);
    fputs(". <code>gclab compare</code> tests the differences.</p>\n<table class=\"headline\">\n"
          "<tr><th>workload</th><th>config</th>", h);
    for (size_t k = 0; k < NHCOLS; k++)
        if (show[k]) {
            fprintf(m, " | %s", hcols[k].label);
            fprintf(h, "<th>%s</th>", hcols[k].label);
        }
    fputs(" |\n|---|---", m);
    for (size_t k = 0; k < NHCOLS; k++)
        if (show[k])
            fputs("|---", m);
    fputs("|\n", m);
    fputs("</tr>\n", h);
    for (size_t i = 0; i < R->ngroups; i++) {
        const lab_group *g = &R->groups[i];
        if (!g->n)
            continue;
        const lab_group *base = group_of(R, g->workload, baseline);
        fprintf(m, "| %s | %s", g->workload, g->config);
        fputs("<tr><td>", h);
        escape(h, g->workload);
        fputs("</td><td>", h);
        escape(h, g->config);
        fputs("</td>", h);
        for (size_t k = 0; k < NHCOLS; k++) {
            if (!show[k])
                continue;
            char text[160];
            cell_text(text, sizeof text, R, g, base, &hcols[k], with_ci);
            fprintf(m, " | %s", text);
            fputs("<td>", h);
            escape(h, text);
            fputs("</td>", h);
        }
        fputs(" |\n", m);
        fputs("</tr>\n", h);
    }
    fputs("</table>\n", h);
    int bad = ferror(m) || ferror(h);
    bad |= fclose(m) != 0;
    bad |= fclose(h) != 0;
    if (bad) {
        free(*md);
        free(*html);
        *md = *html = NULL;
        return -1;
    }
    return 0;
}

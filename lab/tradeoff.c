/*
 * tradeoff.c -- the trade-off charts of a report (tradeoff.h).
 *
 * A sweep is found from the configuration names alone (lab_sweep_point),
 * so merged result folders and reports of old folders need no spec.  One
 * chart per workload, kind of sweep (heap factor, threshold) and figure
 * (wall_s, gc_s, and collections: the count, which unlike the times does
 * not move with the machine's load); in it one curve per base configuration, its points in
 * increasing x.  Normalisation: every median and interval end is divided
 * by the largest median of the chart, so the curves of marksweep and
 * boehm keep their relative level and the worst point reads 1.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "lab/tradeoff.h"
#include "lab/fileio.h"
#include "lab/stats.h"
#include "lab/sweep.h"

typedef struct point {
    double x;
    lab_ci ci;
} point;

typedef struct curve {
    char *base;
    int colour;      /* gnuplot line colour: the curve's place in the chart */
    point *p;
    size_t n;
} curve;

static const lab_group *group_of(const lab_results *R, const char *w, const char *c)
{
    for (size_t i = 0; i < R->ngroups; i++)
        if (!strcmp(R->groups[i].workload, w) && !strcmp(R->groups[i].config, c))
            return &R->groups[i];
    return NULL;
}

static int by_x(const void *a, const void *b)
{
    double x = ((const point *)a)->x, y = ((const point *)b)->x;
    return (x > y) - (x < y);
}

/* A file-name-safe copy (the report's charts use the same alphabet). */
static char *safe(const char *s)
{
    char *r = strdup(s);
    for (char *p = r; p && *p; p++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.+", *p))
            *p = '_';
    return r;
}

/* Curves of one workload and kind for one figure; the number of curves. */
static size_t collect(const lab_results *R, const char *w, lab_sweep_kind kind, const char *figure, curve **out)
{
    curve *cv = NULL;
    size_t n = 0;
    double *vals = NULL;
    for (size_t ci = 0; ci < R->nconfigs; ci++) {
        char *base = NULL;
        double x;
        lab_sweep_kind k0 = lab_sweep_point(R->configs[ci], &base, &x);
        if (k0 != kind) {   /* base is set for a point of the other kind */
            free(base);
            continue;
        }
        const lab_group *g = group_of(R, w, R->configs[ci]);
        double *nv = g && g->n ? realloc(vals, g->n * sizeof *nv) : NULL;
        size_t m = nv ? lab_group_values(R, g, figure, (vals = nv)) : 0;
        if (!m) {
            free(base);
            continue;
        }
        size_t k = 0;
        while (k < n && strcmp(cv[k].base, base))
            k++;
        if (k == n) {
            curve *nc = realloc(cv, (n + 1) * sizeof *nc);
            if (!nc) {
                free(base);
                continue;
            }
            cv = nc;
            cv[n] = (curve){ base, (int)n + 1, NULL, 0 };
            n++;
            base = NULL;
        }
        free(base);
        point *np = realloc(cv[k].p, (cv[k].n + 1) * sizeof *np);
        if (np) {
            cv[k].p = np;
            np[cv[k].n++] = (point){ x, lab_median_ci(vals, m) };
        }
    }
    free(vals);
    for (size_t k = 0; k < n; k++)
        qsort(cv[k].p, cv[k].n, sizeof *cv[k].p, by_x);
    *out = cv;
    return n;
}

static void free_curves(curve *cv, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        free(cv[k].base);
        free(cv[k].p);
    }
    free(cv);
}

/* Append printf output to *s (NULL stays NULL on failure). */
static void append(char **s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void append(char **s, const char *fmt, ...)
{
    if (!*s)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *t = NULL;
    int len = vasprintf(&t, fmt, ap);
    va_end(ap);
    char *r = len < 0 ? NULL : lab_strdup_printf("%s%s", *s, t);
    free(t);
    free(*s);
    *s = r;
}

static void chart(const lab_results *R, const lab_chart_sink *sink, const char *w, lab_sweep_kind kind,
                  const char *figure, const char *label)
{
    curve *cv;
    size_t n = collect(R, w, kind, figure, &cv);
    double top = 0, whisker = 0;
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < cv[k].n; i++) {
            top = fmax(top, cv[k].p[i].ci.center);
            whisker = fmax(whisker, cv[k].p[i].ci.hi);
        }
    if (!n || !(top > 0)) {   /* no sweep here, or nothing measured (no GC time at all) */
        free_curves(cv, n);
        return;
    }
    bool heap = kind == LAB_SWEEP_HEAP;
    char *sw = safe(w);
    const char *what = heap ? "heap" : "threshold";
    const char *fig = !strcmp(figure, "gc_s") ? "gc" : !strcmp(figure, "wall_s") ? "time" : figure;
    /* explicit tics at the swept values: a log axis would label only powers of 2 */
    char *tics = strdup("");
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < cv[k].n; i++) {
            double x = cv[k].p[i].x;
            bool seen = false;
            for (size_t j = 0; j < n && !seen; j++)
                for (size_t q = 0; q < cv[j].n && !seen; q++)
                    seen = (j < k || (j == k && q < i)) && cv[j].p[q].x == x;
            if (!seen)
                append(&tics, "%s'%g' %.17g", *tics ? ", " : "", x, x);
        }
    char *body = lab_strdup_printf(
        "set logscale x 2\nset xlabel '%s'\nset ylabel '%s / largest median'\n"
        "set yrange [0:%.3g]\nset xtics (%s)\nset offsets graph 0.04, graph 0.04, 0, 0\n",
        heap ? "heap size / minimum heap (log scale)" : "generation 0 threshold (log scale)", label,
        1.05 * fmax(1.0, whisker / top), tics ? tics : "");   /* room for the highest whisker */
    free(tics);
    for (size_t k = 0; k < n && body; k++) {
        char *data = lab_strdup_printf("# %s %s of %s: x median ci_lo ci_hi, divided by %.9g\n", cv[k].base, figure, w, top);
        for (size_t i = 0; i < cv[k].n; i++)
            append(&data, "%.9g %.6g %.6g %.6g\n", cv[k].p[i].x, cv[k].p[i].ci.center / top, cv[k].p[i].ci.lo / top,
                   cv[k].p[i].ci.hi / top);
        char *sb = safe(cv[k].base), *stem = lab_strdup_printf("%s-tradeoff-%s-%s-%s", sw, what, fig, sb ? sb : "");
        char *f = data && stem ? sink->data(sink->ctx, stem, data) : NULL;
        if (f)
            append(&body, "%s'%s' using 1:2:3:4 with yerrorlines lw 2 pt 7 ps 0.8 lc %d title '%s'", k ? ", \\\n     " : "plot ",
                   f, cv[k].colour, cv[k].base);
        else {
            free(body);
            body = NULL;
        }
        free(f);
        free(stem);
        free(sb);
        free(data);
    }
    char *name = lab_strdup_printf("%s-tradeoff-%s-%s", sw, what, fig);
    char *title = lab_strdup_printf("%s: %s against the %s (median, 95%% CI; normalised to the largest)", w, label,
                                    heap ? "heap size" : "generation 0 threshold");
    if (body && name && title)
        sink->chart(sink->ctx, name, title, w, body);
    free(name);
    free(title);
    free(body);
    free(sw);
    free_curves(cv, n);
}

void lab_tradeoff_charts(const lab_results *R, const lab_chart_sink *sink)
{
    static const lab_sweep_kind kinds[] = { LAB_SWEEP_HEAP, LAB_SWEEP_THRESHOLD };
    for (size_t w = 0; w < R->nworkloads; w++)
        for (int k = 0; k < 2; k++) {
            chart(R, sink, R->workloads[w], kinds[k], "wall_s", "total time");
            chart(R, sink, R->workloads[w], kinds[k], "gc_s", "GC time");
            chart(R, sink, R->workloads[w], kinds[k], "collections", "collections");
        }
}

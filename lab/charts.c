/*
 * charts.c -- the report's gnuplot charts: per workload, the pause-time
 * CDF and the MMU curves (every configuration overlaid), the pause
 * timeline and memory over time (one panel per configuration, one run
 * each: the lowest repeat with data); with a heap census (gclab run
 * --heap-census), live bytes by type at the program's end and the CDF of
 * the sampled objects' ages at death; across workloads, bars of GC time,
 * max pause and peak RSS with their 95% intervals as whiskers.
 *
 * Invariants: every configuration keeps one colour and one dash in every
 * chart (lab_chart_style of its place in the spec, whatever --configs
 * hides); panels of one chart share their axes, so they compare at a
 * glance; an axis is logarithmic exactly when its data spans more than
 * LOG_SPAN (two decades); whiskers are inside the y range (it is computed
 * from the interval ends, not left to autoscale).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "lab/report_int.h"
#include "lab/fileio.h"
#include "lab/stats.h"
#include "lab/sweep.h"

#define MMU_POINTS 40          /* log-spaced windows: smooth curves, cheap */
#define MMU_MIN_MS 0.1         /* below a typical young collection */
#define LOG_SPAN 100.0         /* max / min beyond which an axis is logarithmic */
#define PANEL_H 170            /* pixels per panel: room for a title, tics and a label */

/* Okabe and Ito's colour-blind-safe palette (yellow darkened to print),
 * then five dash types: configuration i gets colour i % 8 and dash i % 5,
 * distinct pairs for the first 40 configurations. */
static const char *const palette[] = { "#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                       "#e69f00", "#56b4e9", "#000000", "#b8a000" };
#define NPALETTE (sizeof palette / sizeof palette[0])

lab_style lab_chart_style(size_t i) { return (lab_style){ palette[i % NPALETTE], 1 + (int)(i % 5) }; }

void lab_chart_style_clause(size_t i, char *out, size_t n)
{
    lab_style s = lab_chart_style(i);
    snprintf(out, n, "lc rgb '%s' dt %d", s.color, s.dash);
}

const char *const lab_chart_kinds[] = { "pause-cdf", "pause-timeline", "memory", "mmu", "census", "lifetimes",
                                        "gc-time", "max-pause", "peak-memory" };
const size_t lab_nchart_kinds = sizeof lab_chart_kinds / sizeof lab_chart_kinds[0];

bool lab_chart_wanted(const lab_rctx *C, const char *kind)
{
    for (size_t i = 0; i < lab_nchart_kinds; i++)
        if (!strcmp(lab_chart_kinds[i], kind))
            return (C->chart_on >> i) & 1u;
    return true;   /* charts this file does not know (other files' own) */
}

int lab_name_list(const char *list, const char *const *allowed, size_t n, bool *on, char *err, size_t errlen)
{
    char *copy = strdup(list), *save = NULL;
    if (!copy) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int rc = 0;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        while (*t == ' ')
            t++;
        size_t k = 0;
        while (k < n && strcmp(allowed[k], t))
            k++;
        if (k == n) {
            snprintf(err, errlen, "'%s'", t);
            rc = -1;
            break;
        }
        on[k] = true;
    }
    free(copy);
    return rc;
}

const lab_group *lab_rep_group(const lab_results *R, const char *w, const char *c)
{
    for (size_t i = 0; i < R->ngroups; i++)
        if (!strcmp(R->groups[i].workload, w) && !strcmp(R->groups[i].config, c))
            return &R->groups[i];
    return NULL;
}

lab_ci lab_rep_group_ci(const lab_results *R, const lab_group *g, const char *figure, size_t *count)
{
    lab_ci ci = { NAN, NAN, NAN };
    size_t m = 0;
    double *v = g ? malloc((g->n ? g->n : 1) * sizeof *v) : NULL;
    if (v) {
        m = lab_group_values(R, g, figure, v);
        ci = lab_median_ci(v, m);
    }
    free(v);
    if (count)
        *count = m;
    return ci;
}

/* Workloads none of whose shown runs left data get no charts (the pages
 * list their runs under "Runs without data"). */
/* Configuration ci in the per-configuration charts: chosen (--configs)
 * and not a sweep point (NAME@1.5x, NAME@t700: drawn in the trade-off
 * charts, lab/tradeoff.c, where 21 lines stay readable). */
static bool shown_in_charts(const lab_rctx *C, size_t ci)
{
    return C->config_on[ci] && !lab_sweep_is_point(C->R.configs[ci]);
}

bool lab_workload_has_data(const lab_rctx *C, const char *w)
{
    for (size_t c = 0; c < C->R.nconfigs; c++) {
        const lab_group *g = C->config_on[c] ? lab_rep_group(&C->R, w, C->R.configs[c]) : NULL;
        if (g && g->n)
            return true;
    }
    return false;
}

/* The run shown in timelines: the lowest repeat with stats. */
static size_t first_run(const lab_results *R, const lab_group *g)
{
    size_t best = 0;
    for (size_t i = 1; i < g->n; i++)
        if (R->runs[g->runs[i]].repeat < R->runs[g->runs[best]].repeat)
            best = i;
    return best;
}

static bool load_trace(lab_rctx *C, const lab_result_run *r, lab_trace *t)
{
    char e[512], *p = lab_strdup_printf("%s/trace.csv", r->dir);
    int rc = p ? lab_trace_load(p, t, e, sizeof e) : -1;
    if (rc < 0)
        fprintf(C->err, "gclab report: warning: %s: trace left out\n", p ? e : "out of memory");
    free(p);
    return rc == 0;
}

/* Overlaid series: "plot 'file' using ... , \ ...". */
typedef struct series {
    lab_buf plot;
    int n;
} series;

static void add_series(series *s, const char *clause)
{
    lab_bprintf(&s->plot, "%s%s", s->n++ ? ", \\\n     " : "plot ", clause);
}

static const char *finish_plot(series *s, const char *empty_msg)
{
    if (!s->n)
        lab_bprintf(&s->plot, "unset logscale\nset xrange [0:1]\nset yrange [0:1]\n"
                              "set label 1 '%s' at graph 0.5,0.5 center\nplot 2 notitle", empty_msg);
    return s->plot.s;
}

/* The y axis of values in [lo, hi] (lo > 0 the smallest positive one):
 * logarithmic when they span more than LOG_SPAN. */
static bool spans_decades(double lo, double hi) { return lo > 0 && hi / lo > LOG_SPAN; }

/* One configuration's data in a workload's charts. */
typedef struct cfg_data {
    size_t ci;                 /* index in R.configs */
    char *cdf, *mmu, *timeline, *memory;   /* data files, or NULL */
    double wall_s;             /* of the run shown in the panels */
    bool live;                 /* the memory samples have live bytes (CPython's have RSS only) */
} cfg_data;

/* The data files of configuration ci on workload w: pause CDF over every
 * repeat, median MMU curve, and the timeline and memory samples of one
 * run.  Extends the ranges the panels share. */
static void config_data(lab_rctx *C, const char *w, const char *sw, size_t ci, cfg_data *out, double range[4])
{
    const lab_results *R = &C->R;
    const char *c = R->configs[ci];
    const lab_group *g = lab_rep_group(R, w, c);
    memset(out, 0, sizeof *out);
    out->ci = ci;
    if (!g || !g->n)
        return;
    char *sc = lab_rep_safe(c);
    lab_trace *tr = calloc(g->n, sizeof *tr);
    double *walls = calloc(g->n, sizeof *walls), *ms = NULL, wall_max = 0;
    bool *have = calloc(g->n, sizeof *have);
    size_t nms = 0;
    for (size_t i = 0; tr && walls && have && i < g->n; i++) {
        const lab_result_run *r = &R->runs[g->runs[i]];
        if (!load_trace(C, r, &tr[i]))
            continue;
        have[i] = true;
        walls[i] = lab_json_num(r->stats, "wall_s") * 1e3;
        if (isnan(walls[i]))
            walls[i] = tr[i].nsamples ? tr[i].sample_t[tr[i].nsamples - 1] * 1e3 : 0;
        if (walls[i] > wall_max)
            wall_max = walls[i];
        double *nm = realloc(ms, (nms + tr[i].npauses + 1) * sizeof *nm);
        if (!nm)
            continue;
        ms = nm;
        for (size_t k = 0; k < tr[i].npauses; k++) {
            double d = (tr[i].pauses[k].end - tr[i].pauses[k].start) * 1e3;
            ms[nms++] = d > 1e-6 ? d : 1e-6;   /* log axis: zero-length pauses at 1 ns */
        }
    }
    if (nms) {
        lab_sort(ms, nms);
        lab_buf d = { 0 };
        lab_bprintf(&d, "# pause_ms fraction_le (config %s, %zu pauses over %zu runs)\n", c, nms, g->n);
        for (size_t k = 0; k < nms; k++)
            lab_bprintf(&d, "%.6g %.6g\n", ms[k], (double)(k + 1) / (double)nms);
        char *stem = lab_strdup_printf("%s-cdf-%s", sw, sc);
        out->cdf = stem && d.s ? lab_rep_data(C, stem, d.s) : NULL;
        free(stem);
        free(d.s);
    }
    if (wall_max > MMU_MIN_MS && tr && have) {
        double windows[MMU_POINTS], *curves = calloc(g->n * MMU_POINTS, sizeof *curves);
        for (int k = 0; k < MMU_POINTS; k++)
            windows[k] = MMU_MIN_MS * pow(wall_max / MMU_MIN_MS, (double)k / (MMU_POINTS - 1));
        size_t nc = 0;
        for (size_t i = 0; curves && i < g->n; i++) {
            if (!have[i] || !(walls[i] > 0))
                continue;
            lab_interval *iv = malloc((tr[i].npauses + 1) * sizeof *iv);
            if (!iv)
                continue;
            for (size_t k = 0; k < tr[i].npauses; k++)
                iv[k] = (lab_interval){ tr[i].pauses[k].start * 1e3, tr[i].pauses[k].end * 1e3 };
            if (lab_mmu_curve(iv, tr[i].npauses, 0, walls[i], windows, MMU_POINTS, curves + nc * MMU_POINTS) == 0)
                nc++;
            free(iv);
        }
        double *col = nc ? malloc(nc * sizeof *col) : NULL;
        if (col) {
            lab_buf d = { 0 };
            lab_bprintf(&d, "# window_ms mmu_median (config %s, median over %zu runs)\n", c, nc);
            for (int k = 0; k < MMU_POINTS; k++) {
                for (size_t i = 0; i < nc; i++)
                    col[i] = curves[i * MMU_POINTS + (size_t)k];
                lab_bprintf(&d, "%.6g %.6g\n", windows[k], lab_median(col, nc));
            }
            char *stem = lab_strdup_printf("%s-mmu-%s", sw, sc);
            out->mmu = stem && d.s ? lab_rep_data(C, stem, d.s) : NULL;
            free(stem);
            free(d.s);
        }
        free(col);
        free(curves);
    }
    size_t i0 = first_run(R, g);
    if (have && have[i0]) {
        const lab_trace *t = &tr[i0];
        const char *id = R->runs[g->runs[i0]].id;
        out->wall_s = walls[i0] / 1e3;
        if (out->wall_s > range[0])
            range[0] = out->wall_s;
        if (t->npauses) {
            lab_buf d = { 0 };
            lab_bprintf(&d, "# start_s pause_ms (config %s, run %s)\n", c, id);
            for (size_t k = 0; k < t->npauses; k++) {
                double p = (t->pauses[k].end - t->pauses[k].start) * 1e3;
                p = p > 1e-6 ? p : 1e-6;
                lab_bprintf(&d, "%.9g %.6g\n", t->pauses[k].start, p);
                if (p > range[1])
                    range[1] = p;
                if (p < range[2] || range[2] == 0)
                    range[2] = p;
                if (t->pauses[k].end > range[0])
                    range[0] = t->pauses[k].end;
            }
            char *stem = lab_strdup_printf("%s-timeline-%s", sw, sc);
            out->timeline = stem && d.s ? lab_rep_data(C, stem, d.s) : NULL;
            free(stem);
            free(d.s);
        }
        if (t->nsamples) {
            lab_buf d = { 0 };
            lab_bprintf(&d, "# t_s live_mib rss_mib (config %s, run %s)\n", c, id);
            for (size_t k = 0; k < t->nsamples; k++) {
                double live = t->live_bytes[k] / 1048576.0, rss = t->rss_bytes[k] / 1048576.0;
                lab_bprintf(&d, "%.9g %.6g %.6g\n", t->sample_t[k], live, rss);
                if (live > range[3])
                    range[3] = live;
                if (live > 0)
                    out->live = true;
                if (rss > range[3])
                    range[3] = rss;
                if (t->sample_t[k] > range[0])
                    range[0] = t->sample_t[k];
            }
            char *stem = lab_strdup_printf("%s-memory-%s", sw, sc);
            out->memory = stem && d.s ? lab_rep_data(C, stem, d.s) : NULL;
            free(stem);
            free(d.s);
        }
    }
    for (size_t i = 0; tr && i < g->n; i++)
        lab_trace_free(&tr[i]);
    free(tr);
    free(walls);
    free(have);
    free(ms);
    free(sc);
}

/* Panels, one per configuration with data, sharing their axes: body is
 * the plot command of panel k (a printf format taking the data file, the
 * style clause and the configuration name). */
static void panels(lab_rctx *C, const char *name, const char *title, const char *w, cfg_data *cd, size_t n,
                   bool timeline, const double range[4])
{
    size_t np = 0;
    for (size_t k = 0; k < n; k++)
        np += (timeline ? cd[k].timeline : cd[k].memory) != NULL;
    lab_buf b = { 0 };
    if (!np) {
        lab_bprintf(&b, "unset logscale\nset xrange [0:1]\nset yrange [0:1]\nset label 1 '%s' at graph 0.5,0.5 center\n"
                        "plot 2 notitle\n", timeline ? "no pauses recorded" : "no memory samples recorded");
        lab_rep_chart(C, name, title, w, b.s, LAB_CHART_W, LAB_CHART_H);
        free(b.s);
        return;
    }
    double xmax = range[0] > 0 ? range[0] * 1.02 : 1;
    bool logy = timeline && spans_decades(range[2], range[1]);
    lab_bprintf(&b, "set lmargin 12\nset rmargin 16\nset key outside right top samplen 3\n"
                    "set xrange [0:%.9g]\n", xmax);
    if (timeline && logy)
        lab_bprintf(&b, "set logscale y\nset yrange [%.6g:%.6g]\nset ylabel 'pause (ms, log)'\n", range[2] / 1.5,
                    range[1] * 1.5);
    else if (timeline)
        lab_bprintf(&b, "set yrange [0:%.6g]\nset ylabel 'pause (ms)'\n", range[1] * 1.08);
    else
        lab_bprintf(&b, "set yrange [0:%.6g]\nset ylabel 'MiB'\n", range[3] > 0 ? range[3] * 1.08 : 1);
    lab_bprintf(&b, "set multiplot layout %zu,1 title '%s'\n", np, title);
    size_t shown = 0;
    for (size_t k = 0; k < n; k++) {
        const char *f = timeline ? cd[k].timeline : cd[k].memory;
        if (!f)
            continue;
        lab_style s = lab_chart_style(C->style[cd[k].ci]);
        const char *c = C->R.configs[cd[k].ci];
        lab_bprintf(&b, "set title '%s'\n%s", c,
                    ++shown == np ? "set xlabel 'time since start (s)'\n" : "unset xlabel\n");
        if (timeline)
            lab_bprintf(&b, "plot '%s' using 1:2 with impulses lw 1.5 lc rgb '%s' notitle\n", f, s.color);
        else if (cd[k].live)
            lab_bprintf(&b, "plot '%s' using 1:2 with steps lw 2 lc rgb '%s' dt 1 title 'live', "
                            "'%s' using 1:3 with steps lw 1.5 lc rgb '%s' dt 2 title 'RSS'\n",
                        f, s.color, f, s.color);
        else
            lab_bprintf(&b, "plot '%s' using 1:3 with steps lw 1.5 lc rgb '%s' dt 2 title 'RSS'\n", f, s.color);
    }
    lab_bprintf(&b, "unset multiplot\n");
    int h = (int)np * PANEL_H + 60;
    lab_rep_chart(C, name, title, w, b.s, LAB_CHART_W, h < LAB_CHART_H ? LAB_CHART_H : h);
    free(b.s);
}

/* ---- the heap census (runs/<id>/trace-census.csv, trace-lifetimes.csv) ---- */

/* Split a CSV line of simple fields (no quotes needed by the census's
 * own columns except type names, which are read up to the next comma
 * after unquoting). */
static int split(char *line, char **f, int max)
{
    int n = 0;
    for (char *p = line, *t; n < max && (t = strsep(&p, ","));)
        f[n++] = t;
    return n;
}

typedef struct census_type {
    char *name;
    double *bytes;    /* per configuration shown: live bytes at the end (NaN: none) */
    double peak;
} census_type;

/* Live bytes by type at the program's end ("end" census of the run shown),
 * one group of bars per type (the 8 largest), one colour per
 * configuration. */
static void census_chart(lab_rctx *C, const char *w, const char *sw, const size_t *cis, size_t n)
{
    const lab_results *R = &C->R;
    census_type *types = NULL;
    size_t ntypes = 0;
    bool any = false;
    for (size_t k = 0; k < n; k++) {
        const lab_group *g = lab_rep_group(R, w, R->configs[cis[k]]);
        if (!g || !g->n)
            continue;
        const lab_result_run *r = &R->runs[g->runs[first_run(R, g)]];
        char *p = lab_strdup_printf("%s/trace-census.csv", r->dir), *text = p ? lab_read_file(p, NULL) : NULL, *save;
        free(p);
        for (char *line = text ? strtok_r(text, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
            char *f[8];
            if (split(line, f, 8) != 6 || strcmp(f[2], "end"))
                continue;
            size_t t = 0;
            while (t < ntypes && strcmp(types[t].name, f[3]))
                t++;
            if (t == ntypes) {
                census_type *nt = realloc(types, (ntypes + 1) * sizeof *nt);
                if (!nt)
                    break;
                types = nt;
                types[t] = (census_type){ strdup(f[3]), malloc(n * sizeof(double)), 0 };
                for (size_t j = 0; types[t].bytes && j < n; j++)
                    types[t].bytes[j] = NAN;
                ntypes++;
            }
            double b = strtod(f[5], NULL);
            if (types[t].bytes)
                types[t].bytes[k] = b;
            if (b > types[t].peak)
                types[t].peak = b;
            any = true;
        }
        free(text);
    }
    if (any) {
        /* the largest 8 types first */
        for (size_t i = 0; i < ntypes; i++)
            for (size_t j = i + 1; j < ntypes; j++)
                if (types[j].peak > types[i].peak) {
                    census_type t = types[i];
                    types[i] = types[j];
                    types[j] = t;
                }
        size_t shown = ntypes < 8 ? ntypes : 8;
        lab_buf d = { 0 }, body = { 0 };
        double lo = 0, hi = 0;
        lab_bprintf(&d, "# type, then per configuration: live KiB at the end of the program\n");
        for (size_t i = 0; i < shown; i++) {
            lab_bprintf(&d, "%s", types[i].name);
            for (size_t k = 0; k < n; k++) {
                double v = types[i].bytes ? types[i].bytes[k] / 1024 : NAN;
                lab_bprintf(&d, isnan(v) ? " ?" : " %.6g", v);
                if (v > hi)
                    hi = v;
                if (v > 0 && (lo == 0 || v < lo))
                    lo = v;
            }
            lab_bprintf(&d, "\n");
        }
        char *stem = lab_strdup_printf("%s-census", sw), *f = stem && d.s ? lab_rep_data(C, stem, d.s) : NULL;
        bool logy = spans_decades(lo, hi);
        lab_bprintf(&body, "set style data histograms\nset style histogram clustered gap 1\n"
                           "set style fill solid 0.85 border rgb '#333333'\nset xtics nomirror rotate by -30 left\n"
                           "set bmargin 5\nset xlabel 'type (the %zu with the most live bytes)'\nset ylabel 'live KiB%s'\n",
                    shown, logy ? ", log scale" : "");
        if (logy)
            lab_bprintf(&body, "set logscale y\nset yrange [%.6g:%.6g]\n", lo / 2, hi * 2);
        else
            lab_bprintf(&body, "set yrange [0:%.6g]\n", hi > 0 ? hi * 1.08 : 1);
        for (size_t k = 0; f && k < n; k++)
            lab_bprintf(&body, "%s'%s' using %zu%s lc rgb '%s' title '%s'", k ? ", \\\n     " : "plot ", f, k + 2,
                        k ? "" : ":xtic(1)", lab_chart_style(C->style[cis[k]]).color, R->configs[cis[k]]);
        lab_bprintf(&body, "\n");
        char *name = lab_strdup_printf("%s-census", sw);
        char *title = lab_strdup_printf("%s: live objects by type at the end of the program (heap census)", w);
        if (f && body.s && name && title)
            lab_rep_chart(C, name, title, w, body.s, LAB_CHART_W, LAB_CHART_H);
        free(name);
        free(title);
        free(stem);
        free(f);
        free(d.s);
        free(body.s);
    }
    for (size_t i = 0; i < ntypes; i++) {
        free(types[i].name);
        free(types[i].bytes);
    }
    free(types);
}

/* The CDF of the sampled objects' ages at death (log2 buckets, every
 * repeat pooled), one line per configuration; those alive at the end are
 * left out (their lifetimes are unknown), and the caption says so. */
static void lifetimes_chart(lab_rctx *C, const char *w, const char *sw, const size_t *cis, size_t n)
{
    const lab_results *R = &C->R;
    series s = { { 0 }, 0 };
    for (size_t k = 0; k < n; k++) {
        const lab_group *g = lab_rep_group(R, w, R->configs[cis[k]]);
        double hist[64] = { 0 }, total = 0, alive = 0;
        for (size_t i = 0; g && i < g->n; i++) {
            char *p = lab_strdup_printf("%s/trace-lifetimes.csv", R->runs[g->runs[i]].dir);
            char *text = p ? lab_read_file(p, NULL) : NULL, *save;
            free(p);
            for (char *line = text ? strtok_r(text, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
                char *f[8];
                if (split(line, f, 8) != 5)
                    continue;
                double lo = strtod(f[1], NULL), m = strtod(f[3], NULL);
                if (!strcmp(f[0], "alive")) {
                    alive += m;
                    continue;
                }
                if (strcmp(f[0], "died"))
                    continue;
                int b = 0;
                while (b < 63 && pow(2, b + 1) - 1 <= lo)
                    b++;
                hist[b] += m;
                total += m;
            }
            free(text);
        }
        if (!(total > 0))
            continue;
        lab_buf d = { 0 };
        lab_bprintf(&d, "# age_bytes fraction_dead_by (config %s: %.0f sampled deaths, %.0f alive at the end)\n",
                    R->configs[cis[k]], total, alive);
        double cum = 0;
        for (int b = 0; b < 64; b++) {
            if (!hist[b])
                continue;
            cum += hist[b];
            lab_bprintf(&d, "%.6g %.6g\n", pow(2, b + 1) - 1, cum / total);
        }
        char *sc = lab_rep_safe(R->configs[cis[k]]), *stem = lab_strdup_printf("%s-lifetimes-%s", sw, sc);
        char *f = stem && d.s ? lab_rep_data(C, stem, d.s) : NULL, st[64], *cl;
        lab_chart_style_clause(C->style[cis[k]], st, sizeof st);
        if (f && (cl = lab_strdup_printf("'%s' using 1:2 with steps lw 2 %s title '%s'", f, st, R->configs[cis[k]]))) {
            add_series(&s, cl);
            free(cl);
        }
        free(f);
        free(stem);
        free(sc);
        free(d.s);
    }
    if (s.n) {
        char *name = lab_strdup_printf("%s-lifetimes", sw);
        char *title = lab_strdup_printf("%s: object lifetimes (sampled deaths; age in bytes allocated)", w);
        char *body = lab_strdup_printf("set logscale x 2\nset format x '%%.0b%%BB'\nset xlabel 'age at death "
                                       "(bytes allocated in between, log scale)'\n"
                                       "set ylabel 'fraction of sampled deaths at or below'\nset yrange [0:1.02]\n%s\n",
                                       s.plot.s);
        if (name && title && body)
            lab_rep_chart(C, name, title, w, body, LAB_CHART_W, LAB_CHART_H);
        free(name);
        free(title);
        free(body);
    }
    free(s.plot.s);
}

void lab_charts_for_workload(lab_rctx *C, const char *w)
{
    const lab_results *R = &C->R;
    char *sw = lab_rep_safe(w);
    cfg_data *cd = calloc(R->nconfigs ? R->nconfigs : 1, sizeof *cd);
    if (!sw || !cd) {
        free(sw);
        free(cd);
        C->failures++;
        return;
    }
    double range[4] = { 0, 0, 0, 0 };   /* x max (s), pause max and min (ms), memory max (MiB) */
    size_t n = 0;
    for (size_t ci = 0; ci < R->nconfigs; ci++)
        if (shown_in_charts(C, ci))
            config_data(C, w, sw, ci, &cd[n++], range);
    series cdf = { { 0 }, 0 }, mmu = { { 0 }, 0 };
    for (size_t k = 0; k < n; k++) {
        char st[64], *cl;
        lab_chart_style_clause(C->style[cd[k].ci], st, sizeof st);
        const char *c = R->configs[cd[k].ci];
        if (cd[k].cdf && (cl = lab_strdup_printf("'%s' using 1:2 with steps lw 2 %s title '%s'", cd[k].cdf, st, c))) {
            add_series(&cdf, cl);
            free(cl);
        }
        if (cd[k].mmu && (cl = lab_strdup_printf("'%s' using 1:2 with lines lw 2 %s title '%s'", cd[k].mmu, st, c))) {
            add_series(&mmu, cl);
            free(cl);
        }
    }
    char *name, *title, *body;
    if (lab_chart_wanted(C, "pause-cdf")) {
        name = lab_strdup_printf("%s-pause-cdf", sw);
        title = lab_strdup_printf("%s: pause-time distribution", w);
        body = lab_strdup_printf("set logscale x\nset xlabel 'pause (ms, log scale)'\nset ylabel 'fraction of pauses <= x'\n"
                                 "set yrange [0:1.02]\n%s\n", finish_plot(&cdf, "no pauses recorded"));
        lab_rep_chart(C, name, title, w, body, LAB_CHART_W, LAB_CHART_H);
        free(name), free(title), free(body);
    }
    if (lab_chart_wanted(C, "pause-timeline")) {
        name = lab_strdup_printf("%s-pause-timeline", sw);
        title = lab_strdup_printf("%s: pauses over time (one run per configuration)", w);
        panels(C, name, title, w, cd, n, true, range);
        free(name), free(title);
    }
    if (lab_chart_wanted(C, "memory")) {
        name = lab_strdup_printf("%s-memory", sw);
        title = lab_strdup_printf("%s: memory over time (live solid, RSS dashed; one run per configuration)", w);
        panels(C, name, title, w, cd, n, false, range);
        free(name), free(title);
    }
    size_t *cis = malloc((n ? n : 1) * sizeof *cis);
    for (size_t k = 0; cis && k < n; k++)
        cis[k] = cd[k].ci;
    if (cis && lab_chart_wanted(C, "census"))
        census_chart(C, w, sw, cis, n);
    if (cis && lab_chart_wanted(C, "lifetimes"))
        lifetimes_chart(C, w, sw, cis, n);
    free(cis);
    if (lab_chart_wanted(C, "mmu")) {
        name = lab_strdup_printf("%s-mmu", sw);
        title = lab_strdup_printf("%s: minimum mutator utilisation (median over repeats)", w);
        body = lab_strdup_printf("set logscale x\nset xlabel 'window (ms, log scale)'\n"
                                 "set ylabel 'MMU (fraction of the window for the program)'\n"
                                 "set yrange [0:1.05]\n%s\n", finish_plot(&mmu, "no run long enough"));
        lab_rep_chart(C, name, title, w, body, LAB_CHART_W, LAB_CHART_H);
        free(name), free(title), free(body);
    }
    for (size_t k = 0; k < n; k++) {
        free(cd[k].cdf);
        free(cd[k].mmu);
        free(cd[k].timeline);
        free(cd[k].memory);
    }
    free(cd);
    free(cdf.plot.s);
    free(mmu.plot.s);
    free(sw);
}

/* Bars across workloads: median with its 95% CI as whiskers, one colour
 * per configuration; the y range holds every whisker, logarithmic when
 * the values span decades. */
static void bar_chart(lab_rctx *C, const char *name, const char *title, const char *figure, double scale,
                      const char *ylabel)
{
    if (!lab_chart_wanted(C, name))
        return;
    const lab_results *R = &C->R;
    lab_buf d = { 0 };
    lab_bprintf(&d, "# workload, then per configuration shown: median ci_lo ci_hi of %s x %g\n", figure, scale);
    size_t shown = 0, values = 0, ncfg = 0;
    double hi = 0, lo = 0;
    for (size_t c = 0; c < R->nconfigs; c++)
        ncfg += shown_in_charts(C, c);
    for (size_t w = 0; w < R->nworkloads; w++) {
        if (!lab_workload_has_data(C, R->workloads[w]))
            continue;
        shown++;
        char *sw = lab_rep_safe(R->workloads[w]);
        lab_bprintf(&d, "%s", sw);
        free(sw);
        for (size_t c = 0; c < R->nconfigs; c++) {
            if (!shown_in_charts(C, c))
                continue;
            const lab_group *g = lab_rep_group(R, R->workloads[w], R->configs[c]);
            lab_ci ci = lab_rep_group_ci(R, g, figure, NULL);
            if (isnan(ci.center)) {
                lab_bprintf(&d, " ? ? ?");
                continue;
            }
            lab_bprintf(&d, " %.6g %.6g %.6g", ci.center * scale, ci.lo * scale, ci.hi * scale);
            values++;
            if (ci.hi * scale > hi)
                hi = ci.hi * scale;
            if (ci.lo * scale > 0 && (lo == 0 || ci.lo * scale < lo))
                lo = ci.lo * scale;
        }
        lab_bprintf(&d, "\n");
    }
    if (!values) {   /* e.g. no pause at all: nothing to draw, and nothing wrong */
        free(d.s);
        return;
    }
    char *f = d.s ? lab_rep_data(C, name, d.s) : NULL;
    lab_buf body = { 0 };
    bool logy = spans_decades(lo, hi);
    lab_bprintf(&body, "set style data histograms\nset style histogram errorbars gap 1 lw 1.5\n"
                       "set style fill solid 0.85 border rgb '#333333'\nset xtics nomirror rotate by -30 left\n"
                       "set bmargin 5\nset key outside right top\nset ylabel '%s%s'\n"
                       "set xrange [-0.5:%zu.5]\n",
                ylabel, logy ? ", log scale" : "", shown ? shown - 1 : 0);
    if (logy)
        lab_bprintf(&body, "set logscale y\nset yrange [%.6g:%.6g]\n", lo / 2, hi * 2);
    else
        lab_bprintf(&body, "set yrange [0:%.6g]\n", hi > 0 ? hi * 1.08 : 1);
    size_t col = 0;
    for (size_t c = 0; f && c < R->nconfigs; c++) {
        if (!shown_in_charts(C, c))
            continue;
        lab_style s = lab_chart_style(C->style[c]);
        lab_bprintf(&body, "%s'%s' using %zu:%zu:%zu%s lc rgb '%s' title '%s'", col ? ", \\\n     " : "plot ", f,
                    2 + 3 * col, 3 + 3 * col, 4 + 3 * col, col ? "" : ":xtic(1)", s.color, R->configs[c]);
        col++;
    }
    lab_bprintf(&body, "\n");
    /* wide enough for every bar: ~14 px a bar, 20 between workloads */
    int wpx = 160 + (int)(shown * (ncfg * 14 + 20));
    if (f && body.s)
        lab_rep_chart(C, name, title, NULL, body.s, wpx > LAB_CHART_W ? wpx : LAB_CHART_W, LAB_CHART_H);
    else
        C->failures++;
    free(body.s);
    free(f);
    free(d.s);
}

void lab_charts_across(lab_rctx *C)
{
    bar_chart(C, "gc-time", "Total GC time per workload and configuration (median, 95% CI)", "gc_s", 1,
              "GC time (s)");
    bar_chart(C, "max-pause", "Longest pause per workload and configuration (median, 95% CI)", "pause_max_ms", 1,
              "max pause (ms)");
    bar_chart(C, "peak-memory", "Peak RSS per workload and configuration (median, 95% CI)", "peak_rss_bytes",
              1.0 / 1048576, "peak RSS (MiB)");
}

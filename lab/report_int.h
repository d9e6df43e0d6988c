/*
 * report_int.h -- what the report's files share (lab/report.c: loading,
 * summary, pages; lab/charts.c: the charts): the report's state, a growable
 * string, and the helpers that write a chart's data and script and run
 * gnuplot.  Not for use outside `gclab report`.
 *
 * Invariant: a configuration's style (colour and dash) is a function of its
 * place in the spec alone (lab_rctx.style, lab_chart_style), so it is the
 * same in every chart of a report, whatever --configs leaves out.
 */
#ifndef GCLAB_LAB_REPORT_INT_H
#define GCLAB_LAB_REPORT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "lab/experiment.h"
#include "lab/results.h"

#define LAB_CHART_W 900
#define LAB_CHART_H 540

typedef struct lab_chart {
    char *name;      /* file stem under charts/ */
    char *title;
    char *workload;  /* NULL: across workloads */
    bool ok;
} lab_chart;

typedef struct lab_rctx {
    const lab_report_opts *o;
    lab_results R;
    char *out, *charts, *data;
    lab_chart *charts_list;
    size_t ncharts;
    FILE *err;
    int failures;
    bool incomplete;   /* summary or pages not written: exit 3 */
    bool no_gnuplot;   /* said once, then every chart is skipped */
    int pdf;           /* gnuplot has pdfcairo: -1 not asked yet, 0 no, 1 yes */
    bool *config_on;   /* per R.configs: shown (--configs) */
    size_t *style;     /* per R.configs: its style index, its place in the spec */
    unsigned chart_on; /* bit per lab_chart_kinds entry (--charts) */
} lab_rctx;

/* A growable string. */
typedef struct lab_buf {
    char *s;
    size_t n, cap;
} lab_buf;
void lab_bprintf(lab_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A name made safe for a file name and a gnuplot string (malloc'ed). */
char *lab_rep_safe(const char *s);
/* Write charts/NAME.gp (body drawn once per terminal: PNG, SVG, and PDF
 * when gnuplot has pdfcairo), run it, record the chart. */
void lab_rep_chart(lab_rctx *C, const char *name, const char *title, const char *workload, const char *body, int w,
                   int h);
/* charts/data/STEM.dat from text; its path relative to charts/ (malloc'ed)
 * or NULL. */
char *lab_rep_data(lab_rctx *C, const char *stem, const char *text);

/* The charts --charts chooses among, in the order they are drawn. */
extern const char *const lab_chart_kinds[];
extern const size_t lab_nchart_kinds;
bool lab_chart_wanted(const lab_rctx *C, const char *kind);
/* Parse a comma-separated list of names against the allowed ones: on[i]
 * set for each named allowed[i].  0, or -1 with the unknown name in err. */
int lab_name_list(const char *list, const char *const *allowed, size_t n, bool *on, char *err, size_t errlen);

/* A configuration's fixed colour ("#rrggbb") and gnuplot dash type (1..5),
 * from its style index: its place among the [config] sections of the
 * first source folder's spec.ini (configurations no spec names follow,
 * in R.configs order). */
typedef struct lab_style {
    const char *color;
    int dash;
} lab_style;
lab_style lab_chart_style(size_t config_index);
/* "lc rgb '#rrggbb' dt N" for configuration index i, into out. */
void lab_chart_style_clause(size_t config_index, char *out, size_t n);

/* The charts (lab/charts.c). */
void lab_charts_for_workload(lab_rctx *C, const char *workload);
void lab_charts_across(lab_rctx *C);
bool lab_workload_has_data(const lab_rctx *C, const char *w);
const lab_group *lab_rep_group(const lab_results *R, const char *w, const char *c);
lab_ci lab_rep_group_ci(const lab_results *R, const lab_group *g, const char *figure, size_t *count);

#endif

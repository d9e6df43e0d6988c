/*
 * compare.h -- `gclab compare`: configurations against a baseline, with
 * ratios, bootstrap intervals and Mann-Whitney p-values (lab/compare.c).
 */
#ifndef GCLAB_LAB_COMPARE_H
#define GCLAB_LAB_COMPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "lab/results.h"
#include "lab/stats.h"

typedef struct lab_compare_opts {
    const char *const *dirs;      /* result folders, merged */
    size_t ndirs;
    const char *baseline;         /* configuration name */
    const char *const *metrics;   /* NULL-terminated; NULL: lab_compare_default_metrics */
    double alpha;                 /* significance level; 0: 0.05 */
    bool csv;                     /* one CSV row per comparison instead of tables */
    bool with_ci;                 /* tables show the interval and p beside each ratio */
    bool allow_mixed;             /* pool runs of one name made differently (lab_results_check_mixed) */
} lab_compare_opts;

/* One figure of one group against the baseline's group. */
typedef struct lab_cmp_cell {
    bool valid;            /* both sides have runs */
    size_t n, nbase;
    double median, median_base, u, p;
    lab_ci ratio;          /* NaN center when the ratio is undefined */
    const char *verdict;   /* faster/slower, lower/higher, not significant */
} lab_cmp_cell;

lab_cmp_cell lab_compare_cell(const lab_results *R, const lab_group *g, const lab_group *base,
                              const char *metric, double alpha);
/* A value as the tables show it: integers as integers, else 4 digits. */
void lab_format_value(char *buf, size_t n, double v);

/* The figures compared when none are named. */
extern const char *const lab_compare_default_metrics[];

/* Print the comparison to out (messages to err).  0; 1 when the results
 * cannot be read, the baseline is not among them or a write fails; 2 for an
 * unknown figure, or folders whose runs of one name were made differently
 * (unless allow_mixed). */
int lab_compare(const lab_compare_opts *o, FILE *out, FILE *err);

#endif

/*
 * tradeoff.h -- the time-space trade-off charts of a report: total time,
 * GC time and the number of collections against the heap factor (configurations NAME@Fx) or the
 * generation-0 threshold (NAME@tT), per workload, one curve per swept
 * configuration, normalised to the largest median of the chart, with the
 * medians' 95% bootstrap intervals as error bars (docs/experiments.md).
 *
 * The charts are drawn by the report's own machinery (its gnuplot runner,
 * atomic writes, the chart list of the pages), reached through the sink.
 */
#ifndef GCLAB_LAB_TRADEOFF_H
#define GCLAB_LAB_TRADEOFF_H

#include "lab/results.h"

typedef struct lab_chart_sink {
    void *ctx;
    /* charts/data/STEM.dat from text: its path relative to charts/ (malloc'ed), or NULL */
    char *(*data)(void *ctx, const char *stem, const char *text);
    /* charts/NAME.{gp,png,svg} from a gnuplot body (plot commands, no terminal) */
    void (*chart)(void *ctx, const char *name, const char *title, const char *workload, const char *body);
} lab_chart_sink;

/* Every trade-off chart the results call for (none without sweeps). */
void lab_tradeoff_charts(const lab_results *R, const lab_chart_sink *sink);

#endif

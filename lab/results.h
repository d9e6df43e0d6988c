/*
 * results.h -- result folders read back: the runs of one or more
 * `results/<name>/<timestamp>/` folders, grouped per workload x
 * configuration, their stats.json and trace.csv, and the summary table.
 *
 * A result folder holds runs/<id>/run.json (workload, config, repeat,
 * status) next to what `gclab run` wrote (stats.json, trace.csv).  A run
 * counts in the statistics when its stats.json parses (status "ok", or
 * "external" for runs made by GNU parallel from --print-commands).
 *
 * Damaged input never aborts the whole: a stray file in runs/, a run.json
 * or stats.json that does not parse, a figure that is negative or not
 * finite, a trace row that ends before it starts, a folder named twice:
 * each is left out with a warning naming it (lab_results.warnings).
 */
#ifndef GCLAB_LAB_RESULTS_H
#define GCLAB_LAB_RESULTS_H

#include <stddef.h>
#include "lab/json.h"
#include "lab/stats.h"

typedef struct lab_result_run {
    char *dir;            /* runs/<id> folder */
    char *id, *workload, *config, *status;
    int repeat;
    lab_json *stats;      /* NULL when missing or unreadable */
    size_t folder;        /* index in lab_results.folders */
    char *recipe;         /* how it was made (lab_run_recipe), NULL if unknown */
} lab_result_run;

typedef struct lab_group {
    const char *workload, *config;   /* borrowed from the first run */
    size_t *runs;                    /* indexes of runs with stats */
    size_t n;
    size_t total;                    /* runs of the group, with stats or not */
} lab_group;

typedef struct lab_results {
    lab_result_run *runs;
    size_t nruns;
    lab_group *groups;               /* by workload, then configuration, in those orders */
    size_t ngroups;
    char **workloads, **configs;     /* distinct, in the order of the folders' spec.ini
                                      * (the first folder's first), then of first appearance */
    size_t nworkloads, nconfigs;
    char **warnings;                 /* what was left out and why, one line each */
    size_t nwarnings;
    char **folders;                  /* the result folders read, as named */
    char **folder_builds;            /* per folder: "COMMIT" or "COMMIT (dirty)" from provenance.json, or NULL */
    size_t nfolders;
} lab_results;

/* The figures of the summary: stats.json keys, in table order. */
extern const char *const lab_figures[];
extern const size_t lab_nfigures;

/* Load every runs/<id>/run.json under each folder.  0, or -1 with a message
 * (no folder readable, no run at all); damaged runs are left out with a
 * warning in out->warnings. */
int lab_results_load(const char *const *dirs, size_t ndirs, lab_results *out, char *err, size_t errlen);
void lab_results_free(lab_results *r);
/* How a run was made, comparable across folders (lab/merge.c): its
 * command from run.json (meta) without what differs between folders only
 * (the run's own file paths under runs/ID/, install folders), workload files
 * by their SHA-256 from provenance.json (prov, may be NULL).  NULL when
 * run.json has no argv. */
char *lab_run_recipe(const lab_json *meta, const lab_json *prov, const char *id);
/* 0 when every workload x configuration was made the same way in every
 * folder it comes from (same recipe, same gclab build); else -1 with a
 * message naming both folders, the workload, the configuration and what
 * differs. */
int lab_results_check_mixed(const lab_results *R, char *err, size_t errlen);
/* Values of one figure over a group's runs with stats (NaN skipped); returns
 * how many were written into out (room for g->n). */
size_t lab_group_values(const lab_results *r, const lab_group *g, const char *figure, double *out);
/* Write summary.csv: one row per group, median and 95% CI of each figure. */
int lab_summary_write(const lab_results *r, const char *path, char *err, size_t errlen);

/* A trace.csv read back.  Times in seconds since the start of the run.
 * Only the program's part: pauses and samples from its "teardown" mark on
 * (interpreter shutdown) are left out, as the stats leave them out. */
typedef struct lab_trace {
    double teardown_t;          /* the teardown mark, NaN if the trace has none */
    lab_interval *pauses;       /* collections and rc cascades */
    size_t npauses;
    double *sample_t, *live_bytes, *rss_bytes;
    size_t nsamples;
} lab_trace;
/* 0, or -1 with "PATH:LINE: what" (a field that is not a number, not
 * finite or negative, an end before its start).  CRLF lines are read. */
int lab_trace_load(const char *path, lab_trace *out, char *err, size_t errlen);
void lab_trace_free(lab_trace *t);

#endif

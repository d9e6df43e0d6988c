/*
 * experiment.h -- the lab's entry points for the `experiment` and `report`
 * commands (cli/cmd_experiment.c and cli/cmd_report.c parse the flags and
 * call these).  The lab runs `gclab run` as child processes and reads what
 * they wrote; it links none of the VM.
 */
#ifndef GCLAB_LAB_EXPERIMENT_H
#define GCLAB_LAB_EXPERIMENT_H

#include <stdbool.h>
#include <stdio.h>
#include "lab/runner.h"

typedef struct lab_experiment_opts {
    const char *spec_path;
    const char *resume_dir;   /* --resume DIR: run what DIR has not finished (no spec) */
    const char *gclab;        /* binary to run; NULL = this one (/proc/self/exe) */
    const char *out_root;     /* NULL = "results" */
    int jobs;                 /* 0 = the spec's, else the number of cores */
    bool print_commands;      /* print one shell command per run instead of running */
    bool no_report;           /* skip charts and the report page */
    lab_progress progress;
    const char *command_line; /* the experiment's own command, for provenance */
    FILE *out, *err;          /* NULL = stdout, stderr */
} lab_experiment_opts;

/* Run (or print) an experiment.  Returns the exit status: 0 every run ok,
 * 1 some run failed or timed out (the others are kept and reported),
 * 2 the spec or the options are wrong, 3 the results could not be written. */
int lab_experiment(const lab_experiment_opts *o);
/* Where the last lab_experiment call wrote its results (malloc'ed path
 * owned by the lab; NULL before any call). */
const char *lab_experiment_last_dir(void);

typedef struct lab_report_opts {
    const char *const *dirs;  /* result folders (results/<name>/<timestamp>) */
    size_t ndirs;
    const char *out_dir;      /* NULL = dirs[0] when there is one folder */
    bool no_charts;           /* summary and pages only (no gnuplot) */
    FILE *err;
    bool allow_mixed;         /* pool runs of one name made differently (lab_results_check_mixed) */
    const char *baseline;     /* the headline table's baseline; NULL = the spec's first configuration */
    bool with_ci;             /* the headline table shows intervals */
} lab_report_opts;

/* Regenerate summary.csv, the charts (PNG and SVG under charts/) and report.md
 * / report.html from the raw data.  0, 1 if a chart failed (the rest is
 * written), 2 bad arguments or folders whose runs of one name were made
 * differently (unless allow_mixed), 3 unreadable results. */
int lab_report(const lab_report_opts *o);

#endif

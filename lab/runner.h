/*
 * runner.h -- runs a list of child processes in parallel with a per-run
 * timeout, capturing their output, with a progress display.
 *
 * Each run is one process group (setpgid), so a timeout kills the run and
 * everything it started.  A run dies with the runner (PR_SET_PDEATHSIG: a
 * SIGKILLed experiment leaves no orphan), and carries its own CPU-time
 * limit a little above the timeout (RLIMIT_CPU), so that a loop stops even
 * if nothing is left to enforce the wall-clock one.  Its stdout and stderr go to DIR/stdout.tmp and
 * DIR/stderr.tmp, renamed to DIR/stdout and DIR/stderr once it has ended
 * (files appear complete or not at all).  A failing or hanging run never
 * stops the others.
 */
#ifndef GCLAB_LAB_RUNNER_H
#define GCLAB_LAB_RUNNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/* Set in each run's environment to CLOCK_MONOTONIC nanoseconds just before
 * exec: the CPython wrapper measures the interpreter's start-up from it. */
#define LAB_EXEC_NS_ENV "GCLAB_EXEC_NS"

typedef enum lab_run_status {
    LAB_RUN_PENDING,
    LAB_RUN_OK,          /* exit 0 and (when required) its stats file is there */
    LAB_RUN_FAILED,      /* non-zero exit or killed by a signal */
    LAB_RUN_TIMEOUT,     /* killed by the runner after the timeout */
    LAB_RUN_NO_STATS,    /* exit 0 but no readable stats file */
    LAB_RUN_NOT_STARTED, /* fork or output files failed, or interrupted before it started */
    LAB_RUN_INTERRUPTED, /* killed because the experiment was interrupted (SIGINT/SIGTERM) */
} lab_run_status;

const char *lab_run_status_name(lab_run_status s);

/* A run owns id, dir and argv (the array and every string in it), all
 * malloc'ed; lab_run_free releases them.  check_file is borrowed. */
typedef struct lab_run {
    char *id;              /* unique, safe as a folder name */
    char *dir;             /* where its files go (must exist) */
    char **argv;           /* NULL-terminated; argv[0] is a path */
    const char *check_file;/* if set, must exist after exit 0 (else NO_STATS) */
    /* results */
    lab_run_status status;
    int exit_code;         /* -1 if killed */
    int signal;            /* 0 unless killed by a signal */
    double elapsed_s;
    /* runner state */
    pid_t pid;
    double started;
    bool killed;
} lab_run;

typedef enum lab_progress { LAB_PROGRESS_AUTO, LAB_PROGRESS_BAR, LAB_PROGRESS_LINES, LAB_PROGRESS_NONE } lab_progress;

/* Run every run, at most jobs at once.  timeout_s <= 0: no timeout.  The
 * progress goes to out (a bar when it is a terminal under AUTO).  Returns
 * the number of runs whose status is not OK. */
size_t lab_run_all(lab_run *runs, size_t n, int jobs, double timeout_s, lab_progress mode, FILE *out);
/* The same, calling on_finish(run, arg) as soon as each run has ended (its
 * status known, its output files in place): what finished is recorded even
 * if the runner is killed later. */
size_t lab_run_all_cb(lab_run *runs, size_t n, int jobs, double timeout_s, lab_progress mode, FILE *out,
                      void (*on_finish)(lab_run *r, void *arg), void *arg);
/* Free what r owns (see lab_run) and clear those fields. */
void lab_run_free(lab_run *r);

/* The command as one shell line, every word quoted when needed. */
char *lab_shell_join(char *const *argv);
/* One word quoted for sh (malloc'ed). */
char *lab_shell_quote(const char *word);

#endif

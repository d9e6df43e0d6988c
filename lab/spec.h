/*
 * spec.h -- the experiment spec: an INI file naming workloads x collector
 * configurations x repeats (the format is in docs/experiments.md).
 *
 * Every error names FILE:LINE and what is wrong; the parser reports all the
 * errors of a file, not only the first, and a spec with any error is
 * rejected as a whole (a half-understood experiment would waste hours).
 */
#ifndef GCLAB_LAB_SPEC_H
#define GCLAB_LAB_SPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct lab_workload {
    char *name;          /* section name: [A-Za-z0-9_.-]+ */
    char *file;          /* as written */
    char *path;          /* resolved: relative to workloads_dir or the spec's folder */
    char **args;         /* split like a shell would split plain words and "quoted strings" */
    size_t nargs;
    int line;            /* of the section header */
    int file_line;       /* of the 'file' key */
    char *warmup;        /* `gclab run --warmup` value (seconds or mark:NAME), or NULL: the experiment's */
} lab_workload;

typedef struct lab_config {
    char *name;
    char *collector;     /* a name of collectors/list.h */
    char *thresholds;    /* collectors with generations: "700,10,10"; NULL = default */
    int freeze;          /* -1 unset, 0 off, 1 on (collectors with freeze) */
    char *allocator;     /* pymalloc | malloc | boehm; NULL = the collector's default */
    uint64_t arena_size; /* 0 = default (pymalloc only) */
    uint64_t pool_size;  /* 0 = default (pymalloc only) */
    /* The collector's options (`--gc-opt`), checked by the collector's
     * own parsers: heap_policy is option heap, trigger option trigger,
     * gc_opts the KEY=VALUE words of gc_opt. */
    char *heap_policy;   /* marksweep/boehm: "grow:F" or "fixed:SIZE"; NULL = default */
    char *trigger;       /* gen: "alloc" or "safepoint"; NULL = default (alloc) */
    char **gc_opts;
    size_t ngc_opts;
    int line;
    /* runtime = python: the workload runs on a real CPython through the
     * wrapper (lab/pyconfig.h); only thresholds and freeze apply. */
    bool python;
    char *python_text;    /* `python = ...` as written */
    char *python_path;    /* resolved when the spec is loaded ($PATH, the spec's folder) */
    char *python_exe;     /* its sys.executable, set by lab_pyconfig_probe */
    char *python_version; /* "3.11.7", set by lab_pyconfig_probe */
    int python_line;      /* of the 'python' key */
} lab_config;

typedef struct lab_spec {
    char *path;          /* the spec file as given */
    char *name;          /* experiment name: [A-Za-z0-9_.-]+ */
    uint64_t seed;
    int repeats;
    double timeout_s;
    int jobs;            /* 0 = not set (the command line or the core count decides) */
    char *workloads_dir; /* resolved folder or NULL */
    char *warmup;        /* default `--warmup` of every workload, or NULL */
    lab_workload *workloads;
    size_t nworkloads;
    lab_config *configs;
    size_t nconfigs;
} lab_spec;

#define LAB_SPEC_DEFAULT_REPEATS 3
#define LAB_SPEC_DEFAULT_TIMEOUT_S 300.0   /* generous: a stuck run must not stall the matrix */

/* Parse path into out.  Returns 0, or -1 with *errors set to a malloc'ed
 * text of one "FILE:LINE: message" per line (the caller frees it). */
int lab_spec_load(const char *path, lab_spec *out, char **errors);
void lab_spec_free(lab_spec *s);
/* The command-line flags of `gclab run` for a configuration (none for a
 * runtime = python one: lab_pyconfig_head) (NULL-terminated,
 * malloc'ed array of malloc'ed strings; lab_strv_free (fileio.h) frees it). */
char **lab_config_flags(const lab_config *c);
/* Parse "64K", "1M", "4096" (binary multiples). 0, or -1 if malformed. */
int lab_parse_size(const char *text, uint64_t *out);

#endif

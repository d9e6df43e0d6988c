/*
 * pyconfig.h -- configurations that run a workload on a real CPython
 * (`runtime = python` in a spec): finding the interpreter, asking it once
 * who it really is, finding the wrapper that records its collections
 * (scripts/cpython_gcstats.py), and the command of one run.
 *
 * Invariants: an interpreter is executed only by lab_pyconfig_probe (the
 * spec parser itself never runs anything, so fuzzing it is harmless); the
 * command of a run names the interpreter the probe found (sys.executable),
 * so a version manager's shim (pyenv) starts once at spec-check time and
 * never inside a measured run.
 */
#ifndef GCLAB_LAB_PYCONFIG_H
#define GCLAB_LAB_PYCONFIG_H

#include <stddef.h>
#include "lab/spec.h"

/* The wrapper's file name, and the variable that names it explicitly. */
#define LAB_PY_WRAPPER "cpython_gcstats.py"
#define LAB_PY_WRAPPER_ENV "GCLAB_CPYTHON_GCSTATS"

/* Resolve `python = TEXT` without running anything: a name without '/' is
 * looked up in $PATH, a relative path is relative to base_dir.  A
 * malloc'ed path of an executable regular file, or NULL with a message. */
char *lab_pyconfig_resolve(const char *text, const char *base_dir, char *err, size_t errlen);
/* Run every python configuration's interpreter once (`-c` printing
 * sys.executable and the version) and fill python_exe and python_version;
 * find the wrapper.  0, or -1 with *errors set to "FILE:LINE: message"
 * lines (malloc'ed). */
int lab_pyconfig_probe(lab_spec *spec, char **errors);
/* The wrapper's path (malloc'ed): $GCLAB_CPYTHON_GCSTATS, beside this
 * executable, in ../scripts/ from its folder (a build tree in the source
 * tree), then the source tree it was built from.  NULL when none exists. */
char *lab_pyconfig_wrapper(void);
/* The start of a run's command on configuration c (python_exe set by the
 * probe): the interpreter, the wrapper and the wrapper's flags for the
 * thresholds and freeze; `--stats S --trace T PROGRAM ARGS` follow.
 * NULL-terminated, malloc'ed (lab_strv_free). */
char **lab_pyconfig_head(const lab_config *c, const char *wrapper);

#endif

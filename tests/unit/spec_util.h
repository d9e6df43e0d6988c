/*
 * spec_util.h -- a scratch folder with a workload (w.py) and a spec
 * writer, shared by the spec parser's tests and the sweep tests (not a
 * test itself).  Criterion runs each test in its own process, so the one
 * folder name never outlives a test.
 */
#ifndef GCLAB_TESTS_SPEC_UTIL_H
#define GCLAB_TESTS_SPEC_UTIL_H

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "lab/fileio.h"

static char dir[64];

/* A new folder /tmp/gclab-NAME-XXXXXX holding w.py. */
static inline void spec_dir_setup(const char *name)
{
    snprintf(dir, sizeof dir, "/tmp/gclab-%s-XXXXXX", name);
    cr_assert(mkdtemp(dir));
    char *p = lab_strdup_printf("%s/w.py", dir), err[256];
    cr_assert_eq(lab_write_atomic_bytes(p, "print(1)\n", 9, err, sizeof err), 0);
    free(p);
}

static inline void spec_dir_teardown(void)
{
    char *cmd = lab_strdup_printf("rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
}

/* dir/s.ini holding text; returns its malloc'ed path. */
static inline char *write_spec(const char *text)
{
    char *p = lab_strdup_printf("%s/s.ini", dir), err[256];
    cr_assert_eq(lab_write_atomic_bytes(p, text, strlen(text), err, sizeof err), 0);
    return p;
}

#endif

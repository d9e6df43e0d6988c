/*
 * check.c -- what a failed GCLAB_ASSERT does (check.h).  Defined in every
 * build so that objects compiled with and without GCLAB_ASSERTS link
 * together.
 */
#include <stdio.h>
#include <stdlib.h>
#include "runtime/check.h"

_Noreturn void rt_assert_fail(const char *cond, const char *file, int line, const char *func);

_Noreturn void rt_assert_fail(const char *cond, const char *file, int line, const char *func)
{
    fflush(stdout);
    fprintf(stderr, "gclab: assertion failed: %s (%s:%d in %s)\n", cond, file, line, func);
    abort();
}

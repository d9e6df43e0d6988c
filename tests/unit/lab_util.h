/*
 * lab_util.h -- helpers for the lab's unit tests (not a test itself).
 *
 * The lab tests build many strings only to name a file in an assert
 * (lab_strdup_printf, lab_read_file).  own() keeps each one until the
 * test's teardown calls lab_test_free_owned(), so every test runs under
 * LeakSanitizer like the rest of the suite and a leak it reports is the
 * lab's, not the test's.  Criterion runs each test in its own process, so
 * the list never outlives one test.
 */
#ifndef GCLAB_TESTS_LAB_UTIL_H
#define GCLAB_TESTS_LAB_UTIL_H

#include <criterion/criterion.h>
#include <stdlib.h>

#define LAB_TEST_OWNED_MAX 512   /* the busiest test keeps ~60 */

static void *lab_test_owned[LAB_TEST_OWNED_MAX];
static size_t lab_test_nowned;

/* Keep p (malloc'ed, or NULL) until lab_test_free_owned; returns p. */
static inline void *own(void *p)
{
    cr_assert_lt(lab_test_nowned, LAB_TEST_OWNED_MAX, "raise LAB_TEST_OWNED_MAX");
    lab_test_owned[lab_test_nowned++] = p;
    return p;
}

static inline void lab_test_free_owned(void)
{
    while (lab_test_nowned)
        free(lab_test_owned[--lab_test_nowned]);
}

#endif

/* test_lab_sweep.c -- heap-factor and threshold sweeps of a spec: the
 * expansion (names, order, flags, what each configuration keeps from its
 * base), every bad value or combination rejected at its FILE:LINE, the
 * names read back by the report, and the fixed heaps computed from stored
 * minimum heaps. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "lab/spec.h"
#include "lab/sweep.h"
#include "lab/minheap.h"
#include "lab/fileio.h"
#include "tests/unit/spec_util.h"

static void setup(void) { spec_dir_setup("sweep"); }

TestSuite(lab_sweep, .init = setup, .fini = spec_dir_teardown);

static void load(const char *text, lab_spec *s)
{
    char *p = write_spec(text), *errors = NULL;
    cr_assert_eq(lab_spec_load(p, s, &errors), 0, "%s", errors ? errors : "");
    free(p);
}

static void expect_error(const char *text, int line, const char *what)
{
    char *p = write_spec(text), *errors = NULL;
    lab_spec s;
    cr_assert_eq(lab_spec_load(p, &s, &errors), -1, "accepted:\n%s", text);
    char *want = lab_strdup_printf("%s:%d: ", p, line);
    char *hit = strstr(errors, want);
    cr_assert(hit, "want an error at %s, got:\n%s", want, errors);
    char *eol = strchr(hit, '\n');
    cr_assert(strstr(hit, what) && (!eol || strstr(hit, what) < eol), "at %s want '%s', got:\n%s", want, what, errors);
    free(want);
    free(errors);
    free(p);
}

#define HEAD "[experiment]\nname = t\n[workload w]\nfile = w.py\n[workload v]\nfile = w.py\nargs = 3 {seed}\n"   /* 7 lines */

/* The flags of a configuration joined by spaces. */
static char *flags_of(const lab_config *c)
{
    char **v = lab_config_flags(c);
    cr_assert_not_null(v);
    char *s = strdup("");
    for (size_t i = 0; v[i]; i++) {
        char *t = lab_strdup_printf("%s%s%s", s, i ? " " : "", v[i]);
        free(s);
        s = t;
    }
    lab_strv_free(v);
    return s;
}

Test(lab_sweep, heap_factors_and_threshold_sweep_expand_in_order)
{
    lab_spec s;
    load(HEAD "[config rc]\ncollector = rc\n"
              "[config ms]\ncollector = marksweep\nheap_factors = 1.25, 1.5,2, 6\ngc_opt = heap-min=1M\n"
              "[config gen]\ncollector = gen\nthresholds = 700,20,30\nfreeze = on\nthreshold_sweep = 100, 5000\n"
              "[config g1]\ncollector = gen\nthreshold_sweep = 300\n",
         &s);
    static const char *const names[] = { "rc", "ms@1.25x", "ms@1.5x", "ms@2x", "ms@6x", "gen@t100", "gen@t5000", "g1@t300" };
    cr_assert_eq(s.nconfigs, 8);
    for (size_t i = 0; i < 8; i++)
        cr_assert_str_eq(s.configs[i].name, names[i]);
    cr_assert_eq(s.nsweep_bases, 3);
    cr_assert_eq(s.configs[0].sweep_kind, LAB_SWEEP_NONE);
    cr_assert_eq(s.configs[2].sweep_kind, LAB_SWEEP_HEAP);
    cr_assert_float_eq(s.configs[2].heap_factor, 1.5, 1e-12);
    cr_assert_str_eq(s.configs[2].sweep_base, "ms");
    /* the rest of the base is kept; the fixed heap is added per workload by the experiment */
    char *f = flags_of(&s.configs[4]);
    cr_assert_str_eq(f, "--gc marksweep --gc-opt heap-min=1M");
    free(f);
    /* a threshold sweep replaces generation 0's threshold only */
    f = flags_of(&s.configs[6]);
    cr_assert_str_eq(f, "--gc gen --threshold 5000,20,30 --freeze");
    free(f);
    f = flags_of(&s.configs[7]);
    cr_assert_str_eq(f, "--gc gen --threshold 300");
    free(f);
    cr_assert_eq(s.configs[5].sweep_threshold, 100);
    lab_spec_free(&s);
}

Test(lab_sweep, bad_values)
{
    expect_error(HEAD "[config c]\ncollector = marksweep\nheap_factors = 1.5, 0.5\n", 10,
                 "bad heap_factors '1.5, 0.5': '0.5' is not a heap factor from 1 to 100");
    expect_error(HEAD "[config c]\ncollector = marksweep\nheap_factors = 2, x\n", 10, "'x' is not a heap factor");
    expect_error(HEAD "[config c]\ncollector = marksweep\nheap_factors = 2,,3\n", 10, "an empty value in the list");
    expect_error(HEAD "[config c]\ncollector = boehm\nheap_factors = 2, 2.0\n", 10, "2.0 is given twice");
    expect_error(HEAD "[config c]\ncollector = marksweep\nheap_factors = 101\n", 10, "'101' is not a heap factor");
    expect_error(HEAD "[config c]\ncollector = marksweep\nheap_factors = 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17\n", 10,
                 "at most 16 values");
    expect_error(HEAD "[config c]\ncollector = gen\nthreshold_sweep = 100, 0\n", 10,
                 "bad threshold_sweep '100, 0': '0' is not a threshold from 1 to 2147483647");
    expect_error(HEAD "[config c]\ncollector = gen\nthreshold_sweep = 1e3\n", 10, "'1e3' is not a threshold");
    expect_error(HEAD "[config c]\ncollector = gen\nthreshold_sweep = 700, 700\n", 10, "700 is given twice");
}

Test(lab_sweep, bad_combinations)
{
    expect_error(HEAD "[config c]\ncollector = gen\nheap_factors = 2\n", 10,
                 "heap_factors applies only to collectors with a fixed heap");
    expect_error(HEAD "[config c]\ncollector = marksweep\nheap_policy = grow:2\nheap_factors = 2\n", 11,
                 "heap_factors sets the heap policy");
    expect_error(HEAD "[config c]\ncollector = marksweep\nthreshold_sweep = 700\n", 10,
                 "threshold_sweep applies only to collectors with generations");
    expect_error(HEAD "[config c]\ncollector = rc\nthreshold_sweep = 700\n", 10,
                 "threshold_sweep applies only to collectors with generations");
    /* '@' is not allowed in a written name: only values printed alike collide */
    expect_error(HEAD "[config ms]\ncollector = marksweep\nheap_factors = 2, 1.0000001, 1.0000002\n", 10,
                 "two values of the sweep of [config ms] both make the name 'ms@1x'");
    expect_error(HEAD "[config ms@2x]\ncollector = marksweep\n", 8, "bad config name 'ms@2x'");
}

Test(lab_sweep, names_read_back)
{
    char *base = NULL;
    double v = 0;
    cr_assert_eq(lab_sweep_point("marksweep@1.25x", &base, &v), LAB_SWEEP_HEAP);
    cr_assert_str_eq(base, "marksweep");
    cr_assert_float_eq(v, 1.25, 1e-12);
    free(base);
    cr_assert_eq(lab_sweep_point("gen@t700", &base, &v), LAB_SWEEP_THRESHOLD);
    cr_assert_str_eq(base, "gen");
    cr_assert_float_eq(v, 700, 0);
    free(base);
    static const char *const others[] = { "gen", "a@", "@2x", "a@2", "a@2xx", "a@t", "a@tx", "a@x2", NULL };
    for (int i = 0; others[i]; i++)
        cr_assert_eq(lab_sweep_point(others[i], &base, &v), LAB_SWEEP_NONE, "%s", others[i]);
}

/* Stored minimum heaps are reused (no run: the binary does not exist),
 * and each expansion gets factor x minimum, rounded up to 4 KiB. */
Test(lab_sweep, fixed_heaps_from_stored_minimum_heaps)
{
    lab_spec s;
    load(HEAD "[config ms]\ncollector = marksweep\nheap_factors = 1.5, 3\n", &s);
    char *mdir = lab_strdup_printf("%s/minheap", dir), e[256];
    cr_assert_eq(lab_mkdirs(mdir, e, sizeof e), 0, "%s", e);
    const char *ws[] = { "w", "v" };
    const unsigned long long mins[] = { 1000000, 4194304 };
    for (int i = 0; i < 2; i++) {
        char *p = lab_strdup_printf("%s/%s+ms.json", mdir, ws[i]);
        char *t = lab_strdup_printf("{\"format\": \"gclab-minheap/1\", \"min_heap_bytes\": %llu}\n", mins[i]);
        cr_assert_eq(lab_write_atomic_bytes(p, t, strlen(t), e, sizeof e), 0);
        free(p);
        free(t);
    }
    cr_assert_eq(lab_sweep_measure(&s, "/nonexistent/gclab", dir, stderr, true), 0);
    cr_assert_eq(s.configs[0].fixed_heap[0], 1503232);   /* 1.5 x 1000000 = 1500000, up to 367 x 4096 */
    cr_assert_eq(s.configs[0].fixed_heap[1], 6291456);   /* 1.5 x 4 MiB */
    cr_assert_eq(s.configs[1].fixed_heap[0], 3002368);   /* 3 x 1000000, up to 733 x 4096 */
    cr_assert_eq(s.configs[1].fixed_heap[1], 12582912);
    free(mdir);
    lab_spec_free(&s);
}

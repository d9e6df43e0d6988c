/*
 * test_slice.c -- slice objects: repr, indices() normalisation exactly as
 * CPython's slice.indices (values printed by python3), errors, equality,
 * and the clamping helper the sequences share.
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/range.h"
#include "runtime/slice.h"

static void setup(void) { cr_assert_eq(rt_init(), 0); }
TestSuite(slice, .init = setup);

#include "tests/unit/container_util.h"

static rt_object *sl(rt_object *a, rt_object *b, rt_object *c)
{
    rt_object *s = rt_slice_new(a, b, c);
    RT_XDECREF(a); RT_XDECREF(b); RT_XDECREF(c);
    return s;
}

static rt_object *indices(rt_object *s, intptr_t len)
{
    rt_object *r = rt_slice_indices_tuple(s, len);
    RT_DECREF(s);
    return r;
}

Test(slice, repr)
{
    expect_repr(sl(NULL, I(1), NULL), "slice(None, 1, None)");
    expect_repr(sl(I(1), NULL, S("a")), "slice(1, None, 'a')");
    expect_repr(sl(I(-1), I(2), I(3)), "slice(-1, 2, 3)");
}

Test(slice, indices_match_cpython)
{
    expect_repr(indices(sl(NULL, NULL, I(-1)), 5), "(4, -1, -1)");
    expect_repr(indices(sl(I(-100), I(100), I(2)), 10), "(0, 10, 2)");
    expect_repr(indices(sl(I(5), I(1), I(-2)), 10), "(5, 1, -2)");
    expect_repr(indices(sl(NULL, NULL, NULL), 0), "(0, 0, 1)");
    expect_repr(indices(sl(I(-3), NULL, NULL), 10), "(7, 10, 1)");
    expect_repr(indices(sl(NULL, I(-100), I(-1)), 10), "(9, -1, -1)");
    expect_err(indices(sl(I(0), I(1), I(0)), 3), &rt_exc_ValueError, "slice step cannot be zero");
    expect_err(indices(sl(S("a"), NULL, NULL), 3), &rt_exc_TypeError,
               "slice indices must be integers or None or have an __index__ method");
    /* bools are ints */
    expect_repr(indices(sl(rt_newref(RT_TRUE), NULL, NULL), 3), "(1, 3, 1)");
}

Test(slice, adjust_helper)
{
    struct { intptr_t start, stop, step, len, rstart, rstop, n; } cases[] = {
        { 0, INTPTR_MAX, 1, 5, 0, 5, 5 },
        { INTPTR_MAX, INTPTR_MIN, -1, 5, 4, -1, 5 },
        { -2, INTPTR_MAX, 1, 5, 3, 5, 2 },
        { 1, 4, 2, 10, 1, 4, 2 },
        { 8, 2, -3, 10, 8, 2, 2 },
        { 20, 30, 1, 10, 10, 10, 0 },
        { -20, -30, -1, 10, -1, -1, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        intptr_t a = cases[i].start, b = cases[i].stop;
        intptr_t n = rt_slice_adjust(cases[i].len, &a, &b, cases[i].step);
        cr_assert_eq(a, cases[i].rstart, "case %zu start", i);
        cr_assert_eq(b, cases[i].rstop, "case %zu stop", i);
        cr_assert_eq(n, cases[i].n, "case %zu length", i);
    }
}

Test(slice, equality_unhashable_refcounts)
{
    rt_object *a = sl(I(1), I(2), NULL), *b = sl(I(1), I(2), NULL), *c = sl(I(1), I(3), NULL);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_EQ), 1);
    cr_assert_eq(rt_richcompare_bool(a, c, RT_EQ), 0);
    cr_assert_eq(rt_hash(a), -1);
    char buf[64];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "unhashable type: 'slice'");
    rt_err_clear();
    rt_object *x = S("start object");
    intptr_t base = x->refcnt;
    rt_object *s = rt_slice_new(x, NULL, NULL);
    cr_assert_eq(x->refcnt, base + 1);
    RT_DECREF(s);
    cr_assert_eq(x->refcnt, base);
    RT_DECREF(x); RT_DECREF(a); RT_DECREF(b); RT_DECREF(c);
}

/*
 * test_range.c -- range objects and their iterator: repr, length with
 * positive and negative steps and extreme 64-bit bounds, indexing,
 * slicing (a range again, with CPython's bounds), `in` without iterating,
 * equality and hash consistent with it, errors.  Expected values printed
 * by python3.
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
TestSuite(range, .init = setup);

#include "tests/unit/container_util.h"

static rt_object *R(intptr_t a, intptr_t b, intptr_t c)
{
    rt_object *r = rt_range_new(a, b, c);
    cr_assert_not_null(r);
    return r;
}

static rt_object *sl(rt_object *a, rt_object *b, rt_object *c)
{
    rt_object *s = rt_slice_new(a, b, c);
    RT_XDECREF(a); RT_XDECREF(b); RT_XDECREF(c);
    return s;
}

/* r[slice], consuming both */
static rt_object *rs(rt_object *r, rt_object *s)
{
    rt_object *x = rt_getitem(r, s);
    RT_DECREF(r);
    RT_DECREF(s);
    return x;
}

Test(range, repr_and_length)
{
    expect_repr(R(0, 5, 1), "range(0, 5)");
    expect_repr(R(1, 5, 2), "range(1, 5, 2)");
    expect_repr(R(5, 0, -1), "range(5, 0, -1)");
    rt_object *r = R(0, 10, 3);
    cr_assert_eq(rt_length(r), 4);
    RT_DECREF(r);
    r = R(10, 0, -3);
    cr_assert_eq(rt_length(r), 4);
    expect_repr(rt_list_from_iterable(r), "[10, 7, 4, 1]");
    RT_DECREF(r);
    r = R(5, 0, 1);
    cr_assert_eq(rt_length(r), 0);
    expect_repr(rt_list_from_iterable(r), "[]");
    RT_DECREF(r);
    r = R(INT64_MIN, INT64_MAX, (intptr_t)1 << 62);
    cr_assert_eq(rt_length(r), 4);
    RT_DECREF(r);
    expect_repr(R((intptr_t)1 << 62, INT64_MAX, (intptr_t)1 << 61),
                "range(4611686018427387904, 9223372036854775807, 2305843009213693952)");
    expect_err(rt_range_new(1, 2, 0), &rt_exc_ValueError, "range() arg 3 must not be zero");
}

Test(range, from_args)
{
    rt_object *a[3] = { I(2), I(9), I(3) };
    expect_repr(rt_range_from_args(a, 1), "range(0, 2)");
    expect_repr(rt_range_from_args(a, 2), "range(2, 9)");
    expect_repr(rt_range_from_args(a, 3), "range(2, 9, 3)");
    expect_err(rt_range_from_args(a, 0), &rt_exc_TypeError, "range expected at least 1 argument, got 0");
    rt_object *s = S("x");
    expect_err(rt_range_from_args(&s, 1), &rt_exc_TypeError, "'str' object cannot be interpreted as an integer");
    RT_DECREF(s);
    for (int i = 0; i < 3; i++)
        RT_DECREF(a[i]);
}

Test(range, indexing_and_slicing)
{
    rt_object *r = R(0, 10, 3), *m1 = I(-1), *k = I(4);
    cr_assert_eq(ival(rt_getitem(r, m1)), 9);
    expect_err(rt_getitem(r, k), &rt_exc_IndexError, "range object index out of range");
    RT_DECREF(r); RT_DECREF(m1); RT_DECREF(k);
    expect_repr(rs(R(0, 10, 1), sl(I(2), I(8), I(2))), "range(2, 8, 2)");
    expect_repr(rs(R(0, 10, 1), sl(I(2), I(7), I(2))), "range(2, 7, 2)");
    expect_repr(rs(R(0, 10, 1), sl(NULL, NULL, I(-1))), "range(9, -1, -1)");
    expect_repr(rs(R(1, 10, 2), sl(I(1), NULL, I(2))), "range(3, 11, 4)");
    expect_repr(rs(R(3, 20, 4), sl(NULL, NULL, I(-2))), "range(19, -1, -8)");
    expect_repr(rs(R(0, 5, 1), sl(I(10), I(20), NULL)), "range(5, 5)");
    expect_repr(rs(R(0, 5, 1), sl(I(-100), I(-50), NULL)), "range(0, 0)");
}

Test(range, contains)
{
    rt_object *r = R(0, 10, 3), *three = I(3), *four = I(4), *ten = I(10), *s = S("a");
    cr_assert_eq(rt_contains(r, three), 1);
    cr_assert_eq(rt_contains(r, four), 0);
    cr_assert_eq(rt_contains(r, s), 0);
    rt_object *t = R(0, 10, 1);
    cr_assert_eq(rt_contains(t, ten), 0);
    rt_object *neg = R(0, -10, -1), *m1 = I(-1);
    cr_assert_eq(rt_contains(neg, m1), 1);
    cr_assert_eq(rt_contains(neg, three), 0);
    /* a huge range answers without iterating */
    rt_object *huge = R(0, INT64_MAX, 7), *big = I(7 * (INT64_C(1) << 50));
    cr_assert_eq(rt_contains(huge, big), 1);
    RT_DECREF(r); RT_DECREF(three); RT_DECREF(four); RT_DECREF(ten); RT_DECREF(s);
    RT_DECREF(t); RT_DECREF(neg); RT_DECREF(m1); RT_DECREF(huge); RT_DECREF(big);
}

Test(range, equality_and_hash)
{
    rt_object *a = R(0, 0, 1), *b = R(5, 5, 1);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_EQ), 1);
    cr_assert_eq(rt_hash(a), rt_hash(b));
    rt_object *c = R(1, 2, 5), *d = R(1, 2, 9);
    cr_assert_eq(rt_richcompare_bool(c, d, RT_EQ), 1);
    cr_assert_eq(rt_hash(c), rt_hash(d));
    rt_object *e = R(0, 3, 1), *f = R(0, 4, 1);
    cr_assert_eq(rt_richcompare_bool(e, f, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(e, f, RT_NE), 1);
    /* hash(range(0, 10, 2)) == hash((5, 0, 2)) */
    rt_object *g = R(0, 10, 2), *five = I(5), *zero = I(0), *two = I(2);
    rt_object *t = rt_tuple_pack(3, five, zero, two);
    cr_assert_eq(rt_hash(g), rt_hash(t));
    cr_assert_eq(rt_hash(g), (intptr_t)-6143170332311272345LL);
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(c); RT_DECREF(d); RT_DECREF(e); RT_DECREF(f);
    RT_DECREF(g); RT_DECREF(five); RT_DECREF(zero); RT_DECREF(two); RT_DECREF(t);
}

Test(range, iterator)
{
    rt_object *r = R(INT64_MAX - 2, INT64_MAX, 1);
    rt_object *it = rt_get_iter(r);
    cr_assert_eq(ival(rt_iter_next(it)), INT64_MAX - 2);
    cr_assert_eq(ival(rt_iter_next(it)), INT64_MAX - 1);
    cr_assert_null(rt_iter_next(it));
    cr_assert_null(rt_err_occurred());
    RT_DECREF(it);
    RT_DECREF(r);
    r = R(0, 1000, 1);
    it = rt_get_iter(r);
    int64_t sum = 0;
    rt_object *x;
    while ((x = rt_iter_next(it)) != NULL)
        sum += ival(x);
    cr_assert_eq(sum, 499500);
    RT_DECREF(it);
    RT_DECREF(r);
}

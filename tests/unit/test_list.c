/*
 * test_list.c -- list: CPython's over-allocation pattern, methods, stable
 * sort with key= and reverse= (and a comparison that raises, which must
 * leave a valid permutation), slice get/set/delete including extended
 * slices, repr recursion guard, comparisons, + * +=, exact refcounts, and
 * freeing a million-deep chain.  Expected values printed by python3.
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
TestSuite(list, .init = setup);

#include "tests/unit/container_util.h"

static rt_object *ints(int n, const int64_t *v)
{
    rt_object *l = rt_list_new(0);
    for (int i = 0; i < n; i++) {
        rt_object *x = I(v[i]);
        rt_list_append(l, x);
        RT_DECREF(x);
    }
    return l;
}

static rt_object *one_to_ten(void)
{
    int64_t v[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    return ints(10, v);
}

static rt_object *sl(rt_object *a, rt_object *b, rt_object *c)
{
    rt_object *s = rt_slice_new(a, b, c);
    RT_XDECREF(a); RT_XDECREF(b); RT_XDECREF(c);
    return s;
}

static void set_slice(rt_object *l, rt_object *slice, rt_object *v)
{
    int r = v ? rt_setitem(l, slice, v) : rt_delitem(l, slice);
    cr_assert_eq(r, 0, "slice assignment failed: %s", rt_err_occurred() ? rt_err_occurred()->type->name : "");
    RT_DECREF(slice);
    RT_XDECREF(v);
}

static rt_object *strs(const char *a, const char *b, const char *c, const char *d)
{
    const char *v[] = { a, b, c, d };
    rt_object *l = rt_list_new(0);
    for (int i = 0; i < 4 && v[i]; i++) {
        rt_object *s = S(v[i]);
        rt_list_append(l, s);
        RT_DECREF(s);
    }
    return l;
}

Test(list, growth_pattern_matches_cpython)
{
    /* sys.getsizeof of a list while appending 0..99, as slot counts */
    const intptr_t expected[] = { 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108 };
    rt_object *l = rt_list_new(0);
    intptr_t seen[16];
    int n = 0;
    for (int i = 0; i < 100; i++) {
        rt_list_append(l, RT_NONE);
        intptr_t a = ((rt_list *)l)->allocated;
        if (n == 0 || seen[n - 1] != a)
            seen[n++] = a;
    }
    cr_assert_eq(n, 11);
    for (int i = 0; i < n; i++)
        cr_assert_eq(seen[i], expected[i], "step %d: %ld != %ld", i, (long)seen[i], (long)expected[i]);
    RT_DECREF(l);
}

Test(list, slice_assignment)
{
    rt_object *l = one_to_ten();
    set_slice(l, sl(I(2), I(5), NULL), strs("a", NULL, NULL, NULL));
    expect_repr(rt_newref(l), "[1, 2, 'a', 6, 7, 8, 9, 10]");
    RT_DECREF(l);

    l = one_to_ten();
    int64_t zeros[] = { 0, 0, 0 };
    set_slice(l, sl(I(1), I(1), NULL), ints(3, zeros));
    expect_repr(rt_newref(l), "[1, 0, 0, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    RT_DECREF(l);

    l = one_to_ten();
    set_slice(l, sl(NULL, NULL, I(3)), strs("x", "y", "z", "w"));
    expect_repr(rt_newref(l), "['x', 2, 3, 'y', 5, 6, 'z', 8, 9, 'w']");
    RT_DECREF(l);

    l = one_to_ten();
    set_slice(l, sl(NULL, NULL, I(2)), NULL);
    expect_repr(rt_newref(l), "[2, 4, 6, 8, 10]");
    RT_DECREF(l);

    l = one_to_ten();
    set_slice(l, sl(NULL, NULL, I(-3)), NULL);
    expect_repr(rt_newref(l), "[2, 3, 5, 6, 8, 9]");
    RT_DECREF(l);

    l = one_to_ten();
    set_slice(l, sl(I(8), I(2), I(-2)), ints(3, zeros));
    expect_repr(rt_newref(l), "[1, 2, 3, 4, 0, 6, 0, 8, 0, 10]");
    rt_object *bad = sl(NULL, NULL, I(2));
    rt_object *one = strs("a", NULL, NULL, NULL);
    cr_assert_eq(rt_setitem(l, bad, one), -1);
    char buf[200];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "attempt to assign sequence of size 1 to extended slice of size 5");
    rt_err_clear();
    RT_DECREF(bad); RT_DECREF(one);
    bad = sl(I(0), I(1), NULL);
    rt_object *five = I(5);
    cr_assert_eq(rt_setitem(l, bad, five), -1);
    cr_assert_str_eq(err_msg(buf, sizeof buf), "can only assign an iterable");
    rt_err_clear();
    RT_DECREF(bad); RT_DECREF(five);
    RT_DECREF(l);

    /* assigning a list to a slice of itself */
    int64_t v3[] = { 1, 2, 3 };
    l = ints(3, v3);
    set_slice(l, sl(NULL, NULL, NULL), rt_newref(l));
    expect_repr(rt_newref(l), "[1, 2, 3]");
    set_slice(l, sl(I(1), NULL, NULL), rt_newref(l));
    expect_repr(rt_newref(l), "[1, 1, 2, 3]");
    RT_DECREF(l);

    l = ints(3, v3);
    set_slice(l, sl(I(5), NULL, NULL), ints(1, (int64_t[]){ 9 }));
    expect_repr(rt_newref(l), "[1, 2, 3, 9]");
    rt_object *z = I(0);
    cr_assert_eq(rt_delitem(l, z), 0);
    expect_repr(rt_newref(l), "[2, 3, 9]");
    rt_object *far = I(5);
    cr_assert_eq(rt_setitem(l, far, z), -1);
    cr_assert_str_eq(err_msg(buf, sizeof buf), "list assignment index out of range");
    rt_err_clear();
    cr_assert_eq(rt_delitem(l, far), -1);
    cr_assert_str_eq(err_msg(buf, sizeof buf), "list assignment index out of range");
    rt_err_clear();
    RT_DECREF(z); RT_DECREF(far); RT_DECREF(l);
}

Test(list, slicing_reads)
{
    rt_object *l = one_to_ten();
    rt_object *s = sl(NULL, NULL, I(-3));
    expect_repr(rt_getitem(l, s), "[10, 7, 4, 1]");
    RT_DECREF(s);
    s = sl(I(-3), I(100), NULL);
    expect_repr(rt_getitem(l, s), "[8, 9, 10]");
    RT_DECREF(s);
    s = sl(NULL, NULL, I(0));
    expect_err(rt_getitem(l, s), &rt_exc_ValueError, "slice step cannot be zero");
    RT_DECREF(s);
    rt_object *f = S("1");
    expect_err(rt_getitem(l, f), &rt_exc_TypeError, "list indices must be integers or slices, not str");
    rt_object *big = I(10);
    expect_err(rt_getitem(l, big), &rt_exc_IndexError, "list index out of range");
    RT_DECREF(f); RT_DECREF(big); RT_DECREF(l);
}

/* key=lambda p: p[0] */
static rt_object *first_item(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)nargs; (void)kw;
    return rt_newref(RT_TUPLE_GET_ITEM(args[0], 0));
}
static rt_method_def first_def = { "first", first_item, RT_METH_FASTCALL, NULL };

static rt_object *pairs(void)
{
    const int64_t k[] = { 1, 0, 1, 0, 2, 1 };
    const char *v[] = { "a", "b", "c", "d", "e", "f" };
    rt_object *l = rt_list_new(0);
    for (int i = 0; i < 6; i++) {
        rt_object *a = I(k[i]), *b = S(v[i]);
        rt_object *t = rt_tuple_pack(2, a, b);
        rt_list_append(l, t);
        RT_DECREF(a); RT_DECREF(b); RT_DECREF(t);
    }
    return l;
}

Test(list, sort_stable_with_key_and_reverse)
{
    rt_object *key = rt_cfunction_new(&first_def, NULL);
    cr_assert_not_null(key);
    rt_object *l = pairs();
    rt_object *r = callm(l, "sort", kw1("key"), 1, rt_newref(key));
    cr_assert_eq(r, RT_NONE);
    RT_DECREF(r);
    expect_repr(rt_newref(l), "[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c'), (1, 'f'), (2, 'e')]");
    RT_DECREF(l);
    l = pairs();
    rt_object *kw = rt_tuple_pack(2, rt_str_intern_cstr("key"), rt_str_intern_cstr("reverse"));
    r = callm(l, "sort", kw, 2, rt_newref(key), rt_newref(RT_TRUE));
    cr_assert_eq(r, RT_NONE);
    RT_DECREF(r);
    expect_repr(rt_newref(l), "[(2, 'e'), (1, 'a'), (1, 'c'), (1, 'f'), (0, 'b'), (0, 'd')]");
    expect_err(callm(l, "sort", NULL, 1, I(1)), &rt_exc_TypeError, "sort() takes no positional arguments");
    expect_err(callm(l, "sort", kw1("x"), 1, I(1)), &rt_exc_TypeError, "'x' is an invalid keyword argument for sort()");
    RT_DECREF(l);
    RT_DECREF(key);
}

static uint64_t lcg = 12345;
static int64_t rnd(int64_t m)
{
    lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
    return (int64_t)((lcg >> 33) % (uint64_t)m);
}

Test(list, sort_large_is_sorted_and_stable)
{
    /* 5000 (key, original position) pairs with many equal keys: the merge
     * phase runs, and stability shows as increasing positions per key. */
    enum { N = 5000 };
    rt_object *l = rt_list_new(0);
    for (int i = 0; i < N; i++) {
        rt_object *a = I(rnd(50)), *b = I(i);
        rt_object *t = rt_tuple_pack(2, a, b);
        rt_list_append(l, t);
        RT_DECREF(a); RT_DECREF(b); RT_DECREF(t);
    }
    rt_object *key = rt_cfunction_new(&first_def, NULL);
    cr_assert_eq(rt_list_sort(l, key, false), 0);
    for (int i = 1; i < N; i++) {
        rt_object *p = RT_LIST_GET_ITEM(l, i - 1), *q = RT_LIST_GET_ITEM(l, i);
        int64_t pk = RT_INT_VALUE(RT_TUPLE_GET_ITEM(p, 0)), qk = RT_INT_VALUE(RT_TUPLE_GET_ITEM(q, 0));
        cr_assert_leq(pk, qk);
        if (pk == qk)
            cr_assert_lt(RT_INT_VALUE(RT_TUPLE_GET_ITEM(p, 1)), RT_INT_VALUE(RT_TUPLE_GET_ITEM(q, 1)));
    }
    /* reverse=True: descending keys, equal keys still in original order */
    cr_assert_eq(rt_list_sort(l, key, true), 0);
    for (int i = 1; i < N; i++) {
        rt_object *p = RT_LIST_GET_ITEM(l, i - 1), *q = RT_LIST_GET_ITEM(l, i);
        int64_t pk = RT_INT_VALUE(RT_TUPLE_GET_ITEM(p, 0)), qk = RT_INT_VALUE(RT_TUPLE_GET_ITEM(q, 0));
        cr_assert_geq(pk, qk);
        if (pk == qk)
            cr_assert_lt(RT_INT_VALUE(RT_TUPLE_GET_ITEM(p, 1)), RT_INT_VALUE(RT_TUPLE_GET_ITEM(q, 1)));
    }
    /* plain ints without key */
    rt_object *m = rt_list_new(0);
    for (int i = 0; i < N; i++) {
        rt_object *x = I(rnd(1000000) - 500000);
        rt_list_append(m, x);
        RT_DECREF(x);
    }
    cr_assert_eq(rt_list_sort(m, NULL, false), 0);
    for (int i = 1; i < N; i++)
        cr_assert_leq(RT_INT_VALUE(RT_LIST_GET_ITEM(m, i - 1)), RT_INT_VALUE(RT_LIST_GET_ITEM(m, i)));
    RT_DECREF(m); RT_DECREF(l); RT_DECREF(key);
}

Test(list, sort_comparison_error_leaves_valid_list)
{
    /* 200 ints with one str in the middle: '<' raises partway through. */
    enum { N = 200 };
    rt_object *l = rt_list_new(0);
    rt_object *objs[N];
    intptr_t counts[N];
    for (int i = 0; i < N; i++) {
        objs[i] = i == 137 ? S("x") : I(1000 + rnd(100000));
        rt_list_append(l, objs[i]);
        counts[i] = objs[i]->refcnt;
    }
    cr_assert_eq(rt_list_sort(l, NULL, false), -1);
    char buf[200];
    cr_assert(strstr(err_msg(buf, sizeof buf), "'<' not supported between instances of") != NULL);
    rt_err_clear();
    /* still a permutation: every object exactly once, refcounts unchanged */
    cr_assert_eq(RT_SIZE(l), N);
    for (int i = 0; i < N; i++) {
        int found = 0;
        for (int j = 0; j < N; j++)
            found += RT_LIST_GET_ITEM(l, j) == objs[i];
        cr_assert_eq(found, 1, "object %d appears %d times", i, found);
        cr_assert_eq(objs[i]->refcnt, counts[i]);
    }
    RT_DECREF(l);
    for (int i = 0; i < N; i++)
        RT_DECREF(objs[i]);
}

/* A key function that appends to the list being sorted. */
static rt_object *victim;
static rt_object *meddle(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)nargs; (void)kw;
    rt_list_append(victim, args[0]);
    return rt_newref(args[0]);
}
static rt_method_def meddle_def = { "meddle", meddle, RT_METH_FASTCALL, NULL };

Test(list, sort_detects_mutation)
{
    int64_t v[] = { 3, 1, 2 };
    victim = ints(3, v);
    rt_object *key = rt_cfunction_new(&meddle_def, NULL);
    cr_assert_eq(rt_list_sort(victim, key, false), -1);
    char buf[100];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "list modified during sort");
    rt_err_clear();
    expect_repr(rt_newref(victim), "[1, 2, 3]");
    RT_DECREF(victim);
    RT_DECREF(key);
}

Test(list, methods)
{
    int64_t v[] = { 5, 3, 8, 1 };
    rt_object *l = ints(4, v);
    RT_DECREF(callm(l, "reverse", NULL, 0));
    expect_repr(rt_newref(l), "[1, 8, 3, 5]");
    RT_DECREF(callm(l, "insert", NULL, 2, I(-1), I(9)));
    expect_repr(rt_newref(l), "[1, 8, 3, 9, 5]");
    RT_DECREF(callm(l, "insert", NULL, 2, I(100), I(7)));
    RT_DECREF(callm(l, "insert", NULL, 2, I(-100), I(0)));
    expect_repr(rt_newref(l), "[0, 1, 8, 3, 9, 5, 7]");
    cr_assert_eq(ival(callm(l, "pop", NULL, 0)), 7);
    cr_assert_eq(ival(callm(l, "pop", NULL, 1, I(0))), 0);
    expect_repr(rt_newref(l), "[1, 8, 3, 9, 5]");
    cr_assert_eq(ival(callm(l, "index", NULL, 1, I(9))), 3);
    expect_err(callm(l, "index", NULL, 1, I(4)), &rt_exc_ValueError, "4 is not in list");
    RT_DECREF(callm(l, "append", NULL, 1, I(8)));
    cr_assert_eq(ival(callm(l, "count", NULL, 1, I(8))), 2);
    RT_DECREF(callm(l, "remove", NULL, 1, I(8)));
    expect_repr(rt_newref(l), "[1, 3, 9, 5, 8]");
    expect_err(callm(l, "remove", NULL, 1, I(42)), &rt_exc_ValueError, "list.remove(x): x not in list");
    rt_object *c = callm(l, "copy", NULL, 0);
    cr_assert_neq(c, l);
    cr_assert_eq(rt_richcompare_bool(c, l, RT_EQ), 1);
    RT_DECREF(callm(l, "extend", NULL, 1, rt_tuple_pack(1, RT_NONE)));
    expect_repr(rt_newref(l), "[1, 3, 9, 5, 8, None]");
    RT_DECREF(callm(l, "extend", NULL, 1, S("ab")));
    expect_repr(rt_newref(l), "[1, 3, 9, 5, 8, None, 'a', 'b']");
    expect_err(callm(l, "extend", NULL, 1, I(1)), &rt_exc_TypeError, "'int' object is not iterable");
    RT_DECREF(callm(l, "clear", NULL, 0));
    expect_repr(rt_newref(l), "[]");
    expect_err(callm(l, "pop", NULL, 0), &rt_exc_IndexError, "pop from empty list");
    RT_DECREF(callm(l, "append", NULL, 1, I(1)));
    expect_err(callm(l, "pop", NULL, 1, I(5)), &rt_exc_IndexError, "pop index out of range");
    expect_err(callm(l, "pop", NULL, 2, I(1), I(2)), &rt_exc_TypeError, "pop expected at most 1 argument, got 2");
    expect_err(callm(l, "pop", NULL, 1, S("a")), &rt_exc_TypeError, "'str' object cannot be interpreted as an integer");
    expect_err(callm(l, "append", NULL, 0), &rt_exc_TypeError, "list.append() takes exactly one argument (0 given)");
    expect_err(callm(l, "insert", NULL, 0), &rt_exc_TypeError, "insert expected 2 arguments, got 0");
    RT_DECREF(c);
    RT_DECREF(l);
}

Test(list, repr_recursion_and_compare)
{
    int64_t v[] = { 1 };
    rt_object *l = ints(1, v);
    rt_list_append(l, l);
    expect_repr(rt_newref(l), "[1, [...]]");
    rt_list_clear(l);   /* break the cycle: rc alone would leak it */
    RT_DECREF(l);
    int64_t a[] = { 3, 1, 2 }, b[] = { 3, 2 }, c[] = { 1 }, d[] = { 1, 0 };
    rt_object *A = ints(3, a), *B = ints(2, b), *C = ints(1, c), *D = ints(2, d);
    cr_assert_eq(rt_richcompare_bool(A, B, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(C, D, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(A, A, RT_EQ), 1);
    cr_assert_eq(rt_richcompare_bool(A, B, RT_EQ), 0);
    rt_object *A2 = ints(3, a);
    cr_assert_eq(rt_richcompare_bool(A, A2, RT_EQ), 1);
    cr_assert_eq(rt_richcompare_bool(A, A2, RT_GE), 1);
    cr_assert_eq(rt_hash(A), -1);
    rt_err_clear();
    RT_DECREF(A); RT_DECREF(B); RT_DECREF(C); RT_DECREF(D); RT_DECREF(A2);
}

Test(list, concat_repeat_inplace)
{
    int64_t a[] = { 1, 2 };
    rt_object *l = ints(2, a), *three = I(3);
    expect_repr(rt_number_binop(l, l, RT_NB_ADD), "[1, 2, 1, 2]");
    expect_repr(rt_number_binop(l, three, RT_NB_MUL), "[1, 2, 1, 2, 1, 2]");
    expect_repr(rt_number_binop(three, l, RT_NB_MUL), "[1, 2, 1, 2, 1, 2]");
    rt_object *t = rt_tuple_pack(1, three);
    expect_err(rt_number_binop(l, t, RT_NB_ADD), &rt_exc_TypeError,
               "can only concatenate list (not \"tuple\") to list");
    rt_object *r = rt_list_inplace_concat(l, t);   /* += takes any iterable */
    cr_assert_eq(r, l);
    RT_DECREF(r);
    expect_repr(rt_newref(l), "[1, 2, 3]");
    expect_err(rt_list_inplace_concat(l, three), &rt_exc_TypeError, "'int' object is not iterable");
    RT_DECREF(t); RT_DECREF(three); RT_DECREF(l);
}

Test(list, refcounts_exact)
{
    rt_object *x = S("a distinct object");
    intptr_t base = x->refcnt;
    rt_object *l = rt_list_new(0);
    for (int i = 0; i < 5; i++)
        rt_list_append(l, x);
    cr_assert_eq(x->refcnt, base + 5);
    rt_object *p = rt_list_pop(l, 0);
    cr_assert_eq(p, x);
    cr_assert_eq(x->refcnt, base + 5, "pop hands the list's reference over");
    RT_DECREF(p);
    cr_assert_eq(x->refcnt, base + 4);
    rt_object *zero = I(0);
    rt_delitem(l, zero);
    cr_assert_eq(x->refcnt, base + 3);
    rt_object *other = S("b");
    rt_setitem(l, zero, other);
    cr_assert_eq(x->refcnt, base + 2);
    rt_object *t = rt_list_as_tuple(l);
    cr_assert_eq(x->refcnt, base + 4);
    RT_DECREF(t);
    rt_list_sort(l, NULL, true);
    cr_assert_eq(x->refcnt, base + 2);
    rt_object *it = rt_get_iter(l);
    rt_object *y;
    while ((y = rt_iter_next(it)) != NULL)
        RT_DECREF(y);
    RT_DECREF(it);
    cr_assert_eq(x->refcnt, base + 2);
    rt_list_clear(l);
    cr_assert_eq(x->refcnt, base);
    rt_list_append(l, x);
    rt_list_append(l, x);
    RT_DECREF(l);
    cr_assert_eq(x->refcnt, base, "dealloc releases every item once");
    RT_DECREF(zero); RT_DECREF(other); RT_DECREF(x);
}

Test(list, iterators)
{
    int64_t a[] = { 1, 2, 3 };
    rt_object *l = ints(3, a);
    rt_object *it = rt_get_iter(l);
    cr_assert_eq(ival(rt_iter_next(it)), 1);
    rt_object *four = I(4);
    rt_list_append(l, four);   /* the iterator sees appended items, as CPython's */
    cr_assert_eq(ival(rt_iter_next(it)), 2);
    cr_assert_eq(ival(rt_iter_next(it)), 3);
    cr_assert_eq(ival(rt_iter_next(it)), 4);
    cr_assert_null(rt_iter_next(it));
    cr_assert_null(rt_iter_next(it));
    RT_DECREF(it);
    rt_object *rit = rt_list_reversed(l);
    cr_assert_eq(ival(rt_iter_next(rit)), 4);
    cr_assert_eq(ival(rt_iter_next(rit)), 3);
    RT_DECREF(rit);
    RT_DECREF(four); RT_DECREF(l);
}

static intptr_t young_len(void)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(rt_gc.young); g != rt_gc.young; g = rt_gc_next(g))
        n++;
    return n;
}

Test(list, million_deep_chain)
{
    intptr_t before = young_len();
    rt_object *l = rt_list_new(0);
    for (int i = 0; i < 1000000; i++) {
        rt_object *n = rt_list_new(0);
        cr_assert_not_null(n);
        rt_list_append(n, l);
        RT_DECREF(l);
        l = n;
    }
    RT_DECREF(l);
    cr_assert_eq(young_len(), before, "every list was untracked and freed");
}

/* The type objects are callable as the builtins list(), tuple(), dict(),
 * str(), slice() and range(). */
static rt_object *call_type(rt_type *t, rt_object *args, rt_object *kwargs)
{
    rt_object *r = rt_call(RT_OBJ(t), args, kwargs);
    RT_DECREF(args);
    RT_XDECREF(kwargs);
    return r;
}

Test(list, constructors_through_the_types)
{
    int64_t v[] = { 3, 1, 2 };
    rt_object *l = ints(3, v);
    expect_repr(call_type(&rt_list_type, rt_tuple_new(0), NULL), "[]");
    expect_repr(call_type(&rt_list_type, rt_tuple_pack(1, l), NULL), "[3, 1, 2]");
    rt_object *ab = S("ab");
    expect_repr(call_type(&rt_list_type, rt_tuple_pack(1, ab), NULL), "['a', 'b']");
    RT_DECREF(ab);
    expect_err(call_type(&rt_list_type, rt_tuple_pack(2, l, l), NULL), &rt_exc_TypeError,
               "list expected at most 1 argument, got 2");
    expect_repr(call_type(&rt_tuple_type, rt_tuple_pack(1, l), NULL), "(3, 1, 2)");
    expect_err(call_type(&rt_tuple_type, rt_tuple_pack(2, l, l), NULL), &rt_exc_TypeError,
               "tuple expected at most 1 argument, got 2");
    rt_object *kw = rt_dict_new();
    rt_object *three = I(3);
    rt_dict_setitem_str(kw, "a", three);
    rt_object *one = I(1), *two = I(2);
    rt_object *pair = rt_tuple_pack(2, one, two);
    rt_object *pairs = rt_list_from_array(&pair, 1);
    expect_repr(call_type(&rt_dict_type, rt_tuple_pack(1, pairs), kw), "{1: 2, 'a': 3}");
    expect_err(call_type(&rt_dict_type, rt_tuple_pack(2, l, l), NULL), &rt_exc_TypeError,
               "dict expected at most 1 argument, got 2");
    expect_repr(call_type(&rt_str_type, rt_tuple_pack(1, l), NULL), "'[3, 1, 2]'");
    expect_repr(call_type(&rt_str_type, rt_tuple_new(0), NULL), "''");
    expect_repr(call_type(&rt_range_type, rt_tuple_pack(2, one, three), NULL), "range(1, 3)");
    rt_object *s = call_type(&rt_slice_type, rt_tuple_pack(1, two), NULL);
    expect_repr(rt_newref(s), "slice(None, 2, None)");
    expect_repr(rt_getattr_str(s, "stop"), "2");
    RT_DECREF(s);
    expect_err(call_type(&rt_slice_type, rt_tuple_new(0), NULL), &rt_exc_TypeError,
               "slice expected at least 1 argument, got 0");
    rt_object *r = call_type(&rt_range_type, rt_tuple_pack(3, one, three, two), NULL);
    expect_repr(rt_getattr_str(r, "step"), "2");
    RT_DECREF(r);
    RT_DECREF(l); RT_DECREF(three); RT_DECREF(one); RT_DECREF(two); RT_DECREF(pair); RT_DECREF(pairs);
}

Test(list, sort_fast_paths_for_str_and_int)
{
    rt_object *l = strs("b", "a", "ab", "");
    rt_object *e = S("\xc3\xa9");
    rt_list_append(l, e);
    RT_DECREF(e);
    cr_assert_eq(rt_list_sort(l, NULL, false), 0);
    expect_repr(rt_newref(l), "['', 'a', 'ab', 'b', '\xc3\xa9']");
    cr_assert_eq(rt_list_sort(l, NULL, true), 0);
    expect_repr(rt_newref(l), "['\xc3\xa9', 'b', 'ab', 'a', '']");
    RT_DECREF(l);
    /* ints mixed with a bool take the generic path and agree */
    int64_t v[] = { 3, -1, 2 };
    l = ints(3, v);
    rt_list_append(l, RT_TRUE);
    cr_assert_eq(rt_list_sort(l, NULL, false), 0);
    expect_repr(rt_newref(l), "[-1, True, 2, 3]");
    RT_DECREF(l);
}

/* An iterable whose first step empties the list being assigned to. */
static rt_object *shrink_target;
typedef struct shrinker { RT_OBJECT_HEAD int i; } shrinker;
static rt_object *shrinker_iter(rt_object *o) { return rt_newref(o); }
static rt_object *shrinker_next(rt_object *o)
{
    shrinker *s = (shrinker *)o;
    if (s->i == 0)
        rt_list_clear(shrink_target);
    return s->i < 3 ? I(s->i++) : NULL;
}
static void shrinker_dealloc(rt_object *o) { rt_object_free(o); }
static rt_type shrinker_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "shrinker",
    .basicsize = sizeof(shrinker),
    .dealloc = shrinker_dealloc,
    .iter = shrinker_iter,
    .iternext = shrinker_next,
    .base = &rt_object_type,
};

Test(list, extended_slice_assignment_rechecks_size)
{
    cr_assert_eq(rt_type_ready(&shrinker_type), 0);
    shrink_target = one_to_ten();
    rt_object *it = rt_object_new(&shrinker_type);
    rt_object *s = sl(NULL, NULL, I(2));
    cr_assert_eq(rt_setitem(shrink_target, s, it), -1);
    char buf[200];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "attempt to assign sequence of size 3 to extended slice of size 5");
    rt_err_clear();
    cr_assert_eq(RT_SIZE(shrink_target), 0);
    /* sizes that match at first but not after the shrink: still refused */
    RT_DECREF(s);
    int64_t v[] = { 1, 2, 3, 4, 5, 6 };
    RT_DECREF(shrink_target);
    shrink_target = ints(6, v);
    ((shrinker *)it)->i = 0;
    s = sl(NULL, NULL, I(2));
    cr_assert_eq(rt_setitem(shrink_target, s, it), -1);
    cr_assert_str_eq(err_msg(buf, sizeof buf), "attempt to assign sequence of size 3 to extended slice of size 0");
    rt_err_clear();
    RT_DECREF(s); RT_DECREF(it); RT_DECREF(shrink_target);
}

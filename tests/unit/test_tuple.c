/*
 * test_tuple.c -- tuple: the shared empty tuple, CPython-equal hashes
 * (values printed by python3), repr with the (1,) rule, lexicographic
 * comparison, slicing, + and *, index/count, refcounts, and freeing a
 * million-deep chain without overflowing the C stack.
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
TestSuite(tuple, .init = setup);

#include "tests/unit/container_util.h"

static rt_object *T2(int64_t a, int64_t b)
{
    rt_object *x = I(a), *y = I(b);
    rt_object *t = rt_tuple_pack(2, x, y);
    RT_DECREF(x);
    RT_DECREF(y);
    return t;
}

Test(tuple, empty_is_shared_and_immortal)
{
    rt_object *a = rt_tuple_new(0), *b = rt_tuple_from_array(NULL, 0);
    cr_assert_eq(a, b);
    cr_assert_geq(a->refcnt, RT_IMMORTAL_REFCNT / 2);
    rt_object *l = rt_list_new(0);
    rt_object *c = rt_list_as_tuple(l);
    cr_assert_eq(c, a);
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(c); RT_DECREF(l);
}

Test(tuple, hash_matches_cpython)
{
    rt_object *t = T2(1, 2);
    cr_assert_eq(rt_hash(t), (intptr_t)-3550055125485641917LL);
    rt_object *e = rt_tuple_new(0);
    cr_assert_eq(rt_hash(e), (intptr_t)5740354900026072187LL);
    rt_object *one = I(1);
    rt_object *t1 = rt_tuple_pack(1, one);
    cr_assert_eq(rt_hash(t1), (intptr_t)-6644214454873602895LL);
    rt_object *u = T2(3, -1);
    rt_object *nested = rt_tuple_pack(2, t, u);
    cr_assert_eq(rt_hash(nested), (intptr_t)3661694078913970954LL);
    rt_object *m1 = I(-1);
    rt_object *tm = rt_tuple_pack(1, m1);
    cr_assert_eq(rt_hash(tm), (intptr_t)8078679518589016365LL);
    rt_object *two = I(2), *three = I(3);
    rt_object *t3 = rt_tuple_pack(3, one, two, three);
    cr_assert_eq(rt_hash(t3), (intptr_t)529344067295497451LL);
    /* an unhashable item makes the tuple unhashable */
    rt_object *l = rt_list_new(0);
    rt_object *tl = rt_tuple_pack(1, l);
    cr_assert_eq(rt_hash(tl), -1);
    char buf[128];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "unhashable type: 'list'");
    rt_err_clear();
    RT_DECREF(t); RT_DECREF(e); RT_DECREF(one); RT_DECREF(t1); RT_DECREF(u); RT_DECREF(nested);
    RT_DECREF(m1); RT_DECREF(tm); RT_DECREF(two); RT_DECREF(three); RT_DECREF(t3);
    RT_DECREF(l); RT_DECREF(tl);
}

Test(tuple, repr)
{
    expect_repr(rt_tuple_new(0), "()");
    rt_object *one = I(1), *a = S("a");
    expect_repr(rt_tuple_pack(1, one), "(1,)");
    expect_repr(rt_tuple_pack(1, a), "('a',)");
    rt_object *two = I(2);
    rt_object *inner = rt_tuple_pack(1, two), *l = rt_list_new(0);
    expect_repr(rt_tuple_pack(3, one, inner, l), "(1, (2,), [])");
    /* a tuple inside a list inside the tuple: the guard stops at "(...)" */
    rt_object *t = rt_tuple_pack(1, l);
    rt_list_append(l, t);
    expect_repr(rt_newref(t), "([(...)],)");
    rt_list_clear(l);
    RT_DECREF(t);
    RT_DECREF(one); RT_DECREF(a); RT_DECREF(two); RT_DECREF(inner); RT_DECREF(l);
}

Test(tuple, compare_lexicographic)
{
    rt_object *a = T2(1, 2), *b = T2(1, 3);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_NE), 1);
    rt_object *one = I(1), *two = I(2), *zero = I(0), *five = I(5);
    rt_object *c = rt_tuple_pack(3, one, two, zero);
    cr_assert_eq(rt_richcompare_bool(a, c, RT_LT), 1);   /* prefix is smaller */
    rt_object *d = rt_tuple_pack(1, two), *e = T2(1, 5);
    cr_assert_eq(rt_richcompare_bool(d, e, RT_GT), 1);
    rt_object *a2 = T2(1, 2);
    cr_assert_eq(rt_richcompare_bool(a, a2, RT_EQ), 1);
    cr_assert_eq(rt_richcompare_bool(a, a2, RT_GE), 1);
    /* items that cannot be ordered */
    rt_object *s = S("x");
    rt_object *ts = rt_tuple_pack(1, s), *tn = rt_tuple_pack(1, one);
    cr_assert_eq(rt_richcompare_bool(ts, tn, RT_LT), -1);
    char buf[128];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "'<' not supported between instances of 'str' and 'int'");
    rt_err_clear();
    cr_assert_eq(rt_richcompare_bool(ts, tn, RT_EQ), 0);
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(c); RT_DECREF(d); RT_DECREF(e); RT_DECREF(a2);
    RT_DECREF(one); RT_DECREF(two); RT_DECREF(zero); RT_DECREF(five); RT_DECREF(s);
    RT_DECREF(ts); RT_DECREF(tn);
}

static rt_object *range_tuple(int n)
{
    rt_object *t = rt_tuple_new(n);
    for (int i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(t, i, I(i + 1));
    return t;
}

Test(tuple, slicing_concat_repeat)
{
    rt_object *t = range_tuple(5);
    rt_object *m1 = I(-1), *one = I(1), *two = I(2);
    rt_object *rev = rt_slice_new(NULL, NULL, m1);
    expect_repr(rt_getitem(t, rev), "(5, 4, 3, 2, 1)");
    rt_object *odd = rt_slice_new(one, NULL, two);
    expect_repr(rt_getitem(t, odd), "(2, 4)");
    rt_object *all = rt_slice_new(NULL, NULL, NULL);
    rt_object *same = rt_getitem(t, all);
    cr_assert_eq(same, t, "t[:] is t");
    RT_DECREF(same);
    expect_repr(rt_getitem(t, m1), "5");
    rt_object *big = I(5);
    expect_err(rt_getitem(t, big), &rt_exc_IndexError, "tuple index out of range");
    rt_object *key = S("a");
    expect_err(rt_getitem(t, key), &rt_exc_TypeError, "tuple indices must be integers or slices, not str");
    rt_object *p = T2(1, 2), *three = I(3);
    rt_object *p3 = rt_tuple_pack(1, three);
    expect_repr(rt_number_binop(p, p3, RT_NB_ADD), "(1, 2, 3)");
    expect_repr(rt_number_binop(p, three, RT_NB_MUL), "(1, 2, 1, 2, 1, 2)");
    rt_object *zero = I(0);
    expect_repr(rt_number_binop(p, zero, RT_NB_MUL), "()");
    rt_object *l = rt_list_new(0);
    expect_err(rt_number_binop(p, l, RT_NB_ADD), &rt_exc_TypeError,
               "can only concatenate tuple (not \"list\") to tuple");
    RT_DECREF(t); RT_DECREF(m1); RT_DECREF(one); RT_DECREF(two); RT_DECREF(rev); RT_DECREF(odd);
    RT_DECREF(all); RT_DECREF(big); RT_DECREF(key); RT_DECREF(p); RT_DECREF(three); RT_DECREF(p3);
    RT_DECREF(zero); RT_DECREF(l);
}

Test(tuple, index_count_contains_iter)
{
    rt_object *t = rt_tuple_new(4);
    int64_t v[] = { 1, 2, 1, 1 };
    for (int i = 0; i < 4; i++)
        RT_TUPLE_SET_ITEM(t, i, I(v[i]));
    cr_assert_eq(ival(callm(t, "count", NULL, 1, I(1))), 3);
    cr_assert_eq(ival(callm(t, "index", NULL, 1, I(2))), 1);
    cr_assert_eq(ival(callm(t, "index", NULL, 2, I(1), I(1))), 2);
    expect_err(callm(t, "index", NULL, 1, I(3)), &rt_exc_ValueError, "tuple.index(x): x not in tuple");
    expect_err(callm(t, "index", NULL, 0), &rt_exc_TypeError, "index expected at least 1 argument, got 0");
    rt_object *two = I(2), *nine = I(9);
    cr_assert_eq(rt_contains(t, two), 1);
    cr_assert_eq(rt_contains(t, nine), 0);
    rt_object *it = rt_get_iter(t);
    int64_t sum = 0;
    rt_object *x;
    while ((x = rt_iter_next(it)) != NULL)
        sum += ival(x);
    cr_assert_eq(sum, 5);
    cr_assert_null(rt_err_occurred());
    RT_DECREF(it); RT_DECREF(t); RT_DECREF(two); RT_DECREF(nine);
}

Test(tuple, refcounts_and_tracking)
{
    rt_object *l = rt_list_new(0);
    intptr_t base = l->refcnt;
    rt_object *t = rt_tuple_pack(1, l);
    cr_assert_eq(l->refcnt, base + 1);
    cr_assert(rt_gc_is_tracked(t));
    rt_object *t2 = rt_number_binop(t, t, RT_NB_ADD);
    cr_assert_eq(l->refcnt, base + 3);
    RT_DECREF(t2);
    cr_assert_eq(l->refcnt, base + 1);
    RT_DECREF(t);
    cr_assert_eq(l->refcnt, base);
    /* a tuple of atomic objects may be untracked by the collector */
    rt_object *a = T2(1, 2);
    rt_tuple_maybe_untrack(a);
    cr_assert(!rt_gc_is_tracked(a));
    rt_object *b = rt_tuple_pack(1, l);
    rt_tuple_maybe_untrack(b);
    cr_assert(rt_gc_is_tracked(b));
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(l);
}

static intptr_t young_len(void)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(rt_gc.young); g != rt_gc.young; g = rt_gc_next(g))
        n++;
    return n;
}

Test(tuple, million_deep_chain)
{
    intptr_t before = young_len();
    rt_object *t = rt_tuple_new(0);
    for (int i = 0; i < 1000000; i++) {
        rt_object *n = rt_tuple_pack(1, t);
        cr_assert_not_null(n);
        RT_DECREF(t);
        t = n;
    }
    RT_DECREF(t);   /* must not recurse a million frames deep */
    cr_assert_eq(young_len(), before, "every tuple was untracked and freed");
}

static int count_visit(rt_object *o, void *arg)
{
    (void)o;
    ++*(int *)arg;
    return 0;
}

/* Every container type exposes traverse and clear, the only way a
 * collector reaches the references it holds. */
Test(tuple, traverse_and_clear_slots_of_every_container)
{
    rt_object *x = S("x"), *y = S("y");
    rt_object *t = rt_tuple_pack(2, x, y);
    rt_object *l = rt_list_from_array((rt_object *[]){ x, y, t }, 3);
    rt_object *d = rt_dict_new();
    rt_dict_setitem(d, x, l);
    rt_dict_setitem(d, y, t);
    rt_object *s = rt_slice_new(x, y, NULL);
    rt_object *it = rt_get_iter(l);
    rt_object *keys = rt_call_method(d, "keys", NULL, 0);
    struct { rt_object *o; int refs; } cases[] = {
        /* d: a unicode-keys table, whose traverse visits the values only */
        { t, 2 }, { l, 3 }, { d, 2 }, { s, 3 }, { it, 1 }, { keys, 1 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rt_type *tp = cases[i].o->type;
        cr_assert(rt_type_is_gc(tp), "%s is a GC type", tp->name);
        cr_assert_not_null(tp->traverse, "%s has traverse", tp->name);
        cr_assert_not_null(tp->clear, "%s has clear", tp->name);
        int n = 0;
        tp->traverse(cases[i].o, count_visit, &n);
        cr_assert_eq(n, cases[i].refs, "%s visits %d", tp->name, n);
    }
    intptr_t xb = x->refcnt;
    rt_list_type.clear(l);
    cr_assert_eq(RT_SIZE(l), 0);
    cr_assert_eq(x->refcnt, xb - 1);
    rt_dict_type.clear(d);
    cr_assert_eq(rt_dict_size(d), 0);
    rt_tuple_type.clear(t);
    cr_assert_eq(RT_TUPLE_GET_ITEM(t, 0), RT_NONE, "a cleared tuple holds None, never NULL");
    expect_repr(rt_newref(t), "(None, None)");
    RT_DECREF(keys); RT_DECREF(it); RT_DECREF(s); RT_DECREF(d); RT_DECREF(l); RT_DECREF(t);
    cr_assert_eq(x->refcnt, xb - 4, "only our own reference is left");
    RT_DECREF(x); RT_DECREF(y);
}

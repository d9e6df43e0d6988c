/*
 * test_dict.c -- dict: insertion order (also after delete and re-insert),
 * resizes under many inserts and deletes (through the 1-, 2- and 4-byte
 * index tables), KeyError, methods, views and their reprs, mutation
 * during iteration, repr recursion guard, equality, GC tracking rules,
 * exact refcounts, and freeing a million-deep chain.  Expected values
 * printed by python3.
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
TestSuite(dict, .init = setup);

#include "tests/unit/container_util.h"

static void set_si(rt_object *d, const char *k, int64_t v)
{
    rt_object *key = S(k), *val = I(v);
    cr_assert_eq(rt_dict_setitem(d, key, val), 0);
    RT_DECREF(key);
    RT_DECREF(val);
}

static void set_ii(rt_object *d, int64_t k, int64_t v)
{
    rt_object *key = I(k), *val = I(v);
    cr_assert_eq(rt_dict_setitem(d, key, val), 0);
    RT_DECREF(key);
    RT_DECREF(val);
}

static rt_object *abc(void)
{
    rt_object *d = rt_dict_new();
    set_si(d, "a", 1);
    set_si(d, "b", 2);
    set_si(d, "c", 3);
    return d;
}

Test(dict, order_after_delete_and_reinsert)
{
    rt_object *d = abc();
    expect_repr(rt_newref(d), "{'a': 1, 'b': 2, 'c': 3}");
    cr_assert_eq(rt_dict_delitem_str(d, "a"), 0);
    set_si(d, "a", 4);
    expect_repr(rt_newref(d), "{'b': 2, 'c': 3, 'a': 4}");
    set_si(d, "b", 5);   /* replacing keeps the position */
    expect_repr(rt_newref(d), "{'b': 5, 'c': 3, 'a': 4}");
    cr_assert_eq(rt_dict_size(d), 3);
    RT_DECREF(d);
}

Test(dict, key_error_and_lookup)
{
    rt_object *d = abc();
    rt_object *z = S("z");
    expect_err(rt_dict_subscript(d, z), &rt_exc_KeyError, "'z'");
    cr_assert_eq(rt_dict_delitem(d, z), -1);
    char buf[64];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "'z'");
    rt_err_clear();
    cr_assert_null(rt_dict_getitem(d, z));
    cr_assert_null(rt_err_occurred(), "a plain miss sets no exception");
    rt_object *l = rt_list_new(0);
    cr_assert_null(rt_dict_getitem(d, l));
    cr_assert_str_eq(err_msg(buf, sizeof buf), "unhashable type: 'list'");
    rt_err_clear();
    cr_assert_eq(rt_dict_setitem(d, l, l), -1);
    rt_err_clear();
    /* an equal but distinct str finds the entry */
    rt_object *b2 = rt_str_from_bytes("bb", 1);
    cr_assert_eq(RT_INT_VALUE(rt_dict_getitem(d, b2)), 2);
    cr_assert_eq(RT_INT_VALUE(rt_dict_getitem_str(d, "c")), 3);
    cr_assert_null(rt_dict_getitem_str(d, "nope"));
    cr_assert_eq(rt_dict_contains(d, b2), 1);
    cr_assert_eq(rt_dict_contains(d, z), 0);
    cr_assert_eq(rt_contains(d, z), 0);
    /* 1 and True are the same key */
    rt_object *e = rt_dict_new();
    rt_object *one = I(1), *a = S("a"), *c = S("c");
    rt_dict_setitem(e, one, a);
    rt_dict_setitem(e, RT_TRUE, c);
    expect_repr(rt_newref(e), "{1: 'c'}");
    RT_DECREF(one); RT_DECREF(a); RT_DECREF(c); RT_DECREF(e);
    RT_DECREF(b2); RT_DECREF(l); RT_DECREF(z); RT_DECREF(d);
}

Test(dict, resize_under_many_inserts_and_deletes)
{
    enum { N = 100000 };
    rt_object *d = rt_dict_new();
    for (int64_t i = 0; i < N; i++)
        set_ii(d, i * 7919, i);
    cr_assert_eq(rt_dict_size(d), N);
    for (int64_t i = 0; i < N; i += 2) {
        rt_object *k = I(i * 7919);
        cr_assert_eq(rt_dict_delitem(d, k), 0);
        RT_DECREF(k);
    }
    cr_assert_eq(rt_dict_size(d), N / 2);
    /* churn: delete and re-add keeps resizing and compacting */
    for (int round = 0; round < 3; round++)
        for (int64_t i = 1; i < N; i += 2) {
            rt_object *k = I(i * 7919);
            rt_object *v = rt_dict_pop(d, k, NULL);
            cr_assert_not_null(v);
            cr_assert_eq(RT_INT_VALUE(v), i + round);
            RT_DECREF(v);
            set_ii(d, i * 7919, i + round + 1);
            RT_DECREF(k);
        }
    cr_assert_eq(rt_dict_size(d), N / 2);
    /* order: odd keys in ascending i (each was re-appended in that order) */
    intptr_t pos = 0;
    rt_object *k, *v;
    int64_t expect_i = 1;
    while (rt_dict_next(d, &pos, &k, &v)) {
        cr_assert_eq(RT_INT_VALUE(k), expect_i * 7919);
        cr_assert_eq(RT_INT_VALUE(v), expect_i + 3);
        expect_i += 2;
    }
    cr_assert_eq(expect_i, N + 1);
    for (int64_t i = 0; i < N; i++) {
        rt_object *key = I(i * 7919);
        cr_assert_eq(rt_dict_contains(d, key), i % 2);
        RT_DECREF(key);
    }
    RT_DECREF(d);
}

Test(dict, methods)
{
    rt_object *d = abc();
    rt_object *r = callm(d, "get", NULL, 1, S("a"));
    cr_assert_eq(ival(r), 1);
    r = callm(d, "get", NULL, 1, S("q"));
    cr_assert_eq(r, RT_NONE);
    RT_DECREF(r);
    expect_text(callm(d, "get", NULL, 2, S("q"), S("d")), "d");
    expect_err(callm(d, "get", NULL, 0), &rt_exc_TypeError, "get expected at least 1 argument, got 0");
    expect_repr(callm(d, "setdefault", NULL, 2, S("k"), rt_list_new(0)), "[]");
    expect_repr(callm(d, "setdefault", NULL, 2, S("k"), I(0)), "[]");
    expect_repr(rt_newref(d), "{'a': 1, 'b': 2, 'c': 3, 'k': []}");
    cr_assert_eq(ival(callm(d, "pop", NULL, 1, S("a"))), 1);
    cr_assert_eq(ival(callm(d, "pop", NULL, 2, S("a"), I(0))), 0);
    expect_err(callm(d, "pop", NULL, 1, S("a")), &rt_exc_KeyError, "'a'");
    expect_repr(callm(d, "popitem", NULL, 0), "('k', [])");
    expect_repr(rt_newref(d), "{'b': 2, 'c': 3}");
    rt_object *pair = rt_tuple_pack(2, S("x"), I(9));   /* pack took its own references */
    RT_DECREF(RT_TUPLE_GET_ITEM(pair, 0));
    RT_DECREF(RT_TUPLE_GET_ITEM(pair, 1));
    rt_object *seq = rt_list_from_array(&pair, 1);
    RT_DECREF(pair);
    RT_DECREF(callm(d, "update", kw1("c"), 2, seq, I(30)));
    expect_repr(rt_newref(d), "{'b': 2, 'c': 30, 'x': 9}");
    rt_object *other = abc();
    RT_DECREF(callm(d, "update", NULL, 1, other));
    expect_repr(rt_newref(d), "{'b': 2, 'c': 3, 'x': 9, 'a': 1}");
    rt_object *ab = rt_tuple_pack(1, S("ab"));
    RT_DECREF(RT_TUPLE_GET_ITEM(ab, 0));
    RT_DECREF(callm(d, "update", NULL, 1, ab));
    expect_repr(callm(d, "get", NULL, 1, S("a")), "'b'");
    expect_err(callm(d, "update", NULL, 1, I(1)), &rt_exc_TypeError, "'int' object is not iterable");
    expect_err(callm(d, "update", NULL, 1, rt_list_from_array((rt_object *[]){ RT_NONE }, 1)), &rt_exc_TypeError,
               "cannot convert dictionary update sequence element #0 to a sequence");
    rt_object *three = rt_tuple_pack(3, RT_NONE, RT_NONE, RT_NONE);
    expect_err(callm(d, "update", NULL, 1, rt_list_from_array(&three, 1)), &rt_exc_ValueError,
               "dictionary update sequence element #0 has length 3; 2 is required");
    RT_DECREF(three);
    rt_object *c = callm(d, "copy", NULL, 0);
    cr_assert_eq(rt_richcompare_bool(c, d, RT_EQ), 1);
    RT_DECREF(callm(d, "clear", NULL, 0));
    expect_repr(rt_newref(d), "{}");
    cr_assert_eq(rt_dict_size(c), 4, "the copy is independent");
    expect_err(callm(d, "popitem", NULL, 0), &rt_exc_KeyError, "'popitem(): dictionary is empty'");
    RT_DECREF(c);
    RT_DECREF(d);
}

Test(dict, views_and_iteration)
{
    rt_object *d = rt_dict_new();
    set_si(d, "x", 1);
    rt_object *l = rt_list_new(0), *two = I(2);
    rt_list_append(l, two);
    rt_object *y = S("y");
    rt_dict_setitem(d, y, l);
    expect_repr(callm(d, "keys", NULL, 0), "dict_keys(['x', 'y'])");
    expect_repr(callm(d, "values", NULL, 0), "dict_values([1, [2]])");
    expect_repr(callm(d, "items", NULL, 0), "dict_items([('x', 1), ('y', [2])])");
    rt_object *e = rt_dict_new();
    expect_repr(callm(e, "keys", NULL, 0), "dict_keys([])");
    rt_object *keys = callm(d, "keys", NULL, 0);
    cr_assert_eq(rt_length(keys), 2);
    cr_assert_eq(rt_contains(keys, y), 1);
    rt_object *items = callm(d, "items", NULL, 0);
    rt_object *yl = rt_tuple_pack(2, y, l), *yx = rt_tuple_pack(2, y, two);
    cr_assert_eq(rt_contains(items, yl), 1);
    cr_assert_eq(rt_contains(items, yx), 0);
    rt_object *values = callm(d, "values", NULL, 0);
    cr_assert_eq(rt_contains(values, l), 1);
    /* a view is live: it sees later insertions */
    set_si(d, "z", 3);
    cr_assert_eq(rt_length(keys), 3);
    expect_repr(rt_list_from_iterable(d), "['x', 'y', 'z']");
    expect_repr(rt_list_from_iterable(values), "[1, [2], 3]");
    RT_DECREF(keys); RT_DECREF(items); RT_DECREF(values); RT_DECREF(yl); RT_DECREF(yx);
    RT_DECREF(e); RT_DECREF(l); RT_DECREF(two); RT_DECREF(y); RT_DECREF(d);
}

Test(dict, mutation_during_iteration)
{
    rt_object *d = abc();
    rt_object *it = rt_get_iter(d);
    expect_text(rt_iter_next(it), "a");
    set_si(d, "new", 0);
    expect_err(rt_iter_next(it), &rt_exc_RuntimeError, "dictionary changed size during iteration");
    expect_err(rt_iter_next(it), &rt_exc_RuntimeError, "dictionary changed size during iteration");
    RT_DECREF(it);
    /* deletion too, through a view's iterator */
    rt_object *items = callm(d, "items", NULL, 0);
    it = rt_get_iter(items);
    expect_repr(rt_iter_next(it), "('a', 1)");
    cr_assert_eq(rt_dict_delitem_str(d, "b"), 0);
    expect_err(rt_iter_next(it), &rt_exc_RuntimeError, "dictionary changed size during iteration");
    RT_DECREF(it);
    /* same size, but a key replaced by another: still detected */
    rt_object *e = abc();
    it = rt_get_iter(e);
    expect_text(rt_iter_next(it), "a");
    cr_assert_eq(rt_dict_delitem_str(e, "a"), 0);
    set_si(e, "d", 4);
    expect_text(rt_iter_next(it), "b");
    expect_text(rt_iter_next(it), "c");
    expect_err(rt_iter_next(it), &rt_exc_RuntimeError, "dictionary keys changed during iteration");
    RT_DECREF(it);
    RT_DECREF(e); RT_DECREF(items); RT_DECREF(d);
}

Test(dict, repr_recursion_and_equality)
{
    rt_object *d = rt_dict_new();
    set_ii(d, 1, 2);
    rt_object *s = S("s");
    rt_dict_setitem(d, s, d);
    expect_repr(rt_newref(d), "{1: 2, 's': {...}}");
    rt_dict_clear(d);
    RT_DECREF(s);
    RT_DECREF(d);
    rt_object *a = rt_dict_new(), *b = rt_dict_new();
    set_si(a, "a", 1); set_si(a, "b", 2);
    set_si(b, "b", 2); set_si(b, "a", 1);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_EQ), 1, "order does not matter for ==");
    set_si(b, "a", 3);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_NE), 1);
    cr_assert_null(rt_richcompare(a, b, RT_LT));
    char buf[128];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "'<' not supported between instances of 'dict' and 'dict'");
    rt_err_clear();
    rt_object *t = rt_tuple_pack(2, RT_NONE, RT_NONE);
    rt_object *one = I(1);
    rt_dict_setitem(a, t, one);
    expect_repr(rt_newref(a), "{'a': 1, 'b': 2, (None, None): 1}");
    RT_DECREF(t); RT_DECREF(one); RT_DECREF(a); RT_DECREF(b);
}

Test(dict, gc_tracking_rules)
{
    rt_object *d = rt_dict_new();
    cr_assert(!rt_gc_is_tracked(d), "a new dict starts untracked");
    set_si(d, "a", 1);
    rt_object *t = rt_tuple_pack(1, RT_NONE);
    rt_tuple_maybe_untrack(t);
    rt_object *k = S("t");
    rt_dict_setitem(d, k, t);
    cr_assert(!rt_gc_is_tracked(d), "atomic values and untracked tuples keep it untracked");
    rt_object *l = rt_list_new(0), *k2 = S("l");
    rt_dict_setitem(d, k2, l);
    cr_assert(rt_gc_is_tracked(d), "storing a container tracks the dict");
    rt_dict_maybe_untrack(d);
    cr_assert(rt_gc_is_tracked(d));
    rt_dict_delitem(d, k2);
    rt_dict_maybe_untrack(d);
    cr_assert(!rt_gc_is_tracked(d), "only atomic contents left: the collector may untrack");
    rt_object *c = rt_dict_copy(d);
    cr_assert(!rt_gc_is_tracked(c));
    RT_DECREF(c);
    RT_DECREF(t); RT_DECREF(k); RT_DECREF(l); RT_DECREF(k2); RT_DECREF(d);
}

Test(dict, refcounts_exact)
{
    rt_object *key = S("key object"), *val = S("value object");
    intptr_t kb = key->refcnt, vb = val->refcnt;
    rt_object *d = rt_dict_new();
    rt_dict_setitem(d, key, val);
    cr_assert_eq(key->refcnt, kb + 1);
    cr_assert_eq(val->refcnt, vb + 1);
    rt_dict_setitem(d, key, val);   /* replace with the same value */
    cr_assert_eq(key->refcnt, kb + 1);
    cr_assert_eq(val->refcnt, vb + 1);
    rt_object *c = rt_dict_copy(d);
    cr_assert_eq(val->refcnt, vb + 2);
    RT_DECREF(c);
    cr_assert_eq(val->refcnt, vb + 1);
    rt_object *p = rt_dict_pop(d, key, NULL);
    cr_assert_eq(p, val);
    cr_assert_eq(key->refcnt, kb);
    cr_assert_eq(val->refcnt, vb + 1);
    RT_DECREF(p);
    rt_dict_setitem(d, key, val);
    rt_dict_delitem(d, key);
    cr_assert_eq(key->refcnt, kb);
    cr_assert_eq(val->refcnt, vb);
    rt_dict_setitem(d, key, val);
    rt_dict_clear(d);
    cr_assert_eq(key->refcnt, kb);
    cr_assert_eq(val->refcnt, vb);
    rt_dict_setitem(d, key, val);
    RT_DECREF(d);
    cr_assert_eq(key->refcnt, kb, "dealloc releases keys once");
    cr_assert_eq(val->refcnt, vb, "dealloc releases values once");
    RT_DECREF(key);
    RT_DECREF(val);
}

static intptr_t young_len(void)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(rt_gc.young); g != rt_gc.young; g = rt_gc_next(g))
        n++;
    return n;
}

Test(dict, million_deep_chain)
{
    intptr_t before = young_len();
    rt_object *k = S("next");
    rt_object *d = rt_dict_new();
    for (int i = 0; i < 1000000; i++) {
        rt_object *n = rt_dict_new();
        cr_assert_not_null(n);
        cr_assert_eq(rt_dict_setitem(n, k, d), 0);
        RT_DECREF(d);
        d = n;
    }
    RT_DECREF(d);
    cr_assert_eq(young_len(), before, "every dict was untracked and freed");
    RT_DECREF(k);
}

/* Versions name one dict in one state for the whole process: a new dict
 * never repeats a version another dict had (even at the same address),
 * and every change of the mapping takes a new one. */
Test(dict, versions_are_process_wide)
{
    rt_object *a = rt_dict_new();
    uint64_t va0 = ((rt_dict *)a)->version;
    cr_assert_neq(va0, 0, "0 is reserved for empty cache entries");
    set_si(a, "x", 1);
    uint64_t va1 = ((rt_dict *)a)->version;
    cr_assert_gt(va1, va0);
    rt_object *b = rt_dict_new();
    cr_assert_gt(((rt_dict *)b)->version, va1, "a new dict continues the sequence");
    set_si(b, "x", 1);
    cr_assert_neq(((rt_dict *)b)->version, va1, "same contents, another dict: another version");
    uint64_t vb = ((rt_dict *)b)->version;
    cr_assert_not_null(rt_dict_getitem_str(b, "x"));
    cr_assert_eq(((rt_dict *)b)->version, vb, "a lookup is not a change");
    set_si(b, "x", 2);
    cr_assert_gt(((rt_dict *)b)->version, vb, "replacing a value is a change");
    vb = ((rt_dict *)b)->version;
    cr_assert_eq(rt_dict_delitem_str(b, "x"), 0);
    cr_assert_gt(((rt_dict *)b)->version, vb, "deleting is a change");
    rt_object *c = rt_dict_copy(a);
    cr_assert_gt(((rt_dict *)c)->version, ((rt_dict *)b)->version, "a copy is a new dict");
    void *addr = a;
    RT_DECREF(a);
    rt_object *d = rt_dict_new();
    if ((void *)d == addr)
        cr_log_info("the new dict reuses the freed dict's address");
    cr_assert_gt(((rt_dict *)d)->version, va1);
    RT_DECREF(b);
    RT_DECREF(c);
    RT_DECREF(d);
}

static int count_refs(rt_object *child, void *arg)
{
    (void)child;
    (*(int *)arg)++;
    return 0;
}

static int visits(rt_object *d)
{
    int n = 0;
    d->type->traverse(d, count_refs, &n);
    return n;
}

/* CPython 3.11's keys kinds: a table stays "unicode" (its traverse visits
 * the values only) until a key that is not an exact str is appended, then
 * is general for good; clear() starts over; a collector that traces
 * atomic objects sees the keys anyway. */
Test(dict, unicode_keys_kind_is_sticky)
{
    rt_object *d = rt_dict_new();
    set_si(d, "a", 1);
    set_si(d, "b", 2);
    cr_assert_eq(visits(d), 2);
    rt_gc.trace_all = true;
    cr_assert_eq(visits(d), 4);
    rt_gc.trace_all = false;
    set_ii(d, 7, 3);
    cr_assert_eq(visits(d), 6);
    rt_object *k = I(7);
    cr_assert_eq(rt_dict_delitem(d, k), 0);
    RT_DECREF(k);
    cr_assert_eq(visits(d), 4, "still general once the int key is gone");
    rt_object *c = rt_dict_copy(d);
    cr_assert_eq(visits(c), 4, "a copy keeps the kind");
    rt_dict_clear(d);
    set_si(d, "c", 3);
    cr_assert_eq(visits(d), 1, "clear() makes the table unicode again");
    RT_DECREF(c);
    RT_DECREF(d);
}

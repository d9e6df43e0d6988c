/*
 * test_instattr.c -- instance attribute storage (runtime/instattr.h): inline
 * values keyed by the class's shared keys, per-instance insertion order,
 * deletion, the __dict__ materialised on demand (and then the one truth for
 * attributes), overflow past RT_SHARED_KEYS_MAX names, non-str and
 * non-interned names, __dict__ assignment, reference counts, traverse and
 * clear.  Orders and reprs were checked against CPython 3.11 with the same
 * Python statements (noted at each test).
 */
#include "tests/unit/objcore_util.h"
#include "runtime/list.h"
#include "runtime/instattr.h"

TestSuite(instattr, .init = objcore_setup);

static rt_object *new_instance(rt_object *cls)
{
    rt_object *o = rt_call_vector(cls, NULL, 0);
    cr_assert_not_null(o);
    return o;
}

static void set_int(rt_object *o, const char *name, int64_t v)
{
    rt_object *x = I(v);
    cr_assert_eq(rt_setattr_str(o, name, x), 0, "setting %s", name);
    RT_DECREF(x);
}

static int64_t get_int(rt_object *o, const char *name)
{
    rt_object *x = rt_getattr_str(o, name);
    cr_assert_not_null(x, "getting %s", name);
    int64_t v = RT_INT_VALUE(x);
    RT_DECREF(x);
    return v;
}

/* The names of o's attributes in iteration order, comma-separated. */
static const char *names_of(rt_object *o, char *buf, size_t n)
{
    intptr_t pos = 0;
    rt_object *k, *v;
    buf[0] = '\0';
    while (rt_instattr_next(o, &pos, &k, &v))
        snprintf(buf + strlen(buf), n - strlen(buf), "%s%s", buf[0] ? "," : "", rt_str_data(k));
    return buf;
}

static rt_object *dict_of(rt_object *o)
{
    rt_object *d = rt_getattr_str(o, "__dict__");
    cr_assert_not_null(d);
    return d;
}

/* c = C(); c.a = 1; c.b = 2; c.c = 3; del c.b; c.b = 4
 *   -> c.__dict__ == {'a': 1, 'c': 3, 'b': 4} in CPython 3.11 */
Test(instattr, set_get_del_keep_insertion_order)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *c = new_instance(C);
    set_int(c, "a", 1);
    set_int(c, "b", 2);
    set_int(c, "c", 3);
    char buf[256];
    cr_assert_str_eq(names_of(c, buf, sizeof buf), "a,b,c");
    cr_assert_eq(get_int(c, "b"), 2);
    cr_assert_eq(rt_delattr(c, rt_str_intern_cstr("b")), 0);
    assert_raises(rt_getattr_str(c, "b"), &rt_exc_AttributeError, "'C' object has no attribute 'b'");
    cr_assert_eq(rt_delattr(c, rt_str_intern_cstr("b")), -1, "deleting a missing attribute fails");
    char e[128];
    cr_assert_str_eq(err_text(e, sizeof e), "'C' object has no attribute 'b'");
    rt_err_clear();
    cr_assert_str_eq(names_of(c, buf, sizeof buf), "a,c");
    set_int(c, "b", 4);
    set_int(c, "a", 5);   /* replacing keeps the position */
    cr_assert_str_eq(names_of(c, buf, sizeof buf), "a,c,b");
    cr_assert_not(rt_instattr_is_dict(c), "no dict object was needed");
    assert_repr(dict_of(c), "{'a': 5, 'c': 3, 'b': 4}");
    RT_DECREF(c);
    RT_DECREF(C);
}

/* Two instances of one class storing the same names in different orders:
 * each keeps its own order (CPython 3.11: {'x': 1, 'y': 2} and
 * {'y': 2, 'x': 1}), sharing the class's keys. */
Test(instattr, order_is_per_instance)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *p = new_instance(C), *q = new_instance(C);
    set_int(p, "x", 1);
    set_int(p, "y", 2);
    set_int(q, "y", 2);
    set_int(q, "x", 1);
    assert_repr(dict_of(p), "{'x': 1, 'y': 2}");
    assert_repr(dict_of(q), "{'y': 2, 'x': 1}");
    RT_DECREF(p); RT_DECREF(q); RT_DECREF(C);
}

/* __dict__ is built once, in insertion order, and is the same object on
 * every access; from then on it is the storage: writes through it are
 * attributes and attribute writes show in it. */
Test(instattr, materialized_dict_is_the_one_truth)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *c = new_instance(C);
    set_int(c, "first", 1);
    set_int(c, "second", 2);
    intptr_t before = rt_gc.young_count;
    rt_object *d = dict_of(c);
    cr_assert_eq(rt_gc.young_count, before + 1, "materialising allocates one container");
    cr_assert(rt_instattr_is_dict(c));
    rt_object *d2 = dict_of(c);
    cr_assert_eq(d, d2, "__dict__ is the same object on repeated access");
    RT_DECREF(d2);
    cr_assert_eq(rt_instattr_dict(c), d);
    rt_object *v = I(42);
    cr_assert_eq(rt_dict_setitem_str(d, "third", v), 0);
    RT_DECREF(v);
    cr_assert_eq(get_int(c, "third"), 42, "a write through __dict__ is an attribute");
    set_int(c, "fourth", 4);
    cr_assert_eq(RT_INT_VALUE(rt_dict_getitem_str(d, "fourth")), 4, "an attribute write shows in __dict__");
    cr_assert_eq(rt_dict_delitem_str(d, "first"), 0);
    assert_raises(rt_getattr_str(c, "first"), &rt_exc_AttributeError, NULL);
    assert_repr(rt_newref(d), "{'second': 2, 'third': 42, 'fourth': 4}");
    RT_DECREF(d);
    RT_DECREF(c); RT_DECREF(C);
}

/* More distinct names than the class's shared keys hold: the instance
 * that needs a 31st name switches to a dict, keeping its order; other
 * instances keep inline values for the 30 known names (CPython 3.11's
 * SHARED_KEYS_MAX_SIZE). */
Test(instattr, overflow_past_shared_keys_max)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *c = new_instance(C);
    char name[16];
    for (int i = 0; i < RT_SHARED_KEYS_MAX; i++) {
        snprintf(name, sizeof name, "k%d", i);
        set_int(c, name, i);
    }
    cr_assert_not(rt_instattr_is_dict(c), "30 names fit the shared keys");
    set_int(c, "extra", 99);
    cr_assert(rt_instattr_is_dict(c), "the 31st name needs a dict");
    for (int i = 0; i < RT_SHARED_KEYS_MAX; i++) {
        snprintf(name, sizeof name, "k%d", i);
        cr_assert_eq(get_int(c, name), i);
    }
    cr_assert_eq(get_int(c, "extra"), 99);
    char buf[512];
    names_of(c, buf, sizeof buf);
    cr_assert(strncmp(buf, "k0,k1,k2,", 9) == 0 && strcmp(buf + strlen(buf) - 9, "k29,extra") == 0,
              "insertion order survives the switch: %s", buf);
    rt_object *o = new_instance(C);
    set_int(o, "k29", 1);
    set_int(o, "k3", 2);
    cr_assert_not(rt_instattr_is_dict(o), "known names stay inline on other instances");
    set_int(o, "another", 3);
    cr_assert(rt_instattr_is_dict(o));
    assert_repr(dict_of(o), "{'k29': 1, 'k3': 2, 'another': 3}");
    RT_DECREF(o); RT_DECREF(c); RT_DECREF(C);
}

/* setattr(c, 1, v) is a TypeError and leaves the storage alone; a C caller
 * storing a non-str key gets a dict (as CPython 3.11 does for any name that
 * is not an exact str). */
Test(instattr, non_str_key)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *c = new_instance(C);
    set_int(c, "a", 1);
    rt_object *one = I(1), *v = I(7);
    cr_assert_eq(rt_setattr(c, one, v), -1);
    char e[128];
    cr_assert_str_eq(err_text(e, sizeof e), "attribute name must be string, not 'int'");
    rt_err_clear();
    cr_assert_not(rt_instattr_is_dict(c));
    cr_assert_eq(rt_instattr_set(c, one, v), 0);
    cr_assert(rt_instattr_is_dict(c));
    cr_assert_eq(rt_instattr_get(c, one), v);
    cr_assert_eq(get_int(c, "a"), 1);
    assert_repr(dict_of(c), "{'a': 1, 1: 7}");
    RT_DECREF(one); RT_DECREF(v);
    RT_DECREF(c); RT_DECREF(C);
}

/* Names built at run time (not interned) find the same slot as the
 * interned identifier of equal text. */
Test(instattr, non_interned_names)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *c = new_instance(C);
    rt_object *n1 = S("color"), *n2 = S("color"), *v = I(3);
    cr_assert_not(rt_str_is_interned(n2));
    cr_assert_eq(rt_setattr(c, n1, v), 0);
    cr_assert_eq(get_int(c, "color"), 3);
    cr_assert_eq(rt_instattr_get(c, n2), v, "lookup by content");
    cr_assert_eq(rt_instattr_del(c, n2), 0);
    cr_assert_eq(rt_instattr_del(c, n2), 1, "absent now");
    RT_DECREF(n1); RT_DECREF(n2); RT_DECREF(v);
    RT_DECREF(c); RT_DECREF(C);
}

/* The storage owns one reference per value; replacing, deleting, the
 * switch to a dict, __dict__ assignment and the instance's death all give
 * them back. */
Test(instattr, reference_counts)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *c = new_instance(C);
    rt_object *l = rt_list_new(0), *m = rt_list_new(0);
    intptr_t base = l->refcnt;
    cr_assert_eq(rt_setattr_str(c, "l", l), 0);
    cr_assert_eq(l->refcnt, base + 1);
    cr_assert_eq(rt_setattr_str(c, "l", m), 0);
    cr_assert_eq(l->refcnt, base, "replaced");
    cr_assert_eq(rt_setattr_str(c, "l2", l), 0);
    cr_assert_eq(rt_delattr(c, rt_str_intern_cstr("l2")), 0);
    cr_assert_eq(l->refcnt, base, "deleted");
    cr_assert_eq(rt_setattr_str(c, "l2", l), 0);
    rt_object *d = rt_instattr_dict(c);
    cr_assert_eq(l->refcnt, base + 1, "the dict took the value block's reference over");
    rt_object *nd = rt_dict_new();
    cr_assert_eq(rt_setattr_str(c, "__dict__", nd), 0);
    (void)d;
    cr_assert_eq(l->refcnt, base, "the old dict died with its values");
    cr_assert_eq(nd->refcnt, 2);
    assert_raises(rt_getattr_str(c, "l"), &rt_exc_AttributeError, NULL);
    cr_assert_eq(rt_setattr_str(c, "x", l), 0);
    cr_assert_eq(rt_dict_getitem_str(nd, "x"), l, "the assigned dict is the storage");
    RT_DECREF(nd);
    rt_object *o = new_instance(C);
    cr_assert_eq(rt_setattr_str(o, "a", l), 0);
    cr_assert_eq(rt_setattr_str(o, "b", m), 0);
    intptr_t lm = l->refcnt, mm = m->refcnt;
    rt_object *inline_dict = rt_dict_new();
    cr_assert_eq(rt_setattr_str(o, "__dict__", inline_dict), 0);
    cr_assert_eq(l->refcnt, lm - 1, "assigning __dict__ drops the inline values");
    cr_assert_eq(m->refcnt, mm - 1);
    cr_assert_eq(rt_setattr_str(o, "a", l), 0);
    RT_DECREF(inline_dict);
    RT_DECREF(c);
    RT_DECREF(o);
    cr_assert_eq(l->refcnt, base, "instances dropped their values");
    cr_assert_eq(m->refcnt, base);
    RT_DECREF(l); RT_DECREF(m); RT_DECREF(C);
}

static int count_visit(rt_object *child, void *arg)
{
    (void)child;
    (*(int *)arg)++;
    return 0;
}

/* traverse sees each value (and the class), clear drops them and leaves
 * an instance that can store again. */
Test(instattr, traverse_and_clear)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    rt_object *c = new_instance(C);
    rt_object *l = rt_list_new(0);
    cr_assert_eq(rt_setattr_str(c, "a", l), 0);
    set_int(c, "b", 1);
    set_int(c, "c", 2);
    cr_assert_eq(rt_delattr(c, rt_str_intern_cstr("b")), 0);
    int n = 0;
    c->type->traverse(c, count_visit, &n);
    cr_assert_eq(n, 3, "two values and the class");
    cr_assert_eq(c->type->clear(c), 0);
    cr_assert_eq(l->refcnt, 1);
    n = 0;
    c->type->traverse(c, count_visit, &n);
    cr_assert_eq(n, 1, "only the class");
    set_int(c, "b", 5);
    cr_assert_eq(get_int(c, "b"), 5);
    RT_DECREF(l); RT_DECREF(c); RT_DECREF(C);
}

/* A subclass keeps its own keys; base-class instances are unaffected. */
Test(instattr, subclass_has_own_keys)
{
    rt_object *A = rt_type_new_heap("A", NULL, NULL);
    rt_object *B = rt_type_new_heap("B", (rt_type *)A, NULL);
    cr_assert(((rt_type *)B)->flags & RT_TPFLAGS_INLINE_VALUES);
    cr_assert_eq(((rt_type *)B)->dictoffset, ((rt_type *)A)->dictoffset);
    rt_object *a = new_instance(A), *b = new_instance(B);
    set_int(b, "q", 1);
    set_int(b, "p", 2);
    set_int(a, "p", 3);
    assert_repr(dict_of(b), "{'q': 1, 'p': 2}");
    assert_repr(dict_of(a), "{'p': 3}");
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(B); RT_DECREF(A);
}

/* Subclasses of built-ins: list and dict subclasses add an attribute slot
 * after the base's layout; exception subclasses use the exception's own
 * __dict__ (a plain dict, no inline values). */
Test(instattr, builtin_subclasses)
{
    rt_object *L = rt_type_new_heap("L", &rt_list_type, NULL);
    rt_object *l = new_instance(L);
    cr_assert(((rt_type *)L)->flags & RT_TPFLAGS_INLINE_VALUES);
    set_int(l, "tag", 1);
    rt_object *one = I(1);
    cr_assert_eq(rt_list_append(l, one), 0);
    RT_DECREF(one);
    cr_assert_eq(get_int(l, "tag"), 1);
    assert_repr(rt_newref(l), "[1]");
    assert_repr(dict_of(l), "{'tag': 1}");
    RT_DECREF(l); RT_DECREF(L);
    rt_object *E = rt_type_new_heap("E", &rt_exc_Exception, NULL);
    cr_assert_not(((rt_type *)E)->flags & RT_TPFLAGS_INLINE_VALUES);
    rt_object *e = new_instance(E);
    set_int(e, "info", 7);
    cr_assert(rt_instattr_is_dict(e), "exceptions keep a real dict");
    cr_assert_eq(get_int(e, "info"), 7);
    RT_DECREF(e); RT_DECREF(E);
}

/* __slots__ without '__dict__': no storage at all. */
Test(instattr, slots_without_dict)
{
    rt_object *names = rt_tuple_pack(1, rt_str_intern_cstr("a"));
    rt_object *P = rt_type_new_heap_slots("P", NULL, NULL, names, false, false);
    cr_assert_not_null(P);
    rt_object *p = new_instance(P);
    cr_assert_not(rt_instattr_has(p));
    set_int(p, "a", 1);
    cr_assert_eq(get_int(p, "a"), 1);
    rt_object *v = I(2);
    cr_assert_eq(rt_setattr_str(p, "b", v), -1);
    rt_err_clear();
    cr_assert_null(rt_instattr_get(p, rt_str_intern_cstr("b")));
    RT_DECREF(v); RT_DECREF(names); RT_DECREF(p); RT_DECREF(P);
}

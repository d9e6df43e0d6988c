/*
 * test_weakref.c -- weak references: calling returns the referent or None,
 * clearing when the referent dies, callbacks newest first (as CPython),
 * callbacks seeing the ref already dead, errors in callbacks not leaking,
 * which types accept weakrefs, hash and equality.
 */
#include "tests/unit/objcore_util.h"

TestSuite(weakref, .init = objcore_setup);

/* Callbacks record (tag, whether the ref was already dead) in order. */
static int order[16], norder;
static rt_object *cb_impl(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)kw;
    cr_assert_eq(nargs, 1);
    cr_assert(rt_weakref_check(args[0]));
    cr_assert_null(rt_weakref_get(args[0]), "the ref is cleared before its callback runs");
    order[norder++] = (int)RT_INT_VALUE(self);
    return rt_none_new();
}
static rt_method_def cb_def = { "cb", cb_impl, RT_METH_FASTCALL, NULL };
static rt_object *make_cb(int tag)
{
    rt_object *t = I(tag);
    rt_object *f = rt_cfunction_new(&cb_def, t);
    RT_DECREF(t);
    return f;
}

static rt_object *new_instance(rt_object **cls_out)
{
    rt_object *C = rt_type_new_heap("C", NULL, NULL);
    cr_assert_not_null(C);
    rt_object *o = rt_call_vector(C, NULL, 0);
    cr_assert_not_null(o);
    *cls_out = C;
    return o;
}

Test(weakref, call_returns_referent_then_none)
{
    rt_object *C, *o = new_instance(&C);
    rt_object *r = rt_weakref_new(o, NULL);
    cr_assert_not_null(r);
    cr_assert_eq(o->refcnt, 1, "a weakref does not own its referent");
    rt_object *x = rt_call_vector(r, NULL, 0);
    cr_assert_eq(x, o);
    RT_DECREF(x);
    cr_assert_eq(rt_weakref_count(o), 1);
    char expect[128];
    snprintf(expect, sizeof expect, "<weakref at %p; to 'C' at %p>", (void *)r, (void *)o);
    assert_repr(rt_newref(r), expect);
    RT_DECREF(o);
    x = rt_call_vector(r, NULL, 0);
    cr_assert_eq(x, RT_NONE);
    RT_DECREF(x);
    snprintf(expect, sizeof expect, "<weakref at %p; dead>", (void *)r);
    assert_repr(r, expect);
    RT_DECREF(C);
}

Test(weakref, callbacks_run_newest_first)
{
    rt_object *C, *o = new_instance(&C);
    rt_object *r1 = rt_weakref_new(o, make_cb(1));
    rt_object *r2 = rt_weakref_new(o, make_cb(2));
    rt_object *r3 = rt_weakref_new(o, NULL);
    rt_object *r4 = rt_weakref_new(o, make_cb(4));
    cr_assert_eq(rt_weakref_count(o), 4);
    norder = 0;
    RT_DECREF(o);
    cr_assert_eq(norder, 3);
    cr_assert_eq(order[0], 4);
    cr_assert_eq(order[1], 2);
    cr_assert_eq(order[2], 1);
    cr_assert_null(rt_weakref_get(r1));
    cr_assert_null(rt_weakref_get(r3));
    RT_DECREF(r1); RT_DECREF(r2); RT_DECREF(r3); RT_DECREF(r4);
    RT_DECREF(C);
}

Test(weakref, dead_ref_does_not_call_back)
{
    rt_object *C, *o = new_instance(&C);
    rt_object *r1 = rt_weakref_new(o, make_cb(1));
    rt_object *r2 = rt_weakref_new(o, make_cb(2));
    RT_DECREF(r1);       /* dies first: unlinked, its callback never runs */
    cr_assert_eq(rt_weakref_count(o), 1);
    norder = 0;
    RT_DECREF(o);
    cr_assert_eq(norder, 1);
    cr_assert_eq(order[0], 2);
    RT_DECREF(r2);
    RT_DECREF(C);
}

static rt_object *failing_impl(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    return rt_err_set_string(&rt_exc_ValueError, "callback failed");
}
static rt_method_def failing_def = { "failing", failing_impl, RT_METH_FASTCALL, NULL };

Test(weakref, callback_errors_do_not_leak)
{
    rt_object *C, *o = new_instance(&C);
    rt_object *f = rt_cfunction_new(&failing_def, NULL);
    rt_object *r = rt_weakref_new(o, f);
    RT_DECREF(f);
    /* an exception is propagating while the object dies: it survives */
    rt_err_set_string(&rt_exc_KeyError, "outer");
    RT_DECREF(o);
    cr_assert(rt_err_matches(&rt_exc_KeyError), "the pending exception is kept");
    rt_err_clear();
    RT_DECREF(r);
    RT_DECREF(C);
}

Test(weakref, types_without_weakref_support)
{
    rt_object *one = I(1000), *s = S("x"), *t = rt_tuple_pack(1, one);
    assert_raises(rt_weakref_new(one, NULL), &rt_exc_TypeError, "cannot create weak reference to 'int' object");
    assert_raises(rt_weakref_new(s, NULL), &rt_exc_TypeError, "cannot create weak reference to 'str' object");
    assert_raises(rt_weakref_new(t, NULL), &rt_exc_TypeError, "cannot create weak reference to 'tuple' object");
    RT_DECREF(one); RT_DECREF(s); RT_DECREF(t);
    /* nor do the built-in exceptions, as in CPython 3.11 (a subclass
     * gets a __weakref__ slot) */
    rt_object *e = rt_exception_new(&rt_exc_ValueError, NULL);
    assert_raises(rt_weakref_new(e, NULL), &rt_exc_TypeError, "cannot create weak reference to 'ValueError' object");
    RT_DECREF(e);
}

Test(weakref, hash_and_equality)
{
    rt_object *C, *o = new_instance(&C);
    /* r2 has a callback: a second callback-less ref would be r1 itself */
    rt_object *r1 = rt_weakref_new(o, NULL), *r2 = rt_weakref_new(o, make_cb(7));
    rt_object *r3 = rt_weakref_new(o, NULL);
    cr_assert_eq(r3, r1, "one shared basic ref");
    RT_DECREF(r3);
    cr_assert_eq(rt_hash(r1), rt_hash(o));
    cr_assert_eq(rt_richcompare_bool(r1, r2, RT_EQ), 1);
    RT_DECREF(o);
    cr_assert_eq(rt_hash(r1), rt_hash_pointer(o), "hash remembered after death");
    assert_raises(rt_hash(r2) == -1 ? NULL : RT_NONE, &rt_exc_TypeError, "weak object has gone away");
    cr_assert_eq(rt_richcompare_bool(r1, r2, RT_EQ), 0, "dead refs compare by identity");
    RT_DECREF(r1); RT_DECREF(r2);
    /* weakref.ref(obj, cb) through the type */
    o = rt_call_vector(C, NULL, 0);
    rt_object *cb = make_cb(5);
    rt_object *args[] = { o, cb };
    rt_object *r = rt_call_vector(RT_OBJ(&rt_weakref_type), args, 2);
    cr_assert_not_null(r);
    assert_repr(rt_newref(RT_OBJ(&rt_weakref_type)), "<class 'weakref.ReferenceType'>");
    assert_repr(rt_getattr_str(RT_OBJ(&rt_weakref_type), "__name__"), "'ReferenceType'");
    rt_object *got = rt_getattr_str(r, "__callback__");
    cr_assert_eq(got, cb);
    RT_DECREF(got);
    RT_DECREF(cb); RT_DECREF(o); RT_DECREF(r); RT_DECREF(C);
}

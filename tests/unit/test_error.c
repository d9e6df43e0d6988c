/*
 * test_error.c -- the current exception and the exception classes: the
 * CPython hierarchy, str/repr exactly as CPython 3.11 prints them, args and
 * the other attributes, subclassing, and the preallocated MemoryError.
 */
#include "tests/unit/objcore_util.h"

TestSuite(error, .init = objcore_setup);

static rt_object *exc(rt_type *t, intptr_t n, rt_object **items)
{
    rt_object *args = rt_tuple_from_array(items, n);
    rt_object *e = rt_call(RT_OBJ(t), args, NULL);
    RT_DECREF(args);
    cr_assert_not_null(e);
    return e;
}

Test(error, hierarchy_is_cpythons)
{
    struct { rt_type *sub, *base; } h[] = {
        { &rt_exc_Exception, &rt_exc_BaseException }, { &rt_exc_SystemExit, &rt_exc_BaseException },
        { &rt_exc_KeyboardInterrupt, &rt_exc_BaseException }, { &rt_exc_ZeroDivisionError, &rt_exc_ArithmeticError },
        { &rt_exc_OverflowError, &rt_exc_ArithmeticError }, { &rt_exc_ArithmeticError, &rt_exc_Exception },
        { &rt_exc_IndexError, &rt_exc_LookupError }, { &rt_exc_KeyError, &rt_exc_LookupError },
        { &rt_exc_UnboundLocalError, &rt_exc_NameError }, { &rt_exc_RecursionError, &rt_exc_RuntimeError },
        { &rt_exc_NotImplementedError, &rt_exc_RuntimeError }, { &rt_exc_IndentationError, &rt_exc_SyntaxError },
        { &rt_exc_ModuleNotFoundError, &rt_exc_ImportError }, { &rt_exc_StopIteration, &rt_exc_Exception },
        { &rt_exc_MemoryError, &rt_exc_Exception }, { &rt_exc_TypeError, &rt_exc_Exception },
        { &rt_exc_ValueError, &rt_exc_Exception }, { &rt_exc_AttributeError, &rt_exc_Exception },
        { &rt_exc_AssertionError, &rt_exc_Exception }, { &rt_exc_ReferenceError, &rt_exc_Exception },
        { &rt_exc_OSError, &rt_exc_Exception }, { &rt_exc_BaseException, &rt_object_type },
    };
    for (size_t i = 0; i < sizeof h / sizeof *h; i++) {
        cr_assert_eq(h[i].sub->base, h[i].base, "%s", h[i].sub->name);
        cr_assert(rt_is_exception_type(RT_OBJ(h[i].sub)) || h[i].sub == &rt_object_type);
        cr_assert(h[i].sub->flags & RT_TPFLAGS_BASETYPE);
    }
    cr_assert_not(rt_type_is_subtype(&rt_exc_SystemExit, &rt_exc_Exception));
    cr_assert_not(rt_type_is_subtype(&rt_exc_KeyError, &rt_exc_IndexError));
    assert_repr(rt_newref(RT_OBJ(&rt_exc_KeyError)), "<class 'KeyError'>");
}

Test(error, str_and_repr_as_cpython)
{
    rt_object *a = S("a"), *x = S("x"), *two = I(2), *one = I(1);
    rt_object *ka[] = { a }, *kb[] = { a, two }, *vx[] = { x }, *v1[] = { one };
    rt_object *e;
    e = exc(&rt_exc_KeyError, 1, ka);
    assert_str(rt_newref(e), "'a'");
    assert_repr(e, "KeyError('a')");
    e = exc(&rt_exc_KeyError, 0, NULL);
    assert_str(rt_newref(e), "");
    assert_repr(e, "KeyError()");
    e = exc(&rt_exc_KeyError, 2, kb);
    assert_str(rt_newref(e), "('a', 2)");
    assert_repr(e, "KeyError('a', 2)");
    e = exc(&rt_exc_ValueError, 1, vx);
    assert_str(rt_newref(e), "x");
    assert_repr(e, "ValueError('x')");
    e = exc(&rt_exc_ValueError, 1, v1);
    assert_str(rt_newref(e), "1");
    assert_repr(e, "ValueError(1)");
    e = exc(&rt_exc_Exception, 2, kb);
    assert_str(rt_newref(e), "('a', 2)");
    assert_repr(e, "Exception('a', 2)");
    RT_DECREF(a); RT_DECREF(x); RT_DECREF(two); RT_DECREF(one);
}

Test(error, current_exception_set_fetch_restore)
{
    cr_assert_null(rt_err_occurred());
    cr_assert_null(rt_err_format(&rt_exc_IndexError, "list index %s of %d", "out", 3));
    cr_assert(rt_err_matches(&rt_exc_IndexError));
    cr_assert(rt_err_matches(&rt_exc_LookupError));
    cr_assert(rt_err_matches(&rt_exc_Exception));
    cr_assert_not(rt_err_matches(&rt_exc_KeyError));
    rt_object *e = rt_err_fetch();
    cr_assert_null(rt_err_occurred());
    cr_assert(rt_is_exception(e));
    assert_str(rt_exception_str(e), "list index out of 3");
    rt_err_set_string(&rt_exc_TypeError, "replaced");
    rt_err_restore(e);    /* replaces TypeError, steals e */
    cr_assert(rt_err_matches(&rt_exc_IndexError));
    rt_err_clear();
    cr_assert_null(rt_err_occurred());
    /* %R and %S in messages */
    rt_object *s = S("k");
    rt_err_format(&rt_exc_KeyError, "%R/%S", s, s);
    char b[64];
    cr_assert_str_eq(err_text(b, sizeof b), "\"'k'/k\"");   /* KeyError shows the repr of its arg */
    rt_err_clear();
    RT_DECREF(s);
    rt_err_set_object(&rt_exc_StopIteration, RT_NONE);
    e = rt_err_fetch();
    assert_repr(rt_getattr_str(e, "value"), "None");
    assert_repr(e, "StopIteration(None)");
    rt_err_set_object(&rt_exc_RuntimeError, NULL);
    assert_repr(rt_err_fetch(), "RuntimeError()");
}

Test(error, memory_error_is_preallocated)
{
    rt_err_no_memory();
    rt_object *a = rt_err_fetch();
    rt_err_no_memory();
    rt_object *b = rt_err_fetch();
    cr_assert_eq(a, b, "the same instance every time");
    cr_assert_eq(a->type, &rt_exc_MemoryError);
    assert_str(a, "");
    RT_DECREF(b);
}

Test(error, attributes)
{
    rt_object *m = S("boom");
    rt_object *items[] = { m };
    rt_object *e = exc(&rt_exc_ValueError, 1, items);
    assert_repr(rt_getattr_str(e, "args"), "('boom',)");
    assert_repr(rt_getattr_str(e, "__context__"), "None");
    assert_repr(rt_getattr_str(e, "__cause__"), "None");
    rt_object *c = exc(&rt_exc_KeyError, 0, NULL);
    cr_assert_eq(rt_setattr_str(e, "__context__", c), 0);
    assert_repr(rt_getattr_str(e, "__context__"), "KeyError()");
    RT_DECREF(c);
    /* args is a data descriptor: it wins over the instance __dict__ */
    rt_object *t = rt_tuple_pack(2, m, m);
    cr_assert_eq(rt_setattr_str(e, "args", t), 0);
    assert_str(rt_newref(e), "('boom', 'boom')");
    RT_DECREF(t);
    /* other attributes go to the instance dict */
    rt_object *v = I(7);
    cr_assert_eq(rt_setattr_str(e, "note", v), 0);
    assert_repr(rt_getattr_str(e, "note"), "7");
    RT_DECREF(v);
    assert_raises(rt_getattr_str(e, "nope"), &rt_exc_AttributeError, "'ValueError' object has no attribute 'nope'");
    RT_DECREF(e);
    RT_DECREF(m);
}

Test(error, subclassable_by_heap_types)
{
    rt_object *cls = rt_type_new_heap("MyError", &rt_exc_ValueError, NULL);
    cr_assert_not_null(cls);
    cr_assert(rt_is_exception_type(cls));
    rt_object *m = S("bad");
    rt_object *e = call1(cls, m);
    cr_assert_not_null(e);
    cr_assert(rt_isinstance_type(e, &rt_exc_ValueError));
    assert_repr(rt_newref(e), "MyError('bad')");
    assert_str(rt_newref(e), "bad");
    rt_err_restore(rt_newref(e));
    cr_assert(rt_err_matches(&rt_exc_ValueError));
    cr_assert(rt_err_matches((rt_type *)cls));
    rt_err_clear();
    RT_DECREF(e);
    RT_DECREF(m);
    RT_DECREF(cls);
}

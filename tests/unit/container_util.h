/*
 * container_util.h -- helpers shared by the container unit tests (not a
 * test itself: only test_*.c files become executables): constructors for
 * ints and strs, calling a built-in method straight from a type's method
 * table, and reading back results and exception messages.
 */
#ifndef GCLAB_TESTS_CONTAINER_UTIL_H
#define GCLAB_TESTS_CONTAINER_UTIL_H

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static inline rt_object *S(const char *s) { return rt_str_from_cstr(s); }
static inline rt_object *I(int64_t v) { return rt_int_from_i64(v); }

/* Call a built-in method directly from the type's table; args (n of them,
 * the last len(kwnames) being keyword values) are new references consumed
 * here, as is kwnames. */
static inline rt_object *callm(rt_object *self, const char *name, rt_object *kwnames, int n, ...)
{
    rt_method_def *m = self->type->methods;
    while (m->name && strcmp(m->name, name) != 0)
        m++;
    cr_assert_not_null(m->name, "no method %s", name);
    rt_object *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, rt_object *);
    va_end(ap);
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    rt_object *r = m->func(self, args, n - nkw, kwnames);
    for (int i = 0; i < n; i++)
        RT_DECREF(args[i]);
    RT_XDECREF(kwnames);
    return r;
}

static inline const char *err_msg(char *buf, size_t n)
{
    rt_object *e = rt_err_occurred();
    rt_object *s = e ? rt_exception_str(e) : NULL;
    snprintf(buf, n, "%s", s ? rt_str_data(s) : "");
    RT_XDECREF(s);
    return buf;
}

#define expect_err(expr, t, msg) do { \
        rt_object *r_ = (expr); char b_[256]; \
        cr_assert_null(r_, "expected %s", (t)->name); \
        cr_assert(rt_err_matches(t), "expected %s, got %s", (t)->name, \
                  rt_err_occurred() ? rt_err_occurred()->type->name : "none"); \
        cr_assert_str_eq(err_msg(b_, sizeof b_), (msg)); \
        rt_err_clear(); \
    } while (0)

/* repr(o) == text; consumes o */
#define expect_repr(expr, text) do { \
        rt_object *o_ = (expr); \
        cr_assert_not_null(o_, "unexpected exception %s", \
                           rt_err_occurred() ? rt_err_occurred()->type->name : ""); \
        rt_object *r_ = rt_repr(o_); \
        cr_assert_not_null(r_); \
        cr_assert_str_eq(rt_str_data(r_), (text)); \
        RT_DECREF(r_); RT_DECREF(o_); \
    } while (0)

/* str value == text; consumes o */
#define expect_text(expr, text) do { \
        rt_object *o_ = (expr); \
        cr_assert_not_null(o_, "unexpected exception %s", \
                           rt_err_occurred() ? rt_err_occurred()->type->name : ""); \
        cr_assert(rt_str_check(o_)); \
        cr_assert_str_eq(rt_str_data(o_), (text)); \
        RT_DECREF(o_); \
    } while (0)

static inline int64_t ival(rt_object *o)
{
    cr_assert_not_null(o);
    cr_assert(rt_int_check(o));
    int64_t v = RT_INT_VALUE(o);
    RT_DECREF(o);
    return v;
}

static inline bool bval(rt_object *o)
{
    cr_assert_not_null(o);
    cr_assert(o == RT_TRUE || o == RT_FALSE);
    bool v = o == RT_TRUE;
    RT_DECREF(o);
    return v;
}

static inline rt_object *kw1(const char *a) { return rt_tuple_pack(1, rt_str_intern_cstr(a)); }

#endif

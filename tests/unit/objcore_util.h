/*
 * objcore_util.h -- helpers shared by the object-core unit tests (not a
 * test itself: only test_*.c files become executables).
 */
#ifndef GCLAB_TESTS_OBJCORE_UTIL_H
#define GCLAB_TESTS_OBJCORE_UTIL_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"

static void objcore_setup(void)
{
    cr_assert_eq(rt_init(), 0, "rt_init failed");
}

static inline rt_object *I(int64_t v) { return rt_int_from_i64(v); }
static inline rt_object *F(double v) { return rt_float_from_double(v); }
static inline rt_object *S(const char *s) { return rt_str_from_cstr(s); }

/* The current exception's message (str), for asserts; "" if none. */
static inline const char *err_text(char *buf, size_t n)
{
    rt_object *e = rt_err_occurred();
    buf[0] = '\0';
    if (!e)
        return buf;
    rt_object *s = rt_str(e);
    if (s) {
        snprintf(buf, n, "%s", rt_str_data(s));
        RT_DECREF(s);
    }
    return buf;
}

/* Asserts that r is NULL with an exception of type t and message msg
 * (msg NULL: any), then clears it. */
#define assert_raises(r, t, msg) do { \
        rt_object *r_ = (r); \
        char b_[256]; \
        cr_assert_null(r_, "expected %s", (t)->name); \
        cr_assert(rt_err_matches(t), "expected %s, got %s", (t)->name, \
                  rt_err_occurred() ? rt_err_occurred()->type->name : "nothing"); \
        if (msg) cr_assert_str_eq(err_text(b_, sizeof b_), (const char *)(msg)); \
        rt_err_clear(); \
    } while (0)

/* Asserts repr(o) == text and drops the reference to o. */
#define assert_repr(o, text) do { \
        rt_object *o_ = (o); \
        cr_assert_not_null(o_, "unexpected exception: %s", rt_err_occurred() ? rt_err_occurred()->type->name : "?"); \
        rt_object *r_ = rt_repr(o_); \
        cr_assert_not_null(r_); \
        cr_assert_str_eq(rt_str_data(r_), (const char *)(text)); \
        RT_DECREF(r_); \
        RT_DECREF(o_); \
    } while (0)

#define assert_str(o, text) do { \
        rt_object *o_ = (o); \
        cr_assert_not_null(o_); \
        rt_object *r_ = rt_str(o_); \
        cr_assert_not_null(r_); \
        cr_assert_str_eq(rt_str_data(r_), (const char *)(text)); \
        RT_DECREF(r_); \
        RT_DECREF(o_); \
    } while (0)

/* binop on two new references (consumed). */
static inline rt_object *binop(rt_object *a, rt_object *b, int op)
{
    rt_object *r = rt_number_binop(a, b, op);
    RT_DECREF(a);
    RT_DECREF(b);
    return r;
}

static inline rt_object *call1(rt_object *callable, rt_object *arg)
{
    return rt_call_vector(callable, &arg, 1);
}

#endif

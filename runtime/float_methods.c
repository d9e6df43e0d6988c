/*
 * float_methods.c -- float's methods and computed attributes: real imag,
 * conjugate is_integer as_integer_ratio hex and the class method fromhex,
 * answering as CPython 3.11 (errors: its classes and messages).
 *
 * Invariants kept here:
 *   - as_integer_ratio is exact: the denominator is the power of two the
 *     double's binary fraction needs, the pair in lowest terms;
 *   - hex() writes every double with one leading hex digit and thirteen
 *     after the point (subnormals with a leading 0 and exponent -1022), so
 *     fromhex(x.hex()) == x for every finite x;
 *   - fromhex rounds half to even like any correctly rounded parse: the
 *     text is checked against CPython's grammar here, then handed to the C
 *     library's hexadecimal strtod, which is exact.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

#define MDEF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

/* CPython's METH_NOARGS call: keywords refused first, then arguments */
static int no_args(const char *name, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw)) {
        rt_err_format(&rt_exc_TypeError, "float.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs) {
        rt_err_format(&rt_exc_TypeError, "float.%s() takes no arguments (%ld given)", name, (long)nargs);
        return -1;
    }
    return 0;
}

/* self as an exact float: a subclass instance gives its plain value. */
static rt_object *float_exact(rt_object *self)
{
    return rt_float_check_exact(self) ? rt_newref(self) : rt_float_from_double(RT_FLOAT_VALUE(self));
}

static rt_object *get_real(rt_object *self, void *c) { (void)c; return float_exact(self); }
static rt_object *get_imag(rt_object *self, void *c) { (void)self, (void)c; return rt_float_from_double(0.0); }

MDEF(m_conjugate)
{
    (void)args;
    return no_args("conjugate", nargs, kw) < 0 ? NULL : float_exact(self);
}

MDEF(m_is_integer)
{
    (void)args;
    if (no_args("is_integer", nargs, kw) < 0)
        return NULL;
    double v = RT_FLOAT_VALUE(self);
    return rt_bool_from(isfinite(v) && v == floor(v));
}

/* 2**k as an int, k >= 0 (up to 1074 for the smallest subnormal). */
static rt_object *power_of_two(int k)
{
    uint32_t limbs[1074 / 32 + 2] = { 0 };
    limbs[k / 32] = (uint32_t)1 << (k % 32);
    return rt_int_from_limbs(limbs, k / 32 + 1, false);
}

MDEF(m_as_integer_ratio)
{
    (void)args;
    if (no_args("as_integer_ratio", nargs, kw) < 0)
        return NULL;
    double v = RT_FLOAT_VALUE(self);
    if (isinf(v))
        return rt_err_set_string(&rt_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(v))
        return rt_err_set_string(&rt_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(v, &e);
    /* Scale the fraction up until it is integral: at most 53 + 1074 steps,
     * each exact (a power-of-two scaling of a finite double). */
    while (m != floor(m)) {
        m *= 2.0;
        e--;
    }
    rt_object *num = rt_int_from_double(m), *den = NULL, *r = NULL;
    if (!num)
        return NULL;
    if (e >= 0) {
        rt_object *scale = power_of_two(e);
        rt_object *big = scale ? rt_int_mul(num, scale) : NULL;
        rt_xdecref(scale);
        RT_SETREF(num, big);
        den = num ? rt_int_from_i64(1) : NULL;
    } else {
        den = power_of_two(-e);
    }
    if (num && den)
        r = rt_tuple_pack(2, num, den);
    rt_xdecref(num);
    rt_xdecref(den);
    return r;
}

/* ---- hex / fromhex ------------------------------------------------------ */

#define HEX_DIGITS_AFTER_POINT 13   /* 52 fraction bits */

MDEF(m_hex)
{
    (void)args;
    if (no_args("hex", nargs, kw) < 0)
        return NULL;
    double v = RT_FLOAT_VALUE(self);
    char buf[48];
    if (!isfinite(v))
        return rt_str_from_cstr(rt_float_format_repr(v, buf, sizeof buf));
    if (v == 0.0)
        return rt_str_from_cstr(signbit(v) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(v), &e);   /* m in [0.5, 1) */
    /* One integral bit before the point; a subnormal keeps exponent
     * DBL_MIN_EXP - 1 and a leading 0 instead. */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    int n = snprintf(buf, sizeof buf, "%s0x%x.", signbit(v) ? "-" : "", (int)m);
    m -= (int)m;
    for (int i = 0; i < HEX_DIGITS_AFTER_POINT; i++) {
        m *= 16.0;
        buf[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "p%+d", e);
    return rt_str_from_cstr(buf);
}

static rt_object *invalid_hex(void)
{
    return rt_err_set_string(&rt_exc_ValueError, "invalid hexadecimal floating-point string");
}

/* Parse CPython's fromhex grammar from s[0..len): optional whitespace and
 * sign, then inf/infinity/nan or [0x] hexdigits [. hexdigits] [p[sign]
 * decimal digits], then optional whitespace.  *out gets the value. */
static int parse_hex(const char *s, intptr_t len, double *out)
{
    const char *p = s, *end = s + len;
    rt_text_strip(&p, &end);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    size_t n = (size_t)(end - p);
    if ((n == 3 && strncasecmp(p, "inf", 3) == 0) || (n == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (n == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        p += 2;
    const char *mant = p;
    int digits = 0;
    while (p < end && isxdigit((unsigned char)*p))
        p++, digits++;
    if (p < end && *p == '.')
        for (p++; p < end && isxdigit((unsigned char)*p); p++)
            digits++;
    if (digits == 0)
        return -1;
    if (p < end && (*p == 'p' || *p == 'P')) {
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (p == end || !isdigit((unsigned char)*p))
            return -1;
        while (p < end && isdigit((unsigned char)*p))
            p++;
    }
    if (p != end)
        return -1;
    /* "[-]0x" + mantissa + exponent, NUL-terminated, for strtod. */
    size_t size = 4 + (size_t)(end - mant) + 1;
    char small[128];
    char *buf = size <= sizeof small ? small : rt_mem_malloc_atomic(size);
    if (!buf) {
        rt_err_no_memory();
        return -2;
    }
    size_t k = 0;
    if (neg)
        buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = 'x';
    memcpy(buf + k, mant, (size_t)(end - mant));
    k += (size_t)(end - mant);
    buf[k] = '\0';
    errno = 0;
    double v = strtod(buf, NULL);
    bool overflow = errno == ERANGE && isinf(v);
    if (buf != small)
        rt_mem_free(buf);
    if (overflow) {
        rt_err_set_string(&rt_exc_OverflowError, "hexadecimal value too large to represent as a float");
        return -2;
    }
    *out = v;
    return 0;
}

/* float.fromhex(string): self is the class; a subclass is called with the
 * float, as CPython does. */
MDEF(m_fromhex)
{
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "float.fromhex() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "float.fromhex() takes exactly one argument (%ld given)",
                             (long)nargs);
    if (!rt_str_check(args[0]))
        return rt_err_set_string(&rt_exc_TypeError, "bad argument type for built-in operation");
    double v;
    int rc = parse_hex(rt_str_data(args[0]), rt_str_size(args[0]), &v);
    if (rc == -1)
        return invalid_hex();
    if (rc < 0)
        return NULL;
    rt_object *r = rt_float_from_double(v);
    if (!r || self == RT_OBJ(&rt_float_type))
        return r;
    rt_object *c = rt_call_vector(self, &r, 1);
    rt_decref(r);
    return c;
}

RT_NOSCAN rt_getset_def rt_float_getsets[] = {
    { "real", get_real, NULL, NULL },
    { "imag", get_imag, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN rt_method_def rt_float_methods[] = {
    { "conjugate", m_conjugate, RT_METH_FASTCALL, "Return self, the complex conjugate of any float." },
    { "is_integer", m_is_integer, RT_METH_FASTCALL, "Return True if the float is an integer." },
    { "as_integer_ratio", m_as_integer_ratio, RT_METH_FASTCALL, "Return integer ratio." },
    { "hex", m_hex, RT_METH_FASTCALL, "Return a hexadecimal representation of a floating-point number." },
    { "fromhex", m_fromhex, RT_METH_FASTCALL | RT_METH_CLASS, "Create a floating-point number from a hexadecimal string." },
    { NULL, NULL, 0, NULL },
};

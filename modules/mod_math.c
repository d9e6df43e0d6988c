/*
 * mod_math.c -- the math module: the common functions of CPython 3.11's
 * math on C doubles, the integer functions (gcd, lcm, factorial, comb,
 * perm, isqrt) on ints of any size, fsum with exact partial sums, and
 * the constants pi, e, tau, inf, nan.
 *
 * Errors follow CPython: a result that is NaN from finite arguments is
 * ValueError "math domain error", one that overflows to infinity from
 * finite arguments is OverflowError "math range error"; argument-count
 * messages are CPython's for each calling convention (one-argument
 * functions, fixed two-argument ones, log's 1-2).  Created on first
 * import (a lazy inittab entry).
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include "modules/modules.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

#define MF VM_MODFUNC

/* (a, b), stealing both (either may be NULL after a failure). */
static rt_object *pair(rt_object *a, rt_object *b)
{
    rt_object *t = a && b ? rt_tuple_new(2) : NULL;
    if (!t) {
        RT_XDECREF(a);
        RT_XDECREF(b);
        return NULL;
    }
    RT_TUPLE_SET_ITEM(t, 0, a);
    RT_TUPLE_SET_ITEM(t, 1, b);
    return t;
}

static rt_object *domain_error(void)
{
    return rt_err_set_string(&rt_exc_ValueError, "math domain error");
}

static rt_object *range_error(void)
{
    return rt_err_set_string(&rt_exc_OverflowError, "math range error");
}

static int one_arg(const char *name, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames)) {
        rt_err_format(&rt_exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        rt_err_format(&rt_exc_TypeError, "math.%s() takes exactly one argument (%ld given)", name,
                      (long)nargs);
        return -1;
    }
    return 0;
}

static int n_args(const char *name, intptr_t lo, intptr_t hi, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames)) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= lo && nargs <= hi)
        return 0;
    if (lo == hi)
        rt_err_format(&rt_exc_TypeError, "%s expected %ld argument%s, got %ld", name, (long)lo,
                      lo == 1 ? "" : "s", (long)nargs);
    else if (nargs < lo)
        rt_err_format(&rt_exc_TypeError, "%s expected at least %ld argument%s, got %ld", name,
                      (long)lo, lo == 1 ? "" : "s", (long)nargs);
    else
        rt_err_format(&rt_exc_TypeError, "%s expected at most %ld argument%s, got %ld", name,
                      (long)hi, hi == 1 ? "" : "s", (long)nargs);
    return -1;
}

static int get_double(rt_object *o, double *out)
{
    *out = rt_float_as_double(o);
    return *out == -1.0 && rt_err_occurred() ? -1 : 0;
}

/* The result of f(x) with CPython's error rules (math_1). */
static rt_object *check_result(double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return rt_float_from_double(r);
}

#define MATH1(name, cfn, ovf)                                      \
    MF(math_##name)                                                \
    {                                                              \
        (void)self;                                                \
        double x;                                                  \
        if (one_arg(#name, nargs, kwnames) < 0 || get_double(args[0], &x) < 0) \
            return NULL;                                           \
        return check_result(x, cfn(x), ovf);                       \
    }

MATH1(sqrt, sqrt, false)
MATH1(exp, exp, true)
MATH1(expm1, expm1, true)
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(atanh, atanh, false)
MATH1(acosh, acosh, false)
MATH1(fabs, fabs, false)
MATH1(log1p, log1p, false)
MATH1(cbrt, cbrt, false)
MATH1(exp2, exp2, true)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
/* gamma and lgamma are CPython's own (Modules/mathmodule.c), not libm's,
 * whose results differ in the last bits for most arguments: Lanczos'
 * approximation with CPython's coefficients (g = 6.0246800407767296,
 * N = 13, in rational form), exact values for small integers, the
 * reflection formula below zero.  Errors as its errno: EDOM -> "math
 * domain error", ERANGE -> "math range error". */
enum { GAMMA_OK, GAMMA_EDOM, GAMMA_ERANGE };
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x*(x+1)*...*(x+LANCZOS_N-2) */
static const double lanczos_den[LANCZOS_N] = { 0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                               45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
                                               1925.0, 66.0, 1.0 };
static const double pi_d = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* sum(num[i] x^i) / sum(den[i] x^i), evaluated in 1/x past 5 for accuracy */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), exact at the integers and half-integers */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi_d * y); break;
    case 1: r = cos(pi_d * (y - 0.5)); break;
    case 2: r = sin(pi_d * (1.0 - y)); break;   /* not -sin(pi*(y-1)): 0.0 at y == 1, not -0.0 */
    case 3: r = -cos(pi_d * (y - 1.5)); break;
    default: r = sin(pi_d * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double cpython_tgamma(double x, int *err)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        *err = GAMMA_EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = GAMMA_EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = GAMMA_EDOM;
            return NAN;
        }
        if (x <= 23.0) {   /* (x-1)! exactly */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return f;
        }
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            *err = GAMMA_ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        *err = GAMMA_ERANGE;
        return INFINITY;
    }
    double y = absx + lanczos_g_minus_half, z;
    /* the rounding error of y, kept apart */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi_d / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        *err = GAMMA_ERANGE;
    return r;
}

static double cpython_lgamma(double x, int *err)
{
    if (!isfinite(x))
        return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = GAMMA_EDOM;
            return INFINITY;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        *err = GAMMA_ERANGE;
    return r;
}

/* CPython's math_1a: the error its errno says; a range error below 1.5
 * in size is an underflow, not reported */
static rt_object *gamma_result(double r, int err)
{
    if (err == GAMMA_EDOM)
        return domain_error();
    if (err == GAMMA_ERANGE && fabs(r) >= 1.5)
        return range_error();
    return rt_float_from_double(r);
}

MF(math_gamma)
{
    (void)self;
    double x;
    int err = GAMMA_OK;
    if (one_arg("gamma", nargs, kwnames) < 0 || get_double(args[0], &x) < 0)
        return NULL;
    double r = cpython_tgamma(x, &err);
    return gamma_result(r, err);
}

MF(math_lgamma)
{
    (void)self;
    double x;
    int err = GAMMA_OK;
    if (one_arg("lgamma", nargs, kwnames) < 0 || get_double(args[0], &x) < 0)
        return NULL;
    double r = cpython_lgamma(x, &err);
    return gamma_result(r, err);
}

static double to_degrees(double x) { return x * (180.0 / M_PI); }
static double to_radians(double x) { return x * (M_PI / 180.0); }
MATH1(degrees, to_degrees, true)
MATH1(radians, to_radians, false)

/* log of a positive finite double; domain error otherwise. */
static int log_of(double x, double (*f)(double), double *out)
{
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = f(x);
    return 0;
}

/* log of an int too large for a double: as CPython, f(x / 2^e) plus
 * e * f(2) for a shift e that brings x into range. */
static int log_arg(rt_object *o, double (*f)(double), double *out)
{
    if (rt_int_check(o) && !rt_int_is_small(o) && rt_int_sign(o) > 0) {
        int64_t e = rt_int_bit_length(o) - 60;
        rt_object *eo = rt_int_from_i64(e), *m = eo ? rt_number_binop(o, eo, RT_NB_RSHIFT) : NULL;
        rt_xdecref(eo);
        if (!m)
            return -1;
        double x = rt_int_as_double(m);
        rt_decref(m);
        *out = f(x) + (double)e * f(2.0);
        return 0;
    }
    double x;
    if (get_double(o, &x) < 0)
        return -1;
    return log_of(x, f, out);
}

MF(math_log)
{
    (void)self;
    if ((kwnames && RT_SIZE(kwnames)) || nargs < 1 || nargs > 2)
        return rt_err_set_string(&rt_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_arg(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return rt_float_from_double(num);
    if (log_arg(args[1], log, &den) < 0)
        return NULL;
    if (den == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float division by zero");
    return rt_float_from_double(num / den);
}

MF(math_log2)
{
    (void)self;
    double r;
    if (one_arg("log2", nargs, kwnames) < 0 || log_arg(args[0], log2, &r) < 0)
        return NULL;
    return rt_float_from_double(r);
}

MF(math_log10)
{
    (void)self;
    double r;
    if (one_arg("log10", nargs, kwnames) < 0 || log_arg(args[0], log10, &r) < 0)
        return NULL;
    return rt_float_from_double(r);
}

/* floor/ceil/trunc: an int (an int argument comes back unchanged).  As
 * CPython's, anything but a float asks its class's __floor__/__ceil__
 * first; trunc has no float fallback (only __trunc__, an int's too). */
static rt_object *to_int(const char *name, rt_object *const *args, intptr_t nargs, rt_object *kwnames,
                         double (*f)(double))
{
    if (one_arg(name, nargs, kwnames) < 0)
        return NULL;
    if (!rt_float_check_exact(args[0]) && (RT_TYPE(args[0])->flags & RT_TPFLAGS_HEAPTYPE)) {
        char dunder[16];
        snprintf(dunder, sizeof dunder, "__%s__", name);
        rt_object *n = rt_str_intern_cstr(dunder);
        rt_object *m = n ? rt_type_lookup(RT_TYPE(args[0]), n) : NULL;
        rt_xdecref(n);
        if (rt_err_occurred())
            return NULL;
        if (m)
            return rt_call_method(args[0], dunder, NULL, 0);
    }
    if (rt_int_check(args[0]))
        return rt_int_exact(args[0]);
    if (f == trunc && !rt_float_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "type %s doesn't define __trunc__ method", rt_type_name(args[0]));
    double x;
    if (get_double(args[0], &x) < 0)
        return NULL;
    return rt_int_from_double(f(x));
}

MF(math_floor) { (void)self; return to_int("floor", args, nargs, kwnames, floor); }
MF(math_ceil) { (void)self; return to_int("ceil", args, nargs, kwnames, ceil); }
MF(math_trunc) { (void)self; return to_int("trunc", args, nargs, kwnames, trunc); }

static rt_object *two_doubles(const char *name, rt_object *const *args, intptr_t nargs,
                              rt_object *kwnames, double *a, double *b)
{
    if (n_args(name, 2, 2, nargs, kwnames) < 0 || get_double(args[0], a) < 0
        || get_double(args[1], b) < 0)
        return NULL;
    return RT_NONE;
}

MF(math_atan2)
{
    (void)self;
    double y, x;
    if (!two_doubles("atan2", args, nargs, kwnames, &y, &x))
        return NULL;
    return rt_float_from_double(atan2(y, x));
}

MF(math_copysign)
{
    (void)self;
    double x, y;
    if (!two_doubles("copysign", args, nargs, kwnames, &x, &y))
        return NULL;
    return rt_float_from_double(copysign(x, y));
}

MF(math_nextafter)
{
    (void)self;
    double x, y;
    if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y))
        return NULL;
    return rt_float_from_double(nextafter(x, y));
}

/* The value of the least significant bit of x (CPython's math_ulp): the
 * gap to the next float away from zero, or to the one below at the
 * largest finite float. */
MF(math_ulp)
{
    (void)self;
    double x;
    if (one_arg("ulp", nargs, kwnames) < 0 || get_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return rt_float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return rt_float_from_double(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return rt_float_from_double(x - nextafter(x, -INFINITY));
    return rt_float_from_double(up - x);
}

MF(math_fmod)
{
    (void)self;
    double x, y;
    if (!two_doubles("fmod", args, nargs, kwnames, &x, &y))
        return NULL;
    if (isinf(y) && isfinite(x))
        return rt_float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return rt_float_from_double(r);
}

/* IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to
 * even); exact, so libm's remainder() gives CPython's result once the
 * special cases are CPython's. */
MF(math_remainder)
{
    (void)self;
    double x, y;
    if (!two_doubles("remainder", args, nargs, kwnames, &x, &y))
        return NULL;
    if (isnan(x))
        return rt_float_from_double(x);
    if (isnan(y))
        return rt_float_from_double(y);
    if (isinf(x) || y == 0.0)
        return domain_error();
    if (isinf(y))
        return rt_float_from_double(x);
    return rt_float_from_double(remainder(x, y));
}

MF(math_pow)
{
    (void)self;
    double x, y;
    if (!two_doubles("pow", args, nargs, kwnames, &x, &y))
        return NULL;
    if (x == 0.0 && y < 0 && isfinite(y))
        return domain_error();
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y))
        return domain_error();
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return rt_float_from_double(r);
}

MF(math_ldexp)
{
    (void)self;
    if (n_args("ldexp", 2, 2, nargs, kwnames) < 0)
        return NULL;
    double x;
    if (get_double(args[0], &x) < 0)
        return NULL;
    if (!rt_int_check(args[1]))
        return rt_err_set_string(&rt_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e = rt_int_is_small(args[1]) ? RT_INT_VALUE(args[1]) : rt_int_sign(args[1]) * (int64_t)100000;
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x))
        return range_error();
    return rt_float_from_double(r);
}

MF(math_frexp)
{
    (void)self;
    double x;
    if (one_arg("frexp", nargs, kwnames) < 0 || get_double(args[0], &x) < 0)
        return NULL;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    return pair(rt_float_from_double(m), rt_int_from_i64(e));
}

MF(math_modf)
{
    (void)self;
    double x;
    if (one_arg("modf", nargs, kwnames) < 0 || get_double(args[0], &x) < 0)
        return NULL;
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    return pair(rt_float_from_double(fp), rt_float_from_double(ip));
}

static rt_object *predicate(const char *name, rt_object *const *args, intptr_t nargs,
                            rt_object *kwnames, int which)
{
    double x;
    if (one_arg(name, nargs, kwnames) < 0 || get_double(args[0], &x) < 0)
        return NULL;
    return rt_bool_from(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}

MF(math_isfinite) { (void)self; return predicate("isfinite", args, nargs, kwnames, 0); }
MF(math_isinf) { (void)self; return predicate("isinf", args, nargs, kwnames, 1); }
MF(math_isnan) { (void)self; return predicate("isnan", args, nargs, kwnames, 2); }

MF(math_isclose)
{
    (void)self;
    rt_object *v[4] = { NULL, NULL, NULL, NULL };
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    /* Argument Clinic: the keyword tuple past the positional fast path */
    if (rt_clinic_kwtuple(NULL, "isclose", names, (kwnames && RT_SIZE(kwnames) > 0) || nargs != 2) < 0)
        return NULL;
    if (nargs > 2)
        return rt_err_format(&rt_exc_TypeError, "isclose() takes exactly 2 positional arguments (%ld given)",
                             (long)nargs);
    for (intptr_t i = 0; i < nargs; i++)
        v[i] = args[i];
    for (intptr_t k = 0; kwnames && k < RT_SIZE(kwnames); k++) {
        rt_object *n = RT_TUPLE_GET_ITEM(kwnames, k);
        int i = 0;
        while (i < 4 && !rt_str_eq_cstr(n, names[i]))
            i++;
        if (i == 4)
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for isclose()",
                                 rt_str_data(n));
        v[i] = args[nargs + k];
    }
    for (int i = 0; i < 2; i++)
        if (!v[i])
            return rt_err_format(&rt_exc_TypeError, "isclose() missing required argument '%s' (pos %d)",
                                 names[i], i + 1);
    double a, b, rel = 1e-09, abs_ = 0.0;
    if (get_double(v[0], &a) < 0 || get_double(v[1], &b) < 0 || (v[2] && get_double(v[2], &rel) < 0)
        || (v[3] && get_double(v[3], &abs_) < 0))
        return NULL;
    if (rel < 0.0 || abs_ < 0.0)
        return rt_err_set_string(&rt_exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return rt_bool_from(true);
    if (isinf(a) || isinf(b))
        return rt_bool_from(false);
    double diff = fabs(b - a);
    return rt_bool_from((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abs_);
}

/* ---- integer functions ---------------------------------------------------- */

static int get_index(rt_object *o, int64_t *out)
{
    *out = rt_int_as_i64(o);
    return *out == -1 && rt_err_occurred() ? -1 : 0;
}

/* |o| as an int (o an int); a new reference */
static rt_object *int_abs(rt_object *o)
{
    return rt_int_sign(o) < 0 ? rt_int_negate(o) : rt_newref(o);
}

static int64_t gcd64(int64_t a, int64_t b)
{
    uint64_t x = a < 0 ? -(uint64_t)a : (uint64_t)a, y = b < 0 ? -(uint64_t)b : (uint64_t)b;
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return (int64_t)x;
}

/* gcd of two ints of any size (new reference, non-negative) */
static rt_object *gcd_obj(rt_object *a, rt_object *b)
{
    if (rt_int_is_small(a) && rt_int_is_small(b))
        return rt_int_from_u64((uint64_t)gcd64(RT_INT_VALUE(a), RT_INT_VALUE(b)));
    rt_object *x = int_abs(a), *y = int_abs(b);
    while (x && y && rt_int_sign(y) != 0) {
        rt_object *r;
        if (rt_int_divmod(x, y, NULL, &r) < 0)
            r = NULL;
        rt_decref(x);
        x = y;
        y = r;
    }
    rt_xdecref(y);
    return y ? x : (rt_xdecref(x), NULL);
}


MF(math_gcd)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "gcd() takes no keyword arguments");
    rt_object *g = rt_int_from_i64(0);
    for (intptr_t i = 0; g && i < nargs; i++) {
        rt_object *v = rt_int_index_exact(args[i]), *t = v ? gcd_obj(g, v) : NULL;
        rt_xdecref(v);
        rt_decref(g);
        g = t;
    }
    return g;
}

MF(math_lcm)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "lcm() takes no keyword arguments");
    rt_object *l = rt_int_from_i64(1);
    for (intptr_t i = 0; l && i < nargs; i++) {
        rt_object *v = rt_int_index_exact(args[i]), *t = NULL;
        if (v && (rt_int_sign(v) == 0 || rt_int_sign(l) == 0)) {
            t = rt_int_from_i64(0);
        } else if (v) {
            rt_object *g = gcd_obj(l, v), *q = NULL, *a = int_abs(v);
            if (g && a && rt_int_divmod(l, g, &q, NULL) == 0) {
                t = rt_int_mul(q, a);
                rt_decref(q);
            }
            rt_xdecref(g);
            rt_xdecref(a);
        }
        rt_xdecref(v);
        rt_decref(l);
        l = t;
    }
    return l;
}

/* acc * k, consuming acc */
static rt_object *mul_by(rt_object *acc, rt_object *k)
{
    rt_object *r = acc && k ? rt_int_mul(acc, k) : NULL;
    rt_xdecref(acc);
    rt_xdecref(k);
    return r;
}

MF(math_factorial)
{
    (void)self;
    int64_t n, r = 1;
    if (one_arg("factorial", nargs, kwnames) < 0)
        return NULL;
    if (rt_float_check(args[0]))
        return rt_err_set_string(&rt_exc_TypeError, "'float' object cannot be interpreted as an integer");
    /* CPython's PyLong_AsLongAndOverflow: a big int is too large or negative */
    rt_object *ix = rt_int_index_exact(args[0]);
    if (!ix)
        return NULL;
    bool big = !rt_int_is_small(ix);
    int sign = rt_int_sign(ix);
    rt_decref(ix);
    if (big && sign > 0)
        return rt_err_format(&rt_exc_OverflowError, "factorial() argument should not exceed %lld",
                             (long long)INT64_MAX);
    if (big || get_index(args[0], &n) < 0) {
        if (!big)
            return NULL;
        n = -1;
    }
    if (n < 0)
        return rt_err_set_string(&rt_exc_ValueError, "factorial() not defined for negative values");
    int64_t i = 2;
    for (int64_t t; i <= n && !__builtin_mul_overflow(r, i, &t); i++)
        r = t;
    rt_object *acc = rt_int_from_i64(r);
    for (; acc && i <= n; i++)
        acc = mul_by(acc, rt_int_from_i64(i));
    return acc;
}

/* n! / (n-k)! (perm) or that over k! (comb), exact at every step. */
static rt_object *comb_perm(const char *name, rt_object *const *args, intptr_t nargs,
                            rt_object *kwnames, bool comb)
{
    if (n_args(name, comb ? 2 : 1, 2, nargs, kwnames) < 0)
        return NULL;
    rt_object *n = rt_int_index_exact(args[0]);
    if (!n)
        return NULL;
    /* CPython 3.11's order: both indexes, n's sign, k's sign, k > n (0),
     * then k (perm) or min(n - k, k) (comb) must fit a long long */
    rt_object *kb = nargs == 1 ? rt_newref(n) : rt_int_index_exact(args[1]);
    if (!kb) {
        rt_decref(n);
        return NULL;
    }
    int64_t k = 0;
    rt_object *r = NULL;
    if (rt_int_sign(n) < 0) {
        rt_err_set_string(&rt_exc_ValueError, "n must be a non-negative integer");
        goto done_k;
    }
    if (rt_int_sign(kb) < 0) {
        rt_err_set_string(&rt_exc_ValueError, "k must be a non-negative integer");
        goto done_k;
    }
    if (rt_int_compare(kb, n) > 0) {
        r = rt_int_from_i64(0);
        goto done_k;
    }
    if (comb) {
        rt_object *rest = rt_int_sub(n, kb);
        if (!rest)
            goto done_k;
        if (rt_int_compare(rest, kb) < 0)
            RT_SETREF(kb, rest);
        else
            rt_decref(rest);
    }
    if (!rt_int_is_small(kb)) {
        rt_err_format(&rt_exc_OverflowError, "%s must not exceed %lld", comb ? "min(n - k, k)" : "k",
                      (long long)INT64_MAX);
        goto done_k;
    }
    k = RT_INT_VALUE(kb);
    rt_decref(kb);
    kb = NULL;
    if (comb && rt_int_is_small(n) && k > RT_INT_VALUE(n) - k)
        k = RT_INT_VALUE(n) - k;
    r = rt_int_from_i64(1);
    for (int64_t i = 0; r && i < k; i++) {
        rt_object *io = rt_int_from_i64(i), *term = io ? rt_int_sub(n, io) : NULL;
        rt_xdecref(io);
        r = mul_by(r, term);
        if (r && comb) {
            rt_object *d = rt_int_from_i64(i + 1), *q = NULL;
            if (d && rt_int_divmod(r, d, &q, NULL) < 0)
                q = NULL;
            rt_xdecref(d);
            rt_decref(r);
            r = q;
        }
    }
done_k:
    rt_xdecref(kb);
    rt_decref(n);
    return r;
}

MF(math_comb) { (void)self; return comb_perm("comb", args, nargs, kwnames, true); }
/* perm(n) and perm(n, None) are factorial(n), its errors included
 * (CPython 3.11's math_perm_impl calls math_factorial). */
MF(math_perm)
{
    if (!(kwnames && RT_SIZE(kwnames)) && (nargs == 1 || (nargs == 2 && args[1] == RT_NONE)))
        return math_factorial(self, args, 1, NULL);
    (void)self;
    return comb_perm("perm", args, nargs, kwnames, false);
}

MF(math_isqrt)
{
    (void)self;
    if (one_arg("isqrt", nargs, kwnames) < 0)
        return NULL;
    rt_object *n = rt_int_index_exact(args[0]);
    if (!n)
        return NULL;
    if (rt_int_sign(n) < 0) {
        rt_decref(n);
        return rt_err_set_string(&rt_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    if (rt_int_is_small(n)) {
        uint64_t v = (uint64_t)RT_INT_VALUE(n), r = (uint64_t)sqrt((double)v);
        rt_decref(n);
        while (r * r > v)
            r--;
        while ((r + 1) * (r + 1) <= v)
            r++;
        return rt_int_from_i64((int64_t)r);
    }
    /* Newton from above: x = 2^ceil(bits/2) >= sqrt(n), then
     * y = (x + n // x) // 2 until it stops decreasing */
    rt_object *one = rt_int_from_i64(1), *e = rt_int_from_i64((rt_int_bit_length(n) + 1) / 2);
    rt_object *x = one && e ? rt_number_binop(one, e, RT_NB_LSHIFT) : NULL;
    rt_xdecref(e);
    while (x) {
        rt_object *q = NULL, *s = NULL, *y = NULL;
        if (rt_int_divmod(n, x, &q, NULL) == 0 && (s = rt_int_add(x, q)) != NULL)
            y = rt_number_binop(s, one, RT_NB_RSHIFT);
        rt_xdecref(q);
        rt_xdecref(s);
        if (!y || rt_int_compare(y, x) >= 0) {
            rt_xdecref(y);
            break;
        }
        rt_decref(x);
        x = y;
    }
    rt_xdecref(one);
    rt_decref(n);
    return x;
}

/* ---- over iterables ---------------------------------------------------------- */

/* fsum: Shewchuk's exact partial sums (CPython's msum algorithm). */
MF(math_fsum)
{
    (void)self;
    if (one_arg("fsum", nargs, kwnames) < 0)
        return NULL;
    rt_object *it = rt_get_iter(args[0]);
    if (!it)
        return NULL;
    double partials[64];
    int np = 0;
    double special = 0.0, inf_sum = 0.0;
    rt_object *x;
    while ((x = rt_iter_next(it)) != NULL) {
        double v;
        int r = get_double(x, &v);
        rt_decref(x);
        if (r < 0)
            break;
        if (!isfinite(v)) {
            if (isinf(v))
                inf_sum += v;
            special += v;
            continue;
        }
        int i = 0;
        for (int j = 0; j < np; j++) {
            double y = partials[j];
            if (fabs(v) < fabs(y)) {
                double t = v;
                v = y;
                y = t;
            }
            double hi = v + y, lo = y - (hi - v);
            if (lo != 0.0)
                partials[i++] = lo;
            v = hi;
        }
        if (i >= 64) {
            rt_decref(it);
            return rt_err_set_string(&rt_exc_MemoryError, "math.fsum partials");
        }
        partials[i++] = v;
        np = i;
    }
    rt_decref(it);
    if (rt_err_occurred())
        return NULL;
    if (special != 0.0) {
        if (isnan(inf_sum))
            return rt_err_set_string(&rt_exc_ValueError, "-inf + inf in fsum");
        return rt_float_from_double(special);
    }
    double hi = 0.0;
    if (np > 0) {
        int n = np - 1;
        hi = partials[n];
        double lo = 0.0;
        while (n > 0) {
            double x2 = hi, y = partials[--n];
            hi = x2 + y;
            double yr = hi - x2;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0, x2 = hi + y, yr = x2 - hi;
            if (y == yr)
                hi = x2;
        }
    }
    return rt_float_from_double(hi);
}

MF(math_prod)
{
    (void)self;
    rt_object *start = NULL;
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    static const char *const names[] = { "start", NULL };   /* iterable is positional-only */
    if (rt_clinic_kwtuple(NULL, "prod", names, nkw > 0 || nargs != 1) < 0)
        return NULL;
    if (nargs + nkw > 2)   /* clinic's count of all arguments comes first */
        return rt_err_format(&rt_exc_TypeError, "prod() takes at most 2 arguments (%ld given)", (long)(nargs + nkw));
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "prod() takes exactly 1 positional argument (%ld given)",
                             (long)nargs);
    for (intptr_t k = 0; kwnames && k < RT_SIZE(kwnames); k++) {
        if (!rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kwnames, k), "start"))
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for prod()",
                                 rt_str_data(RT_TUPLE_GET_ITEM(kwnames, k)));
        start = args[nargs + k];
    }
    rt_object *it = rt_get_iter(args[0]);
    if (!it)
        return NULL;
    rt_object *acc = start ? rt_newref(start) : rt_int_from_i64(1), *x;
    while (acc && (x = rt_iter_next(it)) != NULL) {
        rt_object *r = rt_number_binop(acc, x, RT_NB_MUL);
        rt_decref(x);
        rt_decref(acc);
        acc = r;
    }
    rt_decref(it);
    if (acc && rt_err_occurred())
        RT_CLEAR(acc);
    return acc;
}

/* The Euclidean norm of vec[0..n) (absolute values, max the largest, not
 * an inf), as CPython 3.11's vector_norm computes it so that hypot() and
 * dist() round the same way: scaled by a power of two so the largest is in
 * [0.5, 1), squares kept exactly as double-length products (Dekker),
 * summed with their rounding errors, then one Newton correction of the
 * square root.  libm's two-argument hypot() rounds differently
 * (math.hypot(1, 1, 1) ** 2 is 2.9999999999999996 in CPython). */
typedef struct { double hi, lo; } dbl_len;

static dbl_len dl_split(double x)
{
    double t = x * 134217729.0;   /* Veltkamp: 2**27 + 1 */
    double hi = t - (t - x);
    return (dbl_len){ hi, x - hi };
}

static dbl_len dl_mul(double x, double y)
{
    dbl_len a = dl_split(x), b = dl_split(y);
    double p = a.hi * b.hi, q = a.hi * b.lo + a.lo * b.hi, z = p + q;
    return (dbl_len){ z, p - z + q + a.lo * b.lo };
}

static dbl_len dl_fast_sum(double a, double b)   /* |a| >= |b| */
{
    double x = a + b;
    return (dbl_len){ x, (a - x) + b };
}

static double vector_norm(intptr_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {   /* subnormals: ldexp(1, -max_e) would overflow */
        for (intptr_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, false);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (intptr_t i = 0; i < n; i++) {
        double x = vec[i] * scale;   /* exact: a power of two */
        dbl_len pr = dl_mul(x, x), sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    dbl_len pr = dl_mul(-h, h), sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    h += (csum - 1.0 + (frac1 + frac2)) / (2.0 * h);
    return h / scale;
}

/* Room for n coordinates: buf when they fit, else a block to free. */
static double *coords(intptr_t n, double *buf, size_t cap)
{
    if ((size_t)n <= cap)
        return buf;
    double *v = rt_mem_malloc((size_t)n * sizeof(double));
    if (!v)
        rt_err_no_memory();
    return v;
}

MF(math_hypot)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "hypot() takes no keyword arguments");
    double buf[16], *vec = coords(nargs, buf, 16), max = 0.0;
    if (!vec)
        return NULL;
    bool found_nan = false;
    rt_object *result = NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        double v;
        if (get_double(args[i], &v) < 0)
            goto done;
        v = fabs(v);
        vec[i] = v;
        found_nan |= isnan(v) != 0;
        if (v > max)
            max = v;
    }
    result = rt_float_from_double(vector_norm(nargs, vec, max, found_nan));
done:
    if (vec != buf)
        rt_mem_free(vec);
    return result;
}

MF(math_dist)
{
    (void)self;
    if (n_args("dist", 2, 2, nargs, kwnames) < 0)
        return NULL;
    /* both points become tuples first (CPython's order of errors) */
    rt_object *p = rt_tuple_check(args[0]) ? rt_newref(args[0]) : rt_tuple_from_iterable(args[0]);
    rt_object *q = !p ? NULL : rt_tuple_check(args[1]) ? rt_newref(args[1]) : rt_tuple_from_iterable(args[1]);
    rt_object *result = NULL;
    double buf[16], *vec = NULL, max = 0.0;
    bool found_nan = false;
    if (!q)
        goto done;
    intptr_t n = RT_SIZE(p);
    if (RT_SIZE(q) != n) {
        rt_err_set_string(&rt_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (!(vec = coords(n, buf, 16)))
        goto done;
    for (intptr_t i = 0; i < n; i++) {
        double x = 0, y = 0;
        if (get_double(RT_TUPLE_GET_ITEM(p, i), &x) < 0 || get_double(RT_TUPLE_GET_ITEM(q, i), &y) < 0)
            goto done;
        double d = fabs(x - y);
        vec[i] = d;
        found_nan |= isnan(d) != 0;
        if (d > max)
            max = d;
    }
    result = rt_float_from_double(vector_norm(n, vec, max, found_nan));
done:
    if (vec && vec != buf)
        rt_mem_free(vec);
    RT_XDECREF(p);
    RT_XDECREF(q);
    return result;
}

#define D(name) { #name, math_##name, RT_METH_FASTCALL, NULL }
RT_NOSCAN static rt_method_def math_defs[] = {
    D(sqrt), D(exp), D(expm1), D(sin), D(cos), D(tan), D(asin), D(acos), D(atan), D(sinh),
    D(cosh), D(tanh), D(asinh), D(acosh), D(atanh), D(fabs), D(log1p), D(cbrt), D(exp2), D(erf), D(erfc),
    D(gamma), D(lgamma), D(degrees), D(radians), D(log), D(log2), D(log10), D(floor),
    D(ceil), D(trunc), D(atan2), D(copysign), D(fmod), D(remainder), D(pow), D(ldexp), D(frexp), D(modf),
    D(isfinite), D(isinf), D(isnan), D(isclose), D(gcd), D(lcm), D(factorial), D(comb),
    D(perm), D(isqrt), D(fsum), D(prod), D(hypot), D(dist), D(nextafter), D(ulp),
    { NULL, NULL, 0, NULL },
};

int vm_mod_math_init(void)
{
    rt_object *m = vm_add_builtin_module("math", math_defs);
    if (!m)
        return -1;
    static const struct { const char *name; double v; } consts[] = {
        { "pi", M_PI }, { "e", M_E }, { "tau", 2 * M_PI }, { "inf", INFINITY }, { "nan", NAN },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        rt_object *f = rt_float_from_double(consts[i].v);
        if (!f || rt_setattr_str(m, consts[i].name, f) < 0) {
            RT_XDECREF(f);
            return -1;
        }
        rt_decref(f);
    }
    return 0;
}

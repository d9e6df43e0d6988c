/*
 * float.c -- the float type: IEEE doubles printed, hashed, compared and
 * divided exactly as CPython 3.11 does it.
 *
 * Invariants kept here:
 *   - repr(x) is the shortest decimal text that reads back as x, laid out
 *     as CPython's 'r' format: positional when the decimal exponent is in
 *     (-4, 16], else scientific with a two-digit-minimum exponent, and
 *     always with a '.0' or an exponent so it never reads back as an int;
 *   - hash(x) == hash(int(x)) whenever x is integral (the Mersenne-prime
 *     reduction shared with int.c), which dicts mixing 1 and 1.0 rely on;
 *   - comparisons with ints are exact, never through a lossy conversion of
 *     a large int to double.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/alloc.h"
#include "runtime/gchead.h"
#include "runtime/bytes.h"

/* CPython 3.11's float free list (float.h, gchead.h). */
rt_float *rt_float_free;
int rt_float_nfree;
_Static_assert(sizeof(rt_float *) <= sizeof(double), "the free list links through the value");

rt_object *rt_float_from_double(double v)
{
    rt_float *f = rt_float_free;
    if (f) {
        memcpy(&rt_float_free, &f->value, sizeof rt_float_free);
        rt_float_nfree--;
        RT_OBJ(f)->refcnt = 1;
    } else if (!(f = (rt_float *)rt_object_new_pointer_free_unzeroed(&rt_float_type))) {
        return NULL;
    }
    f->value = v;
    return RT_OBJ(f);
}

static void float_dealloc(rt_object *o)
{
    if (rt_float_free_listable() && o->type == &rt_float_type) {   /* a full list fails first */
        rt_float_free_push(o);
        return;
    }
    rt_object_free(o);
}

void rt_float_freelist_clear(void)
{
    while (rt_float_free) {
        rt_float *f = rt_float_free;
        memcpy(&rt_float_free, &f->value, sizeof rt_float_free);
        rt_object_free(RT_OBJ(f));
    }
    rt_float_nfree = 0;
}

double rt_float_as_double(rt_object *o)
{
    if (rt_float_check(o))
        return RT_FLOAT_VALUE(o);
    if (rt_int_check(o))
        return rt_int_as_double(o);
    if (o->type->as_number && o->type->as_number->float_) {
        rt_object *f = o->type->as_number->float_(o);
        if (!f)
            return -1.0;
        double v = rt_float_check(f) ? RT_FLOAT_VALUE(f) : -1.0;
        if (!rt_float_check(f))
            rt_err_format(&rt_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                          o->type->name, f->type->name);
        RT_DECREF(f);
        return v;
    }
    if (o->type->as_number && o->type->as_number->index) {
        /* CPython's PyFloat_AsDouble: __index__ when there is no __float__ */
        rt_object *i = rt_number_index(o);
        if (!i)
            return -1.0;
        double v = rt_int_as_double(i);
        RT_DECREF(i);
        return v;
    }
    rt_err_format(&rt_exc_TypeError, "must be real number, not %s", o->type->name);
    return -1.0;
}

/* ---- repr --------------------------------------------------------------- */

/* rt_float_format_repr is in float_repr.c. */

int rt_float_format_fixed(double a, int prec, char *buf)
{
    if (!(a >= 0 && a < 0x1p63) || prec < 0 || prec > 17)
        return -1;
    /* a = m * 2^e exactly, m < 2^53; a * 10^prec = m * 10^prec * 2^e, and
     * m * 10^prec < 2^110 fits in 128 bits: shift right by -e, rounding
     * the bits shifted out half to even. */
    int e;
    double f = frexp(a, &e);
    uint64_t m = (uint64_t)ldexp(f, 53);
    e -= 53;
    unsigned __int128 p10 = 1;
    for (int i = 0; i < prec; i++)
        p10 *= 10;
    unsigned __int128 q;
    if (e >= 0) {
        q = ((unsigned __int128)m << e) * p10;   /* a < 2^63: e <= 10 */
    } else {
        unsigned __int128 pm = (unsigned __int128)m * p10;
        int s = -e;
        if (s >= 120) {
            q = 0;   /* pm < 2^110 < half of 2^s: rounds down to 0 */
        } else {
            q = pm >> s;
            unsigned __int128 rem = pm & (((unsigned __int128)1 << s) - 1), half = (unsigned __int128)1 << (s - 1);
            if (rem > half || (rem == half && (q & 1)))
                q++;
        }
    }
    /* q < 2^63 * 10^17 < 10^37: at most 37 digits, then the point. */
    char rev[40];
    int nd = 0;
    uint64_t lo = (uint64_t)(q % 10000000000000000000u), hi = (uint64_t)(q / 10000000000000000000u);
    do {
        rev[nd++] = (char)('0' + lo % 10);
        lo /= 10;
    } while (lo || (hi && nd < 19));
    for (; hi; hi /= 10)
        rev[nd++] = (char)('0' + hi % 10);
    while (nd <= prec)
        rev[nd++] = '0';
    int n = 0;
    for (int i = nd - 1; i >= 0; i--) {
        buf[n++] = rev[i];
        if (i == prec && prec > 0)
            buf[n++] = '.';
    }
    buf[n] = '\0';
    return n;
}

static rt_object *float_repr(rt_object *o)
{
    char buf[48];
    return rt_str_from_cstr(rt_float_format_repr(RT_FLOAT_VALUE(o), buf, sizeof buf));
}

/* ---- hash --------------------------------------------------------------- */

intptr_t rt_float_hash_value(double v, rt_object *obj)
{
    const int bits = 61;
    const uint64_t modulus = ((uint64_t)1 << bits) - 1;
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? 314159 : -314159;
        return rt_hash_pointer(obj);   /* each nan is its own key (3.10+) */
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* Consume the mantissa 28 bits at a time, keeping x = (bits so far)
     * mod 2^61-1; multiplying by 2^28 mod a Mersenne prime is a rotation. */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & modulus) | x >> (bits - 28);
        m *= 268435456.0;   /* 2^28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= modulus)
            x -= modulus;
    }
    /* Scale by 2^e, again a rotation modulo 2^61-1. */
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & modulus) | x >> (bits - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : (intptr_t)h;
}

static intptr_t float_hash(rt_object *o) { return rt_float_hash_value(RT_FLOAT_VALUE(o), o); }

/* ---- comparison --------------------------------------------------------- */

/* -1, 0, 1, or 2 when unordered (nan). Exact for any int64. */
static int compare_double_int(double d, int64_t i)
{
    if (isnan(d))
        return 2;
    if (d >= 9223372036854775808.0)
        return 1;
    if (d < -9223372036854775808.0)
        return -1;
    const double exact = 9007199254740992.0;   /* 2^53 */
    if (i > -(int64_t)exact && i < (int64_t)exact) {
        double di = (double)i;
        return d < di ? -1 : d > di;
    }
    /* |i| >= 2^53 and d within int64 range: compare the integral part
     * exactly, then the fraction breaks ties. */
    double t = trunc(d);
    int64_t ti = (int64_t)t;
    if (ti != i)
        return ti < i ? -1 : 1;
    double frac = d - t;
    return frac < 0 ? -1 : frac > 0;
}

static rt_object *float_richcompare(rt_object *a, rt_object *b, int op)
{
    double x = RT_FLOAT_VALUE(a);
    int c;
    if (rt_float_check(b)) {
        double y = RT_FLOAT_VALUE(b);
        c = (isnan(x) || isnan(y)) ? 2 : x < y ? -1 : x > y;
    } else if (rt_int_check(b)) {
        if (rt_int_is_small(b)) {
            c = compare_double_int(x, RT_INT_VALUE(b));
        } else {
            c = rt_int_compare_double(b, x);
            c = c == 2 ? 2 : -c;
        }
    } else {
        return rt_newref(RT_NOTIMPLEMENTED);
    }
    bool r;
    if (c == 2)
        r = op == RT_NE;
    else {
        switch (op) {
        case RT_LT: r = c < 0; break;
        case RT_LE: r = c <= 0; break;
        case RT_EQ: r = c == 0; break;
        case RT_NE: r = c != 0; break;
        case RT_GT: r = c > 0; break;
        default:    r = c >= 0; break;
        }
    }
    return rt_bool_from(r);
}

/* ---- arithmetic ----------------------------------------------------------- */

/* Operands of a float slot: floats or ints, in source order. */
#define CONVERT(o, d) \
    do { \
        if (rt_float_check(o)) d = RT_FLOAT_VALUE(o); \
        else if (rt_int_check(o)) { \
            d = rt_int_as_double(o); \
            if (d == -1.0 && rt_err_occurred()) return NULL; \
        } \
        else return rt_newref(RT_NOTIMPLEMENTED); \
    } while (0)

static rt_object *float_add(rt_object *a, rt_object *b) { double x, y; CONVERT(a, x); CONVERT(b, y); return rt_float_from_double(x + y); }
static rt_object *float_sub(rt_object *a, rt_object *b) { double x, y; CONVERT(a, x); CONVERT(b, y); return rt_float_from_double(x - y); }
static rt_object *float_mul(rt_object *a, rt_object *b) { double x, y; CONVERT(a, x); CONVERT(b, y); return rt_float_from_double(x * y); }

static rt_object *float_truediv(rt_object *a, rt_object *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float division by zero");
    return rt_float_from_double(x / y);
}

/* Python's divmod for floats: the remainder takes the divisor's sign and
 * the quotient is the float nearest to the true floor. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static rt_object *float_floordiv(rt_object *a, rt_object *b)
{
    double x, y, q, m;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float floor division by zero");
    float_divmod(x, y, &q, &m);
    return rt_float_from_double(q);
}

static rt_object *float_divmod_m(rt_object *a, rt_object *b)
{
    double x, y, q, m;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float divmod()");
    float_divmod(x, y, &q, &m);
    rt_object *qo = rt_float_from_double(q), *mo = qo ? rt_float_from_double(m) : NULL;
    if (!mo) {
        RT_XDECREF(qo);
        return NULL;
    }
    return rt_tuple_pair_steal(qo, mo);
}

static rt_object *float_mod(rt_object *a, rt_object *b)
{
    double x, y, q, m;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float modulo");
    float_divmod(x, y, &q, &m);
    return rt_float_from_double(m);
}

rt_object *rt_float_pow_values(double iv, double iw)
{
    if (iw == 0.0)
        return rt_float_from_double(1.0);
    if (isnan(iv))
        return rt_float_from_double(iv);
    if (isnan(iw))
        return rt_float_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        double a = fabs(iv);
        if (a == 1.0)
            return rt_float_from_double(1.0);
        return rt_float_from_double((iw > 0) == (a > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(iv))
        return rt_float_from_double(pow(iv, iw));
    if (iv == 0.0) {
        if (iw < 0.0)
            return rt_err_set_string(&rt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return rt_float_from_double(pow(iv, iw));
    }
    /* a negative number to a fractional power is complex, as CPython's
     * float_pow gives it (math.pow keeps its ValueError: it does not come
     * here) */
    if (iv < 0.0 && iw != floor(iw))
        return rt_complex_pow_values(iv, 0.0, iw, 0.0);
    errno = 0;
    double r = pow(iv, iw);
    if (isinf(r))
        return rt_err_set_string(&rt_exc_OverflowError, "(34, 'Numerical result out of range')");
    return rt_float_from_double(r);
}

static rt_object *float_pow(rt_object *a, rt_object *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return rt_float_pow_values(x, y);
}

static rt_object *float_negative(rt_object *a) { return rt_float_from_double(-RT_FLOAT_VALUE(a)); }
static rt_object *float_positive(rt_object *a) { return rt_float_from_double(RT_FLOAT_VALUE(a)); }
static rt_object *float_absolute(rt_object *a) { return rt_float_from_double(fabs(RT_FLOAT_VALUE(a))); }
static int float_bool(rt_object *a) { return RT_FLOAT_VALUE(a) != 0.0; }
static rt_object *float_int(rt_object *a) { return rt_int_from_double(RT_FLOAT_VALUE(a)); }
static rt_object *float_float(rt_object *a)
{
    return rt_float_check_exact(a) ? rt_newref(a) : rt_float_from_double(RT_FLOAT_VALUE(a));
}

static rt_number_methods float_as_number = {
    .add = float_add, .subtract = float_sub, .multiply = float_mul, .remainder = float_mod,
    .power = float_pow, .floor_divide = float_floordiv, .true_divide = float_truediv,
    .negative = float_negative, .positive = float_positive, .absolute = float_absolute,
    .bool_ = float_bool, .int_ = float_int, .float_ = float_float, .divmod = float_divmod_m,
};

/* ---- construction ------------------------------------------------------- */

static rt_object *cannot_convert(const char *s, intptr_t len, rt_object *shown)
{
    rt_object *text = shown ? rt_newref(shown) : rt_str_from_bytes(s, len);
    if (!text)
        return NULL;
    rt_err_format(&rt_exc_ValueError, "could not convert string to float: %R", text);
    RT_DECREF(text);
    return NULL;
}

rt_object *rt_float_from_text(const char *s, intptr_t len, rt_object *shown)
{
    const char *p = s, *end = s + len;
    rt_text_strip(&p, &end);
    /* Copy without underscores, which are allowed only between digits. */
    char small[64];
    size_t n = (size_t)(end - p);
    char *buf = n < sizeof small ? small : rt_mem_malloc_atomic(n + 1);
    if (!buf)
        return rt_err_no_memory();
    size_t k = 0;
    bool bad = n == 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q + 1 == end || !isdigit((unsigned char)q[-1]) || !isdigit((unsigned char)q[1]))
                bad = true;
            continue;
        }
        buf[k++] = *q;
    }
    buf[k] = '\0';
    double v = 0.0;
    if (!bad) {
        const char *t = buf;
        bool neg = false;
        if (*t == '+' || *t == '-')
            neg = *t++ == '-';
        if (strcasecmp(t, "inf") == 0 || strcasecmp(t, "infinity") == 0)
            v = neg ? -INFINITY : INFINITY;
        else if (strcasecmp(t, "nan") == 0)
            v = neg ? -NAN : NAN;
        else if (!isdigit((unsigned char)*t) && *t != '.')
            bad = true;   /* strtod would also take "0x1p3", "infinit"... */
        else {
            char *stop;
            v = strtod(buf, &stop);
            if (*stop || strpbrk(buf, "xXpP"))
                bad = true;
        }
    }
    if (buf != small)
        rt_mem_free(buf);
    if (bad)
        return cannot_convert(s, len, shown);
    return rt_float_from_double(v);
}

rt_object *rt_float_from_string(const char *s, intptr_t len)
{
    return rt_float_from_text(s, len, NULL);
}

static rt_object *float_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "float expected at most 1 argument, got %ld", (long)n);
    if (n == 1 && t == &rt_float_type && rt_float_check_exact(args[0]))
        return rt_newref(args[0]);   /* float(x) of a float is x, as CPython's */
    rt_object *r;
    if (n == 0) {
        r = rt_float_from_double(0.0);
    } else {
        rt_object *x = args[0];
        rt_number_methods *own = x->type->flags & RT_TPFLAGS_HEAPTYPE ? x->type->as_number : NULL;
        if (own && own->float_ && (rt_float_check(x) || rt_int_check(x))
            && own->float_ != rt_float_type.as_number->float_ && own->float_ != rt_int_type.as_number->float_) {
            /* a float or int subclass whose class defines __float__: CPython's
             * nb_float comes before the value it holds */
            rt_object *f = own->float_(x);
            if (!f)
                return NULL;
            if (!rt_float_check(f)) {
                rt_err_format(&rt_exc_TypeError, "%s.__float__ returned non-float (type %s)", x->type->name,
                              f->type->name);
                RT_DECREF(f);
                return NULL;
            }
            r = rt_float_from_double(RT_FLOAT_VALUE(f));
            RT_DECREF(f);
        } else if (rt_str_check(x)) {
            r = rt_float_from_str(x);
        } else if (rt_byteslike_check(x)) {
            /* float(b'1.5'): the bytes as ASCII text, the object in the error */
            r = rt_float_from_text(rt_byteslike_data(x), RT_SIZE(x), x);
        } else if (rt_float_check(x) || rt_int_check(x)
                   || (x->type->as_number && (x->type->as_number->float_ || x->type->as_number->index))) {
            double v = rt_float_as_double(x);
            if (v == -1.0 && rt_err_occurred())
                return NULL;
            r = rt_float_from_double(v);
        } else {
            return rt_err_format(&rt_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                                 x->type->name);
        }
    }
    if (!r || t == &rt_float_type)
        return r;
    rt_float *o = (rt_float *)rt_object_new(t);
    if (o) {
        o->value = RT_FLOAT_VALUE(r);
        if (rt_type_is_gc(t))
            rt_gc_track(RT_OBJ(o));
    }
    RT_DECREF(r);
    return RT_OBJ(o);
}

static rt_object *float_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "float() takes no keyword arguments");
    return float_vectorcall(t, RT_TUPLE_ITEMS(args), RT_SIZE(args));
}

RT_NOSCAN_TYPE rt_type rt_float_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "float",
    .basicsize = sizeof(rt_float),
    .flags = RT_TPFLAGS_BASETYPE | RT_TPFLAGS_PLAIN_DEALLOC | RT_TPFLAGS_MATCH_SELF,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .as_number = &float_as_number,
    .methods = rt_float_methods,
    .getsets = rt_float_getsets,
    .new_ = float_new,
    .vectorcall = float_vectorcall,
};

int rt_float_init(void) { return rt_type_ready(&rt_float_type); }

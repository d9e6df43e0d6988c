/*
 * int.c -- the int type: Python's unbounded integers with the semantics
 * CPython gives them (floor division, modulo sign, shifts, hashing, true
 * division to float, text conversions), answered from 64-bit arithmetic
 * while operands and results are small (int.h) and by bigint.c otherwise.
 *
 * Invariants kept here:
 *   - no 64-bit operation ever wraps: every +, -, *, <<, ** is checked
 *     (__builtin_*_overflow or 128-bit arithmetic) and falls back to
 *     bigint.c on overflow;
 *   - values -5..256 are the immortal cached objects (rt_int_from_i64),
 *     and rt_int_from_i64(INT64_MIN) builds the big layout;
 *   - hash(v) equals CPython's hash of the same integer (reduction modulo
 *     the Mersenne prime 2^61-1, sign kept, -1 mapped to -2), so that
 *     dict/set iteration orders built from the same keys match.
 *
 * Number slots receive their operands in source order (CPython's
 * convention): each checks that both are ints and returns NotImplemented
 * otherwise, so `1 + 2.0` reaches float's slot via rt_number_binop.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/int.h"
#include "runtime/bigint.h"
#include "runtime/float.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/dict.h"
#include "runtime/tuple.h"

#define SMALL_NEG RT_INT_SMALL_NEG      /* CPython's cache: -5 .. 256 */
#define SMALL_POS RT_INT_SMALL_POS
RT_NOSCAN rt_int rt_int_small_cache[SMALL_NEG + SMALL_POS];   /* pointers to rt_int_type only */

/* -2^63: the one int64 kept in the big layout (out of line, so that
 * rt_int_from_i64 needs no stack frame). */
static __attribute__((noinline)) rt_object *int_min(void)
{
    uint32_t m[2] = { 0, 0x80000000u };
    return rt_int_from_limbs(m, 2, true);
}

rt_object *rt_int_from_i64(int64_t v)
{
    if (v >= -SMALL_NEG && v < SMALL_POS) {
        rt_int *s = &rt_int_small_cache[v + SMALL_NEG];
        RT_INCREF(s);
        return RT_OBJ(s);
    }
    return rt_int_from_i64_uncached(v);
}

rt_object *rt_int_from_i64_uncached(int64_t v)
{
    if (__builtin_expect(v == RT_INT_BIG, 0))
        return int_min();
    rt_int *o = (rt_int *)rt_object_new_pointer_free_unzeroed(&rt_int_type);
    if (o)
        o->value = v;
    return RT_OBJ(o);
}

static rt_object *too_large(void)
{
    return rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C ssize_t");
}

bool rt_int_is_i64_min(rt_object *o)
{
    if (rt_int_is_small(o))
        return false;
    rt_int_view v;
    rt_int_view_of(o, &v);
    return v.neg && v.n == 2 && v.d[0] == 0 && v.d[1] == 0x80000000u;
}

int64_t rt_int_as_i64(rt_object *o)
{
    if (rt_int_check(o)) {
        if (rt_int_is_small(o))
            return RT_INT_VALUE(o);
        too_large();
        return -1;
    }
    rt_object *i = rt_number_index(o);
    if (!i)
        return -1;
    int64_t v = RT_INT_VALUE(i);
    RT_DECREF(i);
    if (v == RT_INT_BIG) {
        too_large();
        return -1;
    }
    return v;
}

int64_t rt_int_as_i64_clamped(rt_object *o)
{
    if (rt_int_check(o) && !rt_int_is_small(o))
        return rt_int_sign(o) < 0 ? INT64_MIN : INT64_MAX;
    return rt_int_as_i64(o);
}

intptr_t rt_int_hash_value(int64_t v)
{
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    if (v > -(int64_t)modulus && v < (int64_t)modulus)   /* no division */
        return v == -1 ? -2 : (intptr_t)v;
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(mag % modulus);
    if (v < 0)
        h = -h;
    return h == -1 ? -2 : (intptr_t)h;
}

/* the slot (a bool, an int subclass, rt_hash): a small value without the
 * two calls of rt_int_hash */
static intptr_t int_hash(rt_object *o)
{
    return rt_int_is_small(o) ? rt_int_hash_fast(RT_INT_VALUE(o)) : rt_int_hash(o);
}

rt_object *rt_int_repr(rt_object *o)
{
    int64_t v = RT_INT_VALUE(o);
    if (v == RT_INT_BIG) {
        rt_object *m = rt_int_format_magnitude(o, 10);
        if (!m || rt_int_sign(o) > 0)
            return m;
        rt_object *minus = rt_str_from_bytes("-", 1);
        rt_object *r = minus ? rt_str_concat(minus, m) : NULL;
        rt_xdecref(minus);
        RT_DECREF(m);
        return r;
    }
    /* Digits by hand: snprintf's format machinery cost ten times the
     * conversion (11% of dict_str_churn, which calls str() on ints). */
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char buf[24];   /* 20 digits of 2^64 and a sign */
    char *p = buf + sizeof buf;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    /* a new object even for one digit: CPython's str(5) is not cached */
    return rt_str_fresh_ascii(p, (intptr_t)(buf + sizeof buf - p));
}

static rt_object *int_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_int_check(a) || !rt_int_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    int c = rt_int_compare(a, b);
    bool r = false;
    switch (op) {
    case RT_LT: r = c < 0; break;
    case RT_LE: r = c <= 0; break;
    case RT_EQ: r = c == 0; break;
    case RT_NE: r = c != 0; break;
    case RT_GT: r = c > 0; break;
    case RT_GE: r = c >= 0; break;
    }
    return rt_bool_from(r);
}

/* ---- arithmetic ---------------------------------------------------------- */

/* Each slot answers from the 64-bit values when both operands are small
 * and the result fits, and otherwise from bigint.c. */
#define BOTH_INTS(a, b) \
    do { if (!rt_int_check(a) || !rt_int_check(b)) return rt_newref(RT_NOTIMPLEMENTED); } while (0)
#define SMALL2(a, b) (rt_int_is_small(a) && rt_int_is_small(b))
#define X RT_INT_VALUE(a)
#define Y RT_INT_VALUE(b)

static rt_object *int_add(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (SMALL2(a, b) && !__builtin_add_overflow(X, Y, &r))
        return rt_int_from_i64(r);
    return rt_int_add(a, b);
}

static rt_object *int_sub(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (SMALL2(a, b) && !__builtin_sub_overflow(X, Y, &r))
        return rt_int_from_i64(r);
    return rt_int_sub(a, b);
}

static rt_object *int_mul(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (SMALL2(a, b) && !__builtin_mul_overflow(X, Y, &r))
        return rt_int_from_i64(r);
    return rt_int_mul(a, b);
}

static rt_object *int_floordiv(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    if (rt_int_sign(b) == 0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "integer division or modulo by zero");
    if (SMALL2(a, b)) {   /* no INT64_MIN among small values: x / -1 fits */
        int64_t x = X, y = Y;
        int64_t q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0)))
            q--;   /* C truncates toward zero; Python floors */
        return rt_int_from_i64(q);
    }
    rt_object *q;
    return rt_int_divmod(a, b, &q, NULL) < 0 ? NULL : q;
}

static rt_object *int_mod(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    if (rt_int_sign(b) == 0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "integer modulo by zero");
    if (SMALL2(a, b)) {
        int64_t x = X, y = Y;
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;   /* the result takes the divisor's sign */
        return rt_int_from_i64(r);
    }
    rt_object *r;
    return rt_int_divmod(a, b, NULL, &r) < 0 ? NULL : r;
}

/* int / int, correctly rounded as CPython's: exact when both operands fit
 * a double's 53-bit mantissa (the common case); otherwise an integer
 * quotient of at least 56 bits plus a sticky bit for a non-zero remainder
 * is rounded once, by the int128 -> double conversion (bigint.c for big
 * operands). */
static rt_object *int_truediv(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    if (rt_int_sign(b) == 0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "division by zero");
    if (!SMALL2(a, b)) {
        if (rt_int_sign(a) == 0)
            return rt_float_from_double(rt_int_sign(b) < 0 ? -0.0 : 0.0);
        return rt_int_truediv_big(a, b);
    }
    int64_t x = X, y = Y;
    const int64_t exact = (int64_t)1 << 53;
    if (x > -exact && x < exact && y > -exact && y < exact)
        return rt_float_from_double((double)x / (double)y);
    bool neg = (x < 0) != (y < 0);
    uint64_t ux = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    uint64_t uy = y < 0 ? (uint64_t)0 - (uint64_t)y : (uint64_t)y;
    if (ux == 0)
        return rt_float_from_double(neg ? -0.0 : 0.0);
    int bx = 64 - __builtin_clzll(ux), by = 64 - __builtin_clzll(uy);
    int k = 56 + by - bx;          /* shift so the quotient has >= 56 bits */
    if (k < 0)
        k = 0;
    unsigned __int128 num = (unsigned __int128)ux << k;   /* < 2^120 */
    unsigned __int128 q = num / uy;
    if (num % uy)
        q |= 1;                    /* sticky: below the rounding position */
    double r = ldexp((double)q, -k);
    return rt_float_from_double(neg ? -r : r);
}

/* base ** e for e >= 0 by squaring; 64-bit while it fits */
static rt_object *pow_nonneg(rt_object *a, rt_object *b)
{
    if (!rt_int_is_small(b)) {
        /* only 0, 1 and -1 have a power this large that fits memory */
        if (rt_int_is_small(a) && X >= -1 && X <= 1)
            return rt_int_from_i64(X == -1 && (rt_int_big_of(b)->limbs[0] & 1) ? -1 : X == -1 ? 1 : X);
        return rt_err_no_memory();
    }
    int64_t e = Y;
    if (rt_int_is_small(a)) {
        int64_t base = X, result = 1;
        bool ok = true;
        for (int64_t k = e; k > 0 && ok;) {
            if ((k & 1) && __builtin_mul_overflow(result, base, &result))
                ok = false;
            k >>= 1;
            if (k > 0 && __builtin_mul_overflow(base, base, &base))
                ok = false;
        }
        if (ok)
            return rt_int_from_i64(result);
    }
    if (e == 0)
        return rt_int_from_i64(1);
    if (rt_int_is_small(a) && X == 0)
        return rt_int_from_i64(0);
    return rt_int_pow_big(a, e);
}

static rt_object *int_pow(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    if (rt_int_sign(b) >= 0)
        return pow_nonneg(a, b);
    double x = rt_int_as_double(a), y = rt_int_as_double(b);
    if ((x == -1.0 || y == -1.0) && rt_err_occurred())
        return NULL;
    return rt_float_pow_values(x, y);
}

/* pow(a, e, m): modular exponentiation; a negative e uses the inverse of a
 * modulo m (Python 3.8+). */
rt_object *rt_int_powmod(rt_object *a, rt_object *e, rt_object *m)
{
    if (rt_int_sign(m) == 0)
        return rt_err_set_string(&rt_exc_ValueError, "pow() 3rd argument cannot be 0");
    rt_object *base = NULL, *r = NULL, *exp = NULL, *t;
    if (rt_int_divmod(a, m, NULL, &base) < 0)
        return NULL;
    if (rt_int_sign(e) < 0) {
        /* extended Euclid: the inverse of base modulo |m| */
        rt_object *rr = rt_int_sign(m) < 0 ? rt_int_negate(m) : rt_newref(m), *old_r = NULL;
        if (!rr || rt_int_divmod(base, rr, NULL, &old_r) < 0) {
            rt_xdecref(rr);
            RT_DECREF(base);
            return NULL;
        }
        rt_object *old_s = rt_int_from_i64(1), *s = rt_int_from_i64(0);
        while (rr && rt_int_sign(rr) != 0) {
            rt_object *q, *rem;
            if (rt_int_divmod(old_r, rr, &q, &rem) < 0)
                break;
            rt_object *qs = rt_int_mul(q, s), *ns = qs ? rt_int_sub(old_s, qs) : NULL;
            rt_xdecref(qs);
            RT_DECREF(q);
            RT_DECREF(old_r);
            old_r = rr;
            rr = rem;
            RT_DECREF(old_s);
            old_s = s;
            s = ns;
            if (!s)
                break;
        }
        bool ok = rr && s && rt_int_sign(rr) == 0;
        bool unit = ok && rt_int_is_small(old_r) && RT_INT_VALUE(old_r) == 1;
        rt_xdecref(rr);
        rt_xdecref(s);
        RT_DECREF(old_r);
        RT_DECREF(base);
        base = old_s;
        if (!ok) {
            RT_DECREF(base);
            return NULL;
        }
        if (!unit) {
            RT_DECREF(base);
            return rt_err_set_string(&rt_exc_ValueError, "base is not invertible for the given modulus");
        }
        exp = rt_int_negate(e);
        t = base;   /* the inverse from Euclid may be negative or >= m */
        if (!exp || rt_int_divmod(t, m, NULL, &base) < 0)
            base = NULL;
        RT_DECREF(t);
        if (!base) {
            rt_xdecref(exp);
            return NULL;
        }
    } else {
        exp = rt_newref(e);
    }
    if (exp && rt_int_sign(m) > 0) {
        r = rt_int_powmod_pos(base, exp, m);
        RT_DECREF(exp);
        RT_DECREF(base);
        return r;
    }
    r = rt_int_from_i64(1);
    int64_t nbits = exp ? rt_int_bit_length(exp) : 0;
    rt_int_view ev;
    if (exp)
        rt_int_view_of(exp, &ev);
    for (int64_t i = nbits - 1; r && i >= 0; i--) {
        t = rt_int_mul(r, r);
        RT_DECREF(r);
        r = NULL;
        if (t && rt_int_divmod(t, m, NULL, &r) < 0)
            r = NULL;
        rt_xdecref(t);
        if (r && ((ev.d[i / 32] >> (i % 32)) & 1)) {
            t = rt_int_mul(r, base);
            RT_DECREF(r);
            r = NULL;
            if (t && rt_int_divmod(t, m, NULL, &r) < 0)
                r = NULL;
            rt_xdecref(t);
        }
    }
    if (r) {   /* pow(x, 0, 1) is 0: reduce once more */
        t = r;
        if (rt_int_divmod(t, m, NULL, &r) < 0)
            r = NULL;
        RT_DECREF(t);
    }
    rt_xdecref(exp);
    rt_xdecref(base);
    return r;
}

static rt_object *shift_count(rt_object *b, int64_t *s)
{
    if (rt_int_sign(b) < 0)
        return rt_err_set_string(&rt_exc_ValueError, "negative shift count");
    *s = rt_int_is_small(b) ? RT_INT_VALUE(b) : INT64_MAX;
    return RT_NONE;
}

static rt_object *int_lshift(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t s = 0;
    if (!shift_count(b, &s))
        return NULL;
    if (rt_int_sign(a) == 0)
        return rt_int_from_i64(0);
    if (rt_int_is_small(a) && s < 64) {
        __int128 r = (__int128)X * ((__int128)1 << s);
        if (r <= INT64_MAX && r > INT64_MIN)
            return rt_int_from_i64((int64_t)r);
    }
    if (s == INT64_MAX)
        return rt_err_set_string(&rt_exc_OverflowError, "too many digits in integer");
    return rt_int_lshift_big(a, s);
}

static rt_object *int_rshift(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    if (SMALL2(a, b) && Y >= 0 && Y < 64)
        return rt_int_from_i64(X >> Y);   /* gcc: arithmetic shift = floor */
    int64_t s = 0;
    if (!shift_count(b, &s))
        return NULL;
    if (rt_int_is_small(a)) {
        int64_t x = X;
        if (s >= 64)
            return rt_int_from_i64(x < 0 ? -1 : 0);
        return rt_int_from_i64(x >> s);   /* gcc: arithmetic shift = floor */
    }
    return rt_int_rshift_big(a, s);
}

static rt_object *int_and(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    return SMALL2(a, b) ? rt_int_from_i64(X & Y) : rt_int_bitop_big(a, b, '&');
}

static rt_object *int_xor(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    return SMALL2(a, b) ? rt_int_from_i64(X ^ Y) : rt_int_bitop_big(a, b, '^');
}

static rt_object *int_or(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    return SMALL2(a, b) ? rt_int_from_i64(X | Y) : rt_int_bitop_big(a, b, '|');
}

#undef X
#undef Y

static rt_object *int_negative(rt_object *a)
{
    int64_t v = RT_INT_VALUE(a);
    return v == RT_INT_BIG ? rt_int_negate(a) : rt_int_from_i64(-v);
}

static rt_object *int_positive(rt_object *a)
{
    return rt_int_exact(a);
}

static rt_object *int_absolute(rt_object *a)
{
    if (rt_int_sign(a) < 0)
        return int_negative(a);
    return int_positive(a);
}

static rt_object *int_invert(rt_object *a)
{
    int64_t v = RT_INT_VALUE(a);
    if (v != RT_INT_BIG && v != INT64_MAX)
        return rt_int_from_i64(~v);
    rt_object *one = rt_int_from_i64(1), *s = rt_int_add(a, one);   /* ~a == -(a + 1) */
    RT_DECREF(one);
    if (!s)
        return NULL;
    rt_object *r = rt_int_negate(s);
    RT_DECREF(s);
    return r;
}

static int int_bool(rt_object *a) { return RT_INT_VALUE(a) != 0; }

static rt_object *int_float(rt_object *a)
{
    double d = rt_int_as_double(a);
    if (d == -1.0 && rt_err_occurred())
        return NULL;
    return rt_float_from_double(d);
}

static rt_object *int_divmod(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    if (rt_int_sign(b) == 0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "integer division or modulo by zero");
    rt_object *q, *r;
    if (SMALL2(a, b)) {   /* as int_floordiv and int_mod */
        int64_t x = RT_INT_VALUE(a), y = RT_INT_VALUE(b);
        int64_t qv = x / y, rv = x % y;
        if (rv != 0 && ((rv < 0) != (y < 0))) {
            qv--;
            rv += y;
        }
        q = rt_int_from_i64(qv);
        r = q ? rt_int_from_i64(rv) : NULL;
        if (!r) {
            RT_XDECREF(q);
            return NULL;
        }
    } else if (rt_int_divmod(a, b, &q, &r) < 0) {
        return NULL;
    }
    return rt_tuple_pair_steal(q, r);
}

static rt_number_methods int_as_number = {
    .add = int_add, .subtract = int_sub, .multiply = int_mul, .remainder = int_mod,
    .power = int_pow, .floor_divide = int_floordiv, .true_divide = int_truediv,
    .lshift = int_lshift, .rshift = int_rshift, .and_ = int_and, .xor_ = int_xor, .or_ = int_or,
    .negative = int_negative, .positive = int_positive, .absolute = int_absolute,
    .invert = int_invert, .bool_ = int_bool, .int_ = int_positive, .float_ = int_float,
    .index = int_positive, .divmod = int_divmod,
};

/* ---- conversions --------------------------------------------------------- */

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 99;
}

static rt_object *invalid_literal(const char *s, intptr_t len, int base, rt_object *shown)
{
    rt_object *text = shown ? rt_newref(shown) : rt_str_from_bytes(s, len);
    if (!text)
        return NULL;
    rt_err_format(&rt_exc_ValueError, "invalid literal for int() with base %d: %R", base, text);
    RT_DECREF(text);
    return NULL;
}

rt_object *rt_int_from_text(const char *s, intptr_t len, int base, rt_object *shown)
{
    if (base != 0 && (base < 2 || base > 36))
        return rt_err_set_string(&rt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *p = s, *end = s + len;
    rt_text_strip(&p, &end);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    int b = base;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        int c = tolower((unsigned char)p[1]);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            p += 2;
            prefixed = true;
        }
    }
    if (b == 0) {
        b = 10;
        /* base 0 follows the literal syntax: no leading zeros ("010"). */
        const char *q = p;
        while (q < end && (*q == '0' || *q == '_'))
            q++;
        if (p < end && *p == '0' && q < end)
            return invalid_literal(s, len, base, shown);
    }
    if (p == end)
        return invalid_literal(s, len, base, shown);
    /* digit values first (syntax checked), then the value */
    unsigned char small[32], *dv = small;
    if (end - p > (intptr_t)sizeof small && !(dv = malloc((size_t)(end - p))))
        return rt_err_no_memory();
    intptr_t nd = 0;
    bool last_underscore = prefixed;   /* "0x_1" is valid */
    rt_object *r = NULL;
    for (; p < end; p++) {
        if (*p == '_') {
            if (last_underscore && nd > 0)
                break;
            if (nd == 0 && !prefixed)
                break;
            last_underscore = true;
            continue;
        }
        int d = digit_value((unsigned char)*p);
        if (d >= b)
            break;
        dv[nd++] = (unsigned char)d;
        last_underscore = false;
    }
    bool pow2 = (b & (b - 1)) == 0;
    if (!pow2 && rt_int_max_str_digits > 0 && nd > rt_int_max_str_digits)
        rt_err_format(&rt_exc_ValueError,
                      "Exceeds the limit (%ld digits) for integer string conversion: value has %ld digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long)rt_int_max_str_digits, (long)nd);
    else if (p < end || nd == 0 || last_underscore)
        invalid_literal(s, len, base, shown);
    else if (nd <= 12) {   /* 36^12 < 2^63 */
        int64_t v = 0;
        for (intptr_t k = 0; k < nd; k++)
            v = v * b + dv[k];
        r = rt_int_from_i64(neg ? -v : v);
    } else {
        r = rt_int_from_digit_values(dv, nd, b, neg);
    }
    if (dv != small)
        free(dv);
    return r;
}

rt_object *rt_int_from_string(const char *s, intptr_t len, int base)
{
    return rt_int_from_text(s, len, base, NULL);
}

/* int(b) of a bytes or bytearray: its text; CPython's ValueError shows it
 * as a bytes literal either way. */
static rt_object *int_from_byteslike(rt_object *x, int base)
{
    rt_object *shown = rt_bytes_check(x) ? rt_newref(x) : rt_bytes_from_data(rt_byteslike_data(x), RT_SIZE(x));
    rt_object *r = shown ? rt_int_from_text(rt_bytes_data(shown), RT_SIZE(shown), base, shown) : NULL;
    rt_xdecref(shown);
    return r;
}

static rt_object *int_from_object(rt_object *x)
{
    /* an int or float subclass whose class defines __int__: CPython's
     * nb_int comes before the value it holds */
    rt_number_methods *own = x->type->flags & RT_TPFLAGS_HEAPTYPE ? x->type->as_number : NULL;
    if (own && own->int_ && (rt_int_check(x) || rt_float_check(x))
        && own->int_ != rt_int_type.as_number->int_ && own->int_ != rt_float_type.as_number->int_) {
        rt_object *r = own->int_(x);
        if (r && !rt_int_check(r)) {
            rt_err_format(&rt_exc_TypeError, "__int__ returned non-int (type %s)", r->type->name);
            RT_CLEAR(r);
        }
        if (r && !rt_int_check_exact(r))
            RT_SETREF(r, rt_int_exact(r));
        return r;
    }
    if (rt_int_check(x))
        return rt_int_exact(x);
    if (rt_float_check(x))
        return rt_int_from_double(RT_FLOAT_VALUE(x));
    if (rt_str_check(x))
        return rt_int_from_str(x, 10);
    if (rt_byteslike_check(x))
        return int_from_byteslike(x, 10);
    rt_number_methods *nb = x->type->as_number;
    if (nb && (nb->int_ || nb->index)) {
        bool via_int = nb->int_ != NULL;
        rt_object *r = via_int ? nb->int_(x) : nb->index(x);
        if (r && !rt_int_check(r)) {
            rt_err_format(&rt_exc_TypeError, "%s returned non-int (type %s)", via_int ? "__int__" : "__index__",
                          r->type->name);
            RT_DECREF(r);
            return NULL;
        }
        /* a strict subclass (a bool) is copied to an exact int, as
         * CPython's PyNumber_Long (which also warns, not modelled) */
        if (r && !rt_int_check_exact(r))
            RT_SETREF(r, rt_int_exact(r));
        return r;
    }
    /* CPython 3.11 then delegates to a class's __trunc__ (deprecated, with
     * a DeprecationWarning not modelled): an Integral result via __index__ */
    if (x->type->flags & RT_TPFLAGS_HEAPTYPE) {
        rt_object *n = rt_str_intern_cstr("__trunc__");
        rt_object *m = n ? rt_type_lookup(x->type, n) : NULL;
        rt_xdecref(n);
        if (rt_err_occurred())
            return NULL;
        if (m) {
            rt_object *r = rt_call_method(x, "__trunc__", NULL, 0);
            if (!r || rt_int_check_exact(r))
                return r;
            if (rt_int_check(r)) {
                RT_SETREF(r, rt_int_exact(r));
                return r;
            }
            if (!r->type->as_number || !r->type->as_number->index) {
                rt_err_format(&rt_exc_TypeError, "__trunc__ returned non-Integral (type %s)", r->type->name);
                RT_DECREF(r);
                return NULL;
            }
            RT_SETREF(r, rt_number_index(r));
            if (r && !rt_int_check_exact(r))
                RT_SETREF(r, rt_int_exact(r));
            return r;
        }
    }
    return rt_err_format(&rt_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         x->type->name);
}

static rt_object *int_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    intptr_t n = RT_SIZE(args);
    rt_object *x = n > 0 ? RT_TUPLE_GET_ITEM(args, 0) : NULL;
    rt_object *base = n > 1 ? RT_TUPLE_GET_ITEM(args, 1) : NULL;
    static const char *const names[] = { "base", NULL };   /* x is positional-only */
    if (rt_clinic_kwtuple(&rt_int_type, "int", names, (kwargs && rt_dict_size(kwargs) > 0) || n > 2) < 0)
        return NULL;
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_object *kb = rt_dict_getitem_str(kwargs, "base");
        if (!kb || base || rt_dict_size(kwargs) > 1) {
            intptr_t pos = 0;
            rt_object *k, *v;
            while (rt_dict_next(kwargs, &pos, &k, &v))
                if (!rt_str_check(k) || !rt_str_eq_cstr(k, "base"))
                    return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for int()",
                                         rt_str_check(k) ? rt_str_data(k) : "?");
            return rt_err_format(&rt_exc_TypeError, "int() takes at most 2 arguments (%ld given)",
                                 (long)(n + rt_dict_size(kwargs)));
        }
        base = kb;
    }
    if (n > 2)
        return rt_err_format(&rt_exc_TypeError, "int() takes at most 2 arguments (%ld given)", (long)n);
    rt_object *r;
    if (!x) {
        if (base)
            return rt_err_set_string(&rt_exc_TypeError, "int() missing string argument");
        r = rt_int_from_i64(0);
    } else if (base) {
        if (!rt_str_check(x) && !rt_byteslike_check(x))
            return rt_err_set_string(&rt_exc_TypeError, "int() can't convert non-string with explicit base");
        intptr_t b;   /* PyNumber_AsSsize_t(base, NULL): clamped, then refused */
        if (rt_number_as_ssize_clamped(base, &b) < 0)
            return NULL;
        if (b != 0 && (b < 2 || b > 36))
            return rt_err_set_string(&rt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        r = rt_str_check(x) ? rt_int_from_str(x, (int)b) : int_from_byteslike(x, (int)b);
    } else {
        r = int_from_object(x);
    }
    if (!r || t == &rt_int_type)
        return r;
    /* A subclass (heap type): a fresh object of that type. */
    rt_object *o = rt_int_subclass_new(t, r);
    RT_DECREF(r);
    return o;
}

RT_NOSCAN_TYPE rt_type rt_int_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "int",
    .basicsize = sizeof(rt_int),
    .flags = RT_TPFLAGS_BASETYPE | RT_TPFLAGS_INT_SUBCLASS | RT_TPFLAGS_PLAIN_DEALLOC | RT_TPFLAGS_MATCH_SELF,
    .dealloc = rt_object_free,
    .repr = rt_int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .as_number = &int_as_number,
    .methods = rt_int_methods,
    .getsets = rt_int_getsets,
    .new_ = int_new,
};

int rt_int_init(void)
{
    for (int i = 0; i < SMALL_NEG + SMALL_POS; i++) {
        rt_int_small_cache[i].ob_base.refcnt = RT_IMMORTAL_REFCNT;
        rt_int_small_cache[i].ob_base.type = &rt_int_type;
        rt_int_small_cache[i].value = i - SMALL_NEG;
    }
    return rt_type_ready(&rt_int_type);
}

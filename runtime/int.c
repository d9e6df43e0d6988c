/*
 * int.c -- the int type: a signed 64-bit value, with Python's semantics
 * where they are defined (floor division, modulo sign, shifts, hashing,
 * true division to float) and OverflowError wherever CPython's unbounded
 * int would leave 64 bits.
 *
 * Invariants kept here:
 *   - no operation ever wraps: every +, -, *, <<, ** and negation of
 *     INT64_MIN is checked (__builtin_*_overflow or 128-bit arithmetic);
 *   - values -5..256 are the immortal cached objects (rt_int_from_i64);
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
#include <string.h>
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/dict.h"
#include "runtime/tuple.h"

#define SMALL_NEG 5      /* CPython's cache: -5 .. 256 */
#define SMALL_POS 257
static rt_int small_ints[SMALL_NEG + SMALL_POS];

static const char overflow_msg[] = "integer overflow: result does not fit in 64 bits";

static rt_object *overflow(void) { return rt_err_set_string(&rt_exc_OverflowError, overflow_msg); }

rt_object *rt_int_from_i64(int64_t v)
{
    if (v >= -SMALL_NEG && v < SMALL_POS) {
        rt_int *s = &small_ints[v + SMALL_NEG];
        RT_INCREF(s);
        return RT_OBJ(s);
    }
    rt_int *o = (rt_int *)rt_object_new_pointer_free(&rt_int_type);
    if (o)
        o->value = v;
    return RT_OBJ(o);
}

int64_t rt_int_as_i64(rt_object *o)
{
    if (rt_int_check(o))
        return RT_INT_VALUE(o);
    rt_object *i = rt_number_index(o);
    if (!i)
        return -1;
    int64_t v = RT_INT_VALUE(i);
    RT_DECREF(i);
    return v;
}

intptr_t rt_int_hash_value(int64_t v)
{
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(mag % modulus);
    if (v < 0)
        h = -h;
    return h == -1 ? -2 : (intptr_t)h;
}

static intptr_t int_hash(rt_object *o) { return rt_int_hash_value(RT_INT_VALUE(o)); }

rt_object *rt_int_repr(rt_object *o)
{
    /* Digits by hand: snprintf's format machinery cost ten times the
     * conversion (11% of dict_str_churn, which calls str() on ints). */
    int64_t v = RT_INT_VALUE(o);
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char buf[24];   /* 20 digits of 2^64 and a sign */
    char *p = buf + sizeof buf;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    return rt_str_from_bytes(p, (intptr_t)(buf + sizeof buf - p));
}

static rt_object *int_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_int_check(a) || !rt_int_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    int64_t x = RT_INT_VALUE(a), y = RT_INT_VALUE(b);
    bool r = false;
    switch (op) {
    case RT_LT: r = x < y; break;
    case RT_LE: r = x <= y; break;
    case RT_EQ: r = x == y; break;
    case RT_NE: r = x != y; break;
    case RT_GT: r = x > y; break;
    case RT_GE: r = x >= y; break;
    }
    return rt_bool_from(r);
}

/* ---- arithmetic ---------------------------------------------------------- */

#define BOTH_INTS(a, b) \
    do { if (!rt_int_check(a) || !rt_int_check(b)) return rt_newref(RT_NOTIMPLEMENTED); } while (0)
#define X RT_INT_VALUE(a)
#define Y RT_INT_VALUE(b)

static rt_object *int_add(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    return __builtin_add_overflow(X, Y, &r) ? overflow() : rt_int_from_i64(r);
}

static rt_object *int_sub(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    return __builtin_sub_overflow(X, Y, &r) ? overflow() : rt_int_from_i64(r);
}

static rt_object *int_mul(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    return __builtin_mul_overflow(X, Y, &r) ? overflow() : rt_int_from_i64(r);
}

static rt_object *int_floordiv(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t x = X, y = Y;
    if (y == 0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "integer division or modulo by zero");
    if (x == INT64_MIN && y == -1)
        return overflow();
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0)))
        q--;   /* C truncates toward zero; Python floors */
    return rt_int_from_i64(q);
}

static rt_object *int_mod(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t x = X, y = Y;
    if (y == 0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "integer modulo by zero");
    if (y == -1)
        return rt_int_from_i64(0);   /* INT64_MIN % -1 is undefined in C */
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;   /* the result takes the divisor's sign */
    return rt_int_from_i64(r);
}

/* int / int, correctly rounded as CPython's: exact when both operands fit
 * a double's 53-bit mantissa (the common case); otherwise an integer
 * quotient of at least 56 bits plus a sticky bit for a non-zero remainder
 * is rounded once, by the int128 -> double conversion. */
static rt_object *int_truediv(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t x = X, y = Y;
    if (y == 0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "division by zero");
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

static rt_object *int_pow(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t base = X, e = Y;
    if (e < 0)
        return rt_float_pow_values((double)base, (double)e);
    int64_t result = 1;
    while (e > 0) {
        if (e & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                return overflow();
        }
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(base, base, &base))
            return overflow();
    }
    return rt_int_from_i64(result);
}

static rt_object *int_lshift(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t x = X, s = Y;
    if (s < 0)
        return rt_err_set_string(&rt_exc_ValueError, "negative shift count");
    if (x == 0)
        return rt_int_from_i64(0);
    if (s >= 64)
        return overflow();
    __int128 r = (__int128)x * ((__int128)1 << s);
    if (r > INT64_MAX || r < INT64_MIN)
        return overflow();
    return rt_int_from_i64((int64_t)r);
}

static rt_object *int_rshift(rt_object *a, rt_object *b)
{
    BOTH_INTS(a, b);
    int64_t x = X, s = Y;
    if (s < 0)
        return rt_err_set_string(&rt_exc_ValueError, "negative shift count");
    if (s >= 64)
        return rt_int_from_i64(x < 0 ? -1 : 0);
    return rt_int_from_i64(x >> s);   /* gcc: arithmetic shift = floor */
}

static rt_object *int_and(rt_object *a, rt_object *b) { BOTH_INTS(a, b); return rt_int_from_i64(X & Y); }
static rt_object *int_xor(rt_object *a, rt_object *b) { BOTH_INTS(a, b); return rt_int_from_i64(X ^ Y); }
static rt_object *int_or(rt_object *a, rt_object *b) { BOTH_INTS(a, b); return rt_int_from_i64(X | Y); }

#undef X
#undef Y

static rt_object *int_negative(rt_object *a)
{
    int64_t v = RT_INT_VALUE(a);
    return v == INT64_MIN ? overflow() : rt_int_from_i64(-v);
}

static rt_object *int_positive(rt_object *a)
{
    if (rt_int_check_exact(a))
        return rt_newref(a);
    return rt_int_from_i64(RT_INT_VALUE(a));
}

static rt_object *int_absolute(rt_object *a)
{
    int64_t v = RT_INT_VALUE(a);
    if (v == INT64_MIN)
        return overflow();
    return rt_int_from_i64(v < 0 ? -v : v);
}

static rt_object *int_invert(rt_object *a) { return rt_int_from_i64(~RT_INT_VALUE(a)); }
static int int_bool(rt_object *a) { return RT_INT_VALUE(a) != 0; }
static rt_object *int_float(rt_object *a) { return rt_float_from_double((double)RT_INT_VALUE(a)); }

static rt_number_methods int_as_number = {
    .add = int_add, .subtract = int_sub, .multiply = int_mul, .remainder = int_mod,
    .power = int_pow, .floor_divide = int_floordiv, .true_divide = int_truediv,
    .lshift = int_lshift, .rshift = int_rshift, .and_ = int_and, .xor_ = int_xor, .or_ = int_or,
    .negative = int_negative, .positive = int_positive, .absolute = int_absolute,
    .invert = int_invert, .bool_ = int_bool, .int_ = int_positive, .float_ = int_float,
    .index = int_positive,
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

static rt_object *invalid_literal(const char *s, intptr_t len, int base)
{
    rt_object *text = rt_str_from_bytes(s, len);
    if (!text)
        return NULL;
    rt_err_format(&rt_exc_ValueError, "invalid literal for int() with base %d: %R", base, text);
    RT_DECREF(text);
    return NULL;
}

rt_object *rt_int_from_string(const char *s, intptr_t len, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return rt_err_set_string(&rt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *p = s, *end = s + len;
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (end > p && isspace((unsigned char)end[-1]))
        end--;
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
            return invalid_literal(s, len, base);
    }
    uint64_t mag = 0;
    const uint64_t limit = (uint64_t)INT64_MAX + (neg ? 1 : 0);
    bool any = false, last_underscore = prefixed;   /* "0x_1" is valid */
    if (p == end)
        return invalid_literal(s, len, base);
    for (; p < end; p++) {
        if (*p == '_') {
            if (last_underscore && any)
                return invalid_literal(s, len, base);
            if (!any && !prefixed)
                return invalid_literal(s, len, base);
            last_underscore = true;
            continue;
        }
        int d = digit_value((unsigned char)*p);
        if (d >= b)
            return invalid_literal(s, len, base);
        unsigned __int128 m = (unsigned __int128)mag * (unsigned)b + (unsigned)d;
        if (m > limit) {
            /* keep scanning: a syntax error later takes precedence */
            for (p++; p < end; p++)
                if (*p != '_' && digit_value((unsigned char)*p) >= b)
                    return invalid_literal(s, len, base);
            return overflow();
        }
        mag = (uint64_t)m;
        any = true;
        last_underscore = false;
    }
    if (!any || last_underscore)
        return invalid_literal(s, len, base);
    int64_t v = neg ? (int64_t)(0 - mag) : (int64_t)mag;
    return rt_int_from_i64(v);
}

rt_object *rt_int_from_double(double d)
{
    if (isinf(d))
        return rt_err_set_string(&rt_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return rt_err_set_string(&rt_exc_ValueError, "cannot convert float NaN to integer");
    double t = trunc(d);
    /* 2^63 is exactly representable; anything >= it does not fit. */
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0)
        return overflow();
    return rt_int_from_i64((int64_t)t);
}

static rt_object *int_from_object(rt_object *x)
{
    if (rt_int_check(x))
        return rt_int_from_i64(RT_INT_VALUE(x));
    if (rt_float_check(x))
        return rt_int_from_double(RT_FLOAT_VALUE(x));
    if (rt_str_check(x))
        return rt_int_from_string(rt_str_data(x), rt_str_size(x), 10);
    rt_number_methods *nb = x->type->as_number;
    if (nb && (nb->int_ || nb->index)) {
        rt_object *r = nb->int_ ? nb->int_(x) : nb->index(x);
        if (r && !rt_int_check(r)) {
            rt_err_format(&rt_exc_TypeError, "__int__ returned non-int (type %s)", r->type->name);
            RT_DECREF(r);
            return NULL;
        }
        return r;
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
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_object *kb = rt_dict_getitem_str(kwargs, "base");
        if (!kb || base || rt_dict_size(kwargs) > 1)
            return rt_err_set_string(&rt_exc_TypeError, "int() got an unexpected keyword argument");
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
        if (!rt_str_check(x))
            return rt_err_set_string(&rt_exc_TypeError, "int() can't convert non-string with explicit base");
        int64_t b = rt_int_as_i64(base);
        if (b == -1 && rt_err_occurred())
            return NULL;
        if (b != 0 && (b < 2 || b > 36))
            return rt_err_set_string(&rt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        r = rt_int_from_string(rt_str_data(x), rt_str_size(x), (int)b);
    } else {
        r = int_from_object(x);
    }
    if (!r || t == &rt_int_type)
        return r;
    /* A subclass (heap type): a fresh object of that type. */
    rt_int *o = (rt_int *)rt_object_new(t);
    if (o) {
        o->value = RT_INT_VALUE(r);
        if (rt_type_is_gc(t))
            rt_gc_track(RT_OBJ(o));
    }
    RT_DECREF(r);
    return RT_OBJ(o);
}

static rt_object *int_bit_length(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (nargs || kw)
        return rt_err_set_string(&rt_exc_TypeError, "int.bit_length() takes no arguments");
    int64_t v = RT_INT_VALUE(self);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return rt_int_from_i64(m ? 64 - __builtin_clzll(m) : 0);
}

static rt_method_def int_methods[] = {
    { "bit_length", int_bit_length, RT_METH_FASTCALL, "Number of bits necessary to represent self in binary." },
    { NULL, NULL, 0, NULL },
};

rt_type rt_int_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "int",
    .basicsize = sizeof(rt_int),
    .flags = RT_TPFLAGS_BASETYPE | RT_TPFLAGS_INT_SUBCLASS | RT_TPFLAGS_PLAIN_DEALLOC,
    .dealloc = rt_object_free,
    .repr = rt_int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .as_number = &int_as_number,
    .methods = int_methods,
    .new_ = int_new,
};

int rt_int_init(void)
{
    for (int i = 0; i < SMALL_NEG + SMALL_POS; i++) {
        small_ints[i].ob_base.refcnt = RT_IMMORTAL_REFCNT;
        small_ints[i].ob_base.type = &rt_int_type;
        small_ints[i].value = i - SMALL_NEG;
    }
    return rt_type_ready(&rt_int_type);
}

/*
 * int_methods.c -- int's (and bool's) methods and computed attributes:
 * real imag numerator denominator, conjugate as_integer_ratio bit_length
 * bit_count, to_bytes and the class method from_bytes, answering as
 * CPython 3.11 for ints of any size (errors: its classes and messages).
 *
 * The attributes that stand for the value itself (real, numerator,
 * conjugate()...) return an exact int, never self's subclass or bool, as
 * CPython's int_int does.
 */
#include <string.h>
#include "runtime/int.h"
#include "runtime/bigint.h"
#include "runtime/bytes_int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/error.h"
#include "runtime/alloc.h"
#include "runtime/slice.h"

#define MDEF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

static rt_object *get_self(rt_object *self, void *c) { (void)c; return rt_int_exact(self); }
static rt_object *get_zero(rt_object *self, void *c) { (void)self, (void)c; return rt_int_from_i64(0); }
static rt_object *get_one(rt_object *self, void *c) { (void)self, (void)c; return rt_int_from_i64(1); }

/* CPython's METH_NOARGS call: keywords refused first, then arguments */
static int no_args(const char *name, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw)) {
        rt_err_format(&rt_exc_TypeError, "int.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs) {
        rt_err_format(&rt_exc_TypeError, "int.%s() takes no arguments (%ld given)", name, (long)nargs);
        return -1;
    }
    return 0;
}

MDEF(m_conjugate)
{
    (void)args;
    return no_args("conjugate", nargs, kw) < 0 ? NULL : rt_int_exact(self);
}

MDEF(m_as_integer_ratio)
{
    (void)args;
    if (no_args("as_integer_ratio", nargs, kw) < 0)
        return NULL;
    rt_object *n = rt_int_exact(self), *one = rt_int_from_i64(1);
    rt_object *r = n && one ? rt_tuple_pack(2, n, one) : NULL;
    rt_xdecref(n);
    rt_xdecref(one);
    return r;
}

MDEF(m_bit_length)
{
    (void)args;
    return no_args("bit_length", nargs, kw) < 0 ? NULL : rt_int_from_i64(rt_int_bit_length(self));
}

MDEF(m_bit_count)
{
    (void)args;
    if (no_args("bit_count", nargs, kw) < 0)
        return NULL;
    rt_int_view v;
    rt_int_view_of(self, &v);
    int64_t c = 0;
    for (intptr_t i = 0; i < v.n; i++)
        c += __builtin_popcount(v.d[i]);
    return rt_int_from_i64(c);
}

/* ---- to_bytes / from_bytes ------------------------------------------------------- */

/* to_bytes(length=1, byteorder='big', *, signed=False) and
 * from_bytes(bytes, byteorder='big', *, signed=False): the positional-or-
 * keyword first two and the keyword-only signed into a[0..3). */
static int parse_bytes_args(const char *fname, const char *first, int required, rt_object *const *args,
                            intptr_t nargs, rt_object *kw, rt_object **a)
{
    if (nargs > 2) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most 2 positional arguments (%ld given)", fname,
                      (long)nargs);
        return -1;
    }
    const char *const names[] = { first, "byteorder", "signed", NULL };
    if (rt_clinic_kwtuple(&rt_int_type, fname, names, kw && RT_SIZE(kw) > 0) < 0)
        return -1;
    return rt_bytes_bind_args(fname, args, nargs, kw, names, 3, required, a);
}

/* 1 for 'little', 0 for 'big' (the default), -1 + error. */
static int byteorder_of(const char *fname, rt_object *o)
{
    if (!o)
        return 0;
    if (!rt_str_check(o)) {
        rt_err_format(&rt_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, o->type->name);
        return -1;
    }
    if (rt_str_eq_cstr(o, "little"))
        return 1;
    if (rt_str_eq_cstr(o, "big"))
        return 0;
    rt_err_set_string(&rt_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static int signed_of(rt_object *o) { return o ? rt_is_true(o) : 0; }

MDEF(m_to_bytes)
{
    rt_object *a[3];
    if (parse_bytes_args("to_bytes", "length", 0, args, nargs, kw, a) < 0)
        return NULL;
    intptr_t length = 1;
    if (a[0]) {
        length = rt_number_as_ssize_arg(a[0]);
        if (length == -1 && rt_err_occurred())
            return NULL;
    }
    int little = byteorder_of("to_bytes", a[1]), sgn = signed_of(a[2]);
    if (little < 0 || sgn < 0)
        return NULL;
    if (length < 0)
        return rt_err_set_string(&rt_exc_ValueError, "length argument must be non-negative");
    if (length > RT_BYTES_MAX_SIZE)   /* CPython makes the bytes first */
        return rt_err_set_string(&rt_exc_OverflowError, "byte string is too large");
    rt_int_view v;
    rt_int_view_of(self, &v);
    if (v.neg && !sgn)
        return rt_err_set_string(&rt_exc_OverflowError, "can't convert negative int to unsigned");
    /* fits: the magnitude in 8*length bits unsigned; signed, below 2^(8n-1)
     * (or equal to it when negative) */
    int64_t bits = rt_int_bit_length(self);
    bool fits = bits == 0 || length > INT64_MAX / 16 || bits <= 8 * (int64_t)length - (sgn ? 1 : 0);
    if (!fits && v.neg && bits == 8 * (int64_t)length) {
        intptr_t z = 0;
        while (z < v.n - 1 && v.d[z] == 0)
            z++;
        fits = z == v.n - 1 && (v.d[z] & (v.d[z] - 1)) == 0;
    }
    if (length == 0 && v.neg && v.n == 1 && v.d[0] == 1)
        fits = true;   /* CPython: -1 is its own sign extension, b'' */
    if (!fits)
        return rt_err_set_string(&rt_exc_OverflowError, "int too big to convert");
    char *buf = rt_raw_malloc(length ? (size_t)length : 1);
    if (!buf)
        return rt_err_no_memory();
    /* little-endian two's complement first */
    unsigned carry = 1;
    for (intptr_t i = 0; i < length; i++) {
        unsigned b = i / 4 < v.n ? (v.d[i / 4] >> (8 * (i % 4))) & 0xFF : 0;
        if (v.neg) {
            b = (~b & 0xFF) + carry;
            carry = b >> 8;
        }
        buf[i] = (char)b;
    }
    if (!little)
        for (intptr_t i = 0, j = length - 1; i < j; i++, j--) {
            char t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    rt_object *r = rt_bytes_from_data(buf, length);
    rt_raw_free(buf);
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): self is the
 * class; a subclass (or bool) is called with the int. */
MDEF(m_from_bytes)
{
    rt_object *a[3];
    if (parse_bytes_args("from_bytes", "bytes", 1, args, nargs, kw, a) < 0)
        return NULL;
    int little = byteorder_of("from_bytes", a[1]), sgn = signed_of(a[2]);
    if (little < 0 || sgn < 0)
        return NULL;
    rt_object *src;
    if (rt_byteslike_check(a[0])) {
        src = rt_newref(a[0]);
    } else if (rt_str_check(a[0]) || rt_index_check(a[0])) {
        return rt_err_format(&rt_exc_TypeError, "cannot convert '%s' object to bytes", a[0]->type->name);
    } else {
        bool from_iter;
        src = rt_bytes_from_source("bytes", a[0], NULL, NULL, &from_iter);
        if (!src)
            return NULL;
    }
    intptr_t n = RT_SIZE(src);
    const unsigned char *p = (const unsigned char *)rt_byteslike_data(src);
    intptr_t nl = n / 4 + 1;
    uint32_t *limbs = rt_raw_calloc((size_t)nl, sizeof(uint32_t));
    if (!limbs) {
        rt_decref(src);
        return rt_err_no_memory();
    }
    for (intptr_t i = 0; i < n; i++) {   /* i counts from the least significant byte */
        unsigned b = p[little ? i : n - 1 - i];
        limbs[i / 4] |= (uint32_t)b << (8 * (i % 4));
    }
    bool neg = sgn && n > 0 && (p[little ? n - 1 : 0] & 0x80);
    rt_decref(src);
    if (neg) {   /* the magnitude of a two's complement value of n bytes */
        uint64_t carry = 1;
        for (intptr_t i = 0; i < nl; i++) {
            uint32_t mask = i < n / 4 ? 0xFFFFFFFFu : i == n / 4 ? (uint32_t)((1ull << (8 * (n % 4))) - 1) : 0;
            uint64_t x = (uint64_t)(~limbs[i] & mask) + carry;
            limbs[i] = (uint32_t)x;
            carry = x >> 32;
        }
    }
    rt_object *r = rt_int_from_limbs(limbs, nl, neg);
    rt_raw_free(limbs);
    if (!r || self == RT_OBJ(&rt_int_type))
        return r;
    rt_object *c = rt_call_vector(self, &r, 1);
    rt_decref(r);
    return c;
}

RT_NOSCAN rt_getset_def rt_int_getsets[] = {
    { "real", get_self, NULL, NULL },
    { "imag", get_zero, NULL, NULL },
    { "numerator", get_self, NULL, NULL },
    { "denominator", get_one, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN rt_method_def rt_int_methods[] = {
    { "conjugate", m_conjugate, RT_METH_FASTCALL, "Returns self, the complex conjugate of any int." },
    { "bit_length", m_bit_length, RT_METH_FASTCALL, "Number of bits necessary to represent self in binary." },
    { "bit_count", m_bit_count, RT_METH_FASTCALL, "Number of ones in the binary representation of the absolute value of self." },
    { "to_bytes", m_to_bytes, RT_METH_FASTCALL, "Return an array of bytes representing an integer." },
    { "from_bytes", m_from_bytes, RT_METH_FASTCALL | RT_METH_CLASS, "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", m_as_integer_ratio, RT_METH_FASTCALL, "Return integer ratio." },
    { NULL, NULL, 0, NULL },
};

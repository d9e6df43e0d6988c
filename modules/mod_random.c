/*
 * mod_random.c -- the random module: random.Random (a Mersenne Twister,
 * MT19937) and the module functions, bound methods of one hidden instance
 * as in CPython.
 *
 * Bit-for-bit CPython 3.11: an int seed is split into 32-bit words (least
 * significant first, at least one) and fed to init_by_array; a float seed
 * uses its hash as an unsigned 64-bit number; random() joins 27 and 26
 * bits into a 53-bit fraction; getrandbits(k) fills 32-bit words from the
 * least significant, the last one shifted right; _randbelow(n) draws
 * getrandbits(n.bit_length()) until below n; randrange, randint, choice,
 * shuffle, sample (pool or selected-set strategy by CPython's setsize
 * rule), choices, uniform, gauss (with its cached second value),
 * normalvariate, expovariate and triangular make the same draws in the
 * same order as random.py.  str/bytes seeds (CPython hashes them with
 * SHA-512) are not supported.  Random objects hold no references.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "modules/modules.h"
#include "modules/sha512.h"
#include "runtime/unicase.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/range.h"
#include "runtime/alloc.h"

#define MT_N 624
#define MT_M 397

typedef struct random_obj {
    RT_OBJECT_HEAD
    int index;
    bool has_gauss;
    double gauss_next;
    uint32_t mt[MT_N];
} random_obj;

static rt_type random_type;

/* ---- the generator ---------------------------------------------------------- */

static void mt_init(random_obj *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void mt_init_array(random_obj *r, const uint32_t *key, size_t len)
{
    mt_init(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000u;
}

static uint32_t mt_next(random_obj *r)
{
    if (r->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) {
            uint32_t y = (r->mt[k] & 0x80000000u) | (r->mt[(k + 1) % MT_N] & 0x7fffffffu);
            r->mt[k] = r->mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        r->index = 0;
    }
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static double mt_random(random_obj *r)
{
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 <= k <= 64. */
static uint64_t mt_bits(random_obj *r, int k)
{
    if (k == 0)
        return 0;
    if (k <= 32)
        return mt_next(r) >> (32 - k);
    uint64_t lo = mt_next(r);
    return lo | (uint64_t)(mt_next(r) >> (64 - k)) << 32;
}

static int bit_length(uint64_t n)
{
    return n ? 64 - __builtin_clzll(n) : 0;
}

/* A uniform integer in [0, n), n >= 0 (CPython's _randbelow_with_getrandbits). */
static uint64_t randbelow(random_obj *r, uint64_t n)
{
    int k = bit_length(n);
    uint64_t v = mt_bits(r, k);
    while (v >= n)
        v = mt_bits(r, k);
    return v;
}

static int seed_from(random_obj *r, rt_object *a)
{
    uint64_t n;
    if (!a || a == RT_NONE) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t key[4] = { (uint32_t)ts.tv_nsec, (uint32_t)ts.tv_sec, (uint32_t)getpid(),
                            (uint32_t)(uintptr_t)r };
        mt_init_array(r, key, 4);
        r->has_gauss = false;
        return 0;
    }
    if (rt_int_check(a) && !rt_int_is_small(a)) {   /* the 32-bit words of |a| */
        rt_int_view v;
        rt_int_view_of(a, &v);
        mt_init_array(r, v.d, (size_t)v.n);
        r->has_gauss = false;
        return 0;
    }
    if (rt_int_check(a)) {
        int64_t v = RT_INT_VALUE(a);
        n = v < 0 ? -(uint64_t)v : (uint64_t)v;
    } else if (rt_float_check(a) || rt_str_check(a) || rt_bytes_check(a)) {
        /* the C seed's hash of anything else (a str or bytes only with a
         * version other than 1 or 2: seed_version took those) */
        intptr_t h = rt_hash(a);
        if (h == -1 && rt_err_occurred())
            return -1;
        n = (uint64_t)h;
    } else {
        rt_err_set_string(&rt_exc_TypeError,
                          "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        return -1;
    }
    uint32_t key[2] = { (uint32_t)n, (uint32_t)(n >> 32) };
    mt_init_array(r, key, key[1] ? 2 : 1);
    r->has_gauss = false;
    return 0;
}

/* ---- methods --------------------------------------------------------------------- */

#define RM(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                        rt_object *kwnames)
#define R ((random_obj *)self)
#define SIG(var, qual, nreq, npos, ...) \
    static const char *const var##_names[] = { __VA_ARGS__, NULL }; \
    static const mod_sig var = { qual, var##_names, nreq, npos, true }

static int get_double(rt_object *o, double *out)
{
    *out = rt_float_as_double(o);
    return *out == -1.0 && rt_err_occurred() ? -1 : 0;
}

RM(r_random)
{
    (void)args;
    if ((kwnames && RT_SIZE(kwnames)) || nargs)
        return rt_err_format(&rt_exc_TypeError, "Random.random() takes no arguments (%ld given)",
                             (long)(nargs + (kwnames ? RT_SIZE(kwnames) : 0)));
    return rt_float_from_double(mt_random(R));
}

/* Version 2's seed of a str (its UTF-8), bytes or bytearray: the integer
 * whose big-endian bytes are the data followed by its SHA-512 digest,
 * given to init_by_array as its 32-bit words, least significant first,
 * as CPython's seed of that integer. */
static int seed_from_bytes(random_obj *r, const uint8_t *data, size_t len)
{
    size_t total = len + 64;
    uint8_t *b = rt_raw_malloc(total);
    uint32_t *key = rt_raw_malloc((total + 3) / 4 * sizeof *key);
    if (!b || !key) {
        rt_raw_free(b);
        rt_raw_free(key);
        rt_err_no_memory();
        return -1;
    }
    memcpy(b, data, len);
    mod_sha512(data, len, b + len);
    size_t first = 0;   /* leading zero bytes do not count */
    while (first < total && b[first] == 0)
        first++;
    size_t nbytes = total - first, nwords = nbytes ? (nbytes + 3) / 4 : 1;
    for (size_t w = 0; w < nwords; w++) {
        uint32_t v = 0;
        for (int k = 3; k >= 0; k--) {
            size_t i = 4 * w + (size_t)k;   /* byte i from the least significant end */
            v = v << 8 | (i < nbytes ? b[total - 1 - i] : 0);
        }
        key[w] = v;
    }
    mt_init_array(r, key, nwords);
    r->has_gauss = false;
    rt_raw_free(b);
    rt_raw_free(key);
    return 0;
}

/* Version 1's seed of a str, or of bytes read as latin-1 (Python 2's
 * string hash over the code points, as Lib/random.py keeps it). */
static int seed_v1(random_obj *r, rt_object *a)
{
    bool bytes = rt_bytes_check(a);
    const char *d = bytes ? rt_bytes_data(a) : rt_str_data(a);
    intptr_t size = bytes ? RT_SIZE(a) : rt_str_size(a), n = 0;
    uint64_t x = 0;
    for (intptr_t i = 0; i < size;) {
        intptr_t w = 1;
        while (!bytes && i + w < size && ((unsigned char)d[i + w] & 0xC0) == 0x80)
            w++;
        uint64_t cp = bytes ? (unsigned char)d[i] : rt_utf8_decode(d + i, w);
        if (n == 0)
            x = cp << 7;
        x = (1000003 * x) ^ cp;
        n++;
        i += w;
    }
    x ^= (uint64_t)n;
    /* x as a Python int: never -1 here (it is unsigned), so no -2 */
    uint32_t key[2] = { (uint32_t)x, (uint32_t)(x >> 32) };
    mt_init_array(r, key, key[1] ? 2 : 1);
    r->has_gauss = false;
    return 0;
}

/* Random.seed(a, version): Lib/random.py's dispatch in front of the C
 * seed (seed_from). */
static int seed_version(random_obj *r, rt_object *a, int64_t version)
{
    if (a && version == 1 && (rt_str_check(a) || rt_bytes_check(a)))
        return seed_v1(r, a);
    if (a && version == 2 && (rt_str_check(a) || rt_byteslike_check(a))) {
        const char *d = rt_str_check(a) ? rt_str_data(a) : rt_byteslike_data(a);
        intptr_t len = rt_str_check(a) ? rt_str_size(a) : RT_SIZE(a);
        return seed_from_bytes(r, (const uint8_t *)d, (size_t)len);
    }
    if (a && rt_bytearray_check(a)) {
        rt_err_set_string(&rt_exc_TypeError, "unhashable type: 'bytearray'");
        return -1;
    }
    return seed_from(r, a);
}

RM(r_seed)
{
    SIG(sig, "Random.seed", 0, 2, "a", "version");
    rt_object *v[2];
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    rt_object *a = v[0];
    int64_t version = 2;
    if (v[1]) {
        if (!rt_int_check(v[1]) || !rt_int_is_small(v[1]))
            version = 0;   /* neither 1 nor 2: compared, never used as a number */
        else
            version = RT_INT_VALUE(v[1]);
    }
    return seed_version(R, a, version) < 0 ? NULL : rt_none_new();
}

/* getrandbits(k) for any k >= 0, as CPython: 32-bit words, least
 * significant first, the last one keeping its top bits. */
static rt_object *bits_obj(random_obj *r, int64_t k)
{
    if (k <= 63)
        return rt_int_from_i64((int64_t)mt_bits(r, (int)k));
    intptr_t n = (intptr_t)((k - 1) / 32 + 1);
    uint32_t *limbs = rt_raw_malloc((size_t)n * 4);
    if (!limbs)
        return rt_err_no_memory();
    for (intptr_t i = 0; i < n; i++, k -= 32) {
        uint32_t w = mt_next(r);
        limbs[i] = k < 32 ? w >> (32 - k) : w;
    }
    rt_object *o = rt_int_from_limbs(limbs, n, false);
    rt_raw_free(limbs);
    return o;
}

/* randbelow for an int n > 0 of any size. */
static rt_object *randbelow_obj(random_obj *r, rt_object *n)
{
    if (rt_int_is_small(n))
        return rt_int_from_i64((int64_t)randbelow(r, (uint64_t)RT_INT_VALUE(n)));
    int64_t k = rt_int_bit_length(n);
    for (;;) {
        rt_object *v = bits_obj(r, k);
        if (!v || rt_int_compare(v, n) < 0)
            return v;
        rt_decref(v);
    }
}

RM(r_getrandbits)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "Random.getrandbits() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "Random.getrandbits() takes exactly one argument (%ld given)",
                             (long)nargs);
    int64_t k = rt_int_as_i64(args[0]);
    if (k == -1 && rt_err_occurred())
        return NULL;
    if (k < 0)
        return rt_err_set_string(&rt_exc_ValueError, "number of bits must be non-negative");
    return bits_obj(R, k);
}

/* randbytes(n): random.py's getrandbits(n * 8).to_bytes(n, 'little'), so
 * a seeded stream gives CPython's bytes. */
RM(r_randbytes)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "Random.randbytes() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "Random.randbytes() takes exactly one argument (%ld given)",
                             (long)nargs);
    int64_t n = rt_int_as_i64(args[0]);
    if (n == -1 && rt_err_occurred())
        return NULL;
    if (n < 0 || n > INT64_MAX / 8)
        return rt_err_set_string(&rt_exc_ValueError, "number of bits must be non-negative");
    rt_object *bits = bits_obj(R, n * 8);
    rt_object *little = bits ? rt_str_from_cstr("little") : NULL;
    rt_object *r = little ? rt_call_method(bits, "to_bytes", (rt_object *[]){ args[0], little }, 2) : NULL;
    RT_XDECREF(little);
    RT_XDECREF(bits);
    return r;
}

/* getstate(): random.py's (3, (mt[0], ..., mt[623], index), gauss_next);
 * setstate() takes it back (version 3 only, CPython's messages). */
RM(r_getstate)
{
    (void)args;
    if ((kwnames && RT_SIZE(kwnames)) || nargs)
        return rt_err_format(&rt_exc_TypeError, "Random.getstate() takes 1 positional argument but %ld were given",
                             (long)nargs + 1);
    rt_object *st = rt_tuple_new(MT_N + 1);
    if (!st)
        return NULL;
    for (int i = 0; i <= MT_N; i++) {
        rt_object *v = i < MT_N ? rt_int_from_u64(R->mt[i]) : rt_int_from_i64(R->index);
        if (!v) {
            rt_decref(st);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(st, i, v);
    }
    rt_object *g = R->has_gauss ? rt_float_from_double(R->gauss_next) : rt_none_new();
    rt_object *three = rt_int_from_i64(3);
    rt_object *r = g && three ? rt_tuple_pack(3, three, st, g) : NULL;
    RT_XDECREF(three);
    RT_XDECREF(g);
    rt_decref(st);
    return r;
}

RM(r_setstate)
{
    if ((kwnames && RT_SIZE(kwnames)) || nargs != 1)
        return rt_err_set_string(&rt_exc_TypeError, "Random.setstate() takes exactly one argument");
    rt_object *zero = rt_int_from_i64(0);
    rt_object *ver = zero ? rt_getitem(args[0], zero) : NULL;   /* state[0], as random.py */
    RT_XDECREF(zero);
    if (!ver)
        return NULL;
    int64_t version = rt_int_check(ver) ? rt_int_as_i64(ver) : -1;
    if (version == -1)
        rt_err_clear();   /* an int past 64 bits: no known version either */
    if (version != 2 && version != 3) {
        rt_object *vs = rt_str(ver);
        if (vs)
            rt_err_format(&rt_exc_ValueError, "state with version %s passed to Random.setstate() of version 3",
                          rt_str_data(vs));
        RT_XDECREF(vs);
        rt_decref(ver);
        return NULL;
    }
    rt_decref(ver);
    /* `version, internalstate, self.gauss_next = state` */
    rt_object *state = rt_list_from_iterable(args[0]);
    if (!state)
        return NULL;
    if (RT_SIZE(state) != 3) {
        if (RT_SIZE(state) > 3)
            rt_err_set_string(&rt_exc_ValueError, "too many values to unpack (expected 3)");
        else
            rt_err_format(&rt_exc_ValueError, "not enough values to unpack (expected 3, got %ld)",
                          (long)RT_SIZE(state));
        rt_decref(state);
        return NULL;
    }
    rt_object *inner = RT_LIST_GET_ITEM(state, 1), *g = RT_LIST_GET_ITEM(state, 2);
    bool not_tuple = !rt_tuple_check(inner);
    const char *bad = not_tuple ? "state vector must be a tuple"
                    : RT_SIZE(inner) != MT_N + 1 ? "state vector is the wrong size" : NULL;
    double gv = 0.0;
    if (!bad && g != RT_NONE && get_double(g, &gv) < 0) {
        rt_decref(state);
        return NULL;
    }
    uint32_t mt[MT_N];
    int64_t index = 0;
    for (int i = 0; !bad && i <= MT_N; i++) {
        /* version 2 words are taken modulo 2**32, as random.py does */
        int64_t w = rt_int_as_i64(RT_TUPLE_GET_ITEM(inner, i));
        if (w == -1 && rt_err_occurred()) {
            rt_decref(state);
            return NULL;
        }
        if (i < MT_N)
            mt[i] = (uint32_t)w;
        else
            index = w;
    }
    bool has_gauss = g != RT_NONE;
    rt_decref(state);
    if (bad)
        return rt_err_set_string(not_tuple ? &rt_exc_TypeError : &rt_exc_ValueError, bad);
    if (index < 0 || index > MT_N)
        return rt_err_set_string(&rt_exc_ValueError, "invalid state");
    memcpy(R->mt, mt, sizeof mt);
    R->index = (int)index;
    R->has_gauss = has_gauss;
    R->gauss_next = gv;
    return rt_none_new();
}

/* randrange's argument as an exact int, new (CPython 3.11 still accepts an
 * integral float with a DeprecationWarning; a non-integral one is
 * ValueError). */
static rt_object *range_arg(rt_object *o, const char *what)
{
    if (rt_float_check(o)) {
        double d = RT_FLOAT_VALUE(o);
        if (d != floor(d) || !isfinite(d))
            return rt_err_format(&rt_exc_ValueError, "non-integer %s for randrange()", what);
        return rt_int_from_double(d);
    }
    return rt_int_index_exact(o);
}

/* start + step * randbelow(n) in ints (borrowed; step NULL for 1). */
static rt_object *offset_pick(random_obj *r, rt_object *start, rt_object *step, rt_object *n)
{
    rt_object *k = randbelow_obj(r, n);
    rt_object *m = k && step ? rt_int_mul(step, k) : k ? rt_newref(k) : NULL;
    rt_object *res = m ? rt_int_add(start, m) : NULL;
    rt_xdecref(k);
    rt_xdecref(m);
    return res;
}

/* randrange on ints of any size, step NULL for 1 (CPython's formulas). */
static rt_object *randrange_ints(random_obj *r, rt_object *start, rt_object *stop, rt_object *step)
{
    rt_object *width = rt_int_sub(stop, start), *n = NULL, *res = NULL;
    if (!width)
        return NULL;
    if (!step || (rt_int_is_small(step) && RT_INT_VALUE(step) == 1)) {
        if (rt_int_sign(width) > 0)
            res = offset_pick(r, start, NULL, width);
        else
            rt_err_format(&rt_exc_ValueError, "empty range for randrange() (%R, %R, %R)", start, stop, width);
        rt_decref(width);
        return res;
    }
    int sg = rt_int_sign(step);
    if (sg == 0) {
        rt_decref(width);
        return rt_err_set_string(&rt_exc_ValueError, "zero step for randrange()");
    }
    /* n = (width + step -/+ 1) // step */
    rt_object *one = rt_int_from_i64(sg > 0 ? -1 : 1), *t = rt_int_add(width, step);
    rt_object *t1 = t ? rt_int_add(t, one) : NULL;
    if (t1)
        rt_int_divmod(t1, step, &n, NULL);
    rt_xdecref(t1);
    rt_xdecref(t);
    rt_decref(one);
    rt_decref(width);
    if (!n)
        return NULL;
    if (rt_int_sign(n) <= 0)
        rt_err_set_string(&rt_exc_ValueError, "empty range for randrange()");
    else
        res = offset_pick(r, start, step, n);
    rt_decref(n);
    return res;
}

static bool small_exact(rt_object *o) { return rt_int_check_exact(o) && rt_int_is_small(o); }

static rt_object *randrange(random_obj *r, rt_object *start, rt_object *stop, rt_object *step)
{
    /* the common case in 64 bits (exact ints, a positive width and step):
     * no reference taken; n = ceil(w / step), start + step * k stays
     * between start and stop */
    if (small_exact(start) && (!stop || stop == RT_NONE ? !step && RT_INT_VALUE(start) > 0 : small_exact(stop))
        && (!step || small_exact(step))) {
        int64_t w, istart = RT_INT_VALUE(start), istep = step ? RT_INT_VALUE(step) : 1;
        if (!stop || stop == RT_NONE)
            return rt_int_from_i64((int64_t)randbelow(r, (uint64_t)istart));
        if (!__builtin_sub_overflow(RT_INT_VALUE(stop), istart, &w) && w > 0 && istep > 0
            && w <= INT64_MAX - istep) {
            int64_t n = (w + istep - 1) / istep;
            return rt_int_from_i64(istart + istep * (int64_t)randbelow(r, (uint64_t)n));
        }
    }
    rt_object *a = range_arg(start, "arg 1"), *b = NULL, *c = NULL, *res = NULL;
    if (!a)
        return NULL;
    if (!stop || stop == RT_NONE) {
        if (step)
            rt_err_set_string(&rt_exc_TypeError, "Missing a non-None stop argument");
        else if (rt_int_sign(a) > 0)
            res = randbelow_obj(r, a);
        else
            rt_err_set_string(&rt_exc_ValueError, "empty range for randrange()");
    } else if ((b = range_arg(stop, "stop")) != NULL && (!step || (c = range_arg(step, "step")) != NULL)) {
        res = randrange_ints(r, a, b, c);
    }
    rt_decref(a);
    rt_xdecref(b);
    rt_xdecref(c);
    return res;
}

RM(r_randrange)
{
    SIG(sig, "Random.randrange", 1, 3, "start", "stop", "step");
    rt_object *v[3];
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    return randrange(R, v[0], v[1], v[2]);
}

RM(r_randint)
{
    SIG(sig, "Random.randint", 2, 2, "a", "b");
    rt_object *v[2];
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    rt_object *one = rt_int_from_i64(1);
    rt_object *b1 = one ? rt_number_binop(v[1], one, RT_NB_ADD) : NULL;
    RT_XDECREF(one);
    if (!b1)
        return NULL;
    rt_object *res = randrange(R, v[0], b1, NULL);
    rt_decref(b1);
    return res;
}

static rt_object *item_at(rt_object *seq, uint64_t i)
{
    /* in range only: choices([]) indexes 0 and gets CPython's IndexError
     * from the generic path (it had read past an empty list) */
    if (rt_list_check_exact(seq) && i < (uint64_t)RT_SIZE(seq))
        return rt_newref(RT_LIST_GET_ITEM(seq, (intptr_t)i));
    rt_object *k = rt_int_from_i64((int64_t)i);
    rt_object *v = k ? rt_getitem(seq, k) : NULL;
    RT_XDECREF(k);
    return v;
}

RM(r_choice)
{
    SIG(sig, "Random.choice", 1, 1, "seq");
    rt_object *v[1];
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    intptr_t n = rt_length(v[0]);
    if (n < 0)
        return NULL;
    if (n == 0)
        return rt_err_set_string(&rt_exc_IndexError, "Cannot choose from an empty sequence");
    return item_at(v[0], randbelow(R, (uint64_t)n));
}

RM(r_shuffle)
{
    SIG(sig, "Random.shuffle", 1, 1, "x");
    rt_object *v[1];
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    rt_object *x = v[0];
    intptr_t n = rt_length(x);
    if (n < 0)
        return NULL;
    for (intptr_t i = n - 1; i >= 1; i--) {
        intptr_t j = (intptr_t)randbelow(R, (uint64_t)i + 1);
        if (rt_list_check_exact(x) && RT_SIZE(x) == n) {
            rt_object **it = RT_LIST_ITEMS(x), *t = it[i];
            it[i] = it[j];
            it[j] = t;
            continue;
        }
        rt_object *a = item_at(x, (uint64_t)i), *b = a ? item_at(x, (uint64_t)j) : NULL;
        rt_object *ki = rt_int_from_i64(i), *kj = rt_int_from_i64(j);
        int bad = !a || !b || !ki || !kj || rt_setitem(x, ki, b) < 0 || rt_setitem(x, kj, a) < 0;
        RT_XDECREF(a);
        RT_XDECREF(b);
        RT_XDECREF(ki);
        RT_XDECREF(kj);
        if (bad)
            return NULL;
    }
    return rt_none_new();
}

static bool is_sequence(rt_object *o)
{
    rt_type *t = RT_TYPE(o);
    if (rt_list_check(o) || rt_tuple_check(o) || rt_str_check(o) || t == &rt_range_type)
        return true;
    return !rt_dict_check(o) && t->as_sequence && t->as_sequence->item && t->as_sequence->length;
}

RM(r_sample)
{
    SIG(sig, "Random.sample", 2, 2, "population", "k", "counts");
    rt_object *v[3];
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    if (v[2] && v[2] != RT_NONE)
        return rt_err_set_string(&rt_exc_NotImplementedError, "random.sample() with counts is not supported");
    rt_object *pop = v[0];
    if (!is_sequence(pop))
        return rt_err_set_string(&rt_exc_TypeError,
                                 "Population must be a sequence.  For dicts or sets, use sorted(d).");
    intptr_t n = rt_length(pop);
    int64_t k = rt_int_as_i64(v[1]);
    if (n < 0 || (k == -1 && rt_err_occurred()))
        return NULL;
    if (k < 0 || k > n)
        return rt_err_set_string(&rt_exc_ValueError, "Sample larger than population or is negative");
    rt_object *result = rt_list_new((intptr_t)k);
    if (!result)
        return NULL;
    int64_t setsize = 21;
    if (k > 5) {
        /* 4 ** ceil(log(k * 3, 4)), with log computed as CPython: ln/ln */
        double e = ceil(log((double)(k * 3)) / log(4.0));
        setsize += (int64_t)1 << (2 * (int)e);
    }
    if (n <= setsize) {
        rt_object *pool = rt_list_from_iterable(pop);
        if (!pool) {
            rt_decref(result);
            return NULL;
        }
        rt_object **p = RT_LIST_ITEMS(pool), **out = RT_LIST_ITEMS(result);
        for (int64_t i = 0; i < k; i++) {
            intptr_t j = (intptr_t)randbelow(R, (uint64_t)(n - i));
            out[i] = rt_newref(p[j]);
            rt_object *t = p[j];
            p[j] = p[n - i - 1];
            p[n - i - 1] = t;
        }
        rt_decref(pool);
        return result;
    }
    /* the selected indexes: an open-addressed table of n + 1 encoded slots */
    size_t cap = 16;
    while (cap < (size_t)k * 2)
        cap *= 2;
    uint64_t *sel = rt_raw_malloc(cap * sizeof *sel);
    if (!sel) {
        rt_decref(result);
        return rt_err_no_memory();
    }
    memset(sel, 0, cap * sizeof *sel);
    for (int64_t i = 0; i < k; i++) {
        uint64_t j;
        size_t h;
        for (;;) {
            j = randbelow(R, (uint64_t)n);
            h = (size_t)(j * 0x9E3779B97F4A7C15u) & (cap - 1);
            while (sel[h] && sel[h] != j + 1)
                h = (h + 1) & (cap - 1);
            if (!sel[h])
                break;
        }
        sel[h] = j + 1;
        rt_object *item = item_at(pop, j);
        if (!item) {
            rt_raw_free(sel);
            rt_decref(result);
            return NULL;
        }
        RT_LIST_ITEMS(result)[i] = item;
    }
    rt_raw_free(sel);
    return result;
}

RM(r_choices)
{
    SIG(sig, "Random.choices", 1, 2, "population", "weights", "cum_weights", "k");
    rt_object *v[4];
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    rt_object *pop = v[0];
    intptr_t n = rt_length(pop);
    int64_t k = 1;
    if (n < 0 || (v[3] && (k = rt_int_as_i64(v[3])) == -1 && rt_err_occurred()))
        return NULL;
    rt_object *weights = v[1] && v[1] != RT_NONE ? v[1] : NULL;
    rt_object *cum = v[2] && v[2] != RT_NONE ? v[2] : NULL;
    if (weights && cum)
        return rt_err_set_string(&rt_exc_TypeError, "Cannot specify both weights and cumulative weights");
    rt_object *result = rt_list_new(k > 0 ? (intptr_t)k : 0);
    if (!result)
        return NULL;
    if (!weights && !cum) {
        for (int64_t i = 0; i < k; i++) {
            rt_object *item = item_at(pop, (uint64_t)floor(mt_random(R) * (double)n));
            if (!item) {
                rt_decref(result);
                return NULL;
            }
            RT_LIST_ITEMS(result)[i] = item;
        }
        return result;
    }
    /* cumulative weights as doubles (CPython adds them with + as given and
     * bisects the list; for int and float weights the comparisons agree) */
    rt_object *w = rt_list_from_iterable(weights ? weights : cum);
    if (!w) {
        rt_decref(result);
        return NULL;
    }
    intptr_t m = RT_SIZE(w);
    double *cw = rt_raw_malloc((size_t)(m ? m : 1) * sizeof *cw), acc = 0.0;
    for (intptr_t i = 0; cw && i < m; i++) {
        double x;
        if (get_double(RT_LIST_GET_ITEM(w, i), &x) < 0) {
            rt_raw_free(cw);
            cw = NULL;
            break;
        }
        acc = weights ? acc + x : x;
        cw[i] = acc;
    }
    rt_decref(w);
    if (!cw) {
        rt_decref(result);
        return rt_err_occurred() ? NULL : rt_err_no_memory();
    }
    const char *bad = m != n ? "The number of weights does not match the population"
                      : m == 0 || cw[m - 1] <= 0.0 ? "Total of weights must be greater than zero"
                      : !isfinite(cw[m - 1]) ? "Total of weights must be finite" : NULL;
    if (bad) {
        rt_raw_free(cw);
        rt_decref(result);
        return rt_err_set_string(&rt_exc_ValueError, bad);
    }
    double total = cw[m - 1];
    for (int64_t i = 0; i < k; i++) {
        double x = mt_random(R) * total;
        intptr_t lo = 0, hi = n - 1;
        while (lo < hi) {
            intptr_t mid = (lo + hi) / 2;
            if (x < cw[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        rt_object *item = item_at(pop, (uint64_t)lo);
        if (!item) {
            rt_raw_free(cw);
            rt_decref(result);
            return NULL;
        }
        RT_LIST_ITEMS(result)[i] = item;
    }
    rt_raw_free(cw);
    return result;
}

RM(r_uniform)
{
    SIG(sig, "Random.uniform", 2, 2, "a", "b");
    rt_object *v[2];
    double a, b;
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0 || get_double(v[0], &a) < 0 || get_double(v[1], &b) < 0)
        return NULL;
    return rt_float_from_double(a + (b - a) * mt_random(R));
}

RM(r_triangular)
{
    SIG(sig, "Random.triangular", 0, 3, "low", "high", "mode");
    rt_object *v[3];
    double low = 0.0, high = 1.0, c = 0.5;
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0 || (v[0] && get_double(v[0], &low) < 0)
        || (v[1] && get_double(v[1], &high) < 0))
        return NULL;
    double u = mt_random(R);
    if (v[2] && v[2] != RT_NONE) {
        double mode;
        if (get_double(v[2], &mode) < 0)
            return NULL;
        if (high == low)
            return rt_float_from_double(low);
        c = (mode - low) / (high - low);
    } else if (high == low) {
        return rt_float_from_double(low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return rt_float_from_double(low + (high - low) * sqrt(u * c));
}

static rt_object *mu_sigma(const char *qual, rt_object *self, rt_object *const *args, intptr_t nargs,
                           rt_object *kwnames, double *mu, double *sigma)
{
    static const char *const names[] = { "mu", "sigma", NULL };
    mod_sig sig = { qual, names, 0, 2, true };
    rt_object *v[2];
    *mu = 0.0;
    *sigma = 1.0;
    (void)self;
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0 || (v[0] && get_double(v[0], mu) < 0)
        || (v[1] && get_double(v[1], sigma) < 0))
        return NULL;
    return RT_NONE;
}

RM(r_gauss)
{
    double mu, sigma, z;
    if (!mu_sigma("Random.gauss", self, args, nargs, kwnames, &mu, &sigma))
        return NULL;
    if (R->has_gauss) {
        z = R->gauss_next;
        R->has_gauss = false;
    } else {
        double x2pi = mt_random(R) * 2.0 * M_PI;
        double g2rad = sqrt(-2.0 * log(1.0 - mt_random(R)));
        z = cos(x2pi) * g2rad;
        R->gauss_next = sin(x2pi) * g2rad;
        R->has_gauss = true;
    }
    return rt_float_from_double(mu + z * sigma);
}

/* normalvariate's standard draw (Kinderman and Monahan's method). */
static double normal_z(random_obj *r)
{
    const double magic = 4 * exp(-0.5) / sqrt(2.0);   /* NV_MAGICCONST */
    for (;;) {
        double u1 = mt_random(r), u2 = 1.0 - mt_random(r);
        double z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2))
            return z;
    }
}

RM(r_normalvariate)
{
    double mu, sigma;
    if (!mu_sigma("Random.normalvariate", self, args, nargs, kwnames, &mu, &sigma))
        return NULL;
    return rt_float_from_double(mu + normal_z(R) * sigma);
}

RM(r_expovariate)
{
    SIG(sig, "Random.expovariate", 1, 1, "lambd");
    rt_object *v[1];
    double lambd;
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0 || get_double(v[0], &lambd) < 0)
        return NULL;
    if (lambd == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float division by zero");
    return rt_float_from_double(-log(1.0 - mt_random(R)) / lambd);
}

/* The distributions Lib/random.py writes in Python, as it does: the same
 * draws of random() in the same order, the same arithmetic, so a seeded
 * program prints CPython's numbers. */

/* Python's float %: the result takes the divisor's sign. */
static double py_fmod(double x, double m)
{
    double r = fmod(x, m);
    if (r != 0.0)
        return (m < 0) != (r < 0) ? r + m : r;
    return copysign(0.0, m);
}

static rt_object *two_doubles(const mod_sig *sig, rt_object *const *args, intptr_t nargs, rt_object *kwnames,
                              double *a, double *b)
{
    rt_object *v[2];
    if (mod_bind(sig, args, nargs, kwnames, v) < 0 || get_double(v[0], a) < 0
        || (sig->names[1] && get_double(v[1], b) < 0))
        return NULL;
    return RT_NONE;
}

RM(r_lognormvariate)
{
    double mu, sigma;
    if (!mu_sigma("Random.lognormvariate", self, args, nargs, kwnames, &mu, &sigma))
        return NULL;
    double r = exp(mu + normal_z(R) * sigma);
    if (isinf(r))
        return rt_err_set_string(&rt_exc_OverflowError, "math range error");
    return rt_float_from_double(r);
}

RM(r_vonmisesvariate)
{
    SIG(sig, "Random.vonmisesvariate", 2, 2, "mu", "kappa");
    double mu, kappa;
    if (!two_doubles(&sig, args, nargs, kwnames, &mu, &kappa))
        return NULL;
    const double twopi = 2.0 * M_PI;
    if (kappa <= 1e-6)
        return rt_float_from_double(twopi * mt_random(R));
    double s = 0.5 / kappa, r = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = mt_random(R);
        z = cos(M_PI * u1);
        double d = z / (r + z), u2 = mt_random(R);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
    double theta = mt_random(R) > 0.5 ? py_fmod(mu + acos(f), twopi) : py_fmod(mu - acos(f), twopi);
    return rt_float_from_double(theta);
}

/* gammavariate(alpha, beta) as a double, or -1 with an exception set. */
static double gamma_draw(random_obj *r, double alpha, double beta)
{
    if (alpha <= 0.0 || beta <= 0.0) {
        rt_err_set_string(&rt_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return -1.0;
    }
    if (alpha > 1.0) {
        /* R.C.H. Cheng's rejection method, as Lib/random.py */
        const double log4 = log(4.0), sg_magic = 1.0 + log(4.5);
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
        for (;;) {
            double u1 = mt_random(r);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - mt_random(r);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
            double z = u1 * u1 * u2, rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z))
                return x * beta;
        }
    }
    if (alpha == 1.0)
        return -log(1.0 - mt_random(r)) * beta;
    /* alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle) */
    double x;
    for (;;) {
        double u = mt_random(r), b = (M_E + alpha) / M_E, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = mt_random(r);
        if (p > 1.0 ? u1 <= pow(x, alpha - 1.0) : u1 <= exp(-x))
            break;
    }
    return x * beta;
}

RM(r_gammavariate)
{
    SIG(sig, "Random.gammavariate", 2, 2, "alpha", "beta");
    double alpha, beta;
    if (!two_doubles(&sig, args, nargs, kwnames, &alpha, &beta))
        return NULL;
    double x = gamma_draw(R, alpha, beta);
    return x == -1.0 && rt_err_occurred() ? NULL : rt_float_from_double(x);
}

RM(r_betavariate)
{
    SIG(sig, "Random.betavariate", 2, 2, "alpha", "beta");
    double alpha, beta;
    if (!two_doubles(&sig, args, nargs, kwnames, &alpha, &beta))
        return NULL;
    double y = gamma_draw(R, alpha, 1.0);
    if (y == -1.0 && rt_err_occurred())
        return NULL;
    if (y == 0.0)
        return rt_float_from_double(0.0);
    double w = gamma_draw(R, beta, 1.0);
    return w == -1.0 && rt_err_occurred() ? NULL : rt_float_from_double(y / (y + w));
}

RM(r_paretovariate)
{
    SIG(sig, "Random.paretovariate", 1, 1, "alpha");
    double alpha, unused;
    if (!two_doubles(&sig, args, nargs, kwnames, &alpha, &unused))
        return NULL;
    double u = 1.0 - mt_random(R);
    if (alpha == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float division by zero");
    return rt_float_from_double(pow(u, -1.0 / alpha));
}

RM(r_weibullvariate)
{
    SIG(sig, "Random.weibullvariate", 2, 2, "alpha", "beta");
    double alpha, beta;
    if (!two_doubles(&sig, args, nargs, kwnames, &alpha, &beta))
        return NULL;
    double u = 1.0 - mt_random(R);
    if (beta == 0.0)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "float division by zero");
    return rt_float_from_double(alpha * pow(-log(u), 1.0 / beta));
}

RT_NOSCAN static rt_method_def random_methods[] = {
    { "random", r_random, RT_METH_FASTCALL, NULL },
    { "seed", r_seed, RT_METH_FASTCALL, NULL },
    { "getrandbits", r_getrandbits, RT_METH_FASTCALL, NULL },
    { "randbytes", r_randbytes, RT_METH_FASTCALL, NULL },
    { "getstate", r_getstate, RT_METH_FASTCALL, NULL },
    { "setstate", r_setstate, RT_METH_FASTCALL, NULL },
    { "randrange", r_randrange, RT_METH_FASTCALL, NULL },
    { "randint", r_randint, RT_METH_FASTCALL, NULL },
    { "choice", r_choice, RT_METH_FASTCALL, NULL },
    { "shuffle", r_shuffle, RT_METH_FASTCALL, NULL },
    { "sample", r_sample, RT_METH_FASTCALL, NULL },
    { "choices", r_choices, RT_METH_FASTCALL, NULL },
    { "uniform", r_uniform, RT_METH_FASTCALL, NULL },
    { "triangular", r_triangular, RT_METH_FASTCALL, NULL },
    { "gauss", r_gauss, RT_METH_FASTCALL, NULL },
    { "normalvariate", r_normalvariate, RT_METH_FASTCALL, NULL },
    { "expovariate", r_expovariate, RT_METH_FASTCALL, NULL },
    { "lognormvariate", r_lognormvariate, RT_METH_FASTCALL, NULL },
    { "vonmisesvariate", r_vonmisesvariate, RT_METH_FASTCALL, NULL },
    { "gammavariate", r_gammavariate, RT_METH_FASTCALL, NULL },
    { "betavariate", r_betavariate, RT_METH_FASTCALL, NULL },
    { "paretovariate", r_paretovariate, RT_METH_FASTCALL, NULL },
    { "weibullvariate", r_weibullvariate, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_object *random_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "Random() takes no keyword arguments");
    intptr_t n = args ? RT_SIZE(args) : 0;
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "Random() expected at most 1 argument, got %ld", (long)n);
    rt_object *o = rt_object_new_pointer_free(t);
    if (!o)
        return NULL;
    if (seed_version((random_obj *)o, n ? RT_TUPLE_GET_ITEM(args, 0) : NULL, 2) < 0) {
        rt_decref(o);
        return NULL;
    }
    return o;
}

RT_NOSCAN_TYPE static rt_type random_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "Random",
    .basicsize = sizeof(random_obj),
    .dealloc = rt_object_free,
    .methods = random_methods,
    .new_ = random_new,
};

int vm_mod_random_init(void)
{
    static rt_method_def none[] = { { NULL, NULL, 0, NULL } };
    rt_object *m = vm_add_builtin_module("random", none);
    if (!m || mod_add_type(m, &random_type, "random") < 0)
        return -1;
    rt_object *inst = rt_object_new_pointer_free(&random_type);
    if (!inst || seed_from((random_obj *)inst, NULL) < 0) {
        RT_XDECREF(inst);
        return -1;
    }
    for (rt_method_def *d = random_methods; d->name; d++) {
        rt_object *f = rt_cfunction_new(d, inst);
        if (!f || rt_setattr_str(m, d->name, f) < 0) {
            RT_XDECREF(f);
            rt_decref(inst);
            return -1;
        }
        rt_decref(f);
    }
    rt_decref(inst);
    return 0;
}

/*
 * bigint.c -- the arithmetic of ints beyond 64 bits (int.h's big layout):
 * magnitudes as 32-bit limbs worked two at a time as 64-bit words with
 * 128-bit intermediates, schoolbook multiplication, Knuth's algorithm D
 * for division, two's complement semantics for the bitwise operators, exact int/float comparison,
 * correctly rounded conversion to float and true division, and CPython's
 * modular hash.
 *
 * Invariants kept here:
 *   - every result passes through finish(): leading zero limbs dropped and
 *     a magnitude below 2^63 returned in the small layout, so no big int
 *     ever holds a value a small one could;
 *   - operands are read through rt_int_view, which presents a small int
 *     as one or two limbs, so each algorithm is written once;
 *   - scratch buffers come from malloc and never hold object pointers.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/int.h"
#include "runtime/bigint.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/str.h"

typedef uint32_t limb;
typedef uint64_t dlimb;
#define LIMB_BITS 32

static rt_bigint *new_big(intptr_t n)
{
    if (n > ((intptr_t)1 << 40))
        return (rt_bigint *)rt_err_no_memory();
    /* unzeroed: every caller writes all n limbs */
    rt_bigint *b = (rt_bigint *)rt_object_new_sized_pointer_free_unzeroed(
        &rt_int_type, sizeof(rt_bigint) + (size_t)n * sizeof(limb));
    if (b) {
        b->head.value = RT_INT_BIG;
        b->size = n;
    }
    return b;
}

static intptr_t normalized(const limb *d, intptr_t n)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

/* The canonical object for a computed big: small when it fits. */
static rt_object *finish(rt_bigint *b, bool neg)
{
    if (!b)
        return NULL;
    intptr_t n = normalized(b->limbs, b->size);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? b->limbs[0] : ((uint64_t)b->limbs[1] << 32) | b->limbs[0];
        if (m <= (uint64_t)INT64_MAX) {
            rt_object_free(RT_OBJ(b));
            return rt_int_from_i64(neg ? -(int64_t)m : (int64_t)m);
        }
    }
    b->size = neg ? -n : n;
    return RT_OBJ(b);
}

void rt_int_view_of(rt_object *o, rt_int_view *v)
{
    int64_t x = RT_INT_VALUE(o);
    if (x != RT_INT_BIG) {
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        v->buf[0] = (limb)m;
        v->buf[1] = (limb)(m >> 32);
        v->d = v->buf;
        v->n = normalized(v->buf, 2);
        v->neg = x < 0;
        return;
    }
    const rt_bigint *b = rt_int_big_of(o);
    v->d = b->limbs;
    v->n = b->size < 0 ? -b->size : b->size;
    v->neg = b->size < 0;
}

rt_object *rt_int_from_limbs(const uint32_t *limbs, intptr_t n, bool negative)
{
    n = normalized(limbs, n);
    rt_bigint *b = new_big(n);
    if (b)
        memcpy(b->limbs, limbs, (size_t)n * sizeof(limb));
    return finish(b, negative);
}

rt_object *rt_int_exact(rt_object *o)
{
    if (rt_int_check_exact(o))
        return rt_newref(o);
    if (rt_int_is_small(o))
        return rt_int_from_i64(RT_INT_VALUE(o));
    rt_int_view v;
    rt_int_view_of(o, &v);
    return rt_int_from_limbs(v.d, v.n, v.neg);
}

rt_object *rt_int_index_exact(rt_object *o)
{
    rt_object *i = rt_number_index(o);
    if (i && !rt_int_check_exact(i)) {
        rt_object *e = rt_int_exact(i);
        rt_decref(i);
        i = e;
    }
    return i;
}

rt_object *rt_int_subclass_new(rt_type *t, rt_object *value)
{
    rt_int_view v;
    rt_int_view_of(value, &v);
    size_t size = (size_t)t->basicsize;
    if (!rt_int_is_small(value))
        size += offsetof(rt_bigint, limbs) - sizeof(rt_int) + (size_t)v.n * sizeof(limb);
    rt_int *o = (rt_int *)rt_object_new_sized(t, size);
    if (!o)
        return NULL;
    o->value = RT_INT_VALUE(value);
    if (!rt_int_is_small(value)) {
        rt_bigint *b = (rt_bigint *)((char *)o + t->basicsize - sizeof(rt_int));
        b->size = v.neg ? -v.n : v.n;
        memcpy(b->limbs, v.d, (size_t)v.n * sizeof(limb));
    }
    if (rt_type_is_gc(t))
        rt_gc_track(RT_OBJ(o));
    return RT_OBJ(o);
}

rt_object *rt_int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX)
        return rt_int_from_i64((int64_t)v);
    limb d[2] = { (limb)v, (limb)(v >> 32) };
    return rt_int_from_limbs(d, 2, false);
}

/* ---- magnitudes ----------------------------------------------------------- */

static int mag_cmp(const limb *a, intptr_t na, const limb *b, intptr_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (intptr_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* ---- 64-bit words ---------------------------------------------------------
 * The multiply and add loops read and write two limbs at a time as one
 * 64-bit word with 128-bit intermediates: half the loop trips of a limb
 * loop (CPython's 30-bit digits take one trip per digit).  wload/wstore
 * move the two limbs as one 64-bit access.  An odd top limb is read as a
 * word whose high half is zero. */

__extension__ typedef unsigned __int128 u128;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* two limbs in memory are the word itself (GCC does not merge the
 * portable form's two stores) */
static inline uint64_t wload(const limb *p)
{
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}
static inline void wstore(limb *p, uint64_t w) { memcpy(p, &w, sizeof w); }
#else
static inline uint64_t wload(const limb *p) { return (uint64_t)p[0] | (uint64_t)p[1] << 32; }
static inline void wstore(limb *p, uint64_t w)
{
    p[0] = (limb)w;
    p[1] = (limb)(w >> 32);
}
#endif
/* word i of an n-limb magnitude */
static inline uint64_t wword(const limb *p, intptr_t i, intptr_t n)
{
    return 2 * i + 1 < n ? wload(p + 2 * i) : p[2 * i];
}

/* r = a + b, na >= nb; r has na + 1 limbs (r may be a) */
static void mag_add(const limb *a, intptr_t na, const limb *b, intptr_t nb, limb *r)
{
    uint64_t c = 0;
    intptr_t i = 0;
    for (; i + 2 <= nb; i += 2) {
        u128 t = (u128)wload(a + i) + wload(b + i) + c;
        wstore(r + i, (uint64_t)t);
        c = (uint64_t)(t >> 64);
    }
    if (i < nb) {
        c += (uint64_t)a[i] + b[i];
        r[i++] = (limb)c;
        c >>= LIMB_BITS;
    }
    for (; i + 2 <= na; i += 2) {
        u128 t = (u128)wload(a + i) + c;
        wstore(r + i, (uint64_t)t);
        c = (uint64_t)(t >> 64);
    }
    if (i < na) {
        c += a[i];
        r[i] = (limb)c;
        c >>= LIMB_BITS;
    }
    r[na] = (limb)c;
}

/* r = a - b, a >= b; r has na limbs (r may be a or b) */
static void mag_sub(const limb *a, intptr_t na, const limb *b, intptr_t nb, limb *r)
{
    uint64_t borrow = 0;
    intptr_t i = 0;
    for (; i + 2 <= nb; i += 2) {
        u128 t = (u128)wload(a + i) - wload(b + i) - borrow;
        wstore(r + i, (uint64_t)t);
        borrow = (uint64_t)(t >> 127);   /* a wrapped difference has all high bits set */
    }
    if (i < nb) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i++] = (limb)t;
        borrow = t >> 63;
    }
    for (; i + 2 <= na; i += 2) {
        u128 t = (u128)wload(a + i) - borrow;
        wstore(r + i, (uint64_t)t);
        borrow = (uint64_t)(t >> 127);
    }
    if (i < na)
        r[i] = (limb)(a[i] - borrow);
}

/* the limbs mag_mul writes: a whole number of words per operand */
static intptr_t mul_limbs(intptr_t na, intptr_t nb)
{
    return ((na + 1) & ~(intptr_t)1) + ((nb + 1) & ~(intptr_t)1);
}

/* r = a * b; r has mul_limbs(na, nb) limbs, all written.  The outer loop
 * runs over the shorter operand, so a big int times a small one is one
 * pass over the big. */
static void mag_mul(const limb *a, intptr_t na, const limb *b, intptr_t nb, limb *r)
{
    if (na > nb) {
        const limb *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    intptr_t wa = (na + 1) / 2, wbf = nb / 2, wb = (nb + 1) / 2;
    bool odd = nb & 1;
    if (wa == 0) {
        memset(r, 0, (size_t)(2 * wb) * sizeof(limb));
        return;
    }
    /* the first row writes r; the others add into it */
    uint64_t x = wword(a, 0, na), c = 0;
    for (intptr_t j = 0; j < wbf; j++) {
        u128 t = (u128)x * wload(b + 2 * j) + c;
        wstore(r + 2 * j, (uint64_t)t);
        c = (uint64_t)(t >> 64);
    }
    if (odd) {
        u128 t = (u128)x * b[nb - 1] + c;
        wstore(r + 2 * wbf, (uint64_t)t);
        c = (uint64_t)(t >> 64);
    }
    wstore(r + 2 * wb, c);
    for (intptr_t i = 1; i < wa; i++) {
        limb *rp = r + 2 * i;
        x = wword(a, i, na);
        c = 0;
        if (x != 0) {
            for (intptr_t j = 0; j < wbf; j++) {
                u128 t = (u128)x * wload(b + 2 * j) + wload(rp + 2 * j) + c;
                wstore(rp + 2 * j, (uint64_t)t);
                c = (uint64_t)(t >> 64);
            }
            if (odd) {
                u128 t = (u128)x * b[nb - 1] + wload(rp + 2 * wbf) + c;
                wstore(rp + 2 * wbf, (uint64_t)t);
                c = (uint64_t)(t >> 64);
            }
        }
        wstore(rp + 2 * wb, c);
    }
}

/* r = a * a; r has mul_limbs(na, na) limbs.  Each cross product
 * a[i] * a[j] (i < j, in words) is computed once and doubled, then the
 * squares added: about half the multiplications of mag_mul. */
static void mag_sqr(const limb *a, intptr_t na, limb *r)
{
    intptr_t w = (na + 1) / 2;
    memset(r, 0, (size_t)(4 * w) * sizeof(limb));
    for (intptr_t i = 0; i + 1 < w; i++) {
        uint64_t x = wword(a, i, na), c = 0;
        if (x == 0)
            continue;
        for (intptr_t j = i + 1; j < w; j++) {
            u128 t = (u128)x * wword(a, j, na) + wload(r + 2 * (i + j)) + c;
            wstore(r + 2 * (i + j), (uint64_t)t);
            c = (uint64_t)(t >> 64);
        }
        wstore(r + 2 * (i + w), c);
    }
    uint64_t top = 0;   /* r <<= 1 */
    for (intptr_t k = 0; k < 2 * w; k++) {
        uint64_t v = wload(r + 2 * k);
        wstore(r + 2 * k, (v << 1) | top);
        top = v >> 63;
    }
    uint64_t c = 0;
    for (intptr_t i = 0; i < w; i++) {
        uint64_t x = wword(a, i, na);
        u128 sq = (u128)x * x;
        u128 t = (u128)wload(r + 4 * i) + (uint64_t)sq + c;
        wstore(r + 4 * i, (uint64_t)t);
        t = (u128)wload(r + 4 * i + 2) + (uint64_t)(sq >> 64) + (uint64_t)(t >> 64);
        wstore(r + 4 * i + 2, (uint64_t)t);
        c = (uint64_t)(t >> 64);
    }
}

/* q = a / d (q has na limbs, may alias a); returns the remainder */
static limb mag_div1(const limb *a, intptr_t na, limb d, limb *q)
{
    dlimb r = 0;
    for (intptr_t i = na - 1; i >= 0; i--) {
        dlimb cur = (r << LIMB_BITS) | a[i];
        q[i] = (limb)(cur / d);
        r = cur % d;
    }
    return (limb)r;
}

#define DIV_LOCAL_WORDS 128

/* Write word w as limbs 2i and 2i + 1 of d, those below n (a quotient's or
 * remainder's top word may reach past its limbs; that part is zero). */
static inline void put_word(limb *d, intptr_t i, intptr_t n, uint64_t w)
{
    if (2 * i < n)
        d[2 * i] = (limb)w;
    if (2 * i + 1 < n)
        d[2 * i + 1] = (limb)(w >> 32);
}

/* Knuth's algorithm D in 64-bit words: q = a / b (na - nb + 1 limbs),
 * r = a % b (nb limbs, unless r is NULL); nb >= 2, na >= nb, b's top limb
 * non-zero.  A divisor of one word is a short division.  -1 on allocation
 * failure. */
static int mag_divmod(const limb *a, intptr_t na, const limb *b, intptr_t nb, limb *q, limb *r)
{
    intptr_t wa = (na + 1) / 2, wb = (nb + 1) / 2, qn = na - nb + 1;
    if (wb == 1) {
        uint64_t d = wload(b), rem = 0;
        for (intptr_t i = wa - 1; i >= 0; i--) {
            u128 cur = (u128)rem << 64 | wword(a, i, na);
            uint64_t qw = (uint64_t)(cur / d);
            put_word(q, i, qn, qw);
            rem = (uint64_t)cur - qw * d;
        }
        if (r)
            wstore(r, rem);
        return 0;
    }
    uint64_t local[DIV_LOCAL_WORDS];   /* u and v of the common sizes, without malloc */
    bool heap = wa + 1 + wb > DIV_LOCAL_WORDS;
    uint64_t *u = heap ? malloc((size_t)(wa + 1 + wb) * sizeof(uint64_t)) : local;
    if (!u)
        return -1;
    uint64_t *v = u + wa + 1;
    int s = __builtin_clzll(wword(b, wb - 1, nb));   /* shift so v's top bit is set */
    for (intptr_t i = wb - 1; i > 0; i--)
        v[i] = s ? (wword(b, i, nb) << s) | (wword(b, i - 1, nb) >> (64 - s)) : wword(b, i, nb);
    v[0] = wword(b, 0, nb) << s;
    u[wa] = s ? wword(a, wa - 1, na) >> (64 - s) : 0;
    for (intptr_t i = wa - 1; i > 0; i--)
        u[i] = s ? (wword(a, i, na) << s) | (wword(a, i - 1, na) >> (64 - s)) : wword(a, i, na);
    u[0] = wword(a, 0, na) << s;
    uint64_t vtop = v[wb - 1], vnext = v[wb - 2];
    for (intptr_t j = wa - wb; j >= 0; j--) {
        uint64_t ujn = u[j + wb], ujn1 = u[j + wb - 1], ujn2 = u[j + wb - 2];
        uint64_t qhat, rhat;
        bool rhat_big;   /* rhat >= 2^64: the estimate can no longer be too large */
        if (ujn >= vtop) {   /* ujn == vtop: the estimate is the largest word */
            qhat = ~(uint64_t)0;
            u128 rh = (u128)ujn1 + vtop;
            rhat = (uint64_t)rh;
            rhat_big = (rh >> 64) != 0;
        } else {
            u128 num = (u128)ujn << 64 | ujn1;
            qhat = (uint64_t)(num / vtop);
            rhat = (uint64_t)(num - (u128)qhat * vtop);
            rhat_big = false;
        }
        while (!rhat_big && (u128)qhat * vnext > ((u128)rhat << 64 | ujn2)) {
            qhat--;
            u128 rh = (u128)rhat + vtop;
            rhat = (uint64_t)rh;
            rhat_big = (rh >> 64) != 0;
        }
        /* u[j..j+wb] -= qhat * v */
        uint64_t carry = 0, borrow = 0;
        for (intptr_t i = 0; i < wb; i++) {
            u128 p = (u128)qhat * v[i] + carry;
            carry = (uint64_t)(p >> 64);
            uint64_t pl = (uint64_t)p, x = u[i + j], t = x - pl;
            uint64_t b1 = x < pl, b2 = t < borrow;   /* never both */
            u[i + j] = t - borrow;
            borrow = b1 + b2;
        }
        u128 sub = (u128)carry + borrow;
        bool neg = (u128)u[j + wb] < sub;
        u[j + wb] -= (uint64_t)sub;
        if (neg) {   /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (intptr_t i = 0; i < wb; i++) {
                u128 t = (u128)u[i + j] + v[i] + c;
                u[i + j] = (uint64_t)t;
                c = (uint64_t)(t >> 64);
            }
            u[j + wb] += c;
        }
        put_word(q, j, qn, qhat);
    }
    if (r)
        for (intptr_t i = 0; i < wb; i++)
            put_word(r, i, nb, s ? (u[i] >> s) | (u[i + 1] << (64 - s)) : u[i]);
    if (heap)
        free(u);
    return 0;
}

/* ---- modular exponentiation ----------------------------------------------- */

#define POW_LOCAL_LIMBS 64

/* r = t mod m (r has mn limbs, zero-padded); t has tn limbs and is
 * clobbered only through q, scratch of tn + 1 limbs.  -1 on allocation
 * failure. */
static int mag_mod(const limb *t, intptr_t tn, const limb *m, intptr_t mn, limb *q, limb *r)
{
    tn = normalized(t, tn);
    if (tn < mn) {
        memcpy(r, t, (size_t)tn * sizeof(limb));
        memset(r + tn, 0, (size_t)(mn - tn) * sizeof(limb));
        return 0;
    }
    return mag_divmod(t, tn, m, mn, q, r);
}

/* pow(base, e, m) for m > 0, 0 <= base < m, e >= 0: square and multiply
 * on scratch limbs, so a step allocates no object (CPython's long_pow
 * makes two per step).  A modulus below 2^64 runs in 128-bit words. */
rt_object *rt_int_powmod_pos(rt_object *base, rt_object *e, rt_object *m)
{
    rt_int_view bv, ev, mv;
    rt_int_view_of(base, &bv);
    rt_int_view_of(e, &ev);
    rt_int_view_of(m, &mv);
    int64_t nbits = rt_int_bit_length(e);
    if (mv.n <= 2) {
        uint64_t mm = mv.n == 1 ? mv.d[0] : ((uint64_t)mv.d[1] << 32) | mv.d[0];
        uint64_t b = bv.n == 0 ? 0 : bv.n == 1 ? bv.d[0] : ((uint64_t)bv.d[1] << 32) | bv.d[0];
        uint64_t r = 1 % mm;
        for (int64_t i = nbits - 1; i >= 0; i--) {
            r = (uint64_t)((unsigned __int128)r * r % mm);
            if ((ev.d[i / LIMB_BITS] >> (i % LIMB_BITS)) & 1)
                r = (uint64_t)((unsigned __int128)r * b % mm);
        }
        return rt_int_from_u64(r);
    }
    intptr_t mn = mv.n;
    /* r: mn limbs, t: mul_limbs(mn, mn) <= 2 mn + 2 (a product), q: 2 mn + 1
     * (divmod's quotient) */
    limb local[POW_LOCAL_LIMBS * 5 + 3];
    limb *buf = mn <= POW_LOCAL_LIMBS ? local : malloc((size_t)(5 * mn + 3) * sizeof(limb));
    if (!buf)
        return rt_err_no_memory();
    limb *r = buf, *t = r + mn, *q = t + 2 * mn + 2;
    memset(r, 0, (size_t)mn * sizeof(limb));
    r[0] = 1;   /* m >= 2^64 > 1 */
    intptr_t bn = bv.n;
    int rc = 0;
    for (int64_t i = nbits - 1; i >= 0 && rc == 0; i--) {
        intptr_t rn = normalized(r, mn);
        mag_sqr(r, rn, t);
        rc = mag_mod(t, mul_limbs(rn, rn), mv.d, mn, q, r);
        if (rc == 0 && ((ev.d[i / LIMB_BITS] >> (i % LIMB_BITS)) & 1)) {
            rn = normalized(r, mn);
            mag_mul(r, rn, bv.d, bn, t);
            rc = mag_mod(t, mul_limbs(rn, bn), mv.d, mn, q, r);
        }
    }
    rt_object *res = rc == 0 ? rt_int_from_limbs(r, mn, false) : rt_err_no_memory();
    if (buf != local)
        free(buf);
    return res;
}

/* a ** e for e >= 1 with a non-zero: left-to-right square and multiply on
 * two scratch buffers, one object for the result.  CPython's long_pow
 * makes an object per step (10 ** 60 is nine); with a small base each
 * multiply is one short pass.  The result has at most bits(a) * e bits,
 * and so does every intermediate power, which bounds both buffers. */
rt_object *rt_int_pow_big(rt_object *a, int64_t e)
{
    rt_int_view av;
    rt_int_view_of(a, &av);
    int64_t abits = rt_int_bit_length(a);
    if (abits > ((int64_t)1 << 45) / e)   /* new_big's ceiling of 2^40 limbs */
        return rt_err_no_memory();
    intptr_t n = (intptr_t)((abits * e + LIMB_BITS - 1) / LIMB_BITS);
    size_t cap = 2 * (size_t)n + 4;   /* a square of up to n limbs, rounded to words */
    limb local[2 * (2 * POW_LOCAL_LIMBS + 4)];
    limb *buf = cap <= 2 * POW_LOCAL_LIMBS + 4 ? local : malloc(2 * cap * sizeof(limb));
    if (!buf)
        return rt_err_no_memory();
    limb *r = buf, *t = buf + cap;
    memcpy(r, av.d, (size_t)av.n * sizeof(limb));
    intptr_t rn = av.n;
    for (int i = 62 - __builtin_clzll((unsigned long long)e); i >= 0; i--) {
        mag_sqr(r, rn, t);
        rn = normalized(t, mul_limbs(rn, rn));
        limb *s = r;
        r = t;
        t = s;
        if ((e >> i) & 1) {
            mag_mul(r, rn, av.d, av.n, t);
            rn = normalized(t, mul_limbs(rn, av.n));
            s = r;
            r = t;
            t = s;
        }
    }
    rt_object *res = rt_int_from_limbs(r, rn, av.neg && (e & 1));
    if (buf != local)
        free(buf);
    return res;
}

/* ---- signed arithmetic ---------------------------------------------------- */

static rt_object *add_views(const rt_int_view *x, const rt_int_view *y, bool yneg)
{
    if (x->neg == yneg) {
        const rt_int_view *a = x->n >= y->n ? x : y, *b = a == x ? y : x;
        rt_bigint *r = new_big(a->n + 1);
        if (r)
            mag_add(a->d, a->n, b->d, b->n, r->limbs);
        return finish(r, x->neg);
    }
    int c = mag_cmp(x->d, x->n, y->d, y->n);
    const rt_int_view *a = c >= 0 ? x : y, *b = c >= 0 ? y : x;
    rt_bigint *r = new_big(a->n);
    if (r)
        mag_sub(a->d, a->n, b->d, b->n, r->limbs);
    return finish(r, c >= 0 ? x->neg : yneg);
}

rt_object *rt_int_add(rt_object *a, rt_object *b)
{
    rt_int_view x, y;
    rt_int_view_of(a, &x);
    rt_int_view_of(b, &y);
    return add_views(&x, &y, y.neg);
}

rt_object *rt_int_sub(rt_object *a, rt_object *b)
{
    rt_int_view x, y;
    rt_int_view_of(a, &x);
    rt_int_view_of(b, &y);
    return add_views(&x, &y, y.n ? !y.neg : false);
}

rt_object *rt_int_mul(rt_object *a, rt_object *b)
{
    rt_int_view x, y;
    rt_int_view_of(a, &x);
    rt_int_view_of(b, &y);
    rt_bigint *r = new_big(mul_limbs(x.n, y.n));
    if (r && a == b)
        mag_sqr(x.d, x.n, r->limbs);
    else if (r)
        mag_mul(x.d, x.n, y.d, y.n, r->limbs);
    return finish(r, x.neg != y.neg);
}

rt_object *rt_int_negate(rt_object *a)
{
    rt_int_view x;
    rt_int_view_of(a, &x);
    return rt_int_from_limbs(x.d, x.n, !x.neg);
}

int rt_int_sign(rt_object *o)
{
    int64_t v = RT_INT_VALUE(o);
    if (v != RT_INT_BIG)
        return (v > 0) - (v < 0);
    return rt_int_big_of(o)->size < 0 ? -1 : 1;
}

/* a magnitude of at most four limbs as one 128-bit word */
static u128 mag_u128(const rt_int_view *v)
{
    u128 m = 0;
    for (intptr_t i = v->n - 1; i >= 0; i--)
        m = m << LIMB_BITS | v->d[i];
    return m;
}

/* the canonical int of sign and 128-bit magnitude */
static rt_object *int_from_u128(u128 m, bool neg)
{
    if (m <= (u128)INT64_MAX)
        return rt_int_from_i64(neg ? -(int64_t)m : (int64_t)m);
    limb d[4] = { (limb)m, (limb)(m >> 32), (limb)(m >> 64), (limb)(m >> 96) };
    return rt_int_from_limbs(d, 4, neg);
}

/* Floor division of operands of at most 128 bits (a product of two 64-bit
 * ints reduced modulo a third: Miller-Rabin, Pollard rho, modular
 * recurrences) in one 128-bit division, without the quotient and
 * remainder scratch objects of the general path. */
static int divmod_u128(const rt_int_view *x, const rt_int_view *y, rt_object **qo, rt_object **ro)
{
    u128 a = mag_u128(x), b = mag_u128(y), q = a / b, r = a - q * b;
    if (x->neg != y->neg && r != 0) {
        q++;
        r = b - r;
    }
    rt_object *qq = qo ? int_from_u128(q, x->neg != y->neg) : NULL;
    rt_object *rr = ro ? int_from_u128(r, y->neg) : NULL;
    if ((qo && !qq) || (ro && !rr)) {
        rt_xdecref(qq);
        rt_xdecref(rr);
        return -1;
    }
    if (qo)
        *qo = qq;
    if (ro)
        *ro = rr;
    return 0;
}

int rt_int_divmod(rt_object *a, rt_object *b, rt_object **qo, rt_object **ro)
{
    rt_int_view x, y;
    rt_int_view_of(a, &x);
    rt_int_view_of(b, &y);
    if (x.n <= 4 && y.n <= 4)
        return divmod_u128(&x, &y, qo, ro);
    intptr_t qn = x.n >= y.n ? x.n - y.n + 1 : 1;
    rt_bigint *q = new_big(qn + 1), *r = new_big(y.n + 1);
    if (!q || !r)
        goto fail;
    memset(q->limbs, 0, (size_t)(qn + 1) * sizeof(limb));
    memset(r->limbs, 0, (size_t)(y.n + 1) * sizeof(limb));
    if (x.n < y.n) {
        memcpy(r->limbs, x.d, (size_t)x.n * sizeof(limb));
    } else if (y.n == 1) {
        r->limbs[0] = mag_div1(x.d, x.n, y.d[0], q->limbs);
    } else if (mag_divmod(x.d, x.n, y.d, y.n, q->limbs, r->limbs) < 0) {
        rt_err_no_memory();
        goto fail;
    }
    /* floor: when the signs differ and the remainder is not zero,
     * q = -(|q| + 1) and r = |b| - |r| (the divisor's sign) */
    bool rnz = normalized(r->limbs, y.n) != 0;
    if (x.neg != y.neg && rnz) {
        limb one = 1;
        mag_add(q->limbs, qn, &one, 1, q->limbs);
        mag_sub(y.d, y.n, r->limbs, y.n, r->limbs);
    }
    rt_object *qq = finish(q, x.neg != y.neg);
    rt_object *rr = finish(r, y.neg);
    if (!qq || !rr) {
        rt_xdecref(qq);
        rt_xdecref(rr);
        return -1;
    }
    if (qo)
        *qo = qq;
    else
        rt_decref(qq);
    if (ro)
        *ro = rr;
    else
        rt_decref(rr);
    return 0;
fail:
    if (q)
        rt_object_free(RT_OBJ(q));
    if (r)
        rt_object_free(RT_OBJ(r));
    return -1;
}

int rt_int_compare(rt_object *a, rt_object *b)
{
    int64_t p = RT_INT_VALUE(a), q = RT_INT_VALUE(b);
    if (p != RT_INT_BIG && q != RT_INT_BIG)
        return (p > q) - (p < q);
    rt_int_view x, y;
    rt_int_view_of(a, &x);
    rt_int_view_of(b, &y);
    if (x.neg != y.neg)
        return x.neg ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

int64_t rt_int_bit_length(rt_object *o)
{
    rt_int_view x;
    rt_int_view_of(o, &x);
    if (x.n == 0)
        return 0;
    return (int64_t)(x.n - 1) * LIMB_BITS + (LIMB_BITS - __builtin_clz(x.d[x.n - 1]));
}

/* ---- shifts and bitwise operators ------------------------------------------ */

/* a << s for s >= 0 */
rt_object *rt_int_lshift_big(rt_object *a, int64_t s)
{
    rt_int_view x;
    rt_int_view_of(a, &x);
    if (x.n == 0)
        return rt_int_from_i64(0);
    int64_t words = s / LIMB_BITS;
    int bits = (int)(s % LIMB_BITS);
    if (words > ((int64_t)1 << 36))
        return rt_err_no_memory();
    rt_bigint *r = new_big(x.n + (intptr_t)words + 1);
    if (!r)
        return NULL;
    memset(r->limbs, 0, (size_t)words * sizeof(limb));
    limb carry = 0;
    for (intptr_t i = 0; i < x.n; i++) {
        r->limbs[words + i] = (x.d[i] << bits) | carry;
        carry = bits ? x.d[i] >> (LIMB_BITS - bits) : 0;
    }
    r->limbs[words + x.n] = carry;
    return finish(r, x.neg);
}

/* a >> s for s >= 0: floor, so a negative a rounds toward -infinity */
rt_object *rt_int_rshift_big(rt_object *a, int64_t s)
{
    rt_int_view x;
    rt_int_view_of(a, &x);
    int64_t words = s / LIMB_BITS;
    int bits = (int)(s % LIMB_BITS);
    if (words >= x.n)
        return rt_int_from_i64(x.neg ? -1 : 0);
    intptr_t n = x.n - (intptr_t)words;
    rt_bigint *r = new_big(n + 1);
    if (!r)
        return NULL;
    bool lost = false;   /* a one bit shifted out (floor of a negative) */
    for (intptr_t i = 0; i < words; i++)
        lost |= x.d[i] != 0;
    if (bits)
        lost |= (x.d[words] & ((1u << bits) - 1)) != 0;
    for (intptr_t i = 0; i < n; i++) {
        limb lo = x.d[words + i] >> bits;
        limb hi = bits && words + i + 1 < x.n ? x.d[words + i + 1] << (LIMB_BITS - bits) : 0;
        r->limbs[i] = lo | hi;
    }
    r->limbs[n] = 0;
    if (x.neg && lost) {
        limb one = 1;
        mag_add(r->limbs, n, &one, 1, r->limbs);
    }
    return finish(r, x.neg);
}

/* Two's complement of a view in n limbs (n > x->n: room for the sign). */
static void twos(const rt_int_view *x, limb *t, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++)
        t[i] = i < x->n ? x->d[i] : 0;
    if (x->neg) {
        dlimb c = 1;
        for (intptr_t i = 0; i < n; i++) {
            c += (limb)~t[i];
            t[i] = (limb)c;
            c >>= LIMB_BITS;
        }
    }
}

/* op: '&', '|', '^' */
rt_object *rt_int_bitop_big(rt_object *a, rt_object *b, int op)
{
    rt_int_view x, y;
    rt_int_view_of(a, &x);
    rt_int_view_of(b, &y);
    intptr_t n = (x.n > y.n ? x.n : y.n) + 1;
    limb *tb = malloc((size_t)n * sizeof(limb));
    rt_bigint *r = new_big(n);
    if (!tb || !r) {
        free(tb);
        if (r)
            rt_object_free(RT_OBJ(r));
        return tb ? NULL : rt_err_no_memory();
    }
    twos(&x, r->limbs, n);
    twos(&y, tb, n);
    for (intptr_t i = 0; i < n; i++)
        r->limbs[i] = op == '&' ? r->limbs[i] & tb[i] : op == '|' ? r->limbs[i] | tb[i] : r->limbs[i] ^ tb[i];
    free(tb);
    bool neg = (r->limbs[n - 1] >> (LIMB_BITS - 1)) != 0;
    if (neg) {   /* back to sign and magnitude */
        rt_int_view v = { r->limbs, n, true, { 0, 0 } };
        twos(&v, r->limbs, n);
    }
    return finish(r, neg);
}

/* ---- hash, float ---------------------------------------------------------- */

intptr_t rt_int_hash(rt_object *o)
{
    if (rt_int_is_small(o))
        return rt_int_hash_value(RT_INT_VALUE(o));
    /* value mod 2^61-1: multiplying by 2^32 is a rotation of 61 bits */
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    rt_int_view x;
    rt_int_view_of(o, &x);
    uint64_t h = 0;
    for (intptr_t i = x.n - 1; i >= 0; i--) {
        h = ((h << 32) & p) | (h >> 29);
        h += x.d[i];
        if (h >= p)
            h -= p;
    }
    int64_t s = x.neg ? -(int64_t)h : (int64_t)h;
    return s == -1 ? -2 : (intptr_t)s;
}

/* m * 2^e rounded once to a double (half to even, subnormals included);
 * sticky says a non-zero fraction lies below m's last bit. */
static double round_scaled(const limb *m, intptr_t n, int64_t e, bool sticky)
{
    n = normalized(m, n);
    if (n == 0)
        return 0.0;
    int64_t nbits = (int64_t)(n - 1) * LIMB_BITS + (LIMB_BITS - __builtin_clz(m[n - 1]));
    int64_t top = nbits + e;          /* value in [2^(top-1), 2^top) */
    if (top > 1024)
        return HUGE_VAL;
    int64_t prec = 53;
    if (top - 1 < -1022)
        prec = top + 1074;             /* subnormal: fewer bits */
    if (prec < 0)
        return 0.0;                    /* below half the least subnormal */
    int64_t drop = nbits - prec;
    uint64_t mant;
    if (drop <= 0) {
        mant = 0;
        for (intptr_t i = n - 1; i >= 0; i--)
            mant = (mant << LIMB_BITS) | m[i];   /* nbits <= 53 here */
        return ldexp((double)mant, (int)e);
    }
    /* mant = m >> drop; half = bit drop-1; rest below */
    mant = 0;
    for (int64_t bit = nbits - 1; bit >= drop; bit--)
        mant = (mant << 1) | ((m[bit / LIMB_BITS] >> (bit % LIMB_BITS)) & 1);
    bool half = (m[(drop - 1) / LIMB_BITS] >> ((drop - 1) % LIMB_BITS)) & 1;
    bool rest = sticky;
    for (int64_t bit = 0; bit < drop - 1 && !rest; bit += LIMB_BITS) {
        int64_t w = bit / LIMB_BITS;
        limb mask = drop - 1 - bit >= LIMB_BITS ? 0xFFFFFFFFu : (limb)((1u << (drop - 1 - bit)) - 1);
        rest = (m[w] & mask) != 0;
    }
    if (half && (rest || (mant & 1)))
        mant++;
    return ldexp((double)mant, (int)(e + drop));
}

double rt_int_as_double(rt_object *o)
{
    if (rt_int_is_small(o))
        return (double)RT_INT_VALUE(o);
    rt_int_view x;
    rt_int_view_of(o, &x);
    double d = round_scaled(x.d, x.n, 0, false);
    if (isinf(d)) {
        rt_err_set_string(&rt_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return x.neg ? -d : d;
}

/* a / b for a != 0, b != 0, correctly rounded: the integer quotient of
 * |a| * 2^k by |b| with at least 55 bits, and a sticky bit for the
 * remainder, rounded once. */
rt_object *rt_int_truediv_big(rt_object *a, rt_object *b)
{
    bool neg = rt_int_sign(a) != rt_int_sign(b);
    int64_t k = 55 + rt_int_bit_length(b) - rt_int_bit_length(a);
    if (k < 0)
        k = 0;
    rt_object *an = rt_int_sign(a) < 0 ? rt_int_negate(a) : rt_newref(a);
    rt_object *bn = rt_int_sign(b) < 0 ? rt_int_negate(b) : rt_newref(b);
    rt_object *num = an ? rt_int_lshift_big(an, k) : NULL, *q = NULL, *r = NULL;
    double d = 0.0;
    bool ok = num && bn && rt_int_divmod(num, bn, &q, &r) == 0;
    if (ok) {
        rt_int_view qv;
        rt_int_view_of(q, &qv);
        d = round_scaled(qv.d, qv.n, -k, rt_int_sign(r) != 0);
    }
    rt_xdecref(an);
    rt_xdecref(bn);
    rt_xdecref(num);
    rt_xdecref(q);
    rt_xdecref(r);
    if (!ok)
        return NULL;
    if (isinf(d))
        return rt_err_set_string(&rt_exc_OverflowError, "integer division result too large for a float");
    return rt_float_from_double(neg ? -d : d);
}

int rt_int_compare_double(rt_object *i, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (rt_int_is_small(i)) {
        /* exact when both are within 2^53 of each other's type */
        int64_t v = RT_INT_VALUE(i);
        if (v > -((int64_t)1 << 53) && v < ((int64_t)1 << 53))
            return ((double)v > d) - ((double)v < d);
    }
    double t = trunc(d);
    rt_object *ti = rt_int_from_double(t);
    if (!ti) {
        rt_err_clear();
        return 0;
    }
    int c = rt_int_compare(i, ti);
    rt_decref(ti);
    if (c != 0)
        return c;
    return d > t ? -1 : d < t ? 1 : 0;
}

rt_object *rt_int_from_double(double d)
{
    if (isinf(d))
        return rt_err_set_string(&rt_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return rt_err_set_string(&rt_exc_ValueError, "cannot convert float NaN to integer");
    double t = trunc(d);
    if (t < 9223372036854775808.0 && t > -9223372036854775808.0)
        return rt_int_from_i64((int64_t)t);
    int e;
    double m = frexp(fabs(t), &e);          /* |t| = m * 2^e, 2^63 <= |t| */
    uint64_t mant = (uint64_t)ldexp(m, 53);  /* exact: 53 bits */
    limb d2[2] = { (limb)mant, (limb)(mant >> 32) };
    rt_object *base = rt_int_from_limbs(d2, 2, t < 0);
    if (!base)
        return NULL;
    rt_object *r = rt_int_lshift_big(base, e - 53);
    rt_decref(base);
    return r;
}

/* ---- text ----------------------------------------------------------------- */

int64_t rt_int_max_str_digits = 4300;

static rt_object *too_many_digits(void)
{
    return rt_err_format(&rt_exc_ValueError,
                         "Exceeds the limit (%ld digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         (long)rt_int_max_str_digits);
}

rt_object *rt_int_format_magnitude(rt_object *o, int base)
{
    rt_int_view x;
    rt_int_view_of(o, &x);
    static const char hex[] = "0123456789abcdef";
    if (x.n == 0)
        return rt_str_from_bytes("0", 1);
    if (base != 10) {
        int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
        int64_t nbits = rt_int_bit_length(o);
        intptr_t ndig = (intptr_t)((nbits + shift - 1) / shift);
        char *buf = malloc((size_t)ndig);
        if (!buf)
            return rt_err_no_memory();
        for (intptr_t i = 0; i < ndig; i++) {
            int64_t bit = (int64_t)i * shift;
            unsigned v = 0;
            for (int j = shift - 1; j >= 0; j--) {
                int64_t b = bit + j;
                v = (v << 1) | (b < nbits ? (x.d[b / LIMB_BITS] >> (b % LIMB_BITS)) & 1 : 0);
            }
            buf[ndig - 1 - i] = hex[v];
        }
        rt_object *s = rt_str_from_bytes(buf, ndig);
        free(buf);
        return s;
    }
    /* decimal: 9 digits per division by 10^9; a cheap bound first */
    int64_t nbits = rt_int_bit_length(o);
    if (rt_int_max_str_digits > 0 && (nbits - 1) * 0.30102999566398 + 1 > (double)rt_int_max_str_digits + 1)
        return too_many_digits();
    limb *t = malloc((size_t)x.n * sizeof(limb));
    intptr_t cap = (intptr_t)(x.n * 10 + 10);
    char *buf = malloc((size_t)cap);
    if (!t || !buf) {
        free(t);
        free(buf);
        return rt_err_no_memory();
    }
    memcpy(t, x.d, (size_t)x.n * sizeof(limb));
    intptr_t n = x.n, pos = cap;
    while (n > 0) {
        limb rem = mag_div1(t, n, 1000000000u, t);
        n = normalized(t, n);
        for (int i = 0; i < 9 && (n > 0 || rem); i++) {
            buf[--pos] = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    free(t);
    rt_object *s = NULL;
    if (rt_int_max_str_digits > 0 && cap - pos > rt_int_max_str_digits)
        too_many_digits();
    else
        s = rt_str_from_bytes(buf + pos, cap - pos);
    free(buf);
    return s;
}

/* digits (values < base, most significant first) to an int */
rt_object *rt_int_from_digit_values(const unsigned char *dv, intptr_t n, int base, bool neg)
{
    /* chunk: the most digits whose base^k fits a limb */
    int per = 0;
    dlimb pw = 1;
    while (pw * (dlimb)base <= 0xFFFFFFFFu) {
        pw *= (dlimb)base;
        per++;
    }
    intptr_t cap = (intptr_t)((double)n * log2((double)base) / LIMB_BITS) + 2;
    rt_bigint *r = new_big(cap);
    if (!r)
        return NULL;
    memset(r->limbs, 0, (size_t)cap * sizeof(limb));
    intptr_t used = 0;
    for (intptr_t i = 0; i < n;) {
        int k = 0;
        dlimb chunk = 0, mul = 1;
        for (; k < per && i < n; k++, i++) {
            chunk = chunk * (dlimb)base + dv[i];
            mul *= (dlimb)base;
        }
        dlimb c = chunk;
        for (intptr_t j = 0; j < used; j++) {
            c += (dlimb)r->limbs[j] * mul;
            r->limbs[j] = (limb)c;
            c >>= LIMB_BITS;
        }
        if (c && used < cap)
            r->limbs[used++] = (limb)c;
    }
    return finish(r, neg);
}

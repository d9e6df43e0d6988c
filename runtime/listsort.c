/*
 * listsort.c -- list.sort and sorted(): CPython 3.11's timsort, making the
 * same comparisons in the same order (so a program that counts or logs
 * __lt__ calls prints what CPython prints), on (key, value) pairs.
 *
 * The algorithm (CPython's Objects/listsort.txt describes the design):
 *  - runs: a natural run is non-descending, or strictly descending and then
 *    reversed; one shorter than minrun (32..64, from n) is extended by
 *    binary insertion to minrun items (or to the end of the list);
 *  - run stack: 3.11's powersort policy.  Each boundary between neighbouring
 *    runs has a power (its depth in a nearly balanced merge tree over the
 *    list's positions); before a run is pushed, the runs below whose power
 *    exceeds the new boundary's are merged, so the powers on the stack are
 *    strictly increasing and it holds at most one run per bit of n; at the
 *    end the stack collapses, the shorter neighbour of the top first;
 *  - merges: the part of the left run already below the right run's first
 *    item, and of the right run above the left's last, stay in place
 *    (found by galloping); the rest merges with the shorter side copied to
 *    scratch.  One-at-a-time until a side wins min_gallop times in a row,
 *    then galloping (exponential then binary search) while gallops skip at
 *    least MIN_GALLOP items.  min_gallop (initially 7) lives for the whole
 *    sort: each galloping round lowers it by one (not below 1), leaving
 *    galloping raises it by one, so random data gallops less and
 *    structured data more.
 *
 * Invariants (see list.h): while a sort runs, the list is detached (looks
 * empty), so a comparison that mutates it is detected; on error the array
 * holds a permutation of its items -- every step that can fail has moved
 * nothing yet, or a merge copies the rest of its scratch into the gap it
 * came from -- the same permutation CPython leaves.
 */
#include <string.h>
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

#define LIST(o) ((rt_list *)(o))
/* The sort's loops are instantiated per key kind (timsort_kind), so a
 * comparison of ints, strs or floats is inlined without a dispatch. */
#define SORT_INLINE static inline __attribute__((always_inline))

/* ---- sort --------------------------------------------------------------- */

/* One list item and its sort key (the item itself without key=). */
typedef struct sort_item {
    rt_object *key;
    rt_object *value;
} sort_item;

/* How keys compare, as CPython's pre-sort type check decides: when every
 * key is an exact small int, an exact str or an exact float, the sort
 * compares them directly (no user code can run, a comparison never fails).
 * CMP_SAME: every key of one other type: its comparison slot is called
 * directly, and only a NotImplemented goes through the whole protocol --
 * which calls a class's __lt__ a second time, as CPython's
 * unsafe_object_compare does.  When every key is a non-empty exact tuple
 * (CMP_TUPLE plus the kind of all the first items), tuples compare as
 * CPython's unsafe_tuple_compare does: the first unequal position decides,
 * position 0 with the first items' kind. */
enum { CMP_GENERIC, CMP_INT, CMP_STR, CMP_FLOAT, CMP_SAME, CMP_TUPLE = 8 };

static rt_richcmpfunc same_cmp;   /* CMP_SAME's slot */

/* a < b for keys of one kind (not CMP_TUPLE), or -1 on error. */
SORT_INLINE int key_lt(rt_object *a, rt_object *b, int kind)
{
    if (kind == CMP_INT)
        return RT_INT_VALUE(a) < RT_INT_VALUE(b);
    if (kind == CMP_STR)
        return rt_str_compare(a, b) < 0;
    if (kind == CMP_FLOAT)
        return RT_FLOAT_VALUE(a) < RT_FLOAT_VALUE(b);
    if (kind == CMP_SAME && RT_TYPE(a)->richcompare == same_cmp) {
        rt_object *r = same_cmp(a, b, RT_LT);
        if (!r)
            return -1;
        if (r != RT_NOTIMPLEMENTED) {
            int t = r == RT_TRUE ? 1 : r == RT_FALSE ? 0 : rt_is_true(r);
            rt_decref(r);
            return t;
        }
        rt_decref(r);
    }
    return rt_richcompare_bool(a, b, RT_LT);
}

static int tuple_key_lt(rt_object *a, rt_object *b, int first_kind)
{
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b), i = 0;
    rt_object **x = RT_TUPLE_ITEMS(a), **y = RT_TUPLE_ITEMS(b);
    /* First items of a known kind run no user code: one three-way
     * comparison says both whether they are equal and which is less. */
    if (first_kind == CMP_STR || first_kind == CMP_INT) {
        int c;
        if (first_kind == CMP_STR) {
            c = rt_str_compare(x[0], y[0]);
        } else {
            int64_t u = RT_INT_VALUE(x[0]), v = RT_INT_VALUE(y[0]);
            c = (u > v) - (u < v);
        }
        if (c)
            return c < 0;
        i = 1;
    }
    for (; i < na && i < nb; i++) {
        int k = rt_richcompare_bool(x[i], y[i], RT_EQ);
        if (k < 0)
            return -1;
        if (!k)
            break;
    }
    if (i >= na || i >= nb)
        return na < nb;
    return key_lt(x[i], y[i], i == 0 ? first_kind : CMP_GENERIC);
}

/* a < b, or -1 on error. */
SORT_INLINE int item_lt(const sort_item *a, const sort_item *b, int kind)
{
    if (kind & CMP_TUPLE)
        return tuple_key_lt(a->key, b->key, kind & ~CMP_TUPLE);
    return key_lt(a->key, b->key, kind);
}

/* The kind of the keys: every key (or, for a CMP_TUPLE, the first item of
 * every key) an exact small int, exact str or exact float, else generic. */
static int key_kind(const sort_item *a, intptr_t n)
{
    bool tuples = a[0].key->type == &rt_tuple_type;
    rt_object *k0 = a[0].key;
    if (tuples && RT_SIZE(k0) == 0)
        return CMP_GENERIC;
    rt_type *t = (tuples ? RT_TUPLE_ITEMS(k0)[0] : k0)->type;
    int kind = t == &rt_int_type ? CMP_INT : t == &rt_str_type ? CMP_STR
             : t == &rt_float_type ? CMP_FLOAT
             : t != &rt_tuple_type && t->richcompare ? CMP_SAME : CMP_GENERIC;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *k = a[i].key;
        if (tuples) {
            if (k->type != &rt_tuple_type || RT_SIZE(k) == 0)
                return CMP_GENERIC;
            k = RT_TUPLE_ITEMS(k)[0];
        }
        if (k->type != t || (t == &rt_int_type && !rt_int_is_small(k))) {
            if (!tuples)
                return CMP_GENERIC;   /* CMP_INT compares small ints' values */
            kind = CMP_GENERIC;
        }
    }
    if (kind == CMP_SAME)
        same_cmp = t->richcompare;
    return tuples ? CMP_TUPLE | kind : kind;
}

/* ---- timsort ------------------------------------------------------------ */

/* Galloping starts after this many wins in a row of one side (the initial
 * min_gallop) and stops when neither gallop skipped this many. */
#define MIN_GALLOP 7
/* Enough for any list: powersort keeps at most one run per bit of n. */
#define MAX_PENDING ((int)(sizeof(intptr_t) * 8))
/* Merges of up to this many items use the state's own scratch space. */
#define SMALL_TMP 64

typedef struct sort_run {
    sort_item *base;
    intptr_t len;
    int power;          /* the run's depth in powersort's merge tree */
} sort_run;

typedef struct sort_state {
    sort_item *items;   /* the whole array, for a run's start index */
    intptr_t n;
    intptr_t min_gallop;
    sort_item *tmp;     /* scratch for the shorter run of a merge */
    intptr_t tmp_cap;
    int npending;
    sort_run pending[MAX_PENDING];
    sort_item small[SMALL_TMP];
} sort_state;

static int tmp_reserve(sort_state *st, intptr_t need)
{
    if (need <= st->tmp_cap)
        return 0;
    if (st->tmp != st->small)
        rt_mem_free(st->tmp);
    st->tmp = rt_mem_malloc((size_t)need * sizeof(sort_item));
    if (!st->tmp) {
        st->tmp = st->small;
        st->tmp_cap = SMALL_TMP;
        rt_err_no_memory();
        return -1;
    }
    st->tmp_cap = need;
    return 0;
}

/* Binary insertion of a[start..n) into the sorted a[0..start): each new
 * item goes after the items equal to it (stable).  On error nothing of
 * the item being placed has moved, so a holds a permutation. */
SORT_INLINE int insertion_sort(sort_item *a, intptr_t start, intptr_t n, int kind)
{
    for (intptr_t i = start > 0 ? start : 1; i < n; i++) {
        sort_item x = a[i];
        intptr_t lo = 0, hi = i;
        while (lo < hi) {
            intptr_t mid = lo + ((hi - lo) >> 1);
            int k = item_lt(&x, &a[mid], kind);
            if (k < 0)
                return -1;
            if (k)
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(&a[lo + 1], &a[lo], (size_t)(i - lo) * sizeof(sort_item));
        a[lo] = x;
    }
    return 0;
}

/* The length of the run at a[0..n): non-descending, or strictly
 * descending (then reversed in place: strictness keeps it stable).  A
 * failed comparison leaves a unchanged. */
SORT_INLINE intptr_t count_run(sort_item *a, intptr_t n, int kind)
{
    if (n == 1)
        return 1;
    int k = item_lt(&a[1], &a[0], kind);
    if (k < 0)
        return -1;
    bool descending = k;
    intptr_t i = 2;
    for (; i < n; i++) {
        k = item_lt(&a[i], &a[i - 1], kind);
        if (k < 0)
            return -1;
        if (k != descending)
            break;
    }
    if (descending)
        for (intptr_t lo = 0, hi = i - 1; lo < hi; lo++, hi--) {
            sort_item t = a[lo]; a[lo] = a[hi]; a[hi] = t;
        }
    return i;
}

/* timsort's minimum run: n itself below 64, else between 32 and 64 so
 * that n / minrun is a power of two or a little less. */
static intptr_t min_run(intptr_t n)
{
    intptr_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/*
 * Where key goes in the sorted a[0..n), left of any equal items: the k
 * with a[k-1] < key <= a[k].  The search starts at a[hint] and leaps
 * 1, 3, 7, 15 ... away from it until it brackets key, then bisects the
 * bracket; -1 on error.
 */
SORT_INLINE intptr_t gallop_left(const sort_item *key, const sort_item *a, intptr_t n,
                                 intptr_t hint, int kind)
{
    intptr_t last = 0, ofs = 1;   /* offsets from hint */
    int k = item_lt(&a[hint], key, kind);
    if (k < 0)
        return -1;
    if (k) {   /* a[hint] < key: leap right until key <= a[hint + ofs] */
        intptr_t max = n - hint;
        while (ofs < max) {
            k = item_lt(&a[hint + ofs], key, kind);
            if (k < 0)
                return -1;
            if (!k)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        last += hint;
        ofs += hint;
    } else {   /* key <= a[hint]: leap left until a[hint - ofs] < key */
        intptr_t max = hint + 1;
        while (ofs < max) {
            k = item_lt(&a[hint - ofs], key, kind);
            if (k < 0)
                return -1;
            if (k)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        intptr_t t = last;
        last = hint - ofs;
        ofs = hint - t;
    }
    /* a[last] < key <= a[ofs] (a[-1] is minus infinity, a[n] plus) */
    for (last++; last < ofs;) {
        intptr_t m = last + ((ofs - last) >> 1);
        k = item_lt(&a[m], key, kind);
        if (k < 0)
            return -1;
        if (k)
            last = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* As gallop_left, but right of any equal items: a[k-1] <= key < a[k]. */
SORT_INLINE intptr_t gallop_right(const sort_item *key, const sort_item *a, intptr_t n,
                                  intptr_t hint, int kind)
{
    intptr_t last = 0, ofs = 1;
    int k = item_lt(key, &a[hint], kind);
    if (k < 0)
        return -1;
    if (k) {   /* key < a[hint]: leap left until a[hint - ofs] <= key */
        intptr_t max = hint + 1;
        while (ofs < max) {
            k = item_lt(key, &a[hint - ofs], kind);
            if (k < 0)
                return -1;
            if (!k)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        intptr_t t = last;
        last = hint - ofs;
        ofs = hint - t;
    } else {   /* a[hint] <= key: leap right until key < a[hint + ofs] */
        intptr_t max = n - hint;
        while (ofs < max) {
            k = item_lt(key, &a[hint + ofs], kind);
            if (k < 0)
                return -1;
            if (k)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        last += hint;
        ofs += hint;
    }
    for (last++; last < ofs;) {
        intptr_t m = last + ((ofs - last) >> 1);
        k = item_lt(key, &a[m], kind);
        if (k < 0)
            return -1;
        if (k)
            ofs = m;
        else
            last = m + 1;
    }
    return ofs;
}

#define ITEMS(n) ((size_t)(n) * sizeof(sort_item))

/*
 * Merge the runs pa[0..na) and pb[0..nb) (pb == pa + na, na <= nb), where
 * pb[0] belongs first and pa[na-1] after all of pb's first item... as
 * merge_at arranges: pb[0] < pa[0] and pa[na-1] > pb[nb-1].  A is copied
 * to scratch and the merge fills from the left.  One-at-a-time until a
 * side wins min_gallop times in a row, then galloping while a gallop skips
 * at least MIN_GALLOP items; min_gallop drops by one for each round of
 * galloping and rises by one when galloping stops, so it adapts to the
 * data across merges.  On error the rest of A is copied into the gap,
 * which it exactly fills: the array holds a permutation.
 */
SORT_INLINE int merge_lo(sort_state *st, sort_item *pa, intptr_t na, sort_item *pb, intptr_t nb,
                         int kind)
{
    if (tmp_reserve(st, na) < 0)
        return -1;
    sort_item *a = st->tmp, *b = pb, *dest = pa;
    memcpy(a, pa, ITEMS(na));
    int rc = -1;
    intptr_t k;
    *dest++ = *b++;
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto a_last;
    intptr_t mg = st->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;   /* wins in a row */
        for (;;) {
            int lt = item_lt(b, a, kind);
            if (lt < 0)
                goto fail;
            if (lt) {
                *dest++ = *b++;
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto done;
                if (bcount >= mg)
                    break;
            } else {
                *dest++ = *a++;
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto a_last;
                if (acount >= mg)
                    break;
            }
        }
        mg++;
        do {
            mg -= mg > 1;
            st->min_gallop = mg;
            k = gallop_right(b, a, na, 0, kind);
            if (k < 0)
                goto fail;
            acount = k;
            if (k) {
                memcpy(dest, a, ITEMS(k));
                dest += k;
                a += k;
                na -= k;
                if (na == 1)
                    goto a_last;
                if (na == 0)   /* only with an inconsistent __lt__ */
                    goto done;
            }
            *dest++ = *b++;
            if (--nb == 0)
                goto done;
            k = gallop_left(a, b, nb, 0, kind);
            if (k < 0)
                goto fail;
            bcount = k;
            if (k) {
                memmove(dest, b, ITEMS(k));
                dest += k;
                b += k;
                nb -= k;
                if (nb == 0)
                    goto done;
            }
            *dest++ = *a++;
            if (--na == 1)
                goto a_last;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        mg++;   /* leaving galloping costs a little */
        st->min_gallop = mg;
    }
done:
    rc = 0;
fail:
    if (na)
        memcpy(dest, a, ITEMS(na));
    return rc;
a_last:   /* A's last item goes after the rest of B */
    memmove(dest, b, ITEMS(nb));
    dest[nb] = *a;
    return 0;
}

/* The mirror of merge_lo for na > nb: B goes to scratch and the merge
 * fills from the right, so pa[na-1] and pb[nb-1] are the cursors. */
SORT_INLINE int merge_hi(sort_state *st, sort_item *pa, intptr_t na, sort_item *pb, intptr_t nb,
                         int kind)
{
    if (tmp_reserve(st, nb) < 0)
        return -1;
    sort_item *base_a = pa, *base_b = st->tmp;
    memcpy(base_b, pb, ITEMS(nb));
    sort_item *dest = pb + nb - 1, *a = pa + na - 1, *b = base_b + nb - 1;
    int rc = -1;
    intptr_t k;
    *dest-- = *a--;
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto b_first;
    intptr_t mg = st->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) {
            int lt = item_lt(b, a, kind);
            if (lt < 0)
                goto fail;
            if (lt) {
                *dest-- = *a--;
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto done;
                if (acount >= mg)
                    break;
            } else {
                *dest-- = *b--;
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto b_first;
                if (bcount >= mg)
                    break;
            }
        }
        mg++;
        do {
            mg -= mg > 1;
            st->min_gallop = mg;
            k = gallop_right(b, base_a, na, na - 1, kind);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest -= k;
                a -= k;
                memmove(dest + 1, a + 1, ITEMS(k));
                na -= k;
                if (na == 0)
                    goto done;
            }
            *dest-- = *b--;
            if (--nb == 1)
                goto b_first;
            k = gallop_left(a, base_b, nb, nb - 1, kind);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest -= k;
                b -= k;
                memcpy(dest + 1, b + 1, ITEMS(k));
                nb -= k;
                if (nb == 1)
                    goto b_first;
                if (nb == 0)   /* only with an inconsistent __lt__ */
                    goto done;
            }
            *dest-- = *a--;
            if (--na == 0)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        mg++;
        st->min_gallop = mg;
    }
done:
    rc = 0;
fail:
    if (nb)
        memcpy(dest - (nb - 1), base_b, ITEMS(nb));
    return rc;
b_first:   /* B's first item goes before the rest of A */
    dest -= na;
    a -= na;
    memmove(dest + 1, a + 1, ITEMS(na));
    *dest = *b;
    return 0;
}

/* Merge pending runs i and i+1.  The items of run i already below run
 * i+1's first item, and those of run i+1 already above run i's last, stay
 * where they are; the rest merges with the shorter side in scratch. */
SORT_INLINE int merge_at(sort_state *st, int i, int kind)
{
    sort_item *pa = st->pending[i].base, *pb = st->pending[i + 1].base;
    intptr_t na = st->pending[i].len, nb = st->pending[i + 1].len;
    st->pending[i].len = na + nb;
    if (i == st->npending - 3)
        st->pending[i + 1] = st->pending[i + 2];
    st->npending--;

    intptr_t k = gallop_right(pb, pa, na, 0, kind);
    if (k < 0)
        return -1;
    pa += k;
    na -= k;
    if (na == 0)
        return 0;
    nb = gallop_left(&pa[na - 1], pb, nb, nb - 1, kind);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(st, pa, na, pb, nb, kind) : merge_hi(st, pa, na, pb, nb, kind);
}

/* powersort's power of the boundary between two neighbouring runs
 * [s1, s1+n1) and [s1+n1, s1+n1+n2) of a list of n: with a and b the runs'
 * midpoints scaled to [0, 1), the first bit position where a's and b's
 * binary expansions differ.  Doubled midpoints keep it in integers. */
static int run_power(intptr_t s1, intptr_t n1, intptr_t n2, intptr_t n)
{
    intptr_t a = 2 * s1 + n1, b = a + n1 + n2;
    int power = 0;
    for (;;) {
        power++;
        if (a >= n) {          /* both next bits 1 */
            a -= n;
            b -= n;
        } else if (b >= n) {   /* they differ */
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A new run of n2 items follows the top of the stack: merge the runs
 * below whose power is greater than the new boundary's (they sit deeper
 * in the merge tree), so the stack's powers stay strictly increasing. */
SORT_INLINE int new_run(sort_state *st, intptr_t n2, int kind)
{
    if (st->npending == 0)
        return 0;
    sort_run *top = &st->pending[st->npending - 1];
    int power = run_power(top->base - st->items, top->len, n2, st->n);
    while (st->npending > 1 && st->pending[st->npending - 2].power > power)
        if (merge_at(st, st->npending - 2, kind) < 0)
            return -1;
    st->pending[st->npending - 1].power = power;
    return 0;
}

/* At the end, merge the stack down to one run, the shorter neighbour of
 * the top first. */
SORT_INLINE int collapse_all(sort_state *st, int kind)
{
    while (st->npending > 1) {
        int i = st->npending - 2;
        if (i > 0 && st->pending[i - 1].len < st->pending[i + 1].len)
            i--;
        if (merge_at(st, i, kind) < 0)
            return -1;
    }
    return 0;
}

SORT_INLINE int timsort_kind(sort_state *st, int kind)
{
    sort_item *lo = st->items;
    intptr_t left = st->n, minrun = min_run(st->n);
    while (left > 0) {
        intptr_t len = count_run(lo, left, kind);
        if (len < 0)
            return -1;
        if (len < minrun) {
            intptr_t force = left <= minrun ? left : minrun;
            if (insertion_sort(lo, len, force, kind) < 0)
                return -1;
            len = force;
        }
        if (new_run(st, len, kind) < 0)
            return -1;
        st->pending[st->npending].base = lo;
        st->pending[st->npending].len = len;
        st->npending++;
        lo += len;
        left -= len;
    }
    return collapse_all(st, kind);
}

static int merge_sort(sort_item *a, intptr_t n)
{
    rt_richcmpfunc outer = same_cmp;   /* a comparison may sort another list */
    sort_state state, *st = &state;   /* ~2.5 KB, as CPython's MergeState */
    st->items = a;
    st->n = n;
    st->min_gallop = MIN_GALLOP;
    st->tmp = st->small;
    st->tmp_cap = SMALL_TMP;
    st->npending = 0;
    int kind = key_kind(a, n), rc;
    switch (kind) {   /* constant kinds: the comparisons inline */
    case CMP_INT: rc = timsort_kind(st, CMP_INT); break;
    case CMP_STR: rc = timsort_kind(st, CMP_STR); break;
    case CMP_FLOAT: rc = timsort_kind(st, CMP_FLOAT); break;
    default: rc = timsort_kind(st, kind); break;
    }
    same_cmp = outer;
    if (st->tmp != st->small)
        rt_mem_free(st->tmp);
    return rc;
}

int rt_list_sort_reverse_arg(rt_object *v)
{
    rt_object *i = rt_number_index(v);
    if (!i)
        return -1;
    int r = rt_is_true(i);
    rt_decref(i);
    return r;
}

int rt_list_sort(rt_object *o, rt_object *key, bool reverse)
{
    rt_list *l = LIST(o);
    if (key == RT_NONE)
        key = NULL;
    /* Detach the items: during the sort the list looks empty, so a
     * comparison that mutates it is detected (and cannot corrupt us). */
    rt_object **items = l->items;
    intptr_t n = RT_SIZE(l), allocated = l->allocated;
    l->items = NULL;
    RT_SIZE(l) = 0;
    l->allocated = 0;

    int rc = 0;
    intptr_t nkeys = 0;
    sort_item *a = NULL;
    if (n == 1 && key) {   /* CPython calls the key even when nothing is compared */
        rt_object *k = rt_call_vector(key, &items[0], 1);
        if (!k)
            rc = -1;
        RT_XDECREF(k);
    }
    if (n > 1) {
        a = rt_mem_malloc((size_t)n * sizeof(sort_item));
        if (!a) {
            rt_err_no_memory();
            rc = -1;
            goto restore;
        }
    }
    for (; nkeys < n && n > 1; nkeys++) {
        a[nkeys].value = items[nkeys];
        if (key) {
            a[nkeys].key = rt_call_vector(key, &items[nkeys], 1);
            if (!a[nkeys].key) {
                rc = -1;
                goto restore;
            }
        } else {
            a[nkeys].key = items[nkeys];
        }
    }
    if (n > 1) {
        /* reverse=True keeps equal items in their original order:
         * reverse, sort stably, reverse again (as CPython). */
        if (reverse)
            for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
                sort_item t = a[i]; a[i] = a[j]; a[j] = t;
            }
        rc = merge_sort(a, n);
        if (reverse)
            for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
                sort_item t = a[i]; a[i] = a[j]; a[j] = t;
            }
        for (intptr_t i = 0; i < n; i++)
            items[i] = a[i].value;
    }
restore:
    if (a) {
        if (key)
            for (intptr_t i = 0; i < nkeys; i++)
                RT_DECREF(a[i].key);
        rt_mem_free(a);
    }
    /* Anything the comparisons put into the list is dropped, as CPython. */
    rt_object **junk = l->items;
    intptr_t njunk = RT_SIZE(l);
    bool modified = junk != NULL || njunk != 0;
    l->items = items;
    RT_SIZE(l) = n;
    l->allocated = allocated;
    while (--njunk >= 0)
        RT_DECREF(junk[njunk]);
    rt_mem_free(junk);
    if (modified && rc == 0) {
        rt_err_set_string(&rt_exc_ValueError, "list modified during sort");
        rc = -1;
    }
    return rc;
}

/*
 * listsort.c -- list.sort and sorted(): a stable merge sort of (key,
 * value) pairs that cuts runs as CPython 3.11's timsort does.
 *
 * Invariants (see list.h): while a sort runs, the list is detached (looks
 * empty), so a comparison that mutates it is detected; on error the list
 * holds a permutation of its items.
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
/* The sort's loops are instantiated per key kind (merge_sort_kind), so a
 * comparison of ints, strs or floats is inlined without a dispatch. */
#define SORT_INLINE static inline __attribute__((always_inline))

/* ---- sort --------------------------------------------------------------- */

/*
 * A stable sort of (key, value) pairs that makes CPython 3.11's comparisons
 * while it finds runs: the list is cut into runs as timsort cuts it (a
 * natural run, strictly descending ones reversed, extended to the minimum
 * run length by binary insertion), so a list shorter than 64 items is
 * sorted with exactly CPython's sequence of __lt__ calls.  Longer lists
 * then merge neighbouring runs pairwise, without timsort's galloping (same
 * result, other comparisons).  Every merge copies the left run to a scratch
 * buffer and merges back in place; if a comparison raises, the rest of the
 * scratch buffer is copied into the gap it came from, so the array always
 * holds a permutation of the items.  Merging is skipped when the runs are
 * already in order.
 */
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

/* Binary insertion of a[start..n) into the sorted a[0..start). */
SORT_INLINE int insertion_sort(sort_item *a, intptr_t start, intptr_t n, int kind)
{
    for (intptr_t i = start > 0 ? start : 1; i < n; i++) {
        sort_item x = a[i];
        intptr_t lo = 0, hi = i;
        /* Find the first position whose item is > x (stable: after equals). */
        while (lo < hi) {
            intptr_t mid = lo + (hi - lo) / 2;
            int k = item_lt(&x, &a[mid], kind);
            if (k < 0)
                return -1;   /* a[0..i) sorted, x still at a[i]: a permutation */
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
 * descending (then reversed in place, which keeps the sort stable). */
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

SORT_INLINE int merge(sort_item *a, intptr_t lo, intptr_t mid, intptr_t hi, sort_item *tmp, int kind)
{
    int k = item_lt(&a[mid], &a[mid - 1], kind);
    if (k <= 0)
        return k;   /* already in order, or error (nothing moved) */
    intptr_t nl = mid - lo;
    memcpy(tmp, &a[lo], (size_t)nl * sizeof(sort_item));
    intptr_t i = 0, j = mid, out = lo;
    int rc = 0;
    while (i < nl && j < hi) {
        /* Take from the right only when strictly smaller: stability. */
        k = item_lt(&a[j], &tmp[i], kind);
        if (k < 0) {
            rc = -1;
            break;
        }
        a[out++] = k ? a[j++] : tmp[i++];
    }
    memcpy(&a[out], &tmp[i], (size_t)(nl - i) * sizeof(sort_item));
    return rc;
}

SORT_INLINE int merge_sort_kind(sort_item *a, intptr_t n, int kind)
{
    intptr_t minrun = min_run(n), nruns = 0;
    /* run boundaries: at most n / 32 + 2 runs of at least minrun (but the last) */
    intptr_t *bound = rt_mem_malloc((size_t)(n / 16 + 4) * sizeof(intptr_t));
    if (!bound) {
        rt_err_no_memory();
        return -1;
    }
    bound[0] = 0;
    for (intptr_t lo = 0; lo < n;) {
        intptr_t left = n - lo;
        intptr_t len = count_run(a + lo, left, kind);
        if (len < 0)
            goto fail;
        if (len < minrun) {
            intptr_t force = left < minrun ? left : minrun;
            if (insertion_sort(a + lo, len, force, kind) < 0)
                goto fail;
            len = force;
        }
        lo += len;
        bound[++nruns] = lo;
    }
    sort_item *tmp = nruns > 1 ? rt_mem_malloc((size_t)n * sizeof(sort_item)) : NULL;
    if (nruns > 1 && !tmp) {
        rt_err_no_memory();
        goto fail;
    }
    int rc = 0;
    while (nruns > 1 && rc == 0) {
        intptr_t out = 0;
        for (intptr_t r = 0; r < nruns; r += 2) {
            if (r + 1 < nruns && merge(a, bound[r], bound[r + 1], bound[r + 2], tmp, kind) < 0) {
                rc = -1;
                break;
            }
            bound[++out] = bound[r + 2 <= nruns ? r + 2 : nruns];
        }
        nruns = out;
    }
    rt_mem_free(tmp);
    rt_mem_free(bound);
    return rc;
fail:
    rt_mem_free(bound);
    return -1;
}

static int merge_sort(sort_item *a, intptr_t n)
{
    rt_richcmpfunc outer = same_cmp;   /* a comparison may sort another list */
    int kind = key_kind(a, n), rc;
    switch (kind) {   /* constant kinds: the comparisons inline */
    case CMP_INT: rc = merge_sort_kind(a, n, CMP_INT); break;
    case CMP_STR: rc = merge_sort_kind(a, n, CMP_STR); break;
    case CMP_FLOAT: rc = merge_sort_kind(a, n, CMP_FLOAT); break;
    default: rc = merge_sort_kind(a, n, kind); break;
    }
    same_cmp = outer;
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

/*
 * range.c -- range objects and their iterators.
 *
 * Two layouts of the one type, as int's: a range whose start, stop, step
 * and length all fit 64 bits keeps them as C integers (every operation on
 * it is C arithmetic); any other (range(2**100), range(-2**63, 2**63))
 * has length == RANGE_BIG and keeps four ints after the struct, and its
 * operations use int arithmetic, as CPython's for every range.
 *
 * Invariants: step != 0; length is the exact number of items (computed in
 * unsigned arithmetic so that extreme 64-bit bounds do not overflow);
 * item i is start + i * step for 0 <= i < length.
 */
#include "runtime/range.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/bigint.h"

#define RANGE(o) ((rt_range *)(o))
#define RANGE_BIG (-1)

/* A big range's bounds (exact ints, owned), after its rt_range. */
typedef struct big_fields {
    rt_object *f[4];   /* start, stop, step, length */
} big_fields;
enum { F_START, F_STOP, F_STEP, F_LEN };

static inline bool is_big(rt_object *o) { return RANGE(o)->length == RANGE_BIG; }
static inline rt_object **big_of(rt_object *o) { return ((big_fields *)(RANGE(o) + 1))->f; }

/* start, stop, step or length as a new int, in either layout. */
static rt_object *field(rt_object *o, int k)
{
    if (is_big(o))
        return rt_newref(big_of(o)[k]);
    rt_range *r = RANGE(o);
    return rt_int_from_i64(k == F_START ? r->start : k == F_STOP ? r->stop : k == F_STEP ? r->step : r->length);
}

static int range_length_of(intptr_t start, intptr_t stop, intptr_t step, intptr_t *out)
{
    uint64_t n = 0;
    if (step > 0 && start < stop)
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop)
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    if (n > (uint64_t)INTPTR_MAX)
        return -1;   /* the big layout's */
    *out = (intptr_t)n;
    return 0;
}

/* The length of range(start, stop, step) in ints (CPython's
 * compute_range_length); NULL + exception. */
static rt_object *big_length(rt_object *start, rt_object *stop, rt_object *step)
{
    rt_object *lo = start, *hi = stop, *st = NULL;
    if (rt_int_sign(step) < 0) {
        lo = stop;
        hi = start;
        st = rt_int_negate(step);
    } else {
        st = rt_newref(step);
    }
    if (!st)
        return NULL;
    rt_object *r = NULL;
    if (rt_int_compare(lo, hi) >= 0) {
        r = rt_int_from_i64(0);
    } else {
        rt_object *one = rt_int_from_i64(1), *d = rt_int_sub(hi, lo), *d1 = d ? rt_int_sub(d, one) : NULL, *q = NULL;
        if (d1 && rt_int_divmod(d1, st, &q, NULL) == 0) {
            r = rt_int_add(q, one);
            rt_decref(q);
        }
        rt_xdecref(d1);
        rt_xdecref(d);
        rt_decref(one);
    }
    rt_decref(st);
    return r;
}

/* A range in the big layout from three exact ints (borrowed). */
static rt_object *big_new(rt_object *start, rt_object *stop, rt_object *step)
{
    rt_object *len = big_length(start, stop, step);
    if (!len)
        return NULL;
    rt_range *r = (rt_range *)rt_object_new_sized(&rt_range_type, sizeof(rt_range) + sizeof(big_fields));
    if (!r) {
        rt_decref(len);
        return NULL;
    }
    r->length = RANGE_BIG;
    rt_object **f = big_of(RT_OBJ(r));
    f[F_START] = rt_newref(start);
    f[F_STOP] = rt_newref(stop);
    f[F_STEP] = rt_newref(step);
    f[F_LEN] = len;
    return RT_OBJ(r);
}

/* range(start, stop, step) of ints of any size (borrowed), in the layout
 * that fits. */
static rt_object *range_new_ints(rt_object *start, rt_object *stop, rt_object *step)
{
    if (rt_int_sign(step) == 0)
        return rt_err_set_string(&rt_exc_ValueError, "range() arg 3 must not be zero");
    intptr_t len;
    if (rt_int_is_small(start) && rt_int_is_small(stop) && rt_int_is_small(step)
        && range_length_of(RT_INT_VALUE(start), RT_INT_VALUE(stop), RT_INT_VALUE(step), &len) == 0)
        return rt_range_new(RT_INT_VALUE(start), RT_INT_VALUE(stop), RT_INT_VALUE(step));
    return big_new(start, stop, step);
}

/* Not a GC container (ints cannot form cycles), but the tracing
 * collectors must reach a big range's ints. */
static int range_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    if (is_big(o))
        for (int k = 0; k < 4; k++)
            RT_VISIT(big_of(o)[k]);
    return 0;
}

static void range_dealloc(rt_object *o)
{
    if (is_big(o))
        for (int k = 0; k < 4; k++)
            rt_decref(big_of(o)[k]);
    rt_object_free(o);
}

rt_object *rt_range_new(intptr_t start, intptr_t stop, intptr_t step)
{
    if (step == 0)
        return rt_err_set_string(&rt_exc_ValueError, "range() arg 3 must not be zero");
    intptr_t len;
    if (range_length_of(start, stop, step, &len) < 0) {
        rt_object *a = rt_int_from_i64(start), *b = rt_int_from_i64(stop), *c = rt_int_from_i64(step);
        rt_object *r = a && b && c ? big_new(a, b, c) : NULL;
        rt_xdecref(a);
        rt_xdecref(b);
        rt_xdecref(c);
        return r;
    }
    /* Every field is written below: no zeroing (boehm's atomic blocks
     * come unzeroed, and zeroing them was a memset call per range). */
    rt_range *r = (rt_range *)rt_object_new_pointer_free_unzeroed(&rt_range_type);
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return RT_OBJ(r);
}

/* An argument of range() as an exact int (new), as PyNumber_Index. */
static rt_object *range_arg(rt_object *o)
{
    if (!rt_index_check(o))
        return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             o->type->name);
    return rt_int_index_exact(o);
}

rt_object *rt_range_from_args(rt_object *const *args, intptr_t nargs)
{
    if (nargs < 1)
        return rt_err_set_string(&rt_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return rt_err_format(&rt_exc_TypeError, "range expected at most 3 arguments, got %ld",
                             (long)nargs);
    intptr_t first = nargs == 1 ? 1 : 0;
    /* the common case, small ints: no references taken (rt_range_new
     * goes to the big layout if the length does not fit) */
    int64_t iv[3] = { 0, 0, 1 };
    intptr_t k = 0;
    while (k < nargs && rt_int_check_exact(args[k]) && rt_int_is_small(args[k])) {
        iv[first + k] = RT_INT_VALUE(args[k]);
        k++;
    }
    if (k == nargs)
        return rt_range_new(iv[0], iv[1], iv[2]);
    rt_object *v[3] = { NULL, NULL, NULL }, *r = NULL;
    for (intptr_t i = 0; i < nargs; i++)
        if (!(v[first + i] = range_arg(args[i])))
            goto done;
    if (!v[0] && !(v[0] = rt_int_from_i64(0)))
        goto done;
    if (!v[2] && !(v[2] = rt_int_from_i64(1)))
        goto done;
    r = range_new_ints(v[0], v[1], v[2]);
done:
    for (int i = 0; i < 3; i++)
        rt_xdecref(v[i]);
    return r;
}

intptr_t rt_range_item(rt_object *o, intptr_t i)
{
    /* Unsigned: start + i*step is in range, intermediate products may not be. */
    return (intptr_t)((uint64_t)RANGE(o)->start + (uint64_t)i * (uint64_t)RANGE(o)->step);
}

/* start + i * step for an int i (borrowed), in ints. */
static rt_object *big_item(rt_object *o, rt_object *i)
{
    rt_object *st = field(o, F_STEP), *start = field(o, F_START);
    rt_object *m = st ? rt_int_mul(i, st) : NULL, *r = m && start ? rt_int_add(start, m) : NULL;
    rt_xdecref(m);
    rt_xdecref(st);
    rt_xdecref(start);
    return r;
}

static rt_object *range_repr(rt_object *o)
{
    if (!is_big(o)) {
        rt_range *r = RANGE(o);
        if (r->step == 1)
            return rt_str_from_format("range(%zd, %zd)", r->start, r->stop);
        return rt_str_from_format("range(%zd, %zd, %zd)", r->start, r->stop, r->step);
    }
    rt_object **f = big_of(o);
    if (RT_INT_VALUE(f[F_STEP]) == 1)
        return rt_str_from_format("range(%R, %R)", f[F_START], f[F_STOP]);
    return rt_str_from_format("range(%R, %R, %R)", f[F_START], f[F_STOP], f[F_STEP]);
}

static intptr_t range_len(rt_object *o)
{
    if (!is_big(o))
        return RANGE(o)->length;
    rt_object *n = big_of(o)[F_LEN];
    if (!rt_int_is_small(n)) {
        rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)RT_INT_VALUE(n);
}

static int range_bool(rt_object *o)
{
    return is_big(o) ? rt_int_sign(big_of(o)[F_LEN]) != 0 : RANGE(o)->length != 0;
}

/* Item i (an int of any size, borrowed; negative counts from the end). */
static rt_object *item_at(rt_object *o, rt_object *i)
{
    rt_object *len = field(o, F_LEN), *k = len ? (rt_int_sign(i) < 0 ? rt_int_add(i, len) : rt_newref(i)) : NULL;
    rt_object *r = NULL;
    if (k) {
        if (rt_int_sign(k) < 0 || rt_int_compare(k, len) >= 0)
            rt_err_set_string(&rt_exc_IndexError, "range object index out of range");
        else
            r = big_item(o, k);
    }
    rt_xdecref(k);
    rt_xdecref(len);
    return r;
}

static rt_object *range_seq_item(rt_object *o, intptr_t i)
{
    if (is_big(o)) {
        rt_object *k = rt_int_from_i64(i), *r = k ? item_at(o, k) : NULL;
        rt_xdecref(k);
        return r;
    }
    if (i < 0 || i >= RANGE(o)->length)
        return rt_err_set_string(&rt_exc_IndexError, "range object index out of range");
    return rt_int_from_i64(rt_range_item(o, i));
}

/* A slice bound (borrowed, not None) as an index clamped to [lo, hi]
 * (new), negative ones counted from len: CPython's _PySlice_GetLongIndices. */
static rt_object *slice_bound(rt_object *b, rt_object *len, rt_object *lo, rt_object *hi)
{
    rt_object *i = rt_number_index(b);
    if (!i) {
        if (rt_err_matches(&rt_exc_TypeError)) {
            rt_err_clear();
            rt_err_set_string(&rt_exc_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
        }
        return NULL;
    }
    if (rt_int_sign(i) < 0)
        RT_SETREF(i, rt_int_add(i, len));
    if (i && rt_int_compare(i, lo) < 0)
        RT_SETREF(i, rt_newref(lo));
    else if (i && rt_int_compare(i, hi) > 0)
        RT_SETREF(i, rt_newref(hi));
    return i;
}

/* o[slice] for a big range: the slice's indices computed in ints. */
static rt_object *big_slice(rt_object *o, rt_slice *sl)
{
    rt_object *len = big_of(o)[F_LEN], *step = NULL, *lo = NULL, *hi = NULL, *a = NULL, *b = NULL;
    rt_object *ia = NULL, *ib = NULL, *st = NULL, *res = NULL;
    step = sl->step == RT_NONE ? rt_int_from_i64(1) : rt_number_index(sl->step);
    if (!step)
        goto done;
    if (rt_int_sign(step) == 0) {
        rt_err_set_string(&rt_exc_ValueError, "slice step cannot be zero");
        goto done;
    }
    bool down = rt_int_sign(step) < 0;
    rt_object *one = rt_int_from_i64(1);
    lo = down ? rt_int_from_i64(-1) : rt_int_from_i64(0);
    hi = down ? rt_int_sub(len, one) : rt_newref(len);
    rt_decref(one);
    if (!lo || !hi)
        goto done;
    a = sl->start == RT_NONE ? rt_newref(down ? hi : lo) : slice_bound(sl->start, len, lo, hi);
    b = a ? (sl->stop == RT_NONE ? rt_newref(down ? lo : hi) : slice_bound(sl->stop, len, lo, hi)) : NULL;
    if (!b)
        goto done;
    ia = big_item(o, a);
    ib = ia ? big_item(o, b) : NULL;
    st = ib ? rt_int_mul(big_of(o)[F_STEP], step) : NULL;
    if (st)
        res = range_new_ints(ia, ib, st);
done: ;
    rt_object *tmp[] = { step, lo, hi, a, b, ia, ib, st };
    for (size_t j = 0; j < sizeof tmp / sizeof tmp[0]; j++)
        rt_xdecref(tmp[j]);
    return res;
}

static rt_object *range_subscript(rt_object *o, rt_object *key)
{
    rt_range *r = RANGE(o);
    if (rt_slice_check(key)) {
        if (is_big(o))
            return big_slice(o, (rt_slice *)key);
        intptr_t start, stop, step, n;
        if (rt_slice_indices(key, r->length, &start, &stop, &step, &n) < 0)
            return NULL;
        /* The sub-range maps the slice's clamped indices through this
         * range, as CPython does (so repr(range(10)[2:7:2]) keeps stop 7). */
        (void)n;
        intptr_t st = (intptr_t)((uint64_t)r->step * (uint64_t)step);
        return rt_range_new(rt_range_item(o, start), rt_range_item(o, stop), st);
    }
    if (!rt_index_check(key))
        return rt_err_format(&rt_exc_TypeError, "range indices must be integers or slices, not %s",
                             key->type->name);
    if (is_big(o)) {
        rt_object *i = rt_number_index(key), *res = i ? item_at(o, i) : NULL;
        rt_xdecref(i);
        return res;
    }
    intptr_t i;
    if (rt_int_check(key) && !rt_int_is_small(key))
        i = INTPTR_MIN;   /* beyond any range: range_seq_item's IndexError */
    else if (rt_index_as_ssize(key, &i) < 0)
        return NULL;
    if (i < 0 && i != INTPTR_MIN)
        i += r->length;
    return range_seq_item(o, i);
}

/* x in a big range, x an int: within the bounds and on the step; 1/0/-1. */
static int big_contains(rt_object *o, rt_object *x)
{
    rt_object **f = big_of(o);
    bool up = rt_int_sign(f[F_STEP]) > 0;
    if (up ? rt_int_compare(x, f[F_START]) < 0 || rt_int_compare(x, f[F_STOP]) >= 0
           : rt_int_compare(x, f[F_START]) > 0 || rt_int_compare(x, f[F_STOP]) <= 0)
        return 0;
    rt_object *d = rt_int_sub(x, f[F_START]), *m = NULL;
    int r = d && rt_int_divmod(d, f[F_STEP], NULL, &m) == 0 ? rt_int_sign(m) == 0 : -1;
    rt_xdecref(d);
    rt_xdecref(m);
    return r;
}

static int range_contains(rt_object *o, rt_object *x)
{
    rt_range *r = RANGE(o);
    if (rt_int_check(x) && is_big(o))
        return big_contains(o, x);
    if (rt_int_check(x)) {   /* ints and bools: arithmetic, no iteration */
        intptr_t v = (intptr_t)RT_INT_VALUE(x);
        if (r->length == 0 || v == RT_INT_BIG)   /* a small range holds 64-bit values */
            return 0;
        intptr_t last = rt_range_item(o, r->length - 1);
        if (r->step > 0 ? (v < r->start || v > last) : (v > r->start || v < last))
            return 0;
        /* the distance from start, counted in the step's direction (never
         * negative: v lies between start and last) */
        uint64_t dist = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
        return dist % (r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step) == 0;
    }
    rt_object *it = rt_get_iter(o);
    if (!it)
        return -1;
    int k = 0;
    rt_object *y;
    while (!k && (y = rt_iter_next(it)) != NULL) {
        k = rt_richcompare_bool(y, x, RT_EQ);
        RT_DECREF(y);
    }
    rt_decref(it);
    return k != 0 ? k : rt_err_occurred() ? -1 : 0;
}

/* Field k of a and b equal: 1, 0, or -1 + exception. */
static int eq_field(rt_object *a, rt_object *b, int k)
{
    rt_object *p = field(a, k), *q = field(b, k);
    int r = p && q ? rt_int_compare(p, q) == 0 : -1;
    rt_xdecref(p);
    rt_xdecref(q);
    return r;
}

/* Ranges are equal when they describe the same sequence (CPython 3.3+). */
static int range_same(rt_object *a, rt_object *b)
{
    if (!is_big(a) && !is_big(b)) {
        rt_range *x = RANGE(a), *y = RANGE(b);
        if (x->length != y->length)
            return 0;
        if (x->length == 0)
            return 1;
        if (x->start != y->start)
            return 0;
        return x->length == 1 || x->step == y->step;
    }
    int r = eq_field(a, b, F_LEN);
    if (r != 1)
        return r;
    int64_t n = RT_INT_VALUE(big_of(is_big(a) ? a : b)[F_LEN]);   /* RT_INT_BIG: more than 1 */
    if (n == 0)
        return 1;
    r = eq_field(a, b, F_START);
    return r != 1 || n == 1 ? r : eq_field(a, b, F_STEP);
}

static rt_object *range_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_range_check(a) || !rt_range_check(b) || (op != RT_EQ && op != RT_NE))
        return rt_newref(RT_NOTIMPLEMENTED);
    int same = range_same(a, b);
    if (same < 0)
        return NULL;
    return rt_bool_from(op == RT_EQ ? same : !same);
}

/* hash((len, start, step)) with None for the parts that do not matter,
 * consistent with equality (as CPython). */
static intptr_t range_hash(rt_object *o)
{
    rt_object *len = field(o, F_LEN), *start = NULL, *step = NULL;
    if (!len)
        return -1;
    int64_t n = RT_INT_VALUE(len);   /* RT_INT_BIG: more than 1 */
    if (n != 0)
        start = field(o, F_START);
    if (n != 0 && n != 1)
        step = field(o, F_STEP);
    rt_object *t = NULL;
    if ((n == 0 || start) && (n == 0 || n == 1 || step))
        t = rt_tuple_pack(3, len, start ? start : RT_NONE, step ? step : RT_NONE);
    rt_xdecref(len);
    rt_xdecref(start);
    rt_xdecref(step);
    if (!t)
        return -1;
    intptr_t h = rt_hash(t);
    RT_DECREF(t);
    return h;
}

static rt_object *get_start(rt_object *o, void *c) { (void)c; return field(o, F_START); }
static rt_object *get_stop(rt_object *o, void *c) { (void)c; return field(o, F_STOP); }
static rt_object *get_step(rt_object *o, void *c) { (void)c; return field(o, F_STEP); }

static rt_object *range_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (kwargs && rt_length(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "range() takes no keyword arguments");
    return rt_range_from_args(RT_TUPLE_ITEMS(args), RT_SIZE(args));
}

static rt_object *range_vectorcall(rt_type *t, rt_object *const *args, intptr_t nargs)
{
    (void)t;
    return rt_range_from_args(args, nargs);
}

/* ---- iterator ----------------------------------------------------------- */

static rt_type longrange_iterator_type;

typedef rt_range_iter range_iter;

/* A big range's iterator (CPython's longrange_iterator): ints. */
typedef struct longrange_iter {
    RT_OBJECT_HEAD
    rt_object *next, *step, *left;
} longrange_iter;

static rt_object *iter_new(rt_object *o, bool reverse)
{
    if (!is_big(o)) {
        range_iter *it = (range_iter *)rt_object_new_pointer_free_unzeroed(&rt_range_iterator_type);   /* all set below */
        if (!it)
            return NULL;
        rt_range *r = RANGE(o);
        it->next = reverse && r->length ? rt_range_item(o, r->length - 1) : r->start;
        it->step = reverse ? (intptr_t)(0 - (uint64_t)r->step) : r->step;
        it->left = r->length;
        return RT_OBJ(it);
    }
    rt_object **f = big_of(o);
    longrange_iter *it = (longrange_iter *)rt_object_new(&longrange_iterator_type);
    if (!it)
        return NULL;
    it->left = rt_newref(f[F_LEN]);
    if (!reverse) {
        it->next = rt_newref(f[F_START]);
        it->step = rt_newref(f[F_STEP]);
    } else {
        rt_object *one = rt_int_from_i64(1), *last = rt_int_sub(f[F_LEN], one);
        it->next = last ? big_item(o, last) : NULL;
        it->step = rt_int_negate(f[F_STEP]);
        rt_xdecref(last);
        rt_decref(one);
        if (!it->next || !it->step) {
            rt_decref(RT_OBJ(it));
            return NULL;
        }
    }
    return RT_OBJ(it);
}

static rt_object *range_iter_new(rt_object *o) { return iter_new(o, false); }

static rt_object *range_iter_next(rt_object *o)
{
    range_iter *it = (range_iter *)o;
    if (it->left <= 0)
        return NULL;
    intptr_t v = it->next;
    it->left--;
    it->next = (intptr_t)((uint64_t)v + (uint64_t)it->step);   /* may pass stop: unused then */
    return rt_int_from_i64(v);
}

static rt_object *longrange_iter_next(rt_object *o)
{
    longrange_iter *it = (longrange_iter *)o;
    if (rt_int_sign(it->left) <= 0)
        return NULL;
    rt_object *one = rt_int_from_i64(1), *left = rt_int_sub(it->left, one), *next = rt_int_add(it->next, it->step);
    rt_decref(one);
    if (!left || !next) {
        rt_xdecref(left);
        rt_xdecref(next);
        return NULL;
    }
    RT_SETREF(it->left, left);
    rt_object *v = it->next;
    it->next = next;
    return v;
}

/* __length_hint__ (rangeiter_len, longrangeiter_len): the items left, a
 * big int for a long range. */
static rt_object *range_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_iter_length_hint_result(o, nargs, kw, ((range_iter *)o)->left);
}

static rt_object *longrange_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (nargs || (kw && RT_SIZE(kw)))
        return rt_iter_length_hint_result(o, nargs, kw, 0);   /* its argument error */
    return rt_newref(((longrange_iter *)o)->left);
}

RT_NOSCAN static rt_method_def range_iter_methods[] = {
    { "__length_hint__", range_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def longrange_iter_methods[] = {
    { "__length_hint__", longrange_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

static int longrange_iter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    longrange_iter *it = (longrange_iter *)o;
    RT_VISIT(it->next);
    RT_VISIT(it->step);
    RT_VISIT(it->left);
    return 0;
}

static void longrange_iter_dealloc(rt_object *o)
{
    longrange_iter *it = (longrange_iter *)o;
    rt_xdecref(it->next);
    rt_xdecref(it->step);
    rt_xdecref(it->left);
    rt_object_free(o);
}

#define MDEF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

MDEF(m_reversed)
{
    (void)args;
    if (nargs || (kw && RT_SIZE(kw)))
        return rt_err_format(&rt_exc_TypeError, "range.__reversed__() takes no arguments (%ld given)", (long)nargs);
    return iter_new(self, true);
}

/* count(x) / index(x): arithmetic for an int x, equality otherwise. */
static rt_object *count_or_index(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw, bool index)
{
    const char *name = index ? "index" : "count";
    if (kw && RT_SIZE(kw))
        return rt_err_format(&rt_exc_TypeError, "range.%s() takes no keyword arguments", name);
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "range.%s() takes exactly one argument (%ld given)", name, (long)nargs);
    rt_object *x = args[0];
    if (rt_int_check_exact(x) || rt_bool_check(x)) {
        int in = range_contains(self, x);
        if (in < 0)
            return NULL;
        if (!index)
            return rt_int_from_i64(in);
        if (!in)
            return rt_err_format(&rt_exc_ValueError, "%R is not in range", x);
        rt_object *start = field(self, F_START), *step = field(self, F_STEP), *d = NULL, *q = NULL;
        if (start && step && (d = rt_int_sub(x, start)) != NULL)
            rt_int_divmod(d, step, &q, NULL);
        rt_xdecref(start);
        rt_xdecref(step);
        rt_xdecref(d);
        return q;
    }
    rt_object *it = rt_get_iter(self);
    if (!it)
        return NULL;
    int64_t n = 0, i = 0;
    rt_object *y;
    while ((y = rt_iter_next(it)) != NULL) {
        int k = rt_richcompare_bool(y, x, RT_EQ);
        RT_DECREF(y);
        if (k < 0)
            break;
        if (k && index) {
            rt_decref(it);
            return rt_int_from_i64(i);
        }
        n += k;
        i++;
    }
    rt_decref(it);
    if (rt_err_occurred())
        return NULL;
    if (index)
        return rt_err_set_string(&rt_exc_ValueError, "sequence.index(x): x not in sequence");
    return rt_int_from_i64(n);
}

MDEF(m_count) { return count_or_index(self, args, nargs, kw, false); }
MDEF(m_index) { return count_or_index(self, args, nargs, kw, true); }

RT_NOSCAN static rt_method_def range_methods[] = {
    { "__reversed__", m_reversed, RT_METH_FASTCALL, "Return a reverse iterator." },
    { "count", m_count, RT_METH_FASTCALL, "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", m_index, RT_METH_FASTCALL, "rangeobject.index(value) -> integer -- return index of value." },
    { NULL, NULL, 0, NULL },
};

rt_object *rt_range_reversed(rt_object *r) { return iter_new(r, true); }

static rt_number_methods range_as_number = {
    .bool_ = range_bool,
};

static rt_sequence_methods range_as_sequence = {
    .length = range_len,
    .item = range_seq_item,
    .contains = range_contains,
};
static rt_mapping_methods range_as_mapping = {
    .length = range_len,
    .subscript = range_subscript,
};
RT_NOSCAN static rt_getset_def range_getsets[] = {
    { "start", get_start, NULL, NULL },
    { "stop", get_stop, NULL, NULL },
    { "step", get_step, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type rt_range_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "range",
    .flags = RT_TPFLAGS_SEQUENCE,
    .basicsize = sizeof(rt_range),
    .dealloc = range_dealloc,
    .traverse = range_traverse,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter_new,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .getsets = range_getsets,
    .methods = range_methods,
    .as_number = &range_as_number,
    .new_ = range_new_slot,
    .vectorcall = range_vectorcall,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_range_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "range_iterator",
    .basicsize = sizeof(range_iter),
    .flags = RT_TPFLAGS_PLAIN_DEALLOC,
    .dealloc = rt_object_free,
    .iter = rt_iter_self,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE static rt_type longrange_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "longrange_iterator",
    .basicsize = sizeof(longrange_iter),
    .dealloc = longrange_iter_dealloc,
    .traverse = longrange_iter_traverse,
    .iter = rt_iter_self,
    .iternext = longrange_iter_next,
    .methods = longrange_iter_methods,
    .base = &rt_object_type,
};

int rt_range_init(void)
{
    if (rt_type_ready(&rt_range_type) < 0 || rt_type_ready(&rt_range_iterator_type) < 0
        || rt_type_ready(&longrange_iterator_type) < 0)
        return -1;
    return 0;
}

/*
 * range.c -- range objects and their iterator.
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

#define RANGE(o) ((rt_range *)(o))

static int range_length_of(intptr_t start, intptr_t stop, intptr_t step, intptr_t *out)
{
    uint64_t n = 0;
    if (step > 0 && start < stop)
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop)
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    if (n > (uint64_t)INTPTR_MAX) {
        rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (intptr_t)n;
    return 0;
}

rt_object *rt_range_new(intptr_t start, intptr_t stop, intptr_t step)
{
    if (step == 0)
        return rt_err_set_string(&rt_exc_ValueError, "range() arg 3 must not be zero");
    intptr_t len;
    if (range_length_of(start, stop, step, &len) < 0)
        return NULL;
    rt_range *r = (rt_range *)rt_object_new_pointer_free(&rt_range_type);
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return RT_OBJ(r);
}

static int range_arg(rt_object *o, intptr_t *out)
{
    if (!rt_index_check(o)) {
        rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      o->type->name);
        return -1;
    }
    return rt_index_as_ssize(o, out);
}

rt_object *rt_range_from_args(rt_object *const *args, intptr_t nargs)
{
    if (nargs < 1)
        return rt_err_set_string(&rt_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return rt_err_format(&rt_exc_TypeError, "range expected at most 3 arguments, got %ld",
                             (long)nargs);
    intptr_t v[3] = { 0, 0, 1 };
    if (nargs == 1) {
        if (range_arg(args[0], &v[1]) < 0)
            return NULL;
    } else {
        for (intptr_t i = 0; i < nargs; i++)
            if (range_arg(args[i], &v[i]) < 0)
                return NULL;
    }
    return rt_range_new(v[0], v[1], v[2]);
}

intptr_t rt_range_item(rt_object *o, intptr_t i)
{
    /* Unsigned: start + i*step is in range, intermediate products may not be. */
    return (intptr_t)((uint64_t)RANGE(o)->start + (uint64_t)i * (uint64_t)RANGE(o)->step);
}

static rt_object *range_repr(rt_object *o)
{
    rt_range *r = RANGE(o);
    if (r->step == 1)
        return rt_str_from_format("range(%zd, %zd)", r->start, r->stop);
    return rt_str_from_format("range(%zd, %zd, %zd)", r->start, r->stop, r->step);
}

static intptr_t range_len(rt_object *o) { return RANGE(o)->length; }

static rt_object *range_seq_item(rt_object *o, intptr_t i)
{
    if (i < 0 || i >= RANGE(o)->length)
        return rt_err_set_string(&rt_exc_IndexError, "range object index out of range");
    return rt_int_from_i64(rt_range_item(o, i));
}

static rt_object *range_subscript(rt_object *o, rt_object *key)
{
    rt_range *r = RANGE(o);
    if (rt_slice_check(key)) {
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
    intptr_t i;
    if (rt_int_check(key) && !rt_int_is_small(key))
        i = INTPTR_MIN;   /* beyond any range: range_seq_item's IndexError */
    else if (rt_index_as_ssize(key, &i) < 0)
        return NULL;
    if (i < 0 && i != INTPTR_MIN)
        i += r->length;
    return range_seq_item(o, i);
}

static int range_contains(rt_object *o, rt_object *x)
{
    rt_range *r = RANGE(o);
    if (rt_int_check(x)) {   /* ints and bools: arithmetic, no iteration */
        intptr_t v = (intptr_t)RT_INT_VALUE(x);
        if (r->length == 0 || v == RT_INT_BIG)   /* a range holds 64-bit values */
            return 0;
        intptr_t last = rt_range_item(o, r->length - 1);
        if (r->step > 0 ? (v < r->start || v > last) : (v > r->start || v < last))
            return 0;
        return ((uint64_t)v - (uint64_t)r->start) % (r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step) == 0;
    }
    for (intptr_t i = 0; i < r->length; i++) {
        rt_object *y = rt_int_from_i64(rt_range_item(o, i));
        if (!y)
            return -1;
        int k = rt_richcompare_bool(y, x, RT_EQ);
        RT_DECREF(y);
        if (k)
            return k;
    }
    return 0;
}

/* Ranges are equal when they describe the same sequence (CPython 3.3+). */
static bool range_same(rt_range *a, rt_range *b)
{
    if (a->length != b->length)
        return false;
    if (a->length == 0)
        return true;
    if (a->start != b->start)
        return false;
    return a->length == 1 || a->step == b->step;
}

static rt_object *range_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_range_check(a) || !rt_range_check(b) || (op != RT_EQ && op != RT_NE))
        return rt_newref(RT_NOTIMPLEMENTED);
    bool same = range_same(RANGE(a), RANGE(b));
    return rt_bool_from(op == RT_EQ ? same : !same);
}

/* hash((len, start, step)) with None for the parts that do not matter,
 * consistent with equality (as CPython). */
static intptr_t range_hash(rt_object *o)
{
    rt_range *r = RANGE(o);
    rt_object *len = rt_int_from_i64(r->length), *start = NULL, *step = NULL;
    if (!len)
        return -1;
    if (r->length > 0)
        start = rt_int_from_i64(r->start);
    if (r->length > 1)
        step = rt_int_from_i64(r->step);
    rt_object *t = NULL;
    if ((r->length == 0 || start) && (r->length <= 1 || step))
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

static rt_object *get_start(rt_object *o, void *c) { (void)c; return rt_int_from_i64(RANGE(o)->start); }
static rt_object *get_stop(rt_object *o, void *c) { (void)c; return rt_int_from_i64(RANGE(o)->stop); }
static rt_object *get_step(rt_object *o, void *c) { (void)c; return rt_int_from_i64(RANGE(o)->step); }

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

typedef struct range_iter {
    RT_OBJECT_HEAD
    intptr_t next, step, left;
} range_iter;

static rt_object *range_iter_new(rt_object *o)
{
    range_iter *it = (range_iter *)rt_object_new_pointer_free(&rt_range_iterator_type);
    if (!it)
        return NULL;
    it->next = RANGE(o)->start;
    it->step = RANGE(o)->step;
    it->left = RANGE(o)->length;
    return RT_OBJ(it);
}

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

static rt_sequence_methods range_as_sequence = {
    .length = range_len,
    .item = range_seq_item,
    .contains = range_contains,
};
static rt_mapping_methods range_as_mapping = {
    .length = range_len,
    .subscript = range_subscript,
};
static rt_getset_def range_getsets[] = {
    { "start", get_start, NULL, NULL },
    { "stop", get_stop, NULL, NULL },
    { "step", get_step, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

rt_type rt_range_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "range",
    .basicsize = sizeof(rt_range),
    .flags = RT_TPFLAGS_PLAIN_DEALLOC,
    .dealloc = rt_object_free,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter_new,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .getsets = range_getsets,
    .new_ = range_new_slot,
    .vectorcall = range_vectorcall,
    .base = &rt_object_type,
};

rt_type rt_range_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "range_iterator",
    .basicsize = sizeof(range_iter),
    .flags = RT_TPFLAGS_PLAIN_DEALLOC,
    .dealloc = rt_object_free,
    .iter = rt_iter_self,
    .iternext = range_iter_next,
    .base = &rt_object_type,
};

int rt_range_init(void)
{
    if (rt_type_ready(&rt_range_type) < 0 || rt_type_ready(&rt_range_iterator_type) < 0)
        return -1;
    return 0;
}

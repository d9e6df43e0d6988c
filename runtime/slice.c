/*
 * slice.c -- slice objects, Ellipsis-free index helpers and the clamping
 * rules every sequence shares (CPython's PySlice_Unpack and
 * PySlice_AdjustIndices, reimplemented).
 *
 * Invariant: a slice's three fields are never NULL (None stands for an
 * omitted part).  A slice may hold any objects, so it is a GC container.
 */
#include "runtime/slice.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/str.h"
#include "runtime/error.h"

bool rt_index_check(rt_object *o)
{
    return rt_int_check(o) || (o->type->as_number && o->type->as_number->index);
}

int rt_index_as_ssize(rt_object *o, intptr_t *out)
{
    if (rt_int_check(o) && rt_int_is_small(o)) {
        *out = (intptr_t)RT_INT_VALUE(o);
        return 0;
    }
    intptr_t v = rt_number_as_ssize(o);
    if (v == -1 && rt_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* CPython 3.11's one-slice cache: a dying slice is kept when the cache is
 * empty and the next slice made reuses it, neither step moving
 * gc.get_count() (as the free lists of gchead.h; it is never emptied by
 * a collection, as in CPython). */
rt_slice *rt_slice_cache;

rt_object *rt_slice_new(rt_object *start, rt_object *stop, rt_object *step)
{
    rt_slice *s = rt_slice_cache;
    if (s) {
        rt_slice_cache = NULL;
        rt_gc_revive(RT_OBJ(s));
        rt_freelist_pop_note(RT_OBJ(s));
    } else if (!(s = (rt_slice *)rt_object_new(&rt_slice_type))) {
        return NULL;
    }
    s->start = rt_newref(start ? start : RT_NONE);
    s->stop = rt_newref(stop ? stop : RT_NONE);
    s->step = rt_newref(step ? step : RT_NONE);
    rt_gc_track(RT_OBJ(s));
    return RT_OBJ(s);
}

static int slice_part(rt_object *o, intptr_t *out)
{
    if (!rt_index_check(o)) {
        rt_err_set_string(&rt_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (rt_int_check(o) && !rt_int_is_small(o)) {   /* clamped, as CPython */
        *out = rt_int_sign(o) < 0 ? INTPTR_MIN + 1 : INTPTR_MAX;
        return 0;
    }
    return rt_index_as_ssize(o, out);
}

int rt_slice_unpack(rt_object *o, intptr_t *start, intptr_t *stop, intptr_t *step)
{
    rt_slice *s = (rt_slice *)o;
    if (s->step == RT_NONE) {
        *step = 1;
    } else {
        if (slice_part(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            rt_err_set_string(&rt_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* -INTPTR_MAX keeps "-step" from overflowing in the reversal paths. */
        if (*step < -INTPTR_MAX)
            *step = -INTPTR_MAX;
    }
    if (s->start == RT_NONE)
        *start = *step < 0 ? INTPTR_MAX : 0;
    else if (slice_part(s->start, start) < 0)
        return -1;
    if (s->stop == RT_NONE)
        *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (slice_part(s->stop, stop) < 0)
        return -1;
    return 0;
}

intptr_t rt_slice_adjust(intptr_t len, intptr_t *start, intptr_t *stop, intptr_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int rt_slice_indices(rt_object *slice, intptr_t len, intptr_t *start, intptr_t *stop,
                     intptr_t *step, intptr_t *slicelength)
{
    if (rt_slice_unpack(slice, start, stop, step) < 0)
        return -1;
    *slicelength = rt_slice_adjust(len, start, stop, *step);
    return 0;
}

rt_object *rt_slice_indices_tuple(rt_object *slice, intptr_t len)
{
    intptr_t start, stop, step, n;
    if (len < 0)
        return rt_err_set_string(&rt_exc_ValueError, "length should not be negative");
    if (rt_slice_indices(slice, len, &start, &stop, &step, &n) < 0)
        return NULL;
    rt_object *a = rt_int_from_i64(start), *b = rt_int_from_i64(stop), *c = rt_int_from_i64(step);
    rt_object *t = (a && b && c) ? rt_tuple_pack(3, a, b, c) : NULL;
    rt_xdecref(a);
    rt_xdecref(b);
    rt_xdecref(c);
    return t;
}

static rt_object *slice_repr(rt_object *o)
{
    rt_slice *s = (rt_slice *)o;
    return rt_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static rt_object *slice_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_slice_check(b) || !rt_slice_check(a))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_slice *x = (rt_slice *)a, *y = (rt_slice *)b;
    rt_object *ta = rt_tuple_pack(3, x->start, x->stop, x->step);
    rt_object *tb = ta ? rt_tuple_pack(3, y->start, y->stop, y->step) : NULL;
    rt_object *r = tb ? rt_richcompare(ta, tb, op) : NULL;
    rt_xdecref(ta);
    rt_xdecref(tb);
    return r;
}

static rt_object *m_indices(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)kw;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "slice.indices() takes exactly one argument (%ld given)",
                             (long)nargs);
    intptr_t len;
    if (rt_index_as_ssize(args[0], &len) < 0)
        return NULL;
    return rt_slice_indices_tuple(self, len);
}

static int slice_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    rt_slice *s = (rt_slice *)o;
    RT_VISIT(s->start);
    RT_VISIT(s->stop);
    RT_VISIT(s->step);
    return 0;
}

static int slice_clear(rt_object *o)
{
    rt_slice *s = (rt_slice *)o;
    /* None keeps the "never NULL" invariant for anyone still holding it. */
    RT_SETREF(s->start, rt_newref(RT_NONE));
    RT_SETREF(s->stop, rt_newref(RT_NONE));
    RT_SETREF(s->step, rt_newref(RT_NONE));
    return 0;
}

static void slice_dealloc(rt_object *o)
{
    rt_slice *s = (rt_slice *)o;
    rt_gc_untrack(o);
    rt_xdecref(s->start);
    rt_xdecref(s->stop);
    rt_xdecref(s->step);
    if (!rt_slice_cache && rt_freelists_on()) {
        rt_slice_cache = s;
        rt_freelist_push_note(o);
        return;
    }
    rt_object_free(o);
}

int rt_slice_cache_prime(void)
{
    if (rt_slice_cache || !rt_freelists_on())
        return 0;
    rt_object *s = rt_slice_new(NULL, NULL, NULL);
    if (!s)
        return -1;
    rt_decref(s);   /* into the cache */
    return 0;
}

void rt_slice_cache_clear(void)
{
    if (rt_slice_cache) {
        rt_object_free(RT_OBJ(rt_slice_cache));
        rt_slice_cache = NULL;
    }
}

static rt_object *slice_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (kwargs && rt_length(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "slice() takes no keyword arguments");
    intptr_t n = args ? RT_SIZE(args) : 0;
    if (n < 1)
        return rt_err_set_string(&rt_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (n > 3)
        return rt_err_format(&rt_exc_TypeError, "slice expected at most 3 arguments, got %ld", (long)n);
    rt_object *const *a = RT_TUPLE_ITEMS(args);
    if (n == 1)
        return rt_slice_new(NULL, a[0], NULL);
    return rt_slice_new(a[0], a[1], n == 3 ? a[2] : NULL);
}

static rt_object *get_start(rt_object *o, void *c) { (void)c; return rt_newref(((rt_slice *)o)->start); }
static rt_object *get_stop(rt_object *o, void *c) { (void)c; return rt_newref(((rt_slice *)o)->stop); }
static rt_object *get_step(rt_object *o, void *c) { (void)c; return rt_newref(((rt_slice *)o)->step); }

RT_NOSCAN static rt_getset_def slice_getsets[] = {
    { "start", get_start, NULL, NULL },
    { "stop", get_stop, NULL, NULL },
    { "step", get_step, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN static rt_method_def slice_methods[] = {
    { "indices", m_indices, RT_METH_FASTCALL, "S.indices(len) -> (start, stop, stride)" },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN_TYPE rt_type rt_slice_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "slice",
    .basicsize = sizeof(rt_slice),
    .flags = RT_TPFLAGS_GC,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .repr = slice_repr,
    .hash = rt_hash_not_implemented,   /* slices are unhashable before 3.12 */
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .new_ = slice_new_slot,
    .base = &rt_object_type,
};

int rt_slice_init(void)
{
    return rt_type_ready(&rt_slice_type);
}

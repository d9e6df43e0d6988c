/*
 * mod_collections.c -- the _collections module: deque (defaultdict and
 * OrderedDict: mod_defaultdict.c, mod_ordereddict.c), and the C part of
 * namedtuple (_tuplegetter, the field descriptor, and _nt_new, the
 * argument binding of a namedtuple's __new__); lib/collections.py imports
 * it, as CPython's collections imports _collections.
 *
 * A deque is a GC container holding its items in a ring buffer (CPython
 * links 64-item blocks; the behaviour, messages and GC visibility are the
 * same, the memory layout is not).  With a maxlen, appending to a full
 * deque drops from the other end.  Iterators notice mutation
 * ("deque mutated during iteration") through a mutation counter.
 */
#include <stdio.h>
#include <string.h>
#include "modules/modules.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"
#include "runtime/bytes.h"
#include "vm/eval.h"

typedef struct deque {
    RT_OBJECT_HEAD
    rt_object **items;     /* ring buffer of cap slots */
    intptr_t cap, head, len;
    intptr_t maxlen;       /* -1: unbounded */
    uint64_t state;        /* changes on every mutation */
    rt_object *weakreflist;
} deque;

static rt_type deque_type, dequeiter_type;

#define DQ(o) ((deque *)(o))
#define AT(d, i) ((d)->items[((d)->head + (i)) % (d)->cap])

static int grow(deque *d)
{
    intptr_t ncap = d->cap ? d->cap * 2 : 8;
    rt_object **n = rt_mem_malloc((size_t)ncap * sizeof *n);
    if (!n) {
        rt_err_no_memory();
        return -1;
    }
    for (intptr_t i = 0; i < d->len; i++)
        n[i] = AT(d, i);
    rt_mem_free(d->items);
    d->items = n;
    d->cap = ncap;
    d->head = 0;
    return 0;
}

static rt_object *pop_side(deque *d, bool left)
{
    if (d->len == 0)
        return rt_err_set_string(&rt_exc_IndexError, "pop from an empty deque");
    rt_object *v;
    if (left) {
        v = d->items[d->head];
        d->head = (d->head + 1) % d->cap;
    } else {
        v = AT(d, d->len - 1);
    }
    d->len--;
    d->state++;
    return v;
}

/* Append v (borrowed) at one end, dropping from the other when full. */
static int push_side(deque *d, rt_object *v, bool left)
{
    if (d->maxlen == 0)
        return 0;
    if (d->len == d->cap && grow(d) < 0)
        return -1;
    rt_incref(v);
    if (left) {
        d->head = (d->head + d->cap - 1) % d->cap;
        d->items[d->head] = v;
    } else {
        AT(d, d->len) = v;
    }
    d->len++;
    d->state++;
    if (d->maxlen >= 0 && d->len > d->maxlen)
        rt_decref(pop_side(d, !left));
    return 0;
}

static int extend_side(deque *d, rt_object *iterable, bool left)
{
    if (iterable == RT_OBJ(d)) {
        rt_object *l = rt_list_from_iterable(iterable);
        int r = l ? extend_side(d, l, left) : -1;
        RT_XDECREF(l);
        return r;
    }
    rt_object *it = rt_get_iter(iterable), *v;
    if (!it)
        return -1;
    while ((v = rt_iter_next(it)) != NULL) {
        int r = push_side(d, v, left);
        rt_decref(v);
        if (r < 0) {
            rt_decref(it);
            return -1;
        }
    }
    rt_decref(it);
    return rt_err_occurred() ? -1 : 0;
}

static int deque_clear(rt_object *o)
{
    deque *d = DQ(o);
    while (d->len) {
        rt_object *v = pop_side(d, false);
        rt_decref(v);
    }
    return 0;
}

static int deque_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    deque *d = DQ(o);
    for (intptr_t i = 0; i < d->len; i++)
        RT_VISIT(AT(d, i));
    return 0;
}

static void deque_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, deque_dealloc)
    if (DQ(o)->weakreflist)
        rt_weakref_clear_all(o);
    deque_clear(o);
    rt_mem_free(DQ(o)->items);
    rt_object_free(o);
    RT_TRASHCAN_END
}

static rt_object *deque_make(rt_object *iterable, intptr_t maxlen)
{
    deque *d = (deque *)rt_object_new(&deque_type);
    if (!d)
        return NULL;
    d->maxlen = maxlen;
    rt_gc_track(RT_OBJ(d));
    if (iterable && extend_side(d, iterable, false) < 0) {
        rt_decref(RT_OBJ(d));
        return NULL;
    }
    return RT_OBJ(d);
}

static rt_object *deque_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    intptr_t n = args ? RT_SIZE(args) : 0;
    rt_object *iterable = n > 0 ? RT_TUPLE_GET_ITEM(args, 0) : NULL, *ml = n > 1 ? RT_TUPLE_GET_ITEM(args, 1) : NULL;
    if (n > 2)
        return rt_err_format(&rt_exc_TypeError, "deque() takes at most 2 arguments (%ld given)", (long)n);
    intptr_t pos = 0;
    rt_object *k, *v;
    while (kwargs && rt_dict_next(kwargs, &pos, &k, &v)) {
        if (rt_str_eq_cstr(k, "iterable"))
            iterable = v;
        else if (rt_str_eq_cstr(k, "maxlen"))
            ml = v;
        else
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for deque()",
                                 rt_str_data(k));
    }
    intptr_t maxlen = -1;
    if (ml && ml != RT_NONE) {
        if (!rt_int_check(ml))   /* PyLong_AsSsize_t: an int only, no __index__ */
            return rt_err_set_string(&rt_exc_TypeError, "an integer is required");
        maxlen = rt_number_as_ssize(ml);
        if (maxlen == -1 && rt_err_occurred()) {
            if (rt_err_matches(&rt_exc_OverflowError)) {
                rt_err_clear();
                rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C ssize_t");
            }
            return NULL;
        }
        if (maxlen < 0)
            return rt_err_set_string(&rt_exc_ValueError, "maxlen must be non-negative");
    }
    return deque_make(iterable, maxlen);
}

/* ---- methods ----------------------------------------------------------------- */

#define METH(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

static int exactly(const char *name, intptr_t nargs, rt_object *kw, intptr_t want)
{
    if (kw && RT_SIZE(kw)) {
        rt_err_format(&rt_exc_TypeError, "deque.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != want) {
        if (want == 0)
            rt_err_format(&rt_exc_TypeError, "deque.%s() takes no arguments (%ld given)", name, (long)nargs);
        else
            rt_err_format(&rt_exc_TypeError, "deque.%s() takes exactly one argument (%ld given)", name,
                          (long)nargs);
        return -1;
    }
    return 0;
}

METH(d_append)
{
    if (exactly("append", nargs, kw, 1) < 0 || push_side(DQ(self), args[0], false) < 0)
        return NULL;
    return rt_none_new();
}

METH(d_appendleft)
{
    if (exactly("appendleft", nargs, kw, 1) < 0 || push_side(DQ(self), args[0], true) < 0)
        return NULL;
    return rt_none_new();
}

METH(d_pop)
{
    (void)args;
    return exactly("pop", nargs, kw, 0) < 0 ? NULL : pop_side(DQ(self), false);
}

METH(d_popleft)
{
    (void)args;
    return exactly("popleft", nargs, kw, 0) < 0 ? NULL : pop_side(DQ(self), true);
}

METH(d_extend)
{
    if (exactly("extend", nargs, kw, 1) < 0 || extend_side(DQ(self), args[0], false) < 0)
        return NULL;
    return rt_none_new();
}

/* d *= n in place (CPython's deque_inplace_repeat): the items as they are
 * now, appended n - 1 more times; with a maxlen, only the rounds that can
 * still show are made. */
static int deque_irepeat(rt_object *o, intptr_t n)
{
    deque *d = DQ(o);
    intptr_t size = d->len;
    if (n <= 0)
        return deque_clear(o);
    if (n == 1 || size == 0)
        return 0;
    if (d->maxlen >= 0 && n > d->maxlen / size)
        n = (d->maxlen + size - 1) / size;
    if (size > INTPTR_MAX / n) {
        rt_err_no_memory();
        return -1;
    }
    rt_object *snap = rt_list_from_iterable(o);
    if (!snap)
        return -1;
    int r = 0;
    for (intptr_t i = 1; i < n && r == 0; i++)
        r = extend_side(d, snap, false);
    rt_decref(snap);
    return r;
}

METH(d_iadd)
{
    if (exactly("__iadd__", nargs, kw, 1) < 0 || extend_side(DQ(self), args[0], false) < 0)
        return NULL;
    return rt_newref(self);
}

/* a non-int leaves the operator to the other operand, then to CPython's
 * "can't multiply sequence" */
METH(d_imul)
{
    if (exactly("__imul__", nargs, kw, 1) < 0)
        return NULL;
    if (!RT_TYPE(args[0])->as_number || !RT_TYPE(args[0])->as_number->index)
        return rt_newref(RT_NOTIMPLEMENTED);
    intptr_t n = rt_number_as_ssize(args[0]);
    if ((n == -1 && rt_err_occurred()) || deque_irepeat(self, n) < 0)
        return NULL;
    return rt_newref(self);
}

METH(d_extendleft)
{
    if (exactly("extendleft", nargs, kw, 1) < 0 || extend_side(DQ(self), args[0], true) < 0)
        return NULL;
    return rt_none_new();
}

METH(d_clear)
{
    (void)args;
    if (exactly("clear", nargs, kw, 0) < 0)
        return NULL;
    deque_clear(self);
    DQ(self)->state++;
    return rt_none_new();
}

METH(d_rotate)
{
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "deque.rotate() takes no keyword arguments");
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "rotate expected at most 1 argument, got %ld", (long)nargs);
    intptr_t n = 1;
    if (nargs && (n = rt_number_as_ssize_arg(args[0])) == -1 && rt_err_occurred())
        return NULL;
    deque *d = DQ(self);
    if (d->len > 1) {
        /* -2**63 came as -INTPTR_MAX: its own remainder */
        bool min = n == -INTPTR_MAX && rt_int_check(args[0]) && rt_int_is_i64_min(args[0]);
        n = min ? INTPTR_MIN % d->len : n % d->len;
        if (n < 0)
            n += d->len;
        /* rotate right by n: the last n items move to the front */
        if (d->len < d->cap) {
            for (intptr_t i = 0; i < n; i++) {
                rt_object *v = pop_side(d, false);
                d->head = (d->head + d->cap - 1) % d->cap;
                d->items[d->head] = v;
                d->len++;
            }
        } else {
            d->head = (d->head + d->cap - n) % d->cap;
        }
        d->state++;
    }
    return rt_none_new();
}

METH(d_reverse)
{
    (void)args;
    if (exactly("reverse", nargs, kw, 0) < 0)
        return NULL;
    deque *d = DQ(self);
    for (intptr_t i = 0, j = d->len - 1; i < j; i++, j--) {
        rt_object *t = AT(d, i);
        AT(d, i) = AT(d, j);
        AT(d, j) = t;
    }
    d->state++;
    return rt_none_new();
}

/* The position of v in [start, stop), -1 if absent, -2 on error. */
static intptr_t find(deque *d, rt_object *v, intptr_t start, intptr_t stop)
{
    uint64_t state = d->state;
    for (intptr_t i = start; i < stop && i < d->len; i++) {
        rt_object *x = rt_newref(AT(d, i));
        int r = rt_richcompare_bool(x, v, RT_EQ);
        rt_decref(x);
        if (r < 0)
            return -2;
        if (d->state != state) {
            rt_err_set_string(&rt_exc_RuntimeError, "deque mutated during iteration");
            return -2;
        }
        if (r)
            return i;
    }
    return -1;
}

METH(d_count)
{
    if (exactly("count", nargs, kw, 1) < 0)
        return NULL;
    deque *d = DQ(self);
    intptr_t c = 0, i = 0, at;
    while ((at = find(d, args[0], i, d->len)) >= 0) {
        c++;
        i = at + 1;
    }
    return at == -2 ? NULL : rt_int_from_i64(c);
}

METH(d_index)
{
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "deque.index() takes no keyword arguments");
    if (nargs < 1 || nargs > 3)
        return rt_err_format(&rt_exc_TypeError, "index expected at least 1 argument, got %ld", (long)nargs);
    deque *d = DQ(self);
    intptr_t start = 0, stop = d->len;
    /* CPython's _PyEval_SliceIndexNotNone: bounds clamped, no overflow */
    if (nargs > 1 && rt_number_as_ssize_clamped(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && rt_number_as_ssize_clamped(args[2], &stop) < 0)
        return NULL;
    if (start < 0 && (start += d->len) < 0)
        start = 0;
    if (stop < 0 && (stop += d->len) < 0)
        stop = 0;
    intptr_t at = find(d, args[0], start, stop);
    if (at == -2)
        return NULL;
    if (at == -1) {
        rt_object *r = rt_repr(args[0]);
        if (r) {
            rt_err_format(&rt_exc_ValueError, "%s is not in deque", rt_str_data(r));
            rt_decref(r);
        }
        return NULL;
    }
    return rt_int_from_i64(at);
}

static void delete_at(deque *d, intptr_t i)
{
    rt_object *v = AT(d, i);
    for (intptr_t j = i; j < d->len - 1; j++)
        AT(d, j) = AT(d, j + 1);
    d->len--;
    d->state++;
    rt_decref(v);
}

METH(d_remove)
{
    if (exactly("remove", nargs, kw, 1) < 0)
        return NULL;
    intptr_t at = find(DQ(self), args[0], 0, DQ(self)->len);
    if (at == -2)
        return NULL;
    if (at == -1)
    {
        rt_object *r = rt_repr(args[0]);
        if (r) {
            rt_err_format(&rt_exc_ValueError, "%s is not in deque", rt_str_data(r));
            rt_decref(r);
        }
        return NULL;
    }
    delete_at(DQ(self), at);
    return rt_none_new();
}

/* deque.insert(i, x): x before position i (clamped to the ends, a negative
 * i counted from the right), as CPython's deque_insert; a full bounded
 * deque refuses it rather than dropping an item. */
METH(d_insert)
{
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "deque.insert() takes no keyword arguments");
    if (nargs != 2)
        return rt_err_format(&rt_exc_TypeError, "insert() takes exactly 2 arguments (%ld given)", (long)nargs);
    intptr_t i = rt_number_as_ssize_arg(args[0]);
    if (i == -1 && rt_err_occurred())
        return NULL;
    deque *d = DQ(self);
    if (d->maxlen == d->len)
        return rt_err_set_string(&rt_exc_IndexError, "deque already at its maximum size");
    if (i < 0 && (i += d->len) < 0)
        i = 0;
    if (i > d->len)
        i = d->len;
    if (push_side(d, args[1], false) < 0)
        return NULL;
    for (intptr_t j = d->len - 1; j > i; j--) {
        rt_object *t = AT(d, j);
        AT(d, j) = AT(d, j - 1);
        AT(d, j - 1) = t;
    }
    return rt_none_new();
}

METH(d_copy)
{
    (void)args;
    if (exactly("copy", nargs, kw, 0) < 0)
        return NULL;
    return deque_make(self, DQ(self)->maxlen);
}

static rt_object *d_maxlen(rt_object *self, void *closure)
{
    (void)closure;
    return DQ(self)->maxlen < 0 ? rt_none_new() : rt_int_from_i64(DQ(self)->maxlen);
}

RT_NOSCAN static rt_method_def deque_methods[] = {
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "append", d_append, RT_METH_FASTCALL, NULL }, { "appendleft", d_appendleft, RT_METH_FASTCALL, NULL },
    { "pop", d_pop, RT_METH_FASTCALL, NULL }, { "popleft", d_popleft, RT_METH_FASTCALL, NULL },
    { "extend", d_extend, RT_METH_FASTCALL, NULL }, { "extendleft", d_extendleft, RT_METH_FASTCALL, NULL },
    { "clear", d_clear, RT_METH_FASTCALL, NULL }, { "rotate", d_rotate, RT_METH_FASTCALL, NULL },
    { "reverse", d_reverse, RT_METH_FASTCALL, NULL }, { "count", d_count, RT_METH_FASTCALL, NULL },
    { "index", d_index, RT_METH_FASTCALL, NULL }, { "remove", d_remove, RT_METH_FASTCALL, NULL },
    { "insert", d_insert, RT_METH_FASTCALL, NULL },
    { "copy", d_copy, RT_METH_FASTCALL, NULL }, { "__copy__", d_copy, RT_METH_FASTCALL, NULL },
    { "__iadd__", d_iadd, RT_METH_FASTCALL, NULL }, { "__imul__", d_imul, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_getset_def deque_getsets[] = {
    { "maxlen", d_maxlen, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* ---- protocols --------------------------------------------------------------------- */

static intptr_t deque_len(rt_object *o) { return DQ(o)->len; }

static int norm_index(deque *d, rt_object *key, intptr_t *out)
{
    /* a deque is a sequence (sq_item) in CPython: PyObject_GetItem's
     * message for a key without __index__ (a slice) */
    if (!RT_TYPE(key)->as_number || !RT_TYPE(key)->as_number->index) {
        rt_err_format(&rt_exc_TypeError, "sequence index must be integer, not '%s'", rt_type_name(key));
        return -1;
    }
    intptr_t i = rt_subscript_as_ssize(key);   /* beyond 64 bits: IndexError */
    if (i == -1 && rt_err_occurred())
        return -1;
    if (i < 0)
        i += d->len;
    if (i < 0 || i >= d->len) {
        rt_err_set_string(&rt_exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static rt_object *deque_subscript(rt_object *o, rt_object *key)
{
    intptr_t i;
    if (norm_index(DQ(o), key, &i) < 0)
        return NULL;
    return rt_newref(AT(DQ(o), i));
}

static int deque_ass_subscript(rt_object *o, rt_object *key, rt_object *v)
{
    intptr_t i;
    if (norm_index(DQ(o), key, &i) < 0)
        return -1;
    if (!v) {
        delete_at(DQ(o), i);
        return 0;
    }
    rt_object *old = AT(DQ(o), i);
    AT(DQ(o), i) = rt_newref(v);
    rt_decref(old);
    return 0;
}

static int deque_contains(rt_object *o, rt_object *v)
{
    intptr_t at = find(DQ(o), v, 0, DQ(o)->len);
    return at == -2 ? -1 : at >= 0;
}

static int deque_bool(rt_object *o) { return DQ(o)->len != 0; }

static rt_object *deque_repr(rt_object *o)
{
    deque *d = DQ(o);
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc < 0 ? NULL : rt_str_from_cstr("[...]");
    rt_object *l = rt_list_from_iterable(o);
    rt_object *r = NULL;
    if (l) {
        if (d->maxlen >= 0)
            r = rt_str_from_format("deque(%R, maxlen=%zd)", l, d->maxlen);
        else
            r = rt_str_from_format("deque(%R)", l);
        rt_decref(l);
    }
    rt_repr_leave(o);
    return r;
}

static rt_object *deque_richcompare(rt_object *a, rt_object *b, int op)
{
    if (RT_TYPE(b) != &deque_type)
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *la = rt_list_from_iterable(a), *lb = la ? rt_list_from_iterable(b) : NULL;
    rt_object *r = lb ? rt_richcompare(la, lb, op) : NULL;
    RT_XDECREF(la);
    RT_XDECREF(lb);
    return r;
}

static rt_object *deque_concat(rt_object *a, rt_object *b)
{
    if (RT_TYPE(b) != &deque_type)
        return rt_err_format(&rt_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                             rt_type_name(b));
    rt_object *r = deque_make(a, DQ(a)->maxlen);
    if (r && extend_side(DQ(r), b, false) < 0)
        RT_CLEAR(r);
    return r;
}

static rt_object *deque_repeat(rt_object *a, intptr_t n)
{
    rt_object *r = deque_make(a, DQ(a)->maxlen);
    if (r && deque_irepeat(r, n) < 0)
        RT_CLEAR(r);
    return r;
}

static rt_sequence_methods deque_as_sequence = {
    .length = deque_len, .concat = deque_concat, .repeat = deque_repeat, .contains = deque_contains,
};
static rt_mapping_methods deque_as_mapping = {
    .length = deque_len, .subscript = deque_subscript, .ass_subscript = deque_ass_subscript,
};
static rt_number_methods deque_as_number = { .bool_ = deque_bool };

/* ---- the iterator ---------------------------------------------------------------------- */

typedef struct dequeiter {
    RT_OBJECT_HEAD
    rt_object *d;
    intptr_t index;
    intptr_t counter;   /* items left, for __length_hint__ (CPython's counter) */
    uint64_t state;
} dequeiter;

static rt_object *deque_iter(rt_object *o)
{
    dequeiter *it = (dequeiter *)rt_object_new(&dequeiter_type);
    if (!it)
        return NULL;
    it->d = rt_newref(o);
    it->state = DQ(o)->state;
    it->counter = DQ(o)->len;
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *dequeiter_next(rt_object *o)
{
    dequeiter *it = (dequeiter *)o;
    deque *d = DQ(it->d);
    if (d->state != it->state)
        return rt_err_set_string(&rt_exc_RuntimeError, "deque mutated during iteration");
    if (it->index >= d->len)
        return NULL;
    it->counter--;
    return rt_newref(AT(d, it->index++));
}

/* __length_hint__ (dequeiter_len): the items left of the deque as it was. */
static rt_object *dequeiter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_iter_length_hint_result(o, nargs, kw, ((dequeiter *)o)->counter);
}

RT_NOSCAN static rt_method_def dequeiter_methods[] = {
    { "__length_hint__", dequeiter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

static int dequeiter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((dequeiter *)o)->d);
    return 0;
}

static void dequeiter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_XDECREF(((dequeiter *)o)->d);
    rt_object_free(o);
}

RT_NOSCAN_TYPE static rt_type dequeiter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(dequeiter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .iter = rt_iter_self,
    .iternext = dequeiter_next,
    .methods = dequeiter_methods,
};

RT_NOSCAN_TYPE static rt_type deque_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "collections.deque",   /* tp_name: error messages say it so */
    .basicsize = sizeof(deque),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_INPLACE_METHODS | RT_TPFLAGS_SEQUENCE,   /* __iadd__, __imul__ */
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_clear,
    .weaklistoffset = offsetof(deque, weakreflist),
    .repr = deque_repr,
    .hash = rt_hash_not_implemented,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .as_number = &deque_as_number,
    .as_sequence = &deque_as_sequence,
    .as_mapping = &deque_as_mapping,
    .methods = deque_methods,
    .getsets = deque_getsets,
    .new_ = deque_new,
};

/* ---- namedtuple's C part -------------------------------------------------------- */

/* _tuplegetter(index, doc): a namedtuple field, a read-only data
 * descriptor answering self[index] (CPython's _collections._tuplegetter). */
typedef struct tuplegetter {
    RT_OBJECT_HEAD
    intptr_t index;
    rt_object *doc;
} tuplegetter;

static rt_type tuplegetter_type;

static rt_object *tuplegetter_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs))
        return rt_err_set_string(&rt_exc_TypeError, "_tuplegetter() takes no keyword arguments");
    if (RT_SIZE(args) != 2)
        return rt_err_format(&rt_exc_TypeError, "_tuplegetter expected 2 arguments, got %ld", (long)RT_SIZE(args));
    int64_t ix = rt_int_as_i64(RT_TUPLE_GET_ITEM(args, 0));
    if (ix == -1 && rt_err_occurred())
        return NULL;
    tuplegetter *g = (tuplegetter *)rt_object_new(t);
    if (!g)
        return NULL;
    g->index = (intptr_t)ix;
    g->doc = rt_newref(RT_TUPLE_GET_ITEM(args, 1));
    rt_gc_track(RT_OBJ(g));
    return RT_OBJ(g);
}

static rt_object *tuplegetter_get(rt_object *self, rt_object *obj, rt_object *type)
{
    (void)type;
    tuplegetter *g = (tuplegetter *)self;
    if (!obj)
        return rt_newref(self);
    if (!rt_tuple_check(obj))
        return rt_err_format(&rt_exc_TypeError, "descriptor for index '%ld' for tuple subclasses doesn't apply "
                             "to '%s' object", (long)g->index, rt_type_name(obj));
    if (g->index < 0 || g->index >= RT_SIZE(obj))
        return rt_err_set_string(&rt_exc_IndexError, "tuple index out of range");
    return rt_newref(RT_TUPLE_GET_ITEM(obj, g->index));
}

static int tuplegetter_set(rt_object *self, rt_object *obj, rt_object *value)
{
    (void)self; (void)obj;
    rt_err_set_string(&rt_exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static rt_object *tuplegetter_repr(rt_object *self)
{
    tuplegetter *g = (tuplegetter *)self;
    rt_object *d = rt_repr(g->doc);
    rt_object *r = d ? rt_str_from_format("_tuplegetter(%ld, %s)", (long)g->index, rt_str_data(d)) : NULL;
    RT_XDECREF(d);
    return r;
}

static rt_object *tuplegetter_doc(rt_object *self, void *c)
{
    (void)c;
    return rt_newref(((tuplegetter *)self)->doc);
}

static int tuplegetter_traverse(rt_object *self, rt_visitproc visit, void *arg)
{
    RT_VISIT(((tuplegetter *)self)->doc);
    return 0;
}

static int tuplegetter_clear(rt_object *self)
{
    RT_CLEAR(((tuplegetter *)self)->doc);
    return 0;
}

static void tuplegetter_dealloc(rt_object *self)
{
    rt_gc_untrack(self);
    tuplegetter_clear(self);
    rt_object_free(self);
}

RT_NOSCAN static rt_getset_def tuplegetter_getsets[] = {
    { "__doc__", tuplegetter_doc, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type tuplegetter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "_tuplegetter",
    .basicsize = sizeof(tuplegetter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = tuplegetter_dealloc,
    .traverse = tuplegetter_traverse,
    .clear = tuplegetter_clear,
    .repr = tuplegetter_repr,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .getsets = tuplegetter_getsets,
    .new_ = tuplegetter_new,
};

/* The namedtuple class in cls's MRO (the one whose own dict holds
 * _fields): its name is the one CPython's generated __new__ reports. */
static rt_type *nt_class(rt_type *cls, rt_object *key)
{
    rt_object *mro = cls->mro;
    for (intptr_t i = 0; mro && i < RT_SIZE(mro); i++) {
        rt_type *k = (rt_type *)RT_TUPLE_GET_ITEM(mro, i);
        if (k->dict && rt_dict_getitem(k->dict, key))
            return k;
    }
    return cls;
}

/* _nt_new(cls, *values, **named), a namedtuple's __new__: binds the
 * arguments to the fields (with _field_defaults for the trailing ones)
 * with the messages CPython's generated __new__ gives, then
 * tuple.__new__(cls, values). */
static rt_object *nt_new(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    if (nargs < 1 || !rt_type_check(args[0]) || !rt_type_is_subtype((rt_type *)args[0], &rt_tuple_type))
        return rt_err_set_string(&rt_exc_TypeError, "_nt_new(cls, ...): cls must be a tuple subclass");
    rt_type *cls = (rt_type *)args[0];
    args++;
    nargs--;
    rt_object *fkey = rt_str_intern_cstr("_fields"), *dkey = rt_str_intern_cstr("_field_defaults");
    rt_object *fields = fkey ? rt_type_lookup(cls, fkey) : NULL;
    rt_object *defaults = dkey ? rt_type_lookup(cls, dkey) : NULL;
    char fname[160];
    snprintf(fname, sizeof fname, "%s.__new__", nt_class(cls, fkey)->name);
    RT_XDECREF(fkey);
    RT_XDECREF(dkey);
    if (!fields || !rt_tuple_check(fields))
        return rt_err_set_string(&rt_exc_TypeError, "namedtuple class without _fields");
    intptr_t n = RT_SIZE(fields), ndef = 0;
    for (intptr_t i = n; defaults && rt_dict_check(defaults) && i > 0; i--, ndef++)
        if (!rt_dict_getitem(defaults, RT_TUPLE_GET_ITEM(fields, i - 1)))
            break;
    rt_object *vals = rt_tuple_new(n);
    if (!vals)
        return NULL;
    for (intptr_t i = 0; i < nargs && i < n; i++)
        RT_TUPLE_SET_ITEM(vals, i, rt_newref(args[i]));
    rt_object *r = NULL;
    for (intptr_t k = 0; kw && k < RT_SIZE(kw); k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kw, k);
        intptr_t i = 0;
        while (i < n && !rt_str_eq(RT_TUPLE_GET_ITEM(fields, i), name))
            i++;
        if (i == n) {
            rt_err_format(&rt_exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, rt_str_data(name));
            goto done;
        }
        if (RT_TUPLE_GET_ITEM(vals, i)) {
            rt_err_format(&rt_exc_TypeError, "%s() got multiple values for argument '%s'", fname, rt_str_data(name));
            goto done;
        }
        RT_TUPLE_SET_ITEM(vals, i, rt_newref(args[nargs + k]));
    }
    if (nargs > n) {
        if (ndef)
            rt_err_format(&rt_exc_TypeError, "%s() takes from %ld to %ld positional arguments but %ld were given",
                          fname, (long)(n - ndef + 1), (long)n + 1, (long)nargs + 1);
        else
            rt_err_format(&rt_exc_TypeError, "%s() takes %ld positional argument%s but %ld were given", fname,
                          (long)n + 1, n ? "s" : "", (long)nargs + 1);
        goto done;
    }
    for (intptr_t i = n - ndef; i < n; i++)
        if (!RT_TUPLE_GET_ITEM(vals, i))
            RT_TUPLE_SET_ITEM(vals, i, rt_newref(rt_dict_getitem(defaults, RT_TUPLE_GET_ITEM(fields, i))));
    intptr_t missing = 0;
    for (intptr_t i = 0; i < n; i++)
        missing += RT_TUPLE_GET_ITEM(vals, i) == NULL;
    if (missing) {
        rt_object **names = rt_mem_malloc((size_t)missing * sizeof *names);
        if (!names) {
            rt_err_no_memory();
            goto done;
        }
        intptr_t m = 0;
        for (intptr_t i = 0; i < n; i++)
            if (!RT_TUPLE_GET_ITEM(vals, i))
                names[m++] = RT_TUPLE_GET_ITEM(fields, i);
        vm_err_missing_args(fname, names, m, false);
        rt_mem_free(names);
        goto done;
    }
    rt_object *a = rt_tuple_pack(1, vals);
    r = a ? rt_tuple_type.new_(cls, a, NULL) : NULL;
    RT_XDECREF(a);
done:
    for (intptr_t i = 0; i < n; i++)   /* a tuple being built may hold NULLs: fill before freeing */
        if (!RT_TUPLE_GET_ITEM(vals, i))
            RT_TUPLE_SET_ITEM(vals, i, rt_newref(RT_NONE));
    rt_decref(vals);
    return r;
}

/* _count_elements(mapping, iterable): Counter.update's loop, as CPython's
 * _collections._count_elements: mapping[elem] = mapping.get(elem, 0) + 1
 * for each element.  When type(mapping) keeps dict's own get and
 * __setitem__ (Counter does: its Python __delitem__ leaves __setitem__
 * alone), the dict is read and written directly with one hash per
 * element; otherwise through the class's get and o[k] = v. */
static rt_object *count_elements(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    if ((kw && RT_SIZE(kw)) || nargs != 2) {
        if (kw && RT_SIZE(kw))
            return rt_err_set_string(&rt_exc_TypeError, "_count_elements() takes no keyword arguments");
        return rt_err_format(&rt_exc_TypeError, "_count_elements expected 2 arguments, got %ld", (long)nargs);
    }
    rt_object *mapping = args[0];
    static rt_object *get_name, *setitem_name;   /* interned, hence immortal */
    if (!get_name && !(get_name = rt_str_intern_cstr("get")))
        return NULL;
    if (!setitem_name && !(setitem_name = rt_str_intern_cstr("__setitem__")))
        return NULL;
    rt_type *t = RT_TYPE(mapping);
    bool direct = rt_dict_check(mapping)
                  && rt_type_lookup_cached(t, get_name) == rt_type_lookup_cached(&rt_dict_type, get_name)
                  && rt_type_lookup_cached(t, setitem_name) == rt_type_lookup_cached(&rt_dict_type, setitem_name);
    rt_object *one = rt_int_from_i64(1), *zero = rt_int_from_i64(0);
    rt_object *bound_get = NULL, *it = NULL, *key = NULL;
    if (!direct && !(bound_get = rt_getattr(mapping, get_name)))
        goto fail;
    if (!(it = rt_get_iter(args[1])))
        goto fail;
    while ((key = rt_iter_next(it)) != NULL) {
        rt_object *old, *nv;
        int r;
        if (direct) {
            intptr_t h = rt_hash(key);
            if (h == -1)
                goto fail;
            nv = NULL;
            r = rt_dict_count_knownhash(mapping, key, h, one);
        } else {
            rt_object *ga[2] = { key, zero };
            old = rt_call_vector(bound_get, ga, 2);
            nv = old ? rt_number_binop(old, one, RT_NB_ADD) : NULL;
            RT_XDECREF(old);
            r = nv ? rt_setitem(mapping, key, nv) : -1;
        }
        RT_XDECREF(nv);
        RT_DECREF(key);
        key = NULL;
        if (r < 0)
            goto fail;
    }
    if (rt_err_occurred())
        goto fail;
    RT_DECREF(it);
    RT_XDECREF(bound_get);
    RT_DECREF(one);
    RT_DECREF(zero);
    return rt_none_new();
fail:
    RT_XDECREF(key);
    RT_XDECREF(it);
    RT_XDECREF(bound_get);
    RT_DECREF(one);
    RT_DECREF(zero);
    return NULL;
}

RT_NOSCAN static rt_method_def collections_functions[] = {
    { "_nt_new", nt_new, RT_METH_FASTCALL, NULL },
    { "_count_elements", count_elements, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int vm_mod_collections_init(void)
{
    if (rt_type_ready(&dequeiter_type) < 0)
        return -1;
    rt_object *m = vm_add_builtin_module("_collections", collections_functions);
    if (!m || mod_add_type(m, &deque_type, "collections") < 0
        || mod_add_type(m, &tuplegetter_type, "collections") < 0 || mod_defaultdict_add(m) < 0 || mod_ordereddict_add(m) < 0)
        return -1;
    return 0;
}

/*
 * builtins_iter.c -- enumerate() and zip(), the lazy iterators of the
 * builtins module, and their next pair for the loop's FOR_ITER_PAIR.
 * builtins.c lists them in its table (vm_bi_enumerate, vm_bi_zip).
 *
 * Invariant: an iterator's kept result tuple is handed out again only
 * when nothing else holds it (refcount 1), so `for i, x in enumerate(s)`
 * allocates no tuple per item and the objects it holds, and when, are
 * CPython 3.11's.
 */
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/gchead.h"

static intptr_t nkw(rt_object *kwnames) { return kwnames ? RT_SIZE(kwnames) : 0; }

/* ---- enumerate and zip: lazy iterators -------------------------------------------- */

/* As CPython 3.11, each holds a result tuple made with it (so creating
 * one allocates that tuple too) and hands it out again when nothing else
 * holds it: `for i, x in enumerate(s)` makes no tuple per item. */
typedef struct vm_iterobj {
    RT_OBJECT_HEAD
    rt_object *its;        /* enumerate: the iterator; zip: tuple of iterators */
    rt_object *result;     /* tuple of as many items as a next() returns */
    int64_t index;
    rt_object *long_index; /* enumerate past int64 (CPython's en_longindex), or NULL */
} vm_iterobj;

static int iterobj_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((vm_iterobj *)o)->its);
    RT_VISIT(((vm_iterobj *)o)->result);
    RT_VISIT(((vm_iterobj *)o)->long_index);
    return 0;
}

static int iterobj_clear(rt_object *o)
{
    RT_CLEAR(((vm_iterobj *)o)->its);
    RT_CLEAR(((vm_iterobj *)o)->result);
    RT_CLEAR(((vm_iterobj *)o)->long_index);
    return 0;
}

/* The tuple next() fills: the kept one when only the iterator holds it
 * (its old items are put in *old, n of them, for the caller to drop after
 * filling), else a new one.  A full collection may have untracked the
 * kept tuple; it is tracked again, as CPython does. */
static rt_object *iterobj_result(vm_iterobj *e, intptr_t n, rt_object **old)
{
    rt_object *t = e->result;
    if (t && t->refcnt == 1) {
        for (intptr_t i = 0; i < n; i++)
            old[i] = RT_TUPLE_GET_ITEM(t, i);
        if (!rt_gc_is_tracked(t))
            rt_gc_track(t);
        return rt_newref(t);
    }
    for (intptr_t i = 0; i < n; i++)
        old[i] = NULL;
    return rt_tuple_new(n);
}

static void iterobj_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    iterobj_clear(o);
    rt_object_free(o);
}

static rt_object *self_iter(rt_object *o) { return rt_newref(o); }

static rt_object *enumerate_next(rt_object *o)
{
    vm_iterobj *e = (vm_iterobj *)o;
    rt_object *v = rt_iter_next(e->its);
    if (!v)
        return NULL;
    rt_object *i, *old[2];
    if (e->long_index || e->index == INT64_MAX) {
        /* past int64: count in int objects, as CPython past PY_SSIZE_T_MAX */
        if (!e->long_index && !(e->long_index = rt_int_from_i64(e->index))) {
            rt_decref(v);
            return NULL;
        }
        rt_object *one = rt_int_from_i64(1);
        rt_object *next = one ? rt_number_binop(e->long_index, one, RT_NB_ADD) : NULL;
        RT_XDECREF(one);
        i = next ? e->long_index : NULL;
        if (next)
            e->long_index = next;
    } else {
        i = rt_int_from_i64(e->index++);
    }
    rt_object *t = i ? iterobj_result(e, 2, old) : NULL;
    if (!t) {
        RT_XDECREF(i);
        rt_decref(v);
        return NULL;
    }
    RT_TUPLE_SET_ITEM(t, 0, i);
    RT_TUPLE_SET_ITEM(t, 1, v);
    RT_XDECREF(old[0]);
    RT_XDECREF(old[1]);
    return t;
}

/* Iterator i of zip z stopped (or failed): with strict=True the others
 * must stop at the same place, else CPython 3.11's ValueError. */
static rt_object *zip_end(vm_iterobj *z, intptr_t i)
{
    if (!z->index || rt_err_occurred())
        return NULL;
    if (i > 0)
        return rt_err_format(&rt_exc_ValueError, "zip() argument %ld is shorter than argument%s%ld",
                             (long)i + 1, i == 1 ? " " : "s 1-", (long)i);
    for (intptr_t j = 1; j < RT_SIZE(z->its); j++) {
        rt_object *v = rt_iter_next(RT_TUPLE_GET_ITEM(z->its, j));
        if (v) {
            rt_decref(v);
            return rt_err_format(&rt_exc_ValueError, "zip() argument %ld is longer than argument%s%ld",
                                 (long)j + 1, j == 1 ? " " : "s 1-", (long)j);
        }
        if (rt_err_occurred())
            return NULL;
    }
    return NULL;
}

static rt_object *zip_next(rt_object *o)
{
    vm_iterobj *z = (vm_iterobj *)o;
    intptr_t n = RT_SIZE(z->its);
    if (n == 0)
        return NULL;
    rt_object *t = NULL;
    if (z->result && z->result->refcnt == 1) {
        /* CPython's order: the kept tuple's items are replaced one by one
         * as the iterators answer. */
        t = rt_newref(z->result);
        for (intptr_t i = 0; i < n; i++) {
            rt_object *v = rt_iter_next(RT_TUPLE_GET_ITEM(z->its, i));
            if (!v) {
                rt_decref(t);
                return zip_end(z, i);
            }
            rt_object *was = RT_TUPLE_GET_ITEM(t, i);
            RT_TUPLE_SET_ITEM(t, i, v);
            rt_decref(was);
        }
        if (!rt_gc_is_tracked(t))
            rt_gc_track(t);
        return t;
    }
    if (!(t = rt_tuple_new(n)))
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *v = rt_iter_next(RT_TUPLE_GET_ITEM(z->its, i));
        if (!v) {
            for (intptr_t j = i; j < n; j++)
                RT_TUPLE_SET_ITEM(t, j, rt_none_new());
            rt_decref(t);
            return zip_end(z, i);
        }
        RT_TUPLE_SET_ITEM(t, i, v);
    }
    return t;
}

RT_NOSCAN_TYPE rt_type vm_enumerate_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "enumerate",
    .basicsize = sizeof(vm_iterobj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = iterobj_dealloc, .traverse = iterobj_traverse, .clear = iterobj_clear,
    .iter = self_iter, .iternext = enumerate_next,
};

RT_NOSCAN_TYPE rt_type vm_zip_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "zip",
    .basicsize = sizeof(vm_iterobj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = iterobj_dealloc, .traverse = iterobj_traverse, .clear = iterobj_clear,
    .iter = self_iter, .iternext = zip_next,
};

/* The next pair of an enumerate or of a zip of two iterators, for the
 * loop's FOR_ITER_PAIR (vm/eval.c: `for i, x in enumerate(s)`), put in
 * *a and *b (new references) rather than handed out in the result tuple:
 * 1; 0 when exhausted or on an error (set); -1, nothing done, when the
 * kept result tuple is held elsewhere (next() then makes a new one, a gc
 * allocation) or enumerate counts past int64.  The kept tuple is refilled
 * as enumerate_next / zip_next refill it, so it holds the same objects at
 * the same moments as CPython's. */
int vm_iter_next_pair(rt_object *o, rt_object **a, rt_object **b)
{
    vm_iterobj *e = (vm_iterobj *)o;
    rt_object *t = e->result, *old[2];
    if (t->refcnt != 1 || e->long_index || e->index == INT64_MAX
        || (RT_TYPE(o) == &vm_zip_type && RT_SIZE(e->its) != 2))
        return -1;
    if (RT_TYPE(o) == &vm_zip_type) {
        rt_object *t2 = zip_next(o);   /* refills t in place (refcnt 1) */
        if (!t2)
            return 0;
        *a = rt_newref(RT_TUPLE_GET_ITEM(t2, 0));
        *b = rt_newref(RT_TUPLE_GET_ITEM(t2, 1));
        rt_decref(t2);
        return 1;
    }
    rt_object *v, *its = e->its;
    if (RT_TYPE(its) == &rt_list_iterator_type) {   /* list_iter_next inline */
        rt_seqiter *li = (rt_seqiter *)its;
        if (!li->seq)
            return 0;
        if (li->index >= RT_SIZE(li->seq)) {
            RT_CLEAR(li->seq);
            return 0;
        }
        v = rt_newref(RT_LIST_ITEMS(li->seq)[li->index++]);
    } else if (!(v = rt_iter_next(its))) {
        return 0;
    }
    rt_object *i = rt_int_from_i64(e->index++);
    if (!i) {
        rt_decref(v);
        return 0;
    }
    old[0] = RT_TUPLE_GET_ITEM(t, 0);
    old[1] = RT_TUPLE_GET_ITEM(t, 1);
    RT_TUPLE_SET_ITEM(t, 0, rt_newref(i));
    RT_TUPLE_SET_ITEM(t, 1, rt_newref(v));
    rt_decref(old[0]);
    rt_decref(old[1]);
    if (!rt_gc_is_tracked(t))
        rt_gc_track(t);
    *a = i;
    *b = v;
    return 1;
}

static rt_object *iterobj_new(rt_type *t, rt_object *its, int64_t start)
{
    vm_iterobj *e = (vm_iterobj *)rt_object_new(t);
    if (!e) {
        rt_decref(its);
        return NULL;
    }
    e->its = its;
    e->index = start;
    rt_gc_track(RT_OBJ(e));
    intptr_t n = t == &vm_zip_type ? RT_SIZE(its) : 2;
    if (!(e->result = rt_tuple_new(n))) {
        rt_decref(RT_OBJ(e));
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(e->result, i, rt_none_new());
    return RT_OBJ(e);
}

rt_object *vm_bi_enumerate(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    /* CPython 3.11's enum_vectorcall: the keywords are checked by count and
     * position only (one argument may be iterable=, two may be
     * start=/iterable= in either order), and its messages. */
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0, total = nargs + nkw;
    rt_object *iterable = NULL, *st = NULL;
    if (total == 2 || total == 1) {
        /* the names the keywords must have: the parameters after the
         * positional ones, or start= then iterable= when both are keywords */
        const char *names[2] = { "iterable", "start" };
        if (nkw == 2 && rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kwnames, 0), "start")) {
            names[0] = "start";
            names[1] = "iterable";
        }
        for (intptr_t k = 0; k < nkw; k++) {
            rt_object *name = RT_TUPLE_GET_ITEM(kwnames, k);
            if (!rt_str_eq_cstr(name, names[nargs + k]))
                return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                                     rt_str_data(name));
        }
        bool swapped = names[0][0] == 's';
        iterable = args[swapped];
        st = total == 2 ? args[!swapped] : NULL;
    } else if (nargs == 0) {
        return rt_err_set_string(&rt_exc_TypeError, "enumerate() missing required argument 'iterable'");
    } else {
        return rt_err_format(&rt_exc_TypeError, "enumerate() takes at most 2 arguments (%ld given)", (long)total);
    }
    int64_t start = 0;
    rt_object *big = NULL;   /* a start past int64 (enumerate(s, 2**70)) */
    if (st) {
        start = rt_int_as_i64(st);
        if (start == -1 && rt_err_occurred()) {
            if (!rt_err_matches(&rt_exc_OverflowError))
                return NULL;
            rt_err_clear();
            if (!(big = rt_number_index(st)))
                return NULL;
        }
    }
    rt_object *it = rt_get_iter(iterable);
    if (!it) {
        RT_XDECREF(big);
        return NULL;
    }
    rt_object *e = iterobj_new(&vm_enumerate_type, it, start);
    if (e)
        ((vm_iterobj *)e)->long_index = big;
    else
        RT_XDECREF(big);
    return e;
}

rt_object *vm_bi_zip(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    bool strict = false;
    if (nkw(kwnames)) {
        if (nkw(kwnames) > 1)
            return rt_err_format(&rt_exc_TypeError, "zip() takes at most 1 keyword argument (%ld given)",
                                 (long)nkw(kwnames));
        rt_object *name = RT_TUPLE_GET_ITEM(kwnames, 0);
        if (!rt_str_eq_cstr(name, "strict"))
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for zip()",
                                 rt_str_data(name));
        int t = rt_is_true(args[nargs]);
        if (t < 0)
            return NULL;
        strict = t;
    }
    /* CPython 3.11 calls zip through tp_call: its arguments are packed in a
       tuple first (from the free list when one is there) and released after,
       which moves gc.get_count() and the free lists as here */
    rt_object *packed = nargs ? rt_tuple_from_array(args, nargs) : NULL;
    if (nargs && !packed)
        return NULL;
    if (nkw(kwnames)) {   /* and strict= in a keyword dict: an empty one stands in */
        rt_object *kwdict = rt_dict_new();
        if (!kwdict) {
            RT_XDECREF(packed);
            return NULL;
        }
        rt_decref(kwdict);
    }
    rt_object *its = rt_tuple_new(nargs), *r = NULL;
    if (!its)
        goto out;
    for (intptr_t i = 0; i < nargs; i++) {
        rt_object *it = rt_get_iter(args[i]);
        if (!it) {
            for (intptr_t j = i; j < nargs; j++)
                RT_TUPLE_SET_ITEM(its, j, rt_none_new());
            rt_decref(its);
            goto out;
        }
        RT_TUPLE_SET_ITEM(its, i, it);
    }
    r = iterobj_new(&vm_zip_type, its, strict);   /* zip keeps strict in index */
out:
    RT_XDECREF(packed);
    return r;
}

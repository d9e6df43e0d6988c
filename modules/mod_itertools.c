/*
 * mod_itertools.c -- _itertools: islice and chain as C iterator types, as
 * CPython 3.11's Modules/itertoolsmodule.c has them (lib/itertools.py
 * takes them from here; mod_itertools_more.c adds six more).  A
 * Python-level __next__ cost about a thousand instructions per item where
 * CPython's C iterators cost a few dozen, and islice and chain sit inside
 * ordinary generator pipelines.
 *
 * islice keeps CPython's order of work: the items before the next index
 * are consumed first, then the stop is tested, so islice(it, 5, 3) takes
 * five items from it; once exhausted it drops its iterator.  chain keeps
 * the iterator of its iterables (source) and the one being read (active),
 * dropping each when it ends.  Both are GC containers and may be
 * subclassed.
 */
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/object.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

/* ---- islice ------------------------------------------------------------- */

typedef struct islice_obj {
    RT_OBJECT_HEAD
    rt_object *it;          /* NULL once exhausted */
    intptr_t next, stop, step, cnt;   /* stop -1: no stop */
} islice_obj;

static rt_type islice_type, chain_type;

static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* o.__index__() as a C integer; -1 for an int beyond the range or a value
 * that is no integer (CPython clears that error and reports the argument
 * with its own message).  No exception is left set. */
static intptr_t index_or_minus1(rt_object *o)
{
    rt_object *i = rt_number_index(o);
    if (!i) {
        rt_err_clear();
        return -1;
    }
    /* -2**63 fits a Py_ssize_t in CPython: below -1 it is refused by the
     * "Indices" message, not as a stop that does not fit */
    intptr_t v = rt_int_is_small(i) ? (intptr_t)RT_INT_VALUE(i) : rt_int_is_i64_min(i) ? -INTPTR_MAX : -1;
    rt_decref(i);
    return v;
}

static rt_object *islice_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    (void)kwargs;   /* refused by islice_new */
    if (n < 2)
        return rt_err_format(&rt_exc_TypeError, "islice expected at least 2 arguments, got %ld", (long)n);
    if (n > 4)
        return rt_err_format(&rt_exc_TypeError, "islice expected at most 4 arguments, got %ld", (long)n);
    intptr_t start = 0, stop = -1, step = 1;
    if (n == 2) {
        if (args[1] != RT_NONE && (stop = index_or_minus1(args[1])) == -1)
            return rt_err_set_string(&rt_exc_ValueError, stop_msg);
    } else {
        if (args[1] != RT_NONE)
            start = index_or_minus1(args[1]);
        if (args[2] != RT_NONE && (stop = index_or_minus1(args[2])) == -1)
            return rt_err_set_string(&rt_exc_ValueError, stop_msg);
    }
    if (start < 0 || stop < -1)
        return rt_err_set_string(&rt_exc_ValueError,
                                 "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (n == 4 && args[3] != RT_NONE)
        step = index_or_minus1(args[3]);
    if (step < 1)
        return rt_err_set_string(&rt_exc_ValueError, "Step for islice() must be a positive integer or None.");
    rt_object *it = rt_get_iter(args[0]);
    if (!it)
        return NULL;
    islice_obj *s = (islice_obj *)rt_object_new(t);
    if (!s) {
        rt_decref(it);
        return NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    rt_gc_track(RT_OBJ(s));
    return RT_OBJ(s);
}

static rt_object *islice_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "islice() takes no keyword arguments");
    return islice_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), NULL);
}

/* CPython 3.11's islice has no vectorcall: type_call's argument tuple */
static rt_object *islice_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(islice_make, t, args, n);
}

static rt_object *islice_next(rt_object *o)
{
    islice_obj *s = (islice_obj *)o;
    if (!s->it)
        return NULL;
    rt_object *item;
    while (s->cnt < s->next) {
        if (!(item = rt_iter_next(s->it)))
            goto empty;
        rt_decref(item);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop)
        goto empty;
    if (!(item = rt_iter_next(s->it)))
        goto empty;
    s->cnt++;
    intptr_t old = s->next;
    if (__builtin_add_overflow(s->next, s->step, &s->next) || s->next < old
        || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return item;
empty:
    RT_CLEAR(s->it);
    return NULL;
}

static int islice_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((islice_obj *)o)->it);
    return 0;
}

static int islice_clear(rt_object *o)
{
    RT_CLEAR(((islice_obj *)o)->it);
    return 0;
}

static void islice_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, islice_dealloc)
    islice_clear(o);
    rt_object_free(o);
    RT_TRASHCAN_END
}

RT_NOSCAN_TYPE static rt_type islice_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.islice",
    .basicsize = sizeof(islice_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = islice_dealloc, .traverse = islice_traverse, .clear = islice_clear,
    .iter = rt_iter_self, .iternext = islice_next,
    .new_ = islice_new,
    .vectorcall = islice_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- chain -------------------------------------------------------------- */

typedef struct chain_obj {
    RT_OBJECT_HEAD
    rt_object *source;   /* iterator of the iterables; NULL once exhausted */
    rt_object *active;   /* iterator being read, or NULL */
} chain_obj;

static rt_object *chain_make(rt_type *t, rt_object *source)
{
    chain_obj *c = (chain_obj *)rt_object_new(t);
    if (!c) {
        rt_decref(source);
        return NULL;
    }
    c->source = source;
    c->active = NULL;
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

static rt_object *chain_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "chain() takes no keyword arguments");
    rt_object *source = rt_get_iter(args);
    return source ? chain_make(t, source) : NULL;
}

static rt_object *chain_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    rt_object *tup = rt_tuple_from_array(args, n);
    if (!tup)
        return NULL;
    rt_object *source = rt_get_iter(tup);
    rt_decref(tup);
    return source ? chain_make(t, source) : NULL;
}

static rt_object *chain_next(rt_object *o)
{
    chain_obj *c = (chain_obj *)o;
    while (c->source) {
        if (!c->active) {
            rt_object *iterable = rt_iter_next(c->source);
            if (!iterable) {
                RT_CLEAR(c->source);
                return NULL;
            }
            c->active = rt_get_iter(iterable);
            rt_decref(iterable);
            if (!c->active) {
                RT_CLEAR(c->source);
                return NULL;
            }
        }
        rt_object *item = rt_iter_next(c->active);
        if (item)
            return item;
        if (rt_err_occurred()) {
            if (!rt_err_matches(&rt_exc_StopIteration))
                return NULL;
            rt_err_clear();
        }
        RT_CLEAR(c->active);
    }
    return NULL;
}

static rt_object *chain_from_iterable(rt_object *cls, rt_object *const *args, intptr_t n, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "chain.from_iterable() takes no keyword arguments");
    if (n != 1)
        return rt_err_format(&rt_exc_TypeError, "chain.from_iterable() takes exactly one argument (%ld given)",
                             (long)n);
    rt_object *source = rt_get_iter(args[0]);
    return source ? chain_make((rt_type *)cls, source) : NULL;
}

static int chain_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((chain_obj *)o)->source);
    RT_VISIT(((chain_obj *)o)->active);
    return 0;
}

static int chain_clear(rt_object *o)
{
    RT_CLEAR(((chain_obj *)o)->source);
    RT_CLEAR(((chain_obj *)o)->active);
    return 0;
}

static void chain_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, chain_dealloc)
    chain_clear(o);
    rt_object_free(o);
    RT_TRASHCAN_END
}

RT_NOSCAN static rt_method_def chain_methods[] = {
    { "from_iterable", chain_from_iterable, RT_METH_FASTCALL | RT_METH_CLASS,
      "Alternative chain() constructor taking a single iterable argument that evaluates lazily." },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN_TYPE static rt_type chain_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.chain",
    .basicsize = sizeof(chain_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = chain_dealloc, .traverse = chain_traverse, .clear = chain_clear,
    .iter = rt_iter_self, .iternext = chain_next,
    .new_ = chain_new,
    .vectorcall = chain_vectorcall,
    .getattro = rt_generic_getattr,
    .methods = chain_methods,
};

int vm_mod_itertools_init(void)
{
    static rt_method_def none[] = { { NULL, NULL, 0, NULL } };
    rt_object *m = vm_add_builtin_module("_itertools", none);
    return m && mod_add_type(m, &islice_type, "itertools") == 0 && mod_add_type(m, &chain_type, "itertools") == 0
           && mod_itertools_more_add(m) == 0 ? mod_itertools_iter_add(m) : -1;
}

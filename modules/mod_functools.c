/*
 * mod_functools.c -- the _functools module: partial, the C part of
 * functools (lib/functools.py imports it, as CPython's functools imports
 * _functools).
 *
 * _lru_cache_wrapper, its other type, is in mod_functools_lru.c.
 *
 * A partial is a GC container holding its function, its positional
 * arguments (a tuple) and its keywords (a dict); calling it calls the
 * function with the stored positional arguments first and the stored
 * keywords overridden by the call's.  It has a __dict__, as CPython's.
 */
#include "modules/modules.h"
#include "vm/eval.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/instattr.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"

typedef struct partial {
    RT_OBJECT_HEAD
    rt_object *fn, *args, *kw;   /* kw: a dict, possibly empty */
    rt_object *dict;             /* attribute storage (instattr.h) */
    rt_object *weakreflist;
} partial;

static rt_type partial_type;
static rt_object *partial_call(rt_object *o, rt_object *args, rt_object *kwargs);
#define PA(o) ((partial *)(o))

static rt_object *partial_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (!args || RT_SIZE(args) < 1)
        return rt_err_set_string(&rt_exc_TypeError, "type 'partial' takes at least one argument");
    rt_object *fn = RT_TUPLE_GET_ITEM(args, 0);
    rt_object *pre = NULL, *prekw = NULL;
    /* CPython's test: called through partial_call (a subclass too), with
     * no instance dict */
    if (RT_TYPE(fn)->call == partial_call && !PA(fn)->dict) {
        /* flatten partial(partial(f, a), b) into partial(f, a, b) */
        pre = PA(fn)->args;
        prekw = PA(fn)->kw;
        fn = PA(fn)->fn;
    }
    if (!RT_TYPE(fn)->call)
        return rt_err_set_string(&rt_exc_TypeError, "the first argument must be callable");
    partial *p = (partial *)rt_object_new(t);
    if (!p)
        return NULL;
    p->fn = rt_newref(fn);
    rt_object *rest = rt_tuple_from_array(RT_TUPLE_ITEMS(args) + 1, RT_SIZE(args) - 1);
    p->args = rest && pre ? rt_tuple_type.as_sequence->concat(pre, rest) : rest ? rt_newref(rest) : NULL;
    RT_XDECREF(rest);
    p->kw = prekw ? rt_dict_copy(prekw) : rt_dict_new();
    if (!p->args || !p->kw || (kwargs && rt_dict_update(p->kw, kwargs) < 0)) {
        rt_decref(RT_OBJ(p));
        return NULL;
    }
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

static rt_object *partial_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    partial *p = PA(o);
    rt_object *all = RT_SIZE(p->args) ? rt_tuple_type.as_sequence->concat(p->args, args) : rt_newref(args);
    if (!all)
        return NULL;
    rt_object *kw = NULL;
    if (rt_dict_size(p->kw)) {
        kw = rt_dict_copy(p->kw);
        if (kw && kwargs && rt_dict_update(kw, kwargs) < 0)
            RT_CLEAR(kw);
        if (!kw) {
            rt_decref(all);
            return NULL;
        }
    } else if (kwargs && rt_dict_size(kwargs)) {
        kw = rt_newref(kwargs);
    }
    rt_object *r = rt_call(p->fn, all, kw);
    rt_decref(all);
    RT_XDECREF(kw);
    return r;
}

static int partial_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    /* CPython 3.11's partial is a heap type its instances visit first
     * (gc.get_referents shows it); ours is static, so the collectors skip
     * it (rt_is_gc), and only get_referents sees it.  A subclass's
     * instance had its (heap) type visited by rt_instance_traverse, once,
     * as CPython visits it once */
    if (RT_TYPE(o) == &partial_type)
        RT_VISIT(RT_OBJ(RT_TYPE(o)));
    RT_VISIT(PA(o)->fn);
    RT_VISIT(PA(o)->args);
    RT_VISIT(PA(o)->kw);
    return rt_instattr_traverse(o, visit, arg);
}

static int partial_clear(rt_object *o)
{
    RT_CLEAR(PA(o)->fn);
    RT_CLEAR(PA(o)->args);
    RT_CLEAR(PA(o)->kw);
    rt_instattr_clear(o);
    return 0;
}

static void partial_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, partial_dealloc)
    if (PA(o)->weakreflist)
        rt_weakref_clear_all(o);
    partial_clear(o);
    rt_object_free(o);
    RT_TRASHCAN_END
}

static rt_object *partial_repr(rt_object *o)
{
    partial *p = PA(o);
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc < 0 ? NULL : rt_str_from_cstr("...");
    rt_str_builder b;
    rt_str_builder_init(&b);
    /* CPython's tp_name: "functools.partial", a subclass's own name */
    rt_str_builder_append_cstr(&b, RT_TYPE(o) == &partial_type ? "functools.partial" : RT_TYPE(o)->name);
    rt_str_builder_append_cstr(&b, "(");
    int bad = rt_str_builder_append_repr(&b, p->fn);
    for (intptr_t i = 0; !bad && i < RT_SIZE(p->args); i++) {
        rt_str_builder_append_cstr(&b, ", ");
        bad = rt_str_builder_append_repr(&b, RT_TUPLE_GET_ITEM(p->args, i));
    }
    intptr_t pos = 0;
    rt_object *k, *v;
    while (!bad && rt_dict_next(p->kw, &pos, &k, &v)) {
        rt_str_builder_append_cstr(&b, ", ");
        rt_str_builder_append_strof(&b, k);
        rt_str_builder_append_char(&b, '=');
        bad = rt_str_builder_append_repr(&b, v);
    }
    rt_repr_leave(o);
    if (bad) {
        rt_str_builder_discard(&b);
        return NULL;
    }
    rt_str_builder_append_char(&b, ')');
    return rt_str_builder_finish(&b);
}

static rt_object *get_func(rt_object *o, void *c) { (void)c; return rt_newref(PA(o)->fn); }
static rt_object *get_args(rt_object *o, void *c) { (void)c; return rt_newref(PA(o)->args); }
static rt_object *get_keywords(rt_object *o, void *c) { (void)c; return rt_newref(PA(o)->kw); }

/* CPython's func, args and keywords are READONLY members: their message */
static int set_readonly(rt_object *o, rt_object *v, void *c)
{
    (void)o; (void)v; (void)c;
    rt_err_set_string(&rt_exc_AttributeError, "readonly attribute");
    return -1;
}

RT_NOSCAN static rt_getset_def partial_getsets[] = {
    { "func", get_func, set_readonly, NULL },
    { "args", get_args, set_readonly, NULL },
    { "keywords", get_keywords, set_readonly, NULL },
    { "__dict__", rt_instattr_dict_getter, rt_instattr_dict_setter, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type partial_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "partial",
    .basicsize = sizeof(partial),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = partial_dealloc,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .weaklistoffset = offsetof(partial, weakreflist),
    .dictoffset = offsetof(partial, dict),
    .repr = partial_repr,
    .call = partial_call,
    .getattro = rt_generic_getattr,
    .setattro = rt_generic_setattr,
    .getsets = partial_getsets,
    .new_ = partial_new,
};

/* functools.reduce(function, iterable[, initial], /): C in CPython 3.11
 * (METH_VARARGS: the caller builds the argument tuple), as the subset's
 * version ran a frame and made a dict CPython never does.  Like
 * CPython's it passes function one 2-tuple, refilled in place while
 * nobody else holds it (tracked again if the collector untracked it);
 * an empty iterable without an initial value is an error with no
 * StopIteration behind it. */
static rt_object *reduce_fn(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "reduce() takes no keyword arguments");
    if (mod_itertools_positional("reduce", nargs, NULL, 2, 3) < 0)
        return NULL;
    rt_object *func = args[0], *result = nargs == 3 ? rt_newref(args[2]) : NULL;
    rt_object *it = rt_get_iter(args[1]);
    if (!it) {
        if (rt_err_matches(&rt_exc_TypeError))
            rt_err_set_string(&rt_exc_TypeError, "reduce() arg 2 must support iteration");
        rt_xdecref(result);
        return NULL;
    }
    rt_object *pair = rt_tuple_new(2);
    if (!pair)
        goto fail;
    RT_TUPLE_SET_ITEM(pair, 0, NULL);   /* CPython's PyTuple_New: NULL items until filled */
    RT_TUPLE_SET_ITEM(pair, 1, NULL);
    for (;;) {
        if (pair->refcnt > 1) {   /* the function kept the last one */
            rt_decref(pair);
            if (!(pair = rt_tuple_new(2)))
                goto fail;
            RT_TUPLE_SET_ITEM(pair, 0, NULL);
            RT_TUPLE_SET_ITEM(pair, 1, NULL);
        }
        rt_object *op2 = rt_iter_next(it);
        if (!op2) {
            if (rt_err_occurred())
                goto fail;
            break;
        }
        if (!result) {
            result = op2;
            continue;
        }
        rt_object *was0 = RT_TUPLE_GET_ITEM(pair, 0), *was1 = RT_TUPLE_GET_ITEM(pair, 1);
        RT_TUPLE_SET_ITEM(pair, 0, result);
        rt_xdecref(was0);
        RT_TUPLE_SET_ITEM(pair, 1, op2);
        rt_xdecref(was1);
        if (!(result = rt_call(func, pair, NULL)))
            goto fail;
        if (!rt_gc_is_tracked(pair))
            rt_gc_track(pair);
    }
    rt_decref(pair);
    rt_decref(it);
    if (!result)
        rt_err_set_string(&rt_exc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
fail:
    rt_xdecref(pair);
    rt_xdecref(result);
    rt_decref(it);
    return NULL;
}

static rt_method_def reduce_def = {
    "reduce", reduce_fn, RT_METH_VARARGS,
    "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.",
};

int vm_mod_functools_init(void)
{
    static rt_method_def none[] = { { NULL, NULL, 0, NULL } };
    rt_object *m = vm_add_builtin_module("_functools", none);
    rt_object *reduce = m ? rt_cfunction_new(&reduce_def, NULL) : NULL;
    int r = reduce ? rt_setattr_str(m, "reduce", reduce) : -1;
    rt_xdecref(reduce);
    if (r < 0)
        return -1;
    return m && mod_add_type(m, &partial_type, "functools") == 0 && mod_functools_lru_add(m) == 0
           ? mod_functools_key_add(m) : -1;
}

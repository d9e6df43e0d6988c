/*
 * mod_weakref_method.c -- weakref.WeakMethod, part of the weakref module
 * (mod_weakref.c): a weak reference to a bound method, which a plain ref
 * cannot hold (the bound method object dies at once).
 *
 * A WeakMethod is a ref (rt_weakref's layout, a subclass of
 * weakref.ReferenceType) to the method's __self__, plus a second ref to
 * its __func__; calling it rebuilds the bound method while both live, as
 * CPython's weakref.py does.  Invariants: the first of the two deaths
 * clears `alive` and calls the user's callback once, with the WeakMethod;
 * both internal callbacks reach the WeakMethod through a weak reference
 * to it (a cfunction bound to (cell(callback), cell(selfref))), so no
 * cycle keeps it.  The containers are those of CPython's weakref.py
 * (`_cb`'s two closure cells and closure tuple, and the argument tuples
 * of its `ref.__new__(cls, obj, _cb)` call), so gc.get_count() moves by
 * as much when a WeakMethod is made and when it dies.
 */
#include <stddef.h>
#include "vm/eval.h"
#include "vm/func.h"
#include "vm/module.h"
#include "modules/mod_weakref.h"
#include "runtime/error.h"
#include "runtime/weakref.h"
#include "runtime/tuple.h"
#include "runtime/int.h"

typedef struct weakmethod {
    rt_weakref base;
    rt_object *func_ref;      /* weakref to __func__ (owned) */
    rt_object *meth_type;     /* type(meth) (owned) */
    rt_object *weakreflist;   /* refs to this WeakMethod (its selfref) */
    bool alive;
} weakmethod;

/* The internal callback: self is (cell(user callback or None),
 * cell(selfref)), the closure of CPython's `_cb`. */
static rt_object *wm_died(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    rt_object *selfref = ((vm_cell *)RT_TUPLE_GET_ITEM(self, 1))->ref;
    rt_object *wm = selfref ? rt_weakref_get(selfref) : NULL;
    if (!wm || !((weakmethod *)wm)->alive)
        return rt_none_new();
    ((weakmethod *)wm)->alive = false;
    rt_object *cb = ((vm_cell *)RT_TUPLE_GET_ITEM(self, 0))->ref;
    if (cb == RT_NONE)
        return rt_none_new();
    RT_INCREF(wm);
    rt_object *r = rt_call_vector(cb, &wm, 1);
    RT_DECREF(wm);
    return r;
}

static rt_method_def died_def = { "_cb", wm_died, RT_METH_FASTCALL, NULL };

/* WeakMethod(meth, callback=None) */
static rt_object *wm_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    intptr_t n = RT_SIZE(args);
    if (kwargs && rt_length(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "WeakMethod() takes no keyword arguments");
    if (n < 1 || n > 2)
        return rt_err_format(&rt_exc_TypeError, "__new__ expected %s, got %ld",
                             n < 1 ? "at least 1 argument" : "at most 2 arguments", (long)n);
    rt_object *meth = RT_TUPLE_GET_ITEM(args, 0), *cb = n > 1 ? RT_TUPLE_GET_ITEM(args, 1) : RT_NONE;
    rt_object *obj = rt_getattr_str(meth, "__self__");
    rt_object *func = obj ? rt_getattr_str(meth, "__func__") : NULL;
    if (!func) {
        RT_XDECREF(obj);
        if (!rt_err_matches(&rt_exc_AttributeError))
            return NULL;
        rt_err_clear();
        return rt_err_format(&rt_exc_TypeError, "argument should be a bound method, not <class '%s'>",
                             rt_type_name(meth));
    }
    /* CPython's order: `_cb`'s cells (the self_wr one empty until the
     * end), its closure tuple and function, then ref.__new__(cls, obj,
     * _cb) with its argument tuple and tp_new_wrapper's slice of it */
    weakmethod *wm = NULL;
    rt_object *cbcell = vm_cell_new(cb), *selfcell = cbcell ? vm_cell_new(NULL) : NULL;
    rt_object *bound = selfcell ? rt_tuple_pack(2, cbcell, selfcell) : NULL;
    rt_object *died = bound ? rt_cfunction_new(&died_def, bound) : NULL;
    rt_object *newargs = died ? rt_tuple_pack(3, RT_OBJ(t), obj, died) : NULL;
    rt_object *slice = newargs ? rt_tuple_pack(2, obj, died) : NULL;
    if (slice)
        wm = (weakmethod *)rt_weakref_new_type(t, obj, died);
    RT_XDECREF(slice);
    RT_XDECREF(newargs);
    if (wm) {
        /* ref(func, _cb) and ref(self) are type calls with an argument
         * tuple each in CPython */
        rt_object *a2 = rt_tuple_pack(2, func, died);
        wm->func_ref = a2 ? rt_weakref_new(func, died) : NULL;
        RT_XDECREF(a2);
        wm->meth_type = rt_newref(RT_OBJ(RT_TYPE(meth)));
        wm->alive = true;
        /* the callback needs the WeakMethod's own ref: made after it */
        rt_object *a1 = wm->func_ref ? rt_tuple_pack(1, RT_OBJ(wm)) : NULL;
        if (a1)
            ((vm_cell *)selfcell)->ref = rt_weakref_new(RT_OBJ(wm), NULL);
        RT_XDECREF(a1);
    }
    bool ok = wm && wm->func_ref && ((vm_cell *)selfcell)->ref;
    RT_XDECREF(died);
    RT_XDECREF(bound);
    RT_XDECREF(selfcell);
    RT_XDECREF(cbcell);
    RT_DECREF(obj);
    RT_DECREF(func);
    if (wm && !ok) {
        RT_DECREF(wm);
        return NULL;
    }
    return RT_OBJ(wm);
}

static int wm_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    (void)self; (void)args; (void)kwargs;
    return 0;
}

/* The bound method again, or None once __self__ or __func__ died. */
static rt_object *wm_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    if (RT_SIZE(args) || (kwargs && rt_length(kwargs) > 0))
        return rt_err_set_string(&rt_exc_TypeError, "weakref() takes no arguments");
    weakmethod *wm = (weakmethod *)o;
    rt_object *obj = rt_weakref_get(o), *func = wm->func_ref ? rt_weakref_get(wm->func_ref) : NULL;
    if (!obj || !func)
        return rt_none_new();
    if (wm->meth_type == RT_OBJ(&vm_method_type))
        return vm_method_new(func, obj);
    rt_object *a[2] = { func, obj };
    return rt_call_vector(wm->meth_type, a, 2);
}

/* Equal when both are alive and refer to equal objects and functions;
 * a dead one equals only itself. */
static rt_object *wm_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op != RT_EQ && op != RT_NE) || RT_TYPE(a) != RT_TYPE(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    weakmethod *x = (weakmethod *)a, *y = (weakmethod *)b;
    int eq;
    if (!x->alive || !y->alive) {
        eq = a == b;
    } else {
        eq = rt_weakref_get(a) == rt_weakref_get(b) || a == b;
        if (!eq) {
            rt_object *r = rt_weakref_type.richcompare(a, b, RT_EQ);
            if (!r)
                return NULL;
            eq = rt_is_true(r);
            RT_DECREF(r);
            if (eq < 0)
                return NULL;
        }
        if (eq) {
            eq = rt_richcompare_bool(x->func_ref, y->func_ref, RT_EQ);
            if (eq < 0)
                return NULL;
        }
    }
    return rt_bool_from((eq != 0) == (op == RT_EQ));
}

static void wm_dealloc(rt_object *o)
{
    weakmethod *wm = (weakmethod *)o;
    rt_weakref_clear_all(o);
    RT_CLEAR(wm->func_ref);
    RT_CLEAR(wm->meth_type);
    rt_weakref_type.dealloc(o);
}

static int wm_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    weakmethod *wm = (weakmethod *)o;
    RT_VISIT(wm->func_ref);
    RT_VISIT(wm->meth_type);
    return rt_weakref_type.traverse(o, visit, arg);
}

static int wm_clear(rt_object *o)
{
    weakmethod *wm = (weakmethod *)o;
    RT_CLEAR(wm->func_ref);
    RT_CLEAR(wm->meth_type);
    return rt_weakref_type.clear(o);
}

RT_NOSCAN_TYPE rt_type vm_weakref_method_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "WeakMethod",
    .basicsize = sizeof(weakmethod),
    .weaklistoffset = offsetof(weakmethod, weakreflist),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_WEAKREF_SUBCLASS,
    .base = &rt_weakref_type,
    .dealloc = wm_dealloc,
    .traverse = wm_traverse,
    .clear = wm_clear,
    .richcompare = wm_richcompare,
    .hash = rt_weakref_hash,
    .call = wm_call,
    .new_ = wm_new,
    .init = wm_init,
};

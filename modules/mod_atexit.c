/*
 * mod_atexit.c -- the built-in `atexit` module (lazy): register,
 * unregister, _run_exitfuncs, _clear and _ncallbacks, as CPython 3.11's
 * Modules/atexitmodule.c.
 *
 * The callbacks are vm.atexit, a list the VM's roots report (so every
 * collector sees them, whether or not the module is still imported):
 * each entry is a (func, args, kwargs-or-None) tuple, or None where
 * unregister removed one -- CPython leaves a hole there too, which
 * _ncallbacks() still counts.  At exit (mod_atexit_run, the first atexit
 * entry of the inittab, so before weakref.finalize's pass) they run newest
 * first; an exception is printed as "Exception ignored in atexit callback"
 * and the next one runs.  A callback registered while they run is not
 * called; afterwards the list is emptied.  weakref.finalize registers its
 * exit pass here when the first finalizer is made (mod_atexit_register_c),
 * as Lib/weakref.py does, so user callbacks and finalizers interleave in
 * CPython's order.
 */
#include "vm/eval.h"
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/int.h"

static int ensure_list(void)
{
    if (!vm.atexit)
        vm.atexit = rt_list_new(0);
    return vm.atexit ? 0 : -1;
}

static int add_entry(rt_object *func, rt_object *args, rt_object *kwargs)
{
    if (ensure_list() < 0)
        return -1;
    rt_object *items[3] = { func, args, kwargs ? kwargs : RT_NONE };
    rt_object *t = rt_tuple_from_array(items, 3);
    if (!t)
        return -1;
    int r = rt_list_append(vm.atexit, t);
    rt_decref(t);
    return r;
}

static rt_object *atexit_register(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    if (nargs == 0)
        return rt_err_format(&rt_exc_TypeError, "register() takes at least 1 argument (0 given)");
    rt_object *func = args[0];
    if (!RT_TYPE(func)->call)
        return rt_err_set_string(&rt_exc_TypeError, "the first argument must be callable");
    rt_object *rest = rt_tuple_from_array(args + 1, nargs - 1);
    rt_object *kw = NULL;
    if (rest && kwnames && RT_SIZE(kwnames) > 0) {
        kw = rt_dict_new();
        for (intptr_t i = 0; kw && i < RT_SIZE(kwnames); i++)
            if (rt_dict_setitem(kw, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
                RT_CLEAR(kw);
    }
    int r = rest && (kw || !kwnames || RT_SIZE(kwnames) == 0) ? add_entry(func, rest, kw) : -1;
    RT_XDECREF(rest);
    RT_XDECREF(kw);
    return r < 0 ? NULL : rt_newref(func);
}

static rt_object *atexit_unregister(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "atexit.unregister() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "atexit.unregister() takes exactly one argument (%d given)",
                             (int)nargs);
    for (intptr_t i = 0; vm.atexit && i < RT_SIZE(vm.atexit); i++) {
        rt_object *e = RT_LIST_GET_ITEM(vm.atexit, i);
        if (e == RT_NONE)
            continue;
        rt_object *f = rt_newref(RT_TUPLE_GET_ITEM(e, 0));
        int eq = rt_richcompare_bool(f, args[0], RT_EQ);
        rt_decref(f);
        if (eq < 0)
            return NULL;
        /* the comparison may have run code that changed the list */
        if (eq && i < RT_SIZE(vm.atexit) && RT_LIST_GET_ITEM(vm.atexit, i) == e
            && rt_list_setitem(vm.atexit, i, rt_newref(RT_NONE)) < 0)
            return NULL;
    }
    return rt_newref(RT_NONE);
}

static void clear_callbacks(void)
{
    if (vm.atexit && rt_list_clear(vm.atexit) < 0)
        rt_err_clear();
}

void mod_atexit_run(void)
{
    if (!vm.atexit)
        return;
    rt_object *pending = rt_err_fetch();
    for (intptr_t i = RT_SIZE(vm.atexit) - 1; i >= 0; i--) {
        if (i >= RT_SIZE(vm.atexit))
            continue;   /* a callback cleared the list */
        rt_object *e = rt_newref(RT_LIST_GET_ITEM(vm.atexit, i));
        if (e != RT_NONE) {
            rt_object *kw = RT_TUPLE_GET_ITEM(e, 2);
            rt_object *func = RT_TUPLE_GET_ITEM(e, 0);
            rt_object *r = rt_call(func, RT_TUPLE_GET_ITEM(e, 1), kw == RT_NONE ? NULL : kw);
            if (r)
                rt_decref(r);
            else
                rt_write_unraisable("in atexit callback", func);
        }
        rt_decref(e);
    }
    clear_callbacks();
    rt_err_restore(pending);
}

static rt_object *atexit_run_exitfuncs(rt_object *self, rt_object *const *args, intptr_t nargs,
                                       rt_object *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    mod_atexit_run();
    return rt_newref(RT_NONE);
}

static rt_object *atexit_clear(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    clear_callbacks();
    return rt_newref(RT_NONE);
}

static rt_object *atexit_ncallbacks(rt_object *self, rt_object *const *args, intptr_t nargs,
                                    rt_object *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return rt_int_from_i64(vm.atexit ? RT_SIZE(vm.atexit) : 0);
}

int mod_atexit_register_c(rt_method_def *def)
{
    rt_object *f = rt_cfunction_new(def, NULL);
    if (!f)
        return -1;
    int r = add_entry(f, rt_tuple_new(0), NULL);
    rt_decref(f);
    return r;
}

RT_NOSCAN static rt_method_def atexit_defs[] = {
    { "register", atexit_register, RT_METH_FASTCALL, NULL },
    { "unregister", atexit_unregister, RT_METH_FASTCALL, NULL },
    { "_run_exitfuncs", atexit_run_exitfuncs, RT_METH_FASTCALL, NULL },
    { "_clear", atexit_clear, RT_METH_FASTCALL, NULL },
    { "_ncallbacks", atexit_ncallbacks, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int vm_mod_atexit_init(void)
{
    return vm_add_builtin_module("atexit", atexit_defs) ? 0 : -1;
}

void vm_mod_atexit_fini(void)
{
    RT_CLEAR(vm.atexit);
}

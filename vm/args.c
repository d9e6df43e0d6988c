/*
 * args.c -- binding call arguments to a new frame's parameters: defaults,
 * keyword arguments, keyword-only parameters and *args, with CPython
 * 3.11's error messages.  The common case (exact positional count, no
 * keywords) never comes here: eval.c copies the vector directly.
 */
#include <stdio.h>
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/slice.h"

/* ---- argument binding ------------------------------------------------------ */

static rt_object *fname(vm_function *fn)
{
    return fn->qualname;
}

int vm_err_missing_args(const char *fname, rt_object *const *names, intptr_t n, bool kwonly)
{
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0)
            rt_str_builder_append_cstr(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        rt_str_builder_append_repr(&b, names[i]);
    }
    rt_object *list = rt_str_builder_finish(&b);
    if (!list)
        return -1;
    rt_err_format(&rt_exc_TypeError, "%s() missing %ld required %s argument%s: %s", fname, (long)n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", rt_str_data(list));
    rt_decref(list);
    return -1;
}

static int bind_error_missing(vm_function *fn, vm_code *co, rt_object **locals, int from,
                              int to, bool kwonly)
{
    rt_object *small[16] = { NULL };
    rt_object **names = to - from <= 16 ? small : rt_mem_malloc((size_t)(to - from) * sizeof *names);
    if (!names) {
        rt_err_no_memory();
        return -1;
    }
    intptr_t n = 0;
    for (int i = from; i < to; i++)
        if (!locals[i])
            names[n++] = RT_TUPLE_GET_ITEM(co->varnames, i);
    vm_err_missing_args(rt_str_data(fname(fn)), names, n, kwonly);
    if (names != small)
        rt_mem_free(names);
    return -1;
}

/* A keyword naming a positional-only parameter, without **kwargs. */
static int bind_error_posonly(vm_function *fn, vm_code *co, rt_object *kwnames)
{
    rt_str_builder b;
    rt_str_builder_init(&b);
    int n = 0;
    for (int i = 0; i < co->posonlyargcount; i++) {
        rt_object *pn = RT_TUPLE_GET_ITEM(co->varnames, i);
        for (intptr_t k = 0; k < RT_SIZE(kwnames); k++)
            if (rt_str_eq(pn, RT_TUPLE_GET_ITEM(kwnames, k))) {
                if (n++)
                    rt_str_builder_append_cstr(&b, ", ");
                rt_str_builder_append_cstr(&b, rt_str_data(pn));
                break;
            }
    }
    rt_object *names = rt_str_builder_finish(&b);
    if (!names)
        return -1;
    rt_err_format(&rt_exc_TypeError,
                  "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                  rt_str_data(fname(fn)), rt_str_data(names));
    rt_decref(names);
    return -1;
}

static int bind_error_too_many(vm_function *fn, vm_code *co, rt_object **locals, intptr_t nargs)
{
    int argc = co->argcount, ndef = fn->defaults ? (int)RT_SIZE(fn->defaults) : 0;
    int kwonly = 0;
    for (int i = argc; i < argc + co->kwonlyargcount; i++)
        kwonly += locals[i] != NULL;
    char takes[64], given[96];
    if (ndef)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", argc - ndef, argc);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", argc, argc == 1 ? "" : "s");
    if (kwonly)
        snprintf(given, sizeof given, " positional argument%s (and %d keyword-only argument%s)",
                 nargs == 1 ? "" : "s", kwonly, kwonly == 1 ? "" : "s");
    else
        given[0] = 0;
    rt_err_format(&rt_exc_TypeError, "%s() takes %s but %ld%s %s given", rt_str_data(fname(fn)), takes,
                  (long)nargs, given, nargs == 1 && !kwonly ? "was" : "were");
    return -1;
}

/* Bind args (borrowed) into the fresh frame f of function fn.  0 / -1. */
int vm_bind_args(vm_frame *f, vm_function *fn, rt_object *const *args, intptr_t nargs,
                     rt_object *kwnames)
{
    vm_code *co = (vm_code *)fn->code;
    rt_object **locals = f->localsplus;
    int argc = co->argcount, total = co->argcount + co->kwonlyargcount;
    intptr_t npos = nargs < argc ? nargs : argc;
    for (intptr_t i = 0; i < npos; i++)
        locals[i] = rt_newref(args[i]);
    int slot = total;
    if (co->flags & VM_CO_VARARGS) {
        intptr_t extra = nargs > argc ? nargs - argc : 0;
        rt_object *t = rt_tuple_from_array(args + argc, extra);
        if (!t)
            return -1;
        locals[slot++] = t;
    }
    rt_object *kwdict = NULL;
    if (co->flags & VM_CO_VARKEYWORDS) {
        kwdict = rt_dict_new();
        if (!kwdict)
            return -1;
        locals[slot++] = kwdict;
    }
    if (kwnames) {
        intptr_t nkw = RT_SIZE(kwnames);
        for (intptr_t k = 0; k < nkw; k++) {
            rt_object *name = RT_TUPLE_GET_ITEM(kwnames, k);
            rt_object *value = args[nargs + k];
            /* the names are interned on both sides: by address first, and
             * by value only when that finds nothing */
            rt_object *const *vns = RT_TUPLE_ITEMS(co->varnames);
            int j = co->posonlyargcount;
            while (j < total && vns[j] != name)
                j++;
            if (j == total)
                for (j = co->posonlyargcount; j < total; j++)
                    if (rt_str_eq(vns[j], name))
                        break;
            if (j == total) {
                if (kwdict) {
                    if (rt_dict_setitem(kwdict, name, value) < 0)
                        return -1;
                    continue;
                }
                for (int p = 0; p < co->posonlyargcount; p++)
                    if (rt_str_eq(RT_TUPLE_GET_ITEM(co->varnames, p), name))
                        return bind_error_posonly(fn, co, kwnames);
                rt_err_format(&rt_exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                              rt_str_data(fname(fn)), rt_str_data(name));
                return -1;
            }
            if (locals[j]) {
                rt_err_format(&rt_exc_TypeError, "%s() got multiple values for argument '%s'",
                              rt_str_data(fname(fn)), rt_str_data(name));
                return -1;
            }
            locals[j] = rt_newref(value);
        }
    }
    /* after the keywords, as CPython: a keyword error is reported first,
     * and the message counts the keyword-only arguments given */
    if (nargs > argc && !(co->flags & VM_CO_VARARGS))
        return bind_error_too_many(fn, co, locals, nargs);
    if (nargs < argc) {
        int ndef = fn->defaults ? (int)RT_SIZE(fn->defaults) : 0;
        int first_def = argc - ndef;
        for (int i = (int)nargs; i < argc; i++) {
            if (locals[i])
                continue;
            if (i >= first_def)
                locals[i] = rt_newref(RT_TUPLE_GET_ITEM(fn->defaults, i - first_def));
        }
        for (int i = (int)nargs; i < first_def; i++)
            if (!locals[i])
                return bind_error_missing(fn, co, locals, (int)nargs, first_def, false);
    }
    for (int i = argc; i < total; i++) {
        if (locals[i])
            continue;
        rt_object *d = fn->kwdefaults ? rt_dict_getitem(fn->kwdefaults, RT_TUPLE_GET_ITEM(co->varnames, i)) : NULL;
        if (d)
            locals[i] = rt_newref(d);
    }
    for (int i = argc; i < total; i++)
        if (!locals[i])
            return bind_error_missing(fn, co, locals, argc, total, true);
    return 0;
}

/* Cells and free variables of a new function frame. */
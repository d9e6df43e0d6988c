/*
 * code_attrs.c -- the co_* attributes of code objects as CPython 3.11
 * shows them, and code.replace().
 *
 * Names, counts, variable tuples and the file and line are the code's own
 * fields, which the compiler fills as CPython's does.  co_flags translates
 * the VM's flags (code.h) into CPython's bits.  co_consts is the compiler's
 * constant tuple: it holds what CPython's does for the constants a program
 * writes, but not always in CPython's order or with CPython's extras (a
 * function's leading None); docs/language.md says so.  The bytecode,
 * stack size and line tables are the VM's own and are not exposed.
 */
#include <string.h>
#include "compiler/code.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

/* CPython 3.11's co_flags bits (Include/cpython/code.h). */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20,
};

static int cpython_flags(const vm_code *co)
{
    int f = 0;
    if (co->flags & VM_CO_FUNCTION) {
        f |= CO_OPTIMIZED | CO_NEWLOCALS;
        /* nested: inside a function's scope, which its qualified name
         * always records as "<locals>" */
        if (strstr(rt_str_data(co->qualname), "<locals>"))
            f |= CO_NESTED;
    }
    if (co->flags & VM_CO_VARARGS)
        f |= CO_VARARGS;
    if (co->flags & VM_CO_VARKEYWORDS)
        f |= CO_VARKEYWORDS;
    if (co->flags & VM_CO_GENERATOR)
        f |= CO_GENERATOR;
    return f;
}

#define OBJ_FIELD(name, field) \
    static rt_object *get_##name(rt_object *o, void *c) \
    { (void)c; return rt_newref(((vm_code *)o)->field); }
#define INT_FIELD(name, expr) \
    static rt_object *get_##name(rt_object *o, void *c) \
    { (void)c; const vm_code *co = (const vm_code *)o; return rt_int_from_i64(expr); }

OBJ_FIELD(name, name)
OBJ_FIELD(qualname, qualname)
OBJ_FIELD(filename, filename)
OBJ_FIELD(varnames, varnames)
OBJ_FIELD(cellvars, cellvars)
OBJ_FIELD(freevars, freevars)
OBJ_FIELD(names, names)
OBJ_FIELD(consts, consts)
INT_FIELD(firstlineno, co->firstlineno)
INT_FIELD(argcount, co->argcount)
INT_FIELD(posonlyargcount, co->posonlyargcount)
INT_FIELD(kwonlyargcount, co->kwonlyargcount)
INT_FIELD(nlocals, co->nlocals)
INT_FIELD(flags, cpython_flags(co))

RT_NOSCAN rt_getset_def vm_code_getsets[] = {
    { "co_name", get_name, NULL, NULL }, { "co_qualname", get_qualname, NULL, NULL },
    { "co_filename", get_filename, NULL, NULL }, { "co_firstlineno", get_firstlineno, NULL, NULL },
    { "co_argcount", get_argcount, NULL, NULL }, { "co_posonlyargcount", get_posonlyargcount, NULL, NULL },
    { "co_kwonlyargcount", get_kwonlyargcount, NULL, NULL }, { "co_nlocals", get_nlocals, NULL, NULL },
    { "co_varnames", get_varnames, NULL, NULL }, { "co_cellvars", get_cellvars, NULL, NULL },
    { "co_freevars", get_freevars, NULL, NULL }, { "co_names", get_names, NULL, NULL },
    { "co_consts", get_consts, NULL, NULL }, { "co_flags", get_flags, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static bool cpython_replace_keyword(const char *n)
{
    static const char *const all[] = {
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
        "co_flags", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
        "co_cellvars", "co_linetable", "co_exceptiontable", NULL,
    };
    for (const char *const *k = all; *k; k++)
        if (!strcmp(*k, n))
            return true;
    return false;
}

/* code.replace(co_name=, co_qualname=, co_filename=, co_firstlineno=): a
 * new code object differing in those; the fields the bytecode depends on
 * cannot be replaced here. */
static rt_object *code_replace(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    vm_code *co = (vm_code *)self;
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "replace() takes no positional arguments");
    vm_code_spec s = {
        co->code, co->ncode, co->lines, co->nlines, co->consts, co->names, co->varnames,
        co->cellvars, co->freevars, co->name, co->qualname, co->filename, co->argcount,
        co->kwonlyargcount, co->stacksize, co->flags, co->firstlineno, co->posonlyargcount,
    };
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        rt_object *k = RT_TUPLE_GET_ITEM(kwnames, i), *v = args[nargs + i];
        const char *n = rt_str_data(k);
        rt_object **str = !strcmp(n, "co_name") ? &s.name : !strcmp(n, "co_qualname") ? &s.qualname
                        : !strcmp(n, "co_filename") ? &s.filename : NULL;
        if (str) {
            if (!rt_str_check(v))
                return rt_err_format(&rt_exc_TypeError, "replace() argument '%s' must be str, not %s", n,
                                     rt_type_name(v));
            *str = v;
        } else if (!strcmp(n, "co_firstlineno")) {
            if (!rt_int_check(v))
                return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                     rt_type_name(v));
            int64_t line = rt_int_as_i64(v);
            if (line == -1 && rt_err_occurred())
                return NULL;
            if (line < INT32_MIN || line > INT32_MAX)
                return rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C int");
            s.firstlineno = (int)line;
        } else if (cpython_replace_keyword(n)) {
            return rt_err_format(&rt_exc_NotImplementedError,
                                 "code.replace(%s=...): not supported by the gclab Python subset", n);
        } else {
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for replace()", n);
        }
    }
    return vm_code_new(&s);
}

RT_NOSCAN rt_method_def vm_code_methods[] = {
    { "replace", code_replace, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/*
 * clinic.c -- what CPython 3.11's Argument Clinic parsers leave behind:
 * the tuple of a built-in's keyword parameter names, built on its first
 * call with keywords and kept for the process.  It is a tracked tuple in
 * CPython, so it moves gc.get_count() once per function; gclab builds the
 * same tuple at the same moment so the counts agree.
 *
 * Invariant: at most one tuple per (built-in type, function name); the
 * tuples are roots (rt_clinic_visit) and never freed.
 */
#include <string.h>
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/error.h"

/* CPython 3.11's Argument Clinic parsers (_PyArg_Parser, Python/getargs.c):
 * parser_init builds the tuple of a function's keyword parameter names
 * (new_kwtuple: PyTuple_New, tracked, so gen 0's count moves) the first
 * time the function is called with keywords, and keeps it in the static
 * parser for the process.  One entry per (type, function) here: str.split
 * and bytes.split have parsers of their own. */
#define CLINIC_MAX 96
static struct clinic_parser {
    const rt_type *owner;
    const char *fname;
    rt_object *kwtuple;
} clinic_parsers[CLINIC_MAX];
static int nclinic;

int rt_clinic_kwtuple(rt_type *owner, const char *fname, const char *const *names, bool keywords)
{
    if (!keywords)
        return 0;
    while (owner && (owner->flags & RT_TPFLAGS_HEAPTYPE))   /* the built-in type's parser */
        owner = owner->base;
    /* the same call site passes the same literal: pointers first */
    for (int i = 0; i < nclinic; i++)
        if (clinic_parsers[i].fname == fname && clinic_parsers[i].owner == owner)
            return 0;
    for (int i = 0; i < nclinic; i++)
        if (clinic_parsers[i].owner == owner && strcmp(clinic_parsers[i].fname, fname) == 0)
            return 0;
    if (nclinic == CLINIC_MAX)
        return 0;   /* more parsers than modelled: not counted */
    intptr_t n = 0;
    while (names[n])
        n++;
    rt_object *t = rt_tuple_new(n);
    if (!t)
        return -1;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *s = rt_str_intern_cstr(names[i]);
        if (!s) {
            RT_DECREF(t);
            return -1;
        }
        RT_TUPLE_SET_ITEM(t, i, s);
    }
    clinic_parsers[nclinic++] = (struct clinic_parser){ owner, fname, t };
    return 0;
}

int rt_clinic_visit(rt_visitproc visit, void *arg)
{
    for (int i = 0; i < nclinic; i++)
        RT_VISIT(clinic_parsers[i].kwtuple);
    return 0;
}

/* Argument Clinic's _PyArg_UnpackKeywords for a tp_new called with an
 * argument tuple and a keyword dict, every parameter positional-or-keyword:
 * too many, then a missing required one, then an unknown keyword or one
 * given by position too, each with CPython's message. */
int rt_clinic_bind_dict(const char *fname, const char *const *names, int n, int nreq, rt_object *args,
                        rt_object *kwargs, rt_object **v)
{
    intptr_t nargs = args ? RT_SIZE(args) : 0, nkw = kwargs ? rt_dict_size(kwargs) : 0, found = 0;
    if (nargs + nkw > n) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most %d %sarguments (%ld given)", fname, n,
                      nargs ? "" : "keyword ", (long)(nargs + nkw));
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (i < nargs)
            v[i] = RT_TUPLE_GET_ITEM(args, i);
        else if (nkw && (v[i] = rt_dict_getitem_str(kwargs, names[i])) != NULL)
            found++;
        else
            v[i] = NULL;
        if (!v[i] && i < nreq) {
            rt_err_format(&rt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i],
                          i + 1);
            return -1;
        }
    }
    intptr_t pos = 0;
    rt_object *key, *value;
    while (found < nkw && rt_dict_next(kwargs, &pos, &key, &value)) {
        int i = 0;
        while (i < n && !(rt_str_check(key) && rt_str_eq_cstr(key, names[i])))
            i++;
        if (i == n) {
            rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                          rt_str_check(key) ? rt_str_data(key) : "?", fname);
            return -1;
        }
        if (i < nargs) {
            rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

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

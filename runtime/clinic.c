/*
 * clinic.c -- what CPython 3.11's Argument Clinic parsers leave behind:
 * the tuple of a built-in's keyword parameter names, built on its first
 * call with keywords and kept for the process.  It is a tracked tuple in
 * CPython, so it moves gc.get_count() once per function; gclab builds the
 * same tuple at the same moment so the counts agree.
 *
 * Invariants: at most one tuple per (built-in type, function name); the
 * tuples are roots (rt_clinic_visit) and never freed; a (type, name
 * pointer) pair in the seen table has its tuple already.
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

/* The keys already answered: (owner, fname pointer) pairs, open
 * addressing.  A call site passes a string literal, whose address is fixed
 * and whose text is the function's name, so a pair seen once needs no
 * string comparison again: a keyword call costs one probe instead of a
 * walk of up to CLINIC_MAX parsers (twice when the literal of another
 * translation unit made the entry).  Never more than half full: a site past
 * that falls back to the walk. */
#define SEEN_SIZE 256
static struct seen_key {
    const rt_type *owner;
    const char *fname;
} seen[SEEN_SIZE];
static int nseen;

static unsigned seen_slot(const rt_type *owner, const char *fname)
{
    uint64_t h = ((uint64_t)(uintptr_t)fname ^ ((uint64_t)(uintptr_t)owner << 7)) * 0x9E3779B97F4A7C15u;
    return (unsigned)(h >> 56);   /* 256 slots */
}

static int parser_add(const rt_type *owner, const char *fname, const char *const *names)
{
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

int rt_clinic_kwtuple_keywords(rt_type *owner, const char *fname, const char *const *names)
{
    while (owner && (owner->flags & RT_TPFLAGS_HEAPTYPE))   /* the built-in type's parser */
        owner = owner->base;
    unsigned i = seen_slot(owner, fname);
    for (; seen[i].fname; i = (i + 1) & (SEEN_SIZE - 1))
        if (seen[i].fname == fname && seen[i].owner == owner)
            return 0;
    if (parser_add(owner, fname, names) < 0)
        return -1;
    if (nseen < SEEN_SIZE / 2) {
        seen[i] = (struct seen_key){ owner, fname };
        nseen++;
    }
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

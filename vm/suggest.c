/*
 * suggest.c -- the "Did you mean: 'x'?" trailer CPython 3.11 prints after
 * an uncaught AttributeError or NameError (its suggestions.c rules).
 *
 * Candidates: for AttributeError, dir(e.obj); for NameError, the local
 * variable names of the innermost traceback entry's code, else its
 * frame's globals, else its builtins (each list searched alone, in that
 * order).
 * The best candidate is the one with the smallest edit distance (a
 * substitution or a move costs 2, a case change 1) within a third of the
 * characters involved; the first one wins a tie.  No suggestion for a list
 * of 750 names or more.  Only the printer asks: str(e) never has it.
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/frameobj.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"

enum { MAX_CANDIDATES = 750, MAX_NAME = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t char_cost(char a, char b)
{
    if (a == b)
        return 0;
    if ((a & 31) == (b & 31)) {   /* maybe the same letter in another case */
        char la = a >= 'A' && a <= 'Z' ? (char)(a + 32) : a;
        char lb = b >= 'A' && b <= 'Z' ? (char)(b + 32) : b;
        if (la == lb)
            return CASE_COST;
    }
    return MOVE_COST;
}

/* Edit distance of a and b, or anything above limit once it must exceed
 * it: the common prefix and suffix are dropped, then one row of the
 * distance matrix is updated in place over the shorter string. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t limit)
{
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (!na || !nb)
        return (na + nb) * MOVE_COST;
    if (na > MAX_NAME || nb > MAX_NAME)
        return limit + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t n = na; na = nb; nb = n;
    }
    if ((nb - na) * MOVE_COST > limit)
        return limit + 1;
    size_t row[MAX_NAME];
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST, least = (size_t)-1;
        result = diag;
        for (size_t i = 0; i < na; i++) {
            size_t sub = diag + char_cost(b[j], a[i]);
            diag = row[i];
            size_t move = (result < diag ? result : diag) + MOVE_COST;
            result = move < sub ? move : sub;
            row[i] = result;
            if (result < least)
                least = result;
        }
        if (least > limit)
            return limit + 1;
    }
    return result;
}

/* The closest of n names to name (borrowed), or NULL. */
static rt_object *closest(rt_object *const *names, intptr_t n, rt_object *name)
{
    if (n >= MAX_CANDIDATES)
        return NULL;
    size_t nlen = (size_t)rt_str_size(name), best_d = (size_t)-1 >> 1;
    rt_object *best = NULL;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *s = names[i];
        if (!rt_str_check(s))
            return NULL;
        if (rt_str_eq(s, name))
            continue;
        size_t slen = (size_t)rt_str_size(s);
        size_t limit = (nlen + slen + 3) * MOVE_COST / 6;
        if (limit > best_d - 1)
            limit = best_d - 1;
        size_t d = distance(rt_str_data(name), nlen, rt_str_data(s), slen, limit);
        if (d > limit)
            continue;
        if (!best || d < best_d) {
            best = s;
            best_d = d;
        }
    }
    return best;
}

static rt_object *closest_key(rt_object *dict, rt_object *name)
{
    if (!dict || !rt_dict_check(dict))
        return NULL;
    rt_object *keys = rt_dict_keys_list(dict);
    if (!keys)
        return NULL;
    rt_object *r = closest(((rt_list *)keys)->items, RT_SIZE(keys), name);
    RT_XINCREF(r);
    rt_decref(keys);
    return r;
}

static rt_object *name_error_suggestion(rt_object *tb, rt_object *name)
{
    if (!tb)
        return NULL;
    while (((vm_traceback *)tb)->next)
        tb = ((vm_traceback *)tb)->next;
    vm_code *co = (vm_code *)((vm_traceback *)tb)->code;
    vm_frameobj *fo = (vm_frameobj *)((vm_traceback *)tb)->frame;
    rt_object *r = closest(RT_TUPLE_ITEMS(co->varnames), RT_SIZE(co->varnames), name);
    if (r)
        return rt_newref(r);
    if ((r = closest_key(fo->globals, name)))
        return r;
    return closest_key(fo->builtins, name);
}

static rt_object *attribute_suggestion(rt_object *obj, rt_object *name)
{
    rt_object *names = vm_dir(obj);
    if (!names)
        return NULL;
    rt_object *r = rt_list_check(names) ? closest(((rt_list *)names)->items, RT_SIZE(names), name) : NULL;
    RT_XINCREF(r);
    rt_decref(names);
    return r;
}

rt_object *vm_suggestion(rt_object *exc)
{
    rt_object *saved = rt_err_fetch(), *r = NULL;
    if (rt_isinstance_type(exc, &rt_exc_AttributeError)) {
        rt_exc_attribute *e = (rt_exc_attribute *)exc;
        if (e->name && e->obj && rt_str_check_exact(e->name))
            r = attribute_suggestion(e->obj, e->name);
    } else if (rt_isinstance_type(exc, &rt_exc_NameError)) {
        rt_exc_attribute *e = (rt_exc_attribute *)exc;
        if (e->name && rt_str_check_exact(e->name))
            r = name_error_suggestion(e->base.traceback, e->name);
    }
    rt_err_restore(saved);   /* a failing dir() only means no suggestion */
    return r;
}

/*
 * excgroup.c -- BaseExceptionGroup and ExceptionGroup (PEP 654) as CPython
 * 3.11's Objects/exceptions.c has them, and the two steps of `except*`
 * the eval loop takes (rt_excgroup_match, rt_excgroup_prep_reraise).
 *
 * Invariants:
 *   - a group's msg is a str and its excs a non-empty tuple of exception
 *     instances; its args are what the constructor was given (so repr
 *     shows the sequence as passed, as CPython 3.11's does);
 *   - BaseExceptionGroup(...) of Exceptions only is an ExceptionGroup, an
 *     ExceptionGroup (or a subclass of Exception) holds no BaseException
 *     that is not an Exception;
 *   - split() and subgroup() keep the nesting: each part is made by the
 *     group's derive() and then given the original's traceback, cause,
 *     context and a copy of its __notes__ (so that the parts' notes are
 *     independent); a group that matches whole is returned itself.
 * ExceptionGroup is a heap type, as in CPython (it is made by calling
 * type with the bases (BaseExceptionGroup, Exception)): the VM makes it
 * when it fills builtins and hands it over (rt_excgroup_set_type).
 */
#include <string.h>
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/recursion.h"

rt_type *rt_exc_ExceptionGroup;

bool rt_excgroup_check(rt_object *o) { return rt_isinstance_type(o, &rt_exc_BaseExceptionGroup); }

/* BaseExceptionGroup(message, exceptions): CPython's argument checks and
 * its choice of class (above). */
rt_object *rt_excgroup_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", t->name);
    intptr_t nargs = RT_SIZE(args);
    if (nargs != 2)
        return rt_err_format(&rt_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%ld given)",
                             (long)nargs);
    rt_object *msg = RT_TUPLE_GET_ITEM(args, 0), *seq = RT_TUPLE_GET_ITEM(args, 1);
    if (!rt_str_check(msg))
        return rt_err_format(&rt_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                             rt_type_name(msg));
    if (!rt_sequence_check(seq))
        return rt_err_set_string(&rt_exc_TypeError, "second argument (exceptions) must be a sequence");
    rt_object *excs = rt_tuple_from_iterable(seq);
    if (!excs)
        return NULL;
    intptr_t n = RT_SIZE(excs);
    bool nested_base = false;
    rt_type *cls = t;
    if (n == 0) {
        rt_err_set_string(&rt_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        goto fail;
    }
    for (intptr_t i = 0; i < n; i++) {
        rt_object *e = RT_TUPLE_GET_ITEM(excs, i);
        if (!rt_is_exception(e)) {
            rt_err_format(&rt_exc_ValueError, "Item %ld of second argument (exceptions) is not an exception", (long)i);
            goto fail;
        }
        if (!rt_isinstance_type(e, &rt_exc_Exception))
            nested_base = true;
    }
    if (cls == rt_exc_ExceptionGroup) {
        if (nested_base) {
            rt_err_set_string(&rt_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto fail;
        }
    } else if (cls == &rt_exc_BaseExceptionGroup) {
        if (!nested_base && rt_exc_ExceptionGroup)
            cls = rt_exc_ExceptionGroup;
    } else if (nested_base && rt_type_is_subtype(cls, &rt_exc_Exception)) {
        rt_err_format(&rt_exc_TypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
        goto fail;
    }
    rt_object *g = rt_exception_new(cls, args);
    if (!g)
        goto fail;
    ((rt_exc_group *)g)->msg = rt_newref(msg);
    ((rt_exc_group *)g)->excs = excs;
    return g;
fail:
    rt_decref(excs);
    return NULL;
}

int rt_excgroup_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", self->type->name);
        return -1;
    }
    RT_SETREF(((rt_exception *)self)->args, rt_newref(args));
    return 0;
}

rt_object *rt_excgroup_str(rt_object *o)
{
    rt_exc_group *g = (rt_exc_group *)o;
    intptr_t n = g->excs ? RT_SIZE(g->excs) : 0;
    return rt_str_from_format("%S (%ld sub-exception%s)", g->msg ? g->msg : RT_NONE, (long)n, n > 1 ? "s" : "");
}

static rt_object *get_message(rt_object *self, void *closure)
{
    (void)closure;
    return rt_newref(((rt_exc_group *)self)->msg ? ((rt_exc_group *)self)->msg : RT_NONE);
}

static rt_object *get_exceptions(rt_object *self, void *closure)
{
    (void)closure;
    return rt_newref(((rt_exc_group *)self)->excs ? ((rt_exc_group *)self)->excs : RT_NONE);
}

rt_getset_def rt_excgroup_getsets[] = {
    { "message", get_message, NULL, RT_GETSET_MEMBER },
    { "exceptions", get_exceptions, NULL, RT_GETSET_MEMBER },
    { NULL, NULL, NULL, NULL },
};

/* ---- derive, split, subgroup ------------------------------------------------ */

/* BaseExceptionGroup(self.message, excs), whatever self's class. */
static rt_object *eg_derive(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "BaseExceptionGroup.derive() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "BaseExceptionGroup.derive() takes exactly one argument (%ld given)",
                             (long)nargs);
    rt_object *pair[2] = { ((rt_exc_group *)self)->msg, args[0] };
    return rt_call_vector(RT_OBJ(&rt_exc_BaseExceptionGroup), pair, 2);
}

typedef enum { BY_TYPE, BY_PREDICATE, BY_LEAVES } matcher_kind;

static int matcher_of(rt_object *v, matcher_kind *k)
{
    if (RT_TYPE(v)->call && !rt_type_check(v)) {
        *k = BY_PREDICATE;
        return 0;
    }
    bool ok = rt_is_exception_type(v);
    if (!ok && rt_tuple_check_exact(v)) {
        ok = true;
        for (intptr_t i = 0; i < RT_SIZE(v) && ok; i++)
            ok = rt_is_exception_type(RT_TUPLE_GET_ITEM(v, i));
    }
    if (!ok) {
        rt_err_set_string(&rt_exc_TypeError, "expected a function, exception type or tuple of exception types");
        return -1;
    }
    *k = BY_TYPE;
    return 0;
}

/* Does exc match v?  1, 0, -1 with an exception (a predicate's). */
static int matches(rt_object *exc, matcher_kind k, rt_object *v)
{
    switch (k) {
    case BY_TYPE:
        if (rt_tuple_check(v)) {
            for (intptr_t i = 0; i < RT_SIZE(v); i++)
                if (rt_isinstance_type(exc, (rt_type *)RT_TUPLE_GET_ITEM(v, i)))
                    return 1;
            return 0;
        }
        return rt_isinstance_type(exc, (rt_type *)v);
    case BY_PREDICATE: {
        rt_object *r = rt_call_vector(v, &exc, 1);
        if (!r)
            return -1;
        int t = rt_is_true(r);
        rt_decref(r);
        return t;
    }
    case BY_LEAVES:   /* v: a list of leaf exceptions, matched by identity */
        for (intptr_t i = 0; i < RT_SIZE(v); i++)
            if (RT_LIST_ITEMS(v)[i] == exc)
                return 1;
        return 0;
    }
    return 0;
}

/* orig.derive(excs) with orig's traceback, cause, context and notes; NULL
 * in *out when excs is empty.  0 / -1. */
static int subset(rt_object *orig, rt_object *excs, rt_object **out)
{
    *out = NULL;
    if (RT_SIZE(excs) == 0)
        return 0;
    rt_object *eg = rt_call_method(orig, "derive", &excs, 1);
    if (!eg)
        return -1;
    if (!rt_excgroup_check(eg)) {
        rt_decref(eg);
        rt_err_set_string(&rt_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    rt_exception *from = (rt_exception *)orig, *to = (rt_exception *)eg;
    RT_SETREF(to->traceback, from->traceback ? rt_newref(from->traceback) : NULL);
    RT_SETREF(to->context, from->context ? rt_newref(from->context) : NULL);
    RT_SETREF(to->cause, from->cause ? rt_newref(from->cause) : NULL);
    to->suppress_context = true;   /* as PyException_SetCause does, whatever the cause */
    rt_object *notes = rt_getattr_str(orig, "__notes__");
    if (!notes) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            goto fail;
        rt_err_clear();
    } else {
        int r = 0;
        if (rt_sequence_check(notes)) {
            /* a copy: the parts' notes lists are independent */
            rt_object *copy = rt_list_from_iterable(notes);
            r = copy ? rt_setattr_str(eg, "__notes__", copy) : -1;
            rt_xdecref(copy);
        }
        rt_decref(notes);
        if (r < 0)
            goto fail;
    }
    *out = eg;
    return 0;
fail:
    rt_decref(eg);
    return -1;
}

/* Split exc by the matcher into *match and (with want_rest) *rest, each a
 * new reference or NULL.  0 / -1. */
static int split_rec(rt_object *exc, matcher_kind k, rt_object *v, bool want_rest, rt_object **match,
                     rt_object **rest)
{
    *match = *rest = NULL;
    int m = matches(exc, k, v);
    if (m < 0)
        return -1;
    if (m) {
        *match = rt_newref(exc);
        return 0;
    }
    if (!rt_excgroup_check(exc)) {   /* a leaf that does not match */
        if (want_rest)
            *rest = rt_newref(exc);
        return 0;
    }
    rt_object *excs = ((rt_exc_group *)exc)->excs;
    rt_object *mlist = rt_list_new(0), *rlist = want_rest ? rt_list_new(0) : NULL;
    int r = -1;
    if (!mlist || (want_rest && !rlist))
        goto done;
    for (intptr_t i = 0; i < RT_SIZE(excs); i++) {
        rt_object *sm, *sr;
        if (rt_enter_recursive(" in exceptiongroup_split_recursive") < 0)
            goto done;
        int s = split_rec(RT_TUPLE_GET_ITEM(excs, i), k, v, want_rest, &sm, &sr);
        rt_leave_recursive();
        if (s < 0)
            goto done;
        int a = sm ? rt_list_append(mlist, sm) : 0;
        int b = sr && a == 0 ? rt_list_append(rlist, sr) : 0;
        rt_xdecref(sm);
        rt_xdecref(sr);
        if (a < 0 || b < 0)
            goto done;
    }
    if (subset(exc, mlist, match) < 0)
        goto done;
    if (want_rest && subset(exc, rlist, rest) < 0) {
        RT_CLEAR(*match);
        goto done;
    }
    r = 0;
done:
    rt_xdecref(mlist);
    rt_xdecref(rlist);
    return r;
}

static rt_object *or_none(rt_object *o) { return o ? o : rt_newref(RT_NONE); }

static rt_object *eg_split(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if ((kwnames && RT_SIZE(kwnames)) || nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "BaseExceptionGroup.split() takes exactly one argument (%ld given)",
                             (long)nargs);
    matcher_kind k;
    rt_object *match, *rest;
    if (matcher_of(args[0], &k) < 0 || split_rec(self, k, args[0], true, &match, &rest) < 0)
        return NULL;
    rt_object *t = rt_tuple_new(2);
    if (!t) {
        rt_xdecref(match);
        rt_xdecref(rest);
        return NULL;
    }
    RT_TUPLE_SET_ITEM(t, 0, or_none(match));
    RT_TUPLE_SET_ITEM(t, 1, or_none(rest));
    return t;
}

static rt_object *eg_subgroup(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if ((kwnames && RT_SIZE(kwnames)) || nargs != 1)
        return rt_err_format(&rt_exc_TypeError,
                             "BaseExceptionGroup.subgroup() takes exactly one argument (%ld given)", (long)nargs);
    matcher_kind k;
    rt_object *match, *rest;
    if (matcher_of(args[0], &k) < 0 || split_rec(self, k, args[0], false, &match, &rest) < 0)
        return NULL;
    return or_none(match);
}

static rt_method_def eg_methods[] = {
    { "derive", eg_derive, RT_METH_FASTCALL, NULL },
    { "split", eg_split, RT_METH_FASTCALL, NULL },
    { "subgroup", eg_subgroup, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int rt_excgroup_set_type(rt_type *exception_group)
{
    rt_exc_ExceptionGroup = exception_group;
    return rt_type_add_methods(&rt_exc_BaseExceptionGroup, eg_methods);
}

/* ---- except* ---------------------------------------------------------------- */

#define CANNOT_EXCEPT_STAR_EG "catching ExceptionGroup with except* is not allowed. Use except instead."

/* BaseExceptionGroup("", excs): what except* makes of a naked exception
 * and of the exceptions its handlers raised. */
static rt_object *new_group(rt_object *excs)
{
    rt_object *args[2] = { rt_str_empty(), excs };
    if (!args[0])
        return NULL;
    rt_object *g = rt_call_vector(RT_OBJ(&rt_exc_BaseExceptionGroup), args, 2);
    rt_decref(args[0]);
    return g;
}

int rt_excgroup_match(rt_object *exc, rt_object *type, rt_object **match, rt_object **rest)
{
    *match = *rest = NULL;
    bool tuple = rt_tuple_check(type);
    intptr_t n = tuple ? RT_SIZE(type) : 1;
    for (intptr_t i = 0; i < n; i++)
        if (rt_type_is_subtype((rt_type *)(tuple ? RT_TUPLE_GET_ITEM(type, i) : type), &rt_exc_BaseExceptionGroup)) {
            rt_err_set_string(&rt_exc_TypeError, CANNOT_EXCEPT_STAR_EG);
            return -1;
        }
    int whole = matches(exc, BY_TYPE, type);
    if (whole && rt_excgroup_check(exc)) {
        *match = rt_newref(exc);
        *rest = rt_newref(RT_NONE);
        return 0;
    }
    if (whole) {   /* a naked exception: wrapped, with its traceback */
        rt_object *excs = rt_tuple_pack(1, exc);
        rt_object *g = excs ? new_group(excs) : NULL;
        rt_xdecref(excs);
        if (!g)
            return -1;
        rt_object *tb = ((rt_exception *)exc)->traceback;
        RT_SETREF(((rt_exception *)g)->traceback, tb ? rt_newref(tb) : NULL);
        *match = g;
        *rest = rt_newref(RT_NONE);
        return 0;
    }
    if (rt_excgroup_check(exc)) {
        rt_object *pair = rt_call_method(exc, "split", &type, 1);
        if (!pair)
            return -1;
        if (!rt_tuple_check(pair) || RT_SIZE(pair) != 2) {
            rt_decref(pair);
            rt_err_set_string(&rt_exc_TypeError, "X.split(T) must return a tuple, not a different type");
            return -1;
        }
        *match = rt_newref(RT_TUPLE_GET_ITEM(pair, 0));
        *rest = rt_newref(RT_TUPLE_GET_ITEM(pair, 1));
        rt_decref(pair);
        return 0;
    }
    *match = rt_newref(RT_NONE);   /* no match: the rest stays exc */
    *rest = rt_newref(exc);
    return 0;
}

/* Were a and b raised from the same place (a bare `raise` of a part of
 * the original, or the unhandled rest)?  CPython compares the notes,
 * traceback, cause and context by identity. */
static bool same_metadata(rt_object *a, rt_object *b)
{
    rt_exception *x = (rt_exception *)a, *y = (rt_exception *)b;
    rt_object *nx = x->dict ? rt_dict_getitem_str(x->dict, "__notes__") : NULL;
    rt_object *ny = y->dict ? rt_dict_getitem_str(y->dict, "__notes__") : NULL;
    return nx == ny && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

static int collect_leaves(rt_object *e, rt_object *leaves)
{
    if (e == RT_NONE)
        return 0;
    if (!rt_excgroup_check(e))
        return rt_list_append(leaves, e);
    rt_object *excs = ((rt_exc_group *)e)->excs;
    for (intptr_t i = 0; i < RT_SIZE(excs); i++) {
        if (rt_enter_recursive(" in collect_exception_group_leaf_ids") < 0)
            return -1;
        int r = collect_leaves(RT_TUPLE_GET_ITEM(excs, i), leaves);
        rt_leave_recursive();
        if (r < 0)
            return -1;
    }
    return 0;
}

rt_object *rt_excgroup_prep_reraise(rt_object *orig, rt_object *excs)
{
    intptr_t n = RT_SIZE(excs);
    if (n == 0)
        return rt_newref(RT_NONE);
    if (!rt_excgroup_check(orig)) {
        /* a naked exception was wrapped: at most one handler ran, so
         * there is at most one exception to raise */
        return rt_newref(RT_LIST_ITEMS(excs)[0]);
    }
    rt_object *raised = rt_list_new(0), *leaves = rt_list_new(0), *result = NULL;
    if (!raised || !leaves)
        goto done;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *e = RT_LIST_ITEMS(excs)[i];
        if (e == RT_NONE)
            continue;
        if (same_metadata(e, orig) ? collect_leaves(e, leaves) < 0 : rt_list_append(raised, e) < 0)
            goto done;
    }
    /* what was re-raised, as the part of orig with those leaves (its
     * nesting kept) */
    rt_object *reraised = NULL, *unused;
    if (split_rec(orig, BY_LEAVES, leaves, false, &reraised, &unused) < 0)
        goto done;
    if (RT_SIZE(raised) == 0) {
        result = or_none(reraised);
        goto done;
    }
    if (reraised) {
        int r = rt_list_append(raised, reraised);
        rt_decref(reraised);
        if (r < 0)
            goto done;
    }
    result = RT_SIZE(raised) > 1 ? new_group(raised) : rt_newref(RT_LIST_ITEMS(raised)[0]);
done:
    rt_xdecref(raised);
    rt_xdecref(leaves);
    return result;
}

/*
 * match.c -- the run-time half of structural pattern matching (PEP 634):
 * what the eval loop's MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING and
 * MATCH_SEQUENCE do, as CPython 3.11's ceval.c (match_class,
 * match_keys) does it, with its error messages.
 *
 * The objects CPython makes along the way are made here too, in the same
 * order: MATCH_CLASS a set of the attribute names seen and a list of the
 * attributes turned into the result tuple, MATCH_KEYS a set of the keys
 * seen and the tuple of values.  They die before the instruction ends,
 * but they are containers: allocating them moves gc.get_count() and the
 * list and tuple free lists as CPython's do (docs/gen.md), so a program
 * that reads the counts around a match sees CPython's numbers.
 *
 * Invariants: each function returns a new reference, Py_None (a new
 * reference) for "no match", or NULL with an exception set; the operands
 * are borrowed.
 */
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/int.h"

/* sequence / mapping: the type's flag, which subclasses inherit from
 * their base (CPython's Py_TPFLAGS_SEQUENCE / MAPPING) */
bool vm_match_is_sequence(rt_object *o) { return (o->type->flags & RT_TPFLAGS_SEQUENCE) != 0; }
bool vm_match_is_mapping(rt_object *o) { return (o->type->flags & RT_TPFLAGS_MAPPING) != 0; }

/* subject.name appended to attrs: 1, 0 when the subject has no such
 * attribute (no error: the pattern fails), -1 with an error.  A name seen
 * before in this pattern is CPython's TypeError; a name that is not a str
 * can only come from __match_args__ (the compiler's names are str) */
static int append_attr(rt_object *subject, rt_type *type, rt_object *name, rt_object *seen, rt_object *attrs)
{
    if (!rt_str_check_exact(name)) {
        rt_err_format(&rt_exc_TypeError, "__match_args__ elements must be strings (got %s)", rt_type_name(name));
        return -1;
    }
    int r = rt_set_contains(seen, name);
    if (r == 0)
        r = rt_set_add(seen, name);
    else if (r > 0)
        rt_err_format(&rt_exc_TypeError, "%s() got multiple sub-patterns for attribute %R", type->name, name);
    if (r != 0)
        return -1;
    rt_object *attr = rt_getattr(subject, name);
    if (!attr) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return -1;
        rt_err_clear();
        return 0;
    }
    int a = rt_list_append(attrs, attr);
    rt_decref(attr);
    return a < 0 ? -1 : 1;
}

rt_object *vm_match_class(rt_object *subject, rt_object *type, intptr_t nargs, rt_object *names)
{
    if (!rt_type_check(type))
        return rt_err_set_string(&rt_exc_TypeError, "called match pattern must be a type");
    if (!rt_tuple_check_exact(names))   /* the compiler's constant; a .pyc could differ */
        return rt_err_set_string(&rt_exc_TypeError, "MATCH_CLASS without a tuple of names");
    rt_type *t = (rt_type *)type;
    int r = vm_object_isinstance(subject, type);
    if (r <= 0)
        return r < 0 ? NULL : rt_newref(RT_NONE);
    rt_object *seen = rt_set_new(NULL, false);
    if (!seen)
        return NULL;
    rt_object *attrs = rt_list_new(0);
    rt_object *match_args = NULL, *res = NULL;
    if (!attrs)
        goto done;
    if (nargs) {
        bool match_self = false;
        match_args = rt_getattr_str(type, "__match_args__");
        if (match_args) {
            if (!rt_tuple_check_exact(match_args)) {
                rt_err_format(&rt_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name,
                              rt_type_name(match_args));
                goto done;
            }
        } else if (rt_err_matches(&rt_exc_AttributeError)) {
            rt_err_clear();
            match_args = rt_tuple_new(0);
            if (!match_args)
                goto done;
            match_self = (t->flags & RT_TPFLAGS_MATCH_SELF) != 0;
        } else {
            goto done;
        }
        intptr_t allowed = match_self ? 1 : RT_SIZE(match_args);
        if (allowed < nargs) {
            rt_err_format(&rt_exc_TypeError, "%s() accepts %ld positional sub-pattern%s (%ld given)", t->name,
                          (long)allowed, allowed == 1 ? "" : "s", (long)nargs);
            goto done;
        }
        if (match_self) {
            if (rt_list_append(attrs, subject) < 0)
                goto done;
        } else {
            for (intptr_t i = 0; i < nargs; i++) {
                int r = append_attr(subject, t, RT_TUPLE_GET_ITEM(match_args, i), seen, attrs);
                if (r <= 0) {
                    if (r == 0)
                        res = rt_newref(RT_NONE);
                    goto done;
                }
            }
        }
    }
    for (intptr_t i = 0; i < RT_SIZE(names); i++) {
        int r = append_attr(subject, t, RT_TUPLE_GET_ITEM(names, i), seen, attrs);
        if (r <= 0) {
            if (r == 0)
                res = rt_newref(RT_NONE);
            goto done;
        }
    }
    res = rt_list_as_tuple(attrs);
done:
    rt_xdecref(match_args);
    rt_xdecref(attrs);
    rt_decref(seen);
    return res;
}

rt_object *vm_match_keys(rt_object *map, rt_object *keys)
{
    if (!rt_tuple_check_exact(keys))
        return rt_err_set_string(&rt_exc_TypeError, "MATCH_KEYS without a tuple of keys");
    intptr_t n = RT_SIZE(keys);
    if (n == 0)
        return rt_tuple_new(0);
    rt_object *seen = rt_set_new(NULL, false);
    if (!seen)
        return NULL;
    /* map.get(key, dummy): a missing key is the dummy, and a defaultdict's
     * __missing__ is not called (CPython's reasons) */
    rt_object *dummy = rt_call_vector(RT_OBJ(&rt_object_type), NULL, 0);
    rt_object *values = dummy ? rt_tuple_new(n) : NULL;
    rt_object *res = NULL;
    if (!values)
        goto done;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *key = RT_TUPLE_GET_ITEM(keys, i);
        int r = rt_set_contains(seen, key);
        if (r == 0)
            r = rt_set_add(seen, key);
        else if (r > 0)
            rt_err_format(&rt_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
        if (r != 0)
            goto done;
        rt_object *args[2] = { key, dummy };
        rt_object *v = rt_call_method(map, "get", args, 2);
        if (!v)
            goto done;
        if (v == dummy) {
            rt_decref(v);
            res = rt_newref(RT_NONE);
            goto done;
        }
        RT_TUPLE_ITEMS(values)[i] = v;
    }
    res = values;
    values = NULL;
done:
    rt_xdecref(values);
    rt_xdecref(dummy);
    rt_decref(seen);
    return res;
}

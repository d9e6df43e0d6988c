/*
 * mod_bisect.c -- _bisect: bisect_right, bisect_left, insort_right and
 * insort_left in C, as CPython 3.11's Modules/_bisectmodule.c (lib/bisect.py
 * takes them from here and keeps its subset versions as their definition).
 *
 * The arguments are bound as CPython's Argument Clinic binds
 * (a, x, lo=0, hi=None, *, key=None): lo and hi are Py_ssize_t (hi=None or
 * -1 means len(a)), key is keyword-only, with Clinic's messages.  The
 * search makes CPython's comparisons (x < item for the right variant,
 * item < x for the left one, key(item) when a key is given), reading
 * a[mid] through the sequence protocol each time, so a sequence changed
 * by a comparison is read as it is then.
 */
#include "modules/modules.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static const char *const bisect_names[] = { "a", "x", "lo", "hi", "key" };

/* Clinic's _PyArg_UnpackKeywords for the five parameters (4 positional):
 * 0, or -1 with CPython's message. */
static int bind(const char *fname, rt_object *const *args, intptr_t nargs, rt_object *kwnames, rt_object **v)
{
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    if (nargs + nkw > 5) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most 5 %sarguments (%ld given)", fname,
                      nargs ? "" : "keyword ", (long)(nargs + nkw));
        return -1;
    }
    if (nargs > 4) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most 4 positional arguments (%ld given)", fname,
                      (long)nargs);
        return -1;
    }
    for (int i = 0; i < 5; i++)
        v[i] = i < nargs ? args[i] : NULL;
    rt_object *stray = NULL;
    for (intptr_t k = 0; k < nkw; k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kwnames, k);
        int i = 0;
        while (i < 5 && !rt_str_eq_cstr(name, bisect_names[i]))
            i++;
        if (i == 5 || i < nargs) {
            if (!stray)
                stray = name;
        } else {
            v[i] = args[nargs + k];
        }
    }
    for (int i = 0; i < 2; i++)
        if (!v[i]) {
            rt_err_format(&rt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                          bisect_names[i], i + 1);
            return -1;
        }
    if (stray) {
        int i = 0;
        while (i < 5 && !rt_str_eq_cstr(stray, bisect_names[i]))
            i++;
        if (i < 5)
            rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          bisect_names[i], i + 1);
        else
            rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()", rt_str_data(stray),
                          fname);
        return -1;
    }
    return 0;
}

/* a[i] for 0 <= i, as PySequence_GetItem (a new reference): a dict (a
 * mapping without CPython's sequence item slot) or an object without
 * __getitem__ is refused with its messages. */
static rt_object *seq_item(rt_object *a, intptr_t i)
{
    if (rt_list_check_exact(a))
        return i < RT_SIZE(a) ? rt_newref(RT_LIST_GET_ITEM(a, i)) : rt_list_getitem(a, i);
    rt_type *t = RT_TYPE(a);
    if (rt_dict_check_exact(a))
        return rt_err_format(&rt_exc_TypeError, "%s is not a sequence", t->name);
    if (!(t->as_mapping && t->as_mapping->subscript) && !(t->as_sequence && t->as_sequence->item))
        return rt_err_format(&rt_exc_TypeError, "'%s' object does not support indexing", t->name);
    rt_object *key = rt_int_from_i64(i);
    rt_object *r = key ? rt_getitem(a, key) : NULL;
    RT_XDECREF(key);
    return r;
}

/* The insertion point of x in a[lo:hi]: right of equal items or left. */
static intptr_t search(rt_object *a, rt_object *x, intptr_t lo, intptr_t hi, rt_object *key, bool right)
{
    while (lo < hi) {
        intptr_t mid = (intptr_t)(((size_t)lo + (size_t)hi) / 2);
        rt_object *item = seq_item(a, mid);
        if (!item)
            return -1;
        if (key) {
            rt_object *k = rt_call_vector(key, &item, 1);
            rt_decref(item);
            if (!(item = k))
                return -1;
        }
        int lt = right ? rt_richcompare_bool(x, item, RT_LT) : rt_richcompare_bool(item, x, RT_LT);
        rt_decref(item);
        if (lt < 0)
            return -1;
        if (lt == right)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* Bind and convert the arguments, then search: the index, or -1. */
static intptr_t bisect_call(const char *fname, rt_object *const *args, intptr_t nargs, rt_object *kwnames,
                            bool right, bool insort, rt_object **v)
{
    if (bind(fname, args, nargs, kwnames, v) < 0)
        return -1;
    intptr_t lo = 0, hi = -1;
    if (v[2] && (lo = rt_number_as_ssize_arg(v[2])) == -1 && rt_err_occurred())
        return -1;
    if (v[3] && v[3] != RT_NONE) {   /* Clinic's optional Py_ssize_t: an index or None */
        rt_type *ht = RT_TYPE(v[3]);
        if (!rt_int_check(v[3]) && !(ht->as_number && ht->as_number->index)) {
            rt_err_format(&rt_exc_TypeError, "argument should be integer or None, not '%s'", rt_type_name(v[3]));
            return -1;
        }
        if ((hi = rt_number_as_ssize_arg(v[3])) == -1 && rt_err_occurred())
            return -1;
    }
    if (lo < 0) {
        rt_err_set_string(&rt_exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1 && (hi = rt_length(v[0])) < 0)
        return -1;
    rt_object *key = v[4] && v[4] != RT_NONE ? v[4] : NULL;
    rt_object *x = v[1];
    if (insort && key && !(x = rt_call_vector(key, &v[1], 1)))
        return -1;
    intptr_t r = search(v[0], x, lo, hi, key, right);
    if (x != v[1])
        rt_decref(x);
    return r;
}

static rt_object *index_result(intptr_t i) { return i < 0 ? NULL : rt_int_from_i64(i); }

/* insort: list.insert for an exact list, else a.insert(i, x) (CPython). */
static rt_object *insert_at(rt_object *a, intptr_t i, rt_object *x)
{
    if (i < 0)
        return NULL;
    if (rt_list_check_exact(a))
        return rt_list_insert(a, i, x) < 0 ? NULL : rt_none_new();
    rt_object *idx = rt_int_from_i64(i);
    if (!idx)
        return NULL;
    rt_object *argv[2] = { idx, x };
    rt_object *r = rt_call_method(a, "insert", argv, 2);
    rt_decref(idx);
    if (!r)
        return NULL;
    rt_decref(r);
    return rt_none_new();
}

static rt_object *b_bisect_right(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *v[5];
    return index_result(bisect_call("bisect_right", args, nargs, kw, true, false, v));
}

static rt_object *b_bisect_left(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *v[5];
    return index_result(bisect_call("bisect_left", args, nargs, kw, false, false, v));
}

static rt_object *b_insort_right(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *v[5];
    intptr_t i = bisect_call("insort_right", args, nargs, kw, true, true, v);
    return insert_at(v[0], i, v[1]);
}

static rt_object *b_insort_left(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *v[5];
    intptr_t i = bisect_call("insort_left", args, nargs, kw, false, true, v);
    return insert_at(v[0], i, v[1]);
}

int vm_mod_bisect_init(void)
{
    static rt_method_def fns[] = {
        { "bisect_right", b_bisect_right, RT_METH_FASTCALL, NULL },
        { "bisect_left", b_bisect_left, RT_METH_FASTCALL, NULL },
        { "insort_right", b_insort_right, RT_METH_FASTCALL, NULL },
        { "insort_left", b_insort_left, RT_METH_FASTCALL, NULL },
        { NULL, NULL, 0, NULL },
    };
    return vm_add_builtin_module("_bisect", fns) ? 0 : -1;
}

/*
 * mod_itertools_more.c -- _itertools' repeat, accumulate, takewhile,
 * dropwhile, groupby (with its _grouper), combinations, count, cycle and
 * product as C iterator types, as CPython 3.11's
 * Modules/itertoolsmodule.c has them.  In the
 * subset (lib/itertools.py) each item cost a Python-level __next__, about
 * a thousand instructions, and combinations built every tuple up front.
 *
 * Each keeps CPython's order of work and what it holds:
 *   - accumulate yields initial first (when given), then the running
 *     total, calling func(total, item) or total + item;
 *   - takewhile stops for good at its first false predicate; dropwhile
 *     stops testing after its first false one;
 *   - groupby keeps the current key and value; a _grouper holds its
 *     groupby and target key, and yields only while it is the groupby's
 *     current grouper (a borrowed pointer: no reference cycle) and the
 *     current key equals its target;
 *   - combinations keeps its pool as a tuple and reuses its result tuple
 *     when nobody else holds it (CPython's in-place update);
 *   - count counts in a C integer while it can (start an int, step 1: it
 *     holds no count object, only the step), else in objects with `+`;
 *   - cycle saves what its iterator yields in a list on the first pass;
 *   - product keeps its pools as a tuple of tuples (repeat copies of the
 *     references) and reuses its result tuple as combinations does.
 * All are GC containers and may be subclassed.  Called without keywords,
 * each takes a stand-in for the argument tuple CPython 3.11's type_call
 * builds for it (none of them has a vectorcall there), so gc.get_count()
 * moves as CPython's.
 */
#include <string.h>
#include "modules/modules.h"
#include "runtime/alloc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* ---- arguments ---------------------------------------------------------- */

/* Bind a clinic-style signature in the order of CPython 3.11's
 * _PyArg_UnpackKeywords (so the same mistake gets the same message):
 * names[0..npos) may come by position, the rest only by keyword;
 * names[0..nreq) are required.  The count of all arguments is checked
 * first, then the positional ones, then each parameter in order (a
 * missing one reports), and last a keyword given twice or unknown.
 * out[i] is a borrowed value or NULL.  0, or -1 + TypeError. */
int mod_itertools_bind(const char *fn, const char *const *names, int nnames, int nreq, int npos,
                       rt_object *const *args, intptr_t n, rt_object *kwargs, rt_object **out)
{
    intptr_t nkw = kwargs ? rt_dict_size(kwargs) : 0;
    if (n + nkw > nnames) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most %d %sargument%s (%ld given)", fn, nnames,
                      n == 0 ? "keyword " : "", nnames == 1 ? "" : "s", (long)(n + nkw));
        return -1;
    }
    if (n > npos) {
        rt_err_format(&rt_exc_TypeError, "%s() takes %s %d positional argument%s (%ld given)", fn,
                      nreq < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s", (long)n);
        return -1;
    }
    for (int i = 0; i < nnames; i++) {
        out[i] = i < n ? args[i] : nkw ? rt_dict_getitem_str(kwargs, names[i]) : NULL;
        if (i >= n && out[i])
            nkw--;
        else if (!out[i] && i < nreq) {
            rt_err_format(&rt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fn, names[i], i + 1);
            return -1;
        }
    }
    if (nkw == 0)
        return 0;
    for (int i = 0; i < n; i++)
        if (rt_dict_getitem_str(kwargs, names[i])) {
            rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fn,
                          names[i], i + 1);
            return -1;
        }
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(kwargs, &pos, &k, &v)) {
        if (!rt_str_check(k)) {
            rt_err_set_string(&rt_exc_TypeError, "keywords must be strings");
            return -1;
        }
        int i = 0;
        while (i < nnames && !rt_str_eq_cstr(k, names[i]))
            i++;
        if (i == nnames) {
            rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()", rt_str_data(k), fn);
            return -1;
        }
    }
    return 0;
}

int mod_itertools_positional(const char *fn, intptr_t n, rt_object *kwargs, intptr_t lo, intptr_t hi)
{
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", fn);
        return -1;
    }
    if (n < lo || n > hi) {   /* _PyArg_CheckPositional's words */
        intptr_t lim = n < lo ? lo : hi;
        rt_err_format(&rt_exc_TypeError, "%s expected %s%ld argument%s, got %ld", fn,
                      lo == hi ? "" : n < lo ? "at least " : "at most ", (long)lim, lim == 1 ? "" : "s", (long)n);
        return -1;
    }
    return 0;
}

/* takewhile and dropwhile: exactly two positional arguments */
static int two_args(const char *fn, intptr_t n, rt_object *kwargs)
{
    return mod_itertools_positional(fn, n, kwargs, 2, 2);
}

/* A new instance of t with its fields zeroed (tracked by the caller once
 * filled). */
static rt_object *new_iter(rt_type *t) { return rt_object_new(t); }

void mod_itertools_release(rt_object *o, int (*clear)(rt_object *))
{
    rt_gc_untrack(o);
    clear(o);
    rt_object_free(o);
}

rt_object *mod_itertools_reusable_result(rt_object **slot)
{
    rt_object *res = *slot;
    if (res->refcnt > 1) {   /* someone holds the last one: a fresh copy */
        rt_object *fresh = rt_tuple_from_array(RT_TUPLE_ITEMS(res), RT_SIZE(res));
        if (!fresh)
            return NULL;
        *slot = fresh;
        rt_decref(res);
        return fresh;
    }
    if (!rt_gc_is_tracked(res))
        rt_gc_track(res);   /* the collector may have untracked it */
    return res;
}

void mod_itertools_replace_item(rt_object *tup, intptr_t i, rt_object *v)
{
    rt_object *was = RT_TUPLE_GET_ITEM(tup, i);
    RT_TUPLE_SET_ITEM(tup, i, v);
    rt_decref(was);
}

int mod_itertools_pool_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((mod_itertools_pool_obj *)o)->pool);
    RT_VISIT(((mod_itertools_pool_obj *)o)->result);
    return 0;
}

int mod_itertools_pool_clear(rt_object *o)
{
    RT_CLEAR(((mod_itertools_pool_obj *)o)->pool);
    RT_CLEAR(((mod_itertools_pool_obj *)o)->result);
    return 0;
}

void mod_itertools_pool_dealloc(rt_object *o)
{
    rt_mem_free(((mod_itertools_pool_obj *)o)->indices);
    ((mod_itertools_pool_obj *)o)->indices = NULL;
    mod_itertools_release(o, mod_itertools_pool_clear);
}

/* The argument tuple CPython's type_call builds for a type without a
 * vectorcall (n >= 1: a tuple shell from the free list of n items, else a
 * new container), held for the call as CPython holds it.  Shared with
 * islice (mod_itertools.c). */
rt_object *mod_itertools_call_args_tuple(mod_itertools_make_fn make, rt_type *t, rt_object *const *args,
                                         intptr_t n)
{
    if (n == 0)
        return make(t, args, n, NULL);
    bool shell = rt_freelists_on();
    rt_object *tup = shell ? rt_tuple_shell_take(n) : rt_tuple_from_array(args, n);
    if (!tup)
        return NULL;
    rt_object *r = make(t, args, n, NULL);
    if (shell)
        rt_tuple_shell_give(tup);
    else
        rt_decref(tup);
    return r;
}

/* ---- repeat ------------------------------------------------------------- */

typedef struct repeat_obj {
    RT_OBJECT_HEAD
    rt_object *element;
    intptr_t cnt;            /* -1: forever */
} repeat_obj;

static rt_type repeat_type;

static rt_object *repeat_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "object", "times" };
    rt_object *a[2];
    if (mod_itertools_bind("repeat", names, 2, 1, 2, args, n, kwargs, a) < 0)
        return NULL;
    intptr_t cnt = -1;
    if (a[1]) {
        cnt = rt_number_as_ssize_arg(a[1]);
        if (cnt == -1 && rt_err_occurred())
            return NULL;
        if (cnt < 0)
            cnt = 0;   /* CPython: a negative count repeats nothing */
    }
    repeat_obj *r = (repeat_obj *)new_iter(t);
    if (!r)
        return NULL;
    r->element = rt_newref(a[0]);
    r->cnt = cnt;
    rt_gc_track(RT_OBJ(r));
    return RT_OBJ(r);
}

static rt_object *repeat_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(repeat_make, t, args, n);
}

static rt_object *repeat_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return repeat_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *repeat_next(rt_object *o)
{
    repeat_obj *r = (repeat_obj *)o;
    if (r->cnt == 0)
        return NULL;
    if (r->cnt > 0)
        r->cnt--;
    return rt_newref(r->element);
}

static rt_object *repeat_repr(rt_object *o)
{
    repeat_obj *r = (repeat_obj *)o;
    const char *name = strrchr(o->type->name, '.');   /* CPython's _PyType_Name */
    name = name ? name + 1 : o->type->name;
    if (r->cnt == -1)
        return rt_str_from_format("%s(%R)", name, r->element);
    return rt_str_from_format("%s(%R, %ld)", name, r->element, (long)r->cnt);
}

static int repeat_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((repeat_obj *)o)->element);
    return 0;
}

static int repeat_clear(rt_object *o)
{
    RT_CLEAR(((repeat_obj *)o)->element);
    return 0;
}

static void repeat_dealloc(rt_object *o) { mod_itertools_release(o, repeat_clear); }

RT_NOSCAN_TYPE static rt_type repeat_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.repeat",
    .basicsize = sizeof(repeat_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = repeat_dealloc, .traverse = repeat_traverse, .clear = repeat_clear,
    .repr = repeat_repr,
    .iter = rt_iter_self, .iternext = repeat_next,
    .new_ = repeat_new,
    .vectorcall = repeat_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- accumulate --------------------------------------------------------- */

typedef struct accumulate_obj {
    RT_OBJECT_HEAD
    rt_object *it;
    rt_object *func;         /* NULL: + */
    rt_object *total;        /* NULL before the first item */
    rt_object *initial;      /* NULL once yielded (or not given) */
} accumulate_obj;

static rt_object *accumulate_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "iterable", "func", "initial", NULL };
    rt_object *a[3];
    /* Argument Clinic in 3.11 (its keyword tuple at the first keyword call) */
    if (rt_clinic_kwtuple(NULL, "accumulate", names, (kwargs && rt_dict_size(kwargs) > 0) || n < 1 || n > 2) < 0)
        return NULL;
    if (mod_itertools_bind("accumulate", names, 3, 1, 2, args, n, kwargs, a) < 0)
        return NULL;
    rt_object *it = rt_get_iter(a[0]);
    if (!it)
        return NULL;
    accumulate_obj *r = (accumulate_obj *)new_iter(t);
    if (!r) {
        rt_decref(it);
        return NULL;
    }
    r->it = it;
    r->func = a[1] && a[1] != RT_NONE ? rt_newref(a[1]) : NULL;
    r->initial = a[2] && a[2] != RT_NONE ? rt_newref(a[2]) : NULL;
    rt_gc_track(RT_OBJ(r));
    return RT_OBJ(r);
}

static rt_object *accumulate_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(accumulate_make, t, args, n);
}

static rt_object *accumulate_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return accumulate_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *accumulate_next(rt_object *o)
{
    accumulate_obj *r = (accumulate_obj *)o;
    if (r->initial) {
        r->total = r->initial;   /* the reference moves */
        r->initial = NULL;
        return rt_newref(r->total);
    }
    rt_object *v = rt_iter_next(r->it);
    if (!v)
        return NULL;
    if (!r->total) {
        r->total = v;
        return rt_newref(v);
    }
    rt_object *t;
    if (r->func) {
        rt_object *pair[2] = { r->total, v };
        t = rt_call_vector(r->func, pair, 2);
    } else {
        t = rt_number_binop(r->total, v, RT_NB_ADD);
    }
    rt_decref(v);
    if (!t)
        return NULL;
    rt_object *old = r->total;
    r->total = t;
    rt_decref(old);
    return rt_newref(t);
}

static int accumulate_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    accumulate_obj *r = (accumulate_obj *)o;
    RT_VISIT(r->func);   /* CPython's order: gc.get_referents shows it */
    RT_VISIT(r->it);
    RT_VISIT(r->total);
    RT_VISIT(r->initial);
    return 0;
}

static int accumulate_clear(rt_object *o)
{
    accumulate_obj *r = (accumulate_obj *)o;
    RT_CLEAR(r->it);
    RT_CLEAR(r->func);
    RT_CLEAR(r->total);
    RT_CLEAR(r->initial);
    return 0;
}

static void accumulate_dealloc(rt_object *o) { mod_itertools_release(o, accumulate_clear); }

RT_NOSCAN_TYPE static rt_type accumulate_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.accumulate",
    .basicsize = sizeof(accumulate_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = accumulate_dealloc, .traverse = accumulate_traverse, .clear = accumulate_clear,
    .iter = rt_iter_self, .iternext = accumulate_next,
    .new_ = accumulate_new,
    .vectorcall = accumulate_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- takewhile and dropwhile ------------------------------------------- */

typedef struct while_obj {
    RT_OBJECT_HEAD
    rt_object *func;
    rt_object *it;
    bool done;               /* takewhile: stopped; dropwhile: dropping over */
} while_obj;

static rt_type takewhile_type;

static rt_object *while_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    bool take = rt_type_is_subtype(t, &takewhile_type);
    if (two_args(take ? "takewhile" : "dropwhile", n, kwargs) < 0)
        return NULL;
    rt_object *it = rt_get_iter(args[1]);
    if (!it)
        return NULL;
    while_obj *w = (while_obj *)new_iter(t);
    if (!w) {
        rt_decref(it);
        return NULL;
    }
    w->func = rt_newref(args[0]);
    w->it = it;
    w->done = false;
    rt_gc_track(RT_OBJ(w));
    return RT_OBJ(w);
}

static rt_object *while_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(while_make, t, args, n);
}

static rt_object *while_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return while_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

/* predicate(item) as a truth value: 1, 0, -1 on error */
static int holds(while_obj *w, rt_object *item)
{
    rt_object *r = rt_call_vector(w->func, &item, 1);
    if (!r)
        return -1;
    int ok = r == RT_TRUE ? 1 : r == RT_FALSE ? 0 : rt_is_true(r);
    rt_decref(r);
    return ok;
}

static rt_object *takewhile_next(rt_object *o)
{
    while_obj *w = (while_obj *)o;
    if (w->done)
        return NULL;
    rt_object *item = rt_iter_next(w->it);
    if (!item)
        return NULL;
    int ok = holds(w, item);
    if (ok == 1)
        return item;
    rt_decref(item);
    if (ok == 0)
        w->done = true;
    return NULL;
}

static rt_object *dropwhile_next(rt_object *o)
{
    while_obj *w = (while_obj *)o;
    for (;;) {
        rt_object *item = rt_iter_next(w->it);
        if (!item || w->done)
            return item;
        int ok = holds(w, item);
        if (ok == 0) {
            w->done = true;
            return item;
        }
        rt_decref(item);
        if (ok < 0)
            return NULL;
    }
}

static int while_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((while_obj *)o)->it);   /* CPython's order: gc.get_referents shows it */
    RT_VISIT(((while_obj *)o)->func);
    return 0;
}

static int while_clear(rt_object *o)
{
    RT_CLEAR(((while_obj *)o)->func);
    RT_CLEAR(((while_obj *)o)->it);
    return 0;
}

static void while_dealloc(rt_object *o) { mod_itertools_release(o, while_clear); }

RT_NOSCAN_TYPE static rt_type takewhile_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.takewhile",
    .basicsize = sizeof(while_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = while_dealloc, .traverse = while_traverse, .clear = while_clear,
    .iter = rt_iter_self, .iternext = takewhile_next,
    .new_ = while_new,
    .vectorcall = while_vectorcall,
    .getattro = rt_generic_getattr,
};

RT_NOSCAN_TYPE static rt_type dropwhile_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.dropwhile",
    .basicsize = sizeof(while_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = while_dealloc, .traverse = while_traverse, .clear = while_clear,
    .iter = rt_iter_self, .iternext = dropwhile_next,
    .new_ = while_new,
    .vectorcall = while_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- groupby ------------------------------------------------------------ */

typedef struct groupby_obj {
    RT_OBJECT_HEAD
    rt_object *it;
    rt_object *keyfunc;      /* NULL: the identity */
    rt_object *tgtkey, *currkey, *currvalue;   /* NULL: none yet (or taken) */
    rt_object *currgrouper;  /* borrowed: only compared, never followed */
} groupby_obj;

typedef struct grouper_obj {
    RT_OBJECT_HEAD
    rt_object *parent;
    rt_object *tgtkey;
} grouper_obj;

static rt_type grouper_type;

static rt_object *groupby_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "iterable", "key", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(NULL, "groupby", names, (kwargs && rt_dict_size(kwargs) > 0) || n < 1 || n > 2) < 0)
        return NULL;
    if (mod_itertools_bind("groupby", names, 2, 1, 2, args, n, kwargs, a) < 0)
        return NULL;
    rt_object *it = rt_get_iter(a[0]);
    if (!it)
        return NULL;
    groupby_obj *g = (groupby_obj *)new_iter(t);
    if (!g) {
        rt_decref(it);
        return NULL;
    }
    g->it = it;
    g->keyfunc = a[1] && a[1] != RT_NONE ? rt_newref(a[1]) : NULL;
    rt_gc_track(RT_OBJ(g));
    return RT_OBJ(g);
}

static rt_object *groupby_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(groupby_make, t, args, n);
}

static rt_object *groupby_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return groupby_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

/* The next value and its key into currvalue/currkey; -1 at the end or on
 * error (then rt_err_occurred tells). */
static int groupby_step(groupby_obj *g)
{
    rt_object *v = rt_iter_next(g->it);
    if (!v)
        return -1;
    rt_object *k = g->keyfunc ? rt_call_vector(g->keyfunc, &v, 1) : rt_newref(v);
    if (!k) {
        rt_decref(v);
        return -1;
    }
    rt_object *oldv = g->currvalue, *oldk = g->currkey;
    g->currvalue = v;
    g->currkey = k;
    rt_xdecref(oldv);
    rt_xdecref(oldk);
    return 0;
}

static rt_object *groupby_next(rt_object *o)
{
    groupby_obj *g = (groupby_obj *)o;
    g->currgrouper = NULL;
    for (;;) {   /* skip the rest of the current group */
        if (g->currkey) {
            if (!g->tgtkey)
                break;
            int eq = rt_richcompare_bool(g->tgtkey, g->currkey, RT_EQ);
            if (eq < 0)
                return NULL;
            if (!eq)
                break;
        }
        if (groupby_step(g) < 0)
            return NULL;
    }
    rt_object *old = g->tgtkey;
    g->tgtkey = rt_newref(g->currkey);
    rt_xdecref(old);
    grouper_obj *gr = (grouper_obj *)new_iter(&grouper_type);
    if (!gr)
        return NULL;
    gr->parent = rt_newref(o);
    gr->tgtkey = rt_newref(g->tgtkey);
    g->currgrouper = RT_OBJ(gr);
    rt_gc_track(RT_OBJ(gr));
    rt_object *r = rt_tuple_pack(2, g->currkey, RT_OBJ(gr));
    rt_decref(RT_OBJ(gr));
    return r;
}

static int groupby_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    groupby_obj *g = (groupby_obj *)o;
    RT_VISIT(g->it);
    RT_VISIT(g->keyfunc);
    RT_VISIT(g->tgtkey);
    RT_VISIT(g->currkey);
    RT_VISIT(g->currvalue);
    return 0;
}

static int groupby_clear(rt_object *o)
{
    groupby_obj *g = (groupby_obj *)o;
    RT_CLEAR(g->it);
    RT_CLEAR(g->keyfunc);
    RT_CLEAR(g->tgtkey);
    RT_CLEAR(g->currkey);
    RT_CLEAR(g->currvalue);
    return 0;
}

static void groupby_dealloc(rt_object *o) { mod_itertools_release(o, groupby_clear); }

RT_NOSCAN_TYPE static rt_type groupby_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.groupby",
    .basicsize = sizeof(groupby_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = groupby_dealloc, .traverse = groupby_traverse, .clear = groupby_clear,
    .iter = rt_iter_self, .iternext = groupby_next,
    .new_ = groupby_new,
    .vectorcall = groupby_vectorcall,
    .getattro = rt_generic_getattr,
};

static rt_object *grouper_next(rt_object *o)
{
    grouper_obj *gr = (grouper_obj *)o;
    groupby_obj *g = (groupby_obj *)gr->parent;
    if (g->currgrouper != o)
        return NULL;
    if (!g->currvalue && groupby_step(g) < 0)
        return NULL;
    int eq = rt_richcompare_bool(gr->tgtkey, g->currkey, RT_EQ);
    if (eq <= 0)
        return NULL;   /* the group's end, or an error */
    rt_object *r = g->currvalue;   /* the reference moves */
    g->currvalue = NULL;
    RT_CLEAR(g->currkey);
    return r;
}

static int grouper_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((grouper_obj *)o)->parent);
    RT_VISIT(((grouper_obj *)o)->tgtkey);
    return 0;
}

static int grouper_clear(rt_object *o)
{
    RT_CLEAR(((grouper_obj *)o)->parent);
    RT_CLEAR(((grouper_obj *)o)->tgtkey);
    return 0;
}

static void grouper_dealloc(rt_object *o) { mod_itertools_release(o, grouper_clear); }

static rt_object *grouper_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t, (void)args, (void)kwargs;
    return rt_err_set_string(&rt_exc_TypeError, "cannot create 'itertools._grouper' instances");
}

RT_NOSCAN_TYPE static rt_type grouper_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools._grouper",
    .basicsize = sizeof(grouper_obj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = grouper_dealloc, .traverse = grouper_traverse, .clear = grouper_clear,
    .iter = rt_iter_self, .iternext = grouper_next,
    .new_ = grouper_new,
    .getattro = rt_generic_getattr,
};

/* ---- combinations ------------------------------------------------------- */

static rt_object *combinations_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "iterable", "r", NULL };
    rt_object *a[2];
    /* an Argument Clinic parser: keywords or a count out of range build
     * its keyword tuple first */
    if (rt_clinic_kwtuple(NULL, "combinations", names, (kwargs && rt_dict_size(kwargs) > 0) || n != 2) < 0
        || mod_itertools_bind("combinations", names, 2, 2, 2, args, n, kwargs, a) < 0)
        return NULL;
    rt_object *pool = rt_tuple_from_iterable(a[0]);
    if (!pool)
        return NULL;
    intptr_t r = rt_number_as_ssize_arg(a[1]);
    if (r == -1 && rt_err_occurred()) {
        rt_decref(pool);
        return NULL;
    }
    if (r < 0) {
        rt_decref(pool);
        return rt_err_set_string(&rt_exc_ValueError, "r must be non-negative");
    }
    intptr_t *indices = rt_mem_malloc((size_t)(r ? r : 1) * sizeof(intptr_t));
    mod_itertools_pool_obj *c = indices ? (mod_itertools_pool_obj *)new_iter(t) : NULL;
    if (!c) {
        rt_mem_free(indices);
        rt_decref(pool);
        return indices ? NULL : rt_err_no_memory();
    }
    for (intptr_t i = 0; i < r; i++)
        indices[i] = i;
    c->pool = pool;
    c->indices = indices;
    c->r = r;
    c->stopped = r > RT_SIZE(pool);
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

static rt_object *combinations_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(combinations_make, t, args, n);
}

static rt_object *combinations_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return combinations_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *combinations_next(rt_object *o)
{
    mod_itertools_pool_obj *c = (mod_itertools_pool_obj *)o;
    if (c->stopped)
        return NULL;
    rt_object **pool = RT_TUPLE_ITEMS(c->pool);
    intptr_t n = RT_SIZE(c->pool), r = c->r, *ix = c->indices;
    rt_object *res = c->result;
    if (!res) {   /* the first: pool[0..r) */
        if (!(res = rt_tuple_new(r)))
            return NULL;
        for (intptr_t i = 0; i < r; i++)
            RT_TUPLE_SET_ITEM(res, i, rt_newref(pool[ix[i]]));
        c->result = res;
        return rt_newref(res);
    }
    /* the rightmost index not at its maximum (i + n - r) moves up, and
     * those after it follow it */
    intptr_t i = r - 1;
    while (i >= 0 && ix[i] == i + n - r)
        i--;
    if (i < 0) {
        c->stopped = true;
        return NULL;
    }
    if (!(res = mod_itertools_reusable_result(&c->result)))
        return NULL;
    ix[i]++;
    for (intptr_t j = i + 1; j < r; j++)
        ix[j] = ix[j - 1] + 1;
    for (; i < r; i++)
        mod_itertools_replace_item(res, i, rt_newref(pool[ix[i]]));
    return rt_newref(res);
}

RT_NOSCAN_TYPE static rt_type combinations_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.combinations",
    .basicsize = sizeof(mod_itertools_pool_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = mod_itertools_pool_dealloc, .traverse = mod_itertools_pool_traverse,
    .clear = mod_itertools_pool_clear,
    .iter = rt_iter_self, .iternext = combinations_next,
    .new_ = combinations_new,
    .vectorcall = combinations_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- count -------------------------------------------------------------- */

typedef struct count_obj {
    RT_OBJECT_HEAD
    intptr_t cnt;            /* INTPTR_MAX: slow mode, the count is long_cnt */
    rt_object *long_cnt;     /* NULL in fast mode */
    rt_object *long_step;
} count_obj;

/* PyNumber_Check: an __index__, __int__ or __float__ slot */
static bool number_check(rt_object *o)
{
    rt_number_methods *nb = RT_TYPE(o)->as_number;
    return nb && (nb->index || nb->int_ || nb->float_);
}

static rt_object *count_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    static const char *const names[] = { "start", "step", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(NULL, "count", names, (kwargs && rt_dict_size(kwargs) > 0) || n > 2) < 0
        || mod_itertools_bind("count", names, 2, 0, 2, args, n, kwargs, a) < 0)
        return NULL;
    rt_object *start = a[0], *step = a[1];
    if ((start && !number_check(start)) || (step && !number_check(step)))
        return rt_err_set_string(&rt_exc_TypeError, "a number is required");
    /* CPython's fast mode: an int start that fits and a step equal to 1 */
    bool fast = (!start || rt_int_check(start))
                && (!step || (rt_int_check(step) && rt_int_is_small(step) && RT_INT_VALUE(step) == 1));
    intptr_t cnt = 0;
    if (start && fast) {
        if (rt_int_is_small(start))
            cnt = (intptr_t)RT_INT_VALUE(start);
        else
            fast = false;   /* beyond a Py_ssize_t (or -2**63: stored big here) */
    }
    count_obj *c = (count_obj *)new_iter(t);
    if (!c)
        return NULL;
    c->long_step = step ? rt_newref(step) : rt_int_from_i64(1);
    if (fast) {
        c->cnt = cnt;
    } else {
        c->cnt = INTPTR_MAX;
        c->long_cnt = start ? rt_newref(start) : rt_int_from_i64(0);
    }
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

static rt_object *count_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(count_make, t, args, n);
}

static rt_object *count_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return count_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *count_next(rt_object *o)
{
    count_obj *c = (count_obj *)o;
    if (c->cnt != INTPTR_MAX)
        return rt_int_from_i64(c->cnt++);
    rt_object *cur = c->long_cnt;   /* NULL: fast mode ran to INTPTR_MAX */
    if (!cur && !(cur = rt_int_from_i64(INTPTR_MAX)))
        return NULL;
    rt_object *next = rt_number_binop(cur, c->long_step, RT_NB_ADD);
    if (!next) {
        if (cur != c->long_cnt)
            rt_decref(cur);
        return NULL;
    }
    c->long_cnt = next;
    return cur;   /* the reference long_cnt held */
}

static rt_object *count_repr(rt_object *o)
{
    count_obj *c = (count_obj *)o;
    const char *name = strrchr(o->type->name, '.');   /* CPython's _PyType_Name */
    name = name ? name + 1 : o->type->name;
    if (c->cnt != INTPTR_MAX)
        return rt_str_from_format("%s(%ld)", name, (long)(c->cnt));
    if (!c->long_cnt)   /* fast mode at INTPTR_MAX: CPython's %R of NULL */
        return rt_str_from_format("%s(<NULL>)", name);
    if (rt_int_check(c->long_step) && rt_int_is_small(c->long_step) && RT_INT_VALUE(c->long_step) == 1)
        return rt_str_from_format("%s(%R)", name, c->long_cnt);   /* a step of 1 is not shown */
    return rt_str_from_format("%s(%R, %R)", name, c->long_cnt, c->long_step);
}

static int count_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((count_obj *)o)->long_cnt);
    RT_VISIT(((count_obj *)o)->long_step);
    return 0;
}

static int count_clear(rt_object *o)
{
    RT_CLEAR(((count_obj *)o)->long_cnt);
    RT_CLEAR(((count_obj *)o)->long_step);
    return 0;
}

static void count_dealloc(rt_object *o) { mod_itertools_release(o, count_clear); }

RT_NOSCAN_TYPE static rt_type count_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.count",
    .basicsize = sizeof(count_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = count_dealloc, .traverse = count_traverse, .clear = count_clear,
    .repr = count_repr,
    .iter = rt_iter_self, .iternext = count_next,
    .new_ = count_new,
    .vectorcall = count_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- cycle -------------------------------------------------------------- */

typedef struct cycle_obj {
    RT_OBJECT_HEAD
    rt_object *it;           /* NULL once exhausted */
    rt_object *saved;        /* a list: what the first pass yielded */
    intptr_t index;
} cycle_obj;

static rt_object *cycle_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "cycle() takes no keyword arguments");
    if (n != 1)
        return rt_err_format(&rt_exc_TypeError, "cycle expected 1 argument, got %ld", (long)n);
    rt_object *it = rt_get_iter(args[0]);
    if (!it)
        return NULL;
    rt_object *saved = rt_list_new(0);
    cycle_obj *c = saved ? (cycle_obj *)new_iter(t) : NULL;
    if (!c) {
        rt_xdecref(saved);
        rt_decref(it);
        return NULL;
    }
    c->it = it;
    c->saved = saved;
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

static rt_object *cycle_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(cycle_make, t, args, n);
}

static rt_object *cycle_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return cycle_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *cycle_next(rt_object *o)
{
    cycle_obj *c = (cycle_obj *)o;
    if (c->it) {
        rt_object *item = rt_iter_next(c->it);
        if (item) {
            if (rt_list_append(c->saved, item) < 0) {
                rt_decref(item);
                return NULL;
            }
            return item;
        }
        if (rt_err_occurred())
            return NULL;
        RT_CLEAR(c->it);
    }
    intptr_t n = RT_SIZE(c->saved);
    if (n == 0)
        return NULL;
    rt_object *item = RT_LIST_ITEMS(c->saved)[c->index];
    if (++c->index >= n)
        c->index = 0;
    return rt_newref(item);
}

static int cycle_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((cycle_obj *)o)->it);
    RT_VISIT(((cycle_obj *)o)->saved);
    return 0;
}

static int cycle_clear(rt_object *o)
{
    RT_CLEAR(((cycle_obj *)o)->it);
    RT_CLEAR(((cycle_obj *)o)->saved);
    return 0;
}

static void cycle_dealloc(rt_object *o) { mod_itertools_release(o, cycle_clear); }

RT_NOSCAN_TYPE static rt_type cycle_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.cycle",
    .basicsize = sizeof(cycle_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = cycle_dealloc, .traverse = cycle_traverse, .clear = cycle_clear,
    .iter = rt_iter_self, .iternext = cycle_next,
    .new_ = cycle_new,
    .vectorcall = cycle_vectorcall,
    .getattro = rt_generic_getattr,
};

/* ---- product ------------------------------------------------------------ */

static rt_object *product_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    intptr_t repeat = 1;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (kwargs && rt_dict_next(kwargs, &pos, &k, &v)) {   /* "|n:product" */
        if (!rt_str_check(k))
            return rt_err_set_string(&rt_exc_TypeError, "keywords must be strings");
        if (!rt_str_eq_cstr(k, "repeat"))
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for product()",
                                 rt_str_data(k));
        if ((repeat = rt_number_as_ssize_arg(v)) == -1 && rt_err_occurred())
            return NULL;
        if (repeat < 0)
            return rt_err_set_string(&rt_exc_ValueError, "repeat argument cannot be negative");
    }
    intptr_t nargs = repeat == 0 ? 0 : n;
    if (repeat && nargs > INTPTR_MAX / (intptr_t)sizeof(intptr_t) / repeat)
        return rt_err_set_string(&rt_exc_OverflowError, "repeat argument too large");
    intptr_t npools = nargs * repeat;
    intptr_t *indices = rt_mem_malloc((size_t)(npools ? npools : 1) * sizeof(intptr_t));
    rt_object *pools = indices ? rt_tuple_new(npools) : NULL;
    if (!pools) {
        rt_mem_free(indices);
        return indices ? NULL : rt_err_no_memory();
    }
    for (intptr_t i = 0; i < nargs; i++) {
        rt_object *pool = rt_tuple_from_iterable(args[i]);
        if (!pool) {
            rt_decref(pools);
            rt_mem_free(indices);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(pools, i, pool);
        indices[i] = 0;
    }
    for (intptr_t i = nargs; i < npools; i++) {
        RT_TUPLE_SET_ITEM(pools, i, rt_newref(RT_TUPLE_GET_ITEM(pools, i - nargs)));
        indices[i] = 0;
    }
    mod_itertools_pool_obj *p = (mod_itertools_pool_obj *)new_iter(t);
    if (!p) {
        rt_decref(pools);
        rt_mem_free(indices);
        return NULL;
    }
    p->pool = pools;
    p->indices = indices;
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

static rt_object *product_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(product_make, t, args, n);
}

static rt_object *product_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    return product_make(t, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

static rt_object *product_next(rt_object *o)
{
    mod_itertools_pool_obj *p = (mod_itertools_pool_obj *)o;
    if (p->stopped)
        return NULL;
    rt_object *res = p->result;
    intptr_t npools = RT_SIZE(p->pool), *ix = p->indices;
    if (!res) {   /* the first: each pool's first item */
        if (!(res = rt_tuple_new(npools)))
            goto empty;
        p->result = res;
        for (intptr_t i = 0; i < npools; i++) {
            rt_object *pool = RT_TUPLE_GET_ITEM(p->pool, i);
            if (RT_SIZE(pool) == 0)
                goto empty;
            RT_TUPLE_SET_ITEM(res, i, rt_newref(RT_TUPLE_GET_ITEM(pool, 0)));
        }
        return rt_newref(res);
    }
    if (!(res = mod_itertools_reusable_result(&p->result)))
        goto empty;
    /* the indices advance right to left, rolling over */
    intptr_t i;
    for (i = npools - 1; i >= 0; i--) {
        rt_object *pool = RT_TUPLE_GET_ITEM(p->pool, i);
        bool roll = ++ix[i] == RT_SIZE(pool);
        if (roll)
            ix[i] = 0;
        mod_itertools_replace_item(res, i, rt_newref(RT_TUPLE_GET_ITEM(pool, ix[i])));
        if (!roll)
            break;
    }
    if (i < 0)
        goto empty;
    return rt_newref(res);
empty:
    p->stopped = true;
    return NULL;
}

RT_NOSCAN_TYPE static rt_type product_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "itertools.product",
    .basicsize = sizeof(mod_itertools_pool_obj),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = mod_itertools_pool_dealloc, .traverse = mod_itertools_pool_traverse,
    .clear = mod_itertools_pool_clear,
    .iter = rt_iter_self, .iternext = product_next,
    .new_ = product_new,
    .vectorcall = product_vectorcall,
    .getattro = rt_generic_getattr,
};

int mod_itertools_more_add(rt_object *m)
{
    rt_type *types[] = { &repeat_type, &accumulate_type, &takewhile_type, &dropwhile_type,
                         &groupby_type, &grouper_type, &combinations_type, &count_type, &cycle_type,
                         &product_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (mod_add_type(m, types[i], "itertools") < 0)
            return -1;
    return 0;
}

/*
 * mod_gc.c -- the built-in `gc` module (CPython 3.11's interface).
 *
 * Everything goes through collectors/collector.h: the active collector
 * (gc_active()) answers collect / counts / thresholds / freeze / stats /
 * the object walk, gc_util.c gives enable/disable, get_referents and
 * get_referrers.  Where the collector leaves an optional slot NULL the
 * module answers as for nothing to report: gc.collect(n) runs a full
 * collection, get_threshold() is (0, 0, 0) and set_threshold() is
 * accepted and ignored, freeze() and unfreeze() do nothing and
 * get_freeze_count() is 0; without gc.garbage and DEBUG_* flags (every
 * collector but gen) the module keeps its own garbage list and debug
 * flags, which nothing reads.
 *
 * Invariants:
 *   - `callbacks` is the list created at start-up; rebinding gc.callbacks
 *     does not replace it (as CPython's gcstate->callbacks);
 *   - callbacks run with the current exception set aside, and an exception
 *     a callback raises is reported ("Exception ignored in: ...") and
 *     dropped, never propagated into the code that triggered the
 *     collection;
 *   - the info dict is built only when there is a callback to call, so a
 *     collection with no callbacks allocates nothing here.
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/module.h"
#include "modules/modules.h"
#include "collectors/collector.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"

static rt_object *callbacks;     /* gc.callbacks (owned) */
static rt_object *own_garbage;   /* gc.garbage when the collector has none */
static int own_debug;            /* gc.get_debug() when the collector has none */

#define MF VM_MODFUNC
#define UNUSED_ARGS (void)self; (void)args; (void)nargs; (void)kwnames

static intptr_t nkw(rt_object *kwnames) { return kwnames ? RT_SIZE(kwnames) : 0; }

static int no_args(const char *fname, intptr_t nargs, rt_object *kwnames)
{
    if (nkw(kwnames))
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", fname);
    else if (nargs)
        rt_err_format(&rt_exc_TypeError, "gc.%s() takes no arguments (%ld given)", fname, (long)nargs);
    else
        return 0;
    return -1;
}

/* An int argument (anything with __index__), as CPython's "i" format. */
static int int_arg(rt_object *o, int64_t *out)
{
    rt_object *i = rt_number_index(o);
    if (!i)
        return -1;
    *out = rt_int_as_i64(i);
    RT_DECREF(i);
    return *out == -1 && rt_err_occurred() ? -1 : 0;
}

/* One optional argument that may also come as keyword `kw`: borrowed value
 * in *out (NULL when absent). */
static int one_optional(const char *fname, const char *kw, rt_object *const *args, intptr_t nargs,
                        rt_object *kwnames, rt_object **out)
{
    *out = nargs ? args[0] : NULL;
    if (nargs > 1) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most 1 argument (%ld given)", fname,
                      (long)(nargs + nkw(kwnames)));
        return -1;
    }
    for (intptr_t k = 0; k < nkw(kwnames); k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kwnames, k);
        if (!rt_str_eq_cstr(name, kw)) {
            rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                          rt_str_data(name), fname);
            return -1;
        }
        if (*out) {
            rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (1)",
                          fname, kw);
            return -1;
        }
        *out = args[nargs + k];
    }
    return 0;
}

/* ---- collection ----------------------------------------------------------- */

MF(gc_collect)
{
    (void)self;
    rt_object *g;
    int64_t gen = GC_GENERATIONS - 1;
    if (one_optional("collect", "generation", args, nargs, kwnames, &g) < 0)
        return NULL;
    int gi;   /* an Argument Clinic `int`: "... to convert to C int" */
    if (g && rt_number_as_cint(g, &gi) < 0)
        return NULL;
    if (g)
        gen = gi;
    if (gen < 0 || gen >= GC_GENERATIONS)
        return rt_err_set_string(&rt_exc_ValueError, "invalid generation");
    const gc_collector *c = gc_active();
    if (!gc_has(c, GC_CAP_REFCOUNTING)) {
        /* A tracing collector sees the values of the VM's stacks, not
         * those C functions keep in their variables: called by one of
         * them (map(gc.collect, ...), a sort key), collect at the next
         * safe point instead.  Called by the eval loop, the frames are
         * exact: drop the dead slots boehm would take for references. */
        if (!vm_direct_call(args, nargs, kwnames)) {
            gc_collect_wanted = true;
            return rt_int_from_i64(0);
        }
        vm_scrub_frame();
    }
    rt_tel_reason why = gc_reason_enter(RT_TEL_REASON_EXPLICIT);
    intptr_t n = c->collect_generation ? c->collect_generation((int)gen) : c->collect(GC_FULL);
    gc_reason_leave(why);
    if (n < 0)
        return NULL;
    return rt_int_from_i64(n);
}

MF(gc_enable_f)
{
    UNUSED_ARGS;
    if (no_args("enable", nargs, kwnames) < 0)
        return NULL;
    gc_enable();
    return rt_none_new();
}

MF(gc_disable_f)
{
    UNUSED_ARGS;
    if (no_args("disable", nargs, kwnames) < 0)
        return NULL;
    gc_disable();
    return rt_none_new();
}

MF(gc_isenabled)
{
    UNUSED_ARGS;
    if (no_args("isenabled", nargs, kwnames) < 0)
        return NULL;
    return rt_bool_from(gc_is_enabled());
}

static rt_object *triple(const intptr_t v[GC_GENERATIONS])
{
    rt_object *t = rt_tuple_new(GC_GENERATIONS);
    if (!t)
        return NULL;
    for (int i = 0; i < GC_GENERATIONS; i++) {
        rt_object *x = rt_int_from_i64(v[i]);
        if (!x) {
            RT_DECREF(t);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(t, i, x);
    }
    return t;
}

MF(gc_get_count)
{
    UNUSED_ARGS;
    if (no_args("get_count", nargs, kwnames) < 0)
        return NULL;
    intptr_t c[GC_GENERATIONS];
    gc_active()->get_count(c);
    return triple(c);
}

/* Without a get_threshold slot: zeros, nothing triggers a collection. */
static void get_threshold(intptr_t t[GC_GENERATIONS])
{
    memset(t, 0, sizeof(intptr_t) * GC_GENERATIONS);
    if (gc_active()->get_threshold)
        gc_active()->get_threshold(t);
}

MF(gc_get_threshold)
{
    UNUSED_ARGS;
    if (no_args("get_threshold", nargs, kwnames) < 0)
        return NULL;
    intptr_t t[GC_GENERATIONS];
    get_threshold(t);
    return triple(t);
}

/* set_threshold, get_referents and get_referrers are METH_VARARGS in
 * CPython 3.11: their argument tuple is a new container (none for no
 * arguments: the shared empty tuple), which counts in get_count() and can
 * start a collection (under the old thresholds, for set_threshold) before
 * the function runs.  Their table entries say RT_METH_VARARGS, so the
 * caller builds that tuple, or passes the one `f(*t)` already has. */
MF(gc_set_threshold)
{
    (void)self;
    if (nkw(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "set_threshold() takes no keyword arguments");
    if (nargs < 1)
        return rt_err_format(&rt_exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > GC_GENERATIONS)
        return rt_err_format(&rt_exc_TypeError, "set_threshold() takes at most %d arguments (%ld given)",
                             GC_GENERATIONS, (long)nargs);
    /* Generations not given keep their threshold (CPython). */
    intptr_t t[GC_GENERATIONS];
    get_threshold(t);
    /* CPython parses the thresholds as C ints straight into the
     * collector's state: the ones before a bad argument are set. */
    bool bad = false;
    intptr_t i;
    for (i = 0; i < nargs && !bad; i++) {
        int64_t v;
        if (int_arg(args[i], &v) < 0)
            bad = true;
        else if (v > INT32_MAX)
            bad = rt_err_set_string(&rt_exc_OverflowError, "signed integer is greater than maximum") == NULL;
        else if (v < INT32_MIN)
            bad = rt_err_set_string(&rt_exc_OverflowError, "signed integer is less than minimum") == NULL;
        else
            t[i] = (intptr_t)v;
    }
    if (bad && i == 1)
        return NULL;
    if (bad) {
        rt_object *exc = rt_err_fetch();
        if (gc_active()->set_threshold)
            gc_active()->set_threshold(t, GC_GENERATIONS);
        rt_err_restore(exc);
        return NULL;
    }
    if (gc_active()->set_threshold && gc_active()->set_threshold(t, GC_GENERATIONS) < 0)
        return NULL;
    return rt_none_new();
}

MF(gc_freeze_f)
{
    UNUSED_ARGS;
    if (no_args("freeze", nargs, kwnames) < 0)
        return NULL;
    if (gc_active()->freeze)
        gc_active()->freeze();
    return rt_none_new();
}

MF(gc_unfreeze_f)
{
    UNUSED_ARGS;
    if (no_args("unfreeze", nargs, kwnames) < 0)
        return NULL;
    if (gc_active()->unfreeze)
        gc_active()->unfreeze();
    return rt_none_new();
}

MF(gc_get_freeze_count)
{
    UNUSED_ARGS;
    if (no_args("get_freeze_count", nargs, kwnames) < 0)
        return NULL;
    return rt_int_from_i64(gc_active()->freeze_count ? gc_active()->freeze_count() : 0);
}

static int set_int(rt_object *d, const char *key, uint64_t v)
{
    rt_object *x = rt_int_from_i64((int64_t)v);
    int r = x ? rt_dict_setitem_str(d, key, x) : -1;
    RT_XDECREF(x);
    return r;
}

MF(gc_get_stats)
{
    UNUSED_ARGS;
    if (no_args("get_stats", nargs, kwnames) < 0)
        return NULL;
    gc_stats s;
    gc_active()->get_stats(&s);
    rt_object *l = rt_list_new(0);
    for (int i = 0; l && i < GC_GENERATIONS; i++) {
        rt_object *d = rt_dict_new();
        if (!d || set_int(d, "collections", s.collections[i]) < 0 || set_int(d, "collected", s.collected[i]) < 0
            || set_int(d, "uncollectable", s.uncollectable[i]) < 0 || rt_list_append(l, d) < 0)
            RT_CLEAR(l);
        RT_XDECREF(d);
    }
    return l;
}

/* ---- objects ---------------------------------------------------------------- */

static rt_object *one_arg(const char *fname, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (nkw(kwnames))
        return rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "gc.%s() takes exactly one argument (%ld given)", fname,
                             (long)nargs);
    return args[0];
}

MF(gc_is_tracked)
{
    (void)self;
    rt_object *o = one_arg("is_tracked", args, nargs, kwnames);
    if (!o)
        return NULL;
    return rt_bool_from(rt_is_gc(o) && rt_gc_is_tracked(o));
}

MF(gc_is_finalized)
{
    (void)self;
    rt_object *o = one_arg("is_finalized", args, nargs, kwnames);
    if (!o)
        return NULL;
    return rt_bool_from(rt_is_gc(o) && rt_gc_is_finalized(o));
}

static int append_object(rt_object *o, void *arg)
{
    if (o == (rt_object *)arg)
        return 0;   /* the result list itself is tracked by now */
    return rt_list_append((rt_object *)arg, o) < 0 ? -1 : 0;
}

MF(gc_get_objects)
{
    (void)self;
    rt_object *g;
    int64_t gen = -1;
    if (one_optional("get_objects", "generation", args, nargs, kwnames, &g) < 0)
        return NULL;
    /* Argument Clinic's optional Py_ssize_t converter: its own message for a
     * non-integer, as CPython's _Py_convert_optional_to_ssize_t */
    if (g && g != RT_NONE && !(RT_TYPE(g)->as_number && RT_TYPE(g)->as_number->index))
        return rt_err_format(&rt_exc_TypeError, "argument should be integer or None, not '%s'",
                             rt_type_name(g));
    if (g && g != RT_NONE && (gen = rt_number_as_ssize(g)) == -1 && rt_err_occurred())
        return NULL;
    if (gen >= GC_GENERATIONS)
        return rt_err_format(&rt_exc_ValueError,
                             "generation parameter must be less than the number of available generations (%d)",
                             GC_GENERATIONS);
    if (gen < -1)
        return rt_err_set_string(&rt_exc_ValueError, "generation parameter cannot be negative");
    rt_object *l = rt_list_new(0);
    if (!l)
        return NULL;
    if (gc_active()->for_each_object((int)gen, append_object, l) < 0) {
        RT_DECREF(l);
        return NULL;
    }
    return l;
}

MF(gc_get_referents_f)
{
    (void)self;
    if (nkw(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "get_referents() takes no keyword arguments");
    return gc_get_referents(args, nargs);
}

MF(gc_get_referrers_f)
{
    (void)self;
    if (nkw(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "get_referrers() takes no keyword arguments");
    return gc_get_referrers(args, nargs);
}

/* ---- debugging -------------------------------------------------------------- */

MF(gc_set_debug)
{
    (void)self;
    rt_object *o = one_arg("set_debug", args, nargs, kwnames);
    int64_t flags;
    if (!o || int_arg(o, &flags) < 0)
        return NULL;
    if (gc_active()->set_debug)
        gc_active()->set_debug((int)flags);
    else
        own_debug = (int)flags;
    return rt_none_new();
}

MF(gc_get_debug)
{
    UNUSED_ARGS;
    if (no_args("get_debug", nargs, kwnames) < 0)
        return NULL;
    return rt_int_from_i64(gc_active()->get_debug ? gc_active()->get_debug() : own_debug);
}

/* ---- gc.callbacks ------------------------------------------------------------- */

/* The hook the collector calls around every collection. */
static void run_callbacks(const char *phase, const gc_callback_info *info, void *arg)
{
    (void)arg;
    if (!callbacks || RT_SIZE(callbacks) == 0)
        return;
    rt_object *saved = rt_err_fetch();
    rt_object *ph = rt_str_from_cstr(phase);
    rt_object *d = rt_dict_new();
    if (!ph || !d || set_int(d, "generation", (uint64_t)info->generation) < 0
        || set_int(d, "collected", (uint64_t)info->collected) < 0
        || set_int(d, "uncollectable", (uint64_t)info->uncollectable) < 0) {
        rt_err_clear();   /* no memory for the info: callbacks are skipped this time */
    } else {
        /* The list may change while callbacks run (one may remove itself):
         * re-read its size each time and hold each callback while it runs. */
        rt_object *cbl = rt_newref(callbacks);
        for (intptr_t i = 0; i < RT_SIZE(cbl); i++) {
            rt_object *cb = rt_newref(RT_LIST_GET_ITEM(cbl, i));
            rt_object *argv[2] = { ph, d };
            rt_object *r = vm_call(cb, argv, 2, NULL);
            if (r)
                RT_DECREF(r);
            else
                rt_write_unraisable(NULL, cb);
            RT_DECREF(cb);
        }
        RT_DECREF(cbl);
    }
    RT_XDECREF(ph);
    RT_XDECREF(d);
    rt_err_restore(saved);
}

/* ---- set-up ---------------------------------------------------------------------- */

RT_NOSCAN static rt_method_def gc_defs[] = {
    { "collect", gc_collect, RT_METH_FASTCALL, NULL },
    { "enable", gc_enable_f, RT_METH_FASTCALL, NULL },
    { "disable", gc_disable_f, RT_METH_FASTCALL, NULL },
    { "isenabled", gc_isenabled, RT_METH_FASTCALL, NULL },
    { "get_count", gc_get_count, RT_METH_FASTCALL, NULL },
    { "get_threshold", gc_get_threshold, RT_METH_FASTCALL, NULL },
    { "set_threshold", gc_set_threshold, RT_METH_VARARGS, NULL },
    { "freeze", gc_freeze_f, RT_METH_FASTCALL, NULL },
    { "unfreeze", gc_unfreeze_f, RT_METH_FASTCALL, NULL },
    { "get_freeze_count", gc_get_freeze_count, RT_METH_FASTCALL, NULL },
    { "get_stats", gc_get_stats, RT_METH_FASTCALL, NULL },
    { "is_tracked", gc_is_tracked, RT_METH_FASTCALL, NULL },
    { "is_finalized", gc_is_finalized, RT_METH_FASTCALL, NULL },
    { "get_objects", gc_get_objects, RT_METH_FASTCALL, NULL },
    { "get_referents", gc_get_referents_f, RT_METH_VARARGS, NULL },
    { "get_referrers", gc_get_referrers_f, RT_METH_VARARGS, NULL },
    { "set_debug", gc_set_debug, RT_METH_FASTCALL, NULL },
    { "get_debug", gc_get_debug, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static const struct { const char *name; int value; } debug_flags[] = {
    { "DEBUG_STATS", GC_DEBUG_STATS },
    { "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE },
    { "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE },
    { "DEBUG_SAVEALL", GC_DEBUG_SAVEALL },
    { "DEBUG_LEAK", GC_DEBUG_LEAK },
};

int vm_mod_gc_init(void)
{
    rt_object *m = vm_add_builtin_module("gc", gc_defs);
    if (!m)
        return -1;
    rt_object *d = ((vm_module *)m)->dict;
    for (size_t i = 0; i < sizeof debug_flags / sizeof debug_flags[0]; i++)
        if (set_int(d, debug_flags[i].name, (uint64_t)debug_flags[i].value) < 0)
            return -1;
    RT_SETREF(callbacks, rt_list_new(0));
    rt_object *garbage = NULL;
    if (gc_active()->garbage) {
        garbage = gc_active()->garbage();
    } else {
        RT_SETREF(own_garbage, rt_list_new(0));
        garbage = own_garbage;
    }
    if (!callbacks || !garbage || rt_dict_setitem_str(d, "callbacks", callbacks) < 0
        || rt_dict_setitem_str(d, "garbage", garbage) < 0)
        return -1;
    own_debug = 0;
    gc_set_callback_hook(run_callbacks, NULL);
    return 0;
}

void vm_mod_gc_fini(void)
{
    gc_set_callback_hook(NULL, NULL);
    RT_CLEAR(callbacks);
    RT_CLEAR(own_garbage);
}

/*
 * gcmodule.c -- the `gc` and `weakref` modules.
 *
 * gc binds the Python API to the active collector's interface
 * (collectors/collector.h): collect, counts, thresholds, freeze, object
 * walks.  `gc.callbacks` and `gc.garbage` are plain lists the program can
 * use; a collector that reports collections to callbacks reads them
 * through gc_module_callbacks() (none does yet).
 *
 * weakref: `ref` and `getweakrefcount` come from the runtime (weakref.c);
 * finalize, WeakValueDictionary and WeakKeyDictionary are written in the
 * subset itself (WEAKREF_PY below) on top of ref callbacks, compiled when
 * the module is first imported.  Live finalizers run at exit, newest
 * first (vm_weakref_atexit).
 */
#include <string.h>
#include "eval.h"
#include "compile.h"
#include "../collectors/collector.h"
#include "../runtime/error.h"
#include "../runtime/gchead.h"
#include "../runtime/str.h"
#include "../runtime/int.h"
#include "../runtime/tuple.h"
#include "../runtime/list.h"
#include "../runtime/dict.h"
#include "../runtime/weakref.h"

/* The gen collector's branch extends collector.h with the gc module's
 * machinery (callback hook, gc.garbage, debug flags, referents); use it
 * when it is in the tree.  Its private header is the sign. */
#if defined(__has_include)
#if __has_include("../collectors/gen_internal.h")
#define GCM_HAVE_GEN_API 1
#endif
#endif

/* Static type objects are instances of a GC type (type) without a gc
 * head: only heap types and real containers have one. */
static bool has_gchead(rt_object *o)
{
    if (!rt_is_gc(o))
        return false;
    if (RT_TYPE(o)->flags & RT_TPFLAGS_TYPE_SUBCLASS)
        return (((rt_type *)o)->flags & RT_TPFLAGS_HEAPTYPE) != 0;
    return true;
}

#define MF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                        rt_object *kwnames)
#define NOSELF (void)self; (void)kwnames

static int debug_flags;   /* gc.set_debug without the gen collector */
#define GCM_DEBUG_SAVEALL 32   /* CPython's value */

static const gc_collector *active(void)
{
    const gc_collector *c = gc_active();
    if (!c)
        rt_err_set_string(&rt_exc_RuntimeError, "no collector is installed");
    return c;
}

MF(gcm_collect)
{
    NOSELF;
    int gen = GC_GENERATIONS - 1;
    rt_object *g = nargs >= 1 ? args[0] : kwnames && RT_SIZE(kwnames) ? args[nargs] : NULL;
    if (g) {
        int64_t v = rt_int_as_i64(g);
        if (v == -1 && rt_err_occurred())
            return NULL;
        if (v < 0 || v >= GC_GENERATIONS)
            return rt_err_set_string(&rt_exc_ValueError, "invalid generation");
        gen = (int)v;
    }
    const gc_collector *c = active();
    if (!c)
        return NULL;
    intptr_t n = c->collect(gen);
    return n < 0 ? NULL : rt_int_from_i64(n);
}

MF(gcm_enable) { NOSELF; (void)args; (void)nargs; rt_gc.enabled = true; return rt_none_new(); }
MF(gcm_disable) { NOSELF; (void)args; (void)nargs; rt_gc.enabled = false; return rt_none_new(); }
MF(gcm_isenabled) { NOSELF; (void)args; (void)nargs; return rt_bool_from(rt_gc.enabled); }

static rt_object *triple(const intptr_t v[GC_GENERATIONS])
{
    rt_object *a = rt_int_from_i64(v[0]), *b = rt_int_from_i64(v[1]), *c = rt_int_from_i64(v[2]);
    rt_object *t = a && b && c ? rt_tuple_pack(3, a, b, c) : NULL;
    RT_XDECREF(a);
    RT_XDECREF(b);
    RT_XDECREF(c);
    return t;
}

MF(gcm_get_count)
{
    NOSELF; (void)args; (void)nargs;
    const gc_collector *c = active();
    if (!c)
        return NULL;
    intptr_t v[GC_GENERATIONS] = { 0 };
    c->get_count(v);
    return triple(v);
}

MF(gcm_get_threshold)
{
    NOSELF; (void)args; (void)nargs;
    const gc_collector *c = active();
    if (!c)
        return NULL;
    intptr_t v[GC_GENERATIONS] = { 0 };
    c->get_threshold(v);
    return triple(v);
}

MF(gcm_set_threshold)
{
    NOSELF;
    if (nargs < 1 || nargs > GC_GENERATIONS)
        return rt_err_format(&rt_exc_TypeError, "set_threshold() takes 1 to 3 arguments (%ld given)", (long)nargs);
    intptr_t v[GC_GENERATIONS];
    for (intptr_t i = 0; i < nargs; i++) {
        int64_t x = rt_int_as_i64(args[i]);
        if (x == -1 && rt_err_occurred())
            return NULL;
        v[i] = (intptr_t)x;
    }
    const gc_collector *c = active();
    if (!c || c->set_threshold(v, (int)nargs) < 0)
        return NULL;
    return rt_none_new();
}

MF(gcm_freeze) { NOSELF; (void)args; (void)nargs; const gc_collector *c = active(); if (!c) return NULL; c->freeze(); return rt_none_new(); }
MF(gcm_unfreeze) { NOSELF; (void)args; (void)nargs; const gc_collector *c = active(); if (!c) return NULL; c->unfreeze(); return rt_none_new(); }

MF(gcm_get_freeze_count)
{
    NOSELF; (void)args; (void)nargs;
    const gc_collector *c = active();
    return c ? rt_int_from_i64(c->freeze_count()) : NULL;
}

MF(gcm_get_stats)
{
    NOSELF; (void)args; (void)nargs;
    const gc_collector *c = active();
    if (!c)
        return NULL;
    gc_stats s;
    memset(&s, 0, sizeof s);
    c->get_stats(&s);
    rt_object *l = rt_list_new(0);
    if (!l)
        return NULL;
    for (int g = 0; g < GC_GENERATIONS; g++) {
        rt_object *d = rt_dict_new();
        rt_object *a = rt_int_from_i64((int64_t)s.collections[g]);
        rt_object *b = rt_int_from_i64((int64_t)s.collected[g]);
        rt_object *u = rt_int_from_i64((int64_t)s.uncollectable[g]);
        int bad = !d || !a || !b || !u || rt_dict_setitem_str(d, "collections", a) < 0
                  || rt_dict_setitem_str(d, "collected", b) < 0
                  || rt_dict_setitem_str(d, "uncollectable", u) < 0 || rt_list_append(l, d) < 0;
        RT_XDECREF(d);
        RT_XDECREF(a);
        RT_XDECREF(b);
        RT_XDECREF(u);
        if (bad) {
            rt_decref(l);
            return NULL;
        }
    }
    return l;
}

MF(gcm_is_tracked)
{
    NOSELF;
    if (nargs != 1)
        return rt_err_set_string(&rt_exc_TypeError, "is_tracked() takes exactly one argument");
    return rt_bool_from(has_gchead(args[0]) && rt_gc_is_tracked(args[0]));
}

MF(gcm_is_finalized)
{
    NOSELF;
    if (nargs != 1)
        return rt_err_set_string(&rt_exc_TypeError, "is_finalized() takes exactly one argument");
    return rt_bool_from(has_gchead(args[0]) && rt_gc_is_finalized(args[0]));
}

static int append_obj(rt_object *o, void *arg)
{
    return rt_list_append((rt_object *)arg, o) < 0 ? -1 : 0;
}

MF(gcm_get_objects)
{
    NOSELF;
    int gen = -1;
    rt_object *g = nargs >= 1 ? args[0] : kwnames && RT_SIZE(kwnames) ? args[nargs] : NULL;
    if (g && g != RT_NONE) {
        int64_t v = rt_int_as_i64(g);
        if (v == -1 && rt_err_occurred())
            return NULL;
        if (v < 0 || v >= GC_GENERATIONS)
            return rt_err_format(&rt_exc_ValueError, "generation parameter must be less than the number of available generations (%i)", GC_GENERATIONS);
        gen = (int)v;
    }
    const gc_collector *c = active();
    rt_object *l = c ? rt_list_new(0) : NULL;
    if (!l)
        return NULL;
    if (c->for_each_object(gen, append_obj, l) < 0) {
        rt_decref(l);
        return NULL;
    }
    /* the list itself is a new container, not reported */
    return l;
}

static int visit_append(rt_object *child, void *arg)
{
    return rt_list_append((rt_object *)arg, child) < 0 ? -1 : 0;
}

MF(gcm_get_referents)
{
    NOSELF;
    rt_object *l = rt_list_new(0);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        rt_type *t = RT_TYPE(args[i]);
        if (has_gchead(args[i]) && t->traverse && t->traverse(args[i], visit_append, l) < 0) {
            rt_decref(l);
            return NULL;
        }
    }
    return l;
}

typedef struct referrers_arg {
    rt_object *const *targets;
    intptr_t n;
    rt_object *out;
    rt_object *current;
    bool found;
} referrers_arg;

static int visit_find(rt_object *child, void *arg)
{
    referrers_arg *ra = arg;
    for (intptr_t i = 0; i < ra->n; i++)
        if (child == ra->targets[i])
            ra->found = true;
    return 0;
}

static int find_referrer(rt_object *o, void *arg)
{
    referrers_arg *ra = arg;
    if (o == ra->out)
        return 0;
    ra->found = false;
    if (has_gchead(o) && RT_TYPE(o)->traverse)
        RT_TYPE(o)->traverse(o, visit_find, ra);
    if (ra->found && rt_list_append(ra->out, o) < 0)
        return -1;
    return 0;
}

MF(gcm_get_referrers)
{
    NOSELF;
    const gc_collector *c = active();
    rt_object *l = c ? rt_list_new(0) : NULL;
    if (!l)
        return NULL;
    referrers_arg ra = { args, nargs, l, NULL, false };
    if (c->for_each_object(-1, find_referrer, &ra) < 0) {
        rt_decref(l);
        return NULL;
    }
    return l;
}

MF(gcm_set_debug)
{
    NOSELF;
    if (nargs != 1)
        return rt_err_set_string(&rt_exc_TypeError, "set_debug() takes exactly one argument");
    int64_t v = rt_int_as_i64(args[0]);
    if (v == -1 && rt_err_occurred())
        return NULL;
    debug_flags = (int)v;
#ifdef GCM_HAVE_GEN_API
    gc_gen_set_debug((int)v);
#endif
    return rt_none_new();
}

MF(gcm_get_debug)
{
    NOSELF; (void)args; (void)nargs;
#ifdef GCM_HAVE_GEN_API
    if (gc_active() == &gc_gen_collector)
        return rt_int_from_i64(gc_gen_get_debug());
#endif
    return rt_int_from_i64(debug_flags);
}

static rt_method_def gc_defs[] = {
    { "collect", gcm_collect, RT_METH_FASTCALL, NULL },
    { "enable", gcm_enable, RT_METH_FASTCALL, NULL },
    { "disable", gcm_disable, RT_METH_FASTCALL, NULL },
    { "isenabled", gcm_isenabled, RT_METH_FASTCALL, NULL },
    { "get_count", gcm_get_count, RT_METH_FASTCALL, NULL },
    { "get_threshold", gcm_get_threshold, RT_METH_FASTCALL, NULL },
    { "set_threshold", gcm_set_threshold, RT_METH_FASTCALL, NULL },
    { "freeze", gcm_freeze, RT_METH_FASTCALL, NULL },
    { "unfreeze", gcm_unfreeze, RT_METH_FASTCALL, NULL },
    { "get_freeze_count", gcm_get_freeze_count, RT_METH_FASTCALL, NULL },
    { "get_stats", gcm_get_stats, RT_METH_FASTCALL, NULL },
    { "is_tracked", gcm_is_tracked, RT_METH_FASTCALL, NULL },
    { "is_finalized", gcm_is_finalized, RT_METH_FASTCALL, NULL },
    { "get_objects", gcm_get_objects, RT_METH_FASTCALL, NULL },
    { "get_referents", gcm_get_referents, RT_METH_FASTCALL, NULL },
    { "get_referrers", gcm_get_referrers, RT_METH_FASTCALL, NULL },
    { "set_debug", gcm_set_debug, RT_METH_FASTCALL, NULL },
    { "get_debug", gcm_get_debug, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_object *gc_callbacks_list, *gc_garbage_list;

#ifdef GCM_HAVE_GEN_API
/* The collector's "start"/"stop" report: call every gc.callbacks entry
 * with (phase, {"generation", "collected", "uncollectable"}).  Runs inside
 * a collection: the current exception is saved, and errors are reported
 * as unraisable, as CPython does. */
static void callbacks_hook(const char *phase, const gc_callback_info *info, void *arg)
{
    (void)arg;
    if (!gc_callbacks_list || RT_SIZE(gc_callbacks_list) == 0)
        return;
    rt_object *saved = rt_err_fetch();
    rt_object *cbs = rt_list_getslice(gc_callbacks_list, 0, RT_SIZE(gc_callbacks_list));
    rt_object *ph = rt_str_from_cstr(phase);
    rt_object *d = rt_dict_new();
    rt_object *g = rt_int_from_i64(info->generation);
    rt_object *c = rt_int_from_i64(info->collected);
    rt_object *u = rt_int_from_i64(info->uncollectable);
    if (cbs && ph && d && g && c && u && rt_dict_setitem_str(d, "generation", g) == 0
        && rt_dict_setitem_str(d, "collected", c) == 0 && rt_dict_setitem_str(d, "uncollectable", u) == 0) {
        for (intptr_t i = 0; i < RT_SIZE(cbs); i++) {
            rt_object *args[2] = { ph, d };
            rt_object *r = vm_call(RT_LIST_GET_ITEM(cbs, i), args, 2, NULL);
            if (r) {
                rt_decref(r);
                continue;
            }
            rt_object *exc = rt_err_fetch();
            fflush(vm.out);
            fprintf(stderr, "Exception ignored in garbage collector callback\n");
            if (exc)
                vm_print_exception(exc, stderr);
            RT_XDECREF(exc);
        }
    }
    rt_err_clear();
    RT_XDECREF(cbs);
    RT_XDECREF(ph);
    RT_XDECREF(d);
    RT_XDECREF(g);
    RT_XDECREF(c);
    RT_XDECREF(u);
    rt_err_restore(saved);
}
#endif

rt_object *gc_module_callbacks(void) { return gc_callbacks_list; }
rt_object *gc_module_garbage(void) { return gc_garbage_list; }
bool gc_module_saveall(void) { return (debug_flags & GCM_DEBUG_SAVEALL) != 0; }

/* ---- weakref ------------------------------------------------------------------ */

MF(wr_getweakrefcount)
{
    NOSELF;
    if (nargs != 1)
        return rt_err_set_string(&rt_exc_TypeError, "getweakrefcount() takes exactly one argument");
    return rt_int_from_i64(rt_weakref_count(args[0]));
}

static rt_method_def weakref_defs[] = {
    { "getweakrefcount", wr_getweakrefcount, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* The parts of weakref written in the subset. */
static const char WEAKREF_PY[] =
    "_registry = []\n"
    "class finalize:\n"
    "    def __init__(self, obj, func, *args):\n"
    "        self._func = func\n"
    "        self._args = args\n"
    "        self._obj_ref = ref(obj, self._on_death)\n"
    "        _registry.append(self)\n"
    "    def _on_death(self, r):\n"
    "        self()\n"
    "    def __call__(self):\n"
    "        if self._func is None:\n"
    "            return None\n"
    "        func = self._func\n"
    "        args = self._args\n"
    "        self._func = None\n"
    "        self._args = None\n"
    "        _forget(self)\n"
    "        return func(*args)\n"
    "    def detach(self):\n"
    "        obj = self._obj_ref()\n"
    "        if self._func is None or obj is None:\n"
    "            return None\n"
    "        info = (obj, self._func, self._args)\n"
    "        self._func = None\n"
    "        self._args = None\n"
    "        _forget(self)\n"
    "        return info\n"
    "    def peek(self):\n"
    "        obj = self._obj_ref()\n"
    "        if self._func is None or obj is None:\n"
    "            return None\n"
    "        return (obj, self._func, self._args)\n"
    "    @property_alive\n"
    "    def alive(self):\n"
    "        return self._func is not None\n"
    "def _forget(f):\n"
    "    for i in range(len(_registry)):\n"
    "        if _registry[i] is f:\n"
    "            del _registry[i]\n"
    "            return\n"
    "def _run_atexit():\n"
    "    while _registry:\n"
    "        f = _registry.pop()\n"
    "        if f._func is not None and f._obj_ref() is not None:\n"
    "            f()\n"
    "class WeakValueDictionary:\n"
    "    def __init__(self):\n"
    "        self._data = {}\n"
    "    def _remover(self, key):\n"
    "        data = self._data\n"
    "        def remove(r):\n"
    "            if data.get(key) is r:\n"
    "                del data[key]\n"
    "        return remove\n"
    "    def __setitem__(self, key, value):\n"
    "        self._data[key] = ref(value, self._remover(key))\n"
    "    def __getitem__(self, key):\n"
    "        o = self._data[key]()\n"
    "        if o is None:\n"
    "            raise KeyError(key)\n"
    "        return o\n"
    "    def __delitem__(self, key):\n"
    "        del self._data[key]\n"
    "    def __contains__(self, key):\n"
    "        r = self._data.get(key)\n"
    "        return r is not None and r() is not None\n"
    "    def __len__(self):\n"
    "        return len([k for k, r in self._data.items() if r() is not None])\n"
    "    def get(self, key, default=None):\n"
    "        r = self._data.get(key)\n"
    "        if r is None:\n"
    "            return default\n"
    "        o = r()\n"
    "        return default if o is None else o\n"
    "    def keys(self):\n"
    "        return [k for k, r in self._data.items() if r() is not None]\n"
    "    def values(self):\n"
    "        return [o for o in [r() for r in self._data.values()] if o is not None]\n"
    "    def items(self):\n"
    "        return [(k, r()) for k, r in self._data.items() if r() is not None]\n"
    "    def __iter__(self):\n"
    "        return iter(self.keys())\n"
    "class WeakKeyDictionary:\n"
    "    def __init__(self):\n"
    "        self._data = {}\n"
    "    def _remover(self, k):\n"
    "        data = self._data\n"
    "        def remove(r):\n"
    "            if k in data:\n"
    "                del data[k]\n"
    "        return remove\n"
    "    def __setitem__(self, key, value):\n"
    "        k = id(key)\n"
    "        if k not in self._data:\n"
    "            self._data[k] = (ref(key, self._remover(k)), value)\n"
    "        else:\n"
    "            self._data[k] = (self._data[k][0], value)\n"
    "    def __getitem__(self, key):\n"
    "        e = self._data.get(id(key))\n"
    "        if e is None or e[0]() is not key:\n"
    "            raise KeyError(key)\n"
    "        return e[1]\n"
    "    def __delitem__(self, key):\n"
    "        e = self._data.get(id(key))\n"
    "        if e is None or e[0]() is not key:\n"
    "            raise KeyError(key)\n"
    "        del self._data[id(key)]\n"
    "    def __contains__(self, key):\n"
    "        e = self._data.get(id(key))\n"
    "        return e is not None and e[0]() is key\n"
    "    def __len__(self):\n"
    "        return len([e for e in self._data.values() if e[0]() is not None])\n"
    "    def get(self, key, default=None):\n"
    "        e = self._data.get(id(key))\n"
    "        if e is None or e[0]() is not key:\n"
    "            return default\n"
    "        return e[1]\n"
    "    def keys(self):\n"
    "        return [o for o in [e[0]() for e in self._data.values()] if o is not None]\n"
    "    def values(self):\n"
    "        return [e[1] for e in self._data.values() if e[0]() is not None]\n"
    "    def items(self):\n"
    "        return [(e[0](), e[1]) for e in self._data.values() if e[0]() is not None]\n"
    "    def __iter__(self):\n"
    "        return iter(self.keys())\n";

/* `alive` is a read-only computed attribute: a tiny property-like
 * descriptor, since the subset has no `property`. */
typedef struct vm_prop {
    RT_OBJECT_HEAD
    rt_object *fget;
} vm_prop;

static void prop_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_XDECREF(((vm_prop *)o)->fget);
    rt_object_free(o);
}

static int prop_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((vm_prop *)o)->fget);
    return 0;
}

static int prop_clear(rt_object *o)
{
    RT_CLEAR(((vm_prop *)o)->fget);
    return 0;
}

static rt_object *prop_get(rt_object *d, rt_object *obj, rt_object *type)
{
    (void)type;
    if (!obj)
        return rt_newref(d);
    return vm_call(((vm_prop *)d)->fget, &obj, 1, NULL);
}

static int prop_set(rt_object *d, rt_object *obj, rt_object *value)
{
    (void)d; (void)obj; (void)value;
    rt_err_set_string(&rt_exc_AttributeError, "can't set attribute");
    return -1;
}

static rt_object *prop_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)kwargs;
    if (RT_SIZE(args) != 1)
        return rt_err_set_string(&rt_exc_TypeError, "property expects one function");
    vm_prop *p = (vm_prop *)rt_object_new(t);
    if (!p)
        return NULL;
    p->fget = rt_newref(RT_TUPLE_GET_ITEM(args, 0));
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

rt_type vm_property_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "property",
    .basicsize = sizeof(vm_prop),
    .flags = RT_TPFLAGS_GC,
    .dealloc = prop_dealloc,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .new_ = prop_new,
};

static int setup_weakref(rt_object *m)
{
    rt_object *d = ((vm_module *)m)->dict;
    if (rt_dict_setitem_str(d, "ref", RT_OBJ(&rt_weakref_type)) < 0
        || rt_dict_setitem_str(d, "ReferenceType", RT_OBJ(&rt_weakref_type)) < 0
        || rt_dict_setitem_str(d, "property_alive", RT_OBJ(&vm_property_type)) < 0)
        return -1;
    vm_syntax_error err;
    rt_object *code = vm_compile_source(WEAKREF_PY, sizeof WEAKREF_PY - 1, "<weakref>", &err);
    if (!code) {
        if (err.kind != VM_SYNERR_NONE)
            vm_syntax_error_raise(&err);
        return -1;
    }
    rt_object *r = vm_eval_code(code, d, d);
    rt_decref(code);
    if (!r)
        return -1;
    rt_decref(r);
    return rt_dict_delitem_str(d, "property_alive");
}

static int add_module(const char *name, rt_method_def *defs, rt_object **out)
{
    rt_object *m = vm_module_new(name, NULL);
    if (!m)
        return -1;
    for (rt_method_def *def = defs; def->name; def++) {
        rt_object *f = rt_cfunction_new(def, NULL);
        if (!f || rt_dict_setitem_str(((vm_module *)m)->dict, def->name, f) < 0) {
            RT_XDECREF(f);
            rt_decref(m);
            return -1;
        }
        rt_decref(f);
    }
    *out = m;
    return 0;
}

/* Called by vm_import for the names it does not find in sys.modules:
 * builds gc or weakref on first import.  NULL without exception if name
 * is neither. */
rt_object *vm_builtin_module(rt_object *name)
{
    rt_object *m = NULL;
    if (rt_str_eq_cstr(name, "gc")) {
        if (add_module("gc", gc_defs, &m) < 0)
            return NULL;
        rt_object *d = ((vm_module *)m)->dict;
        if (!gc_callbacks_list)
            gc_callbacks_list = rt_list_new(0);
        if (!gc_garbage_list) {
#ifdef GCM_HAVE_GEN_API
            /* under gen, gc.garbage is the collector's own list */
            rt_object *gl = gc_active() == &gc_gen_collector ? gc_gen_garbage() : NULL;
            gc_garbage_list = gl ? rt_newref(gl) : rt_list_new(0);
            gc_set_callback_hook(callbacks_hook, NULL);
#else
            gc_garbage_list = rt_list_new(0);
#endif
        }
        rt_object *sa = rt_int_from_i64(GCM_DEBUG_SAVEALL);
        if (!gc_callbacks_list || !gc_garbage_list || !sa
            || rt_dict_setitem_str(d, "callbacks", gc_callbacks_list) < 0
            || rt_dict_setitem_str(d, "garbage", gc_garbage_list) < 0
            || rt_dict_setitem_str(d, "DEBUG_SAVEALL", sa) < 0) {
            RT_XDECREF(sa);
            rt_decref(m);
            return NULL;
        }
        rt_decref(sa);
    } else if (rt_str_eq_cstr(name, "weakref")) {
        if (add_module("weakref", weakref_defs, &m) < 0)
            return NULL;
        if (rt_dict_setitem(vm.modules, name, m) < 0 || setup_weakref(m) < 0) {
            rt_object *exc = rt_err_fetch();
            if (rt_dict_delitem(vm.modules, name) < 0)
                rt_err_clear();
            rt_err_restore(exc);
            rt_decref(m);
            return NULL;
        }
        return m;
    } else {
        return NULL;
    }
    if (rt_dict_setitem(vm.modules, name, m) < 0) {
        rt_decref(m);
        return NULL;
    }
    return m;
}

/* Run the live weakref.finalize objects, newest first (at exit). */
void vm_weakref_atexit(void)
{
    rt_object *m = vm.modules ? rt_dict_getitem_str(vm.modules, "weakref") : NULL;
    if (!m || RT_TYPE(m) != &vm_module_type)
        return;
    rt_object *f = rt_dict_getitem_str(((vm_module *)m)->dict, "_run_atexit");
    if (!f)
        return;
    rt_object *r = vm_call(f, NULL, 0, NULL);
    if (!r) {
        rt_object *exc = rt_err_fetch();
        fflush(vm.out);
        if (exc)
            vm_print_exception(exc, stderr);
        RT_XDECREF(exc);
    } else {
        rt_decref(r);
    }
}

void vm_gcmodule_fini(void)
{
#ifdef GCM_HAVE_GEN_API
    gc_set_callback_hook(NULL, NULL);
#endif
    RT_CLEAR(gc_callbacks_list);
    RT_CLEAR(gc_garbage_list);
}

int vm_gcmodule_init(void)
{
    return rt_type_ready(&vm_property_type);
}

/*
 * mod_weakref.c -- the built-in `weakref` module: ref (the runtime's
 * weakref type itself, runtime/weakref.c), getweakrefcount, finalize,
 * proxy (mod_weakref_proxy.c), WeakValueDictionary, WeakKeyDictionary
 * and WeakSet, written in C.
 *
 * finalize (CPython's Lib/weakref.py design):
 *   - a live finalizer is a key of `registry` (a dict, creation order),
 *     which owns it: a finalizer the program drops still fires;
 *   - it holds a weakref to its object whose callback is the finalizer
 *     itself, so the object's death calls it; calling it (by anyone) first
 *     takes it out of the registry and drops every field, so it runs at most
 *     once and the finalizer <-> weakref cycle is broken by the call;
 *   - at exit (vm_mod_weakref_atexit, registered with atexit by the first
 *     finalize() as Lib/weakref.py does, and the module's exit hook) the
 *     live ones with atexit true run newest first; after that none runs
 *     any more.
 *
 * Weak dictionaries: `data` is an ordinary dict (WVD: key -> KeyedRef to
 * the value; WKD: weakref to the key -> value).  Each weakref's callback
 * (the dictionary's one `remover`) removes its entry: a WVD's finds the key
 * in the KeyedRef's `key` slot, as CPython's Lib/weakref.py.  The callback reaches the container through a weakref too
 * (selfref), so entries never keep their dictionary alive.  While an
 * iterator over a weak dictionary is live (`iterating` > 0) callbacks only
 * append to `pending` -- deleting from `data` under an iterator would break
 * it -- and the removals are committed when the last iterator finishes or
 * before the next mutation (CPython's _IterationGuard/_pending_removals).
 * len() is len(data) - len(pending).
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/module.h"
#include "modules/modules.h"
#include "modules/mod_weakref.h"
#include "collectors/collector.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/weakref.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"

#define MF VM_MODFUNC

static intptr_t nkw(rt_object *kwnames) { return kwnames ? RT_SIZE(kwnames) : 0; }

int vm_weakref_check_args(const char *fname, intptr_t nargs, rt_object *kwnames, intptr_t lo, intptr_t hi)
{
    if (nkw(kwnames)) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs < lo || nargs > hi) {
        if (lo == hi && lo == 1)
            rt_err_format(&rt_exc_TypeError, "%s() takes exactly one argument (%ld given)", fname, (long)nargs);
        else if (lo == hi)
            rt_err_format(&rt_exc_TypeError, "%s() takes exactly %ld argument%s (%ld given)", fname, (long)lo,
                          lo == 1 ? "" : "s", (long)nargs);
        else
            rt_err_format(&rt_exc_TypeError, "%s expected %s %ld argument%s, got %ld", fname,
                          nargs < lo ? "at least" : "at most", (long)(nargs < lo ? lo : hi),
                          (nargs < lo ? lo : hi) == 1 ? "" : "s", (long)nargs);
        return -1;
    }
    return 0;
}

/* ==== finalize =================================================================== */

typedef struct finalizer {
    RT_OBJECT_HEAD
    rt_object *wr;        /* weakref to the object, callback = this finalizer; NULL once dead */
    rt_object *func;
    rt_object *args;      /* tuple */
    rt_object *kwargs;    /* dict or NULL */
    int64_t index;        /* creation order */
    bool atexit;
} finalizer;

static rt_type finalize_type;
static rt_object *registry;      /* dict: live finalizer -> None */
static int64_t next_index;
static bool registry_dirty;      /* a finalizer was created since the exit pass selected */
static bool shut_down;           /* the exit pass has run: finalizers no longer call */

static int registered(rt_object *f)
{
    return registry ? rt_dict_contains(registry, f) : 0;
}

static void finalizer_drop_fields(finalizer *f)
{
    RT_CLEAR(f->wr);
    RT_CLEAR(f->func);
    RT_CLEAR(f->args);
    RT_CLEAR(f->kwargs);
}

static rt_object *finalize_exitfunc(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    vm_mod_weakref_atexit();
    return rt_newref(RT_NONE);
}

static rt_method_def exitfunc_def = { "_exitfunc", finalize_exitfunc, RT_METH_FASTCALL, NULL };
static bool registered_with_atexit;

static rt_object *finalize_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    intptr_t n = RT_SIZE(args);
    if (n < 2) {
        if (n == 0)
            return rt_err_set_string(&rt_exc_TypeError,
                                     "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'");
        return rt_err_set_string(&rt_exc_TypeError,
                                 "finalize.__init__() missing 1 required positional argument: 'func'");
    }
    /* Lib/weakref.py registers the exit pass with atexit on the first
     * finalize(), which orders it among the program's atexit callbacks
     * (vm_mod_weakref_atexit, the module's exit hook, runs it anyway). */
    if (!registered_with_atexit) {
        if (mod_atexit_register_c(&exitfunc_def) < 0)
            return NULL;
        registered_with_atexit = true;
    }
    finalizer *f = (finalizer *)rt_object_new(&finalize_type);
    if (!f)
        return NULL;
    f->atexit = true;
    f->func = rt_newref(RT_TUPLE_GET_ITEM(args, 1));
    f->args = rt_tuple_from_array(RT_TUPLE_ITEMS(args) + 2, n - 2);
    if (f->args && kwargs && rt_dict_size(kwargs) > 0)
        f->kwargs = rt_dict_copy(kwargs);
    rt_gc_track(RT_OBJ(f));
    if (!f->args || (kwargs && rt_dict_size(kwargs) > 0 && !f->kwargs)) {
        RT_DECREF(f);
        return NULL;
    }
    f->wr = rt_weakref_new(RT_TUPLE_GET_ITEM(args, 0), RT_OBJ(f));
    /* after the exit run (no registry) a new finalizer never runs */
    if (!f->wr || (registry && rt_dict_setitem(registry, RT_OBJ(f), RT_NONE) < 0)) {
        finalizer_drop_fields(f);
        RT_DECREF(f);
        return NULL;
    }
    f->index = next_index++;
    registry_dirty = true;
    return RT_OBJ(f);
}

/* Take f out of the registry; 1 if it was there. */
static int unregister(rt_object *f)
{
    int r = registered(f);
    if (r > 0 && rt_dict_delitem(registry, f) < 0)
        return -1;
    return r;
}

/* f() or f(dead_weakref): run once, return func's result; None when dead. */
static rt_object *finalize_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    if (RT_SIZE(args) > 1 || (kwargs && rt_dict_size(kwargs) > 0))
        return rt_err_format(&rt_exc_TypeError, "finalize.__call__() takes from 1 to 2 positional arguments "
                                                "but %ld were given", (long)RT_SIZE(args) + 1);
    finalizer *f = (finalizer *)o;
    RT_INCREF(f);   /* the registry's reference may be the last one */
    int r = unregister(o);
    rt_object *result = NULL;
    if (r < 0)
        goto done;
    if (r == 0 || shut_down || !f->func) {
        finalizer_drop_fields(f);
        result = rt_none_new();
        goto done;
    }
    rt_object *func = f->func, *fargs = f->args, *fkw = f->kwargs;
    f->func = f->args = f->kwargs = NULL;
    RT_CLEAR(f->wr);
    result = rt_call(func, fargs, fkw);
    RT_DECREF(func);
    RT_DECREF(fargs);
    RT_XDECREF(fkw);
done:
    RT_DECREF(f);
    return result;
}

/* (obj, func, args, kwargs) while alive, else None. */
static rt_object *finalize_info(finalizer *f)
{
    int r = registered(RT_OBJ(f));
    if (r < 0)
        return NULL;
    rt_object *obj = r && f->wr ? rt_weakref_get(f->wr) : NULL;
    if (!obj)
        return rt_none_new();
    rt_object *kw = f->kwargs ? rt_dict_copy(f->kwargs) : rt_dict_new();
    if (!kw)
        return NULL;
    rt_object *t = rt_tuple_pack(4, obj, f->func, f->args, kw);
    RT_DECREF(kw);
    return t;
}

MF(finalize_peek)
{
    (void)args;
    if (vm_weakref_check_args("peek", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return finalize_info((finalizer *)self);
}

MF(finalize_detach)
{
    (void)args;
    if (vm_weakref_check_args("detach", nargs, kwnames, 0, 0) < 0)
        return NULL;
    finalizer *f = (finalizer *)self;
    rt_object *info = finalize_info(f);
    if (!info || info == RT_NONE)
        return info;
    if (unregister(self) < 0) {
        RT_DECREF(info);
        return NULL;
    }
    finalizer_drop_fields(f);
    return info;
}

static rt_object *finalize_get_alive(rt_object *o, void *c)
{
    (void)c;
    int r = registered(o);
    return r < 0 ? NULL : rt_bool_from(r > 0);
}

/* A dead finalizer's atexit reads False and ignores writes, as CPython's
 * (the flag lives in its registry entry, gone once it is dead). */
static rt_object *finalize_get_atexit(rt_object *o, void *c)
{
    (void)c;
    int r = registered(o);
    return r < 0 ? NULL : rt_bool_from(r > 0 && ((finalizer *)o)->atexit);
}

static int finalize_set_atexit(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    if (!v) {
        rt_err_set_string(&rt_exc_AttributeError, "can't delete attribute 'atexit'");
        return -1;
    }
    int r = registered(o);
    if (r <= 0)
        return r;
    int t = rt_is_true(v);
    if (t < 0)
        return -1;
    ((finalizer *)o)->atexit = t;
    return 0;
}

static rt_object *finalize_repr(rt_object *o)
{
    finalizer *f = (finalizer *)o;
    rt_object *obj = f->wr ? rt_weakref_get(f->wr) : NULL;
    if (!obj)
        return rt_str_from_format("<finalize object at %p; dead>", (void *)o);
    return rt_str_from_format("<finalize object at %p; for '%s' at %p>", (void *)o, obj->type->name,
                              (void *)obj);
}

static int finalize_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    finalizer *f = (finalizer *)o;
    RT_VISIT(f->wr);
    RT_VISIT(f->func);
    RT_VISIT(f->args);
    RT_VISIT(f->kwargs);
    return 0;
}

static int finalize_clear(rt_object *o)
{
    finalizer_drop_fields((finalizer *)o);
    return 0;
}

static void finalize_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    finalizer_drop_fields((finalizer *)o);
    rt_object_free(o);
}

RT_NOSCAN static rt_method_def finalize_methods[] = {
    { "peek", finalize_peek, RT_METH_FASTCALL, NULL },
    { "detach", finalize_detach, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_getset_def finalize_getsets[] = {
    { "alive", finalize_get_alive, NULL, NULL },
    { "atexit", finalize_get_atexit, finalize_set_atexit, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type finalize_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "finalize",
    .basicsize = sizeof(finalizer),
    .flags = RT_TPFLAGS_GC,
    .dealloc = finalize_dealloc,
    .traverse = finalize_traverse,
    .clear = finalize_clear,
    .repr = finalize_repr,
    .call = finalize_call,
    .methods = finalize_methods,
    .getsets = finalize_getsets,
    .new_ = finalize_new,
};

/* One pass over the live finalizers, newest first, calling those with
 * atexit set; stops early (returns 1) when one of them created a new
 * finalizer, so that the caller selects again and the new one is not
 * missed (CPython's _dirty flag). */
static int exit_pass(void)
{
    rt_object *keys = rt_dict_keys_list(registry);
    if (!keys) {
        rt_err_clear();
        return 0;
    }
    registry_dirty = false;
    int again = 0;
    for (intptr_t i = RT_SIZE(keys) - 1; i >= 0 && !again; i--) {
        rt_object *f = RT_LIST_GET_ITEM(keys, i);
        if (!((finalizer *)f)->atexit || registered(f) <= 0)
            continue;
        rt_object *args = rt_tuple_new(0);
        rt_object *r = args ? finalize_call(f, args, NULL) : NULL;
        RT_XDECREF(args);
        if (r)
            RT_DECREF(r);
        else
            rt_write_unraisable(NULL, NULL);   /* sys.excepthook: no "ignored" line */
        again = registry_dirty;
    }
    RT_DECREF(keys);
    return again;
}

void vm_mod_weakref_atexit(void)
{
    if (!registry || shut_down)
        return;
    rt_object *saved = rt_err_fetch();
    /* As CPython: no automatic collection while the exit finalizers run. */
    bool reenable = gc_is_enabled();
    if (reenable)
        gc_disable();
    while (rt_dict_size(registry) > 0 && exit_pass())
        ;
    shut_down = true;
    /* No finalizer runs any more: the registry becomes an ordinary value
     * of the module's namespace (CPython's finalize._registry), so that the
     * shutdown collection finds the functions and arguments of the ones
     * left, and the __main__ globals they reach, garbage with the modules. */
    rt_object *m = vm.modules ? rt_dict_getitem_str(vm.modules, "weakref") : NULL;
    if (m && RT_TYPE(m) == &vm_module_type
        && rt_dict_setitem_str(((vm_module *)m)->dict, "_registry", registry) == 0)
        RT_CLEAR(registry);
    rt_err_clear();
    if (reenable)
        gc_enable();
    fflush(vm.out);
    rt_err_restore(saved);
}

/* ==== weak dictionaries ============================================================ */

typedef struct weakdict {
    RT_OBJECT_HEAD
    rt_object *data;        /* dict */
    rt_object *selfref;     /* weakref to this dictionary, for the removal callbacks */
    rt_object *remover;     /* WKD: the callback of every key ref (bound to selfref) */
    rt_object *pending;     /* list of removals deferred while iterating, or NULL */
    intptr_t iterating;     /* live iterators */
    rt_object *weakreflist;
} weakdict;

static rt_type wvd_type, wkd_type, weakset_type, weakdict_iter_type;

/* weakref.KeyedRef: as CPython's, a class (a heap type: Lib/weakref.py
 * writes it in Python) over ReferenceType with one slot, `key`; made at
 * the module's import, its constructor C (KeyedRef(ob, callback, key)). */
static rt_type *keyedref_type;   /* owned */
static intptr_t keyedref_key_offset;

/* WeakSet is a WKD whose values are all None (CPython's keeps a set of
 * key refs; the removal and iteration guards are the same). */
static bool is_wkd(weakdict *d) { return RT_TYPE(d) == &wkd_type || RT_TYPE(d) == &weakset_type; }

/* Delete one entry whose weakref died: WVD, by key (only when the value
 * stored under it is still a dead ref: it may have been replaced); WKD, by
 * the dead key ref.  Missing entries are fine. */
static void remove_dead(weakdict *d, rt_object *k)
{
    rt_object *saved = rt_err_fetch();
    if (is_wkd(d)) {
        if (rt_dict_delitem(d->data, k) < 0)
            rt_err_clear();
    } else {
        rt_object *wr = rt_dict_getitem(d->data, k);
        if (wr && rt_weakref_check(wr) && !rt_weakref_get(wr) && rt_dict_delitem(d->data, k) < 0)
            rt_err_clear();
        rt_err_clear();
    }
    rt_err_restore(saved);
}

static void commit_removals(weakdict *d)
{
    if (d->iterating || !d->pending)
        return;
    rt_object *p = d->pending;
    d->pending = NULL;
    for (intptr_t i = 0; i < RT_SIZE(p); i++)
        remove_dead(d, RT_LIST_GET_ITEM(p, i));
    RT_DECREF(p);
}

/* The weakref callback.  self: the dictionary's selfref; args[0]: the dead
 * weakref (WKD: the key ref; WVD: a KeyedRef holding the key). */
MF(weakdict_remove)
{
    (void)kwnames;
    if (nargs != 1)
        return rt_err_set_string(&rt_exc_TypeError, "weak dictionary callback takes one argument");
    weakdict *d = (weakdict *)rt_weakref_get(self);
    if (!d)
        return rt_none_new();
    rt_object *k = args[0];
    if (!is_wkd(d)) {   /* the dead KeyedRef's key */
        if (RT_TYPE(k) != keyedref_type)
            return rt_err_set_string(&rt_exc_TypeError, "weak dictionary callback needs a KeyedRef");
        k = *(rt_object **)((char *)k + keyedref_key_offset);
        if (!k)
            return rt_none_new();
    }
    if (d->iterating) {
        if (!d->pending && !(d->pending = rt_list_new(0)))
            return NULL;
        if (rt_list_append(d->pending, k) < 0)
            return NULL;
    } else {
        RT_INCREF(d);
        remove_dead(d, k);
        RT_DECREF(d);
    }
    return rt_none_new();
}

static rt_method_def remove_def = { "_remove", weakdict_remove, RT_METH_FASTCALL, NULL };


static rt_object *keyedref_make(rt_type *t, rt_object *ob, rt_object *callback, rt_object *key)
{
    rt_object *r = rt_weakref_new_type(t, ob, callback);
    if (r)
        *(rt_object **)((char *)r + keyedref_key_offset) = rt_newref(key);
    return r;
}

static int keyedref_args(rt_object *args, rt_object *kwargs, const char *fname)
{
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_format(&rt_exc_TypeError, "KeyedRef.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (RT_SIZE(args) != 3) {
        rt_err_format(&rt_exc_TypeError, "KeyedRef.%s() takes 4 positional arguments but %ld were given", fname,
                      (long)RT_SIZE(args) + 1);
        return -1;
    }
    return 0;
}

static rt_object *keyedref_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (keyedref_args(args, kwargs, "__new__") < 0)
        return NULL;
    return keyedref_make(t, RT_TUPLE_GET_ITEM(args, 0), RT_TUPLE_GET_ITEM(args, 1), RT_TUPLE_GET_ITEM(args, 2));
}

static int keyedref_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    (void)self;
    return keyedref_args(args, kwargs, "__init__");
}

static int keyedref_ready(rt_object *modict)
{
    rt_object *dict = rt_dict_new(), *slots = NULL, *key = rt_str_intern_cstr("key");
    rt_object *doc = rt_str_from_cstr(
        "Specialized reference that includes a key corresponding to the value.\n\n"
        "    This is used in the WeakValueDictionary to avoid having to create\n"
        "    a function object for each key stored in the mapping.  A shared\n"
        "    callback object can use the 'key' attribute of a KeyedRef instead\n"
        "    of getting a reference to the key from an enclosing scope.\n\n    ");
    int r = dict && key && doc && (slots = rt_tuple_pack(1, key)) ? 0 : -1;
    if (r == 0)
        r = rt_dict_setitem_str(dict, "__module__", rt_str_intern_cstr("weakref"));
    if (r == 0)
        r = rt_dict_setitem_str(dict, "__doc__", doc);
    if (r == 0)
        r = rt_dict_setitem_str(dict, "__slots__", slots);
    RT_XDECREF(doc);
    rt_object *t = r == 0 ? rt_type_new_heap_slots("KeyedRef", &rt_weakref_type, dict, slots, false, false) : NULL;
    if (r < 0)
        RT_XDECREF(dict);
    RT_XDECREF(slots);
    if (!t)
        return -1;
    rt_type *owner;
    rt_object *m = rt_dict_getitem_str(((rt_type *)t)->dict, "key");
    keyedref_key_offset = m ? rt_member_info(m, &owner) : -1;
    ((rt_type *)t)->new_ = keyedref_new;
    ((rt_type *)t)->init = keyedref_init;
    rt_type_modified((rt_type *)t);
    RT_XDECREF(keyedref_type);
    keyedref_type = (rt_type *)t;
    if (keyedref_key_offset < 0) {
        rt_err_set_string(&rt_exc_TypeError, "KeyedRef without its key slot");
        return -1;
    }
    return rt_dict_setitem_str(modict, "KeyedRef", t);
}

static int update_from(weakdict *d, rt_object *other);

/* WeakValueDictionary(other=(), /, **kw), WeakKeyDictionary(dict=None, /) */
static rt_object *weakdict_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (RT_SIZE(args) > 1)
        return rt_err_format(&rt_exc_TypeError,
                             "%s.__init__() takes from 1 to 2 positional arguments but %ld were given", t->name,
                             (long)RT_SIZE(args) + 1);
    bool kw = kwargs && rt_dict_size(kwargs) > 0;
    if (kw && t != &wvd_type) {
        rt_object *k = NULL, *v;
        intptr_t pos = 0;
        rt_dict_next(kwargs, &pos, &k, &v);
        return rt_err_format(&rt_exc_TypeError, "%s.__init__() got an unexpected keyword argument '%S'", t->name, k);
    }
    weakdict *d = (weakdict *)rt_object_new(t);
    if (!d)
        return NULL;
    d->data = rt_dict_new();
    rt_gc_track(RT_OBJ(d));
    if (!d->data || !(d->selfref = rt_weakref_new(RT_OBJ(d), NULL))
        || !(d->remover = rt_cfunction_new(&remove_def, d->selfref))) {
        RT_DECREF(d);
        return NULL;
    }
    if (RT_SIZE(args) == 1 && RT_TUPLE_GET_ITEM(args, 0) != RT_NONE) {
        /* WeakSet(iterable): its own update */
        rt_object *r = t == &weakset_type ? rt_call_method(RT_OBJ(d), "update", RT_TUPLE_ITEMS(args), 1)
                     : update_from(d, RT_TUPLE_GET_ITEM(args, 0)) < 0 ? NULL : rt_none_new();
        if (!r) {
            RT_DECREF(d);
            return NULL;
        }
        RT_DECREF(r);
    }
    if (kw && update_from(d, kwargs) < 0) {
        RT_DECREF(d);
        return NULL;
    }
    return RT_OBJ(d);
}

static int weakdict_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    weakdict *d = (weakdict *)o;
    RT_VISIT(d->data);
    RT_VISIT(d->selfref);
    RT_VISIT(d->remover);
    RT_VISIT(d->pending);
    return 0;
}

static int weakdict_clear_slot(rt_object *o)
{
    weakdict *d = (weakdict *)o;
    RT_CLEAR(d->data);
    RT_CLEAR(d->selfref);
    RT_CLEAR(d->remover);
    RT_CLEAR(d->pending);
    return 0;
}

static void weakdict_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    if (((weakdict *)o)->weakreflist)
        rt_weakref_clear_all(o);
    weakdict_clear_slot(o);
    rt_object_free(o);
}

static rt_object *weakdict_repr(rt_object *o)
{
    return rt_str_from_format("<%s at %p>", RT_TYPE(o)->name, o);
}

/* CPython's _weakrefset.WeakSet shows its set of weakrefs: repr(self.data) */
static rt_object *weakset_repr(rt_object *o)
{
    rt_object *set = rt_set_new(((weakdict *)o)->data, false);
    rt_object *r = set ? rt_repr(set) : NULL;
    RT_XDECREF(set);
    return r;
}

/* A weakref to key for a WKD lookup (no callback), or NULL + TypeError. */
static rt_object *key_ref(rt_object *key, rt_object *callback)
{
    return rt_weakref_new(key, callback);
}

/* The live object stored for key (borrowed), NULL without exception when
 * missing or dead, NULL with an exception on error. */
static rt_object *lookup(weakdict *d, rt_object *key)
{
    if (is_wkd(d)) {
        rt_object *ref = key_ref(key, NULL);
        if (!ref)
            return NULL;
        rt_object *v = rt_dict_getitem(d->data, ref);
        RT_DECREF(ref);
        return v;
    }
    rt_object *wr = rt_dict_getitem(d->data, key);
    return wr ? rt_weakref_get(wr) : NULL;
}

static int store(weakdict *d, rt_object *key, rt_object *value)
{
    commit_removals(d);
    if (is_wkd(d)) {
        rt_object *ref = key_ref(key, d->remover);
        if (!ref)
            return -1;
        int r = rt_dict_setitem(d->data, ref, value);
        RT_DECREF(ref);
        return r;
    }
    rt_object *wr = keyedref_make(keyedref_type, value, d->remover, key);
    if (!wr)
        return -1;
    int r = rt_dict_setitem(d->data, key, wr);
    RT_DECREF(wr);
    return r;
}

static int del_entry(weakdict *d, rt_object *key)
{
    commit_removals(d);
    if (is_wkd(d)) {
        rt_object *ref = key_ref(key, NULL);
        if (!ref)
            return -1;
        int r = rt_dict_delitem(d->data, ref);
        if (r < 0 && rt_err_matches(&rt_exc_KeyError)) {
            rt_err_clear();
            rt_err_set_object(&rt_exc_KeyError, ref);
        }
        RT_DECREF(ref);
        return r;
    }
    return rt_dict_delitem(d->data, key);
}

static rt_object *key_error(weakdict *d, rt_object *key)
{
    if (!is_wkd(d))
        return rt_err_set_object(&rt_exc_KeyError, key);
    rt_object *ref = key_ref(key, NULL);   /* CPython's KeyError carries the lookup ref */
    if (ref) {
        rt_err_set_object(&rt_exc_KeyError, ref);
        RT_DECREF(ref);
    }
    return NULL;
}

static rt_object *weakdict_subscript(rt_object *o, rt_object *key)
{
    weakdict *d = (weakdict *)o;
    commit_removals(d);
    rt_object *v = lookup(d, key);
    if (v)
        return rt_newref(v);
    if (rt_err_occurred())
        return NULL;
    return key_error(d, key);
}

static int weakdict_ass_subscript(rt_object *o, rt_object *key, rt_object *value)
{
    weakdict *d = (weakdict *)o;
    return value ? store(d, key, value) : del_entry(d, key);
}

static intptr_t weakdict_length(rt_object *o)
{
    weakdict *d = (weakdict *)o;
    return rt_dict_size(d->data) - (d->pending ? RT_SIZE(d->pending) : 0);
}

static int weakdict_contains(rt_object *o, rt_object *key)
{
    weakdict *d = (weakdict *)o;
    if (is_wkd(d) && !rt_weakref_list_ptr(key))
        return 0;   /* CPython: a key that cannot be weakly referenced is not in it */
    rt_object *v = lookup(d, key);
    if (v)
        return 1;
    return rt_err_occurred() ? -1 : 0;
}

MF(weakdict_get)
{
    if (vm_weakref_check_args("get", nargs, kwnames, 1, 2) < 0)
        return NULL;
    weakdict *d = (weakdict *)self;
    /* as CPython's data.get(ref(key)): a key that cannot be weakly
     * referenced (or hashed) raises TypeError */
    rt_object *v = lookup(d, args[0]);
    if (!v && rt_err_occurred())
        return NULL;
    return rt_newref(v ? v : nargs > 1 ? args[1] : RT_NONE);
}

MF(weakdict_pop)
{
    if (vm_weakref_check_args("pop", nargs, kwnames, 1, 2) < 0)
        return NULL;
    weakdict *d = (weakdict *)self;
    commit_removals(d);
    rt_object *v = lookup(d, args[0]);
    if (!v && rt_err_occurred())
        return NULL;
    if (!v) {
        if (nargs > 1)
            return rt_newref(args[1]);
        return key_error(d, args[0]);
    }
    RT_INCREF(v);
    if (del_entry(d, args[0]) < 0) {
        RT_DECREF(v);
        return NULL;
    }
    return v;
}

/* popitem(): the underlying dict's last pair whose weakref is alive (the
 * dead ones popped on the way), as (key, value); the dict's KeyError when
 * none is left. */
MF(weakdict_popitem)
{
    if (vm_weakref_check_args("popitem", nargs, kwnames, 0, 0) < 0)
        return NULL;
    (void)args;
    weakdict *d = (weakdict *)self;
    commit_removals(d);
    for (;;) {
        rt_object *pair = rt_call_method(d->data, "popitem", NULL, 0);
        if (!pair)
            return NULL;
        rt_object *k = RT_TUPLE_GET_ITEM(pair, 0), *v = RT_TUPLE_GET_ITEM(pair, 1);
        rt_object *live = rt_weakref_get(is_wkd(d) ? k : v);
        rt_object *r = live ? (is_wkd(d) ? rt_tuple_pack(2, live, v) : rt_tuple_pack(2, k, live)) : NULL;
        RT_DECREF(pair);
        if (live)
            return r;
    }
}

MF(weakdict_setdefault)
{
    if (vm_weakref_check_args("setdefault", nargs, kwnames, 1, 2) < 0)
        return NULL;
    weakdict *d = (weakdict *)self;
    rt_object *v = lookup(d, args[0]);
    if (v)
        return rt_newref(v);
    if (rt_err_occurred())
        return NULL;
    rt_object *dflt = nargs > 1 ? args[1] : RT_NONE;
    if (store(d, args[0], dflt) < 0)
        return NULL;
    return rt_newref(dflt);
}

/* Store the pairs of other: a dict's items, those of anything with an
 * items() method, else those of dict(other) (Lib/weakref.py's, so a bad
 * pair fails with dict()'s message). */
static int update_from(weakdict *d, rt_object *other)
{
    rt_object *items, *name = rt_str_intern_cstr("items");
    int has_items = name ? rt_hasattr(other, name) : -1;
    RT_XDECREF(name);
    if (has_items < 0)
        return -1;
    if (rt_dict_check(other))
        items = rt_dict_items_list(other);
    else if (RT_TYPE(other) == &wvd_type || RT_TYPE(other) == &wkd_type || has_items)
        items = rt_call_method(other, "items", NULL, 0);
    else {
        rt_object *copy = rt_dict_new();
        if (copy && rt_dict_update(copy, other) < 0)
            RT_CLEAR(copy);
        items = copy ? rt_dict_items_list(copy) : NULL;
        RT_XDECREF(copy);
    }
    if (!items)
        return -1;
    rt_object *it = rt_get_iter(items);
    RT_DECREF(items);
    if (!it)
        return -1;
    rt_object *pair;
    while ((pair = rt_iter_next(it)) != NULL) {
        int r = -1;
        if (!rt_tuple_check(pair) || RT_SIZE(pair) != 2)
            rt_err_set_string(&rt_exc_TypeError, "update() expects (key, value) pairs");
        else
            r = store(d, RT_TUPLE_GET_ITEM(pair, 0), RT_TUPLE_GET_ITEM(pair, 1));
        RT_DECREF(pair);
        if (r < 0)
            break;
    }
    RT_DECREF(it);
    return rt_err_occurred() ? -1 : 0;
}

/* update(other=None, /, **kwargs): other's pairs, then the keywords */
MF(weakdict_update)
{
    weakdict *d = (weakdict *)self;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError,
                             "%s.update() takes from 1 to 2 positional arguments but %ld were given",
                             RT_TYPE(self)->name, (long)nargs + 1);
    if (nargs == 1 && args[0] != RT_NONE && update_from(d, args[0]) < 0)
        return NULL;
    for (intptr_t i = 0; kwnames && i < RT_SIZE(kwnames); i++)
        if (store(d, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
            return NULL;
    return rt_none_new();
}

/* copy() / __copy__(): a new dictionary (never a subclass) of the live
 * entries, in order; data is guarded as an iterator guards it. */
MF(weakdict_copy)
{
    (void)args;
    if (vm_weakref_check_args("copy", nargs, kwnames, 0, 0) < 0)
        return NULL;
    weakdict *d = (weakdict *)self;
    rt_type *t = is_wkd(d) ? &wkd_type : &wvd_type;
    rt_object *none = rt_tuple_new(0);
    weakdict *c = none ? (weakdict *)weakdict_new(t, none, NULL) : NULL;
    RT_XDECREF(none);
    if (!c)
        return NULL;
    commit_removals(d);
    d->iterating++;
    rt_object *k, *v;
    intptr_t pos = 0;
    int r = 0;
    while (r == 0 && rt_dict_next(d->data, &pos, &k, &v)) {
        rt_object *key = is_wkd(d) ? rt_weakref_get(k) : k;
        rt_object *value = is_wkd(d) ? v : rt_weakref_get(v);
        if (key && value)
            r = store(c, key, value);
    }
    if (--d->iterating == 0)
        commit_removals(d);
    if (r < 0)
        RT_CLEAR(c);
    return RT_OBJ(c);
}

/* valuerefs() (WVD) / keyrefs() (WKD): a list of the weakrefs data holds */
static rt_object *refs_list(rt_object *self, const char *fname, intptr_t nargs, rt_object *kwnames)
{
    if (vm_weakref_check_args(fname, nargs, kwnames, 0, 0) < 0)
        return NULL;
    weakdict *d = (weakdict *)self;
    commit_removals(d);
    return is_wkd(d) ? rt_dict_keys_list(d->data) : rt_dict_values_list(d->data);
}

MF(weakdict_valuerefs) { (void)args; return refs_list(self, "valuerefs", nargs, kwnames); }
MF(weakdict_keyrefs) { (void)args; return refs_list(self, "keyrefs", nargs, kwnames); }

MF(weakdict_clear)
{
    (void)args;
    if (vm_weakref_check_args("clear", nargs, kwnames, 0, 0) < 0)
        return NULL;
    weakdict *d = (weakdict *)self;
    RT_CLEAR(d->pending);
    rt_dict_clear(d->data);
    return rt_none_new();
}

/* ---- iteration ---------------------------------------------------------------- */

enum { IT_KEYS, IT_VALUES, IT_ITEMS, IT_VALUEREFS };

typedef struct weakdict_iter {
    RT_OBJECT_HEAD
    weakdict *d;         /* owned; NULL once finished */
    intptr_t pos;
    intptr_t size;       /* len(data) at the start: a change means the program mutated it */
    int kind;
    /* The weakly held object last produced (WVD: the value; WKD: the key),
     * kept until the next step as CPython's generator frames keep it in a
     * local: it cannot die while the loop body that received it runs. */
    rt_object *held;
} weakdict_iter;

static void iter_finish(weakdict_iter *it)
{
    weakdict *d = it->d;
    RT_CLEAR(it->held);
    if (!d)
        return;
    it->d = NULL;
    if (--d->iterating == 0)
        commit_removals(d);
    RT_DECREF(d);
}

static rt_object *make_iter(rt_object *o, int kind)
{
    weakdict *d = (weakdict *)o;
    commit_removals(d);
    weakdict_iter *it = (weakdict_iter *)rt_object_new(&weakdict_iter_type);
    if (!it)
        return NULL;
    it->d = (weakdict *)rt_newref(o);
    it->size = rt_dict_size(d->data);
    it->kind = kind;
    d->iterating++;
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *weakdict_iter_next(rt_object *o)
{
    weakdict_iter *it = (weakdict_iter *)o;
    weakdict *d = it->d;
    if (!d)
        return NULL;
    if (rt_dict_size(d->data) != it->size) {
        iter_finish(it);
        /* CPython's WeakSet iterates a set, the weak dictionaries a dict */
        return rt_err_set_string(&rt_exc_RuntimeError, RT_TYPE(d) == &weakset_type
                                 ? "Set changed size during iteration"
                                 : "dictionary changed size during iteration");
    }
    rt_object *k, *v;
    while (rt_dict_next(d->data, &it->pos, &k, &v)) {
        /* WVD: k key, v ref to the value; WKD: k ref to the key, v value */
        if (it->kind == IT_VALUEREFS)
            return rt_newref(v);   /* dead ones too, as data.values() */
        rt_object *key = is_wkd(d) ? rt_weakref_get(k) : k;
        rt_object *value = is_wkd(d) ? v : rt_weakref_get(v);
        if (!key || !value)
            continue;   /* dead, its removal is pending */
        if (is_wkd(d) ? it->kind != IT_VALUES : it->kind != IT_KEYS)
            RT_SETREF(it->held, rt_newref(is_wkd(d) ? key : value));
        switch (it->kind) {
        case IT_KEYS: return rt_newref(key);
        case IT_VALUES: return rt_newref(value);
        default: return rt_tuple_pack(2, key, value);
        }
    }
    iter_finish(it);
    return NULL;
}


static int weakdict_iter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((weakdict_iter *)o)->d);
    RT_VISIT(((weakdict_iter *)o)->held);
    return 0;
}

static int weakdict_iter_clear(rt_object *o)
{
    iter_finish((weakdict_iter *)o);
    return 0;
}

static void weakdict_iter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    iter_finish((weakdict_iter *)o);
    rt_object_free(o);
}

static rt_object *weakdict_iter_keys(rt_object *o) { return make_iter(o, IT_KEYS); }

MF(weakdict_keys)
{
    (void)args;
    return vm_weakref_check_args("keys", nargs, kwnames, 0, 0) < 0 ? NULL : make_iter(self, IT_KEYS);
}

MF(weakdict_values)
{
    (void)args;
    return vm_weakref_check_args("values", nargs, kwnames, 0, 0) < 0 ? NULL : make_iter(self, IT_VALUES);
}

MF(weakdict_items)
{
    (void)args;
    return vm_weakref_check_args("items", nargs, kwnames, 0, 0) < 0 ? NULL : make_iter(self, IT_ITEMS);
}

/* itervaluerefs() (WVD): the weakrefs, guarded like the other iterators */
MF(weakdict_itervaluerefs)
{
    (void)args;
    return vm_weakref_check_args("itervaluerefs", nargs, kwnames, 0, 0) < 0 ? NULL : make_iter(self, IT_VALUEREFS);
}

RT_NOSCAN_TYPE static rt_type weakdict_iter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "weakdict_iterator",
    .basicsize = sizeof(weakdict_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = weakdict_iter_dealloc,
    .traverse = weakdict_iter_traverse,
    .clear = weakdict_iter_clear,
    .iter = rt_iter_self,
    .iternext = weakdict_iter_next,
};

/* d | m and m | d (3.9's __or__/__ror__): a new weak dictionary of d's
 * kind updated with the left operand's entries, then the right one's; m
 * a mapping (a dict or a weak dictionary), else NotImplemented. */
static bool is_weakdict_obj(rt_object *o) { return RT_TYPE(o) == &wvd_type || RT_TYPE(o) == &wkd_type; }

static rt_object *weakdict_or(rt_object *a, rt_object *b)
{
    bool left = is_weakdict_obj(a);
    rt_object *self = left ? a : b, *other = left ? b : a;
    if (!rt_dict_check(other) && !is_weakdict_obj(other))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *none = rt_tuple_new(0);
    rt_object *c = none ? weakdict_new(RT_TYPE(self), none, NULL) : NULL;
    RT_XDECREF(none);
    for (int i = 0; c && i < 2; i++) {
        rt_object *u = rt_call_method(c, "update", i == 0 ? &a : &b, 1);
        if (!u)
            RT_CLEAR(c);
        RT_XDECREF(u);
    }
    return c;
}

/* d |= m: update(m) in place, any argument update() takes. */
MF(weakdict_ior)
{
    if (vm_weakref_check_args("__ior__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rt_object *u = rt_call_method(self, "update", args, 1);
    if (!u)
        return NULL;
    RT_DECREF(u);
    return rt_newref(self);
}

static rt_number_methods weakdict_as_number = { .or_ = weakdict_or };

/* The methods both weak dictionaries have. */
#define WEAKDICT_METHODS \
    { "get", weakdict_get, RT_METH_FASTCALL, NULL }, \
    { "pop", weakdict_pop, RT_METH_FASTCALL, NULL }, \
    { "popitem", weakdict_popitem, RT_METH_FASTCALL, NULL }, \
    { "setdefault", weakdict_setdefault, RT_METH_FASTCALL, NULL }, \
    { "update", weakdict_update, RT_METH_FASTCALL, NULL }, \
    { "clear", weakdict_clear, RT_METH_FASTCALL, NULL }, \
    { "keys", weakdict_keys, RT_METH_FASTCALL, NULL }, \
    { "values", weakdict_values, RT_METH_FASTCALL, NULL }, \
    { "items", weakdict_items, RT_METH_FASTCALL, NULL }, \
    { "copy", weakdict_copy, RT_METH_FASTCALL, NULL }, \
    { "__copy__", weakdict_copy, RT_METH_FASTCALL, NULL }, \
    { "__ior__", weakdict_ior, RT_METH_FASTCALL, NULL },

RT_NOSCAN static rt_method_def wvd_methods[] = {
    WEAKDICT_METHODS
    { "valuerefs", weakdict_valuerefs, RT_METH_FASTCALL, NULL },
    { "itervaluerefs", weakdict_itervaluerefs, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};
RT_NOSCAN static rt_method_def wkd_methods[] = {
    WEAKDICT_METHODS
    { "keyrefs", weakdict_keyrefs, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_mapping_methods weakdict_as_mapping = {
    .length = weakdict_length,
    .subscript = weakdict_subscript,
    .ass_subscript = weakdict_ass_subscript,
};

static rt_sequence_methods weakdict_as_sequence = {
    .contains = weakdict_contains,
};

#define WEAKDICT_TYPE(cname, pyname, meths)                              \
    static rt_type cname = {                                        \
        .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },    \
        .name = pyname,                                             \
        .basicsize = sizeof(weakdict),                              \
        .flags = RT_TPFLAGS_GC | RT_TPFLAGS_INPLACE_METHODS,        \
        .dealloc = weakdict_dealloc,                                \
        .traverse = weakdict_traverse,                              \
        .clear = weakdict_clear_slot,                               \
        .weaklistoffset = offsetof(weakdict, weakreflist),          \
        .repr = weakdict_repr,                                      \
        .iter = weakdict_iter_keys,                                     \
        .as_number = &weakdict_as_number,                           \
        .as_mapping = &weakdict_as_mapping,                         \
        .as_sequence = &weakdict_as_sequence,                       \
        .methods = meths,                                           \
        .new_ = weakdict_new,                                       \
    };
WEAKDICT_TYPE(wvd_type, "WeakValueDictionary", wvd_methods)
WEAKDICT_TYPE(wkd_type, "WeakKeyDictionary", wkd_methods)

/* ---- WeakSet ------------------------------------------------------------------ */

MF(weakset_add)
{
    if (vm_weakref_check_args("add", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return store((weakdict *)self, args[0], RT_NONE) < 0 ? NULL : rt_none_new();
}

/* remove (strict: KeyError) and discard */
static rt_object *weakset_drop(rt_object *self, rt_object *item, bool strict)
{
    weakdict *d = (weakdict *)self;
    commit_removals(d);
    if (!strict && !lookup(d, item))   /* ref(item) first: TypeError when it cannot be */
        return rt_err_occurred() ? NULL : rt_none_new();
    return del_entry(d, item) < 0 ? NULL : rt_none_new();
}

MF(weakset_remove)
{
    return vm_weakref_check_args("remove", nargs, kwnames, 1, 1) < 0 ? NULL : weakset_drop(self, args[0], true);
}

MF(weakset_discard)
{
    return vm_weakref_check_args("discard", nargs, kwnames, 1, 1) < 0 ? NULL : weakset_drop(self, args[0], false);
}

MF(weakset_pop)
{
    (void)args;
    if (vm_weakref_check_args("pop", nargs, kwnames, 0, 0) < 0)
        return NULL;
    weakdict *d = (weakdict *)self;
    commit_removals(d);
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(d->data, &pos, &k, &v)) {
        rt_object *item = rt_weakref_get(k);
        if (!item)
            continue;
        RT_INCREF(item);
        if (rt_dict_delitem(d->data, k) < 0) {
            RT_DECREF(item);
            return NULL;
        }
        return item;
    }
    return rt_err_set_string(&rt_exc_KeyError, "pop from empty WeakSet");
}

MF(weakset_update)
{
    if (vm_weakref_check_args("update", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rt_object *it = rt_get_iter(args[0]), *item;
    if (!it)
        return NULL;
    while ((item = rt_iter_next(it)) != NULL) {
        int r = store((weakdict *)self, item, RT_NONE);
        RT_DECREF(item);
        if (r < 0)
            break;
    }
    RT_DECREF(it);
    return rt_err_occurred() ? NULL : rt_none_new();
}

/* The set operations of CPython's _weakrefset.WeakSet, on the weak key
 * refs: the other operand is any iterable (its items must be weakly
 * referenceable), the result a new WeakSet; the in-place forms update
 * self (WeakSet has RT_TPFLAGS_INPLACE_METHODS, so a |= b finds them). */
static bool is_weakset(rt_object *o) { return RT_TYPE(o) == &weakset_type; }

static rt_object *weakset_from(rt_object *iterable)
{
    rt_object *args = iterable ? rt_tuple_pack(1, iterable) : rt_tuple_new(0);
    rt_object *r = args ? weakdict_new(&weakset_type, args, NULL) : NULL;
    RT_XDECREF(args);
    return r;
}

/* set(ref(item) for item in other), the refs carrying callback (NULL or
 * self's remover). */
static rt_object *ref_set(rt_object *other, rt_object *callback)
{
    rt_object *s = rt_set_new(NULL, false), *it = s ? rt_get_iter(other) : NULL, *item;
    if (!it) {
        RT_XDECREF(s);
        return NULL;
    }
    while ((item = rt_iter_next(it)) != NULL) {
        rt_object *ref = key_ref(item, callback);
        RT_DECREF(item);
        int r = ref ? rt_set_add(s, ref) : -1;
        RT_XDECREF(ref);
        if (r < 0)
            break;
    }
    RT_DECREF(it);
    if (rt_err_occurred())
        RT_CLEAR(s);
    return s;
}

enum { WS_DIFF, WS_AND, WS_XOR };

/* self -= other, self &= other, self ^= other. */
static int weakset_update_op(weakdict *d, rt_object *other, int op)
{
    commit_removals(d);
    if (RT_OBJ(d) == other && op != WS_AND) {
        rt_dict_clear(d->data);
        return 0;
    }
    rt_object *refs = ref_set(other, op == WS_XOR ? d->remover : NULL);
    if (!refs)
        return -1;
    int r = 0;
    if (op == WS_AND) {   /* keep the entries whose ref is in refs */
        rt_object *keys = rt_list_from_iterable(d->data);
        for (intptr_t i = 0; keys && r == 0 && i < RT_SIZE(keys); i++) {
            int in = rt_set_contains(refs, RT_LIST_GET_ITEM(keys, i));
            r = in < 0 ? -1 : in ? 0 : rt_dict_delitem(d->data, RT_LIST_GET_ITEM(keys, i));
        }
        r = keys ? r : -1;
        RT_XDECREF(keys);
    } else {
        intptr_t pos = 0;
        rt_object *ref;
        while (r == 0 && rt_set_next(refs, &pos, &ref)) {
            int in = rt_dict_contains(d->data, ref);
            if (in > 0)
                r = rt_dict_delitem(d->data, ref);
            else if (in == 0 && op == WS_XOR)
                r = rt_dict_setitem(d->data, ref, RT_NONE);
            else
                r = in < 0 ? -1 : 0;
        }
    }
    RT_DECREF(refs);
    return r;
}

MF(weakset_copy)
{
    (void)args;
    return vm_weakref_check_args("copy", nargs, kwnames, 0, 0) < 0 ? NULL : weakset_from(self);
}

/* union: WeakSet(e for s in (self, other) for e in s) */
static rt_object *weakset_union_of(rt_object *self, rt_object *other)
{
    rt_object *r = weakset_from(self), *u = r ? rt_call_method(r, "update", &other, 1) : NULL;
    if (!u)
        RT_CLEAR(r);
    RT_XDECREF(u);
    return r;
}

/* intersection: WeakSet(item for item in other if item in self) */
static rt_object *weakset_intersection_of(rt_object *self, rt_object *other)
{
    rt_object *r = weakset_from(NULL), *it = r ? rt_get_iter(other) : NULL, *item;
    if (!it) {
        RT_XDECREF(r);
        return NULL;
    }
    while ((item = rt_iter_next(it)) != NULL) {
        int in = weakdict_contains(self, item);
        int e = in < 0 ? -1 : in ? store((weakdict *)r, item, RT_NONE) : 0;
        RT_DECREF(item);
        if (e < 0)
            break;
    }
    RT_DECREF(it);
    if (rt_err_occurred())
        RT_CLEAR(r);
    return r;
}

/* difference, symmetric_difference: a copy updated in place */
static rt_object *weakset_copy_op(rt_object *self, rt_object *other, int op)
{
    rt_object *r = weakset_from(self);
    if (r && weakset_update_op((weakdict *)r, other, op) < 0)
        RT_CLEAR(r);
    return r;
}

#define WS_ONE_ARG(fname, pyname, expr)                                 \
    MF(fname)                                                           \
    {                                                                   \
        if (vm_weakref_check_args(pyname, nargs, kwnames, 1, 1) < 0)               \
            return NULL;                                                \
        rt_object *other = args[0];                                     \
        return expr;                                                    \
    }
WS_ONE_ARG(weakset_union, "union", weakset_union_of(self, other))
WS_ONE_ARG(weakset_intersection, "intersection", weakset_intersection_of(self, other))
WS_ONE_ARG(weakset_difference, "difference", weakset_copy_op(self, other, WS_DIFF))
WS_ONE_ARG(weakset_symdiff, "symmetric_difference", weakset_copy_op(self, other, WS_XOR))
WS_ONE_ARG(weakset_difference_update, "difference_update",
           weakset_update_op((weakdict *)self, other, WS_DIFF) < 0 ? NULL : rt_none_new())
WS_ONE_ARG(weakset_intersection_update, "intersection_update",
           weakset_update_op((weakdict *)self, other, WS_AND) < 0 ? NULL : rt_none_new())
WS_ONE_ARG(weakset_symdiff_update, "symmetric_difference_update",
           weakset_update_op((weakdict *)self, other, WS_XOR) < 0 ? NULL : rt_none_new())
WS_ONE_ARG(weakset_isub, "__isub__",
           weakset_update_op((weakdict *)self, other, WS_DIFF) < 0 ? NULL : rt_newref(self))
WS_ONE_ARG(weakset_iand, "__iand__",
           weakset_update_op((weakdict *)self, other, WS_AND) < 0 ? NULL : rt_newref(self))
WS_ONE_ARG(weakset_ixor, "__ixor__",
           weakset_update_op((weakdict *)self, other, WS_XOR) < 0 ? NULL : rt_newref(self))

MF(weakset_ior)
{
    rt_object *r = weakset_update(self, args, nargs, kwnames);
    if (!r)
        return NULL;
    RT_DECREF(r);
    return rt_newref(self);
}

/* set(self.data) OP set(map(ref, other)): issubset, <, ==, ... */
static rt_object *weakset_compare(rt_object *self, rt_object *other, int op)
{
    commit_removals((weakdict *)self);
    rt_object *mine = rt_set_new(((weakdict *)self)->data, false);
    rt_object *theirs = mine ? ref_set(other, NULL) : NULL;
    rt_object *r = theirs ? rt_richcompare(mine, theirs, op) : NULL;
    RT_XDECREF(mine);
    RT_XDECREF(theirs);
    return r;
}

WS_ONE_ARG(weakset_issubset, "issubset", weakset_compare(self, other, RT_LE))
WS_ONE_ARG(weakset_issuperset, "issuperset", weakset_compare(self, other, RT_GE))

MF(weakset_isdisjoint)
{
    if (vm_weakref_check_args("isdisjoint", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rt_object *i = weakset_intersection_of(self, args[0]);
    if (!i)
        return NULL;
    intptr_t n = weakdict_length(i);
    RT_DECREF(i);
    return rt_bool_from(n == 0);
}

static rt_object *weakset_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op == RT_EQ || op == RT_NE) && !is_weakset(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    return weakset_compare(a, b, op);
}

/* The binary operators: self's type on the left only (no __ror__ ...). */
#define WS_BINOP(fname, expr)                                           \
    static rt_object *fname(rt_object *self, rt_object *other)          \
    {                                                                   \
        if (!is_weakset(self))                                          \
            return rt_newref(RT_NOTIMPLEMENTED);                        \
        return expr;                                                    \
    }
WS_BINOP(weakset_or, weakset_union_of(self, other))
WS_BINOP(weakset_and, weakset_intersection_of(self, other))
WS_BINOP(weakset_sub, weakset_copy_op(self, other, WS_DIFF))
WS_BINOP(weakset_xor, weakset_copy_op(self, other, WS_XOR))

static rt_number_methods weakset_as_number = {
    .or_ = weakset_or, .and_ = weakset_and, .subtract = weakset_sub, .xor_ = weakset_xor,
};

RT_NOSCAN static rt_method_def weakset_methods[] = {
    { "copy", weakset_copy, RT_METH_FASTCALL, NULL },
    { "union", weakset_union, RT_METH_FASTCALL, NULL },
    { "intersection", weakset_intersection, RT_METH_FASTCALL, NULL },
    { "difference", weakset_difference, RT_METH_FASTCALL, NULL },
    { "symmetric_difference", weakset_symdiff, RT_METH_FASTCALL, NULL },
    { "difference_update", weakset_difference_update, RT_METH_FASTCALL, NULL },
    { "intersection_update", weakset_intersection_update, RT_METH_FASTCALL, NULL },
    { "symmetric_difference_update", weakset_symdiff_update, RT_METH_FASTCALL, NULL },
    { "issubset", weakset_issubset, RT_METH_FASTCALL, NULL },
    { "issuperset", weakset_issuperset, RT_METH_FASTCALL, NULL },
    { "isdisjoint", weakset_isdisjoint, RT_METH_FASTCALL, NULL },
    { "__ior__", weakset_ior, RT_METH_FASTCALL, NULL },
    { "__isub__", weakset_isub, RT_METH_FASTCALL, NULL },
    { "__iand__", weakset_iand, RT_METH_FASTCALL, NULL },
    { "__ixor__", weakset_ixor, RT_METH_FASTCALL, NULL },
    { "add", weakset_add, RT_METH_FASTCALL, NULL },
    { "remove", weakset_remove, RT_METH_FASTCALL, NULL },
    { "discard", weakset_discard, RT_METH_FASTCALL, NULL },
    { "pop", weakset_pop, RT_METH_FASTCALL, NULL },
    { "update", weakset_update, RT_METH_FASTCALL, NULL },
    { "clear", weakdict_clear, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_mapping_methods weakset_as_mapping = { .length = weakdict_length };

RT_NOSCAN_TYPE static rt_type weakset_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "WeakSet",
    .basicsize = sizeof(weakdict),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_INPLACE_METHODS,
    .dealloc = weakdict_dealloc,
    .traverse = weakdict_traverse,
    .clear = weakdict_clear_slot,
    .weaklistoffset = offsetof(weakdict, weakreflist),
    .repr = weakset_repr,
    .hash = rt_hash_not_implemented,
    .richcompare = weakset_richcompare,
    .iter = weakdict_iter_keys,
    .as_number = &weakset_as_number,
    .as_mapping = &weakset_as_mapping,
    .as_sequence = &weakdict_as_sequence,
    .methods = weakset_methods,
    .new_ = weakdict_new,
};

/* ==== module ========================================================================= */

MF(weakref_getweakrefcount)
{
    (void)self;
    if (vm_weakref_check_args("_weakref.getweakrefcount", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return rt_int_from_i64(rt_weakref_list_ptr(args[0]) ? rt_weakref_count(args[0]) : 0);
}

MF(weakref_getweakrefs)
{
    (void)self;
    if (vm_weakref_check_args("_weakref.getweakrefs", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rt_object *l = rt_list_new(0);
    rt_object **head = rt_weakref_list_ptr(args[0]);
    for (rt_weakref *w = head ? rt_weakref_first(head) : NULL; l && w; w = rt_weakref_next(w))
        if (rt_list_append(l, RT_OBJ(w)) < 0)
            RT_CLEAR(l);
    return l;
}

RT_NOSCAN static rt_method_def weakref_defs[] = {
    { "getweakrefcount", weakref_getweakrefcount, RT_METH_FASTCALL, NULL },
    { "getweakrefs", weakref_getweakrefs, RT_METH_FASTCALL, NULL },
    { "proxy", vm_weakref_proxy, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static int ready_in(rt_object *modict, rt_type *t, const char *name)
{
    if (rt_type_ready(t) < 0)
        return -1;
    if (!rt_dict_getitem_str(t->dict, "__module__")) {
        rt_object *m = rt_str_from_cstr("weakref");
        int r = m ? rt_dict_setitem_str(t->dict, "__module__", m) : -1;
        RT_XDECREF(m);
        if (r < 0)
            return -1;
        rt_type_modified(t);
    }
    return name ? rt_dict_setitem_str(modict, name, RT_OBJ(t)) : 0;
}

int vm_mod_weakref_init(void)
{
    rt_object *m = vm_add_builtin_module("weakref", weakref_defs);
    if (!m)
        return -1;
    rt_object *d = ((vm_module *)m)->dict;
    RT_SETREF(registry, rt_dict_new());
    next_index = 0;
    shut_down = false;
    registry_dirty = false;
    registered_with_atexit = false;
    if (!registry || rt_dict_setitem_str(d, "ref", RT_OBJ(&rt_weakref_type)) < 0
        || rt_dict_setitem_str(d, "ReferenceType", RT_OBJ(&rt_weakref_type)) < 0
        || ready_in(d, &finalize_type, "finalize") < 0 || ready_in(d, &wvd_type, "WeakValueDictionary") < 0
        || ready_in(d, &wkd_type, "WeakKeyDictionary") < 0 || ready_in(d, &weakset_type, "WeakSet") < 0
        || vm_weakref_proxy_ready() < 0 || ready_in(d, &vm_weakref_proxy_type, "ProxyType") < 0
        || ready_in(d, &vm_weakref_callable_proxy_type, "CallableProxyType") < 0
        || ready_in(d, &vm_weakref_method_type, "WeakMethod") < 0
        || ready_in(d, &weakdict_iter_type, NULL) < 0 || keyedref_ready(d) < 0)
        return -1;
    /* CPython's weakref.ProxyTypes: the two proxy types, in this order */
    rt_object *pt = rt_tuple_pack(2, RT_OBJ(&vm_weakref_proxy_type), RT_OBJ(&vm_weakref_callable_proxy_type));
    int r = pt ? rt_dict_setitem_str(d, "ProxyTypes", pt) : -1;
    RT_XDECREF(pt);
    return r;
}

void vm_mod_weakref_fini(void)
{
    /* Finalizers left (atexit false, or created during shutdown) die
     * without running: shut_down is set by vm_mod_weakref_atexit. */
    shut_down = true;
    if (registry)
        rt_dict_clear(registry);
    RT_CLEAR(registry);
    RT_CLEAR(keyedref_type);
}

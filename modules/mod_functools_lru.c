/*
 * mod_functools_lru.c -- _functools._lru_cache_wrapper, the C object that
 * functools.lru_cache and functools.cache return (CPython 3.11 has the
 * same type in C: a call costs a key, a hash and a dict probe, not a
 * Python closure over star-args and a keyword dict).
 *
 * Three behaviours, chosen once at creation from maxsize:
 *   - None: unbounded, the cache dict maps key -> result;
 *   - 0 (or negative): no caching, every call is a miss;
 *   - n > 0: bounded; the dict maps key -> link, and the links form a
 *     circular doubly linked list through the wrapper's root, oldest
 *     first.  A hit moves its link to the end; a miss on a full cache
 *     reuses the oldest link for the new key.
 *
 * Invariants:
 *   - the list holds exactly the links that the dict maps to, except
 *     transiently inside one call (a reentrant __eq__ or user function may
 *     leave an orphan link, which is simply dropped, as CPython does);
 *   - a link has two references, the dict's and the list's (CPython's
 *     rule): a reentrant __eq__ that makes the dict drop a link still in
 *     the list cannot free it under the list;
 *   - the hash of a key is computed once per call and passed to every dict
 *     operation (rt_dict_*_knownhash), so __hash__ runs once;
 *   - the cache's state is consistent before any reference is dropped
 *     (a decref may run __del__, which may call the wrapper again).
 * The key is CPython's: a lone int or str argument is its own key,
 * otherwise the args tuple itself, or a new tuple of the positional
 * arguments, a marker and the keyword items, then (typed) their types.
 * The wrapper is a gc container (it can be in a cycle with its cached
 * results); links are not, but carry a traverse for the tracing
 * collectors, and the wrapper visits their keys and results for gen.
 */
#include "modules/modules.h"
#include "vm/eval.h"
#include "vm/func.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/instattr.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/slice.h"
#include "runtime/weakref.h"

typedef struct lru_link {
    RT_OBJECT_HEAD
    struct lru_link *prev, *next;   /* borrowed */
    intptr_t hash;
    rt_object *key, *result;
} lru_link;

typedef struct lru_wrapper lru_wrapper;
typedef rt_object *(*lru_callfn)(lru_wrapper *, rt_object *, rt_object *);

struct lru_wrapper {
    RT_OBJECT_HEAD
    lru_link root;                   /* list sentinel (its head unused) */
    lru_callfn wrapper;
    int typed;
    intptr_t maxsize;                /* -1: unbounded */
    intptr_t hits, misses;
    rt_object *cache;                /* a dict */
    rt_object *func, *cache_info_type;
    rt_object *dict;                 /* attribute storage (instattr.h) */
    rt_object *weakreflist;
};

static rt_type lru_type, link_type;
#define LRU(o) ((lru_wrapper *)(o))
#define ROOT(w) (&(w)->root)

/* The marker between positional and keyword parts of a key: one static
 * object() that never dies, so no collector has to find it. */
static rt_object kwd_mark = { RT_IMMORTAL_REFCNT, &rt_object_type };

/* ---- links -------------------------------------------------------------- */

static void link_dealloc(rt_object *o)
{
    lru_link *l = (lru_link *)o;
    RT_XDECREF(l->key);
    RT_XDECREF(l->result);
    rt_object_free(o);
}

static int link_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((lru_link *)o)->key);
    RT_VISIT(((lru_link *)o)->result);
    return 0;
}

RT_NOSCAN_TYPE static rt_type link_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "_lru_list_elem",
    .basicsize = sizeof(lru_link),
    .dealloc = link_dealloc,
    .traverse = link_traverse,
};

static void unlink_one(lru_link *l)
{
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

static void append(lru_wrapper *w, lru_link *l)
{
    lru_link *root = ROOT(w), *last = root->prev;
    last->next = l;
    root->prev = l;
    l->prev = last;
    l->next = root;
}

static void prepend(lru_wrapper *w, lru_link *l)
{
    lru_link *root = ROOT(w), *first = root->next;
    first->prev = l;
    root->next = l;
    l->prev = root;
    l->next = first;
}

/* Detach the whole list: returns its first link, the chain ending in
 * NULL, whose list references the caller drops (drop_chain) once the
 * dict is cleared. */
static lru_link *detach_list(lru_wrapper *w)
{
    lru_link *root = ROOT(w), *first = root->next;
    if (first == root)
        return NULL;
    root->prev->next = NULL;
    root->next = root->prev = root;
    return first;
}

static void drop_chain(lru_link *l)
{
    while (l) {
        lru_link *next = l->next;
        rt_decref(RT_OBJ(l));
        l = next;
    }
}

/* ---- keys --------------------------------------------------------------- */

static rt_object *make_key(rt_object *args, rt_object *kwds, int typed)
{
    intptr_t nargs = RT_SIZE(args), nkw = kwds ? rt_dict_size(kwds) : 0;
    if (!typed && !nkw) {
        if (nargs == 1) {
            rt_object *a = RT_TUPLE_GET_ITEM(args, 0);
            if (rt_int_check_exact(a) || rt_str_check_exact(a))
                return rt_newref(a);
        }
        return rt_newref(args);
    }
    intptr_t size = nargs + (nkw ? 2 * nkw + 1 : 0) + (typed ? nargs + nkw : 0);
    rt_object *key = rt_tuple_new(size);
    if (!key)
        return NULL;
    rt_object **out = RT_TUPLE_ITEMS(key);
    intptr_t n = 0, pos;
    rt_object *k, *v;
    for (intptr_t i = 0; i < nargs; i++)
        out[n++] = rt_newref(RT_TUPLE_GET_ITEM(args, i));
    if (nkw) {
        out[n++] = rt_newref(&kwd_mark);
        for (pos = 0; rt_dict_next(kwds, &pos, &k, &v);) {
            out[n++] = rt_newref(k);
            out[n++] = rt_newref(v);
        }
    }
    if (typed) {
        for (intptr_t i = 0; i < nargs; i++)
            out[n++] = rt_newref(RT_OBJ(RT_TYPE(RT_TUPLE_GET_ITEM(args, i))));
        for (pos = 0; nkw && rt_dict_next(kwds, &pos, &k, &v);)
            out[n++] = rt_newref(RT_OBJ(RT_TYPE(v)));
    }
    return key;
}

/* ---- the three behaviours ----------------------------------------------- */

static rt_object *call_uncached(lru_wrapper *w, rt_object *args, rt_object *kwds)
{
    w->misses++;
    return rt_call(w->func, args, kwds);
}

static rt_object *call_unbounded(lru_wrapper *w, rt_object *args, rt_object *kwds)
{
    rt_object *key = make_key(args, kwds, w->typed);
    if (!key)
        return NULL;
    intptr_t hash = rt_hash(key);
    rt_object *r = hash == -1 ? NULL : rt_dict_getitem_knownhash(w->cache, key, hash);
    if (r) {
        w->hits++;
        rt_decref(key);
        return rt_newref(r);
    }
    if (rt_err_occurred()) {
        rt_decref(key);
        return NULL;
    }
    w->misses++;
    r = rt_call(w->func, args, kwds);
    if (r && rt_dict_setitem_knownhash(w->cache, key, hash, r) < 0)
        RT_CLEAR(r);
    rt_decref(key);
    return r;
}

/* A miss on a bounded cache, after the user function returned result:
 * store it, evicting the oldest entry when full.  Steals key and result's
 * reference; returns a new reference to result or NULL. */
static rt_object *bounded_store(lru_wrapper *w, rt_object *key, intptr_t hash, rt_object *result)
{
    /* The function may have cached this very key (a recursive call). */
    if (rt_dict_getitem_knownhash(w->cache, key, hash)) {
        rt_decref(key);
        return result;
    }
    if (rt_err_occurred()) {
        rt_decref(key);
        rt_decref(result);
        return NULL;
    }
    lru_link *root = ROOT(w);
    if (rt_dict_size(w->cache) < w->maxsize || root->next == root) {
        lru_link *l = (lru_link *)rt_object_new(&link_type);
        if (!l) {
            rt_decref(key);
            rt_decref(result);
            return NULL;
        }
        l->hash = hash;
        l->key = key;
        l->result = result;
        /* a reentrant __eq__ adding the same key would orphan an old link:
         * harmless, the dict holds what counts */
        if (rt_dict_setitem_knownhash(w->cache, key, hash, RT_OBJ(l)) < 0) {
            rt_decref(RT_OBJ(l));
            return NULL;
        }
        append(w, l);   /* the reference new gave is the list's */
        return rt_newref(result);
    }
    /* Full: reuse the oldest link for the new key. */
    lru_link *l = root->next;
    unlink_one(l);
    rt_object *popped = rt_dict_pop_knownhash(w->cache, l->key, l->hash);
    if (!popped) {
        if (rt_err_occurred()) {
            prepend(w, l);   /* back where it was */
            rt_decref(key);
            rt_decref(result);
            return NULL;
        }
        /* someone removed the oldest key meanwhile: the link is an orphan */
        rt_decref(RT_OBJ(l));
        rt_decref(key);
        return result;
    }
    /* popped holds the link alive; the old key and result die only after
     * the cache is consistent again */
    rt_object *oldkey = l->key, *oldresult = l->result;
    l->hash = hash;
    l->key = key;
    l->result = result;
    if (rt_dict_setitem_knownhash(w->cache, key, hash, RT_OBJ(l)) < 0) {
        /* the cache stays one link short */
        rt_decref(popped);
        rt_decref(RT_OBJ(l));
        rt_decref(oldkey);
        rt_decref(oldresult);
        return NULL;
    }
    append(w, l);
    rt_incref(result);
    rt_decref(popped);
    rt_decref(oldkey);
    rt_decref(oldresult);
    return result;
}

static rt_object *call_bounded(lru_wrapper *w, rt_object *args, rt_object *kwds)
{
    rt_object *key = make_key(args, kwds, w->typed);
    if (!key)
        return NULL;
    intptr_t hash = rt_hash(key);
    lru_link *l = hash == -1 ? NULL : (lru_link *)rt_dict_getitem_knownhash(w->cache, key, hash);
    if (l) {
        unlink_one(l);
        append(w, l);
        w->hits++;
        rt_object *r = rt_newref(l->result);
        rt_decref(key);
        return r;
    }
    if (rt_err_occurred()) {
        rt_decref(key);
        return NULL;
    }
    w->misses++;
    rt_object *r = rt_call(w->func, args, kwds);
    if (!r) {
        rt_decref(key);
        return NULL;
    }
    return bounded_store(w, key, hash, r);
}

/* ---- the type ----------------------------------------------------------- */

static rt_object *lru_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (!args || RT_SIZE(args) != 4 || (kwargs && rt_dict_size(kwargs)))
        return rt_err_set_string(&rt_exc_TypeError,
                                 "lru_cache() takes user_function, maxsize, typed and cache_info_type");
    rt_object *func = RT_TUPLE_GET_ITEM(args, 0), *maxsize_o = RT_TUPLE_GET_ITEM(args, 1);
    int typed = rt_is_true(RT_TUPLE_GET_ITEM(args, 2));
    if (typed < 0)
        return NULL;
    if (!RT_TYPE(func)->call)
        return rt_err_set_string(&rt_exc_TypeError, "the first argument must be callable");
    lru_callfn fn;
    intptr_t maxsize = -1;
    if (maxsize_o == RT_NONE) {
        fn = call_unbounded;
    } else if (rt_index_check(maxsize_o)) {
        if (rt_index_as_ssize(maxsize_o, &maxsize) < 0)
            return NULL;
        if (maxsize < 0)
            maxsize = 0;
        fn = maxsize == 0 ? call_uncached : call_bounded;
    } else {
        return rt_err_set_string(&rt_exc_TypeError, "maxsize should be integer or None");
    }
    rt_object *cache = rt_dict_new();
    if (!cache)
        return NULL;
    lru_wrapper *w = (lru_wrapper *)rt_object_new(&lru_type);
    if (!w) {
        rt_decref(cache);
        return NULL;
    }
    w->root.prev = w->root.next = ROOT(w);
    w->wrapper = fn;
    w->typed = typed;
    w->maxsize = maxsize;
    w->cache = cache;
    w->func = rt_newref(func);
    w->cache_info_type = rt_newref(RT_TUPLE_GET_ITEM(args, 3));
    rt_gc_track(RT_OBJ(w));
    return RT_OBJ(w);
}

static rt_object *lru_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    return LRU(o)->wrapper(LRU(o), args, kwargs);
}

static rt_object *lru_descr_get(rt_object *self, rt_object *obj, rt_object *type)
{
    (void)type;
    if (!obj || obj == RT_NONE)
        return rt_newref(self);
    return vm_method_new(self, obj);
}

static int lru_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    lru_wrapper *w = LRU(o);
    for (lru_link *l = w->root.next; l != ROOT(w); l = l->next) {
        RT_VISIT(l);   /* for the tracing collectors: the list's reference */
        RT_VISIT(l->key);
        RT_VISIT(l->result);
    }
    RT_VISIT(w->cache);
    RT_VISIT(w->func);
    RT_VISIT(w->cache_info_type);
    return rt_instattr_traverse(o, visit, arg);
}

static int lru_clear(rt_object *o)
{
    lru_wrapper *w = LRU(o);
    lru_link *chain = detach_list(w);
    RT_CLEAR(w->cache);
    RT_CLEAR(w->func);
    RT_CLEAR(w->cache_info_type);
    rt_instattr_clear(o);
    drop_chain(chain);
    return 0;
}

static void lru_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, lru_dealloc)
    if (LRU(o)->weakreflist)
        rt_weakref_clear_all(o);
    lru_clear(o);
    rt_object_free(o);
    RT_TRASHCAN_END
}

static rt_object *no_args(const char *name, intptr_t nargs, rt_object *kw)
{
    if (nargs || (kw && RT_SIZE(kw)))
        return rt_err_format(&rt_exc_TypeError, "_lru_cache_wrapper.%s() takes no arguments (%ld given)",
                             name, (long)(nargs + (kw ? RT_SIZE(kw) : 0)));
    return RT_NONE;
}

static rt_object *m_cache_info(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (!no_args("cache_info", nargs, kw))
        return NULL;
    lru_wrapper *w = LRU(self);
    rt_object *argv[4] = {
        rt_int_from_i64(w->hits), rt_int_from_i64(w->misses),
        w->maxsize == -1 ? rt_none_new() : rt_int_from_i64(w->maxsize),
        rt_int_from_i64(rt_dict_size(w->cache)),
    };
    rt_object *r = NULL;
    if (argv[0] && argv[1] && argv[2] && argv[3])
        r = rt_call_vector(w->cache_info_type, argv, 4);
    for (int i = 0; i < 4; i++)
        RT_XDECREF(argv[i]);
    return r;
}

static rt_object *m_cache_clear(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (!no_args("cache_clear", nargs, kw))
        return NULL;
    lru_wrapper *w = LRU(self);
    lru_link *chain = detach_list(w);
    w->hits = w->misses = 0;
    rt_dict_clear(w->cache);
    drop_chain(chain);
    return rt_none_new();
}

static rt_object *m_reduce(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (!no_args("__reduce__", nargs, kw))
        return NULL;
    return rt_getattr_str(self, "__qualname__");
}

static rt_object *m_self(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args, (void)nargs, (void)kw;
    return rt_newref(self);
}

RT_NOSCAN static rt_method_def lru_methods[] = {
    { "cache_info", m_cache_info, RT_METH_FASTCALL, NULL },
    { "cache_clear", m_cache_clear, RT_METH_FASTCALL, NULL },
    { "__reduce__", m_reduce, RT_METH_FASTCALL, NULL },
    { "__copy__", m_self, RT_METH_FASTCALL, NULL },
    { "__deepcopy__", m_self, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_getset_def lru_getsets[] = {
    { "__dict__", rt_instattr_dict_getter, rt_instattr_dict_setter, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type lru_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "_lru_cache_wrapper",
    .basicsize = sizeof(lru_wrapper),
    .flags = RT_TPFLAGS_GC,
    .dealloc = lru_dealloc,
    .traverse = lru_traverse,
    .clear = lru_clear,
    .weaklistoffset = offsetof(lru_wrapper, weakreflist),
    .dictoffset = offsetof(lru_wrapper, dict),
    .call = lru_call,
    .descr_get = lru_descr_get,
    .getattro = rt_generic_getattr,
    .setattro = rt_generic_setattr,
    .methods = lru_methods,
    .getsets = lru_getsets,
    .new_ = lru_new,
};

int mod_functools_lru_add(rt_object *module)
{
    if (rt_type_ready(&link_type) < 0)
        return -1;
    return mod_add_type(module, &lru_type, "functools");
}

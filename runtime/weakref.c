/*
 * weakref.c -- weak references.
 *
 * Invariants kept here:
 *   - every live weakref with a live referent is linked into the list
 *     whose head is at the referent's weaklistoffset: the one shared ref
 *     without a callback first (weakref.ref(o) returns it again), then
 *     the refs with callbacks, newest first;
 *   - a weakref never owns its referent; it is cleared (referent NULL,
 *     unlinked) either when the referent dies or when the weakref dies;
 *     under boehm libgc zeroes the referent field by itself and the
 *     collector unlinks later (collectors/boehm.c), so the links of a
 *     weakref are followed only while its referent field is set, or from
 *     the referent's side while the referent is still in memory;
 *   - the referent field and the links are stored XOR rt_weakref_mask
 *     (weakref.h) and touched only through mask/unmask;
 *   - rt_weakref_clear_all runs from the referent's dealloc BEFORE the
 *     referent drops any field: a callback receives only the weakref (which
 *     already answers None), but it may look at other objects that the
 *     referent's fields are keeping alive, and those must still be intact;
 *     the object itself must also not be reachable through a half-cleared
 *     weakref, which is why every ref is cleared before any callback runs;
 *   - callbacks run newest first (CPython's order) and never leak an
 *     exception into the code that happened to drop the last reference.
 */
#include <stdio.h>
#include <string.h>
#include "runtime/weakref.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/int.h"

uintptr_t rt_weakref_mask;
int (*rt_weakref_registered)(rt_weakref *w, rt_object *referent);

/* Every masked field: 0 stays 0 whatever the mask (boehm clears a
 * disappearing link to 0), anything else is XORed. */
static inline void *unmask(const void *v)
{
    return v ? (void *)((uintptr_t)v ^ rt_weakref_mask) : NULL;
}
static inline void *mask(const void *p)
{
    return p ? (void *)((uintptr_t)p ^ rt_weakref_mask) : NULL;
}

static inline rt_object *referent_of(const rt_weakref *w) { return unmask(w->referent); }


rt_weakref *rt_weakref_first(rt_object **head) { return unmask(*head); }
rt_weakref *rt_weakref_next(const rt_weakref *w) { return unmask(w->next); }

void rt_weakref_detach(rt_weakref *w, rt_object **head)
{
    rt_weakref *prev = unmask(w->prev), *next = unmask(w->next);
    if (prev)
        prev->next = mask(next);
    else if (head && unmask(*head) == w)
        *head = mask(next);
    if (next)
        next->prev = mask(prev);
    w->prev = w->next = NULL;
    w->referent = NULL;
}

void rt_weakref_clear(rt_weakref *w)
{
    rt_object *r = referent_of(w);
    if (r)
        rt_weakref_detach(w, rt_weakref_list_ptr(r));
}

static rt_object *weakref_make(rt_type *t, rt_object *obj, rt_object *callback);

rt_object *rt_weakref_new(rt_object *obj, rt_object *callback)
{
    return weakref_make(&rt_weakref_type, obj, callback);
}

rt_object *rt_weakref_new_type(rt_type *t, rt_object *obj, rt_object *callback)
{
    return weakref_make(t, obj, callback);
}

/* A subclass's instances are never shared and never the basic ref. */
static rt_object *weakref_make(rt_type *t, rt_object *obj, rt_object *callback)
{
    rt_object **head = rt_weakref_list_ptr(obj);
    if (!head)
        return rt_err_format(&rt_exc_TypeError, "cannot create weak reference to '%s' object", obj->type->name);
    if (callback == RT_NONE)
        callback = NULL;
    /* As CPython: one shared "basic" ref (no callback) per object, kept at
     * the head of the list; refs with callbacks go after it, newest first. */
    rt_weakref *basic = rt_weakref_first(head);
    if (basic && (basic->callback || RT_TYPE(basic) != &rt_weakref_type))
        basic = NULL;
    if (!callback && basic && t == &rt_weakref_type)
        return rt_newref(RT_OBJ(basic));
    rt_weakref *w = (rt_weakref *)rt_object_new(t);
    if (!w)
        return NULL;
    w->referent = mask(obj);
    w->callback = callback ? rt_newref(callback) : NULL;
    w->hash = -1;
    if (!callback && t == &rt_weakref_type)
        basic = NULL;   /* w becomes the basic ref, at the head */
    rt_weakref *next = basic ? rt_weakref_next(basic) : rt_weakref_first(head);
    w->next = mask(next);
    if (next)
        next->prev = mask(w);
    if (basic) {
        w->prev = mask(basic);
        basic->next = mask(w);
    } else {
        *head = mask(w);
    }
    rt_gc_track(RT_OBJ(w));
    if (rt_weakref_registered && rt_weakref_registered(w, obj) != 0) {
        rt_weakref_clear(w);
        RT_DECREF(w);
        return rt_err_no_memory();
    }
    return RT_OBJ(w);
}

rt_object *rt_weakref_get(rt_object *ref) { return referent_of((rt_weakref *)ref); }

intptr_t rt_weakref_count(rt_object *obj)
{
    rt_object **head = rt_weakref_list_ptr(obj);
    intptr_t n = 0;
    for (rt_weakref *w = head ? rt_weakref_first(head) : NULL; w; w = rt_weakref_next(w))
        n++;
    return n;
}

void rt_weakref_run_callback(rt_weakref *w)
{
    rt_object *cb = w->callback;
    if (!cb)
        return;
    w->callback = NULL;   /* at most once; the reference is ours now */
    rt_object *saved = rt_err_fetch();
    rt_object *ref = RT_OBJ(w);
    RT_INCREF(ref);       /* the callback may drop the last other reference */
    rt_object *r = rt_call_vector(cb, &ref, 1);
    if (r) {
        RT_DECREF(r);
    } else {
        rt_write_unraisable(NULL, cb);
    }
    RT_DECREF(ref);
    RT_DECREF(cb);
    rt_err_restore(saved);
}

void rt_weakref_clear_all(rt_object *obj)
{
    rt_object **head = rt_weakref_list_ptr(obj);
    if (!head || !*head)
        return;
    /* Pass 1: clear every ref, keeping those with a callback alive in an
     * array, newest first.  Pass 2 runs the callbacks: no callback sees a
     * ref to obj that still answers obj. */
    intptr_t n = 0;
    for (rt_weakref *w = rt_weakref_first(head); w; w = rt_weakref_next(w))
        if (w->callback)
            n++;
    rt_object *small[8];   /* 8 refs with callbacks without a malloc: the usual case is 1 */
    rt_object **refs = n <= 8 ? small : rt_raw_malloc(sizeof(rt_object *) * (size_t)n);
    intptr_t k = 0;
    rt_weakref *w;
    while ((w = rt_weakref_first(head)) != NULL) {
        rt_weakref_detach(w, head);
        if (w->callback) {
            if (refs)
                refs[k++] = rt_newref(RT_OBJ(w));
            else
                RT_CLEAR(w->callback);   /* no memory to keep it: dropped, as CPython on MemoryError */
        }
    }
    for (intptr_t i = 0; i < k; i++) {
        rt_weakref_run_callback((rt_weakref *)refs[i]);
        RT_DECREF(refs[i]);
    }
    if (refs != small)
        rt_raw_free(refs);
}

/* ---- the weakref type -------------------------------------------------- */

static void weakref_dealloc(rt_object *o)
{
    rt_weakref *w = (rt_weakref *)o;
    rt_gc_untrack(o);
    rt_weakref_clear(w);
    RT_CLEAR(w->callback);
    rt_object_free(o);
}

static int weakref_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((rt_weakref *)o)->callback);
    return 0;
}

static int weakref_clear(rt_object *o)
{
    rt_weakref *w = (rt_weakref *)o;
    rt_weakref_clear(w);
    RT_CLEAR(w->callback);
    return 0;
}

static rt_object *weakref_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    if (RT_SIZE(args) != 0 || (kwargs && rt_length(kwargs) > 0))
        return rt_err_format(&rt_exc_TypeError, "weakref() takes no arguments");
    rt_object *r = referent_of((rt_weakref *)o);
    return rt_newref(r ? r : RT_NONE);
}

static rt_object *weakref_repr(rt_object *o)
{
    rt_object *r = referent_of((rt_weakref *)o);
    if (!r)
        return rt_str_from_format("<weakref at %p; dead>", (void *)o);
    return rt_str_from_format("<weakref at %p; to '%s' at %p>", (void *)o, r->type->name, (void *)r);
}

/* hash(ref) is the referent's hash, remembered so that a dict keyed by a
 * weakref still works after the referent dies. */
intptr_t rt_weakref_hash(rt_object *o)
{
    rt_weakref *w = (rt_weakref *)o;
    if (w->hash != -1)
        return w->hash;
    if (!referent_of(w)) {
        rt_err_set_string(&rt_exc_TypeError, "weak object has gone away");
        return -1;
    }
    w->hash = rt_hash(referent_of(w));
    return w->hash;
}

/* Two refs are equal when both referents are alive and equal, otherwise
 * only when they are the same ref. */
static rt_object *weakref_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op != RT_EQ && op != RT_NE) || !rt_weakref_check(a) || !rt_weakref_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *x = referent_of((rt_weakref *)a), *y = referent_of((rt_weakref *)b);
    if (!x || !y) {
        bool same = a == b;
        return rt_newref(same == (op == RT_EQ) ? RT_TRUE : RT_FALSE);
    }
    return rt_richcompare(x, y, op);
}

/* ref.__new__ and ref.__init__ unpack one or two positional arguments
 * (CPython's PyArg_UnpackTuple message); __new__ ignores keyword arguments,
 * so a subclass's __init__ may take its own, and __init__ refuses them. */
static int unpack_args(const char *fname, rt_object *args)
{
    intptr_t n = RT_SIZE(args);
    if (n >= 1 && n <= 2)
        return 0;
    rt_err_format(&rt_exc_TypeError, "%s expected %s, got %ld", fname,
                  n < 1 ? "at least 1 argument" : "at most 2 arguments", (long)n);
    return -1;
}

static rt_object *weakref_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)kwargs;
    if (unpack_args("__new__", args) < 0)
        return NULL;
    intptr_t n = RT_SIZE(args);
    return weakref_make(t, RT_TUPLE_GET_ITEM(args, 0), n > 1 ? RT_TUPLE_GET_ITEM(args, 1) : NULL);
}

RT_NOSCAN static rt_method_def weakref_methods[] = {
    { NULL, NULL, 0, NULL },
};

static int weakref_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    (void)self;
    if (kwargs && rt_length(kwargs) > 0) {
        rt_err_set_string(&rt_exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    return unpack_args("__init__", args);
}

static rt_object *weakref_get_callback(rt_object *o, void *c)
{
    (void)c;
    rt_object *cb = ((rt_weakref *)o)->callback;
    return rt_newref(cb ? cb : RT_NONE);
}

RT_NOSCAN static rt_getset_def weakref_getsets[] = {
    { "__callback__", weakref_get_callback, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};


RT_NOSCAN_TYPE rt_type rt_weakref_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(rt_weakref),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_WEAKREF_SUBCLASS,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = weakref_repr,
    .hash = rt_weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .getsets = weakref_getsets,
    .methods = weakref_methods,
    .new_ = weakref_new,
    .init = weakref_init,
};

int rt_weakref_init(void) { return rt_type_ready(&rt_weakref_type); }

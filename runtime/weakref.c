/*
 * weakref.c -- weak references.
 *
 * Invariants kept here:
 *   - every live weakref with a live referent is linked into the list
 *     whose head is at the referent's weaklistoffset, newest first;
 *   - a weakref never owns its referent; it is cleared (referent NULL,
 *     unlinked) either when the referent dies or when the weakref dies;
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
#include "weakref.h"
#include "gchead.h"
#include "alloc.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "int.h"

uintptr_t rt_weakref_mask;
void (*rt_weakref_registered)(rt_weakref *w, rt_object *referent);

/* A cleared field reads 0 whatever the mask (boehm clears a disappearing
 * link to 0). */
static inline rt_object *referent_of(const rt_weakref *w)
{
    uintptr_t v = (uintptr_t)w->referent;
    return v ? (rt_object *)(v ^ rt_weakref_mask) : NULL;
}

static inline void set_referent(rt_weakref *w, rt_object *p)
{
    w->referent = p ? (rt_object *)((uintptr_t)p ^ rt_weakref_mask) : NULL;
}

rt_object **rt_weakref_list_ptr(rt_object *obj)
{
    intptr_t off = obj->type->weaklistoffset;
    return off > 0 ? (rt_object **)((char *)obj + off) : NULL;
}

static void unlink_ref(rt_weakref *w)
{
    rt_object *r = referent_of(w);
    if (!r)
        return;
    rt_object **head = rt_weakref_list_ptr(r);
    if (w->prev)
        w->prev->next = w->next;
    else
        *head = RT_OBJ(w->next);
    if (w->next)
        w->next->prev = w->prev;
    w->prev = w->next = NULL;
    set_referent(w, NULL);
}

rt_object *rt_weakref_new(rt_object *obj, rt_object *callback)
{
    rt_object **head = rt_weakref_list_ptr(obj);
    if (!head)
        return rt_err_format(&rt_exc_TypeError, "cannot create weak reference to '%s' object", obj->type->name);
    if (callback == RT_NONE)
        callback = NULL;
    rt_weakref *w = (rt_weakref *)rt_object_new(&rt_weakref_type);
    if (!w)
        return NULL;
    set_referent(w, obj);
    w->callback = callback ? rt_newref(callback) : NULL;
    w->hash = -1;
    w->next = (rt_weakref *)*head;
    if (w->next)
        w->next->prev = w;
    *head = RT_OBJ(w);
    rt_gc_track(RT_OBJ(w));
    if (rt_weakref_registered)
        rt_weakref_registered(w, obj);
    return RT_OBJ(w);
}

rt_object *rt_weakref_get(rt_object *ref) { return referent_of((rt_weakref *)ref); }

intptr_t rt_weakref_count(rt_object *obj)
{
    rt_object **head = rt_weakref_list_ptr(obj);
    intptr_t n = 0;
    for (rt_weakref *w = head ? (rt_weakref *)*head : NULL; w; w = w->next)
        n++;
    return n;
}

static void report_callback_error(rt_object *callback)
{
    rt_object *exc = rt_err_fetch();
    rt_object *cr = rt_repr(callback);
    if (!cr)
        rt_err_clear();
    rt_object *er = exc ? rt_repr(exc) : NULL;
    if (!er)
        rt_err_clear();
    fprintf(stderr, "Exception ignored in: %s\n%s\n", cr ? rt_str_data(cr) : "<callback>",
            er ? rt_str_data(er) : "<exception>");
    RT_XDECREF(cr);
    RT_XDECREF(er);
    RT_XDECREF(exc);
}

void rt_weakref_clear_all(rt_object *obj)
{
    rt_object **head = rt_weakref_list_ptr(obj);
    if (!head || !*head)
        return;
    /* Pass 1: clear every ref, collecting (ref, callback) pairs of the refs
     * still alive, newest first.  The refs are kept alive by the array. */
    intptr_t n = 0;
    for (rt_weakref *w = (rt_weakref *)*head; w; w = w->next)
        if (w->callback)
            n++;
    rt_object *small[16];   /* 8 refs with callbacks without a malloc: the usual case is 1 */
    rt_object **pairs = n * 2 <= 16 ? small : rt_raw_malloc(sizeof(rt_object *) * (size_t)n * 2);
    intptr_t k = 0;
    while (*head) {
        rt_weakref *w = (rt_weakref *)*head;
        unlink_ref(w);
        if (w->callback && pairs) {
            pairs[k++] = rt_newref(RT_OBJ(w));
            pairs[k++] = w->callback;   /* the ref's reference moves here */
            w->callback = NULL;
        }
    }
    if (k == 0) {
        if (pairs != small)
            rt_raw_free(pairs);
        return;
    }
    /* Pass 2: run the callbacks, with whatever exception was current set
     * aside (a dealloc may run while an exception propagates). */
    rt_object *saved = rt_err_fetch();
    for (intptr_t i = 0; i < k; i += 2) {
        rt_object *ref = pairs[i], *cb = pairs[i + 1];
        rt_object *r = rt_call_vector(cb, &ref, 1);
        if (r)
            RT_DECREF(r);
        else
            report_callback_error(cb);
        RT_DECREF(cb);
        RT_DECREF(ref);
    }
    rt_err_restore(saved);
    if (pairs != small)
        rt_raw_free(pairs);
}

/* ---- the weakref type -------------------------------------------------- */

static void weakref_dealloc(rt_object *o)
{
    rt_weakref *w = (rt_weakref *)o;
    rt_gc_untrack(o);
    unlink_ref(w);
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
    unlink_ref(w);
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
static intptr_t weakref_hash(rt_object *o)
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

static rt_object *weakref_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    intptr_t n = RT_SIZE(args);
    if ((kwargs && rt_length(kwargs) > 0) || n < 1 || n > 2)
        return rt_err_format(&rt_exc_TypeError, "ref() takes 1 or 2 arguments (%ld given)", (long)n);
    return rt_weakref_new(RT_TUPLE_GET_ITEM(args, 0), n > 1 ? RT_TUPLE_GET_ITEM(args, 1) : NULL);
}

static rt_object *weakref_get_callback(rt_object *o, void *c)
{
    (void)c;
    rt_object *cb = ((rt_weakref *)o)->callback;
    return rt_newref(cb ? cb : RT_NONE);
}

static rt_getset_def weakref_getsets[] = {
    { "__callback__", weakref_get_callback, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};


rt_type rt_weakref_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(rt_weakref),
    .flags = RT_TPFLAGS_GC,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .getsets = weakref_getsets,
    .new_ = weakref_new,
};

int rt_weakref_init(void) { return rt_type_ready(&rt_weakref_type); }

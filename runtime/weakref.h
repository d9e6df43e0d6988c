/*
 * weakref.h -- weak references (weakref.ref).
 *
 * Objects whose type has a non-zero weaklistoffset keep, at that offset, the
 * head of a doubly linked list of the weakrefs that refer to them (the
 * shared callback-less ref first, then the others newest first).  A
 * weakref does not own its referent; the referent's dealloc calls
 * rt_weakref_clear_all before it drops any of its own fields, which clears
 * every weakref (they then return None) and runs their callbacks newest
 * first, as CPython does.
 *
 * The referent field and the list links (the head in the referent, prev
 * and next) are stored XOR rt_weakref_mask, NULL as 0: 0 except under a
 * conservative collector (boehm: ~0), whose scanner must see neither the
 * referent (a weakref does not keep it alive) nor the links (a referent
 * does not keep its weakrefs alive, nor one weakref the others).  So they
 * are read and written only through the functions below, never directly.
 */
#ifndef GCLAB_RUNTIME_WEAKREF_H
#define GCLAB_RUNTIME_WEAKREF_H

#include "runtime/object.h"

typedef struct rt_weakref {
    RT_OBJECT_HEAD
    rt_object *referent;        /* borrowed; NULL once cleared; masked: rt_weakref_get */
    rt_object *callback;        /* owned; NULL when none or already run */
    struct rt_weakref *prev, *next;   /* the referent's list; masked: rt_weakref_next */
    intptr_t hash;              /* -1 until computed */
} rt_weakref;

extern rt_type rt_weakref_type;   /* "weakref.ReferenceType" */

/* Set by a conservative collector before rt_init (boehm: ~0, and
 * registered is called on each new weakref, after it is linked, to make
 * its referent field a disappearing link; a non-zero return fails the
 * creation with MemoryError).  0 and NULL otherwise. */
extern uintptr_t rt_weakref_mask;
extern int (*rt_weakref_registered)(rt_weakref *w, rt_object *referent);

static inline bool rt_weakref_check(rt_object *o)
{
    return (o->type->flags & RT_TPFLAGS_WEAKREF_SUBCLASS) != 0;
}

/* weakref.ref(obj, callback): TypeError "cannot create weak reference to
 * 'int' object" for types without a weakref list. */
rt_object *rt_weakref_new(rt_object *obj, rt_object *callback);
/* A weakref of type t (rt_weakref's layout: a subclass, a proxy): never the shared basic ref. */
rt_object *rt_weakref_new_type(rt_type *t, rt_object *obj, rt_object *callback);
/* hash(ref): the referent's hash, remembered once computed (TypeError
 * "weak object has gone away" when it died first). */
intptr_t rt_weakref_hash(rt_object *o);
/* The referent (borrowed) or NULL once it is dead. */
rt_object *rt_weakref_get(rt_object *ref);
/* Clear every weakref to obj and run their callbacks (newest first).
 * Called by dealloc (and by collectors) BEFORE the object's fields are
 * dropped.  Preserves the current exception.  Callback errors are printed
 * to stderr as "Exception ignored in: ..." and dropped. */
void rt_weakref_clear_all(rt_object *obj);
/* weakref.getweakrefcount(obj): live weakrefs to obj. */
intptr_t rt_weakref_count(rt_object *obj);
/* Address of obj's list head, or NULL when its type has none. */
static inline rt_object **rt_weakref_list_ptr(rt_object *obj)
{
    intptr_t off = obj->type->weaklistoffset;
    return off ? rt_tail_slot(obj, off) : NULL;
}

/* ---- for the collectors: the list, through the mask ------------------- */

/* The newest weakref in the list whose head is *head (NULL: empty). */
rt_weakref *rt_weakref_first(rt_object **head);
/* The next (older) weakref in its list, or NULL. */
rt_weakref *rt_weakref_next(const rt_weakref *w);
/* Take w out of the list whose head is *head (its referent's, even if the
 * referent field was already cleared by a collector) and clear it: it
 * answers None from now on.  Its callback is left alone. */
void rt_weakref_detach(rt_weakref *w, rt_object **head);
/* Clear w if it is not cleared yet (detach it from its referent's list);
 * no callback. */
void rt_weakref_clear(rt_weakref *w);
/* Run w's callback, if it still has one, with w as its argument, and drop
 * it (a callback runs at most once).  The current exception is preserved;
 * an exception raised by the callback is reported as CPython's unraisable
 * hook does ("Exception ignored in: <callback>", then "Type: message") and
 * dropped. */
void rt_weakref_run_callback(rt_weakref *w);

#endif

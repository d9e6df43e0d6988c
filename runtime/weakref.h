/*
 * weakref.h -- weak references (weakref.ref).
 *
 * Objects whose type has a non-zero weaklistoffset keep, at that offset, the
 * head of a doubly linked list of the weakrefs that refer to them (newest
 * first).  A weakref does not own its referent; the referent's dealloc calls
 * rt_weakref_clear_all before it drops any of its own fields, which clears
 * every weakref (they then return None) and runs their callbacks newest
 * first, as CPython does.
 */
#ifndef GCLAB_RUNTIME_WEAKREF_H
#define GCLAB_RUNTIME_WEAKREF_H

#include "object.h"

typedef struct rt_weakref {
    RT_OBJECT_HEAD
    rt_object *referent;        /* borrowed; NULL once cleared; stored XOR
                                 * rt_weakref_mask: read it with rt_weakref_get */
    rt_object *callback;        /* owned; NULL when none or already run */
    struct rt_weakref *prev, *next;   /* the referent's list */
    intptr_t hash;              /* -1 until computed */
} rt_weakref;

extern rt_type rt_weakref_type;   /* "weakref.ReferenceType" */

/* Set by a conservative collector before rt_init (boehm: ~0, so that the
 * referent field does not look like a pointer to its scanner, and
 * registered is called on each new weakref to make the field a
 * disappearing link).  0 and NULL otherwise. */
extern uintptr_t rt_weakref_mask;
extern void (*rt_weakref_registered)(rt_weakref *w, rt_object *referent);

static inline bool rt_weakref_check(rt_object *o) { return o->type == &rt_weakref_type; }

/* weakref.ref(obj, callback): TypeError "cannot create weak reference to
 * 'int' object" for types without a weakref list. */
rt_object *rt_weakref_new(rt_object *obj, rt_object *callback);
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
rt_object **rt_weakref_list_ptr(rt_object *obj);

#endif

/*
 * gchead.h -- the GC header that precedes every container, and the small
 * part of collector state the runtime touches on its hot paths.
 *
 * Layout (as CPython 3.8+): two words in front of the object.
 *   gc_next: address of the next header in the object's list; 0 = untracked.
 *            Collectors may use bit 0 during a collection (CPython's
 *            NEXT_MASK_UNREACHABLE).
 *   gc_prev: address of the previous header; its low three bits are flags
 *            (RT_GC_FINALIZED, RT_GC_COLLECTING, RT_GC_OLD_SPACE).  During
 *            a collection the cycle collector may store gc_refs in the
 *            upper bits, exactly as CPython does, so no per-collection
 *            memory is needed.  RT_GC_OLD_SPACE is the incremental
 *            collector's: which of its two old spaces the object is in
 *            (CPython 3.14 keeps it in _gc_next; here the list operations,
 *            which keep gc_prev's flags, keep it for free).
 *
 * Invariants:
 *   - an object is "tracked" iff gc_next != 0;
 *   - the lists are circular and doubly linked through gc_next/gc_prev with a
 *     dummy list head (an rt_gchead that is not followed by an object);
 *   - RT_GC_FINALIZED, once set, is never cleared while the object lives
 *     (PEP 442: finalize runs at most once).
 *
 * The runtime only ever links new containers into rt_gc.young (rt_gc_track)
 * and unlinks them (rt_gc_untrack); which list that is, and what a
 * collection does, belongs to the collector (collectors/collector.h).
 */
#ifndef GCLAB_RUNTIME_GCHEAD_H
#define GCLAB_RUNTIME_GCHEAD_H

#include "runtime/object.h"

typedef struct rt_gchead {
    uintptr_t gc_next;
    uintptr_t gc_prev;
} rt_gchead;

#define RT_GC_FINALIZED   ((uintptr_t)1)
#define RT_GC_COLLECTING  ((uintptr_t)2)
#define RT_GC_OLD_SPACE   ((uintptr_t)4)
#define RT_GC_FLAG_MASK   ((uintptr_t)7)
#define RT_GC_FLAG_BITS   3

static inline rt_gchead *rt_as_gc(rt_object *o) { return (rt_gchead *)o - 1; }
static inline rt_object *rt_from_gc(rt_gchead *g) { return (rt_object *)(g + 1); }

static inline rt_gchead *rt_gc_next(rt_gchead *g) { return (rt_gchead *)g->gc_next; }
static inline rt_gchead *rt_gc_prev(rt_gchead *g) { return (rt_gchead *)(g->gc_prev & ~RT_GC_FLAG_MASK); }
static inline void rt_gc_set_next(rt_gchead *g, rt_gchead *n) { g->gc_next = (uintptr_t)n; }
static inline void rt_gc_set_prev(rt_gchead *g, rt_gchead *p)
{
    g->gc_prev = (uintptr_t)p | (g->gc_prev & RT_GC_FLAG_MASK);
}

static inline bool rt_gc_is_tracked(rt_object *o) { return rt_as_gc(o)->gc_next != 0; }
static inline bool rt_gc_is_finalized(rt_object *o) { return (rt_as_gc(o)->gc_prev & RT_GC_FINALIZED) != 0; }
static inline void rt_gc_set_finalized(rt_object *o) { rt_as_gc(o)->gc_prev |= RT_GC_FINALIZED; }

static inline void rt_gc_list_init(rt_gchead *head)
{
    head->gc_next = (uintptr_t)head;
    head->gc_prev = (uintptr_t)head;
}
static inline bool rt_gc_list_is_empty(rt_gchead *head) { return head->gc_next == (uintptr_t)head; }

/* Append node at the tail of the list headed by head. */
static inline void rt_gc_list_append(rt_gchead *node, rt_gchead *head)
{
    rt_gchead *last = rt_gc_prev(head);
    rt_gc_set_next(last, node);
    rt_gc_set_prev(node, last);
    rt_gc_set_next(node, head);
    rt_gc_set_prev(head, node);
}
static inline void rt_gc_list_remove(rt_gchead *node)
{
    rt_gchead *prev = rt_gc_prev(node), *next = rt_gc_next(node);
    rt_gc_set_next(prev, next);
    rt_gc_set_prev(next, prev);
    node->gc_next = 0;
}

/*
 * The part of the collector's state that the allocation and deallocation
 * paths need, kept in one struct so they pay one load.  The collector owns
 * the contents; the runtime only follows the rules below.
 */
typedef struct rt_gcstate {
    rt_gchead *young;        /* where rt_gc_track links new containers */
    intptr_t young_count;    /* CPython's generations[0].count */
    /* Containers allocated minus containers freed, never reset: CPython
     * 3.14's heap_size, what the incremental collector sizes its
     * increments by. */
    intptr_t heap_size;
    intptr_t young_threshold;/* collect when young_count exceeds this (0: never) */
    bool enabled;            /* gc.enable() / gc.disable() */
    bool collecting;         /* a collection is running: no re-entry */
    /* Called from rt_gc_note_alloc when the threshold is crossed. */
    void (*on_threshold)(void);
} rt_gcstate;

extern rt_gcstate rt_gc;

/* Link a container into the young list.  Must not be already tracked. */
static inline void rt_gc_track(rt_object *o)
{
    rt_gc_list_append(rt_as_gc(o), rt_gc.young);
}
/* Untracking also drops every flag but FINALIZED (as CPython's
 * _PyObject_GC_UNTRACK): an object untracked in the middle of a collection
 * must not keep RT_GC_COLLECTING, or a later collection would take its
 * gc_prev for a reference count. */
static inline void rt_gc_untrack(rt_object *o)
{
    rt_gchead *g = rt_as_gc(o);
    if (g->gc_next) {
        rt_gc_list_remove(g);
        g->gc_prev &= RT_GC_FINALIZED;
    }
}
static inline void rt_gc_maybe_untrack(rt_object *o) { rt_gc_untrack(o); }

/* Called by rt_object_new for every new container (CPython: the gen-0 count
 * goes up on each container allocation and the collection runs inside the
 * allocation that crosses threshold 0). */
static inline void rt_gc_note_alloc(void)
{
    rt_gc.young_count++;
    rt_gc.heap_size++;
    if (rt_gc.young_count > rt_gc.young_threshold && rt_gc.young_threshold
        && rt_gc.enabled && !rt_gc.collecting && rt_gc.on_threshold)
        rt_gc.on_threshold();
}
/* Called by rt_object_free for every container freed (CPython decrements
 * generations[0].count in PyObject_GC_Del when it is positive). */
static inline void rt_gc_note_free(void)
{
    rt_gc.heap_size--;
    if (rt_gc.young_count > 0)
        rt_gc.young_count--;
}

#endif

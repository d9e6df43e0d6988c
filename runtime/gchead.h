/*
 * gchead.h -- the GC header that precedes every container, the one table
 * of what its bits mean, and the small part of collector state the runtime
 * touches on its hot paths.
 *
 * Layout (as CPython 3.8+): two words in front of the object.
 *   gc_next: address of the next header in the object's list; 0 = untracked.
 *   gc_prev: address of the previous header, with flags in its low bits.
 * Headers are 16-byte aligned, so the low four bits of an address are zero
 * and may carry flags.
 *
 * Every bit of the header words, and the one bit of the refcount word a
 * collector uses, is allocated here; no collector defines bits of its own.
 *
 *   word     bits  name                    user          kept by list ops?
 *   gc_next  0     RT_GC_NEXT_UNREACHABLE  cycle core    no: set only on the
 *                  (CPython's NEXT_MASK_UNREACHABLE)     tentatively-unreachable
 *                                                        list of one
 *                                                        move_unreachable pass,
 *                                                        which links it by hand;
 *                                                        no rt_gc_list_* call
 *                                                        may see it
 *   gc_next  1-63  next header (0: untracked)            all
 *   gc_prev  0     RT_GC_FINALIZED         every         yes: set_prev, append,
 *                  collector that runs finalizers        remove, move, merge and
 *                  (PEP 442: at most once; never         untrack keep it
 *                  cleared while the object lives)
 *   gc_prev  1     RT_GC_COLLECTING        cycle core    yes by the list ops;
 *                  (the object is in the set being       untrack clears it
 *                  collected)
 *   gc_prev  2     RT_GC_OLD_SPACE         incr          yes: set_prev and every
 *                  (which of its two old spaces the      list op keep it; a
 *                  object is in: CPython 3.14 keeps it   collection keeps it
 *                  in _gc_next, where gclab's list ops   (rt_gc_refs_reset);
 *                  would not keep it)                    untrack clears it
 *   gc_prev  3-63  previous header; or, while           set_prev keeps
 *                  COLLECTING, the object's gc_refs      bits 0-2
 *                  (rt_gc_refs_*: the young list is then
 *                  singly linked); or, on the trashcan's
 *                  deferred chain (object.c), a destructor index
 *   refcnt   62    RT_GC_MARK_REFCNT       marksweep     (not a header word:
 *                  (mark bit; under marksweep refcounts  marksweep marks atomic
 *                  sit near RT_IMMORTAL_REFCNT = 2^60)   objects too)
 *   refcnt   61    RT_GC_FROZEN_REFCNT     marksweep     set with the mark bit
 *                  (gc.freeze(): the object is in the    by gc.freeze(), both
 *                  frozen set and stays marked)          cleared by unfreeze()
 *
 * Other users of the words, which set no bits: the trashcan (object.c)
 * chains deferred deallocations through gc_next of untracked objects;
 * marksweep puts an rt_gchead-shaped link (no flags) in front of every
 * block, threaded into its own lists with the same list operations.
 *
 * Invariants:
 *   - an object is "tracked" iff gc_next != 0;
 *   - the lists are circular and doubly linked through gc_next/gc_prev with a
 *     dummy list head (an rt_gchead that is not followed by an object);
 *     a list head carries no flags;
 *   - outside a collection no header has RT_GC_COLLECTING or
 *     RT_GC_NEXT_UNREACHABLE set (collectors/gc_check.c verifies it);
 *   - RT_GC_FINALIZED, once set, is never cleared while the object lives.
 *
 * The runtime only ever links new containers into rt_gc.young (rt_gc_track)
 * and unlinks them (rt_gc_untrack); which list that is, and what a
 * collection does, belongs to the collector (collectors/collector.h).
 */
#ifndef GCLAB_RUNTIME_GCHEAD_H
#define GCLAB_RUNTIME_GCHEAD_H

#include "runtime/object.h"
#include "runtime/check.h"
#include "runtime/census.h"

typedef struct rt_gchead {
    uintptr_t gc_next;
    uintptr_t gc_prev;
} rt_gchead;

#define RT_GC_NEXT_UNREACHABLE ((uintptr_t)1)
#define RT_GC_FINALIZED   ((uintptr_t)1)
#define RT_GC_COLLECTING  ((uintptr_t)2)
#define RT_GC_OLD_SPACE   ((uintptr_t)4)
#define RT_GC_FLAG_MASK   ((uintptr_t)7)
#define RT_GC_FLAG_BITS   3
#define RT_GC_MARK_REFCNT ((intptr_t)1 << 62)
#define RT_GC_FROZEN_REFCNT ((intptr_t)1 << 61)
/* Under the tracing collectors every live object's refcount stays within a
 * few million of RT_IMMORTAL_REFCNT (2^60; it may dip below: interned
 * strings drop references they never took), so it is at least this, while
 * a gc head's first word (an address) and a freed block's are below it. */
#define RT_GC_TRACED_REFCNT_FLOOR ((uintptr_t)1 << 56)

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

/* Append node at the tail of the list headed by head.  node's own links
 * are overwritten (it must not be in a list any more). */
static inline void rt_gc_list_append(rt_gchead *node, rt_gchead *head)
{
    rt_gchead *last = rt_gc_prev(head);
    GCLAB_ASSERT(rt_gc_next(last) == head);   /* head's tail links back to head */
    rt_gc_set_next(last, node);
    rt_gc_set_prev(node, last);
    rt_gc_set_next(node, head);
    rt_gc_set_prev(head, node);
}
/* Unlink node from a well-formed (doubly linked) list, leaving it
 * untracked; its flags stay. */
static inline void rt_gc_list_remove(rt_gchead *node)
{
    rt_gchead *prev = rt_gc_prev(node), *next = rt_gc_next(node);
    GCLAB_ASSERT(rt_gc_next(prev) == node && rt_gc_prev(next) == node);
    rt_gc_set_next(prev, next);
    rt_gc_set_prev(next, prev);
    node->gc_next = 0;
}
/* Move node from its list to the tail of to's. */
static inline void rt_gc_list_move(rt_gchead *node, rt_gchead *to)
{
    rt_gc_list_remove(node);
    rt_gc_list_append(node, to);
}
/* Append every node of from, in order, to to; from becomes empty.  O(1). */
static inline void rt_gc_list_merge(rt_gchead *from, rt_gchead *to)
{
    if (!rt_gc_list_is_empty(from)) {
        rt_gchead *tail = rt_gc_prev(to);
        rt_gchead *first = rt_gc_next(from), *last = rt_gc_prev(from);
        GCLAB_ASSERT(rt_gc_next(tail) == to && rt_gc_next(last) == from);
        rt_gc_set_next(tail, first);
        rt_gc_set_prev(first, tail);
        rt_gc_set_next(last, to);
        rt_gc_set_prev(to, last);
    }
    rt_gc_list_init(from);
}
static inline intptr_t rt_gc_list_size(rt_gchead *list)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g))
        n++;
    return n;
}

/* ---- the cycle core's bits (see the table above) ------------------------- */

static inline bool rt_gc_is_collecting(const rt_gchead *g) { return (g->gc_prev & RT_GC_COLLECTING) != 0; }
static inline void rt_gc_clear_collecting(rt_gchead *g) { g->gc_prev &= ~RT_GC_COLLECTING; }
/* gc_refs: valid only while COLLECTING is set (gc_prev is then no pointer). */
static inline intptr_t rt_gc_refs(const rt_gchead *g) { return (intptr_t)(g->gc_prev >> RT_GC_FLAG_BITS); }
static inline void rt_gc_refs_set(rt_gchead *g, intptr_t r)
{
    g->gc_prev = (g->gc_prev & RT_GC_FLAG_MASK) | ((uintptr_t)r << RT_GC_FLAG_BITS);
}
/* Enter a collection: gc_refs = r, COLLECTING set, FINALIZED and
 * OLD_SPACE kept. */
static inline void rt_gc_refs_reset(rt_gchead *g, intptr_t r)
{
    g->gc_prev = (g->gc_prev & (RT_GC_FINALIZED | RT_GC_OLD_SPACE)) | RT_GC_COLLECTING
                 | ((uintptr_t)r << RT_GC_FLAG_BITS);
}
static inline void rt_gc_refs_dec(rt_gchead *g) { g->gc_prev -= (uintptr_t)1 << RT_GC_FLAG_BITS; }
static inline bool rt_gc_next_is_unreachable(const rt_gchead *g) { return (g->gc_next & RT_GC_NEXT_UNREACHABLE) != 0; }

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
    /* The collector marks atomic objects through the traverse slots
     * (marksweep frees a str nothing marks): every slot must visit every
     * reference, even those CPython 3.11's skip (a unicode-keys dict's str
     * keys).  gc_select clears it before the collector's init. */
    bool trace_all;
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
/* What the runtime makes late on behalf of start-up -- a built-in type
 * readied or its dict completed on first use, which CPython does before
 * the program's first line -- is not the program's allocation: between
 * rt_gc_startup_begin and rt_gc_startup_end allocations neither move gen
 * 0's count nor start a collection.  The objects stay tracked. */
/* A collector that models where CPython's start-up objects live (gen:
 * generation 2, where its start-up collections left them) sets
 * rt_gc_startup_adopt; the scope then tracks into rt_gc_startup_list and
 * hands what is left there to the hook at its end, so that
 * gc.get_objects(0) after a program's first subclass of property, say,
 * lists only what CPython's lists.  Without the hook (the tracing and
 * 3.14 collectors) they stay in the young list.  Scopes nest: only the
 * outermost one switches lists. */
extern rt_gchead rt_gc_startup_list;
extern void (*rt_gc_startup_adopt)(rt_gchead *list);
typedef struct { intptr_t young_count; bool enabled; rt_gchead *young; } rt_gc_startup_scope;
static inline rt_gc_startup_scope rt_gc_startup_begin(void)
{
    rt_gc_startup_scope s = { rt_gc.young_count, rt_gc.enabled, rt_gc.young };
    rt_gc.enabled = false;
    if (rt_gc_startup_adopt && rt_gc.young != &rt_gc_startup_list) {
        rt_gc_list_init(&rt_gc_startup_list);
        rt_gc.young = &rt_gc_startup_list;
    }
    return s;
}
static inline void rt_gc_startup_end(rt_gc_startup_scope s)
{
    rt_gc.enabled = s.enabled;
    rt_gc.young_count = s.young_count;
    if (rt_gc.young != s.young) {
        rt_gc.young = s.young;
        if (rt_gc_startup_adopt)
            rt_gc_startup_adopt(&rt_gc_startup_list);
        else
            rt_gc_list_merge(&rt_gc_startup_list, s.young);
    }
}
/* Called by rt_object_free for every container freed (CPython decrements
 * generations[0].count in PyObject_GC_Del when it is positive). */
static inline void rt_gc_note_free(void)
{
    rt_gc.heap_size--;
    if (rt_gc.young_count > 0)
        rt_gc.young_count--;
}

/*
 * Free lists (CPython 3.11's): an exact tuple of 1 to 20 items (2,000 per
 * size), list (80), dict (80) or float (100) that dies goes to its
 * type's free list instead of back to the allocator, and the next one made
 * is taken from there.  As in CPython neither step moves gc.get_count(): the
 * generation-0 count goes up only for a container the allocator made
 * (rt_object_new) and down only for one given back (rt_object_free).  Only
 * under refcounting (a tracing collector frees memory itself, never through
 * a dealloc); a full collection empties them (rt_freelists_clear).
 */
static inline bool rt_freelists_on(void) { return rt_objspace.initial_refcnt == 1; }
/* A container taken from a free list, as rt_object_new leaves one:
 * refcnt 1, untracked; the caller resets its own fields. */
static inline rt_object *rt_gc_revive(rt_object *o)
{
    rt_gchead *g = rt_as_gc(o);
    g->gc_next = 0;
    g->gc_prev = 0;
    o->refcnt = 1;
    return o;
}
/* The heap census's view of a container put on a free list (a death) and
 * taken from one (a birth), its item count already set (census.h). */
static inline void rt_freelist_push_note(rt_object *o)
{
    rt_census_freelist_push(rt_as_gc(o));
}
static inline void rt_freelist_pop_note(rt_object *o)
{
    const rt_type *t = o->type;
    size_t items = t->itemsize ? (size_t)RT_SIZE(o) * (size_t)t->itemsize : 0;
    rt_census_freelist_pop(rt_as_gc(o), t, (size_t)t->basicsize + items);
}
/* Give every free-listed object back to the allocator (object.c). */
void rt_freelists_clear(void);
void rt_tuple_freelist_clear(void);
/* A list C code holds outside any object (sys.stdout's pending-bytes
 * list, vm/builtins.c): taken as PyList_New takes one -- from the free
 * list, else new and counted -- untracked, and given back with
 * rt_decref, as list_dealloc gives it back (to the free list, else
 * freed and uncounted).  NULL when the free lists are off (the tracing
 * collectors: the caller counts by hand) or on MemoryError. */
rt_object *rt_list_standin_take(void);
void rt_list_freelist_clear(void);
void rt_dict_freelist_clear(void);
void rt_float_freelist_clear(void);
/* The one-slice cache (slice.c), kept by collections as in CPython.
 * Priming it leaves a slice in it, as CPython 3.11's start-up does (its
 * site and importlib code slices strings): the program's first slice
 * then moves no gc count, as in CPython. */
void rt_slice_cache_clear(void);
int rt_slice_cache_prime(void);
/* Fill the list, dict, float and tuple free lists with what CPython
 * 3.11's start-up leaves on them (startstate.c).  0 / -1. */
int rt_start_state_prime(void);
/* Make the next rt_start_state_prime fill the lists (else it does nothing). */
void rt_start_state_arm(void);

#endif

/*
 * cycle.c -- the cycle-finding core (cycle.h): the algorithm of CPython's
 * Modules/gcmodule.c, written anew, over list heads a collector passes in.
 *
 * Refcounting frees almost everything; what it cannot free are groups of
 * containers that keep each other alive.  Given a list "young" of tracked
 * containers, the core:
 *   1. copies every refcount into gc_refs (upper bits of gc_prev) and marks
 *      the object COLLECTING; subtracts, through traverse, every reference
 *      that comes from inside young: what is left is the number of
 *      references from outside (update_refs / subtract_refs);
 *   2. moves every object with gc_refs == 0 to "unreachable" unless a
 *      traversal from an externally referenced object reaches it, in one
 *      pass over young (move_unreachable, see there);
 *   3. clears weakrefs to the unreachable objects and runs the callbacks of
 *      the weakrefs that survive; runs finalize once per object (PEP 442);
 *   4. repeats steps 1-2 on the unreachable set: whatever a finalizer
 *      resurrected survives; calls clear on the rest, which breaks the
 *      cycles so that refcounting frees them.
 * Steps 1-2 are gc_cycle_deduce_unreachable, steps 3-4 gc_cycle_dispose.
 *
 * Invariants: the header states of cycle.h at every boundary; during steps
 * 1-2 the gc_prev of an object in young holds gc_refs, not a pointer, so
 * young may be appended to but not walked backwards; nothing is allocated
 * (see cycle.h).
 */
#include <stdlib.h>
#include "collectors/cycle.h"
#include "runtime/error.h"
#include "runtime/telemetry.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/weakref.h"
#include "runtime/instattr.h"

/* ---- header states between phases (debug and asan builds) ---------------- */

/* What CPython's validate_list checks: head is a well-formed circular list
 * (every next's prev points back), no object carries NEXT_UNREACHABLE, and
 * every object's COLLECTING bit is as expected.  Only where gc_prev holds
 * pointers, i.e. not between update_refs and the end of move_unreachable. */
#if GCLAB_ASSERTS_ON
static void validate_list(rt_gchead *head, bool collecting)
{
    GCLAB_ASSERT(!(head->gc_prev & RT_GC_FLAG_MASK));
    rt_gchead *prev = head;
    for (rt_gchead *g = rt_gc_next(head); g != head; g = rt_gc_next(g)) {
        GCLAB_ASSERT(!rt_gc_next_is_unreachable(g));
        GCLAB_ASSERT(rt_gc_prev(g) == prev);
        GCLAB_ASSERT(rt_gc_is_collecting(g) == collecting);
        prev = g;
    }
    GCLAB_ASSERT(rt_gc_prev(head) == prev);
}
#else
#define validate_list(head, collecting) ((void)0)
#endif

/* ---- finding the unreachable set ---------------------------------------- */

/* gc_refs = refcount, COLLECTING set.  A tracked object with refcount 0
 * would be a refcounting bug: it should have been deallocated when the
 * count reached zero. */
static inline __attribute__((always_inline)) void update_refs(rt_gchead *g)
{
    rt_object *op = rt_from_gc(g);
    if (op->refcnt <= 0) {
        fprintf(stderr, "gclab gc: tracked %s object %p has refcount %ld\n",
                op->type->name, (void *)op, (long)op->refcnt);
        abort();
    }
    rt_gc_refs_reset(g, op->refcnt);
}

/* Returns how many objects it saw when `count` (a constant at every call:
 * the walk without the count compiles to the same code as before). */
static inline __attribute__((always_inline)) intptr_t update_refs_walk(rt_gchead *young, bool count)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(young); g != young; g = rt_gc_next(g)) {
        update_refs(g);
        if (count)
            n++;
    }
    return n;
}

/* A visitor's second form, for a child known to be a container (its gc
 * head given): the visitor itself is "if rt_is_gc(child), this". */
typedef void (*visit_head_fn)(rt_gchead *g, void *arg);

/* op's traverse, with exact tuples and lists and instances of classes --
 * most of the containers of a typical heap -- walked here, in their
 * traverse's order (last item first for tuples and lists): `visit` is a
 * constant at each call, so it is inlined into the loop, where the slot
 * would cost two indirect calls per object and one per item.  The visitors
 * here always return 0, so nothing stops early.  visit_head is visit's
 * form for a known container: the class of an instance is a heap type,
 * which always has a gc head, so rt_is_gc (three loads: the metaclass's
 * flags and the class's) is not asked of it. */
/* The items of an exact tuple (may_null: a constructor may still be
 * filling a slot in) or list (list.h's invariant: items[0..size) are never
 * NULL, so the test list_traverse makes is left out -- two instructions
 * per item and walk, about 8% of a full collection of [[i] ...]). */
static inline __attribute__((always_inline)) void traverse_items(rt_object **items, intptr_t n, bool may_null,
                                                                rt_visitproc visit, void *arg)
{
    for (intptr_t i = n; --i >= 0;) {
        GCLAB_ASSERT(may_null || items[i]);
        if (!may_null || items[i])
            visit(items[i], arg);
    }
}

/* Every type but exact tuples and lists (which the callers take first). */
static inline __attribute__((always_inline)) void traverse_other(rt_object *op, rt_type *t, rt_visitproc visit,
                                                                visit_head_fn visit_head, void *arg)
{
    if (t->flags & RT_TPFLAGS_PLAIN_INSTANCE) {
        /* rt_instance_traverse_inline's first case: the storage, then the
         * class. */
        rt_instattr_traverse_slot_inline(*(rt_object **)((char *)op + t->dictoffset), visit, arg);
        visit_head(rt_as_gc(RT_OBJ(t)), arg);
    } else if (t->traverse == rt_instance_traverse) {
        rt_instance_traverse_inline(op, visit, visit, arg);
    } else {
        t->traverse(op, visit, arg);
    }
}

static inline __attribute__((always_inline)) void traverse(rt_object *op, rt_visitproc visit, visit_head_fn visit_head,
                                                          void *arg)
{
    rt_type *t = op->type;
    if (t == &rt_tuple_type)
        traverse_items(((rt_tuple *)op)->items, RT_SIZE(op), true, visit, arg);
    else if (t == &rt_list_type)
        traverse_items(((rt_list *)op)->items, RT_SIZE(op), false, visit, arg);
    else
        traverse_other(op, t, visit, visit_head, arg);
}

static inline __attribute__((always_inline)) void decref_head(rt_gchead *g, void *arg)
{
    (void)arg;
    /* Only objects of the list being collected are COLLECTING: references
     * into other lists (older generations) do not matter. */
    if (rt_gc_is_collecting(g))
        rt_gc_refs_dec(g);
}

static inline __attribute__((always_inline)) int visit_decref(rt_object *child, void *arg)
{
    if (rt_is_gc(child))
        decref_head(rt_as_gc(child), arg);
    return 0;
}

static void subtract_refs(rt_gchead *young)
{
    for (rt_gchead *g = rt_gc_next(young); g != young; g = rt_gc_next(g)) {
        traverse(rt_from_gc(g), visit_decref, decref_head, NULL);
    }
}

/* The decref of a closed walk (update_and_subtract_refs): a tracked child
 * not COLLECTING yet is in young but not reached by the walk yet, and gets
 * its gc_refs here, first. */
static inline __attribute__((always_inline)) void decref_closed_head(rt_gchead *g, void *arg)
{
    (void)arg;
    if (!rt_gc_is_collecting(g)) {
        if (!g->gc_next)
            return;
        update_refs(g);
    }
    rt_gc_refs_dec(g);
}

static inline __attribute__((always_inline)) int visit_decref_closed(rt_object *child, void *arg)
{
    if (rt_is_gc(child))
        decref_closed_head(rt_as_gc(child), arg);
    return 0;
}

/*
 * update_refs and subtract_refs in one walk, which saves a walk of every
 * header of young (on a big heap, a stream of cache misses).  Valid only
 * when young is closed: every tracked container is in young (a full
 * collection with nothing frozen).  Then "tracked and not COLLECTING"
 * means "in young, gc_refs not set yet", so an object gets its gc_refs
 * when first met, as a child or by the walk, and every reference from
 * inside young is subtracted once, as by the two walks.
 */
static inline __attribute__((always_inline)) intptr_t update_and_subtract_refs(rt_gchead *young, bool count)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(young); g != young; g = rt_gc_next(g)) {
        if (!rt_gc_is_collecting(g))
            update_refs(g);
        traverse(rt_from_gc(g), visit_decref_closed, decref_closed_head, NULL);
        if (count)
            n++;
    }
    return n;
}

/* arg: the young list head.  See move_unreachable. */
static inline __attribute__((always_inline)) void reachable_head(rt_gchead *g, void *arg)
{
    rt_gchead *young = arg;
    /* Not COLLECTING: another list, or already scanned (left of the scan
     * position) -- nothing to do. */
    if (!rt_gc_is_collecting(g))
        return;
    if (rt_gc_next_is_unreachable(g)) {
        /* Moved to unreachable earlier, but reachable after all: unlink it
         * by hand (the unreachable list's next pointers carry the flag) and
         * put it back at the end of young, where the scan will reach it. */
        rt_gchead *prev = rt_gc_prev(g);
        rt_gchead *next = (rt_gchead *)(g->gc_next & ~RT_GC_NEXT_UNREACHABLE);
        prev->gc_next = g->gc_next;          /* keeps the flag */
        rt_gc_set_prev(next, prev);
        rt_gc_list_append(g, young);
        rt_gc_refs_set(g, 1);
    } else {
        /* Not scanned yet: tell the scan it is reachable.  From here on
         * the scan only asks whether gc_refs is 0, so setting its lowest
         * bit does (CPython sets it to 1 when it is 0), without a test. */
        g->gc_prev |= (uintptr_t)1 << RT_GC_FLAG_BITS;
    }
}

static inline __attribute__((always_inline)) int visit_reachable(rt_object *child, void *arg)
{
    if (rt_is_gc(child))
        reachable_head(rt_as_gc(child), arg);
    return 0;
}

/* What the scan of move_unreachable also does to the survivors: CPython's
 * untrack_tuples (and, in full collections, untrack_dicts) over the
 * reachable list, fused into the scan, which visits the survivors in the
 * order that separate pass would (see gc_cycle_untrack_survivors). */
enum { UNTRACK_NONE, UNTRACK_TUPLES, UNTRACK_TUPLES_DICTS };

/* move_unreachable's traversal of a reachable op, and whether the
 * untracking rules let op go: one dispatch on the type for both (a list
 * is never untracked, so it asks nothing more). */
static inline __attribute__((always_inline)) bool scan_traverse(rt_object *op, rt_gchead *young, int untrack)
{
    rt_type *t = op->type;
    if (t == &rt_tuple_type) {
        traverse_items(((rt_tuple *)op)->items, RT_SIZE(op), true, visit_reachable, young);
        return untrack != UNTRACK_NONE && rt_tuple_untrackable(op);
    }
    if (t == &rt_list_type) {
        traverse_items(((rt_list *)op)->items, RT_SIZE(op), false, visit_reachable, young);
        return false;
    }
    traverse_other(op, t, visit_reachable, reachable_head, young);
    return untrack == UNTRACK_TUPLES_DICTS && t == &rt_dict_type && rt_dict_untrackable(op);
}

/*
 * Split young into reachable (stays in young) and unreachable.
 *
 * Why one pass works: an object with gc_refs > 0 is referenced from
 * outside, so it and everything it reaches survive.  The scan goes left to
 * right; an object with gc_refs > 0 is traversed, making every COLLECTING
 * child reachable (gc_refs 1, or moved back from unreachable to young's
 * tail, where the scan will still reach it).  An object with gc_refs == 0
 * is only tentatively moved to unreachable: a reference from an object
 * further right may still rescue it.  Behind the scan position every
 * object in young is reachable, has its gc_prev restored to a real pointer
 * and COLLECTING cleared.  Objects in unreachable keep COLLECTING and
 * carry NEXT_UNREACHABLE in gc_next, which is how visit_reachable tells
 * "unreachable so far" from "not scanned yet" without extra memory.  No
 * recursion, no memory beyond the headers.
 *
 * With `untrack` (a constant at each call) a survivor the untracking rules
 * let go is unlinked once traversed (its children are reachable all the
 * same).  Returns how many survivors stay in young.
 */
static inline __attribute__((always_inline)) intptr_t move_unreachable(rt_gchead *young, rt_gchead *unreachable,
                                                                     int untrack)
{
    rt_gchead *prev = young;
    rt_gchead *g = rt_gc_next(young);
    intptr_t survivors = 0;
    while (g != young) {
        uintptr_t gp = g->gc_prev;
        if (gp >> RT_GC_FLAG_BITS) {
            /* traverse may append to young (changing g->gc_next when g is
             * the tail), so the next object is read only afterwards.  It
             * changes no flag bit of g's gc_prev (a self-reference only
             * sets a gc_refs bit), so gp's flags are still g's after it. */
            if (scan_traverse(rt_from_gc(g), young, untrack)) {
                /* As rt_gc_untrack, on the singly linked list. */
                prev->gc_next = g->gc_next;
                g->gc_next = 0;
                g->gc_prev = gp & RT_GC_FINALIZED;
            } else {
                /* rt_gc_set_prev and COLLECTING cleared, in one store. */
                g->gc_prev = (uintptr_t)prev | (gp & (RT_GC_FINALIZED | RT_GC_OLD_SPACE));
                prev = g;
                survivors++;
            }
        } else {
            /* young is singly linked while the scan runs: only next
             * pointers (and the head's prev) are kept up to date. */
            prev->gc_next = g->gc_next;
            rt_gchead *last = rt_gc_prev(unreachable);
            /* This may set the flag on the list head's gc_next too; it is
             * cleared after the loop. */
            last->gc_next = RT_GC_NEXT_UNREACHABLE | (uintptr_t)g;
            rt_gc_set_prev(g, last);
            g->gc_next = RT_GC_NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = rt_gc_next(prev);
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next &= ~RT_GC_NEXT_UNREACHABLE;
    return survivors;
}

static void clear_unreachable_mask(rt_gchead *unreachable)
{
    for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g))
        g->gc_next &= ~RT_GC_NEXT_UNREACHABLE;
}

/* Telemetry's "examined" is counted in update_refs, a walk the collection
 * makes anyway (a walk of its own cost ~1.4% of a run of full
 * collections). */
static inline __attribute__((always_inline)) intptr_t deduce(rt_gchead *young, rt_gchead *unreachable,
                                                           int untrack, bool closed, intptr_t *survivors)
{
    intptr_t examined = 0;
    if (closed) {
        if (rt_tel.on)
            examined = update_and_subtract_refs(young, true);
        else
            update_and_subtract_refs(young, false);
    } else {
        if (rt_tel.on)
            examined = update_refs_walk(young, true);
        else
            update_refs_walk(young, false);
        subtract_refs(young);
    }
    intptr_t n = move_unreachable(young, unreachable, untrack);
    if (survivors)
        *survivors = n;
    /* The mask is cleared at once (CPython clears it later, in a walk it
     * makes anyway): from here on both lists are ordinary lists that the
     * list operations, and the collector between the two calls, may use. */
    clear_unreachable_mask(unreachable);
    return examined;
}

intptr_t gc_cycle_deduce_unreachable(rt_gchead *young, rt_gchead *unreachable)
{
    validate_list(young, false);
    intptr_t examined = deduce(young, unreachable, UNTRACK_NONE, false, NULL);
    validate_list(young, false);
    validate_list(unreachable, true);
    return examined;
}

intptr_t gc_cycle_deduce_untrack(rt_gchead *young, rt_gchead *unreachable, bool full, bool closed,
                                 intptr_t *survivors)
{
    validate_list(young, false);
    intptr_t examined = closed ? deduce(young, unreachable, UNTRACK_TUPLES_DICTS, true, survivors)
                        : full ? deduce(young, unreachable, UNTRACK_TUPLES_DICTS, false, survivors)
                               : deduce(young, unreachable, UNTRACK_TUPLES, false, survivors);
    validate_list(young, false);
    validate_list(unreachable, true);
    return examined;
}

/* ---- untracking rules ---------------------------------------------------- */

/*
 * One pass over the survivors (CPython makes three: untrack_tuples,
 * untrack_dicts, gc_list_size; on a big heap each is a walk of cache misses,
 * so they are fused here with the same result).
 *
 * Tuples: one holding only objects that can never be tracked again (atomic
 * objects, untracked tuples) can never be part of a cycle, since tuples are
 * immutable.  Like CPython this is checked lazily, here, rather than at
 * construction, when the items may not be set yet.  Items come before the
 * tuples that hold them in the list, so nested atomic tuples go in one pass.
 *
 * Dicts (full collections only): a dict of atomic keys and values is
 * untracked; it re-tracks itself when a container is stored into it.
 * CPython does this only in full collections (its issue #14775: doing it in
 * every collection made building a big dict of dicts quadratic).
 */
intptr_t gc_cycle_untrack_survivors(rt_gchead *head, bool full)
{
    intptr_t n = 0;
    for (rt_gchead *g = rt_gc_next(head), *next; g != head; g = next) {
        next = rt_gc_next(g);
        rt_object *op = rt_from_gc(g);
        if (rt_tuple_check_exact(op))
            rt_tuple_maybe_untrack(op);
        else if (full && rt_dict_check_exact(op))
            rt_dict_maybe_untrack(op);
        n += g->gc_next != 0;
    }
    return n;
}

/* ---- weakrefs ----------------------------------------------------------- */

/*
 * Clear every weakref to op (the referent's list becomes empty, each
 * weakref's referent NULL) without running callbacks: weakref.c's
 * rt_weakref_clear_all clears and calls back at once, right for a dealloc
 * but wrong here, where every weakref to every unreachable object must be
 * cleared before the first callback runs (see handle_weakrefs).  A cleared
 * weakref that has a callback and is not garbage itself is given a new
 * reference and appended to wrcb, linked through its own gc head (weakrefs
 * are containers), so that nothing is allocated.  Walking op's list from
 * its head and appending keeps CPython's order: callbacks run newest first.
 */
static void clear_weakrefs_to(rt_object *op, rt_gchead *wrcb, bool callbacks_only)
{
    rt_object **head = rt_weakref_list_ptr(op);
    if (!head)
        return;
    rt_weakref *wr, *next;
    for (wr = rt_weakref_first(head); wr; wr = next) {
        next = rt_weakref_next(wr);
        if (callbacks_only && !wr->callback)
            continue;
        rt_weakref_detach(wr, head);
        if (!wr->callback || !wrcb)
            continue;
        rt_gchead *g = rt_as_gc(RT_OBJ(wr));
        /* A weakref that is garbage itself gets no callback: its callback
         * could see objects that are about to be cleared. */
        if (rt_gc_is_collecting(g))
            continue;
        RT_INCREF(wr);
        if (g->gc_next)
            /* Reachable, so not on the unreachable list being walked:
             * moving it cannot disturb that walk. */
            rt_gc_list_move(g, wrcb);
        else
            rt_gc_list_append(g, wrcb);
    }
}

/*
 * The walk also counts the garbage and tells whether any of it needs its
 * finalizer (*count, *to_finalize), which finalize_garbage and the caller
 * would otherwise each learn by a walk of their own over the same list:
 * a gen-0 collection of cycle_churn walks ~700 garbage objects once
 * instead of three times.  Callbacks cannot change either answer: they
 * cannot reach the garbage (its weakrefs are cleared first), and only
 * finalize_garbage sets FINALIZED.
 *
 * Why weakrefs go first: a weakref to an unreachable object is a way back
 * into the garbage that refcounting does not see.  If it were still set
 * when finalizers and tp_clear run, a callback or a finalizer could fetch
 * an object through it after clear had emptied it, or resurrect it while
 * its cycle is half torn down.  So every weakref to the garbage is cleared
 * before any finalizer or clear runs.  Callbacks run only for weakrefs that
 * are themselves reachable: a weakref inside the garbage dies with it, and
 * its callback could see objects that are about to be cleared.  Once every
 * weakref to the garbage is cleared, the callbacks that do run can no
 * longer reach any unreachable object, so running them is safe.
 *
 * Returns the number of reachable weakrefs that died once their callback
 * had run (CPython counts them among the collected objects).
 */
static intptr_t handle_weakrefs(rt_gchead *unreachable, rt_gchead *old, bool late, bool *ran,
                                intptr_t *count, bool *to_finalize)
{
    rt_gchead wrcb;
    rt_gc_list_init(&wrcb);
    intptr_t n = 0;
    bool fin = false;
    for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g)) {
        rt_object *op = rt_from_gc(g);
        n++;
        fin |= op->type->finalize && !rt_gc_is_finalized(op);
        /* A garbage weakref is detached from its referent (which may be
         * alive): its callback must never run. */
        if (!late && rt_weakref_check(op))
            rt_weakref_clear((rt_weakref *)op);
        /* An empty list (NULL under any mask) is told here, without the
         * calls of clear_weakrefs_to: most garbage has no weakrefs. */
        if (op->type->weaklistoffset && *rt_weakref_list_ptr(op))
            clear_weakrefs_to(op, &wrcb, late);
    }
    *count = n;
    *to_finalize = fin;
    intptr_t freed = 0;
    *ran = !rt_gc_list_is_empty(&wrcb);
    while (!rt_gc_list_is_empty(&wrcb)) {
        rt_gchead *g = rt_gc_next(&wrcb);
        rt_object *wr = rt_from_gc(g);
        rt_weakref_run_callback((rt_weakref *)wr);
        RT_DECREF(wr);     /* the reference clear_weakrefs_to took */
        if (rt_gc_next(&wrcb) == g)
            rt_gc_list_move(g, old);     /* still alive */
        else
            freed++;
    }
    return freed;
}

/* 3.14's order (gc_cycle_opts.late_plain_weakrefs): what handle_weakrefs
 * left (weakrefs without callbacks to the garbage, and the garbage's own
 * weakrefs) is cleared once the finalizers have run, with no callback. */
static void clear_weakrefs_late(rt_gchead *garbage)
{
    for (rt_gchead *g = rt_gc_next(garbage); g != garbage; g = rt_gc_next(g)) {
        rt_object *op = rt_from_gc(g);
        if (rt_weakref_check(op))
            rt_weakref_clear((rt_weakref *)op);
        if (op->type->weaklistoffset)
            clear_weakrefs_to(op, NULL, false);
    }
}

/* ---- finalizers, resurrection, clearing ----------------------------------- */

void gc_write_unraisable(const char *where, rt_object *obj)
{
    rt_write_unraisable(where, obj);   /* runtime/error.c: the one printer */
}

/* PEP 442: every unreachable object whose type has finalize, and that was
 * never finalized, is finalized once; the flag is set first, so a
 * resurrected object is never finalized again.  A finalizer may free or
 * resurrect anything, including the next object of the list, so each
 * object is moved to a private list before its finalizer runs: objects
 * that die meanwhile simply vanish from whichever list holds them. */
static bool finalize_garbage(rt_gchead *collectable, bool to_finalize)
{
    /* Mostly nothing to finalize (handle_weakrefs looked): then the list
     * is left as it is, not moved to `seen` and back one object at a time
     * (a gen-0 collection of cycle_churn: ~700 garbage objects, none with
     * __del__). */
    if (!to_finalize)
        return false;
    bool ran = false;
    rt_gchead seen;
    rt_gc_list_init(&seen);
    while (!rt_gc_list_is_empty(collectable)) {
        rt_gchead *g = rt_gc_next(collectable);
        rt_object *op = rt_from_gc(g);
        rt_gc_list_move(g, &seen);
        rt_destructor fin = op->type->finalize;
        if (fin && !rt_gc_is_finalized(op)) {
            rt_gc_set_finalized(op);
            ran = true;
            rt_object *saved = rt_err_fetch();
            RT_INCREF(op);
            fin(op);
            if (rt_err_occurred())
                gc_write_unraisable("in finalizer of", op);
            RT_DECREF(op);
            rt_err_restore(saved);
        }
    }
    rt_gc_list_merge(&seen, collectable);
    return ran;
}

/* Why a second pass: a finalizer may have stored a reference to a garbage
 * object somewhere reachable (resurrection).  Clearing such an object
 * would hand the program an emptied object, so the reachability test is
 * run again over the garbage alone: an object with references from
 * outside it now survives, with everything it reaches.  The survivors go
 * to old; the rest to still_unreachable (COLLECTING set). */
static void handle_resurrected(rt_gchead *unreachable, rt_gchead *still_unreachable, rt_gchead *old)
{
    for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g))
        rt_gc_clear_collecting(g);
    deduce(unreachable, still_unreachable, UNTRACK_NONE, false, NULL);
    rt_gc_list_merge(unreachable, old);
}

static int garbage_append(rt_object **garbage, rt_object *op)
{
    if (!*garbage) {
        *garbage = rt_list_new(0);
        if (!*garbage)
            return -1;
    }
    return rt_list_append(*garbage, op);
}

/* Break the cycles: clear drops the references each object holds, and
 * refcounting frees what is no longer referenced (usually the whole
 * cycle).  An object still alive after its own clear is kept in old. */
static void delete_garbage(rt_gchead *collectable, rt_gchead *old, const gc_cycle_opts *opts)
{
    bool saveall = (opts->debug & GC_DEBUG_SAVEALL) && opts->garbage;
    /* The current exception is put aside once for the whole loop, not
     * around each clear: every clear still starts with none pending (an
     * exception a clear raises is reported and dropped at once), and the
     * three calls per object are gone. */
    rt_object *saved = rt_err_fetch();
    while (!rt_gc_list_is_empty(collectable)) {
        rt_gchead *g = rt_gc_next(collectable);
        rt_object *op = rt_from_gc(g);
        GCLAB_ASSERT(rt_gc_is_collecting(g) && op->refcnt > 0);
        if (saveall) {
            if (garbage_append(opts->garbage, op) < 0)
                rt_err_clear();
        } else if (op->type->clear) {
            RT_INCREF(op);
            op->type->clear(op);
            if (rt_err_occurred())
                gc_write_unraisable("in tp_clear of", op);
            RT_DECREF(op);
            /* As the restore after each clear did: whatever the decref
             * left pending is dropped (deallocs report their own). */
            if (rt_err_occurred())
                rt_err_clear();
        }
        if (rt_gc_next(collectable) == g) {
            rt_gc_clear_collecting(g);
            rt_gc_list_move(g, old);
        }
    }
    rt_err_restore(saved);
}

static void debug_cycle(const char *what, rt_object *op)
{
    fprintf(stderr, "gc: %s <%s %p>\n", what, op->type->name, (void *)op);
}

intptr_t gc_cycle_dispose(rt_gchead *unreachable, rt_gchead *old, const gc_cycle_opts *opts)
{
    validate_list(unreachable, true);
    /* We have no legacy (tp_del) finalizers, so nothing is uncollectable:
     * CPython's move_legacy_finalizers has nothing to move. */
    if (opts->debug & GC_DEBUG_COLLECTABLE)
        for (rt_gchead *g = rt_gc_next(unreachable); g != unreachable; g = rt_gc_next(g))
            debug_cycle("collectable", rt_from_gc(g));

    bool callbacks_ran, to_finalize;
    intptr_t count;
    intptr_t m = handle_weakrefs(unreachable, old, opts->late_plain_weakrefs, &callbacks_ran, &count,
                                 &to_finalize);
    validate_list(unreachable, true);
    bool finalizers_ran = finalize_garbage(unreachable, to_finalize);
    validate_list(unreachable, true);

    rt_gchead final_unreachable;
    rt_gc_list_init(&final_unreachable);
    /* Only Python code can resurrect: when no finalizer and no callback
     * ran, the second pass would find every object unreachable again and
     * keep their order, so the list is taken as it is. */
    if (finalizers_ran || callbacks_ran) {
        handle_resurrected(unreachable, &final_unreachable, old);
        count = rt_gc_list_size(&final_unreachable);
    } else {
        rt_gc_list_merge(unreachable, &final_unreachable);
    }
    validate_list(&final_unreachable, true);
    if (opts->late_plain_weakrefs)
        clear_weakrefs_late(&final_unreachable);

    GCLAB_ASSERT(count == rt_gc_list_size(&final_unreachable));
    m += count;
    delete_garbage(&final_unreachable, old, opts);
    GCLAB_ASSERT(rt_gc_list_is_empty(unreachable));
    return m;
}

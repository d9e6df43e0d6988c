/*
 * marksweep.c -- a precise, non-moving, stop-the-world mark-sweep collector
 * with no reference-count work (docs/tracing.md).
 *
 * Objects are born with RT_IMMORTAL_REFCNT (rt_objspace), so rt_decref
 * never frees anything; only the sweep does.  Every object's block is
 * preceded by a link of ours (rt_objspace.calloc = ms_calloc, and
 * malloc_atomic = ms_malloc_atomic, allocate one rt_gchead more and link
 * it): the tracking list of containers belongs to the runtime (dicts
 * and tuples holding only atomic objects are never tracked), so the sweep
 * cannot rely on it.  What follows a link is a
 * container's gc head or an atomic object; the first word tells them
 * apart: an object's refcount is near RT_IMMORTAL_REFCNT (2^60) under this
 * collector, a gc head's gc_next is 0 or a user-space address, far below.
 * Three lists, threaded through the links, hold every heap object:
 *   permanent  what was alive when the runtime finished starting (types'
 *              dicts, interned strings, caches): never freed, frozen as
 *              gc.freeze() freezes (below) but never thawed, so that a
 *              collection only traverses its containers (roots);
 *   finalizable instances of classes with __del__ (moved there from
 *              objects by ms_finalizable), so that finding the unreachable
 *              ones does not walk the whole heap;
 *   objects    everything else allocated since (linked by ms_calloc).
 * gc.freeze() moves both of the last two to `frozen` and `frozen_fin`
 * (and the tracked containers to `frozen_containers`): the frozen set,
 * which stays marked (RT_GC_MARK_REFCNT | RT_GC_FROZEN_REFCNT) until
 * gc.unfreeze(), so that marking stops at it and the sweep never walks
 * it.  There is no write barrier, so a frozen object may have come to
 * hold a younger one: every frozen object with references is traversed
 * as a root at each collection (`frozen_scan`, an array of them), which
 * costs one visit per reference instead of a mark, an unmark and a sweep
 * step per object (docs/tracing.md, "gc.freeze()").
 * Tracked containers are also in rt_gc.young (`containers`), for
 * gc.get_objects.
 *
 * Invariants:
 *   - the mark bit is bit 62 of the refcount (RT_GC_MARK_REFCNT, allocated
 *     in gchead.h's table): every object has a
 *     refcount, static objects included, and under this collector it is
 *     never used for anything else; it is set only during a collection and
 *     cleared by the sweep on every heap object that survives (static
 *     objects without references -- None, small ints -- keep it, harmlessly;
 *     static types are never marked, see is_static_type); from its walk in the sweep
 *     to the end of the sweep it means the opposite, "dying", so that the
 *     sweep can tell a surviving weakref from a dying one;
 *   - a frozen object is marked and frozen, on frozen or frozen_fin, and
 *     never freed; so is every permanent object (permanent_frozen: unless
 *     frozen_scan could not grow at start-up, when they are marked and
 *     unmarked at each collection instead); frozen_scan holds exactly the
 *     frozen and permanent objects that have a traverse slot, the
 *     permanent ones first (npermanent_scan);
 *   - marking never recurses: grey objects sit on an explicit stack in RAW
 *     memory; if the stack cannot grow, the object stays marked but
 *     unscanned and a rescan of every marked object follows;
 *   - no object is freed before every dying object's dealloc has run: the
 *     deallocs still decrement their children's (immortal) counts, so the
 *     blocks are handed back only after the last dealloc (release is
 *     deferred, rt_objspace.release);
 *   - every dying object's weakrefs are cleared just before its dealloc,
 *     so all of them before the first callback runs;
 *   - no Python code runs between the start of the mark and the end of the
 *     sweep; finalizers and weakref callbacks run after it.
 */
#include <stdlib.h>
#include <string.h>
#include "collectors/collector.h"
#include "collectors/gc_check.h"
#include "runtime/telemetry.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/weakref.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/instattr.h"

/* Objects allocated between two looks at the heap size (rt_alloc_live_bytes,
 * ~700 instructions): at 128 the looks were 1.1% of lifetimes' instructions;
 * 1,024 objects overshoot the limit by some 64 KiB, 1.5% of the 4 MiB
 * minimum heap. */
#define POLICY_CHECK_INTERVAL 1024

static rt_gchead permanent, objects, finalizable, containers;
static rt_gchead frozen, frozen_fin, frozen_containers;
static gc_objvec frozen_scan;
static size_t npermanent_scan;
static bool permanent_frozen;
#define FROZEN_BITS (RT_GC_MARK_REFCNT | RT_GC_FROZEN_REFCNT)
static bool verbose, stress;    /* from gc_config */
static gc_heap_policy policy;   /* options heap and heap-min */
static gc_stats stats;
static size_t heap_limit;       /* collect when live bytes reach this */
static size_t live_after;       /* live bytes after the last collection */
static bool final_pass;         /* the collection at fini: the VM is gone */

/* ---- heap policy -------------------------------------------------------- */

/* The heap grows back to heap_limit before every collection: pymalloc
 * keeps that much of entirely free arenas mapped, instead of unmapping
 * what a sweep empties and faulting it in again (measured on gcbench:
 * 0.33 s of system time out of 2.4 s). */
static void set_limit(void)
{
    if (policy.fixed) {
        heap_limit = policy.fixed;
    } else {
        double grow = policy.grow > 1.0 ? policy.grow : GC_HEAP_GROW_DEFAULT;
        double l = (double)live_after * grow;
        size_t min = policy.min ? policy.min : GC_HEAP_MIN_DEFAULT;
        heap_limit = l < (double)min ? min : (size_t)l;
    }
    rt_alloc_set_arena_cache(heap_limit > RT_ARENA_CACHE_DEFAULT ? heap_limit : RT_ARENA_CACHE_DEFAULT);
}


/* Refcounts under this collector are at least RT_GC_TRACED_REFCNT_FLOOR;
 * gc heads hold 0 or user-space addresses (< 2^47). */
#define REFCNT_FLOOR RT_GC_TRACED_REFCNT_FLOOR

/* Valid once alloc_object has set the refcount, i.e. at every safe point. */
static rt_object *obj_of(rt_gchead *link)
{
    uintptr_t first = *(uintptr_t *)(link + 1);
    return first >= REFCNT_FLOOR ? (rt_object *)(link + 1) : rt_from_gc(link + 1);
}

/* Allocations left before the next look at the heap size. */
static uint32_t allocs_to_check = POLICY_CHECK_INTERVAL, check_interval = POLICY_CHECK_INTERVAL;

/* Every check_interval object allocations the heap is compared with its
 * limit.  Counted before the allocation, so that the allocation itself
 * is a tail call: the block comes from rt_obj_*_linked, which links it at
 * the tail of `objects` in the same call (one call a block, not two). */
static inline void count_allocation(void)
{
    if (RT_UNLIKELY(--allocs_to_check == 0)) {
        allocs_to_check = check_interval;
        if (rt_gc.enabled && (stress || rt_alloc_live_bytes() >= heap_limit))
            gc_collect_wanted = true;   /* gc.disable() stops automatic collections */
    }
}

static void *ms_calloc(size_t nmemb, size_t size)
{
    size_t n;
    if (__builtin_mul_overflow(nmemb, size, &n) || n > SIZE_MAX - sizeof(rt_gchead))
        return NULL;   /* (no division: this runs for every object) */
    count_allocation();
    return rt_obj_calloc_linked(n, &objects);
}

/* rt_objspace.malloc_atomic: the object is not zeroed (only the link is
 * written). */
static void *ms_malloc_atomic(size_t size)
{
    if (size > SIZE_MAX - sizeof(rt_gchead))
        return NULL;
    count_allocation();
    return rt_obj_malloc_linked(size, &objects);
}

static void install_allocators(void)
{
    rt_objspace.calloc = ms_calloc;
    rt_objspace.calloc_atomic = ms_calloc;   /* precise: nothing to gain */
    rt_objspace.malloc_atomic = ms_malloc_atomic;
}

/* Under fixed:SIZE, a collection that left more than SIZE live makes the
 * next object allocation fail (a MemoryError), once per such collection,
 * so that the program's own error handling (traceback, except clauses)
 * can still allocate.  Without it a heap too small for the program would
 * collect every POLICY_CHECK_INTERVAL allocations and never fail.  The
 * refusal is an allocator of its own, installed for that one call, so
 * ms_calloc pays nothing for it. */
static void *ms_calloc_refused(size_t nmemb, size_t size)
{
    (void)nmemb, (void)size;
    install_allocators();
    return NULL;
}

static void *ms_malloc_refused(size_t size)
{
    return ms_calloc_refused(1, size);
}

/* ---- deferred release ----------------------------------------------------- */

/* Blocks given back by deallocs during the sweep, chained through their
 * first word (the gc head's gc_next). */
static void *deferred;
static bool sweeping;

/* During the sweep the block was unlinked from our lists before its
 * dealloc ran.  Outside it, only an error path gives back an object it
 * never finished building (list_alloc without memory for the items): the
 * block is still on `objects` (or `finalizable`), so it is unlinked and
 * freed at once. */
static void forget_frozen(rt_object *o);

static void defer_release(void *block)
{
    rt_gchead *l = (rt_gchead *)block - 1;
    if (!sweeping) {
        rt_object *o = obj_of(l);
        if (o->refcnt & RT_GC_FROZEN_REFCNT)
            forget_frozen(o);   /* frozen while its constructor ran */
        rt_gc_list_remove(l);
        rt_obj_free(l);
        return;
    }
    *(void **)l = deferred;
    deferred = l;
}

/* Dying objects of static types without references that the sweep
 * freed without a dealloc (sweep_list): a chain of their own. */
static void *direct_chain;

static void flush_deferred(void)
{
    void *b = deferred, *d = direct_chain;
    deferred = direct_chain = NULL;
    rt_obj_free_chain(d);
    rt_obj_free_chain(b);
}

/* ---- mark ----------------------------------------------------------------- */

static rt_object **mstack;
static size_t msp, mcap;
static bool overflowed;
static uint64_t examined;

static bool has_children(rt_object *o)
{
    return o->type->traverse != NULL;
}

/* Static (built-in) types are not heap objects: they get no mark, which
 * nothing would clear, but are scanned each time they are reached, so
 * the dicts of types readied after start-up are kept (their dicts get
 * marked, which bounds the rescanning). */
static bool is_static_type(rt_object *o)
{
    return o->type == &rt_type_type && !(((rt_type *)o)->flags & RT_TPFLAGS_HEAPTYPE);
}

static void push(rt_object *o)
{
    if (msp == mcap) {
        size_t cap = mcap ? mcap * 2 : 4096;   /* one page of pointers to start */
        rt_object **n = rt_raw_realloc(mstack, cap * sizeof *n);
        if (!n) {
            overflowed = true;   /* marked, not scanned: the rescan will */
            return;
        }
        mstack = n;
        mcap = cap;
    }
    mstack[msp++] = o;
}

/* Mark o and push it if it has children: inlined into scan_items, where
 * a call per unmarked item was measurable (gc_traversal +1.1% when gcc
 * stopped inlining it); mark_visit is the visitproc. */
static inline __attribute__((always_inline)) void mark_one(rt_object *o)
{
    if (o->refcnt & RT_GC_MARK_REFCNT)
        return;
    if (is_static_type(o)) {
        push(o);
        return;
    }
    o->refcnt |= RT_GC_MARK_REFCNT;
    examined++;
    if (has_children(o))
        push(o);
}

static int mark_visit(rt_object *o, void *arg)
{
    (void)arg;
    mark_one(o);
    return 0;
}

/* The items of an exact list, tuple or dict are marked here, not through
 * its traverse slot, which calls mark_visit through a pointer for every
 * item, marked or not: a frozen graph's lists and dicts are traversed as
 * roots at every collection (frozen_scan), their items mostly frozen
 * already. */
static inline void scan_items(rt_object **v, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++) {
        rt_object *x = v[i];
        if (x && !(x->refcnt & RT_GC_MARK_REFCNT))
            mark_one(x);
    }
}

/* mark_visit behind the test of the mark bit, for the inlined walk of an
 * instance below (most references it meets are marked already; marking
 * the rest inline as scan_items does made mark_roots longer). */
static inline int mark_ref(rt_object *x, void *arg)
{
    if (!(x->refcnt & RT_GC_MARK_REFCNT))
        mark_visit(x, arg);
    return 0;
}

/* rt_instance_traverse (runtime/type.c) with mark_ref inlined: the
 * __slots__ of every heap level, the attribute storage a heap level
 * added, the class, then the static base's own traverse (through its
 * slot, for instances of subclasses of builtins).  Instances are most of
 * a program's containers and frozen_scan's roots; the slot cost ~146
 * instructions for a three-attribute instance, two calls per reference. */
static inline void scan_instance(rt_object *o)
{
    rt_instance_traverse_inline(o, mark_ref, mark_visit, NULL);
}

/* An exact dict's keys and values, marked here (a frozen graph's small
 * dicts are roots at every collection: the call through
 * a visitor function, rt_dict_visit_unmarked, cost ~75 instructions for
 * two entries: six registers saved and a call through a pointer per
 * unmarked item). */
static inline void scan_dict(rt_object *o)
{
    intptr_t n;
    rt_object **e = rt_dict_entry_words(o, &n);
    for (intptr_t i = 0; i < n; i++, e += RT_DICT_ENTRY_WORDS) {
        rt_object *k = e[0], *v = e[1];
        if (!k)
            continue;
        if (v && !(v->refcnt & RT_GC_MARK_REFCNT))
            mark_one(v);
        if (!(k->refcnt & RT_GC_MARK_REFCNT))
            mark_one(k);
    }
}

/* Push o's unmarked children (o has a traverse slot). */
static inline __attribute__((always_inline)) void scan(rt_object *o)
{
    rt_type *t = o->type;
    if (t == &rt_list_type)
        scan_items(((rt_list *)o)->items, RT_SIZE(o));
    else if (t == &rt_tuple_type)
        scan_items(((rt_tuple *)o)->items, RT_SIZE(o));
    else if (t == &rt_dict_type)
        scan_dict(o);
    else if (t->traverse == rt_instance_traverse)
        scan_instance(o);
    else
        t->traverse(o, mark_visit, NULL);
}

static void drain(void)
{
    while (msp)
        scan(mstack[--msp]);
}

/* After a failed push: scan every marked object again until no push fails.
 * Each pass marks at least the children of the objects dropped before. */
static void rescan_list(rt_gchead *list)
{
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g)) {
        rt_object *o = obj_of(g);
        if ((o->refcnt & RT_GC_MARK_REFCNT) && has_children(o)) {
            scan(o);
            drain();
        }
    }
}

static void finish_marking(void)
{
    drain();
    while (overflowed) {
        overflowed = false;
        rescan_list(&permanent);
        rescan_list(&finalizable);
        rescan_list(&objects);
    }
}

/* ---- finalizers and weakref callbacks waiting to run ------------------- */

/* Objects whose finalizer must run, and weakrefs whose callback must run,
 * after the current sweep.  RAW arrays, visited as roots until run. */
static gc_objvec to_finalize, to_callback;

static void mark_vec(gc_objvec *q)
{
    for (size_t i = 0; i < q->n; i++)
        if (q->v[i])
            mark_visit(q->v[i], NULL);
}

/* ---- one collection --------------------------------------------------------- */

static void mark_roots(void)
{
    if (!permanent_frozen)
        for (rt_gchead *g = rt_gc_next(&permanent); g != &permanent; g = rt_gc_next(g))
            mark_visit(obj_of(g), NULL);
    for (size_t i = 0; i < frozen_scan.n; i++) {
        scan(frozen_scan.v[i]);
        drain();
    }
    rt_visit_roots(mark_visit, NULL);
    if (!final_pass) {
        gc_visit_vm_roots(mark_visit, NULL);
        gc_visit_explicit_roots(mark_visit, NULL);
    }
    mark_vec(&to_finalize);
    mark_vec(&to_callback);
    finish_marking();
}

/* Instances of classes with __del__ (rt_objspace.finalizable), just
 * allocated: their link moves from objects to the finalizable list. */
static void ms_finalizable(rt_object *o)
{
    rt_gchead *l = (rt_gchead *)rt_object_block(o) - 1;
    rt_gc_list_remove(l);
    rt_gc_list_append(l, &finalizable);
}

/* Unmarked objects with a finalizer that has not run are kept for this
 * cycle, with everything they reach, and finalized after the sweep; they
 * die at a later collection if still unreachable (finalizer not re-run). */
static void find_finalizable(void)
{
    size_t first = to_finalize.n;
    for (rt_gchead *g = rt_gc_next(&finalizable); g != &finalizable; g = rt_gc_next(g)) {
        rt_object *o = obj_of(g);
        if (!(o->refcnt & RT_GC_MARK_REFCNT) && !rt_gc_is_finalized(o))
            if (gc_objvec_push(&to_finalize, o) < 0)
                break;   /* no memory for the queue: finalize it at a later collection */
    }
    for (size_t i = first; i < to_finalize.n; i++)
        mark_visit(to_finalize.v[i], NULL);
    finish_marking();
}

static void unmark_list(rt_gchead *list)
{
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g))
        obj_of(g)->refcnt &= ~RT_GC_MARK_REFCNT;
}

/* Clear every weakref to o, which is about to be deallocated (its dealloc
 * then finds the list empty and runs no callback); queue the callbacks of
 * the weakrefs that survive -- RT_GC_MARK_REFCNT clear once the sweep has
 * passed them, or frozen; a dying weakref never calls back (CPython) -- newest first
 * as the list is kept.  Every dying object goes through here before the
 * first callback runs.  Not inlined: dispose's common path (no weakrefs)
 * then saves and restores one register instead of six (lifetimes under
 * marksweep: 141.6 M -> 140.7 M instructions). */
__attribute__((noinline)) static void clear_weakrefs(rt_object *o)
{
    rt_object **head = rt_weakref_list_ptr(o);
    rt_weakref *w;
    while ((w = rt_weakref_first(head)) != NULL) {
        rt_weakref_detach(w, head);
        if (w->callback && (RT_OBJ(w)->refcnt & FROZEN_BITS) != RT_GC_MARK_REFCNT && !final_pass)
            if (gc_objvec_push(&to_callback, RT_OBJ(w)) < 0)
                RT_CLEAR(w->callback);   /* cannot queue it: dropped, as on MemoryError */
    }
}

/* A dying object's dealloc: it drops its references (counts stay
 * immortal) and hands its block to defer_release; its untrack unlinks its
 * gc head from the tracking list. */
static void dispose(rt_object *o)
{
    if (o->type->weaklistoffset && *rt_weakref_list_ptr(o))
        clear_weakrefs(o);
    if (rt_type_is_gc(o->type)) {
        rt_gc_untrack(o);   /* never leave a dying container in the tracking list */
        /* No Python code during the sweep: a finalizer not run by now
         * (the final pass at exit) never runs, and the dealloc must not
         * run it. */
        rt_gc_set_finalized(o);
    }
    if (o->type->flags & RT_TPFLAGS_PLAIN_DEALLOC)
        rt_object_free(o);   /* its references are moot here */
    else
        o->type->dealloc(o);
}

/* Marks the end of the part of a list the sweep walks: what a dealloc
 * might allocate goes after it and is not swept. */
static rt_gchead walk_end;

/* One walk over list: RT_GC_MARK_REFCNT is flipped on each object, so a
 * survivor leaves unmarked and a dying object is marked "dying" until the
 * sweep ends (clear_weakrefs tells a surviving weakref from a dying one by
 * it).  A dying object is disposed of at once, except
 *   - classes, which go to `classes` (their instances' deallocs read the
 *     class's tables, which the class's own dealloc frees at once; a class
 *     whose metaclass is a class goes before the metaclasses), and
 *   - objects with weakrefs, which go to `later`: their weakrefs may not
 *     have been walked yet, and an unwalked survivor still carries its
 *     mark, which reads "dying".
 * A dying object of a static type without references, a gc head or
 * weakrefs (int, str, float) has nothing to drop: its block goes to the
 * deferred list directly when no census watches the releases (tested
 * first: most of the dying are such).  Such a type has no weakref list
 * (none of int, str, float, bytes, range is weakly referenceable, as in
 * CPython), so the flags alone tell: --gc-check verifies it on every
 * object.  Returns the objects disposed of. */
#define DIRECT_MASK (RT_TPFLAGS_PLAIN_DEALLOC | RT_TPFLAGS_GC | RT_TPFLAGS_HEAPTYPE)

static intptr_t sweep_list(rt_gchead *list, rt_gchead *later, rt_gchead *classes)
{
    /* The flags (of DIRECT_MASK) of a type whose dying objects go to the
     * deferred list directly; none when a census watches the releases. */
    unsigned long direct_flags = rt_objspace.release == defer_release ? RT_TPFLAGS_PLAIN_DEALLOC : ~0UL;
    intptr_t n = 0;
    /* The direct deaths' chain, in a local: `deferred` is a global the
     * deallocs write, which the compiler reloaded and stored at each. */
    void *direct = direct_chain;
    rt_gc_list_append(&walk_end, list);
    /* The walked part is relinked from its survivors (tail: the last one
     * so far) rather than unlinking each dying object: two stores per
     * survivor instead of five per death.  Until the walk ends, links
     * before walk_end may point at dying objects; nothing reads them
     * (deallocs unlink only from the container list, and what they
     * allocate goes after walk_end). */
    rt_gchead *tail = list;
    for (rt_gchead *g = rt_gc_next(list), *next; g != &walk_end; g = next) {
        next = rt_gc_next(g);
        rt_object *o = obj_of(g);
        o->refcnt ^= RT_GC_MARK_REFCNT;
        if (!(o->refcnt & RT_GC_MARK_REFCNT)) {
            tail->gc_next = (uintptr_t)g;
            g->gc_prev = (uintptr_t)tail;
            tail = g;
            continue;
        }
        rt_type *t = o->type;
        unsigned long f = t->flags;
        if ((f & DIRECT_MASK) == direct_flags) {
            n++;
            *(void **)g = direct;
            direct = g;
            continue;
        }
        if (f & RT_TPFLAGS_TYPE_SUBCLASS) {
            rt_gc_list_append(g, t == &rt_type_type ? classes : rt_gc_next(classes));
            continue;
        }
        if (t->weaklistoffset && *rt_weakref_list_ptr(o)) {
            rt_gc_list_append(g, later);
            continue;
        }
        n++;
        dispose(o);
    }
    tail->gc_next = (uintptr_t)&walk_end;
    walk_end.gc_prev = (uintptr_t)tail;
    rt_gc_list_remove(&walk_end);
    direct_chain = direct;
    return n;
}

static intptr_t sweep(void)
{
    if (!permanent_frozen)
        unmark_list(&permanent);
    sweeping = true;
    rt_gchead later, classes;
    rt_gc_list_init(&later);
    rt_gc_list_init(&classes);
    intptr_t n = sweep_list(&finalizable, &later, &classes) + sweep_list(&objects, &later, &classes);
    for (rt_gchead *list = &later;; list = &classes) {
        while (!rt_gc_list_is_empty(list)) {
            rt_gchead *g = rt_gc_next(list);
            rt_gc_list_remove(g);
            dispose(obj_of(g));
            n++;
        }
        if (list == &classes)
            break;
    }
    sweeping = false;
    flush_deferred();
    return n;
}

/* Returns how many finalizers ran. */
static size_t run_finalizers(void)
{
    size_t ran = 0;
    /* Run from the front: the queue stays a root while __del__ runs, so a
     * collection started inside one finds the rest alive. */
    for (size_t i = 0; i < to_finalize.n; i++) {
        rt_object *o = to_finalize.v[i];
        to_finalize.v[i] = NULL;
        if (!rt_gc_is_finalized(o)) {
            rt_gc_set_finalized(o);
            rt_object *saved = rt_err_fetch();
            o->type->finalize(o);
            rt_err_restore(saved);
            ran++;
        }
    }
    to_finalize.n = 0;
    return ran;
}

static void run_callbacks(void)
{
    /* From the front, the queue staying a root: see run_finalizers. */
    for (size_t i = 0; i < to_callback.n; i++) {
        rt_weakref_run_callback((rt_weakref *)to_callback.v[i]);
        to_callback.v[i] = NULL;
    }
    to_callback.n = 0;
}

/* gc.callbacks are Python code that may call gc.collect(): as in gen and
 * CPython, a collection requested from inside them does nothing. */
static bool in_gc_callbacks;

static void invoke_callbacks(const char *phase, const gc_callback_info *info)
{
    if (final_pass)    /* the VM is gone */
        return;
    in_gc_callbacks = true;
    gc_invoke_callbacks(phase, info);
    in_gc_callbacks = false;
}

/* One mark and sweep, a collection of its own for the statistics and the
 * telemetry; no Python code runs in it.  Returns the objects freed. */
static intptr_t mark_and_sweep(void)
{
    rt_gc.collecting = true;
    rt_tel_collection_begin("marksweep", GC_GENERATIONS - 1, final_pass ? RT_TEL_REASON_SHUTDOWN : gc_reason);
    uint64_t t0 = rt_tel_now_ns();
    size_t before = rt_alloc_live_bytes();
    examined = 0;
    mark_roots();
    if (!final_pass)
        find_finalizable();
    intptr_t freed = sweep();
    live_after = rt_alloc_live_bytes();
    set_limit();
    if (policy.fixed && live_after > policy.fixed && !final_pass) {
        rt_objspace.calloc = rt_objspace.calloc_atomic = ms_calloc_refused;
        rt_objspace.malloc_atomic = ms_malloc_refused;
    }
    gc_collect_wanted = false;
    uint64_t pause = rt_tel_now_ns() - t0;
    stats.collections[GC_GENERATIONS - 1]++;
    stats.collected[GC_GENERATIONS - 1] += (uint64_t)freed;
    stats.pause_ns_total += pause;
    if (pause > stats.pause_ns_max)
        stats.pause_ns_max = pause;
    if (verbose)
        fprintf(stderr, "gc: marksweep: %llu examined, %lld freed, heap %zu -> %zu bytes, %.3f ms\n",
                (unsigned long long)examined, (long long)freed, before, live_after, (double)pause / 1e6);
    rt_tel_collection_end(examined, (uint64_t)freed, 0, 0);
    rt_gc.collecting = false;
    return freed;
}

/* Every kind is a full collection. */
static intptr_t ms_collect(gc_kind kind)
{
    (void)kind;
    if (rt_gc.collecting || in_gc_callbacks)
        return 0;
    if (!final_pass && !gc_vm_is_safe()) {
        /* Called from C code the VM cannot vouch for (inside a callback
         * from C): try again at the next safe point. */
        gc_collect_wanted = true;
        return 0;
    }
    /* Every collection is a full one: gc.callbacks see generation 2. */
    gc_callback_info info = { GC_GENERATIONS - 1, 0, 0 };
    invoke_callbacks("start", &info);
    intptr_t freed = mark_and_sweep();
    rt_alloc_flush();   /* the pools the garbage filled may empty now */
    /* The heap is consistent again: Python code may run. */
    size_t finalized = run_finalizers();
    run_callbacks();
    /* gc.collect() frees what the finalizers left unreachable, as
     * CPython's collection does once no finalizer resurrected it: without
     * this pass a generator not run to its end (its finalizer closes it)
     * kept what its frame holds until the next collection. */
    if (finalized && gc_reason == RT_TEL_REASON_EXPLICIT && !final_pass) {
        freed += mark_and_sweep();
        run_finalizers();
        run_callbacks();
    }
    info.collected = freed;
    invoke_callbacks("stop", &info);
    if (!final_pass)
        gc_check_if_enabled();
    return freed;
}

/* ---- gc.freeze() ------------------------------------------------------------- */

static void thaw(rt_gchead *list)
{
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g))
        obj_of(g)->refcnt &= ~FROZEN_BITS;
}

/* The marked objects of from join the frozen set (list to); the others,
 * unreachable, stay where they are for the next sweep.  Once frozen_scan
 * cannot grow, *ok turns false and the rest are only unmarked.  A tracked
 * container goes from containers to frozen_containers. */
static void freeze_marked(rt_gchead *from, rt_gchead *to, bool *ok)
{
    for (rt_gchead *g = rt_gc_next(from), *next; g != from; g = next) {
        next = rt_gc_next(g);
        rt_object *o = obj_of(g);
        if (!(o->refcnt & RT_GC_MARK_REFCNT))
            continue;
        if (*ok && has_children(o) && gc_objvec_push(&frozen_scan, o) < 0)
            *ok = false;
        if (!*ok) {
            o->refcnt &= ~RT_GC_MARK_REFCNT;
            continue;
        }
        o->refcnt |= RT_GC_FROZEN_REFCNT;
        rt_gc_list_remove(g);
        rt_gc_list_append(g, to);
        if (rt_type_is_gc(o->type) && rt_gc_is_tracked(o)) {
            rt_gc_list_remove(rt_as_gc(o));   /* from containers */
            rt_gc_list_append(rt_as_gc(o), &frozen_containers);
        }
    }
}

/* What the roots reach joins the frozen set: a mark without a sweep.
 * CPython's freeze takes every tracked container, unreachable cycles
 * included, but refcounting has freed the rest of the garbage by then; a
 * tracing collector cannot tell the two apart, and freezing the garbage
 * would keep it until unfreeze(), so the unreachable objects are left to
 * the next collection (docs/tracing.md).  The frozen tracked containers
 * leave gc.get_objects() for get_freeze_count(), as under gen.  From C
 * code the VM cannot vouch for (no root scan possible), or without
 * memory for frozen_scan, less or nothing is frozen: freeze() cannot fail
 * in CPython. */
static void ms_freeze(void)
{
    if (rt_gc.collecting || !gc_vm_is_safe())
        return;
    rt_gc.collecting = true;
    mark_roots();
    bool ok = true;
    freeze_marked(&objects, &frozen, &ok);
    freeze_marked(&finalizable, &frozen_fin, &ok);
    if (!permanent_frozen)
        unmark_list(&permanent);
    rt_gc.collecting = false;
}

static void ms_unfreeze(void)
{
    if (rt_gc.collecting)
        return;
    thaw(&frozen);
    thaw(&frozen_fin);
    rt_gc_list_merge(&frozen, &objects);
    rt_gc_list_merge(&frozen_fin, &finalizable);
    rt_gc_list_merge(&frozen_containers, &containers);
    memset(frozen_scan.v + npermanent_scan, 0, (frozen_scan.n - npermanent_scan) * sizeof *frozen_scan.v);
    frozen_scan.n = npermanent_scan;
}

static intptr_t ms_freeze_count(void)
{
    return rt_gc_list_size(&frozen_containers);
}

/* o, frozen, is given back by the error path of its constructor. */
static void forget_frozen(rt_object *o)
{
    for (size_t i = 0; i < frozen_scan.n; i++)
        if (frozen_scan.v[i] == o) {
            frozen_scan.v[i] = frozen_scan.v[--frozen_scan.n];
            frozen_scan.v[frozen_scan.n] = NULL;
            break;
        }
}

/* ---- the collector interface ----------------------------------------------- */

static int set_heap(const char *value, char *err, size_t errlen)
{
    return gc_parse_heap_policy(value, &policy, err, errlen);
}

static int set_heap_min(const char *value, char *err, size_t errlen)
{
    if (gc_parse_size(value, &policy.min) < 0 || policy.min == 0) {
        snprintf(err, errlen, "a size in bytes > 0, e.g. 4M");
        return -1;
    }
    return 0;
}

static const gc_option ms_options[] = {
    { "heap", "default, grow:F (collect at F x the live size; default 2) or fixed:SIZE (collect at SIZE; "
              "MemoryError when a collection leaves more than SIZE live)", set_heap },
    { "heap-min", "SIZE: no collection below this heap size (default 4M)", set_heap_min },
    { NULL, NULL, NULL },
};

static int ms_init(const gc_config *cfg, char *err, size_t errlen)
{
    if (cfg && cfg->threshold_set) {
        snprintf(err, errlen, "marksweep has no generation thresholds; use --gc-opt heap=POLICY");
        return -1;
    }
    memset(&policy, 0, sizeof policy);
    if (gc_apply_options(&gc_marksweep_collector, cfg, err, errlen) < 0)
        return -1;
    verbose = cfg && cfg->verbose;
    stress = cfg && cfg->stress;
    memset(&stats, 0, sizeof stats);
    rt_gc_list_init(&permanent);
    rt_gc_list_init(&objects);
    rt_gc_list_init(&finalizable);
    rt_gc_list_init(&containers);
    rt_gc_list_init(&frozen);
    rt_gc_list_init(&frozen_fin);
    rt_gc_list_init(&frozen_containers);
    gc_objvec_clear(&frozen_scan);
    npermanent_scan = 0;
    permanent_frozen = false;
    rt_objspace.initial_refcnt = RT_IMMORTAL_REFCNT;
    install_allocators();
    rt_objspace.release = defer_release;
    rt_objspace.finalizable = ms_finalizable;
    rt_gc.young = &containers;
    rt_gc.young_count = 0;
    rt_gc.young_threshold = 0;   /* the heap policy is checked in ms_calloc */
    rt_gc.enabled = true;
    rt_gc.collecting = false;
    rt_gc.on_threshold = NULL;
    rt_gc.trace_all = true;     /* the str keys of dicts must be marked */
    check_interval = stress ? 1 : POLICY_CHECK_INTERVAL;
    allocs_to_check = check_interval;
    live_after = 0;
    gc_collect_wanted = false;
    set_limit();
    return 0;
}

static void splice_into(rt_gchead *from, rt_gchead *to)
{
    while (!rt_gc_list_is_empty(from)) {
        rt_gchead *g = rt_gc_next(from);
        rt_gc_list_remove(g);
        rt_gc_list_append(g, to);
    }
}

/* Everything allocated so far is permanent, and frozen: a collection
 * under --stress (one per allocation) then costs a third of what marking
 * and unmarking the permanent objects cost.  (Called again once the VM
 * is up: the objects new since join.) */
static void ms_runtime_ready(void)
{
    rt_gchead fresh;
    rt_gc_list_init(&fresh);
    splice_into(&finalizable, &fresh);
    splice_into(&objects, &fresh);
    bool ok = permanent_frozen || rt_gc_list_is_empty(&permanent);
    for (rt_gchead *g = rt_gc_next(&fresh); g != &fresh && ok; g = rt_gc_next(g)) {
        rt_object *o = obj_of(g);
        if (has_children(o) && gc_objvec_push(&frozen_scan, o) < 0)
            ok = false;
    }
    if (ok) {
        for (rt_gchead *g = rt_gc_next(&fresh); g != &fresh; g = rt_gc_next(g))
            obj_of(g)->refcnt |= FROZEN_BITS;
        npermanent_scan = frozen_scan.n;
        permanent_frozen = true;
    } else {
        /* Without memory: the permanent set is marked and unmarked at
         * each collection instead. */
        if (permanent_frozen)
            thaw(&permanent);
        gc_objvec_clear(&frozen_scan);
        npermanent_scan = 0;
        permanent_frozen = false;
    }
    rt_gc_list_merge(&fresh, &permanent);
    live_after = rt_alloc_live_bytes();
    set_limit();
}

static uint64_t count_list(rt_gchead *list)
{
    uint64_t n = 0;
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g))
        n++;
    return n;
}

static void ms_get_stats(gc_stats *out)
{
    rt_alloc_stats a;
    *out = stats;
    rt_alloc_get_stats(&a);
    out->objects_live = a.domain[RT_DOMAIN_OBJ].blocks_in_use;
    out->bytes_live = a.domain[RT_DOMAIN_OBJ].bytes_in_use + a.domain[RT_DOMAIN_MEM].bytes_in_use;
    out->containers_tracked = count_list(&containers);
}

static void ms_fini(gc_stats *final_stats)
{
    /* The VM has dropped its roots: one last collection from the
     * runtime's own roots frees everything else, so the leak report
     * means what it means under the refcounting collectors.  Pending and
     * new finalizers and weakref callbacks do not run: no Python code may
     * run once the VM is torn down. */
    ms_unfreeze();
    /* Only when someone reads its result: the caller's figures
     * (final_stats: the leak report, `gclab demo`) or telemetry, whose
     * trace shows it as the "shutdown" collection (and a heap census its
     * deaths).  Otherwise the process is about to exit (`gclab run`), no
     * finalizer would run, and the collection was pure cost: a sweep of
     * the whole heap, 4.8 M instructions of lifetimes' 125.7 M at its
     * small size.  The blocks stay listed, so LeakSanitizer sees them
     * reachable, as gen's objects still alive at exit. */
    if (final_stats || rt_tel.on) {
        final_pass = true;
        ms_collect(GC_FULL);
        final_pass = false;
    }
    if (permanent_frozen)
        thaw(&permanent);
    permanent_frozen = false;
    npermanent_scan = 0;
    if (final_stats)
        ms_get_stats(final_stats);
    rt_raw_free(mstack);
    rt_raw_free(frozen_scan.v);
    memset(&frozen_scan, 0, sizeof frozen_scan);
    mstack = NULL;
    msp = mcap = 0;
    rt_objspace.initial_refcnt = 1;
    rt_alloc_set_arena_cache(RT_ARENA_CACHE_DEFAULT);
    rt_objspace.calloc = rt_obj_calloc;
    rt_objspace.calloc_atomic = rt_obj_calloc;
    rt_objspace.malloc_atomic = rt_obj_malloc;
    rt_objspace.release = rt_obj_free;
    rt_objspace.finalizable = NULL;
}

/* gc.get_count(): bytes allocated since the last collection (the
 * quantity the heap policy compares), then zeros. */
static void ms_get_count(intptr_t count[GC_GENERATIONS])
{
    size_t now = rt_alloc_live_bytes();
    count[0] = (intptr_t)(now > live_after ? now - live_after : 0);
    count[1] = count[2] = 0;
}

static void ms_get_threshold(intptr_t threshold[GC_GENERATIONS])
{
    threshold[0] = (intptr_t)heap_limit;
    threshold[1] = threshold[2] = 0;
}

static int ms_safe_point(void)
{
    return ms_collect(GC_FULL) < 0 ? -1 : 0;
}

static int ms_for_each_object(int generation, int (*fn)(rt_object *, void *), void *arg)
{
    if (generation > 0)
        return 0;
    for (rt_gchead *g = rt_gc_next(&containers), *next; g != &containers; g = next) {
        next = rt_gc_next(g);
        int r = fn(rt_from_gc(g), arg);
        if (r)
            return r;
    }
    return 0;
}

/* ---- the heap check (--gc-check) --------------------------------------------- */

/* A list of links: well formed, and every object on it live (an immortal
 * count) and unmarked (the sweep unmarks every survivor), or marked and
 * frozen on the frozen lists (bits). */
static int check_links(rt_gchead *list, const char *name, intptr_t bits, char *err, size_t errlen)
{
    for (rt_gchead *g = list;;) {
        rt_gchead *next = rt_gc_next(g);
        if (!next || rt_gc_prev(next) != g) {
            snprintf(err, errlen, "%s: link %p is not linked back", name, (void *)g);
            return -1;
        }
        if (next == list)
            return 0;
        rt_object *o = obj_of(next);
        if ((uintptr_t)o->refcnt < REFCNT_FLOOR || (o->refcnt & FROZEN_BITS) != bits || !o->type) {
            snprintf(err, errlen, "%s: object %p is dead or wrongly marked (refcount %#lx)", name, (void *)o,
                     (unsigned long)o->refcnt);
            return -1;
        }
        if ((o->type->flags & DIRECT_MASK) == RT_TPFLAGS_PLAIN_DEALLOC && o->type->weaklistoffset) {
            snprintf(err, errlen, "%s: type %s is swept without a look at weakrefs but has a weakref list", name,
                     o->type->name);
            return -1;
        }
        g = next;
    }
}

static int ms_check_heap(char *err, size_t errlen)
{
    if (rt_gc.young != &containers) {
        snprintf(err, errlen, "rt_gc.young does not point at the container list");
        return -1;
    }
    /* (Finalizers and callbacks may still be queued: a __del__ may call
     * gc.collect() while the queue that runs it is being drained.) */
    if (msp || deferred) {
        snprintf(err, errlen, "the mark stack or the deferred releases are not empty");
        return -1;
    }
    if (check_links(&permanent, "permanent", permanent_frozen ? FROZEN_BITS : 0, err, errlen) < 0 || check_links(&objects, "objects", 0, err, errlen) < 0
        || check_links(&finalizable, "finalizable", 0, err, errlen) < 0
        || check_links(&frozen, "frozen", FROZEN_BITS, err, errlen) < 0
        || check_links(&frozen_fin, "frozen_fin", FROZEN_BITS, err, errlen) < 0)
        return -1;
    size_t scan = 0, perm = 0;
    for (rt_gchead *list = &frozen;; list = &frozen_fin) {
        for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g))
            scan += has_children(obj_of(g));
        if (list == &frozen_fin)
            break;
    }
    if (permanent_frozen)
        for (rt_gchead *g = rt_gc_next(&permanent); g != &permanent; g = rt_gc_next(g))
            perm += has_children(obj_of(g));
    if (perm != npermanent_scan || scan + perm != frozen_scan.n) {
        snprintf(err, errlen, "frozen_scan holds %zu objects (%zu permanent), the frozen set %zu with references, "
                 "the permanent set %zu", frozen_scan.n, npermanent_scan, scan, perm);
        return -1;
    }
    rt_gchead *heads[] = { &containers, &frozen_containers };
    static const char *const names[] = { "containers", "frozen_containers" };
    gc_check_lists_spec spec = { heads, names, 2, false, (intptr_t)REFCNT_FLOOR };
    return gc_check_lists(&spec, err, errlen);
}

/* No generations or gc.garbage: those slots stay NULL.  get_threshold
 * reports the heap limit. */
const gc_collector gc_marksweep_collector = {
    .name = "marksweep",
    .summary = "precise stop-the-world mark-sweep over the traverse slots; no refcount work",
    .caps = GC_CAPS_marksweep,
    .options = ms_options,
    .init = ms_init,
    .fini = ms_fini,
    .collect = ms_collect,
    .safe_point = ms_safe_point,
    .get_stats = ms_get_stats,
    .get_count = ms_get_count,
    .for_each_object = ms_for_each_object,
    .runtime_ready = ms_runtime_ready,
    .check_heap = ms_check_heap,
    .get_threshold = ms_get_threshold,
    .freeze = ms_freeze,
    .unfreeze = ms_unfreeze,
    .freeze_count = ms_freeze_count,
};

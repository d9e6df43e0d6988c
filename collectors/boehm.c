/*
 * boehm.c -- the Boehm-Demers-Weiser conservative collector (libgc) as a
 * gclab collector, with no reference-count work (docs/tracing.md).
 *
 * Objects are born with RT_IMMORTAL_REFCNT, so no dealloc ever runs; libgc
 * frees what it cannot reach by scanning, conservatively, the data and bss
 * segments (every static root of the runtime and the VM) but the section
 * rt_noscan (runtime/noscan.h: statics without heap pointers, and static
 * types, whose heap fields push_static_types pushes), the C stack and
 * registers, and every GC_MALLOC'ed block.  Invariants:
 *   - every block that may hold an object pointer is seen by libgc: objects
 *     and MEM buffers come from GC_MALLOC (the allocator backend "boehm",
 *     installed through rt_alloc_set_external), RAW blocks from
 *     GC_MALLOC_UNCOLLECTABLE (scanned, never collected: the explicit
 *     root stack lives there); the VM's value stacks are libc blocks libgc
 *     does not see (rt_raw_malloc_unscanned), whose parts in use are
 *     pushed as roots at each collection (push_vm_stacks); only blocks that can
 *     never hold one come from GC_MALLOC_ATOMIC (pointer-free objects and
 *     payloads: rt_objspace.calloc_atomic, rt_*_malloc_atomic);
 *   - small blocks come from free lists of our own (free_list, refilled
 *     by GC_generic_malloc_many), and every list is empty whenever libgc
 *     marks (drop_free_lists at each collection's start): what was left
 *     on one is garbage to libgc, and nothing we hold is handed out twice;
 *   - libgc sees no weakref's referent and no link of a weakref list
 *     (rt_weakref_mask): weakrefs and referents live by the program's
 *     references alone, and a weakref leaves its list before it is freed;
 *   - Python code never runs inside libgc or inside an allocation:
 *     finalizers are run on demand (GC_set_finalize_on_demand), the
 *     notifier only sets gc_collect_wanted, and the VM runs them -- weakref
 *     callbacks, then __del__ -- at its next safe point (safe_point);
 *   - a __del__ runs at most once per object (the FINALIZED bit), a
 *     weakref callback at most once (it is dropped when called); libgc
 *     frees a finalized object once it is unreachable again.
 * Not in the sanitizer build: ASan's shadow memory and libgc's scanning of
 * the whole heap and stack do not mix.
 */
#ifndef GCLAB_SANITIZE

#include <stdlib.h>
#include <string.h>
#include <gc/gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include "collectors/collector.h"
#include "collectors/gc_check.h"
#include "runtime/telemetry.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/weakref.h"
#include "runtime/instattr.h"

static bool verbose;               /* from gc_config */
/* --stress: a full collection (GC_gcollect) at every STRESS_EVERY-th
 * allocation, from the allocation path as libgc's own collections come,
 * with our free lists off so that every allocation passes there.  Not
 * at every allocation, as marksweep's --stress: a libgc collection marks
 * the whole heap and the runtime's statics (~600 K instructions for an
 * empty program), and one per allocation would make a small conformance
 * program run for minutes. */
#define STRESS_EVERY 100
static bool stress;
static unsigned stress_countdown;
/* Options: heap policy, incremental mode, GC_set_free_space_divisor
 * (0: libgc's default, 3), initial heap (GC_expand_hp) and maximum heap
 * (GC_set_max_heap_size); 0 = libgc's default. */
static struct {
    gc_heap_policy heap;
    bool incremental;
    unsigned divisor;
    size_t initial_heap, max_heap;
} opt;
static gc_stats stats;
static rt_gchead containers;       /* the tracking list (gc.get_objects) */

/* ---- the allocator backend ------------------------------------------------- */

/* The runtime links new containers into rt_gc.young and never unlinks
 * them here (no dealloc runs).  A list threaded through the objects would
 * keep them all reachable, and its tail may be freed by any collection:
 * so the list is emptied after every libgc call that may collect, and a
 * container is linked to at most the containers tracked since the last
 * allocation.  (Hence no gc.get_objects() under boehm.) */
static inline void forget_tracked(void) { rt_gc_list_init(&containers); }

/* GC_malloc_kind_global, not GC_MALLOC: the VM is one thread, and
 * GC_MALLOC's thread-local free lists cost a __tls_get_addr call and a
 * call more per allocation (libgc is a shared library).  gc_inline.h
 * declares it only for clients built with GC_THREADS (which would also
 * redirect pthread_create) and otherwise maps it to the thread-local
 * GC_malloc_kind; Debian's libgc is built with threads and exports it. */
#undef GC_malloc_kind_global
GC_API GC_ATTR_MALLOC void *GC_CALL GC_malloc_kind_global(size_t lb, int k);

/* The usable size of a small block, by request size: libgc gives every
 * request of n bytes a slot of the same size (its size map, fixed once an
 * entry is made), so GC_size is asked once per size, not at every
 * allocation (~30 instructions through the PLT). */
#define USABLE_CACHED 512
RT_NOSCAN static uint16_t usable_of[USABLE_CACHED + 1];   /* 0: not asked yet */

/* MEM and OBJ blocks are counted in rt_alloc's statistics later, by
 * request size: through the allocator's generic external path (its
 * statistics, the backend's table, the usable size) a block cost ~80-110
 * instructions besides libgc's; here it costs an increment.  pending[i]
 * counts the blocks of request n made since the last flush_counts, in
 * domain MEM (i = n) or OBJ (i = COUNTED + n); `dirty` lists the i whose
 * count is not zero, so that a flush walks only those.  rt_alloc calls
 * flush_counts before it reads its counters. */
#define COUNTED (USABLE_CACHED + 1)
RT_NOSCAN static uint64_t pending[2 * COUNTED];
RT_NOSCAN static uint16_t dirty[2 * COUNTED];
static unsigned ndirty;

static __attribute__((noinline)) void note_new_size(size_t i, size_t n, void *p)
{
    if (!usable_of[n])
        usable_of[n] = (uint16_t)GC_size(p);
    dirty[ndirty++] = (uint16_t)i;
}

static void flush_counts(void)
{
    for (unsigned k = 0; k < ndirty; k++) {
        size_t i = dirty[k], n = i % COUNTED;
        rt_alloc_count_external(i < COUNTED ? RT_DOMAIN_MEM : RT_DOMAIN_OBJ, n, usable_of[n], pending[i]);
        pending[i] = 0;
    }
    ndirty = 0;
}

/* Free lists of our own in front of libgc, for blocks of up to
 * FL_GRANULES granules of each kind (as gc_inline.h's GC_FAST_MALLOC_GRANS
 * keeps them per thread): a pop is ~6 instructions where
 * GC_malloc_kind_global is ~40 through the PLT, and lifetimes makes ~340 K
 * small blocks.  A list is refilled by GC_generic_malloc_many (a block's
 * worth, linked through each object's first word, NORMAL objects zeroed
 * but for that word) and dropped at the start of every collection
 * (drop_free_lists, from libgc's GC_EVENT_START): nothing on a list
 * survives into a mark, so libgc reclaims the dropped objects as garbage
 * and never hands out twice what we still hold.  The heads are statics,
 * which libgc scans; they are NULL whenever it marks.  Not in libgc's
 * incremental mode, whose marking runs in pieces inside allocations
 * without that event (fl_on is false there). */
#define GRANULE ((size_t)16)   /* GC_GRANULE_BYTES on 64-bit targets */
#define FL_GRANULES 32         /* blocks up to 512 bytes, USABLE_CACHED */
static void *free_list[2][FL_GRANULES + 1];   /* [GC_I_PTRFREE / GC_I_NORMAL][granules] */
static bool fl_on;

/* Called by libgc as a collection starts (allocation lock held).  The
 * NORMAL lists' links are cleared too: a stale word that marked a dropped
 * object must not keep the rest of its list with it. */
static void drop_free_lists(void)
{
    for (size_t g = 1; g <= FL_GRANULES; g++) {
        free_list[GC_I_PTRFREE][g] = NULL;
        for (void *p = free_list[GC_I_NORMAL][g], *next; p; p = next) {
            next = *(void **)p;
            *(void **)p = NULL;
        }
        free_list[GC_I_NORMAL][g] = NULL;
    }
}

/* A block of n bytes when the fast path has none: a refill of its list
 * (g granules), or libgc's own allocation for the other sizes.  The
 * tracking list is emptied before the call too, so that a collection
 * inside it does not see the containers linked since the last one. */
static __attribute__((noinline)) void *alloc_slow(size_t n, size_t g, int kind)
{
    forget_tracked();
    if (stress && --stress_countdown == 0) {
        stress_countdown = STRESS_EVERY;
        GC_gcollect();   /* finalizers wait for the next safe point, as after libgc's own */
    }
    if (g - 1 < FL_GRANULES && fl_on) {
        void *list = NULL;
        GC_generic_malloc_many(g * GRANULE, kind, &list);
        if (list) {
            free_list[kind][g] = *(void **)list;
            *(void **)list = NULL;
        }
        return list;
    }
    return GC_malloc_kind_global(n ? n : 1, kind);
}

/* A MEM (obj false) or OBJ block of n bytes of libgc's kind (NORMAL:
 * zeroed and scanned; PTRFREE: neither). */
static inline void *bo_new(bool obj, size_t n, int kind)
{
    size_t g = (n + GRANULE - 1) / GRANULE;
    void *p;
    if (RT_LIKELY(g - 1 < FL_GRANULES) && (p = free_list[kind][g]) != NULL) {
        free_list[kind][g] = *(void **)p;
        *(void **)p = NULL;
    } else {
        p = alloc_slow(n, g, kind);
    }
    forget_tracked();
    if (RT_UNLIKELY(p == NULL))
        return NULL;
    if (RT_LIKELY(n - 1 < USABLE_CACHED)) {   /* 1 .. USABLE_CACHED */
        size_t i = (obj ? COUNTED : 0) + n;
        if (RT_UNLIKELY(pending[i]++ == 0))
            note_new_size(i, n, p);
    } else {
        rt_alloc_count_external(obj ? RT_DOMAIN_OBJ : RT_DOMAIN_MEM, n, GC_size(p), 1);
    }
    return p;
}

/* The backend's MEM/OBJ allocation (rt_mem_malloc and its kin under
 * boehm); the object hooks below call bo_new directly. */
static void *bo_malloc(rt_domain d, size_t n, bool atomic)
{
    return bo_new(d == RT_DOMAIN_OBJ, n, atomic ? GC_I_PTRFREE : GC_I_NORMAL);
}
static void *bo_realloc(void *p, size_t n)
{
    void *q = GC_REALLOC(p, n);
    forget_tracked();
    return q;
}
static void bo_free(void *p) { GC_FREE(p); }
static void *bo_raw_malloc(size_t n)
{
    void *p = GC_MALLOC_UNCOLLECTABLE(n);
    forget_tracked();
    return p;
}
static bool bo_owns(const void *p) { return GC_base((void *)p) != NULL; }
static size_t bo_usable(const void *p) { return GC_size(p); }

/* libgc's heap in use: what a collection left plus what was allocated
 * since (heap size minus free and unmapped bytes), comparable with the
 * other collectors' live bytes up to libgc's block granularity. */
static size_t bo_live_bytes(void)
{
    return GC_get_heap_size() - GC_get_free_bytes() - GC_get_unmapped_bytes();
}

static const rt_alloc_external backend = {
    bo_malloc, bo_realloc, bo_free, bo_raw_malloc, bo_free, bo_owns,
    bo_usable, bo_live_bytes, flush_counts,
};

/* Object blocks: libgc frees them; nothing else may. */
static void *bo_obj_calloc(size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size)
        return NULL;
    return bo_new(true, nmemb * size, GC_I_NORMAL);   /* zeroed */
}

/* str, int, float, range: not scanned (rt_objspace.calloc_atomic). */
static void *bo_obj_calloc_atomic(size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size)
        return NULL;
    void *p = bo_new(true, nmemb * size, GC_I_PTRFREE);
    if (p)
        memset(p, 0, nmemb * size);
    return p;
}

/* The same, for a constructor that writes every byte
 * (rt_objspace.malloc_atomic): GC_MALLOC_ATOMIC's block as it comes. */
static void *bo_obj_malloc_atomic(size_t n)
{
    return bo_new(true, n, GC_I_PTRFREE);
}

static void bo_release(void *block)
{
    (void)block;   /* no dealloc runs under boehm; kept for completeness */
}

/* ---- finalization: __del__, weakref callbacks, weakrefs that die -----------
 *
 * libgc calls a finalizer once it finds an object unreachable, and keeps
 * the object (and, with GC_java_finalization, everything it reaches) until
 * the finalizer has run.  Three kinds of object get one, always the same
 * function (libgc allows one finalizer per object), registered no_order:
 *   - instances of classes with __del__ (rt_objspace.finalizable);
 *   - every weakref (rt_weakref_registered): the list links are hidden
 *     from the scanner (rt_weakref_mask), so neither its referent nor the
 *     other weakrefs keep it alive, and it must leave its referent's list
 *     before libgc may free it;
 *   - every referent of a weakref with a callback: its death must run the
 *     callbacks, and libgc has no hook for "this link was cleared".
 * no_order, not libgc's default topological order: that order never
 * finalizes (nor frees) an object reachable from itself, and Python
 * objects routinely are (cycles through __dict__, parents, bound methods,
 * a weakref's callback holding the weakref); CPython (PEP 442) finalizes
 * cyclic garbage in no particular order with every object still intact,
 * which is what no_order with GC_java_finalization gives.
 *
 * Two phases, because libgc's queue may be drained only where Python code
 * may run, and because the list surgery must see a consistent picture:
 *   1. GC_invoke_finalizers calls on_unreachable, which only moves the
 *      object to `dying` (uncollectable memory, so a root);
 *   2. finalize_dying, with no Python code until its list surgery is done:
 *      a. every dying weakref is cleared (taken out of its referent's list
 *         if its referent is alive; if libgc already cleared the referent,
 *         the referent is dying in this same batch or was freed without a
 *         finalizer, and step b or nobody touches that list) and loses its
 *         callback: a dead weakref never calls back (CPython 3.11 clears
 *         weakrefs found in the garbage the same way);
 *      b. every other dying object's list loses the weakrefs libgc cleared
 *         (all of them: the links were short disappearing links), and
 *         those with a callback are queued, newest first;
 *      c. the callbacks run; then d. the __del__ methods (FINALIZED bit:
 *         at most once per object) -- CPython's collector order.
 * Step a allocates nothing: a collection inside it could clear a referent
 * between the test and the unlink.
 * The referents whose death runs nothing (no __del__, no callback) get
 * no finalizer: libgc frees them at once, and the weakrefs that outlive
 * them keep stale links that are never followed (their referent field
 * reads NULL). */

/* In RAW memory, i.e. GC_MALLOC_UNCOLLECTABLE under this backend: scanned,
 * so the objects queued stay alive until processed. */
static gc_objvec dying;      /* found unreachable by libgc, not processed yet */
static gc_objvec to_call;    /* weakrefs whose callbacks run in this batch */

static void on_unreachable(void *base, void *offset)
{
    rt_object *o = (rt_object *)((char *)base + (uintptr_t)offset);
    if (gc_objvec_push(&dying, o) < 0) {
        /* Dropping it could free a weakref still linked into a list. */
        fprintf(stderr, "gclab: boehm: out of memory for the finalization queue\n");
        abort();
    }
}

/* A sentinel libgc never stores: it leaves *ofn alone when registration
 * fails for lack of memory, and sets it (NULL or the old finalizer) when
 * it succeeds. */
static void registration_failed(void *base, void *cd) { (void)base; (void)cd; }

/* Give o our finalizer; false without memory. */
static bool watch(rt_object *o)
{
    void *base = rt_object_block(o);
    if (GC_base(base) != base)
        return true;   /* static, or made before libgc: never freed */
    GC_finalization_proc old = registration_failed;
    GC_register_finalizer_no_order(base, on_unreachable, (void *)((char *)o - (char *)base), &old, NULL);
    return old != registration_failed;
}

/* Instances of classes with __del__ (rt_objspace.finalizable). */
static void register_finalizer(rt_object *o)
{
    if (!watch(o))
        fprintf(stderr, "gclab: boehm: no memory to register a finalizer; __del__ will not run\n");
}

/* A new weakref, already linked (rt_weakref_registered).  The referent
 * field is stored complemented (rt_weakref_mask) and registered as a
 * disappearing link: libgc zeroes it when the referent becomes
 * unreachable, before any finalizer runs. */
static int register_weakref(rt_weakref *w, rt_object *referent)
{
    if (!watch(RT_OBJ(w)))
        return -1;
    void *base = rt_object_block(referent);
    if (GC_base(base) != base)
        return 0;
    if (GC_general_register_disappearing_link((void **)&w->referent, base) == GC_NO_MEMORY)
        return -1;
    return w->callback && !watch(referent) ? -1 : 0;
}

/* Phase 2 (see above); returns how many dying objects were processed. */
static intptr_t finalize_dying(void)
{
    size_t n = dying.n;
    for (size_t i = 0; i < n; i++) {   /* a: dead weakrefs */
        rt_object *o = dying.v[i];
        if (rt_weakref_check(o)) {
            rt_weakref *w = (rt_weakref *)o;
            rt_weakref_clear(w);
            RT_CLEAR(w->callback);
        }
    }
    for (size_t i = 0; i < n; i++) {   /* b: dead referents */
        rt_object *o = dying.v[i];
        rt_object **head = rt_weakref_list_ptr(o);
        if (!head || rt_weakref_check(o))
            continue;
        for (rt_weakref *w = rt_weakref_first(head), *next; w; w = next) {
            next = rt_weakref_next(w);
            if (rt_weakref_get(RT_OBJ(w)))
                continue;   /* made after libgc found o unreachable (o was resurrected) */
            rt_weakref_detach(w, head);
            if (w->callback && gc_objvec_push(&to_call, RT_OBJ(w)) < 0)
                RT_CLEAR(w->callback);   /* cannot queue it: dropped, as CPython on MemoryError */
        }
    }
    for (size_t i = 0; i < to_call.n; i++)   /* c: callbacks; the queue stays a root */
        rt_weakref_run_callback((rt_weakref *)to_call.v[i]);
    gc_objvec_clear(&to_call);
    for (size_t i = 0; i < n; i++) {   /* d: __del__ */
        rt_object *o = dying.v[i];
        if (o->type->finalize && rt_is_gc(o) && !rt_gc_is_finalized(o)) {
            rt_gc_set_finalized(o);
            rt_object *saved = rt_err_fetch();
            o->type->finalize(o);
            rt_err_restore(saved);
        }
    }
    gc_objvec_clear(&dying);
    return (intptr_t)n;
}

static void notify_finalizers(void)
{
    gc_collect_wanted = true;   /* run them at the next safe point */
}

/* ---- pause times -------------------------------------------------------------- */

static uint64_t stop_t0;

/* The parts of the VM's value stacks in use, as roots (libgc calls this
 * while it pushes its roots, the world stopped; the hook it replaced
 * pushes the other threads' stacks).  The frames popped above the top are
 * not scanned: their stale words would keep garbage alive. */
static GC_push_other_roots_proc push_other_roots;

static void push_range(void *lo, void *hi)
{
    if (lo < hi)
        GC_push_all(lo, hi);
}

/* The static types placed in rt_noscan (RT_NOSCAN_TYPE, noscan.h) are
 * left out of the data segment libgc scans; their fields that may hold a
 * pointer to a libgc block are pushed here, as two ranges: dict .. vm_data
 * and weakreflist .. slot_names (the words between are numbers and C
 * functions).  The asserts fail when rt_type changes: a new field that can
 * hold a heap pointer must lie inside one of the ranges. */
_Static_assert(sizeof(rt_type) == 448, "rt_type changed: check push_static_types' ranges");
_Static_assert(offsetof(rt_type, dict) < offsetof(rt_type, vm_data), "rt_type's field order");
_Static_assert(offsetof(rt_type, weakreflist) < offsetof(rt_type, cached_keys) &&
               offsetof(rt_type, cached_keys) < offsetof(rt_type, mro) &&
               offsetof(rt_type, mro) < offsetof(rt_type, qualname) &&
               offsetof(rt_type, qualname) < offsetof(rt_type, subclasses) &&
               offsetof(rt_type, listed_in) < offsetof(rt_type, subclass_ref) &&
               offsetof(rt_type, subclass_ref) < offsetof(rt_type, subclass_dict) &&
               offsetof(rt_type, subclass_dict) < offsetof(rt_type, slot_names),
               "rt_type's field order");
extern char __start_rt_noscan[], __stop_rt_noscan[];

static void push_static_types(void)
{
    size_t n;
    rt_type *const *v = rt_static_types(&n);
    for (size_t i = 0; i < n; i++) {
        rt_type *t = v[i];
        if ((uintptr_t)t < (uintptr_t)__start_rt_noscan || (uintptr_t)t >= (uintptr_t)__stop_rt_noscan)
            continue;   /* scanned with the data segment */
        GC_push_all(&t->dict, &t->vm_data + 1);
        GC_push_all(&t->weakreflist, &t->slot_names + 1);
    }
}

static void push_vm_stacks(void)
{
    if (push_other_roots)
        push_other_roots();
    gc_vm_stacks(push_range);
    push_static_types();
}

/* World stopped -> world restarted is one pause (called by libgc with the
 * allocation lock held: no allocation, no Python here). */
static void on_event(GC_EventType e)
{
    if (e == GC_EVENT_START || e == GC_EVENT_MARK_START) {
        drop_free_lists();
    } else if (e == GC_EVENT_PRE_STOP_WORLD) {
        /* telemetry allocates only from the RAW domain (libc malloc), never
         * from libgc, so it may record here with the allocation lock held */
        rt_tel_collection_begin("boehm", GC_GENERATIONS - 1,
                                gc_reason == RT_TEL_REASON_THRESHOLD ? RT_TEL_REASON_HEAP_FULL : gc_reason);
        stop_t0 = rt_tel_now_ns();
    } else if (e == GC_EVENT_POST_START_WORLD && stop_t0) {
        uint64_t p = rt_tel_now_ns() - stop_t0;
        stop_t0 = 0;
        rt_tel_collection_end(0, 0, 0, 0);
        stats.pause_ns_total += p;
        if (p > stats.pause_ns_max)
            stats.pause_ns_max = p;
    } else if (e == GC_EVENT_END) {
        stats.collections[GC_GENERATIONS - 1]++;
        if (verbose)
            fprintf(stderr, "gc: boehm: collection %llu, heap %zu bytes, %zu free\n",
                    (unsigned long long)stats.collections[GC_GENERATIONS - 1],
                    (size_t)GC_get_heap_size(), (size_t)GC_get_free_bytes());
    }
}

/* ---- the collector interface --------------------------------------------------- */

static int set_heap(const char *value, char *err, size_t errlen)
{
    return gc_parse_heap_policy(value, &opt.heap, err, errlen);
}

static int set_incremental(const char *value, char *err, size_t errlen)
{
    if (gc_parse_bool(value, &opt.incremental) < 0) {
        snprintf(err, errlen, "on or off");
        return -1;
    }
    return 0;
}

static int set_divisor(const char *value, char *err, size_t errlen)
{
    char *end;
    unsigned long v = strtoul(value, &end, 10);
    if (end == value || *end || value[0] == '-' || v < 1 || v > 1000) {
        snprintf(err, errlen, "a whole number from 1 to 1000");
        return -1;
    }
    opt.divisor = (unsigned)v;
    return 0;
}

static int set_heap_size(const char *value, size_t *out, char *err, size_t errlen)
{
    if (gc_parse_size(value, out) < 0 || *out == 0) {
        snprintf(err, errlen, "a size in bytes > 0, e.g. 64M");
        return -1;
    }
    return 0;
}

static int set_initial_heap(const char *value, char *err, size_t errlen)
{
    return set_heap_size(value, &opt.initial_heap, err, errlen);
}

static int set_max_heap(const char *value, char *err, size_t errlen)
{
    return set_heap_size(value, &opt.max_heap, err, errlen);
}

static const gc_option bo_options[] = {
    { "heap", "default, grow:F (a free-space divisor of 1/(F-1)) or fixed:SIZE (a heap of SIZE from the start, "
              "collected when full; MemoryError when the live data do not fit)",
      set_heap },
    { "incremental", "on or off (GC_enable_incremental; default off)", set_incremental },
    { "divisor", "1 to 1000: libgc's free-space divisor (default 3; larger = smaller heap)", set_divisor },
    { "initial-heap", "SIZE: the heap at start-up (GC_expand_hp up to SIZE; default 4M, as marksweep's heap-min)",
      set_initial_heap },
    { "max-heap", "SIZE (GC_set_max_heap_size)", set_max_heap },
    { NULL, NULL, NULL },
};

/* Heap sizes are whole libgc blocks (HBLKSIZE, 4 KiB here): a size is
 * rounded down to one. */
#define BLOCK_BYTES ((size_t)4096)

/* marksweep's heap-min: no collection before the heap holds 4 MiB.  With
 * libgc's own small initial heap dict_str_churn (small size) made 27
 * collections against marksweep's 4, a fifth of its instructions. */
#define INITIAL_HEAP_DEFAULT GC_HEAP_MIN_DEFAULT

/* The initial and maximum heap, after GC_INIT.  GC_expand_hp adds to the
 * heap GC_INIT already mapped, and fails (silently) when the sum passes
 * the maximum: the initial heap is the difference, rounded down to whole
 * blocks.  libgc then uses an expanded heap whole before it collects
 * (GC_expand_hp raises its "requested heap size", below which every
 * free block may be split), so under fixed:SIZE a collection happens
 * only when the SIZE bytes are used up, and an allocation that does not
 * fit after one is NULL: a MemoryError. */
static int set_heap_bounds(char *err, size_t errlen)
{
    size_t max = opt.max_heap ? opt.max_heap : opt.heap.fixed;
    size_t initial = opt.initial_heap ? opt.initial_heap : opt.heap.fixed ? opt.heap.fixed : INITIAL_HEAP_DEFAULT;
    size_t have = GC_get_heap_size();
    if (max) {
        max -= max % BLOCK_BYTES;
        if (max < have) {
            snprintf(err, errlen, "a heap of %zu bytes is below libgc's initial heap (%zu bytes)",
                     opt.max_heap ? opt.max_heap : opt.heap.fixed, have);
            return -1;
        }
        GC_set_max_heap_size(max);
        if (initial > max)
            initial = max;
    }
    if (initial > have) {
        size_t more = (initial - have) - (initial - have) % BLOCK_BYTES;
        if (more && !GC_expand_hp(more)) {
            snprintf(err, errlen, "libgc could not map an initial heap of %zu bytes", initial);
            return -1;
        }
    }
    return 0;
}

/* libgc registers the writable segments of every loaded object as roots
 * and scans them at each collection.  Only the program's own (the runtime's
 * statics: types, caches, module state) and libgc's (its own structures,
 * which it pushes or excludes as it needs) can hold a pointer to a libgc
 * block: the C library, libm and the dynamic loader keep no pointer to
 * memory they did not allocate (stdio buffers, the environment and every
 * other block of theirs come from malloc, which libgc does not scan
 * anyway).  Their 86 KiB were ~60 K instructions of each collection. */
static int GC_CALLBACK scan_segment(const char *name, void *start, size_t size)
{
    (void)start, (void)size;
    return !name || !*name || strstr(name, "libgc") != NULL;
}

/* The statics marked RT_NOSCAN (runtime/alloc.h) hold no pointer to a
 * libgc block: one range left out of libgc's roots, as the linker puts
 * them side by side.  11 of the 36 KiB are this file's counters.  One
 * range, not one exclusion per array: each exclusion splits the data
 * segment into one more range to push, and 109 small ones (the method
 * tables) cost more than their words did.  The static types there have
 * their heap fields pushed (push_static_types). */

static void exclude_noscan(void)
{
    static bool done;   /* libgc aborts on an exclusion that overlaps one it has */
    if (!done && (uintptr_t)__start_rt_noscan < (uintptr_t)__stop_rt_noscan)
        GC_exclude_static_roots(__start_rt_noscan, __stop_rt_noscan);
    done = true;
}

static int bo_init(const gc_config *cfg, char *err, size_t errlen)
{
    if (cfg && cfg->threshold_set) {
        snprintf(err, errlen, "boehm has no generation thresholds; use --gc-opt heap=POLICY or divisor=N");
        return -1;
    }
    memset(&opt, 0, sizeof opt);
    if (gc_apply_options(&gc_boehm_collector, cfg, err, errlen) < 0)
        return -1;
    if (rt_alloc_current()->backend != RT_BACKEND_BOEHM) {
        snprintf(err, errlen, "the boehm collector needs the boehm allocator backend (--alloc boehm)");
        return -1;
    }
    verbose = cfg && cfg->verbose;
    memset(&stats, 0, sizeof stats);
    /* No collection inside GC_INIT: the heap is empty then, and scanning
     * the roots for nothing cost ~310 K instructions at every start. */
    GC_set_dont_precollect(1);
    GC_register_has_static_roots_callback(scan_segment);
    /* Interior pointers off (see "Interior pointers" in docs/tracing.md):
     * only a block's start and the displacements registered below keep
     * it alive from the heap and the static roots (the C stack and the
     * registers are still scanned for any interior pointer).  It also
     * drops the byte libgc otherwise adds to every request so that a
     * pointer just past the end keeps its block: a 48-byte object takes
     * a 48-byte slot instead of 64.  Set before the first GC_INIT only
     * (bo_init may run again: gc_select). */
    if (!GC_is_init_called())
        GC_set_all_interior_pointers(0);
    GC_INIT();
    exclude_noscan();
    GC_register_displacement(sizeof(rt_gchead));      /* a container: its object after its gc head */
    GC_register_displacement(RT_INSTATTR_VALUES_TAG);  /* an instance's tagged values block (instattr.h) */
    GC_set_finalize_on_demand(1);
    /* A request libgc cannot satisfy is a MemoryError the program may
     * catch, as under the other collectors: no "GC Warning" on stderr. */
    GC_set_warn_proc(GC_ignore_warn_proc);
    GC_set_java_finalization(1);   /* no_order finalizers keep what they reach: see above */
    GC_set_finalizer_notifier(notify_finalizers);
    GC_set_on_collection_event(on_event);
    if (GC_get_push_other_roots() != push_vm_stacks) {   /* bo_init may run again (gc_select) */
        push_other_roots = GC_get_push_other_roots();
        GC_set_push_other_roots(push_vm_stacks);
    }
    if (opt.divisor)
        GC_set_free_space_divisor(opt.divisor);
    else if (opt.heap.grow > 1.0) {
        /* libgc grows the heap rather than collect while less than
         * heap/divisor was allocated since the last collection: a heap of
         * about F x live means a divisor of 1/(F-1), at least 1. */
        GC_word d = (GC_word)(1.0 / (opt.heap.grow - 1.0) + 0.5);
        GC_set_free_space_divisor(d ? d : 1);
    }
    if (set_heap_bounds(err, errlen) < 0)
        return -1;
    if (opt.incremental)
        GC_enable_incremental();
    drop_free_lists();   /* bo_init may run again (gc_select) */
    stress = cfg && cfg->stress;
    stress_countdown = STRESS_EVERY;
    fl_on = !opt.incremental && !stress;
    rt_alloc_set_external(&backend);
    rt_objspace.initial_refcnt = RT_IMMORTAL_REFCNT;
    rt_objspace.calloc = bo_obj_calloc;
    rt_objspace.calloc_atomic = bo_obj_calloc_atomic;
    rt_objspace.malloc_atomic = bo_obj_malloc_atomic;
    rt_objspace.release = bo_release;
    rt_objspace.finalizable = register_finalizer;
    rt_weakref_mask = ~(uintptr_t)0;
    rt_weakref_registered = register_weakref;
    rt_gc_list_init(&containers);
    rt_gc.young = &containers;
    rt_gc.young_count = 0;
    rt_gc.young_threshold = 0;
    rt_gc.enabled = true;
    rt_gc.on_threshold = NULL;
    return 0;
}

/* Before an explicit collection, forget the stale words libgc would take
 * for references: the C stack below the caller (libgc scans its own
 * frames, whose unwritten slots still hold what earlier calls left
 * there) and, on x86-64, the vector registers (libgc scans the saved
 * register context, SSE registers included, and compiled code moves
 * pointers through them).  Both are caller-saved scratch here. */
static __attribute__((noinline)) void forget_stale_words(void)
{
    char below[16384];   /* deeper than a collection's own frames */
    memset(below, 0, sizeof below);
    __asm__ volatile("" : : "r"(below) : "memory");   /* not a dead store */
#if defined(__x86_64__) && defined(__SSE2__)
    __asm__ volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\tpxor %%xmm2, %%xmm2\n\t"
                     "pxor %%xmm3, %%xmm3\n\tpxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
                     "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7\n\tpxor %%xmm8, %%xmm8\n\t"
                     "pxor %%xmm9, %%xmm9\n\tpxor %%xmm10, %%xmm10\n\tpxor %%xmm11, %%xmm11\n\t"
                     "pxor %%xmm12, %%xmm12\n\tpxor %%xmm13, %%xmm13\n\tpxor %%xmm14, %%xmm14\n\t"
                     "pxor %%xmm15, %%xmm15"
                     : : : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                       "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
#endif
}

/* Pending finalizers and weakref callbacks, where Python code may run. */
static intptr_t run_pending(void)
{
    /* Callbacks and finalizers are Python code: only where the VM says it
     * is safe, and never inside themselves. */
    if (!gc_vm_is_safe() || rt_gc.collecting) {
        if (GC_should_invoke_finalizers())
            gc_collect_wanted = true;
        return 0;
    }
    rt_gc.collecting = true;
    GC_invoke_finalizers();
    intptr_t n = finalize_dying();
    rt_gc.collecting = false;
    stats.collected[GC_GENERATIONS - 1] += (uint64_t)n;
    gc_check_if_enabled();
    return n;
}

/* What --gc-check can see here: libgc owns the heap and checks its own
 * structures; ours are the tracking list (emptied after every allocation)
 * and the finalization queues, which a finished batch leaves empty. */
static int bo_check_heap(char *err, size_t errlen)
{
    if (rt_gc.young != &containers) {
        snprintf(err, errlen, "rt_gc.young does not point at the container list");
        return -1;
    }
    if (dying.n || to_call.n) {
        snprintf(err, errlen, "a finalization batch is left half done");
        return -1;
    }
    rt_gchead *heads[] = { &containers };
    static const char *const names[] = { "containers" };
    gc_check_lists_spec spec = { heads, names, 1, false, (intptr_t)RT_GC_TRACED_REFCNT_FLOOR };
    return gc_check_lists(&spec, err, errlen);
}

/* Every kind is a full collection (libgc's incremental mode is its own). */
static intptr_t bo_collect(gc_kind kind)
{
    (void)kind;
    forget_stale_words();
    GC_gcollect();
    forget_tracked();
    return run_pending();
}

/* libgc collects inside allocations: the safe point runs what those
 * collections left to finalize. */
static int bo_safe_point(void)
{
    return run_pending() < 0 ? -1 : 0;
}

static void bo_get_stats(gc_stats *out)
{
    *out = stats;
    GC_word heap, free_bytes, unmapped, since, total;
    GC_get_heap_usage_safe(&heap, &free_bytes, &unmapped, &since, &total);
    out->bytes_live = (uint64_t)(heap - free_bytes - unmapped);
    rt_alloc_stats a;
    rt_alloc_get_stats(&a);
    out->objects_live = a.domain[RT_DOMAIN_OBJ].blocks_in_use;   /* blocks never freed explicitly: an upper bound */
    out->containers_tracked = 0;   /* not kept: see forget_tracked */
}

/* The last collection only makes the live bytes of the leak report exact:
 * without a caller for them (`gclab run`, which reports a leak under rc
 * only) it is not run, as gen and rc run none at exit. */
static void bo_fini(gc_stats *final_stats)
{
    if (!final_stats)
        return;
    rt_tel_reason why = gc_reason_enter(RT_TEL_REASON_SHUTDOWN);
    GC_gcollect();
    gc_reason_leave(why);
    forget_tracked();
    bo_get_stats(final_stats);
}

static void bo_get_count(intptr_t count[GC_GENERATIONS])
{
    count[0] = (intptr_t)GC_get_bytes_since_gc();
    count[1] = count[2] = 0;
}

/* Nothing to enumerate: the tracking list is emptied at every allocation
 * (forget_tracked). */
static int bo_for_each_object(int generation, int (*fn)(rt_object *, void *), void *arg)
{
    (void)generation; (void)fn; (void)arg;
    return 0;
}

/* No generations, thresholds, freeze or gc.garbage: those slots stay NULL. */
const gc_collector gc_boehm_collector = {
    .name = "boehm",
    .summary = "Boehm-Demers-Weiser conservative collector (libgc); no refcount work",
    .caps = GC_CAPS_boehm,
    .options = bo_options,
    .allocator = "boehm",
    .init = bo_init,
    .fini = bo_fini,
    .collect = bo_collect,
    .safe_point = bo_safe_point,
    .get_stats = bo_get_stats,
    .get_count = bo_get_count,
    .for_each_object = bo_for_each_object,
    .check_heap = bo_check_heap,
};

#endif

/*
 * test_boehm.c -- the boehm collector (libgc) on hand-built graphs: no
 * refcount work, unreachable cycles freed (observed through libgc's
 * disappearing links, a weak observer), reachable graphs never freed or
 * corrupted, a million-long chain, finalizers run once and only at the
 * safe point, and a stress run allocating 50x the live size under a
 * maximum heap.  Then Python programs under boehm: weakref callbacks run
 * after the referent dies, at the safe point, newest first, with the ref
 * already dead, never for a weakref that died too; weakref.finalize runs
 * once, and the live ones at exit; __del__ after the callbacks, in cycles
 * too.  Not built with GCLAB_SANITIZE: libgc and ASan do not mix.
 */
#define _GNU_SOURCE   /* vm_util.h's open_memstream, mkdtemp: before any header */
#include "tests/unit/objcore_util.h"
#include "collectors/collector.h"
#include "runtime/alloc.h"
#include "runtime/list.h"

#ifndef GCLAB_SANITIZE
#include "tests/unit/vm_util.h"
#include <sys/wait.h>
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <gc/gc_inline.h>
#include "compiler/code.h"

/* The runtime without gc_runtime_ready: vm_init calls it (once). */
static void start_runtime(gc_config *cfg)
{
    char err[200];
    (void)objcore_setup;   /* objcore_util.h's setup installs no collector; this one does */
    rt_alloc_config a = { RT_BACKEND_BOEHM, 0, 0 };
    cr_assert_eq(rt_alloc_setup(&a, err, sizeof err), 0, "%s", err);
    cr_assert_eq(gc_select(&gc_boehm_collector, cfg, err, sizeof err), 0, "%s", err);
    cr_assert_eq(rt_init(), 0);
}

static void setup_with(gc_config *cfg)
{
    start_runtime(cfg);
    gc_runtime_ready();
}

static void setup(void)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    setup_with(&cfg);
}

TestSuite(boehm, .init = setup);

/* Weak observers: pointer slots libgc does not scan (atomic memory),
 * cleared by libgc when their object becomes unreachable. */
#define NOBS 1000
static void **observers;

static void observe(int i, rt_object *o)
{
    void *base = rt_object_block(o);
    observers[i] = base;   /* atomic memory: not scanned, so not a reference */
    cr_assert_eq(GC_general_register_disappearing_link(&observers[i], base), GC_SUCCESS);
}

static int alive_count(void)
{
    int n = 0;
    for (int i = 0; i < NOBS; i++)
        n += observers[i] != NULL;
    return n;
}

/* Built in a function of its own so that no pointer to the cycles stays
 * in this frame (libgc scans the stack conservatively). */
static __attribute__((noinline)) void make_cycles(void)
{
    for (int i = 0; i < NOBS; i++) {
        rt_object *a = rt_list_new(0), *b = rt_list_new(0);
        rt_list_append(a, b);
        rt_list_append(b, a);
        RT_DECREF(a);
        RT_DECREF(b);   /* no effect on lifetime: counts are immortal */
        observe(i, a);
    }
}

static __attribute__((noinline)) void clobber_stack(void)
{
    volatile char buf[16384];
    memset((char *)buf, 0, sizeof buf);
}

Test(boehm, objects_are_born_immortal)
{
    rt_object *s = S("a string");
    cr_assert_geq(s->refcnt, RT_IMMORTAL_REFCNT);
    RT_DECREF(s);
    RT_DECREF(s);
    cr_assert_str_eq(rt_str_data(s), "a string", "no refcount work frees objects");
}

Test(boehm, unreachable_cycles_freed)
{
    observers = GC_MALLOC_ATOMIC(sizeof(void *) * NOBS);
    cr_assert_not_null(observers);
    make_cycles();
    clobber_stack();
    gc_active()->collect(GC_FULL);
    gc_active()->collect(GC_FULL);
    /* What libgc guarantees: nothing about any one unreachable object (a
     * stale word may retain it); so nearly all of 1000 independent cycles,
     * made in a deeper frame with the stack below cleared. */
    cr_assert_lt(alive_count(), NOBS / 10, "%d of %d cycles still alive", alive_count(), NOBS);
}

static rt_object *root;   /* a static: libgc scans the data segment */

Test(boehm, reachable_graph_kept_and_intact)
{
    observers = GC_MALLOC_ATOMIC(sizeof(void *) * NOBS);
    root = rt_list_new(0);
    char buf[64];
    for (int i = 0; i < NOBS; i++) {
        snprintf(buf, sizeof buf, "item-%d", i);
        rt_object *t = rt_tuple_new(2);
        RT_TUPLE_SET_ITEM(t, 0, S(buf));
        RT_TUPLE_SET_ITEM(t, 1, I(100000 + i));
        rt_list_append(root, t);
        observe(i, t);
    }
    for (int r = 0; r < 20; r++) {
        for (int j = 0; j < 20000; j++)
            S("garbage garbage garbage");
        gc_active()->collect(GC_FULL);
    }
    cr_assert_eq(alive_count(), NOBS, "nothing reachable is freed");
    for (int i = 0; i < NOBS; i++) {
        rt_object *t = RT_LIST_GET_ITEM(root, i);
        snprintf(buf, sizeof buf, "item-%d", i);
        cr_assert_str_eq(rt_str_data(RT_TUPLE_GET_ITEM(t, 0)), buf);
        cr_assert_eq(RT_INT_VALUE(RT_TUPLE_GET_ITEM(t, 1)), 100000 + i);
    }
}

Test(boehm, million_long_chain)
{
    root = NULL;
    for (int i = 0; i < 1000000; i++) {
        rt_object *t = rt_tuple_new(2);
        RT_TUPLE_SET_ITEM(t, 0, root ? root : rt_none_new());
        RT_TUPLE_SET_ITEM(t, 1, I(i));
        root = t;
    }
    gc_active()->collect(GC_FULL);
    int64_t expect = 999999;
    for (rt_object *p = root; p != RT_NONE; p = RT_TUPLE_GET_ITEM(p, 0), expect--)
        cr_assert_eq(RT_INT_VALUE(RT_TUPLE_GET_ITEM(p, 1)), expect);
    cr_assert_eq(expect, -1);
}

/* Weakrefs: cleared when the referent becomes unreachable, kept while it
 * is reachable; the weakref itself does not keep it alive. */
static rt_object *weakrefs[NOBS];   /* static: scanned */

static __attribute__((noinline)) void make_weakly_held(rt_object *C)
{
    for (int i = 0; i < NOBS; i++) {
        rt_object *o = rt_call_vector(C, NULL, 0);
        weakrefs[i] = rt_weakref_new(o, NULL);
        cr_assert_not_null(weakrefs[i]);
        if (i % 2 == 0)
            rt_list_append(root, o);   /* the even ones stay reachable */
    }
}

Test(boehm, weakrefs_cleared_when_unreachable)
{
    rt_object *C = rt_type_new_heap("W", NULL, NULL);
    cr_assert_not_null(C);
    root = rt_list_new(0);
    rt_list_append(root, C);
    make_weakly_held(C);
    clobber_stack();
    gc_active()->collect(GC_FULL);
    gc_active()->collect(GC_FULL);
    int dead_odd = 0;
    for (int i = 0; i < NOBS; i++) {
        rt_object *r = rt_weakref_get(weakrefs[i]);
        if (i % 2 == 0) {
            cr_assert_not_null(r, "weakref %d to a reachable object cleared", i);
            cr_assert_eq(r->type, (rt_type *)C);
        } else {
            dead_odd += r == NULL;
        }
    }
    cr_assert_gt(dead_odd, NOBS / 2 * 9 / 10, "weakrefs to unreachable objects cleared (%d of %d)",
                 dead_odd, NOBS / 2);
}

/* Finalizers: a heap type with a C finalize slot. */
static int finalized;
static void count_finalize(rt_object *o)
{
    (void)o;
    finalized++;
}

static __attribute__((noinline)) void make_finalizable(rt_object *cls, int n)
{
    for (int i = 0; i < n; i++) {
        rt_object *o = rt_call_vector(cls, NULL, 0);
        cr_assert_not_null(o);
    }
}

Test(boehm, finalizers_once_at_safe_point)
{
    rt_object *C = rt_type_new_heap("F", NULL, NULL);
    cr_assert_not_null(C);
    ((rt_type *)C)->finalize = count_finalize;
    root = C;
    finalized = 0;
    make_finalizable(C, 100);
    clobber_stack();
    GC_gcollect();
    cr_assert_eq(finalized, 0, "finalizers never run inside libgc or an allocation");
    cr_assert(gc_collect_wanted, "the notifier asks for a safe point");
    gc_safe_point();
    int first = finalized;
    cr_assert_gt(first, 90, "nearly all unreachable instances finalized (%d)", first);
    for (int r = 0; r < 3; r++) {
        gc_active()->collect(GC_FULL);
        gc_safe_point();
    }
    cr_assert_leq(finalized, 100, "each at most once");
}

/* Atomic allocation: instances of the static pointer-free types and
 * pointer-free payloads are in libgc's PTRFREE kind (never scanned);
 * anything that may hold a pointer -- containers, a subclass instance
 * (which points to its class), a list's item array -- is scanned. */
static int kind_of(const void *p)
{
    return GC_get_kind_and_size(GC_base((void *)p), NULL);
}

Test(boehm, pointer_free_objects_and_payloads_are_atomic)
{
    cr_assert_eq(kind_of(S("a string that is not cached")), GC_I_PTRFREE);
    cr_assert_eq(kind_of(I(123456789)), GC_I_PTRFREE);
    cr_assert_eq(kind_of(F(2.5)), GC_I_PTRFREE);
    rt_object *l = rt_list_new(0);
    rt_list_append(l, I(1234567));
    cr_assert_eq(kind_of(l), GC_I_NORMAL);
    cr_assert_eq(kind_of(((rt_list *)l)->items), GC_I_NORMAL, "a list's items are pointers");
    cr_assert_eq(kind_of(rt_tuple_new(1)), GC_I_NORMAL);
    rt_object *sub = rt_type_new_heap("MyInt", &rt_int_type, NULL);
    cr_assert_not_null(sub);
    rt_object *args = rt_tuple_pack(1, I(5));
    rt_object *inst = rt_call(sub, args, NULL);
    cr_assert_not_null(inst);
    cr_assert_eq(kind_of(inst), GC_I_NORMAL, "a subclass instance points to its class");
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (int i = 0; i < 100; i++)
        rt_str_builder_append_cstr(&b, "characters ");
    cr_assert_eq(kind_of(b.buf), GC_I_PTRFREE, "a string builder's buffer");
    rt_object *built = rt_str_builder_finish(&b);
    cr_assert_not_null(built);
}

/* boehm counts its object blocks by request size and hands the counts to
 * the allocator's statistics only when they are read (flush_counts): the
 * figures must be the same as if each block were counted when made --
 * small blocks of a size seen before and of a new size, a block past the
 * cached sizes, pointer-free or not -- and a second read adds nothing. */
Test(boehm, object_blocks_counted_when_the_statistics_are_read)
{
    rt_alloc_stats before, after, again;
    rt_alloc_get_stats(&before);
    rt_object *keep = rt_tuple_new(3);   /* the large tuple is the third */
    RT_TUPLE_SET_ITEM(keep, 0, rt_tuple_new(7));
    RT_TUPLE_SET_ITEM(keep, 1, F(2.5));
    RT_TUPLE_SET_ITEM(keep, 2, rt_tuple_new(1000));
    rt_alloc_get_stats(&after);
    const rt_domain_stats *b = &before.domain[RT_DOMAIN_OBJ], *a = &after.domain[RT_DOMAIN_OBJ];
    cr_assert_eq(a->allocs - b->allocs, 4, "%llu blocks counted",
                 (unsigned long long)(a->allocs - b->allocs));
    cr_assert_eq(a->blocks_in_use - b->blocks_in_use, 4);
    size_t grown = a->bytes_in_use - b->bytes_in_use;
    cr_assert_geq(grown, 1000 * sizeof(rt_object *) + 7 * sizeof(rt_object *) + sizeof(rt_float), "%zu", grown);
    cr_assert_lt(grown, 1000 * sizeof(rt_object *) + 1024, "%zu bytes for four blocks", grown);
    cr_assert_eq(after.large_blocks_in_use - before.large_blocks_in_use, 1, "the 1000-item tuple");
    rt_alloc_get_stats(&again);
    cr_assert_eq(again.domain[RT_DOMAIN_OBJ].allocs, a->allocs, "a second read counts nothing more");
    cr_assert_eq(again.domain[RT_DOMAIN_OBJ].bytes_in_use, a->bytes_in_use);
    cr_assert_eq(RT_SIZE(RT_TUPLE_GET_ITEM(keep, 2)), 1000);
}

/* boehm's own free lists (collectors/boehm.c, alloc_slow): small blocks
 * are popped from lists refilled a libgc block at a time and dropped at
 * the start of every collection.  Blocks kept across collections must
 * stay distinct and intact (nothing is handed out twice: libgc reclaims
 * a dropped list, never what we still hold), every scanned block must
 * come zeroed (the list's link word included), and the dropped lists
 * must be reclaimed (the heap does not grow with the collections). */
#define NKEPT 6000
static void **kept;   /* scanned (GC_MALLOC): the blocks below stay alive */

Test(boehm, free_lists_hand_out_zeroed_distinct_blocks_across_collections)
{
    kept = GC_MALLOC(sizeof(void *) * NKEPT);
    cr_assert_not_null(kept);
    for (int i = 0; i < NKEPT; i++) {
        size_t n = 16 * (size_t)(1 + i % 8);   /* 16 .. 128 bytes, eight lists */
        uintptr_t *b = i % 3 ? rt_mem_calloc(1, n) : rt_mem_malloc_atomic(n);
        cr_assert_not_null(b);
        if (i % 3)
            for (size_t w = 0; w < n / sizeof *b; w++)
                cr_assert_eq(b[w], 0, "block %d, word %zu of a scanned block not zeroed", i, w);
        for (size_t w = 0; w < n / sizeof *b; w++)
            b[w] = (uintptr_t)i * 1000 + w;   /* an integer, not a pointer into the heap */
        kept[i] = b;
        if (i % 1000 == 999) {
            /* garbage of the same sizes, then a collection with lists half used */
            for (int j = 0; j < 3000; j++)
                rt_mem_calloc(1, 16 * (size_t)(1 + j % 8));
            gc_active()->collect(GC_FULL);
        }
    }
    for (int i = 0; i < NKEPT; i++) {
        uintptr_t *b = kept[i];
        size_t n = 16 * (size_t)(1 + i % 8);
        for (size_t w = 0; w < n / sizeof *b; w++)
            cr_assert_eq(b[w], (uintptr_t)i * 1000 + w, "block %d overwritten: handed out twice", i);
    }
}

Test(boehm, free_lists_dropped_at_each_collection_are_reclaimed)
{
    size_t heap0 = GC_get_heap_size();
    for (int r = 0; r < 300; r++) {
        /* one block from each list: each takes a refill of ~4 KiB that
         * is dropped, nearly whole, by the collection below */
        for (size_t g = 1; g <= 32; g++) {
            rt_mem_calloc(1, 16 * g);
            rt_mem_malloc_atomic(16 * g);
        }
        gc_active()->collect(GC_FULL);
    }
    /* 300 rounds x 64 lists x 4 KiB = 75 MiB if nothing were reclaimed */
    cr_assert_leq((size_t)GC_get_heap_size(), heap0 + ((size_t)4 << 20), "heap %zu bytes, was %zu",
                  (size_t)GC_get_heap_size(), heap0);
}

/* Stress: a live list of 2000 (str, int) tuples, 50x its size in garbage,
 * under a 16 MiB maximum heap. */
TestSuite(boehm_policy);

Test(boehm_policy, stress_bounded_heap)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[160];
    cr_assert_eq(gc_config_add(&cfg, "max-heap=16M", err, sizeof err), 0, "%s", err);
    setup_with(&cfg);
    root = rt_list_new(0);
    char buf[64];
    for (int i = 0; i < 2000; i++) {
        snprintf(buf, sizeof buf, "live-%d", i);
        rt_object *t = rt_tuple_new(2);
        RT_TUPLE_SET_ITEM(t, 0, S(buf));
        RT_TUPLE_SET_ITEM(t, 1, I(1000000 + i));
        rt_list_append(root, t);
    }
    gc_active()->collect(GC_FULL);
    gc_stats st;
    gc_active()->get_stats(&st);
    size_t live = st.bytes_live, allocated = 0;
    while (allocated < 50 * live) {
        rt_object *g = rt_list_new(0);
        for (int j = 0; j < 20; j++) {
            snprintf(buf, sizeof buf, "garbage-%zu-%d", allocated, j);
            rt_object *s = S(buf);
            rt_list_append(g, s);
            rt_list_append(g, g);   /* a cycle */
        }
        allocated += 20 * 64;
    }
    cr_assert_leq((size_t)GC_get_heap_size(), (size_t)16 << 20);
    gc_active()->get_stats(&st);
    cr_assert_gt(st.collections[2], 1);
    for (int i = 0; i < 2000; i++) {
        rt_object *t = RT_LIST_GET_ITEM(root, i);
        snprintf(buf, sizeof buf, "live-%d", i);
        cr_assert_str_eq(rt_str_data(RT_TUPLE_GET_ITEM(t, 0)), buf);
        cr_assert_eq(RT_INT_VALUE(RT_TUPLE_GET_ITEM(t, 1)), 1000000 + i);
    }
}


/* fixed:SIZE: the heap is SIZE from the start, and libgc collects only
 * when it is used up, so a larger heap means fewer collections.  Each
 * size runs in a child process of its own (libgc starts once per
 * process), which sends back the heap size after start-up and the
 * number of collections for the same allocation.  The live set is a
 * static root and the garbage pointer-free strings, so what the stack
 * holds changes no count by more than a collection or two; the sizes
 * are 4x apart. */
static __attribute__((noinline)) void allocate_garbage(size_t bytes)
{
    char buf[200];
    memset(buf, 'x', sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    for (size_t done = 0; done < bytes; done += sizeof buf) {
        buf[done / sizeof buf % (sizeof buf - 1)] = 'y';
        S(buf);   /* immortal count, unreachable at once */
    }
}

static void fixed_heap_run(const char *size, size_t out[2])
{
    int fd[2];
    cr_assert_eq(pipe(fd), 0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        close(fd[0]);
        gc_config cfg;
        memset(&cfg, 0, sizeof cfg);
        char err[160], opt[64];
        snprintf(opt, sizeof opt, "heap=fixed:%s", size);
        if (gc_config_add(&cfg, opt, err, sizeof err) < 0)
            _exit(2);
        setup_with(&cfg);
        size_t r[2] = { GC_get_heap_size(), 0 };
        root = rt_list_new(0);
        for (int i = 0; i < 2000; i++)
            rt_list_append(root, I(1000000 + i));
        gc_stats st;
        gc_active()->get_stats(&st);
        uint64_t before = st.collections[2];
        allocate_garbage((size_t)64 << 20);
        gc_active()->get_stats(&st);
        r[1] = (size_t)(st.collections[2] - before);
        _exit(write(fd[1], r, sizeof r) == (ssize_t)sizeof r ? 0 : 3);
    }
    close(fd[1]);
    cr_assert_eq(read(fd[0], out, 2 * sizeof *out), (ssize_t)(2 * sizeof *out));
    close(fd[0]);
    int st;
    cr_assert_eq(waitpid(pid, &st, 0), pid);
    cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

/* --stress under boehm: a full collection at every 100th allocation (free
 * lists off, so every allocation takes the counted path), and a graph
 * built across those collections comes out intact. */
Test(boehm_policy, stress_collects_every_hundredth_allocation)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.stress = true;
    setup_with(&cfg);
    gc_stats before, after;
    gc_active()->get_stats(&before);
    root = rt_list_new(0);
    char buf[64];
    for (int i = 0; i < 3000; i++) {   /* three blocks each: tuple, str, int */
        snprintf(buf, sizeof buf, "stressed-%d", i);
        rt_object *t = rt_tuple_new(2);
        RT_TUPLE_SET_ITEM(t, 0, S(buf));
        RT_TUPLE_SET_ITEM(t, 1, I(2000000 + i));
        rt_list_append(root, t);
    }
    gc_active()->get_stats(&after);
    uint64_t n = after.collections[2] - before.collections[2];
    cr_assert_geq(n, 9000 / 100, "%llu collections for 9,000+ allocations", (unsigned long long)n);
    for (int i = 0; i < 3000; i++) {
        rt_object *t = RT_LIST_GET_ITEM(root, i);
        snprintf(buf, sizeof buf, "stressed-%d", i);
        cr_assert_str_eq(rt_str_data(RT_TUPLE_GET_ITEM(t, 0)), buf);
        cr_assert_eq(RT_INT_VALUE(RT_TUPLE_GET_ITEM(t, 1)), 2000000 + i);
    }
}

Test(boehm_policy, fixed_heap_is_the_size_asked_and_collections_fall_as_it_grows)
{
    static const char *const sizes[] = { "2M", "8M", "32M" };
    size_t prev = SIZE_MAX;
    for (int i = 0; i < 3; i++) {
        size_t r[2];
        fixed_heap_run(sizes[i], r);
        size_t want = (size_t)2 << (20 + 2 * i);
        cr_assert_eq(r[0], want, "fixed:%s: heap %zu bytes after start-up", sizes[i], r[0]);
        /* 64 MiB through a heap of want bytes: at least one collection per fill */
        cr_assert_geq(r[1], ((size_t)64 << 20) / want - 1, "fixed:%s: %zu collections", sizes[i], r[1]);
        cr_assert_lt(r[1], prev, "fixed:%s: %zu collections, not fewer than the smaller heap's %zu", sizes[i], r[1], prev);
        prev = r[1];
    }
}

Test(boehm_policy, fixed_heap_too_small_is_a_memory_error)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[160];
    cr_assert_eq(gc_config_add(&cfg, "heap=fixed:2M", err, sizeof err), 0, "%s", err);
    setup_with(&cfg);
    root = rt_list_new(0);
    bool failed = false;
    for (int i = 0; i < 100000 && !failed; i++) {   /* 3 MiB of live ints and more */
        rt_object *o = I(1000000 + i);
        failed = !o || rt_list_append(root, o) < 0;
    }
    cr_assert(failed, "a live set over the fixed heap ends in an allocation failure");
    cr_assert(rt_err_occurred());
    rt_err_clear();
    cr_assert_leq((size_t)GC_get_heap_size(), (size_t)2 << 20);
}


/* ---- weakref callbacks and finalizers, from Python ------------------------- */

static void setup_vm(void)
{
    (void)vm_setup;   /* vm_util.h's setup installs rc; this one boehm */
    (void)last_line;
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    start_runtime(&cfg);
    cr_assert_eq(vm_init(mod_inittab), 0);
    cr_assert_eq(gc_runtime_ready_calls(), 1);
}

TestSuite(boehm_python, .init = setup_vm);

/* A C callback counting its calls: the runtime-level view of "runs at the
 * safe point, not inside libgc". */
static int callbacks;
static rt_object *count_cb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)kw;
    cr_assert_eq(nargs, 1);
    cr_assert_null(rt_weakref_get(args[0]), "the ref is cleared before its callback runs");
    callbacks++;
    return rt_none_new();
}
static rt_method_def count_cb_def = { "count_cb", count_cb, RT_METH_FASTCALL, NULL };

static __attribute__((noinline)) void make_watched(rt_object *C, rt_object *cb, int n)
{
    for (int i = 0; i < n; i++) {
        rt_object *o = rt_call_vector(C, NULL, 0);
        weakrefs[i] = rt_weakref_new(o, cb);   /* static: the weakrefs stay reachable */
        cr_assert_not_null(weakrefs[i]);
    }
}

Test(boehm_python, callbacks_run_at_the_safe_point_after_the_referent_dies)
{
    rt_object *C = rt_type_new_heap("W", NULL, NULL);
    root = C;
    rt_object *cb = rt_cfunction_new(&count_cb_def, NULL);
    callbacks = 0;
    make_watched(C, cb, 100);
    clobber_stack();
    GC_gcollect();
    cr_assert_eq(callbacks, 0, "callbacks never run inside libgc or an allocation");
    cr_assert(gc_collect_wanted, "the notifier asks for a safe point");
    gc_safe_point();
    cr_assert_gt(callbacks, 90, "nearly all referents died (%d callbacks)", callbacks);
    int first = callbacks;
    gc_active()->collect(GC_FULL);
    gc_safe_point();
    cr_assert_leq(callbacks, 100);
    cr_assert_geq(callbacks, first, "each callback at most once");
}

/* The Python tests below compare exact output, so each makes libgc's
 * guarantee hold rather than hope for it.  The objects are created and
 * dropped by make(), called through in_c_frame(): map() calls it from C,
 * so make() runs in an eval loop (vm_run) of its own whose C frame has
 * returned before the collection.  (A Python-to-Python call runs in the
 * caller's vm_run, and at -O0 every local of that large C frame keeps its
 * last value: a plain make() call left the object it created in a stale
 * slot of the module's vm_run, and these tests failed in the debug build.)
 * The collector then zeroes the C stack below its own frame and the vector
 * registers (forget_stale_words in collectors/boehm.c), which is where
 * make()'s returned frames were, and libgc scans the VM's value stack
 * only below the top (vm_stacks); collect() runs three collections.  Where a test
 * asserts about objects that stay reachable (kept in a list or a global),
 * reachability alone is the guarantee. */
#define BOEHM_PRELUDE "import gc, weakref\n" \
                      "def collect():\n" \
                      "    for i in range(3):\n" \
                      "        gc.collect()\n" \
                      "def in_c_frame(f):\n" \
                      "    return next(map(lambda _: f(), [0]))\n"
Test(boehm_python, callback_runs_once_with_the_ref_dead)
{
    expect_output(BOEHM_PRELUDE
                  "class C: pass\n"
                  "log = []\n"
                  "def make():\n"
                  "    c = C()\n"
                  "    return weakref.ref(c, lambda r: log.append(r() is None))\n"
                  "r = in_c_frame(make)\n"
                  "collect()\n"
                  "print(log, r() is None, r.__callback__)\n"
                  "collect()\n"
                  "print(log)\n",
                  "[True] True None\n[True]\n");
}

Test(boehm_python, callbacks_newest_first)
{
    expect_output(BOEHM_PRELUDE
                  "class C: pass\n"
                  "log = []\n"
                  "def make():\n"
                  "    c = C()\n"
                  "    return [weakref.ref(c, lambda r, n=n: log.append(n)) for n in ('first', 'second', 'third')]\n"
                  "refs = in_c_frame(make)\n"
                  "collect()\n"
                  "print(log)\n",
                  "['third', 'second', 'first']\n");
}

/* CPython: a weakref that is garbage itself never calls back, even when
 * another weakref to the same referent is alive (and does). */
Test(boehm_python, dead_weakref_gets_no_callback)
{
    expect_output(BOEHM_PRELUDE
                  "class C: pass\n"
                  "log = []\n"
                  "def make():\n"
                  "    c = C()\n"
                  "    kept = weakref.ref(c, lambda r: log.append('kept'))\n"
                  "    weakref.ref(c, lambda r: log.append('dropped'))\n"
                  "    c.own = weakref.ref(c, lambda r: log.append('own'))\n"
                  "    return kept\n"
                  "k = in_c_frame(make)\n"
                  "collect()\n"
                  "print(log)\n",
                  "['kept']\n");
}

/* A weakref that dies while its referent lives leaves the referent's list
 * (getweakrefcount drops) once collected: the referent does not keep its
 * weakrefs alive. */
Test(boehm_python, dead_weakrefs_leave_the_list)
{
    expect_output(BOEHM_PRELUDE
                  "class C: pass\n"
                  "c = C()\n"
                  "def churn():\n"
                  "    for i in range(1000):\n"
                  "        weakref.ref(c, lambda r: None)\n"
                  "churn()\n"
                  "collect()\n"
                  "print(weakref.getweakrefcount(c) < 10)\n",
                  "True\n");
}

/* Callbacks before __del__ (CPython's collector order); the object's own
 * weakrefs already answer None in __del__; a cycle of objects with __del__
 * is finalized (no_order finalizers), each once. */
Test(boehm_python, callbacks_then_del_and_cycles_finalized)
{
    expect_output(BOEHM_PRELUDE
                  "log = []\n"
                  "class D:\n"
                  "    def __del__(self):\n"
                  "        log.append(('del', self.name, self.ref() is None))\n"
                  "def make():\n"
                  "    a = D(); b = D()\n"
                  "    a.name = 'a'; b.name = 'b'\n"
                  "    a.other = b; b.other = a\n"
                  "    a.ref = weakref.ref(a); b.ref = weakref.ref(b)\n"
                  "    return weakref.ref(a, lambda r: log.append(('cb', 'a')))\n"
                  "r = in_c_frame(make)\n"
                  "collect()\n"
                  "print(log[0], sorted(log[1:]))\n"
                  "collect()\n"
                  "print(len(log))\n",
                  "('cb', 'a') [('del', 'a', True), ('del', 'b', True)]\n3\n");
}

Test(boehm_python, bytecode_is_atomic)
{
    const char *src = "x = 1\nfor i in range(3):\n    x = x + i\n";
    vm_syntax_error err;
    rt_object *co = vm_compile_source(src, strlen(src), "t.py", &err);
    cr_assert_not_null(co);
    cr_assert_eq(kind_of(((vm_code *)co)->code), GC_I_PTRFREE);
    cr_assert_eq(kind_of(((vm_code *)co)->lines), GC_I_PTRFREE);
    cr_assert_eq(kind_of(co), GC_I_NORMAL, "the code object holds its constants and names");
}

Test(boehm_python, finalize_runs_once)
{
    expect_output(BOEHM_PRELUDE
                  "class R: pass\n"
                  "calls = []\n"
                  "def make():\n"
                  "    return weakref.finalize(R(), calls.append, 'done')\n"
                  "f = make()\n"
                  "print(f.alive)\n"
                  "collect()\n"
                  "print(f.alive, calls)\n"
                  "print(f(), calls)\n"
                  "collect()\n"
                  "print(calls)\n",
                  "True\nFalse ['done']\nNone ['done']\n['done']\n");
}

/* vm_fini with print output captured: the exit pass of weakref.finalize. */
static const char *fini_output(void)
{
    static char buf[4096];
    char *out;
    size_t len;
    FILE *f = open_memstream(&out, &len);
    vm.out = f;
    vm_fini();
    vm.out = stdout;
    fclose(f);
    snprintf(buf, sizeof buf, "%s", out);
    free(out);
    return buf;
}

Test(boehm_python, live_finalizers_run_at_exit_newest_first)
{
    expect_output(BOEHM_PRELUDE
                  "class R: pass\n"
                  "keep = [R(), R(), R()]\n"
                  "fs = [weakref.finalize(r, print, 'exit', i) for i, r in enumerate(keep)]\n"
                  "fs[1].atexit = False\n"
                  "collect()\n"
                  "print('main done', [f.alive for f in fs])\n",
                  "main done [True, True, True]\n");
    cr_expect_str_eq(fini_output(), "exit 2\nexit 0\n");
}

#else
/* The sanitizer build has no boehm collector. */
Test(boehm, not_in_sanitizer_build) { (void)objcore_setup; }
#endif

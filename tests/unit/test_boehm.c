/*
 * test_boehm.c -- the boehm collector (libgc) on hand-built graphs: no
 * refcount work, unreachable cycles freed (observed through libgc's
 * disappearing links, a weak observer), reachable graphs never freed or
 * corrupted, a million-long chain, finalizers run once and only at the
 * safe point, and a stress run allocating 50x the live size under a
 * maximum heap.  Not built with GCLAB_SANITIZE: libgc and ASan do not mix.
 */
#include "objcore_util.h"
#include "collectors/collector.h"
#include "runtime/alloc.h"
#include "runtime/list.h"

#ifndef GCLAB_SANITIZE
#include <gc/gc.h>

static void setup_with(gc_config *cfg)
{
    char err[200];
    (void)objcore_setup;   /* objcore_util.h's setup installs no collector; this one does */
    rt_alloc_config a = { RT_BACKEND_BOEHM, 0, 0 };
    cr_assert_eq(rt_alloc_setup(&a, err, sizeof err), 0, "%s", err);
    cr_assert_eq(gc_select(&gc_boehm_collector, cfg, err, sizeof err), 0, "%s", err);
    cr_assert_eq(rt_init(), 0);
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
    gc_active()->collect(2);
    gc_active()->collect(2);
    /* Conservative: a stale word may retain a handful; nearly all go. */
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
        gc_active()->collect(2);
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
    gc_active()->collect(2);
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
    gc_active()->collect(2);
    gc_active()->collect(2);
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
        gc_active()->collect(2);
        gc_safe_point();
    }
    cr_assert_leq(finalized, 100, "each at most once");
}

/* Stress: a live list of 2000 (str, int) tuples, 50x its size in garbage,
 * under a 16 MiB maximum heap. */
TestSuite(boehm_policy);

Test(boehm_policy, stress_bounded_heap)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.boehm_max_heap = (size_t)16 << 20;
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
    gc_active()->collect(2);
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
    cr_assert_leq((size_t)GC_get_heap_size(), cfg.boehm_max_heap);
    gc_active()->get_stats(&st);
    cr_assert_gt(st.collections[2], 1);
    for (int i = 0; i < 2000; i++) {
        rt_object *t = RT_LIST_GET_ITEM(root, i);
        snprintf(buf, sizeof buf, "live-%d", i);
        cr_assert_str_eq(rt_str_data(RT_TUPLE_GET_ITEM(t, 0)), buf);
        cr_assert_eq(RT_INT_VALUE(RT_TUPLE_GET_ITEM(t, 1)), 1000000 + i);
    }
}

#else
/* The sanitizer build has no boehm collector. */
Test(boehm, not_in_sanitizer_build) { (void)objcore_setup; }
#endif

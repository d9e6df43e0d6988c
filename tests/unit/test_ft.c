/*
 * test_ft.c -- the ft collector (CPython 3.14t's free-threaded collector):
 * every collection covers the whole heap; the trigger waits for the count
 * to pass threshold 0 and a quarter of the live objects, and then for the
 * memory gate (rss, alloc, none).
 */
#include "tests/unit/gen_testlib.h"

static rt_object *root;

static void setup_gate(const char *gate, intptr_t t0, intptr_t t1)
{
    char opt[32];
    snprintf(opt, sizeof opt, "gate=%s", gate);
    gt_collector = &gc_ft_collector;
    gt_setup_with(t0, t1, 0, false, opt);
    root = rt_list_new(0);
    cr_assert_not_null(root);
    gc_collect_wanted = false;
}

static void keep_nodes(int n)
{
    for (int i = 0; i < n; i++) {
        node *x = node_new();
        cr_assert_eq(rt_list_append(root, RT_OBJ(x)), 0);
        RT_DECREF(x);
    }
}

/* Allocate live nodes until the trigger asks for a collection; how many
 * it took (at most limit). */
static int allocations_until_wanted(int limit)
{
    int n = 0;
    while (!gc_collect_wanted && n < limit) {
        keep_nodes(1);
        n++;
    }
    return n;
}

Test(ft, every_collection_covers_the_whole_heap)
{
    setup_gate("none", 0, 10);
    node *a = node_new(), *b = node_new();
    intptr_t id = a->id;
    cr_assert_eq(rt_list_append(root, RT_OBJ(a)), 0);
    node_set(a, 0, RT_OBJ(b));
    node_set(b, 0, RT_OBJ(a));
    RT_DECREF(a);
    RT_DECREF(b);
    cr_assert_eq(gt_collect(0), 0);          /* a and b survive: now old */
    cr_assert_eq(rt_list_clear(root), 0);
    cr_assert_eq(gt_collect(0), 2, "a generation-0 collection reaches old garbage");
    cr_assert_not(gt_alive[id]);
    cr_assert_eq(gt_collections(0), 2);
}

Test(ft, defaults_and_counts)
{
    gt_collector = &gc_ft_collector;
    gc_config defaults = { 0 };
    gt_setup_config(&defaults);
    intptr_t t[GC_GENERATIONS];
    gt_collector->get_threshold(t);
    cr_assert_eq(t[0], 2000);
    cr_assert_eq(t[1], 10);
    cr_assert_eq(t[2], 0);
    gt_collect(1);
    cr_assert_eq(gt_count(2), 1);
    gt_collect(0);
    cr_assert_eq(gt_count(1), 1);
}

/* A quarter of the live objects: with 4000 survivors the count must pass
 * 1000, not threshold 0 (100). */
Test(ft, waits_for_a_quarter_of_the_live_heap)
{
    setup_gate("none", 100, 10);
    gt_collector->set_threshold((intptr_t[]){ 0, 10, 0 }, 3);
    root = rt_list_new(0);
    keep_nodes(4000);
    gt_collect(0);
    gt_collector->set_threshold((intptr_t[]){ 100, 10, 0 }, 3);
    gc_collect_wanted = false;
    int n = allocations_until_wanted(5000);
    cr_assert_gt(n, 1000, "collected after %d allocations", n);
    cr_assert_lt(n, 1100, "collected after %d allocations", n);
}

Test(ft, no_gate_collects_at_threshold)
{
    setup_gate("none", 100, 0);
    gt_collect(0);
    gc_collect_wanted = false;
    int n = allocations_until_wanted(1000);
    cr_assert_eq(n, 101);
    cr_assert_eq(gt_count(0), 101);
}

/* The allocator-usage gate (gh-148937's proposal): no collection while the
 * allocator's bytes in use stay within 10% (at least 128 KiB) of what they
 * were after the last one, unless 40 x threshold 0 objects were deferred. */
Test(ft, alloc_gate_defers_until_40_thresholds)
{
    setup_gate("alloc", 10, 0);
    gt_collect(0);
    gc_collect_wanted = false;
    int n = allocations_until_wanted(5000);
    cr_assert_gt(n, 400, "collected after %d allocations", n);
    cr_assert_lt(n, 420, "collected after %d allocations", n);
}

Test(ft, alloc_gate_opens_when_memory_grows)
{
    setup_gate("alloc", 100, 0);
    gt_collect(0);
    gc_collect_wanted = false;
    int n = allocations_until_wanted(150);
    cr_assert_eq(n, 150, "the gate let a collection through at %d", n);
    /* 32 MiB more in use: far above 10% of what the test heap holds */
    void *big = rt_mem_calloc(1, (size_t)32 << 20);
    cr_assert_not_null(big);
    n = allocations_until_wanted(1000);
    cr_assert_leq(n, 101, "no collection after %d allocations", n);
    rt_mem_free(big);
}

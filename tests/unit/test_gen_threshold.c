/*
 * test_gen_threshold.c -- automatic collection triggers and counts, against
 * CPython 3.11 on the same allocation script.
 *
 * The Python reference (python3 3.11.7, one fresh process per N):
 *     import gc, sys
 *     N = int(sys.argv[1]); keep = [None] * 100000
 *     gc.collect()
 *     for i in range(N): keep[i] = []          # one container per step
 *     print(gc.get_count())
 * printed
 *     N=700   (700, 0, 0)      N=701   (0, 1, 0)     N=1402  (0, 2, 0)
 *     N=7010  (0, 10, 0)       N=7711  (0, 11, 0)    N=8412  (0, 0, 1)
 *     N=92532 (0, 0, 11)       N=93233 (0, 0, 0)     N=93234 (1, 0, 0)
 * and gc.get_stats() grew by 121 gen-0, 11 gen-1 and 1 gen-2 collections
 * for N=93233 (plus the explicit gc.collect()).  The rules that give these
 * numbers: each container allocation adds one to count 0; when it exceeds
 * 700 the allocation runs the collection of the oldest generation whose
 * count exceeds its threshold; a gen-g collection zeroes counts 0..g and
 * adds one to count g+1; so every 12th trigger is a gen-1 collection, and
 * the 133rd (11 gen-1 collections later) a full one, 701 * 133 = 93233.
 */
#include <stdlib.h>
#include "tests/unit/gen_testlib.h"

TestSuite(threshold, .init = gt_setup_default);

static rt_object **keep;
static intptr_t nkeep;

static void alloc_lists(intptr_t n)
{
    keep = realloc(keep, sizeof *keep * (size_t)(nkeep + n));
    cr_assert_not_null(keep);
    for (intptr_t i = 0; i < n; i++) {
        keep[nkeep] = rt_list_new(0);
        cr_assert_not_null(keep[nkeep]);
        nkeep++;
    }
}

static void expect_after(intptr_t n, intptr_t c0, intptr_t c1, intptr_t c2,
                         uint64_t g0, uint64_t g1, uint64_t g2)
{
    gc_gen_collector.collect(GC_FULL);
    uint64_t s0 = gt_collections(0), s1 = gt_collections(1), s2 = gt_collections(2);
    alloc_lists(n);
    cr_assert_eq(gt_count(0), c0, "N=%ld: count 0 is %ld, expected %ld", (long)n, (long)gt_count(0), (long)c0);
    cr_assert_eq(gt_count(1), c1, "N=%ld: count 1 is %ld, expected %ld", (long)n, (long)gt_count(1), (long)c1);
    cr_assert_eq(gt_count(2), c2, "N=%ld: count 2 is %ld, expected %ld", (long)n, (long)gt_count(2), (long)c2);
    cr_assert_eq(gt_collections(0) - s0, g0);
    cr_assert_eq(gt_collections(1) - s1, g1);
    cr_assert_eq(gt_collections(2) - s2, g2);
    GT_CHECK_HEAP();
}

Test(threshold, n700) { expect_after(700, 700, 0, 0, 0, 0, 0); }
Test(threshold, n701) { expect_after(701, 0, 1, 0, 1, 0, 0); }
Test(threshold, n1402) { expect_after(1402, 0, 2, 0, 2, 0, 0); }
Test(threshold, n7010) { expect_after(7010, 0, 10, 0, 10, 0, 0); }
Test(threshold, n7711) { expect_after(7711, 0, 11, 0, 11, 0, 0); }
Test(threshold, n8412) { expect_after(8412, 0, 0, 1, 11, 1, 0); }
Test(threshold, n92532) { expect_after(92532, 0, 0, 11, 121, 11, 0); }
Test(threshold, n93233) { expect_after(93233, 0, 0, 0, 121, 11, 1); }
Test(threshold, n93234) { expect_after(93234, 1, 0, 0, 121, 11, 1); }

/* Deallocating containers lowers count 0, never below zero.  CPython
 * (class C: pass): after gc.collect(), keep 10 new C(), drop 4:
 * get_count() == (6, 0, 0); gc.collect(), drop 4 more: (0, 0, 0).  (Its
 * lists would not show it: they go to a free list, which skips the count.) */
Test(threshold, deallocation_lowers_count0)
{
    gc_gen_collector.collect(GC_FULL);
    node *n[10];
    for (int i = 0; i < 10; i++)
        n[i] = node_new();
    cr_assert_eq(gt_count(0), 10);
    for (int i = 0; i < 4; i++)
        RT_DECREF(n[9 - i]);
    cr_assert_eq(gt_count(0), 6);
    gc_gen_collector.collect(GC_FULL);
    for (int i = 0; i < 4; i++)
        RT_DECREF(n[5 - i]);
    cr_assert_eq(gt_count(0), 0);
    RT_DECREF(n[0]); RT_DECREF(n[1]);
}

/* The long-lived heuristic: with 400,000 containers surviving the last full
 * collection, the 92,531 that entered generation 2 since are fewer than a
 * quarter (total/4 = 100,000), so the 133rd trigger (count 2 == 11 > 10) is a gen-0 collection
 * instead of a full one.  CPython 3.11, the script above preceded by
 * keep2 = [[] for _ in range(400000)]: N=93233 -> (0, 1, 11). */
Test(threshold, long_lived_heuristic_postpones_full_collection)
{
    alloc_lists(400000);
    expect_after(93233, 0, 1, 11, 122, 11, 0);
    intptr_t total, pending;
    gc_gen_get_long_lived(&total, &pending);
    cr_assert_geq(total, 400000);
    /* 132 * 701 lists were allocated by the 11th gen-1 collection, but the
     * one whose allocation triggered it was not tracked yet (a collection
     * runs inside the allocation, before the constructor tracks). */
    cr_assert_eq(pending, 132 * 701 - 1, "pending %ld", (long)pending);
}

Test(threshold, threshold0_zero_disables_automatic_collection)
{
    intptr_t t[] = { 0 };
    cr_assert_eq(gc_gen_collector.set_threshold(t, 1), 0);
    gc_gen_collector.collect(GC_FULL);
    uint64_t s0 = gt_collections(0);
    alloc_lists(5000);
    cr_assert_eq(gt_collections(0), s0);
    cr_assert_eq(gt_count(0), 5000);
    intptr_t got[GC_GENERATIONS];
    gc_gen_collector.get_threshold(got);
    cr_assert_eq(got[0], 0);
    cr_assert_eq(got[1], 10);
    cr_assert_eq(got[2], 10);
}

Test(threshold, disabled_collector_does_not_collect_automatically)
{
    gc_gen_collector.collect(GC_FULL);
    gc_disable();
    uint64_t s0 = gt_collections(0);
    alloc_lists(2000);
    cr_assert_eq(gt_collections(0), s0);
    cr_assert_eq(gt_count(0), 2000);
    /* CPython: gc.collect() still works while disabled */
    cr_assert_geq(gc_gen_collector.collect_generation(0), 0);
    cr_assert_eq(gt_collections(0), s0 + 1);
    gc_enable();
}

Test(threshold, set_threshold_changes_trigger)
{
    intptr_t t[] = { 100, 2, 3 };
    cr_assert_eq(gc_gen_collector.set_threshold(t, 3), 0);
    /* 101 -> gen 0; 3 * 101 -> (0, 3, 0): 3 > 2, so the 4th trigger is gen 1 */
    expect_after(303, 0, 3, 0, 3, 0, 0);
    expect_after(404, 0, 0, 1, 3, 1, 0);
}

/* --stress: every container allocation runs a collection. */
static void setup_stress(void) { gt_setup(700, 10, 10, true); }

Test(stress_mode, collects_at_every_allocation, .init = setup_stress)
{
    gc_gen_collector.collect(GC_FULL);
    uint64_t before = gt_collections(0) + gt_collections(1) + gt_collections(2);
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    intptr_t id = a->id;
    RT_DECREF(a);
    alloc_lists(50);
    uint64_t after = gt_collections(0) + gt_collections(1) + gt_collections(2);
    cr_assert_eq(after - before, 51, "one collection per allocation (1 node + 50 lists), got %ld",
                 (long)(after - before));
    cr_assert_not(gt_alive[id], "the self-cycle was collected by an allocation");
    GT_CHECK_HEAP();
}

/* --gc-trigger safepoint (CPython 3.12's scheme): the allocation that
 * crosses threshold 0 only schedules the collection; it runs at the VM's
 * next safe point, with the counts of that moment. */
static void setup_deferred(void)
{
    gc_config gc = { .threshold = { 700, 10, 10 }, .threshold_set = true };
    char err[160];
    cr_assert_eq(gc_config_add(&gc, "trigger=safepoint", err, sizeof err), 0, "%s", err);
    gt_setup_config(&gc);
}

Test(deferred_trigger, allocation_schedules_safe_point_collects, .init = setup_deferred)
{
    gc_gen_collector.collect(GC_FULL);
    gc_collect_wanted = false;
    uint64_t s0 = gt_collections(0);
    alloc_lists(700);
    cr_assert_not(gc_collect_wanted, "700 allocations do not exceed threshold 0");
    alloc_lists(300);
    cr_assert(gc_collect_wanted, "the 701st allocation schedules a collection");
    cr_assert_eq(gt_collections(0), s0, "nothing collects inside the allocation");
    cr_assert_eq(gt_count(0), 1000);
    gc_safe_point();
    cr_assert_not(gc_collect_wanted);
    cr_assert_eq(gt_collections(0), s0 + 1, "the safe point ran one gen-0 collection");
    cr_assert_eq(gt_count(0), 0);
    cr_assert_eq(gt_count(1), 1);
    GT_CHECK_HEAP();
}

Test(deferred_trigger, safe_point_rereads_counts, .init = setup_deferred)
{
    gc_gen_collector.collect(GC_FULL);
    gc_collect_wanted = false;
    uint64_t s0 = gt_collections(0);
    node *n[701];
    for (int i = 0; i < 701; i++)
        n[i] = node_new();
    cr_assert(gc_collect_wanted);
    /* Deallocations bring count 0 back under the threshold before the
     * safe point: the scheduled collection is no longer due. */
    for (int i = 0; i < 701; i++)
        RT_DECREF(n[i]);
    gc_safe_point();
    cr_assert_eq(gt_collections(0), s0);
    GT_CHECK_HEAP();
}

Test(deferred_trigger, disabled_collector_skips_scheduled_work, .init = setup_deferred)
{
    gc_gen_collector.collect(GC_FULL);
    gc_collect_wanted = false;
    uint64_t s0 = gt_collections(0);
    alloc_lists(701);
    cr_assert(gc_collect_wanted);
    gc_disable();
    gc_safe_point();
    cr_assert_eq(gt_collections(0), s0, "gc.disable() between scheduling and the safe point wins");
    gc_enable();
}

/*
 * test_incr.c -- the incr collector (CPython 3.14.0's incremental
 * collector): what a collection covers, the mark phase, the scavenge in
 * increments, the 3.14.2 sizing, the gc module's numbers, freeze, and the
 * trigger at the safe point.  Every test runs the collector's heap check
 * (its check_heap: lists, refcounts, space bits) after each
 * collection (gt_collect).
 */
#include "runtime/telemetry.h"
#include "tests/unit/gen_testlib.h"

/* A list the marking finds through gc_root_push, as it finds a frame's
 * locals in a program. */
static rt_object *root;

static void setup_sizing(const char *sizing)
{
    gt_collector = &gc_incr_collector;
    gt_setup_with(0, 10, 0, false, sizing);      /* no automatic collection */
    root = rt_list_new(0);
    cr_assert_not_null(root);
    gc_root_push(&root);
}

static void setup_manual(void) { setup_sizing(NULL); }

/* n nodes in a chain, held by root; returns the first one's id. */
static intptr_t rooted_chain(int n)
{
    intptr_t first = gt_next_id;
    node *prev = NULL;
    for (int i = 0; i < n; i++) {
        node *x = node_new();
        if (prev)
            node_set(prev, 0, RT_OBJ(x));
        cr_assert_eq(rt_list_append(root, RT_OBJ(x)), 0);
        prev = x;
        RT_DECREF(x);
    }
    return first;
}

/* Two nodes referring to each other and nothing else: cyclic garbage.
 * Returns the first one's id. */
static intptr_t garbage_pair(void)
{
    node *a = node_new(), *b = node_new();
    node_set(a, 0, RT_OBJ(b));
    node_set(b, 0, RT_OBJ(a));
    intptr_t id = a->id;
    RT_DECREF(a);
    RT_DECREF(b);
    return id;
}

static int count_one(rt_object *o, void *arg)
{
    (void)o;
    (*(intptr_t *)arg)++;
    return 0;
}

static intptr_t objects_in(int generation)
{
    intptr_t n = 0;
    gc_incr_collector.for_each_object(generation, count_one, &n);
    return n;
}

TestSuite(incr, .init = setup_manual);

Test(incr, defaults_are_3_14s)
{
    gc_config none = { 0 };
    cr_assert_eq(gc_select(&gc_incr_collector, &none, (char[100]){0}, 100), 0);
    intptr_t t[GC_GENERATIONS];
    gc_incr_collector.get_threshold(t);
    cr_assert_eq(t[0], 2000);
    cr_assert_eq(t[1], 10);
    cr_assert_eq(t[2], 0);
}

Test(incr, first_increment_of_a_scavenge_only_marks)
{
    intptr_t id = garbage_pair();
    cr_assert_eq(gt_collect(1), 0, "the marking increment collects nothing");
    cr_assert(gt_alive[id] && gt_alive[id + 1]);
    cr_assert_eq(gt_collect(1), 2, "the next one collects the young generation");
    cr_assert(!gt_alive[id] && !gt_alive[id + 1]);
    /* 3.14.0 does not count the marking increment in gc.get_stats() */
    cr_assert_eq(gt_collections(1), 1);
}

Test(incr, young_collection_counts_toward_the_visited_space)
{
    intptr_t id = garbage_pair();
    cr_assert_eq(gt_collect(0), 2);
    cr_assert(!gt_alive[id]);
    cr_assert_eq(gt_count(1), 1);
    cr_assert_eq(gt_count(2), 0);
    cr_assert_eq(gt_collections(0), 1);
}

Test(incr, get_objects_1_is_empty)
{
    rooted_chain(10);
    cr_assert_geq(objects_in(0), 11);
    cr_assert_eq(objects_in(1), 0);
    cr_assert_eq(gt_collect(0), 0);
    cr_assert_eq(objects_in(0), 0);
    cr_assert_eq(objects_in(1), 0);
    cr_assert_geq(objects_in(2), 11);
}

/* Old garbage is found by increments alone: after a full collection the
 * heap is all pending; a cycle made of two old nodes dies only when an
 * increment reaches it, and increments sized by the allocations between
 * them get there over several collections. */
Test(incr, increments_find_old_garbage)
{
    intptr_t first = rooted_chain(5000);
    cr_assert_eq(gt_collect(2), 0);
    node *x = gt_by_id[first + 2500], *y = gt_by_id[first + 2501];
    node_set(x, 1, RT_OBJ(y));
    node_set(y, 1, RT_OBJ(x));
    node_set(gt_by_id[first + 2499], 0, NULL);      /* the chain no longer reaches x */
    for (int i = 0; i < 2; i++) {                    /* nor does the root */
        rt_object *gone = rt_list_pop(root, 2500);
        cr_assert_not_null(gone);
        RT_DECREF(gone);
    }
    cr_assert(gt_alive[first + 2500]);
    int increments = 0;
    while (gt_alive[first + 2500] && increments < 500) {
        for (int i = 0; i < 20; i++)
            garbage_pair();
        gt_collect(1);
        increments++;
    }
    cr_assert_not(gt_alive[first + 2500], "old garbage never collected");
    cr_assert_gt(increments, 2, "one increment covered the whole old generation");
    for (intptr_t id = first; id < first + 5000; id++)
        if (id != first + 2500 && id != first + 2501)
            cr_assert(gt_alive[id], "live node %ld freed", (long)id);
}

/* 3.14.0: after the marking increment has made work_to_do negative, the
 * next increment still collects the young generation. */
Test(incr, eager_sizing_collects_young_while_owing)
{
    rooted_chain(2000);
    gt_collect(1);                                   /* marks ~2000 */
    cr_assert_lt(gc_incr_work_to_do(), 0);
    intptr_t id = garbage_pair();
    cr_assert_eq(gt_collect(1), 2);
    cr_assert_not(gt_alive[id]);
}

/* A program's heap holds a container only C references (incr_runtime_ready,
 * as CPython's interp->sysdict_copy): it stays pending after the marking,
 * so the scavenge cannot complete, and the heap is not marked again, until
 * the marking's debt is paid.  Without it, every other increment would mark
 * the whole rooted heap again. */
Test(incr, marking_waits_for_its_debt)
{
    gc_runtime_ready();
    rooted_chain(3000);
    gt_collect(2);                               /* everything pending, the C-held container too */
    for (int i = 0; i < 10; i++) {
        garbage_pair();
        gt_collect(1);
    }
    /* one marking increment (3.14.0 does not count it), nine that collect */
    cr_assert_eq(gt_collections(1), 9);
}

/* 3.14.2: an increment that owes nothing does nothing at all, not even the
 * young generation (the young garbage waits). */
static void setup_lazy(void) { setup_sizing("sizing=3.14.2"); }

Test(incr_lazy, skips_young_while_owing, .init = setup_lazy)
{
    rooted_chain(2000);
    gt_collect(1);
    intptr_t id = garbage_pair();
    cr_assert_eq(gt_collect(1), 0);
    cr_assert(gt_alive[id], "3.14.2 collected while work_to_do was negative");
    /* 3.14.2 counts every call in gc.get_stats(), the marking one too */
    cr_assert_eq(gt_collections(1), 2);
    cr_assert_eq(gt_collect(2), 2);
}

/* marking=incremental (incr-pep848): the marking is spread over
 * increments, each a young collection plus a slice no larger than the
 * work owed, and it stays correct while the graph changes under it. */
static void setup_marking(void) { setup_sizing("marking=incremental"); }

static uint64_t max_examined;
static int collections_seen;

static void tel_scan(void)
{
    const rt_tel_event *e = rt_tel_events();
    for (size_t i = 0, n = rt_tel_count(); i < n; i++)
        if (e[i].kind == RT_TEL_COLLECTION) {
            collections_seen++;
            if (e[i].examined > max_examined)
                max_examined = e[i].examined;
        }
    rt_tel_reset();
}

Test(incr_marking, marks_in_slices, .init = setup_marking)
{
    gc_runtime_ready();
    intptr_t first = rooted_chain(20000);
    gt_collect(2);                               /* old and pending, as a long-lived heap */
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 1 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    max_examined = 0;
    collections_seen = 0;
    for (int i = 0; i < 40; i++) {
        for (int k = 0; k < 50; k++)
            garbage_pair();
        gt_collect(1);
    }
    tel_scan();
    rt_tel_disable();
    cr_assert_eq(collections_seen, 40);
    cr_assert_lt(max_examined, 10000, "an increment examined %lu objects: the marking was not sliced",
                 (unsigned long)max_examined);
    for (intptr_t id = first; id < first + 20000; id++)
        cr_assert(gt_alive[id], "live node %ld freed", (long)id);
}

/* The hazard a write barrier guards against in a tracing collector: an
 * object moved, during the marking, from a part not yet marked to an
 * object already marked.  Here the marking only decides what an increment
 * need not examine, so the object is examined (and kept) later. */
Test(incr_marking, object_moved_behind_the_marking_survives, .init = setup_marking)
{
    intptr_t first = rooted_chain(6000);
    rt_object *gone = rt_list_pop(root, 5999);   /* x: reached through the chain alone */
    cr_assert_not_null(gone);
    RT_DECREF(gone);
    gt_collect(2);
    garbage_pair();
    gt_collect(1);        /* the first slice: the root list (every node but x gray), the first nodes */
    node *marked = gt_by_id[first], *far = gt_by_id[first + 5998];
    node *x = gt_by_id[first + 5999];
    node_set(marked, 1, RT_OBJ(x));              /* x now hangs off a marked node only */
    node_set(far, 0, NULL);
    intptr_t g = garbage_pair();
    for (int i = 0; i < 200; i++) {
        garbage_pair();
        gt_collect(1);
    }
    cr_assert(gt_alive[first + 5999], "an object moved behind the marking was freed");
    cr_assert_not(gt_alive[g]);
    gt_collect(2);
    cr_assert(gt_alive[first + 5999]);
}

/* Frozen objects are stamped visited and never scanned; while any exist a
 * completed scavenge moves visited back to pending instead of flipping. */
Test(incr, freeze_keeps_the_spaces_consistent)
{
    rooted_chain(100);
    gt_collect(0);
    gc_incr_collector.freeze();
    cr_assert_geq(gc_incr_collector.freeze_count(), 101);
    cr_assert_eq(objects_in(-1), 0);
    GT_CHECK_HEAP();
    intptr_t id = garbage_pair();
    rooted_chain(50);
    cr_assert_eq(gt_collect(2), 2);
    cr_assert_not(gt_alive[id]);
    intptr_t ids[5];
    for (int i = 0; i < 5; i++) {
        ids[i] = garbage_pair();
        gt_collect(1);
    }
    gc_incr_collector.unfreeze();
    GT_CHECK_HEAP();
    cr_assert_eq(gc_incr_collector.freeze_count(), 0);
    gt_collect(2);
    for (int i = 0; i < 5; i++)
        cr_assert_not(gt_alive[ids[i]]);
}

/* The allocation that crosses threshold 0 only asks; the increment runs at
 * the next safe point. */
Test(incr, threshold_schedules_an_increment_at_the_safe_point)
{
    intptr_t t[GC_GENERATIONS] = { 100, 10, 0 };
    cr_assert_eq(gc_incr_collector.set_threshold(t, 3), 0);
    gc_collect_wanted = false;
    for (int i = 0; i < 60; i++)
        garbage_pair();
    cr_assert(gc_collect_wanted);
    cr_assert_gt(gt_count(0), 100, "the allocation collected");
    gc_safe_point();
    GT_CHECK_HEAP();
    cr_assert_not(gc_collect_wanted);
    cr_assert_eq(gt_count(0), 0);
}

/* Telemetry: a young collection promotes its survivors (they join the old
 * generation); a full collection promotes nothing. */
Test(incr, young_collection_reports_its_survivors_promoted)
{
    rooted_chain(5);   /* five survivors (and root, tracked before) */
    garbage_pair();
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 1 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    cr_assert_eq(gt_collect(0), 2);
    cr_assert_eq(gt_collect(2), 0);
    rt_tel_disable();
    const rt_tel_event *e = rt_tel_events();
    size_t n = rt_tel_count(), seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (e[i].kind != RT_TEL_COLLECTION)
            continue;
        if (seen++ == 0) {
            cr_assert_eq(e[i].generation, 0);
            cr_assert_eq(e[i].collected, 2);
            cr_assert_eq(e[i].promoted, e[i].examined - 2, "every young survivor joins the old generation");
            cr_assert_geq(e[i].promoted, 5);
        } else {
            cr_assert_eq(e[i].generation, 2);
            cr_assert_eq(e[i].promoted, 0, "a full collection keeps its survivors where they are");
        }
    }
    cr_assert_eq(seen, 2);
    rt_tel_reset();
}

/*
 * test_check.c -- GCLAB_ASSERT (runtime/check.h) fires where an invariant
 * breaks: root-stack underflow and out-of-order pops, refcount underflow,
 * a list link that does not point back, a header in the wrong state when
 * the cycle core starts.  Each broken case must abort.
 *
 * Only meaningful where the asserts are compiled in (the debug and asan
 * presets); in the release build the abort tests are reported as skipped,
 * and one test checks that the macro costs nothing there (its condition is
 * not evaluated).
 */
#include <signal.h>
#include "tests/unit/gen_testlib.h"
#include "collectors/cycle.h"

TestSuite(check, .init = gt_setup_manual);

#define ASSERT_TEST(name) Test(check, name, .signal = SIGABRT, .disabled = !GCLAB_ASSERTS_ON)

ASSERT_TEST(root_pop_underflow_aborts)
{
    rt_object *o = NULL;
    gc_root_pop(&o);
}

ASSERT_TEST(root_pop_out_of_order_aborts)
{
    rt_object *a = NULL, *b = NULL;
    gc_root_push(&a);
    gc_root_push(&b);
    gc_root_pop(&a);
}

ASSERT_TEST(refcount_underflow_aborts)
{
    rt_object *l = rt_list_new(0);
    l->refcnt = 0;     /* as if a reference had been dropped once too often */
    RT_DECREF(l);
}

ASSERT_TEST(broken_list_link_aborts)
{
    node *a = node_new(), *b = node_new();
    /* b's prev no longer points at a: a's unlink must notice. */
    rt_gchead *gb = rt_as_gc(RT_OBJ(b));
    rt_gc_set_prev(gb, gb);
    rt_gc_untrack(RT_OBJ(a));
}

ASSERT_TEST(collecting_object_entering_the_core_aborts)
{
    rt_gchead mine, unreachable;
    rt_gc_list_init(&mine);
    rt_gc_list_init(&unreachable);
    node *a = node_new();
    rt_gc_list_move(rt_as_gc(RT_OBJ(a)), &mine);
    rt_as_gc(RT_OBJ(a))->gc_prev |= RT_GC_COLLECTING;   /* left over from a broken phase */
    gc_cycle_deduce_unreachable(&mine, &unreachable);
}

/* Balanced use passes, in every build. */
Test(check, balanced_roots_and_lists_pass)
{
    rt_object *a = NULL, *b = NULL;
    gc_root_push(&a);
    gc_root_push(&b);
    gc_root_pop(&b);
    gc_root_pop(&a);
    node *n = node_new();
    RT_DECREF(n);
    cr_assert_not(gt_alive[0]);
    GT_CHECK_HEAP();
}

/* Release: the condition is compiled but never evaluated. */
static int evaluated;
static int side_effect(void) { return ++evaluated; }
Test(check, release_does_not_evaluate, .disabled = GCLAB_ASSERTS_ON)
{
    GCLAB_ASSERT(side_effect() == 0);
    cr_assert_eq(evaluated, 0);
}

/* ---- --gc-check (gc_config.check) --------------------------------------- */

/* rc with the switch set or not; the heap check needs no GCLAB_ASSERT, so
 * these run in every build. */
static void start_rc(bool check)
{
    char err[200];
    rt_alloc_config ac = { RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT };
    cr_assert_eq(rt_alloc_setup(&ac, err, sizeof err), 0, "%s", err);
    gc_config gc = { .check = check };
    cr_assert_eq(gc_select(&gc_rc_collector, &gc, err, sizeof err), 0, "%s", err);
    cr_assert_eq(rt_init(), 0);
}

/* A list holding x twice while x's count says 1: a reference dropped once
 * too often, which gc_check_heap's refcount arithmetic sees.  Returns x. */
static rt_object *break_a_refcount(rt_object **list)
{
    rt_object *l = rt_list_new(0), *x = rt_list_new(0);
    cr_assert_eq(rt_list_append(l, x), 0);
    cr_assert_eq(rt_list_append(l, x), 0);
    x->refcnt = 1;
    *list = l;
    return x;
}

Test(gc_check_switch, collection_aborts_on_a_broken_heap, .signal = SIGABRT)
{
    start_rc(true);
    rt_object *l;
    break_a_refcount(&l);
    gc_active()->collect(2);
}

Test(gc_check_switch, off_by_default_and_the_check_itself_reports)
{
    start_rc(false);
    char err[300];
    cr_assert_eq(gc_check_heap(err, sizeof err), 0, "%s", err);
    rt_object *l;
    rt_object *x = break_a_refcount(&l);
    cr_assert_eq(gc_active()->collect(2), 0, "no check without the switch");
    cr_assert_eq(gc_check_heap(err, sizeof err), -1);
    cr_assert(strstr(err, "more references from containers than its refcount"), "%s", err);
    x->refcnt = 3;       /* repaired: the rest of the run must stay sound */
    cr_assert_eq(gc_check_heap(err, sizeof err), 0, "%s", err);
    RT_DECREF(x);
    RT_DECREF(l);
}

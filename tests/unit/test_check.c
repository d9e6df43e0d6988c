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

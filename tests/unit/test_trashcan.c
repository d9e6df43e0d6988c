/*
 * test_trashcan.c -- freeing million-deep chains (lists, tuples, dicts,
 * heap instances, exception __context__ chains) never overflows the C
 * stack: the trashcan defers deallocations past RT_TRASHCAN_LIMIT nesting.
 * The chains are deep enough that unbounded recursion would crash even
 * with an 8 MiB stack (a dealloc frame is at least ~48 bytes; ASan builds
 * use far more).
 */
#include "tests/unit/objcore_util.h"
#include "runtime/list.h"

TestSuite(trashcan, .init = objcore_setup);

#define DEPTH 1000000   /* "a million deep": ~50+ MB of stack if recursive */

static int freed_leaves;
static void leaf_dealloc(rt_object *o)
{
    freed_leaves++;
    rt_object_free(o);
}
static rt_type leaf_type = { .name = "leaf", .basicsize = sizeof(rt_object), .dealloc = leaf_dealloc };

static rt_object *leaf(void)
{
    cr_assert_eq(rt_type_ready(&leaf_type), 0);
    freed_leaves = 0;
    return rt_object_new(&leaf_type);
}

Test(trashcan, deep_list_chain)
{
    rt_object *cur = leaf();
    for (int i = 0; i < DEPTH; i++) {
        rt_object *l = rt_list_new(0);
        cr_assert_eq(rt_list_append(l, cur), 0);
        RT_DECREF(cur);
        cur = l;
    }
    intptr_t before = rt_gc.young_count;
    RT_DECREF(cur);
    cr_assert_eq(freed_leaves, 1, "the innermost object was reached");
    /* 80 lists went to the free list (no count change), as CPython's */
    cr_assert_eq(rt_gc.young_count, before - (DEPTH - 80), "every list was freed");
}

Test(trashcan, deep_tuple_chain)
{
    rt_object *cur = leaf();
    for (int i = 0; i < DEPTH; i++) {
        rt_object *t = rt_tuple_pack(1, cur);
        RT_DECREF(cur);
        cur = t;
    }
    RT_DECREF(cur);
    cr_assert_eq(freed_leaves, 1);
}

Test(trashcan, deep_dict_chain)
{
    rt_object *cur = leaf();
    for (int i = 0; i < DEPTH; i++) {
        rt_object *d = rt_dict_new();
        cr_assert_eq(rt_dict_setitem_str(d, "next", cur), 0);
        RT_DECREF(cur);
        cur = d;
    }
    RT_DECREF(cur);
    cr_assert_eq(freed_leaves, 1);
}

Test(trashcan, deep_heap_instance_chain)
{
    rt_object *C = rt_type_new_heap("Node", NULL, NULL);
    intptr_t crefs = RT_OBJ(C)->refcnt;   /* its __mro__ and descriptors too */
    rt_object *cur = leaf();
    for (int i = 0; i < DEPTH; i++) {
        rt_object *n = rt_call_vector(C, NULL, 0);
        cr_assert_eq(rt_setattr_str(n, "next", cur), 0);
        RT_DECREF(cur);
        cur = n;
    }
    cr_assert_eq(RT_OBJ(C)->refcnt, DEPTH + crefs);
    RT_DECREF(cur);
    cr_assert_eq(freed_leaves, 1);
    cr_assert_eq(RT_OBJ(C)->refcnt, crefs, "every instance released the class");
    RT_DECREF(C);
}

Test(trashcan, deep_exception_context_chain)
{
    rt_object *cur = rt_exception_new(&rt_exc_ValueError, NULL);
    for (int i = 0; i < DEPTH; i++) {
        rt_object *e = rt_exception_new(&rt_exc_KeyError, NULL);
        ((rt_exception *)e)->context = cur;   /* steals */
        cur = e;
    }
    intptr_t before = rt_gc.young_count;
    RT_DECREF(cur);
    cr_assert_eq(rt_gc.young_count, before - DEPTH - 1);
}

Test(trashcan, mixed_chain_of_lists_and_instances)
{
    rt_object *C = rt_type_new_heap("Node", NULL, NULL);
    rt_object *cur = leaf();
    for (int i = 0; i < DEPTH / 2; i++) {
        rt_object *n = rt_call_vector(C, NULL, 0);
        cr_assert_eq(rt_setattr_str(n, "next", cur), 0);
        RT_DECREF(cur);
        rt_object *l = rt_list_new(0);
        rt_list_append(l, n);
        RT_DECREF(n);
        cur = l;
    }
    RT_DECREF(cur);
    cr_assert_eq(freed_leaves, 1);
    RT_DECREF(C);
}

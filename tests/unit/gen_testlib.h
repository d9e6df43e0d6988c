/*
 * gen_testlib.h -- shared set-up for the gen collector's tests (included by
 * tests/unit/test_gen*.c; not a test executable itself).
 *
 * Provides:
 *   - gt_setup(t0, t1, t2, stress): pymalloc + the gen collector + rt_init;
 *   - "node", a C container type with NODE_SLOTS child slots, a weakref
 *     list, a C finalize slot and a dealloc that records which nodes died
 *     (gt_alive[id]), so tests can watch liveness without touching freed
 *     memory;
 *   - a C callable that records the weakrefs it is called with;
 *   - GT_CHECK_HEAP(): gc_check_heap must pass.
 */
#ifndef GCLAB_TESTS_GEN_TESTLIB_H
#define GCLAB_TESTS_GEN_TESTLIB_H

#include <criterion/criterion.h>
#include <stddef.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"
#include "runtime/int.h"
#include "collectors/collector.h"

/* Each test file uses a different part of this header. */
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-variable"

#define NODE_SLOTS 4
#define GT_MAX_NODES 400000

typedef struct node {
    RT_OBJECT_HEAD
    rt_object *weakreflist;
    intptr_t id;
    int finalized;                 /* times finalize ran on this node */
    rt_object *slot[NODE_SLOTS];
} node;

static bool gt_alive[GT_MAX_NODES];
static node *gt_by_id[GT_MAX_NODES];
static intptr_t gt_next_id;
static intptr_t gt_deaths;
static intptr_t gt_finalizations;
/* When set, a node's finalize stores a new reference to itself here
 * (resurrection), once per slot. */
static rt_object *gt_resurrect_into;   /* a list */
static bool gt_resurrect;
static intptr_t gt_resurrect_every = 1;  /* only nodes whose id is a multiple */
static intptr_t gt_resurrections;

static void node_dealloc(rt_object *o)
{
    node *n = (node *)o;
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, node_dealloc)
        if (n->weakreflist)
            rt_weakref_clear_all(o);
        gt_alive[n->id] = false;
        gt_by_id[n->id] = NULL;
        gt_deaths++;
        for (int i = 0; i < NODE_SLOTS; i++)
            RT_CLEAR(n->slot[i]);
        rt_object_free(o);
    RT_TRASHCAN_END
}

static int node_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    node *n = (node *)o;
    for (int i = 0; i < NODE_SLOTS; i++)
        RT_VISIT(n->slot[i]);
    return 0;
}

static int node_clear(rt_object *o)
{
    node *n = (node *)o;
    for (int i = 0; i < NODE_SLOTS; i++)
        RT_CLEAR(n->slot[i]);
    return 0;
}

static void node_finalize(rt_object *o)
{
    node *n = (node *)o;
    n->finalized++;
    gt_finalizations++;
    if (gt_resurrect && gt_resurrect_into && n->id % gt_resurrect_every == 0) {
        rt_list_append(gt_resurrect_into, o);
        gt_resurrections++;
    }
}

static rt_type node_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "node",
    .basicsize = sizeof(node),
    .flags = RT_TPFLAGS_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
    .finalize = node_finalize,
    .weaklistoffset = offsetof(node, weakreflist),
};

/* A new tracked node (new reference). */
static node *node_new(void)
{
    node *n = (node *)rt_object_new(&node_type);
    cr_assert_not_null(n);
    cr_assert_lt(gt_next_id, GT_MAX_NODES);
    n->id = gt_next_id++;
    gt_alive[n->id] = true;
    gt_by_id[n->id] = n;
    rt_gc_track(RT_OBJ(n));
    return n;
}

/* n->slot[i] = v (borrowed v, may be NULL). */
static void node_set(node *n, int i, rt_object *v)
{
    RT_XINCREF(v);
    RT_SETREF(n->slot[i], v);
}

/* The weakref callback: records the weakrefs it is called with. */
#define GT_MAX_CALLS 64
static rt_object *gt_cb_calls[GT_MAX_CALLS];
static int gt_ncb_calls;

static rt_object *gt_record_cb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)kw;
    if (nargs == 1 && gt_ncb_calls < GT_MAX_CALLS)
        gt_cb_calls[gt_ncb_calls++] = args[0];
    return rt_none_new();
}
static rt_method_def gt_record_def = { "record", gt_record_cb, RT_METH_FASTCALL, NULL };

static rt_object *gt_callback(void)
{
    rt_object *f = rt_cfunction_new(&gt_record_def, NULL);
    cr_assert_not_null(f);
    return f;
}

static void gt_setup_config(const gc_config *gc)
{
    char err[200];
    rt_alloc_config ac = { RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT };
    cr_assert_eq(rt_alloc_setup(&ac, err, sizeof err), 0, "%s", err);
    cr_assert_eq(gc_select(&gc_gen_collector, gc, err, sizeof err), 0, "%s", err);
    cr_assert_eq(rt_init(), 0);
    cr_assert_eq(rt_type_ready(&node_type), 0);
    memset(gt_alive, 0, sizeof gt_alive);
    gt_next_id = 0;
    gt_deaths = 0;
    gt_finalizations = 0;
    gt_ncb_calls = 0;
    gt_resurrect = false;
    gt_resurrect_into = NULL;
    gt_resurrect_every = 1;
    gt_resurrections = 0;
}

static void gt_setup(intptr_t t0, intptr_t t1, intptr_t t2, bool stress)
{
    gc_config gc = { .threshold = { t0, t1, t2 }, .threshold_set = true, .stress = stress };
    gt_setup_config(&gc);
}

static void gt_setup_default(void) { gt_setup(700, 10, 10, false); }
/* Automatic collection off: tests of one phase drive collections by hand. */
static void gt_setup_manual(void) { gt_setup(0, 10, 10, false); }

#define GT_CHECK_HEAP() do { \
        char gt_err_[300]; \
        cr_assert_eq(gc_check_heap(gt_err_, sizeof gt_err_), 0, "heap check: %s", gt_err_); \
    } while (0)

static intptr_t gt_collect(int gen)
{
    intptr_t n = gc_gen_collector.collect_generation(gen);
    GT_CHECK_HEAP();
    return n;
}

static intptr_t gt_count(int gen)
{
    intptr_t c[GC_GENERATIONS];
    gc_gen_collector.get_count(c);
    return c[gen];
}

static uint64_t gt_collections(int gen)
{
    gc_stats s;
    gc_gen_collector.get_stats(&s);
    return s.collections[gen];
}

#endif

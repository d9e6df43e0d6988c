/*
 * test_gen_stress.c -- randomized graphs against an independent oracle.
 *
 * Random node graphs (plus lists and tuples between nodes) hang off a root
 * array; random mutations, allocations (which trigger automatic
 * collections: thresholds 60/5/5), explicit collections of random
 * generations, freeze/unfreeze and weakrefs are interleaved.  The oracle is
 * a separate mark from the roots through traverse, with its own visited
 * table.  Checked:
 *   - after every collection: every node the oracle reaches is alive (the
 *     collector never frees reachable objects; under ASan a wrong free
 *     would also be a use-after-free here), the heap checker passes, and
 *     every weakref answers its referent iff the referent is alive (or was
 *     resurrected: then it answers None, as in CPython);
 *   - after every full collection with nothing frozen: the set of live
 *     nodes is exactly the set the oracle reaches;
 *   - finalize ran at most once per node;
 *   - in the resurrection runs, every 5th node's finalizer stores the node
 *     in a list the oracle treats as a root (randomly emptied later): the
 *     resurrected survive, and are later collected without a second
 *     finalize;
 *   - weakref callbacks only ever see a cleared weakref.
 */
#include <stdlib.h>
#include "tests/unit/gen_testlib.h"

#define NROOTS 32
#define NWEAK 64

static rt_object *roots[NROOTS];
static rt_object *weak[NWEAK];
static intptr_t weak_target[NWEAK];
static bool frozen;
static unsigned rng_state;

static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) % n;
}

/* A random node that is still allocated (perhaps garbage not collected
 * yet), as a new reference, or NULL. */
static rt_object *random_node(void)
{
    for (int tries = 0; tries < 8 && gt_next_id > 0; tries++) {
        node *n = gt_by_id[rnd((unsigned)gt_next_id)];
        if (n)
            return rt_newref(RT_OBJ(n));
    }
    return NULL;
}

/* A new reference to a random value for a slot: NULL, a node, a new node,
 * a root's value, or a list/tuple of nodes and ints. */
static rt_object *random_value(void)
{
    switch (rnd(10)) {
    case 0:
        return NULL;
    case 1: case 2: case 3: case 4:
        return random_node();
    case 5:
        return RT_OBJ(node_new());
    case 6: {
        rt_object *r = roots[rnd(NROOTS)];
        return r ? rt_newref(r) : NULL;
    }
    case 7: {
        rt_object *a = random_node(), *b = random_node();
        rt_object *l = rt_list_new(0);
        cr_assert_not_null(l);
        if (a) rt_list_append(l, a);
        if (b) rt_list_append(l, b);
        RT_XDECREF(a); RT_XDECREF(b);
        return l;
    }
    case 8: {
        rt_object *a = random_node();
        rt_object *i = rt_int_from_i64(rnd(1000));
        rt_object *t = rt_tuple_pack(2, a ? a : RT_NONE, i);
        cr_assert_not_null(t);
        RT_XDECREF(a); RT_DECREF(i);
        return t;
    }
    default: {
        /* atomic tuple: untracked by the next collection that sees it */
        rt_object *i = rt_int_from_i64(rnd(1000));
        rt_object *t = rt_tuple_pack(2, i, RT_NONE);
        RT_DECREF(i);
        return t;
    }
    }
}

/* Weakref callback: the weakref must already be cleared. */
static intptr_t callbacks_run, callbacks_bad;
static rt_object *check_cb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)kw;
    callbacks_run++;
    if (nargs != 1 || rt_weakref_get(args[0]) != NULL)
        callbacks_bad++;
    return rt_none_new();
}
static rt_method_def check_cb_def = { "check", check_cb, RT_METH_FASTCALL, NULL };
static rt_object *weak_cb;

/* ---- the oracle ---------------------------------------------------------- */

static bool reached[GT_MAX_NODES];
static rt_object **stack;
static size_t stack_len, stack_cap;

static void push(rt_object *o)
{
    if (stack_len == stack_cap) {
        stack_cap = stack_cap ? stack_cap * 2 : 1024;
        stack = realloc(stack, stack_cap * sizeof *stack);
        cr_assert_not_null(stack);
    }
    stack[stack_len++] = o;
}

static int oracle_visit(rt_object *child, void *arg)
{
    (void)arg;
    if (child->type == &node_type) {
        node *n = (node *)child;
        if (reached[n->id])
            return 0;
        reached[n->id] = true;
    } else if (!rt_list_check_exact(child) && !rt_tuple_check_exact(child)) {
        return 0;   /* ints, None, weakrefs: nothing the oracle follows */
    }
    push(child);
    return 0;
}

static void oracle_mark(void)
{
    memset(reached, 0, sizeof reached[0] * (size_t)gt_next_id);
    stack_len = 0;
    for (int i = 0; i < NROOTS; i++)
        if (roots[i])
            oracle_visit(roots[i], NULL);
    if (gt_resurrect_into)
        oracle_visit(gt_resurrect_into, NULL);
    while (stack_len) {
        rt_object *o = stack[--stack_len];
        o->type->traverse(o, oracle_visit, NULL);
    }
}

static void check_after_collection(bool full)
{
    GT_CHECK_HEAP();
    oracle_mark();
    for (intptr_t id = 0; id < gt_next_id; id++) {
        cr_assert(!reached[id] || gt_alive[id], "reachable node %ld was freed", (long)id);
        if (full && !frozen)
            cr_assert_eq(gt_alive[id], reached[id],
                         "after a full collection node %ld is %s but %s", (long)id,
                         gt_alive[id] ? "alive" : "dead", reached[id] ? "reachable" : "unreachable");
        if (gt_by_id[id])
            cr_assert_leq(gt_by_id[id]->finalized, 1);
    }
    for (int i = 0; i < NWEAK; i++) {
        if (!weak[i])
            continue;
        rt_object *ref = rt_weakref_get(weak[i]);
        /* A collection clears weakrefs to everything it finds unreachable,
         * before finalizers run (CPython too): an object a finalizer
         * resurrects keeps living with its weakrefs dead. */
        if (gt_alive[weak_target[i]] && ref == NULL)
            cr_assert_geq(gt_by_id[weak_target[i]]->finalized, 1,
                          "a weakref to a node that was never garbage was cleared");
        else if (gt_alive[weak_target[i]])
            cr_assert_eq(ref, RT_OBJ(gt_by_id[weak_target[i]]));
        else
            cr_assert_null(ref, "a weakref to a dead node must be cleared");
    }
}

/* Explicit collections are also checked against the oracle's view just
 * before them: a node reachable then must come out alive, not finalized by
 * this collection, with its weakrefs intact.  (A collector that wrongly
 * took a reachable object for garbage could otherwise hide the mistake
 * behind the resurrection pass, which would save the object after
 * finalizing it and clearing its weakrefs.) */
static bool reached_before[GT_MAX_NODES];
static unsigned char finalized_before[GT_MAX_NODES];

static void collect_and_check(int gen)
{
    oracle_mark();
    for (intptr_t id = 0; id < gt_next_id; id++) {
        reached_before[id] = reached[id];
        finalized_before[id] = gt_by_id[id] ? (unsigned char)gt_by_id[id]->finalized : 0;
    }
    rt_object *weak_before[NWEAK];
    for (int i = 0; i < NWEAK; i++)
        weak_before[i] = weak[i] ? rt_weakref_get(weak[i]) : NULL;
    intptr_t n = gc_gen_collector.collect_generation(gen);
    cr_assert_geq(n, 0);
    for (intptr_t id = 0; id < gt_next_id; id++) {
        if (!reached_before[id])
            continue;
        cr_assert(gt_alive[id], "node %ld was reachable before the collection", (long)id);
        cr_assert_eq(gt_by_id[id]->finalized, finalized_before[id],
                     "reachable node %ld was finalized", (long)id);
    }
    for (int i = 0; i < NWEAK; i++)
        if (weak_before[i] && reached_before[weak_target[i]])
            cr_assert_eq(rt_weakref_get(weak[i]), weak_before[i],
                         "a weakref to a reachable node was cleared");
    check_after_collection(gen == GC_GENERATIONS - 1);
}

/* Automatic collections happen inside allocations; the test checks the
 * heap whenever the collection count moved. */
static uint64_t seen_collections;
static void check_if_collected(void)
{
    uint64_t c = gt_collections(0) + gt_collections(1) + gt_collections(2);
    if (c != seen_collections) {
        seen_collections = c;
        check_after_collection(false);
    }
}

static void run(unsigned seed, int steps, bool resurrection)
{
    rng_state = seed;
    weak_cb = rt_cfunction_new(&check_cb_def, NULL);
    cr_assert_not_null(weak_cb);
    if (resurrection) {
        gt_resurrect_into = rt_list_new(0);
        gt_resurrect_every = 5;
        gt_resurrect = true;
    }
    for (int step = 0; step < steps; step++) {
        unsigned op = rnd(100);
        if (op < 10) {
            /* the index first: RT_SETREF and RT_CLEAR evaluate it twice */
            unsigned k = rnd(NROOTS);
            rt_object *n = RT_OBJ(node_new());
            RT_SETREF(roots[k], n);
        } else if (op < 55) {
            rt_object *a = random_node();
            if (a) {
                rt_object *v = random_value();
                node_set((node *)a, (int)rnd(NODE_SLOTS), v);
                /* often close a cycle back to a: most garbage should need
                 * the collector, not just refcounting */
                if (v && v->type == &node_type && rnd(2))
                    node_set((node *)v, (int)rnd(NODE_SLOTS), a);
                RT_XDECREF(v);
                RT_DECREF(a);
            }
        } else if (op < 60) {
            unsigned k = rnd(NROOTS);
            RT_CLEAR(roots[k]);
        } else if (op < 75) {
            unsigned k = rnd(NROOTS);
            rt_object *v = random_value();
            RT_SETREF(roots[k], v);
        } else if (op < 85) {
            rt_object *a = random_node();
            if (a) {
                int k = (int)rnd(NWEAK);
                RT_XDECREF(weak[k]);
                weak[k] = rt_weakref_new(a, rnd(2) ? weak_cb : NULL);
                cr_assert_not_null(weak[k]);
                weak_target[k] = ((node *)a)->id;
                RT_DECREF(a);
            }
        } else if (op < 93) {
            collect_and_check((int)rnd(GC_GENERATIONS));
        } else if (op < 96) {
            collect_and_check(2);
        } else if (op < 97 && rnd(4) == 0 && gt_resurrect_into) {
            rt_list_clear(gt_resurrect_into);
        } else if (op < 97) {
            if (frozen)
                gc_gen_collector.unfreeze();
            else
                gc_gen_collector.freeze();
            frozen = !frozen;
        } else {
            /* break a random node's links: refcounting frees what it can */
            rt_object *a = random_node();
            if (a) {
                node_clear(a);
                RT_DECREF(a);
            }
        }
        check_if_collected();
    }
    if (frozen) {
        gc_gen_collector.unfreeze();
        frozen = false;
    }
    collect_and_check(2);
    for (int i = 0; i < NROOTS; i++)
        RT_CLEAR(roots[i]);
    if (gt_resurrect_into)
        rt_list_clear(gt_resurrect_into);
    collect_and_check(2);
    /* the last collection's finalizers may have resurrected a few more */
    if (gt_resurrect_into) {
        rt_list_clear(gt_resurrect_into);
        collect_and_check(2);
    }
    for (intptr_t id = 0; id < gt_next_id; id++)
        cr_assert_not(gt_alive[id], "node %ld outlived its last root", (long)id);
    for (int i = 0; i < NWEAK; i++)
        RT_CLEAR(weak[i]);
    cr_assert_eq(callbacks_bad, 0, "a weakref callback saw a live referent");
    /* the run exercised what it claims to */
    cr_assert_gt(callbacks_run, 0);
    cr_assert_gt(gt_finalizations, 0);
    cr_assert(!resurrection || gt_resurrections > 0);
    if (getenv("GT_VERBOSE"))
        fprintf(stderr, "seed %u: %ld nodes, %ld finalized, %ld resurrected, %ld callbacks, %lu collections\n",
                seed, (long)gt_next_id, (long)gt_finalizations, (long)gt_resurrections, (long)callbacks_run,
                (unsigned long)(gt_collections(0) + gt_collections(1) + gt_collections(2)));
    RT_CLEAR(weak_cb);
    RT_XDECREF(gt_resurrect_into);
    gt_resurrect_into = NULL;
    GT_CHECK_HEAP();
}

static void setup_small_thresholds(void) { gt_setup(60, 5, 5, false); }

TestSuite(stress, .init = setup_small_thresholds, .timeout = 120);

Test(stress, seed1) { run(1, 20000, false); }
Test(stress, seed2) { run(2, 20000, false); }
Test(stress, seed3) { run(3, 20000, false); }
Test(stress, seed4_many_steps) { run(4, 60000, false); }
Test(stress, resurrection_seed6) { run(6, 20000, true); }
Test(stress, resurrection_seed7) { run(7, 20000, true); }
Test(stress, resurrection_seed8) { run(8, 40000, true); }

/* --stress: a collection at every container allocation. */
static void setup_stress(void) { gt_setup(700, 10, 10, true); }

Test(stress_mode, random_graphs, .init = setup_stress)
{
    run(5, 3000, false);
}

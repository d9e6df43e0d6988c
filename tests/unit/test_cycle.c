/*
 * test_cycle.c -- the cycle-finding core (collectors/cycle.c) driven
 * directly on hand-built lists, without a collector's policy around it:
 * which objects deduce_unreachable puts on each side, and what dispose
 * does with them (finalizers, weakrefs, resurrection, SAVEALL).
 *
 * The gen collector is installed with automatic collection off, so the
 * nodes (gen_testlib.h) are moved from generation 0 to a list of the
 * test's own; each test hands everything back to generation 0 at the end
 * and checks the whole heap.
 */
#include "tests/unit/gen_testlib.h"
#include "collectors/cycle.h"

TestSuite(cycle, .init = gt_setup_manual);

static rt_gchead *gc_of(node *n) { return rt_as_gc(RT_OBJ(n)); }

/* Move n from whatever list it is in to list. */
static void put(node *n, rt_gchead *list) { rt_gc_list_move(gc_of(n), list); }

static bool in_list(rt_gchead *list, node *n)
{
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g))
        if (g == gc_of(n))
            return true;
    return false;
}

/* Every object of list has COLLECTING as expected and the list is well
 * formed (prev(next) == self, no NEXT_UNREACHABLE). */
static void expect_state(rt_gchead *list, bool collecting)
{
    rt_gchead *prev = list;
    for (rt_gchead *g = rt_gc_next(list); g != list; g = rt_gc_next(g)) {
        cr_assert_not(rt_gc_next_is_unreachable(g));
        cr_assert_eq(rt_gc_prev(g), prev);
        cr_assert_eq(rt_gc_is_collecting(g), collecting);
        prev = g;
    }
    cr_assert_eq(rt_gc_prev(list), prev);
}

static void give_back(rt_gchead *a, rt_gchead *b)
{
    rt_gc_list_merge(a, rt_gc.young);
    if (b)
        rt_gc_list_merge(b, rt_gc.young);
    GT_CHECK_HEAP();
}

static intptr_t dispose(rt_gchead *unreachable, rt_gchead *old, int debug, rt_object **garbage)
{
    gc_cycle_opts opts = { debug, garbage, false };
    rt_gc.collecting = true;
    intptr_t n = gc_cycle_dispose(unreachable, old, &opts);
    rt_gc.collecting = false;
    return n;
}

/*
 * The list, in this order:  x  a  b  c  d  e
 *   a <-> b      a cycle nobody else references: garbage;
 *   c <-> d      a cycle the test holds c of: survives;
 *   x            referenced only by d, and placed before it: the scan
 *                first moves it to unreachable, then d's traverse brings it
 *                back (the NEXT_UNREACHABLE path);
 *   e            referenced by b only: garbage with the cycle.
 * o (outside the list) refers to a: references from other lists do not
 * count as internal, so a would survive -- it is added last, in a second
 * run, to show that.
 */
Test(cycle, deduce_splits_reachable_from_garbage)
{
    rt_gchead mine, unreachable;
    rt_gc_list_init(&mine);
    rt_gc_list_init(&unreachable);
    node *x = node_new(), *a = node_new(), *b = node_new(), *c = node_new(), *d = node_new(), *e = node_new();
    node_set(a, 0, RT_OBJ(b)); node_set(b, 0, RT_OBJ(a)); node_set(b, 1, RT_OBJ(e));
    node_set(c, 0, RT_OBJ(d)); node_set(d, 0, RT_OBJ(c)); node_set(d, 1, RT_OBJ(x));
    node *order[] = { x, a, b, c, d, e };
    for (int i = 0; i < 6; i++)
        put(order[i], &mine);
    RT_DECREF(x); RT_DECREF(a); RT_DECREF(b); RT_DECREF(d); RT_DECREF(e);   /* c stays held */

    cr_assert_eq(gc_cycle_deduce_unreachable(&mine, &unreachable), 0, "telemetry is off: nothing counted");
    expect_state(&mine, false);
    expect_state(&unreachable, true);
    cr_assert_eq(rt_gc_list_size(&mine), 3);
    cr_assert_eq(rt_gc_list_size(&unreachable), 3);
    cr_assert(in_list(&mine, c) && in_list(&mine, d) && in_list(&mine, x));
    cr_assert(in_list(&unreachable, a) && in_list(&unreachable, b) && in_list(&unreachable, e));
    /* Garbage keeps its list order. */
    cr_assert_eq(rt_gc_next(&unreachable), gc_of(a));

    rt_gchead old;
    rt_gc_list_init(&old);
    cr_assert_eq(dispose(&unreachable, &old, 0, NULL), 3);
    cr_assert(rt_gc_list_is_empty(&unreachable));
    cr_assert(rt_gc_list_is_empty(&old));
    cr_assert_eq(gt_deaths, 3);
    cr_assert_eq(gt_finalizations, 3, "every garbage node is finalized once");
    cr_assert(gt_alive[x->id] && gt_alive[c->id] && gt_alive[d->id]);

    /* A reference from outside the list keeps a cycle alive. */
    node *p = node_new(), *q = node_new(), *o = node_new();
    node_set(p, 0, RT_OBJ(q)); node_set(q, 0, RT_OBJ(p));
    node_set(o, 0, RT_OBJ(p));       /* o stays in generation 0 */
    put(p, &mine); put(q, &mine);
    RT_DECREF(p); RT_DECREF(q);
    gc_cycle_deduce_unreachable(&mine, &unreachable);
    cr_assert(rt_gc_list_is_empty(&unreachable));
    cr_assert_eq(rt_gc_list_size(&mine), 5);
    RT_DECREF(o);
    RT_DECREF(c);
    give_back(&mine, NULL);
}

/* A finalizer that stores its object somewhere reachable: the object (and
 * what it reaches) survives into old, finalized once; dropped again, it is
 * collected without a second finalization. */
Test(cycle, resurrected_objects_survive_into_old_and_are_finalized_once)
{
    rt_gchead mine, unreachable, old;
    rt_gc_list_init(&mine);
    rt_gc_list_init(&unreachable);
    rt_gc_list_init(&old);
    gt_resurrect_into = rt_list_new(0);
    gt_resurrect = true;
    gt_resurrect_every = 2;
    node *a = node_new(), *b = node_new();   /* ids 0 and 1: only a resurrects */
    cr_assert_eq(a->id % 2, 0);
    node_set(a, 0, RT_OBJ(b)); node_set(b, 0, RT_OBJ(a));
    put(a, &mine); put(b, &mine);
    RT_DECREF(a); RT_DECREF(b);

    gc_cycle_deduce_unreachable(&mine, &unreachable);
    cr_assert_eq(rt_gc_list_size(&unreachable), 2);
    cr_assert_eq(dispose(&unreachable, &old, 0, NULL), 0, "nothing collected");
    cr_assert_eq(gt_finalizations, 2);
    cr_assert_eq(gt_deaths, 0);
    expect_state(&old, false);
    cr_assert(in_list(&old, a) && in_list(&old, b));

    rt_list_clear(gt_resurrect_into);
    gc_cycle_deduce_unreachable(&old, &unreachable);
    cr_assert_eq(dispose(&unreachable, &mine, 0, NULL), 2);
    cr_assert_eq(gt_finalizations, 2, "not finalized again");
    cr_assert_eq(gt_deaths, 2);
    RT_DECREF(gt_resurrect_into);
    give_back(&mine, &old);
}

/* Weakrefs: every weakref to the garbage is cleared; the callback of a
 * reachable weakref runs (and a weakref that dies after its callback
 * counts as collected); a weakref that is garbage itself never calls
 * back. */
Test(cycle, weakrefs_cleared_and_only_reachable_callbacks_run)
{
    rt_gchead mine, unreachable, old;
    rt_gc_list_init(&mine);
    rt_gc_list_init(&unreachable);
    rt_gc_list_init(&old);
    rt_object *cb = gt_callback();
    node *a = node_new(), *g = node_new();
    node_set(a, 0, RT_OBJ(a));
    node_set(g, 0, RT_OBJ(g));
    rt_object *kept = rt_weakref_new(RT_OBJ(a), cb);     /* held by the test */
    rt_object *inside = rt_weakref_new(RT_OBJ(a), cb);   /* held by garbage g */
    node_set(g, 1, inside);
    RT_DECREF(inside);
    put(a, &mine); put(g, &mine);
    rt_gc_list_move(rt_as_gc(inside), &mine);
    RT_DECREF(a); RT_DECREF(g);

    gc_cycle_deduce_unreachable(&mine, &unreachable);
    cr_assert_eq(rt_gc_list_size(&unreachable), 3);
    cr_assert_eq(dispose(&unreachable, &old, 0, NULL), 3);
    cr_assert_eq(gt_ncb_calls, 1);
    cr_assert_eq(gt_cb_calls[0], kept);
    cr_assert_null(rt_weakref_get(kept));
    /* A weakref whose callback ran is moved to old, wherever it was
     * tracked before (as CPython does). */
    cr_assert_eq(rt_gc_list_size(&old), 1);
    cr_assert_eq(rt_gc_next(&old), rt_as_gc(kept));
    expect_state(&old, false);
    RT_DECREF(kept);
    cr_assert(rt_gc_list_is_empty(&old), "dropping it untracks it");
    RT_DECREF(cb);
    give_back(&mine, &old);
}

/* DEBUG_SAVEALL: the garbage is appended to gc.garbage instead of being
 * cleared, and stays tracked in old. */
Test(cycle, saveall_keeps_garbage)
{
    rt_gchead mine, unreachable, old;
    rt_gc_list_init(&mine);
    rt_gc_list_init(&unreachable);
    rt_gc_list_init(&old);
    rt_object *garbage = NULL;
    node *a = node_new(), *b = node_new();
    node_set(a, 0, RT_OBJ(b)); node_set(b, 0, RT_OBJ(a));
    put(a, &mine); put(b, &mine);
    RT_DECREF(a); RT_DECREF(b);
    gc_cycle_deduce_unreachable(&mine, &unreachable);
    cr_assert_eq(dispose(&unreachable, &old, GC_DEBUG_SAVEALL, &garbage), 2);
    cr_assert_not_null(garbage);
    cr_assert_eq(rt_length(garbage), 2);
    cr_assert_eq(rt_list_getitem(garbage, 0), RT_OBJ(a));
    cr_assert_eq(gt_deaths, 0);
    expect_state(&old, false);
    cr_assert_eq(rt_gc_list_size(&old), 2);
    RT_DECREF(garbage);
    gc_cycle_deduce_unreachable(&old, &unreachable);
    cr_assert_eq(dispose(&unreachable, &mine, 0, NULL), 2);
    cr_assert_eq(gt_deaths, 2);
    give_back(&mine, &old);
}

/* The untracking rules on survivors: a tuple of atomic items is untracked
 * at once; a dict of atomic items only when full. */
Test(cycle, untrack_survivors_tuples_always_dicts_when_full)
{
    rt_gchead mine;
    rt_gc_list_init(&mine);
    rt_object *one = rt_int_from_i64(1);
    rt_object *t = rt_tuple_pack(1, one);
    rt_object *d = rt_dict_new();
    cr_assert_eq(rt_dict_setitem(d, one, one), 0);
    rt_object *l = rt_list_new(0);       /* never untracked by these rules */
    if (!rt_gc_is_tracked(t))
        rt_gc_track(t);
    if (!rt_gc_is_tracked(d))
        rt_gc_track(d);
    rt_gc_list_move(rt_as_gc(t), &mine);
    rt_gc_list_move(rt_as_gc(d), &mine);
    rt_gc_list_move(rt_as_gc(l), &mine);
    cr_assert_eq(gc_cycle_untrack_survivors(&mine, false), 2);
    cr_assert_not(rt_gc_is_tracked(t));
    cr_assert(rt_gc_is_tracked(d));
    cr_assert_eq(gc_cycle_untrack_survivors(&mine, true), 1);
    cr_assert_not(rt_gc_is_tracked(d));
    cr_assert(rt_gc_is_tracked(l));
    RT_DECREF(t); RT_DECREF(d); RT_DECREF(l); RT_DECREF(one);
    give_back(&mine, NULL);
}

/* ---- the fused walks of gc_cycle_deduce_untrack ---------------------------- */

/* A pseudo-random heap of FUSED_N containers (nodes, tuples, lists, dicts;
 * static types, so every container a traverse meets is one of them) with
 * cycles, moved into list; objects the test keeps a reference to are
 * marked in held[] (the others are kept alive by references from the
 * heap only).  The same seed builds the same graph. */
#define FUSED_N 48

static unsigned fused_rand(unsigned *s)
{
    *s = *s * 1103515245u + 12345u;
    return (*s >> 16) & 0x7fff;
}

static void fused_build(unsigned seed, rt_gchead *list, rt_object **objs, bool *held)
{
    unsigned s = seed;
    rt_object *ints[3] = { rt_int_from_i64(1000 + seed), rt_int_from_i64(2), rt_int_from_i64(3) };
    for (int i = 0; i < FUSED_N; i++) {
        rt_object *a = i ? objs[fused_rand(&s) % i] : ints[0];
        rt_object *b = fused_rand(&s) % 2 ? ints[1] : a;
        switch (i % 4) {
        case 2:   /* items made before it: atomic or not */
            objs[i] = fused_rand(&s) % 2 ? rt_tuple_pack(2, ints[1], ints[2]) : rt_tuple_pack(2, a, b);
            break;
        case 3:
            if (i % 8 == 3) {
                objs[i] = rt_list_new(0);
                cr_assert_eq(rt_list_append(objs[i], b), 0);
            } else {
                objs[i] = rt_dict_new();
                cr_assert_eq(rt_dict_setitem(objs[i], ints[2], b), 0);
            }
            break;
        default:
            objs[i] = RT_OBJ(node_new());
        }
        if (!rt_gc_is_tracked(objs[i]))
            rt_gc_track(objs[i]);
        rt_gc_list_move(rt_as_gc(objs[i]), list);
    }
    /* Nodes point anywhere, lists grow: cycles through every kind. */
    for (int i = 0; i < FUSED_N; i++) {
        rt_object *to = objs[fused_rand(&s) % FUSED_N];
        if (i % 4 < 2)
            node_set((node *)objs[i], (int)(fused_rand(&s) % NODE_SLOTS), to);
        else if (i % 8 == 3 && fused_rand(&s) % 2)
            cr_assert_eq(rt_list_append(objs[i], to), 0);
    }
    for (int i = 0; i < FUSED_N; i++) {
        held[i] = objs[i]->refcnt == 1 || fused_rand(&s) % 5 == 0;
        if (!held[i])
            RT_DECREF(objs[i]);
    }
    for (int k = 0; k < 3; k++)
        RT_DECREF(ints[k]);
}

/* What became of each object: 0 tracked survivor, 1 untracked, 2 garbage. */
static void fused_outcome(rt_object **objs, rt_gchead *unreachable, int *out)
{
    for (int i = 0; i < FUSED_N; i++) {
        rt_gchead *g = rt_as_gc(objs[i]);
        out[i] = !g->gc_next ? 1 : in_list(unreachable, (node *)objs[i]) ? 2 : 0;
    }
}

static void fused_release(rt_gchead *mine, rt_gchead *unreachable, rt_object **objs, const bool *held)
{
    dispose(unreachable, mine, 0, NULL);
    for (int i = 0; i < FUSED_N; i++)
        if (held[i])
            RT_DECREF(objs[i]);
    give_back(mine, NULL);
}

/* One reference run (deduce, then the untracking pass) against the fused
 * walks on the same graph: the same garbage, the same objects untracked,
 * the same survivor count, well-formed lists.  Closed walks are valid here
 * because the graph's containers are all in the list. */
static void fused_compare(unsigned seed, bool full, bool closed)
{
    rt_object *objs[FUSED_N];
    bool held[FUSED_N];
    int want[FUSED_N], got[FUSED_N];
    rt_gchead mine, unreachable;

    rt_gc_list_init(&mine);
    rt_gc_list_init(&unreachable);
    fused_build(seed, &mine, objs, held);
    gc_cycle_deduce_unreachable(&mine, &unreachable);
    intptr_t want_survivors = gc_cycle_untrack_survivors(&mine, full);
    fused_outcome(objs, &unreachable, want);
    fused_release(&mine, &unreachable, objs, held);

    rt_gc_list_init(&mine);
    rt_gc_list_init(&unreachable);
    fused_build(seed, &mine, objs, held);
    intptr_t survivors = -1;
    gc_cycle_deduce_untrack(&mine, &unreachable, full, closed, &survivors);
    expect_state(&mine, false);
    expect_state(&unreachable, true);
    fused_outcome(objs, &unreachable, got);
    cr_assert_eq(survivors, want_survivors, "seed %u full %d closed %d", seed, full, closed);
    cr_assert_eq(survivors, rt_gc_list_size(&mine));
    for (int i = 0; i < FUSED_N; i++)
        cr_assert_eq(got[i], want[i], "seed %u full %d closed %d object %d", seed, full, closed, i);
    fused_release(&mine, &unreachable, objs, held);
}

Test(cycle, deduce_untrack_matches_deduce_then_untrack)
{
    int garbage = 0, untracked = 0;
    for (unsigned seed = 1; seed <= 40; seed++) {
        fused_compare(seed, false, false);
        fused_compare(seed, true, false);
        fused_compare(seed, true, true);
        /* The graphs exercise both rules and both outcomes. */
        rt_object *objs[FUSED_N];
        bool held[FUSED_N];
        int out[FUSED_N];
        rt_gchead mine, unreachable;
        rt_gc_list_init(&mine);
        rt_gc_list_init(&unreachable);
        fused_build(seed, &mine, objs, held);
        gc_cycle_deduce_untrack(&mine, &unreachable, true, true, NULL);
        fused_outcome(objs, &unreachable, out);
        for (int i = 0; i < FUSED_N; i++) {
            garbage += out[i] == 2;
            untracked += out[i] == 1;
        }
        fused_release(&mine, &unreachable, objs, held);
    }
    cr_assert_gt(garbage, 0);
    cr_assert_gt(untracked, 0);
}

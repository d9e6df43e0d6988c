/*
 * test_gen.c -- the gen collector's phases on hand-built graphs: cycles of
 * every container kind, a long chain, weakrefs, PEP 442 finalizers and
 * resurrection, freeze, tuple and dict untracking, gc.garbage, callbacks.
 * Expected numbers were checked against CPython 3.11 where Python can
 * express the same graph (noted at each test).
 */
#include "tests/unit/gen_testlib.h"
#include "runtime/telemetry.h"

TestSuite(gen, .init = gt_setup_manual);

Test(gen, self_cycle_is_collected)
{
    gt_collect(2);
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    intptr_t id = a->id;
    RT_DECREF(a);
    cr_assert(gt_alive[id], "refcounting alone cannot free a self-cycle");
    /* CPython: class N: pass; a = N(); a.s = a; del a; gc.collect() counts
     * the instance (and, before 3.11's inline values, its __dict__). */
    cr_assert_eq(gt_collect(0), 1);
    cr_assert_not(gt_alive[id]);
    gc_stats s;
    gc_gen_collector.get_stats(&s);
    cr_assert_eq(s.collected[0], 1);
    cr_assert_eq(s.uncollectable[0], 0);
}

Test(gen, reachable_objects_survive_and_age)
{
    gt_collect(2);
    node *a = node_new(), *b = node_new();
    node_set(a, 0, RT_OBJ(b));
    node_set(b, 0, RT_OBJ(a));
    RT_DECREF(b);
    cr_assert_eq(gt_collect(0), 0);
    cr_assert(gt_alive[0] && gt_alive[1]);
    /* survivors of generation 0 are now in generation 1 */
    for (rt_gchead *h = rt_gc_next(rt_gc.young); h != rt_gc.young; h = rt_gc_next(h))
        cr_assert(h != rt_as_gc(RT_OBJ(a)), "a must have left generation 0");
    RT_DECREF(a);
    /* a gen-0 collection no longer sees them */
    cr_assert_eq(gt_collect(0), 0);
    cr_assert(gt_alive[0]);
    cr_assert_eq(gt_collect(1), 2);
    cr_assert_not(gt_alive[0]);
    cr_assert_not(gt_alive[1]);
}

/* A doubly linked chain of 100,000 nodes (each pair is a cycle) with one
 * external reference in the middle: move_unreachable first moves the left
 * half to the unreachable list and must move it all back. */
Test(gen, long_chain_with_middle_reference)
{
    enum { N = 100000 };
    gt_collect(2);
    node *first = node_new(), *prev = first, *middle = NULL;
    for (int i = 1; i < N; i++) {
        node *n = node_new();
        node_set(prev, 0, RT_OBJ(n));
        node_set(n, 1, RT_OBJ(prev));
        if (i == N / 2)
            middle = (node *)rt_newref(RT_OBJ(n));
        RT_DECREF(n);
        prev = n;
    }
    RT_DECREF(first);
    cr_assert_eq(gt_collect(2), 0);
    for (int i = 0; i < N; i++)
        cr_assert(gt_alive[i]);
    RT_DECREF(middle);
    cr_assert_eq(gt_collect(2), N);
    cr_assert_eq(gt_deaths, N);
}

/* instance -> list -> tuple -> dict -> instance (the attribute is an inline
 * value, no __dict__ object).  CPython 3.11 reports 4 for the same graph. */
Test(gen, cycle_through_instance_dict_list_tuple)
{
    rt_object *cls = rt_type_new_heap("C", NULL, NULL);
    cr_assert_not_null(cls);
    rt_object *inst = rt_call(cls, rt_tuple_new(0), NULL);
    cr_assert_not_null(inst, "instantiating a heap type");
    gt_collect(2);
    rt_object *d = rt_dict_new();
    rt_object *t = rt_tuple_pack(1, d);
    rt_object *l = rt_list_new(0);
    rt_list_append(l, t);
    cr_assert_eq(rt_setattr_str(inst, "x", l), 0);
    cr_assert_eq(rt_dict_setitem_str(d, "c", inst), 0);
    cr_assert(rt_gc_is_tracked(d), "a dict holding an instance is tracked");
    rt_object *w = rt_weakref_new(inst, NULL);
    cr_assert_not_null(w);
    RT_DECREF(d); RT_DECREF(t); RT_DECREF(l); RT_DECREF(inst);
    cr_assert_not_null(rt_weakref_get(w), "the cycle keeps the instance alive");
    cr_assert_eq(gt_collect(2), 4);
    cr_assert_null(rt_weakref_get(w));
    RT_DECREF(w);
    RT_DECREF(cls);
}

/* Two instances referring to each other, as in Python
 *     a = C(); b = C(); a.other = b; b.other = a; del a, b; gc.collect()
 * CPython 3.11 counts 2 (attributes are inline values); once both
 * __dict__s have been asked for, 4 (each dict is a container too).  Each
 * instance is one gen-0 allocation either way; its dict counts when made. */
static intptr_t instance_pair_cycle(rt_object *cls, bool touch_dict)
{
    intptr_t before = rt_gc.young_count;
    rt_object *a = rt_call(cls, rt_tuple_new(0), NULL), *b = rt_call(cls, rt_tuple_new(0), NULL);
    cr_assert(a && b);
    cr_assert_eq(rt_setattr_str(a, "other", b), 0);
    cr_assert_eq(rt_setattr_str(b, "other", a), 0);
    cr_assert_eq(rt_gc.young_count, before + 2, "one container allocation per instance");
    if (touch_dict) {
        rt_object *da = rt_getattr_str(a, "__dict__"), *db = rt_getattr_str(b, "__dict__");
        cr_assert(da && db);
        cr_assert_eq(rt_gc.young_count, before + 4);
        cr_assert(rt_gc_is_tracked(da), "a dict holding an instance is tracked");
        RT_DECREF(da); RT_DECREF(db);
    }
    rt_object *w = rt_weakref_new(a, NULL);
    RT_DECREF(a); RT_DECREF(b);
    cr_assert_not_null(rt_weakref_get(w));
    intptr_t n = gt_collect(2);
    cr_assert_null(rt_weakref_get(w));
    RT_DECREF(w);
    GT_CHECK_HEAP();
    return n;
}

Test(gen, two_instance_cycle_counts_two_then_four_with_dicts)
{
    rt_object *cls = rt_type_new_heap("C", NULL, NULL);
    gt_collect(2);
    cr_assert_eq(instance_pair_cycle(cls, false), 2);
    cr_assert_eq(instance_pair_cycle(cls, true), 4);
    RT_DECREF(cls);
}

Test(gen, cycle_through_list_and_dict_only)
{
    gt_collect(2);
    rt_object *l = rt_list_new(0), *d = rt_dict_new();
    rt_list_append(l, d);
    rt_dict_setitem_str(d, "l", l);
    node *probe = node_new();        /* hangs off the cycle: freed with it */
    rt_list_append(l, RT_OBJ(probe));
    intptr_t id = probe->id;
    RT_DECREF(probe); RT_DECREF(l); RT_DECREF(d);
    cr_assert(gt_alive[id]);
    /* Python: l = []; d = {}; l.append(d); d['l'] = l; l.append(N()) -> 3 */
    cr_assert_eq(gt_collect(2), 3);
    cr_assert_not(gt_alive[id]);
}

/* PEP 442: a finalizer that resurrects its object.  CPython 3.11, same
 * graph in Python (a R with __del__ storing self, in a cycle with a list):
 * collect() -> 0 with one __del__ call; after dropping the saved reference
 * collect() -> 2 and __del__ is not called again. */
Test(gen, finalizer_resurrection_runs_once)
{
    gt_collect(2);
    gt_resurrect_into = rt_list_new(0);
    gt_resurrect = true;
    node *a = node_new();
    rt_object *l = rt_list_new(0);
    node_set(a, 0, l);
    rt_list_append(l, RT_OBJ(a));
    intptr_t id = a->id;
    RT_DECREF(l);
    RT_DECREF(a);
    cr_assert_eq(gt_collect(2), 0);
    cr_assert(gt_alive[id]);
    cr_assert_eq(gt_by_id[id]->finalized, 1);
    cr_assert(rt_gc_is_finalized(RT_OBJ(gt_by_id[id])));
    cr_assert(rt_gc_is_tracked(RT_OBJ(gt_by_id[id])), "a resurrected object stays tracked");
    cr_assert_eq(rt_length(gt_resurrect_into), 1);
    /* Survivors age: the resurrected pair went to the old generation. */
    cr_assert_eq(gt_collect(0), 0);
    /* Drop the resurrecting reference: collected, not finalized again. */
    rt_list_clear(gt_resurrect_into);
    cr_assert(gt_alive[id]);
    cr_assert_eq(gt_collect(2), 2);
    cr_assert_not(gt_alive[id]);
    cr_assert_eq(gt_finalizations, 1);
    RT_DECREF(gt_resurrect_into);
}

/* A finalizer that only resurrects something else: the resurrected part
 * survives, the rest is cleared. */
Test(gen, finalizer_runs_before_clear_and_once_per_object)
{
    gt_collect(2);
    node *a = node_new(), *b = node_new();
    node_set(a, 0, RT_OBJ(b));
    node_set(b, 0, RT_OBJ(a));
    RT_DECREF(a); RT_DECREF(b);
    cr_assert_eq(gt_collect(2), 2);
    cr_assert_eq(gt_finalizations, 2);
    cr_assert_eq(gt_deaths, 2);
}

/* Weakref callbacks: newest first, only for weakrefs outside the garbage.
 * CPython 3.11: three weakref.ref(x, cb_i) to a self-cycle x, then
 * collect(): callbacks run 2, 1, 0; collect() returns 1.  A weakref held by
 * another garbage object gets no callback. */
Test(gen, weakref_callbacks_newest_first_and_none_inside_garbage)
{
    gt_collect(2);
    rt_object *cb = gt_callback();
    node *x = node_new();
    node_set(x, 0, RT_OBJ(x));
    rt_object *w[3];
    for (int i = 0; i < 3; i++)
        w[i] = rt_weakref_new(RT_OBJ(x), cb);
    /* g: garbage that holds a weakref (with callback) to x */
    node *g = node_new();
    node_set(g, 0, RT_OBJ(g));
    rt_object *wg = rt_weakref_new(RT_OBJ(x), cb);
    node_set(g, 1, wg);
    RT_DECREF(wg);
    /* a reachable object's weakref is untouched */
    node *keep = node_new();
    rt_object *wk = rt_weakref_new(RT_OBJ(keep), cb);
    RT_DECREF(x); RT_DECREF(g);

    /* x, g and the weakref held by g */
    cr_assert_eq(gt_collect(2), 3);
    cr_assert_eq(gt_ncb_calls, 3);
    cr_assert_eq(gt_cb_calls[0], w[2]);
    cr_assert_eq(gt_cb_calls[1], w[1]);
    cr_assert_eq(gt_cb_calls[2], w[0]);
    for (int i = 0; i < 3; i++) {
        cr_assert_null(rt_weakref_get(w[i]));
        RT_DECREF(w[i]);
    }
    cr_assert_eq(rt_weakref_get(wk), RT_OBJ(keep));
    RT_DECREF(wk);
    RT_DECREF(keep);
    RT_DECREF(cb);
}

/* A callback that resurrects nothing but drops the last reference to its
 * own weakref: CPython counts that weakref as collected too. */
Test(gen, weakref_freed_after_callback_counts)
{
    gt_collect(2);
    rt_object *cb = gt_callback();
    node *x = node_new();
    node_set(x, 0, RT_OBJ(x));
    rt_object *w = rt_weakref_new(RT_OBJ(x), cb);
    RT_DECREF(x);
    /* w stays referenced by the test only; after the collection drops the
     * reference it took, w is still alive (we own one) */
    cr_assert_eq(gt_collect(2), 1);
    cr_assert_eq(gt_ncb_calls, 1);
    cr_assert(rt_gc_is_tracked(w), "a surviving weakref goes back into a generation");
    RT_DECREF(w);
    RT_DECREF(cb);
}

static int find_obj(rt_object *o, void *arg)
{
    return o == arg;
}

Test(gen, frozen_objects_are_not_collected_until_unfrozen)
{
    gt_collect(2);
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    intptr_t id = a->id;
    intptr_t before = gc_gen_collector.freeze_count();
    cr_assert_eq(before, 0);
    gc_gen_collector.freeze();
    cr_assert_eq(gt_count(0), 0, "freeze resets the generation-0 count");
    cr_assert_geq(gc_gen_collector.freeze_count(), 1);
    RT_DECREF(a);
    for (int g = 0; g < GC_GENERATIONS; g++)
        cr_assert_eq(gt_collect(g), 0);
    cr_assert(gt_alive[id]);
    /* not reported by for_each_object either (gc.get_objects skips it) */
    cr_assert_eq(gc_gen_collector.for_each_object(-1, find_obj, gt_by_id[id]), 0);
    gc_gen_collector.unfreeze();
    cr_assert_eq(gc_gen_collector.for_each_object(2, find_obj, gt_by_id[id]), 1);
    cr_assert_eq(gc_gen_collector.freeze_count(), 0);
    /* unfreeze puts them in the oldest generation: only a full collection
     * finds the cycle */
    cr_assert_eq(gt_collect(1), 0);
    cr_assert(gt_alive[id]);
    cr_assert_eq(gt_collect(2), 1);
    cr_assert_not(gt_alive[id]);
}

/* CPython 3.11: (1, "a", None) is untracked at the first collection that
 * sees it; ((1, 2),) too (inner first); ({},) and ([],) stay tracked. */
Test(gen, tuple_untracking)
{
    rt_object *one = rt_int_from_i64(1), *two = rt_int_from_i64(2);
    rt_object *atomic = rt_tuple_pack(3, one, RT_NONE, two);
    rt_object *inner = rt_tuple_pack(2, one, two);
    rt_object *nested = rt_tuple_pack(1, inner);
    rt_object *dict = rt_dict_new();
    rt_object *with_dict = rt_tuple_pack(1, dict);
    rt_object *list = rt_list_new(0);
    rt_object *with_list = rt_tuple_pack(1, list);
    cr_assert(rt_gc_is_tracked(atomic), "tuples are tracked at creation");
    gt_collect(0);
    cr_assert_not(rt_gc_is_tracked(atomic));
    cr_assert_not(rt_gc_is_tracked(inner));
    cr_assert_not(rt_gc_is_tracked(nested));
    cr_assert(rt_gc_is_tracked(with_dict), "an empty dict may become tracked later");
    cr_assert(rt_gc_is_tracked(with_list));
    rt_object *objs[] = { atomic, inner, nested, dict, with_dict, list, with_list, one, two };
    for (size_t i = 0; i < sizeof objs / sizeof *objs; i++)
        RT_DECREF(objs[i]);
    GT_CHECK_HEAP();
}

/* CPython 3.11: d = {} untracked; d['a'] = 1 untracked; d['l'] = [] tracked;
 * del d['l'] still tracked; after collect(0) and collect(1) still tracked;
 * after collect(2) untracked.  {'t': (1, 2)} untracked; {'t': ([],)}
 * tracked. */
Test(gen, dict_untracking_only_in_full_collections)
{
    rt_object *d = rt_dict_new();
    cr_assert_not(rt_gc_is_tracked(d));
    rt_object *one = rt_int_from_i64(1);
    rt_dict_setitem_str(d, "a", one);
    cr_assert_not(rt_gc_is_tracked(d));
    rt_object *l = rt_list_new(0);
    rt_dict_setitem_str(d, "l", l);
    cr_assert(rt_gc_is_tracked(d));
    rt_dict_delitem_str(d, "l");
    cr_assert(rt_gc_is_tracked(d));
    gt_collect(0);
    cr_assert(rt_gc_is_tracked(d));
    gt_collect(1);
    cr_assert(rt_gc_is_tracked(d));
    gt_collect(2);
    cr_assert_not(rt_gc_is_tracked(d));
    /* storing a container re-tracks it */
    rt_dict_setitem_str(d, "l", l);
    cr_assert(rt_gc_is_tracked(d));
    RT_DECREF(l);
    RT_DECREF(d);
    RT_DECREF(one);
    GT_CHECK_HEAP();
}

Test(gen, saveall_keeps_garbage_in_gc_garbage)
{
    gt_collect(2);
    gc_gen_collector.set_debug(GC_DEBUG_SAVEALL);
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    intptr_t id = a->id;
    RT_DECREF(a);
    cr_assert_eq(gt_collect(2), 1);
    cr_assert(gt_alive[id], "DEBUG_SAVEALL keeps the garbage alive");
    rt_object *garbage = gc_gen_collector.garbage();
    cr_assert_eq(rt_length(garbage), 1);
    cr_assert_eq(RT_LIST_GET_ITEM(garbage, 0), RT_OBJ(gt_by_id[id]));
    gc_gen_collector.set_debug(0);
    rt_list_clear(garbage);
    cr_assert_eq(gt_collect(2), 1);
    cr_assert_not(gt_alive[id]);
}

static int hook_calls;
static char hook_phases[8][8];
static gc_callback_info hook_infos[8];

static void record_hook(const char *phase, const gc_callback_info *info, void *arg)
{
    (void)arg;
    if (hook_calls < 8) {
        snprintf(hook_phases[hook_calls], sizeof hook_phases[0], "%s", phase);
        hook_infos[hook_calls] = *info;
    }
    hook_calls++;
}

Test(gen, callbacks_hook_sees_start_and_stop)
{
    gt_collect(2);
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    RT_DECREF(a);
    gc_set_callback_hook(record_hook, NULL);
    cr_assert_eq(gt_collect(1), 1);
    gc_set_callback_hook(NULL, NULL);
    cr_assert_eq(hook_calls, 2);
    cr_assert_str_eq(hook_phases[0], "start");
    cr_assert_eq(hook_infos[0].generation, 1);
    cr_assert_eq(hook_infos[0].collected, 0);
    cr_assert_str_eq(hook_phases[1], "stop");
    cr_assert_eq(hook_infos[1].generation, 1);
    cr_assert_eq(hook_infos[1].collected, 1);
    cr_assert_eq(hook_infos[1].uncollectable, 0);
}

Test(gen, referents_and_referrers)
{
    node *a = node_new(), *b = node_new();
    node_set(a, 2, RT_OBJ(b));
    rt_object *objs[] = { RT_OBJ(a) };
    rt_object *refs = gc_get_referents(objs, 1);
    cr_assert_eq(rt_length(refs), 1);
    cr_assert_eq(RT_LIST_GET_ITEM(refs, 0), RT_OBJ(b));
    rt_object *bobj[] = { RT_OBJ(b) };
    rt_object *rr = gc_get_referrers(bobj, 1);
    cr_assert_not_null(rr);
    bool found = false;
    for (intptr_t i = 0; i < rt_length(rr); i++)
        found |= RT_LIST_GET_ITEM(rr, i) == RT_OBJ(a);
    cr_assert(found);
    RT_DECREF(refs); RT_DECREF(rr); RT_DECREF(a); RT_DECREF(b);
}

Test(gen, invalid_generation_raises)
{
    cr_assert_eq(gc_gen_collector.collect_generation(3), -1);
    cr_assert(rt_err_matches(&rt_exc_ValueError));
    rt_err_clear();
    cr_assert_eq(gc_gen_collector.collect_generation(-1), -1);
    rt_err_clear();
    /* The safe point runs the work asked for (the safepoint trigger):
     * right after a full collection nothing is due, so nothing is
     * collected. */
    gc_gen_collector.collect(GC_FULL);
    uint64_t before = gt_collections(0) + gt_collections(1) + gt_collections(2);
    cr_assert_eq(gc_gen_collector.safe_point(), 0);
    cr_assert_not(rt_err_occurred());
    cr_assert_eq(gt_collections(0) + gt_collections(1) + gt_collections(2), before);
}

Test(gen, enable_disable)
{
    cr_assert(gc_is_enabled());
    gc_disable();
    cr_assert_not(gc_is_enabled());
    gc_enable();
    cr_assert(gc_is_enabled());
}

static void collect_from_finalizer(rt_object *o)
{
    (void)o;
    gt_finalizations++;
    /* gc.collect() inside a collection does nothing and returns 0 */
    cr_assert_eq(gc_gen_collector.collect(GC_FULL), 0);
}

Test(gen, collect_inside_finalizer_is_a_no_op)
{
    gt_collect(2);
    node_type.finalize = collect_from_finalizer;
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    RT_DECREF(a);
    cr_assert_eq(gt_collect(2), 1);
    cr_assert_eq(gt_finalizations, 1);
    node_type.finalize = node_finalize;
}

static int count_obj(rt_object *o, void *arg)
{
    (void)o;
    (*(intptr_t *)arg)++;
    return 0;
}

Test(gen, for_each_object_walks_generations)
{
    gt_collect(2);
    intptr_t n2 = 0, n0 = 0, all = 0;
    gc_gen_collector.for_each_object(2, count_obj, &n2);
    node *a = node_new(), *b = node_new();
    gc_gen_collector.for_each_object(0, count_obj, &n0);
    gc_gen_collector.for_each_object(-1, count_obj, &all);
    cr_assert_eq(n0, 2);
    cr_assert_eq(all, n2 + 2);
    RT_DECREF(a); RT_DECREF(b);
}

/* ---- errors and debug output ---------------------------------------------- */

static char *captured;
static size_t captured_len;
static FILE *saved_stderr;

static void capture_stderr(void)
{
    saved_stderr = stderr;
    stderr = open_memstream(&captured, &captured_len);
    cr_assert_not_null(stderr);
}

static void release_stderr(void)
{
    fclose(stderr);
    stderr = saved_stderr;
}

static void raising_finalizer(rt_object *o)
{
    (void)o;
    gt_finalizations++;
    rt_err_set_string(&rt_exc_ValueError, "boom");
}

/* CPython: an exception in __del__ during a collection is printed
 * ("Exception ignored in: ...") and the collection goes on. */
Test(gen, finalizer_exception_is_reported_and_collection_continues)
{
    gt_collect(2);
    node_type.finalize = raising_finalizer;
    node *a = node_new(), *b = node_new();
    node_set(a, 0, RT_OBJ(b));
    node_set(b, 0, RT_OBJ(a));
    RT_DECREF(a); RT_DECREF(b);
    capture_stderr();
    intptr_t n = gc_gen_collector.collect(GC_FULL);
    release_stderr();
    node_type.finalize = node_finalize;
    cr_assert_eq(n, 2);
    cr_assert_eq(gt_finalizations, 2);
    cr_assert_null(rt_err_occurred(), "no exception may leak out of a collection");
    cr_assert_not_null(strstr(captured, "Exception ignored in finalizer of: <node object at"), "%s", captured);
    cr_assert_not_null(strstr(captured, "ValueError: boom"), "%s", captured);
    free(captured);
    GT_CHECK_HEAP();
}

/* A pending exception survives a collection untouched. */
Test(gen, pending_exception_is_preserved_by_collect)
{
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    RT_DECREF(a);
    rt_err_set_string(&rt_exc_KeyError, "k");
    cr_assert_eq(gc_gen_collector.collect(GC_FULL), 1);
    cr_assert(rt_err_matches(&rt_exc_KeyError));
    rt_err_clear();
}

/* As CPython, an allocation made while an exception is set does not start
 * an automatic collection. */
Test(gen, no_automatic_collection_while_exception_set)
{
    intptr_t t[] = { 5 };
    gc_gen_collector.set_threshold(t, 1);
    gt_collect(2);
    uint64_t before = gt_collections(0);
    rt_err_set_string(&rt_exc_KeyError, "k");
    node *n[10];
    for (int i = 0; i < 10; i++)
        n[i] = node_new();
    cr_assert_eq(gt_collections(0), before);
    rt_err_clear();
    node *m = node_new();
    cr_assert_eq(gt_collections(0), before + 1);
    for (int i = 0; i < 10; i++)
        RT_DECREF(n[i]);
    RT_DECREF(m);
}

/* gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE) prints what CPython
 * 3.11 prints (its format, our numbers). */
Test(gen, debug_stats_and_collectable_output)
{
    gt_collect(2);
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    RT_DECREF(a);
    gc_gen_collector.set_debug(GC_DEBUG_STATS | GC_DEBUG_COLLECTABLE);
    cr_assert_eq(gc_gen_collector.get_debug(), GC_DEBUG_STATS | GC_DEBUG_COLLECTABLE);
    capture_stderr();
    gc_gen_collector.collect_generation(1);
    release_stderr();
    gc_gen_collector.set_debug(0);
    cr_assert_not_null(strstr(captured, "gc: collecting generation 1...\n"), "%s", captured);
    cr_assert_not_null(strstr(captured, "gc: objects in each generation: 1 0 "), "%s", captured);
    cr_assert_not_null(strstr(captured, "gc: objects in permanent generation: 0\n"), "%s", captured);
    cr_assert_not_null(strstr(captured, "gc: collectable <node "), "%s", captured);
    cr_assert_not_null(strstr(captured, "gc: done, 1 unreachable, 0 uncollectable, "), "%s", captured);
    free(captured);
}

Test(gen, fini_reports_stats)
{
    node *a = node_new();
    node_set(a, 0, RT_OBJ(a));
    RT_DECREF(a);
    gt_collect(0);
    gc_stats s;
    gc_gen_collector.fini(&s);
    cr_assert_geq(s.collections[0], 1);
    cr_assert_eq(s.collected[0], 1);
    cr_assert_gt(s.objects_live, 0, "the allocator's live objects are reported");
}

/* Every weakref to the garbage is cleared before the first callback runs:
 * a callback cannot reach another unreachable object through a weakref.
 * (CPython: x and y in one garbage cycle, wy = weakref.ref(y), and
 * weakref.ref(x, lambda r: print(wy())) prints None.) */
static rt_object *other_weakref;
static rt_object *seen_from_callback = (rt_object *)1;

static rt_object *peek_cb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    seen_from_callback = rt_weakref_get(other_weakref);
    return rt_none_new();
}
static rt_method_def peek_def = { "peek", peek_cb, RT_METH_FASTCALL, NULL };

Test(gen, weakrefs_all_cleared_before_any_callback)
{
    gt_collect(2);
    node *x = node_new(), *y = node_new();
    node_set(x, 0, RT_OBJ(y));
    node_set(y, 0, RT_OBJ(x));
    rt_object *cb = rt_cfunction_new(&peek_def, NULL);
    rt_object *wx = rt_weakref_new(RT_OBJ(x), cb);
    other_weakref = rt_weakref_new(RT_OBJ(y), NULL);
    RT_DECREF(x); RT_DECREF(y);
    cr_assert_eq(gt_collect(2), 2);
    cr_assert_null(seen_from_callback, "the callback saw an unreachable object through a weakref");
    RT_DECREF(wx); RT_DECREF(other_weakref); RT_DECREF(cb);
}

/* A finalizer that untracks and re-tracks another garbage object (as a
 * dict that is emptied and refilled would) moves it out of the collection
 * into generation 0.  rt_gc_untrack must drop its COLLECTING flag, or the
 * resurrection pass would take its gc_prev pointer for a reference count
 * and corrupt the list (gchead.h's untrack clears the flags, as CPython's
 * _PyObject_GC_UNTRACK does). */
static void retrack_finalizer(rt_object *o)
{
    node *n = (node *)o;
    gt_finalizations++;
    if (n->slot[1]) {
        rt_gc_untrack(n->slot[1]);
        rt_gc_track(n->slot[1]);
    }
}

Test(gen, untrack_during_collection_drops_collecting_flag)
{
    gt_collect(2);
    node_type.finalize = retrack_finalizer;
    node *a = node_new(), *b = node_new();
    node_set(a, 0, RT_OBJ(b));
    node_set(a, 1, RT_OBJ(b));
    node_set(b, 0, RT_OBJ(a));
    RT_DECREF(a); RT_DECREF(b);
    /* b left the collection, so it keeps a alive: nothing is collected */
    cr_assert_eq(gt_collect(2), 0);
    cr_assert(gt_alive[0] && gt_alive[1]);
    /* a was finalized; b had left the list before its turn */
    cr_assert_eq(gt_finalizations, 1);
    cr_assert(rt_gc_is_finalized(RT_OBJ(gt_by_id[0])));
    cr_assert_not(rt_gc_is_finalized(RT_OBJ(gt_by_id[1])));
    /* the next collection finalizes b only, and frees both */
    cr_assert_eq(gt_collect(2), 2);
    cr_assert_eq(gt_finalizations, 2);
    node_type.finalize = node_finalize;
}

/* With telemetry on, a collection is recorded with the objects it examined
 * (every tracked object of the collected generations, counted in the walk
 * that sets gc_refs), collected and promoted, and why it ran; the garbage's frees are part of the
 * collection, not a cascade of their own. */
Test(gen, telemetry_records_examined_and_collected)
{
    gt_collect(2);
    rt_tel_config cfg = { .sample_every = 0, .cascade_min = 1 };
    cr_assert_eq(rt_tel_enable(&cfg), 0);
    node *keep[7], *ring[3];
    for (int i = 0; i < 7; i++)
        keep[i] = node_new();
    for (int i = 0; i < 3; i++)
        ring[i] = node_new();
    for (int i = 0; i < 3; i++)
        node_set(ring[i], 0, RT_OBJ(ring[(i + 1) % 3]));
    for (int i = 0; i < 3; i++)
        RT_DECREF(ring[i]);
    cr_assert_eq(gt_collect(0), 3);
    rt_tel_disable();
    cr_assert_eq(rt_tel_count(), 2, "the collection and its sample, no cascade");
    const rt_tel_event *e = rt_tel_events();
    cr_assert_eq(e[0].kind, RT_TEL_COLLECTION);
    cr_assert_str_eq(e[0].collector, "gen");
    cr_assert_eq(e[0].generation, 0);
    cr_assert_eq(e[0].examined, 10);
    cr_assert_eq(e[0].collected, 3);
    cr_assert_eq(e[0].reason, RT_TEL_REASON_EXPLICIT, "collect_generation is gc.collect's path");
    cr_assert_eq(e[0].promoted, 7, "the survivors move to generation 1");
    cr_assert_eq(e[1].kind, RT_TEL_SAMPLE);
    for (int i = 0; i < 7; i++)
        RT_DECREF(keep[i]);
    rt_tel_reset();
}

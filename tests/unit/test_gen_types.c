/*
 * test_gen_types.c -- the collector against every container type of the
 * object layer, in --stress mode (a collection at every container
 * allocation) with the heap checker run after every one of them through
 * the callbacks hook.  A traverse that visits a reference it does not own,
 * or misses one the collector needs, shows up here as a heap-check failure
 * or as a cycle that is not collected.
 */
#include "tests/unit/gen_testlib.h"
#include "runtime/str.h"
#include "runtime/range.h"
#include "runtime/slice.h"
#include "runtime/instattr.h"

static int checks, check_failures;
static char first_failure[300];

static void check_hook(const char *phase, const gc_callback_info *info, void *arg)
{
    (void)info; (void)arg;
    if (strcmp(phase, "stop") != 0)
        return;
    char err[300];
    /* The hook runs inside the collection's bookkeeping, after the heap is
     * consistent again but before rt_gc.collecting is dropped. */
    bool was = rt_gc.collecting;
    rt_gc.collecting = false;
    checks++;
    if (gc_check_heap(err, sizeof err) < 0 && check_failures++ == 0)
        snprintf(first_failure, sizeof first_failure, "%s", err);
    rt_gc.collecting = was;
}

static void setup_checked_stress(void)
{
    gt_setup(700, 10, 10, true);
    gc_set_callback_hook(check_hook, NULL);
}

TestSuite(types, .init = setup_checked_stress);

static void expect_clean(void)
{
    cr_assert_gt(checks, 0, "stress mode ran no collection");
    cr_assert_eq(check_failures, 0, "%d of %d heap checks failed, first: %s", check_failures, checks,
                 first_failure);
}

/* A cycle through one container of each kind, with a node as the probe:
 * the node dies only if the collector saw the whole cycle. */
Test(types, cycle_through_every_container_kind)
{
    node *probe = node_new();
    intptr_t id = probe->id;
    rt_object *cls = rt_type_new_heap("K", NULL, NULL);
    cr_assert_not_null(cls);
    rt_object *inst = rt_call(cls, rt_tuple_new(0), NULL);
    cr_assert_not_null(inst);
    rt_object *l = rt_list_new(0);
    rt_object *d = rt_dict_new();
    rt_object *key = rt_str_from_cstr("k");
    rt_object *t = rt_tuple_pack(2, l, key);
    rt_object *args = rt_tuple_pack(1, t);
    rt_object *exc = rt_exception_new(&rt_exc_ValueError, args);
    cr_assert_not_null(exc);
    rt_object *bound = rt_cfunction_new(&gt_record_def, exc);   /* a method bound to exc */
    cr_assert_not_null(bound);
    /* probe -> inst -> (its __dict__) -> d -> bound -> exc -> args -> t -> l -> probe */
    node_set(probe, 0, inst);
    cr_assert_eq(rt_setattr_str(inst, "d", d), 0);
    cr_assert_eq(rt_dict_setitem(d, key, bound), 0);
    cr_assert_eq(rt_list_append(l, RT_OBJ(probe)), 0);
    /* and some iterators holding parts of it */
    rt_object *it1 = rt_get_iter(l), *it2 = rt_get_iter(d), *it3 = rt_get_iter(t);
    cr_assert(it1 && it2 && it3);
    rt_list_append(l, it1);
    rt_list_append(l, it2);
    rt_list_append(l, it3);
    rt_object *objs[] = { inst, l, d, key, t, args, exc, bound, it1, it2, it3, RT_OBJ(probe) };
    for (size_t i = 0; i < sizeof objs / sizeof *objs; i++)
        RT_DECREF(objs[i]);
    cr_assert(gt_alive[id]);
    gc_gen_collector.collect(GC_FULL);
    cr_assert_not(gt_alive[id], "the cycle through every container kind was not collected");
    RT_DECREF(cls);
    gc_gen_collector.collect(GC_FULL);
    expect_clean();
}

/* Atomic and mixed values in containers under constant collection. */
Test(types, containers_of_atomic_values)
{
    rt_object *l = rt_list_new(0);
    for (int i = 0; i < 200; i++) {
        rt_object *v = rt_int_from_i64(i * 1000003);
        rt_object *s = rt_str_from_format("s%d", i);
        rt_object *r = rt_range_new(0, i, 1);
        rt_object *sl = rt_slice_new(v, s, RT_NONE);
        cr_assert_not_null(sl);
        rt_object *t = rt_tuple_pack(3, v, s, r);
        rt_object *ts = rt_tuple_pack(2, v, sl);
        rt_object *d = rt_dict_new();
        rt_dict_setitem(d, s, t);
        rt_list_append(l, d);
        rt_list_append(l, ts);
        RT_DECREF(v); RT_DECREF(s); RT_DECREF(r); RT_DECREF(sl); RT_DECREF(t); RT_DECREF(ts); RT_DECREF(d);
    }
    gc_gen_collector.collect(GC_FULL);
    /* CPython 3.11: (1, 's', range(3)) is untracked by a collection, and a
     * dict of such values too; slices are containers there as here, so
     * (1, slice(1, 2)) stays tracked. */
    rt_object *d0 = RT_LIST_GET_ITEM(l, 10), *ts0 = RT_LIST_GET_ITEM(l, 11);
    intptr_t pos = 0;
    rt_object *k, *v;
    cr_assert(rt_dict_next(d0, &pos, &k, &v));
    cr_assert_not(rt_gc_is_tracked(v), "a tuple of int, str, range is untracked");
    cr_assert_not(rt_gc_is_tracked(d0), "a dict of atomic values is untracked by a full collection");
    cr_assert(rt_gc_is_tracked(ts0), "a tuple holding a slice stays tracked");
    RT_DECREF(l);
    gc_gen_collector.collect(GC_FULL);
    expect_clean();
}

/* Weakrefs held in containers, to objects in and out of cycles. */
Test(types, weakrefs_in_containers)
{
    rt_object *cls = rt_type_new_heap("W", NULL, NULL);
    rt_object *keep = rt_list_new(0);
    for (int i = 0; i < 50; i++) {
        rt_object *a = rt_call(cls, rt_tuple_new(0), NULL);
        rt_object *w = rt_weakref_new(a, NULL);
        rt_list_append(keep, w);
        if (i % 2)
            rt_setattr_str(a, "me", a);   /* a self-cycle: only the collector frees it */
        RT_DECREF(w);
        RT_DECREF(a);
    }
    gc_gen_collector.collect(GC_FULL);
    for (int i = 0; i < 50; i++)
        cr_assert_null(rt_weakref_get(RT_LIST_GET_ITEM(keep, i)), "instance %d outlived its cycle", i);
    RT_DECREF(keep);
    RT_DECREF(cls);
    gc_gen_collector.collect(GC_FULL);
    expect_clean();
}

/* Instances in a ring through inline values, some switched to a dict while
 * the ring is built (materialising allocates a dict: in stress mode a
 * collection runs right then, with the instance half-way), some past the
 * 30 shared keys, some with attributes deleted.  The ring must be found
 * whole by every collection and freed by the last. */
Test(types, instances_with_inline_values_and_dicts)
{
    rt_object *cls = rt_type_new_heap("R", NULL, NULL);
    rt_object *keep = rt_list_new(0);
    enum { N = 60 };
    rt_object *ring[N];
    for (int i = 0; i < N; i++) {
        ring[i] = rt_call(cls, rt_tuple_new(0), NULL);
        cr_assert_not_null(ring[i]);
        rt_object *w = rt_weakref_new(ring[i], NULL);
        rt_list_append(keep, w);
        RT_DECREF(w);
    }
    char name[16];
    for (int i = 0; i < N; i++) {
        rt_object *o = ring[i];
        rt_object *l = rt_list_new(0);
        rt_list_append(l, ring[(i + 7) % N]);
        cr_assert_eq(rt_setattr_str(o, "next", ring[(i + 1) % N]), 0);
        cr_assert_eq(rt_setattr_str(o, "side", l), 0);
        RT_DECREF(l);
        for (int k = 0; k < (i % 3 == 0 ? 35 : 3); k++) {
            snprintf(name, sizeof name, "a%d", k);
            rt_object *v = rt_int_from_i64(k);
            cr_assert_eq(rt_setattr_str(o, name, v), 0);
            RT_DECREF(v);
        }
        if (i % 4 == 1) {
            rt_object *d = rt_getattr_str(o, "__dict__");
            cr_assert_not_null(d);
            RT_DECREF(d);
        }
        if (i % 5 == 2) {
            rt_object *n = rt_str_intern_cstr("a1");
            cr_assert_eq(rt_delattr(o, n), 0);
            RT_DECREF(n);
        }
    }
    gc_gen_collector.collect(GC_FULL);
    for (int i = 0; i < N; i++)
        cr_assert_not_null(rt_weakref_get(RT_LIST_GET_ITEM(keep, i)), "ring member %d died while reachable", i);
    for (int i = 0; i < N; i++) {
        cr_assert_eq(rt_instattr_is_dict(ring[i]), i % 3 == 0 || i % 4 == 1);
        RT_DECREF(ring[i]);
    }
    gc_gen_collector.collect(GC_FULL);
    for (int i = 0; i < N; i++)
        cr_assert_null(rt_weakref_get(RT_LIST_GET_ITEM(keep, i)), "ring member %d outlived its cycle", i);
    RT_DECREF(keep);
    RT_DECREF(cls);
    gc_gen_collector.collect(GC_FULL);
    expect_clean();
}

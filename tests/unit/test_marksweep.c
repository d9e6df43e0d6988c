/*
 * test_marksweep.c -- the precise mark-sweep collector on hand-built
 * graphs with explicit roots: unreachable cycles freed, reachable objects
 * never freed (dealloc counters, weakrefs), a million-long chain marked
 * without recursion, finalizers run once (and may resurrect), weakrefs
 * cleared with callbacks after the sweep, atomic objects swept, and a
 * stress run that allocates 50x the live size under a fixed heap policy.
 */
#include "tests/unit/objcore_util.h"
#include "collectors/collector.h"
#include "runtime/alloc.h"
#include "runtime/list.h"
#include <sys/wait.h>
#include <unistd.h>

/* A test container: two references, an integer tag, a weakref list. */
typedef struct node {
    RT_OBJECT_HEAD
    rt_object *a, *b;
    intptr_t tag;
    rt_object *weakreflist;
} node;

static int deallocs, finalizes;
static rt_object *resurrected;   /* a root the finalizer may store into */

static int node_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((node *)o)->a);
    RT_VISIT(((node *)o)->b);
    return 0;
}

static void node_dealloc(rt_object *o)
{
    node *n = (node *)o;
    deallocs++;
    rt_gc_untrack(o);
    RT_XDECREF(n->a);
    RT_XDECREF(n->b);
    rt_object_free(o);
}

static void node_finalize(rt_object *o)
{
    finalizes++;
    if (((node *)o)->tag == 666)
        resurrected = o;   /* a new reference: the root keeps it alive */
}

static rt_type node_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "node",
    .basicsize = sizeof(node),
    .flags = RT_TPFLAGS_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .weaklistoffset = offsetof(node, weakreflist),
};

static rt_type fnode_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "fnode",
    .basicsize = sizeof(node),
    .flags = RT_TPFLAGS_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .finalize = node_finalize,
    .weaklistoffset = offsetof(node, weakreflist),
};

/* A node owning a and b (references stolen), tracked. */
static rt_object *mk(rt_type *t, intptr_t tag, rt_object *a, rt_object *b)
{
    node *n = (node *)rt_object_new(t);
    cr_assert_not_null(n);
    n->a = a;
    n->b = b;
    n->tag = tag;
    rt_gc_track(RT_OBJ(n));
    if (t->finalize && rt_objspace.finalizable)
        rt_objspace.finalizable(RT_OBJ(n));   /* a static type's constructor does it (object.h) */
    return RT_OBJ(n);
}

static void setup_with(const gc_config *cfg)
{
    char err[200];
    (void)objcore_setup;   /* objcore_util.h's setup installs no collector; this one does */
    cr_assert_eq(gc_select(&gc_marksweep_collector, cfg, err, sizeof err), 0, "%s", err);
    cr_assert_eq(rt_init(), 0);
    cr_assert_eq(rt_type_ready(&node_type), 0);
    cr_assert_eq(rt_type_ready(&fnode_type), 0);
    gc_runtime_ready();
    deallocs = finalizes = 0;
}

static void setup(void)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    setup_with(&cfg);
}

static intptr_t collect(void)
{
    intptr_t n = gc_active()->collect(GC_FULL);
    cr_assert_geq(n, 0);
    return n;
}

TestSuite(marksweep, .init = setup);

Test(marksweep, objects_are_born_immortal)
{
    rt_object *o = mk(&node_type, 1, NULL, NULL);
    gc_root_push(&o);
    RT_INCREF(o);
    RT_DECREF(o);
    RT_DECREF(o);   /* refcounting alone would free it here */
    cr_assert_eq(deallocs, 0, "no refcount work frees objects");
    collect();
    cr_assert_eq(deallocs, 0, "rooted: not freed");
    cr_assert_eq(((node *)o)->tag, 1);
    gc_root_pop(&o);
}

Test(marksweep, unreachable_cycle_freed_reachable_kept)
{
    /* root -> keep1 -> keep2 -> keep1 (a reachable cycle);
     * c1 <-> c2 unreachable. */
    rt_object *keep1 = mk(&node_type, 10, NULL, NULL);
    rt_object *keep2 = mk(&node_type, 11, rt_newref(keep1), NULL);
    ((node *)keep1)->a = keep2;
    rt_object *root = mk(&node_type, 12, keep1, NULL);
    gc_root_push(&root);

    rt_object *c1 = mk(&node_type, 20, NULL, NULL);
    rt_object *c2 = mk(&node_type, 21, c1, NULL);
    ((node *)c1)->a = c2;
    rt_object *w = rt_weakref_new(c1, NULL);
    rt_object *wk = rt_weakref_new(keep2, NULL);
    gc_root_push(&w);
    gc_root_push(&wk);

    intptr_t n = collect();
    cr_assert_eq(deallocs, 2, "exactly the unreachable cycle dies (got %d)", deallocs);
    cr_assert_geq(n, 2);
    cr_assert_null(rt_weakref_get(w), "the weakref to the dead cycle is cleared");
    cr_assert_eq(rt_weakref_get(wk), keep2, "the weakref to a live object stays");
    cr_assert_eq(((node *)((node *)root)->a)->tag, 10);
    cr_assert_eq(((node *)((node *)((node *)root)->a)->a)->tag, 11);
    /* Again: nothing else dies. */
    collect();
    cr_assert_eq(deallocs, 2);
    gc_root_pop(&wk);
    gc_root_pop(&w);
    gc_root_pop(&root);
}

Test(marksweep, containers_of_the_runtime_trace_through)
{
    /* A list holding a dict holding a str key and float value, rooted
     * only through the list; garbage strings around it die. */
    rt_object *l = rt_list_new(0);
    gc_root_push(&l);
    rt_object *d = rt_dict_new();
    rt_object *k = S("key-not-interned-xyz"), *v = F(2.5);
    cr_assert_eq(rt_dict_setitem(d, k, v), 0);
    cr_assert_eq(rt_list_append(l, d), 0);
    rt_alloc_stats a0, a1;
    for (int i = 0; i < 1000; i++)
        S("garbage string that nobody keeps");
    rt_alloc_get_stats(&a0);
    collect();
    rt_alloc_get_stats(&a1);
    cr_assert_leq(a1.domain[RT_DOMAIN_OBJ].blocks_in_use + 1000, a0.domain[RT_DOMAIN_OBJ].blocks_in_use,
                  "the 1000 unreachable strings are swept");
    rt_object *d2 = RT_LIST_GET_ITEM(l, 0);
    rt_object *k2 = S("key-not-interned-xyz");
    rt_object *v2 = rt_dict_getitem(d2, k2);
    cr_assert_not_null(v2);
    cr_assert_float_eq(rt_float_as_double(v2), 2.5, 0.0);
    gc_root_pop(&l);
}

Test(marksweep, million_long_chain_without_recursion)
{
    rt_object *head = NULL;
    gc_root_push(&head);
    for (int i = 0; i < 1000000; i++)
        head = mk(&node_type, i, head, NULL);
    collect();
    cr_assert_eq(deallocs, 0, "the whole chain is reachable");
    intptr_t expect = 999999;
    for (rt_object *p = head; p; p = ((node *)p)->a, expect--)
        cr_assert_eq(((node *)p)->tag, expect);
    cr_assert_eq(expect, -1);
    head = NULL;
    collect();
    cr_assert_eq(deallocs, 1000000);
    gc_root_pop(&head);
}

Test(marksweep, finalizer_runs_once_and_object_dies_later)
{
    rt_object *f = mk(&fnode_type, 1, mk(&node_type, 2, NULL, NULL), NULL);
    rt_object *w = rt_weakref_new(f, NULL);
    gc_root_push(&w);
    f = NULL;
    collect();
    cr_assert_eq(finalizes, 1);
    cr_assert_eq(deallocs, 0, "a finalized object and what it reaches survive the cycle it was found in");
    collect();
    cr_assert_eq(finalizes, 1, "finalizers run at most once");
    cr_assert_eq(deallocs, 2);
    cr_assert_null(rt_weakref_get(w));
    gc_root_pop(&w);
}

Test(marksweep, finalizer_may_resurrect)
{
    resurrected = NULL;
    gc_root_push(&resurrected);
    rt_object *f = mk(&fnode_type, 666, NULL, NULL);
    (void)f;
    collect();
    cr_assert_eq(finalizes, 1);
    cr_assert_eq(resurrected, f);
    collect();
    collect();
    cr_assert_eq(deallocs, 0, "resurrected: reachable from a root");
    resurrected = NULL;
    collect();
    cr_assert_eq(finalizes, 1, "not finalized again");
    cr_assert_eq(deallocs, 1);
    gc_root_pop(&resurrected);
}

/* Weakref callbacks: run after the sweep, ref already dead. */
static int callbacks;
static rt_object *cb_impl(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)kw;
    cr_assert_eq(nargs, 1);
    cr_assert_null(rt_weakref_get(args[0]), "cleared before its callback runs");
    callbacks++;
    /* Python code may allocate here: the heap is consistent. */
    rt_object *x = S("allocated in a callback");
    RT_DECREF(x);
    return rt_none_new();
}
static rt_method_def cb_def = { "cb", cb_impl, RT_METH_FASTCALL, NULL };

Test(marksweep, weakref_callbacks_after_sweep)
{
    rt_object *cb = rt_cfunction_new(&cb_def, NULL);
    gc_root_push(&cb);
    rt_object *o = mk(&node_type, 1, NULL, NULL);
    rt_object *live_ref = rt_weakref_new(o, cb);
    rt_object *dead_ref = rt_weakref_new(o, cb);   /* itself garbage: its callback never runs */
    (void)dead_ref;
    gc_root_push(&live_ref);
    callbacks = 0;
    collect();
    cr_assert_eq(callbacks, 1, "only the surviving weakref's callback runs");
    cr_assert_eq(deallocs, 1);
    cr_assert_null(rt_weakref_get(live_ref));
    collect();
    cr_assert_eq(callbacks, 1, "callbacks run once");
    gc_root_pop(&live_ref);
    gc_root_pop(&cb);
}

/* Stress: a fixed live graph (a list of 2000 nodes, each holding a str and
 * an int whose values are checked), and 50x its size in garbage, with the
 * mutator reaching a safe point after every allocation burst. */
/* Suites without the default setup: these tests install their own policy. */
TestSuite(marksweep_policy);

Test(marksweep_policy, stress_fixed_heap_bounded)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[160];
    cr_assert_eq(gc_config_add(&cfg, "heap=fixed:2M", err, sizeof err), 0, "%s", err);
    setup_with(&cfg);
    size_t base = rt_alloc_live_bytes();
    rt_object *live = rt_list_new(0);
    gc_root_push(&live);
    char buf[64];
    for (int i = 0; i < 2000; i++) {
        snprintf(buf, sizeof buf, "live-%d", i);
        rt_object *n = mk(&node_type, i, S(buf), I(1000000 + i));
        cr_assert_eq(rt_list_append(live, n), 0);
        RT_DECREF(n);
    }
    size_t live_bytes = rt_alloc_live_bytes() - base;
    size_t allocated = 0, peak = 0;
    while (allocated < 50 * live_bytes) {
        size_t before = rt_alloc_live_bytes();
        rt_object *g = rt_list_new(0);
        for (int j = 0; j < 20; j++) {
            snprintf(buf, sizeof buf, "garbage-%zu-%d", allocated, j);
            rt_object *s = S(buf);
            rt_list_append(g, s);
            RT_DECREF(s);
            rt_object *t = mk(&node_type, -1, g == NULL ? NULL : rt_newref(g), NULL);   /* cycles with g */
            rt_list_append(g, t);
            RT_DECREF(t);
        }
        size_t after = rt_alloc_live_bytes();
        allocated += after > before ? after - before : 0;
        if (after > peak)
            peak = after;
        gc_safe_point();   /* the mutator's safe point */
    }
    gc_stats st;
    gc_active()->get_stats(&st);
    cr_assert_gt(st.collections[2], 10, "the fixed policy collected repeatedly (%llu)",
                 (unsigned long long)st.collections[2]);
    /* Bounded by the policy: checks happen every POLICY_CHECK_INTERVAL
     * objects and at the next safe point, so allow one burst of slack. */
    cr_assert_leq(peak, ((size_t)2 << 20) + ((size_t)256 << 10), "peak %zu over fixed heap 2M", peak);
    for (int i = 0; i < 2000; i++) {
        node *n = (node *)RT_LIST_GET_ITEM(live, i);
        snprintf(buf, sizeof buf, "live-%d", i);
        cr_assert_eq(n->ob_base.type, &node_type);
        cr_assert_eq(n->tag, i);
        cr_assert_str_eq(rt_str_data(n->a), buf);
        cr_assert_eq(RT_INT_VALUE(n->b), 1000000 + i);
    }
    gc_root_pop(&live);
}

/* fixed:SIZE: a collection each time the heap reaches SIZE, so fewer
 * collections for the same allocation as SIZE grows (each size in a
 * child process: the collector is chosen once per process). */
static size_t collections_with_fixed_heap(const char *size)
{
    int fd[2];
    cr_assert_eq(pipe(fd), 0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        close(fd[0]);
        gc_config cfg;
        memset(&cfg, 0, sizeof cfg);
        char err[160], opt[64];
        snprintf(opt, sizeof opt, "heap=fixed:%s", size);
        if (gc_config_add(&cfg, opt, err, sizeof err) < 0)
            _exit(2);
        setup_with(&cfg);
        rt_object *keep = rt_list_new(0);
        gc_root_push(&keep);
        for (int i = 0; i < 2000; i++)
            cr_assert_eq(rt_list_append(keep, I(1000000 + i)), 0);
        gc_stats st;
        gc_active()->get_stats(&st);
        uint64_t before = st.collections[2];
        for (int i = 0; i < 400000; i++) {   /* about 32 MiB of strings */
            RT_DECREF(S("garbage garbage garbage garbage garbage garbage garbage"));
            gc_safe_point();
        }
        gc_active()->get_stats(&st);
        size_t n = (size_t)(st.collections[2] - before);
        _exit(write(fd[1], &n, sizeof n) == (ssize_t)sizeof n ? 0 : 3);
    }
    close(fd[1]);
    size_t n = 0;
    cr_assert_eq(read(fd[0], &n, sizeof n), (ssize_t)sizeof n);
    close(fd[0]);
    int st;
    cr_assert_eq(waitpid(pid, &st, 0), pid);
    cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    return n;
}

Test(marksweep_policy, fixed_heap_collections_fall_as_it_grows)
{
    size_t a = collections_with_fixed_heap("2M"), b = collections_with_fixed_heap("4M"),
           c = collections_with_fixed_heap("16M");
    cr_assert(a > b && b > c && c >= 1, "fixed 2M, 4M, 16M: %zu, %zu, %zu collections", a, b, c);
}

/* A collection that leaves more than SIZE live makes the next object
 * allocation fail (MemoryError), once; the one after succeeds, so the
 * program's error handling can run. */
Test(marksweep_policy, fixed_heap_too_small_is_a_memory_error)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[160];
    cr_assert_eq(gc_config_add(&cfg, "heap=fixed:1M", err, sizeof err), 0, "%s", err);
    setup_with(&cfg);
    rt_object *keep = rt_list_new(0);
    gc_root_push(&keep);
    for (int i = 0; i < 40000; i++) {   /* over 1 MiB of live strings */
        rt_object *s = S("a string kept alive: over the fixed heap");
        cr_assert_not_null(s);
        cr_assert_eq(rt_list_append(keep, s), 0);
        RT_DECREF(s);
    }
    cr_assert_gt(rt_alloc_live_bytes(), (size_t)1 << 20);
    collect();
    cr_assert_null(S("refused"), "the first allocation after the collection fails");
    cr_assert(rt_err_occurred());
    rt_err_clear();
    rt_object *s = S("then allowed");
    cr_assert_not_null(s);
    RT_DECREF(s);
    gc_root_pop(&keep);
}

Test(marksweep_policy, grow_policy_tracks_live_size)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[160];
    cr_assert_eq(gc_config_add(&cfg, "heap=grow:1.5", err, sizeof err), 0, "%s", err);
    cr_assert_eq(gc_config_add(&cfg, "heap-min=1", err, sizeof err), 0, "%s", err);   /* let the factor alone decide */
    setup_with(&cfg);
    rt_object *keep = rt_list_new(0);
    gc_root_push(&keep);
    for (int i = 0; i < 20000; i++) {
        rt_object *s = S("a string kept alive for the policy test");
        rt_list_append(keep, s);
        RT_DECREF(s);
    }
    collect();
    size_t live = rt_alloc_live_bytes();
    size_t peak = 0;
    for (int i = 0; i < 200000; i++) {
        RT_DECREF(S("garbage garbage garbage garbage"));
        if (rt_alloc_live_bytes() > peak)
            peak = rt_alloc_live_bytes();
        gc_safe_point();
    }
    /* the heap is compared with its limit every 1,024 allocations
     * (POLICY_CHECK_INTERVAL), counted from start-up, not from the last
     * collection: up to that many blocks of ~100 bytes more */
    cr_assert_leq(peak, (size_t)((double)live * 1.5) + ((size_t)1024 * 128), "peak %zu, live %zu", peak, live);
    gc_root_pop(&keep);
}

Test(marksweep_policy, heap_policy_parsing)
{
    gc_heap_policy p;
    memset(&p, 0, sizeof p);
    char err[100];
    cr_assert_eq(gc_parse_heap_policy("fixed:64M", &p, err, sizeof err), 0);
    cr_assert_eq(p.fixed, (size_t)64 << 20);
    cr_assert_eq(gc_parse_heap_policy("grow:3", &p, err, sizeof err), 0);
    cr_assert_eq(p.fixed, 0);
    cr_assert_float_eq(p.grow, 3.0, 0.0);
    cr_assert_eq(gc_parse_heap_policy("grow:1", &p, err, sizeof err), -1);
    cr_assert_eq(gc_parse_heap_policy("fixed:0", &p, err, sizeof err), -1);
    cr_assert_eq(gc_parse_heap_policy("bogus", &p, err, sizeof err), -1);
}

/* Dicts holding only atomic objects are never tracked by the runtime: the
 * collector must still find them (sweep) and scan them afresh each time
 * (their values change between collections). */
Test(marksweep, untracked_containers_scanned_and_swept)
{
    rt_object *d = rt_dict_new();
    gc_root_push(&d);
    rt_object *k = S("counter");
    cr_assert_eq(rt_dict_setitem(d, k, I(1000)), 0);
    cr_assert(!rt_gc_is_tracked(d), "a dict of atomic values stays untracked");
    for (int round = 0; round < 5; round++) {
        collect();
        rt_object *v = rt_dict_getitem(d, k);
        rt_object *nv = I(RT_INT_VALUE(v) + 1000);   /* a fresh heap int each round */
        cr_assert_eq(rt_dict_setitem(d, k, nv), 0);
        for (int j = 0; j < 100; j++)
            I(5000 + j);   /* garbage ints that would reuse a wrongly freed block */
    }
    collect();
    cr_assert_eq(RT_INT_VALUE(rt_dict_getitem(d, k)), 6000);
    rt_alloc_stats a0, a1;
    for (int i = 0; i < 500; i++) {
        rt_object *g = rt_dict_new();
        rt_dict_setitem(g, k, I(123456));
    }
    rt_alloc_get_stats(&a0);
    collect();
    rt_alloc_get_stats(&a1);
    cr_assert_leq(a1.domain[RT_DOMAIN_OBJ].blocks_in_use + 1000, a0.domain[RT_DOMAIN_OBJ].blocks_in_use,
                  "500 untracked dicts and their ints are swept");
    gc_root_pop(&d);
}

/* gc.callbacks: every marksweep collection is a full one, reported to the
 * hook as generation 2 with what it freed; a gc.collect() from inside the
 * hook does nothing (as in gen and CPython). */
static int hook_calls;
static char hook_phase[4][8];
static gc_callback_info hook_info[4];
static intptr_t nested_result = -2;

static void record_hook(const char *phase, const gc_callback_info *info, void *arg)
{
    (void)arg;
    if (hook_calls < 4) {
        snprintf(hook_phase[hook_calls], sizeof hook_phase[0], "%s", phase);
        hook_info[hook_calls] = *info;
    }
    hook_calls++;
    nested_result = gc_active()->collect(GC_FULL);
}

Test(marksweep, callbacks_hook_sees_start_and_stop)
{
    rt_object *c1 = mk(&node_type, 30, NULL, NULL);
    rt_object *c2 = mk(&node_type, 31, c1, NULL);
    ((node *)c1)->a = c2;
    gc_set_callback_hook(record_hook, NULL);
    intptr_t n = collect();
    gc_set_callback_hook(NULL, NULL);
    cr_assert_eq(hook_calls, 2);
    cr_assert_str_eq(hook_phase[0], "start");
    cr_assert_str_eq(hook_phase[1], "stop");
    cr_assert_eq(hook_info[0].generation, 2);
    cr_assert_eq(hook_info[1].generation, 2);
    cr_assert_eq(hook_info[0].collected, 0);
    cr_assert_eq(hook_info[1].collected, n);
    cr_assert_geq(n, 2, "the cycle was freed");
    cr_assert_eq(nested_result, 0, "gc.collect() inside a callback collects nothing");
    cr_assert_eq(deallocs, 2);
}

/* ---- gc.freeze() ---------------------------------------------------------- */

static void check_heap_ok(void)
{
    char err[256];
    cr_assert_eq(gc_active()->check_heap(err, sizeof err), 0, "%s", err);
}

Test(marksweep, freeze_keeps_what_was_reachable_until_unfreeze)
{
    /* A reachable cycle and a finalizable node, frozen, then dropped:
     * collections leave them (and run no finalizer) until unfreeze(). */
    rt_object *c1 = mk(&node_type, 40, NULL, NULL);
    rt_object *c2 = mk(&node_type, 41, c1, NULL);
    ((node *)c1)->a = c2;
    rt_object *f = mk(&fnode_type, 42, NULL, NULL);
    rt_object *w = rt_weakref_new(c1, NULL);
    gc_root_push(&c1);
    gc_root_push(&f);
    gc_root_push(&w);
    cr_assert_eq(gc_active()->freeze_count(), 0);
    gc_active()->freeze();
    cr_assert_geq(gc_active()->freeze_count(), 3, "the tracked containers are counted as frozen");
    check_heap_ok();
    c1 = f = NULL;
    collect();
    collect();
    cr_assert_eq(deallocs, 0, "frozen objects are never freed");
    cr_assert_eq(finalizes, 0, "nor finalized");
    cr_assert_not_null(rt_weakref_get(w));
    check_heap_ok();
    gc_active()->unfreeze();
    cr_assert_eq(gc_active()->freeze_count(), 0);
    check_heap_ok();
    collect();
    cr_assert_eq(finalizes, 1, "unfrozen, the dropped finalizable node is finalized");
    cr_assert_null(rt_weakref_get(w), "unfrozen, the dropped cycle dies");
    collect();
    cr_assert_eq(deallocs, 3);
    gc_root_pop(&w);
    gc_root_pop(&f);
    gc_root_pop(&c1);
}

Test(marksweep, freeze_leaves_garbage_to_the_next_collection)
{
    rt_object *c1 = mk(&node_type, 50, NULL, NULL);
    rt_object *c2 = mk(&node_type, 51, c1, NULL);
    ((node *)c1)->a = c2;
    gc_active()->freeze();
    cr_assert_eq(gc_active()->freeze_count(), 0, "an unreachable cycle is not frozen");
    collect();
    cr_assert_eq(deallocs, 2);
    check_heap_ok();
}

Test(marksweep, frozen_object_keeps_what_it_is_given_later)
{
    /* No write barrier: a child stored into a frozen node after the
     * freeze must survive, found by scanning the frozen set. */
    rt_object *p = mk(&node_type, 60, NULL, NULL);
    gc_root_push(&p);
    gc_active()->freeze();
    rt_object *frozen_p = p;
    p = NULL;   /* only the frozen set holds it now */
    ((node *)frozen_p)->a = mk(&node_type, 61, mk(&node_type, 62, NULL, NULL), NULL);
    ((node *)frozen_p)->b = S("a str given to a frozen node");
    for (int i = 0; i < 100; i++)
        mk(&node_type, 70 + i, NULL, NULL);   /* young garbage */
    collect();
    cr_assert_eq(deallocs, 100, "only the young garbage dies (%d)", deallocs);
    node *child = (node *)((node *)frozen_p)->a;
    cr_assert_eq(child->tag, 61);
    cr_assert_eq(((node *)child->a)->tag, 62);
    cr_assert_str_eq(rt_str_data(((node *)frozen_p)->b), "a str given to a frozen node");
    check_heap_ok();
    ((node *)frozen_p)->a = NULL;   /* dropped by the frozen node: the pair dies */
    collect();
    cr_assert_eq(deallocs, 102);
    gc_active()->unfreeze();
    collect();
    cr_assert_eq(deallocs, 103);
    gc_root_pop(&p);
}

/*
 * test_rc.c -- the collector interface and the `rc` collector: selection by
 * name, threshold parsing, container tracking into one list, nothing ever
 * collected, and the leak report at exit (vm_runtime_stop) counting exactly
 * the objects of a leaked cycle and nothing of the runtime's own.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "collectors/collector.h"
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "cli/options.h"
#include "vm/eval.h"
#include "modules/modules.h"

static int count_object(rt_object *o, void *arg)
{
    (void)o;
    (*(int *)arg)++;
    return 0;
}

static void start_rc(void)
{
    vm_options o;
    vm_options_default(&o);
    cr_assert_eq(strcmp(o.collector->name, "gen"), 0, "gen is the default collector (as CPython)");
    o.collector = gc_find("rc");
    cr_assert_eq(vm_runtime_start(&o), 0);
}

Test(collector, registry_finds_every_collector_by_name)
{
    int n = 0;
    for (const gc_collector *const *p = gc_all(); *p; p++, n++)
        cr_assert_eq(gc_find((*p)->name), *p);
    cr_assert_geq(n, 1);
    cr_assert_null(gc_find("no-such-collector"));
}

Test(collector, threshold_parsing)
{
    gc_config c = { .threshold = { 700, 10, 10 } };
    char err[200];
    cr_assert_eq(gc_parse_thresholds("500", &c, err, sizeof err), 0);
    cr_assert(c.threshold[0] == 500 && c.threshold[1] == 10 && c.threshold[2] == 10 && c.threshold_set);
    cr_assert_eq(gc_parse_thresholds("0,1,2", &c, err, sizeof err), 0);
    cr_assert(c.threshold[0] == 0 && c.threshold[1] == 1 && c.threshold[2] == 2);
    const char *bad[] = { "", "1,2,3,4", "-1", "7x", "1,,2", "1,", "99999999999" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = '\0';
        cr_assert_eq(gc_parse_thresholds(bad[i], &c, err, sizeof err), -1, "accepted '%s'", bad[i]);
        cr_assert_neq(err[0], '\0', "no message for '%s'", bad[i]);
    }
}

Test(rc, tracks_containers_and_never_collects)
{
    start_rc();
    const gc_collector *rc = gc_active();
    cr_assert(gc_has(rc, GC_CAP_REFCOUNTING));
    int before = 0, after = 0;
    rc->for_each_object(-1, count_object, &before);
    rt_object *l = rt_list_new(0);
    cr_assert(rt_gc_is_tracked(l));
    rc->for_each_object(-1, count_object, &after);
    cr_assert_eq(after, before + 1);
    /* a self-cycle survives any number of collections */
    cr_assert_eq(rt_list_append(l, l), 0);
    cr_assert_eq(rc->collect(GC_FULL), 0);
    cr_assert_eq(l->refcnt, 2);
    cr_assert_eq(rt_list_clear(l), 0);   /* break it so the test leaves nothing behind */
    rt_decref(l);
    vm_runtime_stop(NULL, NULL);
}

Test(rc, two_object_cycle_is_reported_as_leaked_at_exit)
{
    start_rc();
    rt_object *a = rt_list_new(0), *b = rt_list_new(0);
    cr_assert_eq(rt_list_append(a, b), 0);
    cr_assert_eq(rt_list_append(b, a), 0);
    /* garbage that refcounting does free must not be reported */
    rt_object *d = rt_dict_new();
    rt_object *k = rt_int_from_i64(1000);
    cr_assert_eq(rt_dict_setitem(d, k, a), 0);
    rt_decref(k);
    rt_decref(d);
    rt_decref(a);
    rt_decref(b);
    vm_leak_report leaks;
    gc_stats final;
    vm_runtime_stop(&final, &leaks);
    cr_assert_eq(leaks.containers, 2, "the two lists of the cycle, got %lld", (long long)leaks.containers);
    cr_assert_eq(leaks.objects, 2, "got %lld", (long long)leaks.objects);
    cr_assert_gt(leaks.bytes, 0);
}

/* The session and then the VM set up, as `gclab run` does: the
 * collector hears once that the runtime is up, after the VM's start-up
 * objects exist (marksweep freezes what exists then). */
Test(collector, runtime_ready_is_announced_once)
{
    vm_options o;
    vm_options_default(&o);
    o.collector = gc_find("marksweep");
    cr_assert_eq(vm_runtime_start(&o), 0);
    cr_assert_eq(vm_init(mod_inittab), 0);
    cr_assert_eq(gc_runtime_ready_calls(), 1, "called %u times", gc_runtime_ready_calls());
    vm_fini();
    vm_runtime_stop(NULL, NULL);
}

/* gc.freeze() moves every tracked container, the runtime's own included,
 * into gen's permanent generation: they are still tracked, and the leak
 * report must still count them (it went negative by the size of the
 * runtime when the count skipped the permanent generation). */
Test(collector, frozen_containers_count_in_the_leak_report)
{
    vm_options o;
    vm_options_default(&o);   /* gen */
    cr_assert_eq(vm_runtime_start(&o), 0);
    rt_object *a = rt_list_new(0), *b = rt_list_new(0);
    cr_assert_eq(rt_list_append(a, b), 0);
    cr_assert_eq(rt_list_append(b, a), 0);
    rt_decref(a);
    rt_decref(b);
    o.collector->freeze();
    cr_assert_gt(o.collector->freeze_count(), 2);
    vm_leak_report leaks;
    gc_stats final;
    vm_runtime_stop(&final, &leaks);
    cr_assert_eq(leaks.containers, 2, "the frozen cycle, got %lld", (long long)leaks.containers);
    cr_assert_eq(leaks.objects, 2, "got %lld", (long long)leaks.objects);
}

Test(rc, no_leak_reported_when_everything_is_freed)
{
    start_rc();
    for (int i = 0; i < 1000; i++) {
        rt_object *l = rt_list_new(0);
        rt_object *v = rt_int_from_i64(100000 + i);
        cr_assert_eq(rt_list_append(l, v), 0);
        rt_decref(v);
        rt_decref(l);
    }
    vm_leak_report leaks;
    vm_runtime_stop(NULL, &leaks);
    cr_assert_eq(leaks.objects, 0);
    cr_assert_eq(leaks.containers, 0);
    cr_assert_eq(leaks.bytes, 0);
}

/* init(NULL) means every default (collector.h); gen_init always took it,
 * rc_init read cfg->threshold_set through the NULL. */
Test(rc, init_accepts_a_null_config)
{
    char err[200] = "";
    cr_assert_eq(gc_rc_collector.init(NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(rt_gc.young_threshold, 0, "rc never enters the collector");
}

Test(rc, rejects_thresholds)
{
    gc_config c = { .threshold_set = true, .threshold = { 1, 1, 1 } };
    char err[200] = "";
    cr_assert_eq(gc_select(gc_find("rc"), &c, err, sizeof err), -1);
    cr_assert_neq(err[0], '\0');
}

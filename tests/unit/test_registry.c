/*
 * test_registry.c -- the collector registry and interface
 * (collectors/registry.c, collectors/list.h, collectors/collector.h): the
 * capabilities of the list agree with the slots each collector fills, the
 * collectors' options (known and unknown keys, bad values, the messages
 * that name the collector and its keys), and what the gc module answers
 * for the optional slots a collector leaves NULL.
 */
#include "tests/unit/vm_util.h"

/* ---- the list and the slots ------------------------------------------------- */

Test(registry, the_default_is_the_first_of_the_list_and_every_collector_is_found)
{
    const gc_collector *const *all = gc_all();
    cr_assert_str_eq(all[0]->name, "gen");
    for (const gc_collector *const *p = all; *p; p++) {
        cr_assert_eq(gc_find((*p)->name), *p);
        cr_assert_neq((*p)->caps, 0u, "%s: no capabilities (every collector at least refcounts or collects)",
                      (*p)->name);
    }
}

/* The gc module reads the slots, CMake (EXCUSED, test runs) the
 * capabilities: they must say the same. */
Test(registry, capabilities_agree_with_the_slots)
{
    for (const gc_collector *const *p = gc_all(); *p; p++) {
        const gc_collector *c = *p;
        cr_assert(c->init && c->fini && c->collect && c->get_stats && c->get_count && c->for_each_object,
                  "%s lacks a required slot", c->name);
        bool gens = gc_has(c, GC_CAP_GENERATIONS);
        cr_assert_eq(gens, c->collect_generation != NULL, "%s: generations vs collect_generation", c->name);
        cr_assert_eq(gens, c->set_threshold != NULL, "%s: generations vs set_threshold", c->name);
        bool freeze = gc_has(c, GC_CAP_FREEZE);
        cr_assert(freeze == (c->freeze != NULL) && freeze == (c->unfreeze != NULL)
                      && freeze == (c->freeze_count != NULL),
                  "%s: freeze vs its slots", c->name);
        bool garbage = gc_has(c, GC_CAP_GARBAGE);
        cr_assert(garbage == (c->garbage != NULL) && garbage == (c->get_debug != NULL)
                      && garbage == (c->set_debug != NULL),
                  "%s: garbage vs its slots", c->name);
        cr_assert(!gc_has(c, GC_CAP_CYCLES) || gc_has(c, GC_CAP_REFCOUNTING | GC_CAP_COLLECTS),
                  "%s: a cycle collector refcounts and collects", c->name);
    }
}

/* ---- options ------------------------------------------------------------------ */

static const char *apply(const char *collector, const char *key_value)
{
    static char err[256];
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    err[0] = 0;
    if (gc_config_add(&cfg, key_value, err, sizeof err) < 0)
        return err;
    return gc_apply_options(gc_find(collector), &cfg, err, sizeof err) < 0 ? err : NULL;
}

Test(options, each_collector_accepts_its_own_keys)
{
    cr_assert_null(apply("gen", "trigger=safepoint"));
    cr_assert_null(apply("gen", "trigger=alloc"));
    cr_assert_null(apply("marksweep", "heap=grow:3"));
    cr_assert_null(apply("marksweep", "heap=fixed:64M"));
    cr_assert_null(apply("marksweep", "heap-min=1"));
    if (gc_find("boehm")) {
        cr_assert_null(apply("boehm", "divisor=4"));
        cr_assert_null(apply("boehm", "incremental=on"));
        cr_assert_null(apply("boehm", "max-heap=1G"));
        cr_assert_null(apply("boehm", "heap=default"));
    }
}

Test(options, an_unknown_key_names_the_collector_and_its_keys)
{
    cr_assert_str_eq(apply("gen", "heap=grow:2"), "collector 'gen' has no option 'heap' (valid keys: trigger, cpython, startup)");
    cr_assert_str_eq(apply("marksweep", "trigger=safepoint"),
                     "collector 'marksweep' has no option 'trigger' (valid keys: heap, heap-min)");
    cr_assert_str_eq(apply("rc", "trigger=safepoint"), "collector 'rc' has no option 'trigger' (it takes no options)");
}

Test(options, a_bad_value_says_what_the_key_accepts)
{
    cr_assert_str_eq(apply("gen", "trigger=later"),
                     "invalid value 'later' (alloc or safepoint) for option 'trigger' of collector 'gen'");
    cr_assert_str_eq(apply("marksweep", "heap=grow:1"),
                     "invalid value 'grow:1' (grow:FACTOR needs 1 < FACTOR <= 100) for option 'heap' of collector 'marksweep'");
    cr_assert_str_eq(apply("marksweep", "heap-min=0"),
                     "invalid value '0' (a size in bytes > 0, e.g. 4M) for option 'heap-min' of collector 'marksweep'");
    if (gc_find("boehm"))
        cr_assert_str_eq(apply("boehm", "divisor=0"),
                         "invalid value '0' (a whole number from 1 to 1000) for option 'divisor' of collector 'boehm'");
}

Test(options, malformed_pairs_and_too_many)
{
    cr_assert_str_eq(apply("gen", "trigger"), "KEY=VALUE expected, e.g. trigger=safepoint");
    cr_assert_not_null(strstr(apply("gen", "=safepoint"), "needs a key"));
    cr_assert_not_null(strstr(apply("gen", "a_key_longer_than_the_limit_of_keys=1"), "needs a key"));
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[200];
    for (int i = 0; i < GC_OPTS_MAX; i++)
        cr_assert_eq(gc_config_add(&cfg, "trigger=alloc", err, sizeof err), 0, "%s", err);
    cr_assert_eq(gc_config_add(&cfg, "trigger=alloc", err, sizeof err), -1);
    cr_assert_eq(gc_apply_options(&gc_gen_collector, &cfg, err, sizeof err), 0, "%s", err);
}

/* The later of two values of a key wins (options apply in order), and
 * init applies them: an unknown key fails the selection. */
Test(options, init_applies_the_options_and_rejects_unknown_ones)
{
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    char err[200];
    cr_assert_eq(gc_config_add(&cfg, "heap=grow:1.5", err, sizeof err), 0);
    cr_assert_eq(gc_select(&gc_rc_collector, &cfg, err, sizeof err), -1);
    cr_assert_str_eq(err, "collector 'rc' has no option 'heap' (it takes no options)");
}

Test(options, check_option_knows_collectors_by_name)
{
    char err[200];
    cr_assert_eq(gc_check_option("gen", "trigger", "safepoint", err, sizeof err), 0);
    cr_assert_eq(gc_check_option("gen", "trigger", "never", err, sizeof err), -1);
    cr_assert_eq(gc_check_option("not-built-here", "x", "y", err, sizeof err), 0, "the run reports it");
}

/* ---- the gc module with NULL slots ----------------------------------------- */

static void setup_rc(void) { vm_setup_with("rc", NULL); }
static void setup_marksweep(void) { vm_setup_with("marksweep", NULL); }

#define SLOTS_PROGRAM                                                                        \
    "import gc\n"                                                                            \
    "gc.freeze()\nprint(gc.get_freeze_count())\ngc.unfreeze()\n"                            \
    "print(gc.get_threshold()[1:])\n"                                                       \
    "gc.set_threshold(5, 6)\nprint(gc.get_threshold()[1:])\n"                               \
    "print(gc.garbage, gc.get_debug())\n"                                                    \
    "gc.set_debug(gc.DEBUG_SAVEALL)\nprint(gc.get_debug())\ngc.set_debug(0)\n"               \
    "print(gc.collect(1) >= 0, gc.collect(0) >= 0)\n"                                        \
    "try:\n    gc.collect(3)\nexcept ValueError as e:\n    print('ValueError', e)\n"         \
    "print(len(gc.get_count()), len(gc.get_stats()))\n"

/* rc has no freeze, thresholds or gc.garbage: freeze is a no-op with a
 * count of 0, thresholds are zeros and setting them is accepted and
 * ignored, gc.garbage and the debug flags are the module's own. */
Test(gc_slots, rc_leaves_freeze_thresholds_and_garbage_to_the_module, .init = setup_rc)
{
    run_result r = run_src(SLOTS_PROGRAM "print(gc.get_threshold())\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "0\n(0, 0)\n(0, 0)\n[] 0\n32\nTrue True\nValueError invalid generation\n3 3\n(0, 0, 0)\n");
}

/* marksweep has get_threshold (its heap limit) but no set_threshold; it
 * has freeze (the module's dict and what it reaches are frozen). */
Test(gc_slots, marksweep_reports_its_heap_limit_and_ignores_set_threshold, .init = setup_marksweep)
{
    run_result r = run_src(SLOTS_PROGRAM "print(gc.get_threshold()[0] >= 4194304)\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_gt(atoi(r.out), 0, "gc.freeze() froze the program's containers: %s", r.out);
    const char *rest = strchr(r.out, '\n');
    cr_assert_not_null(rest);
    cr_expect_str_eq(rest + 1, "(0, 0)\n(0, 0)\n[] 0\n32\nTrue True\nValueError invalid generation\n3 3\nTrue\n");
}

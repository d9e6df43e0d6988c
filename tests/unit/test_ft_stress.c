/*
 * test_ft_stress.c -- the randomized oracle test (stress_lib.h) under ft,
 * CPython 3.14t's collector, with its deterministic gates (none: 3.13t's
 * trigger; alloc: the allocator's usage; rss depends on the machine and is
 * not used here): threshold 60, and --stress.
 */
#include "tests/unit/stress_lib.h"

static void setup_none(void)
{
    gt_collector = &gc_ft_collector;
    gt_setup_with(60, 5, 0, false, "gate=none");
}

static void setup_alloc(void)
{
    gt_collector = &gc_ft_collector;
    gt_setup_with(60, 5, 0, false, "gate=alloc");
}

TestSuite(ft_stress, .init = setup_none, .timeout = 120);

Test(ft_stress, seed1) { run(1, 20000, false); }
Test(ft_stress, seed2) { run(2, 20000, false); }
Test(ft_stress, resurrection_seed6) { run(6, 20000, true); }

TestSuite(ft_alloc_stress, .init = setup_alloc, .timeout = 120);

Test(ft_alloc_stress, seed3) { run(3, 20000, false); }
Test(ft_alloc_stress, resurrection_seed7) { run(7, 20000, true); }

static void setup_stress(void)
{
    gt_collector = &gc_ft_collector;
    gt_setup_with(2000, 10, 0, true, "gate=none");
}

Test(ft_stress_mode, random_graphs, .init = setup_stress)
{
    run(5, 3000, false);
}

/*
 * test_gen_stress.c -- the randomized oracle test (stress_lib.h) under gen,
 * CPython 3.11's collector: thresholds 60/5/5, and --stress.
 */
#include "tests/unit/stress_lib.h"

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

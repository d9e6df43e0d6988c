/*
 * test_incr_stress.c -- the randomized oracle test (stress_lib.h) under
 * incr, CPython 3.14.0's incremental collector, and with 3.14.2's lazier
 * sizing: threshold 60 and scan-rate scale 5, so that scavenges complete
 * and the spaces flip many times in a run; and --stress.  The
 * incremental-marking suites (incr-pep848) register the oracle's roots
 * with gc_root_push so that the marking, spread over increments while the
 * graph mutates, reaches them, and start with the runtime's C-held
 * container (incr_runtime_ready) as a program does.
 */
#include "tests/unit/stress_lib.h"

static void setup_incr(void)
{
    gt_collector = &gc_incr_collector;
    gt_setup(60, 5, 0, false);
}

static void setup_lazy(void)
{
    gt_collector = &gc_incr_collector;
    gt_setup_with(60, 5, 0, false, "sizing=3.14.2");
}

static void setup_marking(void)
{
    gt_collector = &gc_incr_collector;
    gt_setup_with(60, 5, 0, false, "marking=incremental");
    gc_runtime_ready();
    for (int k = 0; k < NROOTS; k++)
        gc_root_push(&roots[k]);
}

TestSuite(incr_stress, .init = setup_incr, .timeout = 120);

Test(incr_stress, seed1) { run(1, 20000, false); }
Test(incr_stress, seed2) { run(2, 20000, false); }
Test(incr_stress, seed4_many_steps) { run(4, 60000, false); }
Test(incr_stress, resurrection_seed6) { run(6, 20000, true); }
Test(incr_stress, resurrection_seed8) { run(8, 40000, true); }

TestSuite(incr_lazy_stress, .init = setup_lazy, .timeout = 120);

Test(incr_lazy_stress, seed3) { run(3, 20000, false); }
Test(incr_lazy_stress, resurrection_seed7) { run(7, 20000, true); }

TestSuite(incr_marking_stress, .init = setup_marking, .timeout = 120);

Test(incr_marking_stress, seed9) { run(9, 20000, false); }
Test(incr_marking_stress, seed10_many_steps) { run(10, 60000, false); }
Test(incr_marking_stress, resurrection_seed11) { run(11, 20000, true); }

static void setup_stress(void)
{
    gt_collector = &gc_incr_collector;
    gt_setup(2000, 10, 0, true);
}

Test(incr_stress_mode, random_graphs, .init = setup_stress)
{
    run(5, 3000, false);
}

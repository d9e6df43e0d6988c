/* test_lab_stats.c -- lab/stats.c against hand-computed values. */
#include <criterion/criterion.h>
#include <math.h>
#include "lab/stats.h"

#define EPS 1e-9

Test(lab_stats, percentile_linear_interpolation)
{
    /* sorted: 15 20 35 40 50 (n = 5), h = (n-1) p = 4p
     *   p = 0.4: h = 1.6 -> 20 + 0.6 * (35 - 20) = 29
     *   p = 0.9: h = 3.6 -> 40 + 0.6 * (50 - 40) = 46
     *   p = 0.5: h = 2   -> 35;  p = 0 -> 15;  p = 1 -> 50  (numpy agrees) */
    double x[] = { 40, 15, 50, 35, 20 };
    cr_assert_float_eq(lab_percentile(x, 5, 0.4), 29.0, EPS);
    cr_assert_float_eq(lab_percentile(x, 5, 0.9), 46.0, EPS);
    cr_assert_float_eq(lab_percentile(x, 5, 0.5), 35.0, EPS);
    cr_assert_float_eq(lab_percentile(x, 5, 0.0), 15.0, EPS);
    cr_assert_float_eq(lab_percentile(x, 5, 1.0), 50.0, EPS);
    cr_assert_float_eq(x[0], 40.0, EPS, "input must not be modified");
    /* 1 2 3 4: median h = 1.5 -> 2.5; p99.9: h = 2.997 -> 3 + 0.997 = 3.997 */
    double y[] = { 4, 3, 2, 1 };
    cr_assert_float_eq(lab_median(y, 4), 2.5, EPS);
    cr_assert_float_eq(lab_percentile(y, 4, 0.999), 3.997, EPS);
    cr_assert_float_eq(lab_percentile(y, 1, 0.3), 4.0, EPS);
    cr_assert(isnan(lab_percentile(y, 0, 0.5)));
}

Test(lab_stats, mean_stddev_geomean)
{
    double x[] = { 1, 2, 4, 8 };
    /* mean 15/4; geomean = 2^((0+1+2+3)/4) = 2^1.5 = 2.828427... */
    cr_assert_float_eq(lab_mean(x, 4), 3.75, EPS);
    cr_assert_float_eq(lab_geomean(x, 4), pow(2, 1.5), EPS);
    double y[] = { 2, 8 };
    cr_assert_float_eq(lab_geomean(y, 2), 4.0, EPS);   /* sqrt(16) */
    double z[] = { 2, 0 };
    cr_assert(isnan(lab_geomean(z, 2)), "geomean of a non-positive value is undefined");
    /* 1..5: mean 3, squared deviations 4+1+0+1+4 = 10, s = sqrt(10/4) */
    double w[] = { 1, 2, 3, 4, 5 };
    cr_assert_float_eq(lab_stddev(w, 5), sqrt(2.5), EPS);
}

Test(lab_stats, t_interval)
{
    /* 1..5: mean 3, s = 1.58114, t(0.975, 4) = 2.776,
     * half width = 2.776 * 1.58114 / sqrt(5) = 1.96293 -> [1.03707, 4.96293] */
    double w[] = { 5, 1, 4, 2, 3 };
    lab_ci ci = lab_mean_t_ci(w, 5);
    cr_assert_float_eq(ci.center, 3.0, EPS);
    cr_assert_float_eq(ci.lo, 3 - 2.776 * sqrt(2.5) / sqrt(5), EPS);
    cr_assert_float_eq(ci.hi, 1.03707 + 2 * 1.96293, 1e-4);
    cr_assert_float_eq(lab_t975(1), 12.706, EPS);
    /* large df tends to the normal quantile 1.96 */
    cr_assert_float_eq(lab_t975(1000), 1.962, 1e-3);
    cr_assert_float_eq(lab_t975(31), 2.040, 1e-3);   /* table value 2.0395 */
}

Test(lab_stats, bootstrap_median_ci)
{
    double one[] = { 7 };
    lab_ci c1 = lab_median_ci(one, 1);
    cr_assert(c1.center == 7 && c1.lo == 7 && c1.hi == 7);
    double same[] = { 3, 3, 3, 3 };
    lab_ci cs = lab_median_ci(same, 4);
    cr_assert(cs.lo == 3 && cs.hi == 3, "constant data has a zero-width interval");
    double x[] = { 10, 1, 9, 2, 8, 3, 7, 4, 6, 5 };
    lab_ci a = lab_median_ci(x, 10), b = lab_median_ci(x, 10);
    cr_assert_float_eq(a.center, 5.5, EPS);
    cr_assert(a.lo < a.center && a.center < a.hi, "[%g, %g]", a.lo, a.hi);
    cr_assert(a.lo >= 2 && a.hi <= 9, "bootstrap medians of 10 values stay inside [2, 9] here: [%g, %g]", a.lo, a.hi);
    cr_assert(a.lo == b.lo && a.hi == b.hi, "fixed seed: reproducible");
    /* Two values a < b: a resampled median is a, (a+b)/2 or b with
     * probabilities 1/4, 1/2, 1/4, so the 2.5% and 97.5% points are a and b. */
    double two[] = { 4, 2 };
    lab_ci t = lab_median_ci(two, 2);
    cr_assert_float_eq(t.lo, 2.0, EPS);
    cr_assert_float_eq(t.hi, 4.0, EPS);
}

Test(lab_stats, mmu_hand_computed)
{
    /* Run [0, 100], pauses [10, 20] and [50, 55] (15 paused in all).
     *   w = 5:   a window inside [10, 20] is all pause          -> 0
     *   w = 10:  [10, 20]                                        -> 0
     *   w = 20:  the pauses are 30 apart, one window holds 10 at most -> 0.5
     *   w = 45:  [10, 55] holds both: (45 - 15) / 45             -> 2/3
     *   w = 50:  (50 - 15) / 50                                  -> 0.7
     *   w = 100 (and beyond): whole run (100 - 15) / 100         -> 0.85 */
    lab_interval p[] = { { 50, 55 }, { 10, 20 } };
    cr_assert_float_eq(lab_mmu(p, 2, 0, 100, 5), 0.0, EPS);
    cr_assert_float_eq(lab_mmu(p, 2, 0, 100, 10), 0.0, EPS);
    cr_assert_float_eq(lab_mmu(p, 2, 0, 100, 20), 0.5, EPS);
    cr_assert_float_eq(lab_mmu(p, 2, 0, 100, 45), 30.0 / 45.0, EPS);
    cr_assert_float_eq(lab_mmu(p, 2, 0, 100, 50), 0.7, EPS);
    cr_assert_float_eq(lab_mmu(p, 2, 0, 100, 100), 0.85, EPS);
    cr_assert_float_eq(lab_mmu(p, 2, 0, 100, 1000), 0.85, EPS);
    cr_assert_float_eq(lab_mmu(NULL, 0, 0, 100, 10), 1.0, EPS);
    cr_assert(isnan(lab_mmu(p, 2, 0, 0, 10)));
}

Test(lab_stats, mmu_overlaps_and_edges)
{
    /* Overlapping pauses [10, 20] and [15, 25] are one pause [10, 25];
     * w = 30 holds 15 of it at most -> 0.5 (not 1 - 20/30). */
    lab_interval o[] = { { 10, 20 }, { 15, 25 } };
    cr_assert_float_eq(lab_mmu(o, 2, 0, 100, 30), 0.5, EPS);
    /* A pause sticking out of the run, [-5, 5], counts only [0, 5]:
     * w = 10 at t = 0 holds 5 -> 0.5. */
    lab_interval e[] = { { -5, 5 } };
    cr_assert_float_eq(lab_mmu(e, 1, 0, 100, 10), 0.5, EPS);
    /* Pauses [0, 3] and [9, 12], w = 10: for t in [0, 2] the window holds
     * (3 - t) + (t + 10 - 9) = 4, elsewhere less -> MMU 0.6.  The maximum
     * is reached only by windows cutting both pauses at their edges. */
    lab_interval c[] = { { 0, 3 }, { 9, 12 } };
    cr_assert_float_eq(lab_mmu(c, 2, 0, 100, 10), 0.6, EPS);
    /* Three pauses of 1 every 4 units ([2,3], [6,7], [10,11]), w = 6:
     * a window holds at most 2 (e.g. [2, 8] or [5, 11]) -> 4/6. */
    lab_interval r[] = { { 2, 3 }, { 6, 7 }, { 10, 11 } };
    cr_assert_float_eq(lab_mmu(r, 3, 0, 20, 6), 4.0 / 6.0, EPS);
}

/* Brute force: slide the window in small steps (a lower bound on the worst
 * window, exact when every boundary is on the grid). */
static double brute_mmu(const lab_interval *p, size_t n, double T, double w)
{
    double worst = 0;
    for (double t = 0; t + w <= T + 1e-9; t += 0.25) {
        double paused = 0;
        /* sample paused time at resolution 0.25 / 8 */
        for (double x = t; x < t + w - 1e-9; x += 0.03125) {
            for (size_t i = 0; i < n; i++)
                if (x >= p[i].start && x < p[i].end) {
                    paused += 0.03125;
                    break;
                }
        }
        if (paused > worst)
            worst = paused;
    }
    return (w - worst) / w;
}

Test(lab_stats, mmu_matches_brute_force)
{
    uint64_t st = 42;
    for (int round = 0; round < 20; round++) {
        lab_interval p[8];
        for (int i = 0; i < 8; i++) {
            double s = (double)(lab_rand_next(&st) % 160) * 0.25;   /* grid 0.25 in [0, 40) */
            double len = (double)(1 + lab_rand_next(&st) % 12) * 0.25;
            p[i] = (lab_interval){ s, s + len };
        }
        double windows[] = { 0.5, 1, 2.5, 5, 10 }, out[5];
        cr_assert_eq(lab_mmu_curve(p, 8, 0, 40, windows, 5, out), 0);
        for (int k = 0; k < 5; k++) {
            double b = brute_mmu(p, 8, 40, windows[k]);
            cr_assert_float_eq(out[k], b, 1e-6, "round %d w=%g: %g vs brute %g", round, windows[k], out[k], b);
        }
    }
}

/* Paused time in [t, t + w] summed over the raw (overlapping) pauses,
 * overlaps counted once: an exact, independent oracle (O(n) per window). */
static double paused_in(const lab_interval *p, size_t n, double t, double w)
{
    double covered = 0, reach = t;   /* p is sorted by start */
    for (size_t i = 0; i < n; i++) {
        double s = p[i].start > reach ? p[i].start : reach, e = p[i].end < t + w ? p[i].end : t + w;
        if (e > s) {
            covered += e - s;
            reach = e;
        }
    }
    return covered;
}

static int by_start(const void *a, const void *b)
{
    const lab_interval *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* Many overlapping pauses at arbitrary (off-grid) times: the worst window
 * starts at the run's start, its end minus w, or a pause edge (or that
 * edge minus w); every one of those is checked by the oracle. */
Test(lab_stats, mmu_many_pauses_matches_exact_oracle)
{
    uint64_t st = 7;
    enum { N = 400 };
    static lab_interval p[N];
    const double T = 1000;
    for (int i = 0; i < N; i++) {
        double s = (double)(lab_rand_next(&st) % 1000000) / 1000.0;
        double len = (double)(1 + lab_rand_next(&st) % 3000) / 1000.0;
        p[i] = (lab_interval){ s, s + len > T ? T : s + len };
    }
    double windows[] = { 0.1, 1, 3.3, 10, 100 }, out[5];
    cr_assert_eq(lab_mmu_curve(p, N, 0, T, windows, 5, out), 0);
    qsort(p, N, sizeof p[0], by_start);
    for (int k = 0; k < 5; k++) {
        double w = windows[k], worst = paused_in(p, N, 0, w);
        for (int i = 0; i < N; i++) {
            double c[5] = { p[i].start, p[i].end, p[i].start - w, p[i].end - w, T - w };
            for (int j = 0; j < 5; j++) {
                double t = c[j] < 0 ? 0 : c[j] > T - w ? T - w : c[j];
                double v = paused_in(p, N, t, w);
                if (v > worst)
                    worst = v;
            }
        }
        cr_assert_float_eq(out[k], (w - worst) / w, 1e-9, "w=%g: %.12g vs oracle %.12g", w, out[k], (w - worst) / w);
    }
}

/* Reference p-values from scipy.stats.mannwhitneyu(x, y,
 * alternative="two-sided") (scipy 1.10.1, method "auto"). */
Test(lab_stats, mannwhitney_matches_scipy)
{
    static const struct {
        double x[10], y[10];
        size_t nx, ny;
        double u, p;
    } cases[] = {
        /* exact distribution (no ties, a sample below 8) */
        { { 1, 2, 3 }, { 4, 5, 6 }, 3, 3, 0, 0.1 },
        { { 1.1, 2.2, 3.3, 4.4, 5.5 }, { 6.1, 7.2, 8.3, 9.4, 10.5 }, 5, 5, 0, 0.007936507936507936 },
        { { 1, 3, 5, 7, 9 }, { 2, 4, 6, 8, 10 }, 5, 5, 10, 0.6904761904761905 },
        /* normal approximation: 10 against 10 */
        { { 0.81, 0.83, 0.79, 0.85, 0.80, 0.82, 0.84, 0.86, 0.78, 0.87 },
          { 0.90, 0.92, 0.88, 0.95, 0.91, 0.93, 0.89, 0.94, 0.96, 0.97 }, 10, 10, 0, 0.00018267179110955002 },
        /* ties: normal approximation with the tie correction */
        { { 1, 2, 2, 3, 3, 3 }, { 2, 3, 4, 4, 5, 5 }, 6, 6, 5.5, 0.047967873742731204 },
        { { 5, 5, 5 }, { 5, 5, 5 }, 3, 3, 4.5, 1.0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double u;
        double p = lab_mannwhitney(cases[i].x, cases[i].nx, cases[i].y, cases[i].ny, &u);
        cr_assert_float_eq(u, cases[i].u, 1e-12, "case %zu: U %g", i, u);
        cr_assert_float_eq(p, cases[i].p, 1e-12, "case %zu: p %.17g, scipy %.17g", i, p, cases[i].p);
        /* the test is symmetric: swapping the samples keeps p */
        double q = lab_mannwhitney(cases[i].y, cases[i].ny, cases[i].x, cases[i].nx, NULL);
        cr_assert_float_eq(q, p, 1e-12, "case %zu swapped", i);
    }
    cr_assert(isnan(lab_mannwhitney(NULL, 0, cases[0].y, 3, NULL)));
}

Test(lab_stats, median_ratio_interval)
{
    const double two[] = { 2, 2, 2 }, one[] = { 1, 1, 1, 1 };
    lab_ci r = lab_median_ratio_ci(two, 3, one, 4);
    cr_assert_eq(r.center, 2.0);
    cr_assert_eq(r.lo, 2.0);
    cr_assert_eq(r.hi, 2.0);
    /* a noisy sample: the interval holds the point estimate and is reproducible */
    const double x[] = { 1.9, 2.1, 2.0, 2.3, 1.8 }, y[] = { 1.0, 0.9, 1.1, 1.05, 0.95 };
    lab_ci a = lab_median_ratio_ci(x, 5, y, 5), b = lab_median_ratio_ci(x, 5, y, 5);
    cr_assert_float_eq(a.center, 2.0, 1e-12);
    cr_assert(a.lo <= a.center && a.center <= a.hi && a.lo < a.hi, "[%g, %g]", a.lo, a.hi);
    cr_assert(a.lo >= 1.8 / 1.1 - 1e-12 && a.hi <= 2.3 / 0.9 + 1e-12, "inside the extreme ratios");
    cr_assert_eq(a.lo, b.lo);
    cr_assert_eq(a.hi, b.hi);
}

/*
 * stats.h -- the statistics of gclab's measurements: percentiles, minimum
 * mutator utilisation (MMU), median with a 95% confidence interval over
 * repeats, geometric mean.
 *
 * This module is a leaf: it depends on libc and libm only, so that both the
 * runtime's stats writer (runtime/telemetry.c, inside `gclab run`) and the
 * lab (summary, report) compute every figure with the same code.
 *
 * Definitions (docs/experiments.md repeats them for readers of results):
 *   percentile  linear interpolation between closest ranks, numpy's default
 *               ("type 7"): on sorted x[0..n-1], h = (n-1)*p, the value is
 *               x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]).
 *   MMU(w)      for a run [0, T] with pause intervals, the minimum over every
 *               window [t, t+w] inside the run of (w - paused time in the
 *               window) / w.  Pauses may overlap each other and the window
 *               edges.  For w >= T it is the utilisation of the whole run.
 *   U test      Mann-Whitney U, two-sided (see lab_mannwhitney).
 *   CI          95% bootstrap percentile interval of the median, 2000
 *               resamples drawn with a fixed-seed generator (so a summary is
 *               reproducible bit for bit); a Student t-interval of the mean
 *               is also provided.
 */
#ifndef GCLAB_LAB_STATS_H
#define GCLAB_LAB_STATS_H

#include <stddef.h>
#include <stdint.h>

/* A pause: [start, end) in any time unit (the caller keeps it consistent). */
typedef struct lab_interval {
    double start, end;
} lab_interval;

/* Sort x in place (ascending). */
void lab_sort(double *x, size_t n);
/* Percentile p in [0, 1] of sorted x (see above); NaN when n == 0. */
double lab_percentile_sorted(const double *x, size_t n, double p);
/* Same on unsorted data (copies, does not modify x). */
double lab_percentile(const double *x, size_t n, double p);
double lab_median(const double *x, size_t n);
double lab_mean(const double *x, size_t n);
/* Sample standard deviation (n - 1 in the denominator); 0 when n < 2. */
double lab_stddev(const double *x, size_t n);
/* exp(mean(log x)); NaN if n == 0 or any x <= 0. */
double lab_geomean(const double *x, size_t n);

/* Median of x and its 95% bootstrap interval (see above).  n == 1 gives
 * lo == hi == x[0]; n == 0 gives NaN. */
typedef struct lab_ci {
    double center, lo, hi;
} lab_ci;
#define LAB_BOOTSTRAP_RESAMPLES 2000   /* percentile CI error ~1/sqrt(2000*0.025) */
#define LAB_BOOTSTRAP_SEED 0x9e3779b97f4a7c15ull
lab_ci lab_median_ci(const double *x, size_t n);
/* Mean of x and its 95% Student t-interval (two-sided).  n < 2: lo == hi. */
lab_ci lab_mean_t_ci(const double *x, size_t n);
/* Two-sided 97.5% quantile of Student's t with df degrees of freedom
 * (tabulated for df <= 30, normal approximation beyond). */
double lab_t975(size_t df);

/* MMU for window w over the run [run_start, run_end] with n pauses (any
 * order, may overlap; parts outside the run are ignored).  O(n log n).
 * Returns a value in [0, 1]; 1 when there are no pauses; NaN if the run is
 * empty or w <= 0. */
double lab_mmu(const lab_interval *pauses, size_t n, double run_start, double run_end, double w);
/* MMU at each of nw windows (out[i] for windows[i]); sorts and merges the
 * pauses once.  Returns 0, or -1 if out of memory. */
int lab_mmu_curve(const lab_interval *pauses, size_t n, double run_start, double run_end,
                  const double *windows, size_t nw, double *out);

/* Two-sided Mann-Whitney U test of x against y: the p-value, and U of x
 * (pairs with x > y, ties counted one half) in *u_out when not NULL.  As
 * scipy.stats.mannwhitneyu(method="auto"): the exact distribution when
 * there are no ties and one sample is smaller than LAB_MW_EXACT_BELOW,
 * otherwise the normal approximation with tie and continuity corrections.
 * With 3 runs against 3 the smallest possible p is 0.1: significance at
 * 0.05 needs at least 4 against 4 (p >= 0.029).  NaN if a sample is empty. */
#define LAB_MW_EXACT_BELOW 8
double lab_mannwhitney(const double *x, size_t nx, const double *y, size_t ny, double *u_out);
/* median(x) / median(y) and its 95% bootstrap interval (each sample
 * resampled on its own, LAB_BOOTSTRAP_RESAMPLES times, fixed seed). */
lab_ci lab_median_ratio_ci(const double *x, size_t nx, const double *y, size_t ny);

/* splitmix64: the lab's deterministic generator (bootstrap, tests). */
uint64_t lab_rand_next(uint64_t *state);

#endif

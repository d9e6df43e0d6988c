/*
 * stats.c -- percentiles, MMU, confidence intervals, geometric mean.
 *
 * A leaf module (libc + libm): the runtime's stats writer and the lab share
 * it, so `gclab run` and `gclab report` can never disagree on a definition.
 * The definitions are in stats.h.
 *
 * MMU algorithm.  Let P(x) be the paused time in [run_start, x]; after the
 * pauses are clipped to the run, sorted and merged, P is piecewise linear
 * and a binary search over the merged intervals plus a prefix sum of their
 * lengths evaluates it in O(log n).  The paused time in a window,
 * f(t) = P(t + w) - P(t), is piecewise linear in t and its slope changes
 * only where t or t + w crosses a pause boundary, so its maximum over
 * t in [run_start, run_end - w] is attained at one of the candidates
 * t in {s_i, e_i, s_i - w, e_i - w} (clamped) or at an end of the range.
 * That is 4n + 2 evaluations of O(log n): O(n log n) in all, and exact
 * whether pauses overlap each other or the window edges.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "lab/stats.h"

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

void lab_sort(double *x, size_t n)
{
    if (n > 1)
        qsort(x, n, sizeof *x, cmp_double);
}

double lab_percentile_sorted(const double *x, size_t n, double p)
{
    if (n == 0)
        return NAN;
    if (p <= 0)
        return x[0];
    if (p >= 1)
        return x[n - 1];
    double h = (double)(n - 1) * p;
    size_t lo = (size_t)floor(h);
    if (lo + 1 >= n)
        return x[n - 1];
    return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

double lab_percentile(const double *x, size_t n, double p)
{
    if (n == 0)
        return NAN;
    double *c = malloc(n * sizeof *c);
    if (!c)
        return NAN;
    memcpy(c, x, n * sizeof *c);
    lab_sort(c, n);
    double r = lab_percentile_sorted(c, n, p);
    free(c);
    return r;
}

double lab_median(const double *x, size_t n) { return lab_percentile(x, n, 0.5); }

double lab_mean(const double *x, size_t n)
{
    if (n == 0)
        return NAN;
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    return s / (double)n;
}

double lab_stddev(const double *x, size_t n)
{
    if (n < 2)
        return 0;
    double m = lab_mean(x, n), s = 0;
    for (size_t i = 0; i < n; i++)
        s += (x[i] - m) * (x[i] - m);
    return sqrt(s / (double)(n - 1));
}

double lab_geomean(const double *x, size_t n)
{
    if (n == 0)
        return NAN;
    double s = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(x[i] > 0))
            return NAN;
        s += log(x[i]);
    }
    return exp(s / (double)n);
}

uint64_t lab_rand_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

lab_ci lab_median_ci(const double *x, size_t n)
{
    lab_ci r = { NAN, NAN, NAN };
    if (n == 0)
        return r;
    r.center = lab_median(x, n);
    if (n == 1) {
        r.lo = r.hi = r.center;
        return r;
    }
    double *meds = malloc(LAB_BOOTSTRAP_RESAMPLES * sizeof *meds);
    double *s = malloc(n * sizeof *s);
    if (!meds || !s) {
        free(meds);
        free(s);
        return r;
    }
    uint64_t state = LAB_BOOTSTRAP_SEED;
    for (size_t b = 0; b < LAB_BOOTSTRAP_RESAMPLES; b++) {
        for (size_t i = 0; i < n; i++)
            s[i] = x[lab_rand_next(&state) % n];   /* modulo bias < n/2^64: negligible */
        lab_sort(s, n);
        meds[b] = lab_percentile_sorted(s, n, 0.5);
    }
    lab_sort(meds, LAB_BOOTSTRAP_RESAMPLES);
    r.lo = lab_percentile_sorted(meds, LAB_BOOTSTRAP_RESAMPLES, 0.025);
    r.hi = lab_percentile_sorted(meds, LAB_BOOTSTRAP_RESAMPLES, 0.975);
    free(meds);
    free(s);
    return r;
}

double lab_t975(size_t df)
{
    static const double table[31] = {
        NAN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    };
    if (df <= 30)
        return table[df];
    /* Cornish-Fisher expansion around the normal quantile: error < 1e-4 for df > 30. */
    double z = 1.959964, d = (double)df;
    return z + (z * z * z + z) / (4 * d) + (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * d * d);
}

lab_ci lab_mean_t_ci(const double *x, size_t n)
{
    lab_ci r = { NAN, NAN, NAN };
    if (n == 0)
        return r;
    r.center = lab_mean(x, n);
    if (n < 2) {
        r.lo = r.hi = r.center;
        return r;
    }
    double half = lab_t975(n - 1) * lab_stddev(x, n) / sqrt((double)n);
    r.lo = r.center - half;
    r.hi = r.center + half;
    return r;
}

/* ---- MMU ---- */

static int cmp_interval(const void *a, const void *b)
{
    const lab_interval *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

typedef struct merged {
    lab_interval *iv;   /* disjoint, sorted, inside the run */
    double *cum;        /* cum[i]: total length of iv[0..i-1] */
    size_t n;
} merged;

static int merge_pauses(const lab_interval *p, size_t n, double a, double b, merged *m)
{
    m->iv = malloc((n ? n : 1) * sizeof *m->iv);
    m->cum = malloc((n + 1) * sizeof *m->cum);
    m->n = 0;
    if (!m->iv || !m->cum) {
        free(m->iv);
        free(m->cum);
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        double s = p[i].start < a ? a : p[i].start;
        double e = p[i].end > b ? b : p[i].end;
        if (e > s)
            m->iv[k++] = (lab_interval){ s, e };
    }
    qsort(m->iv, k, sizeof *m->iv, cmp_interval);
    size_t out = 0;
    for (size_t i = 0; i < k; i++) {
        if (out && m->iv[i].start <= m->iv[out - 1].end) {
            if (m->iv[i].end > m->iv[out - 1].end)
                m->iv[out - 1].end = m->iv[i].end;
        } else {
            m->iv[out++] = m->iv[i];
        }
    }
    m->n = out;
    m->cum[0] = 0;
    for (size_t i = 0; i < out; i++)
        m->cum[i + 1] = m->cum[i] + (m->iv[i].end - m->iv[i].start);
    return 0;
}

/* Paused time in [run start, x]. */
static double paused_until(const merged *m, double x)
{
    size_t lo = 0, hi = m->n;            /* first interval with start > x */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->iv[mid].start <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    const lab_interval *last = &m->iv[lo - 1];
    double end = x < last->end ? x : last->end;
    return m->cum[lo - 1] + (end - last->start);
}

/* paused_until for nondecreasing x: *k (start at 0) is the number of
 * intervals starting at or before the previous x, and only moves forward,
 * so a sweep over n points costs O(n) instead of O(n log n).  A run under
 * gen has a pause per young collection: thousands of them. */
static double paused_until_from(const merged *m, size_t *k, double x)
{
    while (*k < m->n && m->iv[*k].start <= x)
        (*k)++;
    if (*k == 0)
        return 0;
    const lab_interval *last = &m->iv[*k - 1];
    double end = x < last->end ? x : last->end;
    return m->cum[*k - 1] + (end - last->start);
}

static double mmu_merged(const merged *m, double a, double b, double w)
{
    double T = b - a;
    if (!(T > 0) || !(w > 0))
        return NAN;
    if (w >= T)
        return (T - m->cum[m->n]) / T;
    double lo = a, hi = b - w, worst = 0;
    /* Window starts worth trying: the run's ends, and every pause edge as
     * a window's start or end.  Each of the four edge sequences is
     * nondecreasing in i (the pauses are disjoint and sorted), and so is
     * its clamp into [lo, hi]: one forward cursor per sequence and end. */
    size_t k[4][2] = { { 0 } };
    for (size_t i = 0; i < m->n; i++) {
        double cand[4] = { m->iv[i].start, m->iv[i].end, m->iv[i].start - w, m->iv[i].end - w };
        for (int c = 0; c < 4; c++) {
            double t = cand[c] < lo ? lo : cand[c] > hi ? hi : cand[c];
            double p = paused_until_from(m, &k[c][1], t + w) - paused_until_from(m, &k[c][0], t);
            if (p > worst)
                worst = p;
        }
    }
    double ends[2] = { lo, hi };
    for (int c = 0; c < 2; c++) {
        double p = paused_until(m, ends[c] + w) - paused_until(m, ends[c]);
        if (p > worst)
            worst = p;
    }
    double u = (w - worst) / w;
    return u < 0 ? 0 : u;   /* rounding only */
}

double lab_mmu(const lab_interval *pauses, size_t n, double run_start, double run_end, double w)
{
    double out;
    if (lab_mmu_curve(pauses, n, run_start, run_end, &w, 1, &out) < 0)
        return NAN;
    return out;
}

int lab_mmu_curve(const lab_interval *pauses, size_t n, double run_start, double run_end,
                  const double *windows, size_t nw, double *out)
{
    merged m;
    if (merge_pauses(pauses, n, run_start, run_end, &m) < 0)
        return -1;
    for (size_t i = 0; i < nw; i++)
        out[i] = mmu_merged(&m, run_start, run_end, windows[i]);
    free(m.iv);
    free(m.cum);
    return 0;
}

/* ---- two-sample comparison ------------------------------------------------ */

/* Ways to arrange m x-values and n y-values (no ties) so that exactly u of
 * the m*n pairs have x > y, for every u: the recurrence on the largest
 * value (it is an x, adding n pairs, or a y, adding none).  counts has
 * m*n + 1 entries; doubles are exact up to C(m+n, m) < 2^53. */
static int mw_counts(size_t m, size_t n, double *counts)
{
    size_t umax = m * n;
    /* row[j][u] for the current i: ways with i x-values and j y-values */
    double *prev = calloc((n + 1) * (umax + 1), sizeof *prev);
    double *cur = calloc((n + 1) * (umax + 1), sizeof *cur);
    if (!prev || !cur) {
        free(prev);
        free(cur);
        return -1;
    }
#define AT(a, j, u) a[(j) * (umax + 1) + (u)]
    for (size_t j = 0; j <= n; j++)
        AT(prev, j, 0) = 1;                    /* i = 0: only y-values, u = 0 */
    for (size_t i = 1; i <= m; i++) {
        memset(cur, 0, (n + 1) * (umax + 1) * sizeof *cur);
        AT(cur, 0, 0) = 1;                     /* j = 0: only x-values, u = 0 */
        for (size_t j = 1; j <= n; j++)
            for (size_t u = 0; u <= i * j; u++)
                AT(cur, j, u) = (u >= j ? AT(prev, j, u - j) : 0) + AT(cur, j - 1, u);
        double *t = prev;
        prev = cur;
        cur = t;
    }
    for (size_t u = 0; u <= umax; u++)
        counts[u] = AT(prev, n, u);
#undef AT
    free(prev);
    free(cur);
    return 0;
}

double lab_mannwhitney(const double *x, size_t nx, const double *y, size_t ny, double *u_out)
{
    if (u_out)
        *u_out = NAN;
    if (nx == 0 || ny == 0)
        return NAN;
    size_t n = nx + ny;
    double *all = malloc(n * sizeof *all);
    if (!all)
        return NAN;
    memcpy(all, x, nx * sizeof *x);
    memcpy(all + nx, y, ny * sizeof *y);
    lab_sort(all, n);
    /* U of x = pairs with x > y, ties counting one half; the tie term
     * sum(t^3 - t) corrects the variance of the normal approximation. */
    double u = 0, ties = 0;
    for (size_t i = 0; i < nx; i++)
        for (size_t j = 0; j < ny; j++)
            u += x[i] > y[j] ? 1.0 : x[i] == y[j] ? 0.5 : 0.0;
    for (size_t i = 0; i < n;) {
        size_t k = i;
        while (k < n && all[k] == all[i])
            k++;
        double t = (double)(k - i);
        ties += t * t * t - t;
        i = k;
    }
    free(all);
    if (u_out)
        *u_out = u;
    double mn = (double)nx * (double)ny;
    double ubig = u > mn - u ? u : mn - u;
    double p;
    if (ties == 0 && (nx < LAB_MW_EXACT_BELOW || ny < LAB_MW_EXACT_BELOW)) {
        double *counts = malloc((nx * ny + 1) * sizeof *counts);
        if (!counts || mw_counts(nx, ny, counts) < 0) {
            free(counts);
            return NAN;
        }
        double tail = 0, total = 0;
        for (size_t k = 0; k <= nx * ny; k++) {
            total += counts[k];
            if ((double)k >= ubig)
                tail += counts[k];
        }
        free(counts);
        p = 2.0 * tail / total;
    } else {
        double var = mn / 12.0 * ((double)(n + 1) - ties / ((double)n * (double)(n - 1)));
        if (var <= 0)
            return 1.0;                        /* every value equal: no evidence either way */
        double z = (ubig - mn / 2.0 - 0.5) / sqrt(var);   /* continuity correction */
        p = erfc(z / sqrt(2.0));               /* 2 * (1 - Phi(z)) */
    }
    return p > 1.0 ? 1.0 : p;
}

lab_ci lab_median_ratio_ci(const double *x, size_t nx, const double *y, size_t ny)
{
    lab_ci r = { NAN, NAN, NAN };
    if (nx == 0 || ny == 0)
        return r;
    r.center = lab_median(x, nx) / lab_median(y, ny);
    double *ratios = malloc(LAB_BOOTSTRAP_RESAMPLES * sizeof *ratios);
    double *sx = malloc(nx * sizeof *sx), *sy = malloc(ny * sizeof *sy);
    if (!ratios || !sx || !sy) {
        free(ratios);
        free(sx);
        free(sy);
        return r;
    }
    /* Resample each side on its own: the runs of two configurations are
     * independent (no pairing by repeat number is assumed). */
    uint64_t state = LAB_BOOTSTRAP_SEED;
    for (size_t b = 0; b < LAB_BOOTSTRAP_RESAMPLES; b++) {
        for (size_t i = 0; i < nx; i++)
            sx[i] = x[lab_rand_next(&state) % nx];
        for (size_t i = 0; i < ny; i++)
            sy[i] = y[lab_rand_next(&state) % ny];
        lab_sort(sx, nx);
        lab_sort(sy, ny);
        ratios[b] = lab_percentile_sorted(sx, nx, 0.5) / lab_percentile_sorted(sy, ny, 0.5);
    }
    lab_sort(ratios, LAB_BOOTSTRAP_RESAMPLES);
    r.lo = lab_percentile_sorted(ratios, LAB_BOOTSTRAP_RESAMPLES, 0.025);
    r.hi = lab_percentile_sorted(ratios, LAB_BOOTSTRAP_RESAMPLES, 0.975);
    free(ratios);
    free(sx);
    free(sy);
    return r;
}

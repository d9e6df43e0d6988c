/*
 * sweep.h -- heap-size and threshold sweeps of an experiment spec
 * (docs/experiments.md, "Heap-size sweeps"): the keys heap_factors and
 * threshold_sweep of a [config] section, the expansion of such a
 * configuration into one per value, and the minimum heaps the heap
 * factors multiply.
 *
 * Names: a heap factor F gives NAME@Fx (marksweep@1.5x), a threshold T
 * NAME@tT (gen@t700); lab_sweep_point reads them back, so the report
 * needs only the configuration names of the runs.
 */
#ifndef GCLAB_LAB_SWEEP_H
#define GCLAB_LAB_SWEEP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "lab/spec.h"

#define LAB_SWEEP_MAX 16            /* values in one list */
#define LAB_HEAP_FACTOR_MAX 100.0   /* heap factors are in [1, 100] */

typedef enum lab_sweep_kind { LAB_SWEEP_NONE, LAB_SWEEP_HEAP, LAB_SWEEP_THRESHOLD } lab_sweep_kind;

/* Parse "1.25, 1.5, 2" (heap factors: 1 <= F <= 100) or "100, 700, 2000"
 * (thresholds: whole numbers 1 .. 2^31-1): comma-separated, no duplicate,
 * at most LAB_SWEEP_MAX.  0, or -1 with a message. */
int lab_sweep_parse_factors(const char *text, double **out, size_t *n, char *err, size_t errlen);
int lab_sweep_parse_thresholds(const char *text, uint64_t **out, size_t *n, char *err, size_t errlen);
/* The cross-key rules of a configuration with a sweep: NULL when fine,
 * else a static message (heap_factors needs a collector whose heap
 * option takes fixed:SIZE and no heap_policy; threshold_sweep needs
 * generations). */
const char *lab_sweep_check(const lab_config *c, bool has_generations);
/* Replace every configuration with a sweep by its expansions, in place
 * and in order.  0, or -1 with a message and *line (an expanded name
 * taken by another configuration, out of memory). */
int lab_sweep_expand(lab_spec *s, char *err, size_t errlen, int *line);
/* What an expanded configuration owns (lab_spec_free). */
void lab_sweep_free_config(lab_config *c);
/* The sweep point a configuration name carries: NAME@Fx or NAME@tT.
 * LAB_SWEEP_NONE for any other name; *base gets the malloc'ed NAME. */
lab_sweep_kind lab_sweep_point(const char *config, char **base, double *value);
/* Whether the name is a sweep point (the report draws those in the
 * trade-off charts only, not in the per-configuration charts). */
bool lab_sweep_is_point(const char *config);

/* Measure, once per workload and configuration with heap factors, the
 * minimum heap (lab/minheap.c) and store it in ROOT/minheap/W+BASE.json;
 * an existing file there is reused.  Fills every expanded configuration's
 * fixed_heap.  0, or -1 (a message on err). */
int lab_sweep_measure(lab_spec *s, const char *gclab, const char *root, FILE *err, bool quiet);

#endif

/*
 * minheap.h -- the smallest fixed heap in which a program completes under
 * a tracing collector (`gclab minheap`, and the heap factors of a spec:
 * docs/experiments.md, "Heap-size sweeps").
 *
 * Every attempt is a child `gclab run --heap-policy fixed:SIZE ...`; it
 * completes when it exits 0 within the timeout.  Anything else -- the
 * collector's MemoryError, any nonzero exit, a signal, the timeout (a heap
 * barely big enough collects almost at every allocation) -- is a failure.
 */
#ifndef GCLAB_LAB_MINHEAP_H
#define GCLAB_LAB_MINHEAP_H

#include <stdint.h>
#include <stdio.h>

/* Sizes are whole multiples of this (libgc's block; a marksweep heap is
 * checked to the byte, so nothing is lost there). */
#define LAB_MINHEAP_GRAIN ((uint64_t)4096)
/* The bisection stops when the completing and the failing sizes are at
 * most max(LAB_MINHEAP_ABS, completing / LAB_MINHEAP_REL_DIV) apart:
 * 64 KiB or 1%, whichever is larger. */
#define LAB_MINHEAP_ABS ((uint64_t)64 << 10)
#define LAB_MINHEAP_REL_DIV 100

typedef struct lab_minheap_opts {
    const char *gclab;           /* the binary run; NULL = this one (/proc/self/exe) */
    const char *collector;       /* marksweep or boehm */
    char *const *flags;          /* more `gclab run` flags (NULL-terminated, may be NULL); no --heap-policy */
    char *const *program;        /* FILE.py ARGS... (NULL-terminated) */
    const char *workdir;         /* where attempts write their files (must exist) */
    double timeout_s;            /* per attempt; <= 0: max(10 s, 10 x the first run) */
    FILE *log;                   /* one line per attempt, or NULL */
} lab_minheap_opts;

typedef struct lab_minheap_result {
    uint64_t min_heap;           /* the smallest size that completed */
    uint64_t fails_at;           /* the largest size that failed (0: none was tried below min_heap) */
    uint64_t live_max;           /* the starting point: the most live bytes a collection left in the first run */
    uint64_t resolution;         /* max(LAB_MINHEAP_ABS, min_heap / LAB_MINHEAP_REL_DIV) */
    double first_wall_s;         /* the first run (the collector's default policy) */
    double timeout_s;            /* per attempt, as applied */
    int attempts;                /* fixed-heap runs */
} lab_minheap_result;

/* 0, or -1 with a message (the first run failed; no size up to 64 GiB
 * completed; a child could not be started). */
int lab_minheap(const lab_minheap_opts *o, lab_minheap_result *r, char *err, size_t errlen);
/* The result as JSON ("format": "gclab-minheap/1"), written atomically. */
int lab_minheap_write(const char *path, const lab_minheap_opts *o, const lab_minheap_result *r, char *err,
                      size_t errlen);
/* min_heap_bytes of a file lab_minheap_write wrote: 0, or -1. */
int lab_minheap_read(const char *path, uint64_t *min_heap);

#endif

/*
 * alloc_bench.c -- pymalloc against glibc malloc on the same small-object
 * patterns, side by side in one run.
 *
 * Sizes are drawn once (16..512 bytes, uniform) and replayed identically for
 * every allocator.  Patterns: LIFO (allocate a batch, free it newest first),
 * FIFO (free oldest first) and RANDOM (a fixed set of live slots, each step
 * frees a random one and allocates a replacement).  Every allocation writes
 * its first word, as an object constructor would.  One operation = one
 * allocation or one free; the best of REPEATS runs is reported.
 *
 *   usage: bench_alloc_bench [ops-per-run in millions, default 1] [repeats, default 7]
 *          bench_alloc_bench OPS 1 --only ALLOCATOR PATTERN LIVE
 *
 * --only runs one cell (allocator 0..3 in the order of the table, pattern
 * 0 LIFO, 1 FIFO, 2 RANDOM, LIVE 1000 or 10000): its warm-up, then one run
 * in measured(), so that `valgrind --tool=callgrind --toggle-collect=measured`
 * counts the instructions of that run alone (scripts/bench-alloc.py).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "runtime/alloc.h"

#define MAXLIVE 10000        /* live objects per LIFO/FIFO batch and RANDOM set: */
static int BATCH;            /* 1,000 (fits in L2) and 10,000 (~2.6 MB, does not) */
static int REPEATS = 7;      /* best-of: filters out noise from the shared machine */

typedef struct allocator {
    const char *name;
    void *(*alloc)(size_t);
    void (*release)(void *);
    rt_backend_kind backend; /* how to set up rt_obj_*; ignored for glibc */
    size_t arena, pool;
} allocator;

static size_t *sizes;        /* BATCH * 2 request sizes, replayed */
static uint32_t *picks;      /* random slot choices for RANDOM */
static void **slots;
static long ops_per_run;

/* This thread's CPU time: on a shared, loaded machine the wall clock
 * also counts the time other processes held the core. */
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void touch(void *p) { *(volatile uintptr_t *)p = (uintptr_t)p; }

static double run_lifo(const allocator *a)
{
    long rounds = ops_per_run / (2 * BATCH);
    double t0 = now();
    for (long r = 0; r < rounds; r++) {
        for (int i = 0; i < BATCH; i++)
            touch(slots[i] = a->alloc(sizes[i]));
        for (int i = BATCH - 1; i >= 0; i--)
            a->release(slots[i]);
    }
    return (now() - t0) / (rounds * 2.0 * BATCH);
}

static double run_fifo(const allocator *a)
{
    long rounds = ops_per_run / (2 * BATCH);
    double t0 = now();
    for (long r = 0; r < rounds; r++) {
        for (int i = 0; i < BATCH; i++)
            touch(slots[i] = a->alloc(sizes[i]));
        for (int i = 0; i < BATCH; i++)
            a->release(slots[i]);
    }
    return (now() - t0) / (rounds * 2.0 * BATCH);
}

static double run_random(const allocator *a)
{
    for (int i = 0; i < BATCH; i++)
        touch(slots[i] = a->alloc(sizes[i]));
    long steps = ops_per_run / 2;
    double t0 = now();
    for (long s = 0; s < steps; s++) {
        uint32_t k = picks[s % (4 * BATCH)];
        a->release(slots[k]);
        touch(slots[k] = a->alloc(sizes[BATCH + (s % BATCH)]));
    }
    double t = (now() - t0) / (steps * 2.0);
    for (int i = 0; i < BATCH; i++)
        a->release(slots[i]);
    return t;
}

/* The run callgrind counts (--toggle-collect=measured). */
__attribute__((noinline)) static double measured(double (*fn)(const allocator *), const allocator *a)
{
    return fn(a);
}

/* One timed run after an untimed one, so that neither allocator pays for
 * first-touch page faults in the figures. */
static double timed(double (*fn)(const allocator *), const allocator *a)
{
    if (a->backend != RT_BACKEND_COUNT) {
        rt_alloc_config c = { a->backend, a->arena, a->pool };
        char err[200];
        if (rt_alloc_setup(&c, err, sizeof err) < 0) {
            fprintf(stderr, "setup: %s\n", err);
            exit(1);
        }
    }
    fn(a);
    return measured(fn, a) * 1e9;
}

int main(int argc, char **argv)
{
    ops_per_run = (long)((argc > 1 ? atof(argv[1]) : 1.0) * 1e6);
    if (argc > 2 && atoi(argv[2]) > 0)
        REPEATS = atoi(argv[2]);
    int only_a = -1, only_p = -1, only_live = 0;
    if (argc > 6 && strcmp(argv[3], "--only") == 0) {
        only_a = atoi(argv[4]);
        only_p = atoi(argv[5]);
        only_live = atoi(argv[6]);
        if (only_a < 0 || only_a > 3 || only_p < 0 || only_p > 2
            || (only_live != 1000 && only_live != MAXLIVE)) {
            fprintf(stderr, "--only ALLOCATOR(0..3) PATTERN(0..2) LIVE(1000|%d)\n", MAXLIVE);
            return 2;
        }
    }
    sizes = malloc(2 * MAXLIVE * sizeof *sizes);
    picks = malloc(4 * MAXLIVE * sizeof *picks);
    slots = malloc(MAXLIVE * sizeof *slots);
    const allocator al[] = {
        { "glibc malloc/free", malloc, free, RT_BACKEND_COUNT, 0, 0 },
        { "rt_obj_* malloc backend", rt_obj_malloc, rt_obj_free, RT_BACKEND_MALLOC, 0, 0 },
        { "rt_obj_* pymalloc 256K/4K", rt_obj_malloc, rt_obj_free, RT_BACKEND_PYMALLOC, 256 << 10, 4 << 10 },
        { "rt_obj_* pymalloc 1M/16K", rt_obj_malloc, rt_obj_free, RT_BACKEND_PYMALLOC, 1 << 20, 16 << 10 },
    };
    enum { NA = sizeof al / sizeof al[0] };
    static const char *pname[3] = { "LIFO", "FIFO", "RANDOM" };
    double (*pfn[3])(const allocator *) = { run_lifo, run_fifo, run_random };
    if (only_a < 0)
        printf("sizes 16..512 bytes uniform, %ld ops per run, best of %d\n", ops_per_run, REPEATS);
    for (BATCH = 1000; BATCH <= MAXLIVE; BATCH *= 10) {
    uint64_t x = 88172645463325252u;
    for (int i = 0; i < 2 * BATCH; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        sizes[i] = 16 + x % (512 - 16 + 1);
    }
    for (int i = 0; i < 4 * BATCH; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        picks[i] = (uint32_t)(x % BATCH);
    }
    if (only_a >= 0) {
        if (BATCH != only_live)
            continue;
        printf("%s %s %d live: %.2f ns/op\n", al[only_a].name, pname[only_p], BATCH,
               timed(pfn[only_p], &al[only_a]));
        continue;
    }
    /* Allocators take turns within each repeat, so load from other
     * processes on the machine hits them alike; the best run counts. */
    double ns[3][NA];
    for (int p = 0; p < 3; p++)
        for (int a = 0; a < NA; a++)
            ns[p][a] = 1e30;
    for (int r = 0; r < REPEATS; r++)
        for (int p = 0; p < 3; p++)
            for (int a = 0; a < NA; a++) {
                double t = timed(pfn[p], &al[a]);
                if (t < ns[p][a])
                    ns[p][a] = t;
            }

    printf("\n%d live objects\n", BATCH);
    printf("%-8s", "ns/op");
    for (int a = 0; a < NA; a++)
        printf(" %26s", al[a].name);
    printf(" %16s %16s\n", "glibc/pym 256K", "glibc/pym 1M");
    for (int p = 0; p < 3; p++) {
        printf("%-8s", pname[p]);
        for (int a = 0; a < NA; a++)
            printf(" %26.2f", ns[p][a]);
        printf(" %15.2fx %15.2fx\n", ns[p][0] / ns[p][2], ns[p][0] / ns[p][3]);
    }
    }
    return 0;
}

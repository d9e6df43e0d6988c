/*
 * telemetry_cost.c -- what the telemetry hooks cost, off and on: ns per
 * rt_tel_note_alloc and per collection begin/end pair.  Prints one line per
 * measurement; used to back the cost claims of docs/telemetry.md.
 */
#include <stdio.h>
#include "runtime/telemetry.h"

#define N 50000000L    /* enough iterations for ~0.1 s per loop */

static volatile size_t sink_size = 48;

/* A compiler barrier in every loop: as in real code, the hook's load of
 * rt_tel.on cannot be hoisted out of the loop. */
#define BARRIER() __asm__ volatile("" ::: "memory")

static double per_op(void (*fn)(long), long n)
{
    uint64_t t = rt_tel_now_ns();
    fn(n);
    return (double)(rt_tel_now_ns() - t) / (double)n;
}

static void allocs(long n)
{
    for (long i = 0; i < n; i++) {
        rt_tel_note_alloc(sink_size);
        BARRIER();
    }
}

static void empty(long n)
{
    for (long i = 0; i < n; i++)
        BARRIER();   /* the loop alone, for reference */
}

static void collections(long n)
{
    for (long i = 0; i < n; i++) {
        rt_tel_collection_begin("gen", 0);
        rt_tel_collection_end(1, 0, 0);
        BARRIER();
    }
}

int main(void)
{
    printf("empty loop:                 %.2f ns/iter\n", per_op(empty, N));
    printf("note_alloc, telemetry off:  %.2f ns/call\n", per_op(allocs, N));
    printf("collection, telemetry off:  %.2f ns/pair\n", per_op(collections, N));
    rt_tel_config cfg = { RT_TEL_SAMPLE_EVERY_DEFAULT, RT_TEL_CASCADE_MIN_DEFAULT, 0 };
    rt_tel_enable(&cfg);
    printf("note_alloc, telemetry on:   %.2f ns/call (1 MiB sampling)\n", per_op(allocs, N));
    printf("collection, telemetry on:   %.2f ns/pair (with its sample)\n", per_op(collections, 200000));
    rt_tel_reset();
    return 0;
}

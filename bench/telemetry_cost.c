/*
 * telemetry_cost.c -- what the telemetry hooks cost, off and on: ns per
 * rt_tel_note_alloc, per collection begin/end pair, and per object
 * allocated and freed by refcounting (a float alone: a chain of one; a
 * list of 8 floats: one chain of 9).  Prints one line per measurement;
 * used to back the cost claims of docs/telemetry.md.
 */
#include <stdio.h>
#include "runtime/telemetry.h"
#include "runtime/object.h"
#include "runtime/float.h"
#include "runtime/list.h"

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
        rt_tel_note_alloc(NULL, sink_size);
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
        rt_tel_collection_begin("gen", 0, RT_TEL_REASON_THRESHOLD);
        rt_tel_collection_end(1, 0, 0, 0);
        BARRIER();
    }
}

static void floats(long n)
{
    for (long i = 0; i < n; i++)
        RT_DECREF(rt_float_from_double((double)i));
}

#define CHAIN 8   /* floats per list: a small structure freed by one decref */

static void lists(long n)
{
    for (long i = 0; i < n; i++) {
        rt_object *l = rt_list_new(0);
        for (int k = 0; k < CHAIN; k++) {
            rt_object *f = rt_float_from_double((double)k);
            rt_list_append(l, f);
            RT_DECREF(f);
        }
        RT_DECREF(l);
    }
}

int main(void)
{
    if (rt_init() < 0)
        return 1;
    printf("empty loop:                 %.2f ns/iter\n", per_op(empty, N));
    printf("note_alloc, telemetry off:  %.2f ns/call\n", per_op(allocs, N));
    printf("collection, telemetry off:  %.2f ns/pair\n", per_op(collections, N));
    printf("float new+free, off:        %.2f ns/object\n", per_op(floats, N / 10));
    printf("list of %d floats, off:      %.2f ns/object\n", CHAIN, per_op(lists, N / 100) / (CHAIN + 1));
    rt_tel_config cfg = { RT_TEL_SAMPLE_EVERY_DEFAULT, RT_TEL_CASCADE_MIN_DEFAULT, 0 };
    rt_tel_enable(&cfg);
    printf("note_alloc, telemetry on:   %.2f ns/call (1 MiB sampling)\n", per_op(allocs, N));
    printf("collection, telemetry on:   %.2f ns/pair (with its sample)\n", per_op(collections, 200000));
    printf("float new+free, on:         %.2f ns/object\n", per_op(floats, N / 10));
    printf("list of %d floats, on:       %.2f ns/object\n", CHAIN, per_op(lists, N / 100) / (CHAIN + 1));
    rt_tel_reset();
    return 0;
}

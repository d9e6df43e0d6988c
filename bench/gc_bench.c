/*
 * gc_bench.c -- cost of a full collection per tracked object, ours and
 * CPython's, on the same heap shape.
 *
 * Shape: one list holding N small lists, each holding one int
 * (Python: heap = [[i] for i in range(N)]), so N + 1 tracked containers,
 * all reachable: a full collection does update_refs, subtract_refs and
 * move_unreachable over every one of them and frees nothing, which is the
 * steady-state cost CPython pays on a big heap.  For each N the best of
 * REPEATS full collections is reported (after one collection that moves
 * everything into the oldest generation).  Times are process CPU time on
 * both sides (time.process_time in Python): the machine is shared, and
 * wall-clock time mostly measured the other tenants.
 *
 * CPython is driven through `python3 -c` (set GC_BENCH_PYTHON to another
 * interpreter, or to "" to skip it).  The equivalent command by hand:
 *   python3 -c 'import gc,time; h=[[i] for i in range(1000000)]; gc.collect();
 *     print(min((lambda t: (gc.collect(), time.process_time()-t)[1])
 *     (time.process_time()) for _ in range(5))/len(gc.get_objects())*1e9, "ns")'
 *
 * A second table times one full collection that finds and frees N objects
 * forming N/2 two-list cycles (Python: a = []; b = [a]; a.append(b)): the
 * cost of the whole pipeline including clear and deallocation.
 *
 * Usage: bench_gc_bench [N ...]   (default 100000 1000000 3000000)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/list.h"
#include "runtime/int.h"
#include "collectors/collector.h"

#define REPEATS 5   /* best of 5: the minimum filters scheduler noise */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int count_one(rt_object *o, void *arg)
{
    (void)o;
    (*(long *)arg)++;
    return 0;
}

/* ns per tracked object of the best full collection, and the number of
 * tracked objects. */
static double bench_ours(long n, long *tracked)
{
    gc_disable();   /* building the heap is not what we measure */
    rt_object *heap = rt_list_new(0);
    for (long i = 0; i < n; i++) {
        rt_object *v = rt_int_from_i64(i);
        rt_object *l = rt_list_new(0);
        if (!v || !l || rt_list_append(l, v) < 0 || rt_list_append(heap, l) < 0) {
            fprintf(stderr, "out of memory at %ld\n", i);
            exit(1);
        }
        RT_DECREF(v);
        RT_DECREF(l);
    }
    gc_gen_collector.collect(GC_FULL);
    *tracked = 0;
    gc_gen_collector.for_each_object(-1, count_one, tracked);
    double best = 1e30;
    for (int r = 0; r < REPEATS; r++) {
        double t0 = now_s();
        gc_gen_collector.collect(GC_FULL);
        double dt = now_s() - t0;
        if (dt < best)
            best = dt;
    }
    RT_DECREF(heap);
    gc_enable();
    return best * 1e9 / (double)*tracked;
}

/* Second shape: n/2 two-list cycles (a = []; b = [a]; a.append(b)) that
 * are all garbage; one full collection finds and frees them.  ns per
 * object freed (CPU time). */
static double bench_ours_garbage(long n)
{
    gc_disable();
    gc_gen_collector.collect(GC_FULL);
    for (long i = 0; i < n / 2; i++) {
        rt_object *a = rt_list_new(0), *b = rt_list_new(0);
        if (!a || !b || rt_list_append(b, a) < 0 || rt_list_append(a, b) < 0) {
            fprintf(stderr, "out of memory at %ld\n", i);
            exit(1);
        }
        RT_DECREF(a);
        RT_DECREF(b);
    }
    double t0 = now_s();
    intptr_t found = gc_gen_collector.collect(GC_FULL);
    double dt = now_s() - t0;
    gc_enable();
    return dt * 1e9 / (double)(found > 0 ? found : 1);
}

static double bench_python_garbage(const char *python, long n)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "%s -c 'import gc,time\n"
             "gc.disable()\n"
             "gc.collect()\n"
             "for i in range(%ld):\n"
             "    a=[]; b=[a]; a.append(b)\n"
             "del a, b\n"
             "t=time.process_time(); n=gc.collect(); dt=time.process_time()-t\n"
             "print(n, dt)' 2>/dev/null",
             python, n / 2);
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    long found = 0;
    double dt = -1;
    if (fscanf(p, "%ld %lf", &found, &dt) != 2 || found <= 0)
        dt = -1;
    if (pclose(p) != 0)
        dt = -1;
    return dt < 0 ? -1 : dt * 1e9 / (double)found;
}

static double bench_python(const char *python, long n, long *tracked)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "%s -c 'import gc,time\n"
             "gc.disable()\n"
             "h=[[i] for i in range(%ld)]\n"
             "gc.collect()\n"
             "best=1e30\n"
             "for _ in range(%d):\n"
             "    t=time.process_time(); gc.collect(); best=min(best, time.process_time()-t)\n"
             "print(len(gc.get_objects()), best)' 2>/dev/null",
             python, n, REPEATS);
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    double best = -1;
    if (fscanf(p, "%ld %lf", tracked, &best) != 2)
        best = -1;
    if (pclose(p) != 0)
        best = -1;
    return best < 0 ? -1 : best * 1e9 / (double)*tracked;
}

int main(int argc, char **argv)
{
    char err[200];
    /* CPython 3.10+ sizes (1 MiB arenas, 16 KiB pools), as the python3 we compare with */
    rt_alloc_config ac = { RT_BACKEND_PYMALLOC, (size_t)1 << 20, (size_t)16 << 10 };
    gc_config gcfg = { .threshold = { 700, 10, 10 }, .threshold_set = true };
    if (rt_alloc_setup(&ac, err, sizeof err) < 0 || gc_select(&gc_gen_collector, &gcfg, err, sizeof err) < 0) {
        fprintf(stderr, "set-up: %s\n", err);
        return 1;
    }
    if (rt_init() < 0) {
        fprintf(stderr, "rt_init failed\n");
        return 1;
    }
    const char *python = getenv("GC_BENCH_PYTHON");
    if (!python)
        python = "python3";

    long defaults[] = { 100000, 1000000, 3000000 };
    int nsizes = argc > 1 ? argc - 1 : 3;
    printf("full collection, heap = [[i] for i in range(N)], best of %d\n", REPEATS);
    printf("%10s  %12s  %12s  %12s  %12s  %7s\n", "N", "ours:tracked", "ours ns/obj",
           "py:tracked", "py ns/obj", "ratio");
    for (int k = 0; k < nsizes; k++) {
        long n = argc > 1 ? atol(argv[k + 1]) : defaults[k];
        long ours_tracked = 0, py_tracked = 0;
        double ours = bench_ours(n, &ours_tracked);
        double py = *python ? bench_python(python, n, &py_tracked) : -1;
        if (py > 0)
            printf("%10ld  %12ld  %12.1f  %12ld  %12.1f  %7.2f\n", n, ours_tracked, ours, py_tracked, py, ours / py);
        else
            printf("%10ld  %12ld  %12.1f  %12s  %12s  %7s\n", n, ours_tracked, ours, "-", "n/a", "-");
        fflush(stdout);
    }
    printf("\nfull collection freeing N objects in two-list cycles, one run\n");
    printf("%10s  %12s  %12s  %7s\n", "N", "ours ns/obj", "py ns/obj", "ratio");
    for (int k = 0; k < nsizes; k++) {
        long n = argc > 1 ? atol(argv[k + 1]) : defaults[k];
        double ours = bench_ours_garbage(n);
        double py = *python ? bench_python_garbage(python, n) : -1;
        if (py > 0)
            printf("%10ld  %12.1f  %12.1f  %7.2f\n", n, ours, py, ours / py);
        else
            printf("%10ld  %12.1f  %12s  %7s\n", n, ours, "n/a", "-");
        fflush(stdout);
    }
    return 0;
}

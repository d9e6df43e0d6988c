/*
 * cmd_demo.c -- `gclab demo`: a built-in workload written in C against the
 * object API, run under one collector and allocator, with its statistics.
 *
 * It exists so that the foundation (objects, allocator, collectors) can be
 * exercised and compared before any Python program runs.  The heap it makes:
 *   - a long-lived binary tree of tuples (depth --depth), kept to the end;
 *   - --iterations rounds of short-lived trees (depth 10) dropped at once;
 *   - per round a dict of 64 string keys -> lists (allocator churn);
 *   - per round one two-list reference cycle, which pure refcounting leaks.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/commands.h"
#include "cli/options.h"
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/alloc.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* A node is (left, right); a leaf is the empty tuple. */
static rt_object *make_tree(int depth)
{
    if (depth == 0)
        return rt_tuple_new(0);
    rt_object *t = rt_tuple_new(2);
    if (!t)
        return NULL;
    for (int i = 0; i < 2; i++) {
        rt_object *child = make_tree(depth - 1);
        if (!child) {
            /* Fill the hole so the tuple is valid for its dealloc. */
            RT_TUPLE_SET_ITEM(t, i, rt_none_new());
            if (i == 0)
                RT_TUPLE_SET_ITEM(t, 1, rt_none_new());
            rt_decref(t);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(t, i, child);
    }
    return t;
}

static long count_nodes(rt_object *t)
{
    if (RT_SIZE(t) == 0)
        return 1;
    return 1 + count_nodes(RT_TUPLE_GET_ITEM(t, 0)) + count_nodes(RT_TUPLE_GET_ITEM(t, 1));
}

static int churn_dict(int round)
{
    rt_object *d = rt_dict_new();
    if (!d)
        return -1;
    for (int k = 0; k < 64; k++) {
        rt_object *key = rt_str_from_format("key-%d-%d", round, k);
        rt_object *val = rt_list_new(0);
        rt_object *num = rt_int_from_i64((int64_t)round * 64 + k);
        int err = !key || !val || !num || rt_list_append(val, num) < 0 || rt_dict_setitem(d, key, val) < 0;
        rt_xdecref(key);
        rt_xdecref(val);
        rt_xdecref(num);
        if (err) {
            rt_decref(d);
            return -1;
        }
    }
    rt_decref(d);
    return 0;
}

static int make_cycle(void)
{
    rt_object *a = rt_list_new(0), *b = rt_list_new(0);
    int err = !a || !b || rt_list_append(a, b) < 0 || rt_list_append(b, a) < 0;
    rt_xdecref(a);
    rt_xdecref(b);
    return err ? -1 : 0;
}

static void help(FILE *out)
{
    fprintf(out,
            "usage: gclab demo [RUNTIME OPTIONS] [--depth N] [--iterations N] [--malloc-stats]\n\n"
            "Run the built-in C workload (a long-lived tuple tree, short-lived trees,\n"
            "dict/str/list churn and one leaked two-list cycle per iteration) and print\n"
            "its statistics.\n\n"
            "  --depth N         depth of the long-lived tree (default 16, 1..22)\n"
            "  --iterations N    rounds of short-lived work (default 200, 1..1000000)\n"
            "  --malloc-stats    print the allocator statistics at the end\n\n%s",
            vm_runtime_options_help);
}

static int parse_int(const char *flag, const char *arg, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (end == arg || *end || v < lo || v > hi) {
        fprintf(stderr, "gclab demo: --%s: invalid value '%s' (a whole number from %ld to %ld)\n",
                flag, arg, lo, hi);
        return -1;
    }
    *out = v;
    return 0;
}

int vm_cmd_demo(int argc, char **argv)
{
    enum { OPT_DEPTH = 1, OPT_ITER, OPT_MSTATS, OPT_HELP };
    struct option longopts[VM_RUNTIME_LONGOPTS_COUNT + 5] = {
        { "depth", required_argument, NULL, OPT_DEPTH },
        { "iterations", required_argument, NULL, OPT_ITER },
        { "malloc-stats", no_argument, NULL, OPT_MSTATS },
        { "help", no_argument, NULL, OPT_HELP },
    };
    memcpy(&longopts[4], vm_runtime_longopts, VM_RUNTIME_LONGOPTS_COUNT * sizeof longopts[0]);
    vm_options opts;
    vm_options_default(&opts);
    long depth = 16, iterations = 200;
    bool malloc_stats = false;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+:", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DEPTH:
            if (parse_int("depth", optarg, 1, 22, &depth) < 0) return 2;
            break;
        case OPT_ITER:
            if (parse_int("iterations", optarg, 1, 1000000, &iterations) < 0) return 2;
            break;
        case OPT_MSTATS:
            malloc_stats = true;
            break;
        case OPT_HELP:
            help(stdout);
            return 0;
        case ':':
            fprintf(stderr, "gclab demo: %s needs a value\n", argv[optind - 1]);
            return 2;
        default: {
            int r = vm_options_parse(&opts, c, optarg, "gclab demo");
            if (r < 0) return 2;
            if (r == 0) {
                fprintf(stderr, "gclab demo: unknown option '%s' (see gclab demo --help)\n", argv[optind - 1]);
                return 2;
            }
        }
        }
    }
    if (optind < argc) {
        fprintf(stderr, "gclab demo: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    if (vm_options_check(&opts, "gclab demo") < 0)
        return 2;
    if (vm_runtime_start(&opts) < 0)
        return 1;
    gc_runtime_ready();   /* no VM here to call it (vm_init) */
    if (opts.freeze_at_start)
        opts.collector->freeze();

    uint64_t t0 = now_ns();
    rt_object *long_lived = make_tree((int)depth);
    gc_root_push(&long_lived);   /* held in a C variable: a root for the tracing collectors */
    int failed = !long_lived;
    long short_nodes = 0;
    for (long i = 0; i < iterations && !failed; i++) {
        rt_object *t = make_tree(10);
        if (!t) { failed = 1; break; }
        short_nodes += count_nodes(t);
        rt_decref(t);
        failed = churn_dict((int)i) < 0 || make_cycle() < 0;
        gc_safe_point();   /* between rounds only long_lived is held */
    }
    long long_nodes = long_lived ? count_nodes(long_lived) : 0;
    uint64_t elapsed = now_ns() - t0;
    if (failed) {
        fprintf(stderr, "gclab demo: out of memory\n");
        rt_err_clear();
    }
    rt_xdecref(long_lived);
    gc_root_pop(&long_lived);

    rt_alloc_stats a;
    rt_alloc_get_stats(&a);
    gc_stats g;
    gc_active()->get_stats(&g);
    printf("collector        %s\n", opts.collector->name);
    printf("allocator        %s", rt_backend_name(opts.alloc.backend));
    if (opts.alloc.backend == RT_BACKEND_PYMALLOC)
        printf(" (arena %zuK, pool %zuK)", opts.alloc.arena_size >> 10, opts.alloc.pool_size >> 10);
    printf("\nwork             %ld long-lived + %ld short-lived tree nodes, %ld dicts, %ld cycles\n",
           long_nodes, short_nodes, iterations, iterations);
    printf("time             %.1f ms\n", (double)elapsed / 1e6);
    printf("objects          %llu allocated, %zu live at peak\n",
           (unsigned long long)a.domain[RT_DOMAIN_OBJ].allocs, a.domain[RT_DOMAIN_OBJ].blocks_peak);
    printf("peak bytes       %zu (objects) + %zu (buffers)\n",
           a.domain[RT_DOMAIN_OBJ].bytes_peak, a.domain[RT_DOMAIN_MEM].bytes_peak);
    if (opts.alloc.backend == RT_BACKEND_PYMALLOC)
        printf("arenas           %zu peak, %zu mapped in all, %zu returned to the OS\n",
               a.arenas_peak, a.arenas_allocated_total, a.arenas_freed_total);
    printf("collections      %llu / %llu / %llu (gen 0/1/2)\n",
           (unsigned long long)g.collections[0], (unsigned long long)g.collections[1],
           (unsigned long long)g.collections[2]);
    if (malloc_stats)
        rt_alloc_print_stats(stdout);

    /* A final full collection, so that what is reported as leaked is what
     * this collector can never free, not garbage it had not reached yet. */
    if (gc_active()->collect(GC_FULL) < 0)
        rt_err_clear();
    vm_leak_report leaks;
    vm_runtime_stop(NULL, &leaks);
    printf("leaked at exit   %lld objects, %lld bytes (%lld tracked containers; after a full collection)\n",
           (long long)leaks.objects, (long long)leaks.bytes, (long long)leaks.containers);
    return failed ? 1 : 0;
}

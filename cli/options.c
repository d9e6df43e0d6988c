/*
 * options.c -- shared runtime flags and runtime start-up / shut-down.
 *
 * Every bad value is reported as "PROG: --FLAG: what is wrong (what is
 * allowed)" and makes the command exit with status 2, the getopt_long
 * convention for usage errors.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "cli/options.h"

const struct option vm_runtime_longopts[] = {
    { "gc", required_argument, NULL, VM_OPT_GC },
    { "alloc", required_argument, NULL, VM_OPT_ALLOC },
    { "arena-size", required_argument, NULL, VM_OPT_ARENA },
    { "pool-size", required_argument, NULL, VM_OPT_POOL },
    { "threshold", required_argument, NULL, VM_OPT_THRESHOLD },
    { "stress", no_argument, NULL, VM_OPT_STRESS },
    { "verbose-gc", no_argument, NULL, VM_OPT_VERBOSE_GC },
    { "heap-policy", required_argument, NULL, VM_OPT_HEAP_POLICY },
    { "boehm-incremental", no_argument, NULL, VM_OPT_BOEHM_INCREMENTAL },
    { "boehm-divisor", required_argument, NULL, VM_OPT_BOEHM_DIVISOR },
    { "boehm-initial-heap", required_argument, NULL, VM_OPT_BOEHM_INITIAL },
    { "boehm-max-heap", required_argument, NULL, VM_OPT_BOEHM_MAX },
    { "freeze", no_argument, NULL, VM_OPT_FREEZE },
    { "gc-trigger", required_argument, NULL, VM_OPT_GC_TRIGGER },
    { "gc-check", no_argument, NULL, VM_OPT_GC_CHECK },
    { "gc-opt", required_argument, NULL, VM_OPT_GC_OPT },
};
_Static_assert(sizeof vm_runtime_longopts / sizeof vm_runtime_longopts[0] == VM_RUNTIME_LONGOPTS_COUNT,
               "VM_RUNTIME_LONGOPTS_COUNT must count vm_runtime_longopts");

const char vm_runtime_options_help[] =
    "Runtime options:\n"
    "  --gc NAME             collector (see `gclab info`; default gen)\n"
    "  --alloc NAME          allocator backend: pymalloc (default) or malloc\n"
    "  --arena-size SIZE     pymalloc arena size: 1M (default, CPython 3.10+) or 256K (3.9)\n"
    "  --pool-size SIZE      pymalloc pool size: 16K (default, CPython 3.10+) or 4K (3.9)\n"
    "  --threshold T0[,T1[,T2]]  generation thresholds (generational collectors)\n"
    "  --stress              collect at every container allocation (slow; for testing;\n"
    "                        boehm: a full collection at every 100th allocation)\n"
    "  --verbose-gc          a line per collection on stderr\n"
    "  --gc-check            check the whole heap's invariants after every collection\n"
    "                        (slow; for testing): a violation aborts with its description\n"
    "  --gc-opt KEY=VALUE    an option of the collector (repeatable; `gclab info` lists\n"
    "                        each collector's keys), e.g. trigger=safepoint (gen),\n"
    "                        heap=grow:3 (marksweep, boehm), divisor=4 (boehm)\n"
    "  --gc-trigger WHEN     = --gc-opt trigger=WHEN (gen: alloc, CPython 3.11's default,\n"
    "                        or safepoint: collect at the next call or backward jump, 3.12)\n"
    "  --heap-policy P       = --gc-opt heap=P (tracing collectors: default, grow:F or\n"
    "                        fixed:SIZE)\n"
    "  --boehm-incremental, --boehm-divisor N, --boehm-initial-heap SIZE,\n"
    "  --boehm-max-heap SIZE = --gc-opt incremental=on, divisor=N, initial-heap=SIZE,\n"
    "                        max-heap=SIZE (boehm)\n"
    "  --freeze              gc.freeze() once the VM is up, before the program runs:\n"
    "                        the start-up objects (builtins, types) are never scanned again\n";

void vm_options_default(vm_options *o)
{
    memset(o, 0, sizeof *o);
    o->collector = gc_all()[0];   /* the list's first: gen, CPython's */
    o->gc.threshold[0] = 700;   /* CPython 3.11's defaults */
    o->gc.threshold[1] = 10;
    o->gc.threshold[2] = 10;
    o->alloc.backend = RT_BACKEND_PYMALLOC;
    o->alloc.arena_size = RT_ARENA_SIZE_DEFAULT;
    o->alloc.pool_size = RT_POOL_SIZE_DEFAULT;
}

int vm_parse_size(const char *text, size_t *out) { return gc_parse_size(text, out); }

static int bad(const char *prog, const char *flag, const char *arg, const char *allowed)
{
    fprintf(stderr, "%s: --%s: invalid value '%s' (%s)\n", prog, flag, arg, allowed);
    return -1;
}

/* An option for the collector, checked once the collector is known. */
static int add_opt(vm_options *o, const char *flag, const char *key, size_t keylen, const char *value,
                   const char *prog)
{
    char err[160];
    if (gc_config_add_option(&o->gc, key, keylen, value, err, sizeof err) < 0) {
        fprintf(stderr, "%s: --%s: %s\n", prog, flag, err);
        return -1;
    }
    o->opt_flag[o->gc.nopts - 1] = flag;
    return 1;
}

int vm_options_parse(vm_options *o, int code, const char *arg, const char *prog)
{
    char err[256];
    switch (code) {
    case VM_OPT_GC: {
        const gc_collector *c = gc_find(arg);
        if (!c) {
            char names[160] = "";
            for (const gc_collector *const *p = gc_all(); *p; p++) {
                if (names[0]) strncat(names, ", ", sizeof names - strlen(names) - 1);
                strncat(names, (*p)->name, sizeof names - strlen(names) - 1);
            }
            char allowed[200];
            snprintf(allowed, sizeof allowed, "one of: %s", names);
            return bad(prog, "gc", arg, allowed);
        }
        o->collector = c;
        return 1;
    }
    case VM_OPT_ALLOC: {
        int b = rt_backend_parse(arg);
        if (b < 0)
            return bad(prog, "alloc", arg, "one of: pymalloc, malloc, boehm");
        o->alloc.backend = (rt_backend_kind)b;
        o->alloc_set = true;
        return 1;
    }
    case VM_OPT_ARENA:
        if (vm_parse_size(arg, &o->alloc.arena_size) < 0)
            return bad(prog, "arena-size", arg, "a size in bytes, e.g. 262144, 256K or 1M");
        return 1;
    case VM_OPT_POOL:
        if (vm_parse_size(arg, &o->alloc.pool_size) < 0)
            return bad(prog, "pool-size", arg, "a size in bytes, e.g. 4096, 4K or 16K");
        return 1;
    case VM_OPT_THRESHOLD:
        if (gc_parse_thresholds(arg, &o->gc, err, sizeof err) < 0)
            return bad(prog, "threshold", arg, err);
        return 1;
    case VM_OPT_STRESS:
        o->gc.stress = true;
        return 1;
    case VM_OPT_VERBOSE_GC:
        o->gc.verbose = true;
        return 1;
    case VM_OPT_GC_CHECK:
        o->gc.check = true;
        return 1;
    case VM_OPT_BOEHM_INCREMENTAL:
        return add_opt(o, "boehm-incremental", "incremental", 11, "on", prog);
    case VM_OPT_BOEHM_DIVISOR:
        return add_opt(o, "boehm-divisor", "divisor", 7, arg, prog);
    case VM_OPT_BOEHM_INITIAL:
        return add_opt(o, "boehm-initial-heap", "initial-heap", 12, arg, prog);
    case VM_OPT_BOEHM_MAX:
        return add_opt(o, "boehm-max-heap", "max-heap", 8, arg, prog);
    case VM_OPT_HEAP_POLICY:
        return add_opt(o, "heap-policy", "heap", 4, arg, prog);
    case VM_OPT_FREEZE:
        o->freeze_at_start = true;
        return 1;
    case VM_OPT_GC_TRIGGER:
        return add_opt(o, "gc-trigger", "trigger", 7, arg, prog);
    case VM_OPT_GC_OPT:
        if (gc_config_add(&o->gc, arg, err, sizeof err) < 0)
            return bad(prog, "gc-opt", arg, err);
        o->opt_flag[o->gc.nopts - 1] = "gc-opt";
        return 1;
    default:
        return 0;
    }
}

int vm_options_check(vm_options *o, const char *prog)
{
    char err[256];
    if (o->gc.threshold_set && !gc_has(o->collector, GC_CAP_GENERATIONS)) {
        fprintf(stderr, "%s: --threshold: the '%s' collector has no generations to set thresholds for\n",
                prog, o->collector->name);
        return -1;
    }
    /* Each option alone, so that the message names the flag it came from. */
    for (int i = 0; i < o->gc.nopts; i++)
        if (gc_check_option(o->collector->name, o->gc.opts[i].key, o->gc.opts[i].value, err, sizeof err) < 0) {
            fprintf(stderr, "%s: --%s: %s\n", prog, o->opt_flag[i], err);
            return -1;
        }
    if (o->collector->allocator) {
        int b = rt_backend_parse(o->collector->allocator);
        if (o->alloc_set && (int)o->alloc.backend != b) {
            fprintf(stderr, "%s: --alloc: collector %s allocates with allocator %s, not %s\n", prog,
                    o->collector->name, o->collector->allocator, rt_backend_name(o->alloc.backend));
            return -1;
        }
        o->alloc.backend = (rt_backend_kind)b;
    } else if (o->alloc.backend == RT_BACKEND_BOEHM) {   /* libgc's backend: installed by its collector only */
        fprintf(stderr, "%s: --alloc: allocator boehm works only with collector boehm\n", prog);
        return -1;
    }
    if (o->freeze_at_start && !o->collector->freeze) {
        fprintf(stderr, "%s: --freeze: the '%s' collector has no generations to freeze\n",
                prog, o->collector->name);
        return -1;
    }
    if (rt_alloc_validate(&o->alloc, err, sizeof err) < 0) {
        fprintf(stderr, "%s: --arena-size/--pool-size: %s\n", prog, err);
        return -1;
    }
    return 0;
}

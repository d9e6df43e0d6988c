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
    "  --stress              collect at every container allocation (slow; for testing)\n"
    "  --gc-trigger WHEN     gen: alloc (collect inside the allocation that crosses a\n"
    "                        threshold, CPython 3.11; default) or safepoint (schedule it\n"
    "                        and collect at the next call or backward jump, CPython 3.12)\n"
    "  --verbose-gc          a line per collection on stderr\n"
    "  --gc-check            check the whole heap's invariants after every collection\n"
    "                        (slow; for testing): a violation aborts with its description\n"
    "  --heap-policy P       tracing collectors: default, grow:F (collect when the heap\n"
    "                        reaches F x the live size; default 2) or fixed:SIZE\n"
    "  --boehm-incremental   boehm: incremental collection (GC_enable_incremental)\n"
    "  --boehm-divisor N     boehm: free-space divisor (libgc default 3; larger = smaller heap)\n"
    "  --boehm-initial-heap SIZE, --boehm-max-heap SIZE   boehm: heap bounds\n"
    "  --freeze              gc.freeze() once the VM is up, before the program runs:\n"
    "                        the start-up objects (builtins, types) are never scanned again\n";

void vm_options_default(vm_options *o)
{
    memset(o, 0, sizeof *o);
    o->collector = gc_find("gen");   /* CPython's: refcounting + the cycle collector */
    o->gc.threshold[0] = 700;   /* CPython 3.11's defaults */
    o->gc.threshold[1] = 10;
    o->gc.threshold[2] = 10;
    o->alloc.backend = RT_BACKEND_PYMALLOC;
    o->alloc.arena_size = RT_ARENA_SIZE_DEFAULT;
    o->alloc.pool_size = RT_POOL_SIZE_DEFAULT;
}

int vm_parse_size(const char *text, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (end == text || errno || text[0] == '-')
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case '\0': break;
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: return -1;
    }
    if (*end == 'i' || *end == 'B') {   /* accept KiB / KB spellings */
        if (*end == 'i') end++;
        if (*end == 'B') end++;
    }
    if (*end || v > (SIZE_MAX >> shift))
        return -1;
    *out = (size_t)(v << shift);
    return 0;
}

static int bad(const char *prog, const char *flag, const char *arg, const char *allowed)
{
    fprintf(stderr, "%s: --%s: invalid value '%s' (%s)\n", prog, flag, arg, allowed);
    return -1;
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
        o->gc.boehm_incremental = true;
        return 1;
    case VM_OPT_BOEHM_DIVISOR: {
        char *end;
        unsigned long v = strtoul(arg, &end, 10);
        if (end == arg || *end || arg[0] == '-' || v < 1 || v > 1000)
            return bad(prog, "boehm-divisor", arg, "a whole number from 1 to 1000");
        o->gc.boehm_divisor = (unsigned)v;
        return 1;
    }
    case VM_OPT_BOEHM_INITIAL:
        if (vm_parse_size(arg, &o->gc.boehm_initial_heap) < 0)
            return bad(prog, "boehm-initial-heap", arg, "a size in bytes, e.g. 64M");
        return 1;
    case VM_OPT_BOEHM_MAX:
        if (vm_parse_size(arg, &o->gc.boehm_max_heap) < 0 || o->gc.boehm_max_heap == 0)
            return bad(prog, "boehm-max-heap", arg, "a size in bytes > 0, e.g. 1G");
        return 1;
    case VM_OPT_HEAP_POLICY:
        if (gc_parse_heap_policy(arg, &o->gc, err, sizeof err) < 0)
            return bad(prog, "heap-policy", arg, err);
        o->heap_policy_set = true;
        return 1;
    case VM_OPT_FREEZE:
        o->freeze_at_start = true;
        return 1;
    case VM_OPT_GC_TRIGGER:
        if (strcmp(arg, "alloc") == 0)
            o->gc.deferred = false;
        else if (strcmp(arg, "safepoint") == 0)
            o->gc.deferred = true;
        else
            return bad(prog, "gc-trigger", arg, "alloc or safepoint");
        o->trigger_set = true;
        return 1;
    default:
        return 0;
    }
}

int vm_options_check(vm_options *o, const char *prog)
{
    char err[256];
    if (o->gc.threshold_set && !o->collector->has_generations) {
        fprintf(stderr, "%s: --threshold: the '%s' collector has no generations to set thresholds for\n",
                prog, o->collector->name);
        return -1;
    }
    if (o->trigger_set && !o->collector->has_generations) {
        fprintf(stderr, "%s: --gc-trigger: the '%s' collector has no generation thresholds to trigger on\n",
                prog, o->collector->name);
        return -1;
    }
    if (o->heap_policy_set && o->collector->refcounting) {
        fprintf(stderr, "%s: --heap-policy: applies only to tracing collectors (marksweep, boehm), not '%s'\n",
                prog, o->collector->name);
        return -1;
    }
    bool boehm = strcmp(o->collector->name, "boehm") == 0;
    if (boehm) {
        if (o->alloc_set && o->alloc.backend != RT_BACKEND_BOEHM) {
            fprintf(stderr, "%s: --alloc: collector boehm allocates with allocator boehm, not %s\n",
                    prog, rt_backend_name(o->alloc.backend));
            return -1;
        }
        o->alloc.backend = RT_BACKEND_BOEHM;
    } else if (o->alloc.backend == RT_BACKEND_BOEHM) {
        fprintf(stderr, "%s: --alloc: allocator boehm works only with collector boehm\n", prog);
        return -1;
    }
    if ((o->gc.boehm_incremental || o->gc.boehm_divisor || o->gc.boehm_initial_heap || o->gc.boehm_max_heap)
        && !boehm) {
        fprintf(stderr, "%s: --boehm-*: apply only to collector boehm, not '%s'\n", prog, o->collector->name);
        return -1;
    }
    if (o->freeze_at_start && !o->collector->has_generations) {
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

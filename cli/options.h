/*
 * options.h -- the settings every command that runs the object layer shares
 * (collector, allocator backend and sizes, thresholds), their parsing with
 * getopt_long (options.c), and start-up / shut-down of the runtime they
 * describe (session.c).
 */
#ifndef GCLAB_VM_OPTIONS_H
#define GCLAB_VM_OPTIONS_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include "runtime/alloc.h"
#include "collectors/collector.h"

typedef struct vm_options {
    const gc_collector *collector;
    gc_config gc;
    rt_alloc_config alloc;
    /* The flag each of gc.opts came from (--gc-opt, or an alias such as
     * --gc-trigger), for messages: options are checked against the
     * collector only once every flag is read (vm_options_check). */
    const char *opt_flag[GC_OPTS_MAX];
    bool alloc_set;           /* --alloc given */
    bool freeze_at_start;   /* --freeze: gc.freeze() once the VM is up, before the program */
} vm_options;

/* Long options shared by run-like commands; merge into a command's table
 * with vm_options_longopts() and hand unknown codes to vm_options_parse. */
enum {
    VM_OPT_GC = 1000, VM_OPT_ALLOC, VM_OPT_ARENA, VM_OPT_POOL, VM_OPT_THRESHOLD,
    VM_OPT_STRESS, VM_OPT_VERBOSE_GC, VM_OPT_FREEZE, VM_OPT_HEAP_POLICY,
    VM_OPT_BOEHM_INCREMENTAL, VM_OPT_BOEHM_DIVISOR, VM_OPT_BOEHM_INITIAL, VM_OPT_BOEHM_MAX,
    VM_OPT_GC_TRIGGER, VM_OPT_GC_OPT,
    VM_OPT_GC_CHECK,
};
extern const struct option vm_runtime_longopts[];
#define VM_RUNTIME_LONGOPTS_COUNT 16
extern const char vm_runtime_options_help[];

void vm_options_default(vm_options *o);
/* Handle one getopt_long result code belonging to the runtime options.
 * Returns 1 if handled, 0 if the code is not one of ours, -1 (message
 * printed to stderr naming the flag and what is allowed) on a bad value. */
int vm_options_parse(vm_options *o, int code, const char *arg, const char *prog);
/* Final consistency checks after all flags are read; -1 with a message. */
int vm_options_check(vm_options *o, const char *prog);

/* Parse "256K", "1M", "16384" (bytes; K/M/G are powers of 1024). */
int vm_parse_size(const char *text, size_t *out);

/* Bring the runtime up as o describes: allocator, collector, objects.
 * Returns 0, or -1 after printing why. */
int vm_runtime_start(const vm_options *o);
/* What a run left allocated, relative to the baseline taken at the end of
 * vm_runtime_start, so the runtime's own permanent objects (types, interned
 * strings, caches) never count as leaked. */
typedef struct vm_leak_report {
    int64_t objects;
    int64_t bytes;
    int64_t containers;   /* tracked containers: under rc, those in leaked cycles */
} vm_leak_report;

/* Tear the runtime down; final collector statistics in *final_stats and the
 * leak report in *leaks (either may be NULL). */
void vm_runtime_stop(gc_stats *final_stats, vm_leak_report *leaks);

#endif

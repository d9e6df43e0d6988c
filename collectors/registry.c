/*
 * registry.c -- the list of collectors compiled in, selection by name, and
 * the parsing of collector settings shared by every collector.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "collectors/collector.h"
#include "collectors/gc_check.h"
#include "runtime/alloc.h"
#include "runtime/error.h"

static const gc_collector *const collectors[] = {
    &gc_gen_collector,
    &gc_rc_collector,
    &gc_marksweep_collector,
    &gc_incr_collector,
    &gc_ft_collector,
#ifndef GCLAB_SANITIZE
    &gc_boehm_collector,
#endif
    NULL,
};

static const gc_collector *active;

const gc_collector *const *gc_all(void) { return collectors; }

const gc_collector *gc_find(const char *name)
{
    for (int i = 0; collectors[i]; i++)
        if (strcmp(collectors[i]->name, name) == 0)
            return collectors[i];
    return NULL;
}

int gc_select(const gc_collector *c, const gc_config *cfg, char *err, size_t errlen)
{
    if (c->init(cfg, err, errlen) < 0)
        return -1;
    active = c;
    gc_check_enabled = cfg && cfg->check;
    return 0;
}

const gc_collector *gc_active(void) { return active; }

int gc_parse_thresholds(const char *text, gc_config *cfg, char *err, size_t errlen)
{
    intptr_t t[GC_GENERATIONS] = { 700, 10, 10 };
    const char *p = text;
    int n = 0;
    while (*p) {
        if (n == GC_GENERATIONS) {
            snprintf(err, errlen, "at most %d thresholds, got '%s'", GC_GENERATIONS, text);
            return -1;
        }
        char *end;
        errno = 0;
        long long v = strtoll(p, &end, 10);
        if (end == p || errno || v < 0 || v > INT32_MAX || (*end && *end != ',')) {
            snprintf(err, errlen, "'%s' is not a list of 1 to %d whole numbers >= 0 separated by commas",
                     text, GC_GENERATIONS);
            return -1;
        }
        t[n++] = (intptr_t)v;
        p = *end ? end + 1 : end;
        if (*end == ',' && !*p) {
            snprintf(err, errlen, "'%s' ends with a comma", text);
            return -1;
        }
    }
    if (n == 0) {
        snprintf(err, errlen, "empty threshold list");
        return -1;
    }
    memcpy(cfg->threshold, t, sizeof t);
    cfg->threshold_set = true;
    return 0;
}

int gc_parse_heap_policy(const char *text, gc_config *cfg, char *err, size_t errlen)
{
    if (strcmp(text, "default") == 0) {
        cfg->heap_grow = 0;
        cfg->heap_fixed = 0;
        return 0;
    }
    if (strncmp(text, "grow:", 5) == 0) {
        char *end;
        double f = strtod(text + 5, &end);
        if (end == text + 5 || *end || !(f > 1.0 && f <= 100.0)) {
            snprintf(err, errlen, "grow:FACTOR needs 1 < FACTOR <= 100");
            return -1;
        }
        cfg->heap_grow = f;
        cfg->heap_fixed = 0;
        return 0;
    }
    if (strncmp(text, "fixed:", 6) == 0) {
        const char *p = text + 6;
        char *end;
        errno = 0;
        unsigned long long v = strtoull(p, &end, 10);
        unsigned shift = 0;
        if (*end == 'k' || *end == 'K') shift = 10, end++;
        else if (*end == 'm' || *end == 'M') shift = 20, end++;
        else if (*end == 'g' || *end == 'G') shift = 30, end++;
        if (*end == 'i') end++;
        if (*end == 'B') end++;
        if (end == p || *end || errno || *p == '-' || v == 0 || v > (SIZE_MAX >> shift)) {
            snprintf(err, errlen, "fixed:SIZE needs a size in bytes > 0, e.g. fixed:64M");
            return -1;
        }
        cfg->heap_fixed = (size_t)(v << shift);
        return 0;
    }
    snprintf(err, errlen, "default, grow:FACTOR or fixed:SIZE expected");
    return -1;
}

/* ---- roots and safe points ---------------------------------------------- */

bool gc_collect_wanted;
static int (*vm_visit_roots)(rt_visitproc, void *);
static bool (*vm_is_safe)(void);
static void (*vm_scrub)(void);

void gc_runtime_ready(void)
{
    if (active && active->runtime_ready)
        active->runtime_ready();
}

void gc_set_vm_hooks(int (*visit_roots)(rt_visitproc, void *), bool (*is_safe)(void), void (*scrub)(void))
{
    vm_visit_roots = visit_roots;
    vm_is_safe = is_safe;
    vm_scrub = scrub;
}

void gc_vm_scrub(void)
{
    if (vm_scrub)
        vm_scrub();
}

int gc_visit_vm_roots(rt_visitproc visit, void *arg)
{
    return vm_visit_roots ? vm_visit_roots(visit, arg) : 0;
}

bool gc_vm_is_safe(void) { return !vm_is_safe || vm_is_safe(); }

/* The explicit root stack lives in RAW memory: it must not depend on the
 * collector it describes. */
static rt_object ***root_slots;
static int root_count, root_cap;

void gc_root_push(rt_object **slot)
{
    if (root_count == root_cap) {
        int cap = root_cap ? root_cap * 2 : 64;   /* a handful of C paths nest at once */
        rt_object ***n = rt_raw_realloc(root_slots, sizeof *n * (size_t)cap);
        if (!n) {
            fprintf(stderr, "gclab: out of memory for the explicit root stack\n");
            abort();   /* losing a root would free a live object: worse than stopping */
        }
        root_slots = n;
        root_cap = cap;
    }
    root_slots[root_count++] = slot;
}

void gc_root_pop(rt_object **slot)
{
    /* Popping out of order, or more than was pushed, would leave a dead
     * slot registered and drop a live one: a tracing collector would then
     * read a stale stack variable or free what it holds. */
    GCLAB_ASSERT(root_count > 0);
    GCLAB_ASSERT(root_slots[root_count - 1] == slot);
    (void)slot;
    root_count--;
}

int gc_visit_explicit_roots(rt_visitproc visit, void *arg)
{
    for (int i = 0; i < root_count; i++)
        if (*root_slots[i]) {
            int r = visit(*root_slots[i], arg);
            if (r)
                return r;
        }
    return 0;
}

void gc_safe_point(void)
{
    if (!gc_collect_wanted || !active || !gc_vm_is_safe())
        return;
    gc_collect_wanted = false;
    if (active->collect(-1) < 0)   /* -1: the work the collector asked for */
        rt_err_clear();
}

static int count_one(rt_object *o, void *arg)
{
    (void)o;
    (*(uint64_t *)arg)++;
    return 0;
}

void gc_stats_fill_live(gc_stats *out)
{
    rt_alloc_stats a;
    rt_alloc_get_stats(&a);
    out->objects_live = a.domain[RT_DOMAIN_OBJ].blocks_in_use;
    out->bytes_live = a.domain[RT_DOMAIN_OBJ].bytes_in_use + a.domain[RT_DOMAIN_MEM].bytes_in_use;
    out->containers_tracked = 0;
    if (!active)
        return;
    active->for_each_object(-1, count_one, &out->containers_tracked);
    /* for_each_object (gc.get_objects) leaves gc.freeze()'s permanent
     * generation out, as CPython does; frozen containers are still
     * tracked, and the leak report compares counts taken before and after
     * a freeze. */
    if (active->freeze_count)
        out->containers_tracked += (uint64_t)active->freeze_count();
}

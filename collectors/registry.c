/*
 * registry.c -- the collectors compiled in (collectors/list.h), selection
 * by name, the collectors' options, the parsing of collector settings
 * shared by every collector, and the VM's hooks (roots, safe points).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "collectors/collector.h"
#include "collectors/gc_check.h"
#include "runtime/alloc.h"
#include "runtime/error.h"

/* NEEDS column: a LIBGC collector is left out of the sanitizer build,
 * where libgc's scanning and AddressSanitizer do not mix. */
#define GC_IF_ALWAYS(x) x,
#ifdef GCLAB_SANITIZE
#define GC_IF_LIBGC(x)
#else
#define GC_IF_LIBGC(x) x,
#endif

static const gc_collector *const collectors[] = {
#define GC_COLLECTOR(name, caps, needs, flags) GC_IF_##needs(&gc_##name##_collector)
#include "collectors/list.h"
#undef GC_COLLECTOR
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

static unsigned ready_calls;   /* gc_runtime_ready since gc_select */

int gc_select(const gc_collector *c, const gc_config *cfg, char *err, size_t errlen)
{
    static const gc_config defaults;
    if (!cfg)
        cfg = &defaults;
    rt_gc.trace_all = false;
    rt_gc_startup_adopt = NULL;   /* a collector that places start-up objects sets it */
    if (c->init(cfg, err, errlen) < 0)
        return -1;
    active = c;
    gc_check_enabled = cfg && cfg->check;
    ready_calls = 0;
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

int gc_parse_size(const char *text, size_t *out)
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
    case 'B': break;
    default: return -1;
    }
    if (*end == 'i' && shift)   /* accept KiB / KB / B spellings */
        end++;
    if (*end == 'B')
        end++;
    if (*end || v > (SIZE_MAX >> shift))
        return -1;
    *out = (size_t)(v << shift);
    return 0;
}

int gc_parse_bool(const char *text, bool *out)
{
    static const char *const yes[] = { "on", "yes", "true", "1" }, *const no[] = { "off", "no", "false", "0" };
    for (int i = 0; i < 4; i++)
        if (strcmp(text, yes[i]) == 0 || strcmp(text, no[i]) == 0) {
            *out = strcmp(text, yes[i]) == 0;
            return 0;
        }
    return -1;
}

int gc_parse_heap_policy(const char *text, gc_heap_policy *p, char *err, size_t errlen)
{
    if (strcmp(text, "default") == 0) {
        p->grow = 0;
        p->fixed = 0;
        return 0;
    }
    if (strncmp(text, "grow:", 5) == 0) {
        char *end;
        double f = strtod(text + 5, &end);
        if (end == text + 5 || *end || !(f > 1.0 && f <= 100.0)) {
            snprintf(err, errlen, "grow:FACTOR needs 1 < FACTOR <= 100");
            return -1;
        }
        p->grow = f;
        p->fixed = 0;
        return 0;
    }
    if (strncmp(text, "fixed:", 6) == 0) {
        size_t v;
        if (gc_parse_size(text + 6, &v) < 0 || v == 0) {
            snprintf(err, errlen, "fixed:SIZE needs a size in bytes > 0, e.g. fixed:64M");
            return -1;
        }
        p->fixed = v;
        return 0;
    }
    snprintf(err, errlen, "default, grow:FACTOR or fixed:SIZE expected");
    return -1;
}

/* ---- options ------------------------------------------------------------ */

int gc_config_add_option(gc_config *cfg, const char *key, size_t keylen, const char *value, char *err,
                         size_t errlen)
{
    if (cfg->nopts == GC_OPTS_MAX) {
        snprintf(err, errlen, "at most %d collector options", GC_OPTS_MAX);
        return -1;
    }
    if (keylen == 0 || keylen >= sizeof cfg->opts[0].key) {
        snprintf(err, errlen, "an option needs a key of 1 to %zu characters before '='",
                 sizeof cfg->opts[0].key - 1);
        return -1;
    }
    memcpy(cfg->opts[cfg->nopts].key, key, keylen);
    cfg->opts[cfg->nopts].key[keylen] = 0;
    cfg->opts[cfg->nopts].value = value;
    cfg->nopts++;
    return 0;
}

int gc_config_add(gc_config *cfg, const char *key_value, char *err, size_t errlen)
{
    const char *eq = strchr(key_value, '=');
    if (!eq) {
        snprintf(err, errlen, "KEY=VALUE expected, e.g. trigger=safepoint");
        return -1;
    }
    return gc_config_add_option(cfg, key_value, (size_t)(eq - key_value), eq + 1, err, errlen);
}

/* c's keys, comma-separated, or "none". */
static void option_keys(const gc_collector *c, char *buf, size_t len)
{
    size_t n = 0;
    buf[0] = 0;
    for (const gc_option *o = c->options; o && o->key && n < len; o++) {
        int w = snprintf(buf + n, len - n, "%s%s", n ? ", " : "", o->key);
        n += w > 0 ? (size_t)w : 0;
    }
    if (!buf[0])
        snprintf(buf, len, "none");
}

static int apply_one(const gc_collector *c, const char *key, const char *value, char *err, size_t errlen)
{
    for (const gc_option *o = c->options; o && o->key; o++) {
        if (strcmp(o->key, key) != 0)
            continue;
        char why[160];
        if (o->set(value, why, sizeof why) == 0)
            return 0;
        snprintf(err, errlen, "invalid value '%s' (%s) for option '%s' of collector '%s'", value, why, key, c->name);
        return -1;
    }
    char keys[160];
    option_keys(c, keys, sizeof keys);
    if (c->options && c->options->key)
        snprintf(err, errlen, "collector '%s' has no option '%s' (valid keys: %s)", c->name, key, keys);
    else
        snprintf(err, errlen, "collector '%s' has no option '%s' (it takes no options)", c->name, key);
    return -1;
}

int gc_apply_options(const gc_collector *c, const gc_config *cfg, char *err, size_t errlen)
{
    for (int i = 0; cfg && i < cfg->nopts; i++)
        if (apply_one(c, cfg->opts[i].key, cfg->opts[i].value, err, errlen) < 0)
            return -1;
    return 0;
}

int gc_check_option(const char *collector, const char *key, const char *value, char *err, size_t errlen)
{
    const gc_collector *c = gc_find(collector);
    return c ? apply_one(c, key, value, err, errlen) : 0;
}

/* ---- roots and safe points ---------------------------------------------- */

bool gc_collect_wanted;
rt_tel_reason gc_reason = RT_TEL_REASON_THRESHOLD;
static int (*vm_visit_roots)(rt_visitproc, void *);
static bool (*vm_is_safe)(void);
static void (*vm_stacks)(gc_range_fn *);

void gc_runtime_ready(void)
{
    ready_calls++;
    if (active && active->runtime_ready)
        active->runtime_ready();
}

unsigned gc_runtime_ready_calls(void) { return ready_calls; }

void gc_set_vm_hooks(int (*visit_roots)(rt_visitproc, void *), bool (*is_safe)(void), void (*stacks)(gc_range_fn *))
{
    vm_visit_roots = visit_roots;
    vm_is_safe = is_safe;
    vm_stacks = stacks;
}

void gc_vm_stacks(gc_range_fn *range)
{
    if (vm_stacks)
        vm_stacks(range);
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
    rt_tel_reason why = gc_reason_enter(RT_TEL_REASON_SAFEPOINT);
    if (active->safe_point && active->safe_point() < 0)
        rt_err_clear();
    gc_reason_leave(why);
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

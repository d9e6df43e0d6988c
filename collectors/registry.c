/*
 * registry.c -- the list of collectors compiled in, selection by name, and
 * the parsing of collector settings shared by every collector.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "collector.h"
#include "../runtime/alloc.h"

static const gc_collector *const collectors[] = {
    &gc_gen_collector,
    &gc_rc_collector,
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
    if (active)
        active->for_each_object(-1, count_one, &out->containers_tracked);
}

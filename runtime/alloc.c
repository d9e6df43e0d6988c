/*
 * alloc.c -- PLACEHOLDER: every domain goes straight to malloc.  The real
 * domains, the pymalloc backend and the statistics replace this file.
 */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"

static rt_alloc_config current = { RT_BACKEND_MALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT };

int rt_alloc_setup(const rt_alloc_config *cfg, char *err, size_t errlen)
{
    (void)err; (void)errlen;
    current = *cfg;
    return 0;
}
void rt_alloc_teardown(void) {}
const rt_alloc_config *rt_alloc_current(void) { return &current; }
const char *rt_backend_name(rt_backend_kind k) { return k == RT_BACKEND_PYMALLOC ? "pymalloc" : "malloc"; }
int rt_backend_parse(const char *name)
{
    if (strcmp(name, "pymalloc") == 0) return RT_BACKEND_PYMALLOC;
    if (strcmp(name, "malloc") == 0) return RT_BACKEND_MALLOC;
    return -1;
}
void *rt_raw_malloc(size_t n) { return malloc(n ? n : 1); }
void *rt_raw_calloc(size_t a, size_t b) { return calloc(a ? a : 1, b ? b : 1); }
void *rt_raw_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void rt_raw_free(void *p) { free(p); }
void *rt_mem_malloc(size_t n) { return malloc(n ? n : 1); }
void *rt_mem_calloc(size_t a, size_t b) { return calloc(a ? a : 1, b ? b : 1); }
void *rt_mem_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void rt_mem_free(void *p) { free(p); }
void *rt_obj_malloc(size_t n) { return malloc(n ? n : 1); }
void *rt_obj_calloc(size_t a, size_t b) { return calloc(a ? a : 1, b ? b : 1); }
void *rt_obj_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void rt_obj_free(void *p) { free(p); }
void rt_alloc_get_stats(rt_alloc_stats *out) { memset(out, 0, sizeof *out); }
size_t rt_alloc_live_bytes(void) { return 0; }
void rt_alloc_print_stats(FILE *out) { fprintf(out, "allocator statistics: not available\n"); }

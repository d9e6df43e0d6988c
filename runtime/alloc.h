/*
 * alloc.h -- memory allocation domains and their backends.
 *
 * Three domains, as CPython has them:
 *   RAW    always the system allocator (malloc); for memory that must not
 *          depend on the chosen backend (buffers of the VM itself, arenas);
 *   MEM    the chosen backend; for non-object buffers (list item arrays,
 *          dict tables, string builders);
 *   OBJECT the chosen backend; for objects (rt_object_new uses it).
 * A backend is chosen once, before the first allocation (rt_alloc_setup):
 *   "pymalloc"  arenas -> pools -> fixed-size blocks in 16-byte size
 *               classes up to 512 bytes, larger requests go to malloc;
 *   "malloc"    the C library's malloc/realloc/free.
 * Every domain keeps its own statistics; every backend keeps its own too
 * (rt_alloc_stats), so a run can report live bytes, high-water marks and,
 * for pymalloc, arenas, pools and bytes lost to size-class rounding.
 *
 * Invariants: a block is freed through the domain it came from; sizes passed
 * to rt_*_free are not needed (the backend finds them), but the statistics
 * count requested bytes, so every free is matched with the size recorded at
 * allocation (pymalloc: the block's size class; malloc: malloc_usable_size).
 */
#ifndef GCLAB_RUNTIME_ALLOC_H
#define GCLAB_RUNTIME_ALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>

typedef enum rt_domain { RT_DOMAIN_RAW, RT_DOMAIN_MEM, RT_DOMAIN_OBJ, RT_DOMAIN_COUNT } rt_domain;

typedef enum rt_backend_kind {
    RT_BACKEND_PYMALLOC,
    RT_BACKEND_MALLOC,
    RT_BACKEND_COUNT
} rt_backend_kind;

typedef struct rt_alloc_config {
    rt_backend_kind backend;
    size_t arena_size;      /* pymalloc: bytes per arena (power of two, >= 4 pools) */
    size_t pool_size;       /* pymalloc: bytes per pool (power of two, >= 1 KiB) */
} rt_alloc_config;

#define RT_ARENA_SIZE_DEFAULT ((size_t)256 << 10)  /* CPython <= 3.9; 3.10+ uses 1 MiB */
#define RT_POOL_SIZE_DEFAULT  ((size_t)4 << 10)    /* one page, as CPython <= 3.9 */
#define RT_SMALL_REQUEST_MAX  512                  /* larger requests go to malloc */
#define RT_ALIGNMENT          16                   /* size-class step and block alignment */
#define RT_SIZE_CLASSES       (RT_SMALL_REQUEST_MAX / RT_ALIGNMENT)

/* Choose the backend.  Returns 0, or -1 with a message in err (size errlen)
 * when the settings are invalid.  Calling it again after allocations were
 * made is an error. */
int rt_alloc_setup(const rt_alloc_config *cfg, char *err, size_t errlen);
/* Release everything the backend holds (end of run, tests). */
void rt_alloc_teardown(void);
const rt_alloc_config *rt_alloc_current(void);
const char *rt_backend_name(rt_backend_kind k);
/* Parse a backend name ("pymalloc", "malloc"); -1 if unknown. */
int rt_backend_parse(const char *name);

void *rt_raw_malloc(size_t n);
void *rt_raw_calloc(size_t nmemb, size_t size);
void *rt_raw_realloc(void *p, size_t n);
void rt_raw_free(void *p);

void *rt_mem_malloc(size_t n);
void *rt_mem_calloc(size_t nmemb, size_t size);
void *rt_mem_realloc(void *p, size_t n);
void rt_mem_free(void *p);

void *rt_obj_malloc(size_t n);
void *rt_obj_calloc(size_t nmemb, size_t size);
void *rt_obj_realloc(void *p, size_t n);
void rt_obj_free(void *p);

typedef struct rt_domain_stats {
    uint64_t allocs, frees;     /* calls that succeeded */
    size_t bytes_in_use;        /* requested bytes currently allocated */
    size_t bytes_peak;          /* high-water mark of bytes_in_use */
    size_t blocks_in_use;
    size_t blocks_peak;
} rt_domain_stats;

typedef struct rt_size_class_stats {
    size_t block_size;
    size_t blocks_in_use;
    size_t blocks_free;         /* free blocks in pools that are in use */
    size_t pools_in_use;
    size_t bytes_requested;     /* sum of requested sizes of live blocks */
} rt_size_class_stats;

typedef struct rt_alloc_stats {
    rt_domain_stats domain[RT_DOMAIN_COUNT];
    /* pymalloc only (zero for malloc) */
    size_t arenas_allocated_total;  /* ever mapped */
    size_t arenas_freed_total;      /* returned to the OS */
    size_t arenas_in_use;
    size_t arenas_peak;
    size_t pools_in_use;
    size_t pools_peak;
    size_t pools_free;              /* in arenas still held */
    size_t bytes_mapped;            /* arenas * arena_size */
    size_t bytes_in_blocks;         /* sum of block sizes of live small blocks */
    size_t bytes_lost_rounding;     /* block size - requested, over live blocks */
    size_t large_bytes_in_use;      /* requests > 512 passed to malloc */
    rt_size_class_stats size_class[RT_SIZE_CLASSES];
} rt_alloc_stats;

void rt_alloc_get_stats(rt_alloc_stats *out);
/* Bytes in use by objects and buffers (MEM + OBJECT), the "live bytes" of
 * the telemetry; cheap. */
size_t rt_alloc_live_bytes(void);
/* Print the statistics in the spirit of sys._debugmallocstats(). */
void rt_alloc_print_stats(FILE *out);

#endif

/*
 * alloc.h -- memory allocation domains and their backends.
 *
 * Three domains, as CPython has them:
 *   RAW    always the system allocator (malloc); for memory that must not
 *          depend on the chosen backend (buffers of the VM itself);
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
 * What is counted (both backends, every domain): the bytes a block really
 * occupies -- "granted" bytes: for a pymalloc block its size class (16..512),
 * for a malloc block malloc_usable_size().  They are known again at free
 * time, so bytes_in_use is exact and never drifts.  The requested sizes are
 * tracked beside them, per size class, to report the bytes lost to rounding:
 * exact when every free of the class was sized (rt_obj_free_sized /
 * rt_mem_free_sized, which objects and buffers can use because they know
 * their size); an unsized free or a realloc subtracts the class's mean
 * request instead, and frees_unsized says how many frees were estimated.
 *
 * Invariants: a block is freed through the domain it came from (RAW blocks
 * through rt_raw_free); rt_*_free(NULL) is a no-op; rt_*_malloc(0) returns a
 * distinct pointer; rt_*_realloc(p, 0) returns a minimal block, never frees.
 */
#ifndef GCLAB_RUNTIME_ALLOC_H
#define GCLAB_RUNTIME_ALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>

/* Branch hints for the allocation paths (the runtime's hot paths). */
#if defined(__GNUC__)
#define RT_LIKELY(x)   __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define RT_LIKELY(x)   (x)
#define RT_UNLIKELY(x) (x)
#endif

typedef enum rt_domain { RT_DOMAIN_RAW, RT_DOMAIN_MEM, RT_DOMAIN_OBJ, RT_DOMAIN_COUNT } rt_domain;

typedef enum rt_backend_kind {
    RT_BACKEND_PYMALLOC,
    RT_BACKEND_MALLOC,
    RT_BACKEND_BOEHM,       /* served by the hooks the boehm collector installs */
    RT_BACKEND_COUNT
} rt_backend_kind;

typedef struct rt_alloc_config {
    rt_backend_kind backend;
    size_t arena_size;      /* pymalloc: bytes per arena (power of two, >= 4 pools) */
    size_t pool_size;       /* pymalloc: bytes per pool (power of two, >= 1 KiB) */
} rt_alloc_config;

/* CPython 3.10+'s sizes on 64-bit (ARENA_BITS 20, POOL_BITS 14): fewer
 * pool and arena switches per object, and the figures researchers compare
 * with python3 come from the same geometry.  --arena-size 256K
 * --pool-size 4K gives CPython <= 3.9's. */
#define RT_ARENA_SIZE_DEFAULT ((size_t)1 << 20)
#define RT_POOL_SIZE_DEFAULT  ((size_t)16 << 10)
/* Like glibc's trim threshold: a loop that frees and reallocates a few MiB
 * must not pay page faults on every round. */
#define RT_ARENA_CACHE_DEFAULT ((size_t)4 << 20)
#define RT_SMALL_REQUEST_MAX  512                  /* larger requests go to malloc */
/* No block is larger than 1 TiB: a bigger request fails at once (MemoryError)
 * without reaching malloc -- it exceeds any machine this runs on, and
 * AddressSanitizer's own limit (it would abort or warn instead). */
#define RT_ALLOC_MAX          ((size_t)1 << 40)
#define RT_ALIGNMENT          16                   /* size-class step and block alignment */
#define RT_SIZE_CLASSES       (RT_SMALL_REQUEST_MAX / RT_ALIGNMENT)

/* Choose the backend.  Returns 0, or -1 with a message in err (size errlen)
 * when the settings are invalid (sizes not powers of two, pool < 1 KiB or
 * > 1 MiB, arena < 4 pools or > 1 GiB, unknown backend) or while MEM/OBJ
 * blocks are live.  Without a call, the first allocation sets up pymalloc
 * with the default sizes.  Resets the MEM/OBJ statistics. */
int rt_alloc_setup(const rt_alloc_config *cfg, char *err, size_t errlen);
/* The settings checks of rt_alloc_setup alone (for command-line parsing). */
int rt_alloc_validate(const rt_alloc_config *cfg, char *err, size_t errlen);
/* Release everything the backend holds (end of run, tests): arenas are
 * unmapped, so pymalloc blocks still live become invalid; MEM/OBJ
 * statistics are reset.  The next allocation sets the same config up again. */
void rt_alloc_teardown(void);
const rt_alloc_config *rt_alloc_current(void);
const char *rt_backend_name(rt_backend_kind k);
/* Parse a backend name ("pymalloc", "malloc"); -1 if unknown. */
int rt_backend_parse(const char *name);

/* A backend implemented outside the runtime (the boehm collector, which
 * links libgc; the runtime does not).  Installed once, before the first
 * MEM/OBJ allocation, with the backend set to RT_BACKEND_BOEHM.  While
 * installed, RAW blocks come from raw_malloc too (so that memory the VM
 * keeps object pointers in is seen by a conservative collector); RAW
 * blocks made before are told apart by owns() and go back to free(). */
typedef struct rt_alloc_external {
    /* A MEM or OBJ block (zeroed; atomic: never scanned for pointers, not
     * zeroed), counted by the backend (rt_alloc_count_external). */
    void *(*malloc)(rt_domain d, size_t n, bool atomic);
    void *(*realloc)(void *p, size_t n);
    void (*free)(void *p);
    void *(*raw_malloc)(size_t n);          /* zeroed, never collected */
    void (*raw_free)(void *p);
    bool (*owns)(const void *p);            /* p came from malloc or raw_malloc */
    size_t (*usable)(const void *p);
    /* Bytes the backend's collector still holds for MEM/OBJ blocks (it
     * frees them without telling us, so our counters only ever grow);
     * NULL: use the counters. */
    size_t (*live_bytes)(void);
    /* Hand over the MEM/OBJ blocks allocated but not counted yet (through
     * rt_alloc_count_external); called before the counters are read.  NULL:
     * every block is counted when it is made. */
    void (*flush_counts)(void);
} rt_alloc_external;
void rt_alloc_set_external(const rt_alloc_external *x);

void *rt_raw_malloc(size_t n);
void *rt_raw_calloc(size_t nmemb, size_t size);
void *rt_raw_realloc(void *p, size_t n);
void rt_raw_free(void *p);
/* A RAW block a conservative collector does not scan (zeroed only under
 * the external backend): its owner reports the part that holds object
 * pointers itself (the VM's value stacks: gc_set_vm_hooks).  rt_raw_free
 * frees it. */
void *rt_raw_malloc_unscanned(size_t n);

void *rt_mem_malloc(size_t n);
void *rt_mem_calloc(size_t nmemb, size_t size);
void *rt_mem_realloc(void *p, size_t n);
void rt_mem_free(void *p);

/* A block that will never hold a pointer to an object or to another block
 * (characters, numbers, bytecode): the same as rt_mem_malloc, except that a
 * conservative collector's backend (boehm) puts it where it does not scan
 * (GC_MALLOC_ATOMIC: faster collections, no false retention by its bytes).
 * rt_mem_realloc keeps that kind. */
void *rt_mem_malloc_atomic(size_t n);

void *rt_obj_malloc(size_t n);
void *rt_obj_calloc(size_t nmemb, size_t size);
/* The same for an object's block whose object holds no pointer to a heap
 * object (rt_objspace.calloc_atomic under boehm: str, int, float). */
void *rt_obj_malloc_atomic(size_t n);
/* The external backend counts the MEM and OBJ blocks it makes here
 * (its collector allocates object blocks itself: no domain dispatch, no
 * call through the backend's table): `count` blocks of domain d, request
 * n and usable size `usable` each, possibly long after (flush_counts). */
void rt_alloc_count_external(rt_domain d, size_t n, size_t usable, uint64_t count);
/* rt_obj_malloc / rt_obj_calloc of n bytes behind a link of two words (an
 * rt_gchead: next, prev), which is appended at the tail of the circular
 * list headed by `list` (written whole: the list keeps no flag bits);
 * returns the memory after the link, NULL without memory.  marksweep's
 * allocation of every object, in one call instead of two (n + the link
 * must not overflow: the caller checks). */
struct rt_gchead;
void *rt_obj_malloc_linked(size_t n, struct rt_gchead *list);
void *rt_obj_calloc_linked(size_t n, struct rt_gchead *list);
void *rt_obj_realloc(void *p, size_t n);
void rt_obj_free(void *p);
/* rt_obj_free of every block of a chain linked through the blocks' first
 * word (NULL ends it), straight into the pools: a burst of frees (a
 * sweep's) skips the per-class cache, which it would only fill. */
void rt_obj_free_chain(void *first);

/* Free a block whose requested size n the caller knows (objects know their
 * size from their type): same as rt_*_free, but keeps the rounding loss
 * statistics exact.  n must be the size passed to the malloc/realloc that
 * made the block. */
void rt_obj_free_sized(void *p, size_t n);
void rt_mem_free_sized(void *p, size_t n);

/* Bytes usable in a block of any domain (>= the request): its size class for
 * a pymalloc block, malloc_usable_size otherwise. */
size_t rt_alloc_usable_size(const void *p);
/* pymalloc keeps up to `bytes` of entirely free arenas mapped (at least one
 * arena) against mmap/munmap thrashing; default RT_ARENA_CACHE_DEFAULT, and
 * 1 keeps a single spare, as CPython does.  Takes effect at once. */
void rt_alloc_set_arena_cache(size_t bytes);
/* Give every entirely free arena back to the OS (like malloc_trim). */
void rt_alloc_trim(void);
/* Return the freed blocks pymalloc keeps per class in front of its pools
 * (at most 16 a class), so that the pools and arenas they came from may
 * empty: called after explicit and full collections; every statistic of
 * pools and arenas does it itself. */
void rt_alloc_flush(void);

/* The peaks are sampled, not tracked at every allocation (that would double
 * the cost of a pymalloc allocation): checked when pymalloc's pools in use
 * reach a new high, at every block from the C library, before every free or
 * realloc of an external backend's block (its counters fall nowhere else),
 * and at every rt_alloc_get_stats.  They are lower bounds of the true high-water marks,
 * close for a heap that grows into new pools; a peak reached by refilling
 * holes in pools already in use can be missed.  The telemetry's peak live
 * bytes (stats.json) are its own samples and do not use them. */
typedef struct rt_domain_stats {
    uint64_t allocs, frees;     /* blocks created / destroyed (a moving realloc is neither) */
    uint64_t reallocs;          /* successful reallocs of an existing block */
    size_t bytes_in_use;        /* granted bytes of live blocks (see above) */
    size_t bytes_peak;          /* sampled high-water mark of bytes_in_use */
    size_t blocks_in_use;
    size_t blocks_peak;         /* sampled high-water mark of blocks_in_use */
} rt_domain_stats;

typedef struct rt_size_class_stats {
    size_t block_size;
    size_t blocks_in_use;
    size_t blocks_free;         /* free blocks in pools that are in use */
    size_t pools_in_use;
    size_t bytes_in_blocks;     /* granted bytes of live blocks */
    size_t bytes_requested;     /* requested sizes of live blocks (exact if no unsized frees) */
} rt_size_class_stats;

typedef struct rt_alloc_stats {
    rt_domain_stats domain[RT_DOMAIN_COUNT];
    /* pymalloc only (zero for malloc) */
    size_t arenas_allocated_total;  /* ever mapped */
    size_t arenas_freed_total;      /* returned to the OS */
    size_t arenas_in_use;           /* mapped and holding at least one used pool */
    size_t arenas_cached;           /* mapped but entirely free (the arena cache) */
    size_t arenas_peak;             /* most arenas mapped at once */
    size_t pools_in_use;
    size_t pools_peak;
    size_t pools_free;              /* free pools in arenas still mapped */
    size_t bytes_mapped;            /* mapped arenas * arena_size */
    size_t bytes_metadata;          /* arena records with pool headers, radix tree (malloc'ed) */
    /* both backends (MEM + OBJ; RAW has only its domain statistics).  For the
     * malloc backend a "small" block is one whose usable size is <= 512, and
     * size_class[i] counts blocks of usable size in (16i, 16i+16]. */
    size_t bytes_in_blocks;         /* granted bytes of live small blocks */
    size_t bytes_lost_rounding;     /* granted - requested, over all live blocks */
    uint64_t frees_unsized;         /* frees/reallocs whose request was estimated */
    size_t large_blocks_in_use;     /* pymalloc: requests > 512 passed to malloc */
    size_t large_bytes_in_use;
    rt_size_class_stats size_class[RT_SIZE_CLASSES];
} rt_alloc_stats;

void rt_alloc_get_stats(rt_alloc_stats *out);
/* Arenas and pools in use (as in rt_alloc_get_stats; 0 for malloc), without
 * its per-class work: the telemetry samples them at every collection. */
void rt_alloc_usage(size_t *arenas_in_use, size_t *pools_in_use);
/* Bytes in use by objects and buffers (MEM + OBJECT), the "live bytes" of
 * the telemetry: exact, derived from the per-class counters (O(size
 * classes), about 700 instructions). */
size_t rt_alloc_live_bytes(void);
/* Blocks ever allocated in the OBJECT domain (objects born), as
 * rt_alloc_get_stats counts them, without its other work: the
 * telemetry's allocation clock. */
uint64_t rt_alloc_obj_allocs(void);
/* Walk every arena and pool and check the allocator's invariants against
 * its counters (tests, debugging; O(pools)).  0, or -1 with a message. */
int rt_alloc_check(char *err, size_t errlen);
/* Print the statistics in the spirit of sys._debugmallocstats(). */
void rt_alloc_print_stats(FILE *out);

#endif

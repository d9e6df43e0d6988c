/*
 * pymalloc.h -- private interface between the domains (alloc.c) and the
 * small-object allocator (pymalloc.c).  Not for use outside runtime/.
 *
 * pymalloc.c only manages arenas, pools and blocks; it keeps no per-domain
 * or per-request statistics.  alloc.c does the accounting, so both backends
 * are counted by the same code.
 */
#ifndef GCLAB_RUNTIME_PYMALLOC_H
#define GCLAB_RUNTIME_PYMALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "alloc.h"

#if defined(__GNUC__)
#define RT_LIKELY(x)   __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define RT_LIKELY(x)   (x)
#define RT_UNLIKELY(x) (x)
#endif

/* Size class of a request of n <= RT_SMALL_REQUEST_MAX bytes (0 counts as 1:
 * a zero-byte request still gets a distinct pointer). */
static inline unsigned rt_size_class(size_t n)
{
    return (unsigned)((n ? n - 1 : 0) / RT_ALIGNMENT);
}
#define RT_CLASS_SIZE(c) (((size_t)(c) + 1) * RT_ALIGNMENT)

/* Validated sizes only (alloc.c checks them); cache_bytes: entirely free
 * arenas kept mapped (at least one).  -1 when out of memory. */
int rt_pym_init(size_t arena_size, size_t pool_size, size_t cache_bytes);
/* Unmap every arena and drop all metadata; blocks become invalid. */
void rt_pym_fini(void);
bool rt_pym_ready(void);

/* A block of class c, with n bytes addressable (ASan); NULL if no memory. */
void *rt_pym_alloc(unsigned c, size_t n);
/* Free p if it lies in one of our arenas and return its class; -1 (and
 * nothing done) if p is not ours. */
int rt_pym_free(void *p);
/* Class of p if it lies in one of our arenas, else -1.  O(1), sound for any
 * pointer value. */
int rt_pym_class_of(const void *p);
/* p stays in its class but now holds n bytes (ASan: re-poison the tail).
 * Before a move, makes the whole block readable so it can be copied. */
void rt_pym_resize(void *p, size_t n);

/* Keep at most cache_bytes of entirely free arenas (at least one). */
void rt_pym_set_cache(size_t cache_bytes);
/* Return every entirely free arena to the OS (the cache included). */
void rt_pym_trim(void);

typedef struct rt_pym_stats {
    size_t arenas_allocated_total, arenas_freed_total;
    size_t arenas_mapped, arenas_cached, arenas_peak;
    size_t pools_in_use, pools_peak, pools_free;
    size_t class_pools[RT_SIZE_CLASSES];
    size_t blocks_per_pool[RT_SIZE_CLASSES];
    size_t bytes_metadata;                  /* radix tree, arena records, pool headers */
} rt_pym_stats;
void rt_pym_get_stats(rt_pym_stats *out);
/* Walk every arena and pool and verify the invariants of pymalloc.c;
 * class_blocks gets the blocks in use per class.  -1 with a message. */
int rt_pym_check(size_t class_blocks[RT_SIZE_CLASSES], char *err, size_t errlen);

#endif

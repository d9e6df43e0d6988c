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
#include "runtime/alloc.h"

/* Size class of a request of n <= RT_SMALL_REQUEST_MAX bytes (0 counts as 1:
 * a zero-byte request still gets a distinct pointer). */
static inline unsigned rt_size_class(size_t n)
{
    return (unsigned)((n ? n - 1 : 0) / RT_ALIGNMENT);
}
#define RT_CLASS_SIZE(c) (((size_t)(c) + 1) * RT_ALIGNMENT)

/* ---- layout shared with the inline fast paths -------------------------- */

typedef struct rt_pym_pool rt_pym_pool;
typedef struct rt_pym_arena rt_pym_arena;

struct rt_pym_pool {
    void *freeblock;            /* first free block, NULL when the pool is full */
    uint32_t ref;               /* blocks in use */
    uint32_t szidx;             /* size class */
    rt_pym_pool *next, *prev;   /* usedpools[szidx] list; next: arena freepools */
    rt_pym_arena *arena;
    char *addr;                 /* the pool's memory (its first block) */
    uint32_t nextoffset;        /* first never-used block */
    uint32_t maxnextoffset;     /* last offset at which a whole block fits */
    uint64_t pad_;              /* 64 bytes: the header's address is a shift */
};

struct rt_pym_arena {
    uintptr_t base;
    /* Size class of each pool in use, a byte a pool (pool_class[i] ==
     * pools[i].szidx; after the pool headers, in the same allocation): the
     * inline free reads one byte of a line 64 pools share, not the pool's
     * header, which it needs only when the per-class cache is full.  With
     * random lifetimes on 10,000 objects the headers' lines missed the L1
     * on a quarter of the frees, on the free's dependent chain. */
    uint8_t *pool_class;
    unsigned ncarved;           /* pools[0 .. ncarved) have been used at least once */
    unsigned nfreepools;        /* freepools + never-carved pools */
    rt_pym_pool *freepools;     /* pools returned by their class, reusable */
    rt_pym_arena *next, *prev;  /* usable_arenas (only when nfreepools > 0) */
    rt_pym_arena *all_next, *all_prev; /* every mapped arena */
    rt_pym_pool pools[];        /* one header per pool */
};

/* Freed blocks kept per class in front of the pools, at most this many
 * (as glibc's tcache): a free and the allocation after it touch the block
 * and this array only, not the pool header, and a pool that was full is
 * not put back on usedpools by a free only to leave it at the next
 * allocation (a mispredicted branch each with random lifetimes).  A cached
 * block still counts as in use by its pool: rt_pym_flush returns them
 * before anything reads the pools (statistics, rt_pym_check, trim). */
#define RT_PYM_TCACHE_MAX 16

/* Entries of the arena cache in front of the radix tree (a power of two). */
#define RT_PYM_ACACHE 8

typedef struct rt_pym_hot {
    void *tc_head[RT_SIZE_CLASSES];     /* linked through the first word */
    uint32_t tc_count[RT_SIZE_CLASSES];
    rt_pym_pool *usedpools[RT_SIZE_CLASSES];
    rt_pym_arena ***root;               /* radix tree: root -> leaf -> arena */
    uintptr_t root_len;                 /* entries of root; 0 before set-up */
    /* Arenas frees found lately, direct-mapped by key (address >>
     * arena_shift) modulo RT_PYM_ACACHE: see rt_pym_arena_of_cached. */
    uintptr_t acache_key[RT_PYM_ACACHE];           /* RT_PYM_NO_KEY: empty */
    rt_pym_arena *acache_arena[RT_PYM_ACACHE];
    unsigned root_shift, arena_shift, pool_shift;
    uintptr_t leaf_mask;
} rt_pym_hot;
extern rt_pym_hot rt_pym_h;

/* x86-64 and AArch64 user space with 4-level page tables; an address above
 * this is never ours (mmap does not return one without a hint). */
#define RT_PYM_ADDR_BITS 48

/* The arena holding address a, or NULL: two loads, no access to memory
 * that might not be ours.  The root covers bits RT_PYM_ADDR_BITS-1 ..
 * root_shift exactly, so one bound check refuses both an address above
 * them and any address before set-up (root_len 0): pymalloc being the
 * backend needs no test of its own on the free path. */
static inline rt_pym_arena *rt_pym_arena_of(uintptr_t a)
{
    uintptr_t i = a >> rt_pym_h.root_shift;
    if (i >= rt_pym_h.root_len)
        return NULL;
    rt_pym_arena **leaf = rt_pym_h.root[i];
    if (!leaf)
        return NULL;
    return leaf[(a >> rt_pym_h.arena_shift) & rt_pym_h.leaf_mask];
}

/* A key no address has (arena_shift >= 12). */
#define RT_PYM_NO_KEY UINTPTR_MAX

/* rt_pym_arena_of through a small direct-mapped cache (slot: key modulo
 * RT_PYM_ACACHE; arenas are aligned to their size, so the key names the
 * arena).  A hit skips both loads of the tree.  Not one entry: frees
 * spread over a few arenas (random lifetimes on a heap of 2-8 MiB) missed
 * a one-entry cache every second time or so, and that branch, taken at
 * random, was mispredicted on 41% of the frees (RANDOM, 10,000 live
 * objects: 0.21 mispredictions per operation under callgrind's model);
 * with eight entries the hit is the rule there too. */
static inline rt_pym_arena *rt_pym_arena_of_cached(uintptr_t a)
{
    uintptr_t key = a >> rt_pym_h.arena_shift;
    unsigned i = (unsigned)key & (RT_PYM_ACACHE - 1);
    if (RT_LIKELY(key == rt_pym_h.acache_key[i])) {
        rt_pym_arena *hit = rt_pym_h.acache_arena[i];
        if (!hit)
            __builtin_unreachable();   /* a key is set with its arena */
        return hit;
    }
    rt_pym_arena *ar = rt_pym_arena_of(a);
    if (ar) {
        rt_pym_h.acache_key[i] = key;
        rt_pym_h.acache_arena[i] = ar;
    }
    return ar;
}

static inline rt_pym_pool *rt_pym_pool_of(rt_pym_arena *a, const void *p)
{
    return &a->pools[((uintptr_t)p - a->base) >> rt_pym_h.pool_shift];
}

/* Validated sizes only (alloc.c checks them); cache_bytes: entirely free
 * arenas kept mapped (at least one).  -1 when out of memory. */
int rt_pym_init(size_t arena_size, size_t pool_size, size_t cache_bytes);
/* Unmap every arena and drop all metadata; blocks become invalid. */
void rt_pym_fini(void);
bool rt_pym_ready(void);
/* True once after the pools in use rose above their earlier high: the
 * moments the domains' sampled peaks are checked at (alloc.c).  Not at
 * every return to an equal high: a program that takes and gives back one
 * pool per loop iteration (a generator made and dropped) would pay a
 * whole-domain sum at each. */
bool rt_pym_pools_new_peak(void);

/* A block of class c, with n bytes addressable (ASan); NULL if no memory. */
void *rt_pym_alloc(unsigned c, size_t n);
/* Free p if it lies in one of our arenas and return its class; -1 (and
 * nothing done) if p is not ours. */
int rt_pym_free(void *p);

/* usedpools[pl->szidx] gains pl at its front (a pool that was full, or a
 * new one). */
static inline void rt_pym_used_push(rt_pym_pool *pl)
{
    rt_pym_pool **head = &rt_pym_h.usedpools[pl->szidx];
    pl->prev = NULL;
    pl->next = *head;
    if (*head)
        (*head)->prev = pl;
    *head = pl;
}

/* Inline fast paths for the common cases: a block from the head pool of the
 * class (its free list, else a never-used block; the pool leaves the list
 * when that was its last one) / a free into a pool that does not become
 * empty (a pool that was full goes back on the list).  They return NULL
 * otherwise -- no pool for the class, a pool that becomes empty, a
 * pointer that is not ours -- and the caller goes out of line to
 * rt_pym_alloc / rt_pym_free (a tail call: the inline path then needs no
 * saved registers).  Before set-up, and under any other backend, usedpools
 * is empty and root_len 0, so they decline too: the caller needs no test
 * of the backend.  Under ASan they always decline, so that poisoning is
 * done out of line. */
static inline void *rt_pym_try_alloc(unsigned c)
{
#ifndef GCLAB_SANITIZE
    void *cached = rt_pym_h.tc_head[c];
    if (RT_LIKELY(cached != NULL)) {
        rt_pym_h.tc_head[c] = *(void **)cached;
        rt_pym_h.tc_count[c]--;
        return cached;
    }
    rt_pym_pool *pl = rt_pym_h.usedpools[c];
    if (RT_LIKELY(pl != NULL)) {
        void *b = pl->freeblock;
        void *next = *(void **)b;
        pl->ref++;
        if (RT_LIKELY(next != NULL)) {
            pl->freeblock = next;
            return b;
        }
        if (pl->nextoffset <= pl->maxnextoffset) {
            /* b was the last free block: carve the next never-used one
             * (a growing heap takes this path for every block). */
            char *nb = pl->addr + pl->nextoffset;
            pl->nextoffset += (uint32_t)RT_CLASS_SIZE(c);
            *(void **)nb = NULL;
            pl->freeblock = nb;
            return b;
        }
        /* The pool is full now: off the list (it is the head). */
        pl->freeblock = NULL;
        rt_pym_h.usedpools[c] = pl->next;
        if (pl->next)
            pl->next->prev = NULL;
        return b;
    }
#else
    (void)c;
#endif
    return NULL;
}

/* p goes on the free list of its pool pl, which it does not empty. */
static inline void rt_pym_pool_give(rt_pym_pool *pl, void *p)
{
    void *last = pl->freeblock;
    *(void **)p = last;
    pl->freeblock = p;
    pl->ref--;
    if (RT_UNLIKELY(last == NULL))
        rt_pym_used_push(pl);
}

/* NULL is never in an arena (no arena starts at address 0), so it declines
 * like any pointer that is not ours.  Returns the block's size class, -1
 * when declined. */
static inline int rt_pym_try_free(void *p)
{
#ifndef GCLAB_SANITIZE
    rt_pym_arena *a = rt_pym_arena_of_cached((uintptr_t)p);
    if (RT_LIKELY(a != NULL)) {
        uintptr_t i = ((uintptr_t)p - a->base) >> rt_pym_h.pool_shift;
        unsigned c = a->pool_class[i];
        if (RT_LIKELY(rt_pym_h.tc_count[c] < RT_PYM_TCACHE_MAX)) {
            *(void **)p = rt_pym_h.tc_head[c];
            rt_pym_h.tc_head[c] = p;
            rt_pym_h.tc_count[c]++;
            return (int)c;
        }
        rt_pym_pool *pl = &a->pools[i];
        if (RT_LIKELY(pl->ref > 1)) {
            rt_pym_pool_give(pl, p);
            return (int)c;
        }
    }
#else
    (void)p;
#endif
    return -1;
}

/* Class of p if it lies in one of our arenas, else -1.  O(1), sound for any
 * pointer value. */
int rt_pym_class_of(const void *p);
/* p stays in its class but now holds n bytes (ASan: re-poison the tail).
 * Before a move, makes the whole block readable so it can be copied. */
void rt_pym_resize(void *p, size_t n);

/* Give the cached freed blocks back to their pools (see RT_PYM_TCACHE_MAX):
 * done by every function below that reads or trims the pools, and by the
 * collectors after a collection, so that pools and arenas empty when their
 * last block is freed, as seen by anything that looks. */
void rt_pym_flush(void);

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
/* Arenas mapped, of them cached (entirely free), and pools in use: the
 * cheap part of rt_pym_get_stats.  Zeros before set-up. */
void rt_pym_usage(size_t *arenas_mapped, size_t *arenas_cached, size_t *pools_in_use);
/* Walk every arena and pool and verify the invariants of pymalloc.c;
 * class_blocks gets the blocks in use per class.  -1 with a message. */
int rt_pym_check(size_t class_blocks[RT_SIZE_CLASSES], char *err, size_t errlen);

#endif

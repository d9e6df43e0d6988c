/*
 * pymalloc.c -- the small-object allocator of the "pymalloc" backend:
 * arenas (mmap'ed, aligned to their size) cut into pools, each pool cut into
 * blocks of one 16-byte size class.
 *
 * Invariants:
 *   - every arena is arena_size bytes at an arena_size-aligned address, so
 *     all arena_size/pool_size pools are usable and pool_size-aligned;
 *   - pool headers live in an array in the arena record, not at the start of
 *     each pool (as CPython does): a block's pool is pools[(p - base) >>
 *     pool_shift] of the arena the radix tree returns.  The headers of one
 *     arena then share a few cache lines instead of one line 4 KiB apart
 *     each (which all fall in the same cache sets), pools hold only blocks,
 *     and no header can be overwritten by a stray write into a pool;
 *   - the radix tree maps (address >> arena_shift) to the arena record for
 *     exactly the arenas currently mapped: "is p ours" is two loads and
 *     never reads memory we do not own (sound under ASan, unlike the
 *     address_in_range trick of CPython <= 3.9);
 *   - usedpools[c] lists exactly the pools of class c that are neither full
 *     nor empty (a freshly carved pool counts as used: its first block is
 *     handed out at once); each has freeblock != NULL.  Full pools are on no
 *     list; a pool that becomes empty goes back to its arena at once;
 *   - a pool's free blocks are its freeblock list plus the never-used blocks
 *     from nextoffset to maxnextoffset (bump pointer, so a fresh pool costs
 *     nothing to initialise); an empty pool on its arena's free list keeps
 *     both, so that taking it again for the same class costs nothing either;
 *   - usable_arenas lists the arenas with at least one free pool in
 *     ascending order of nfreepools, so the fullest arenas are used first
 *     and nearly empty ones drain and can be unmapped; nfp2lasta[k] is the
 *     last arena of that list with k free pools, which keeps re-sorting O(1)
 *     when a count moves by one;
 *   - at most max_empty entirely free arenas stay mapped (the arena cache,
 *     at least one); any other arena is unmapped as soon as it becomes
 *     entirely free.  Without the cache a program that allocates and frees
 *     a few MiB in a loop maps, faults in and unmaps the same arenas every
 *     time (page faults cost more than the allocations); with a single
 *     spare, as CPython keeps, one block allocated and freed at an arena
 *     boundary would thrash;
 *   - up to RT_PYM_TCACHE_MAX freed blocks per class wait in a cache in
 *     front of the pools (pymalloc.h), still counted in their pools' ref;
 *     every reader of the pools' state flushes it first (rt_pym_flush).
 *     The sanitizer build keeps no cache (its fast paths always decline);
 *   - under ASan (GCLAB_SANITIZE) every free or never-used block is
 *     poisoned, and a used block is addressable for exactly the bytes that
 *     were requested.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "runtime/pymalloc.h"

#ifdef GCLAB_SANITIZE
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
#define POISON(p, n)   ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
/* LeakSanitizer scans malloc'ed blocks, globals and stacks, not our mmap'ed
 * arenas: a large (malloc'ed) buffer referenced only from an object in an
 * arena would look leaked.  Arenas are registered as root regions. */
#define LSAN_ROOT(p, n)   __lsan_register_root_region((p), (n))
#define LSAN_UNROOT(p, n) __lsan_unregister_root_region((p), (n))
#else
#define POISON(p, n)   ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define LSAN_ROOT(p, n)   ((void)(p), (void)(n))
#define LSAN_UNROOT(p, n) ((void)(p), (void)(n))
#endif

#define ADDR_BITS RT_PYM_ADDR_BITS

typedef rt_pym_pool pool;
typedef rt_pym_arena arena;
#define H rt_pym_h

/* The fields the inline fast paths (pymalloc.h) read; the rest is P. */
/* The arena cache starts empty: no address has RT_PYM_NO_KEY (a zero key
 * would match a free of NULL before set-up). */
#define NK RT_PYM_NO_KEY
rt_pym_hot rt_pym_h = { .acache_key = { NK, NK, NK, NK, NK, NK, NK, NK } };
#undef NK
_Static_assert(RT_PYM_ACACHE == 8, "rt_pym_h's initializer lists RT_PYM_ACACHE entries");

static void acache_clear(void)
{
    for (unsigned i = 0; i < RT_PYM_ACACHE; i++)
        H.acache_key[i] = RT_PYM_NO_KEY, H.acache_arena[i] = NULL;
}

static struct {
    bool ready;
    size_t arena_size, pool_size;
    unsigned ntotalpools;
    arena *usable;
    arena **nfp2lasta;          /* [0 .. ntotalpools] */
    arena *all;
    size_t empty_arenas;        /* mapped arenas with every pool free */
    size_t max_empty;           /* ... kept mapped at most (>= 1) */
    /* radix tree over address bits [ADDR_BITS-1 .. arena_shift] */
    unsigned bits_leaf;
    size_t nroot;
    /* statistics */
    size_t arenas_allocated_total, arenas_freed_total, arenas_mapped, arenas_peak;
    size_t pools_in_use, pools_peak;
    bool pools_peak_raised;   /* since rt_pym_pools_new_peak last looked */
    size_t class_pools[RT_SIZE_CLASSES];
    size_t bytes_metadata;
} P;

/* An arena's record: the arena, its pool headers, its pool classes. */
#define ARENA_RECORD_SIZE() (sizeof(arena) + P.ntotalpools * (sizeof(pool) + 1))

/* ---- radix tree -------------------------------------------------------- */

#define radix_get rt_pym_arena_of

static int radix_set(uintptr_t a, arena *v)
{
    arena ***leafp = (arena ***)&H.root[a >> H.root_shift];
    if (!*leafp) {
        size_t sz = sizeof(arena *) << P.bits_leaf;
        if (!(*leafp = calloc(1, sz)))
            return -1;
        P.bytes_metadata += sz;
    }
    (*leafp)[(a >> H.arena_shift) & H.leaf_mask] = v;
    return 0;
}

/* ---- set-up ------------------------------------------------------------ */

int rt_pym_init(size_t arena_size, size_t pool_size, size_t cache_bytes)
{
    if (P.ready)
        rt_pym_fini();
    memset(&P, 0, sizeof P);
    memset(&H, 0, sizeof H);
    acache_clear();
    P.arena_size = arena_size;
    P.pool_size = pool_size;
    H.arena_shift = (unsigned)__builtin_ctzl(arena_size);
    H.pool_shift = (unsigned)__builtin_ctzl(pool_size);
    P.ntotalpools = (unsigned)(arena_size / pool_size);
    P.max_empty = cache_bytes / arena_size ? cache_bytes / arena_size : 1;
    /* Two levels of equal width (one load less on every free than three):
     * 14 + 14 bits for 1 MiB arenas, 128 KiB of root, of which the kernel
     * maps only the pages touched; 18 + 18 bits at most (4 KiB arenas). */
    unsigned key_bits = ADDR_BITS - H.arena_shift;
    P.bits_leaf = key_bits / 2;
    P.nroot = (size_t)1 << (key_bits - P.bits_leaf);
    H.root_shift = H.arena_shift + P.bits_leaf;
    H.leaf_mask = ((uintptr_t)1 << P.bits_leaf) - 1;
    H.root = calloc(P.nroot, sizeof(void *));
    P.nfp2lasta = calloc(P.ntotalpools + 1, sizeof(arena *));
    if (!H.root || !P.nfp2lasta) {
        free(H.root);
        free(P.nfp2lasta);
        memset(&P, 0, sizeof P);
        memset(&H, 0, sizeof H);
        acache_clear();
        return -1;
    }
    H.root_len = P.nroot;
    P.bytes_metadata = P.nroot * sizeof(void *) + (P.ntotalpools + 1) * sizeof(arena *);
    P.ready = true;
    return 0;
}

static void unmap_arena(arena *a)
{
    UNPOISON((void *)a->base, P.arena_size);   /* the range may be reused by others */
    LSAN_UNROOT((void *)a->base, P.arena_size);
    munmap((void *)a->base, P.arena_size);
    radix_set(a->base, NULL);                   /* nodes exist: cannot fail */
    for (unsigned i = 0; i < RT_PYM_ACACHE; i++)
        if (H.acache_arena[i] == a)
            H.acache_key[i] = RT_PYM_NO_KEY, H.acache_arena[i] = NULL;
    if (a->all_prev) a->all_prev->all_next = a->all_next; else P.all = a->all_next;
    if (a->all_next) a->all_next->all_prev = a->all_prev;
    free(a);
    P.bytes_metadata -= ARENA_RECORD_SIZE();
    P.arenas_mapped--;
    P.arenas_freed_total++;
}

void rt_pym_fini(void)
{
    if (!P.ready)
        return;
    while (P.all)
        unmap_arena(P.all);
    for (size_t i = 0; i < P.nroot; i++)
        free(H.root[i]);
    free(H.root);
    free(P.nfp2lasta);
    memset(&P, 0, sizeof P);
    memset(&H, 0, sizeof H);
    acache_clear();
}

bool rt_pym_ready(void) { return P.ready; }

bool rt_pym_pools_new_peak(void)
{
    bool raised = P.pools_peak_raised;
    P.pools_peak_raised = false;
    return raised;
}

/* ---- arenas ------------------------------------------------------------ */

/* Map arena_size bytes aligned to arena_size: over-map by one arena and trim
 * both ends (mmap only guarantees page alignment). */
static void *map_aligned(size_t size)
{
    size_t len = 2 * size;
    char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    uintptr_t b = ((uintptr_t)m + size - 1) & ~(uintptr_t)(size - 1);
    size_t head = b - (uintptr_t)m, tail = len - head - size;
    if (head)
        munmap(m, head);
    if (tail)
        munmap((char *)b + size, tail);
    if (b >> ADDR_BITS) {
        munmap((void *)b, size);
        return NULL;
    }
    return (void *)b;
}

/* Called only when usable_arenas is empty, so the new arena is its only
 * member. */
static arena *new_arena(void)
{
    arena *a = calloc(1, ARENA_RECORD_SIZE());
    if (!a)
        return NULL;
    a->pool_class = (uint8_t *)&a->pools[P.ntotalpools];
    void *m = map_aligned(P.arena_size);
    if (!m) {
        free(a);
        return NULL;
    }
    a->base = (uintptr_t)m;
    if (radix_set(a->base, a) < 0) {
        munmap(m, P.arena_size);
        free(a);
        return NULL;
    }
    POISON(m, P.arena_size);
    LSAN_ROOT(m, P.arena_size);
    a->nfreepools = P.ntotalpools;
    a->all_next = P.all;
    if (P.all) P.all->all_prev = a;
    P.all = a;
    P.usable = a;
    P.nfp2lasta[P.ntotalpools] = a;
    P.empty_arenas++;
    P.bytes_metadata += ARENA_RECORD_SIZE();
    P.arenas_allocated_total++;
    if (++P.arenas_mapped > P.arenas_peak)
        P.arenas_peak = P.arenas_mapped;
    return a;
}

/* a, the head of usable_arenas, gives one pool away.  Being the head it has
 * the fewest free pools, so it stays the head (or leaves when at zero). */
static void arena_took_pool(arena *a)
{
    unsigned nf = a->nfreepools;
    if (P.nfp2lasta[nf] == a)
        P.nfp2lasta[nf] = NULL;
    if (nf == P.ntotalpools)
        P.empty_arenas--;
    a->nfreepools = --nf;
    if (nf == 0) {
        P.usable = a->next;
        if (P.usable)
            P.usable->prev = NULL;
        a->next = a->prev = NULL;
    } else if (!P.nfp2lasta[nf]) {
        P.nfp2lasta[nf] = a;
    }
}

static void release_arena(arena *a)
{
    unsigned nf = a->nfreepools;
    if (P.nfp2lasta[nf] == a)
        P.nfp2lasta[nf] = (a->prev && a->prev->nfreepools == nf) ? a->prev : NULL;
    if (a->prev) a->prev->next = a->next; else P.usable = a->next;
    if (a->next) a->next->prev = a->prev;
    P.empty_arenas--;
    unmap_arena(a);
}

/* a got one pool back: move it behind the last arena that has as many free
 * pools as it had, keeping usable_arenas sorted in O(1). */
static void arena_gained_pool(arena *a)
{
    unsigned nf = ++a->nfreepools, old = nf - 1;
    if (old == 0) {
        /* It was full, hence on no list; 1 free pool is the least possible. */
        a->prev = NULL;
        a->next = P.usable;
        if (P.usable)
            P.usable->prev = a;
        P.usable = a;
        if (!P.nfp2lasta[1])
            P.nfp2lasta[1] = a;
    } else {
        arena *lastnf = P.nfp2lasta[old];
        if (lastnf == a)
            P.nfp2lasta[old] = (a->prev && a->prev->nfreepools == old) ? a->prev : NULL;
        if (!P.nfp2lasta[nf])
            P.nfp2lasta[nf] = a;
        if (lastnf != a) {
            if (a->prev) a->prev->next = a->next; else P.usable = a->next;
            if (a->next) a->next->prev = a->prev;
            a->prev = lastnf;
            a->next = lastnf->next;
            if (a->next) a->next->prev = a;
            lastnf->next = a;
        }
    }
    if (nf == P.ntotalpools) {
        if (P.empty_arenas++ >= P.max_empty)
            release_arena(a);
    }
}

static void release_empty(size_t keep)
{
    arena *a = P.usable;
    while (a && P.empty_arenas > keep) {
        arena *next = a->next;
        if (a->nfreepools == P.ntotalpools)
            release_arena(a);
        a = next;
    }
}

void rt_pym_trim(void)
{
    rt_pym_flush();
    if (P.ready)
        release_empty(0);
}

void rt_pym_set_cache(size_t cache_bytes)
{
    if (!P.ready)
        return;
    rt_pym_flush();
    P.max_empty = cache_bytes / P.arena_size ? cache_bytes / P.arena_size : 1;
    release_empty(P.max_empty);
}

/* ---- pools and blocks ------------------------------------------------- */

/* The free-list link lives in the first word of a free block, which ASan
 * keeps poisoned: open it just for the access. */
static inline void *block_next(void *b)
{
    UNPOISON(b, sizeof(void *));
    void *n = *(void **)b;
    POISON(b, sizeof(void *));
    return n;
}

static inline void block_set_next(void *b, void *n)
{
    UNPOISON(b, sizeof(void *));
    *(void **)b = n;
    POISON(b, sizeof(void *));
}

static inline void used_unlink(pool *pl)
{
    if (pl->prev) pl->prev->next = pl->next; else H.usedpools[pl->szidx] = pl->next;
    if (pl->next) pl->next->prev = pl->prev;
}

#define used_push rt_pym_used_push

/* The pool's free list ran dry: carve the next never-used block, or drop
 * the pool from usedpools because it is full. */
__attribute__((noinline)) static void pool_refill(pool *pl)
{
    if (pl->nextoffset <= pl->maxnextoffset) {
        void *b = pl->addr + pl->nextoffset;
        pl->nextoffset += (uint32_t)RT_CLASS_SIZE(pl->szidx);
        block_set_next(b, NULL);
        pl->freeblock = b;
    } else {
        pl->freeblock = NULL;
        used_unlink(pl);
    }
}

__attribute__((noinline)) static pool *new_pool(unsigned c)
{
    arena *a = P.usable;
    if (!a && !(a = new_arena()))
        return NULL;
    pool *pl;
    if (a->freepools) {
        pl = a->freepools;
        a->freepools = pl->next;
    } else {
        pl = &a->pools[a->ncarved];
        pl->arena = a;
        pl->addr = (char *)a->base + ((size_t)a->ncarved++ << H.pool_shift);
        pl->szidx = RT_SIZE_CLASSES;            /* no class yet */
    }
    arena_took_pool(a);
    if (pl->szidx != c) {
        size_t bs = RT_CLASS_SIZE(c);
        pl->szidx = c;
        a->pool_class[pl - a->pools] = (uint8_t)c;
        pl->freeblock = pl->addr;
        pl->nextoffset = (uint32_t)bs;
        pl->maxnextoffset = (uint32_t)(P.pool_size - bs);
        block_set_next(pl->freeblock, NULL);
    }
    /* Else the pool last held blocks of this very class: its free list
     * (every block it carved) and bump offset are still valid, as in
     * CPython, and the blocks come off the list on the inline path instead
     * of being carved again one by one out of line. */
    pl->ref = 0;
    used_push(pl);
    P.class_pools[c]++;
    if (++P.pools_in_use > P.pools_peak) {
        P.pools_peak = P.pools_in_use;
        P.pools_peak_raised = true;
    }
    return pl;
}

void *rt_pym_alloc(unsigned c, size_t n)
{
    pool *pl = H.usedpools[c];
    if (RT_UNLIKELY(!pl)) {
        if (!P.ready || !(pl = new_pool(c)))
            return NULL;
    }
    void *b = pl->freeblock;
    pl->ref++;
    void *next = block_next(b);
    if (RT_LIKELY(next != NULL)) {
        pl->freeblock = next;
    } else
        pool_refill(pl);
    UNPOISON(b, n ? n : 1);
    return b;
}

__attribute__((noinline)) static void pool_release(pool *pl)
{
    arena *a = pl->arena;
    P.class_pools[pl->szidx]--;
    P.pools_in_use--;
    pl->next = a->freepools;
    a->freepools = pl;
    arena_gained_pool(a);
}

#define pool_of rt_pym_pool_of

int rt_pym_free(void *p)
{
    arena *a = radix_get((uintptr_t)p);
    if (RT_UNLIKELY(!a))
        return -1;
    pool *pl = pool_of(a, p);
    unsigned c = pl->szidx;
#ifdef GCLAB_SANITIZE
    if (((char *)p - pl->addr) % RT_CLASS_SIZE(c) != 0 || pl->ref == 0
        || __asan_address_is_poisoned(p)) {
        fprintf(stderr, "pymalloc: invalid or double free of %p\n", p);
        abort();
    }
    POISON(p, RT_CLASS_SIZE(c));
#endif
    void *last = pl->freeblock;
    block_set_next(p, last);
    pl->freeblock = p;
    pl->ref--;
    if (RT_UNLIKELY(last == NULL)) {
        /* The pool was full: it becomes usable again (or, with one block
         * per pool, empty at once). */
        if (pl->ref == 0)
            pool_release(pl);
        else
            used_push(pl);
    } else if (RT_UNLIKELY(pl->ref == 0)) {
        used_unlink(pl);
        pool_release(pl);
    }
    return (int)c;
}

void rt_pym_flush(void)
{
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        for (void *b = H.tc_head[c], *next; b; b = next) {
            next = *(void **)b;
            rt_pym_free(b);
        }
        H.tc_head[c] = NULL;
        H.tc_count[c] = 0;
    }
}

int rt_pym_class_of(const void *p)
{
    arena *a = P.ready ? radix_get((uintptr_t)p) : NULL;
    return a ? (int)pool_of(a, p)->szidx : -1;
}

void rt_pym_resize(void *p, size_t n)
{
    (void)p; (void)n;
#ifdef GCLAB_SANITIZE
    pool *pl = pool_of(radix_get((uintptr_t)p), p);
    POISON(p, RT_CLASS_SIZE(pl->szidx));
    UNPOISON(p, n ? n : 1);
#endif
}

/* ---- statistics -------------------------------------------------------- */

void rt_pym_usage(size_t *arenas_mapped, size_t *arenas_cached, size_t *pools_in_use)
{
    rt_pym_flush();
    *arenas_mapped = P.ready ? P.arenas_mapped : 0;
    *arenas_cached = P.ready ? P.empty_arenas : 0;
    *pools_in_use = P.ready ? P.pools_in_use : 0;
}

void rt_pym_get_stats(rt_pym_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!P.ready)
        return;
    rt_pym_flush();
    out->arenas_allocated_total = P.arenas_allocated_total;
    out->arenas_freed_total = P.arenas_freed_total;
    out->arenas_mapped = P.arenas_mapped;
    out->arenas_cached = P.empty_arenas;
    out->arenas_peak = P.arenas_peak;
    out->pools_in_use = P.pools_in_use;
    out->pools_peak = P.pools_peak;
    out->bytes_metadata = P.bytes_metadata;
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        out->class_pools[c] = P.class_pools[c];
        out->blocks_per_pool[c] = P.pool_size / RT_CLASS_SIZE(c);
    }
    out->pools_free = P.arenas_mapped * P.ntotalpools - P.pools_in_use;
}

#define CHECK(cond, ...) do { if (!(cond)) { snprintf(err, errlen, __VA_ARGS__); return -1; } } while (0)

int rt_pym_check(size_t class_blocks[RT_SIZE_CLASSES], char *err, size_t errlen)
{
    memset(class_blocks, 0, RT_SIZE_CLASSES * sizeof *class_blocks);
    if (!P.ready)
        return 0;
    rt_pym_flush();
    size_t pools = 0, mapped = 0, empty = 0, class_pools[RT_SIZE_CLASSES] = { 0 };
    for (arena *a = P.all; a; a = a->all_next) {
        mapped++;
        CHECK(radix_get(a->base) == a && radix_get(a->base + P.arena_size - 1) == a,
              "arena %p not in the radix tree", (void *)a->base);
        size_t nfree = P.ntotalpools - a->ncarved;
        for (pool *f = a->freepools; f; f = f->next) {
            CHECK(f->ref == 0 && f->arena == a, "bad free pool in arena %p", (void *)a->base);
            nfree++;
        }
        CHECK(nfree == a->nfreepools, "arena %p: %u free pools recorded, %zu found",
              (void *)a->base, a->nfreepools, nfree);
        empty += nfree == P.ntotalpools;
        for (unsigned i = 0; i < a->ncarved; i++) {
            pool *pl = &a->pools[i];
            if (pl->ref == 0)
                continue;
            CHECK(a->pool_class[i] == pl->szidx, "pool %p: class byte %u, szidx %u",
                  (void *)pl->addr, a->pool_class[i], pl->szidx);
            size_t nb = P.pool_size / RT_CLASS_SIZE(pl->szidx);
            CHECK(pl->ref <= nb, "pool %p: ref %u > %zu blocks", (void *)pl->addr, pl->ref, nb);
            class_blocks[pl->szidx] += pl->ref;
            class_pools[pl->szidx]++;
            pools++;
        }
    }
    CHECK(mapped == P.arenas_mapped && empty == P.empty_arenas && empty <= P.max_empty,
          "arena counts: mapped %zu/%zu, empty %zu/%zu", mapped, P.arenas_mapped, empty, P.empty_arenas);
    CHECK(pools == P.pools_in_use, "pools in use: %zu counted, %zu recorded", pools, P.pools_in_use);
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        CHECK(class_pools[c] == P.class_pools[c], "class %u: pool count", c);
        for (pool *pl = H.usedpools[c]; pl; pl = pl->next)
            CHECK(pl->szidx == c && pl->freeblock && pl->ref > 0 && (!pl->next || pl->next->prev == pl),
                  "class %u: bad pool on usedpools", c);
    }
    /* usable_arenas: sorted by free pools, nfp2lasta[k] the last with k. */
    unsigned prev_nf = 0;
    for (arena *a = P.usable; a; a = a->next) {
        CHECK(a->nfreepools > 0 && a->nfreepools >= prev_nf, "usable_arenas out of order");
        CHECK(!a->next || a->next->prev == a, "usable_arenas links broken");
        bool last = !a->next || a->next->nfreepools != a->nfreepools;
        CHECK((P.nfp2lasta[a->nfreepools] == a) == last, "nfp2lasta[%u] wrong", a->nfreepools);
        prev_nf = a->nfreepools;
    }
    return 0;
}

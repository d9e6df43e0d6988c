/*
 * alloc.c -- the three allocation domains (RAW, MEM, OBJ), the "malloc"
 * backend, the choice of backend, and all allocator statistics.
 *
 * The pymalloc arenas and pools live in pymalloc.c; this file decides which
 * requests go there (MEM/OBJ requests <= 512 bytes under "pymalloc") and
 * counts everything, with the same code for both backends.
 *
 * Invariants:
 *   - K[d][c] holds cumulative counts per domain and size class (K[d][LARGE]:
 *     blocks that are not pymalloc blocks of a class): live blocks =
 *     allocs - frees, and the requested bytes req_in - req_out with each
 *     unsized free or in-place realloc taken at the class's mean request
 *     (see alloc.h);
 *   - D[d].lib_blocks / lib_bytes hold the live blocks and usable bytes of
 *     domain d that came from the C library (or the external backend):
 *     exact, never drifting.  A domain's live blocks and granted bytes are
 *     these plus, under pymalloc, the live blocks of each class times the
 *     class size: exact, and derived when read (O(size classes));
 *   - the external backend's MEM/OBJ blocks are counted by the backend
 *     and handed over in batches (rt_alloc_count_external): every read of
 *     K or D is preceded by flush_external, so what is read is exact;
 *   - the pymalloc hot paths (inline: a block from the head pool's free
 *     list, a free into a pool that stays partly used) update two counters
 *     of one cache line (K[d][c]) and nothing else: no peak check, no lock
 *     (the VM is single-threaded), no syscall, no division.  Peaks are
 *     checked out of line -- when pymalloc's pools in use reach a new
 *     high, for every block from the C library, and at every read of the
 *     statistics -- so they are lower bounds of the true high-water marks
 *     (see alloc.h).
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/alloc.h"
#include "runtime/noscan.h"
#include "runtime/pymalloc.h"
#include "runtime/gchead.h"

#define LARGE RT_SIZE_CLASSES          /* index of the "not a small block" counters */

/* 64 bytes: what an allocation or a free touches is one cache line, and
 * its address a shift. */
typedef struct class_counters {
    /* Each pair updated together lies apart (allocs with req_in,
     * frees_sized with req_out): side by side gcc updates them with a
     * vector add of a pair it first builds, 7 instructions instead of 2. */
    uint64_t allocs;                   /* blocks created in this class */
    uint64_t frees_sized;              /* sized frees ... */
    uint64_t req_in;                   /* requested bytes allocated */
    uint64_t req_out;                  /* ... and their requested bytes */
    uint64_t frees_unsized;
    uint64_t resized;                  /* in-place reallocs (old request unknown) */
    size_t granted;                    /* C-library blocks only: live usable bytes */
    uint64_t pad_;
} class_counters;

typedef struct dom_counters {
    size_t lib_blocks, lib_bytes;      /* live blocks from the C library / external backend */
    size_t lib_bytes_high;             /* lib_bytes' high: the peaks are sampled when it rises */
    size_t blocks_peak, bytes_peak;    /* sampled (see the header comment) */
    uint64_t reallocs;
    uint64_t moves;                    /* reallocs counted as an alloc + a free in K */
} dom_counters;

static rt_alloc_config cfg = { RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT };
static size_t arena_cache = RT_ARENA_CACHE_DEFAULT;
/* RT_BACKEND_COUNT until the backend is set up (lazily on first use). */
static rt_backend_kind B = RT_BACKEND_COUNT;
static dom_counters D[RT_DOMAIN_COUNT];
static const rt_alloc_external *X;   /* RT_BACKEND_BOEHM's implementation */

/* Before reading K or D: the external backend's uncounted blocks. */
static inline void flush_external(void)
{
    if (X && X->flush_counts)
        X->flush_counts();
}
RT_NOSCAN static class_counters K[RT_DOMAIN_COUNT][RT_SIZE_CLASSES + 1];

static size_t dom_blocks(rt_domain d);

/* ---- configuration ----------------------------------------------------- */

static bool pow2(size_t x) { return x && (x & (x - 1)) == 0; }

static int bad(char *err, size_t errlen, const char *fmt, size_t a, size_t b)
{
    if (err && errlen)
        snprintf(err, errlen, fmt, a, b);
    return -1;
}

int rt_alloc_validate(const rt_alloc_config *c, char *err, size_t errlen)
{
    if ((unsigned)c->backend >= RT_BACKEND_COUNT)
        return bad(err, errlen, "unknown allocator backend %zu (expected pymalloc or malloc)%.0zu",
                   (size_t)c->backend, 0);
    if (c->backend != RT_BACKEND_PYMALLOC)
        return 0;   /* sizes only matter to pymalloc */
    size_t ps = c->pool_size, as = c->arena_size;
    if (!pow2(ps))
        return bad(err, errlen, "pool size %zu is not a power of two%.0zu", ps, 0);
    if (ps < 1024)
        return bad(err, errlen, "pool size %zu is below 1 KiB (%zu): a pool must hold a 512-byte block",
                   ps, (size_t)1024);
    if (ps > ((size_t)1 << 20))
        return bad(err, errlen, "pool size %zu is above 1 MiB (%zu)", ps, (size_t)1 << 20);
    if (!pow2(as))
        return bad(err, errlen, "arena size %zu is not a power of two%.0zu", as, 0);
    if (as < 4 * ps)
        return bad(err, errlen, "arena size %zu holds fewer than 4 pools of %zu bytes", as, ps);
    if (as > ((size_t)1 << 30))
        return bad(err, errlen, "arena size %zu is above 1 GiB (%zu)", as, (size_t)1 << 30);
    return 0;
}

static int start(char *err, size_t errlen)
{
    if (cfg.backend == RT_BACKEND_PYMALLOC && rt_pym_init(cfg.arena_size, cfg.pool_size, arena_cache) < 0)
        return bad(err, errlen, "out of memory setting up pymalloc (%zu/%zu)", cfg.arena_size, cfg.pool_size);
    B = cfg.backend;
    return 0;
}

static void reset_counters(void)
{
    flush_external();   /* what it holds belongs to the counts reset here */
    for (int d = RT_DOMAIN_MEM; d <= RT_DOMAIN_OBJ; d++) {
        memset(&D[d], 0, sizeof D[d]);
        memset(K[d], 0, sizeof K[d]);
    }
}

int rt_alloc_setup(const rt_alloc_config *c, char *err, size_t errlen)
{
    if (rt_alloc_validate(c, err, errlen) < 0)
        return -1;
    size_t live = dom_blocks(RT_DOMAIN_MEM) + dom_blocks(RT_DOMAIN_OBJ);
    if (live)
        return bad(err, errlen, "cannot change the allocator: %zu MEM/OBJ blocks are live%.0zu", live, 0);
    rt_pym_fini();
    reset_counters();
    cfg = *c;
    if (cfg.backend != RT_BACKEND_PYMALLOC) {
        cfg.arena_size = cfg.arena_size ? cfg.arena_size : RT_ARENA_SIZE_DEFAULT;
        cfg.pool_size = cfg.pool_size ? cfg.pool_size : RT_POOL_SIZE_DEFAULT;
    }
    return start(err, errlen);
}

void rt_alloc_teardown(void)
{
    rt_pym_fini();
    reset_counters();
    B = RT_BACKEND_COUNT;
}

void rt_alloc_trim(void) { rt_pym_trim(); }
void rt_alloc_flush(void) { rt_pym_flush(); }

void rt_alloc_set_arena_cache(size_t bytes)
{
    arena_cache = bytes;
    rt_pym_set_cache(bytes);
}

const rt_alloc_config *rt_alloc_current(void) { return &cfg; }

const char *rt_backend_name(rt_backend_kind k)
{
    switch (k) {
    case RT_BACKEND_PYMALLOC: return "pymalloc";
    case RT_BACKEND_MALLOC: return "malloc";
    case RT_BACKEND_BOEHM: return "boehm";
    default: return "?";
    }
}

int rt_backend_parse(const char *name)
{
    if (strcmp(name, "pymalloc") == 0) return RT_BACKEND_PYMALLOC;
    if (strcmp(name, "malloc") == 0) return RT_BACKEND_MALLOC;
    if (strcmp(name, "boehm") == 0) return RT_BACKEND_BOEHM;
    return -1;
}

/* ---- accounting -------------------------------------------------------- */

static inline size_t live_blocks(const class_counters *k)
{
    return (size_t)(k->allocs - k->frees_sized - k->frees_unsized);
}

/* Live blocks and granted bytes of domain d. */
static void dom_live(rt_domain d, size_t *blocks, size_t *bytes)
{
    flush_external();
    size_t nb = D[d].lib_blocks, by = D[d].lib_bytes;
    if (B == RT_BACKEND_PYMALLOC && d != RT_DOMAIN_RAW)
        for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
            size_t n = live_blocks(&K[d][c]);
            nb += n;
            by += n * RT_CLASS_SIZE(c);
        }
    *blocks = nb;
    *bytes = by;
}

static size_t dom_blocks(rt_domain d)
{
    size_t blocks, bytes;
    dom_live(d, &blocks, &bytes);
    return blocks;
}

static void sample_peak(rt_domain d)
{
    size_t blocks, bytes;
    dom_live(d, &blocks, &bytes);
    if (blocks > D[d].blocks_peak)
        D[d].blocks_peak = blocks;
    if (bytes > D[d].bytes_peak)
        D[d].bytes_peak = bytes;
}

static inline void count_alloc(rt_domain d, unsigned c, size_t n)
{
    class_counters *k = &K[d][c];
    k->allocs++;
    k->req_in += n;
}

static inline void count_free(rt_domain d, unsigned c, size_t n, bool sized)
{
    class_counters *k = &K[d][c];
    if (sized)
        k->frees_sized++, k->req_out += n;
    else
        k->frees_unsized++;
}

/* A block of `us` usable bytes in class c (libc_class) that came from the C
 * library or the external backend. */
static inline void count_lib_alloc(rt_domain d, unsigned c, size_t us, size_t n)
{
    K[d][c].granted += us;
    count_alloc(d, c, n);
    D[d].lib_blocks++;
    D[d].lib_bytes += us;
}

/* The peaks are sampled only when the C-library bytes rise above their
 * high: under pymalloc a sample sums every size class (~700
 * instructions), and a program that makes and drops one large set per
 * loop iteration would pay it at each (nqueens: 4% of its instructions).
 * Under the malloc backend these bytes are the whole domain, so the byte
 * peak stays exact there (the block peak becomes a lower bound). */
static void note_lib_alloc(rt_domain d, unsigned c, size_t us, size_t n)
{
    count_lib_alloc(d, c, us, n);
    if (D[d].lib_bytes > D[d].lib_bytes_high) {
        D[d].lib_bytes_high = D[d].lib_bytes;
        sample_peak(d);
    }
}

static void note_lib_free(rt_domain d, unsigned c, size_t us, size_t n, bool sized)
{
    K[d][c].granted -= us;
    count_free(d, c, n, sized);
    D[d].lib_blocks--;
    D[d].lib_bytes -= us;
}

/* Counters of a block that came from the C library (malloc backend, or a
 * large pymalloc request). */
static inline unsigned libc_class(size_t usable)
{
    if (B == RT_BACKEND_PYMALLOC || usable > RT_SMALL_REQUEST_MAX || usable == 0)
        return LARGE;
    return rt_size_class(usable);
}

/* ---- the domains ------------------------------------------------------- */

static void *libc_malloc(rt_domain d, size_t n, bool zero)
{
    if (n > RT_ALLOC_MAX)
        return NULL;
    void *p = zero ? calloc(1, n ? n : 1) : malloc(n ? n : 1);
    if (!p)
        return NULL;
    size_t us = malloc_usable_size(p);
    note_lib_alloc(d, libc_class(us), us, n);
    return p;
}

static void libc_free(rt_domain d, void *p, size_t n, bool sized)
{
    size_t us = malloc_usable_size(p);
    note_lib_free(d, libc_class(us), us, n, sized);
    free(p);
}

/* The statistics of a block of old usable bytes that a backend's realloc
 * turned into q, usable us bytes, for a request of n. */
static void note_realloc(rt_domain d, size_t old, size_t us, size_t n)
{
    note_lib_free(d, libc_class(old), old, 0, false);
    note_lib_alloc(d, libc_class(us), us, n);
    D[d].moves++;
    D[d].reallocs++;
}

static void *libc_realloc(rt_domain d, void *p, size_t n)
{
    if (n > RT_ALLOC_MAX)
        return NULL;
    size_t old = malloc_usable_size(p);
    void *q = realloc(p, n ? n : 1);
    if (!q)
        return NULL;
    note_realloc(d, old, malloc_usable_size(q), n);
    return q;
}

/* ---- the external backend (boehm) ---------------------------------------- */

void rt_alloc_set_external(const rt_alloc_external *x) { X = x; }

/* Out of line and cold: the pymalloc and malloc paths stay as small
 * (and as inlined) as they were. */
__attribute__((noinline, cold)) static void *ext_malloc(rt_domain d, size_t n, bool atomic)
{
    if (!X)
        return NULL;   /* backend boehm without the boehm collector */
    if (d != RT_DOMAIN_RAW)
        return X->malloc(d, n, atomic);   /* counted by the backend */
    (void)atomic;   /* RAW blocks are all scanned: rt_raw_malloc_unscanned is libc's */
    void *p = X->raw_malloc(n ? n : 1);
    if (!p)
        return NULL;
    size_t us = X->usable(p);
    count_lib_alloc(d, libc_class(us), us, n);   /* the peak: see ext_free */
    return p;
}

/* Out of line and cold: the pymalloc and malloc paths stay as small
 * (and as inlined) as they were. */
__attribute__((noinline, cold)) static void ext_free(rt_domain d, void *p, size_t n, bool sized)
{
    /* The backend's counters fall only here and in ext_realloc (its
     * collector frees silently): sampling the peak before each fall, not
     * at every allocation, keeps it exact for a tenth of the cost. */
    sample_peak(d);
    size_t us = X->usable(p);
    note_lib_free(d, libc_class(us), us, n, sized);
    if (d == RT_DOMAIN_RAW)
        X->raw_free(p);
    else
        X->free(p);
}

/* Out of line and cold: the pymalloc and malloc paths stay as small
 * (and as inlined) as they were. */
__attribute__((noinline, cold)) static void *ext_realloc(rt_domain d, void *p, size_t n)
{
    if (d == RT_DOMAIN_RAW) {
        /* No uncollectable realloc in the hooks: copy. */
        void *q = ext_malloc(d, n, false);
        if (!q)
            return NULL;
        size_t old = X->usable(p);
        memcpy(q, p, old < n ? old : n);
        ext_free(d, p, 0, false);
        return q;
    }
    size_t old = X->usable(p);
    void *q = X->realloc(p, n ? n : 1);
    if (!q)
        return NULL;
    size_t us = X->usable(q);
    /* Before a fall (see ext_free); a block that grows or keeps its size
     * leaves both counters where they were or higher, so the peak can
     * wait for the next fall: a list growing by appends sampled at every
     * step (~250 instructions, a sum over every class). */
    if (us < old)
        sample_peak(d);
    note_realloc(d, old, us, n);
    return q;
}

/* A small block from pymalloc, out of line: the pool's free list is empty
 * (carve a never-used block, or the pool is full) or the class has no pool. */
__attribute__((noinline)) static void *pym_malloc(rt_domain d, unsigned c, size_t n)
{
    bool new_pool = rt_pym_h.usedpools[c] == NULL;
    void *p = rt_pym_alloc(c, n);
    if (!p)
        return NULL;
    count_alloc(d, c, n);
    if (new_pool && rt_pym_pools_new_peak())
        sample_peak(d);
    return p;
}

__attribute__((noinline)) static void *dom_malloc_slow(rt_domain d, size_t n)
{
    if (B == RT_BACKEND_COUNT && start(NULL, 0) < 0)
        return NULL;
    if (B == RT_BACKEND_BOEHM)   /* MEM/OBJ: ext_malloc's case, one call fewer */
        return X ? X->malloc(d, n, false) : NULL;
    if (B == RT_BACKEND_PYMALLOC && n <= RT_SMALL_REQUEST_MAX)
        return pym_malloc(d, rt_size_class(n), n);
    return libc_malloc(d, n, false);
}

/* (n - 1) / 16 wraps for n == 0, which therefore takes the slow path; so
 * does every request under another backend (rt_pym_try_alloc declines). */
static inline void *dom_malloc(rt_domain d, size_t n)
{
    size_t c = (n - 1) / RT_ALIGNMENT;
    if (RT_LIKELY(c < RT_SIZE_CLASSES)) {
        void *p = rt_pym_try_alloc((unsigned)c);
        if (RT_LIKELY(p != NULL)) {
            count_alloc(d, (unsigned)c, n);
            return p;
        }
    }
    return dom_malloc_slow(d, n);
}

/* Zero the whole block of class c (it is ours up to its class size), 16
 * bytes a store: an object is 1 to 8 stores, where a call of memset cost
 * twice the instructions and a saved register.  The empty asm keeps gcc
 * from turning the loop back into that call. */
static inline void zero_block(void *p, size_t c)
{
    typedef long long v16 __attribute__((vector_size(16), aligned(16)));
    v16 *q = p, *end = q + c + 1;
    do {
        *q = (v16){ 0, 0 };
        __asm__("" : "+r"(q));
    } while (++q < end);
}

__attribute__((noinline)) static void *dom_calloc_slow(rt_domain d, size_t n)
{
    if (B == RT_BACKEND_COUNT && start(NULL, 0) < 0)
        return NULL;
    if (B == RT_BACKEND_PYMALLOC) {
        void *p = dom_malloc(d, n);
        if (p)
            memset(p, 0, n);
        return p;
    }
    if (B == RT_BACKEND_BOEHM)   /* zeroed by the backend; as dom_malloc_slow */
        return X ? X->malloc(d, n, false) : NULL;
    return libc_malloc(d, n, true);
}

static inline void *dom_calloc(rt_domain d, size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size)
        return NULL;
    size_t n = nmemb * size;
    size_t c = (n - 1) / RT_ALIGNMENT;
    if (RT_LIKELY(c < RT_SIZE_CLASSES)) {
        void *p = rt_pym_try_alloc((unsigned)c);
        if (RT_LIKELY(p != NULL)) {
            count_alloc(d, (unsigned)c, n);
            zero_block(p, c);
            return p;
        }
    }
    return dom_calloc_slow(d, n);
}

__attribute__((noinline)) static void dom_free_slow(rt_domain d, void *p, size_t n, bool sized)
{
    if (!p)
        return;
    if (B == RT_BACKEND_PYMALLOC) {
        int c = rt_pym_free(p);
        if (c >= 0) {
            count_free(d, (unsigned)c, n, sized);
            return;
        }
    }
    if (B == RT_BACKEND_BOEHM) {
        ext_free(d, p, n, sized);
        return;
    }
    libc_free(d, p, n, sized);
}

/* rt_pym_try_free declines every pointer under another backend. */
static inline void dom_free(rt_domain d, void *p, size_t n, bool sized)
{
    int c = rt_pym_try_free(p);
    if (RT_LIKELY(c >= 0)) {
        count_free(d, (unsigned)c, n, sized);
        return;
    }
    dom_free_slow(d, p, n, sized);
}

/* A realloc that moves is counted as one realloc: its alloc + free in K are
 * netted out through D[d].moves. */
static inline __attribute__((always_inline)) void *dom_realloc(rt_domain d, void *p, size_t n)
{
    if (!p)
        return dom_malloc(d, n);
    if (B == RT_BACKEND_BOEHM)
        return ext_realloc(d, p, n);
    if (B == RT_BACKEND_PYMALLOC) {
        int oc = rt_pym_class_of(p);
        if (oc >= 0) {
            size_t obs = RT_CLASS_SIZE(oc);
            if (n <= RT_SMALL_REQUEST_MAX && (int)rt_size_class(n) == oc) {
                /* Same class: stays in place (the old request is unknown). */
                rt_pym_resize(p, n);
                K[d][oc].resized++;
                K[d][oc].req_in += n;
                D[d].reallocs++;
                return p;
            }
            void *q = dom_malloc(d, n);
            if (!q)
                return NULL;
            rt_pym_resize(p, obs);   /* ASan: the whole old block may be copied */
            memcpy(q, p, obs < n ? obs : n);
            dom_free(d, p, 0, false);
            D[d].moves++;
            D[d].reallocs++;
            return q;
        }
        if (n <= RT_SMALL_REQUEST_MAX) {
            /* A large block shrinks into a pool. */
            void *q = dom_malloc(d, n);
            if (!q)
                return NULL;
            memcpy(q, p, n);
            libc_free(d, p, 0, false);
            D[d].moves++;
            D[d].reallocs++;
            return q;
        }
    }
    return libc_realloc(d, p, n);
}

void *rt_raw_malloc(size_t n) { return X ? ext_malloc(RT_DOMAIN_RAW, n, false) : libc_malloc(RT_DOMAIN_RAW, n, false); }
void *rt_raw_calloc(size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size)
        return NULL;
    return X ? ext_malloc(RT_DOMAIN_RAW, nmemb * size, false) : libc_malloc(RT_DOMAIN_RAW, nmemb * size, true);
}
void *rt_raw_realloc(void *p, size_t n)
{
    if (!p)
        return rt_raw_malloc(n);
    if (X && X->owns(p))
        return ext_realloc(RT_DOMAIN_RAW, p, n);
    if (X) {
        /* A block from before the external backend: move it over. */
        void *q = ext_malloc(RT_DOMAIN_RAW, n, false);
        if (!q)
            return NULL;
        size_t old = malloc_usable_size(p);
        memcpy(q, p, old < n ? old : n);
        libc_free(RT_DOMAIN_RAW, p, 0, false);
        return q;
    }
    return libc_realloc(RT_DOMAIN_RAW, p, n);
}
/* Never the external backend's: its collector scans only the part in use,
 * which the owner reports (boehm: the VM's value stacks, pushed at each
 * collection), so the block need not be libgc's, and rt_raw_free gives a
 * block the backend does not own back to free.  Zeroed under it (a
 * conservative collector must not find stale words in a frame's unwritten
 * slots): calloc's chunks of this size are fresh pages from mmap, where
 * libgc's uncollectable block was cleared by a memset of 256 KiB at every
 * start (~262 K instructions). */
void *rt_raw_malloc_unscanned(size_t n)
{
    return libc_malloc(RT_DOMAIN_RAW, n, X != NULL);
}

void rt_raw_free(void *p)
{
    if (!p)
        return;
    if (X && X->owns(p))
        ext_free(RT_DOMAIN_RAW, p, 0, false);
    else
        libc_free(RT_DOMAIN_RAW, p, 0, false);
}

void *rt_mem_malloc(size_t n) { return dom_malloc(RT_DOMAIN_MEM, n); }
void *rt_mem_malloc_atomic(size_t n)
{
    return B == RT_BACKEND_BOEHM ? ext_malloc(RT_DOMAIN_MEM, n, true) : dom_malloc(RT_DOMAIN_MEM, n);
}
void *rt_mem_calloc(size_t nmemb, size_t size) { return dom_calloc(RT_DOMAIN_MEM, nmemb, size); }
void *rt_mem_realloc(void *p, size_t n) { return dom_realloc(RT_DOMAIN_MEM, p, n); }
void rt_mem_free(void *p) { dom_free(RT_DOMAIN_MEM, p, 0, false); }
void rt_mem_free_sized(void *p, size_t n) { dom_free(RT_DOMAIN_MEM, p, n, true); }

void *rt_obj_malloc(size_t n) { return dom_malloc(RT_DOMAIN_OBJ, n); }
void *rt_obj_malloc_atomic(size_t n)
{
    return B == RT_BACKEND_BOEHM ? ext_malloc(RT_DOMAIN_OBJ, n, true) : dom_malloc(RT_DOMAIN_OBJ, n);
}
/* count_lib_alloc, `count` times over: boehm counts its MEM and OBJ
 * blocks by request size and hands the counts over in batches
 * (flush_counts), which took ~40-75 instructions off each allocation. */
void rt_alloc_count_external(rt_domain d, size_t n, size_t us, uint64_t count)
{
    class_counters *k = &K[d][libc_class(us)];
    k->granted += us * count;
    k->allocs += count;
    k->req_in += n * count;
    D[d].lib_blocks += count;
    D[d].lib_bytes += us * count;
}
void *rt_obj_calloc(size_t nmemb, size_t size) { return dom_calloc(RT_DOMAIN_OBJ, nmemb, size); }
_Static_assert(sizeof(rt_gchead) == RT_ALIGNMENT, "the link is one zero_block step");
static inline void *link_tail(rt_gchead *l, rt_gchead *list)
{
    if (RT_UNLIKELY(l == NULL))
        return NULL;
    rt_gchead *last = rt_gc_prev(list);
    last->gc_next = (uintptr_t)l;
    l->gc_prev = (uintptr_t)last;
    l->gc_next = (uintptr_t)list;
    list->gc_prev = (uintptr_t)l;
    return l + 1;
}
/* The slow paths of the two below, out of line and tail-called: the
 * inline path then keeps `list` in an argument register and saves none
 * (a push, a move and a pop fewer a block). */
__attribute__((noinline)) static void *malloc_linked_slow(size_t m, rt_gchead *list)
{
    return link_tail(dom_malloc_slow(RT_DOMAIN_OBJ, m), list);
}
__attribute__((noinline)) static void *calloc_linked_slow(size_t m, rt_gchead *list)
{
    return link_tail(dom_calloc_slow(RT_DOMAIN_OBJ, m), list);
}
void *rt_obj_malloc_linked(size_t n, rt_gchead *list)
{
    size_t m = sizeof(rt_gchead) + n, c = (m - 1) / RT_ALIGNMENT;
    if (RT_LIKELY(c < RT_SIZE_CLASSES)) {
        rt_gchead *p = rt_pym_try_alloc((unsigned)c);
        if (RT_LIKELY(p != NULL)) {
            count_alloc(RT_DOMAIN_OBJ, (unsigned)c, m);
            return link_tail(p, list);
        }
    }
    return malloc_linked_slow(m, list);
}
/* dom_calloc that leaves the link unzeroed (link_tail writes it whole):
 * one store fewer a block. */
void *rt_obj_calloc_linked(size_t n, rt_gchead *list)
{
    size_t m = sizeof(rt_gchead) + n, c = (m - 1) / RT_ALIGNMENT;   /* c >= 1: m > 16 */
    if (RT_LIKELY(c < RT_SIZE_CLASSES)) {
        rt_gchead *p = rt_pym_try_alloc((unsigned)c);
        if (RT_LIKELY(p != NULL)) {
            count_alloc(RT_DOMAIN_OBJ, (unsigned)c, m);
            zero_block(p + 1, c - 1);
            return link_tail(p, list);
        }
    }
    return calloc_linked_slow(m, list);
}
void *rt_obj_realloc(void *p, size_t n) { return dom_realloc(RT_DOMAIN_OBJ, p, n); }
void rt_obj_free(void *p) { dom_free(RT_DOMAIN_OBJ, p, 0, false); }

/* A run of n blocks of pool pl, chained head .. tail, goes back to pl in
 * one step: one free-list splice, one count.  The run's last block is
 * freed alone, out of line, when the run would empty the pool (the pool
 * then goes back to its arena, which rt_pym_free does). */
#ifndef GCLAB_SANITIZE
static void give_run(rt_pym_pool *pl, void *head, void *tail, uint32_t n)
{
    if (RT_UNLIKELY(pl->ref <= n)) {
        void *last = head;
        head = *(void **)head;
        if (--n)
            give_run(pl, head, tail, n);
        dom_free_slow(RT_DOMAIN_OBJ, last, 0, false);
        return;
    }
    void *first = pl->freeblock;
    *(void **)tail = first;
    pl->freeblock = head;
    pl->ref -= n;
    K[RT_DOMAIN_OBJ][pl->szidx].frees_unsized += n;
    if (RT_UNLIKELY(first == NULL))
        rt_pym_used_push(pl);
}
#endif

/* The blocks of a sweep come in allocation order: objects of several
 * classes interleaved, each class mostly from one pool at a time (runs
 * across classes averaged 3.3 blocks on lifetimes).  So each class
 * gathers a run of its own (a compare and three stores a block) and a
 * run goes back whole when its class moves to another pool, where a free
 * per block cost ~32 instructions (the pool's free list, its count and
 * the class counter written each time).  Past the per-class cache, which
 * a burst of frees would only fill.  The class is read from the arena's
 * byte per pool, not the pool's header (a line per pool, touched once a
 * run by give_run), and everything the loop reads is in locals: the
 * stores through the blocks might alias the globals for all the compiler
 * knows, which had it reload the arena cache and the shifts at every
 * block; the chain rarely changes arena from one block to the next.
 * (Round 9 tried leaving the blocks on the per-class cache for the next
 * allocations instead: 6% fewer instructions on lifetimes, but 23% more
 * time, the allocations no longer filling one pool at a time:
 * docs/benchmarks.md.) */
void rt_obj_free_chain(void *b)
{
#ifndef GCLAB_SANITIZE
    struct { rt_pym_pool *pool; void *head, *tail; uint32_t n; } run[RT_SIZE_CLASSES];
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++)
        run[c].pool = NULL;
    const unsigned pshift = rt_pym_h.pool_shift;
    const uintptr_t asize = (uintptr_t)1 << rt_pym_h.arena_shift;
    uintptr_t base = 0 - asize;   /* no block is at or above it */
    const uint8_t *pool_class = NULL;
    rt_pym_pool *pools = NULL;
    while (b) {
        void *next = *(void **)b;
        uintptr_t off = (uintptr_t)b - base;   /* inside the last arena: below asize */
        if (RT_UNLIKELY(off >= asize)) {
            rt_pym_arena *a = rt_pym_arena_of_cached((uintptr_t)b);
            if (!a) {
                dom_free_slow(RT_DOMAIN_OBJ, b, 0, false);   /* not ours: a large block */
                b = next;
                continue;
            }
            base = a->base;
            pool_class = a->pool_class;
            pools = a->pools;
            off = (uintptr_t)b - base;
        }
        size_t i = off >> pshift;
        rt_pym_pool *pl = &pools[i];
        unsigned c = pool_class[i];
        if (RT_LIKELY(run[c].pool == pl)) {
            *(void **)b = run[c].head;
            run[c].head = b;
            run[c].n++;
        } else {
            if (run[c].pool)
                give_run(run[c].pool, run[c].head, run[c].tail, run[c].n);
            run[c].pool = pl;
            run[c].head = run[c].tail = b;
            run[c].n = 1;
        }
        b = next;
    }
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++)
        if (run[c].pool)
            give_run(run[c].pool, run[c].head, run[c].tail, run[c].n);
#else
    /* ASan: every block through rt_pym_free, which poisons it. */
    while (b) {
        void *next = *(void **)b;
        dom_free_slow(RT_DOMAIN_OBJ, b, 0, false);
        b = next;
    }
#endif
}
void rt_obj_free_sized(void *p, size_t n) { dom_free(RT_DOMAIN_OBJ, p, n, true); }

size_t rt_alloc_usable_size(const void *p)
{
    if (!p)
        return 0;
    if (X && X->owns(p))
        return X->usable(p);
    int c = rt_pym_class_of(p);
    return c >= 0 ? RT_CLASS_SIZE(c) : malloc_usable_size((void *)p);
}

/* ---- statistics -------------------------------------------------------- */

/* Requested bytes of the live blocks of one class: exact without unsized
 * frees or in-place reallocs; otherwise each is taken at the mean request. */
static size_t live_requested(const class_counters *k, size_t granted)
{
    if (live_blocks(k) == 0)
        return 0;
    uint64_t out = k->req_out, guessed = k->frees_unsized + k->resized;
    if (guessed)
        out += guessed * (k->req_in / (k->allocs + k->resized));
    uint64_t live = k->req_in > out ? k->req_in - out : 0;
    return live > granted ? granted : (size_t)live;
}

size_t rt_alloc_live_bytes(void)
{
    if (X && X->live_bytes && B == RT_BACKEND_BOEHM)
        return X->live_bytes();
    size_t blocks, mem, obj;
    dom_live(RT_DOMAIN_MEM, &blocks, &mem);
    dom_live(RT_DOMAIN_OBJ, &blocks, &obj);
    return mem + obj;
}

uint64_t rt_alloc_obj_allocs(void)
{
    flush_external();
    uint64_t n = 0;
    for (unsigned c = 0; c <= RT_SIZE_CLASSES; c++)
        n += K[RT_DOMAIN_OBJ][c].allocs;
    return n - D[RT_DOMAIN_OBJ].moves;
}

void rt_alloc_usage(size_t *arenas_in_use, size_t *pools_in_use)
{
    size_t mapped, cached;
    rt_pym_usage(&mapped, &cached, pools_in_use);
    *arenas_in_use = mapped - cached;
}

void rt_alloc_get_stats(rt_alloc_stats *out)
{
    flush_external();
    memset(out, 0, sizeof *out);
    for (int d = 0; d < RT_DOMAIN_COUNT; d++) {
        rt_domain_stats *o = &out->domain[d];
        for (unsigned c = 0; c <= RT_SIZE_CLASSES; c++) {
            o->allocs += K[d][c].allocs;
            o->frees += K[d][c].frees_sized + K[d][c].frees_unsized;
        }
        o->allocs -= D[d].moves;
        o->frees -= D[d].moves;
        o->reallocs = D[d].reallocs;
        sample_peak(d);
        dom_live(d, &o->blocks_in_use, &o->bytes_in_use);
        o->blocks_peak = D[d].blocks_peak;
        o->bytes_peak = D[d].bytes_peak;
    }
    rt_pym_stats ps;
    rt_pym_get_stats(&ps);
    out->arenas_allocated_total = ps.arenas_allocated_total;
    out->arenas_freed_total = ps.arenas_freed_total;
    rt_alloc_usage(&out->arenas_in_use, &out->pools_in_use);
    out->arenas_cached = ps.arenas_cached;
    out->arenas_peak = ps.arenas_peak;
    out->pools_peak = ps.pools_peak;
    out->pools_free = ps.pools_free;
    out->bytes_mapped = ps.arenas_mapped * cfg.arena_size;
    out->bytes_metadata = ps.bytes_metadata;
    bool pym = B == RT_BACKEND_PYMALLOC;
    for (unsigned c = 0; c <= RT_SIZE_CLASSES; c++) {
        size_t blocks = 0, granted = 0, req = 0;
        for (int d = RT_DOMAIN_MEM; d <= RT_DOMAIN_OBJ; d++) {
            const class_counters *k = &K[d][c];
            /* pymalloc blocks are exactly their class size */
            size_t g = pym && c != LARGE ? live_blocks(k) * RT_CLASS_SIZE(c) : k->granted;
            blocks += live_blocks(k);
            granted += g;
            req += live_requested(k, g);
            out->frees_unsized += k->frees_unsized + k->resized;
        }
        out->bytes_lost_rounding += granted - req;
        if (c == LARGE) {
            out->large_blocks_in_use = blocks;
            out->large_bytes_in_use = granted;
            break;
        }
        rt_size_class_stats *z = &out->size_class[c];
        z->block_size = RT_CLASS_SIZE(c);
        z->blocks_in_use = blocks;
        z->bytes_in_blocks = granted;
        z->bytes_requested = req;
        z->pools_in_use = ps.class_pools[c];
        if (ps.class_pools[c])
            z->blocks_free = ps.class_pools[c] * ps.blocks_per_pool[c] - blocks;
        out->bytes_in_blocks += granted;
    }
}

int rt_alloc_check(char *err, size_t errlen)
{
    flush_external();
    size_t blocks[RT_SIZE_CLASSES];
    if (rt_pym_check(blocks, err, errlen) < 0)
        return -1;
    bool pym = B == RT_BACKEND_PYMALLOC;
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        size_t n = live_blocks(&K[RT_DOMAIN_MEM][c]) + live_blocks(&K[RT_DOMAIN_OBJ][c]);
        if (pym && blocks[c] != n)
            return bad(err, errlen, "class %zu: %zu blocks in pools", c, blocks[c]);
    }
    /* The C library's blocks: by class (all classes under malloc, LARGE
     * under pymalloc) and by domain. */
    for (int d = 0; d < RT_DOMAIN_COUNT; d++) {
        size_t lib = 0;
        for (unsigned c = pym || d == RT_DOMAIN_RAW ? LARGE : 0; c <= RT_SIZE_CLASSES; c++)
            lib += live_blocks(&K[d][c]);
        if (lib != D[d].lib_blocks)
            return bad(err, errlen, "%zu C-library blocks by class, %zu by domain", lib, D[d].lib_blocks);
    }
    return 0;
}

static void line(FILE *f, const char *label, size_t v)
{
    fprintf(f, "%-36s= %20zu\n", label, v);
}

void rt_alloc_print_stats(FILE *f)
{
    rt_alloc_stats s;
    rt_alloc_get_stats(&s);
    bool pym = B == RT_BACKEND_PYMALLOC;
    fprintf(f, "Allocator backend = %s", B == RT_BACKEND_COUNT ? "(not set up)" : rt_backend_name(B));
    if (pym)
        fprintf(f, ", arena %zu bytes, pool %zu bytes", cfg.arena_size, cfg.pool_size);
    fprintf(f, "\nSmall block threshold = %d, in %d size classes.\n\n", RT_SMALL_REQUEST_MAX, RT_SIZE_CLASSES);
    fprintf(f, "class   size   num pools   blocks in use  avail blocks   requested bytes\n"
               "-----   ----   ---------   -------------  ------------   ---------------\n");
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        rt_size_class_stats *z = &s.size_class[c];
        if (!z->blocks_in_use && !z->pools_in_use)
            continue;
        fprintf(f, "%5u %6zu %11zu %15zu %13zu %17zu\n", c, z->block_size, z->pools_in_use,
                z->blocks_in_use, z->blocks_free, z->bytes_requested);
    }
    fputc('\n', f);
    if (pym) {
        line(f, "# arenas allocated total", s.arenas_allocated_total);
        line(f, "# arenas reclaimed", s.arenas_freed_total);
        line(f, "# arenas highwater mark", s.arenas_peak);
        line(f, "# arenas in use", s.arenas_in_use);
        line(f, "# arenas cached (entirely free)", s.arenas_cached);
        line(f, "# bytes mapped in arenas", s.bytes_mapped);
        line(f, "# pools in use", s.pools_in_use);
        line(f, "# pools highwater mark", s.pools_peak);
        line(f, "# unused pools in mapped arenas", s.pools_free);
        size_t avail = 0;
        for (unsigned c = 0; c < RT_SIZE_CLASSES; c++)
            avail += s.size_class[c].blocks_free * s.size_class[c].block_size;
        line(f, "# bytes in available blocks", avail);
        line(f, "# bytes of allocator metadata", s.bytes_metadata);
        line(f, "# large blocks (> 512) via malloc", s.large_blocks_in_use);
        line(f, "# bytes in large blocks", s.large_bytes_in_use);
    }
    line(f, "# bytes in allocated small blocks", s.bytes_in_blocks);
    line(f, "# bytes lost to rounding", s.bytes_lost_rounding);
    if (s.frees_unsized)
        line(f, "#   (estimated: unsized frees)", (size_t)s.frees_unsized);
    fprintf(f, "\n%-6s %12s %12s %12s %14s %14s %12s\n", "domain", "allocs", "frees", "reallocs",
            "bytes in use", "bytes peak", "blocks peak");
    static const char *names[RT_DOMAIN_COUNT] = { "raw", "mem", "obj" };
    for (int d = 0; d < RT_DOMAIN_COUNT; d++) {
        rt_domain_stats *x = &s.domain[d];
        fprintf(f, "%-6s %12llu %12llu %12llu %14zu %14zu %12zu\n", names[d],
                (unsigned long long)x->allocs, (unsigned long long)x->frees,
                (unsigned long long)x->reallocs, x->bytes_in_use, x->bytes_peak, x->blocks_peak);
    }
}

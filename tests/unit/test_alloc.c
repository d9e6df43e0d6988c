/*
 * test_alloc.c -- the allocation domains, both backends, the pymalloc arena
 * and pool management, and the statistics.
 */
#include <criterion/criterion.h>
#include <malloc.h>
#include <stdint.h>
#include <string.h>
#include "runtime/alloc.h"
#include "runtime/pymalloc.h"     /* rt_pym_class_of: pointer classification */

static void setup_cache(rt_backend_kind b, size_t arena, size_t pool, size_t cache)
{
    rt_alloc_config c = { b, arena, pool };
    rt_alloc_set_arena_cache(cache ? cache : RT_ARENA_CACHE_DEFAULT);
    char err[200] = "";
    cr_assert_eq(rt_alloc_setup(&c, err, sizeof err), 0, "setup failed: %s", err);
}

static void setup(rt_backend_kind b, size_t arena, size_t pool) { setup_cache(b, arena, pool, 0); }

static rt_alloc_stats stats(void)
{
    rt_alloc_stats s;
    rt_alloc_get_stats(&s);
    return s;
}

static void check(void)
{
    char err[200] = "";
    cr_assert_eq(rt_alloc_check(err, sizeof err), 0, "invariant broken: %s", err);
}

static size_t round16(size_t n) { return n == 0 ? 16 : (n + 15) & ~(size_t)15; }

/* ---- configuration ---------------------------------------------------- */

static void expect_reject(rt_backend_kind b, size_t arena, size_t pool, const char *needle)
{
    rt_alloc_config c = { b, arena, pool };
    char err[200] = "";
    cr_assert_eq(rt_alloc_setup(&c, err, sizeof err), -1, "accepted %zu/%zu", arena, pool);
    cr_assert(strstr(err, needle), "message \"%s\" lacks \"%s\"", err, needle);
}

Test(alloc_config, invalid_settings_rejected_with_message)
{
    expect_reject(RT_BACKEND_PYMALLOC, 300000, 4096, "arena size 300000 is not a power of two");
    expect_reject(RT_BACKEND_PYMALLOC, 1 << 18, 3000, "pool size 3000 is not a power of two");
    expect_reject(RT_BACKEND_PYMALLOC, 1 << 18, 512, "below 1 KiB");
    expect_reject(RT_BACKEND_PYMALLOC, 1 << 14, 1 << 13, "fewer than 4 pools");
    expect_reject(RT_BACKEND_PYMALLOC, (size_t)1 << 31, 4096, "above 1 GiB");
    expect_reject(RT_BACKEND_PYMALLOC, (size_t)1 << 30, (size_t)1 << 21, "above 1 MiB");
    expect_reject((rt_backend_kind)7, 1 << 18, 4096, "unknown allocator backend");
    /* The two documented settings and the malloc backend are accepted. */
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    setup(RT_BACKEND_PYMALLOC, 1 << 20, 16 << 10);
    setup(RT_BACKEND_MALLOC, 0, 0);
    cr_assert_eq(rt_alloc_current()->backend, RT_BACKEND_MALLOC);
}

Test(alloc_config, setup_refused_while_blocks_live)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    void *p = rt_obj_malloc(40);
    rt_alloc_config c = { RT_BACKEND_MALLOC, 0, 0 };
    char err[200] = "";
    cr_assert_eq(rt_alloc_setup(&c, err, sizeof err), -1);
    cr_assert(strstr(err, "1 MEM/OBJ blocks are live"), "%s", err);
    rt_obj_free(p);
    cr_assert_eq(rt_alloc_setup(&c, err, sizeof err), 0, "%s", err);
}

Test(alloc_config, names)
{
    cr_assert_eq(rt_backend_parse("pymalloc"), RT_BACKEND_PYMALLOC);
    cr_assert_eq(rt_backend_parse("malloc"), RT_BACKEND_MALLOC);
    cr_assert_eq(rt_backend_parse("tcmalloc"), -1);
    cr_assert_str_eq(rt_backend_name(RT_BACKEND_PYMALLOC), "pymalloc");
}

Test(alloc_config, lazy_default_is_pymalloc)
{
    void *p = rt_obj_malloc(24);
    cr_assert_eq(rt_alloc_usable_size(p), 32);
    cr_assert_eq(stats().arenas_in_use, 1);
    rt_obj_free(p);
}

/* ---- domains under each backend --------------------------------------- */

typedef struct dom_api {
    void *(*malloc)(size_t);
    void *(*calloc)(size_t, size_t);
    void *(*realloc)(void *, size_t);
    void (*free)(void *);
    rt_domain d;
} dom_api;

static const dom_api doms[3] = {
    { rt_raw_malloc, rt_raw_calloc, rt_raw_realloc, rt_raw_free, RT_DOMAIN_RAW },
    { rt_mem_malloc, rt_mem_calloc, rt_mem_realloc, rt_mem_free, RT_DOMAIN_MEM },
    { rt_obj_malloc, rt_obj_calloc, rt_obj_realloc, rt_obj_free, RT_DOMAIN_OBJ },
};

static void exercise_domain(const dom_api *a)
{
    rt_domain_stats before = stats().domain[a->d];
    rt_domain_stats other0 = stats().domain[(a->d + 1) % RT_DOMAIN_COUNT];
    char *p = a->malloc(100);
    char *q = a->calloc(30, 10);            /* large: 300 > 512? no, small */
    char *r = a->malloc(2000);              /* large */
    cr_assert(p && q && r);
    for (int i = 0; i < 300; i++)
        cr_assert_eq(q[i], 0);
    memset(p, 'p', 100);
    memset(r, 'r', 2000);
    size_t up = rt_alloc_usable_size(p), uq = rt_alloc_usable_size(q), ur = rt_alloc_usable_size(r);
    cr_assert(up >= 100 && uq >= 300 && ur >= 2000);
    rt_domain_stats s = stats().domain[a->d];
    cr_assert_eq(s.allocs - before.allocs, 3);
    cr_assert_eq(s.blocks_in_use - before.blocks_in_use, 3);
    cr_assert_eq(s.bytes_in_use - before.bytes_in_use, up + uq + ur);
    cr_assert_geq(s.bytes_peak, s.bytes_in_use);
    cr_assert_geq(s.blocks_peak, s.blocks_in_use);

    /* small -> large -> small -> same class, contents kept */
    p = a->realloc(p, 700);
    cr_assert(p);
    for (int i = 0; i < 100; i++)
        cr_assert_eq(p[i], 'p');
    memset(p, 'P', 700);
    p = a->realloc(p, 200);
    for (int i = 0; i < 200; i++)
        cr_assert_eq(p[i], 'P');
    char *same = a->realloc(p, 199);
    if (a->d != RT_DOMAIN_RAW && rt_alloc_current()->backend == RT_BACKEND_PYMALLOC)
        cr_assert_eq(same, p, "a realloc within the size class stays in place");
    p = same;
    r = a->realloc(r, 4000);
    for (int i = 0; i < 2000; i++)
        cr_assert_eq(r[i], 'r');
    s = stats().domain[a->d];
    cr_assert_eq(s.allocs - before.allocs, 3, "reallocs are not allocations");
    cr_assert_eq(s.reallocs - before.reallocs, 4);
    cr_assert_eq(s.bytes_in_use - before.bytes_in_use,
                 rt_alloc_usable_size(p) + uq + rt_alloc_usable_size(r));

    char *z = a->realloc(NULL, 10);          /* realloc(NULL) allocates */
    cr_assert(z);
    a->free(z);
    a->free(p);
    a->free(q);
    a->free(r);
    a->free(NULL);                           /* no-op */
    s = stats().domain[a->d];
    cr_assert_eq(s.blocks_in_use, before.blocks_in_use);
    cr_assert_eq(s.bytes_in_use, before.bytes_in_use);
    cr_assert_eq(s.frees - before.frees, 4);
    /* Another domain's counters did not move. */
    rt_domain_stats other1 = stats().domain[(a->d + 1) % RT_DOMAIN_COUNT];
    cr_assert_eq(other1.allocs, other0.allocs);
}

Test(alloc_domains, every_domain_pymalloc)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    for (int i = 0; i < 3; i++)
        exercise_domain(&doms[i]);
    /* RAW never uses the pools: its blocks are malloc's. */
    void *raw = rt_raw_malloc(32);
    cr_assert_eq(rt_alloc_usable_size(raw), malloc_usable_size(raw));
    size_t pools = stats().pools_in_use;
    rt_raw_free(raw);
    cr_assert_eq(stats().pools_in_use, pools);
}

Test(alloc_domains, every_domain_malloc)
{
    setup(RT_BACKEND_MALLOC, 0, 0);
    for (int i = 0; i < 3; i++)
        exercise_domain(&doms[i]);
    rt_alloc_stats s = stats();
    cr_assert_eq(s.arenas_allocated_total, 0, "the malloc backend maps no arena");
    cr_assert_eq(s.pools_in_use, 0);
}

Test(alloc_domains, malloc_backend_counts_usable_size)
{
    setup(RT_BACKEND_MALLOC, 0, 0);
    void *p = rt_obj_malloc(100);
    size_t us = malloc_usable_size(p);
    rt_alloc_stats s = stats();
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].bytes_in_use, us);
    cr_assert_eq(s.size_class[(us - 1) / 16].blocks_in_use, 1);
    cr_assert_eq(s.bytes_in_blocks, us);
    rt_obj_free_sized(p, 100);
    s = stats();
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].bytes_in_use, 0);
    cr_assert_eq(s.bytes_lost_rounding, 0);
}

/* ---- size classes and rounding ---------------------------------------- */

Test(alloc_classes, rounding_to_16_byte_classes)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    void *p[514];
    size_t granted = 0, requested = 0;
    for (size_t n = 0; n <= 513; n++) {
        p[n] = rt_obj_malloc(n);
        cr_assert(p[n]);
        cr_assert_eq((uintptr_t)p[n] % RT_ALIGNMENT, 0, "blocks are 16-aligned");
        if (n <= 512) {
            cr_assert_eq(rt_alloc_usable_size(p[n]), round16(n), "n=%zu", n);
            granted += round16(n);
            requested += n;
        }
    }
    rt_alloc_stats s = stats();
    cr_assert_eq(s.bytes_in_blocks, granted);
    cr_assert_eq(s.large_blocks_in_use, 1, "513 bytes is a large request");
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].bytes_in_use, granted + malloc_usable_size(p[513]));
    cr_assert_eq(s.size_class[0].blocks_in_use, 17, "0..16 bytes share class 0");
    cr_assert_eq(s.size_class[31].block_size, 512);
    cr_assert_eq(s.size_class[31].blocks_in_use, 16);
    cr_assert_eq(s.size_class[2].bytes_requested, 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40 + 41 + 42
                 + 43 + 44 + 45 + 46 + 47 + 48);
    cr_assert_eq(s.bytes_lost_rounding, granted - requested + malloc_usable_size(p[513]) - 513);
    cr_assert_eq(s.frees_unsized, 0);
    /* Sized frees keep the rounding loss exact. */
    for (size_t n = 0; n <= 256; n++)
        rt_obj_free_sized(p[n], n);
    size_t g2 = 0, r2 = 0;
    for (size_t n = 257; n <= 512; n++)
        g2 += round16(n), r2 += n;
    s = stats();
    cr_assert_eq(s.bytes_lost_rounding, g2 - r2 + malloc_usable_size(p[513]) - 513);
    for (size_t n = 257; n <= 513; n++)
        rt_obj_free(p[n]);
    s = stats();
    cr_assert_eq(s.frees_unsized, 257);
    cr_assert_eq(s.bytes_lost_rounding, 0, "nothing live, nothing lost");
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].bytes_in_use, 0);
}

Test(alloc_classes, zero_bytes_distinct_and_overflow)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    void *a = rt_obj_malloc(0), *b = rt_obj_malloc(0);
    cr_assert(a && b && a != b);
    cr_assert_null(rt_obj_calloc(SIZE_MAX / 2, 4), "calloc overflow is refused");
    char *c = rt_mem_realloc(a, 0);
    cr_assert_not_null(c, "realloc to 0 returns a minimal block");
    rt_mem_free(c);
    rt_obj_free(b);
}

/* ---- pools, arenas, ordering, return to the OS ------------------------ */

/* cache: bytes of free arenas kept mapped; 1 keeps just one spare. */
static void fill_and_drain(size_t arena, size_t pool, size_t cache)
{
    setup_cache(RT_BACKEND_PYMALLOC, arena, pool, cache);
    size_t keep = cache / arena ? cache / arena : 1;
    size_t per_arena = arena / 64;              /* 64-byte blocks */
    size_t n = 6 * per_arena;
    void **v = rt_raw_malloc(n * sizeof *v);
    for (size_t i = 0; i < n; i++)
        cr_assert(v[i] = rt_obj_malloc(64));
    rt_alloc_stats s = stats();
    cr_assert_geq(s.arenas_in_use, 6);
    cr_assert_eq(s.arenas_peak, s.arenas_in_use + s.arenas_cached);
    cr_assert_eq(s.bytes_mapped, (s.arenas_in_use + s.arenas_cached) * arena);
    cr_assert_eq(s.size_class[3].blocks_in_use, n);
    size_t per_pool = pool / 64;
    cr_assert_eq(s.size_class[3].pools_in_use, (n + per_pool - 1) / per_pool);
    cr_assert_eq(s.size_class[3].blocks_free, s.size_class[3].pools_in_use * per_pool - n);
    cr_assert_eq(s.pools_in_use, s.size_class[3].pools_in_use);
    size_t mapped = s.arenas_in_use;
    check();
    for (size_t i = 0; i < n; i++) {
        rt_obj_free(v[(i * 7919) % n]);          /* scattered over the arenas */
        if (i % (n / 8) == 0)
            check();
    }
    rt_raw_free(v);
    s = stats();
    cr_assert_eq(s.arenas_in_use, 0, "every arena is empty");
    cr_assert_eq(s.arenas_cached, keep < mapped ? keep : mapped, "the arena cache stays mapped");
    cr_assert_eq(s.arenas_freed_total, s.arenas_allocated_total - s.arenas_cached);
    if (mapped > keep)
        cr_assert_geq(s.arenas_freed_total, mapped - keep, "emptied arenas went back to the OS");
    cr_assert_eq(s.bytes_mapped, s.arenas_cached * arena);
    cr_assert_eq(s.pools_in_use, 0);
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].blocks_in_use, 0);
    rt_alloc_trim();
    s = stats();
    cr_assert_eq(s.arenas_cached, 0);
    cr_assert_eq(s.bytes_mapped, 0);
    cr_assert_eq(s.arenas_freed_total, s.arenas_allocated_total);
}

Test(alloc_arenas, returned_to_os_256k_4k) { fill_and_drain(256 << 10, 4 << 10, 1); }
Test(alloc_arenas, returned_to_os_1m_16k) { fill_and_drain(1 << 20, 16 << 10, 1); }
Test(alloc_arenas, returned_to_os_small_pools) { fill_and_drain(64 << 10, 1 << 10, 1); }
Test(alloc_arenas, default_cache_256k) { fill_and_drain(256 << 10, 4 << 10, RT_ARENA_CACHE_DEFAULT); }
Test(alloc_arenas, cache_of_two_1m) { fill_and_drain(1 << 20, 16 << 10, 2 << 20); }

/* The free path finds arenas through an 8-entry cache (slot: address >>
 * arena_shift, modulo 8) and a block's class through a byte per pool.
 * Over 20 small arenas the slots collide; arenas are unmapped (cache of
 * one) and mapped again, possibly at the same addresses, for other size
 * classes: a stale cache entry or class byte would free a block into the
 * wrong pool or class, which the invariant check and the counters see. */
Test(alloc_arenas, arena_cache_and_class_bytes_across_remaps)
{
    size_t arena = 64 << 10, pool = 4 << 10;
    setup_cache(RT_BACKEND_PYMALLOC, arena, pool, 1);
    enum { N = 20 * (64 << 10) / 64 };
    void **v = rt_raw_malloc(N * sizeof *v);
    cr_assert(v);
    for (int round = 0; round < 3; round++) {
        size_t size = round == 1 ? 200 : 64;     /* another class on the second round */
        for (size_t i = 0; i < N; i++)
            cr_assert(v[i] = rt_obj_malloc(size));
        cr_assert_geq(stats().arenas_in_use, 16);
        char err[300] = "";
        cr_assert_eq(rt_alloc_check(err, sizeof err), 0, "%s", err);
        for (size_t i = 0; i < N; i++) {
            size_t k = (i * 7919) % N;            /* scattered over the arenas */
            cr_assert_eq(rt_pym_class_of(v[k]), (int)rt_size_class(size));
            rt_obj_free(v[k]);
        }
        rt_alloc_stats s = stats();
        cr_assert_eq(s.domain[RT_DOMAIN_OBJ].blocks_in_use, 0);
        cr_assert_eq(s.arenas_in_use, 0);
        cr_assert_eq(rt_alloc_check(err, sizeof err), 0, "%s", err);
    }
    rt_raw_free(v);
}

/* New pools come from the arena with the fewest free pools, so the nearly
 * empty one can drain. */
Test(alloc_arenas, fullest_arena_used_first)
{
    size_t arena = 256 << 10, pool = 4 << 10, bs = 256;
    setup(RT_BACKEND_PYMALLOC, arena, pool);
    size_t per_pool = pool / bs, pools = arena / pool;
    size_t n = 3 * pools * per_pool;                 /* exactly three arenas */
    void **v = rt_raw_malloc(n * sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = rt_obj_malloc(bs);
    cr_assert_eq(stats().arenas_in_use, 3);
    uintptr_t amask = ~(uintptr_t)(arena - 1);
    uintptr_t base[3];
    int nb = 0;
    for (size_t i = 0; i < n && nb < 3; i++) {
        uintptr_t b = (uintptr_t)v[i] & amask;
        bool seen = false;
        for (int k = 0; k < nb; k++) seen |= base[k] == b;
        if (!seen) base[nb++] = b;
    }
    cr_assert_eq(nb, 3);
    /* Arena 0: free whole pools, all but one pool.  Arena 1: free 8 whole
     * pools.  Arena 2 stays full.  Freeing whole pools leaves no partly used
     * pool, so the next allocation needs a new pool. */
    size_t freed0 = 0, freed1 = 0;
    for (size_t i = 0; i < n; i++) {
        uintptr_t b = (uintptr_t)v[i] & amask;
        uintptr_t pidx = ((uintptr_t)v[i] - b) / pool;
        if ((b == base[0] && pidx != 0) || (b == base[1] && pidx < 8)) {
            rt_obj_free(v[i]);
            v[i] = NULL;
            if (b == base[0]) freed0++; else freed1++;
        }
    }
    cr_assert_eq(freed0, (pools - 1) * per_pool);
    cr_assert_eq(freed1, 8 * per_pool);
    check();
    for (int k = 0; k < 4; k++) {
        void *p = rt_obj_malloc(bs);
        cr_assert_eq((uintptr_t)p & amask, base[1], "took a pool from the emptier arena");
        rt_obj_free(p);
        /* The freed pool goes back: arena 1 again has the fewest free pools. */
    }
    for (size_t i = 0; i < n; i++)
        rt_obj_free(v[i]);
    rt_raw_free(v);
    cr_assert_eq(stats().arenas_in_use, 0);
}

/* A block allocated and freed in a loop at an arena boundary does not map
 * and unmap an arena each time: one spare is kept. */
Test(alloc_arenas, no_thrashing)
{
    setup_cache(RT_BACKEND_PYMALLOC, 64 << 10, 1 << 10, 1);
    size_t before = stats().arenas_allocated_total;
    for (int i = 0; i < 10000; i++)
        rt_obj_free(rt_obj_malloc(16));
    cr_assert_leq(stats().arenas_allocated_total - before, 1);
}

Test(alloc_stats, printer)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    void *p = rt_obj_malloc(30), *q = rt_mem_malloc(1000);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    rt_alloc_print_stats(f);
    fclose(f);
    cr_assert(strstr(buf, "Small block threshold = 512, in 32 size classes."), "%s", buf);
    cr_assert(strstr(buf, "    1     32           1               1           "), "%s", buf);
    cr_assert(strstr(buf, "# arenas allocated total"), "%s", buf);
    cr_assert(strstr(buf, "# large blocks (> 512) via malloc   =                    1"), "%s", buf);
    free(buf);
    rt_obj_free(p);
    rt_mem_free(q);
    cr_assert_eq(rt_alloc_live_bytes(), 0);
}

/* "Is this pointer ours" answers for any address, without reading it. */
Test(alloc_arenas, pointer_classification)
{
    static char static_buf[64];
    char stack_buf[64];
    setup_cache(RT_BACKEND_PYMALLOC, 256 << 10, 4 << 10, 1);
    char *p = rt_obj_malloc(100);               /* class 6 (97..112) */
    void *m = malloc(100);
    cr_assert_eq(rt_pym_class_of(p), 6);
    cr_assert_eq(rt_pym_class_of(p + 57), 6, "interior pointers belong to the arena");
    cr_assert_eq(rt_pym_class_of(stack_buf), -1);
    cr_assert_eq(rt_pym_class_of(static_buf), -1);
    cr_assert_eq(rt_pym_class_of(m), -1);
    cr_assert_eq(rt_pym_class_of(NULL), -1);
    cr_assert_eq(rt_pym_class_of((void *)~(uintptr_t)0xF), -1);
    uintptr_t base = (uintptr_t)p & ~(uintptr_t)((256 << 10) - 1);
    cr_assert_eq(rt_pym_class_of((void *)(base - 1)) >= 0, false, "byte before the arena");
    cr_assert_eq(rt_pym_class_of((void *)(base + (256 << 10))) >= 0, false, "byte after the arena");
    /* Unmapped arenas are forgotten. */
    rt_obj_free(p);
    rt_alloc_trim();
    cr_assert_eq(stats().bytes_mapped, 0);
    cr_assert_eq(rt_pym_class_of((void *)base), -1);
    free(m);
}

/* ---- AddressSanitizer ---------------------------------------------------- */
#ifdef GCLAB_SANITIZE
#include <signal.h>
/* ASan reports the access and exits with status 1. */
Test(alloc_asan, use_after_free_of_pymalloc_block_caught, .exit_code = 1)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    char *p = rt_obj_malloc(48);
    void *keep = rt_obj_malloc(48);          /* the pool stays in use */
    p[0] = 1;
    rt_obj_free(p);
    ((volatile char *)p)[8] = 2;
    rt_obj_free(keep);
}

Test(alloc_asan, overflow_past_request_caught, .exit_code = 1)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    char *p = rt_obj_malloc(20);             /* a 32-byte block */
    ((volatile char *)p)[24] = 1;
}

Test(alloc_asan, double_free_caught, .signal = SIGABRT)
{
    setup(RT_BACKEND_PYMALLOC, RT_ARENA_SIZE_DEFAULT, RT_POOL_SIZE_DEFAULT);
    void *p = rt_obj_malloc(64), *keep = rt_obj_malloc(64);
    rt_obj_free(p);
    rt_obj_free(p);
    rt_obj_free(keep);
}
#endif

/* ---- rt_obj_free_chain: a chain linked through the blocks' first word -- */

static void free_chain_frees_everything(rt_backend_kind b)
{
    setup(b, 1 << 20, 16 << 10);
    rt_alloc_stats before = stats();
    enum { N = 3000 };
    void *chain = NULL;
    for (size_t i = 0; i < N; i++) {
        size_t n = i % 97 == 0 ? 600 + i : 16 + (i * 37) % 480;   /* some past 512: malloc'ed */
        void **p = rt_obj_malloc(n);
        cr_assert(p);
        *p = chain;
        chain = p;
    }
    rt_alloc_stats s = stats();
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].blocks_in_use, before.domain[RT_DOMAIN_OBJ].blocks_in_use + N);
    rt_obj_free_chain(chain);
    rt_obj_free_chain(NULL);   /* an empty chain */
    s = stats();
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].blocks_in_use, before.domain[RT_DOMAIN_OBJ].blocks_in_use);
    cr_assert_eq(s.domain[RT_DOMAIN_OBJ].frees - before.domain[RT_DOMAIN_OBJ].frees, N);
    cr_assert_eq(s.large_blocks_in_use, before.large_blocks_in_use);
    if (b == RT_BACKEND_PYMALLOC)
        cr_assert_eq(s.pools_in_use, before.pools_in_use, "every pool the chain filled is empty again");
    check();
}

Test(alloc_domains, free_chain_pymalloc) { free_chain_frees_everything(RT_BACKEND_PYMALLOC); }
Test(alloc_domains, free_chain_malloc) { free_chain_frees_everything(RT_BACKEND_MALLOC); }

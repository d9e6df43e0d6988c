/*
 * test_alloc_stress.c -- millions of random malloc/free/realloc of random
 * sizes (0..1100 bytes, small and large mixed) under each backend and both
 * arena/pool settings.  Every live block is filled with a pattern derived
 * from its id and checked before it is freed or resized, so overlapping
 * blocks or a corrupted free list show up as a pattern mismatch; the
 * statistics are checked against an independent tally along the way.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>
#include "runtime/alloc.h"

#ifdef GCLAB_SANITIZE
#define OPS 600000          /* ASan+UBSan are ~10x slower */
#else
#define OPS 2000000
#endif
#define SLOTS 16384         /* live blocks at most: arenas fill and drain */
#define MAX_SIZE 1100

typedef struct slot { unsigned char *p; size_t n; uint64_t id; } slot;

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next_rand(void)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return rng;
}

static unsigned char pat(uint64_t id, size_t i) { return (unsigned char)(id * 0x9E37u + i * 131u + (id >> 7)); }

static void fill(slot *s)
{
    for (size_t i = 0; i < s->n; i++)
        s->p[i] = pat(s->id, i);
}

static void check(const slot *s, size_t upto)
{
    for (size_t i = 0; i < upto; i++)
        if (s->p[i] != pat(s->id, i))
            cr_assert_fail("block %p id %llu size %zu corrupted at byte %zu", (void *)s->p,
                     (unsigned long long)s->id, s->n, i);
}

static void run(rt_backend_kind b, size_t arena, size_t pool)
{
    rt_alloc_config c = { b, arena, pool };
    rt_alloc_set_arena_cache(1);    /* unmap emptied arenas (one spare) */
    char err[200];
    cr_assert_eq(rt_alloc_setup(&c, err, sizeof err), 0, "%s", err);
    slot *t = calloc(SLOTS, sizeof *t);
    uint64_t ids = 0;
    size_t live = 0, live_bytes = 0;
    for (long op = 0; op < OPS; op++) {
        uint64_t r = next_rand();
        slot *s = &t[r % SLOTS];
        /* Phases of mostly-alloc and mostly-free so that arenas fill up
         * and empty again. */
        bool growing = (op / (OPS / 16)) % 2 == 0;
        unsigned action = (r >> 20) % 10;
        size_t n = (r >> 32) % (MAX_SIZE + 1);
        if (!s->p) {
            if (!growing && action < 6)
                continue;
            s->id = ++ids;      /* odd ids: OBJ domain, even: MEM */
            s->p = (s->id & 1) ? rt_obj_malloc(n) : rt_mem_malloc(n);
            cr_assert(s->p, "allocation of %zu failed", n);
            s->n = n;
            fill(s);
            live++;
            live_bytes += rt_alloc_usable_size(s->p);
        } else if (action < 2) {
            check(s, s->n);
            live_bytes -= rt_alloc_usable_size(s->p);
            unsigned char *q = (s->id & 1) ? rt_obj_realloc(s->p, n) : rt_mem_realloc(s->p, n);
            cr_assert(q);
            s->p = q;
            check(s, s->n < n ? s->n : n);
            s->n = n;
            fill(s);
            live_bytes += rt_alloc_usable_size(s->p);
        } else if (!growing || action < 4) {
            check(s, s->n);
            live_bytes -= rt_alloc_usable_size(s->p);
            if (s->id & 1)
                (action & 1) ? rt_obj_free_sized(s->p, s->n) : rt_obj_free(s->p);
            else
                (action & 1) ? rt_mem_free_sized(s->p, s->n) : rt_mem_free(s->p);
            s->p = NULL;
            live--;
        }
        if (op % 100000 == 0) {
            rt_alloc_stats st;
            rt_alloc_get_stats(&st);
            cr_assert_eq(st.domain[RT_DOMAIN_OBJ].blocks_in_use + st.domain[RT_DOMAIN_MEM].blocks_in_use, live);
            cr_assert_eq(rt_alloc_live_bytes(), live_bytes);
            cr_assert_eq(rt_alloc_check(err, sizeof err), 0, "%s", err);
        }
    }
    for (size_t i = 0; i < SLOTS; i++) {
        if (t[i].p) {
            check(&t[i], t[i].n);
            (t[i].id & 1) ? rt_obj_free(t[i].p) : rt_mem_free(t[i].p);
        }
    }
    free(t);
    rt_alloc_stats st;
    rt_alloc_get_stats(&st);
    cr_assert_eq(rt_alloc_live_bytes(), 0);
    cr_assert_eq(st.domain[RT_DOMAIN_OBJ].blocks_in_use, 0);
    cr_assert_eq(st.domain[RT_DOMAIN_MEM].blocks_in_use, 0);
    cr_assert_eq(st.bytes_lost_rounding, 0);
    cr_assert_eq(st.large_bytes_in_use, 0);
    cr_assert_eq(rt_alloc_check(err, sizeof err), 0, "%s", err);
    if (b == RT_BACKEND_PYMALLOC) {
        cr_assert_eq(st.arenas_in_use, 0);
        cr_assert_eq(st.pools_in_use, 0);
        cr_assert_gt(st.arenas_peak, 1);
        cr_assert_gt(st.arenas_freed_total, 0, "emptied arenas were unmapped during the run");
        cr_assert_eq(st.arenas_freed_total + st.arenas_cached, st.arenas_allocated_total);
    }
}

Test(alloc_stress, pymalloc_256k_4k, .timeout = 120) { run(RT_BACKEND_PYMALLOC, 256 << 10, 4 << 10); }
Test(alloc_stress, pymalloc_1m_16k, .timeout = 120) { run(RT_BACKEND_PYMALLOC, 1 << 20, 16 << 10); }
Test(alloc_stress, malloc, .timeout = 120) { run(RT_BACKEND_MALLOC, 0, 0); }

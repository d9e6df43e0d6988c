/*
 * census.c -- the heap census and the sampled lifetimes of census.h.
 *
 * Invariants: every block the wrapped calloc returned while on has one
 * entry in the table (open addressing, linear probing, deletion by
 * backward shift, at most half full) until the wrapped release removes it;
 * a type's live counts are the sums over its entries; everything lives in
 * the RAW domain, so the census never changes the heap it counts.
 */
#include <stdlib.h>
#include <string.h>
#include "runtime/census.h"
#include "runtime/object.h"
#include "runtime/alloc.h"
#include "runtime/telemetry.h"

#define UNSAMPLED UINT64_MAX
#define NO_TYPE UINT32_MAX

typedef struct entry {
    void *block;          /* NULL: free slot */
    uint32_t type, size;
    uint64_t birth;       /* the allocation clock (bytes) at birth, or UNSAMPLED */
} entry;

typedef struct ctype {
    const rt_type *t;
    char *name;
    int64_t objects, bytes;
} ctype;

static struct {
    bool on, lifetimes;
    void *(*calloc)(size_t, size_t);
    void *(*calloc_atomic)(size_t, size_t);
    void *(*malloc_atomic)(size_t);
    void (*release)(void *);
    uint32_t pending_type, pending_size;   /* the object rt_census_note announced */
    bool pending_sample;
    entry *tab;
    size_t cap, n;
    ctype *types;
    size_t ntypes, captypes;
    uint32_t last;                         /* the type looked up last: most allocations repeat it */
    rt_census_row *rows;
    size_t nrows, caprows;
    uint32_t ncensus;
    uint64_t sample_every, gap, rng, sampled;
    uint64_t died[RT_CENSUS_BUCKETS], alive[RT_CENSUS_BUCKETS];
    char **names;
} S;

static size_t slot_of(const void *p, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15ull;
    return (size_t)(h >> 20) & (cap - 1);
}

static bool grow_table(void)
{
    size_t ncap = S.cap ? S.cap * 2 : 1 << 16;
    entry *n = rt_raw_calloc(ncap, sizeof *n);
    if (!n)
        return false;
    for (size_t i = 0; i < S.cap; i++)
        if (S.tab[i].block) {
            size_t k = slot_of(S.tab[i].block, ncap);
            while (n[k].block)
                k = (k + 1) & (ncap - 1);
            n[k] = S.tab[i];
        }
    rt_raw_free(S.tab);
    S.tab = n;
    S.cap = ncap;
    return true;
}

static unsigned bucket(uint64_t age)
{
    unsigned k = 0;
    for (uint64_t v = age + 1; v > 1; v >>= 1)
        k++;
    return k < RT_CENSUS_BUCKETS ? k : RT_CENSUS_BUCKETS - 1;
}

/* A gap to the next sampled allocation, uniform in 1 .. 2N-1 (xorshift64). */
static uint64_t next_gap(void)
{
    S.rng ^= S.rng << 13;
    S.rng ^= S.rng >> 7;
    S.rng ^= S.rng << 17;
    return S.sample_every <= 1 ? 1 : 1 + S.rng % (2 * S.sample_every - 1);
}

static uint64_t clock_bytes(void)
{
    uint64_t objects, bytes;
    rt_tel_alloc_clock(&objects, &bytes);
    return bytes;
}

static void born(void *block)
{
    if (!block || S.pending_type == NO_TYPE || !S.on)
        return;
    if (2 * (S.n + 1) > S.cap && !grow_table())
        return;   /* not counted: the census says what it saw */
    size_t k = slot_of(block, S.cap);
    while (S.tab[k].block)
        k = (k + 1) & (S.cap - 1);
    uint64_t birth = UNSAMPLED;
    if (S.pending_sample && S.lifetimes) {
        birth = clock_bytes();
        S.sampled++;
    }
    S.tab[k] = (entry){ block, S.pending_type, S.pending_size, birth };
    S.n++;
    ctype *c = &S.types[S.pending_type];
    c->objects++;
    c->bytes += S.pending_size;
    S.pending_type = NO_TYPE;
    S.pending_sample = false;
}

static void *census_calloc(size_t nmemb, size_t size)
{
    void *b = S.calloc(nmemb, size);
    born(b);
    return b;
}

static void *census_calloc_atomic(size_t nmemb, size_t size)
{
    void *b = S.calloc_atomic(nmemb, size);
    born(b);
    return b;
}

static void *census_malloc_atomic(size_t size)
{
    void *b = S.malloc_atomic(size);
    born(b);
    return b;
}

/* Forget a block that died: its type's counts go down and, when sampled,
 * its age goes into the histogram. */
static void died(void *block)
{
    if (!S.cap || !block)
        return;
    size_t k = slot_of(block, S.cap);
    while (S.tab[k].block && S.tab[k].block != block)
        k = (k + 1) & (S.cap - 1);
    if (!S.tab[k].block)
        return;
    entry *e = &S.tab[k];
    ctype *c = &S.types[e->type];
    c->objects--;
    c->bytes -= e->size;
    if (e->birth != UNSAMPLED && S.lifetimes)
        S.died[bucket(clock_bytes() - e->birth)]++;
    /* backward shift: later entries of the probe run move up */
    size_t hole = k, j = k;
    for (;;) {
        j = (j + 1) & (S.cap - 1);
        if (!S.tab[j].block)
            break;
        size_t home = slot_of(S.tab[j].block, S.cap);
        if (((j - home) & (S.cap - 1)) >= ((j - hole) & (S.cap - 1))) {
            S.tab[hole] = S.tab[j];
            hole = j;
        }
    }
    S.tab[hole].block = NULL;
    S.n--;
}

static void census_release(void *block)
{
    died(block);
    S.release(block);
}

void rt_census_freelist_push_slow(void *block)
{
    if (S.on)
        died(block);
}

void rt_census_freelist_pop_slow(void *block, const struct rt_type *t, size_t n)
{
    rt_census_note(t, n);
    born(block);
}

int rt_census_start(uint64_t sample_every)
{
    rt_census_reset();
    S.sample_every = sample_every ? sample_every : 1;
    S.rng = 0x2545f4914f6cdd1dull;
    S.gap = next_gap();
    S.pending_type = NO_TYPE;
    if (!grow_table())
        return -1;
    S.calloc = rt_objspace.calloc;
    S.calloc_atomic = rt_objspace.calloc_atomic;
    S.malloc_atomic = rt_objspace.malloc_atomic;
    S.release = rt_objspace.release;
    rt_objspace.calloc = census_calloc;
    rt_objspace.calloc_atomic = census_calloc_atomic;
    rt_objspace.malloc_atomic = census_malloc_atomic;
    rt_objspace.release = census_release;
    S.on = S.lifetimes = true;
    rt_census_active = true;
    return 0;
}

bool rt_census_active;

bool rt_census_on(void) { return S.on; }

static uint32_t type_index(const rt_type *t)
{
    const char *name = t && t->name ? t->name : "?";
    if (S.last < S.ntypes && S.types[S.last].t == t && strcmp(S.types[S.last].name, name) == 0)
        return S.last;
    for (size_t i = 0; i < S.ntypes; i++)
        if (S.types[i].t == t && strcmp(S.types[i].name, name) == 0)
            return S.last = (uint32_t)i;
    if (S.ntypes == S.captypes) {
        size_t nc = S.captypes ? S.captypes * 2 : 64;
        ctype *n = rt_raw_realloc(S.types, nc * sizeof *n);
        if (!n)
            return NO_TYPE;
        S.types = n;
        S.captypes = nc;
    }
    char *copy = rt_raw_malloc(strlen(name) + 1);
    if (!copy)
        return NO_TYPE;
    strcpy(copy, name);
    S.types[S.ntypes] = (ctype){ t, copy, 0, 0 };
    return S.last = (uint32_t)S.ntypes++;
}

void rt_census_note(const struct rt_type *t, size_t n)
{
    if (!S.on)
        return;
    S.pending_type = type_index(t);
    S.pending_size = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
    if (--S.gap == 0) {
        S.pending_sample = true;
        S.gap = next_gap();
    }
}

void rt_census_snapshot(uint64_t t_ns, bool teardown)
{
    if (!S.on)
        return;
    for (size_t i = 0; i < S.ntypes; i++) {
        if (S.types[i].objects <= 0)
            continue;
        if (S.nrows == S.caprows) {
            size_t nc = S.caprows ? S.caprows * 2 : 256;
            rt_census_row *n = rt_raw_realloc(S.rows, nc * sizeof *n);
            if (!n)
                return;
            S.rows = n;
            S.caprows = nc;
        }
        S.rows[S.nrows++] = (rt_census_row){ t_ns, S.ncensus, (uint32_t)i, teardown, S.types[i].objects,
                                             S.types[i].bytes };
    }
    S.ncensus++;
    if (teardown && S.lifetimes) {
        /* the program's end: the sampled objects still alive, by age now */
        uint64_t now = clock_bytes();
        for (size_t k = 0; k < S.cap; k++)
            if (S.tab[k].block && S.tab[k].birth != UNSAMPLED)
                S.alive[bucket(now - S.tab[k].birth)]++;
        S.lifetimes = false;
    }
}

void rt_census_get(rt_census_view *out)
{
    rt_raw_free(S.names);
    S.names = rt_raw_malloc((S.ntypes ? S.ntypes : 1) * sizeof *S.names);
    for (size_t i = 0; S.names && i < S.ntypes; i++)
        S.names[i] = S.types[i].name;
    *out = (rt_census_view){ S.rows, S.nrows, (const char *const *)S.names, S.names ? S.ntypes : 0,
                             S.sample_every, S.died, S.alive, S.sampled };
}

void rt_census_reset(void)
{
    if (rt_objspace.calloc == census_calloc)
        rt_objspace.calloc = S.calloc;
    if (rt_objspace.calloc_atomic == census_calloc_atomic)
        rt_objspace.calloc_atomic = S.calloc_atomic;
    if (rt_objspace.malloc_atomic == census_malloc_atomic)
        rt_objspace.malloc_atomic = S.malloc_atomic;
    if (rt_objspace.release == census_release)
        rt_objspace.release = S.release;
    rt_raw_free(S.tab);
    for (size_t i = 0; i < S.ntypes; i++)
        rt_raw_free(S.types[i].name);
    rt_raw_free(S.types);
    rt_raw_free(S.rows);
    rt_raw_free(S.names);
    memset(&S, 0, sizeof S);
    rt_census_active = false;
}

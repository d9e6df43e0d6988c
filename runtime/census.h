/*
 * census.h -- `gclab run --heap-census N`: the heap's demographics.
 *
 *   census     live objects and bytes by type, taken at the end of every
 *              full collection (generation 2: gen's oldest, incr's and
 *              ft's whole-heap, every marksweep collection) and at the end
 *              of the program (the teardown mark);
 *   lifetimes  the age at death, in bytes allocated in between, of a
 *              sample of objects: each allocation is sampled with a gap
 *              drawn uniformly from 1 .. 2N-1 allocations (1 in N on
 *              average, without locking onto a periodic allocation
 *              pattern); a log2 histogram of the ages, and of the ages at
 *              the end of the program of those still alive (censored).
 *
 * How: while on, the allocation countdown (telemetry.h) runs out at every
 * allocation, so its slow path learns each object's type and size
 * (rt_census_note); the object space's calloc / calloc_atomic / release
 * (object.h) are wrapped so that every block born gets an entry (its
 * type, size and, when sampled, its birth on the allocation clock) in a
 * table keyed by address, which its release removes.  Off, nothing of it
 * runs: the wrappers are not installed and the countdown is the sampling
 * one, so the cost off is zero (measured: docs/telemetry.md); on, each
 * allocation and free costs a call and a hash-table probe.
 *
 * Limits: objects born before rt_census_start (the runtime's and the
 * interpreter's start-up objects) are not counted; under a tracing
 * collector an object dies when the sweep reclaims it, not when it became
 * unreachable; boehm frees inside libgc without telling us, so no census
 * is taken under it (the run command refuses); types are told apart by
 * their object and name (a class freed and another of the same name born
 * at its address share counts).  Bytes are the objects' own sizes (the
 * buffers they own are not theirs).
 *
 * Layering: runtime only (object.h for the object space and the types);
 * telemetry.c calls rt_census_note / _snapshot; lab/telemetry_out.c
 * writes the two CSV files from rt_census_view.
 */
#ifndef GCLAB_RUNTIME_CENSUS_H
#define GCLAB_RUNTIME_CENSUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct rt_type;

#define RT_CENSUS_SAMPLE_DEFAULT 100   /* 1 object in 100 followed to its death */
#define RT_CENSUS_BUCKETS 64           /* log2 buckets of ages in bytes */

/* Install the wrappers and start counting (after the collector and the
 * runtime are up).  sample_every >= 1.  0, or -1 without memory. */
int rt_census_start(uint64_t sample_every);
bool rt_census_on(void);
/* From the allocation countdown's slow path: the next block is an object
 * of type t and n bytes. */
void rt_census_note(const struct rt_type *t, size_t n);
/* The free lists of tuples, lists, dicts and the slice cache (gchead.h)
 * stay on while the census records (switching them off would change
 * gc.get_count()), so a free-list push is a death and a pop a birth, at the
 * object's address, as a release and an allocation would be.  The
 * allocation clock (bytes the allocator gave out) does not move at a pop.
 * One load when the census is off. */
extern bool rt_census_active;
void rt_census_freelist_push_slow(void *block);
void rt_census_freelist_pop_slow(void *block, const struct rt_type *t, size_t n);
static inline void rt_census_freelist_push(void *block)
{
    if (__builtin_expect(rt_census_active, 0))
        rt_census_freelist_push_slow(block);
}
static inline void rt_census_freelist_pop(void *block, const struct rt_type *t, size_t n)
{
    if (__builtin_expect(rt_census_active, 0))
        rt_census_freelist_pop_slow(block, t, n);
}
/* Record a census now (t_ns since the start of recording); teardown: the
 * program's last, after which lifetimes are no longer recorded. */
void rt_census_snapshot(uint64_t t_ns, bool teardown);
/* Uninstall the wrappers (if still installed) and free everything. */
void rt_census_reset(void);

typedef struct rt_census_row {
    uint64_t t_ns;
    uint32_t census;        /* 0, 1, ... in the order taken */
    uint32_t type;          /* index into names */
    bool teardown;
    int64_t objects, bytes;
} rt_census_row;

typedef struct rt_census_view {
    const rt_census_row *rows;
    size_t nrows;
    const char *const *names;     /* type names */
    size_t ntypes;
    uint64_t sample_every;
    const uint64_t *died;         /* [RT_CENSUS_BUCKETS]: sampled objects dead at age in [2^k - 1, 2^(k+1) - 1) bytes */
    const uint64_t *alive;        /* the same for those alive at the program's end, by age then */
    uint64_t sampled;
} rt_census_view;
/* Borrowed until the next census call; alive is computed now. */
void rt_census_get(rt_census_view *out);

#endif

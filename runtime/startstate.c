/*
 * startstate.c -- the free-list contents CPython 3.11's start-up leaves
 * behind, given to gclab's free lists before the program runs.
 *
 * CPython's start-up (importlib, site, the .pth files) frees objects into
 * its free lists, so a program's first lists, dicts, floats and tuples
 * are reused ones: they move gc.get_count() by nothing, where fresh ones
 * move it by one each.  `sys._debugmallocstats()` on the first line of a
 * program under CPython 3.11.7 on the reference machine reports the
 * numbers below, after its compiler has run; gclab fills its lists with
 * as many once __main__ is compiled, just before its first line
 * (vm_run_code), inside a start-up scope so that the priming moves no
 * count (docs/gen.md, "Start-up state").  Only with free lists on (the
 * refcounting collectors).  The slice cache is primed apart, earlier
 * (rt_slice_cache_prime).
 */
#include "runtime/gchead.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/error.h"

/* Free objects per list at the first line of a program under CPython
 * 3.11.7 (the reference machine's pyenv build with its site): lists, dicts,
 * floats, and tuples of sizes 1..20 (its sys._debugmallocstats()). */
enum { START_LISTS = 40, START_DICTS = 8, START_FLOATS = 4 };
static const unsigned char start_tuples[20] = { 4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6 };

/* Makes n objects with make(size) and frees them all once made, so
 * that each lands on its free list (freeing one at a time would reuse
 * the same object). */
static int prime(rt_object *(*make)(intptr_t), intptr_t size, int n)
{
    rt_object *held[64];
    int made = 0, r = 0;
    while (made < n && made < 64) {
        if (!(held[made] = make(size))) {
            r = -1;
            break;
        }
        made++;
    }
    while (made > 0)
        rt_decref(held[--made]);
    return r;
}

static rt_object *make_list(intptr_t n) { (void)n; return rt_list_new(0); }
static rt_object *make_dict(intptr_t n) { (void)n; return rt_dict_new(); }
static rt_object *make_float(intptr_t n) { return rt_float_from_double((double)n + 0.5); }
static rt_object *make_tuple(intptr_t n) { return rt_tuple_new(n); }

/* Set by `gclab run` for the collectors that model CPython 3.11 (not
 * incr and ft, which model 3.14's start-up); consumed by the priming. */
static bool armed;

void rt_start_state_arm(void)
{
    armed = true;
}

int rt_start_state_prime(void)
{
    if (!armed || !rt_freelists_on())
        return 0;
    armed = false;
    if (prime(make_list, 0, START_LISTS) < 0 || prime(make_dict, 0, START_DICTS) < 0
        || prime(make_float, 0, START_FLOATS) < 0)
        return -1;
    for (intptr_t size = 1; size <= 20; size++)
        if (prime(make_tuple, size, start_tuples[size - 1]) < 0)
            return -1;
    return 0;
}

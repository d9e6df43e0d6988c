/*
 * gc_util.c -- the parts of the gc module's machinery that do not depend on
 * which collector runs: the gc.callbacks hook, enable/disable,
 * get_referents / get_referrers over the types' traverse slots, and the
 * object queues of the tracing collectors (gc_objvec).
 */
#include <string.h>
#include "collectors/collector.h"
#include "runtime/gchead.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/error.h"
#include "runtime/alloc.h"
#include "collectors/gc_check.h"

static gc_callback_hook callback_hook;
static void *callback_arg;

void gc_set_callback_hook(gc_callback_hook fn, void *arg)
{
    callback_hook = fn;
    callback_arg = arg;
}

void gc_invoke_callbacks(const char *phase, const gc_callback_info *info)
{
    if (callback_hook)
        callback_hook(phase, info, callback_arg);
}

void gc_enable(void) { rt_gc.enabled = true; }
void gc_disable(void) { rt_gc.enabled = false; }
bool gc_is_enabled(void) { return rt_gc.enabled; }

static int push_referent(rt_object *child, void *arg)
{
    return gc_objvec_push(arg, child);
}

/* Static type objects are instances of a GC type but carry no gc head and
 * no traverse worth calling (rt_is_gc explains). */
static bool has_traverse(rt_object *o)
{
    return rt_is_gc(o) && o->type->traverse;
}

/* o's traverse as CPython 3.11's would run it (rt_gc.trace_all cleared:
 * a unicode-keys dict shows its values only, whichever collector runs).
 * visit must not allocate: a tracing collector running in between would
 * miss the references the slots skip. */
static int traverse_as_cpython(rt_object *o, rt_visitproc visit, void *arg)
{
    bool saved = rt_gc.trace_all;
    rt_gc.trace_all = false;
    int r = o->type->traverse(o, visit, arg);
    rt_gc.trace_all = saved;
    return r;
}

rt_object *gc_get_referents(rt_object *const *objs, intptr_t n)
{
    gc_objvec found = { 0 };
    rt_object *result = NULL;
    for (intptr_t i = 0; i < n; i++) {
        if (has_traverse(objs[i]) && traverse_as_cpython(objs[i], push_referent, &found) < 0) {
            rt_err_no_memory();
            goto done;
        }
    }
    /* The referents are held by objs, which the caller holds, and no code
     * runs while the list is built. */
    result = rt_list_from_array(found.v, (intptr_t)found.n);
done:
    rt_raw_free(found.v);
    return result;
}

typedef struct referrers_walk {
    rt_object *const *objs;
    intptr_t n;
    rt_object *result;
    bool found;
} referrers_walk;

static int match_referent(rt_object *child, void *arg)
{
    referrers_walk *w = arg;
    for (intptr_t i = 0; i < w->n; i++)
        if (child == w->objs[i]) {
            w->found = true;
            return 1;
        }
    return 0;
}

static int check_referrer(rt_object *o, void *arg)
{
    referrers_walk *w = arg;
    if (o == w->result || (rt_tuple_check(o) && RT_TUPLE_ITEMS(o) == w->objs))
        return 0;
    w->found = false;
    traverse_as_cpython(o, match_referent, w);
    if (w->found && rt_list_append(w->result, o) < 0)
        return -1;
    return 0;
}

rt_object *gc_get_referrers(rt_object *const *objs, intptr_t n)
{
    referrers_walk w = { objs, n, rt_list_new(0), false };
    if (!w.result)
        return NULL;
    const gc_collector *c = gc_active();
    if (c && c->for_each_object(-1, check_referrer, &w) < 0) {
        RT_DECREF(w.result);
        return NULL;
    }
    return w.result;
}

/* ---- object queues ---------------------------------------------------------- */

int gc_objvec_push(gc_objvec *q, rt_object *o)
{
    if (q->n == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 64;   /* a typical batch fits at once */
        rt_object **n = rt_raw_realloc(q->v, cap * sizeof *n);
        if (!n)
            return -1;
        q->v = n;
        q->cap = cap;
    }
    q->v[q->n++] = o;
    return 0;
}

void gc_objvec_clear(gc_objvec *q)
{
    if (q->n)
        memset(q->v, 0, q->n * sizeof *q->v);
    q->n = 0;
}

int gc_list_for_each(rt_gchead *head, int (*fn)(rt_object *, void *), void *arg)
{
    for (rt_gchead *g = rt_gc_next(head), *next; g != head; g = next) {
        next = rt_gc_next(g);
        int r = fn(rt_from_gc(g), arg);
        if (r)
            return r;
    }
    return 0;
}

int gc_copy_thresholds(intptr_t *dst, const intptr_t *src, int n)
{
    if (n < 1 || n > GC_GENERATIONS) {
        rt_err_format(&rt_exc_TypeError, "set_threshold expected 1 to %d arguments, got %d", GC_GENERATIONS, n);
        return -1;
    }
    for (int i = 0; i < n; i++)
        dst[i] = src[i];
    return 0;
}

rt_object *gc_lazy_list(rt_object **list)
{
    if (!*list)
        *list = rt_list_new(0);
    return *list;
}

intptr_t gc_collect_guarded(int generation, intptr_t (*run)(int generation))
{
    if (generation < 0 || generation >= GC_GENERATIONS) {
        rt_err_set_string(&rt_exc_ValueError, "invalid generation");
        return -1;
    }
    if (rt_gc.collecting)
        return 0;     /* already collecting (e.g. from a finalizer) */
    rt_gc.collecting = true;
    /* explicit, except the VM's collections at exit (vm_fini), which say so */
    rt_tel_reason why = gc_reason_enter(gc_reason == RT_TEL_REASON_SHUTDOWN ? RT_TEL_REASON_SHUTDOWN
                                                                            : RT_TEL_REASON_EXPLICIT);
    intptr_t n = run(generation);
    gc_reason_leave(why);
    rt_alloc_flush();   /* the pools the garbage filled may empty now */
    rt_gc.collecting = false;
    gc_check_if_enabled();
    return n;
}

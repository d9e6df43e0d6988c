/*
 * gc_check.c -- the whole-heap invariant checker (the idea of Lua's
 * ltests.c: run after every collection, under --gc-check or from tests, so
 * that a broken invariant is caught where it happens, not later as a
 * crash).  Each collector says what its heap must look like through its
 * check_heap slot, most of it with gc_check_lists (gc_check.h); gen's is
 * here because it reads gen's state.
 *
 * gc_check_lists checks, outside a collection, over a collector's lists:
 *   - rt_gc is not collecting;
 *   - every list is a well-formed circular doubly linked list:
 *     prev(next(g)) == g, no NEXT_UNREACHABLE bit, no RT_GC_COLLECTING
 *     flag, no flag on the list head;
 *   - every tracked object is a container with traverse and a live
 *     refcount (> 0, or near RT_IMMORTAL_REFCNT under a tracing collector);
 *   - every child a tracked object visits has a live refcount;
 *   - refcounting collectors: refcounts are consistent: no tracked object
 *     is referenced by more tracked containers than its refcount says (the
 *     cycle core's gc_refs arithmetic, run over the whole heap; a
 *     refcounting bug that drops a reference too many shows up here).
 * gen adds: rt_gc points at generation 0 and its threshold is threshold 0
 * (-1 under --stress); counts and long-lived counters >= 0.
 * The check uses the headers' gc_prev bits as the collector does and
 * restores them from the next pointers before it returns.
 */
#include <stdarg.h>
#include <stdlib.h>
#include "collectors/gc_check.h"
#include "collectors/gen_internal.h"

typedef struct check_ctx {
    char *err;
    size_t errlen;
    bool failed;
    intptr_t min_refcnt;     /* a live object's refcount is at least this */
} check_ctx;

static int fail(check_ctx *c, const char *fmt, ...)
{
    if (!c->failed) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->err, c->errlen, fmt, ap);
        va_end(ap);
        c->failed = true;
    }
    return -1;
}

static int visit_child_alive(rt_object *child, void *arg)
{
    check_ctx *c = arg;
    if (child->refcnt < c->min_refcnt || !child->type)
        return fail(c, "a tracked container refers to a dead object %p (refcount %ld)",
                    (void *)child, (long)child->refcnt);
    return 0;
}

static int check_list(check_ctx *c, rt_gchead *head, const char *name, intptr_t *size)
{
    intptr_t n = 0;
    rt_gchead *g = head;
    for (;;) {
        uintptr_t nx = g->gc_next;
        if (nx == 0)
            return fail(c, "%s: header %p has gc_next 0 while linked", name, (void *)g);
        if (nx & RT_GC_NEXT_UNREACHABLE)
            return fail(c, "%s: header %p has the unreachable bit set", name, (void *)g);
        rt_gchead *next = (rt_gchead *)nx;
        if (rt_gc_prev(next) != g)
            return fail(c, "%s: prev(next(%p)) is %p", name, (void *)g, (void *)rt_gc_prev(next));
        if (next == head)
            break;
        if (rt_gc_is_collecting(next))
            return fail(c, "%s: COLLECTING flag set outside a collection", name);
        rt_object *op = rt_from_gc(next);
        if (op->refcnt < c->min_refcnt)
            return fail(c, "%s: tracked object %p has refcount %ld", name, (void *)op, (long)op->refcnt);
        if (!op->type || !rt_is_gc(op) || !op->type->traverse)
            return fail(c, "%s: tracked object %p is not a container", name, (void *)op);
        if (op->type->traverse(op, visit_child_alive, c))
            return -1;
        g = next;
        n++;
    }
    if (head->gc_prev & RT_GC_FLAG_MASK)
        return fail(c, "%s: list head carries flags", name);
    *size = n;
    return 0;
}

/* ---- refcount consistency ------------------------------------------------ */

static void mark_refs(rt_gchead *head)
{
    for (rt_gchead *g = rt_gc_next(head); g != head; g = rt_gc_next(g))
        rt_gc_refs_reset(g, rt_from_gc(g)->refcnt);
}

static int visit_subtract(rt_object *child, void *arg)
{
    check_ctx *c = arg;
    if (!rt_is_gc(child))
        return 0;
    rt_gchead *g = rt_as_gc(child);
    if (!rt_gc_is_collecting(g))
        return 0;
    if (rt_gc_refs(g) == 0) {
        fail(c, "%s object %p has more references from containers than its refcount %ld",
             child->type->name, (void *)child, (long)child->refcnt);
        return 0;   /* keep going: the headers must still be restored */
    }
    rt_gc_refs_dec(g);
    return 0;
}

static void subtract_all(check_ctx *c, rt_gchead *head)
{
    for (rt_gchead *g = rt_gc_next(head); g != head; g = rt_gc_next(g)) {
        rt_object *op = rt_from_gc(g);
        op->type->traverse(op, visit_subtract, c);
    }
}

static void restore_prev(rt_gchead *head)
{
    rt_gchead *prev = head;
    for (rt_gchead *g = rt_gc_next(head); g != head; g = rt_gc_next(g)) {
        g->gc_prev = (uintptr_t)prev | (g->gc_prev & RT_GC_FINALIZED);
        prev = g;
    }
    head->gc_prev = (uintptr_t)prev;
}

/* The lists of one collector, all of them: the refcount check counts
 * references between every pair of them. */
int gc_check_lists(const gc_check_lists_spec *s, char *err, size_t errlen)
{
    check_ctx c = { err, errlen, false, s->min_refcnt };
    if (errlen)
        err[0] = 0;
    if (rt_gc.collecting)
        return fail(&c, "rt_gc.collecting is set outside a collection");
    for (int i = 0; i < s->n; i++) {
        intptr_t n;
        if (check_list(&c, s->heads[i], s->names[i], &n) < 0)
            return -1;
    }
    if (!s->refcounts)
        return 0;
    for (int i = 0; i < s->n; i++)
        mark_refs(s->heads[i]);
    for (int i = 0; i < s->n; i++)
        subtract_all(&c, s->heads[i]);
    for (int i = 0; i < s->n; i++)
        restore_prev(s->heads[i]);
    return c.failed ? -1 : 0;
}

int gc_gen_check_heap(char *err, size_t errlen)
{
    check_ctx c = { err, errlen, false, 1 };
    if (errlen)
        err[0] = 0;
    if (!gc_gen.installed)
        return fail(&c, "the gen collector is not installed");
    if (rt_gc.young != &gc_gen.gens[0].head)
        return fail(&c, "rt_gc.young does not point at generation 0");
    if (rt_gc.young_threshold != (gc_gen.stress ? -1 : gc_gen.gens[0].threshold))
        return fail(&c, "rt_gc.young_threshold %ld does not match threshold 0 %ld",
                    (long)rt_gc.young_threshold, (long)gc_gen.gens[0].threshold);
    if (rt_gc.young_count < 0 || gc_gen.gens[1].count < 0 || gc_gen.gens[2].count < 0)
        return fail(&c, "negative generation count");
    if (gc_gen.long_lived_pending < 0 || gc_gen.long_lived_total < 0)
        return fail(&c, "negative long-lived counters");

    rt_gchead *heads[GC_GENERATIONS + 1];
    static const char *const names[GC_GENERATIONS + 1] = {
        "generation 0", "generation 1", "generation 2", "permanent generation"
    };
    for (int i = 0; i < GC_GENERATIONS; i++)
        heads[i] = &gc_gen.gens[i].head;
    heads[GC_GENERATIONS] = &gc_gen.permanent;
    gc_check_lists_spec spec = { heads, names, GC_GENERATIONS + 1, true, 1 };
    return gc_check_lists(&spec, err, errlen);
}

/* ---- the --gc-check switch -------------------------------------------------- */

bool gc_check_enabled;

int gc_check_heap(char *err, size_t errlen)
{
    const gc_collector *a = gc_active();
    if (errlen)
        err[0] = 0;
    return a && a->check_heap ? a->check_heap(err, errlen) : 0;
}

void gc_check_after_collection(void)
{
    char err[300];
    if (gc_check_heap(err, sizeof err) < 0) {
        fflush(stdout);
        fprintf(stderr, "gclab: --gc-check: heap check failed after a %s collection: %s\n",
                gc_active()->name, err);
        abort();
    }
}

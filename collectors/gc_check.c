/*
 * gc_check.c -- whole-heap invariant checker for the gen collector (the
 * idea of Lua's ltests.c: tests call it after every collection so that a
 * broken invariant is caught where it happens, not later as a crash).
 *
 * Checked, outside a collection:
 *   - rt_gc points at generation 0, is not collecting, and its threshold is
 *     threshold 0 (-1 under --stress); counts >= 0;
 *   - every generation list (and the permanent one) is a well-formed
 *     circular doubly linked list: prev(next(g)) == g, no NEXT_UNREACHABLE
 *     bit, no RT_GC_COLLECTING flag;
 *   - every tracked object has refcount > 0 and a GC type with traverse;
 *   - every child a tracked object visits has refcount > 0;
 *   - refcounts are consistent: no tracked object is referenced by more
 *     tracked containers than its refcount says (the collector's own
 *     gc_refs arithmetic, run over the whole heap; a refcounting bug that
 *     drops a reference too many shows up here).
 * The check uses the headers' gc_prev bits as the collector does and
 * restores them from the next pointers before it returns.
 */
#include <stdarg.h>
#include "collectors/gen_internal.h"

typedef struct check_ctx {
    char *err;
    size_t errlen;
    bool failed;
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

static bool container_type(rt_object *o)
{
    if (!rt_is_gc(o))
        return false;
    if (o->type->flags & RT_TPFLAGS_TYPE_SUBCLASS)
        return (((rt_type *)o)->flags & RT_TPFLAGS_HEAPTYPE) != 0;
    return true;
}

static int visit_child_alive(rt_object *child, void *arg)
{
    check_ctx *c = arg;
    if (child->refcnt <= 0 || !child->type)
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
        if (nx & 1)
            return fail(c, "%s: header %p has the unreachable bit set", name, (void *)g);
        rt_gchead *next = (rt_gchead *)nx;
        if (rt_gc_prev(next) != g)
            return fail(c, "%s: prev(next(%p)) is %p", name, (void *)g, (void *)rt_gc_prev(next));
        if (next == head)
            break;
        if (next->gc_prev & RT_GC_COLLECTING)
            return fail(c, "%s: COLLECTING flag set outside a collection", name);
        rt_object *op = rt_from_gc(next);
        if (op->refcnt <= 0)
            return fail(c, "%s: tracked object %p has refcount %ld", name, (void *)op, (long)op->refcnt);
        if (!op->type || !container_type(op) || !op->type->traverse)
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
        g->gc_prev = (g->gc_prev & (RT_GC_FINALIZED | RT_GC_OLD_SPACE)) | RT_GC_COLLECTING
                     | ((uintptr_t)rt_from_gc(g)->refcnt << RT_GC_FLAG_BITS);
}

static int visit_subtract(rt_object *child, void *arg)
{
    check_ctx *c = arg;
    if (!container_type(child))
        return 0;
    rt_gchead *g = rt_as_gc(child);
    if (!(g->gc_prev & RT_GC_COLLECTING))
        return 0;
    if ((g->gc_prev >> RT_GC_FLAG_BITS) == 0) {
        fail(c, "%s object %p has more references from containers than its refcount %ld",
             child->type->name, (void *)child, (long)child->refcnt);
        return 0;   /* keep going: the headers must still be restored */
    }
    g->gc_prev -= (uintptr_t)1 << RT_GC_FLAG_BITS;
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
        g->gc_prev = (uintptr_t)prev | (g->gc_prev & (RT_GC_FINALIZED | RT_GC_OLD_SPACE));
        prev = g;
    }
    head->gc_prev = (uintptr_t)prev;
}

int gc_check_heap(char *err, size_t errlen)
{
    check_ctx c = { err, errlen, false };
    if (errlen)
        err[0] = 0;
    if (!gc_gen.installed)
        return fail(&c, "the gen collector is not installed");
    if (rt_gc.young != &gc_gen.gens[0].head)
        return fail(&c, "rt_gc.young does not point at generation 0");
    if (rt_gc.collecting)
        return fail(&c, "rt_gc.collecting is set outside a collection");
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
    for (int i = 0; i <= GC_GENERATIONS; i++) {
        intptr_t n;
        if (check_list(&c, heads[i], names[i], &n) < 0)
            return -1;
    }
    for (int i = 0; i <= GC_GENERATIONS; i++)
        mark_refs(heads[i]);
    for (int i = 0; i <= GC_GENERATIONS; i++)
        subtract_all(&c, heads[i]);
    for (int i = 0; i <= GC_GENERATIONS; i++)
        restore_prev(heads[i]);
    return c.failed ? -1 : 0;
}

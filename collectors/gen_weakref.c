/*
 * gen_weakref.c -- what the cycle collector does to weak references.
 *
 * weakref.c's rt_weakref_clear_all clears and calls back at once, which is
 * right for a dealloc but wrong inside a collection: there every weakref to
 * every unreachable object must be cleared BEFORE any callback runs (see
 * handle_weakrefs in gen.c), and only the callbacks of weakrefs that are
 * not garbage themselves may run.  So this file detaches the weakrefs one
 * by one with the list functions of runtime/weakref.h (rt_weakref_first,
 * rt_weakref_detach) and runs the callbacks later (rt_weakref_run_callback).
 * Walking the list from its head and appending to the to-call list keeps
 * CPython's order: callbacks run newest first.
 */
#include "collectors/gen_internal.h"
#include "runtime/weakref.h"
#include "runtime/error.h"
#include "runtime/str.h"

bool gc_gen_is_weakref(rt_object *op)
{
    return rt_weakref_check(op);
}

void gc_gen_clear_weakref_object(rt_object *op)
{
    rt_weakref_clear((rt_weakref *)op);
}

intptr_t gc_gen_clear_weakrefs(rt_object *op, rt_gchead *wrcb)
{
    rt_object **head = rt_weakref_list_ptr(op);
    intptr_t n = 0;
    if (!head)
        return 0;
    rt_weakref *wr;
    while ((wr = rt_weakref_first(head)) != NULL) {
        rt_weakref_detach(wr, head);
        if (!wr->callback)
            continue;
        rt_gchead *g = rt_as_gc(RT_OBJ(wr));
        /* A weakref that is garbage itself gets no callback; its
         * callback could see objects that are about to be cleared. */
        if (g->gc_prev & RT_GC_COLLECTING)
            continue;
        RT_INCREF(wr);
        if (g->gc_next) {
            /* Reachable, so not on the unreachable list being walked:
             * moving it cannot disturb that walk. */
            rt_gchead *prev = rt_gc_prev(g), *next = rt_gc_next(g);
            rt_gc_set_next(prev, next);
            rt_gc_set_prev(next, prev);
        }
        rt_gc_list_append(g, wrcb);
        n++;
    }
    return n;
}

void gc_gen_run_weakref_callback(rt_object *op)
{
    rt_weakref_run_callback((rt_weakref *)op);
}

void gc_write_unraisable(const char *where, rt_object *obj)
{
    rt_write_unraisable(where, obj);
}

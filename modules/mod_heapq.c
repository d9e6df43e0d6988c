/*
 * mod_heapq.c -- _heapq: heappush, heappop, heapreplace, heappushpop,
 * heapify and the max-heap helpers nlargest uses (_heapify_max,
 * _heapreplace_max, _heappop_max) in C, as CPython 3.11's
 * Modules/_heapqmodule.c (lib/heapq.py takes them from here and keeps the
 * rest in Python: nsmallest, nlargest, merge...).
 *
 * The sift order is CPython's: a popped or replaced root's hole moves down
 * to a leaf along the smaller children (the right one on ties), then the
 * item sifts up, so heaps built by the same calls hold their items in the
 * same positions.  Only `<` is used (a max-heap swaps its operands, as
 * CPython's siftup_max/siftdown_max do).  A comparison may run Python code
 * that changes the list: both items are held across it, and a change of
 * size raises RuntimeError as CPython's does (the item array is re-read
 * after every comparison).
 */
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/list.h"

static int size_changed(void)
{
    rt_err_set_string(&rt_exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* item < other, or other < item in a max-heap */
static int heap_lt(rt_object *item, rt_object *other, bool max)
{
    return max ? rt_richcompare_bool(other, item, RT_LT) : rt_richcompare_bool(item, other, RT_LT);
}

/* a[pos] sifts up towards startpos while it is < its parent. */
static int sift_down_as(rt_object *heap, intptr_t startpos, intptr_t pos, bool max)
{
    intptr_t size = RT_SIZE(heap);
    while (pos > startpos) {
        intptr_t parentpos = (pos - 1) >> 1;
        rt_object **a = RT_LIST_ITEMS(heap);
        rt_object *item = rt_newref(a[pos]), *parent = rt_newref(a[parentpos]);
        int lt = heap_lt(item, parent, max);
        rt_decref(item);
        rt_decref(parent);
        if (lt < 0)
            return -1;
        if (size != RT_SIZE(heap))
            return size_changed();
        if (!lt)
            break;
        a = RT_LIST_ITEMS(heap);
        rt_object *t = a[parentpos];
        a[parentpos] = a[pos];
        a[pos] = t;
        pos = parentpos;
    }
    return 0;
}

/* The hole at pos moves to a leaf along the smaller children, then the
 * item there sifts back up. */
static int sift_up_as(rt_object *heap, intptr_t pos, bool max)
{
    intptr_t endpos = RT_SIZE(heap), startpos = pos, limit = endpos >> 1;
    while (pos < limit) {
        intptr_t child = 2 * pos + 1;
        if (child + 1 < endpos) {
            rt_object **a = RT_LIST_ITEMS(heap);
            rt_object *l = rt_newref(a[child]), *r = rt_newref(a[child + 1]);
            int lt = heap_lt(l, r, max);
            rt_decref(l);
            rt_decref(r);
            if (lt < 0)
                return -1;
            if (endpos != RT_SIZE(heap))
                return size_changed();
            child += !lt;
        }
        rt_object **a = RT_LIST_ITEMS(heap);
        rt_object *t = a[child];
        a[child] = a[pos];
        a[pos] = t;
        pos = child;
    }
    return sift_down_as(heap, startpos, pos, max);
}

static int sift_down(rt_object *heap, intptr_t startpos, intptr_t pos) { return sift_down_as(heap, startpos, pos, false); }

static rt_object *heap_arg(const char *name, rt_object *const *args, intptr_t nargs,
                           rt_object *kwnames, intptr_t want)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_format(&rt_exc_TypeError, "_heapq.%s() takes no keyword arguments", name);
    if (nargs != want)
        return want == 1
            ? rt_err_format(&rt_exc_TypeError, "_heapq.%s() takes exactly one argument (%ld given)",
                            name, (long)nargs)
            : rt_err_format(&rt_exc_TypeError, "%s expected %ld arguments, got %ld", name,
                            (long)want, (long)nargs);
    if (!rt_list_check(args[0]))   /* one argument: CPython's METH_O message names no position */
        return rt_err_format(&rt_exc_TypeError, "%s() argument%s must be list, not %s", name,
                             want == 1 ? "" : " 1", RT_TYPE(args[0])->name);
    return args[0];
}

static rt_object *index_error(void)
{
    return rt_err_set_string(&rt_exc_IndexError, "index out of range");
}

static rt_object *h_heappush(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *heap = heap_arg("heappush", args, nargs, kw, 2);
    if (!heap || rt_list_append(heap, args[1]) < 0 || sift_down(heap, 0, RT_SIZE(heap) - 1) < 0)
        return NULL;
    return rt_none_new();
}

/* heappop and _heappop_max: the last item replaces the root, which is
 * returned (a new reference), then sifts. */
static rt_object *pop_root(const char *name, rt_object *const *args, intptr_t nargs, rt_object *kw, bool max)
{
    rt_object *heap = heap_arg(name, args, nargs, kw, 1);
    if (!heap)
        return NULL;
    if (RT_SIZE(heap) == 0)
        return index_error();
    rt_object *last = rt_list_pop(heap, -1);
    if (!last || RT_SIZE(heap) == 0)
        return last;
    rt_object **a = RT_LIST_ITEMS(heap);
    rt_object *top = a[0];   /* the list's reference becomes ours */
    a[0] = last;
    if (sift_up_as(heap, 0, max) < 0) {
        rt_decref(top);
        return NULL;
    }
    return top;
}

static rt_object *h_heappop(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    return pop_root("heappop", args, nargs, kw, false);
}

/* heap[0] = item, then sift: the old root (a new reference) or NULL. */
static rt_object *replace_root(rt_object *heap, rt_object *item, bool max)
{
    rt_object **a = RT_LIST_ITEMS(heap);
    rt_object *top = a[0];
    a[0] = rt_newref(item);
    if (sift_up_as(heap, 0, max) < 0) {
        rt_decref(top);
        return NULL;
    }
    return top;
}

static rt_object *h_heapreplace(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *heap = heap_arg("heapreplace", args, nargs, kw, 2);
    if (!heap)
        return NULL;
    if (RT_SIZE(heap) == 0)
        return index_error();
    return replace_root(heap, args[1], false);
}

static rt_object *h_heappushpop(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *heap = heap_arg("heappushpop", args, nargs, kw, 2);
    if (!heap)
        return NULL;
    rt_object *item = args[1];
    if (RT_SIZE(heap) == 0)
        return rt_newref(item);
    rt_object *top = rt_newref(RT_LIST_GET_ITEM(heap, 0));
    int lt = rt_richcompare_bool(top, item, RT_LT);
    rt_decref(top);
    if (lt < 0)
        return NULL;
    if (!lt)
        return rt_newref(item);
    if (RT_SIZE(heap) == 0)
        return index_error();
    return replace_root(heap, item, false);
}

/* Every sift in CPython's order: bottom-up from the last parent, or for a
 * big heap (over 2,500 items) CPython's cache-friendly order -- each parent
 * of leaves, then its ancestors while the node just sifted is a left child
 * (its right sibling is done) -- which makes the same heap with the
 * comparisons in another order. */
static int heapify_as(rt_object *heap, bool max)
{
    intptr_t n = RT_SIZE(heap);
    if (n <= 2500) {
        for (intptr_t i = (n >> 1) - 1; i >= 0; i--)
            if (sift_up_as(heap, i, max) < 0)
                return -1;
        return 0;
    }
    intptr_t m = n >> 1, mhalf = m >> 1, top = m + 1, shift = 0;
    while (top > 1) {
        top >>= 1;
        shift++;
    }
    intptr_t leftmost = (top << shift) - 1;
    for (int pass = 0; pass < 2; pass++) {
        intptr_t hi = pass ? m - 1 : leftmost - 1, lo = pass ? leftmost : mhalf;
        for (intptr_t i = hi; i >= lo; i--)
            for (intptr_t j = i;; j >>= 1) {
                if (sift_up_as(heap, j, max) < 0)
                    return -1;
                if (!(j & 1))
                    break;
            }
    }
    return 0;
}

static rt_object *h_heapify(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *heap = heap_arg("heapify", args, nargs, kw, 1);
    return heap && heapify_as(heap, false) == 0 ? rt_none_new() : NULL;
}

static rt_object *h_heapify_max(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *heap = heap_arg("_heapify_max", args, nargs, kw, 1);
    return heap && heapify_as(heap, true) == 0 ? rt_none_new() : NULL;
}

static rt_object *h_heapreplace_max(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    rt_object *heap = heap_arg("_heapreplace_max", args, nargs, kw, 2);
    if (!heap)
        return NULL;
    if (RT_SIZE(heap) == 0)
        return index_error();
    return replace_root(heap, args[1], true);
}

static rt_object *h_heappop_max(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    return pop_root("_heappop_max", args, nargs, kw, true);
}

int vm_mod_heapq_init(void)
{
    static rt_method_def fns[] = {
        { "heappush", h_heappush, RT_METH_FASTCALL, NULL },
        { "heappop", h_heappop, RT_METH_FASTCALL, NULL },
        { "heapreplace", h_heapreplace, RT_METH_FASTCALL, NULL },
        { "heappushpop", h_heappushpop, RT_METH_FASTCALL, NULL },
        { "heapify", h_heapify, RT_METH_FASTCALL, NULL },
        { "_heapify_max", h_heapify_max, RT_METH_FASTCALL, NULL },
        { "_heapreplace_max", h_heapreplace_max, RT_METH_FASTCALL, NULL },
        { "_heappop_max", h_heappop_max, RT_METH_FASTCALL, NULL },
        { NULL, NULL, 0, NULL },
    };
    return vm_add_builtin_module("_heapq", fns) ? 0 : -1;
}

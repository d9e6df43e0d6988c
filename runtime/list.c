/*
 * list.c -- the list type, its iterators, and the repr recursion guard
 * shared by the containers (the sort is listsort.c).
 *
 * Invariants (see list.h): items[0..size) are owned non-NULL references;
 * every mutation brings the list to a valid state *before* it drops
 * references, because a decref may run a finalizer that looks at the list.
 * Comparisons (==, index, remove, sort) hold a reference to the items they
 * compare and re-read size each step: the comparison may mutate the list.
 */
#include <string.h>
#include "runtime/list.h"
#include "runtime/gchead.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/slice.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

#define LIST(o) ((rt_list *)(o))

/* ---- storage ------------------------------------------------------------ */

/* Resize the item buffer to hold newsize items (CPython 3.11's growth rule,
 * see list.h).  Sets size; the caller fills or has emptied the slots. */
static int list_resize(rt_list *l, intptr_t newsize)
{
    intptr_t allocated = l->allocated;
    /* Enough room and not more than twice too much: no realloc. */
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        RT_SIZE(l) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    /* A big jump (extend, slice assignment): no over-allocation beyond
     * rounding, since the next growth is likely just as big. */
    if (newsize - RT_SIZE(l) > (intptr_t)(new_allocated - (size_t)newsize))   /* signed: a shrink never */
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    if (new_allocated > (size_t)INTPTR_MAX / sizeof(rt_object *)) {
        rt_err_no_memory();
        return -1;
    }
    rt_object **items;
    if (new_allocated == 0) {
        rt_mem_free(l->items);
        items = NULL;
    } else {
        items = rt_mem_realloc(l->items, new_allocated * sizeof(rt_object *));
        if (!items) {
            rt_err_no_memory();
            return -1;
        }
    }
    l->items = items;
    l->allocated = (intptr_t)new_allocated;
    RT_SIZE(l) = newsize;
    return 0;
}

/* Room for m more items without changing the size. */
static int list_reserve(rt_list *l, intptr_t m)
{
    intptr_t n = RT_SIZE(l);
    if (m <= l->allocated - n)
        return 0;
    if (m > INTPTR_MAX / (intptr_t)sizeof(rt_object *) - n - 1) {
        rt_err_no_memory();
        return -1;
    }
    if (l->items) {   /* CPython's "make room": resize to n + m, keep the size */
        if (list_resize(l, n + m) < 0)
            return -1;
        RT_SIZE(l) = n;
        return 0;
    }
    /* an empty list: exactly m rounded up to even, as CPython's
     * list_preallocate_exact (the allocator's granularity is 16 bytes) */
    intptr_t want = (m + 1) & ~(intptr_t)1;
    rt_object **items = rt_mem_realloc(l->items, (size_t)want * sizeof(rt_object *));
    if (!items) {
        rt_err_no_memory();
        return -1;
    }
    l->items = items;
    l->allocated = want;
    return 0;
}

/* CPython 3.11's list free list (gchead.h): up to 80 dead exact lists,
 * without their item arrays, linked through their items pointer. */
enum { LIST_MAXFREE = 80 };
static rt_list *list_free;
static int list_nfree;

void rt_list_freelist_clear(void)
{
    while (list_free) {
        rt_list *l = list_free;
        list_free = (rt_list *)l->items;
        rt_object_free(RT_OBJ(l));
    }
    list_nfree = 0;
}

/* An empty list with room for n items. */
static rt_list *list_alloc(intptr_t n)
{
    rt_list *l = list_free;
    if (l) {
        list_free = (rt_list *)l->items;
        list_nfree--;
        rt_gc_revive(RT_OBJ(l));
        rt_freelist_pop_note(RT_OBJ(l));
    } else if (!(l = (rt_list *)rt_object_new(&rt_list_type))) {
        return NULL;
    }
    RT_SIZE(l) = 0;
    l->items = NULL;
    l->allocated = 0;
    if (n > 0) {
        l->items = rt_mem_malloc((size_t)n * sizeof(rt_object *));
        if (!l->items) {
            rt_object_free(RT_OBJ(l));
            rt_err_no_memory();
            return NULL;
        }
        l->allocated = n;
    }
    rt_gc_track(RT_OBJ(l));
    return l;
}

rt_object *rt_list_new(intptr_t n)
{
    if (n < 0)
        return rt_err_set_string(&rt_exc_ValueError, "negative list size");
    rt_list *l = list_alloc(n);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        l->items[i] = rt_newref(RT_NONE);
    RT_SIZE(l) = n;
    return RT_OBJ(l);
}

rt_object *rt_list_standin_take(void)
{
    if (!rt_freelists_on())
        return NULL;
    rt_list *l = list_alloc(0);
    if (l)
        rt_gc_untrack(RT_OBJ(l));
    else
        rt_err_clear();
    return RT_OBJ(l);
}

rt_object *rt_list_new_reserved(intptr_t cap)
{
    return RT_OBJ(list_alloc(cap));
}

rt_object *rt_list_from_array(rt_object *const *items, intptr_t n)
{
    rt_list *l = list_alloc(n);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        l->items[i] = rt_newref(items[i]);
    RT_SIZE(l) = n;
    return RT_OBJ(l);
}

rt_object *rt_list_from_iterable(rt_object *iterable)
{
    rt_object *l = rt_list_new(0);
    if (!l)
        return NULL;
    if (rt_list_extend(l, iterable) < 0) {
        RT_DECREF(l);
        return NULL;
    }
    return l;
}

rt_object *rt_list_as_tuple(rt_object *l)
{
    return rt_tuple_from_array(LIST(l)->items, RT_SIZE(l));
}

rt_object *rt_list_getitem(rt_object *l, intptr_t i)
{
    if (i < 0 || i >= RT_SIZE(l))
        return rt_err_set_string(&rt_exc_IndexError, "list index out of range");
    return LIST(l)->items[i];
}

int rt_list_setitem(rt_object *l, intptr_t i, rt_object *v)
{
    if (i < 0 || i >= RT_SIZE(l)) {
        RT_DECREF(v);
        rt_err_set_string(&rt_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    RT_SETREF(LIST(l)->items[i], v);
    return 0;
}

int rt_list_append(rt_object *o, rt_object *v)
{
    rt_list *l = LIST(o);
    intptr_t n = RT_SIZE(l);
    if (n < l->allocated) {   /* the common case: no resize call */
        l->items[n] = rt_newref(v);
        RT_SIZE(l) = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0)
        return -1;
    l->items[n] = rt_newref(v);
    return 0;
}

int rt_list_insert(rt_object *o, intptr_t where, rt_object *v)
{
    rt_list *l = LIST(o);
    intptr_t n = RT_SIZE(l);
    if (list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0 && (where += n) < 0)
        where = 0;
    if (where > n)
        where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(rt_object *));
    l->items[where] = rt_newref(v);
    return 0;
}

int rt_list_extend(rt_object *o, rt_object *iterable)
{
    rt_list *l = LIST(o);
    /* an exact list or tuple (or l itself) is read directly, as CPython's
     * list_extend: a subclass goes through its __iter__ */
    if (rt_list_check_exact(iterable) || rt_tuple_check_exact(iterable) || iterable == o) {
        intptr_t m = RT_SIZE(iterable), n = RT_SIZE(l);
        if (m == 0)
            return 0;
        if ((!l->items && list_reserve(l, m) < 0) || list_resize(l, n + m) < 0)
            return -1;
        /* Read the source after the resize: l may be the source itself. */
        rt_object **src = rt_list_check(iterable) ? LIST(iterable)->items : RT_TUPLE_ITEMS(iterable);
        for (intptr_t i = 0; i < m; i++)
            l->items[n + i] = rt_newref(src[i]);
        return 0;
    }
    rt_object *it = rt_get_iter(iterable);
    if (!it)
        return -1;
    /* CPython asks for a length hint (PyObject_LengthHint: __len__, then
     * __length_hint__, the built-in iterators' included) and reserves it
     * before the first item, which sys.getsizeof shows: list(range(10**12))
     * is a MemoryError at once instead of a list growing until the kernel
     * kills the process.  A class's hint is asked but trusted with the
     * reservation only up to 2**16 items. */
    intptr_t hint = rt_length_hint(iterable, 8);
    if (hint == -1) {
        RT_DECREF(it);
        return -1;
    }
    if ((RT_TYPE(iterable)->flags & RT_TPFLAGS_HEAPTYPE) && hint > ((intptr_t)1 << 16))
        hint = 8;
    if (hint > 0 && list_reserve(l, hint) < 0) {
        RT_DECREF(it);
        return -1;
    }
    rt_object *x;
    while ((x = rt_iter_next(it)) != NULL) {
        int r = rt_list_append(o, x);
        RT_DECREF(x);
        if (r < 0) {
            RT_DECREF(it);
            return -1;
        }
    }
    RT_DECREF(it);
    if (rt_err_occurred())
        return -1;
    /* give back what the guess reserved too much, as CPython */
    return RT_SIZE(l) < l->allocated ? list_resize(l, RT_SIZE(l)) : 0;
}

rt_object *rt_list_pop(rt_object *o, intptr_t i)
{
    rt_list *l = LIST(o);
    intptr_t n = RT_SIZE(l);
    if (n == 0)
        return rt_err_set_string(&rt_exc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return rt_err_set_string(&rt_exc_IndexError, "pop index out of range");
    rt_object *v = l->items[i];   /* the list's reference becomes the caller's */
    memmove(&l->items[i], &l->items[i + 1], (size_t)(n - i - 1) * sizeof(rt_object *));
    if (list_resize(l, n - 1) < 0) {
        /* Shrinking failed; the list is still valid with size n - 1. */
        rt_err_clear();
        RT_SIZE(l) = n - 1;
    }
    return v;
}

int rt_list_clear(rt_object *o)
{
    rt_list *l = LIST(o);
    rt_object **items = l->items;
    intptr_t n = RT_SIZE(l);
    /* Empty first: the decrefs below may run code that uses the list. */
    l->items = NULL;
    l->allocated = 0;
    RT_SIZE(l) = 0;
    while (--n >= 0)
        RT_DECREF(items[n]);
    rt_mem_free(items);
    return 0;
}

static void reverse_slice(rt_object **lo, rt_object **hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        rt_object *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

int rt_list_reverse(rt_object *o)
{
    if (RT_SIZE(o) > 1)
        reverse_slice(LIST(o)->items, LIST(o)->items + RT_SIZE(o));
    return 0;
}

rt_object *rt_list_getslice(rt_object *l, intptr_t lo, intptr_t hi)
{
    intptr_t n = RT_SIZE(l);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    return rt_list_from_array(LIST(l)->items + lo, hi - lo);
}

/* ---- repr recursion guard ----------------------------------------------- */

static rt_object **repr_stack;
static intptr_t repr_depth, repr_cap;

int rt_repr_enter(rt_object *o)
{
    /* CPython's Py_ReprEnter keeps its list in the thread state's dict,
     * both made by the first container repr: two container allocations,
     * once (the recursion check itself uses the C stack below). */
    static rt_object *tstate_dict;
    if (!tstate_dict) {
        rt_object *d = rt_dict_new(), *l = d ? rt_list_new(0) : NULL;
        int r = l ? rt_dict_setitem_str(d, "Py_Repr", l) : -1;
        RT_XDECREF(l);
        if (r < 0) {
            RT_XDECREF(d);
            return -1;
        }
        tstate_dict = rt_keep(d);
    }
    for (intptr_t i = repr_depth; --i >= 0;)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == repr_cap) {
        intptr_t cap = repr_cap ? repr_cap * 2 : 16;
        rt_object **s = rt_raw_realloc(repr_stack, (size_t)cap * sizeof(rt_object *));
        if (!s) {
            rt_err_no_memory();
            return -1;
        }
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void rt_repr_leave(rt_object *o)
{
    /* Normally the top; search in case an error unwound out of order. */
    for (intptr_t i = repr_depth; --i >= 0;)
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1], (size_t)(repr_depth - i - 1) * sizeof(rt_object *));
            repr_depth--;
            return;
        }
}

/* ---- type slots --------------------------------------------------------- */

static rt_object *list_repr(rt_object *o)
{
    if (RT_SIZE(o) == 0)
        return rt_str_from_cstr("[]");
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? rt_str_from_cstr("[...]") : NULL;
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_char(&b, '[');
    /* Re-read size: an element's repr may shrink the list. */
    for (intptr_t i = 0; i < RT_SIZE(o); i++) {
        if (i)
            rt_str_builder_append(&b, ", ", 2);
        rt_object *x = rt_newref(LIST(o)->items[i]);
        int r = rt_str_builder_append_repr(&b, x);
        RT_DECREF(x);
        if (r < 0) {
            rt_repr_leave(o);
            rt_str_builder_discard(&b);
            return NULL;
        }
    }
    rt_str_builder_append_char(&b, ']');
    rt_repr_leave(o);
    return rt_str_builder_finish(&b);
}

static rt_object *list_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_list_check(a) || !rt_list_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    if (RT_SIZE(a) != RT_SIZE(b) && (op == RT_EQ || op == RT_NE))
        return rt_bool_from(op == RT_NE);
    intptr_t i;
    for (i = 0; i < RT_SIZE(a) && i < RT_SIZE(b); i++) {
        rt_object *x = rt_newref(LIST(a)->items[i]), *y = rt_newref(LIST(b)->items[i]);
        int k = rt_richcompare_bool(x, y, RT_EQ);
        RT_DECREF(x);
        RT_DECREF(y);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= RT_SIZE(a) || i >= RT_SIZE(b)) {
        /* No differing item: the lengths decide. */
        intptr_t na = RT_SIZE(a), nb = RT_SIZE(b);
        bool r;
        switch (op) {
        case RT_LT: r = na < nb; break;
        case RT_LE: r = na <= nb; break;
        case RT_EQ: r = na == nb; break;
        case RT_NE: r = na != nb; break;
        case RT_GT: r = na > nb; break;
        default:    r = na >= nb; break;
        }
        return rt_bool_from(r);
    }
    if (op == RT_EQ)
        return rt_bool_from(false);
    if (op == RT_NE)
        return rt_bool_from(true);
    rt_object *x = rt_newref(LIST(a)->items[i]), *y = rt_newref(LIST(b)->items[i]);
    rt_object *r = rt_richcompare(x, y, op);
    RT_DECREF(x);
    RT_DECREF(y);
    return r;
}

static intptr_t list_length(rt_object *o) { return RT_SIZE(o); }

static rt_object *list_item(rt_object *o, intptr_t i)
{
    rt_object *x = rt_list_getitem(o, i);
    return x ? rt_newref(x) : NULL;
}

static rt_object *list_concat(rt_object *a, rt_object *b)
{
    if (!rt_list_check(b))
        return rt_err_format(&rt_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                             b->type->name);
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b);
    rt_list *l = list_alloc(na + nb);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < na; i++)
        l->items[i] = rt_newref(LIST(a)->items[i]);
    for (intptr_t i = 0; i < nb; i++)
        l->items[na + i] = rt_newref(LIST(b)->items[i]);
    RT_SIZE(l) = na + nb;
    return RT_OBJ(l);
}

static rt_object *list_repeat(rt_object *a, intptr_t n)
{
    intptr_t na = RT_SIZE(a);
    if (n <= 0 || na == 0)
        return rt_list_new(0);
    if (na > INTPTR_MAX / (intptr_t)sizeof(rt_object *) / n)
        return rt_err_no_memory();
    rt_list *l = list_alloc(na * n);
    if (!l)
        return NULL;
    for (intptr_t k = 0; k < n; k++)
        for (intptr_t i = 0; i < na; i++)
            l->items[k * na + i] = rt_newref(LIST(a)->items[i]);
    RT_SIZE(l) = na * n;
    return RT_OBJ(l);
}

/* l *= n in place (CPython's list_inplace_repeat): n < 1 empties l, the
 * growth goes through list_resize, so sys.getsizeof answers as CPython. */
int rt_list_inplace_repeat(rt_object *o, intptr_t n)
{
    rt_list *l = LIST(o);
    intptr_t size = RT_SIZE(l);
    if (size == 0 || n == 1)
        return 0;
    if (n < 1)
        return rt_list_clear(o);
    if (size > INTPTR_MAX / (intptr_t)sizeof(rt_object *) / n) {
        rt_err_no_memory();
        return -1;
    }
    if (list_resize(l, size * n) < 0)
        return -1;
    for (intptr_t p = size; p < size * n; p++)
        l->items[p] = rt_newref(l->items[p - size]);
    return 0;
}

rt_object *rt_list_inplace_concat(rt_object *l, rt_object *other)
{
    if (rt_list_extend(l, other) < 0)
        return NULL;
    return rt_newref(l);
}

static int list_contains(rt_object *o, rt_object *v)
{
    for (intptr_t i = 0; i < RT_SIZE(o); i++) {
        rt_object *x = rt_newref(LIST(o)->items[i]);
        int k = rt_richcompare_bool(x, v, RT_EQ);
        RT_DECREF(x);
        if (k)
            return k;
    }
    return 0;
}

rt_object *rt_list_slice_unpacked(rt_object *o, intptr_t start, intptr_t stop, intptr_t step)
{
    intptr_t n = rt_slice_adjust(RT_SIZE(o), &start, &stop, step);
    if (step == 1)
        return rt_list_getslice(o, start, stop);
    rt_list *l = list_alloc(n > 0 ? n : 0);
    if (!l)
        return NULL;
    for (intptr_t k = 0, i = start; k < n; k++, i += step)
        l->items[k] = rt_newref(LIST(o)->items[i]);
    RT_SIZE(l) = n > 0 ? n : 0;
    return RT_OBJ(l);
}

static rt_object *list_subscript(rt_object *o, rt_object *key)
{
    if (rt_slice_check(key)) {
        intptr_t start, stop, step;
        if (rt_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        return rt_list_slice_unpacked(o, start, stop, step);
    }
    if (!rt_index_check(key))
        return rt_err_format(&rt_exc_TypeError, "list indices must be integers or slices, not %s",
                             key->type->name);
    intptr_t i = rt_subscript_as_ssize(key);
    if (i == -1 && rt_err_occurred())
        return NULL;
    if (i < 0)
        i += RT_SIZE(o);
    return list_item(o, i);
}

/* l[lo:hi] = v (v NULL: delete), step 1. */
static int list_ass_slice(rt_list *l, intptr_t lo, intptr_t hi, rt_object *v)
{
    rt_object *seq = NULL;
    rt_object **vitems = NULL;
    intptr_t m = 0;
    if (v) {
        if ((rt_list_check_exact(v) && v != RT_OBJ(l)) || rt_tuple_check_exact(v)) {
            /* its items as they are (CPython's PySequence_Fast, exact types
             * only: a subclass goes through its __iter__): they are
             * all referenced from l before any old item is dropped, so no
             * __del__ can run while they are read */
            seq = rt_newref(v);
        } else if (v == RT_OBJ(l)) {
            seq = rt_list_as_tuple(v);   /* l[a:b] = l: a copy */
        } else {
            rt_object *it = rt_get_iter(v);
            if (!it) {
                if (rt_err_matches(&rt_exc_TypeError))
                    rt_err_set_string(&rt_exc_TypeError, "can only assign an iterable");
                return -1;
            }
            seq = rt_tuple_from_iterable(it);   /* from the iterator: __iter__ once */
            RT_DECREF(it);
        }
        if (!seq)
            return -1;
        vitems = rt_list_check(seq) ? RT_LIST_ITEMS(seq) : RT_TUPLE_ITEMS(seq);
        m = RT_SIZE(seq);
    }
    intptr_t n = RT_SIZE(l);
    if (lo < 0) lo = 0; else if (lo > n) lo = n;
    if (hi < lo) hi = lo; else if (hi > n) hi = n;
    intptr_t d = hi - lo;   /* items removed */
    rt_object *recycle_small[8];
    rt_object **recycle = recycle_small;
    if (d > 8) {
        recycle = rt_mem_malloc((size_t)d * sizeof(rt_object *));
        if (!recycle) {
            rt_xdecref(seq);
            rt_err_no_memory();
            return -1;
        }
    }
    if (d)   /* items may be NULL when empty */
        memcpy(recycle, &l->items[lo], (size_t)d * sizeof(rt_object *));
    if (m < d) {
        memmove(&l->items[lo + m], &l->items[hi], (size_t)(n - hi) * sizeof(rt_object *));
        if (list_resize(l, n - d + m) < 0)
            rt_err_clear();   /* could not shrink the buffer: keep the larger one */
        RT_SIZE(l) = n - d + m;
    } else if (m > d) {
        if (list_resize(l, n - d + m) < 0) {
            if (recycle != recycle_small)
                rt_mem_free(recycle);
            rt_xdecref(seq);
            return -1;
        }
        memmove(&l->items[hi + m - d], &l->items[hi], (size_t)(n - hi) * sizeof(rt_object *));
    }
    for (intptr_t k = 0; k < m; k++)
        l->items[lo + k] = rt_newref(vitems[k]);
    for (intptr_t k = d; --k >= 0;)
        RT_DECREF(recycle[k]);
    if (recycle != recycle_small)
        rt_mem_free(recycle);
    rt_xdecref(seq);
    return 0;
}

int rt_list_ass_slice_unpacked(rt_object *o, intptr_t start, intptr_t stop, rt_object *v)
{
    rt_slice_adjust(RT_SIZE(o), &start, &stop, 1);
    return list_ass_slice(LIST(o), start, stop, v);
}

static int list_ass_subscript(rt_object *o, rt_object *key, rt_object *v)
{
    rt_list *l = LIST(o);
    if (rt_slice_check(key)) {
        intptr_t start, stop, step, n = 0;
        if (rt_slice_unpack(key, &start, &stop, &step) < 0)
            return -1;
        intptr_t start0 = start, stop0 = stop;
        n = rt_slice_adjust(RT_SIZE(l), &start, &stop, step);
        if (step == 1)
            return list_ass_slice(l, start, stop, v);
        if (!v && n <= 0)
            return 0;
        if (!v) {
            /* Extended deletion: compact survivors, then drop the rest. */
            rt_object **garbage = rt_mem_malloc((size_t)n * sizeof(rt_object *));
            if (!garbage) {
                rt_err_no_memory();
                return -1;
            }
            if (step < 0) {   /* walk it upwards */
                start = start + step * (n - 1);
                step = -step;
            }
            intptr_t size = RT_SIZE(l), w = start, g = 0;
            for (intptr_t i = start; i < size; i++) {
                if (g < n && i == start + g * step)
                    garbage[g++] = l->items[i];
                else
                    l->items[w++] = l->items[i];
            }
            if (list_resize(l, size - n) < 0)
                rt_err_clear();
            RT_SIZE(l) = size - n;
            for (intptr_t k = 0; k < n; k++)
                RT_DECREF(garbage[k]);
            rt_mem_free(garbage);
            return 0;
        }
        rt_object *seq;
        if (rt_list_check_exact(v) || rt_tuple_check_exact(v))   /* PySequence_Fast */
            seq = rt_list_check(v) ? rt_list_as_tuple(v) : rt_newref(v);
        else {
            rt_object *it = rt_get_iter(v);
            if (!it) {
                if (rt_err_matches(&rt_exc_TypeError))
                    rt_err_format(&rt_exc_TypeError, "must assign iterable to extended slice");
                return -1;
            }
            seq = rt_tuple_from_iterable(it);   /* from the iterator: __iter__ once */
            RT_DECREF(it);
        }
        if (!seq)
            return -1;
        /* Building seq may have run code that resized l: the size check
         * uses the length seen first (CPython's message), the writes the
         * indices clamped again now. */
        if (RT_SIZE(seq) == n) {
            start = start0;
            stop = stop0;
            n = rt_slice_adjust(RT_SIZE(l), &start, &stop, step);
        }
        if (RT_SIZE(seq) != n) {
            rt_err_format(&rt_exc_ValueError,
                          "attempt to assign sequence of size %ld to extended slice of size %ld",
                          (long)RT_SIZE(seq), (long)n);
            RT_DECREF(seq);
            return -1;
        }
        rt_object **garbage = rt_mem_malloc((size_t)(n ? n : 1) * sizeof(rt_object *));
        if (!garbage) {
            RT_DECREF(seq);
            rt_err_no_memory();
            return -1;
        }
        for (intptr_t k = 0, i = start; k < n; k++, i += step) {
            garbage[k] = l->items[i];
            l->items[i] = rt_newref(RT_TUPLE_GET_ITEM(seq, k));
        }
        for (intptr_t k = 0; k < n; k++)
            RT_DECREF(garbage[k]);
        rt_mem_free(garbage);
        RT_DECREF(seq);
        return 0;
    }
    if (!rt_index_check(key)) {
        rt_err_format(&rt_exc_TypeError, "list indices must be integers or slices, not %s",
                      key->type->name);
        return -1;
    }
    intptr_t i = rt_subscript_as_ssize(key);
    if (i == -1 && rt_err_occurred())
        return -1;
    if (i < 0)
        i += RT_SIZE(l);
    if (i < 0 || i >= RT_SIZE(l)) {
        rt_err_set_string(&rt_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v)
        return rt_list_setitem(o, i, rt_newref(v));
    return list_ass_slice(l, i, i + 1, NULL);
}

static int list_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    for (intptr_t i = RT_SIZE(o); --i >= 0;)
        RT_VISIT(LIST(o)->items[i]);
    return 0;
}

static int list_clear_slot(rt_object *o) { return rt_list_clear(o); }

static void list_dealloc(rt_object *o)
{
    rt_list *l = LIST(o);
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, list_dealloc)
    if (l->items) {
        for (intptr_t i = RT_SIZE(l); --i >= 0;)
            RT_DECREF(l->items[i]);
        rt_mem_free(l->items);
    }
    if (list_nfree < LIST_MAXFREE && o->type == &rt_list_type && rt_freelists_on()) {
        l->items = (rt_object **)list_free;
        list_free = l;
        list_nfree++;
        rt_freelist_push_note(o);
    } else {
        rt_object_free(o);
    }
    RT_TRASHCAN_END
}

/* ---- methods ------------------------------------------------------------ */

static int no_kwargs(const char *name, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0) {
        rt_err_format(&rt_exc_TypeError, "list.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int one_arg(const char *name, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs(name, kw) < 0)
        return -1;
    if (nargs != 1) {
        rt_err_format(&rt_exc_TypeError, "list.%s() takes exactly one argument (%ld given)",
                      name, (long)nargs);
        return -1;
    }
    return 0;
}

static int no_args(const char *name, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs(name, kw) < 0)
        return -1;
    if (nargs != 0) {
        rt_err_format(&rt_exc_TypeError, "list.%s() takes no arguments (%ld given)", name, (long)nargs);
        return -1;
    }
    return 0;
}

static rt_object *none_or_null(int rc) { return rc < 0 ? NULL : rt_none_new(); }

static rt_object *m_append(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (one_arg("append", nargs, kw) < 0)
        return NULL;
    return none_or_null(rt_list_append(self, args[0]));
}

static rt_object *m_extend(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (one_arg("extend", nargs, kw) < 0)
        return NULL;
    return none_or_null(rt_list_extend(self, args[0]));
}

static rt_object *m_insert(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs("insert", kw) < 0)
        return NULL;
    if (nargs != 2)
        return rt_err_format(&rt_exc_TypeError, "insert expected 2 arguments, got %ld", (long)nargs);
    if (!rt_index_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             args[0]->type->name);
    intptr_t i = rt_number_as_ssize_arg(args[0]);
    if (i == -1 && rt_err_occurred())
        return NULL;
    return none_or_null(rt_list_insert(self, i, args[1]));
}

static rt_object *m_pop(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (no_kwargs("pop", kw) < 0)
        return NULL;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "pop expected at most 1 argument, got %ld", (long)nargs);
    intptr_t i = -1;
    if (nargs == 1) {
        if (!rt_index_check(args[0]))
            return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 args[0]->type->name);
        if ((i = rt_number_as_ssize_arg(args[0])) == -1 && rt_err_occurred())
            return NULL;
    }
    return rt_list_pop(self, i);
}

static rt_object *m_clear(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (no_args("clear", nargs, kw) < 0)
        return NULL;
    return none_or_null(rt_list_clear(self));
}

static rt_object *m_copy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (no_args("copy", nargs, kw) < 0)
        return NULL;
    return rt_list_getslice(self, 0, RT_SIZE(self));
}

static rt_object *m_reverse(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (no_args("reverse", nargs, kw) < 0)
        return NULL;
    return none_or_null(rt_list_reverse(self));
}

static rt_object *m_index(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    intptr_t start, stop;
    if (no_kwargs("index", kw) < 0 || rt_seq_index_args(args, nargs, RT_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < RT_SIZE(self); i++) {
        rt_object *x = rt_newref(LIST(self)->items[i]);
        int k = rt_richcompare_bool(x, args[0], RT_EQ);
        RT_DECREF(x);
        if (k < 0)
            return NULL;
        if (k)
            return rt_int_from_i64(i);
    }
    rt_object *msg = rt_str_from_format("%R is not in list", args[0]);
    if (msg) {
        rt_err_set_object(&rt_exc_ValueError, msg);
        RT_DECREF(msg);
    }
    return NULL;
}

static rt_object *m_count(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (one_arg("count", nargs, kw) < 0)
        return NULL;
    intptr_t c = 0;
    for (intptr_t i = 0; i < RT_SIZE(self); i++) {
        rt_object *x = rt_newref(LIST(self)->items[i]);
        int k = rt_richcompare_bool(x, args[0], RT_EQ);
        RT_DECREF(x);
        if (k < 0)
            return NULL;
        c += k;
    }
    return rt_int_from_i64(c);
}

static rt_object *m_remove(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (one_arg("remove", nargs, kw) < 0)
        return NULL;
    for (intptr_t i = 0; i < RT_SIZE(self); i++) {
        rt_object *x = rt_newref(LIST(self)->items[i]);
        int k = rt_richcompare_bool(x, args[0], RT_EQ);
        RT_DECREF(x);
        if (k < 0)
            return NULL;
        if (k) {
            if (i >= RT_SIZE(self))
                break;   /* the comparison shrank the list */
            return none_or_null(list_ass_slice(LIST(self), i, i + 1, NULL));
        }
    }
    return rt_err_set_string(&rt_exc_ValueError, "list.remove(x): x not in list");
}

static rt_object *m_sort(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    static const char *const names[] = { "key", "reverse", NULL };
    if (rt_clinic_kwtuple(&rt_list_type, "sort", names, (kw && RT_SIZE(kw) > 0) || nargs) < 0)
        return NULL;
    /* _PyArg_UnpackKeywords' order: the total count first ("keyword"
     * when none is positional), then positional ones at all */
    intptr_t nkw = kw ? RT_SIZE(kw) : 0;
    if (nargs + nkw > 2)
        return rt_err_format(&rt_exc_TypeError, "sort() takes at most 2 %sarguments (%ld given)",
                             nargs ? "" : "keyword ", (long)(nargs + nkw));
    if (nargs)
        return rt_err_set_string(&rt_exc_TypeError, "sort() takes no positional arguments");
    rt_object *key = NULL;
    bool reverse = false;
    for (intptr_t k = 0; kw && k < RT_SIZE(kw); k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kw, k);
        if (rt_str_eq_cstr(name, "key")) {
            key = args[k];
        } else if (rt_str_eq_cstr(name, "reverse")) {
            int r = rt_list_sort_reverse_arg(args[k]);
            if (r < 0)
                return NULL;
            reverse = r;
        } else {
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for sort()",
                                 rt_str_data(name));
        }
    }
    return none_or_null(rt_list_sort(self, key, reverse));
}

/* ---- iterators ---------------------------------------------------------- */

typedef rt_seqiter list_iter;   /* tuple.h: shared with tuple_iterator */

static rt_object *iter_new(rt_object *l, rt_type *t, intptr_t start)
{
    list_iter *it = (list_iter *)rt_object_new(t);
    if (!it)
        return NULL;
    it->seq = rt_newref(l);
    it->index = start;
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *list_iter_new(rt_object *l) { return iter_new(l, &rt_list_iterator_type, 0); }

rt_object *rt_list_reversed(rt_object *l)
{
    return iter_new(l, &rt_list_reverseiterator_type, RT_SIZE(l) - 1);
}

static rt_object *list_iter_next(rt_object *o)
{
    list_iter *it = (list_iter *)o;
    if (!it->seq)
        return NULL;
    if (it->index < RT_SIZE(it->seq))   /* re-read: the list may have changed */
        return rt_newref(LIST(it->seq)->items[it->index++]);
    RT_CLEAR(it->seq);
    return NULL;
}

static rt_object *list_reviter_next(rt_object *o)
{
    list_iter *it = (list_iter *)o;
    if (!it->seq)
        return NULL;
    if (it->index >= 0 && it->index < RT_SIZE(it->seq))
        return rt_newref(LIST(it->seq)->items[it->index--]);
    RT_CLEAR(it->seq);
    return NULL;
}

/* __length_hint__, as CPython's listiter_len and listreviter_len: what
 * is left at the current size (0 once exhausted or cut below the index). */
static rt_object *list_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    list_iter *it = (list_iter *)o;
    return rt_iter_length_hint_result(o, nargs, kw, it->seq ? RT_SIZE(it->seq) - it->index : 0);
}

static rt_object *list_reviter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    list_iter *it = (list_iter *)o;
    intptr_t n = it->index + 1;
    return rt_iter_length_hint_result(o, nargs, kw, !it->seq || RT_SIZE(it->seq) < n ? 0 : n);
}

RT_NOSCAN static rt_method_def list_iter_methods[] = {
    { "__length_hint__", list_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def list_reviter_methods[] = {
    { "__length_hint__", list_reviter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

/* ---- construction from Python: list(iterable) ----------------------------- */

/* new allocates an empty list of type t (list or a subclass); init fills
 * it, so that list.__init__ on an existing list resets it, as CPython. */
static rt_object *list_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)args; (void)kwargs;
    rt_object *o = rt_object_new(t);
    if (!o)
        return NULL;
    RT_SIZE(o) = 0;
    rt_gc_track(o);
    return o;
}

static int list_init_slot(rt_object *self, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_length(kwargs) > 0) {
        rt_err_set_string(&rt_exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    intptr_t n = args ? RT_SIZE(args) : 0;
    if (n > 1) {
        rt_err_format(&rt_exc_TypeError, "list expected at most 1 argument, got %ld", (long)n);
        return -1;
    }
    if (RT_SIZE(self) > 0)
        rt_list_clear(self);
    return n ? rt_list_extend(self, RT_TUPLE_GET_ITEM(args, 0)) : 0;
}

static rt_object *list_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "list expected at most 1 argument, got %ld", (long)n);
    rt_object *l = list_new_slot(t, NULL, NULL);
    if (l && n && rt_list_extend(l, args[0]) < 0)
        RT_CLEAR(l);
    return l;
}

/* ---- types -------------------------------------------------------------- */

static rt_sequence_methods list_as_sequence = {
    .length = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .contains = list_contains,
};
static rt_mapping_methods list_as_mapping = {
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};
RT_NOSCAN static rt_method_def list_methods[] = {
    { "append", m_append, RT_METH_FASTCALL, "append(object)" },
    { "pop", m_pop, RT_METH_FASTCALL, "pop(index=-1)" },
    { "insert", m_insert, RT_METH_FASTCALL, "insert(index, object)" },
    { "extend", m_extend, RT_METH_FASTCALL, "extend(iterable)" },
    { "clear", m_clear, RT_METH_FASTCALL, "clear()" },
    { "index", m_index, RT_METH_FASTCALL, "index(value[, start[, stop]])" },
    { "count", m_count, RT_METH_FASTCALL, "count(value)" },
    { "remove", m_remove, RT_METH_FASTCALL, "remove(value)" },
    { "reverse", m_reverse, RT_METH_FASTCALL, "reverse()" },
    { "sort", m_sort, RT_METH_FASTCALL, "sort(*, key=None, reverse=False): stable" },
    { "copy", m_copy, RT_METH_FASTCALL, "copy()" },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN_TYPE rt_type rt_list_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "list",
    .basicsize = sizeof(rt_list),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_LIST_SUBCLASS | RT_TPFLAGS_SEQUENCE | RT_TPFLAGS_MATCH_SELF,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .repr = list_repr,
    .hash = rt_hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter_new,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .methods = list_methods,
    .new_ = list_new_slot,
    .init = list_init_slot,
    .vectorcall = list_vectorcall,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_list_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "list_iterator",
    .basicsize = sizeof(list_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = rt_seqiter_dealloc,
    .traverse = rt_seqiter_traverse,
    .clear = rt_seqiter_clear,
    .iter = rt_iter_self,
    .iternext = list_iter_next,
    .methods = list_iter_methods,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_list_reverseiterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "list_reverseiterator",
    .basicsize = sizeof(list_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = rt_seqiter_dealloc,
    .traverse = rt_seqiter_traverse,
    .clear = rt_seqiter_clear,
    .iter = rt_iter_self,
    .iternext = list_reviter_next,
    .methods = list_reviter_methods,
    .base = &rt_object_type,
};

int rt_list_init(void)
{
    if (rt_type_ready(&rt_list_type) < 0 || rt_type_ready(&rt_list_iterator_type) < 0
        || rt_type_ready(&rt_list_reverseiterator_type) < 0)
        return -1;
    return 0;
}

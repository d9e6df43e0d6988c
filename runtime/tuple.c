/*
 * tuple.c -- the tuple type and its iterator.
 *
 * Invariants (see tuple.h): items inline; the empty tuple is a shared
 * immortal singleton created on first use; tuples are tracked from
 * creation (their slots may still be NULL while a constructor fills them,
 * which traverse tolerates); hash is CPython 3.8+'s tuplehash.
 */
#include <stdarg.h>
#include <string.h>
#include "runtime/tuple.h"
#include "runtime/gchead.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/slice.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/recursion.h"
#include "runtime/hash.h"

static rt_object *empty_tuple;

/* CPython 3.11's tuple free lists (gchead.h): a dead tuple of n items,
 * 1 <= n <= 20, is kept on list n-1 (linked through its first item); a new
 * one of fewer than 20 items takes one.  Tuples of 20 items are kept but
 * never taken, as in CPython 3.11 (its pop tests size < 20, its push
 * index < 20). */
enum { TUPLE_FREELISTS = 20, TUPLE_MAXFREE = 2000 };
static rt_object *tuple_free[TUPLE_FREELISTS];
static int tuple_nfree[TUPLE_FREELISTS];

static void tuple_free_or_keep(rt_object *t)
{
    intptr_t i = RT_SIZE(t) - 1;
    if (i >= 0 && i < TUPLE_FREELISTS && tuple_nfree[i] < TUPLE_MAXFREE
        && t->type == &rt_tuple_type && rt_freelists_on()) {
        RT_TUPLE_SET_ITEM(t, 0, tuple_free[i]);
        tuple_free[i] = t;
        tuple_nfree[i]++;
        rt_freelist_push_note(t);
        return;
    }
    rt_object_free(t);
}

bool rt_tuple_free_listed(intptr_t n)
{
    return n > 0 && n < TUPLE_FREELISTS && tuple_free[n - 1];
}

rt_object *rt_tuple_shell_take(intptr_t n)
{
    rt_object *t;
    if (n < TUPLE_FREELISTS && (t = tuple_free[n - 1])) {
        tuple_free[n - 1] = RT_TUPLE_GET_ITEM(t, 0);
        tuple_nfree[n - 1]--;
        rt_gc_revive(t);
        rt_freelist_pop_note(t);
    } else if (!(t = rt_object_new_var(&rt_tuple_type, n))) {
        return NULL;
    }
    RT_SIZE(t) = n;
    return t;
}

void rt_tuple_shell_give(rt_object *t)
{
    if (t)
        tuple_free_or_keep(t);
}

rt_varargs_standin rt_tuple_varargs_take(rt_object *const *args, intptr_t n)
{
    rt_varargs_standin s = { NULL, false, true };
    if (n == 0)
        return s;
    if (!rt_freelists_on()) {
        s.t = rt_tuple_from_array(args, n);
    } else if (n < TUPLE_FREELISTS && tuple_free[n - 1]) {
        s.t = tuple_free[n - 1];
        tuple_free[n - 1] = RT_TUPLE_GET_ITEM(s.t, 0);
        tuple_nfree[n - 1]--;
        s.raw = true;
        return s;
    } else {
        s.t = rt_tuple_shell_take(n);
    }
    s.ok = s.t != NULL;
    return s;
}

void rt_tuple_varargs_drop(rt_varargs_standin s)
{
    if (!s.t)
        return;
    if (s.raw) {
        intptr_t i = RT_SIZE(s.t) - 1;
        RT_TUPLE_SET_ITEM(s.t, 0, tuple_free[i]);
        tuple_free[i] = s.t;
        tuple_nfree[i]++;
    } else if (rt_freelists_on()) {
        rt_tuple_shell_give(s.t);
    } else {
        rt_decref(s.t);
    }
}

void rt_tuple_freelist_clear(void)
{
    for (int i = 0; i < TUPLE_FREELISTS; i++) {
        while (tuple_free[i]) {
            rt_object *t = tuple_free[i];
            tuple_free[i] = RT_TUPLE_GET_ITEM(t, 0);
            rt_object_free(t);
        }
        tuple_nfree[i] = 0;
    }
}

rt_object *rt_tuple_new(intptr_t n)
{
    if (n == 0) {
        if (!empty_tuple) {
            empty_tuple = rt_object_new_var(&rt_tuple_type, 0);
            if (!empty_tuple)
                return NULL;
            RT_SIZE(empty_tuple) = 0;
            empty_tuple->refcnt = RT_IMMORTAL_REFCNT;   /* never tracked: it holds nothing */
        }
        return rt_newref(empty_tuple);
    }
    if (n < 0)
        return rt_err_set_string(&rt_exc_ValueError, "negative tuple size");
    rt_object *t;
    if (n < TUPLE_FREELISTS && (t = tuple_free[n - 1])) {
        tuple_free[n - 1] = RT_TUPLE_GET_ITEM(t, 0);
        tuple_nfree[n - 1]--;
        rt_gc_revive(t);
        memset(RT_TUPLE_ITEMS(t), 0, (size_t)n * sizeof(rt_object *));
        RT_SIZE(t) = n;
        rt_freelist_pop_note(t);
    } else if (!(t = rt_object_new_var(&rt_tuple_type, n))) {
        return NULL;
    }
    rt_gc_track(t);
    return t;
}

rt_object *rt_tuple_from_array(rt_object *const *items, intptr_t n)
{
    rt_object *t = rt_tuple_new(n);
    if (!t)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(t, i, rt_newref(items[i]));
    return t;
}

/* A 2-tuple of two new references (divmod, as_integer_ratio, dict
 * items): no variadic walk, no memset of the items, and no incref the
 * caller undoes; a, b are dropped when it fails.  The items are written
 * before the tuple is tracked, as rt_tuple_new's zeroing would allow. */
rt_object *rt_tuple_pair_steal(rt_object *a, rt_object *b)
{
    rt_object *t = tuple_free[1];
    if (t) {
        tuple_free[1] = RT_TUPLE_GET_ITEM(t, 0);
        tuple_nfree[1]--;
        rt_gc_revive(t);
        RT_SIZE(t) = 2;
        rt_freelist_pop_note(t);
    } else if (!(t = rt_object_new_var(&rt_tuple_type, 2))) {
        rt_decref(a);
        rt_decref(b);
        return NULL;
    }
    RT_TUPLE_SET_ITEM(t, 0, a);
    RT_TUPLE_SET_ITEM(t, 1, b);
    rt_gc_track(t);
    return t;
}

rt_object *rt_tuple_pack(intptr_t n, ...)
{
    rt_object *t = rt_tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(t, i, rt_newref(va_arg(ap, rt_object *)));
    va_end(ap);
    return t;
}

/* CPython's _PyTuple_Resize of a tuple t that only the caller holds and
 * whose items from min(n, size) on are still NULL (n > 0).  From the empty
 * tuple it is a new one (PyTuple_New: the free list, or a new container
 * that gen 0 counts).  Otherwise PyObject_GC_Resize moves the block, which
 * moves no gc count and starts no collection: here a new block is made and
 * the old one given back inside a start-up scope (gchead.h), which
 * restores the counts after.  NULL on MemoryError (t dropped). */
static rt_object *tuple_resize(rt_object *t, intptr_t n)
{
    intptr_t old = RT_SIZE(t);
    if (old == 0) {
        rt_decref(t);
        return rt_tuple_new(n);
    }
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    rt_object *nt = rt_object_new_var(&rt_tuple_type, n);
    if (nt) {
        memcpy(RT_TUPLE_ITEMS(nt), RT_TUPLE_ITEMS(t), (size_t)(old < n ? old : n) * sizeof(rt_object *));
        rt_gc_track(nt);
        RT_SIZE(t) = 0;   /* its items moved: the empty block is freed, not free-listed */
    }
    rt_decref(t);
    rt_gc_startup_end(scope);
    return nt;
}

/* tuple(v) of anything but an exact tuple or list, as CPython's
 * PySequence_Tuple: v's iterator, then a tuple of v's length hint (10
 * without one: from the free list when it has one), filled, grown by ten
 * and a quarter when full and cut back at the end; no list in between, so
 * gc.get_count() and the free lists move as CPython's. */
static rt_object *tuple_from_iter(rt_object *v)
{
    rt_object *it = rt_get_iter(v);
    if (!it)
        return NULL;
    intptr_t n = rt_length_hint(v, 10), j = 0;
    rt_object *t = n < 0 ? NULL : rt_tuple_new(n);
    for (; t; j++) {
        rt_object *item = rt_iter_next(it);
        if (!item) {
            if (rt_err_occurred())
                RT_CLEAR(t);
            break;
        }
        if (j >= n) {
            n += 10;
            n += n >> 2;
            if (!(t = tuple_resize(t, n))) {
                rt_decref(item);
                break;
            }
        }
        RT_TUPLE_SET_ITEM(t, j, item);
    }
    if (t && j < n) {
        if (j == 0) {   /* nothing came: the empty tuple, t to the free list */
            rt_decref(t);
            t = rt_tuple_new(0);
        } else {
            t = tuple_resize(t, j);
        }
    }
    rt_decref(it);
    return t;
}

rt_object *rt_tuple_from_iterable(rt_object *iterable)
{
    if (rt_tuple_check_exact(iterable))
        return rt_newref(iterable);
    if (rt_list_check_exact(iterable))   /* a subclass goes through its __iter__ */
        return rt_list_as_tuple(iterable);
    return tuple_from_iter(iterable);
}

rt_object *rt_tuple_getitem(rt_object *t, intptr_t i)
{
    if (i < 0 || i >= RT_SIZE(t))
        return rt_err_set_string(&rt_exc_IndexError, "tuple index out of range");
    return RT_TUPLE_GET_ITEM(t, i);
}

rt_object *rt_tuple_getslice(rt_object *t, intptr_t lo, intptr_t hi)
{
    intptr_t n = RT_SIZE(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && rt_tuple_check_exact(t))
        return rt_newref(t);
    return rt_tuple_from_array(RT_TUPLE_ITEMS(t) + lo, hi - lo);
}

/* xxHash-style lane mixing, as CPython 3.8+ (constants are xxHash's
 * 64-bit primes; the final xor constant makes hash(()) differ from 0). */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

intptr_t rt_tuple_hash(rt_object *t)
{
    if (rt_stack_low())   /* tuples nested too deeply for the C stack */
        return rt_recursion_error(" while hashing a tuple");
    intptr_t n = RT_SIZE(t);
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t h = rt_hash_inline(RT_TUPLE_GET_ITEM(t, i));
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (intptr_t)acc;
}

void rt_tuple_maybe_untrack(rt_object *t)
{
    if (rt_gc_is_tracked(t) && rt_tuple_untrackable(t))
        rt_gc_untrack(t);
}

static rt_object *tuple_repr(rt_object *t)
{
    intptr_t n = RT_SIZE(t);
    if (n == 0)
        return rt_str_from_cstr("()");
    int rc = rt_repr_enter(t);
    if (rc != 0)
        return rc > 0 ? rt_str_from_cstr("(...)") : NULL;
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_char(&b, '(');
    for (intptr_t i = 0; i < n; i++) {
        if (i)
            rt_str_builder_append(&b, ", ", 2);
        if (rt_str_builder_append_repr(&b, RT_TUPLE_GET_ITEM(t, i)) < 0) {
            rt_repr_leave(t);
            rt_str_builder_discard(&b);
            return NULL;
        }
    }
    rt_str_builder_append_cstr(&b, n == 1 ? ",)" : ")");
    rt_repr_leave(t);
    return rt_str_builder_finish(&b);
}

/* Lexicographic comparison shared with list (CPython's algorithm: find
 * the first pair that is not equal, then compare it, or the lengths). */
rt_object *rt_seq_richcompare(rt_object *const *a, intptr_t na, rt_object *const *b,
                              intptr_t nb, int op)
{
    if (na != nb && (op == RT_EQ || op == RT_NE))
        return rt_bool_from(op == RT_NE);
    intptr_t i;
    for (i = 0; i < na && i < nb; i++) {
        int k = rt_richcompare_bool(a[i], b[i], RT_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= na || i >= nb) {
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
    return rt_richcompare(a[i], b[i], op);
}

static rt_object *tuple_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_tuple_check(a) || !rt_tuple_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    return rt_seq_richcompare(RT_TUPLE_ITEMS(a), RT_SIZE(a), RT_TUPLE_ITEMS(b), RT_SIZE(b), op);
}

static intptr_t tuple_length(rt_object *t) { return RT_SIZE(t); }

static rt_object *tuple_item(rt_object *t, intptr_t i)
{
    rt_object *x = rt_tuple_getitem(t, i);
    return x ? rt_newref(x) : NULL;
}

static rt_object *tuple_concat(rt_object *a, rt_object *b)
{
    if (!rt_tuple_check(b))
        return rt_err_format(&rt_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                             b->type->name);
    if (RT_SIZE(b) == 0 && rt_tuple_check_exact(a))
        return rt_newref(a);
    if (RT_SIZE(a) == 0 && rt_tuple_check_exact(b))
        return rt_newref(b);
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b);
    rt_object *t = rt_tuple_new(na + nb);
    if (!t)
        return NULL;
    for (intptr_t i = 0; i < na; i++)
        RT_TUPLE_SET_ITEM(t, i, rt_newref(RT_TUPLE_GET_ITEM(a, i)));
    for (intptr_t i = 0; i < nb; i++)
        RT_TUPLE_SET_ITEM(t, na + i, rt_newref(RT_TUPLE_GET_ITEM(b, i)));
    return t;
}

static rt_object *tuple_repeat(rt_object *a, intptr_t n)
{
    intptr_t na = RT_SIZE(a);
    if (n <= 0 || na == 0)
        return rt_tuple_new(0);
    if (n == 1 && rt_tuple_check_exact(a))
        return rt_newref(a);
    if (na > INTPTR_MAX / (intptr_t)sizeof(rt_object *) / n)
        return rt_err_no_memory();
    rt_object *t = rt_tuple_new(na * n);
    if (!t)
        return NULL;
    for (intptr_t k = 0; k < n; k++)
        for (intptr_t i = 0; i < na; i++)
            RT_TUPLE_SET_ITEM(t, k * na + i, rt_newref(RT_TUPLE_GET_ITEM(a, i)));
    return t;
}

static int tuple_contains(rt_object *t, rt_object *x)
{
    for (intptr_t i = 0; i < RT_SIZE(t); i++) {
        int k = rt_richcompare_bool(RT_TUPLE_GET_ITEM(t, i), x, RT_EQ);
        if (k)
            return k;
    }
    return 0;
}

rt_object *rt_tuple_slice_unpacked(rt_object *t, intptr_t start, intptr_t stop, intptr_t step)
{
    intptr_t n = rt_slice_adjust(RT_SIZE(t), &start, &stop, step);
    if (step == 1)
        return rt_tuple_getslice(t, start, stop);
    if (n <= 0)
        return rt_tuple_new(0);
    rt_object *r = rt_tuple_new(n);
    if (!r)
        return NULL;
    for (intptr_t k = 0, i = start; k < n; k++, i += step)
        RT_TUPLE_SET_ITEM(r, k, rt_newref(RT_TUPLE_GET_ITEM(t, i)));
    return r;
}

static rt_object *tuple_subscript(rt_object *t, rt_object *key)
{
    if (rt_slice_check(key)) {
        intptr_t start, stop, step;
        if (rt_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        return rt_tuple_slice_unpacked(t, start, stop, step);
    }
    if (!rt_index_check(key))
        return rt_err_format(&rt_exc_TypeError, "tuple indices must be integers or slices, not %s",
                             key->type->name);
    intptr_t i = rt_subscript_as_ssize(key);
    if (i == -1 && rt_err_occurred())
        return NULL;
    if (i < 0)
        i += RT_SIZE(t);
    return tuple_item(t, i);
}

/* index/count argument parsing shared with list: (value[, start[, stop]]). */
int rt_seq_index_args( rt_object *const *args, intptr_t nargs, intptr_t len,
                      intptr_t *start, intptr_t *stop)
{
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1)
            rt_err_set_string(&rt_exc_TypeError, "index expected at least 1 argument, got 0");
        else
            rt_err_format(&rt_exc_TypeError, "index expected at most 3 arguments, got %ld", (long)nargs);
        return -1;
    }
    *start = 0;
    *stop = len;
    for (int k = 1; k < nargs; k++) {
        intptr_t v;
        if (!rt_index_check(args[k])) {
            rt_err_set_string(&rt_exc_TypeError,
                              "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (rt_number_as_ssize_clamped(args[k], &v) < 0)   /* a slice bound */
            return -1;
        if (v < 0 && (v += len) < 0)
            v = 0;
        if (k == 1) *start = v; else *stop = v;
    }
    return 0;
}

static rt_object *m_index(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    intptr_t start, stop;
    if (kw && RT_SIZE(kw))   /* checked before the count, as CPython's method descriptors */
        return rt_err_set_string(&rt_exc_TypeError, "tuple.index() takes no keyword arguments");
    if (rt_seq_index_args(args, nargs, RT_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < RT_SIZE(self); i++) {
        int k = rt_richcompare_bool(RT_TUPLE_GET_ITEM(self, i), args[0], RT_EQ);
        if (k < 0)
            return NULL;
        if (k)
            return rt_int_from_i64(i);
    }
    return rt_err_set_string(&rt_exc_ValueError, "tuple.index(x): x not in tuple");
}

static rt_object *m_count(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "tuple.count() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "tuple.count() takes exactly one argument (%ld given)",
                             (long)nargs);
    intptr_t c = 0;
    for (intptr_t i = 0; i < RT_SIZE(self); i++) {
        int k = rt_richcompare_bool(RT_TUPLE_GET_ITEM(self, i), args[0], RT_EQ);
        if (k < 0)
            return NULL;
        c += k;
    }
    return rt_int_from_i64(c);
}

static int tuple_traverse(rt_object *t, rt_visitproc visit, void *arg)
{
    for (intptr_t i = RT_SIZE(t); --i >= 0;)
        RT_VISIT(RT_TUPLE_GET_ITEM(t, i));
    return 0;
}

/* CPython's tuples have no clear slot; ours replaces the items by None, so
 * a cleared tuple still has no NULL item, and a collector may treat every
 * container alike. */
static int tuple_clear(rt_object *t)
{
    for (intptr_t i = 0; i < RT_SIZE(t); i++) {
        rt_object *x = RT_TUPLE_GET_ITEM(t, i);
        if (x && x != RT_NONE) {
            RT_TUPLE_SET_ITEM(t, i, rt_newref(RT_NONE));
            RT_DECREF(x);
        }
    }
    return 0;
}

static void tuple_dealloc(rt_object *t)
{
    rt_gc_untrack(t);
    RT_TRASHCAN_BEGIN(t, tuple_dealloc)
    for (intptr_t i = RT_SIZE(t); --i >= 0;)
        rt_xdecref(RT_TUPLE_GET_ITEM(t, i));
    tuple_free_or_keep(t);
    RT_TRASHCAN_END
}

/* ---- iterator ----------------------------------------------------------- */

typedef rt_seqiter tuple_iter;

static rt_object *tuple_iter_new(rt_object *t)
{
    tuple_iter *it = (tuple_iter *)rt_object_new(&rt_tuple_iterator_type);
    if (!it)
        return NULL;
    it->seq = rt_newref(t);
    it->index = 0;
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *tuple_iter_next(rt_object *o)
{
    tuple_iter *it = (tuple_iter *)o;
    if (!it->seq)
        return NULL;
    if (it->index < RT_SIZE(it->seq))
        return rt_newref(RT_TUPLE_GET_ITEM(it->seq, it->index++));
    RT_CLEAR(it->seq);
    return NULL;
}

/* __length_hint__ (tupleiter_len): what is left, 0 once exhausted. */
static rt_object *tuple_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    tuple_iter *it = (tuple_iter *)o;
    return rt_iter_length_hint_result(o, nargs, kw, it->seq ? RT_SIZE(it->seq) - it->index : 0);
}

RT_NOSCAN static rt_method_def tuple_iter_methods[] = {
    { "__length_hint__", tuple_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

int rt_seqiter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((rt_seqiter *)o)->seq);
    return 0;
}

int rt_seqiter_clear(rt_object *o)
{
    RT_CLEAR(((rt_seqiter *)o)->seq);
    return 0;
}

void rt_seqiter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    rt_xdecref(((rt_seqiter *)o)->seq);
    rt_object_free(o);
}

/* The old sequence protocol (CPython's "iterator" type): o[0], o[1], ...
 * until IndexError or StopIteration, for objects with __getitem__ but no
 * __iter__. */
rt_object *rt_seqiter_new(rt_object *seq)
{
    rt_seqiter *it = (rt_seqiter *)rt_object_new(&rt_seq_iterator_type);
    if (!it)
        return NULL;
    it->seq = rt_newref(seq);
    it->index = 0;
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *seq_iter_next(rt_object *o)
{
    rt_seqiter *it = (rt_seqiter *)o;
    if (!it->seq)
        return NULL;
    rt_object *i = rt_int_from_i64(it->index);
    rt_object *r = i ? rt_getitem(it->seq, i) : NULL;
    RT_XDECREF(i);
    if (r) {
        it->index++;
        return r;
    }
    if (rt_err_matches(&rt_exc_IndexError) || rt_err_matches(&rt_exc_StopIteration)) {
        rt_err_clear();
        RT_CLEAR(it->seq);
    }
    return NULL;
}

/* __length_hint__ of the old-protocol iterator (CPython's iter_len): the
 * sequence's len() less the index when it has a len, else NotImplemented
 * (no hint); 0 once exhausted. */
static rt_object *seq_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    rt_seqiter *it = (rt_seqiter *)o;
    intptr_t n = 0;
    if (it->seq && (nargs == 0 && !(kw && RT_SIZE(kw)))) {
        rt_type *t = it->seq->type;
        if (!(t->as_sequence && t->as_sequence->length) && !(t->as_mapping && t->as_mapping->length))
            return rt_newref(RT_NOTIMPLEMENTED);
        intptr_t size = rt_length(it->seq);
        if (size < 0)
            return NULL;
        n = size - it->index;
    }
    return rt_iter_length_hint_result(o, nargs, kw, n);
    (void)args;
}

RT_NOSCAN static rt_method_def seq_iter_methods[] = {
    { "__length_hint__", seq_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

/* tuple(iterable) without an argument tuple (CPython 3.11's vectorcall).
 * Only tuple itself: subclasses do not inherit the slot and go through
 * tuple_new_slot. */
static rt_object *tuple_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    (void)t;
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "tuple expected at most 1 argument, got %ld", (long)n);
    return n ? rt_tuple_from_iterable(args[0]) : rt_tuple_new(0);
}

/* An instance of the tuple subclass t holding the items of the tuple
 * items: never shared, always tracked (CPython untracks exact tuples
 * only); its __dict__ slot, if any, follows the items. */
static rt_object *subtuple_new(rt_type *t, rt_object *items)
{
    intptr_t n = RT_SIZE(items);
    rt_object *o = rt_object_new_var(t, n);
    if (!o)
        return NULL;
    RT_SIZE(o) = n;
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(o, i, rt_newref(RT_TUPLE_GET_ITEM(items, i)));
    rt_gc_track(o);
    return o;
}

/* tuple(iterable) and cls(iterable) of a subclass: keywords are refused
 * unless the class has its own __init__ to take them, as CPython's. */
static rt_object *tuple_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_length(kwargs) > 0 && (t == &rt_tuple_type || t->init == rt_tuple_type.init))
        return rt_err_set_string(&rt_exc_TypeError, "tuple() takes no keyword arguments");
    intptr_t n = args ? RT_SIZE(args) : 0;
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "tuple expected at most 1 argument, got %ld", (long)n);
    rt_object *items = n ? rt_tuple_from_iterable(RT_TUPLE_GET_ITEM(args, 0)) : rt_tuple_new(0);
    if (!items || t == &rt_tuple_type)
        return items;
    rt_object *o = subtuple_new(t, items);
    rt_decref(items);
    return o;
}

static rt_sequence_methods tuple_as_sequence = {
    .length = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};
static rt_mapping_methods tuple_as_mapping = {
    .length = tuple_length,
    .subscript = tuple_subscript,
};
RT_NOSCAN static rt_method_def tuple_methods[] = {
    { "index", m_index, RT_METH_FASTCALL, "index(value[, start[, stop]])" },
    { "count", m_count, RT_METH_FASTCALL, "count(value)" },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN_TYPE rt_type rt_tuple_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "tuple",
    .basicsize = (intptr_t)offsetof(rt_tuple, items),
    .itemsize = sizeof(rt_object *),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_TUPLE_SUBCLASS | RT_TPFLAGS_PLAIN_DEALLOC | RT_TPFLAGS_SEQUENCE | RT_TPFLAGS_MATCH_SELF,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .repr = tuple_repr,
    .hash = rt_tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter_new,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .methods = tuple_methods,
    .new_ = tuple_new_slot,
    .vectorcall = tuple_vectorcall,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_tuple_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "tuple_iterator",
    .basicsize = sizeof(tuple_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = rt_seqiter_dealloc,
    .traverse = rt_seqiter_traverse,
    .clear = rt_seqiter_clear,
    .iter = rt_iter_self,
    .iternext = tuple_iter_next,
    .methods = tuple_iter_methods,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_seq_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "iterator",
    .basicsize = sizeof(rt_seqiter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = rt_seqiter_dealloc,
    .traverse = rt_seqiter_traverse,
    .clear = rt_seqiter_clear,
    .iter = rt_iter_self,
    .iternext = seq_iter_next,
    .methods = seq_iter_methods,
    .base = &rt_object_type,
};

int rt_tuple_init(void)
{
    rt_object *e = rt_tuple_new(0);   /* create the singleton now */
    if (!e)
        return -1;
    RT_DECREF(e);
    if (rt_type_ready(&rt_tuple_type) < 0 || rt_type_ready(&rt_tuple_iterator_type) < 0 ||
        rt_type_ready(&rt_seq_iterator_type) < 0)
        return -1;
    return 0;
}

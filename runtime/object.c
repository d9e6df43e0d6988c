/*
 * object.c -- allocation of objects, the generic object protocol (repr,
 * hash, comparison, attributes, items, iteration, calls, numbers), the
 * trashcan, and start-up of the whole object layer.
 *
 * Invariants kept here:
 *   - rt_object_new returns zeroed memory with refcnt
 *     rt_objspace.initial_refcnt (1 under refcounting collectors); a
 *     container's gc head is zeroed too (untracked) and counted by
 *     rt_gc_note_alloc, balanced by rt_gc_note_free in rt_object_free;
 *   - object blocks come from rt_objspace.calloc and go back through
 *     rt_objspace.release (rt_obj_calloc / rt_obj_free unless a tracing
 *     collector substitutes its own, e.g. to put a link in front of every
 *     block and defer frees while it sweeps);
 *   - the generic operations follow CPython's dispatch order exactly
 *     (reflected operands tried first when the right operand's type is a
 *     proper subtype that overrides the slot), because programs are
 *     compared output-for-output with CPython 3.11;
 *   - the trashcan never lets nested deallocations go deeper than
 *     RT_TRASHCAN_LIMIT frames: deeper objects wait on a list threaded
 *     through their (already untracked) gc heads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"
#include "runtime/instattr.h"
#include "runtime/telemetry.h"
#include "runtime/recursion.h"

/* ---- collector state default ------------------------------------------ */

/* Until a collector is installed, containers link into this list so that
 * rt_gc_track works in tests and tools that install none. */
static rt_gchead default_young = { (uintptr_t)&default_young, (uintptr_t)&default_young };
rt_gcstate rt_gc = { &default_young, 0, 0, 0, false, false, false, NULL };
rt_gchead rt_gc_startup_list;
void (*rt_gc_startup_adopt)(rt_gchead *list);

/* ---- allocation -------------------------------------------------------- */

/* The refcounting collectors' settings; a tracing collector's init replaces
 * them before rt_init (object.h, struct rt_objspace_settings). */
rt_objspace_settings rt_objspace = { 1, rt_obj_calloc, rt_obj_calloc, rt_obj_free, NULL, rt_obj_malloc };

/* Under refcounting, two loads of rt_objspace fields replace what were a
 * constant (the initial count 1) and direct calls (of rt_obj_calloc and
 * rt_obj_free): two instructions per object lifetime (docs/tracing.md has
 * the callgrind counts). */
static inline rt_object *alloc_object(rt_type *t, size_t size, bool pointer_free)
{
    rt_tel_note_alloc(t, size);   /* memory samples every N object bytes; the census */
    if (pointer_free) {        /* a constant: rt_object_new*_pointer_free */
        rt_object *o = rt_objspace.calloc_atomic(1, size);
        if (!o)
            return rt_err_no_memory();
        o->refcnt = rt_objspace.initial_refcnt;
        o->type = t;
        return o;
    }
    if (RT_LIKELY(rt_type_is_gc(t))) {   /* the pointer-free objects went above */
        rt_gchead *g = rt_objspace.calloc(1, sizeof(rt_gchead) + size);
        if (!g)
            return rt_err_no_memory();
        rt_object *o = rt_from_gc(g);
        o->refcnt = rt_objspace.initial_refcnt;
        o->type = t;
        if (t->flags & RT_TPFLAGS_HEAPTYPE) {
            RT_INCREF(t);
            if (t->finalize && rt_objspace.finalizable)
                rt_objspace.finalizable(o);
        }
        rt_gc_note_alloc();
        return o;
    }
    rt_object *o = rt_objspace.calloc(1, size);
    if (!o)
        return rt_err_no_memory();
    o->refcnt = rt_objspace.initial_refcnt;
    o->type = t;
    if (t->flags & RT_TPFLAGS_HEAPTYPE) {
        RT_INCREF(t);
        if (t->finalize && rt_objspace.finalizable)
            rt_objspace.finalizable(o);
    }
    return o;
}

rt_object *rt_object_new(rt_type *t)
{
    return alloc_object(t, (size_t)t->basicsize, false);
}

/* The size of an object of t with nitems items; false if it cannot be one. */
static inline bool var_size(rt_type *t, intptr_t nitems, size_t *size)
{
    /* A multiplication checked for overflow, not a division: every str,
     * bytes and tuple made passes here. */
    size_t items;
    if (nitems < 0 || __builtin_mul_overflow((size_t)nitems, (size_t)t->itemsize, &items)
        || items > SIZE_MAX / 2 - (size_t)t->basicsize)
        return false;
    *size = (size_t)t->basicsize + items;
    return true;
}

static inline rt_object *alloc_var(rt_type *t, intptr_t nitems, bool pointer_free)
{
    size_t size;
    if (!var_size(t, nitems, &size))
        return rt_err_no_memory();
    rt_object *o = alloc_object(t, size, pointer_free);
    if (o)
        RT_SIZE(o) = nitems;
    return o;
}

rt_object *rt_object_new_var(rt_type *t, intptr_t nitems) { return alloc_var(t, nitems, false); }

rt_object *rt_object_new_pointer_free(rt_type *t)
{
    return alloc_object(t, (size_t)t->basicsize, true);
}

rt_object *rt_object_new_var_pointer_free(rt_type *t, intptr_t nitems)
{
    return alloc_var(t, nitems, true);
}

/* Zeroing the items of a large str (a 32 KiB payload) cost as many
 * instructions as writing them, and zeroing ints and floats a few percent
 * of numeric programs.  Only the head is written: the caller sets every
 * other field. */
static inline rt_object *alloc_unzeroed(rt_type *t, size_t size)
{
    rt_tel_note_alloc(t, size);
    rt_object *o = rt_objspace.malloc_atomic(size);
    if (!o)
        return rt_err_no_memory();
    o->refcnt = rt_objspace.initial_refcnt;
    o->type = t;
    return o;
}

rt_object *rt_object_new_pointer_free_unzeroed(rt_type *t)
{
    return alloc_unzeroed(t, (size_t)t->basicsize);
}

rt_object *rt_object_new_var_pointer_free_unzeroed(rt_type *t, intptr_t nitems)
{
    size_t size;
    if (!var_size(t, nitems, &size))
        return rt_err_no_memory();
    rt_object *o = alloc_unzeroed(t, size);
    if (o)
        RT_SIZE(o) = nitems;
    return o;
}

rt_object *rt_object_new_sized(rt_type *t, size_t size)
{
    return alloc_object(t, size, false);
}

rt_object *rt_object_new_sized_pointer_free(rt_type *t, size_t size)
{
    return alloc_object(t, size, true);
}

rt_object *rt_object_new_sized_pointer_free_unzeroed(rt_type *t, size_t size)
{
    return alloc_unzeroed(t, size);
}

/* Every instance of a heap type owns a reference to it (taken by
 * alloc_object).  It is dropped here, after the memory is released, so that
 * a dealloc can use o->type up to its last line and a class dies no
 * earlier than its last instance. */
__attribute__((noinline)) static void release_instance(rt_type *t, void *block)
{
    rt_objspace.release(block);
    RT_DECREF(t);
}

void rt_object_free(rt_object *o)
{
    rt_type *t = o->type;
    void *block = o;
    if (rt_type_is_gc(t)) {
        rt_gc_note_free();
        block = rt_as_gc(o);
    }
    /* Both are tail calls, so an object of a static type (int, str,
     * tuple...) is released without a frame or a saved register. */
    if (t->flags & RT_TPFLAGS_HEAPTYPE)
        release_instance(t, block);
    else
        rt_objspace.release(block);
}

void rt_freelists_clear(void)
{
    rt_tuple_freelist_clear();
    rt_list_freelist_clear();
    rt_dict_freelist_clear();
    rt_float_freelist_clear();
}

void *rt_object_block(rt_object *o)
{
    return rt_type_is_gc(o->type) ? (void *)rt_as_gc(o) : (void *)o;
}

/* Objects the runtime makes on first use and keeps to the end, as
 * CPython's thread state and argument parsers keep theirs. */
static rt_object *kept[8];
static int nkept;

rt_object *rt_keep(rt_object *o)
{
    if (o) {
        if (nkept == (int)(sizeof kept / sizeof *kept))
            abort();   /* a new user of rt_keep: make the table larger */
        kept[nkept++] = o;
    }
    return o;
}

int rt_visit_roots(rt_visitproc visit, void *arg)
{
    for (int i = 0; i < nkept; i++)
        RT_VISIT(kept[i]);
    int r = rt_clinic_visit(visit, arg);
    if (!r)
        r = rt_str_visit_roots(visit, arg);
    if (!r)
        r = rt_bytes_visit_roots(visit, arg);
    if (!r)
        r = rt_static_types_visit(visit, arg);
    return r ? r : rt_err_visit_roots(visit, arg);
}

/* A deallocation that ran out of telemetry credit outside watch mode
 * (the clock trap of an open chain, or a quiet credit exhausted). */
__attribute__((noinline)) static void dealloc_trapped(rt_object *o)
{
    rt_tel_dealloc_trap();   /* never opens a cascade */
    o->type->dealloc(o);
}

/* One decrement and one branch for telemetry, on or off: a chain's inner
 * deallocations never call in.  With recording on, the outermost one of a
 * chain is bracketed here, inline (no call more per bracket), so that a
 * cascade (one decref freeing a whole structure) can be recorded as
 * refcounting's own pause.  Most outermost ones free objects without
 * references (ints, strs, floats), whose dealloc is rt_object_free (or
 * rt_str_dealloc, whose one extra test frees nothing more): a
 * chain of one, that needs no bracket; rt_tel.watch_leaf is that function
 * in watch mode only, so one compare lets them through. */
void rt_dealloc(rt_object *o)
{
    rt_destructor d = o->type->dealloc;
    /* str's dealloc is a leaf too (a mortal interned str's removal from
     * the intern table frees nothing): watch_leaf is set in watch mode */
    if (RT_UNLIKELY(rt_tel_dealloc_due()) && d != rt_tel.watch_leaf
        && (d != rt_str_dealloc || !rt_tel.watch_leaf)) {
        if (RT_LIKELY(rt_tel_dealloc_watching())) {
            rt_tel_cascade_open();   /* true in watch mode */
            d(o);
            rt_tel_cascade_close();
        } else {
            dealloc_trapped(o);
        }
        return;
    }
    d(o);
}

/* ---- trashcan ---------------------------------------------------------- */

/* Deferred objects are chained through gc_next (NULL-terminated).  Their
 * destructor is remembered as an index into a small table stored in the
 * upper bits of gc_prev, so that the FINALIZED flag bits stay intact and no
 * function pointer needs spare low bits. */
#define TC_MAX_DESTRUCTORS 128   /* distinct container deallocs; a few dozen types exist */
RT_NOSCAN static rt_destructor tc_destructors[TC_MAX_DESTRUCTORS];
static int tc_ndestructors;
struct rt_trashcan_state rt_trashcan;

static int tc_destructor_index(rt_destructor d)
{
    for (int i = 0; i < tc_ndestructors; i++)
        if (tc_destructors[i] == d)
            return i;
    if (tc_ndestructors == TC_MAX_DESTRUCTORS)
        return -1;
    tc_destructors[tc_ndestructors] = d;
    return tc_ndestructors++;
}

int rt_trashcan_defer(rt_object *op, rt_destructor dealloc)
{
    if (!rt_is_gc(op))
        return 0;
    int idx = tc_destructor_index(dealloc);
    if (idx < 0)
        return 0;
    rt_gchead *g = rt_as_gc(op);
    g->gc_next = (uintptr_t)rt_trashcan.deferred;
    g->gc_prev = ((uintptr_t)idx << RT_GC_FLAG_BITS) | (g->gc_prev & RT_GC_FLAG_MASK);
    rt_trashcan.deferred = g;
    return 1;
}

void rt_trashcan_drain(void)
{
    /* The outermost dealloc is unwinding: destroy the deferred objects one
     * at a time from this flat loop.  Each may defer more; the flag keeps
     * their own rt_trashcan_end from draining recursively. */
    rt_trashcan.draining = true;
    while (rt_trashcan.deferred) {
        rt_gchead *g = rt_trashcan.deferred;
        rt_trashcan.deferred = (rt_gchead *)g->gc_next;
        rt_destructor d = tc_destructors[g->gc_prev >> RT_GC_FLAG_BITS];
        g->gc_next = 0;
        g->gc_prev &= RT_GC_FLAG_MASK;
        d(rt_from_gc(g));
    }
    rt_trashcan.draining = false;
}

/* ---- small helpers ----------------------------------------------------- */

const char *rt_type_name(rt_object *o) { return o->type->name; }

const char *rt_richcompare_opstr(int op)
{
    static const char *const s[] = { "<", "<=", "==", "!=", ">", ">=" };
    return op >= 0 && op <= 5 ? s[op] : "?";
}

intptr_t rt_hash_pointer(const void *p)
{
    /* Rotate by 4: the low bits of an aligned address carry no entropy. */
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
    intptr_t h = (intptr_t)y;
    return h == -1 ? -2 : h;
}

/* ---- repr / str / hash ------------------------------------------------- */

/* repr, str and rich comparison recurse through containers: each level
 * counts against the recursion limit, with CPython's messages. */
/* PyObject_Repr/PyObject_Str: a class's __repr__ or __str__ may return
 * anything; the caller of repr()/str() gets a str or this TypeError.  The
 * slot name is the one the caller asked for (str() of an object whose
 * __repr__ returns an int says __str__, as CPython's object_str). */
static rt_object *check_text_result(rt_object *r, const char *slot)
{
    if (r && !rt_str_check(r)) {
        rt_err_format(&rt_exc_TypeError, "%s returned non-string (type %s)", slot, rt_type_name(r));
        rt_decref(r);
        return NULL;
    }
    return r;
}

rt_object *rt_repr(rt_object *o)
{
    if (!o->type->repr)
        return rt_str_from_format("<%s object at %p>", o->type->name, (void *)o);
    if (rt_enter_recursive(" while getting the repr of an object") < 0)
        return NULL;
    rt_object *r = o->type->repr(o);
    rt_leave_recursive();
    return check_text_result(r, "__repr__");
}

rt_object *rt_ascii(rt_object *o)
{
    rt_object *r = rt_repr(o);
    if (!r || ((rt_strobject *)r)->ascii)
        return r;
    /* Escape every non-ASCII code point of the repr as \xNN, \uNNNN or
     * \UNNNNNNNN, the shortest that holds it (CPython's ascii()). */
    const unsigned char *p = (const unsigned char *)rt_str_data(r);
    intptr_t n = rt_str_size(r);
    char *buf = rt_raw_malloc((size_t)n * 10 + 1);   /* a 1-byte unit never grows past 10 */
    if (!buf) {
        rt_decref(r);
        return rt_err_no_memory();
    }
    intptr_t k = 0;
    for (intptr_t i = 0; i < n;) {
        unsigned c = p[i];
        int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + len > n)
            len = 1;
        unsigned long cp = len == 1 ? c : c & (0x7Fu >> len);
        for (int j = 1; j < len; j++)
            cp = (cp << 6) | (p[i + j] & 0x3F);
        i += len;
        if (cp < 0x80)
            buf[k++] = (char)cp;
        else if (cp < 0x100)
            k += sprintf(buf + k, "\\x%02lx", cp);
        else if (cp < 0x10000)
            k += sprintf(buf + k, "\\u%04lx", cp);
        else
            k += sprintf(buf + k, "\\U%08lx", cp);
    }
    rt_decref(r);
    rt_object *a = rt_str_from_bytes(buf, k);
    rt_raw_free(buf);
    return a;
}

rt_object *rt_str(rt_object *o)
{
    if (rt_str_check_exact(o))
        return rt_newref(o);
    /* No str slot: object_str, which calls the repr slot itself */
    rt_unaryfunc f = o->type->str ? o->type->str : o->type->repr;
    if (!f)
        return rt_repr(o);
    if (rt_enter_recursive(" while getting the str of an object") < 0)
        return NULL;
    rt_object *r = f(o);
    rt_leave_recursive();
    return check_text_result(r, "__str__");
}

intptr_t rt_hash_not_implemented(rt_object *o)
{
    rt_err_format(&rt_exc_TypeError, "unhashable type: '%s'", o->type->name);
    return -1;
}

intptr_t rt_hash(rt_object *o)
{
    if (o->type->hash)
        return o->type->hash(o);
    return rt_hash_pointer(o);
}

/* ---- rich comparison --------------------------------------------------- */

static const int reflected_op[] = { RT_GT, RT_GE, RT_EQ, RT_NE, RT_LT, RT_LE };

static rt_object *richcompare(rt_object *a, rt_object *b, int op)
{
    rt_richcmpfunc fa = a->type->richcompare, fb = b->type->richcompare;
    bool checked_reverse = false;
    rt_object *r;
    if (a->type != b->type && rt_type_is_subtype(b->type, a->type) && fb) {
        checked_reverse = true;
        r = fb(b, a, reflected_op[op]);
        if (r != RT_NOTIMPLEMENTED)
            return r;
        RT_DECREF(r);
    }
    if (fa) {
        r = fa(a, b, op);
        if (r != RT_NOTIMPLEMENTED)
            return r;
        RT_DECREF(r);
    }
    if (!checked_reverse && fb) {
        r = fb(b, a, reflected_op[op]);
        if (r != RT_NOTIMPLEMENTED)
            return r;
        RT_DECREF(r);
    }
    if (op == RT_EQ)
        return rt_bool_from(a == b);
    if (op == RT_NE)
        return rt_bool_from(a != b);
    return rt_err_format(&rt_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                         rt_richcompare_opstr(op), a->type->name, b->type->name);
}

rt_object *rt_richcompare(rt_object *a, rt_object *b, int op)
{
    if (rt_enter_recursive(" in comparison") < 0)
        return NULL;
    rt_object *r = richcompare(a, b, op);
    rt_leave_recursive();
    return r;
}

/* The outcome of a three-way comparison c (<0, 0, >0) under op. */
static inline int cmp_outcome(int c, int op) { return rt_compare_i64(op, c, 0); }

/* Three-way comparison of two exact small ints, strs or floats of one
 * type, which runs no other code: 2 when x and y are not such a pair,
 * 3 when they are unordered (a NaN). */
static inline int simple_cmp3(rt_object *x, rt_object *y)
{
    rt_type *t = x->type;
    if (t != y->type)
        return 2;
    if (t == &rt_int_type && rt_int_is_small(x) && rt_int_is_small(y)) {
        int64_t u = RT_INT_VALUE(x), v = RT_INT_VALUE(y);
        return (u > v) - (u < v);
    }
    if (t == &rt_str_type)
        return rt_str_compare(x, y);
    if (t == &rt_float_type) {
        double u = RT_FLOAT_VALUE(x), v = RT_FLOAT_VALUE(y);
        return u < v ? -1 : u > v ? 1 : u == v ? 0 : 3;
    }
    return 2;
}

/* Two exact tuples whose items up to the first unequal pair are simple
 * (simple_cmp3): decided here as tuple comparison decides, the first
 * unequal pair (or the lengths) giving the outcome; -2 for any other
 * pair, which goes through the whole protocol (user code, recursion). */
static int tuple_cmp_simple(rt_object *a, rt_object *b, int op)
{
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b);
    rt_object **x = RT_TUPLE_ITEMS(a), **y = RT_TUPLE_ITEMS(b);
    for (intptr_t i = 0; i < na && i < nb; i++) {
        if (x[i] == y[i])
            continue;   /* identical items are equal, as in CPython */
        int c = simple_cmp3(x[i], y[i]);
        if (c == 2)
            return -2;
        if (c == 3)   /* a NaN: unequal, and every order comparison false */
            return op == RT_NE;
        if (c)
            return cmp_outcome(c, op);
    }
    return cmp_outcome((na > nb) - (na < nb), op);
}

/* Equality of two exact small ints, strs or floats of one type: 1 or 0;
 * 2 when x and y are not such a pair.  A str pair is told apart by
 * length and cached hash before any byte, which a three-way compare
 * cannot do. */
static inline int simple_eq(rt_object *x, rt_object *y)
{
    rt_type *t = x->type;
    if (t != y->type)
        return 2;
    if (t == &rt_str_type)
        return rt_str_eq(x, y);
    if (t == &rt_int_type && rt_int_is_small(x) && rt_int_is_small(y))
        return RT_INT_VALUE(x) == RT_INT_VALUE(y);
    if (t == &rt_float_type)
        return RT_FLOAT_VALUE(x) == RT_FLOAT_VALUE(y);
    return 2;
}

/* == of two exact tuples whose items up to the first unequal pair are
 * simple: 1 or 0 (a dict or set probing tuple keys); -2 for any other
 * pair, which goes through the whole protocol. */
static int tuple_eq_simple(rt_object *a, rt_object *b)
{
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b);
    rt_object **x = RT_TUPLE_ITEMS(a), **y = RT_TUPLE_ITEMS(b);
    for (intptr_t i = 0; i < na && i < nb; i++) {
        if (x[i] == y[i])
            continue;   /* identical items are equal, as in CPython */
        int c = simple_eq(x[i], y[i]);
        if (c == 2)
            return -2;
        if (!c)
            return 0;
    }
    return na == nb;
}

/* Exact built-in types whose == with an object of another of them is
 * False through both types' NotImplemented and the identity default
 * (int and float are left out together: they compare by value). */
static inline bool distinct_builtin(rt_type *t)
{
    return t == &rt_str_type || t == &rt_tuple_type || t == &rt_int_type || t == &rt_float_type
           || t == &rt_none_type || t == &rt_list_type;
}

int rt_eq_fast(rt_object *a, rt_object *b)
{
    rt_type *ta = a->type, *tb = b->type;
    if (ta == tb)
        return ta == &rt_tuple_type ? tuple_eq_simple(a, b) : -2;
    if ((ta == &rt_str_type || ta == &rt_tuple_type || tb == &rt_str_type || tb == &rt_tuple_type)
        && distinct_builtin(ta) && distinct_builtin(tb))
        return 0;
    return -2;
}

int rt_richcompare_bool(rt_object *a, rt_object *b, int op)
{
    if (a == b) {
        if (op == RT_EQ)
            return 1;
        if (op == RT_NE)
            return 0;
    }
    /* Two exact small ints, floats or strs compare without running any
     * other code, so the slot call, the bool result and the recursion
     * count are left out (as CPython's specialised COMPARE_OP does). */
    rt_type *ta = a->type;
    if (ta == b->type) {
        if (ta == &rt_int_type && rt_int_is_small(a) && rt_int_is_small(b)) {
            int64_t x = RT_INT_VALUE(a), y = RT_INT_VALUE(b);
            return cmp_outcome((x > y) - (x < y), op);
        }
        if (ta == &rt_str_type) {
            if (op == RT_EQ || op == RT_NE)
                return rt_str_eq(a, b) == (op == RT_EQ);
            return cmp_outcome(rt_str_compare(a, b), op);
        }
        if (ta == &rt_float_type) {
            return rt_compare_doubles(op, RT_FLOAT_VALUE(a), RT_FLOAT_VALUE(b));
        }
        if (ta == &rt_tuple_type) {   /* heapq's entries, sort keys, (t, seq) pairs */
            bool eq = op == RT_EQ || op == RT_NE;
            int r = eq ? tuple_eq_simple(a, b) : tuple_cmp_simple(a, b, op);
            if (r != -2)
                return eq && op == RT_NE ? !r : r;
        }
    }
    rt_object *r = rt_richcompare(a, b, op);
    if (!r)
        return -1;
    int t = r == RT_TRUE ? 1 : r == RT_FALSE ? 0 : rt_is_true(r);
    RT_DECREF(r);
    return t;
}

/* ---- truth and length -------------------------------------------------- */

int rt_is_true(rt_object *o)
{
    if (o == RT_TRUE)
        return 1;
    if (o == RT_FALSE || o == RT_NONE)
        return 0;
    rt_type *t = o->type;
    if (t->as_number && t->as_number->bool_)
        return t->as_number->bool_(o);
    intptr_t n;
    if (t->as_mapping && t->as_mapping->length)
        n = t->as_mapping->length(o);
    else if (t->as_sequence && t->as_sequence->length)
        n = t->as_sequence->length(o);
    else
        return 1;
    return n < 0 ? -1 : n > 0;
}

intptr_t rt_length(rt_object *o)
{
    rt_type *t = o->type;
    if (t->as_sequence && t->as_sequence->length)
        return t->as_sequence->length(o);
    if (t->as_mapping && t->as_mapping->length)
        return t->as_mapping->length(o);
    rt_err_format(&rt_exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

/* ---- attributes -------------------------------------------------------- */

static rt_object *attribute_error(rt_object *o, rt_object *name)
{
    return rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute '%s'",
                         o->type->name, rt_str_data(name));
}

/* CPython's PyObject_GenericGetAttr: data descriptors on the type win over
 * the instance dict, which wins over other class attributes. */
rt_object *rt_generic_getattr(rt_object *o, rt_object *name)
{
    if (!rt_str_check(name))
        return rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", name->type->name);
    rt_object *descr = rt_type_lookup_cached(o->type, name);
    rt_descrgetfunc get = NULL;
    if (descr) {
        RT_INCREF(descr);
        get = descr->type->descr_get;
        if (get && descr->type->descr_set) {
            rt_object *r = get(descr, o, RT_OBJ(o->type));
            RT_DECREF(descr);
            return r;
        }
    }
    rt_object *v = rt_instattr_get(o, name);
    if (v) {
        RT_XDECREF(descr);
        return rt_newref(v);
    }
    if (rt_err_occurred()) {
        RT_XDECREF(descr);
        return NULL;
    }
    if (get) {
        rt_object *r = get(descr, o, RT_OBJ(o->type));
        RT_DECREF(descr);
        return r;
    }
    if (descr)
        return descr;   /* the reference taken above */
    return rt_err_no_attribute(o, name);
}

rt_object *rt_err_no_attribute(rt_object *o, rt_object *name)
{
    const char *owner = rt_unsupported_owner(o->type, name);
    if (owner)
        return rt_err_unsupported_attr(owner, rt_str_data(name));
    return attribute_error(o, name);
}

int rt_generic_setattr(rt_object *o, rt_object *name, rt_object *value)
{
    if (!rt_str_check(name)) {
        rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", name->type->name);
        return -1;
    }
    rt_object *descr = rt_type_lookup_cached(o->type, name);
    if (descr && descr->type->descr_set) {
        RT_INCREF(descr);
        int r = descr->type->descr_set(descr, o, value);
        RT_DECREF(descr);
        return r;
    }
    if (!rt_instattr_has(o)) {
        if (descr && value)
            rt_err_format(&rt_exc_AttributeError, "'%s' object attribute '%s' is read-only",
                          o->type->name, rt_str_data(name));
        else
            attribute_error(o, name);
        return -1;
    }
    if (value)
        return rt_instattr_set(o, name, value);
    int r = rt_instattr_del(o, name);
    if (r > 0)
        attribute_error(o, name);
    return r ? -1 : 0;
}

rt_object *rt_getattr(rt_object *o, rt_object *name)
{
    rt_object *r = o->type->getattro ? o->type->getattro(o, name) : rt_generic_getattr(o, name);
    if (!r)
        rt_err_attribute_context(o, name);
    return r;
}

rt_object *rt_getattr_str(rt_object *o, const char *name)
{
    rt_object *n = rt_str_intern_cstr(name);
    if (!n)
        return NULL;
    rt_object *r = rt_getattr(o, n);
    RT_DECREF(n);
    return r;
}

int rt_setattr(rt_object *o, rt_object *name, rt_object *value)
{
    if (RT_UNLIKELY(rt_str_check_exact(name) && !rt_str_is_interned(name))) {
        /* As CPython's PyObject_SetAttr: the name is interned first (the
         * str itself becomes the interned one when it is the first), so
         * that the attribute's key is the interned name. */
        rt_object *n = rt_str_intern(name);
        if (!n)
            return -1;
        int r = rt_setattr(o, n, value);
        rt_decref(n);
        return r;
    }
    if (o->type->setattro)
        return o->type->setattro(o, name, value);
    if (o->type->getattro && o->type->getattro != rt_generic_getattr) {
        rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute '%s'",
                      o->type->name, rt_str_check(name) ? rt_str_data(name) : "?");
        return -1;
    }
    return rt_generic_setattr(o, name, value);
}

int rt_delattr(rt_object *o, rt_object *name) { return rt_setattr(o, name, NULL); }

int rt_setattr_str(rt_object *o, const char *name, rt_object *value)
{
    rt_object *n = rt_str_intern_cstr(name);
    if (!n)
        return -1;
    int r = rt_setattr(o, n, value);
    RT_DECREF(n);
    return r;
}

/* True when the generic getattr would raise a plain AttributeError for
 * name: no class attribute, no instance attribute, nothing the subset
 * reports as unsupported. */
bool rt_attr_plainly_absent(rt_object *o, rt_object *name)
{
    rt_type *t = RT_TYPE(o);
    return t->getattro == rt_generic_getattr && !rt_type_lookup_cached(t, name) && !rt_instattr_get(o, name)
           && !rt_err_occurred() && !rt_unsupported_owner(t, name);
}

rt_object *rt_getattr_or_absent(rt_object *o, rt_object *name)
{
    if (rt_attr_plainly_absent(o, name))
        return NULL;
    rt_object *r = rt_getattr(o, name);
    if (!r && rt_err_matches(&rt_exc_AttributeError))
        rt_err_clear();
    return r;
}

int rt_hasattr(rt_object *o, rt_object *name)
{
    rt_object *v = rt_getattr(o, name);
    if (v) {
        RT_DECREF(v);
        return 1;
    }
    if (rt_err_matches(&rt_exc_AttributeError)) {
        rt_err_clear();
        return 0;
    }
    return -1;
}

/* ---- items ------------------------------------------------------------- */

rt_object *rt_number_index(rt_object *o)
{
    if (rt_int_check(o))
        return rt_newref(o);
    if (o->type->as_number && o->type->as_number->index) {
        rt_object *r = o->type->as_number->index(o);
        if (r && !rt_int_check(r)) {
            rt_err_format(&rt_exc_TypeError, "__index__ returned non-int (type %s)", r->type->name);
            RT_DECREF(r);
            return NULL;
        }
        return r;
    }
    return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
}

/* o.__index__() as a Py_ssize_t; overflow_message names the conversion
 * (CPython words it differently for an index and for an argument), with
 * %s for the type of o itself (not of what its __index__ returned), as
 * PyNumber_AsSsize_t's.
 *
 * -2**63 is a Py_ssize_t in CPython but a big int here (its int64 value
 * is the big-int marker RT_INT_BIG): it comes back as -INTPTR_MAX, one
 * more, so that a caller may add a length or negate it without
 * overflowing.  Every caller treats both alike (a width, count or
 * maxsplit below zero, an index below -len); one that takes a remainder
 * (deque.rotate) checks for -2**63 itself. */
static intptr_t index_as_ssize(rt_object *o, const char *overflow_message)
{
    rt_object *i = rt_number_index(o);
    if (!i)
        return -1;
    intptr_t v = (intptr_t)RT_INT_VALUE(i);
    if (v == RT_INT_BIG && rt_int_is_i64_min(i))
        v = -INTPTR_MAX;
    RT_DECREF(i);
    if (v == RT_INT_BIG) {
        rt_err_format(&rt_exc_OverflowError, overflow_message, o->type->name);
        return -1;
    }
    return v;
}

intptr_t rt_number_as_ssize(rt_object *o)
{
    return index_as_ssize(o, "cannot fit '%s' into an index-sized integer");
}

intptr_t rt_number_as_ssize_arg(rt_object *o)
{
    return index_as_ssize(o, "Python int too large to convert to C ssize_t");
}

int rt_number_as_ssize_clamped(rt_object *o, intptr_t *out)
{
    rt_object *i = rt_number_index(o);
    if (!i)
        return -1;
    intptr_t v = (intptr_t)RT_INT_VALUE(i);
    if (v == RT_INT_BIG)
        v = rt_int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
    RT_DECREF(i);
    *out = v;
    return 0;
}

int rt_number_as_cint(rt_object *o, int *out)
{
    rt_object *i = rt_number_index(o);
    if (!i)
        return -1;
    int64_t v = RT_INT_VALUE(i);
    RT_DECREF(i);
    if (v == RT_INT_BIG || v > INT32_MAX || v < INT32_MIN) {
        rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

intptr_t rt_subscript_as_ssize(rt_object *key)
{
    /* the common case first: an exact int of 64 bits (not -2**63, which
     * is stored big), its value as is, without the number protocol */
    if (rt_int_check_exact(key) && rt_int_is_small(key))
        return (intptr_t)RT_INT_VALUE(key);
    /* -2**63 fits a Py_ssize_t and is an index out of range there, but is
     * stored as a big int here (RT_INT_BIG, its value, marks the big
     * ones), which the conversions refuse so that no caller computes with
     * INT64_MIN; an index is only added a length and compared. */
    if (rt_int_check(key) && rt_int_is_i64_min(key))
        return INTPTR_MIN;
    intptr_t i = rt_number_as_ssize(key);
    if (i == -1 && rt_err_matches(&rt_exc_OverflowError)) {
        rt_err_clear();
        rt_err_format(&rt_exc_IndexError, "cannot fit '%s' into an index-sized integer", key->type->name);
    }
    return i;
}

static bool is_index(rt_object *o)
{
    return rt_int_check(o) || (o->type->as_number && o->type->as_number->index);
}

/* Sequence index: normalised for negative values, range left to the item
 * function (which raises its own IndexError message). */
static int seq_index(rt_object *o, rt_object *key, intptr_t *out)
{
    intptr_t i = rt_subscript_as_ssize(key);
    if (i == -1 && rt_err_occurred())
        return -1;
    if (i < 0 && o->type->as_sequence->length) {
        intptr_t n = o->type->as_sequence->length(o);
        if (n < 0)
            return -1;
        i += n;
    }
    *out = i;
    return 0;
}

rt_object *rt_getitem(rt_object *o, rt_object *key)
{
    rt_type *t = o->type;
    if (t->as_mapping && t->as_mapping->subscript)
        return t->as_mapping->subscript(o, key);
    if (t->as_sequence && t->as_sequence->item) {
        if (!is_index(key))
            return rt_err_format(&rt_exc_TypeError, "sequence index must be integer, not '%s'", key->type->name);
        intptr_t i;
        if (seq_index(o, key, &i) < 0)
            return NULL;
        return t->as_sequence->item(o, i);
    }
    if (rt_type_check(o)) {
        /* type[int], as CPython special-cases it (type itself has no
         * __class_getitem__, so that int[str] still fails) */
        if (o == RT_OBJ(&rt_type_type) && rt_class_getitem_hook)
            return rt_class_getitem_hook(o, key);
        /* C[key] of a class defining __class_getitem__ (a classmethod) */
        rt_object *name = rt_str_intern_cstr("__class_getitem__");
        rt_object *m = name ? rt_type_lookup((rt_type *)o, name) : NULL;
        RT_XDECREF(name);
        if (m) {
            rt_object *f = m->type->descr_get ? m->type->descr_get(m, NULL, o) : rt_newref(m);
            rt_object *r = f ? rt_call_vector(f, &key, 1) : NULL;
            RT_XDECREF(f);
            return r;
        }
        return rt_err_format(&rt_exc_TypeError, "type '%s' is not subscriptable", ((rt_type *)o)->name);
    }
    return rt_err_format(&rt_exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int rt_setitem(rt_object *o, rt_object *key, rt_object *value)
{
    rt_type *t = o->type;
    if (t->as_mapping && t->as_mapping->ass_subscript)
        return t->as_mapping->ass_subscript(o, key, value);
    rt_err_format(&rt_exc_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int rt_delitem(rt_object *o, rt_object *key)
{
    rt_type *t = o->type;
    if (t->as_mapping && t->as_mapping->ass_subscript)
        return t->as_mapping->ass_subscript(o, key, NULL);
    /* CPython words this differently for an index of a sequence and
     * anything else (a str key of a mappingproxy). */
    if ((t->as_sequence || t->as_mapping) && is_index(key))
        rt_err_format(&rt_exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    else
        rt_err_format(&rt_exc_TypeError, "'%s' object does not support item deletion", t->name);
    return -1;
}

int rt_contains(rt_object *container, rt_object *item)
{
    rt_type *t = container->type;
    if (t->as_sequence && t->as_sequence->contains)
        return t->as_sequence->contains(container, item);
    if (!t->iter) {
        rt_err_format(&rt_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    return rt_contains_by_iter(container, item);
}

int rt_contains_by_iter(rt_object *container, rt_object *item)
{
    rt_object *it = rt_get_iter(container);
    if (!it) {
        /* CPython's _PySequence_IterSearch rewords any TypeError (a class
         * that set __iter__ = None, an __iter__ returning a non-iterator) */
        if (rt_err_matches(&rt_exc_TypeError)) {
            rt_err_clear();
            rt_err_format(&rt_exc_TypeError, "argument of type '%s' is not iterable", container->type->name);
        }
        return -1;
    }
    rt_object *x;
    int found = 0;
    while ((x = rt_iter_next(it)) != NULL) {
        found = rt_richcompare_bool(x, item, RT_EQ);
        RT_DECREF(x);
        if (found != 0)
            break;
    }
    RT_DECREF(it);
    if (found == 0 && rt_err_occurred())
        return -1;
    return found;
}

/* ---- iteration ---------------------------------------------------------- */

rt_object *rt_get_iter(rt_object *o)
{
    if (!o->type->iter) {
        /* CPython's PySequence_Check: __getitem__ without __iter__ */
        if (o->type->as_mapping && o->type->as_mapping->subscript && !rt_dict_check(o))
            return rt_seqiter_new(o);
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not iterable", o->type->name);
    }
    rt_object *it = o->type->iter(o);
    if (it && !it->type->iternext) {
        rt_err_format(&rt_exc_TypeError, "iter() returned non-iterator of type '%s'", it->type->name);
        RT_DECREF(it);
        return NULL;
    }
    return it;
}

rt_object *rt_iter_self(rt_object *o) { return rt_newref(o); }

/* PyObject_LengthHint: len(o) (a TypeError from it ignored), else the
 * type's __length_hint__ (a TypeError or NotImplemented from it meaning
 * "no hint"), else dflt.  -1 with an error set on failure. */
intptr_t rt_length_hint(rt_object *o, intptr_t dflt)
{
    rt_type *t = o->type;
    if ((t->as_sequence && t->as_sequence->length) || (t->as_mapping && t->as_mapping->length)) {
        intptr_t n = rt_length(o);
        if (n >= 0)
            return n;
        if (!rt_err_matches(&rt_exc_TypeError))
            return -1;
        rt_err_clear();
    }
    /* a built-in iterator's own method (first in its table, as this
     * runtime's iterators put it), called without the lookup */
    rt_object *r;
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE) && t->methods && t->methods[0].name
        && t->methods[0].func && strcmp(t->methods[0].name, "__length_hint__") == 0) {
        r = t->methods[0].func(o, NULL, 0, NULL);
        goto got;
    }
    static rt_object *name;   /* interned, hence immortal */
    if (!name && !(name = rt_str_intern_cstr("__length_hint__")))
        return -1;
    rt_object *d = rt_type_lookup_cached(t, name);
    if (!d)
        return rt_err_occurred() ? -1 : dflt;
    r = rt_call_vector(d, &o, 1);
got:
    if (!r) {
        if (!rt_err_matches(&rt_exc_TypeError))
            return -1;
        rt_err_clear();
        return dflt;
    }
    if (r == RT_NOTIMPLEMENTED) {
        rt_decref(r);
        return dflt;
    }
    if (!rt_int_check(r)) {
        rt_err_format(&rt_exc_TypeError, "__length_hint__ must be an integer, not %s", rt_type_name(r));
        rt_decref(r);
        return -1;
    }
    intptr_t n = rt_number_as_ssize_arg(r);
    rt_decref(r);
    if (n == -1 && rt_err_occurred())
        return -1;
    if (n < 0) {
        rt_err_set_string(&rt_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* The body of the built-in iterators' __length_hint__ (METH_NOARGS in
 * CPython, so its messages): n items left, never negative. */
rt_object *rt_iter_length_hint_result(rt_object *self, intptr_t nargs, rt_object *kwnames, intptr_t n)
{
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.__length_hint__() takes no keyword arguments",
                             self->type->name);
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "%s.__length_hint__() takes no arguments (%ld given)",
                             self->type->name, (long)nargs);
    return rt_int_from_i64(n < 0 ? 0 : n);
}

rt_object *rt_iter_next(rt_object *iter)
{
    if (!iter->type->iternext)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not an iterator", iter->type->name);
    rt_object *v = iter->type->iternext(iter);
    /* a generator's return value travels in a StopIteration: exhaustion too */
    if (!v && rt_err_occurred() && rt_err_matches(&rt_exc_StopIteration))
        rt_err_clear();
    return v;
}

/* ---- calls -------------------------------------------------------------- */

/* A class's call (type_call, or its metaclass's): no vector call in
 * CPython 3.11, so one level of the recursion limit (rt_tpcall_enter). */
static inline bool class_tpcall(rt_object *callable)
{
    return rt_type_check(callable) && (((rt_type *)callable)->flags & RT_TPFLAGS_HEAPTYPE);
}

/* out of line: rt_call's other calls stay tail calls */
static __attribute__((noinline)) rt_object *class_call_counted(rt_callfunc call, rt_object *callable,
                                                               rt_object *args, rt_object *kwargs)
{
    if (rt_tpcall_enter() < 0)
        return NULL;
    rt_object *r = call(callable, args, kwargs);
    rt_tpcall_leave();
    return r;
}

rt_object *rt_call(rt_object *callable, rt_object *args, rt_object *kwargs)
{
    rt_callfunc call = callable->type->call;
    if (!call)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not callable", callable->type->name);
    if (__builtin_expect(class_tpcall(callable), 0))
        return class_call_counted(call, callable, args, kwargs);
    return call(callable, args, kwargs);
}

rt_type *rt_call_vector_type;
rt_object *(*rt_call_vector_fn)(rt_object *callable, rt_object *const *args, intptr_t nargs);

rt_object *rt_call_vector(rt_object *callable, rt_object *const *args, intptr_t nargs)
{
    if (callable->type == rt_call_vector_type)
        return rt_call_vector_fn(callable, args, nargs);
    if (callable->type == &rt_cfunction_type)
        return rt_cfunction_call_vector(callable, args, nargs);
    if (callable->type == &rt_type_type && ((rt_type *)callable)->vectorcall)
        return ((rt_type *)callable)->vectorcall((rt_type *)callable, args, nargs);
    if (callable->type->call_vector)
        return callable->type->call_vector(callable, args, nargs);
    if (!callable->type->call)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not callable", callable->type->name);
    rt_object *t = rt_tuple_from_array(args, nargs);
    if (!t)
        return NULL;
    rt_object *r = __builtin_expect(class_tpcall(callable), 0)
                       ? class_call_counted(callable->type->call, callable, t, NULL)
                       : callable->type->call(callable, t, NULL);
    RT_DECREF(t);
    return r;
}

/* o.name(*args).  When name is a built-in method found on o's type (and
 * not shadowed by o's __dict__), the method is called directly with o
 * prepended, without creating a bound method object (CPython's
 * LOAD_METHOD/CALL path). */
rt_object *rt_call_method(rt_object *o, const char *name, rt_object *const *args, intptr_t nargs)
{
    /* Fast path for up to 7 arguments: built-in methods rarely take more,
     * and the vector then fits on the stack. */
    if (o->type->getattro == rt_generic_getattr && nargs < 8) {
        rt_object *n = rt_str_intern_cstr(name);
        if (!n)
            return NULL;
        rt_object *d = rt_type_lookup_cached(o->type, n);
        bool shadowed = rt_instattr_get(o, n) != NULL;
        RT_DECREF(n);
        if (rt_err_occurred())
            return NULL;
        if (d && d->type == &rt_method_descr_type && !shadowed) {
            rt_object *vec[8];
            vec[0] = o;
            for (intptr_t i = 0; i < nargs; i++)
                vec[i + 1] = args[i];
            RT_INCREF(d);   /* the call may replace it in the type's dict */
            rt_object *r = rt_method_descr_call_vector(d, vec, nargs + 1);
            RT_DECREF(d);
            return r;
        }
    }
    rt_object *m = rt_getattr_str(o, name);
    if (!m)
        return NULL;
    rt_object *r = rt_call_vector(m, args, nargs);
    RT_DECREF(m);
    return r;
}

/* ---- subtypes ----------------------------------------------------------- */

bool rt_type_is_subtype(rt_type *a, rt_type *b)
{
    if (a->mro) {
        if (a == b)
            return true;
        for (intptr_t i = 0; i < RT_SIZE(a->mro); i++)
            if (RT_TUPLE_GET_ITEM(a->mro, i) == RT_OBJ(b))
                return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b)
            return true;
    return false;
}

bool rt_sequence_check(rt_object *o)
{
    if (rt_dict_check(o))
        return false;
    rt_type *t = RT_TYPE(o);
    if (t->as_sequence && t->as_sequence->item)
        return true;
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE))
        return false;
    rt_object *n = rt_str_intern_cstr("__getitem__");
    bool has = n && rt_type_lookup(t, n);
    RT_XDECREF(n);
    rt_err_clear();
    return has;
}

bool rt_isinstance_type(rt_object *o, rt_type *t)
{
    return o->type == t || rt_type_is_subtype(o->type, t);
}

/* ---- numbers ------------------------------------------------------------ */

static rt_binaryfunc nb_slot(rt_type *t, int op)
{
    rt_number_methods *nb = t->as_number;
    if (!nb)
        return NULL;
    switch (op) {
    case RT_NB_ADD: return nb->add;
    case RT_NB_SUB: return nb->subtract;
    case RT_NB_MUL: return nb->multiply;
    case RT_NB_MOD: return nb->remainder;
    case RT_NB_POW: return nb->power;
    case RT_NB_FLOORDIV: return nb->floor_divide;
    case RT_NB_TRUEDIV: return nb->true_divide;
    case RT_NB_LSHIFT: return nb->lshift;
    case RT_NB_RSHIFT: return nb->rshift;
    case RT_NB_AND: return nb->and_;
    case RT_NB_XOR: return nb->xor_;
    case RT_NB_OR: return nb->or_;
    case RT_NB_DIVMOD: return nb->divmod;
    }
    return NULL;
}

static const char *const nb_opstr[RT_NB_COUNT] = {
    "+", "-", "*", "%", "** or pow()", "//", "/", "<<", ">>", "&", "^", "|",
};

/* CPython's binary_op1: each slot gets (a, b) in source order and decides
 * itself whether it understands both operands. */
static rt_object *binop1(rt_object *a, rt_object *b, int op)
{
    rt_binaryfunc sa = nb_slot(a->type, op);
    rt_binaryfunc sb = a->type != b->type ? nb_slot(b->type, op) : NULL;
    if (sb == sa)
        sb = NULL;
    rt_object *r;
    if (sa) {
        if (sb && rt_type_is_subtype(b->type, a->type)) {
            r = sb(a, b);
            if (r != RT_NOTIMPLEMENTED)
                return r;
            RT_DECREF(r);
            sb = NULL;
        }
        r = sa(a, b);
        if (r != RT_NOTIMPLEMENTED)
            return r;
        RT_DECREF(r);
    }
    if (sb)
        return sb(a, b);
    return rt_newref(RT_NOTIMPLEMENTED);
}

static rt_object *seq_repeat(rt_object *seq, rt_object *n)
{
    if (!is_index(n))
        return rt_err_format(&rt_exc_TypeError, "can't multiply sequence by non-int of type '%s'", n->type->name);
    intptr_t count = rt_number_as_ssize(n);
    if (count == -1 && rt_err_occurred())
        return NULL;
    return seq->type->as_sequence->repeat(seq, count);
}

static const char *const nb_iopstr[RT_NB_COUNT] = {
    "+=", "-=", "*=", "%=", "**=", "//=", "/=", "<<=", ">>=", "&=", "^=", "|=",
};

/* The number slots, then sequence concatenation and repetition, then the
 * TypeError naming the operator as opstr spells it ("+" or "+="). */
static rt_object *binop_or_sequence(rt_object *a, rt_object *b, int op, const char *const *opstr)
{
    rt_object *r = binop1(a, b, op);
    if (r != RT_NOTIMPLEMENTED)
        return r;
    RT_DECREF(r);
    if (op == RT_NB_ADD && a->type->as_sequence && a->type->as_sequence->concat)
        return a->type->as_sequence->concat(a, b);
    if (op == RT_NB_MUL) {
        if (a->type->as_sequence && a->type->as_sequence->repeat)
            return seq_repeat(a, b);
        /* a *= b asks b only when a has no sequence methods at all
         * (CPython's PyNumber_InPlaceMultiply) */
        bool ask_b = opstr != nb_iopstr || !a->type->as_sequence;
        if (ask_b && b->type->as_sequence && b->type->as_sequence->repeat)
            return seq_repeat(b, a);
    }
    return rt_err_format(&rt_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         opstr[op], a->type->name, b->type->name);
}

rt_object *rt_number_binop(rt_object *a, rt_object *b, int op)
{
    return binop_or_sequence(a, b, op, nb_opstr);
}

/* divmod(a, b): the __divmod__/__rdivmod__ slots, as a binary operator's. */
rt_object *rt_number_divmod(rt_object *a, rt_object *b)
{
    rt_object *r = binop1(a, b, RT_NB_DIVMOD);
    if (r != RT_NOTIMPLEMENTED)
        return r;
    RT_DECREF(r);
    return rt_err_format(&rt_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         a->type->name, b->type->name);
}

/* a += b: a class's __iadd__ (looked up on the type, as CPython's
 * nb_inplace slots) before the binary operation; a list subclass without
 * one extends itself as list's sq_inplace_concat does. */
static const char *const nb_iname[RT_NB_COUNT] = {
    "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ifloordiv__", "__itruediv__",
    "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
};

rt_object *rt_number_inplace_binop(rt_object *a, rt_object *b, int op)
{
    rt_object *r;
    if (a->type->flags & (RT_TPFLAGS_HEAPTYPE | RT_TPFLAGS_INPLACE_METHODS)) {
        rt_object *n = rt_str_intern_cstr(nb_iname[op]);
        if (!n)
            return NULL;
        rt_object *m = rt_type_lookup_cached(a->type, n);
        RT_DECREF(n);
        if (m) {
            rt_descrgetfunc get = m->type->descr_get;
            rt_object *bound = get ? get(m, a, (rt_object *)a->type) : rt_newref(m);
            if (!bound)
                return NULL;
            r = rt_call_vector(bound, &b, 1);
            RT_DECREF(bound);
            if (r != RT_NOTIMPLEMENTED)
                return r;
            RT_DECREF(r);
        } else if (op == RT_NB_ADD && rt_type_is_subtype(a->type, &rt_list_type)) {
            return rt_list_extend(a, b) < 0 ? NULL : rt_newref(a);
        }
    }
    /* the in-place forms of the exact built-in types, which the eval
     * loop's BINARY_OP takes before calling here (operator.iadd and the
     * other callers from C need them too) */
    if (op == RT_NB_ADD && a->type == &rt_list_type)
        return rt_list_extend(a, b) < 0 ? NULL : rt_newref(a);
    if (op == RT_NB_ADD && a->type == &rt_bytearray_type)
        return rt_bytearray_iconcat(a, b) < 0 ? NULL : rt_newref(a);
    if (a->type == &rt_set_type) {
        r = rt_set_inplace(a, b, op);
        if (r != RT_NOTIMPLEMENTED)
            return r;
        RT_DECREF(r);
    }
    if (op == RT_NB_OR && rt_dict_check(a))   /* dict's nb_inplace_or: update */
        return rt_dict_update(a, b) < 0 ? NULL : rt_newref(a);
    if (op == RT_NB_MUL && (rt_list_check(a) || rt_bytearray_check(a))) {
        /* the number slots first (b's __rmul__), then sq_inplace_repeat */
        r = binop1(a, b, op);
        if (r != RT_NOTIMPLEMENTED)
            return r;
        RT_DECREF(r);
        if (!is_index(b))
            return rt_err_format(&rt_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 b->type->name);
        intptr_t count = rt_number_as_ssize(b);
        if (count == -1 && rt_err_occurred())
            return NULL;
        int rc = rt_list_check(a) ? rt_list_inplace_repeat(a, count) : rt_bytearray_irepeat(a, count);
        return rc < 0 ? NULL : rt_newref(a);
    }
    return binop_or_sequence(a, b, op, nb_iopstr);
}

static rt_object *unary(rt_object *o, size_t slot_offset, const char *what)
{
    rt_number_methods *nb = o->type->as_number;
    rt_unaryfunc f = nb ? *(rt_unaryfunc *)((char *)nb + slot_offset) : NULL;
    if (f)
        return f(o);
    return rt_err_format(&rt_exc_TypeError, "bad operand type for %s: '%s'", what, o->type->name);
}

rt_object *rt_number_negative(rt_object *o) { return unary(o, offsetof(rt_number_methods, negative), "unary -"); }
rt_object *rt_number_positive(rt_object *o) { return unary(o, offsetof(rt_number_methods, positive), "unary +"); }
rt_object *rt_number_invert(rt_object *o) { return unary(o, offsetof(rt_number_methods, invert), "unary ~"); }
rt_object *rt_number_absolute(rt_object *o) { return unary(o, offsetof(rt_number_methods, absolute), "abs()"); }

/* ---- start-up ----------------------------------------------------------- */

static bool initialised;

int rt_init(void)
{
    if (initialised)
        return 0;
    rt_stack_init();
    /* Order: str, tuple and dict first -- readying any type allocates
     * strs (names) and a dict, which needs only their static layout. */
    if (rt_str_init() < 0 || rt_tuple_init() < 0 || rt_dict_init() < 0
        || rt_type_init() < 0 || rt_none_init() < 0 || rt_int_init() < 0
        || rt_bool_init() < 0 || rt_float_init() < 0 || rt_list_init() < 0 || rt_range_init() < 0 || rt_slice_init() < 0
        || rt_set_init() < 0 || rt_complex_init() < 0 || rt_bytes_init() < 0
        || rt_error_init() < 0 || rt_weakref_init() < 0 || rt_typeattrs_init() < 0)
        return -1;
    initialised = true;
    return 0;
}

void rt_fini(void)
{
    /* Types and singletons are static and immortal; nothing to release
     * that the process exit would not, except a pending exception. */
    rt_err_clear();
    initialised = false;
}

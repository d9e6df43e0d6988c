/*
 * bytearray.c -- the bytearray type: a mutable byte buffer.
 *
 * The bytes live in one atomic block (no collector scans it) that grows and
 * shrinks by CPython 3.11's PyByteArray_Resize rule, and deleting a prefix
 * only advances the logical start, as CPython does: so sys.getsizeof
 * (56 + alloc) answers what CPython answers after the same operations.
 * The object itself is not a container (it can hold no object).
 *
 * Invariants (see bytes.h): buf[start + size] is a NUL whenever buf is
 * allocated; start + size + 1 <= alloc.
 */
#include <string.h>
#include "runtime/bytes_int.h"
#include "runtime/str.h"
#include "runtime/str_int.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/slice.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

#define BA(o) ((rt_bytearray *)(o))

/* ---- storage ------------------------------------------------------------ */

int rt_bytearray_resize(rt_object *o, intptr_t n)
{
    rt_bytearray *b = BA(o);
    size_t alloc = (size_t)b->alloc, offset = (size_t)b->start, size = (size_t)n;
    if (n == RT_SIZE(b))
        return 0;
    if (size + offset + 1 <= alloc) {
        if (size >= alloc / 2) {          /* a minor shrink: keep the block */
            RT_SIZE(b) = n;
            b->buf[b->start + n] = '\0';
            return 0;
        }
        alloc = size + 1;                 /* a major shrink: to the exact size */
    } else if (size <= alloc + alloc / 8) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);   /* moderate growth: over-allocate */
    } else {
        alloc = size + 1;                 /* a big jump: the exact size */
    }
    if ((intptr_t)alloc < 0)
        return rt_err_no_memory(), -1;
    char *nb;
    if (offset > 0) {
        if (!(nb = rt_mem_malloc_atomic(alloc)))
            return rt_err_no_memory(), -1;
        intptr_t keep = n < RT_SIZE(b) ? n : RT_SIZE(b);
        memcpy(nb, b->buf + offset, (size_t)keep);
        rt_mem_free(b->buf);
    } else if (b->buf) {
        if (!(nb = rt_mem_realloc(b->buf, alloc)))
            return rt_err_no_memory(), -1;
    } else if (!(nb = rt_mem_malloc_atomic(alloc))) {
        return rt_err_no_memory(), -1;
    }
    b->buf = nb;
    b->start = 0;
    b->alloc = (intptr_t)alloc;
    RT_SIZE(b) = n;
    nb[n] = '\0';
    return 0;
}

static rt_bytearray *bytearray_alloc(void)
{
    return (rt_bytearray *)rt_object_new(&rt_bytearray_type);
}

rt_object *rt_bytearray_from_data(const char *p, intptr_t n)
{
    rt_bytearray *b = bytearray_alloc();
    if (!b)
        return NULL;
    if (n > 0) {
        /* exactly n + 1, as PyByteArray_FromStringAndSize */
        if (!(b->buf = rt_mem_malloc_atomic((size_t)n + 1))) {
            RT_DECREF(b);
            return rt_err_no_memory();
        }
        b->alloc = n + 1;
        RT_SIZE(b) = n;
        if (p)
            memcpy(b->buf, p, (size_t)n);
        b->buf[n] = '\0';
    }
    return RT_OBJ(b);
}

static void bytearray_dealloc(rt_object *o)
{
    rt_mem_free(BA(o)->buf);
    rt_object_free(o);
}

/* Replace [lo, hi) by the n bytes at p (p may not point into o). */
static int set_range(rt_object *o, intptr_t lo, intptr_t hi, const char *p, intptr_t n)
{
    rt_bytearray *b = BA(o);
    intptr_t size = RT_SIZE(b), growth = n - (hi - lo);
    if (growth < 0) {
        if (lo == 0) {
            b->start -= growth;           /* drop a prefix by moving the start */
        } else {
            char *d = rt_bytearray_data(o);
            memmove(d + lo + n, d + hi, (size_t)(size - hi));
        }
        if (rt_bytearray_resize(o, size + growth) < 0)
            return -1;
    } else if (growth > 0) {
        if (rt_bytearray_resize(o, size + growth) < 0)
            return -1;
        char *d = rt_bytearray_data(o);
        memmove(d + lo + n, d + hi, (size_t)(RT_SIZE(b) - lo - n));
    }
    if (n)
        memcpy(rt_bytearray_data(o) + lo, p, (size_t)n);
    return 0;
}

/* The bytes a slice assignment's value stands for, as a new bytes. */
static rt_object *assigned_bytes(rt_object *v)
{
    if (rt_byteslike_check(v))
        return rt_bytes_from_data(rt_byteslike_data(v), RT_SIZE(v));
    if (rt_index_check(v) || rt_str_check(v))
        return rt_err_set_string(&rt_exc_TypeError,
                                 "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    bool from_iter;
    return rt_bytes_from_source("bytearray", v, NULL, NULL, &from_iter);
}

static int ass_slice(rt_object *o, rt_object *key, rt_object *v)
{
    intptr_t start, stop, step, count;
    if (rt_slice_indices(key, RT_SIZE(o), &start, &stop, &step, &count) < 0)
        return -1;
    rt_object *val = NULL;
    if (v && !(val = assigned_bytes(v)))
        return -1;
    const char *p = val ? rt_bytes_data(val) : NULL;
    intptr_t n = val ? RT_SIZE(val) : 0;
    int r = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        r = set_range(o, start, stop, p, n);
    } else if (!val) {
        /* extended deletion: close the gaps, then shrink */
        char *d = rt_bytearray_data(o);
        intptr_t size = RT_SIZE(o), w = 0;
        if (count > 0) {
            if (step < 0) {
                start += step * (count - 1);
                step = -step;
            }
            for (intptr_t i = 0, k = 0; i < size; i++) {
                if (k < count && i == start + k * step) {
                    k++;
                    continue;
                }
                d[w++] = d[i];
            }
            r = rt_bytearray_resize(o, w);
        }
    } else if (n != count) {
        rt_err_format(&rt_exc_ValueError, "attempt to assign bytes of size %ld to extended slice of size %ld",
                      (long)n, (long)count);
        r = -1;
    } else {
        char *d = rt_bytearray_data(o);
        for (intptr_t k = 0, i = start; k < count; k++, i += step)
            d[i] = p[k];
    }
    RT_XDECREF(val);
    return r;
}

static int bytearray_ass_subscript(rt_object *o, rt_object *key, rt_object *v)
{
    if (rt_slice_check(key))
        return ass_slice(o, key, v);
    if (!rt_index_check(key)) {
        rt_err_format(&rt_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      key->type->name);
        return -1;
    }
    intptr_t i = rt_subscript_as_ssize(key);   /* beyond 64 bits: IndexError */
    if (i == -1 && rt_err_occurred())
        return -1;
    if (i < 0)
        i += RT_SIZE(o);
    int c = 0;
    if (v && rt_byte_value(v, "byte must be in range(0, 256)", &c) < 0)
        return -1;
    if (i < 0 || i >= RT_SIZE(o)) {
        rt_err_set_string(&rt_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v)
        return set_range(o, i, i + 1, NULL, 0);
    rt_bytearray_data(o)[i] = (char)c;
    return 0;
}

int rt_bytearray_iconcat(rt_object *o, rt_object *other)
{
    if (!rt_byteslike_check(other)) {
        rt_err_format(&rt_exc_TypeError, "can't concat %s to %s", other->type->name, o->type->name);
        return -1;
    }
    intptr_t n = RT_SIZE(other), size = RT_SIZE(o);
    if (other == o) {
        if (rt_bytearray_resize(o, size + n) < 0)
            return -1;
        memcpy(rt_bytearray_data(o) + size, rt_bytearray_data(o), (size_t)n);
        return 0;
    }
    if (rt_bytearray_resize(o, size + n) < 0)
        return -1;
    memcpy(rt_bytearray_data(o) + size, rt_byteslike_data(other), (size_t)n);
    return 0;
}

/* ba *= n in place (CPython's bytearray_irepeat): n < 1 empties it. */
int rt_bytearray_irepeat(rt_object *o, intptr_t n)
{
    intptr_t size = RT_SIZE(o);
    if (n < 0)
        n = 0;
    if (n != 0 && size > INTPTR_MAX / n) {
        rt_err_no_memory();
        return -1;
    }
    if (rt_bytearray_resize(o, size * n) < 0)
        return -1;
    char *d = rt_bytearray_data(o);
    for (intptr_t i = 1; i < n; i++)
        memcpy(d + i * size, d, (size_t)size);
    return 0;
}

/* ---- methods ------------------------------------------------------------ */

#define MDEF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

static int no_kw(const char *name, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0) {
        rt_err_format(&rt_exc_TypeError, "bytearray.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int exact_args(const char *name, intptr_t nargs, intptr_t want, rt_object *kw)
{
    if (no_kw(name, kw) < 0)
        return -1;
    if (nargs != want) {
        if (want == 0)
            rt_err_format(&rt_exc_TypeError, "bytearray.%s() takes no arguments (%ld given)", name, (long)nargs);
        else
            rt_err_format(&rt_exc_TypeError, "bytearray.%s() takes exactly one argument (%ld given)", name,
                          (long)nargs);
        return -1;
    }
    return 0;
}

MDEF(ba_append)
{
    int c;
    if (exact_args("append", nargs, 1, kw) < 0 || rt_byte_value(args[0], "byte must be in range(0, 256)", &c) < 0)
        return NULL;
    intptr_t n = RT_SIZE(self);
    if (rt_bytearray_resize(self, n + 1) < 0)
        return NULL;
    rt_bytearray_data(self)[n] = (char)c;
    return rt_none_new();
}

MDEF(ba_extend)
{
    if (exact_args("extend", nargs, 1, kw) < 0)
        return NULL;
    rt_object *v = args[0];
    rt_object *val;
    if (rt_byteslike_check(v)) {
        val = rt_bytes_from_data(rt_byteslike_data(v), RT_SIZE(v));
    } else if (rt_str_check(v)) {
        /* 3.11 iterates a str like any iterable: its first character is
         * not an int (3.12 refuses a str by name) */
        if (rt_str_size(v))
            return rt_err_set_string(&rt_exc_TypeError, "'str' object cannot be interpreted as an integer");
        return rt_none_new();
    } else {
        rt_object *it = rt_get_iter(v);
        if (!it) {
            if (rt_err_matches(&rt_exc_TypeError))
                rt_err_format(&rt_exc_TypeError, "can't extend bytearray with %s", v->type->name);
            return NULL;
        }
        RT_DECREF(it);
        bool from_iter;
        val = rt_bytes_from_source("bytearray", v, NULL, NULL, &from_iter);
    }
    if (!val)
        return NULL;
    intptr_t n = RT_SIZE(self);
    int r = set_range(self, n, n, rt_bytes_data(val), RT_SIZE(val));
    RT_DECREF(val);
    return r < 0 ? NULL : rt_none_new();
}

MDEF(ba_pop)
{
    if (no_kw("pop", kw) < 0)
        return NULL;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "pop expected at most 1 argument, got %ld", (long)nargs);
    intptr_t n = RT_SIZE(self), i = nargs == 1 ? rt_number_as_ssize_arg(args[0]) : -1;
    if (i == -1 && rt_err_occurred())
        return NULL;
    if (n == 0)
        return rt_err_set_string(&rt_exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return rt_err_set_string(&rt_exc_IndexError, "pop index out of range");
    char *d = rt_bytearray_data(self);
    int c = (unsigned char)d[i];
    memmove(d + i, d + i + 1, (size_t)(n - i));
    if (rt_bytearray_resize(self, n - 1) < 0)
        return NULL;
    return rt_int_from_i64(c);
}

MDEF(ba_insert)
{
    if (no_kw("insert", kw) < 0)
        return NULL;
    if (nargs != 2)
        return rt_err_format(&rt_exc_TypeError, "insert expected 2 arguments, got %ld", (long)nargs);
    intptr_t n = RT_SIZE(self), i = rt_number_as_ssize_arg(args[0]);
    int c;
    if ((i == -1 && rt_err_occurred()) || rt_byte_value(args[1], "byte must be in range(0, 256)", &c) < 0)
        return NULL;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    if (rt_bytearray_resize(self, n + 1) < 0)
        return NULL;
    char *d = rt_bytearray_data(self);
    memmove(d + i + 1, d + i, (size_t)(n - i));
    d[i] = (char)c;
    return rt_none_new();
}

MDEF(ba_remove)
{
    int c;
    if (exact_args("remove", nargs, 1, kw) < 0 || rt_byte_value(args[0], "byte must be in range(0, 256)", &c) < 0)
        return NULL;
    char *d = rt_bytearray_data(self);
    intptr_t n = RT_SIZE(self);
    char *hit = memchr(d, c, (size_t)n);
    if (!hit)
        return rt_err_set_string(&rt_exc_ValueError, "value not found in bytearray");
    intptr_t i = hit - d;
    memmove(d + i, d + i + 1, (size_t)(n - i));
    if (rt_bytearray_resize(self, n - 1) < 0)
        return NULL;
    return rt_none_new();
}

MDEF(ba_clear)
{
    (void)args;
    if (exact_args("clear", nargs, 0, kw) < 0 || rt_bytearray_resize(self, 0) < 0)
        return NULL;
    return rt_none_new();
}

MDEF(ba_copy)
{
    (void)args;
    if (exact_args("copy", nargs, 0, kw) < 0)
        return NULL;
    return rt_bytearray_from_data(rt_bytearray_data(self), RT_SIZE(self));
}

MDEF(ba_reverse)
{
    (void)args;
    if (exact_args("reverse", nargs, 0, kw) < 0)
        return NULL;
    char *d = rt_bytearray_data(self);
    for (intptr_t i = 0, j = RT_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return rt_none_new();
}

RT_NOSCAN static rt_method_def bytearray_methods[] = {
    { "append", ba_append, RT_METH_FASTCALL, "append(item)" },
    { "extend", ba_extend, RT_METH_FASTCALL, "extend(iterable_of_ints)" },
    { "pop", ba_pop, RT_METH_FASTCALL, "pop(index=-1)" },
    { "insert", ba_insert, RT_METH_FASTCALL, "insert(index, item)" },
    { "remove", ba_remove, RT_METH_FASTCALL, "remove(value)" },
    { "clear", ba_clear, RT_METH_FASTCALL, "clear()" },
    { "copy", ba_copy, RT_METH_FASTCALL, "copy()" },
    { "reverse", ba_reverse, RT_METH_FASTCALL, "reverse()" },
    { NULL, NULL, 0, NULL },
};

/* ---- bytearray(x) ------------------------------------------------------------ */

/* Made empty and filled by __init__, as CPython's bytearray (whose
 * __new__ is object's): bytearray.__new__(bytearray, 3) is empty. */
static rt_object *bytearray_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    (void)args;
    (void)kwargs;
    return rt_bytearray_from_data(NULL, 0);
}

static int bytearray_init_slot(rt_object *self, rt_object *args, rt_object *kwargs)
{
    rt_object *src, *enc, *errors;
    bool from_iter;
    if (rt_bytes_parse_args("bytearray", args, kwargs, &src, &enc, &errors) < 0)
        return -1;
    rt_object *val = rt_bytes_from_source("bytearray", src, enc, errors, &from_iter);
    if (!val || rt_bytearray_resize(self, 0) < 0) {
        RT_XDECREF(val);
        return -1;
    }
    intptr_t n = RT_SIZE(val);
    int r = 0;
    if (from_iter) {
        /* an iterator's items are appended one by one, as CPython does */
        for (intptr_t i = 0; r == 0 && i < n; i++)
            if ((r = rt_bytearray_resize(self, i + 1)) == 0)
                rt_bytearray_data(self)[i] = rt_bytes_data(val)[i];
    } else if ((r = rt_bytearray_resize(self, n)) == 0 && n) {
        memcpy(rt_bytearray_data(self), rt_bytes_data(val), (size_t)n);
    }
    RT_DECREF(val);
    return r;
}

/* ---- the type ---------------------------------------------------------------- */

static intptr_t bytearray_length(rt_object *o) { return RT_SIZE(o); }

static rt_object *bytearray_item(rt_object *o, intptr_t i)
{
    if (i < 0 || i >= RT_SIZE(o))
        return rt_err_set_string(&rt_exc_IndexError, "bytearray index out of range");
    return rt_int_from_i64((unsigned char)rt_bytearray_data(o)[i]);
}

static rt_sequence_methods bytearray_as_sequence = {
    .length = bytearray_length,
    .concat = rt_byteslike_concat,
    .repeat = rt_byteslike_repeat,
    .item = bytearray_item,
    .contains = rt_byteslike_contains,
};
static rt_mapping_methods bytearray_as_mapping = {
    .length = bytearray_length,
    .subscript = rt_byteslike_subscript,
    .ass_subscript = bytearray_ass_subscript,
};

RT_NOSCAN_TYPE rt_type rt_bytearray_type = {
    .flags = RT_TPFLAGS_MATCH_SELF,
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "bytearray",
    .basicsize = sizeof(rt_bytearray),
    .dealloc = bytearray_dealloc,
    .repr = rt_bytes_repr_of,
    .str = rt_bytes_repr_of,
    .hash = rt_hash_not_implemented,
    .richcompare = rt_bytes_richcompare,
    .iter = rt_byteslike_iter,
    .as_number = &rt_bytes_as_number,
    .as_sequence = &bytearray_as_sequence,
    .as_mapping = &bytearray_as_mapping,
    .methods = bytearray_methods,
    .new_ = bytearray_new_slot,
    .init = bytearray_init_slot,
    .base = &rt_object_type,
};

int rt_bytearray_init(void)
{
    if (rt_type_ready(&rt_bytearray_type) < 0
        || rt_type_add_methods(&rt_bytearray_type, rt_bytes_common_methods) < 0
        || rt_type_add_methods(&rt_bytearray_type, rt_bytes_text_methods) < 0
        || rt_type_add_methods(&rt_bytearray_type, rt_bytearray_maketrans_method) < 0)
        return -1;
    return 0;
}

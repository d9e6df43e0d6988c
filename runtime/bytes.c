/*
 * bytes.c -- the bytes type: construction (literals, bytes(x)), hashing,
 * repr, comparison, the sequence protocol and the iterator, and what
 * bytearray shares with it (bytes-like access, repr body, comparison,
 * turning bytes(x) / bytearray(x) arguments into bytes).
 *
 * Invariants (see bytes.h): data is NUL-terminated; hash is -1 or the
 * cached value; every bytes of length 0 or 1 made by rt_bytes_from_data
 * is a cached immortal singleton (rt_bytes_new_uninit never hands one out:
 * its caller fills the block in).
 */
#include <string.h>
#include "runtime/bytes_int.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/str_int.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/slice.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

static rt_object *empty_bytes;
static rt_object *byte_cache[256];

/* ---- construction ------------------------------------------------------- */

rt_object *rt_bytes_new_uninit(intptr_t n)
{
    if (n > RT_BYTES_MAX_SIZE)
        return rt_err_set_string(&rt_exc_OverflowError, "byte string is too large");
    rt_bytesobject *b = (rt_bytesobject *)rt_object_new_var_pointer_free_unzeroed(&rt_bytes_type, n);
    if (!b)
        return NULL;
    RT_SIZE(b) = n;
    b->hash = -1;
    b->data[n] = '\0';
    return RT_OBJ(b);
}

/* The empty bytes and the one-byte bytes are made on first use (a program
 * that never uses bytes allocates none of them) and then live forever. */
static rt_object *singleton(rt_object **slot, const char *p, intptr_t n)
{
    if (!*slot) {
        rt_object *b = rt_bytes_new_uninit(n);
        if (!b)
            return NULL;
        if (n)
            rt_bytes_data(b)[0] = p[0];
        b->refcnt = RT_IMMORTAL_REFCNT;
        *slot = b;
    }
    return rt_newref(*slot);
}

rt_object *rt_bytes_from_data(const char *p, intptr_t n)
{
    if (n == 0)
        return singleton(&empty_bytes, p, 0);
    if (n == 1)
        return singleton(&byte_cache[(unsigned char)p[0]], p, 1);
    rt_object *b = rt_bytes_new_uninit(n);
    if (b)
        memcpy(rt_bytes_data(b), p, (size_t)n);
    return b;
}

rt_object *rt_byteslike_new_like(rt_object *like, const char *p, intptr_t n)
{
    return rt_bytearray_check(like) ? rt_bytearray_from_data(p, n) : rt_bytes_from_data(p, n);
}

int rt_byteslike_get(rt_object *o, const char **p, intptr_t *n)
{
    if (!rt_byteslike_check(o)) {
        rt_err_format(&rt_exc_TypeError, "a bytes-like object is required, not '%s'", o->type->name);
        return -1;
    }
    *p = rt_byteslike_data(o);
    *n = RT_SIZE(o);
    return 0;
}

/* ---- hash, repr, comparison ---------------------------------------------- */

intptr_t rt_bytes_hash(rt_object *o)
{
    /* the hash a str of the same (ASCII) characters has, as in CPython */
    rt_bytesobject *b = (rt_bytesobject *)o;
    if (b->hash == -1)
        b->hash = rt_str_hash_bytes(b->data, RT_SIZE(b));
    return b->hash;
}

/* b'...': single quotes unless the bytes hold ' and no ", as CPython;
 * a bytearray's repr escapes ' even between double quotes, as CPython's. */
static int repr_body(rt_str_builder *sb, const char *d, intptr_t n, bool bytearray)
{
    bool sq = false, dq = false;
    for (intptr_t i = 0; i < n; i++) {
        sq |= d[i] == '\'';
        dq |= d[i] == '"';
    }
    char q = sq && !dq ? '"' : '\'';
    rt_str_builder_append_char(sb, 'b');
    rt_str_builder_append_char(sb, q);
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == (unsigned char)q || c == '\\' || (bytearray && c == '\'')) {
            rt_str_builder_append_char(sb, '\\');
            rt_str_builder_append_char(sb, (char)c);
        } else if (c == '\t') {
            rt_str_builder_append_cstr(sb, "\\t");
        } else if (c == '\n') {
            rt_str_builder_append_cstr(sb, "\\n");
        } else if (c == '\r') {
            rt_str_builder_append_cstr(sb, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            rt_str_builder_appendf(sb, "\\x%02x", c);
        } else {
            rt_str_builder_append_char(sb, (char)c);
        }
    }
    return rt_str_builder_append_char(sb, q);
}

rt_object *rt_bytes_repr_of(rt_object *o)
{
    rt_str_builder sb;
    rt_str_builder_init(&sb);
    bool ba = rt_bytearray_check(o);
    if (ba)
        rt_str_builder_appendf(&sb, "%s(", o->type->name);
    repr_body(&sb, rt_byteslike_data(o), RT_SIZE(o), ba);
    if (ba)
        rt_str_builder_append_char(&sb, ')');
    return rt_str_builder_finish(&sb);
}

/* bytes and bytearray compare with each other by content. */
rt_object *rt_bytes_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_byteslike_check(a) || !rt_byteslike_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b);
    if ((op == RT_EQ || op == RT_NE) && na != nb)
        return rt_bool_from(op == RT_NE);
    int c = memcmp(rt_byteslike_data(a), rt_byteslike_data(b), (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    bool r;
    switch (op) {
    case RT_LT: r = c < 0; break;
    case RT_LE: r = c <= 0; break;
    case RT_EQ: r = c == 0; break;
    case RT_NE: r = c != 0; break;
    case RT_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return rt_bool_from(r);
}

/* ---- sequence protocol (shared with bytearray) ---------------------------- */

static intptr_t bytes_length(rt_object *o) { return RT_SIZE(o); }

rt_object *rt_byteslike_concat(rt_object *a, rt_object *b)
{
    if (!rt_byteslike_check(b))
        return rt_err_format(&rt_exc_TypeError, "can't concat %s to %s", b->type->name, a->type->name);
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b);
    if (rt_bytes_check_exact(a) && nb == 0)
        return rt_newref(a);
    if (rt_bytes_check(a) && na == 0 && rt_bytes_check_exact(b))
        return rt_newref(b);
    if (na > INTPTR_MAX - nb)
        return rt_err_no_memory();
    rt_object *r = rt_byteslike_new_like(a, NULL, 0);
    if (!r)
        return NULL;
    if (rt_bytes_check(a)) {
        RT_DECREF(r);
        if (!(r = rt_bytes_new_uninit(na + nb)))
            return NULL;
        memcpy(rt_bytes_data(r), rt_byteslike_data(a), (size_t)na);
        memcpy(rt_bytes_data(r) + na, rt_byteslike_data(b), (size_t)nb);
        return r;
    }
    if (rt_bytearray_resize(r, na + nb) < 0) {
        RT_DECREF(r);
        return NULL;
    }
    memcpy(rt_bytearray_data(r), rt_byteslike_data(a), (size_t)na);
    memcpy(rt_bytearray_data(r) + na, rt_byteslike_data(b), (size_t)nb);
    return r;
}

rt_object *rt_byteslike_repeat(rt_object *o, intptr_t count)
{
    intptr_t n = RT_SIZE(o);
    if (count < 0)
        count = 0;
    if (rt_bytes_check_exact(o) && count == 1)
        return rt_newref(o);
    if (n && count > INTPTR_MAX / n)   /* CPython: bytes overflow, bytearray has no memory */
        return rt_bytes_check(o) ? rt_err_set_string(&rt_exc_OverflowError, "repeated bytes are too long")
                                 : rt_err_no_memory();
    if (rt_bytes_check(o) && n * count > RT_BYTES_MAX_SIZE)
        return rt_err_no_memory();   /* CPython's malloc of the size fails first */
    rt_object *r;
    char *d;
    if (rt_bytes_check(o)) {
        if (n * count <= 1)
            return rt_bytes_from_data(rt_bytes_data(o), n * count);
        if (!(r = rt_bytes_new_uninit(n * count)))
            return NULL;
        d = rt_bytes_data(r);
    } else {
        if (!(r = rt_bytearray_from_data(NULL, 0)))
            return NULL;
        if (rt_bytearray_resize(r, n * count) < 0) {
            RT_DECREF(r);
            return NULL;
        }
        d = rt_bytearray_data(r);
    }
    const char *s = rt_byteslike_data(o);
    for (intptr_t i = 0; i < count; i++)
        memcpy(d + i * n, s, (size_t)n);
    return r;
}

/* An int in range(256) as a byte: 0 / -1 with CPython's errors. */
int rt_byte_value(rt_object *v, const char *range_msg, int *out)
{
    if (!rt_index_check(v)) {
        rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer", v->type->name);
        return -1;
    }
    intptr_t x;
    if (rt_index_as_ssize(v, &x) < 0) {
        if (!rt_err_matches(&rt_exc_IndexError) && !rt_err_matches(&rt_exc_OverflowError))
            return -1;
        rt_err_clear();
        x = -1;
    }
    if (x < 0 || x > 255) {
        rt_err_set_string(&rt_exc_ValueError, range_msg);
        return -1;
    }
    *out = (int)x;
    return 0;
}

int rt_byteslike_contains(rt_object *o, rt_object *v)
{
    const char *d = rt_byteslike_data(o);
    intptr_t n = RT_SIZE(o);
    if (rt_index_check(v)) {
        int c;
        if (rt_byte_value(v, "byte must be in range(0, 256)", &c) < 0)
            return -1;
        return memchr(d, c, (size_t)n) != NULL;
    }
    const char *s;
    intptr_t sn;
    if (rt_byteslike_get(v, &s, &sn) < 0)
        return -1;
    return rt_str_find_bytes(d, n, s, sn) != NULL;
}

static rt_object *bytes_item(rt_object *o, intptr_t i)
{
    if (i < 0 || i >= RT_SIZE(o))
        return rt_err_set_string(&rt_exc_IndexError,
                                 rt_bytes_check(o) ? "index out of range" : "bytearray index out of range");
    return rt_int_from_i64((unsigned char)rt_byteslike_data(o)[i]);
}

rt_object *rt_byteslike_subscript(rt_object *o, rt_object *key)
{
    intptr_t n = RT_SIZE(o);
    if (rt_int_check_exact(key) && rt_int_is_small(key)) {   /* data[i]: the common case */
        intptr_t i = (intptr_t)RT_INT_VALUE(key);
        return bytes_item(o, i < 0 ? i + n : i);
    }
    if (rt_slice_check(key)) {
        intptr_t start, stop, step, count;
        if (rt_slice_indices(key, n, &start, &stop, &step, &count) < 0)
            return NULL;
        const char *d = rt_byteslike_data(o);
        if (step == 1) {
            if (count == n && rt_bytes_check_exact(o))
                return rt_newref(o);
            return rt_byteslike_new_like(o, d + start, count > 0 ? count : 0);
        }
        if (count <= 0)
            return rt_byteslike_new_like(o, NULL, 0);
        char *tmp = rt_mem_malloc_atomic((size_t)count);
        if (!tmp)
            return rt_err_no_memory();
        for (intptr_t k = 0, i = start; k < count; k++, i += step)
            tmp[k] = d[i];
        rt_object *r = rt_byteslike_new_like(o, tmp, count);
        rt_mem_free(tmp);
        return r;
    }
    if (!rt_index_check(key))
        return rt_err_format(&rt_exc_TypeError, "%s indices must be integers or slices, not %s",
                             rt_bytes_check(o) ? "byte" : "bytearray", key->type->name);
    /* beyond 64 bits: IndexError, as PyNumber_AsSsize_t(key, IndexError) */
    intptr_t i = rt_subscript_as_ssize(key);
    if (i == -1 && rt_err_occurred())
        return NULL;
    if (i < 0)
        i += n;
    return bytes_item(o, i);
}

/* ---- the iterator (over bytes and bytearray) ------------------------------ */

typedef struct bytes_iter {
    RT_OBJECT_HEAD
    rt_object *seq;     /* NULL once exhausted */
    intptr_t pos;
} bytes_iter;

/* One layout, two types: CPython names a bytearray's iterator
 * bytearray_iterator, which a program sees through type(). */
rt_object *rt_byteslike_iter(rt_object *o)
{
    bytes_iter *it = (bytes_iter *)rt_object_new(rt_bytearray_check(o) ? &rt_bytearray_iterator_type
                                                                        : &rt_bytes_iterator_type);
    if (!it)
        return NULL;
    it->seq = rt_newref(o);
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *bytes_iter_next(rt_object *o)
{
    bytes_iter *it = (bytes_iter *)o;
    if (!it->seq)
        return NULL;
    if (it->pos >= RT_SIZE(it->seq)) {   /* a bytearray may have shrunk */
        RT_CLEAR(it->seq);
        return NULL;
    }
    return rt_int_from_i64((unsigned char)rt_byteslike_data(it->seq)[it->pos++]);
}

/* __length_hint__ (striter_len, bytearrayiter_length_hint): the bytes
 * left, 0 once exhausted or a bytearray cut below the position. */
static rt_object *bytes_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    bytes_iter *it = (bytes_iter *)o;
    return rt_iter_length_hint_result(o, nargs, kw, it->seq ? RT_SIZE(it->seq) - it->pos : 0);
}

RT_NOSCAN static rt_method_def bytes_iter_methods[] = {
    { "__length_hint__", bytes_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

/* A container although what it holds cannot refer back to it: CPython
 * 3.11 tracks bytes and bytearray iterators, so making one moves
 * gc.get_count(). */
static int bytes_iter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((bytes_iter *)o)->seq);
    return 0;
}

static void bytes_iter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    rt_xdecref(((bytes_iter *)o)->seq);
    rt_object_free(o);
}

/* ---- bytes(x) and bytearray(x) --------------------------------------------- */

/* The optional source, encoding and errors of bytes() / bytearray(). */
int rt_bytes_parse_args(const char *name, rt_object *args, rt_object *kwargs, rt_object **src,
                        rt_object **enc, rt_object **errors)
{
    rt_object *slot[3] = { NULL, NULL, NULL };
    static const char *const names[4] = { "source", "encoding", "errors", NULL };
    intptr_t n = args ? RT_SIZE(args) : 0;
    /* bytes.__new__ and bytearray.__init__ are Argument Clinic parsers of
     * their own in CPython 3.11: keywords or too many arguments build the
     * parser's keyword tuple first (one container, once per process) */
    if (rt_clinic_kwtuple(NULL, name, names, (kwargs && rt_dict_size(kwargs) > 0) || n > 3) < 0)
        return -1;
    if (n > 3) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most 3 arguments (%ld given)", name, (long)n);
        return -1;
    }
    for (intptr_t i = 0; i < n; i++)
        slot[i] = RT_TUPLE_GET_ITEM(args, i);
    if (kwargs) {
        intptr_t pos = 0;
        rt_object *k, *v;
        while (rt_dict_next(kwargs, &pos, &k, &v)) {
            int j = 0;
            while (j < 3 && !rt_str_eq_cstr(k, names[j]))
                j++;
            if (j == 3) {
                rt_err_format(&rt_exc_TypeError, "'%S' is an invalid keyword argument for %s()", k, name);
                return -1;
            }
            if (slot[j]) {
                rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                              name, names[j], j + 1);
                return -1;
            }
            slot[j] = v;
        }
    }
    for (int j = 1; j < 3; j++)
        if (slot[j] && !rt_str_check(slot[j])) {
            rt_err_format(&rt_exc_TypeError, "%s() argument '%s' must be str, not %s", name, names[j],
                          slot[j]->type->name);
            return -1;
        }
    *src = slot[0];
    *enc = slot[1];
    *errors = slot[2];
    return 0;
}

/* The bytes an argument of bytes()/bytearray() stands for, as a new bytes;
 * *from_iter says it came from a general iterable (bytearray grows by
 * appending then). */
rt_object *rt_bytes_from_source(const char *name, rt_object *src, rt_object *enc, rt_object *errors,
                                bool *from_iter)
{
    *from_iter = false;
    if (!src) {
        if (enc || errors) {
            rt_err_set_string(&rt_exc_TypeError,
                              enc ? "encoding without a string argument" : "errors without a string argument");
            return NULL;
        }
        return rt_bytes_from_data(NULL, 0);
    }
    if (rt_str_check(src)) {
        if (!enc) {
            rt_err_set_string(&rt_exc_TypeError, "string argument without an encoding");
            return NULL;
        }
        return rt_str_encode(src, enc, errors);
    }
    if (enc || errors) {
        rt_err_set_string(&rt_exc_TypeError,
                          enc ? "encoding without a string argument" : "errors without a string argument");
        return NULL;
    }
    if (rt_byteslike_check(src))
        return rt_bytes_from_data(rt_byteslike_data(src), RT_SIZE(src));
    if (rt_index_check(src)) {
        intptr_t n;
        if (rt_index_as_ssize(src, &n) < 0)
            return NULL;
        if (n < 0) {
            rt_err_set_string(&rt_exc_ValueError, "negative count");
            return NULL;
        }
        if (n > RT_BYTES_MAX_SIZE && strcmp(name, "bytes") != 0)
            return rt_err_no_memory();   /* a bytearray's buffer, not a bytes: no OverflowError */
        rt_object *r = rt_bytes_new_uninit(n);
        if (r)
            memset(rt_bytes_data(r), 0, (size_t)n);
        return r;
    }
    rt_object *it = rt_get_iter(src);
    if (!it) {
        if (rt_err_matches(&rt_exc_TypeError))
            rt_err_format(&rt_exc_TypeError, "cannot convert '%s' object to %s", src->type->name, name);
        return NULL;
    }
    *from_iter = !rt_list_check_exact(src) && !rt_tuple_check_exact(src);
    intptr_t n = 0, cap = 16;
    char *buf = rt_mem_malloc_atomic((size_t)cap);
    rt_object *x;
    while (buf && (x = rt_iter_next(it)) != NULL) {
        int c;
        /* CPython words the two constructors differently */
        int r = rt_byte_value(x, name[4] == 'a' ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)", &c);
        RT_DECREF(x);
        if (r < 0)
            break;
        if (n == cap) {
            char *nb = rt_mem_realloc(buf, (size_t)(cap *= 2));
            if (!nb) {
                rt_err_no_memory();
                break;
            }
            buf = nb;
        }
        buf[n++] = (char)c;
    }
    RT_DECREF(it);
    rt_object *r = NULL;
    if (!buf)
        rt_err_no_memory();
    else if (!rt_err_occurred())
        r = rt_bytes_from_data(buf, n);
    rt_mem_free(buf);
    return r;
}

/* An instance of the bytes subclass t with the bytes of b: the bytes
 * where bytes has them, the __dict__ slot after the NUL (aligned:
 * rt_tail_slot); tracked, as CPython's tp_alloc tracks it. */
static rt_object *bytes_subtype_new(rt_type *t, rt_object *b)
{
    intptr_t n = RT_SIZE(b), word = (intptr_t)sizeof(rt_object *);
    size_t size = (size_t)((t->basicsize + n + word - 1) & ~(word - 1));
    rt_bytesobject *o = (rt_bytesobject *)rt_object_new_sized(t, size);
    if (!o)
        return NULL;
    RT_SIZE(o) = n;
    o->hash = -1;
    memcpy(o->data, rt_bytes_data(b), (size_t)n + 1);
    rt_gc_track(RT_OBJ(o));
    return RT_OBJ(o);
}

static rt_object *bytes_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    rt_object *src, *enc, *errors;
    bool from_iter;
    if (rt_bytes_parse_args("bytes", args, kwargs, &src, &enc, &errors) < 0)
        return NULL;
    rt_object *r;
    if (src && rt_bytes_check_exact(src) && !enc && !errors)
        r = rt_newref(src);
    else
        r = rt_bytes_from_source("bytes", src, enc, errors, &from_iter);
    if (!r || t == &rt_bytes_type)
        return r;
    rt_object *o = bytes_subtype_new(t, r);   /* cls(...): the bytes first, as CPython's bytes_subtype_new */
    rt_decref(r);
    return o;
}

static rt_object *bytes_mod(rt_object *a, rt_object *b)
{
    if (!rt_byteslike_check(a))
        return rt_newref(RT_NOTIMPLEMENTED);
    return rt_bytes_format(a, b);
}

/* ---- types ------------------------------------------------------------------ */

static rt_sequence_methods bytes_as_sequence = {
    .length = bytes_length,
    .concat = rt_byteslike_concat,
    .repeat = rt_byteslike_repeat,
    .item = bytes_item,
    .contains = rt_byteslike_contains,
};
static rt_mapping_methods bytes_as_mapping = {
    .length = bytes_length,
    .subscript = rt_byteslike_subscript,
};
rt_number_methods rt_bytes_as_number = {
    .remainder = bytes_mod,
};

RT_NOSCAN_TYPE rt_type rt_bytes_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "bytes",
    /* CPython's PyBytesObject: the header, the hash and the NUL */
    .basicsize = (intptr_t)offsetof(rt_bytesobject, data) + 1,
    .itemsize = 1,
    .flags = RT_TPFLAGS_BASETYPE | RT_TPFLAGS_BYTES_SUBCLASS | RT_TPFLAGS_PLAIN_DEALLOC | RT_TPFLAGS_MATCH_SELF,
    .dealloc = rt_object_free,
    .repr = rt_bytes_repr_of,
    .str = rt_bytes_repr_of,
    .hash = rt_bytes_hash,
    .richcompare = rt_bytes_richcompare,
    .iter = rt_byteslike_iter,
    .as_number = &rt_bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .methods = rt_bytes_common_methods,
    .new_ = bytes_new_slot,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_bytes_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = bytes_iter_dealloc,
    .traverse = bytes_iter_traverse,
    .iter = rt_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_bytearray_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "bytearray_iterator",
    .basicsize = sizeof(bytes_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = bytes_iter_dealloc,
    .traverse = bytes_iter_traverse,
    .iter = rt_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
    .base = &rt_object_type,
};

int rt_bytes_init(void)
{
    if (rt_type_ready(&rt_bytes_type) < 0 || rt_type_ready(&rt_bytes_iterator_type) < 0
        || rt_type_ready(&rt_bytearray_iterator_type) < 0
        || rt_bytearray_init() < 0 || rt_type_add_methods(&rt_str_type, rt_bytes_str_methods) < 0
        || rt_type_add_methods(&rt_bytes_type, rt_bytes_text_methods) < 0
        || rt_type_add_methods(&rt_bytes_type, rt_bytes_maketrans_method) < 0)
        return -1;
    return 0;
}

/* The singletons made so far: roots for the tracing collectors. */
int rt_bytes_visit_roots(rt_visitproc visit, void *arg)
{
    RT_VISIT(empty_bytes);
    for (int i = 0; i < 256; i++)
        RT_VISIT(byte_cache[i]);
    return 0;
}

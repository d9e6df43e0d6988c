/*
 * str.c -- the str type: construction, interning, hashing, the sequence
 * protocol, the iterator and the core methods (join, split, strip, replace,
 * find, case changes).  repr and the string builder are in strbuild.c, the
 * other methods in strmethods.c.
 *
 * Invariants (see str.h): data is NUL-terminated; hash is -1 or the cached
 * value; the empty str is one object; a str of one latin-1 code point
 * (U+0000..U+00FF) is the cached singleton, because the constructors end
 * in str_finish, which swaps a fresh one for it -- except the results
 * CPython 3.11 builds with PyUnicode_New and does not swap (str(int),
 * case changes, replace, join of several parts, f-strings, slices with a
 * step): str_finish_fresh and rt_str_fresh leave those their own object.
 */
#define _GNU_SOURCE   /* memmem */
#include <string.h>
#include "runtime/str.h"
#include "runtime/unicase.h"
#include "runtime/unicode_ctype.h"
#include "runtime/str_int.h"
#include "runtime/gchead.h"
#include "runtime/bytes.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/slice.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/alloc.h"
#include "runtime/check.h"

static rt_object *empty_str;
static rt_object *char_cache[256];   /* by code point: latin-1 */
static rt_object *interned;   /* dict str -> same str; NULL before rt_str_init */

/* ---- UTF-8 helpers ------------------------------------------------------ */


/* Byte offset of code point cp (0 <= cp <= length). */
intptr_t rt_str_cp_offset(rt_strobject *s, intptr_t cp)
{
    if (s->ascii)
        return cp;
    intptr_t n = RT_SIZE(s), i = 0, k = 0;
    for (; i < n; i++) {
        if (!rt_str_is_cont((unsigned char)s->data[i])) {
            if (k == cp)
                return i;
            k++;
        }
    }
    return n;
}

/* Code point index of byte offset b (b at a code point start or size). */
intptr_t rt_str_cp_index(rt_strobject *s, intptr_t b)
{
    if (s->ascii)
        return b;
    intptr_t k = 0;
    for (intptr_t i = 0; i < b; i++)
        k += !rt_str_is_cont((unsigned char)s->data[i]);
    return k;
}

/* ---- construction ------------------------------------------------------- */

static rt_strobject *str_alloc(intptr_t nbytes)
{
    /* Every constructor writes all nbytes: the block is left unzeroed. */
    rt_strobject *s = (rt_strobject *)rt_object_new_var_pointer_free_unzeroed(&rt_str_type, nbytes + 1);
    if (!s)
        return NULL;
    RT_SIZE(s) = nbytes;
    s->hash = -1;
    s->interned = 0;   /* length and ascii: str_finish */
    s->data[nbytes] = '\0';
    return s;
}

/* Set length/ascii of freshly written data whose code point count the
 * caller knows (concatenation, repetition, join of known parts); swap in
 * the singletons. */
/* The latin-1 singleton of the n bytes at p, or NULL: one ASCII byte, or
 * the two-byte UTF-8 form (lead byte 0xC2 or 0xC3) of U+0080..U+00FF. */
static inline rt_object *cached_char(const char *p, intptr_t n)
{
    unsigned char c = (unsigned char)p[0];
    if (n == 1 && c < 128)
        return char_cache[c];
    if (n == 2 && (c == 0xC2 || c == 0xC3) && ((unsigned char)p[1] & 0xC0) == 0x80)
        return char_cache[((c & 0x1F) << 6) | ((unsigned char)p[1] & 0x3F)];
    return NULL;
}

static rt_object *str_finish_known(rt_strobject *s, intptr_t len, bool ascii)
{
    intptr_t n = RT_SIZE(s);
    s->length = len;
    s->ascii = ascii;
    if (n == 0 && empty_str) {
        RT_DECREF(s);
        return rt_newref(empty_str);
    }
    rt_object *c = len == 1 ? cached_char(s->data, n) : NULL;
    if (c) {
        RT_DECREF(s);
        return rt_newref(c);
    }
    s->data[n] = '\0';
    return RT_OBJ(s);
}

/* The same for a result CPython builds as a new object even when it is one
 * character (only the empty str stays shared). */
static rt_object *str_finish_fresh(rt_strobject *s, intptr_t len, bool ascii)
{
    if (RT_SIZE(s) == 0)
        return str_finish_known(s, len, ascii);
    s->length = len;
    s->ascii = ascii;
    return RT_OBJ(s);
}

rt_object *rt_str_fresh(rt_object *s)
{
    if (!s || RT_SIZE(s) == 0 || RT_SIZE(s) > 2 || cached_char(rt_str_data(s), RT_SIZE(s)) != s)
        return s;
    rt_strobject *r = str_alloc(RT_SIZE(s));
    if (r) {
        memcpy(r->data, rt_str_data(s), (size_t)RT_SIZE(s));
        str_finish_fresh(r, 1, ((rt_strobject *)s)->ascii);
    }
    RT_DECREF(s);
    return RT_OBJ(r);
}

rt_object *rt_str_fresh_ascii(const char *p, intptr_t n)
{
    rt_strobject *s = str_alloc(n);
    if (!s)
        return NULL;
    memcpy(s->data, p, (size_t)n);
    return str_finish_fresh(s, n, true);
}

/* Compute length/ascii of freshly written data, eight bytes at a time (a
 * byte-at-a-time loop was most of a program building 32 KiB payloads): a
 * continuation byte is 10xxxxxx, so its top bit is set and the next one
 * clear; the code points are the bytes less the continuation bytes. */
static rt_object *str_finish(rt_strobject *s)
{
    const uint64_t hi = 0x8080808080808080u;
    intptr_t n = RT_SIZE(s), i = 0, cont = 0;
    uint64_t any = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s->data + i, 8);
        any |= w;
        if (w & hi)
            cont += __builtin_popcountll(w & ~(w << 1) & hi);
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s->data[i];
        any |= c;
        cont += rt_str_is_cont(c);
    }
    return str_finish_known(s, n - cont, !(any & hi));
}

rt_object *rt_str_from_bytes(const char *p, intptr_t n)
{
    if (n == 0 && empty_str)
        return rt_newref(empty_str);
    rt_object *c = n <= 2 ? cached_char(p, n) : NULL;
    if (c)
        return rt_newref(c);
    rt_strobject *s = str_alloc(n);
    if (!s)
        return NULL;
    memcpy(s->data, p, (size_t)n);
    return str_finish(s);
}

rt_object *rt_str_from_ascii(const char *p, intptr_t n)
{
    if (n == 0 && empty_str)
        return rt_newref(empty_str);
    if (n == 1 && char_cache[(unsigned char)p[0]])
        return rt_newref(char_cache[(unsigned char)p[0]]);
    rt_strobject *s = str_alloc(n);
    if (!s)
        return NULL;
    memcpy(s->data, p, (size_t)n);
    return str_finish_known(s, n, true);
}

rt_object *rt_str_from_cstr(const char *p) { return rt_str_from_bytes(p, (intptr_t)strlen(p)); }

rt_object *rt_str_empty(void) { return rt_newref(empty_str); }

/* ---- interning ---------------------------------------------------------- */

/* The interned table holds each interned str as key and value, and those
 * two references are not counted (CPython 3.11's interned dict): a str
 * interned from the program's text (names, identifier constants,
 * sys.intern, attribute names made at run time) is mortal and lives as
 * long as something else holds it; its dealloc takes it out of the table.
 * A name the runtime's C code interns (rt_str_intern_cstr) is immortal, as
 * CPython's statically allocated strings: C code keeps such names in
 * static variables and tables without owning them. */
enum { NOT_INTERNED = 0, INTERNED_MORTAL = 1, INTERNED_IMMORTAL = 2 };

static void make_immortal_interned(rt_object *s)
{
    ((rt_strobject *)s)->interned = INTERNED_IMMORTAL;
    s->refcnt = RT_IMMORTAL_REFCNT;
}

/* s (an exact str not in the table) becomes the interned one: a new
 * reference. */
static rt_object *intern_new(rt_object *s)
{
    if (rt_dict_setitem(interned, s, s) < 0)
        return NULL;
    /* The table's two references are not counted; the caller's new one is.
     * Under a tracing collector the count is near 2^60 and stays so. */
    s->refcnt -= 1;
    ((rt_strobject *)s)->interned = INTERNED_MORTAL;
    return s;
}

rt_object *rt_str_intern(rt_object *s)
{
    if (((rt_strobject *)s)->interned)
        return rt_newref(s);
    rt_object *c = RT_SIZE(s) <= 2 && RT_SIZE(s) > 0 ? cached_char(rt_str_data(s), RT_SIZE(s)) : NULL;
    if (c)   /* a fresh one-character str interns to the singleton */
        return rt_newref(c);
    if (!interned && !(interned = rt_dict_new()))
        return NULL;
    rt_object *found = rt_dict_getitem(interned, s);
    if (found)
        return rt_newref(found);
    if (rt_err_occurred())
        return NULL;
    if (RT_LIKELY(rt_str_check_exact(s)))
        return intern_new(s);
    /* A subclass instance is never the interned one (CPython refuses to
     * intern it): its dealloc would not leave the table.  An exact copy is
     * (the empty one is the interned singleton already). */
    rt_object *copy = rt_str_from_bytes(rt_str_data(s), RT_SIZE(s));
    if (!copy || rt_str_is_interned(copy))
        return copy;
    rt_object *r = intern_new(copy);
    rt_decref(copy);
    return r;
}

/* Out of line, so that the common free is a compare and a tail call. */
static __attribute__((noinline)) void dealloc_interned(rt_object *s)
{
    /* The table's two uncounted references, and this one: deleting drops
     * the first two and frees nothing (CPython's unicode_dealloc).  The
     * key is an exact str with its hash cached, so the deletion neither
     * raises nor runs code. */
    s->refcnt = 3;
    int r = rt_dict_delitem(interned, s);
    GCLAB_ASSERT(r == 0 && s->refcnt == 1);
    (void)r;
    rt_object_free(s);
}

void rt_str_dealloc(rt_object *s)
{
    if (RT_UNLIKELY(((rt_strobject *)s)->interned == INTERNED_MORTAL))
        dealloc_interned(s);
    else
        rt_object_free(s);
}

void rt_str_intern_inplace(rt_object **p)
{
    rt_object *r = rt_str_intern(*p);
    if (!r) {
        rt_err_clear();   /* as CPython: interning is an optimisation */
        return;
    }
    RT_SETREF(*p, r);
}

rt_object *rt_str_intern_name(const char *p)
{
    rt_object *s = rt_str_from_cstr(p);
    if (!s)
        return NULL;
    rt_object *r = rt_str_intern(s);
    rt_decref(s);
    return r;
}

rt_object *rt_str_intern_cstr(const char *p)
{
    rt_object *r = rt_str_intern_name(p);
    if (r && ((rt_strobject *)r)->interned == INTERNED_MORTAL) {
        /* The program interned it first; from now on C code may keep it
         * without a reference.  Near 2^60 already under a tracing
         * collector (whose mark bit, bit 62, must not move). */
        ((rt_strobject *)r)->interned = INTERNED_IMMORTAL;
        if (r->refcnt < RT_IMMORTAL_REFCNT / 2)
            r->refcnt += RT_IMMORTAL_REFCNT;
    }
    return r;
}

/* ---- core operations ---------------------------------------------------- */

intptr_t rt_str_hash_bytes(const char *p, intptr_t n)
{
    /* FNV-1a, then a final avalanche (CPython's SipHash is randomised per
     * run, so no particular value is observable; this one is stable).  The
     * empty string hashes to 0, as CPython's _Py_HashBytes makes it. */
    if (n == 0)
        return 0;
    uint64_t h = 14695981039346656037ULL;
    for (intptr_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    intptr_t r = (intptr_t)h;
    return r == -1 ? -2 : r;
}

intptr_t rt_str_hash(rt_object *o)
{
    rt_strobject *s = (rt_strobject *)o;
    if (s->hash == -1)
        s->hash = rt_str_hash_bytes(s->data, RT_SIZE(s));
    return s->hash;
}

/* n bytes at p and q are equal, for n <= 16: two overlapping loads of 8 (or
 * 4) bytes from each side cover them, where a call of memcmp cost four
 * times the instructions on dict keys. */
static inline bool short_eq(const char *p, const char *q, size_t n)
{
    if (n >= 8) {
        uint64_t a, b, c, d;
        memcpy(&a, p, 8), memcpy(&b, q, 8);
        memcpy(&c, p + n - 8, 8), memcpy(&d, q + n - 8, 8);
        return ((a ^ b) | (c ^ d)) == 0;
    }
    if (n >= 4) {
        uint32_t a, b, c, d;
        memcpy(&a, p, 4), memcpy(&b, q, 4);
        memcpy(&c, p + n - 4, 4), memcpy(&d, q + n - 4, 4);
        return ((a ^ b) | (c ^ d)) == 0;
    }
    for (size_t i = 0; i < n; i++)
        if (p[i] != q[i])
            return false;
    return true;
}

bool rt_str_eq(rt_object *a, rt_object *b)
{
    if (a == b)
        return true;
    size_t n = (size_t)RT_SIZE(a);
    if (n != (size_t)RT_SIZE(b))
        return false;
    rt_strobject *x = (rt_strobject *)a, *y = (rt_strobject *)b;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    if (n <= 16)
        return short_eq(x->data, y->data, n);
    return memcmp(x->data, y->data, n) == 0;
}

bool rt_str_eq_cstr(rt_object *a, const char *b)
{
    size_t n = strlen(b);
    return (size_t)RT_SIZE(a) == n && memcmp(rt_str_data(a), b, n) == 0;
}

/* UTF-8 byte order is code point order, so memcmp orders like CPython. */
int rt_str_compare(rt_object *a, rt_object *b)
{
    intptr_t na = RT_SIZE(a), nb = RT_SIZE(b), n = na < nb ? na : nb;
    const unsigned char *p = (const unsigned char *)rt_str_data(a);
    const unsigned char *q = (const unsigned char *)rt_str_data(b);
    /* Sort keys and dict words are short, and most differ within a few
     * bytes: a byte loop costs less than calling memcmp.  UTF-8's byte
     * order is the code points' order. */
    if (n <= 16) {
        for (intptr_t i = 0; i < n; i++)
            if (p[i] != q[i])
                return p[i] < q[i] ? -1 : 1;
    } else {
        int c = memcmp(p, q, (size_t)n);
        if (c)
            return c;
    }
    return na < nb ? -1 : na > nb;
}

/* a op b for two strs, as a C bool: str's comparison slot and the eval
 * loop's COMPARE_OP_STR share it (equality never orders the bytes). */
bool rt_str_compare_op(rt_object *a, rt_object *b, int op)
{
    switch (op) {
    case RT_EQ: return rt_str_eq(a, b);
    case RT_NE: return !rt_str_eq(a, b);
    case RT_LT: return rt_str_compare(a, b) < 0;
    case RT_LE: return rt_str_compare(a, b) <= 0;
    case RT_GT: return rt_str_compare(a, b) > 0;
    default:    return rt_str_compare(a, b) >= 0;
    }
}

static rt_object *str_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!rt_str_check(a) || !rt_str_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    return rt_bool_from(rt_str_compare_op(a, b, op));
}

__attribute__((noinline)) rt_object *rt_str_exact_copy(rt_object *s)
{
    rt_strobject *src = (rt_strobject *)s;
    rt_strobject *o = str_alloc(RT_SIZE(s));
    if (!o)
        return NULL;
    memcpy(o->data, src->data, (size_t)RT_SIZE(s));
    return str_finish_known(o, src->length, src->ascii);
}

rt_object *rt_str_concat(rt_object *a, rt_object *b)
{
    if (!rt_str_check(b))
        return rt_err_format(&rt_exc_TypeError,
                             "can only concatenate str (not \"%s\") to str", b->type->name);
    if (RT_SIZE(b) == 0)
        return rt_str_exact_ref(a);
    if (RT_SIZE(a) == 0)
        return rt_str_exact_ref(b);
    rt_strobject *s = str_alloc(RT_SIZE(a) + RT_SIZE(b));
    if (!s)
        return NULL;
    memcpy(s->data, rt_str_data(a), (size_t)RT_SIZE(a));
    memcpy(s->data + RT_SIZE(a), rt_str_data(b), (size_t)RT_SIZE(b));
    rt_strobject *sa = (rt_strobject *)a, *sb = (rt_strobject *)b;
    return str_finish_known(s, sa->length + sb->length, sa->ascii && sb->ascii);
}

rt_object *rt_str_repeat(rt_object *o, intptr_t n)
{
    intptr_t sz = RT_SIZE(o);
    if (n <= 0 || sz == 0)
        return rt_newref(empty_str);
    if (n == 1)
        return rt_str_exact_ref(o);
    /* CPython counts code points: OverflowError past Py_ssize_t, then
     * MemoryError for what cannot be allocated */
    if (((rt_strobject *)o)->length > INTPTR_MAX / n)
        return rt_err_set_string(&rt_exc_OverflowError, "repeated string is too long");
    if (sz > INTPTR_MAX / 2 / n)
        return rt_err_no_memory();
    rt_strobject *s = str_alloc(sz * n);
    if (!s)
        return NULL;
    /* Doubling copies: log(n) memcpy calls. */
    memcpy(s->data, rt_str_data(o), (size_t)sz);
    intptr_t done = sz, total = sz * n;
    while (done < total) {
        intptr_t k = done < total - done ? done : total - done;
        memcpy(s->data + done, s->data, (size_t)k);
        done += k;
    }
    return str_finish_known(s, ((rt_strobject *)o)->length * n, ((rt_strobject *)o)->ascii);
}

const char *rt_str_find_bytes(const char *h, intptr_t hn, const char *n, intptr_t nn)
{
    if (nn == 0)
        return h;
    if (nn > hn)
        return NULL;
    if (nn == 1)   /* memmem's set-up costs more than the search */
        return memchr(h, (unsigned char)n[0], (size_t)hn);
    return memmem(h, (size_t)hn, n, (size_t)nn);
}

int rt_str_contains(rt_object *s, rt_object *sub)
{
    if (!rt_str_check(sub)) {
        rt_err_format(&rt_exc_TypeError,
                      "'in <string>' requires string as left operand, not %s", sub->type->name);
        return -1;
    }
    intptr_t n = RT_SIZE(s);
    if (RT_SIZE(sub) == 1 && n <= 16) {
        /* ch in " \t\n" (a tokenizer's character classes): a byte loop
         * costs less than memchr's call */
        const char *p = rt_str_data(s), c = rt_str_data(sub)[0];
        for (intptr_t i = 0; i < n; i++)
            if (p[i] == c)
                return 1;
        return 0;
    }
    return rt_str_find_bytes(rt_str_data(s), n, rt_str_data(sub), RT_SIZE(sub)) != NULL;
}

rt_object *rt_str_getitem(rt_object *o, intptr_t i)
{
    rt_strobject *s = (rt_strobject *)o;
    if (i < 0 || i >= s->length)
        return rt_err_set_string(&rt_exc_IndexError, "string index out of range");
    intptr_t b = rt_str_cp_offset(s, i);
    return rt_str_from_bytes(s->data + b, s->ascii ? 1 : rt_str_cp_width(s->data, b, RT_SIZE(s)));
}

rt_object *rt_str_slice(rt_object *o, intptr_t start, intptr_t stop, intptr_t step)
{
    rt_strobject *s = (rt_strobject *)o;
    intptr_t count = rt_slice_adjust(s->length, &start, &stop, step);
    if (count <= 0)
        return rt_newref(empty_str);
    if (step == 1) {
        if (count == s->length)
            return rt_str_exact_ref(o);
        if (s->ascii)
            return rt_str_from_ascii(s->data + start, stop - start);
        intptr_t b0 = rt_str_cp_offset(s, start), b1 = rt_str_cp_offset(s, stop);
        return rt_str_from_bytes(s->data + b0, b1 - b0);
    }
    if (s->ascii) {
        rt_strobject *r = str_alloc(count);
        if (!r)
            return NULL;
        for (intptr_t k = 0, i = start; k < count; k++, i += step)
            r->data[k] = s->data[i];
        return str_finish_fresh(r, count, true);
    }
    /* Non-ASCII with a step: index every code point once. */
    intptr_t n = RT_SIZE(s);
    intptr_t *off = rt_mem_malloc_atomic(sizeof(intptr_t) * (size_t)(s->length + 1));
    if (!off)
        return rt_err_no_memory();
    for (intptr_t i = 0, k = 0; i < n; i++)
        if (!rt_str_is_cont((unsigned char)s->data[i]))
            off[k++] = i;
    off[s->length] = n;
    intptr_t total = 0;
    for (intptr_t k = 0, i = start; k < count; k++, i += step)
        total += off[i + 1] - off[i];
    rt_strobject *r = str_alloc(total);
    if (!r) {
        rt_mem_free(off);
        return NULL;
    }
    intptr_t w = 0;
    for (intptr_t k = 0, i = start; k < count; k++, i += step) {
        memcpy(r->data + w, s->data + off[i], (size_t)(off[i + 1] - off[i]));
        w += off[i + 1] - off[i];
    }
    rt_mem_free(off);
    return rt_str_fresh(str_finish(r));
}

static rt_object *str_subscript(rt_object *o, rt_object *key)
{
    rt_strobject *s = (rt_strobject *)o;
    if (key->type == &rt_int_type && s->ascii) {
        /* s[i] of an ASCII str (a tokenizer's loop): the byte's
         * singleton, without the index protocol */
        int64_t i = RT_INT_VALUE(key);   /* RT_INT_BIG is out of range too */
        if (i < 0)
            i += s->length;
        if (i >= 0 && i < s->length)
            return rt_newref(char_cache[(unsigned char)s->data[i]]);
    }
    if (rt_slice_check(key)) {
        intptr_t start, stop, step;
        if (rt_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        return rt_str_slice(o, start, stop, step);
    }
    if (!rt_index_check(key))
        return rt_err_format(&rt_exc_TypeError, "string indices must be integers, not '%s'",
                             key->type->name);
    intptr_t i = rt_subscript_as_ssize(key);
    if (i == -1 && rt_err_occurred())
        return NULL;
    if (i < 0)
        i += rt_str_len(o);
    return rt_str_getitem(o, i);
}

static intptr_t str_length(rt_object *o) { return rt_str_len(o); }
static rt_object *str_seq_item(rt_object *o, intptr_t i) { return rt_str_getitem(o, i); }
static int str_seq_contains(rt_object *o, rt_object *sub) { return rt_str_contains(o, sub); }

static rt_object *str_str(rt_object *o)
{
    if (rt_str_check_exact(o))
        return rt_newref(o);
    return rt_str_from_bytes(rt_str_data(o), RT_SIZE(o));
}

/* ---- iterator ----------------------------------------------------------- */

typedef struct str_iter {
    RT_OBJECT_HEAD
    rt_object *str;     /* NULL once exhausted */
    intptr_t pos;       /* byte offset of the next code point */
} str_iter;

static rt_object *str_iter_new(rt_object *s)
{
    str_iter *it = (str_iter *)rt_object_new(&rt_str_iterator_type);
    if (!it)
        return NULL;
    it->str = rt_newref(s);
    it->pos = 0;
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *str_iter_next(rt_object *o)
{
    str_iter *it = (str_iter *)o;
    if (!it->str)
        return NULL;
    intptr_t n = RT_SIZE(it->str);
    if (it->pos >= n) {
        RT_CLEAR(it->str);
        return NULL;
    }
    intptr_t w = rt_str_cp_width(rt_str_data(it->str), it->pos, n);
    rt_object *r = rt_str_from_bytes(rt_str_data(it->str) + it->pos, w);
    it->pos += w;
    return r;
}

/* __length_hint__ (unicodeiter_len): the code points left, 0 once
 * exhausted; pos is a byte offset, so a non-ASCII tail is counted. */
static rt_object *str_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    str_iter *it = (str_iter *)o;
    intptr_t left = 0;
    if (it->str) {
        intptr_t n = RT_SIZE(it->str);
        if (rt_str_len(it->str) == n) {
            left = n - it->pos;
        } else {
            const unsigned char *d = (const unsigned char *)rt_str_data(it->str);
            for (intptr_t k = it->pos; k < n; k++)
                left += (d[k] & 0xC0) != 0x80;
        }
    }
    return rt_iter_length_hint_result(o, nargs, kw, left);
}

RT_NOSCAN static rt_method_def str_iter_methods[] = {
    { "__length_hint__", str_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};


/* A container although it cannot be part of a cycle: CPython 3.11 tracks
 * its str iterators, so making one moves gc.get_count(). */
static int str_iter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((str_iter *)o)->str);
    return 0;
}

static void str_iter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    rt_xdecref(((str_iter *)o)->str);
    rt_object_free(o);
}

/* ---- methods ------------------------------------------------------------ */

/* CPython names the type in this message except for its METH_VARARGS
 * methods, which str, bytes and bytearray share (the search methods). */
int rt_str_no_kwargs(const char *name, rt_object *kwnames)
{
    static const char *const varargs[] = { "count", "find", "rfind", "index", "rindex", "startswith",
                                           "endswith", NULL };
    if (kwnames && RT_SIZE(kwnames) > 0) {
        bool plain = false;
        for (int i = 0; varargs[i] && !plain; i++)
            plain = strcmp(name, varargs[i]) == 0;
        rt_err_format(&rt_exc_TypeError, plain ? "%s() takes no keyword arguments"
                                               : "str.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* "find() takes at least 1 argument (0 given)" style checks. */
int rt_str_check_nargs(const char *name, intptr_t nargs, intptr_t min, intptr_t max)
{
    if (nargs < min) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at least %ld argument%s (%ld given)",
                      name, (long)min, min == 1 ? "" : "s", (long)nargs);
        return -1;
    }
    if (nargs > max) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most %ld argument%s (%ld given)",
                      name, (long)max, max == 1 ? "" : "s", (long)nargs);
        return -1;
    }
    return 0;
}

int rt_str_check_noargs(const char *name, intptr_t nargs, rt_object *kwnames)
{
    if (rt_str_no_kwargs(name, kwnames) < 0)
        return -1;
    if (nargs) {
        rt_err_format(&rt_exc_TypeError, "str.%s() takes no arguments (%ld given)", name, (long)nargs);
        return -1;
    }
    return 0;
}

/* Optional start/end argument (None or an index). */
int rt_str_opt_index(rt_object *const *args, intptr_t nargs, intptr_t k, intptr_t *out)
{
    if (k >= nargs || args[k] == RT_NONE)
        return 0;
    if (rt_int_check_exact(args[k]) && rt_int_is_small(args[k])) {
        *out = (intptr_t)RT_INT_VALUE(args[k]);
        return 0;
    }
    if (!rt_index_check(args[k])) {
        rt_err_set_string(&rt_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return rt_number_as_ssize_clamped(args[k], out);   /* a slice bound */
}

/* CPython's ADJUST_INDICES on code point positions. */
void rt_str_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

bool rt_str_needs_str(rt_object *o)
{
    if (rt_str_check(o))
        return false;
    rt_err_format(&rt_exc_TypeError, "must be str, not %s", o->type->name);
    return true;
}

rt_object *rt_str_join(rt_object *sep, rt_object *iterable)
{
    rt_object *seq;
    if (rt_list_check_exact(iterable) || rt_tuple_check_exact(iterable)) {
        seq = rt_newref(iterable);
    } else {
        rt_object *it = rt_get_iter(iterable);
        if (!it) {
            if (rt_err_matches(&rt_exc_TypeError))
                rt_err_set_string(&rt_exc_TypeError, "can only join an iterable");
            return NULL;
        }
        /* from the iterator, as PySequence_Fast: __iter__ is called once
         * and the length hint is the iterator's */
        seq = rt_list_from_iterable(it);
        RT_DECREF(it);
        if (!seq)
            return NULL;
    }
    rt_object **items = rt_list_check_exact(seq) ? RT_LIST_ITEMS(seq) : RT_TUPLE_ITEMS(seq);
    intptr_t n = RT_SIZE(seq), total = 0, sl = RT_SIZE(sep);
    for (intptr_t i = 0; i < n; i++) {
        if (!rt_str_check(items[i])) {
            rt_err_format(&rt_exc_TypeError, "sequence item %ld: expected str instance, %s found",
                          (long)i, items[i]->type->name);
            RT_DECREF(seq);
            return NULL;
        }
        total += RT_SIZE(items[i]) + (i ? sl : 0);
    }
    if (n == 1 && rt_str_check_exact(items[0])) {
        rt_object *r = rt_newref(items[0]);
        RT_DECREF(seq);
        return r;
    }
    rt_strobject *r = str_alloc(total);
    if (!r) {
        RT_DECREF(seq);
        return NULL;
    }
    intptr_t w = 0, len = n > 1 ? (n - 1) * ((rt_strobject *)sep)->length : 0;
    bool ascii = ((rt_strobject *)sep)->ascii;
    const char *sd = rt_str_data(sep);
    for (intptr_t i = 0; i < n; i++) {
        if (i && sl) {
            memcpy(r->data + w, sd, (size_t)sl);
            w += sl;
        }
        /* one-byte pieces (a parser's characters) without a memcpy call */
        rt_strobject *it = (rt_strobject *)items[i];
        intptr_t k = RT_SIZE(it);
        if (k == 1)
            r->data[w] = it->data[0];
        else
            memcpy(r->data + w, it->data, (size_t)k);
        w += k;
        len += it->length;
        ascii &= it->ascii;
    }
    RT_DECREF(seq);
    return str_finish_fresh(r, len, ascii);
}

static rt_object *m_join(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (rt_str_no_kwargs("join", kw) < 0)
        return NULL;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "str.join() takes exactly one argument (%ld given)",
                             (long)nargs);
    return rt_str_join(self, args[0]);
}


/* ascii: a piece of an ASCII str, whose code points need no count. */
static int append_piece(rt_object *list, const char *p, intptr_t n, bool ascii)
{
    rt_object *s = ascii ? rt_str_from_ascii(p, n) : rt_str_from_bytes(p, n);
    if (!s)
        return -1;
    int r = rt_list_append(list, s);
    RT_DECREF(s);
    return r;
}

static rt_object *m_split(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    rt_object *sep = RT_NONE, *maxo = NULL;
    intptr_t nkw = kw ? RT_SIZE(kw) : 0;
    static const char *const names[] = { "sep", "maxsplit", NULL };
    if (rt_clinic_kwtuple(&rt_str_type, "split", names, nkw > 0 || nargs > 2) < 0)
        return NULL;
    if (nargs > 2)
        return rt_err_format(&rt_exc_TypeError, "split() takes at most 2 arguments (%ld given)",
                             (long)(nargs + nkw));
    if (nargs > 0) sep = args[0];
    if (nargs > 1) maxo = args[1];
    for (intptr_t k = 0; k < nkw; k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kw, k);
        if (rt_str_eq_cstr(name, "sep") && nargs < 1)
            sep = args[nargs + k];
        else if (rt_str_eq_cstr(name, "maxsplit") && nargs < 2)
            maxo = args[nargs + k];
        else if (rt_str_eq_cstr(name, "sep") || rt_str_eq_cstr(name, "maxsplit"))
            return rt_err_format(&rt_exc_TypeError,
                                 "argument for split() given by name ('%s') and position (%d)",
                                 rt_str_data(name), rt_str_eq_cstr(name, "sep") ? 1 : 2);
        else
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for split()",
                                 rt_str_data(name));
    }
    intptr_t maxsplit = -1;
    if (maxo) {
        if (!rt_index_check(maxo))
            return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 maxo->type->name);
        if ((maxsplit = rt_number_as_ssize_arg(maxo)) == -1 && rt_err_occurred())
            return NULL;
    }
    if (sep != RT_NONE && !rt_str_check(sep))
        return rt_err_format(&rt_exc_TypeError, "must be str or None, not %s", sep->type->name);
    if (sep != RT_NONE && RT_SIZE(sep) == 0)
        return rt_err_set_string(&rt_exc_ValueError, "empty separator");
    /* A separator longer than the text: CPython's one-slot list of self. */
    if (sep != RT_NONE && rt_str_len(self) < rt_str_len(sep))
        return rt_list_from_array(&self, 1);
    rt_object *list = rt_list_new_reserved(rt_str_split_prealloc(maxsplit));
    if (maxsplit < 0)
        maxsplit = INTPTR_MAX;
    if (!list)
        return NULL;
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self), i = 0;
    if (sep == RT_NONE && ((rt_strobject *)self)->ascii) {
        for (;;) {
            while (i < n && rt_str_is_ws((unsigned char)d[i]))
                i++;
            if (i == n)
                break;
            if (maxsplit-- <= 0) {
                if (append_piece(list, d + i, n - i, true) < 0)
                    goto fail;
                break;
            }
            intptr_t j = i;
            while (i < n && !rt_str_is_ws((unsigned char)d[i]))
                i++;
            if (append_piece(list, d + j, i - j, true) < 0)
                goto fail;
        }
    } else if (sep == RT_NONE) {
        intptr_t w;
        while (maxsplit-- > 0) {
            while (i < n && (w = rt_str_ws_at(d, i, n)) > 0)
                i += w;
            if (i == n)
                break;
            intptr_t j = i;
            while (i < n && !rt_str_ws_at(d, i, n))
                i++;
            if (append_piece(list, d + j, i - j, ((rt_strobject *)self)->ascii) < 0)
                goto fail;
        }
        while (i < n && (w = rt_str_ws_at(d, i, n)) > 0)
            i += w;
        if (i < n && append_piece(list, d + i, n - i, ((rt_strobject *)self)->ascii) < 0)
            goto fail;
    } else {
        const char *sd = rt_str_data(sep);
        intptr_t sn = RT_SIZE(sep);
        while (maxsplit-- > 0) {
            const char *hit = rt_str_find_bytes(d + i, n - i, sd, sn);
            if (!hit)
                break;
            if (append_piece(list, d + i, hit - (d + i), ((rt_strobject *)self)->ascii) < 0)
                goto fail;
            i = (hit - d) + sn;
        }
        if (append_piece(list, d + i, n - i, ((rt_strobject *)self)->ascii) < 0)
            goto fail;
    }
    /* nothing split off: the piece is self itself, as CPython */
    if (RT_SIZE(list) == 1 && RT_SIZE(RT_LIST_GET_ITEM(list, 0)) == n && rt_str_check_exact(self)) {
        rt_decref(RT_LIST_GET_ITEM(list, 0));
        RT_LIST_GET_ITEM(list, 0) = rt_newref(self);
    }
    return list;
fail:
    RT_DECREF(list);
    return NULL;
}

static rt_object *tailmatch(const char *name, rt_object *self, rt_object *const *args,
                            intptr_t nargs, rt_object *kw, bool at_end)
{
    rt_strobject *s = (rt_strobject *)self;
    /* The common call, an ASCII str's startswith(sub[, start]) with an
     * ASCII exact str and a small int (a tokenizer's loop): code points
     * are bytes, so the general path's checks and offsets reduce to this. */
    if (!kw && (nargs == 1 || nargs == 2) && s->ascii && rt_str_check_exact(args[0])
        && ((rt_strobject *)args[0])->ascii
        && (nargs == 1 || (rt_int_check_exact(args[1]) && rt_int_is_small(args[1])))) {
        intptr_t len = RT_SIZE(s), m = RT_SIZE(args[0]);
        intptr_t start = nargs == 2 ? (intptr_t)RT_INT_VALUE(args[1]) : 0;
        if (start < 0 && (start += len) < 0)
            start = 0;
        intptr_t e = len - m;
        return rt_bool_from(e >= start && memcmp(s->data + (at_end ? e : start), rt_str_data(args[0]), (size_t)m) == 0);
    }
    if (rt_str_no_kwargs(name, kw) < 0 || rt_str_check_nargs(name, nargs, 1, 3) < 0)
        return NULL;
    intptr_t start = 0, end = INTPTR_MAX;
    if (rt_str_opt_index(args, nargs, 1, &start) < 0 || rt_str_opt_index(args, nargs, 2, &end) < 0)
        return NULL;
    rt_str_adjust_indices(&start, &end, s->length);
    rt_object *const *subs = &args[0];
    intptr_t nsubs = 1;
    if (rt_tuple_check(args[0])) {
        subs = RT_TUPLE_ITEMS(args[0]);
        nsubs = RT_SIZE(args[0]);
    } else if (!rt_str_check(args[0])) {
        return rt_err_format(&rt_exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                             name, args[0]->type->name);
    }
    for (intptr_t k = 0; k < nsubs; k++) {
        rt_object *sub = subs[k];
        if (!rt_str_check(sub))
            return rt_err_format(&rt_exc_TypeError, "tuple for %s must only contain str, not %s",
                                 name, sub->type->name);
        intptr_t e = end - rt_str_len(sub);
        if (e < start)
            continue;
        intptr_t pos = at_end ? e : start;
        intptr_t b = rt_str_cp_offset(s, pos);
        if (b + RT_SIZE(sub) <= RT_SIZE(s)
            && memcmp(s->data + b, rt_str_data(sub), (size_t)RT_SIZE(sub)) == 0)
            return rt_bool_from(true);
    }
    return rt_bool_from(false);
}

static rt_object *m_startswith(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return tailmatch("startswith", self, args, nargs, kw, false);
}

static rt_object *m_endswith(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return tailmatch("endswith", self, args, nargs, kw, true);
}

static rt_object *change_case(rt_object *self, bool upper)
{
    intptr_t n = RT_SIZE(self);
    if (rt_str_len(self) != n)
        return rt_str_recase(self, upper ? RT_RECASE_UPPER : RT_RECASE_LOWER);
    rt_strobject *r = str_alloc(n);
    if (!r)
        return NULL;
    const char *d = rt_str_data(self);
    for (intptr_t i = 0; i < n; i++) {
        char c = d[i];
        if (upper && c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (!upper && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        r->data[i] = c;
    }
    return str_finish_fresh(r, ((rt_strobject *)self)->length, ((rt_strobject *)self)->ascii);
}

static rt_object *m_upper(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_str_check_noargs("upper", nargs, kw) < 0 ? NULL : change_case(self, true);
}

static rt_object *m_lower(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return rt_str_check_noargs("lower", nargs, kw) < 0 ? NULL : change_case(self, false);
}

/* Is the code point at d[i..i+w) one of the code points of chars? */
bool rt_str_in_chars(const char *d, intptr_t i, intptr_t w, rt_object *chars)
{
    const char *c = rt_str_data(chars);
    intptr_t n = RT_SIZE(chars);
    for (intptr_t k = 0; k < n;) {
        intptr_t cw = rt_str_cp_width(c, k, n);
        if (cw == w && memcmp(c + k, d + i, (size_t)w) == 0)
            return true;
        k += cw;
    }
    return false;
}

/* which: 1 left, 2 right, 3 both. */
static rt_object *do_strip(const char *name, rt_object *self, rt_object *const *args,
                           intptr_t nargs, rt_object *kw, int which)
{
    if (rt_str_no_kwargs(name, kw) < 0)
        return NULL;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "%s expected at most 1 argument, got %ld",
                             name, (long)nargs);
    rt_object *chars = nargs ? args[0] : RT_NONE;
    if (chars != RT_NONE && !rt_str_check(chars))
        return rt_err_format(&rt_exc_TypeError, "%s arg must be None or str", name);
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self), i = 0, j = n;
    bool self_ascii = ((rt_strobject *)self)->ascii;
    if (chars == RT_NONE ? self_ascii : ((rt_strobject *)chars)->ascii) {
        /* byte at a time: with ASCII chars no byte of a longer code point
         * can match, so the scans stop at it as the general loop would */
        uint64_t set[2] = { 0, 0 };
        if (chars == RT_NONE) {
            set[0] = RT_STR_ASCII_WS_MASK;
        } else {
            for (intptr_t k = 0; k < RT_SIZE(chars); k++) {
                unsigned char c = (unsigned char)rt_str_data(chars)[k];
                set[c >> 6] |= UINT64_C(1) << (c & 63);
            }
        }
#define IN_SET(c) ((c) < 128 && (set[(c) >> 6] >> ((c) & 63) & 1))
        if (which & 1)
            while (i < n && IN_SET((unsigned char)d[i]))
                i++;
        if (which & 2)
            while (j > i && IN_SET((unsigned char)d[j - 1]))
                j--;
#undef IN_SET
        if (i == 0 && j == n && rt_str_check_exact(self))
            return rt_newref(self);
        return self_ascii ? rt_str_from_ascii(d + i, j - i) : rt_str_from_bytes(d + i, j - i);
    }
    if (which & 1) {
        while (i < n) {
            intptr_t w = rt_str_cp_width(d, i, n);
            if (chars == RT_NONE ? rt_str_ws_at(d, i, n) != w : !rt_str_in_chars(d, i, w, chars))
                break;
            i += w;
        }
    }
    if (which & 2) {
        while (j > i) {
            intptr_t k = j - 1;
            while (k > i && rt_str_is_cont((unsigned char)d[k]))
                k--;
            intptr_t w = j - k;
            if (chars == RT_NONE ? rt_str_ws_at(d, k, j) != w : !rt_str_in_chars(d, k, w, chars))
                break;
            j = k;
        }
    }
    if (i == 0 && j == n && rt_str_check_exact(self))
        return rt_newref(self);
    return rt_str_from_bytes(d + i, j - i);
}

static rt_object *m_strip(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_strip("strip", self, args, nargs, kw, 3);
}
static rt_object *m_lstrip(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_strip("lstrip", self, args, nargs, kw, 1);
}
static rt_object *m_rstrip(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_strip("rstrip", self, args, nargs, kw, 2);
}

static rt_object *m_replace(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (rt_str_no_kwargs("replace", kw) < 0)
        return NULL;
    if (nargs < 2)
        return rt_err_format(&rt_exc_TypeError, "replace expected at least 2 arguments, got %ld",
                             (long)nargs);
    if (nargs > 3)
        return rt_err_format(&rt_exc_TypeError, "replace expected at most 3 arguments, got %ld",
                             (long)nargs);
    for (int k = 0; k < 2; k++)
        if (!rt_str_check(args[k]))
            return rt_err_format(&rt_exc_TypeError, "replace() argument %d must be str, not %s",
                                 k + 1, args[k]->type->name);
    intptr_t count = -1;
    if (nargs == 3) {
        if (!rt_index_check(args[2]))
            return rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 args[2]->type->name);
        if ((count = rt_number_as_ssize_arg(args[2])) == -1 && rt_err_occurred())
            return NULL;
    }
    if (count < 0)
        count = INTPTR_MAX;
    rt_object *old = args[0], *new_ = args[1];
    const char *d = rt_str_data(self), *od = rt_str_data(old);
    intptr_t n = RT_SIZE(self), on = RT_SIZE(old);
    /* nothing to replace: self itself, as CPython */
    if (rt_str_check_exact(self) &&
        (count == 0 || old == new_ || (on > 0 && !rt_str_find_bytes(d, n, od, on))))
        return rt_newref(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    intptr_t i = 0;
    if (on == 0) {
        /* Insert new before every code point and at the end. */
        while (count > 0) {
            rt_str_builder_append_str(&b, new_);
            count--;
            if (i >= n)
                break;
            intptr_t w = rt_str_cp_width(d, i, n);
            rt_str_builder_append(&b, d + i, w);
            i += w;
        }
    } else {
        while (count > 0) {
            const char *hit = rt_str_find_bytes(d + i, n - i, od, on);
            if (!hit)
                break;
            rt_str_builder_append(&b, d + i, hit - (d + i));
            rt_str_builder_append_str(&b, new_);
            i = (hit - d) + on;
            count--;
        }
    }
    rt_str_builder_append(&b, d + i, n - i);
    return rt_str_fresh(rt_str_builder_finish(&b));
}

/* Common part of find and count: the code point range and the needle. */
int rt_str_find_args(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                     rt_object *kw, intptr_t *b0, intptr_t *b1, intptr_t *start, intptr_t *end)
{
    if (rt_str_no_kwargs(name, kw) < 0 || rt_str_check_nargs(name, nargs, 1, 3) < 0)
        return -1;
    if (rt_str_needs_str(args[0]))
        return -1;
    *start = 0;
    *end = INTPTR_MAX;
    if (rt_str_opt_index(args, nargs, 1, start) < 0 || rt_str_opt_index(args, nargs, 2, end) < 0)
        return -1;
    rt_str_adjust_indices(start, end, rt_str_len(self));
    if (*end - *start < rt_str_len(args[0]))
        return 1;   /* cannot match */
    *b0 = rt_str_cp_offset((rt_strobject *)self, *start);
    *b1 = rt_str_cp_offset((rt_strobject *)self, *end);
    return 0;
}

static rt_object *m_find(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    intptr_t b0, b1, start, end;
    int r = rt_str_find_args("find", self, args, nargs, kw, &b0, &b1, &start, &end);
    if (r < 0)
        return NULL;
    if (r > 0)
        return rt_int_from_i64(-1);
    const char *d = rt_str_data(self);
    const char *hit = rt_str_find_bytes(d + b0, b1 - b0, rt_str_data(args[0]), RT_SIZE(args[0]));
    return rt_int_from_i64(hit ? rt_str_cp_index((rt_strobject *)self, hit - d) : -1);
}

static rt_object *m_count(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    intptr_t b0, b1, start, end;
    int r = rt_str_find_args("count", self, args, nargs, kw, &b0, &b1, &start, &end);
    if (r < 0)
        return NULL;
    if (r > 0)
        return rt_int_from_i64(0);
    intptr_t sn = RT_SIZE(args[0]);
    if (sn == 0)
        return rt_int_from_i64(end - start + 1);
    const char *d = rt_str_data(self), *sd = rt_str_data(args[0]);
    intptr_t i = b0, c = 0;
    const char *hit;
    while ((hit = rt_str_find_bytes(d + i, b1 - i, sd, sn)) != NULL) {
        c++;
        i = (hit - d) + sn;
    }
    return rt_int_from_i64(c);
}

static rt_object *char_class(const char *name, rt_object *self, intptr_t nargs, rt_object *kw,
                             bool alpha)
{
    if (rt_str_check_noargs(name, nargs, kw) < 0)
        return NULL;
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self);
    if (rt_str_len(self) != n)
        return rt_bool_from(rt_unicode_str_is(d, n, alpha ? RT_UC_ALPHA : RT_UC_DIGIT));
    if (n == 0)
        return rt_bool_from(false);
    for (intptr_t i = 0; i < n; i++) {
        char c = d[i];
        bool ok = alpha ? ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) : (c >= '0' && c <= '9');
        if (!ok)
            return rt_bool_from(false);
    }
    return rt_bool_from(true);
}

static rt_object *m_isdigit(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return char_class("isdigit", self, nargs, kw, false);
}

static rt_object *m_isalpha(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    return char_class("isalpha", self, nargs, kw, true);
}

RT_NOSCAN static rt_method_def str_methods[] = {
    { "join", m_join, RT_METH_FASTCALL, "sep.join(iterable)" },
    { "split", m_split, RT_METH_FASTCALL, "split(sep=None, maxsplit=-1)" },
    { "startswith", m_startswith, RT_METH_FASTCALL | RT_METH_NOKW, "startswith(prefix[, start[, end]])" },
    { "endswith", m_endswith, RT_METH_FASTCALL | RT_METH_NOKW, "endswith(suffix[, start[, end]])" },
    { "upper", m_upper, RT_METH_FASTCALL, "ASCII letters upper-cased" },
    { "lower", m_lower, RT_METH_FASTCALL, "ASCII letters lower-cased" },
    { "strip", m_strip, RT_METH_FASTCALL, "strip(chars=None)" },
    { "lstrip", m_lstrip, RT_METH_FASTCALL, "lstrip(chars=None)" },
    { "rstrip", m_rstrip, RT_METH_FASTCALL, "rstrip(chars=None)" },
    { "replace", m_replace, RT_METH_FASTCALL, "replace(old, new, count=-1)" },
    { "find", m_find, RT_METH_FASTCALL | RT_METH_NOKW, "find(sub[, start[, end]])" },
    { "count", m_count, RT_METH_FASTCALL | RT_METH_NOKW, "count(sub[, start[, end]])" },
    { "isdigit", m_isdigit, RT_METH_FASTCALL, "ASCII digits only" },
    { "isalpha", m_isalpha, RT_METH_FASTCALL, "ASCII letters only" },
    { NULL, NULL, 0, NULL },
};

/* An instance of the str subclass t with the text of the str s: the
 * bytes where a str has them, the subclass's __dict__ and weakref slots
 * after the NUL (aligned: rt_tail_slot); tracked, as CPython's
 * PyType_GenericAlloc tracks it. */
static rt_object *str_subtype_new(rt_type *t, rt_object *s)
{
    intptr_t n = RT_SIZE(s), word = (intptr_t)sizeof(rt_object *);
    size_t size = (size_t)((t->basicsize + n + word - 1) & ~(word - 1));
    rt_strobject *o = (rt_strobject *)rt_object_new_sized(t, size);
    if (!o)
        return NULL;
    rt_strobject *src = (rt_strobject *)s;
    RT_SIZE(o) = n;
    o->hash = src->hash;
    o->length = src->length;
    o->ascii = src->ascii;
    memcpy(o->data, src->data, (size_t)n + 1);
    rt_gc_track(RT_OBJ(o));
    return RT_OBJ(o);
}

static rt_object *str_new_exact(rt_object *args, rt_object *kwargs);

/* str(object), str(b, encoding[, errors]), and cls(...) of a subclass:
 * the str first, then the subclass's copy of it (CPython's
 * unicode_subtype_new). */
static rt_object *str_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    rt_object *s = str_new_exact(args, kwargs);
    if (!s || t == &rt_str_type)
        return s;
    rt_object *o = str_subtype_new(t, s);
    rt_decref(s);
    return o;
}

static rt_object *str_new_exact(rt_object *args, rt_object *kwargs)
{
    intptr_t n = args ? RT_SIZE(args) : 0;
    if (!kwargs || rt_dict_size(kwargs) == 0) {
        if (n > 1)
            return rt_bytes_decode_args(args);   /* str(b, encoding[, errors]) */
        return n ? rt_str(RT_TUPLE_GET_ITEM(args, 0)) : rt_str_empty();
    }
    /* str(object='', encoding=, errors=) by keyword: CPython's Clinic
     * parsing and messages, then the same two cases */
    static const char *const names[] = { "object", "encoding", "errors" };
    rt_object *v[3];
    if (rt_clinic_bind_dict("str", names, 3, 0, args, kwargs, v) < 0)
        return NULL;
    if (!v[1] && !v[2])
        return v[0] ? rt_str(v[0]) : rt_str_empty();
    if (!v[0]) {   /* CPython decodes an empty bytes */
        rt_object *empty = rt_bytes_from_data("", 0);
        rt_object *r = empty ? rt_bytes_decode_parts(empty, v[1], v[2]) : NULL;
        RT_XDECREF(empty);
        return r;
    }
    return rt_bytes_decode_parts(v[0], v[1], v[2]);
}

/* ---- types -------------------------------------------------------------- */

static rt_sequence_methods str_as_sequence = {
    .length = str_length,
    .concat = rt_str_concat,
    .repeat = rt_str_repeat,
    .item = str_seq_item,
    .contains = str_seq_contains,
};
static rt_mapping_methods str_as_mapping = {
    .length = str_length,
    .subscript = str_subscript,
};

RT_NOSCAN_TYPE rt_type rt_str_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "str",
    .basicsize = (intptr_t)offsetof(rt_strobject, data),
    .itemsize = 1,
    .flags = RT_TPFLAGS_BASETYPE | RT_TPFLAGS_STR_SUBCLASS | RT_TPFLAGS_PLAIN_DEALLOC | RT_TPFLAGS_MATCH_SELF,
    .dealloc = rt_str_dealloc,   /* a mortal interned str leaves the table */
    .repr = rt_str_repr,
    .str = str_str,
    .hash = rt_str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter_new,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .methods = str_methods,
    .new_ = str_new_slot,
    .base = &rt_object_type,
};

RT_NOSCAN_TYPE rt_type rt_str_iterator_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = str_iter_dealloc,
    .traverse = str_iter_traverse,
    .hash = NULL,
    .iter = rt_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
    .base = &rt_object_type,
};

int rt_str_init(void)
{
    /* The singletons first: readying the types creates strs. */
    if (empty_str)
        return 0;
    rt_strobject *e = str_alloc(0);
    if (!e)
        return -1;
    e->length = 0;
    e->ascii = 1;
    make_immortal_interned(RT_OBJ(e));
    empty_str = RT_OBJ(e);
    for (int c = 0; c < 256; c++) {
        rt_strobject *s = str_alloc(c < 128 ? 1 : 2);
        if (!s)
            return -1;
        if (c < 128) {
            s->data[0] = (char)c;
        } else {
            s->data[0] = (char)(0xC0 | (c >> 6));
            s->data[1] = (char)(0x80 | (c & 0x3F));
        }
        s->length = 1;
        s->ascii = c < 128;
        make_immortal_interned(RT_OBJ(s));
        char_cache[c] = RT_OBJ(s);
    }
    if (rt_type_ready(&rt_str_type) < 0 || rt_type_ready(&rt_str_iterator_type) < 0
        || rt_type_add_methods(&rt_str_type, rt_str_more_methods) < 0)
        return -1;
    return 0;
}

/* The string caches: roots for the tracing collectors. */
int rt_str_visit_roots(rt_visitproc visit, void *arg)
{
    RT_VISIT(interned);
    RT_VISIT(empty_str);
    for (int i = 0; i < 256; i++)
        RT_VISIT(char_cache[i]);
    return 0;
}

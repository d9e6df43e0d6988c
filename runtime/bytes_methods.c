/*
 * bytes_methods.c -- the methods bytes and bytearray share (searching,
 * splitting, stripping, case mapping, hex, join) and the codecs: bytes.
 * decode and str.encode for UTF-8, ASCII and Latin-1 with the 'strict',
 * 'replace' and 'ignore' error handlers, raising CPython's
 * UnicodeDecodeError / UnicodeEncodeError with its positions and reasons.
 *
 * Every method returns an object of self's type where CPython does
 * (bytearray.upper() is a bytearray); self's bytes are read through
 * rt_byteslike_data, never kept across a call that could resize them.
 */
#include <stdio.h>
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

#define MDEF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

/* ---- argument helpers ----------------------------------------------------- */

/* Positional and keyword arguments into slots[0..n) by names, the first
 * `required` of them required; 0 / -1.  The checks come in the argument
 * clinic's order: too many arguments, a missing required one, then an
 * unknown keyword. */
int rt_bytes_bind_args(const char *fname, rt_object *const *args, intptr_t nargs, rt_object *kw,
                       const char *const *names, int n, int required, rt_object **slots)
{
    intptr_t nkw = kw ? RT_SIZE(kw) : 0;
    if (nargs + nkw > n) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most %d %sargument%s (%ld given)", fname, n,
                      nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", (long)(nargs + nkw));
        return -1;
    }
    for (int i = 0; i < n; i++)
        slots[i] = i < nargs ? args[i] : NULL;
    rt_object *unknown = NULL;
    for (intptr_t k = 0; k < nkw; k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kw, k);
        int j = 0;
        while (j < n && !rt_str_eq_cstr(name, names[j]))
            j++;
        if (j == n) {
            if (!unknown)
                unknown = name;
            continue;
        }
        if (slots[j]) {
            rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[j], j + 1);
            return -1;
        }
        slots[j] = args[nargs + k];
    }
    for (int i = 0; i < required; i++)
        if (!slots[i]) {
            rt_err_format(&rt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i],
                          i + 1);
            return -1;
        }
    if (unknown) {
        rt_err_format(&rt_exc_TypeError, "'%S' is an invalid keyword argument for %s()", unknown, fname);
        return -1;
    }
    return 0;
}

/* "bytes.center() takes no keyword arguments": CPython names self's type
 * (tname) for the methods that take positional arguments only. */
int rt_bytes_no_kw(const char *tname, const char *name, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    return 0;
}

/* "strip expected at most 1 argument, got 2" (the argument clinic's wording). */
int rt_bytes_nargs(const char *tname, const char *name, intptr_t nargs, intptr_t lo, intptr_t hi, rt_object *kw)
{
    if (rt_bytes_no_kw(tname, name, kw) < 0)
        return -1;
    if (nargs < lo) {
        rt_err_format(&rt_exc_TypeError, "%s expected at least %ld argument%s, got %ld", name, (long)lo,
                      lo == 1 ? "" : "s", (long)nargs);
        return -1;
    }
    if (nargs > hi) {
        rt_err_format(&rt_exc_TypeError, "%s expected at most %ld argument%s, got %ld", name, (long)hi,
                      hi == 1 ? "" : "s", (long)nargs);
        return -1;
    }
    return 0;
}

/* ---- searching ---------------------------------------------------------------- */

/* find/count/index: the needle (an int or bytes-like) and [start, end). */
static int search_args(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                       rt_object *kw, char *byte, const char **sub, intptr_t *sn, intptr_t *start,
                       intptr_t *end)
{
    if (rt_str_no_kwargs(name, kw) < 0 || rt_str_check_nargs(name, nargs, 1, 3) < 0)
        return -1;
    if (rt_index_check(args[0])) {
        int c;
        if (rt_byte_value(args[0], "byte must be in range(0, 256)", &c) < 0)
            return -1;
        *byte = (char)c;
        *sub = byte;
        *sn = 1;
    } else if (rt_byteslike_check(args[0])) {
        *sub = rt_byteslike_data(args[0]);
        *sn = RT_SIZE(args[0]);
    } else {
        rt_err_format(&rt_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                      args[0]->type->name);
        return -1;
    }
    *start = 0;
    *end = INTPTR_MAX;
    if (rt_str_opt_index(args, nargs, 1, start) < 0 || rt_str_opt_index(args, nargs, 2, end) < 0)
        return -1;
    rt_str_adjust_indices(start, end, RT_SIZE(self));
    return 0;
}

/* Position of the first (last: rev) match, -1 if none, -2 on error. */
static intptr_t do_find(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                        rt_object *kw, bool rev)
{
    char byte;
    const char *sub;
    intptr_t sn, start, end;
    if (search_args(name, self, args, nargs, kw, &byte, &sub, &sn, &start, &end) < 0)
        return -2;
    if (end - start < sn)
        return -1;
    const char *d = rt_byteslike_data(self);
    if (!rev) {
        const char *hit = rt_str_find_bytes(d + start, end - start, sub, sn);
        return hit ? hit - d : -1;
    }
    for (intptr_t i = end - sn; i >= start; i--)
        if (memcmp(d + i, sub, (size_t)sn) == 0)
            return i;
    return -1;
}

MDEF(m_find)
{
    intptr_t r = do_find("find", self, args, nargs, kw, false);
    return r == -2 ? NULL : rt_int_from_i64(r);
}

MDEF(m_rfind)
{
    intptr_t r = do_find("rfind", self, args, nargs, kw, true);
    return r == -2 ? NULL : rt_int_from_i64(r);
}

MDEF(m_index)
{
    intptr_t r = do_find("index", self, args, nargs, kw, false);
    if (r == -1)
        return rt_err_set_string(&rt_exc_ValueError, "subsection not found");
    return r == -2 ? NULL : rt_int_from_i64(r);
}

MDEF(m_rindex)
{
    intptr_t r = do_find("rindex", self, args, nargs, kw, true);
    if (r == -1)
        return rt_err_set_string(&rt_exc_ValueError, "subsection not found");
    return r == -2 ? NULL : rt_int_from_i64(r);
}

MDEF(m_count)
{
    char byte;
    const char *sub;
    intptr_t sn, start, end;
    if (search_args("count", self, args, nargs, kw, &byte, &sub, &sn, &start, &end) < 0)
        return NULL;
    if (end - start < sn)
        return rt_int_from_i64(0);
    if (sn == 0)
        return rt_int_from_i64(end - start + 1);
    const char *d = rt_byteslike_data(self), *hit;
    intptr_t i = start, c = 0;
    while ((hit = rt_str_find_bytes(d + i, end - i, sub, sn)) != NULL) {
        c++;
        i = (hit - d) + sn;
    }
    return rt_int_from_i64(c);
}

static rt_object *tailmatch(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                            rt_object *kw, bool at_end)
{
    if (rt_str_no_kwargs(name, kw) < 0 || rt_str_check_nargs(name, nargs, 1, 3) < 0)
        return NULL;
    intptr_t start = 0, end = INTPTR_MAX, n = RT_SIZE(self);
    if (rt_str_opt_index(args, nargs, 1, &start) < 0 || rt_str_opt_index(args, nargs, 2, &end) < 0)
        return NULL;
    rt_str_adjust_indices(&start, &end, n);
    rt_object *const *subs = &args[0];
    intptr_t nsubs = 1;
    if (rt_tuple_check(args[0])) {
        subs = RT_TUPLE_ITEMS(args[0]);
        nsubs = RT_SIZE(args[0]);
    }
    for (intptr_t k = 0; k < nsubs; k++) {
        if (!rt_byteslike_check(subs[k])) {
            if (subs == &args[0])
                return rt_err_format(&rt_exc_TypeError,
                                     "%s first arg must be bytes or a tuple of bytes, not %s", name,
                                     subs[k]->type->name);
            return rt_err_format(&rt_exc_TypeError, "a bytes-like object is required, not '%s'",
                                 subs[k]->type->name);
        }
        intptr_t sn = RT_SIZE(subs[k]);
        if (end - start < sn || start > n)
            continue;
        const char *d = rt_byteslike_data(self) + (at_end ? end - sn : start);
        if (memcmp(d, rt_byteslike_data(subs[k]), (size_t)sn) == 0)
            return rt_bool_from(true);
    }
    return rt_bool_from(false);
}

MDEF(m_startswith) { return tailmatch("startswith", self, args, nargs, kw, false); }
MDEF(m_endswith) { return tailmatch("endswith", self, args, nargs, kw, true); }

/* ---- splitting, stripping, replacing ------------------------------------------- */

/* bytes.isspace(): the six ASCII whitespace bytes. */
static bool is_ws(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int append_piece(rt_object *list, rt_object *like, const char *p, intptr_t n)
{
    rt_object *s = rt_byteslike_new_like(like, p, n);
    if (!s)
        return -1;
    int r = rt_list_append(list, s);
    RT_DECREF(s);
    return r;
}

static rt_object *do_split(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                           rt_object *kw, bool rev)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(RT_TYPE(self), name, names, (kw && RT_SIZE(kw) > 0) || nargs > 2) < 0
        || rt_bytes_bind_args(name, args, nargs, kw, names, 2, 0, a) < 0)
        return NULL;
    intptr_t maxsplit = a[1] ? rt_number_as_ssize_arg(a[1]) : -1;
    if (maxsplit == -1 && rt_err_occurred())
        return NULL;
    const char *sd = NULL;
    intptr_t sn = 0;
    if (a[0] && a[0] != RT_NONE) {
        if (rt_byteslike_get(a[0], &sd, &sn) < 0)
            return NULL;
        if (sn == 0)
            return rt_err_set_string(&rt_exc_ValueError, "empty separator");
    }
    if (maxsplit < 0)
        maxsplit = INTPTR_MAX;
    rt_object *list = rt_list_new(0);
    if (!list)
        return NULL;
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self);
    if (!sd && !rev) {
        intptr_t i = 0;
        while (maxsplit-- > 0) {
            while (i < n && is_ws((unsigned char)d[i]))
                i++;
            if (i == n)
                break;
            intptr_t j = i;
            while (i < n && !is_ws((unsigned char)d[i]))
                i++;
            if (append_piece(list, self, d + j, i - j) < 0)
                goto fail;
        }
        while (i < n && is_ws((unsigned char)d[i]))
            i++;
        if (i < n && append_piece(list, self, d + i, n - i) < 0)
            goto fail;
    } else if (!sd) {
        intptr_t i = n;
        while (maxsplit-- > 0) {
            while (i > 0 && is_ws((unsigned char)d[i - 1]))
                i--;
            if (i == 0)
                break;
            intptr_t j = i;
            while (i > 0 && !is_ws((unsigned char)d[i - 1]))
                i--;
            if (append_piece(list, self, d + i, j - i) < 0)
                goto fail;
        }
        while (i > 0 && is_ws((unsigned char)d[i - 1]))
            i--;
        if (i > 0 && append_piece(list, self, d, i) < 0)
            goto fail;
        rt_list_reverse(list);
    } else if (!rev) {
        intptr_t i = 0;
        const char *hit;
        while (maxsplit-- > 0 && (hit = rt_str_find_bytes(d + i, n - i, sd, sn)) != NULL) {
            if (append_piece(list, self, d + i, hit - (d + i)) < 0)
                goto fail;
            i = (hit - d) + sn;
        }
        if (append_piece(list, self, d + i, n - i) < 0)
            goto fail;
    } else {
        intptr_t j = n;
        for (intptr_t i = n - sn; maxsplit > 0 && i >= 0; i--) {
            if (memcmp(d + i, sd, (size_t)sn) == 0) {
                if (append_piece(list, self, d + i + sn, j - i - sn) < 0)
                    goto fail;
                j = i;
                i -= sn - 1;
                maxsplit--;
            }
        }
        if (append_piece(list, self, d, j) < 0)
            goto fail;
        rt_list_reverse(list);
    }
    return list;
fail:
    RT_DECREF(list);
    return NULL;
}

MDEF(m_split) { return do_split("split", self, args, nargs, kw, false); }
MDEF(m_rsplit) { return do_split("rsplit", self, args, nargs, kw, true); }

static rt_object *do_strip(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                           rt_object *kw, bool left, bool right)
{
    if (rt_bytes_nargs(self->type->name, name, nargs, 0, 1, kw) < 0)
        return NULL;
    const char *chars = " \t\n\v\f\r";
    intptr_t cn = 6;
    if (nargs == 1 && args[0] != RT_NONE && rt_byteslike_get(args[0], &chars, &cn) < 0)
        return NULL;
    const char *d = rt_byteslike_data(self);
    intptr_t i = 0, j = RT_SIZE(self);
    while (left && i < j && memchr(chars, d[i], (size_t)cn))
        i++;
    while (right && j > i && memchr(chars, d[j - 1], (size_t)cn))
        j--;
    if (i == 0 && j == RT_SIZE(self) && rt_bytes_check_exact(self))
        return rt_newref(self);
    return rt_byteslike_new_like(self, d + i, j - i);
}

MDEF(m_strip) { return do_strip("strip", self, args, nargs, kw, true, true); }
MDEF(m_lstrip) { return do_strip("lstrip", self, args, nargs, kw, true, false); }
MDEF(m_rstrip) { return do_strip("rstrip", self, args, nargs, kw, false, true); }

MDEF(m_replace)
{
    if (rt_bytes_nargs(self->type->name, "replace", nargs, 2, 3, kw) < 0)
        return NULL;
    const char *od, *nd;
    intptr_t on, nn;
    if (rt_byteslike_get(args[0], &od, &on) < 0 || rt_byteslike_get(args[1], &nd, &nn) < 0)
        return NULL;
    intptr_t count = nargs == 3 ? rt_number_as_ssize_arg(args[2]) : -1;
    if (count == -1 && rt_err_occurred())
        return NULL;
    if (count < 0)
        count = INTPTR_MAX;
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    intptr_t i = 0;
    if (on == 0) {
        /* the new bytes between every byte, as CPython */
        for (; i <= n && count > 0; count--) {
            rt_str_builder_append(&b, nd, nn);
            if (i < n)
                rt_str_builder_append(&b, d + i, 1);
            i++;
        }
    } else {
        const char *hit;
        while (count > 0 && (hit = rt_str_find_bytes(d + i, n - i, od, on)) != NULL) {
            rt_str_builder_append(&b, d + i, hit - (d + i));
            rt_str_builder_append(&b, nd, nn);
            i = (hit - d) + on;
            count--;
        }
    }
    if (i < n)
        rt_str_builder_append(&b, d + i, n - i);
    if (b.failed) {
        rt_str_builder_discard(&b);
        return rt_err_no_memory();
    }
    rt_object *r = rt_byteslike_new_like(self, b.buf, b.len);
    rt_str_builder_discard(&b);
    return r;
}

/* ---- case, classes, join, hex ------------------------------------------------ */

static rt_object *change_case(const char *name, rt_object *self, intptr_t nargs, rt_object *kw, bool upper)
{
    if (rt_bytes_no_kw(self->type->name, name, kw) < 0)
        return NULL;
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "%s.%s() takes no arguments (%ld given)", self->type->name,
                             name, (long)nargs);
    rt_object *r = rt_byteslike_new_like(self, rt_byteslike_data(self), RT_SIZE(self));
    if (!r)
        return NULL;
    if (rt_bytes_check(r) && RT_SIZE(r) <= 1 && RT_SIZE(r) == RT_SIZE(self)) {
        /* a cached one-byte singleton: make a fresh one to change */
        char c = RT_SIZE(r) ? rt_bytes_data(r)[0] : 0;
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) {
            RT_DECREF(r);
            c = (char)(c ^ 0x20);
            return rt_bytes_from_data(&c, 1);
        }
        return r;
    }
    char *d = rt_bytes_check(r) ? rt_bytes_data(r) : rt_bytearray_data(r);
    for (intptr_t i = 0; i < RT_SIZE(r); i++) {
        char c = d[i];
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
            d[i] = (char)(c ^ 0x20);
    }
    return r;
}

MDEF(m_upper) { (void)args; return change_case("upper", self, nargs, kw, true); }
MDEF(m_lower) { (void)args; return change_case("lower", self, nargs, kw, false); }

static rt_object *char_class(const char *name, rt_object *self, intptr_t nargs, rt_object *kw, int cls)
{
    if (rt_bytes_no_kw(self->type->name, name, kw) < 0)
        return NULL;
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "%s.%s() takes no arguments (%ld given)", self->type->name,
                             name, (long)nargs);
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self);
    if (n == 0)
        return rt_bool_from(false);
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        bool digit = c >= '0' && c <= '9', alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        bool ok = cls == 0 ? digit : cls == 1 ? alpha : cls == 2 ? (digit || alpha) : is_ws(c);
        if (!ok)
            return rt_bool_from(false);
    }
    return rt_bool_from(true);
}

MDEF(m_isdigit) { (void)args; return char_class("isdigit", self, nargs, kw, 0); }
MDEF(m_isalpha) { (void)args; return char_class("isalpha", self, nargs, kw, 1); }
MDEF(m_isalnum) { (void)args; return char_class("isalnum", self, nargs, kw, 2); }
MDEF(m_isspace) { (void)args; return char_class("isspace", self, nargs, kw, 3); }

MDEF(m_join)
{
    if (rt_bytes_no_kw(self->type->name, "join", kw) < 0)
        return NULL;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "%s.join() takes exactly one argument (%ld given)",
                             self->type->name, (long)nargs);
    rt_object *it = rt_get_iter(args[0]);
    if (!it) {
        if (rt_err_matches(&rt_exc_TypeError))
            rt_err_set_string(&rt_exc_TypeError, "can only join an iterable");
        return NULL;
    }
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_object *x;
    intptr_t i = 0;
    while ((x = rt_iter_next(it)) != NULL) {
        if (!rt_byteslike_check(x)) {
            rt_err_format(&rt_exc_TypeError, "sequence item %ld: expected a bytes-like object, %s found",
                          (long)i, x->type->name);
            RT_DECREF(x);
            break;
        }
        if (i++)
            rt_str_builder_append(&b, rt_byteslike_data(self), RT_SIZE(self));
        rt_str_builder_append(&b, rt_byteslike_data(x), RT_SIZE(x));
        RT_DECREF(x);
    }
    RT_DECREF(it);
    rt_object *r = NULL;
    if (!rt_err_occurred())
        r = b.failed ? rt_err_no_memory() : rt_byteslike_new_like(self, b.buf, b.len);
    rt_str_builder_discard(&b);
    return r;
}

MDEF(m_hex)
{
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(RT_TYPE(self), "hex", names, (kw && RT_SIZE(kw) > 0) || nargs > 2) < 0
        || rt_bytes_bind_args("hex", args, nargs, kw, names, 2, 0, a) < 0)
        return NULL;
    /* sep: one ASCII character (str or bytes) between groups of
     * |bytes_per_sep| bytes, counted from the right when it is positive */
    char sep = 0;
    intptr_t per = 1;
    if (a[0]) {
        const char *sp;
        intptr_t sn;
        if (rt_str_check(a[0])) {
            sp = rt_str_data(a[0]);
            sn = rt_str_len(a[0]);
        } else if (rt_byteslike_check(a[0])) {
            sp = rt_byteslike_data(a[0]);
            sn = RT_SIZE(a[0]);
        } else {   /* CPython takes len(sep) first */
            intptr_t len = rt_length(a[0]);
            if (len < 0)
                return NULL;
            if (len != 1)
                return rt_err_set_string(&rt_exc_ValueError, "sep must be length 1.");
            return rt_err_set_string(&rt_exc_TypeError, "sep must be str or bytes.");
        }
        if (sn != 1)
            return rt_err_set_string(&rt_exc_ValueError, "sep must be length 1.");
        if ((unsigned char)sp[0] >= 0x80)
            return rt_err_set_string(&rt_exc_ValueError, "sep must be ASCII.");
        sep = sp[0];
    }
    int per_int = 1;   /* a C int in CPython */
    if (a[1] && rt_number_as_cint(a[1], &per_int) < 0)
        return NULL;
    per = per_int;
    const unsigned char *d = (const unsigned char *)rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self), k = per < 0 ? -per : per;
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (intptr_t i = 0; i < n; i++) {
        if (a[0] && k && i > 0 && (per > 0 ? (n - i) % k : i % k) == 0)
            rt_str_builder_append_char(&b, sep);
        rt_str_builder_append_char(&b, "0123456789abcdef"[d[i] >> 4]);
        rt_str_builder_append_char(&b, "0123456789abcdef"[d[i] & 15]);
    }
    return rt_str_builder_finish(&b);
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* bytes.fromhex(s) / bytearray.fromhex(s): self is the class. */
MDEF(m_fromhex)
{
    if (rt_bytes_no_kw(((rt_type *)self)->name, "fromhex", kw) < 0)
        return NULL;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "fromhex() takes exactly one argument (%ld given)", (long)nargs);
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "fromhex() argument must be str, not %s", args[0]->type->name);
    const unsigned char *s = (const unsigned char *)rt_str_data(args[0]);
    intptr_t n = rt_str_size(args[0]);
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (intptr_t i = 0; i < n;) {
        if (is_ws(s[i])) {
            i++;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            rt_str_builder_discard(&b);
            /* positions count code points, as CPython */
            intptr_t at = hi < 0 ? i : i + 1, cp = 0;
            for (intptr_t k = 0; k < at; k++)
                cp += (s[k] & 0xC0) != 0x80;
            return rt_err_format(&rt_exc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %ld", (long)cp);
        }
        rt_str_builder_append_char(&b, (char)(hi << 4 | lo));
        i += 2;
    }
    rt_object *r = b.failed ? rt_err_no_memory()
                 : self == RT_OBJ(&rt_bytearray_type) ? rt_bytearray_from_data(b.buf, b.len)
                                                     : rt_bytes_from_data(b.buf, b.len);
    rt_str_builder_discard(&b);
    return r;
}

/* ---- codecs --------------------------------------------------------------------- */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };
enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_XMLCHARREF, ERR_BACKSLASH, ERR_UNSUPPORTED, ERR_UNKNOWN };

/* The codec an encoding name stands for (CPython's normalisation: case and
 * '-'/'_'/' ' do not matter); -1 + LookupError when gclab has none. */
static int find_codec(rt_object *enc, const char **canonical)
{
    char norm[32];
    size_t k = 0;
    const char *s = rt_str_data(enc);
    for (; *s && k + 1 < sizeof norm; s++)
        if (*s != '-' && *s != '_' && *s != ' ')
            norm[k++] = (char)((*s >= 'A' && *s <= 'Z') ? *s | 0x20 : *s);
    norm[k] = '\0';
    static const struct { const char *name; int codec; const char *canonical; } codecs[] = {
        { "utf8", ENC_UTF8, "utf-8" }, { "u8", ENC_UTF8, "utf-8" }, { "utf", ENC_UTF8, "utf-8" },
        { "ascii", ENC_ASCII, "ascii" }, { "usascii", ENC_ASCII, "ascii" },
        { "latin1", ENC_LATIN1, "latin-1" }, { "latin", ENC_LATIN1, "latin-1" },
        { "iso88591", ENC_LATIN1, "latin-1" }, { "l1", ENC_LATIN1, "latin-1" },
    };
    if (!*s)
        for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
            if (strcmp(norm, codecs[i].name) == 0) {
                *canonical = codecs[i].canonical;
                return codecs[i].codec;
            }
    rt_err_format(&rt_exc_LookupError, "unknown encoding: %s", rt_str_data(enc));
    return -1;
}

static int find_handler(rt_object *errors)
{
    if (!errors || rt_str_eq_cstr(errors, "strict"))
        return ERR_STRICT;
    if (rt_str_eq_cstr(errors, "replace"))
        return ERR_REPLACE;
    if (rt_str_eq_cstr(errors, "ignore"))
        return ERR_IGNORE;
    if (rt_str_eq_cstr(errors, "xmlcharrefreplace"))
        return ERR_XMLCHARREF;
    if (rt_str_eq_cstr(errors, "backslashreplace"))
        return ERR_BACKSLASH;
    /* handlers CPython registers that gclab lacks: refused, not unknown */
    if (rt_str_eq_cstr(errors, "surrogateescape") || rt_str_eq_cstr(errors, "surrogatepass")
        || rt_str_eq_cstr(errors, "namereplace"))
        return ERR_UNSUPPORTED;
    return ERR_UNKNOWN;
}

/* Raise the Unicode error for obj[start:end) unless the handler deals
 * with it: 0 handled, -1 raised. */
static int codec_error(rt_type *type, const char *enc, rt_object *obj, intptr_t start, intptr_t end,
                       const char *reason, int handler, rt_object *errors)
{
    if (handler == ERR_REPLACE || handler == ERR_IGNORE || handler == ERR_BACKSLASH)
        return 0;
    if (handler == ERR_XMLCHARREF) {
        if (type == &rt_exc_UnicodeEncodeError)
            return 0;
        rt_err_set_string(&rt_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    }
    if (handler == ERR_UNSUPPORTED) {
        rt_err_format(&rt_exc_NotImplementedError, "errors='%s': not supported by the gclab Python subset",
                      rt_str_data(errors));
        return -1;
    }
    if (handler == ERR_UNKNOWN) {
        rt_err_format(&rt_exc_LookupError, "unknown error handler name '%s'", rt_str_data(errors));
        return -1;
    }
    rt_object *e = rt_str_from_cstr(enc), *r = rt_str_from_cstr(reason);
    rt_object *s = rt_int_from_i64(start), *f = rt_int_from_i64(end);
    rt_object *args = e && r && s && f ? rt_tuple_pack(5, e, obj, s, f, r) : NULL;
    RT_XDECREF(e);
    RT_XDECREF(r);
    RT_XDECREF(s);
    RT_XDECREF(f);
    if (args) {
        rt_object *exc = rt_exception_new(type, args);
        RT_DECREF(args);
        if (exc)
            rt_err_restore(exc);
    }
    return -1;
}

/* The length of the invalid UTF-8 sequence at d[i] (n bytes in all) and
 * CPython's reason, or 0 when d[i..] starts a valid sequence of *len. */
static intptr_t utf8_bad(const unsigned char *d, intptr_t i, intptr_t n, intptr_t *len, const char **why)
{
    unsigned char c = d[i];
    if (c < 0x80) {
        *len = 1;
        return 0;
    }
    int more = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    if (!more) {
        *why = "invalid start byte";
        return 1;
    }
    unsigned char lo = 0x80, hi = 0xBF;   /* the second byte's range */
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    for (int k = 1; k <= more; k++) {
        if (i + k >= n) {
            *why = "unexpected end of data";
            return n - i;
        }
        unsigned char x = d[i + k];
        if (k == 1 ? (x < lo || x > hi) : (x & 0xC0) != 0x80) {
            *why = "invalid continuation byte";
            return k;
        }
    }
    *len = more + 1;
    return 0;
}

static rt_object *decode(rt_object *self, rt_object *enc, rt_object *errors)
{
    const char *name = "utf-8";
    int codec = enc ? find_codec(enc, &name) : ENC_UTF8;
    if (codec < 0)
        return NULL;
    int handler = find_handler(errors);
    const unsigned char *d = (const unsigned char *)rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_object *obj = NULL;   /* the bytes the error reports, made on the first error */
    for (intptr_t i = 0; i < n;) {
        intptr_t len = 1, bad = 0;
        const char *why = "ordinal not in range(128)";
        if (codec == ENC_UTF8)
            bad = utf8_bad(d, i, n, &len, &why);
        else if (codec == ENC_ASCII)
            bad = d[i] >= 0x80;
        if (!bad && codec == ENC_LATIN1 && d[i] >= 0x80) {
            rt_str_builder_append_char(&b, (char)(0xC0 | d[i] >> 6));
            rt_str_builder_append_char(&b, (char)(0x80 | (d[i] & 0x3F)));
        } else if (!bad) {
            rt_str_builder_append(&b, (const char *)d + i, len);
        } else {
            if (!obj && !(obj = rt_bytes_from_data((const char *)d, n)))
                break;
            if (codec_error(&rt_exc_UnicodeDecodeError, name, obj, i, i + bad, why, handler, errors) < 0)
                break;
            d = (const unsigned char *)rt_byteslike_data(self);
            if (handler == ERR_REPLACE)
                rt_str_builder_append_cstr(&b, "\xEF\xBF\xBD");
            for (intptr_t k = 0; handler == ERR_BACKSLASH && k < bad; k++) {
                char esc[8];
                snprintf(esc, sizeof esc, "\\x%02x", d[i + k]);
                rt_str_builder_append_cstr(&b, esc);
            }
            len = bad;
        }
        i += len;
    }
    RT_XDECREF(obj);
    if (rt_err_occurred()) {
        rt_str_builder_discard(&b);
        return NULL;
    }
    return rt_str_builder_finish(&b);
}

static int check_codec_args(const char *fname, rt_object **a)
{
    static const char *const names[] = { "encoding", "errors" };
    for (int i = 0; i < 2; i++)
        if (a[i] && !rt_str_check(a[i])) {
            rt_err_format(&rt_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, names[i],
                          a[i]->type->name);
            return -1;
        }
    return 0;
}

MDEF(m_decode)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(RT_TYPE(self), "decode", names, (kw && RT_SIZE(kw) > 0) || nargs > 2) < 0
        || rt_bytes_bind_args("decode", args, nargs, kw, names, 2, 0, a) < 0 || check_codec_args("decode", a) < 0)
        return NULL;
    return decode(self, a[0], a[1]);
}

/* The code point at d[i] (its UTF-8 width in *w). */
static unsigned long code_point(const unsigned char *d, intptr_t i, intptr_t n, intptr_t *w)
{
    *w = rt_str_cp_width((const char *)d, i, n);
    unsigned long cp = d[i];
    if (*w > 1) {
        cp &= 0x3Fu >> (*w - 1);
        for (intptr_t k = 1; k < *w; k++)
            cp = cp << 6 | (d[i + k] & 0x3Fu);
    }
    return cp;
}

rt_object *rt_bytes_decode_args(rt_object *args)
{
    intptr_t n = RT_SIZE(args);
    if (n > 3)
        return rt_err_format(&rt_exc_TypeError, "str() takes at most 3 arguments (%ld given)", (long)n);
    return rt_bytes_decode_parts(RT_TUPLE_GET_ITEM(args, 0), RT_TUPLE_GET_ITEM(args, 1),
                                 n > 2 ? RT_TUPLE_GET_ITEM(args, 2) : NULL);
}

rt_object *rt_bytes_decode_parts(rt_object *o, rt_object *encoding, rt_object *errors)
{
    rt_object *a[2] = { encoding, errors };
    if (check_codec_args("str", a) < 0)
        return NULL;
    if (rt_str_check(o))
        return rt_err_set_string(&rt_exc_TypeError, "decoding str is not supported");
    if (!rt_byteslike_check(o))
        return rt_err_format(&rt_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                             o->type->name);
    return decode(o, a[0], a[1]);
}

rt_object *rt_str_encode(rt_object *s, rt_object *enc, rt_object *errors)
{
    const char *name = "utf-8";
    int codec = enc ? find_codec(enc, &name) : ENC_UTF8;
    if (codec < 0)
        return NULL;
    const unsigned char *d = (const unsigned char *)rt_str_data(s);
    intptr_t n = rt_str_size(s);
    if (codec == ENC_UTF8)
        return rt_bytes_from_data((const char *)d, n);
    int handler = find_handler(errors);
    unsigned long limit = codec == ENC_ASCII ? 0x80 : 0x100;
    rt_str_builder b;
    rt_str_builder_init(&b);
    intptr_t cp_index = 0, w;
    for (intptr_t i = 0; i < n; cp_index++) {
        unsigned long cp = code_point(d, i, n, &w);
        if (cp < limit) {
            rt_str_builder_append_char(&b, (char)cp);
            i += w;
            continue;
        }
        /* a run of characters the codec cannot encode is one error */
        intptr_t run = 0, j = i;
        while (j < n && code_point(d, j, n, &w) >= limit) {
            run++;
            j += w;
        }
        if (codec_error(&rt_exc_UnicodeEncodeError, name, s, cp_index, cp_index + run,
                        codec == ENC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)",
                        handler, errors) < 0) {
            rt_str_builder_discard(&b);
            return NULL;
        }
        for (intptr_t k = 0, at = i; k < run && handler != ERR_IGNORE; k++) {
            /* '?', '&#233;' or '\xe9' / '\u20ac' / '\U0001f600' per character */
            unsigned long c = code_point(d, at, n, &w);
            char esc[16];
            if (handler == ERR_REPLACE)
                snprintf(esc, sizeof esc, "?");
            else if (handler == ERR_XMLCHARREF)
                snprintf(esc, sizeof esc, "&#%lu;", c);
            else
                snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02lx" : c < 0x10000 ? "\\u%04lx" : "\\U%08lx", c);
            rt_str_builder_append_cstr(&b, esc);
            at += w;
        }
        i = j;
        cp_index += run - 1;
    }
    if (b.failed) {
        rt_str_builder_discard(&b);
        return rt_err_no_memory();
    }
    rt_object *r = rt_bytes_from_data(b.buf, b.len);
    rt_str_builder_discard(&b);
    return r;
}

MDEF(m_encode)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    rt_object *a[2];
    if (rt_clinic_kwtuple(RT_TYPE(self), "encode", names, (kw && RT_SIZE(kw) > 0) || nargs > 2) < 0
        || rt_bytes_bind_args("encode", args, nargs, kw, names, 2, 0, a) < 0 || check_codec_args("encode", a) < 0)
        return NULL;
    return rt_str_encode(self, a[0], a[1]);
}

rt_binaryfunc rt_bytes_format_hook;

rt_object *rt_bytes_format(rt_object *fmt, rt_object *args)
{
    if (!rt_bytes_format_hook)
        return rt_err_set_string(&rt_exc_NotImplementedError,
                                 "%-formatting of bytes: not supported by the gclab Python subset");
    return rt_bytes_format_hook(fmt, args);
}

RT_NOSCAN rt_method_def rt_bytes_common_methods[] = {
    { "decode", m_decode, RT_METH_FASTCALL, "decode(encoding='utf-8', errors='strict')" },
    { "hex", m_hex, RT_METH_FASTCALL, "hex()" },
    { "fromhex", m_fromhex, RT_METH_FASTCALL | RT_METH_CLASS, "fromhex(string)" },
    { "find", m_find, RT_METH_FASTCALL | RT_METH_NOKW, "find(sub[, start[, end]])" },
    { "rfind", m_rfind, RT_METH_FASTCALL | RT_METH_NOKW, "rfind(sub[, start[, end]])" },
    { "index", m_index, RT_METH_FASTCALL | RT_METH_NOKW, "index(sub[, start[, end]])" },
    { "rindex", m_rindex, RT_METH_FASTCALL | RT_METH_NOKW, "rindex(sub[, start[, end]])" },
    { "count", m_count, RT_METH_FASTCALL | RT_METH_NOKW, "count(sub[, start[, end]])" },
    { "startswith", m_startswith, RT_METH_FASTCALL | RT_METH_NOKW, "startswith(prefix[, start[, end]])" },
    { "endswith", m_endswith, RT_METH_FASTCALL | RT_METH_NOKW, "endswith(suffix[, start[, end]])" },
    { "split", m_split, RT_METH_FASTCALL, "split(sep=None, maxsplit=-1)" },
    { "rsplit", m_rsplit, RT_METH_FASTCALL, "rsplit(sep=None, maxsplit=-1)" },
    { "strip", m_strip, RT_METH_FASTCALL, "strip(bytes=None)" },
    { "lstrip", m_lstrip, RT_METH_FASTCALL, "lstrip(bytes=None)" },
    { "rstrip", m_rstrip, RT_METH_FASTCALL, "rstrip(bytes=None)" },
    { "replace", m_replace, RT_METH_FASTCALL, "replace(old, new, count=-1)" },
    { "upper", m_upper, RT_METH_FASTCALL, "ASCII letters upper-cased" },
    { "lower", m_lower, RT_METH_FASTCALL, "ASCII letters lower-cased" },
    { "isdigit", m_isdigit, RT_METH_FASTCALL, "ASCII digits only" },
    { "isalpha", m_isalpha, RT_METH_FASTCALL, "ASCII letters only" },
    { "isalnum", m_isalnum, RT_METH_FASTCALL, "ASCII letters and digits only" },
    { "isspace", m_isspace, RT_METH_FASTCALL, "ASCII whitespace only" },
    { "join", m_join, RT_METH_FASTCALL, "sep.join(iterable_of_bytes)" },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN rt_method_def rt_bytes_str_methods[] = {
    { "encode", m_encode, RT_METH_FASTCALL, "encode(encoding='utf-8', errors='strict')" },
    { NULL, NULL, 0, NULL },
};

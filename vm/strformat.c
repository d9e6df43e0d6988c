/*
 * strformat.c -- str % args (printf-style formatting) and str.format /
 * str.format_map, as CPython 3.11 does them, with its error classes and
 * messages.
 *
 * `%` on str and on bytes/bytearray (there %s and %b take a bytes-like
 * object, %r and %a give ascii(x), %c a byte): conversions d i u o x X e E
 * f F g G c s r a and %%, flags - + space
 * # 0, width and precision (also `*`), a tuple of arguments, a single
 * argument, or a mapping with %(key)s.  str.format: automatic and manual
 * field numbering, keyword fields, `.attr` and `[index]` lookups, !r !s !a
 * and format specs (one level of nested {} fields inside a spec) handed to
 * vm_format, which owns the format mini-language.  Installed on the str
 * type by vm_strformat_init (as the remainder slot and two methods), since
 * they need vm_format from this layer.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/eval.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/slotwrap.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/bytes.h"

/* ---- printf-style ------------------------------------------------------------- */

typedef struct pspec {
    bool left, plus, space, alt, zero;
    intptr_t width, prec;   /* prec -1: none */
} pspec;

/* Pad body (with its sign/prefix already split off) to the width. */
static int emit(rt_str_builder *b, const pspec *ps, const char *sign, const char *prefix, const char *body,
                intptr_t body_len, intptr_t body_cps, bool numeric)
{
    intptr_t len = body_cps;
    for (const char *c = sign; *c; c++)
        len++;
    for (const char *c = prefix; *c; c++)
        len++;
    intptr_t padn = ps->width > len ? ps->width - len : 0;
    if (padn == 0 && len == body_cps) {   /* the common case: the body alone */
        if (rt_str_builder_append(b, body, body_len) < 0) {
            rt_err_no_memory();
            return -1;
        }
        return 0;
    }
    if ((!ps->left && !(ps->zero && numeric) && rt_str_builder_append_fill(b, ' ', padn) < 0)
        || rt_str_builder_append_cstr(b, sign) < 0 || rt_str_builder_append_cstr(b, prefix) < 0
        || (!ps->left && ps->zero && numeric && rt_str_builder_append_fill(b, '0', padn) < 0)
        || rt_str_builder_append(b, body, body_len) < 0
        || (ps->left && rt_str_builder_append_fill(b, ' ', padn) < 0)) {
        rt_err_no_memory();   /* the caller's -1 must carry an exception */
        return -1;
    }
    return 0;
}

static const char *sign_of(bool neg, const pspec *ps)
{
    return neg ? "-" : ps->plus ? "+" : ps->space ? " " : "";
}

static int format_int_value(rt_str_builder *b, const pspec *ps, rt_object *v, char conv)
{
    char digits[80], *p = digits + sizeof digits;
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    rt_object *big = NULL;   /* the digits of a big int */
    if (rt_int_is_small(v)) {
        int64_t x = RT_INT_VALUE(v);
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        do {
            *--p = set[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
    } else {
        if (!(big = rt_int_format_magnitude(v, base)))
            return -1;
        p = (char *)rt_str_data(big);
        if (conv == 'X')
            for (char *q = p; *q; q++)
                *q = (char)toupper((unsigned char)*q);
    }
    intptr_t nd = big ? rt_str_size(big) : digits + sizeof digits - p;
    intptr_t zeros = ps->prec > nd ? ps->prec - nd : 0;
    char local[96];
    char *body = zeros + nd < (intptr_t)sizeof local ? local : malloc((size_t)(zeros + nd + 1));
    if (!body) {
        rt_xdecref(big);
        rt_err_no_memory();
        return -1;
    }
    memset(body, '0', (size_t)zeros);
    memcpy(body + zeros, p, (size_t)nd);
    rt_xdecref(big);
    const char *prefix = !ps->alt ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
    int r = emit(b, ps, sign_of(rt_int_sign(v) < 0, ps), prefix, body, zeros + nd, zeros + nd, true);
    if (body != local)
        free(body);
    return r;
}

static int format_float_value(rt_str_builder *b, const pspec *ps, double v, char conv)
{
    char fmt[16];
    int prec = ps->prec < 0 ? 6 : ps->prec > INT32_MAX - 400 ? INT32_MAX - 400 : (int)ps->prec;
    if ((conv == 'f' || conv == 'F') && !ps->alt) {
        char fixed[RT_FLOAT_FIXED_MAX];
        int n = rt_float_format_fixed(fabs(v), prec, fixed);
        if (n >= 0)
            return emit(b, ps, sign_of(signbit(v) != 0, ps), "", fixed, n, n, true);
    }
    if ((conv == 'e' || conv == 'E') && !ps->alt && isfinite(v)) {
        char fixed[RT_FLOAT_FIXED_MAX];
        int n = rt_float_format_exp(fabs(v), prec, conv == 'E', fixed);
        if (n >= 0)
            return emit(b, ps, sign_of(signbit(v) != 0, ps), "", fixed, n, n, true);
    }
    if ((conv == 'g' || conv == 'G') && isfinite(v)) {
        char fixed[RT_FLOAT_FIXED_MAX];
        int n = rt_float_format_general(fabs(v), prec, conv == 'G', ps->alt, fixed);
        if (n >= 0)
            return emit(b, ps, sign_of(signbit(v) != 0, ps), "", fixed, n, n, true);
    }
    snprintf(fmt, sizeof fmt, "%%%s.*%c", ps->alt ? "#" : "", conv);
    int len = snprintf(NULL, 0, fmt, prec, fabs(v));   /* no cap on the precision, as CPython */
    char *body = len < 0 ? NULL : malloc((size_t)len + 1);
    if (!body) {
        rt_err_no_memory();
        return -1;
    }
    snprintf(body, (size_t)len + 1, fmt, prec, fabs(v));
    pspec q = *ps;
    if (!isfinite(v))
        q.zero = false;
    int r = emit(b, &q, sign_of(signbit(v) && !isnan(v), ps), "", body, len, len, true);
    free(body);
    return r;
}

/* bytes % args: %s and %b of a bytes-like object (or one with
 * __bytes__), %r and %a as ascii(v), %c of a byte value or a one-byte
 * bytes. */
static int convert_bytes(rt_str_builder *b, const pspec *ps, char conv, rt_object *v)
{
    rt_object *s = NULL;
    if (conv == 'c') {
        if (rt_bytes_check(v) && RT_SIZE(v) == 1) {
            s = rt_newref(v);
        } else if (rt_int_check(v)) {
            int64_t c = RT_INT_VALUE(v);
            if (c < 0 || c > 255) {
                rt_err_set_string(&rt_exc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            char ch = (char)c;
            s = rt_bytes_from_data(&ch, 1);
        } else {
            rt_err_set_string(&rt_exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return -1;
        }
    } else if (conv == 'r' || conv == 'a') {
        rt_object *t = rt_ascii(v);
        s = t ? rt_bytes_from_data(rt_str_data(t), rt_str_size(t)) : NULL;
        rt_xdecref(t);
    } else if (rt_byteslike_check(v)) {
        s = rt_newref(v);
    } else {
        rt_object *nm = rt_str_intern_cstr("__bytes__");
        rt_object *m = nm ? rt_type_lookup(RT_TYPE(v), nm) : NULL;
        rt_xdecref(nm);
        if (!m) {
            rt_err_format(&rt_exc_TypeError,
                          "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                          rt_type_name(v));
            return -1;
        }
        s = rt_call_method(v, "__bytes__", NULL, 0);
        if (s && !rt_bytes_check(s)) {
            rt_err_format(&rt_exc_TypeError, "__bytes__ returned non-bytes (type %s)", rt_type_name(s));
            RT_CLEAR(s);
        }
    }
    if (!s)
        return -1;
    intptr_t n = RT_SIZE(s);
    if (conv != 'c' && ps->prec >= 0 && ps->prec < n)
        n = ps->prec;
    emit(b, ps, "", "", rt_byteslike_data(s), n, n, false);
    rt_decref(s);
    return 0;
}

/* One conversion of value v (bytes: of bytes % args; whole: the only
 * thing in the format). */
static int convert(rt_str_builder *b, const pspec *ps, char conv, rt_object *v, bool bytes, bool whole)
{
    if (bytes && (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a' || conv == 'c'))
        return convert_bytes(b, ps, conv, v);
    switch (conv) {
    case 's': case 'r': case 'a': {
        if (conv == 's' && ps->width <= 0 && ps->prec < 0 && rt_str_check_exact(v) && !whole) {
            if (rt_str_builder_append_str(b, v) < 0) {
                rt_err_no_memory();
                return -1;
            }
            return 0;
        }
        rt_object *s = conv == 's' ? rt_str(v) : conv == 'r' ? rt_repr(v) : rt_ascii(v);
        if (!s)
            return -1;
        intptr_t n = rt_str_size(s), cps = rt_str_len(s);
        if (ps->prec >= 0 && ps->prec < cps) {
            rt_object *t = rt_str_slice(s, 0, ps->prec, 1);
            rt_decref(s);
            if (!t)
                return -1;
            s = t;
            n = rt_str_size(s);
            cps = rt_str_len(s);
        }
        if (whole && s == v && ps->width <= cps)
            rt_str_builder_append_whole(b, s);   /* '%s' % s is s */
        else
            emit(b, ps, "", "", rt_str_data(s), n, cps, false);
        rt_decref(s);
        return 0;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        rt_object *iv;
        if (rt_int_check(v)) {
            iv = rt_newref(v);
        } else if (rt_float_check(v) && (conv == 'd' || conv == 'i' || conv == 'u')) {
            if (!(iv = rt_int_from_double(RT_FLOAT_VALUE(v))))
                return -1;
        } else {
            iv = RT_TYPE(v)->as_number && RT_TYPE(v)->as_number->index ? rt_number_index(v) : NULL;
            if (!iv) {
                if (!rt_err_occurred())
                    rt_err_format(&rt_exc_TypeError, "%%%c format: %s is required, not %s", conv,
                                  conv == 'd' || conv == 'i' || conv == 'u' ? "a real number" : "an integer",
                                  rt_type_name(v));
                return -1;
            }
        }
        int r = format_int_value(b, ps, iv, conv == 'i' || conv == 'u' ? 'd' : conv);
        rt_decref(iv);
        return r;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d = rt_float_as_double(v);
        if (d == -1.0 && rt_err_occurred())
            return -1;
        return format_float_value(b, ps, d, conv);
    }
    case 'c': {
        if (rt_str_check(v) && rt_str_len(v) == 1)
            return emit(b, ps, "", "", rt_str_data(v), rt_str_size(v), 1, false);
        if (!rt_int_check(v)) {
            rt_err_set_string(&rt_exc_TypeError, "%c requires int or char");
            return -1;
        }
        int64_t c = RT_INT_VALUE(v);
        if (c < 0 || c > 0x10ffff) {
            rt_err_set_string(&rt_exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        rt_object *s = NULL;
        if (c < 0x80) {
            s = rt_str_from_format("%c", (int)c);
        } else {
            rt_object *cp = rt_int_from_i64(c);
            rt_object *f = cp ? rt_dict_getitem_str(vm.builtins, "chr") : NULL;
            s = f ? rt_call_vector(f, &cp, 1) : NULL;
            RT_XDECREF(cp);
        }
        if (!s)
            return -1;
        emit(b, ps, "", "", rt_str_data(s), rt_str_size(s), 1, false);
        rt_decref(s);
        return 0;
    }
    default:
        return -1;
    }
}

/* fmt % args for a str fmt, or a bytes-like one (bytes). */
static rt_object *percent_format(rt_object *fmt, rt_object *args, bool bytes)
{
    const char *d = bytes ? rt_byteslike_data(fmt) : rt_str_data(fmt);
    intptr_t n = bytes ? RT_SIZE(fmt) : rt_str_size(fmt), i = 0, argi = 0;
    bool tuple = rt_tuple_check(args);
    intptr_t nargs = tuple ? RT_SIZE(args) : 1;
    rt_object *dict = !tuple && !rt_str_check(args) && !rt_byteslike_check(args) && RT_TYPE(args)->as_mapping
                              && RT_TYPE(args)->as_mapping->subscript
                          ? args : NULL;
    /* What an unnamed conversion takes next: args (its items when a
     * tuple), and after a %(key) the key's item, once -- CPython replaces
     * its current argument by the item, so '%(a)s %s' % {'a': 1} has
     * nothing left for the %s.  cur owns the last keyed item. */
    rt_object *cur = args, *cur_owned = NULL;
    rt_str_builder b;
    rt_str_builder_init(&b);
#define NEXT_ARG() (argi < nargs ? (tuple ? RT_TUPLE_GET_ITEM(cur, argi++) : (argi++, cur)) : NULL)
    while (i < n) {
        if (d[i] != '%') {
            const char *pct = memchr(d + i, '%', (size_t)(n - i));
            intptr_t j = pct ? pct - d : n;
            if (i == 0 && j == n && !bytes)   /* a str without '%': share it */
                rt_str_builder_append_whole(&b, fmt);
            else
                rt_str_builder_append(&b, d + i, j - i);
            i = j;
            continue;
        }
        intptr_t spec_start = i++;
        if (i < n && d[i] == '%') {   /* only a bare %% is a literal (CPython) */
            rt_str_builder_append_char(&b, '%');
            i++;
            continue;
        }
        rt_object *keyed = NULL;
        if (i < n && d[i] == '(') {
            if (!dict) {
                rt_err_set_string(&rt_exc_TypeError, "format requires a mapping");
                goto fail;
            }
            intptr_t depth = 1, k = ++i;
            while (i < n && depth) {
                depth += d[i] == '(' ? 1 : d[i] == ')' ? -1 : 0;
                i++;
            }
            if (depth) {
                rt_err_set_string(&rt_exc_ValueError, "incomplete format key");
                goto fail;
            }
            rt_object *key = bytes ? rt_bytes_from_data(d + k, i - 1 - k) : rt_str_from_bytes(d + k, i - 1 - k);
            keyed = key ? rt_getitem(args, key) : NULL;
            RT_XDECREF(key);
            if (!keyed)
                goto fail;
            RT_XDECREF(cur_owned);
            cur = cur_owned = rt_newref(keyed);
            tuple = false;
            nargs = 1;
            argi = 0;
        }
        pspec ps = { .width = -1, .prec = -1 };
        for (; i < n; i++) {
            char f = d[i];
            if (f == '-') ps.left = true;
            else if (f == '+') ps.plus = true;
            else if (f == ' ') ps.space = true;
            else if (f == '#') ps.alt = true;
            else if (f == '0') ps.zero = true;
            else break;
        }
        for (int part = 0; part < 2; part++) {
            intptr_t *dst = part ? &ps.prec : &ps.width;
            if (part) {
                if (i >= n || d[i] != '.')
                    break;
                i++;
                *dst = 0;
            }
            if (i < n && d[i] == '*') {
                i++;
                rt_object *w = NEXT_ARG();
                if (!w) {
                    rt_err_set_string(&rt_exc_TypeError, "not enough arguments for format string");
                    goto fail_keyed;
                }
                if (!rt_int_check(w)) {
                    rt_err_set_string(&rt_exc_TypeError, "* wants int");
                    goto fail_keyed;
                }
                /* a width of -2**63 (a Py_ssize_t in CPython) stays negative
                 * when CPython negates it: left-justified, no padding */
                bool min = !part && rt_int_is_i64_min(w);
                *dst = min ? 0 : rt_int_as_i64(w);
                if (min)
                    ps.left = true;
                if (*dst == -1 && rt_err_occurred()) {
                    if (part && rt_err_matches(&rt_exc_OverflowError)) {   /* a C int in CPython */
                        rt_err_clear();
                        rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C int");
                    }
                    goto fail_keyed;
                }
                if (part && (*dst > INT32_MAX || *dst < INT32_MIN)) {   /* a C int in CPython */
                    rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C int");
                    goto fail_keyed;
                }
                if (part && *dst < 0)
                    *dst = 0;
                if (!part && *dst < 0) {
                    ps.left = true;
                    *dst = -*dst;
                }
            } else {
                /* CPython keeps the width in a Py_ssize_t and the precision
                   in a C int, and refuses digits that would overflow them */
                intptr_t limit = part ? INT32_MAX : INTPTR_MAX;
                while (i < n && d[i] >= '0' && d[i] <= '9') {
                    intptr_t cur = *dst < 0 ? 0 : *dst, digit = d[i] - '0';
                    if (cur > (limit - digit) / 10) {
                        rt_err_set_string(&rt_exc_ValueError, part ? (bytes ? "prec too big" : "precision too big") : "width too big");
                        goto fail_keyed;
                    }
                    *dst = cur * 10 + digit;
                    i++;
                }
            }
        }
        while (i < n && (d[i] == 'h' || d[i] == 'l' || d[i] == 'L'))
            i++;
        if (i >= n) {
            rt_err_set_string(&rt_exc_ValueError, "incomplete format");
            goto fail_keyed;
        }
        char conv = d[i++];
        /* CPython takes the argument before it looks at the conversion */
        rt_object *v = NEXT_ARG();
        if (!v) {
            rt_err_set_string(&rt_exc_TypeError, "not enough arguments for format string");
            goto fail_keyed;
        }
        if (!strchr(bytes ? "diuoxXeEfFgGcsrab" : "diuoxXeEfFgGcsra", conv)) {
            unsigned char uc = (unsigned char)conv;
            intptr_t at = 0;
            for (intptr_t q = 0; q < i - 1; q++)
                at += ((unsigned char)d[q] & 0xC0) != 0x80;
            rt_err_format(&rt_exc_ValueError, "unsupported format character '%c' (0x%x) at index %ld",
                          uc < 0x80 ? conv : '?', uc, (long)at);
            goto fail_keyed;
        }
        /* CPython returns the str itself only when this conversion is the
         * whole format ('%s' % s, not 'x%s' or '%s%s') */
        int r = convert(&b, &ps, conv, v, bytes, spec_start == 0 && i == n && (!keyed || rt_dict_check_exact(args)));
        RT_XDECREF(keyed);
        if (r < 0)
            goto fail;
        continue;
    fail_keyed:
        RT_XDECREF(keyed);
        goto fail;
    }
#undef NEXT_ARG
    if (argi < nargs && !dict) {
        rt_err_format(&rt_exc_TypeError, "not all arguments converted during %s formatting",
                      bytes ? "bytes" : "string");
        goto fail;
    }
    RT_XDECREF(cur_owned);
    if (bytes) {
        rt_object *r = b.failed ? rt_err_no_memory()
                     : rt_bytearray_check(fmt) ? rt_bytearray_from_data(b.buf, b.len)
                                               : rt_bytes_from_data(b.buf, b.len);
        rt_str_builder_discard(&b);
        return r;
    }
    return rt_str_builder_finish(&b);
fail:
    RT_XDECREF(cur_owned);
    rt_str_builder_discard(&b);
    return NULL;
}

static rt_object *str_mod(rt_object *fmt, rt_object *args)
{
    if (!rt_str_check(fmt))
        return rt_newref(RT_NOTIMPLEMENTED);
    return percent_format(fmt, args, false);
}

static rt_object *bytes_mod(rt_object *fmt, rt_object *args) { return percent_format(fmt, args, true); }

static rt_number_methods str_as_number = { .remainder = str_mod };

/* ---- str.format ------------------------------------------------------------------ */

typedef struct fmtstate {
    rt_object *const *args;
    intptr_t nargs;
    rt_object *kwargs;       /* dict, mapping or NULL */
    intptr_t next_auto;
    int mode;                /* 0 undecided, 1 automatic, 2 manual */
    bool map_only;           /* format_map: no positional arguments at all */
} fmtstate;

static rt_object *lookup_kw(fmtstate *st, rt_object *name)
{
    if (!st->kwargs)
        return rt_err_set_object(&rt_exc_KeyError, name);
    return rt_getitem(st->kwargs, name);
}

/* The object a field name (d[0..n)) designates: new reference. */
static rt_object *field_object(fmtstate *st, const char *d, intptr_t n)
{
    intptr_t k = 0;
    while (k < n && d[k] != '.' && d[k] != '[')
        k++;
    rt_object *obj;
    if (k == 0) {
        if (st->mode == 2)
            return rt_err_set_string(&rt_exc_ValueError,
                                     "cannot switch from manual field specification to automatic field numbering");
        st->mode = 1;
        intptr_t idx = st->next_auto++;
        if (st->map_only)   /* CPython's get_field_object with args NULL */
            return rt_err_set_string(&rt_exc_ValueError, "Format string contains positional fields");
        if (idx >= st->nargs)
            return rt_err_format(&rt_exc_IndexError, "Replacement index %ld out of range for positional args tuple",
                                 (long)idx);
        obj = rt_newref(st->args[idx]);
    } else {
        bool digits = true;
        for (intptr_t j = 0; j < k; j++)
            digits &= d[j] >= '0' && d[j] <= '9';
        if (digits) {
            if (st->mode == 1)
                return rt_err_set_string(&rt_exc_ValueError,
                                         "cannot switch from automatic field numbering to manual field specification");
            st->mode = 2;
            intptr_t idx = 0;
            for (intptr_t j = 0; j < k; j++)
                idx = idx * 10 + (d[j] - '0');
            if (st->map_only)
                return rt_err_set_string(&rt_exc_ValueError, "Format string contains positional fields");
            if (idx >= st->nargs)
                return rt_err_format(&rt_exc_IndexError,
                                     "Replacement index %ld out of range for positional args tuple", (long)idx);
            obj = rt_newref(st->args[idx]);
        } else {
            rt_object *name = rt_str_from_bytes(d, k);
            obj = name ? lookup_kw(st, name) : NULL;
            RT_XDECREF(name);
            if (!obj)
                return NULL;
        }
    }
    while (k < n) {
        rt_object *next;
        if (d[k] == '.') {
            intptr_t j = ++k;
            while (k < n && d[k] != '.' && d[k] != '[')
                k++;
            if (k == j) {
                rt_decref(obj);
                return rt_err_set_string(&rt_exc_ValueError, "Empty attribute in format string");
            }
            rt_object *name = rt_str_from_bytes(d + j, k - j);
            next = name ? rt_getattr(obj, name) : NULL;
            RT_XDECREF(name);
        } else if (d[k] == '[') {
            intptr_t j = ++k;
            while (k < n && d[k] != ']')
                k++;
            if (k >= n) {
                rt_decref(obj);
                return rt_err_set_string(&rt_exc_ValueError, "Missing ']' in format string");
            }
            if (k == j) {
                rt_decref(obj);
                return rt_err_set_string(&rt_exc_ValueError, "Empty attribute in format string");
            }
            bool digits = true;
            for (intptr_t q = j; q < k; q++)
                digits &= d[q] >= '0' && d[q] <= '9';
            rt_object *key = digits ? rt_int_from_string(d + j, k - j, 10) : rt_str_from_bytes(d + j, k - j);
            next = key ? rt_getitem(obj, key) : NULL;
            RT_XDECREF(key);
            k++;
            if (next && k < n && d[k] != '.' && d[k] != '[') {
                rt_decref(next);
                next = rt_err_set_string(&rt_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            next = rt_err_set_string(&rt_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        rt_decref(obj);
        if (!next)
            return NULL;
        obj = next;
    }
    return obj;
}

static int format_into(rt_str_builder *b, fmtstate *st, const char *d, intptr_t n, int depth);

/* One replacement field (the text between the braces). */
static int do_field(rt_str_builder *b, fmtstate *st, const char *f, intptr_t fl, int depth)
{
    intptr_t nl = 0, bracket = 0;
    while (nl < fl && (bracket || (f[nl] != '!' && f[nl] != ':'))) {
        if (f[nl] == '[')
            bracket = 1;
        else if (f[nl] == ']')
            bracket = 0;
        nl++;
    }
    char conv = 0;
    intptr_t k = nl;
    if (k < fl && f[k] == '!') {
        if (k + 1 >= fl) {
            rt_err_set_string(&rt_exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        conv = f[k + 1];
        k += 2;
        if (k < fl && f[k] != ':') {
            rt_err_set_string(&rt_exc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    rt_object *obj = field_object(st, f, nl);
    if (!obj)
        return -1;
    /* An argument itself (no .attr or [key]: the caller keeps it alive, also
     * for the tracing collectors) may be adopted as the whole result. */
    rt_object *arg = memchr(f, '.', (size_t)nl) || memchr(f, '[', (size_t)nl) ? NULL : obj;
    if (conv) {
        rt_object *c = conv == 'r' ? rt_repr(obj) : conv == 'a' ? rt_ascii(obj) : conv == 's' ? rt_str(obj) : NULL;
        if (!c && !rt_err_occurred())
            rt_err_format(&rt_exc_ValueError, "Unknown conversion specifier %c", conv);
        rt_decref(obj);
        if (!c)
            return -1;
        obj = c;
    }
    rt_object *spec = NULL;
    if (k < fl && f[k] == ':') {
        rt_str_builder sb;
        rt_str_builder_init(&sb);
        if (format_into(&sb, st, f + k + 1, fl - k - 1, depth + 1) < 0) {
            rt_str_builder_discard(&sb);
            rt_decref(obj);
            return -1;
        }
        spec = rt_str_builder_finish(&sb);
        if (!spec) {
            rt_decref(obj);
            return -1;
        }
    }
    rt_object *s = vm_format(obj, spec);
    rt_decref(obj);
    RT_XDECREF(spec);
    if (!s)
        return -1;
    int r = s == arg ? rt_str_builder_append_whole(b, s) : rt_str_builder_append_str(b, s);
    rt_decref(s);
    return r;
}

static int format_into(rt_str_builder *b, fmtstate *st, const char *d, intptr_t n, int depth)
{
    /* CPython allows one level of fields nested in a spec ("{0:{1}}"); a
     * field in a nested spec is one too many ("{0:{1:{2}}}") */
    if (depth > 1) {
        rt_err_set_string(&rt_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    intptr_t i = 0;
    while (i < n) {
        char c = d[i];
        if (c == '}') {
            if (i + 1 < n && d[i + 1] == '}') {
                rt_str_builder_append_char(b, '}');
                i += 2;
                continue;
            }
            rt_err_set_string(&rt_exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (c != '{') {
            intptr_t j = i;
            while (j < n && d[j] != '{' && d[j] != '}')
                j++;
            rt_str_builder_append(b, d + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 < n && d[i + 1] == '{') {
            rt_str_builder_append_char(b, '{');
            i += 2;
            continue;
        }
        /* the field runs to the matching '}' (nested braces in the spec) */
        intptr_t j = i + 1, level = 1;
        bool bracket = false, in_spec = false;
        while (j < n) {
            if (d[j] == '[' && level == 1)
                bracket = true;
            else if (d[j] == ']')
                bracket = false;
            else if (!bracket && !in_spec && level == 1 && (d[j] == '!' || d[j] == ':')) {
                in_spec = true;
                /* CPython's scanner takes the character after '!' as the
                 * conversion whatever it is, '}' too */
                if (d[j] == '!') {
                    if (j + 1 >= n) {
                        rt_err_set_string(&rt_exc_ValueError, "end of string while looking for conversion specifier");
                        return -1;
                    }
                    if (j + 2 < n && d[j + 2] != ':' && d[j + 2] != '}') {
                        rt_err_set_string(&rt_exc_ValueError, "expected ':' after conversion specifier");
                        return -1;
                    }
                    j++;
                }
            } else if (!bracket && d[j] == '{')
                level++;
            else if (!bracket && d[j] == '}' && --level == 0)
                break;
            j++;
        }
        if (j >= n) {
            rt_err_set_string(&rt_exc_ValueError, i + 1 >= n ? "Single '{' encountered in format string"
                                                  : in_spec ? "unmatched '{' in format spec"
                                                            : "expected '}' before end of string");
            return -1;
        }
        if (do_field(b, st, d + i + 1, j - i - 1, depth) < 0)
            return -1;
        i = j + 1;
    }
    return 0;
}

static rt_object *do_format(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwargs, bool map_only)
{
    fmtstate st = { args, nargs, kwargs, 0, 0, map_only };
    const char *d = rt_str_data(self);
    size_t n = (size_t)rt_str_size(self);
    if (rt_str_check_exact(self) && !memchr(d, '{', n) && !memchr(d, '}', n))
        return rt_newref(self);   /* no field: the str itself, as CPython */
    rt_str_builder b;
    rt_str_builder_init(&b);
    if (format_into(&b, &st, d, (intptr_t)n, 0) < 0) {
        rt_str_builder_discard(&b);
        return NULL;
    }
    return rt_str_builder_finish(&b);
}

static rt_object *m_format(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    /* str.format is METH_VARARGS | METH_KEYWORDS in CPython 3.11: its
     * caller builds the argument tuple, then the keyword dict */
    rt_object *kw = NULL;
    rt_varargs_standin argtuple = rt_tuple_varargs_take(args, nargs);
    if (!argtuple.ok)
        return NULL;
    if (kwnames && RT_SIZE(kwnames)) {
        kw = rt_dict_new();
        for (intptr_t k = 0; kw && k < RT_SIZE(kwnames); k++)
            if (rt_dict_setitem(kw, RT_TUPLE_GET_ITEM(kwnames, k), args[nargs + k]) < 0)
                RT_CLEAR(kw);
        if (!kw) {
            rt_tuple_varargs_drop(argtuple);
            return NULL;
        }
    }
    rt_object *r = do_format(self, args, nargs, kw, false);
    rt_tuple_varargs_drop(argtuple);
    RT_XDECREF(kw);
    return r;
}

static rt_object *m_format_map(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "str.format_map() takes exactly one argument (%ld given)",
                             (long)nargs);
    return do_format(self, NULL, 0, args[0], true);
}

RT_NOSCAN static rt_method_def format_methods[] = {
    { "format", m_format, RT_METH_FASTCALL, "format(*args, **kwargs)" },
    { "format_map", m_format_map, RT_METH_FASTCALL, "format_map(mapping)" },
    { NULL, NULL, 0, NULL },
};

int vm_strformat_init(void)
{
    rt_str_type.as_number = &str_as_number;
    rt_bytes_format_hook = bytes_mod;
    if (rt_slot_wrappers_add_number(&rt_str_type) < 0)
        return -1;
    return rt_type_add_methods(&rt_str_type, format_methods);
}

/*
 * strbuild.c -- the string builder (rt_str_builder_*), the printf-like
 * formatter built on it (rt_str_from_format, %R and %S for objects), and
 * repr() of a str, which writes into a builder.
 *
 * Invariants (see str.h): a builder starts in its inline buffer and moves
 * to the heap by doubling; once an append fails, `failed` stays set, every
 * later append is a no-op returning -1, and finish raises MemoryError
 * (unless an error is already set) and returns NULL; `whole` is set only
 * while the builder holds exactly one exact str appended whole, so finish
 * can return that object instead of a copy.  Every exit goes through
 * finish or discard, which free the heap buffer.
 */
#include <string.h>
#include <stdio.h>
#include "runtime/str.h"
#include "runtime/str_int.h"
#include "runtime/unicase.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

/* ---- repr --------------------------------------------------------------- */

static int repr_into(rt_str_builder *b, rt_object *o)
{
    rt_strobject *s = (rt_strobject *)o;
    const unsigned char *d = (const unsigned char *)s->data;
    intptr_t n = RT_SIZE(s);
    /* CPython: single quotes unless the text has ' and no ". */
    bool sq = memchr(d, '\'', (size_t)n) != NULL, dq = memchr(d, '"', (size_t)n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    rt_str_builder_append_char(b, q);
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        char esc[12];
        if (c == (unsigned char)q || c == '\\') {
            esc[0] = '\\'; esc[1] = (char)c;
            rt_str_builder_append(b, esc, 2);
        } else if (c == '\n') {
            rt_str_builder_append(b, "\\n", 2);
        } else if (c == '\t') {
            rt_str_builder_append(b, "\\t", 2);
        } else if (c == '\r') {
            rt_str_builder_append(b, "\\r", 2);
        } else if (c < 0x20 || c == 0x7f) {
            esc[0] = '\\'; esc[1] = 'x'; esc[2] = hex[c >> 4]; esc[3] = hex[c & 15];
            rt_str_builder_append(b, esc, 4);
        } else if (c < 0x80) {
            rt_str_builder_append_char(b, (char)c);
        } else {
            intptr_t w = rt_str_cp_width((const char *)d, i, n);
            uint32_t cp = rt_utf8_decode((const char *)d + i, w);
            /* CPython escapes what is not printable, in the shortest form */
            if (rt_unicode_is_printable(cp)) {
                rt_str_builder_append(b, (const char *)d + i, w);
            } else {
                int len = snprintf(esc, sizeof esc, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x",
                                   (unsigned)cp);
                rt_str_builder_append(b, esc, len);
            }
            i += w - 1;
        }
    }
    return rt_str_builder_append_char(b, q);
}

rt_object *rt_str_repr(rt_object *o)
{
    rt_str_builder b;
    rt_str_builder_init(&b);
    repr_into(&b, o);
    return rt_str_builder_finish(&b);
}
/* ---- builder ------------------------------------------------------------ */

void rt_str_builder_init(rt_str_builder *b)
{
    b->buf = b->small;
    b->len = 0;
    b->cap = (intptr_t)sizeof b->small;
    b->failed = false;
    b->whole = NULL;
}

static int builder_reserve(rt_str_builder *b, intptr_t extra)
{
    if (b->whole)   /* something is written after it, even nothing */
        RT_CLEAR(b->whole);
    if (b->failed)
        return -1;
    if (b->len + extra <= b->cap)
        return 0;
    if (extra > INTPTR_MAX / 2 - b->len) {   /* the doubling below would overflow */
        b->failed = true;
        return -1;
    }
    intptr_t cap = b->cap;
    while (cap < b->len + extra)
        cap *= 2;   /* doubling: amortised O(1) appends */
    char *nb;
    if (b->buf == b->small) {
        nb = rt_mem_malloc_atomic((size_t)cap);   /* characters only */
        if (nb)
            memcpy(nb, b->small, (size_t)b->len);
    } else {
        nb = rt_mem_realloc(b->buf, (size_t)cap);
    }
    if (!nb) {
        b->failed = true;
        return -1;
    }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

int rt_str_builder_append(rt_str_builder *b, const char *s, intptr_t n)
{
    if (builder_reserve(b, n) < 0)
        return -1;
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

int rt_str_builder_append_fill(rt_str_builder *b, char c, intptr_t n)
{
    if (n <= 0)
        return 0;
    if (builder_reserve(b, n) < 0)
        return -1;
    memset(b->buf + b->len, c, (size_t)n);
    b->len += n;
    return 0;
}

int rt_str_builder_append_repeat(rt_str_builder *b, const char *s, intptr_t n, intptr_t count)
{
    if (n == 1)
        return rt_str_builder_append_fill(b, s[0], count);
    if (n <= 0 || count <= 0)
        return 0;
    if (count > INTPTR_MAX / n) {
        b->failed = true;
        return -1;
    }
    if (builder_reserve(b, n * count) < 0)
        return -1;
    for (intptr_t i = 0; i < count; i++, b->len += n)
        memcpy(b->buf + b->len, s, (size_t)n);
    return 0;
}

int rt_str_builder_append_cstr(rt_str_builder *b, const char *s)
{
    return rt_str_builder_append(b, s, (intptr_t)strlen(s));
}

int rt_str_builder_append_char(rt_str_builder *b, char c)
{
    if (builder_reserve(b, 1) < 0)
        return -1;
    b->buf[b->len++] = c;
    return 0;
}

int rt_str_builder_append_str(rt_str_builder *b, rt_object *s)
{
    return rt_str_builder_append(b, rt_str_data(s), RT_SIZE(s));
}

int rt_str_builder_append_whole(rt_str_builder *b, rt_object *s)
{
    bool empty = b->len == 0;
    if (rt_str_builder_append_str(b, s) < 0)
        return -1;
    if (empty && rt_str_check_exact(s))
        b->whole = rt_newref(s);
    return 0;
}

int rt_str_builder_append_repr(rt_str_builder *b, rt_object *o)
{
    if (rt_str_check_exact(o))
        return repr_into(b, o);
    rt_object *r = rt_repr(o);
    if (!r) {
        b->failed = true;
        return -1;
    }
    int rc = rt_str_builder_append_str(b, r);
    RT_DECREF(r);
    return rc;
}

int rt_str_builder_append_strof(rt_str_builder *b, rt_object *o)
{
    if (rt_str_check(o))
        return rt_str_builder_append_str(b, o);
    rt_object *r = rt_str(o);
    if (!r) {
        b->failed = true;
        return -1;
    }
    int rc = rt_str_builder_append_str(b, r);
    RT_DECREF(r);
    return rc;
}

/* Formats a printf-like string; %R and %S take an rt_object *.  Each other
 * conversion is handed to snprintf with its own flags, width, precision and
 * length modifier. */
static int builder_vappendf(rt_str_builder *b, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct)
            return rt_str_builder_append_cstr(b, p);
        rt_str_builder_append(b, p, pct - p);
        const char *q = pct + 1;
        if (*q == '%') {
            rt_str_builder_append_char(b, '%');
            p = q + 1;
            continue;
        }
        if (*q == 'R' || *q == 'S') {
            rt_object *o = va_arg(ap, rt_object *);
            if ((*q == 'R' ? rt_str_builder_append_repr(b, o) : rt_str_builder_append_strof(b, o)) < 0)
                return -1;
            p = q + 1;
            continue;
        }
        /* flags, width and precision; '*' takes an int argument */
        char spec[48];
        size_t sl = 0;
        spec[sl++] = '%';
        bool left = false;
        while (*q && strchr("-+ #0", *q)) {
            left |= *q == '-';
            if (sl < 8)
                spec[sl++] = *q;
            q++;
        }
        int width = -1, prec = -1;
        if (*q == '*') {
            width = va_arg(ap, int);
            if (width < 0) {   /* printf: a negative '*' width left-justifies */
                width = -width;
                left = true;
                if (sl < 8)
                    spec[sl++] = '-';
            }
            q++;
        } else if (*q >= '0' && *q <= '9') {
            width = 0;
            while (*q >= '0' && *q <= '9')
                width = width * 10 + (*q++ - '0');
        }
        if (*q == '.') {
            q++;
            prec = 0;
            if (*q == '*') {
                prec = va_arg(ap, int);
                q++;
            } else {
                while (*q >= '0' && *q <= '9')
                    prec = prec * 10 + (*q++ - '0');
            }
        }
        if (width >= 0)
            sl += (size_t)snprintf(spec + sl, 12, "%d", width > 4096 ? 4096 : width);
        if (prec >= 0)
            sl += (size_t)snprintf(spec + sl, 13, ".%d", prec > 4096 ? 4096 : prec);
        int lng = 0, size_t_ = 0;
        while (*q == 'h')
            q++;   /* promoted to int anyway */
        while (*q == 'l') { lng++; q++; }
        if (*q == 'z' || *q == 'j' || *q == 't') { size_t_ = 1; q++; }
        if (!*q)
            return rt_str_builder_append_cstr(b, pct);   /* malformed: copy as is */
        if (size_t_)
            spec[sl++] = 'z';
        for (int k = 0; k < lng && k < 2; k++)
            spec[sl++] = 'l';
        spec[sl++] = *q;
        spec[sl] = '\0';
        char tmp[4200];   /* width and precision are capped at 4096 above */
        int w;
        switch (*q) {
        case 'd': case 'i':
            if (size_t_) w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, intptr_t));
            else if (lng == 2) w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, long long));
            else if (lng == 1) w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, long));
            else w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            break;
        case 'u': case 'x': case 'X': case 'o':
            if (size_t_) w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, size_t));
            else if (lng == 2) w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, unsigned long long));
            else if (lng == 1) w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, unsigned long));
            else w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, unsigned));
            break;
        case 'c':
            w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            break;
        case 'p':
            w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, void *));
            break;
        case 'f': case 'g': case 'e': case 'G': case 'E':
            w = snprintf(tmp, sizeof tmp, spec, va_arg(ap, double));
            break;
        case 's': {
            /* Copied directly: a long string is never truncated. */
            const char *str = va_arg(ap, const char *);
            if (!str)
                str = "(null)";
            intptr_t n = (intptr_t)strlen(str);
            if (prec >= 0 && prec < n)
                n = prec;
            intptr_t pad = width > n ? width - n : 0;
            rt_str_builder_append_fill(b, ' ', left ? 0 : pad);
            rt_str_builder_append(b, str, n);
            rt_str_builder_append_fill(b, ' ', left ? pad : 0);
            w = 0;
            break;
        }
        default:
            return rt_str_builder_append_cstr(b, pct);
        }
        if (w > 0)
            rt_str_builder_append(b, tmp, w < (int)sizeof tmp ? w : (int)sizeof tmp - 1);
        p = q + 1;
    }
    return b->failed ? -1 : 0;
}

int rt_str_builder_appendf(rt_str_builder *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = builder_vappendf(b, fmt, ap);
    va_end(ap);
    return r;
}

rt_object *rt_str_builder_finish(rt_str_builder *b)
{
    rt_object *r = NULL;
    if (!b->failed && b->whole && b->len == RT_SIZE(b->whole))
        r = rt_newref(b->whole);   /* nothing but empty strs after it */
    else if (!b->failed)
        r = rt_str_from_bytes(b->buf, b->len);
    else if (!rt_err_occurred())
        rt_err_no_memory();
    rt_str_builder_discard(b);
    return r;
}

void rt_str_builder_discard(rt_str_builder *b)
{
    if (b->buf != b->small)
        rt_mem_free(b->buf);
    RT_XDECREF(b->whole);
    rt_str_builder_init(b);
}

rt_object *rt_str_from_vformat(const char *fmt, va_list ap)
{
    rt_str_builder b;
    rt_str_builder_init(&b);
    if (builder_vappendf(&b, fmt, ap) < 0) {
        b.failed = true;
    }
    return rt_str_builder_finish(&b);
}

rt_object *rt_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rt_object *r = rt_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

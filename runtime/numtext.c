/*
 * numtext.c -- the text int() and float() read from a str.  CPython 3.11
 * first rewrites a non-ASCII str to ASCII: every Unicode decimal digit
 * (Arabic-Indic, full-width...) becomes its ASCII digit, every Unicode
 * whitespace a space; any other non-ASCII code point (and DEL) makes the
 * text invalid.  The ASCII parsers (rt_int_from_text, rt_float_from_text)
 * then read it, and their error message shows the original str.  ASCII
 * strings (the common case) go straight to the parsers.
 */
#include "runtime/str.h"
#include "runtime/str_int.h"
#include "runtime/unicase.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/error.h"
#include "runtime/alloc.h"
#include "runtime/unidigit_tab.h"

#define COUNT(a) ((intptr_t)(sizeof(a) / sizeof((a)[0])))

/* The ASCII character code point cp stands for, or 0 for none. */
static char ascii_of(uint32_t cp)
{
    for (intptr_t i = 0; i < COUNT(unidigit_spaces); i++)
        if (cp == unidigit_spaces[i])
            return ' ';
    intptr_t lo = 0, hi = COUNT(unidigit_zeros);
    while (lo < hi) {   /* the last run starting at or before cp */
        intptr_t mid = (lo + hi) / 2;
        if (unidigit_zeros[mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && cp - unidigit_zeros[lo - 1] < 10)
        return (char)('0' + (cp - unidigit_zeros[lo - 1]));
    return 0;
}

/* The ASCII rewrite of str s into a new buffer (*out, *outlen); 0 if a
 * code point has none (the text is invalid), -1 on no memory. */
static int to_ascii(rt_object *s, char **out, intptr_t *outlen)
{
    const char *d = rt_str_data(s);
    intptr_t n = rt_str_size(s), k = 0;
    char *buf = rt_mem_malloc_atomic((size_t)n + 1);
    if (!buf) {
        rt_err_no_memory();
        return -1;
    }
    for (intptr_t i = 0; i < n;) {
        intptr_t w = rt_str_cp_width(d, i, n);
        char c = w == 1 ? d[i] : ascii_of(rt_utf8_decode(d + i, w));
        if (!c || c == 0x7f) {
            rt_mem_free(buf);
            return 0;
        }
        buf[k++] = c;
        i += w;
    }
    buf[k] = '\0';
    *out = buf;
    *outlen = k;
    return 1;
}

/* Parse str as an int in base (0..36), or as a float when base < 0. */
static rt_object *parse(rt_object *str, int base)
{
    const char *s = rt_str_data(str);
    intptr_t len = rt_str_size(str);
    char *buf = NULL;
    rt_object *shown = NULL;
    if (!((rt_strobject *)str)->ascii) {
        int ok = to_ascii(str, &buf, &len);
        if (ok < 0)
            return NULL;
        shown = str;
        s = ok ? buf : "?";
        len = ok ? len : 1;
    }
    rt_object *r = base < 0 ? rt_float_from_text(s, len, shown) : rt_int_from_text(s, len, base, shown);
    if (buf)
        rt_mem_free(buf);
    return r;
}

rt_object *rt_int_from_str(rt_object *str, int base) { return parse(str, base); }
rt_object *rt_float_from_str(rt_object *str) { return parse(str, -1); }

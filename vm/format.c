/*
 * format.c -- format specifications for int, float and str (f-string
 * fields `{x:spec}` and format(x, spec)) of int, float, complex and str, as CPython 3.11's format
 * mini-language (Python/formatter_unicode.c):
 *     [[fill]align][sign][z][#][0][width][,|_][.precision][type]
 * Types: int b c d o x X n (and e E f F g G % through float); float e E f
 * F g G n % and none; str s and none.  Every spec CPython rejects is
 * rejected with its message, checked in its order: the parse (digits that
 * overflow a Py_ssize_t, a missing precision, trailing characters,
 * separators with a type that has none), then the type's own rules.
 * Objects of other types go to their own __format__ method; with an empty
 * spec that is str(x).
 *
 * Invariant: widths and precisions are only ever used after the checks
 * (a width past INT32_MAX is MemoryError, as CPython fails to allocate),
 * so a hostile spec cannot make a buffer size overflow.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/eval.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"

typedef struct spec {
    char fill[5];             /* UTF-8 of the fill character */
    char align, sign, type, grouping;   /* 0 when not given */
    bool alt, no_neg_0;
    int64_t width, precision; /* -1: not given */
} spec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Length of the UTF-8 sequence starting at s (1 for a stray byte). */
static int utf8_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    for (int i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            return 1;
    return n;
}

/* Digits at *p as a Py_ssize_t; -1 when there are none. */
static int get_integer(const char **p, int64_t *out)
{
    int64_t v = 0;
    const char *q = *p;
    while (*q >= '0' && *q <= '9') {
        int d = *q - '0';
        if (v > (INT64_MAX - d) / 10) {
            rt_err_set_string(&rt_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        q++;
    }
    *out = q == *p ? -1 : v;
    *p = q;
    return 0;
}

/* "'x'" or "'\x1'" as CPython names a type character in messages. */
static void type_name(char c, char buf[8])
{
    if ((unsigned char)c > 32 && (unsigned char)c < 128)
        snprintf(buf, 8, "%c", c);
    else
        snprintf(buf, 8, "\\x%x", (unsigned)(unsigned char)c);
}

/* Parse spec text s (of value v, for messages) with CPython's defaults for
 * the value's type: default_type and default_align. */
static int parse_spec(const char *s, rt_object *v, char default_type, char default_align, spec *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->fill[0] = ' ';
    sp->type = default_type;
    sp->width = sp->precision = -1;
    const char *p = s;
    bool fill_given = false;
    int fl = *p ? utf8_len(p) : 0;
    if (*p && p[fl] && is_align(p[fl])) {
        memcpy(sp->fill, p, (size_t)fl);
        sp->fill[fl] = 0;
        sp->align = p[fl];
        fill_given = true;
        p += fl + 1;
    } else if (is_align(*p)) {
        sp->align = *p++;
    }
    if (*p == '+' || *p == '-' || *p == ' ')
        sp->sign = *p++;
    if (*p == 'z') {
        sp->no_neg_0 = true;
        p++;
    }
    if (*p == '#') {
        sp->alt = true;
        p++;
    }
    if (!fill_given && *p == '0') {
        strcpy(sp->fill, "0");
        if (!sp->align && default_align == '>')
            sp->align = '=';
        p++;
    }
    if (get_integer(&p, &sp->width) < 0)
        return -1;
    if (*p == ',') {
        sp->grouping = ',';
        p++;
    }
    if (*p == '_') {
        if (sp->grouping) {
            rt_err_set_string(&rt_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        sp->grouping = '_';
        p++;
    }
    if (*p == ',' && sp->grouping == '_') {
        rt_err_set_string(&rt_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (*p == '.') {
        p++;
        if (get_integer(&p, &sp->precision) < 0)
            return -1;
        if (sp->precision < 0) {
            rt_err_set_string(&rt_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (p[0] && p[1]) {
        rt_err_format(&rt_exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", s,
                      rt_type_name(v));
        return -1;
    }
    if (*p)
        sp->type = *p;
    if (sp->grouping) {
        const char *ok = sp->grouping == '_' ? "defgEG%FboxX" : "defgEG%F";
        if (sp->type && !strchr(ok, sp->type)) {
            char tn[8];
            type_name(sp->type, tn);
            rt_err_format(&rt_exc_ValueError, "Cannot specify '%c' with '%s'.", sp->grouping, tn);
            return -1;
        }
    }
    if (sp->width > INT32_MAX) {
        rt_err_no_memory();
        return -1;
    }
    return 0;
}

static rt_object *unknown_type(char type, rt_object *v)
{
    char tn[8];
    type_name(type, tn);
    return rt_err_format(&rt_exc_ValueError, "Unknown format code '%s' for object of type '%s'", tn,
                         rt_type_name(v));
}

static size_t code_points(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            k++;
    return k;
}

/* Separators into the integer part of digits (ASCII); when min > 0 the
 * digits are first padded with '0' until the grouped part is at least
 * min characters long (CPython's zero padding with separators).  A new
 * malloc'd string or NULL. */
static char *group(const char *digits, const char *set, char sep, int every, size_t min)
{
    size_t n = strlen(digits), intlen = strspn(digits, set);
    size_t zeros = 0;
    while (intlen && intlen + zeros + (intlen + zeros - 1) / (size_t)every < min)
        zeros++;
    size_t total = intlen + zeros;
    char *out = malloc(total + total / (size_t)every + (n - intlen) + 2);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < total; i++) {
        if (i > 0 && (total - i) % (size_t)every == 0)
            out[o++] = sep;
        out[o++] = i < zeros ? '0' : digits[i - zeros];
    }
    memcpy(out + o, digits + intlen, n - intlen + 1);
    return out;
}

/* count copies of the fill (fl bytes of UTF-8) at o; returns the end. */
static char *put_fill(char *o, const char *fill, size_t fl, size_t count)
{
    if (fl == 1) {
        memset(o, fill[0], count);
        return o + count;
    }
    for (size_t i = 0; i < count; i++, o += fl)
        memcpy(o, fill, fl);
    return o;
}

/* sign + prefix + body padded to the width with fill and align; bcp is
 * the body's code points when the caller knows them (a number's ASCII
 * digits, a str's length), else SIZE_MAX to count them. */
static rt_object *finish(const spec *sp, const char *sign, const char *prefix, const char *body,
                         size_t blen, size_t bcp, char default_align)
{
    size_t ls = sign[0] ? strlen(sign) : 0, lp = prefix[0] ? strlen(prefix) : 0;   /* mostly empty */
    if (bcp == SIZE_MAX)
        bcp = code_points(body, blen);
    size_t cps = ls + lp + bcp;
    size_t pad = sp->width > 0 && (size_t)sp->width > cps ? (size_t)sp->width - cps : 0;
    char align = sp->align ? sp->align : default_align;
    size_t left = 0, right = 0, mid = 0;
    if (align == '<')
        right = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else if (align == '>')
        left = pad;
    else
        mid = pad;
    size_t fl = sp->fill[1] ? strlen(sp->fill) : 1;
    size_t total = (left + mid + right) * fl + ls + lp + blen;
    if (total > INT32_MAX)   /* the width is checked against INT32_MAX */
        return rt_err_no_memory();
    char stack[256];
    char *out = total <= sizeof stack ? stack : malloc(total);
    if (!out)
        return rt_err_no_memory();
    char *o = out;
    o = put_fill(o, sp->fill, fl, left);
    memcpy(o, sign, ls);
    o += ls;
    memcpy(o, prefix, lp);
    o += lp;
    o = put_fill(o, sp->fill, fl, mid);
    memcpy(o, body, blen);
    o += blen;
    put_fill(o, sp->fill, fl, right);
    /* Valid UTF-8 with as many code points as bytes is ASCII (sign and
     * prefix are, a one-byte fill is): the str needs no scan. */
    bool ascii = bcp == blen && (fl == 1 || left + mid + right == 0);
    rt_object *r = ascii ? rt_str_from_ascii(out, (intptr_t)total) : rt_str_from_bytes(out, (intptr_t)total);
    if (out != stack)
        free(out);
    return r;
}

/* Number body (digits, no sign) with grouping applied every `every`
 * digits (hexadecimal ones when every is 4), then padded. */
static rt_object *finish_number(const spec *sp, bool neg, const char *prefix, const char *body, int every)
{
    const char *set = every == 4 ? "0123456789abcdefABCDEF" : "0123456789";
    const char *sign = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    if (!sp->grouping) {
        size_t blen = strlen(body);   /* ASCII: digits, point, exponent, inf/nan */
        return finish(sp, sign, prefix, body, blen, blen, '>');
    }
    size_t min = 0;
    if (sp->align == '=' && !strcmp(sp->fill, "0") && sp->width > 0) {
        size_t fixed = strlen(sign) + strlen(prefix) + strlen(body) - strspn(body, set);
        min = (size_t)sp->width > fixed ? (size_t)sp->width - fixed : 0;
    }
    char *g = group(body, set, sp->grouping, every, min);
    if (!g)
        return rt_err_no_memory();
    size_t glen = strlen(g);
    rt_object *r = finish(sp, sign, prefix, g, glen, glen, '>');
    free(g);
    return r;
}

/* Trailing zeros of a fraction, and then a bare point, dropped. */
static void strip_zeros(char *body)
{
    if (!strchr(body, '.'))
        return;
    size_t n = strlen(body);
    while (body[n - 1] == '0')
        body[--n] = 0;
    if (body[n - 1] == '.')
        body[--n] = 0;
}

/* Python's 'g' without type and with a precision: like 'g', but the
 * exponent form starts one digit earlier and a fixed result keeps ".0"
 * (Py_DTSF_ADD_DOT_0). */
static void format_general_dot0(char *body, size_t size, double a, int prec, bool alt)
{
    if (prec == 0)
        prec = 1;
    if (rt_float_format_exp(a, prec - 1, false, body) < 0)
        snprintf(body, size, "%.*e", prec - 1, a);
    int x = atoi(strchr(body, 'e') + 1);
    if (x < -4 || x >= prec - 1) {
        char *e = strchr(body, 'e');
        char exp[16];
        snprintf(exp, sizeof exp, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
        *e = 0;
        if (!alt)
            strip_zeros(body);
        else if (!strchr(body, '.'))
            strcat(body, ".");   /* '#': always a decimal point */
        strcat(body, exp);
        return;
    }
    if (rt_float_format_fixed(a, prec - 1 - x > 0 ? prec - 1 - x : 0, body) < 0)
        snprintf(body, size, "%.*f", prec - 1 - x > 0 ? prec - 1 - x : 0, a);
    if (!alt)
        strip_zeros(body);
    if (!strchr(body, '.'))
        strcat(body, ".0");
}

static rt_object *format_float(double v, spec *sp, rt_object *obj)
{
    char type = sp->type;
    if (!strchr("eEfFgGn%", type) || type == 0) {
        if (type != 0)
            return unknown_type(type, obj);
    }
    if (sp->precision > INT32_MAX)
        return rt_err_set_string(&rt_exc_ValueError, "precision too big");
    int prec = (int)sp->precision;
    bool neg = signbit(v) && !isnan(v);
    double a = fabs(v);
    size_t size = (size_t)(prec > 0 ? prec : 0) + 400;
    char stack[512];   /* precisions up to 112 need no malloc */
    char *body = size <= sizeof stack ? stack : malloc(size);
    if (!body)
        return rt_err_no_memory();
    if (!isfinite(a)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        strcpy(body, isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%')
            strcat(body, "%");
    } else if (type == 0 && prec < 0) {
        rt_float_format_repr(a, body, size);
        if (sp->alt && !strchr(body, '.')) {   /* '#': always a decimal point */
            char *e = strchr(body, 'e');
            size_t at = e ? (size_t)(e - body) : strlen(body);
            memmove(body + at + 1, body + at, strlen(body + at) + 1);
            body[at] = '.';
        }
    } else if (type == 0) {
        format_general_dot0(body, size, a, prec, sp->alt);
    } else {
        char t = type == 'n' ? 'g' : type == '%' ? 'f' : type;
        if (prec < 0)
            prec = 6;
        bool done = (t == 'g' || t == 'G') ? rt_float_format_general(a, prec, t == 'G', sp->alt, body) >= 0
                    : !sp->alt && ((t == 'f' || t == 'F') ? rt_float_format_fixed(type == '%' ? a * 100 : a, prec, body) >= 0
                                   : rt_float_format_exp(a, prec, t == 'E', body) >= 0);
        if (!done) {
            char fmt[16];
            snprintf(fmt, sizeof fmt, "%%%s.*%c", sp->alt ? "#" : "", t);
            snprintf(body, size - 1, fmt, prec, type == '%' ? a * 100 : a);
        }
        if (type == '%')
            strcat(body, "%");
    }
    if (neg && sp->no_neg_0 && !strpbrk(body, "123456789") && isfinite(a))
        neg = false;   /* z: a value that rounds to zero loses its sign */
    rt_object *r = finish_number(sp, neg, "", body, 3);
    if (body != stack)
        free(body);
    return r;
}

static rt_object *format_int(rt_object *obj, spec *sp)
{
    char type = sp->type;
    int64_t v = RT_INT_VALUE(obj);   /* RT_INT_BIG for a big int */
    if (strchr("eEfFgG%", type) && type) {
        double d = rt_int_as_double(obj);
        if (d == -1.0 && rt_err_occurred())
            return NULL;
        return format_float(d, sp, obj);
    }
    if (!type || !strchr("bcdoxXn", type))
        return unknown_type(type, obj);
    if (sp->precision >= 0)
        return rt_err_set_string(&rt_exc_ValueError, "Precision not allowed in integer format specifier");
    if (sp->no_neg_0)
        return rt_err_set_string(&rt_exc_ValueError,
                                 "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (sp->sign)
            return rt_err_set_string(&rt_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (sp->alt)
            return rt_err_set_string(&rt_exc_ValueError,
                                     "Alternate form (#) not allowed with integer format specifier 'c'");
        if (v == RT_INT_BIG)
            return rt_err_set_string(&rt_exc_OverflowError, "Python int too large to convert to C long");
        if (v < 0 || v > 0x10ffff)
            return rt_err_set_string(&rt_exc_OverflowError, "%c arg not in range(0x110000)");
        char c[5];
        uint32_t u = (uint32_t)v;
        size_t n;
        if (u < 0x80) { c[0] = (char)u; n = 1; }
        else if (u < 0x800) { c[0] = (char)(0xc0 | u >> 6); c[1] = (char)(0x80 | (u & 0x3f)); n = 2; }
        else if (u < 0x10000) {
            c[0] = (char)(0xe0 | u >> 12); c[1] = (char)(0x80 | (u >> 6 & 0x3f)); c[2] = (char)(0x80 | (u & 0x3f));
            n = 3;
        } else {
            c[0] = (char)(0xf0 | u >> 18); c[1] = (char)(0x80 | (u >> 12 & 0x3f));
            c[2] = (char)(0x80 | (u >> 6 & 0x3f)); c[3] = (char)(0x80 | (u & 0x3f));
            n = 4;
        }
        return finish(sp, "", "", c, n, 1, '>');
    }
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char body[80], prefix[3] = "";
    int base = 10, every = 3;
    switch (type) {
    case 'x': case 'X': base = 16; every = 4; if (sp->alt) strcpy(prefix, type == 'x' ? "0x" : "0X"); break;
    case 'o': base = 8; every = 4; if (sp->alt) strcpy(prefix, "0o"); break;
    case 'b': base = 2; every = 4; if (sp->alt) strcpy(prefix, "0b"); break;
    default: break;
    }
    if (v == RT_INT_BIG) {
        rt_object *m = rt_int_format_magnitude(obj, base);
        if (!m)
            return NULL;
        if (type == 'X')
            for (char *q = (char *)rt_str_data(m); *q; q++)
                *q = (char)toupper((unsigned char)*q);
        rt_object *r = finish_number(sp, rt_int_sign(obj) < 0, prefix, rt_str_data(m), every);
        rt_decref(m);
        return r;
    }
    const char *digits = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char rev[80];
    int n = 0;
    do {
        rev[n++] = digits[a % (uint64_t)base];
        a /= (uint64_t)base;
    } while (a);
    for (int i = 0; i < n; i++)
        body[i] = rev[n - 1 - i];
    body[n] = '\0';
    return finish_number(sp, v < 0, prefix, body, every);
}

static rt_object *format_str(rt_object *v, spec *sp)
{
    if (sp->type != 's')
        return unknown_type(sp->type, v);
    if (sp->sign == ' ')
        return rt_err_set_string(&rt_exc_ValueError, "Space not allowed in string format specifier");
    if (sp->sign)
        return rt_err_set_string(&rt_exc_ValueError, "Sign not allowed in string format specifier");
    if (sp->no_neg_0)
        return rt_err_set_string(&rt_exc_ValueError,
                                 "Negative zero coercion (z) not allowed in string format specifier");
    if (sp->alt)
        return rt_err_set_string(&rt_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp->align == '=')
        return rt_err_set_string(&rt_exc_ValueError, "'=' alignment not allowed in string format specifier");
    rt_object *s = rt_newref(v);
    if (sp->precision >= 0 && rt_str_len(s) > sp->precision) {
        rt_object *t = rt_str_slice(s, 0, (intptr_t)sp->precision, 1);
        rt_decref(s);
        if (!t)
            return NULL;
        s = t;
    }
    if (sp->width <= rt_str_len(s) && rt_str_check_exact(s))
        return s;   /* nothing to pad: CPython returns the str itself */
    rt_object *r = finish(sp, "", "", rt_str_data(s), (size_t)rt_str_size(s), (size_t)rt_str_len(s), '<');
    rt_decref(s);
    return r;
}

/* One part of a complex: format_float's text for it with the part's own
 * sign rule and no padding, a repr ('r': no type, no precision) without
 * the ".0" CPython's complex repr leaves out. */
static rt_object *complex_part(double v, const spec *sp, char type, char sign)
{
    spec p = *sp;
    p.type = type == 'r' ? 0 : type;
    p.sign = sign;
    p.width = -1;
    p.align = 0;
    strcpy(p.fill, " ");
    if (type == 'r') {
        char buf[48];
        rt_complex_part_repr(v, sign == '+', buf, sizeof buf);
        return rt_str_from_format("%s%s", sign == ' ' && buf[0] != '-' ? " " : "", buf);
    }
    return format_float(v, &p, NULL);
}

/* CPython's format_complex_internal: no type is str()'s layout (the real
 * part left out when it is +0.0, else parentheses), a precision making
 * it 'g'; with a type both parts always, without parentheses; the
 * imaginary part always signed unless it stands alone; then the padding
 * of the whole. */
static rt_object *format_complex(rt_object *v, spec *sp)
{
    char type = sp->type;
    if (type && !strchr("eEfFgGn", type))
        return unknown_type(type, v);
    if (!strcmp(sp->fill, "0"))
        return rt_err_set_string(&rt_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (sp->align == '=')
        return rt_err_set_string(&rt_exc_ValueError,
                                 "'=' alignment flag is not allowed in complex format specifier");
    double re = RT_COMPLEX_REAL(v), im = RT_COMPLEX_IMAG(v);
    bool skip_re = false, parens = false;
    if (!type) {
        type = sp->precision < 0 ? 'r' : 'g';
        skip_re = re == 0.0 && !signbit(re);
        parens = !skip_re;
    }
    if (type == 'n')
        type = 'g';
    rt_object *r = skip_re ? NULL : complex_part(re, sp, type, sp->sign);
    if (!skip_re && !r)
        return NULL;
    rt_object *i = complex_part(im, sp, type, skip_re ? sp->sign : '+');
    if (!i) {
        RT_XDECREF(r);
        return NULL;
    }
    rt_object *body = rt_str_from_format("%s%s%sj%s", parens ? "(" : "", r ? rt_str_data(r) : "", rt_str_data(i),
                                         parens ? ")" : "");
    RT_XDECREF(r);
    rt_decref(i);
    if (!body)
        return NULL;
    size_t n = (size_t)rt_str_size(body);
    spec outer = *sp;
    rt_object *out = finish(&outer, "", "", rt_str_data(body), n, n, '>');
    rt_decref(body);
    return out;
}

/* format(v, spec_text) for the built-in types; NULL without exception if
 * v's type has no built-in formatting. */
static rt_object *format_builtin(rt_object *v, rt_object *spec_text)
{
    spec sp;
    const char *s = rt_str_data(spec_text);
    if (rt_int_check(v)) {   /* bool too: int.__format__ prints 1/0 with a spec */
        if (parse_spec(s, v, 'd', '>', &sp) < 0)
            return NULL;
        return format_int(v, &sp);
    }
    if (rt_float_check(v)) {
        if (parse_spec(s, v, 0, '>', &sp) < 0)
            return NULL;
        return format_float(RT_FLOAT_VALUE(v), &sp, v);
    }
    if (rt_complex_check(v)) {
        if (parse_spec(s, v, 0, '>', &sp) < 0)
            return NULL;
        return format_complex(v, &sp);
    }
    if (rt_str_check(v)) {
        if (parse_spec(s, v, 's', '<', &sp) < 0)
            return NULL;
        return format_str(v, &sp);
    }
    return NULL;
}

rt_object *vm_format(rt_object *v, rt_object *spec_text)
{
    /* A class's __format__ is called with an empty spec too (f"{v}") */
    if (RT_TYPE(v)->flags & RT_TPFLAGS_HEAPTYPE) {
        rt_object *name = rt_str_intern_cstr("__format__");
        rt_object *f = name ? rt_type_lookup(RT_TYPE(v), name) : NULL;
        if (f && RT_TYPE(f) == &vm_function_type) {
            rt_object *empty = spec_text ? rt_newref(spec_text) : rt_str_from_cstr("");
            if (!empty)
                return NULL;
            rt_object *args[2] = { v, empty };
            rt_object *r = vm_call(f, args, 2, NULL);
            rt_decref(empty);
            if (r && !rt_str_check(r)) {
                rt_err_format(&rt_exc_TypeError, "__format__ must return a str, not %s", rt_type_name(r));
                RT_CLEAR(r);
            }
            return r;
        }
    }
    return vm_format_default(v, spec_text);
}

rt_object *vm_format_default(rt_object *v, rt_object *spec_text)
{
    if (!spec_text || rt_str_size(spec_text) == 0)
        return rt_str(v);
    rt_object *r = format_builtin(v, spec_text);
    if (r || rt_err_occurred())
        return r;
    return rt_err_format(&rt_exc_TypeError, "unsupported format string passed to %s.__format__",
                         rt_type_name(v));
}

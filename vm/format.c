/*
 * format.c -- format specifications for int, float and str (f-string
 * fields `{x:spec}` and format(x, spec)), as CPython's format mini-language:
 *     [[fill]align][sign][#][0][width][,|_][.precision][type]
 * Types: int d n b o x X c (and e E f F g G % through float); float e E f
 * F g G n % and none; str s and none.  Objects of other types go to their
 * own __format__ method; with an empty spec that is str(x).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "vm/eval.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"

typedef struct spec {
    char fill, align, sign, type;
    bool alt, zero;
    int width, precision;   /* -1: not given */
    char grouping;          /* 0, ',' or '_' */
} spec;

static int parse_spec(const char *s, spec *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->width = sp->precision = -1;
    const char *p = s;
    if (p[0] && (p[1] == '<' || p[1] == '>' || p[1] == '^' || p[1] == '=')) {
        sp->fill = p[0];
        sp->align = p[1];
        p += 2;
    } else if (*p == '<' || *p == '>' || *p == '^' || *p == '=') {
        sp->align = *p++;
    }
    if (*p == '+' || *p == '-' || *p == ' ')
        sp->sign = *p++;
    if (*p == '#') {
        sp->alt = true;
        p++;
    }
    if (*p == '0') {
        sp->zero = true;
        p++;
    }
    if (*p >= '0' && *p <= '9') {
        sp->width = 0;
        while (*p >= '0' && *p <= '9')
            sp->width = sp->width * 10 + (*p++ - '0');
    }
    if (*p == ',' || *p == '_')
        sp->grouping = *p++;
    if (*p == '.') {
        p++;
        if (!(*p >= '0' && *p <= '9')) {
            rt_err_set_string(&rt_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        sp->precision = 0;
        while (*p >= '0' && *p <= '9')
            sp->precision = sp->precision * 10 + (*p++ - '0');
    }
    if (*p)
        sp->type = *p++;
    if (*p) {
        rt_err_set_string(&rt_exc_ValueError, "Invalid format specifier");
        return -1;
    }
    if (sp->zero && !sp->align) {
        sp->fill = '0';
        sp->align = '=';
    }
    return 0;
}

/* Insert grouping separators into the integer digits of body (in place,
 * buffer large enough). */
static void group_digits(char *digits, char sep, int every)
{
    char tmp[512];
    size_t n = strlen(digits);
    size_t intlen = strcspn(digits, ".eE%");
    size_t o = 0;
    for (size_t i = 0; i < intlen; i++) {
        if (i > 0 && (intlen - i) % (size_t)every == 0)
            tmp[o++] = sep;
        tmp[o++] = digits[i];
    }
    memcpy(tmp + o, digits + intlen, n - intlen + 1);
    strcpy(digits, tmp);
}

/* Pad sign+body to the width with fill/align and make the str. */
static rt_object *finish(const spec *sp, const char *sign, const char *prefix, const char *body,
                         char default_align)
{
    size_t ls = strlen(sign), lp = strlen(prefix), lb = strlen(body);
    /* width counts code points; bodies here are ASCII except str values */
    size_t cps = ls + lp;
    for (const unsigned char *q = (const unsigned char *)body; *q; q++)
        if ((*q & 0xc0) != 0x80)
            cps++;
    size_t pad = sp->width > 0 && (size_t)sp->width > cps ? (size_t)sp->width - cps : 0;
    char align = sp->align ? sp->align : default_align;
    rt_str_builder b;
    rt_str_builder_init(&b);
    size_t left = 0, right = 0;
    if (align == '<')
        right = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else if (align == '>')
        left = pad;
    for (size_t i = 0; i < left; i++)
        rt_str_builder_append_char(&b, sp->fill);
    rt_str_builder_append(&b, sign, (intptr_t)ls);
    rt_str_builder_append(&b, prefix, (intptr_t)lp);
    if (align == '=')
        for (size_t i = 0; i < pad; i++)
            rt_str_builder_append_char(&b, sp->fill);
    rt_str_builder_append(&b, body, (intptr_t)lb);
    for (size_t i = 0; i < right; i++)
        rt_str_builder_append_char(&b, sp->fill);
    return rt_str_builder_finish(&b);
}

static rt_object *format_float(double v, spec *sp)
{
    char type = sp->type;
    int prec = sp->precision;
    char body[512];
    bool neg = signbit(v) && !isnan(v);
    double a = fabs(v);
    if (type == 0 && prec < 0) {
        rt_float_format_repr(a, body, sizeof body);
    } else {
        if (type == 0)
            type = 'g';   /* like 'g' but at least one digit after the point */
        if (prec < 0)
            prec = 6;
        if (type == '%') {
            snprintf(body, sizeof body, "%.*f%%", prec, a * 100);
        } else if (type == 'n') {
            snprintf(body, sizeof body, "%.*g", prec ? prec : 1, a);
        } else {
            char fmt[16];
            snprintf(fmt, sizeof fmt, "%%%s.*%c", sp->alt ? "#" : "", type);
            snprintf(body, sizeof body, fmt, (type == 'g' || type == 'G') && prec == 0 ? 1 : prec, a);
            if (sp->type == 0 && !strpbrk(body, ".eEn") && isfinite(a))
                strcat(body, ".0");
        }
        if (!isfinite(a)) {
            bool upper = type == 'E' || type == 'F' || type == 'G';
            strcpy(body, isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        }
    }
    if (sp->grouping)
        group_digits(body, sp->grouping, 3);
    const char *sign = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    return finish(sp, sign, "", body, '>');
}

static rt_object *format_int(int64_t v, spec *sp)
{
    char type = sp->type ? sp->type : 'd';
    if (strchr("eEfFgG%", type))
        return format_float((double)v, sp);
    if (sp->precision >= 0) {
        rt_err_set_string(&rt_exc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char body[512], prefix[3] = "";
    int base = 10, every = 3;
    switch (type) {
    case 'd': case 'n': base = 10; break;
    case 'x': case 'X': base = 16; every = 4; if (sp->alt) strcpy(prefix, type == 'x' ? "0x" : "0X"); break;
    case 'o': base = 8; every = 4; if (sp->alt) strcpy(prefix, "0o"); break;
    case 'b': base = 2; every = 4; if (sp->alt) strcpy(prefix, "0b"); break;
    case 'c': {
        char c[2] = { (char)v, 0 };
        return finish(sp, "", "", c, '<');
    }
    default:
        rt_err_format(&rt_exc_ValueError, "Unknown format code '%c' for object of type 'int'", type);
        return NULL;
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
    if (sp->grouping)
        group_digits(body, sp->grouping, every);
    const char *sign = v < 0 ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    return finish(sp, sign, prefix, body, '>');
}

/* format(v, spec_text) for the built-in types; NULL without exception if
 * v's type has no built-in formatting. */
static rt_object *format_builtin(rt_object *v, rt_object *spec_text)
{
    spec sp;
    if (rt_int_check(v)) {   /* bool too: int.__format__ prints 1/0 with a spec */
        if (parse_spec(rt_str_data(spec_text), &sp) < 0)
            return NULL;
        return format_int(RT_INT_VALUE(v), &sp);
    }
    if (rt_float_check(v)) {
        if (parse_spec(rt_str_data(spec_text), &sp) < 0)
            return NULL;
        return format_float(RT_FLOAT_VALUE(v), &sp);
    }
    if (rt_str_check(v)) {
        if (parse_spec(rt_str_data(spec_text), &sp) < 0)
            return NULL;
        if (sp.type && sp.type != 's') {
            rt_err_format(&rt_exc_ValueError, "Unknown format code '%c' for object of type 'str'", sp.type);
            return NULL;
        }
        rt_object *s = rt_str(v);
        if (!s)
            return NULL;
        const char *text = rt_str_data(s);
        if (sp.precision >= 0 && rt_str_len(s) > sp.precision) {
            rt_object *t = rt_str_slice(s, 0, sp.precision, 1);
            rt_decref(s);
            if (!t)
                return NULL;
            s = t;
            text = rt_str_data(s);
        }
        rt_object *r = finish(&sp, "", "", text, '<');
        rt_decref(s);
        return r;
    }
    return NULL;
}

rt_object *vm_format(rt_object *v, rt_object *spec_text)
{
    if (!spec_text || rt_str_size(spec_text) == 0)
        return rt_str(v);
    if (RT_TYPE(v)->flags & RT_TPFLAGS_HEAPTYPE) {
        rt_object *name = rt_str_intern_cstr("__format__");
        rt_object *f = name ? rt_type_lookup(RT_TYPE(v), name) : NULL;
        if (f && RT_TYPE(f) == &vm_function_type) {
            rt_object *args[2] = { v, spec_text };
            return vm_call(f, args, 2, NULL);
        }
    }
    rt_object *r = format_builtin(v, spec_text);
    if (r || rt_err_occurred())
        return r;
    return rt_err_format(&rt_exc_TypeError, "unsupported format string passed to %s.__format__",
                         rt_type_name(v));
}

/*
 * strmethods.c -- the str methods beyond str.c's core table: searching from
 * the right and raising (rfind, index, rindex), partition/rpartition,
 * padding (ljust, rjust, center, zfill), the character classes (isspace,
 * isupper, islower, isalnum, isdecimal, isnumeric, isascii, istitle,
 * isprintable),
 * splitlines, rsplit, case changes (title, capitalize, swapcase, casefold),
 * expandtabs, removeprefix/removesuffix, isidentifier, maketrans and
 * translate.
 *
 * Lengths and widths count code points, as CPython; character classes and
 * case mappings are Unicode's (str.h: unicode_ctype.h, unicase.h).
 */
#include <string.h>
#include "runtime/str_int.h"
#include "runtime/unicase.h"
#include "runtime/unicode_ctype.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

#define METH(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

/* Argument-count checks worded as CPython's argument clinic words them. */
static int nargs_check(const char *name, intptr_t nargs, intptr_t min, intptr_t max)
{
    if (min == 1 && max == 1 && nargs != 1)
        rt_err_format(&rt_exc_TypeError, "str.%s() takes exactly one argument (%ld given)", name, (long)nargs);
    else if (nargs < min)
        rt_err_format(&rt_exc_TypeError, "%s expected at least %ld argument%s, got %ld", name, (long)min,
                      min == 1 ? "" : "s", (long)nargs);
    else if (nargs > max)
        rt_err_format(&rt_exc_TypeError, "%s expected at most %ld argument%s, got %ld", name, (long)max,
                      max == 1 ? "" : "s", (long)nargs);
    else
        return 0;
    return -1;
}

/* The last occurrence of n in h, or NULL. */
static const char *rfind_bytes(const char *h, intptr_t hn, const char *n, intptr_t nn)
{
    for (intptr_t i = hn - nn; i >= 0; i--)
        if (memcmp(h + i, n, (size_t)nn) == 0)
            return h + i;
    return NULL;
}

/* find/rfind/index/rindex: the code point index or -1 (raise: ValueError). */
static rt_object *search(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                         rt_object *kw, bool right, bool raise)
{
    intptr_t b0, b1, start, end;
    int r = rt_str_find_args(name, self, args, nargs, kw, &b0, &b1, &start, &end);
    if (r < 0)
        return NULL;
    const char *hit = NULL, *d = rt_str_data(self);
    if (r == 0) {
        intptr_t nn = RT_SIZE(args[0]);
        hit = right ? rfind_bytes(d + b0, b1 - b0, rt_str_data(args[0]), nn)
                    : rt_str_find_bytes(d + b0, b1 - b0, rt_str_data(args[0]), nn);
    }
    if (!hit) {
        if (raise)
            return rt_err_set_string(&rt_exc_ValueError, "substring not found");
        return rt_int_from_i64(-1);
    }
    return rt_int_from_i64(rt_str_cp_index((rt_strobject *)self, hit - d));
}

METH(m_rfind) { return search("rfind", self, args, nargs, kw, true, false); }
METH(m_index) { return search("index", self, args, nargs, kw, false, true); }
METH(m_rindex) { return search("rindex", self, args, nargs, kw, true, true); }

static rt_object *triple(rt_object *a, rt_object *b, rt_object *c)
{
    rt_object *t = a && b && c ? rt_tuple_new(3) : NULL;
    if (!t) {
        RT_XDECREF(a);
        RT_XDECREF(b);
        RT_XDECREF(c);
        return NULL;
    }
    RT_TUPLE_SET_ITEM(t, 0, a);
    RT_TUPLE_SET_ITEM(t, 1, b);
    RT_TUPLE_SET_ITEM(t, 2, c);
    return t;
}

static rt_object *partition(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                            rt_object *kw, bool right)
{
    if (rt_str_no_kwargs(name, kw) < 0 || nargs_check(name, nargs, 1, 1) < 0)
        return NULL;
    rt_object *sep = args[0];
    if (!rt_str_check(sep))
        return rt_err_format(&rt_exc_TypeError, "must be str, not %s", rt_type_name(sep));
    if (RT_SIZE(sep) == 0)
        return rt_err_set_string(&rt_exc_ValueError, "empty separator");
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self), sn = RT_SIZE(sep);
    const char *hit = right ? rfind_bytes(d, n, rt_str_data(sep), sn)
                            : rt_str_find_bytes(d, n, rt_str_data(sep), sn);
    if (!hit) {
        if (right)
            return triple(rt_str_empty(), rt_str_empty(), rt_newref(self));
        return triple(rt_newref(self), rt_str_empty(), rt_str_empty());
    }
    intptr_t i = hit - d;
    return triple(rt_str_from_bytes(d, i), rt_newref(sep), rt_str_from_bytes(d + i + sn, n - i - sn));
}

METH(m_partition) { return partition("partition", self, args, nargs, kw, false); }
METH(m_rpartition) { return partition("rpartition", self, args, nargs, kw, true); }

/* ---- padding ------------------------------------------------------------------- */

static rt_object *pad(rt_object *self, intptr_t left, intptr_t right, const char *fill, intptr_t fw)
{
    if (left <= 0 && right <= 0)
        return rt_str_exact_ref(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_repeat(&b, fill, fw, left);
    rt_str_builder_append_str(&b, self);
    rt_str_builder_append_repeat(&b, fill, fw, right);
    return rt_str_builder_finish(&b);   /* MemoryError if an append failed */
}

/* width and fill char of ljust/rjust/center; 0 / -1. */
static int pad_args(const char *name, rt_object *const *args, intptr_t nargs, rt_object *kw,
                    intptr_t *width, const char **fill, intptr_t *fw)
{
    if (rt_str_no_kwargs(name, kw) < 0 || nargs_check(name, nargs, 1, 2) < 0)
        return -1;
    *width = rt_number_as_ssize_arg(args[0]);
    if (*width == -1 && rt_err_occurred())
        return -1;
    if (*width < 0)
        *width = 0;   /* as short as any string: width - len cannot overflow */
    *fill = " ";
    *fw = 1;
    if (nargs == 2) {
        rt_object *f = args[1];
        if (!rt_str_check(f)) {
            rt_err_format(&rt_exc_TypeError, "The fill character must be a unicode character, not %s",
                          rt_type_name(f));
            return -1;
        }
        if (rt_str_len(f) != 1) {
            rt_err_set_string(&rt_exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = rt_str_data(f);
        *fw = RT_SIZE(f);
    }
    return 0;
}

METH(m_ljust)
{
    intptr_t w, fw;
    const char *f;
    if (pad_args("ljust", args, nargs, kw, &w, &f, &fw) < 0)
        return NULL;
    return pad(self, 0, w - rt_str_len(self), f, fw);
}

METH(m_rjust)
{
    intptr_t w, fw;
    const char *f;
    if (pad_args("rjust", args, nargs, kw, &w, &f, &fw) < 0)
        return NULL;
    return pad(self, w - rt_str_len(self), 0, f, fw);
}

METH(m_center)
{
    intptr_t w, fw;
    const char *f;
    if (pad_args("center", args, nargs, kw, &w, &f, &fw) < 0)
        return NULL;
    intptr_t marg = w - rt_str_len(self);
    if (marg <= 0)
        return rt_str_exact_ref(self);
    /* CPython's rule: the odd extra space goes left when width is odd */
    intptr_t left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f, fw);
}

METH(m_zfill)
{
    if (rt_str_no_kwargs("zfill", kw) < 0 || nargs_check("zfill", nargs, 1, 1) < 0)
        return NULL;
    intptr_t w = rt_number_as_ssize_arg(args[0]);
    if (w == -1 && rt_err_occurred())
        return NULL;
    intptr_t fill = w < 0 ? 0 : w - rt_str_len(self);
    if (fill <= 0)
        return rt_str_exact_ref(self);
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self), sign = n > 0 && (d[0] == '+' || d[0] == '-');
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append(&b, d, sign);
    rt_str_builder_append_fill(&b, '0', fill);
    rt_str_builder_append(&b, d + sign, n - sign);
    return rt_str_builder_finish(&b);
}

/* ---- character classes --------------------------------------------------------------- */

enum { C_SPACE, C_UPPER, C_LOWER, C_ALNUM, C_DECIMAL, C_ASCII, C_TITLE, C_NUMERIC };

static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static rt_object *classify(const char *name, rt_object *self, intptr_t nargs, rt_object *kw, int cls)
{
    if (rt_str_check_noargs(name, nargs, kw) < 0)
        return NULL;
    const unsigned char *d = (const unsigned char *)rt_str_data(self);
    intptr_t n = RT_SIZE(self);
    static const unsigned unicode_class[] = {
        [C_UPPER] = RT_UC_UPPER, [C_LOWER] = RT_UC_LOWER, [C_ALNUM] = RT_UC_ALNUM,
        [C_DECIMAL] = RT_UC_DECIMAL, [C_TITLE] = RT_UC_TITLE, [C_NUMERIC] = RT_UC_NUMERIC,
    };
    if (unicode_class[cls] && rt_str_len(self) != n)
        return rt_bool_from(rt_unicode_str_is((const char *)d, n, unicode_class[cls]));
    if (cls == C_ASCII) {
        for (intptr_t i = 0; i < n; i++)
            if (d[i] >= 0x80)
                return rt_bool_from(false);
        return rt_bool_from(true);
    }
    if (cls == C_UPPER || cls == C_LOWER) {
        /* at least one cased character, and none of the other case */
        bool cased = false;
        for (intptr_t i = 0; i < n; i++) {
            char c = (char)d[i];
            if (cls == C_UPPER ? is_lower(c) : is_upper(c))
                return rt_bool_from(false);
            cased |= cls == C_UPPER ? is_upper(c) : is_lower(c);
        }
        return rt_bool_from(cased);
    }
    if (cls == C_TITLE) {
        bool cased = false, prev_cased = false;
        for (intptr_t i = 0; i < n; i++) {
            char c = (char)d[i];
            if (is_upper(c)) {
                if (prev_cased)
                    return rt_bool_from(false);
                prev_cased = cased = true;
            } else if (is_lower(c)) {
                if (!prev_cased)
                    return rt_bool_from(false);
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
        }
        return rt_bool_from(cased);
    }
    if (n == 0)
        return rt_bool_from(false);
    if (cls == C_SPACE) {
        for (intptr_t i = 0, w; i < n; i += w)
            if (!(w = rt_str_ws_at((const char *)d, i, n)))
                return rt_bool_from(false);
        return rt_bool_from(true);
    }
    for (intptr_t i = 0; i < n; i++) {
        char c = (char)d[i];
        bool ok = cls == C_SPACE ? rt_str_is_ws(d[i])
                  : cls == C_ALNUM ? is_upper(c) || is_lower(c) || is_digit(c)
                                   : is_digit(c);
        if (!ok)
            return rt_bool_from(false);
    }
    return rt_bool_from(true);
}

METH(m_isspace) { (void)args; return classify("isspace", self, nargs, kw, C_SPACE); }
METH(m_isupper) { (void)args; return classify("isupper", self, nargs, kw, C_UPPER); }
METH(m_islower) { (void)args; return classify("islower", self, nargs, kw, C_LOWER); }
METH(m_isalnum) { (void)args; return classify("isalnum", self, nargs, kw, C_ALNUM); }
METH(m_isdecimal) { (void)args; return classify("isdecimal", self, nargs, kw, C_DECIMAL); }
METH(m_isnumeric) { (void)args; return classify("isnumeric", self, nargs, kw, C_NUMERIC); }
METH(m_isascii) { (void)args; return classify("isascii", self, nargs, kw, C_ASCII); }
METH(m_istitle) { (void)args; return classify("istitle", self, nargs, kw, C_TITLE); }

/* Every code point printable (the empty str too), by the Unicode table */
METH(m_isprintable)
{
    (void)args;
    if (rt_str_check_noargs("isprintable", nargs, kw) < 0)
        return NULL;
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self);
    for (intptr_t i = 0; i < n;) {
        intptr_t w = rt_str_cp_width(d, i, n);
        if (!rt_unicode_is_printable(rt_utf8_decode(d + i, w)))
            return rt_bool_from(false);
        i += w;
    }
    return rt_bool_from(true);
}

/* ---- case ------------------------------------------------------------------------------ */

enum { K_TITLE = RT_RECASE_TITLE, K_CAPITALIZE = RT_RECASE_CAPITALIZE,
       K_SWAPCASE = RT_RECASE_SWAPCASE, K_CASEFOLD = RT_RECASE_CASEFOLD };

/* Unicode's full mappings, code point by code point (unicase.h).  A
 * capital sigma lowers to the final form in CPython's final-sigma context
 * (unicode_ctype.h); swapcase() lowers an uppercase code point, uppers a
 * lowercase one and leaves the others (titlecase) alone. */
rt_object *rt_str_recase(rt_object *self, int how)
{
    static const int simple[] = {
        [RT_RECASE_UPPER] = RT_CASE_UPPER, [RT_RECASE_LOWER] = RT_CASE_LOWER,
        [RT_RECASE_CASEFOLD] = RT_CASE_FOLD,
    };
    intptr_t n = RT_SIZE(self);
    const char *d = rt_str_data(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    bool prev_cased = false;
    for (intptr_t i = 0; i < n;) {
        intptr_t w = rt_str_cp_width(d, i, n);
        uint32_t cp = rt_utf8_decode(d + i, w);
        int kind = -1, r;
        if (cp == UINT32_MAX)
            kind = -1;
        else if (how == RT_RECASE_TITLE)
            kind = prev_cased ? RT_CASE_LOWER : RT_CASE_TITLE;
        else if (how == RT_RECASE_CAPITALIZE)
            kind = i == 0 ? RT_CASE_TITLE : RT_CASE_LOWER;
        else if (how == RT_RECASE_SWAPCASE)
            kind = rt_unicode_ctype(cp) & RT_UC_UPPER   ? RT_CASE_LOWER
                   : rt_unicode_ctype(cp) & RT_UC_LOWER ? RT_CASE_UPPER
                                                        : -1;
        else
            kind = simple[how];
        if (kind == RT_CASE_LOWER && cp == 0x3A3 && rt_unicode_final_sigma(d, n, i, w))
            r = rt_str_builder_append_cstr(&b, "\xcf\x82");   /* U+03C2 */
        else if (kind < 0)
            r = rt_str_builder_append(&b, d + i, w);
        else
            r = rt_unicase_append(&b, cp, kind);
        prev_cased = cp != UINT32_MAX && rt_unicase_is_cased(cp);
        if (r < 0) {
            rt_str_builder_discard(&b);
            return NULL;
        }
        i += w;
    }
    return rt_str_fresh(rt_str_builder_finish(&b));
}

static rt_object *recase(const char *name, rt_object *self, intptr_t nargs, rt_object *kw, int how)
{
    if (rt_str_check_noargs(name, nargs, kw) < 0)
        return NULL;
    intptr_t n = RT_SIZE(self);
    if (rt_str_len(self) != n)
        return rt_str_recase(self, how);
    rt_str_builder b;
    rt_str_builder_init(&b);
    const char *d = rt_str_data(self);
    bool prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = is_upper(c), low = is_lower(c);
        char o = c;
        switch (how) {
        case K_TITLE:
            if (up || low)
                o = prev_cased ? (up ? (char)(c + 32) : c) : (low ? (char)(c - 32) : c);
            prev_cased = up || low;
            break;
        case K_CAPITALIZE:
            o = i == 0 ? (low ? (char)(c - 32) : c) : (up ? (char)(c + 32) : c);
            break;
        case K_SWAPCASE:
            o = up ? (char)(c + 32) : low ? (char)(c - 32) : c;
            break;
        default:
            o = up ? (char)(c + 32) : c;
            break;
        }
        rt_str_builder_append_char(&b, o);
    }
    return rt_str_fresh(rt_str_builder_finish(&b));
}

METH(m_title) { (void)args; return recase("title", self, nargs, kw, K_TITLE); }
METH(m_capitalize) { (void)args; return recase("capitalize", self, nargs, kw, K_CAPITALIZE); }
METH(m_swapcase) { (void)args; return recase("swapcase", self, nargs, kw, K_SWAPCASE); }
METH(m_casefold) { (void)args; return recase("casefold", self, nargs, kw, K_CASEFOLD); }

/* ---- lines, tabs, affixes, rsplit ------------------------------------------------------ */

/* The byte length of the line break at d[i] (\n \r \v \f \x1c-\x1e, U+0085,
 * U+2028, U+2029), or 0. */
static intptr_t line_break_at(const char *d, intptr_t i, intptr_t n)
{
    unsigned char c = (unsigned char)d[i];
    if (c < 0x80)
        return c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e);
    if (c == 0xC2)
        return i + 1 < n && (unsigned char)d[i + 1] == 0x85 ? 2 : 0;
    if (c == 0xE2 && i + 2 < n && (unsigned char)d[i + 1] == 0x80)
        return (unsigned char)d[i + 2] == 0xA8 || (unsigned char)d[i + 2] == 0xA9 ? 3 : 0;
    return 0;
}

METH(m_splitlines)
{
    bool keep = false;
    static const char *const names[] = { "keepends", NULL };
    if (rt_clinic_kwtuple(&rt_str_type, "splitlines", names, (kw && RT_SIZE(kw) > 0) || nargs > 1) < 0)
        return NULL;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "splitlines() takes at most 1 argument (%ld given)",
                             (long)nargs);
    rt_object *kv = nargs ? args[0] : NULL;
    for (intptr_t k = 0; kw && k < RT_SIZE(kw); k++) {
        if (!rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kw, k), "keepends"))
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for splitlines()",
                                 rt_str_data(RT_TUPLE_GET_ITEM(kw, k)));
        kv = args[nargs + k];
    }
    if (kv) {
        int t;   /* an Argument Clinic bool(accept={int}): a C int */
        if (rt_number_as_cint(kv, &t) < 0)
            return NULL;
        keep = t != 0;
    }
    /* A byte's part in a line break, so that most bytes cost one test: 1 is
     * a one-byte break, 2 the lead byte of U+0085, U+2028 or U+2029. */
    static const unsigned char break_kind[256] = {
        ['\n'] = 1, ['\r'] = 1, ['\v'] = 1, ['\f'] = 1, [0x1c] = 1, [0x1d] = 1, [0x1e] = 1,
        [0xC2] = 2, [0xE2] = 2 };
    rt_object *l = rt_list_new(0);
    const unsigned char *d = (const unsigned char *)rt_str_data(self);
    intptr_t n = RT_SIZE(self), i = 0;
    bool ascii = ((rt_strobject *)self)->ascii;   /* then so is every line */
    while (l && i < n) {
        intptr_t j = i;
        intptr_t brk = 0;   /* the line break's length: CPython's Py_UNICODE_ISLINEBREAK */
        while (j < n) {
            /* ASCII text: skip eight bytes at a time while none is below
             * 0x20 (every line break but U+0085/2028/2029 is; those need
             * a byte >= 0x80, which ascii rules out). */
            if (ascii) {
                while (j + 8 <= n) {
                    uint64_t w;
                    memcpy(&w, d + j, 8);
                    if ((w - UINT64_C(0x2020202020202020)) & ~w & UINT64_C(0x8080808080808080))
                        break;
                    j += 8;
                }
                if (j >= n)
                    break;
            }
            unsigned char kind = break_kind[d[j]];
            if (kind == 1) {
                brk = 1;
                break;
            }
            if (kind == 2 && (brk = line_break_at((const char *)d, j, n)))
                break;
            j++;
        }
        intptr_t eol = j;
        if (j < n)
            j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : brk;
        const char *p = (const char *)d + i;
        intptr_t len = keep ? j - i : eol - i;
        rt_object *piece = ascii ? rt_str_from_ascii(p, len) : rt_str_from_bytes(p, len);
        if (!piece || rt_list_append(l, piece) < 0)
            RT_CLEAR(l);
        RT_XDECREF(piece);
        i = j;
    }
    return l;
}

METH(m_expandtabs)
{
    intptr_t tab = 8;
    rt_object *tv = nargs ? args[0] : NULL;
    intptr_t total = nargs + (kw ? RT_SIZE(kw) : 0);
    static const char *const names[] = { "tabsize", NULL };
    if (rt_clinic_kwtuple(&rt_str_type, "expandtabs", names, total > nargs || nargs > 1) < 0)
        return NULL;
    if (total > 1)   /* counted with the keywords, before their names */
        return rt_err_format(&rt_exc_TypeError, "expandtabs() takes at most 1 argument (%ld given)",
                             (long)total);
    for (intptr_t k = 0; kw && k < RT_SIZE(kw); k++) {
        if (!rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kw, k), "tabsize"))
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for expandtabs()",
                                 rt_str_data(RT_TUPLE_GET_ITEM(kw, k)));
        if (tv)
            return rt_err_set_string(&rt_exc_TypeError,
                                     "argument for expandtabs() given by name ('tabsize') and position (1)");
        tv = args[nargs + k];
    }
    int tab_int = 8;   /* a C int in CPython */
    if (tv && rt_number_as_cint(tv, &tab_int) < 0)
        return NULL;
    tab = tab_int;
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self), col = 0;
    if (!memchr(d, '\t', (size_t)n) && RT_TYPE(self) == &rt_str_type)
        return rt_newref(self);   /* no tab: CPython returns the str itself */
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (intptr_t i = 0; i < n;) {
        if (d[i] == '\t') {
            if (tab > 0) {
                rt_str_builder_append_fill(&b, ' ', tab - col % tab);
                col += tab - col % tab;
            }
            i++;
        } else {
            intptr_t w = rt_str_cp_width(d, i, n);
            rt_str_builder_append(&b, d + i, w);
            col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
            i += w;
        }
    }
    return rt_str_builder_finish(&b);
}

static rt_object *remove_affix(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                               rt_object *kw, bool prefix)
{
    if (rt_str_no_kwargs(name, kw) < 0 || nargs_check(name, nargs, 1, 1) < 0)
        return NULL;
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "%s() argument must be str, not %s", name,
                             rt_type_name(args[0]));
    intptr_t n = RT_SIZE(self), an = RT_SIZE(args[0]);
    const char *d = rt_str_data(self), *a = rt_str_data(args[0]);
    if (an == 0 || an > n || memcmp(prefix ? d : d + n - an, a, (size_t)an) != 0)
        return rt_str_exact_ref(self);
    return rt_str_from_bytes(prefix ? d + an : d, n - an);
}

METH(m_removeprefix) { return remove_affix("removeprefix", self, args, nargs, kw, true); }
METH(m_removesuffix) { return remove_affix("removesuffix", self, args, nargs, kw, false); }

/* rsplit(sep=None, maxsplit=-1): split from the right, pieces in order. */
METH(m_rsplit)
{
    rt_object *sep = nargs > 0 ? args[0] : NULL, *ms = nargs > 1 ? args[1] : NULL;
    static const char *const names[] = { "sep", "maxsplit", NULL };
    if (rt_clinic_kwtuple(&rt_str_type, "rsplit", names, (kw && RT_SIZE(kw) > 0) || nargs > 2) < 0)
        return NULL;
    if (nargs > 2)
        return rt_err_format(&rt_exc_TypeError, "rsplit() takes at most 2 arguments (%ld given)", (long)nargs);
    for (intptr_t k = 0; kw && k < RT_SIZE(kw); k++) {
        rt_object *kn = RT_TUPLE_GET_ITEM(kw, k);
        if (rt_str_eq_cstr(kn, "sep"))
            sep = args[nargs + k];
        else if (rt_str_eq_cstr(kn, "maxsplit"))
            ms = args[nargs + k];
        else
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for rsplit()",
                                 rt_str_data(kn));
    }
    intptr_t maxsplit = -1;
    if (ms && (maxsplit = rt_number_as_ssize_arg(ms)) == -1 && rt_err_occurred())
        return NULL;
    if (sep == RT_NONE)
        sep = NULL;
    if (sep && !rt_str_check(sep))
        return rt_err_format(&rt_exc_TypeError, "must be str or None, not %s", rt_type_name(sep));
    if (sep && RT_SIZE(sep) == 0)
        return rt_err_set_string(&rt_exc_ValueError, "empty separator");
    if (sep && rt_str_len(self) < rt_str_len(sep))   /* as split */
        return rt_list_from_array(&self, 1);
    rt_object *l = rt_list_new_reserved(rt_str_split_prealloc(maxsplit));
    if (maxsplit < 0)
        maxsplit = INTPTR_MAX;
    const char *d = rt_str_data(self);
    intptr_t end = RT_SIZE(self), splits = 0;
    while (l) {
        intptr_t i = end, start;
        if (!sep) {
            intptr_t w;
            while (i > 0 && (w = rt_str_ws_before(d, i)) > 0)
                i -= w;
            if (i == 0)
                break;
            end = i;
            if (splits >= maxsplit) {
                start = 0;
            } else {
                start = end;
                while (start > 0 && !rt_str_ws_before(d, start))
                    start--;
            }
        } else {
            const char *hit = splits < maxsplit ? rfind_bytes(d, end, rt_str_data(sep), RT_SIZE(sep)) : NULL;
            start = hit ? hit - d + RT_SIZE(sep) : 0;
        }
        rt_object *piece = rt_str_from_bytes(d + start, end - start);
        if (!piece || rt_list_append(l, piece) < 0)
            RT_CLEAR(l);
        RT_XDECREF(piece);
        if (!sep) {
            end = start;
            if (start == 0)
                break;
        } else {
            if (start == 0)
                break;
            end = start - RT_SIZE(sep);
        }
        splits++;
    }
    if (l && rt_list_reverse(l) < 0)
        RT_CLEAR(l);
    return l;
}

/* ---- identifiers and translation ------------------------------------------------- */

/* ASCII letters, digits and '_' as CPython; every non-ASCII code point
 * counts as a letter, as the lexer accepts it in names (docs/language.md). */
METH(m_isidentifier)
{
    (void)args;
    if (rt_str_check_noargs("isidentifier", nargs, kw) < 0)
        return NULL;
    const unsigned char *d = (const unsigned char *)rt_str_data(self);
    intptr_t n = RT_SIZE(self);
    if (rt_str_len(self) != n)
        return rt_bool_from(rt_unicode_is_identifier((const char *)d, n));
    if (n == 0 || is_digit((char)d[0]))
        return rt_bool_from(false);
    for (intptr_t i = 0; i < n; i++) {
        char c = (char)d[i];
        if (d[i] < 0x80 && !is_upper(c) && !is_lower(c) && !is_digit(c) && c != '_')
            return rt_bool_from(false);
    }
    return rt_bool_from(true);
}

/* The code point of a one-code-point str. */
static uint32_t cp_of(rt_object *s)
{
    return rt_utf8_decode(rt_str_data(s), RT_SIZE(s));
}

/* str.maketrans(x[, y[, z]]), a static method: a dict from code points to
 * code points (or None for z's), or x's own items with one-character keys
 * made code points. */
static rt_object *m_maketrans(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self;
    if (rt_str_no_kwargs("maketrans", kw) < 0 || nargs_check("maketrans", nargs, 1, 3) < 0)
        return NULL;
    for (intptr_t i = 1; i < nargs; i++)
        if (!rt_str_check(args[i]))
            return rt_err_format(&rt_exc_TypeError, "maketrans() argument %ld must be str, not %s", (long)i + 1,
                                 rt_type_name(args[i]));
    rt_object *d = rt_dict_new();
    if (!d)
        return NULL;
    if (nargs == 1) {
        if (!rt_dict_check(args[0])) {
            RT_DECREF(d);
            return rt_err_set_string(&rt_exc_TypeError,
                                     "if you give only one argument to maketrans it must be a dict");
        }
        intptr_t pos = 0;
        rt_object *k, *v;
        while (rt_dict_next(args[0], &pos, &k, &v)) {
            rt_object *key = NULL;
            if (rt_str_check(k)) {
                if (rt_str_len(k) != 1) {
                    RT_DECREF(d);
                    return rt_err_set_string(&rt_exc_ValueError,
                                             "string keys in translate table must be of length 1");
                }
                key = rt_int_from_i64(cp_of(k));
            } else if (rt_int_check(k)) {
                key = k;
                RT_INCREF(key);
            } else {
                RT_DECREF(d);
                return rt_err_set_string(&rt_exc_TypeError, "keys in translate table must be strings or integers");
            }
            int r = key ? rt_dict_setitem(d, key, v) : -1;
            RT_XDECREF(key);
            if (r < 0) {
                RT_DECREF(d);
                return NULL;
            }
        }
        return d;
    }
    if (!rt_str_check(args[0])) {
        RT_DECREF(d);
        return rt_err_set_string(&rt_exc_TypeError,
                                 "first maketrans argument must be a string if there is a second argument");
    }
    if (rt_str_len(args[0]) != rt_str_len(args[1])) {
        RT_DECREF(d);
        return rt_err_set_string(&rt_exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    for (int part = 0; part < nargs - 1; part++) {
        const char *x = rt_str_data(args[part ? 2 : 0]), *y = rt_str_data(args[1]);
        intptr_t xn = RT_SIZE(args[part ? 2 : 0]), yn = RT_SIZE(args[1]);
        for (intptr_t i = 0, j = 0; i < xn;) {
            intptr_t w = rt_str_cp_width(x, i, xn);
            rt_object *key = rt_int_from_i64(rt_utf8_decode(x + i, w)), *val = RT_NONE;
            if (!part) {
                intptr_t wy = rt_str_cp_width(y, j, yn);
                val = rt_int_from_i64(rt_utf8_decode(y + j, wy));
                j += wy;
            } else {
                RT_INCREF(val);
            }
            int r = key && val ? rt_dict_setitem(d, key, val) : -1;
            RT_XDECREF(key);
            RT_XDECREF(val);
            if (r < 0) {
                RT_DECREF(d);
                return NULL;
            }
            i += w;
        }
    }
    return d;
}

/* Append what table maps code point cp to: the character itself when the
 * lookup raises LookupError, nothing for None, a code point or a str. */
static int translate_one(rt_str_builder *b, rt_object *table, const char *d, intptr_t w)
{
    uint32_t cp = rt_utf8_decode(d, w);
    rt_object *key = rt_int_from_i64(cp);
    rt_object *v = key ? rt_getitem(table, key) : NULL;
    RT_XDECREF(key);
    if (!v) {
        if (!key || !rt_err_matches(&rt_exc_LookupError))
            return -1;
        rt_err_clear();
        return rt_str_builder_append(b, d, w);
    }
    int r = 0;
    if (v == RT_NONE) {
    } else if (rt_str_check(v)) {
        r = rt_str_builder_append_str(b, v);
    } else if (rt_int_check(v)) {
        int64_t c = rt_int_as_i64_clamped(v);
        if (c < 0 || c > 0x10ffff) {
            rt_err_set_string(&rt_exc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            r = rt_utf8_append(b, (uint32_t)c);
        }
    } else {
        rt_err_set_string(&rt_exc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    RT_DECREF(v);
    return r;
}

METH(m_translate)
{
    if (rt_str_no_kwargs("translate", kw) < 0 || nargs_check("translate", nargs, 1, 1) < 0)
        return NULL;
    const char *d = rt_str_data(self);
    intptr_t n = RT_SIZE(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (intptr_t i = 0; i < n;) {
        intptr_t w = rt_str_cp_width(d, i, n);
        if (translate_one(&b, args[0], d + i, w) < 0) {
            rt_str_builder_discard(&b);
            return NULL;
        }
        i += w;
    }
    return rt_str_builder_finish(&b);
}

#define M(n) { #n, m_##n, RT_METH_FASTCALL, NULL }
RT_NOSCAN rt_method_def rt_str_more_methods[] = {
    { "rfind", m_rfind, RT_METH_FASTCALL | RT_METH_NOKW, NULL },
    { "index", m_index, RT_METH_FASTCALL | RT_METH_NOKW, NULL },
    { "rindex", m_rindex, RT_METH_FASTCALL | RT_METH_NOKW, NULL },
    M(partition), M(rpartition), M(ljust), M(rjust), M(center),
    M(zfill), M(isspace), M(isupper), M(islower), M(isalnum), M(isdecimal), M(isnumeric),
    M(isascii), M(istitle), M(isprintable), M(title), M(capitalize), M(swapcase), M(casefold), M(splitlines),
    M(expandtabs), M(removeprefix), M(removesuffix), M(rsplit), M(isidentifier), M(translate),
    { "maketrans", m_maketrans, RT_METH_FASTCALL | RT_METH_STATIC,
      /* CPython 3.11's internal docstring (text signature, then the text) */
      "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\n"
      "Return a translation table usable for str.translate().\n\n"
      "If there is only one argument, it must be a dictionary mapping Unicode\n"
      "ordinals (integers) or characters to Unicode ordinals, strings or None.\n"
      "Character keys will be then converted to ordinals.\n"
      "If there are two arguments, they must be strings of equal length, and\n"
      "in the resulting dictionary, each character in x will be mapped to the\n"
      "character at the same position in y. If there is a third argument, it\n"
      "must be a string, whose characters will be mapped to None in the result." },
    { NULL, NULL, 0, NULL },
};

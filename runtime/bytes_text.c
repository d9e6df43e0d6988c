/*
 * bytes_text.c -- the str-like methods bytes and bytearray share beyond
 * searching and splitting (bytes_methods.c): justification (center ljust
 * rjust zfill expandtabs), partition and rpartition, removeprefix and
 * removesuffix, splitlines, the ASCII case methods (capitalize swapcase
 * title) and predicates (islower isupper istitle isascii), translate and
 * maketrans, as CPython 3.11's with its error messages.
 *
 * Every method returns an object of self's type (bytearray for a
 * bytearray); self's bytes are read through rt_byteslike_data and copied
 * before anything that could run Python code.
 */
#include <string.h>
#include "runtime/bytes_int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

#define MDEF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                          rt_object *kw)

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static unsigned char flip(unsigned char c) { return (unsigned char)(c ^ 0x20); }

/* A new object of self's type holding n bytes from builder-like storage. */
static rt_object *finish(rt_object *self, rt_str_builder *b)
{
    rt_object *r = b->failed ? rt_err_no_memory() : rt_byteslike_new_like(self, b->buf, b->len);
    rt_str_builder_discard(b);
    return r;
}

/* METH_NOARGS and METH_O methods' messages: "bytes.title() takes no
 * arguments (1 given)". */
static int arity(rt_object *self, const char *name, intptr_t nargs, rt_object *kw, int want)
{
    if (kw && RT_SIZE(kw)) {
        rt_err_format(&rt_exc_TypeError, "%s.%s() takes no keyword arguments", self->type->name, name);
        return -1;
    }
    if (nargs != want) {
        rt_err_format(&rt_exc_TypeError, want ? "%s.%s() takes exactly one argument (%ld given)"
                                              : "%s.%s() takes no arguments (%ld given)",
                      self->type->name, name, (long)nargs);
        return -1;
    }
    return 0;
}

/* ---- justification ------------------------------------------------------------- */

/* The fill byte of center/ljust/rjust (argument 2): a bytes-like of one byte. */
static int fill_arg(const char *name, rt_object *const *args, intptr_t nargs, char *fill)
{
    *fill = ' ';
    if (nargs < 2)
        return 0;
    if (!rt_byteslike_check(args[1]) || RT_SIZE(args[1]) != 1) {
        rt_err_format(&rt_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                      args[1]->type->name);
        return -1;
    }
    *fill = rt_byteslike_data(args[1])[0];
    return 0;
}

/* left/right: padding bytes on each side, CPython's split for center. */
static rt_object *pad(rt_object *self, intptr_t left, intptr_t right, char fill)
{
    intptr_t n = RT_SIZE(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_fill(&b, fill, left);
    rt_str_builder_append(&b, rt_byteslike_data(self), n);
    rt_str_builder_append_fill(&b, fill, right);
    return finish(self, &b);
}

static rt_object *justify(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                          rt_object *kw, int how)
{
    char fill;
    if (rt_bytes_nargs(self->type->name, name, nargs, 1, 2, kw) < 0)
        return NULL;
    intptr_t width = rt_number_as_ssize_arg(args[0]);
    if ((width == -1 && rt_err_occurred()) || fill_arg(name, args, nargs, &fill) < 0)
        return NULL;
    intptr_t n = RT_SIZE(self), extra = width > n ? width - n : 0;
    if (rt_bytes_check(self) && width > RT_BYTES_MAX_SIZE)
        return rt_err_set_string(&rt_exc_OverflowError, "byte string is too large");
    if (how == 'l')
        return pad(self, 0, extra, fill);
    if (how == 'r')
        return pad(self, extra, 0, fill);
    intptr_t left = extra / 2 + (extra & width & 1);   /* CPython's rounding */
    return pad(self, left, extra - left, fill);
}

MDEF(m_center) { return justify("center", self, args, nargs, kw, 'c'); }
MDEF(m_ljust) { return justify("ljust", self, args, nargs, kw, 'l'); }
MDEF(m_rjust) { return justify("rjust", self, args, nargs, kw, 'r'); }

MDEF(m_zfill)
{
    if (arity(self, "zfill", nargs, kw, 1) < 0)
        return NULL;
    intptr_t width = rt_number_as_ssize_arg(args[0]);
    if (width == -1 && rt_err_occurred())
        return NULL;
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self), extra = width > n ? width - n : 0;
    if (rt_bytes_check(self) && width > RT_BYTES_MAX_SIZE)
        return rt_err_set_string(&rt_exc_OverflowError, "byte string is too large");
    bool sign = n > 0 && (d[0] == '+' || d[0] == '-');
    rt_str_builder b;
    rt_str_builder_init(&b);
    if (sign)
        rt_str_builder_append_char(&b, d[0]);
    rt_str_builder_append_fill(&b, '0', extra);
    rt_str_builder_append(&b, d + sign, n - sign);
    return finish(self, &b);
}

MDEF(m_expandtabs)
{
    static const char *const names[] = { "tabsize", NULL };
    rt_object *a[1];
    if (rt_clinic_kwtuple(RT_TYPE(self), "expandtabs", names, (kw && RT_SIZE(kw) > 0) || nargs > 1) < 0
        || rt_bytes_bind_args("expandtabs", args, nargs, kw, names, 1, 0, a) < 0)
        return NULL;
    int tab = 8;   /* a C int in CPython */
    if (a[0] && rt_number_as_cint(a[0], &tab) < 0)
        return NULL;
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self), col = 0;
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (intptr_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tab > 0) {
                rt_str_builder_append_fill(&b, ' ', tab - col % tab);
                col += tab - col % tab;
            }
        } else {
            rt_str_builder_append_char(&b, d[i]);
            col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
        }
    }
    return finish(self, &b);
}

/* ---- partition, prefixes, lines ------------------------------------------------- */

/* A bytes-like argument ("a bytes-like object is required, not 'str'"). */
static int needle(rt_object *o, const char **p, intptr_t *n)
{
    if (!rt_byteslike_check(o)) {
        rt_err_format(&rt_exc_TypeError, "a bytes-like object is required, not '%s'", o->type->name);
        return -1;
    }
    *p = rt_byteslike_data(o);
    *n = RT_SIZE(o);
    return 0;
}

static rt_object *partition(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                            rt_object *kw, bool rev)
{
    const char *sp;
    intptr_t sn;
    if (arity(self, name, nargs, kw, 1) < 0 || needle(args[0], &sp, &sn) < 0)
        return NULL;
    if (sn == 0)
        return rt_err_set_string(&rt_exc_ValueError, "empty separator");
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self), at = -1;
    if (!rev) {
        for (intptr_t i = 0; i + sn <= n && at < 0; i++)
            if (memcmp(d + i, sp, (size_t)sn) == 0)
                at = i;
    } else {
        for (intptr_t i = n - sn; i >= 0 && at < 0; i--)
            if (memcmp(d + i, sp, (size_t)sn) == 0)
                at = i;
    }
    /* bytes: self and the separator object themselves, as CPython */
    bool b = rt_bytes_check(self);
    rt_object *p[3];
    if (at < 0) {
        p[rev ? 2 : 0] = b ? rt_newref(self) : rt_byteslike_new_like(self, d, n);
        p[1] = rt_byteslike_new_like(self, "", 0);
        p[rev ? 0 : 2] = rt_byteslike_new_like(self, "", 0);
    } else {
        p[0] = rt_byteslike_new_like(self, d, at);
        p[1] = b ? rt_newref(args[0]) : rt_byteslike_new_like(self, sp, sn);
        p[2] = rt_byteslike_new_like(self, d + at + sn, n - at - sn);
    }
    rt_object *t = p[0] && p[1] && p[2] ? rt_tuple_pack(3, p[0], p[1], p[2]) : NULL;
    for (int i = 0; i < 3; i++)
        rt_xdecref(p[i]);
    return t;
}

MDEF(m_partition) { return partition("partition", self, args, nargs, kw, false); }
MDEF(m_rpartition) { return partition("rpartition", self, args, nargs, kw, true); }

static rt_object *remove_affix(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                               rt_object *kw, bool suffix)
{
    const char *ap;
    intptr_t an;
    if (arity(self, name, nargs, kw, 1) < 0 || needle(args[0], &ap, &an) < 0)
        return NULL;
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self);
    if (an > 0 && an <= n && memcmp(suffix ? d + n - an : d, ap, (size_t)an) == 0)
        return rt_byteslike_new_like(self, suffix ? d : d + an, n - an);
    if (rt_bytes_check_exact(self))
        return rt_newref(self);
    return rt_byteslike_new_like(self, d, n);
}

MDEF(m_removeprefix) { return remove_affix("removeprefix", self, args, nargs, kw, false); }
MDEF(m_removesuffix) { return remove_affix("removesuffix", self, args, nargs, kw, true); }

/* splitlines(keepends=False): \n, \r and \r\n end lines in bytes. */
MDEF(m_splitlines)
{
    static const char *const names[] = { "keepends", NULL };
    rt_object *a[1];
    if (rt_clinic_kwtuple(RT_TYPE(self), "splitlines", names, (kw && RT_SIZE(kw) > 0) || nargs > 1) < 0
        || rt_bytes_bind_args("splitlines", args, nargs, kw, names, 1, 0, a) < 0)
        return NULL;
    int keep = 0;   /* an Argument Clinic bool(accept={int}): a C int */
    if (a[0] && rt_number_as_cint(a[0], &keep) < 0)
        return NULL;
    const char *d = rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self), i = 0;
    rt_object *list = rt_list_new(0);
    while (list && i < n) {
        intptr_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            j++;
        intptr_t eol = j;
        if (j < n)
            j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        rt_object *s = rt_byteslike_new_like(self, d + i, (keep ? j : eol) - i);
        if (!s || rt_list_append(list, s) < 0)
            RT_CLEAR(list);
        rt_xdecref(s);
        i = j;
    }
    return list;
}

/* ---- case -------------------------------------------------------------------------- */

/* how: 'c' capitalize, 's' swapcase, 't' title */
static rt_object *recase(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw,
                         int how)
{
    (void)args;
    if (arity(self, name, nargs, kw, 0) < 0)
        return NULL;
    intptr_t n = RT_SIZE(self);
    unsigned char *d = rt_raw_malloc(n ? (size_t)n : 1);
    if (!d)
        return rt_err_no_memory();
    memcpy(d, rt_byteslike_data(self), (size_t)n);
    bool prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (how == 's')
            d[i] = is_lower(c) || is_upper(c) ? flip(c) : c;
        else if (how == 'c')
            d[i] = i == 0 ? (is_lower(c) ? flip(c) : c) : (is_upper(c) ? flip(c) : c);
        else {
            if (prev_cased ? is_upper(c) : is_lower(c))
                d[i] = flip(c);
            prev_cased = is_lower(c) || is_upper(c);
        }
    }
    rt_object *r = rt_byteslike_new_like(self, (const char *)d, n);
    rt_raw_free(d);
    return r;
}

MDEF(m_capitalize) { return recase("capitalize", self, args, nargs, kw, 'c'); }
MDEF(m_swapcase) { return recase("swapcase", self, args, nargs, kw, 's'); }
MDEF(m_title) { return recase("title", self, args, nargs, kw, 't'); }

/* how: 'l' islower, 'u' isupper, 't' istitle, 'a' isascii */
static rt_object *predicate(const char *name, rt_object *self, intptr_t nargs, rt_object *kw, int how)
{
    if (arity(self, name, nargs, kw, 0) < 0)
        return NULL;
    const unsigned char *d = (const unsigned char *)rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self);
    bool cased = false, ok = true, prev_cased = false;
    for (intptr_t i = 0; i < n && ok; i++) {
        unsigned char c = d[i];
        if (how == 'a')
            ok = c < 0x80;
        else if (how == 'l')
            ok = !is_upper(c), cased |= is_lower(c);
        else if (how == 'u')
            ok = !is_lower(c), cased |= is_upper(c);
        else {
            if (is_upper(c))
                ok = !prev_cased, prev_cased = cased = true;
            else if (is_lower(c))
                ok = prev_cased, prev_cased = cased = true;
            else
                prev_cased = false;
        }
    }
    return rt_bool_from(ok && (how == 'a' || cased));
}

MDEF(m_islower) { (void)args; return predicate("islower", self, nargs, kw, 'l'); }
MDEF(m_isupper) { (void)args; return predicate("isupper", self, nargs, kw, 'u'); }
MDEF(m_istitle) { (void)args; return predicate("istitle", self, nargs, kw, 't'); }
MDEF(m_isascii) { (void)args; return predicate("isascii", self, nargs, kw, 'a'); }

/* ---- translation ------------------------------------------------------------------- */

/* translate(table, /, delete=b''): table None or 256 bytes. */
MDEF(m_translate)
{
    static const char *const names[] = { "table", "delete" };
    rt_object *a[2];
    intptr_t nkw = kw ? RT_SIZE(kw) : 0;
    if (nargs + nkw > 2)
        return rt_err_format(&rt_exc_TypeError, "translate() takes at most 2 arguments (%ld given)",
                             (long)(nargs + nkw));
    if (nargs < 1)   /* table is positional-only */
        return rt_err_set_string(&rt_exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    if (rt_bytes_bind_args("translate", args, nargs, kw, names, 2, 1, a) < 0)
        return NULL;
    const char *table = NULL, *del = "";
    intptr_t tn = 0, dn = 0;
    if (a[0] != RT_NONE) {
        if (rt_byteslike_get(a[0], &table, &tn) < 0)
            return NULL;
        if (tn != 256)
            return rt_err_set_string(&rt_exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && rt_byteslike_get(a[1], &del, &dn) < 0)
        return NULL;
    bool drop[256] = { false };
    for (intptr_t i = 0; i < dn; i++)
        drop[(unsigned char)del[i]] = true;
    const unsigned char *d = (const unsigned char *)rt_byteslike_data(self);
    intptr_t n = RT_SIZE(self);
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (intptr_t i = 0; i < n; i++)
        if (!drop[d[i]])
            rt_str_builder_append_char(&b, table ? table[d[i]] : (char)d[i]);
    return finish(self, &b);
}

/* bytes.maketrans(frm, to) and bytearray.maketrans: static methods that
 * always make a bytes; tname only names the class in the messages. */
static rt_object *maketrans(const char *tname, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    const char *f, *t;
    intptr_t fn, tn;
    if (rt_bytes_nargs(tname, "maketrans", nargs, 2, 2, kw) < 0 || rt_byteslike_get(args[0], &f, &fn) < 0
        || rt_byteslike_get(args[1], &t, &tn) < 0)
        return NULL;
    if (fn != tn)
        return rt_err_set_string(&rt_exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (intptr_t i = 0; i < fn; i++)
        table[(unsigned char)f[i]] = t[i];
    return rt_bytes_from_data(table, 256);
}

MDEF(m_bytes_maketrans) { (void)self; return maketrans("bytes", args, nargs, kw); }
MDEF(m_bytearray_maketrans) { (void)self; return maketrans("bytearray", args, nargs, kw); }

/* CPython 3.11's internal docstring (text signature, then the text) */
#define MAKETRANS_DOC "maketrans(frm, to, /)\n--\n\n" \
    "Return a translation table useable for the bytes or bytearray translate method.\n\n" \
    "The returned table will be one where each byte in frm is mapped to the byte at\n" \
    "the same position in to.\n\n" \
    "The bytes objects frm and to must be of the same length."

RT_NOSCAN rt_method_def rt_bytes_maketrans_method[] = {
    { "maketrans", m_bytes_maketrans, RT_METH_FASTCALL | RT_METH_STATIC, MAKETRANS_DOC },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN rt_method_def rt_bytearray_maketrans_method[] = {
    { "maketrans", m_bytearray_maketrans, RT_METH_FASTCALL | RT_METH_STATIC, MAKETRANS_DOC },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN rt_method_def rt_bytes_text_methods[] = {
    { "center", m_center, RT_METH_FASTCALL, "center(width, fillchar=b' ', /)" },
    { "ljust", m_ljust, RT_METH_FASTCALL, "ljust(width, fillchar=b' ', /)" },
    { "rjust", m_rjust, RT_METH_FASTCALL, "rjust(width, fillchar=b' ', /)" },
    { "zfill", m_zfill, RT_METH_FASTCALL, "zfill(width, /)" },
    { "expandtabs", m_expandtabs, RT_METH_FASTCALL, "expandtabs(tabsize=8)" },
    { "partition", m_partition, RT_METH_FASTCALL, "partition(sep, /)" },
    { "rpartition", m_rpartition, RT_METH_FASTCALL, "rpartition(sep, /)" },
    { "removeprefix", m_removeprefix, RT_METH_FASTCALL, "removeprefix(prefix, /)" },
    { "removesuffix", m_removesuffix, RT_METH_FASTCALL, "removesuffix(suffix, /)" },
    { "splitlines", m_splitlines, RT_METH_FASTCALL, "splitlines(keepends=False)" },
    { "capitalize", m_capitalize, RT_METH_FASTCALL, "ASCII capitalisation" },
    { "swapcase", m_swapcase, RT_METH_FASTCALL, "ASCII case swapped" },
    { "title", m_title, RT_METH_FASTCALL, "ASCII titlecase" },
    { "islower", m_islower, RT_METH_FASTCALL, "ASCII lower case" },
    { "isupper", m_isupper, RT_METH_FASTCALL, "ASCII upper case" },
    { "istitle", m_istitle, RT_METH_FASTCALL, "ASCII titlecase" },
    { "isascii", m_isascii, RT_METH_FASTCALL, "all bytes below 0x80" },
    { "translate", m_translate, RT_METH_FASTCALL, "translate(table, /, delete=b'')" },
    { NULL, NULL, 0, NULL },
};

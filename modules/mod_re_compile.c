/*
 * mod_re_compile.c -- the re pattern compiler: one recursive-descent pass
 * over the pattern's code points that emits the matcher's program
 * (mod_re.h) as it goes, with the syntax, the error messages and the
 * error positions of CPython 3.11's Lib/re/_parser.py (read for
 * behaviour; the structure here is our own).
 *
 * Invariants: a parsed piece's code is contiguous and relocatable (jumps
 * are relative), so a quantifier or a '|' found after it wraps it by
 * inserting words in front; each piece reports its width (min, max
 * characters), which look-behind (fixed width only) and repeats need.
 * Nesting is bounded (RecursionError, as CPython's recursive parser
 * gives) so a pattern cannot exhaust the C stack.
 */
#include <string.h>
#include <stdio.h>
#include "modules/mod_re.h"
#include "runtime/alloc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/recursion.h"
#include "runtime/str.h"
#include "runtime/unicase.h"
#include "runtime/unicode_ctype.h"

#define W_INF ((intptr_t)1 << 40)

typedef struct width {
    intptr_t lo, hi;
} width;

typedef struct cstate {
    const uint32_t *p;
    intptr_t n, i;
    int flags;            /* the flags in force here (scoped ones included) */
    int gflags;           /* global flags: given, and (?x) at the start */
    bool bytes;
    int32_t *code;
    intptr_t ncode, cap;
    re_class *classes;
    int nclasses, capclasses;
    int ngroups, nloopregs;
    width *gwidth;        /* group -> width once closed */
    bool *gclosed;
    int capgroups;
    int lookbehind_groups;    /* groups open before the current look-behind, or -1 */
    intptr_t condref_pos;     /* first (?(N)...) naming a group past the last, or -1 */
    int condref_group;
    int depth;
    rt_object *names;
    re_compile_error *err;
    bool exc;             /* an exception is set (not a pattern error) */
} cstate;

/* ---- errors ---------------------------------------------------------------------- */

static bool fail(cstate *cs, intptr_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool fail(cstate *cs, intptr_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cs->err->msg, sizeof cs->err->msg, fmt, ap);
    va_end(ap);
    cs->err->pos = pos;
    return false;
}

static bool failed(cstate *cs) { return cs->err->msg[0] || cs->exc; }

static bool nomem(cstate *cs)
{
    rt_err_no_memory();
    cs->exc = true;
    return false;
}

/* The text of p[a, b) as UTF-8 (bytes patterns: latin-1, as CPython's
 * tokenizer decodes them, then shown with backslash escapes). */
static void text(cstate *cs, intptr_t a, intptr_t b, char *out, size_t cap)
{
    size_t o = 0;
    for (intptr_t k = a; k < b && k < cs->n && o + 8 < cap; k++) {
        uint32_t c = cs->p[k];
        if (cs->bytes && c >= 0x80)
            o += (size_t)snprintf(out + o, cap - o, "\\x%02x", c);
        else if (c < 0x80)
            out[o++] = (char)c;
        else if (c < 0x800) {
            out[o++] = (char)(0xC0 | (c >> 6));
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[o++] = (char)(0xE0 | (c >> 12));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[o++] = (char)(0xF0 | (c >> 18));
            out[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[o] = 0;
}

/* repr() of the name p[a, b) (the messages quote names as Python's %r). */
static void name_repr(cstate *cs, intptr_t a, intptr_t b, char *out, size_t cap)
{
    char t[200];
    text(cs, a, b, t, sizeof t);
    bool sq = strchr(t, '\'') && !strchr(t, '"');
    char q = sq ? '"' : '\'';
    size_t o = 0;
    out[o++] = q;
    for (const char *s = t; *s && o + 6 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' || c == (unsigned char)q) {
            out[o++] = '\\';
            out[o++] = (char)c;
        } else if (c < 0x20 || c == 0x7f) {
            o += (size_t)snprintf(out + o, cap - o, c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : "\\x%02x", c);
        } else {
            out[o++] = (char)c;
        }
    }
    out[o++] = q;
    out[o] = 0;
}

/* ---- emitting -------------------------------------------------------------------- */

static bool reserve(cstate *cs, intptr_t more)
{
    if (cs->ncode + more <= cs->cap)
        return true;
    intptr_t cap = cs->cap ? cs->cap * 2 : 64;
    while (cap < cs->ncode + more)
        cap *= 2;
    if (cap > (1 << 26))
        return fail(cs, -1, "pattern too large");
    int32_t *c = rt_mem_realloc(cs->code, (size_t)cap * sizeof *c);
    if (!c)
        return nomem(cs);
    cs->code = c;
    cs->cap = cap;
    return true;
}

static bool emit(cstate *cs, int n, const int32_t *w)
{
    if (!reserve(cs, n))
        return false;
    memcpy(cs->code + cs->ncode, w, (size_t)n * sizeof *w);
    cs->ncode += n;
    return true;
}
#define EMIT(cs, ...) emit((cs), (int)(sizeof((int32_t[]){ __VA_ARGS__ }) / sizeof(int32_t)), (int32_t[]){ __VA_ARGS__ })

/* Insert n words at `at`, moving the code after it (relocatable). */
static bool insert(cstate *cs, intptr_t at, int n, const int32_t *w)
{
    if (!reserve(cs, n))
        return false;
    memmove(cs->code + at + n, cs->code + at, (size_t)(cs->ncode - at) * sizeof *w);
    memcpy(cs->code + at, w, (size_t)n * sizeof *w);
    cs->ncode += n;
    return true;
}
#define INSERT(cs, at, ...) insert((cs), (at), (int)(sizeof((int32_t[]){ __VA_ARGS__ }) / sizeof(int32_t)), (int32_t[]){ __VA_ARGS__ })

int re_op_len(int32_t op)
{
    switch (op) {
    case RE_MATCH: case RE_ANY: case RE_ANYALL: case RE_ASSERT_END: return 1;
    case RE_SPLIT: case RE_GROUPEXISTS: return 3;
    case RE_REP: return 5;
    case RE_LOOP_HEAD: case RE_LOOP_TAIL: return 6;
    case RE_ASSERT: return 4;
    default: return 2;
    }
}

static bool single_char_op(int32_t op)
{
    return op == RE_CHAR || op == RE_CHAR_I || op == RE_NOTCHAR || op == RE_NOTCHAR_I || op == RE_ANY
           || op == RE_ANYALL || op == RE_CLASS;
}

/* ---- characters ------------------------------------------------------------------ */

static bool uni(const cstate *cs) { return !cs->bytes && !(cs->flags & RE_F_ASCII); }

uint32_t re_fold(uint32_t c, bool u)
{
    if (c < 128)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (!u)
        return c;
    /* U+0130's lowercase is only in the full table ("i" + U+0307); its
     * simple one, which CPython's IGNORECASE uses, is "i" */
    if (c == 0x130)
        return 'i';
    return rt_unicase_simple(rt_unicase_simple(c, RT_CASE_UPPER), RT_CASE_LOWER);
}

static bool is_space(uint32_t c, bool u)
{
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return true;
    if (!u)
        return false;
    return (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
           || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool re_category(int cat, uint32_t c, bool u)
{
    bool r;
    switch (cat) {
    case RE_CAT_DIGIT: case RE_CAT_NOT_DIGIT:
        r = c < 128 ? (c >= '0' && c <= '9') : u && (rt_unicode_ctype(c) & RT_UC_DECIMAL);
        return cat == RE_CAT_DIGIT ? r : !r;
    case RE_CAT_WORD: case RE_CAT_NOT_WORD:
        if (c < 128)
            r = (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_';
        else
            r = u && (rt_unicode_ctype(c) & RT_UC_ALNUM);
        return cat == RE_CAT_WORD ? r : !r;
    default:
        r = is_space(c, u);
        return cat == RE_CAT_SPACE ? r : !r;
    }
}

static bool items_have(const re_class *k, uint32_t c, bool u)
{
    for (int j = 0; j < k->nitems; j++) {
        const re_citem *it = &k->items[j];
        if (it->cat == RE_CAT_RANGE ? (c >= it->lo && c <= it->hi) : re_category(it->cat, c, u))
            return true;
    }
    return false;
}

bool re_class_test_slow(const re_class *k, uint32_t c)
{
    bool u = k->uni;
    bool in = items_have(k, c, u);
    if (!in && k->icase) {
        uint32_t lo = u || c < 128 ? (c < 128 ? re_fold(c, u) : rt_unicase_simple(c, RT_CASE_LOWER)) : c;
        uint32_t up = c < 128 ? (c >= 'a' && c <= 'z' ? c - 32 : c) : u ? rt_unicase_simple(c, RT_CASE_UPPER) : c;
        uint32_t f = re_fold(c, u);
        in = (lo != c && items_have(k, lo, u)) || (up != c && items_have(k, up, u))
             || (f != c && f != lo && items_have(k, f, u));
    }
    return in != k->negate;
}

/* Add a class; its index, or -1. */
static int add_class(cstate *cs, re_citem *items, int nitems, bool negate)
{
    if (cs->nclasses == cs->capclasses) {
        int cap = cs->capclasses ? cs->capclasses * 2 : 8;
        re_class *c = rt_mem_realloc(cs->classes, (size_t)cap * sizeof *c);
        if (!c) {
            nomem(cs);
            return -1;
        }
        cs->classes = c;
        cs->capclasses = cap;
    }
    re_class *k = &cs->classes[cs->nclasses];
    memset(k, 0, sizeof *k);
    k->items = rt_mem_malloc_atomic((size_t)(nitems ? nitems : 1) * sizeof *items);
    if (!k->items) {
        nomem(cs);
        return -1;
    }
    memcpy(k->items, items, (size_t)nitems * sizeof *items);
    k->nitems = nitems;
    k->negate = negate;
    k->icase = (cs->flags & RE_F_IGNORECASE) != 0;
    k->uni = uni(cs);
    for (uint32_t c = 0; c < 256; c++)
        if (re_class_test_slow(k, c))
            k->bits[c >> 5] |= 1u << (c & 31);
    return cs->nclasses++;
}

/* Emit one literal character (folded under IGNORECASE when it has a case). */
static bool emit_literal(cstate *cs, uint32_t c, bool negate)
{
    if (cs->flags & RE_F_IGNORECASE) {
        bool u = uni(cs);
        uint32_t f = re_fold(c, u);
        /* beyond ASCII another character may fold to c (U+1E9E to U+00DF)
         * although c itself has no simple case: compare folded */
        if (c < 128 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : u)
            return EMIT(cs, negate ? RE_NOTCHAR_I : RE_CHAR_I, (int32_t)f);
    }
    return EMIT(cs, negate ? RE_NOTCHAR : RE_CHAR, (int32_t)c);
}

/* ---- tokens ---------------------------------------------------------------------- */

static bool at_end(cstate *cs) { return cs->i >= cs->n; }
static uint32_t peek(cstate *cs) { return cs->i < cs->n ? cs->p[cs->i] : UINT32_MAX; }
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_hex(uint32_t c) { return is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f'); }
static bool is_ascii_letter(uint32_t c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int hexval(uint32_t c) { return is_digit(c) ? (int)c - '0' : (int)(c | 32) - 'a' + 10; }

/* What an escape stands for. */
enum { ESC_LIT, ESC_CAT, ESC_AT, ESC_REF };
typedef struct esc {
    int kind;
    uint32_t v;
} esc;

/* Read the name up to terminator (CPython's getuntil + checkgroupname when
 * ident): [*a, *b) of the pattern; false on error. */
static bool get_name(cstate *cs, uint32_t term, const char *what, intptr_t *a, intptr_t *b, bool ident)
{
    intptr_t s = cs->i;
    while (!at_end(cs) && cs->p[cs->i] != term)
        cs->i++;
    if (at_end(cs)) {
        if (cs->i == s)
            return fail(cs, cs->i, "missing %s", what);
        return fail(cs, s, "missing %c, unterminated name", (int)term);
    }
    if (cs->i == s)
        return fail(cs, s, "missing %s", what);
    *a = s;
    *b = cs->i;
    cs->i++;
    if (ident) {
        char t[200];
        text(cs, s, *b, t, sizeof t);
        if (!rt_unicode_is_identifier(t, (intptr_t)strlen(t))) {
            char r[220];
            name_repr(cs, s, *b, r, sizeof r);
            return fail(cs, s, "bad character in group name %s", r);
        }
    }
    return true;
}

/* Group number of name p[a, b) in names, or -1. */
static int lookup_name(cstate *cs, intptr_t a, intptr_t b)
{
    char t[200];
    text(cs, a, b, t, sizeof t);
    rt_object *v = rt_dict_getitem_str(cs->names, t);
    return v ? (int)rt_int_as_i64(v) : -1;
}

static bool group_ok(cstate *cs, int g) { return g <= cs->ngroups && cs->gclosed[g]; }

/* Inside a look-behind, a group reference must name a group closed
 * before it started (CPython's checklookbehindgroup). */
static bool check_lookbehind_ref(cstate *cs, int g, intptr_t pos)
{
    if (cs->lookbehind_groups < 0)
        return true;
    if (!group_ok(cs, g))
        return fail(cs, pos, "cannot refer to an open group");
    if (g >= cs->lookbehind_groups + 1)
        return fail(cs, pos, "cannot refer to group defined in the same lookbehind subpattern");
    return true;
}

/* Read a fixed number of hex digits after \x, \u, \U (escape at s). */
static bool hex_escape(cstate *cs, intptr_t s, int ndig, uint32_t *out)
{
    uint32_t v = 0;
    int k = 0;
    while (k < ndig && is_hex(peek(cs))) {
        v = v * 16 + (uint32_t)hexval(cs->p[cs->i++]);
        k++;
    }
    if (k != ndig) {
        char t[32];
        text(cs, s, cs->i, t, sizeof t);
        return fail(cs, s, "incomplete escape %s", t);
    }
    if (v > 0x10FFFF) {
        char t[32];
        text(cs, s, cs->i, t, sizeof t);
        return fail(cs, s, "bad escape %s", t);
    }
    *out = v;
    return true;
}

/* An escape at cs->i (the backslash), CPython's _escape and
 * _class_escape. */
static bool parse_escape(cstate *cs, bool in_class, esc *e)
{
    intptr_t s = cs->i++;
    if (at_end(cs))
        return fail(cs, cs->n - 1, "bad escape (end of pattern)");
    uint32_t c = cs->p[cs->i++];
    e->kind = ESC_LIT;
    switch (c) {
    case 'a': e->v = 7; return true;
    case 'f': e->v = 12; return true;
    case 'n': e->v = 10; return true;
    case 'r': e->v = 13; return true;
    case 't': e->v = 9; return true;
    case 'v': e->v = 11; return true;
    case '\\': e->v = '\\'; return true;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        e->kind = ESC_CAT;
        e->v = c == 'd' ? RE_CAT_DIGIT : c == 'D' ? RE_CAT_NOT_DIGIT : c == 's' ? RE_CAT_SPACE
             : c == 'S' ? RE_CAT_NOT_SPACE : c == 'w' ? RE_CAT_WORD : RE_CAT_NOT_WORD;
        return true;
    case 'b':
        if (in_class) {
            e->v = 8;
            return true;
        }
        e->kind = ESC_AT;
        e->v = RE_AT_BOUND;
        return true;
    case 'B': case 'A': case 'Z':
        if (in_class)
            break;
        e->kind = ESC_AT;
        e->v = c == 'B' ? RE_AT_NBOUND : c == 'A' ? RE_AT_BEGIN_STR : RE_AT_END_STR;
        return true;
    case 'x':
        return hex_escape(cs, s, 2, &e->v);
    case 'u': case 'U':
        if (cs->bytes)
            break;
        return hex_escape(cs, s, c == 'u' ? 4 : 8, &e->v);
    default:
        break;
    }
    char t[64];
    if (is_oct(c) && (in_class || c == '0')) {
        /* octal: up to three digits (\0 and two more outside a class) */
        uint32_t v = c - '0';
        int more = 2;
        while (more-- && is_oct(peek(cs)))
            v = v * 8 + (cs->p[cs->i++] - '0');
        if (v > 0377) {
            text(cs, s, cs->i, t, sizeof t);
            return fail(cs, s, "octal escape value %s outside of range 0-0o377", t);
        }
        e->v = v;
        return true;
    }
    if (is_digit(c)) {
        if (in_class) {
            text(cs, s, cs->i, t, sizeof t);
            return fail(cs, s, "bad escape %s", t);
        }
        if (is_digit(peek(cs))) {
            cs->i++;
            if (is_oct(c) && is_oct(cs->p[cs->i - 1]) && is_oct(peek(cs))) {
                cs->i++;
                uint32_t v = (c - '0') * 64 + (cs->p[cs->i - 2] - '0') * 8 + (cs->p[cs->i - 1] - '0');
                if (v > 0377) {
                    text(cs, s, cs->i, t, sizeof t);
                    return fail(cs, s, "octal escape value %s outside of range 0-0o377", t);
                }
                e->v = v;
                return true;
            }
        }
        int g = 0;
        for (intptr_t k = s + 1; k < cs->i; k++)
            g = g * 10 + (int)(cs->p[k] - '0');
        if (g <= cs->ngroups) {
            if (!group_ok(cs, g))
                return fail(cs, s, "cannot refer to an open group");
            if (!check_lookbehind_ref(cs, g, s))
                return false;
            e->kind = ESC_REF;
            e->v = (uint32_t)g;
            return true;
        }
        return fail(cs, s + 1, "invalid group reference %d", g);
    }
    if (is_ascii_letter(c)) {
        text(cs, s, cs->i, t, sizeof t);
        return fail(cs, s, "bad escape %s", t);
    }
    e->v = c;
    return true;
}

/* ---- character sets -------------------------------------------------------------- */

/* A set [...] at cs->i (the '['): emits CHAR, NOTCHAR or CLASS. */
static bool parse_set(cstate *cs)
{
    intptr_t here = cs->i++;
    re_citem buf[16], *items = buf;
    int n = 0, cap = 16;
    bool negate = false, ok = false;
    if (peek(cs) == '^') {
        negate = true;
        cs->i++;
    }
    for (;;) {
        if (at_end(cs)) {
            fail(cs, here, "unterminated character set");
            goto out;
        }
        if (n + 2 > cap) {   /* room for this item (two for "x-]") */
            re_citem *m = rt_mem_malloc_atomic((size_t)cap * 2 * sizeof *m);
            if (!m) {
                nomem(cs);
                goto out;
            }
            memcpy(m, items, (size_t)n * sizeof *m);
            if (items != buf)
                rt_mem_free(items);
            items = m;
            cap *= 2;
        }
        intptr_t ts = cs->i;
        uint32_t c = cs->p[cs->i];
        if (c == ']' && n > 0) {
            cs->i++;
            break;
        }
        esc e1 = { ESC_LIT, c };
        if (c == '\\') {
            if (!parse_escape(cs, true, &e1))
                goto out;
        } else {
            cs->i++;
        }
        intptr_t te = cs->i;
        re_citem it = { e1.v, e1.v, e1.kind == ESC_CAT ? (int)e1.v : RE_CAT_RANGE };
        if (peek(cs) == '-') {
            cs->i++;
            if (at_end(cs)) {
                fail(cs, here, "unterminated character set");
                goto out;
            }
            if (cs->p[cs->i] == ']') {
                /* "x-]": x and a literal '-' (the ']' ends the set below) */
                items[n++] = it;
                items[n++] = (re_citem){ '-', '-', RE_CAT_RANGE };
                continue;
            }
            esc e2 = { ESC_LIT, cs->p[cs->i] };
            if (e2.v == '\\') {
                if (!parse_escape(cs, true, &e2))
                    goto out;
            } else {
                cs->i++;
            }
            if (e1.kind != ESC_LIT || e2.kind != ESC_LIT || e2.v < e1.v) {
                char a[64], b[64];
                text(cs, ts, te, a, sizeof a);
                text(cs, te + 1, cs->i, b, sizeof b);
                fail(cs, ts, "bad character range %s-%s", a, b);
                goto out;
            }
            it.hi = e2.v;
        }
        items[n++] = it;
    }
    if (n == 1 && items[0].cat == RE_CAT_RANGE && items[0].lo == items[0].hi) {
        ok = emit_literal(cs, items[0].lo, negate);
    } else {
        int k = add_class(cs, items, n, negate);
        ok = k >= 0 && EMIT(cs, RE_CLASS, k);
    }
out:
    if (items != buf)
        rt_mem_free(items);
    return ok;
}

/* ---- groups, flags, sequences ---------------------------------------------------- */

static bool parse_alt(cstate *cs, bool top, width *w);

static int flag_of(uint32_t c)
{
    switch (c) {
    case 'i': return RE_F_IGNORECASE;
    case 'L': return RE_F_LOCALE;
    case 'm': return RE_F_MULTILINE;
    case 's': return RE_F_DOTALL;
    case 'x': return RE_F_VERBOSE;
    case 'a': return RE_F_ASCII;
    case 't': return RE_F_TEMPLATE;
    case 'u': return RE_F_UNICODE;
    default: return 0;
    }
}

#define TYPE_FLAGS (RE_F_ASCII | RE_F_LOCALE | RE_F_UNICODE)
#define GLOBAL_FLAGS (RE_F_DEBUG | RE_F_TEMPLATE)

static bool is_alpha_cp(uint32_t c)
{
    return c < 128 ? is_ascii_letter(c) : (rt_unicode_ctype(c) & RT_UC_ALPHA) != 0;
}

/* Inline flags after "(?" (c the first flag or '-'): *global true for
 * "(?flags)", else *add / *del of "(?flags-flags:". */
static bool parse_flags(cstate *cs, uint32_t c, int *add, int *del, bool *global)
{
    *add = *del = 0;
    *global = false;
    if (c != '-') {
        for (;;) {
            int f = flag_of(c);
            if (!cs->bytes && c == 'L')
                return fail(cs, cs->i, "bad inline flags: cannot use 'L' flag with a str pattern");
            if (cs->bytes && c == 'u')
                return fail(cs, cs->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            *add |= f;
            if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f)
                return fail(cs, cs->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            if (at_end(cs))
                return fail(cs, cs->i, "missing -, : or )");
            c = cs->p[cs->i++];
            if (c == ')' || c == '-' || c == ':')
                break;
            if (!flag_of(c))
                return fail(cs, cs->i - 1, is_alpha_cp(c) ? "unknown flag" : "missing -, : or )");
        }
    }
    if (c == ')') {
        *global = true;
        return true;
    }
    if (*add & GLOBAL_FLAGS)
        return fail(cs, cs->i - 1, "bad inline flags: cannot turn on global flag");
    if (c == '-') {
        if (at_end(cs))
            return fail(cs, cs->i, "missing flag");
        c = cs->p[cs->i++];
        if (!flag_of(c))
            return fail(cs, cs->i - 1, is_alpha_cp(c) ? "unknown flag" : "missing flag");
        for (;;) {
            int f = flag_of(c);
            if (f & TYPE_FLAGS)
                return fail(cs, cs->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            *del |= f;
            if (at_end(cs))
                return fail(cs, cs->i, "missing :");
            c = cs->p[cs->i++];
            if (c == ':')
                break;
            if (!flag_of(c))
                return fail(cs, cs->i - 1, is_alpha_cp(c) ? "unknown flag" : "missing :");
        }
    }
    if (*del & GLOBAL_FLAGS)
        return fail(cs, cs->i - 1, "bad inline flags: cannot turn off global flag");
    if (*add & *del)
        return fail(cs, cs->i - 1, "bad inline flags: flag turned on and off");
    return true;
}

static bool open_group(cstate *cs, intptr_t na, intptr_t nb, int *gid)
{
    int g = cs->ngroups + 1;
    if (g >= cs->capgroups) {
        int cap = cs->capgroups * 2;
        width *w = rt_mem_realloc(cs->gwidth, (size_t)cap * sizeof *w);
        if (w)
            cs->gwidth = w;
        bool *c = w ? rt_mem_realloc(cs->gclosed, (size_t)cap * sizeof *c) : NULL;
        if (!c)
            return nomem(cs);
        cs->gclosed = c;
        cs->capgroups = cap;
    }
    if (na >= 0) {
        int old = lookup_name(cs, na, nb);
        if (old >= 0) {
            char r[220];
            name_repr(cs, na, nb, r, sizeof r);
            return fail(cs, na, "redefinition of group name %s as group %d; was group %d", r, g, old);
        }
        char t[200];
        text(cs, na, nb, t, sizeof t);
        rt_object *k = rt_str_from_cstr(t), *v = rt_int_from_i64(g);
        int r = k && v ? rt_dict_setitem(cs->names, k, v) : -1;
        rt_xdecref(k);
        rt_xdecref(v);
        if (r < 0) {
            cs->exc = true;
            return false;
        }
    }
    cs->ngroups = g;
    cs->gclosed[g] = false;
    *gid = g;
    return true;
}

/* Make the code of [start, ncode) repeat min..max times (mode). */
static bool apply_repeat(cstate *cs, intptr_t start, int32_t min, int32_t max, int mode)
{
    intptr_t len = cs->ncode - start;
    int32_t op = cs->code[start];
    if (single_char_op(op) && re_op_len(op) == len)
        return INSERT(cs, start, RE_REP, min, max, mode, (int32_t)(5 + len));
    if (min == 1 && max == 1 && mode != RE_POSSESSIVE)
        return true;
    if (min == 0 && max == 1 && mode != RE_POSSESSIVE)
        return mode == RE_GREEDY ? INSERT(cs, start, RE_SPLIT, 3, (int32_t)(3 + len))
                                 : INSERT(cs, start, RE_SPLIT, (int32_t)(3 + len), 3);
    int32_t cnt = cs->nloopregs++, mark = cs->nloopregs++;
    int lmode = mode == RE_LAZY ? RE_LAZY : RE_GREEDY;
    /* LOOP_INIT cnt | head: LOOP_HEAD | MARK | body | LOOP_TAIL | exit */
    intptr_t head = start + 2, tail = start + 10 + len, exit = tail + 6;
    if (!INSERT(cs, start, RE_LOOP_INIT, cnt, RE_LOOP_HEAD, cnt, min, max, lmode, (int32_t)(exit - head), RE_MARK,
                mark))
        return false;
    if (!EMIT(cs, RE_LOOP_TAIL, cnt, mark, min, (int32_t)(head - tail), (int32_t)(exit - tail)))
        return false;
    if (mode == RE_POSSESSIVE) {
        intptr_t l2 = cs->ncode - start;
        return INSERT(cs, start, RE_ASSERT, RE_ASSERT_ATOMIC, 0, (int32_t)(4 + l2 + 1)) && EMIT(cs, RE_ASSERT_END);
    }
    return true;
}

static intptr_t wadd(intptr_t a, intptr_t b) { return a + b >= W_INF ? W_INF : a + b; }
static intptr_t wmul(intptr_t a, intptr_t m)
{
    if (a == 0 || m == 0)
        return 0;
    if (a >= W_INF || m >= RE_MAXREPEAT || a > W_INF / m)
        return W_INF;
    return a * m;
}

/* A quantifier at cs->i; false on error, *done false when '{' is a literal. */
static bool parse_quant(cstate *cs, int32_t *min, int32_t *max, bool *literal)
{
    intptr_t q = cs->i;
    uint32_t c = cs->p[cs->i++];
    *literal = false;
    if (c == '?') {
        *min = 0;
        *max = 1;
    } else if (c == '*') {
        *min = 0;
        *max = RE_MAXREPEAT;
    } else if (c == '+') {
        *min = 1;
        *max = RE_MAXREPEAT;
    } else {
        if (peek(cs) == '}') {
            *literal = true;
            return true;
        }
        intptr_t a = cs->i;
        while (is_digit(peek(cs)))
            cs->i++;
        intptr_t ae = cs->i, b = ae, be = ae;
        if (peek(cs) == ',') {
            cs->i++;
            b = cs->i;
            while (is_digit(peek(cs)))
                cs->i++;
            be = cs->i;
        }
        if (peek(cs) != '}') {
            cs->i = q + 1;
            *literal = true;
            return true;
        }
        cs->i++;
        int64_t lo = 0, hi = RE_MAXREPEAT;
        for (intptr_t k = a; k < ae; k++)
            if ((lo = lo * 10 + (cs->p[k] - '0')) >= RE_MAXREPEAT) {
                rt_err_set_string(&rt_exc_OverflowError, "the repetition number is too large");
                cs->exc = true;
                return false;
            }
        if (b == ae && be == ae && !(ae < cs->n && cs->p[ae] == ','))
            hi = lo;
        else if (be > b) {
            hi = 0;
            for (intptr_t k = b; k < be; k++)
                if ((hi = hi * 10 + (cs->p[k] - '0')) >= RE_MAXREPEAT) {
                    rt_err_set_string(&rt_exc_OverflowError, "the repetition number is too large");
                    cs->exc = true;
                    return false;
                }
            if (hi < lo)
                return fail(cs, q + 1, "min repeat greater than max repeat");
        }
        *min = (int32_t)lo;
        *max = (int32_t)hi;
    }
    return true;
}

enum { LAST_NONE, LAST_AT, LAST_REPEAT, LAST_ITEM };

/* A sequence of items up to '|', ')' or the end. */
static bool parse_seq(cstate *cs, bool first, width *w)
{
    int last = LAST_NONE;
    intptr_t lstart = 0;
    width lw = { 0, 0 };
    w->lo = w->hi = 0;
    bool any = false;
    while (!at_end(cs)) {
        uint32_t c = cs->p[cs->i];
        if (c == '|' || c == ')')
            break;
        if (cs->flags & RE_F_VERBOSE) {
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                cs->i++;
                continue;
            }
            if (c == '#') {
                while (!at_end(cs) && cs->p[cs->i] != '\n')
                    cs->i++;
                if (!at_end(cs))
                    cs->i++;
                continue;
            }
        }
        intptr_t tok = cs->i;
        if (c == '(' && tok + 2 < cs->n && cs->p[tok + 1] == '?' && cs->p[tok + 2] == '#') {
            /* a comment is no item: the previous one stays the one to repeat */
            cs->i += 3;
            for (;;) {
                if (at_end(cs))
                    return fail(cs, tok, "missing ), unterminated comment");
                if (cs->p[cs->i++] == ')')
                    break;
            }
            continue;
        }
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            int32_t min = 0, max = 0;
            bool lit;
            if (!parse_quant(cs, &min, &max, &lit))
                return false;
            if (lit) {
                /* '{' that starts no quantifier is itself */
                w->lo = wadd(w->lo, lw.lo);
                w->hi = wadd(w->hi, lw.hi);
                lstart = cs->ncode;
                lw = (width){ 1, 1 };
                last = LAST_ITEM;
                any = true;
                if (!EMIT(cs, RE_CHAR, '{'))
                    return false;
                continue;
            }
            if (last == LAST_NONE || last == LAST_AT)
                return fail(cs, tok, "nothing to repeat");
            if (last == LAST_REPEAT)
                return fail(cs, tok, "multiple repeat");
            int mode = RE_GREEDY;
            if (peek(cs) == '?') {
                cs->i++;
                mode = RE_LAZY;
            } else if (peek(cs) == '+') {
                cs->i++;
                mode = RE_POSSESSIVE;
            }
            if (!apply_repeat(cs, lstart, min, max, mode))
                return false;
            lw.lo = wmul(lw.lo, min);
            lw.hi = wmul(lw.hi, max);
            last = LAST_REPEAT;
            continue;
        }
        /* a new item: the previous one's width counts now */
        w->lo = wadd(w->lo, lw.lo);
        w->hi = wadd(w->hi, lw.hi);
        lstart = cs->ncode;
        lw = (width){ 1, 1 };
        last = LAST_ITEM;
        bool ok = true;
        if (c == '\\') {
            esc e;
            if (!parse_escape(cs, false, &e))
                return false;
            if (e.kind == ESC_LIT) {
                ok = emit_literal(cs, e.v, false);
            } else if (e.kind == ESC_CAT) {
                re_citem it = { 0, 0, (int)e.v };
                int k = add_class(cs, &it, 1, false);
                ok = k >= 0 && EMIT(cs, RE_CLASS, k);
            } else if (e.kind == ESC_AT) {
                int kind = (int)e.v;
                if ((kind == RE_AT_BOUND || kind == RE_AT_NBOUND) && uni(cs))
                    kind |= 16;
                ok = EMIT(cs, RE_AT, kind);
                last = LAST_AT;
                lw = (width){ 0, 0 };
            } else {
                ok = EMIT(cs, (cs->flags & RE_F_IGNORECASE) ? RE_BACKREF_I : RE_BACKREF, (int32_t)e.v);
                lw = cs->gwidth[e.v];
            }
        } else if (c == '[') {
            ok = parse_set(cs);
        } else if (c == '.') {
            cs->i++;
            ok = EMIT(cs, (cs->flags & RE_F_DOTALL) ? RE_ANYALL : RE_ANY);
        } else if (c == '^' || c == '$') {
            cs->i++;
            bool ml = (cs->flags & RE_F_MULTILINE) != 0;
            ok = EMIT(cs, RE_AT, c == '^' ? (ml ? RE_AT_BEGIN_LINE : RE_AT_BEGIN) : (ml ? RE_AT_END_LINE : RE_AT_END));
            last = LAST_AT;
            lw = (width){ 0, 0 };
        } else if (c == '(') {
            cs->i++;
            int gid = 0, add = 0, del = 0, akind = -1;
            bool capture = true, behind = false, atomic = false;
            intptr_t na = -1, nb = -1;
            if (peek(cs) == '?') {
                cs->i++;
                if (at_end(cs))
                    return fail(cs, cs->i, "unexpected end of pattern");
                uint32_t k = cs->p[cs->i++];
                if (k == 'P') {
                    if (peek(cs) == '<') {
                        cs->i++;
                        if (!get_name(cs, '>', "group name", &na, &nb, true))
                            return false;
                    } else if (peek(cs) == '=') {
                        cs->i++;
                        if (!get_name(cs, ')', "group name", &na, &nb, true))
                            return false;
                        int g = lookup_name(cs, na, nb);
                        if (g < 0) {
                            char r[220];
                            name_repr(cs, na, nb, r, sizeof r);
                            return fail(cs, na, "unknown group name %s", r);
                        }
                        if (!group_ok(cs, g))
                            return fail(cs, na, "cannot refer to an open group");
                        if (!check_lookbehind_ref(cs, g, na))
                            return false;
                        if (!EMIT(cs, (cs->flags & RE_F_IGNORECASE) ? RE_BACKREF_I : RE_BACKREF, g))
                            return false;
                        lw = cs->gwidth[g];
                        any = true;
                        continue;
                    } else {
                        if (at_end(cs))
                            return fail(cs, cs->i, "unexpected end of pattern");
                        char t[16];
                        text(cs, cs->i, cs->i + 1, t, sizeof t);
                        cs->i++;
                        return fail(cs, tok + 1, "unknown extension ?P%s", t);
                    }
                } else if (k == ':') {
                    capture = false;
                } else if (k == '=' || k == '!' || k == '<') {
                    if (k == '<') {
                        if (at_end(cs))
                            return fail(cs, cs->i, "unexpected end of pattern");
                        k = cs->p[cs->i++];
                        if (k != '=' && k != '!') {
                            char t[16];
                            text(cs, cs->i - 1, cs->i, t, sizeof t);
                            return fail(cs, tok + 1, "unknown extension ?<%s", t);
                        }
                        behind = true;
                    }
                    akind = k == '=' ? RE_ASSERT_POS : RE_ASSERT_NEG;
                    capture = false;
                } else if (k == '(') {
                    intptr_t a, b;
                    if (!get_name(cs, ')', "group name", &a, &b, false))
                        return false;
                    char t[200];
                    text(cs, a, b, t, sizeof t);
                    int g;
                    if (rt_unicode_is_identifier(t, (intptr_t)strlen(t))) {
                        g = lookup_name(cs, a, b);
                        if (g < 0) {
                            char r[220];
                            name_repr(cs, a, b, r, sizeof r);
                            return fail(cs, a, "unknown group name %s", r);
                        }
                    } else {
                        bool num = b > a;
                        int64_t v = 0;
                        for (intptr_t j = a; j < b && num; j++) {
                            num = is_digit(cs->p[j]);
                            v = v * 10 + (cs->p[j] - '0');
                            if (v > 1000000000)
                                v = 1000000000;
                        }
                        if (!num) {
                            char r[220];
                            name_repr(cs, a, b, r, sizeof r);
                            return fail(cs, a, "bad character in group name %s", r);
                        }
                        if (v == 0)
                            return fail(cs, a, "bad group number");
                        g = (int)v;
                        if (g > cs->ngroups && cs->condref_pos < 0) {
                            cs->condref_pos = a;
                            cs->condref_group = g;
                        }
                    }
                    if (!check_lookbehind_ref(cs, g, a))
                        return false;
                    /* GROUPEXISTS g rel_no | yes | JMP rel_end | no */
                    intptr_t at = cs->ncode;
                    if (!EMIT(cs, RE_GROUPEXISTS, g, 0))
                        return false;
                    width wy, wn = { 0, 0 };
                    cs->depth++;
                    if ((cs->depth > rt_recursion_limit / 3 || rt_stack_low()) && rt_recursion_error("") < 0) {
                        cs->exc = true;
                        return false;
                    }
                    if (!parse_seq(cs, false, &wy))
                        return false;
                    intptr_t jmp = cs->ncode;
                    if (!EMIT(cs, RE_JMP, 0))
                        return false;
                    cs->code[at + 2] = (int32_t)(cs->ncode - at);
                    bool has_no = false;
                    if (peek(cs) == '|') {
                        cs->i++;
                        has_no = true;
                        if (!parse_seq(cs, false, &wn))
                            return false;
                        if (peek(cs) == '|')
                            return fail(cs, cs->i, "conditional backref with more than two branches");
                    }
                    cs->depth--;
                    cs->code[jmp + 1] = (int32_t)(cs->ncode - jmp);
                    if (peek(cs) != ')')
                        return fail(cs, tok, "missing ), unterminated subpattern");
                    cs->i++;
                    lw.lo = has_no ? (wy.lo < wn.lo ? wy.lo : wn.lo) : 0;
                    lw.hi = wy.hi > wn.hi ? wy.hi : wn.hi;
                    any = true;
                    continue;
                } else if (k == '>') {
                    capture = false;
                    atomic = true;
                } else if (flag_of(k) || k == '-') {
                    bool global;
                    if (!parse_flags(cs, k, &add, &del, &global))
                        return false;
                    if (global) {
                        if (!first || any)
                            return fail(cs, tok, "global flags not at the start of the expression");
                        cs->gflags |= add;
                        cs->flags |= add;
                        last = LAST_NONE;
                        lw = (width){ 0, 0 };
                        continue;
                    }
                    capture = false;
                } else {
                    char t[16];
                    text(cs, cs->i - 1, cs->i, t, sizeof t);
                    return fail(cs, tok + 1, "unknown extension ?%s", t);
                }
            }
            if (capture && !open_group(cs, na, nb, &gid))
                return false;
            int saved = cs->flags, saved_lb = cs->lookbehind_groups;
            cs->flags = (cs->flags | add) & ~del;
            if (behind && cs->lookbehind_groups < 0)
                cs->lookbehind_groups = cs->ngroups;
            intptr_t body = cs->ncode;
            if (gid && !EMIT(cs, RE_SAVE, 2 * gid))
                return false;
            width gw;
            if (!parse_alt(cs, false, &gw))
                return false;
            cs->flags = saved;
            cs->lookbehind_groups = saved_lb;
            if (peek(cs) != ')')
                return fail(cs, tok, "missing ), unterminated subpattern");
            cs->i++;
            if (gid) {
                if (!EMIT(cs, RE_SAVE, 2 * gid + 1))
                    return false;
                cs->gwidth[gid] = gw;
                cs->gclosed[gid] = true;
            }
            lw = gw;
            if (akind >= 0) {
                if (behind && gw.lo != gw.hi)
                    return fail(cs, -1, "look-behind requires fixed-width pattern");
                if (!INSERT(cs, body, RE_ASSERT, akind, behind ? (int32_t)gw.lo : 0, 0) || !EMIT(cs, RE_ASSERT_END))
                    return false;
                cs->code[body + 3] = (int32_t)(cs->ncode - body);
                lw = (width){ 0, 0 };
            } else if (atomic) {
                if (!INSERT(cs, body, RE_ASSERT, RE_ASSERT_ATOMIC, 0, 0) || !EMIT(cs, RE_ASSERT_END))
                    return false;
                cs->code[body + 3] = (int32_t)(cs->ncode - body);
            }
        } else {
            cs->i++;
            ok = emit_literal(cs, c, false);
        }
        if (!ok)
            return false;
        any = true;
    }
    w->lo = wadd(w->lo, lw.lo);
    w->hi = wadd(w->hi, lw.hi);
    return true;
}

/* If the branch at [b, ncode) is one character that a set can hold
 * (a literal, or a set that is not negated, in the same case mode), add
 * its items to *mi; else *merge = false.  false only on MemoryError. */
static bool set_items(cstate *cs, intptr_t b, re_citem **mi, int *nmi, bool *merge)
{
    bool icase = (cs->flags & RE_F_IGNORECASE) != 0;
    int32_t op = cs->ncode - b == 2 ? cs->code[b] : -1;
    const re_class *k = op == RE_CLASS ? &cs->classes[cs->code[b + 1]] : NULL;
    if (!((op == RE_CHAR && !icase) || (op == RE_CHAR_I && icase)
          || (k && !k->negate && k->icase == icase && k->uni == uni(cs)))) {
        *merge = false;
        return true;
    }
    int add = k ? k->nitems : 1;
    re_citem *m = rt_mem_realloc(*mi, (size_t)(*nmi + add) * sizeof *m);
    if (!m)
        return nomem(cs);
    *mi = m;
    if (k)
        memcpy(m + *nmi, k->items, (size_t)add * sizeof *m);
    else
        m[*nmi] = (re_citem){ (uint32_t)cs->code[b + 1], (uint32_t)cs->code[b + 1], RE_CAT_RANGE };
    *nmi += add;
    return true;
}

/* Branches a|b|c: SPLIT next-branch | branch | JMP end | ... | last branch. */
static bool parse_alt(cstate *cs, bool top, width *w)
{
    /* CPython's parser recurses in Python (about three frames a level);
     * the C stack is checked too, for a raised recursion limit */
    if (++cs->depth > rt_recursion_limit / 3 || rt_stack_low()) {
        rt_recursion_error("");
        cs->exc = true;
        return false;
    }
    intptr_t start = cs->ncode, alt0 = start;
    if (!parse_seq(cs, top, w))
        return false;
    intptr_t *jmps = NULL;
    int nj = 0, capj = 0;
    bool ok = true;
    /* branches of one character each become one set, as CPython's parser
     * makes them: "(?:a|b)*" is then a single-character repeat */
    re_citem *mi = NULL;
    int nmi = 0;
    bool merge = peek(cs) == '|';
    if (merge && !set_items(cs, alt0, &mi, &nmi, &merge))
        ok = false;
    while (ok && peek(cs) == '|') {
        cs->i++;
        if (!INSERT(cs, start, RE_SPLIT, 3, 0) || !EMIT(cs, RE_JMP, 0)) {
            ok = false;
            break;
        }
        if (nj == capj) {
            capj = capj ? capj * 2 : 8;
            intptr_t *m = rt_mem_realloc(jmps, (size_t)capj * sizeof *m);
            if (!m) {
                ok = nomem(cs);
                break;
            }
            jmps = m;
        }
        jmps[nj++] = cs->ncode - 2;
        cs->code[start + 2] = (int32_t)(cs->ncode - start);
        start = cs->ncode;
        width bw;
        if (!parse_seq(cs, false, &bw)) {
            ok = false;
            break;
        }
        if (merge && !set_items(cs, start, &mi, &nmi, &merge)) {
            ok = false;
            break;
        }
        w->lo = bw.lo < w->lo ? bw.lo : w->lo;
        w->hi = bw.hi > w->hi ? bw.hi : w->hi;
    }
    if (ok && merge) {
        cs->ncode = alt0;
        int k = add_class(cs, mi, nmi, false);
        ok = k >= 0 && EMIT(cs, RE_CLASS, k);
    } else if (ok) {
        for (int k = 0; k < nj; k++)
            cs->code[jmps[k] + 1] = (int32_t)(cs->ncode - jmps[k]);
    }
    rt_mem_free(mi);
    rt_mem_free(jmps);
    cs->depth--;
    return ok;
}

/* ---- the whole pattern ----------------------------------------------------------- */

void re_prog_free(re_prog *p)
{
    if (!p)
        return;
    for (int k = 0; k < p->nclasses; k++)
        rt_mem_free(p->classes[k].items);
    rt_mem_free(p->classes);
    rt_mem_free(p->code);
    rt_mem_free(p);
}

/* The first-character filter and anchoring of search. */
static void analyse(re_prog *p)
{
    p->first_char = p->first_class = -1;
    intptr_t pc = 0;
    while (p->code[pc] == RE_SAVE)
        pc += 2;
    int32_t op = p->code[pc];
    if (op == RE_AT && (p->code[pc + 1] == RE_AT_BEGIN || p->code[pc + 1] == RE_AT_BEGIN_STR))
        p->anchored = true;
    if (op == RE_REP && p->code[pc + 1] >= 1) {
        pc += 5;
        op = p->code[pc];
    }
    if (op == RE_CHAR)
        p->first_char = p->code[pc + 1];
    else if (op == RE_CLASS)
        p->first_class = p->code[pc + 1];
}

int re_compile(const uint32_t *pat, intptr_t n, int flags, bool bytes, rt_object *names, re_prog **out,
               re_compile_error *err)
{
    cstate cs;
    memset(&cs, 0, sizeof cs);
    cs.p = pat;
    cs.n = n;
    cs.flags = cs.gflags = flags;
    cs.bytes = bytes;
    cs.names = names;
    cs.err = err;
    cs.lookbehind_groups = -1;
    cs.condref_pos = -1;
    err->msg[0] = 0;
    err->pos = -1;
    *out = NULL;
    cs.capgroups = 16;
    cs.gwidth = rt_mem_malloc(16 * sizeof *cs.gwidth);
    cs.gclosed = rt_mem_malloc(16 * sizeof *cs.gclosed);
    if (!cs.gwidth || !cs.gclosed)
        nomem(&cs);
    else {
        cs.gwidth[0] = (width){ 0, 0 };
        cs.gclosed[0] = false;
    }
    width w;
    if (!cs.exc && parse_alt(&cs, true, &w)) {
        if (!at_end(&cs))
            fail(&cs, cs.i, "unbalanced parenthesis");
        else if (cs.condref_pos >= 0 && cs.condref_group > cs.ngroups)
            fail(&cs, cs.condref_pos, "invalid group reference %d", cs.condref_group);
        else
            EMIT(&cs, RE_MATCH);
    }
    int f = cs.gflags;
    if (!failed(&cs)) {
        const char *bad = NULL;
        if (!bytes) {
            if (f & RE_F_LOCALE)
                bad = "cannot use LOCALE flag with a str pattern";
            else if (!(f & RE_F_ASCII))
                f |= RE_F_UNICODE;
            else if (f & RE_F_UNICODE)
                bad = "ASCII and UNICODE flags are incompatible";
        } else if (f & RE_F_UNICODE) {
            bad = "cannot use UNICODE flag with a bytes pattern";
        } else if ((f & RE_F_LOCALE) && (f & RE_F_ASCII)) {
            bad = "ASCII and LOCALE flags are incompatible";
        }
        if (bad) {
            rt_err_set_string(&rt_exc_ValueError, bad);
            cs.exc = true;
        }
    }
    rt_mem_free(cs.gwidth);
    rt_mem_free(cs.gclosed);
    re_prog *p = failed(&cs) ? NULL : rt_mem_calloc(1, sizeof *p);
    if (!p) {
        for (int k = 0; k < cs.nclasses; k++)
            rt_mem_free(cs.classes[k].items);
        rt_mem_free(cs.classes);
        rt_mem_free(cs.code);
        if (!failed(&cs))
            nomem(&cs);
        return cs.exc ? -1 : 1;
    }
    p->code = cs.code;
    p->ncode = cs.ncode;
    p->classes = cs.classes;
    p->nclasses = cs.nclasses;
    p->ngroups = cs.ngroups;
    p->loopbase = 2 * (cs.ngroups + 1);
    p->nregs = p->loopbase + cs.nloopregs + 1;
    p->flags = f;
    p->bytes = bytes;
    p->uni = !bytes && !(f & RE_F_ASCII);
    analyse(p);
    *out = p;
    return 0;
}

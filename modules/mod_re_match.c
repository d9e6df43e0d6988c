/*
 * mod_re_match.c -- re.Match (group, groups, groupdict, start, end, span,
 * expand, m[g], lastindex, lastgroup, string, re, pos, endpos, regs and
 * CPython 3.11's repr) and the replacement templates of sub and expand
 * ("\1", "\g<name>", "\g<0>", octal and character escapes, with the
 * errors and positions of CPython's parse_template).
 *
 * A Match keeps the code point index of every group's bounds and, for a
 * non-ASCII str, their byte offsets, so a group is sliced from the UTF-8
 * without walking it.  Matches are GC containers (they hold the pattern
 * and the string), as CPython's.
 */
#include <string.h>
#include "modules/mod_re.h"
#include "runtime/alloc.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicase.h"
#include "runtime/unicode_ctype.h"

typedef struct re_match {
    RT_OBJECT_HEAD
    re_pattern *pattern;
    rt_object *string;
    intptr_t pos, endpos;
    int ngroups, lastindex;   /* lastindex -1: None */
    intptr_t *regs;           /* 2 * (ngroups + 1) code point indices, -1 unset */
    intptr_t *bregs;          /* their byte offsets, or NULL when equal */
} re_match;

#define M(o) ((re_match *)(o))

rt_object *re_match_new(re_pattern *p, const re_subject *s, const re_exec *e)
{
    re_match *m = (re_match *)rt_object_new(&re_match_type);
    if (!m)
        return NULL;
    int ng = p->prog->ngroups;
    intptr_t nr = 2 * (ng + 1);
    m->regs = rt_mem_malloc_atomic((size_t)nr * sizeof(intptr_t) * (s->boff ? 2 : 1));
    if (!m->regs) {
        rt_object_free(RT_OBJ(m));
        return rt_err_no_memory();
    }
    memcpy(m->regs, e->regs, (size_t)nr * sizeof(intptr_t));
    /* a group whose end was set before its start (a later iteration
     * re-opened it) reads as unset, as CPython's marks do */
    for (intptr_t k = 2; k < nr; k += 2)
        if (m->regs[k] < 0 || m->regs[k + 1] < 0 || m->regs[k + 1] < m->regs[k])
            m->regs[k] = m->regs[k + 1] = -1;
    if (s->boff) {
        m->bregs = m->regs + nr;
        for (intptr_t k = 0; k < nr; k++)
            m->bregs[k] = m->regs[k] >= 0 ? s->boff[m->regs[k]] : -1;
    }
    m->pattern = (re_pattern *)rt_newref(RT_OBJ(p));
    m->string = rt_newref(s->obj);
    m->pos = e->pos0;
    m->endpos = e->end;
    m->ngroups = ng;
    intptr_t li = e->regs[p->prog->nregs - 1];
    m->lastindex = li > 0 ? (int)li : -1;
    rt_gc_track(RT_OBJ(m));
    return RT_OBJ(m);
}

/* Group g's text (g valid): its str/bytes, or dflt (new reference) when unset. */
static rt_object *slice(re_match *m, int g, rt_object *dflt)
{
    intptr_t a = m->regs[2 * g], b = m->regs[2 * g + 1];
    if (a < 0)
        return rt_newref(dflt);
    rt_object *o = m->string;
    if (rt_bytes_check(o)) {
        if (a == 0 && b == RT_SIZE(o))
            return rt_newref(o);
        return rt_bytes_from_data(rt_bytes_data(o) + a, b - a);
    }
    if (a == 0 && b == rt_str_len(o) && rt_str_check_exact(o))
        return rt_newref(o);
    if (!m->bregs)
        return rt_str_from_ascii(rt_str_data(o) + a, b - a);
    return rt_str_from_bytes(rt_str_data(o) + m->bregs[2 * g], m->bregs[2 * g + 1] - m->bregs[2 * g]);
}

/* The group an argument names (an int or a group name): its number, or
 * -1 + IndexError("no such group"). */
static int group_index(re_match *m, rt_object *g)
{
    intptr_t i = -1;
    if (rt_int_check(g)) {
        int64_t v = rt_int_as_i64_clamped(g);
        i = v < 0 || v > m->ngroups ? -1 : (intptr_t)v;
    } else if (RT_TYPE(g)->as_number && RT_TYPE(g)->as_number->index) {
        rt_object *x = rt_number_index(g);
        if (!x)
            return -1;
        int64_t v = rt_int_as_i64_clamped(x);
        rt_decref(x);
        i = v < 0 || v > m->ngroups ? -1 : (intptr_t)v;
    } else {
        rt_object *v = rt_dict_getitem(m->pattern->groupindex, g);
        if (!v && rt_err_occurred())
            rt_err_clear();
        if (v)
            i = (intptr_t)rt_int_as_i64(v);
    }
    if (i < 0)
        rt_err_set_string(&rt_exc_IndexError, "no such group");
    return (int)i;
}

static rt_object *m_group(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    re_match *m = M(self);
    if (kw && RT_SIZE(kw))
        return rt_err_set_string(&rt_exc_TypeError, "group() takes no keyword arguments");
    if (nargs <= 1) {
        int g = nargs ? group_index(m, args[0]) : 0;
        return g < 0 ? NULL : slice(m, g, RT_NONE);
    }
    rt_object *t = rt_tuple_new(nargs);
    for (intptr_t k = 0; t && k < nargs; k++) {
        int g = group_index(m, args[k]);
        rt_object *x = g < 0 ? NULL : slice(m, g, RT_NONE);
        if (!x) {
            RT_CLEAR(t);
            break;
        }
        RT_TUPLE_SET_ITEM(t, k, x);
    }
    return t;
}

static rt_object *m_getitem(rt_object *self, rt_object *key)
{
    int g = group_index(M(self), key);
    return g < 0 ? NULL : slice(M(self), g, RT_NONE);
}

/* The default argument of groups() and groupdict(). */
static int default_arg(const char *fn, rt_object *const *args, intptr_t nargs, rt_object *kw, rt_object **d)
{
    intptr_t nk = kw ? RT_SIZE(kw) : 0;
    *d = RT_NONE;
    if (nargs + nk > 1) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most 1 argument (%ld given)", fn, (long)(nargs + nk));
        return -1;
    }
    if (nargs)
        *d = args[0];
    else if (nk) {
        if (!rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kw, 0), "default")) {
            rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                          rt_str_data(RT_TUPLE_GET_ITEM(kw, 0)), fn);
            return -1;
        }
        *d = args[0];
    }
    return 0;
}

static rt_object *m_groups(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    rt_object *d;
    if (default_arg("groups", args, nargs, kw, &d) < 0)
        return NULL;
    re_match *m = M(self);
    rt_object *t = rt_tuple_new(m->ngroups);
    for (int g = 1; t && g <= m->ngroups; g++) {
        rt_object *x = slice(m, g, d);
        if (!x) {
            RT_CLEAR(t);
            break;
        }
        RT_TUPLE_SET_ITEM(t, g - 1, x);
    }
    return t;
}

static rt_object *m_groupdict(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    rt_object *d;
    if (default_arg("groupdict", args, nargs, kw, &d) < 0)
        return NULL;
    re_match *m = M(self);
    rt_object *r = rt_dict_new();
    intptr_t pos = 0;
    rt_object *k, *v;
    while (r && rt_dict_next(m->pattern->groupindex, &pos, &k, &v)) {
        rt_object *x = slice(m, (int)rt_int_as_i64(v), d);
        if (!x || rt_dict_setitem(r, k, x) < 0)
            RT_CLEAR(r);
        rt_xdecref(x);
    }
    return r;
}

/* The group argument of start, end and span (default 0). */
static int span_arg(re_match *m, const char *fn, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw)) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", fn);
        return -1;
    }
    if (nargs > 1) {
        rt_err_format(&rt_exc_TypeError, "%s expected at most 1 argument, got %ld", fn, (long)nargs);
        return -1;
    }
    return nargs ? group_index(m, args[0]) : 0;
}

static rt_object *m_start(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    int g = span_arg(M(self), "start", args, nargs, kw);
    return g < 0 ? NULL : rt_int_from_i64(M(self)->regs[2 * g]);
}

static rt_object *m_end(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    int g = span_arg(M(self), "end", args, nargs, kw);
    return g < 0 ? NULL : rt_int_from_i64(M(self)->regs[2 * g + 1]);
}

static rt_object *span_of(re_match *m, int g)
{
    rt_object *a = rt_int_from_i64(m->regs[2 * g]), *b = a ? rt_int_from_i64(m->regs[2 * g + 1]) : NULL;
    if (!b) {
        rt_xdecref(a);
        return NULL;
    }
    return rt_tuple_pair_steal(a, b);
}

static rt_object *m_span(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    int g = span_arg(M(self), "span", args, nargs, kw);
    return g < 0 ? NULL : span_of(M(self), g);
}

/* ---- templates ------------------------------------------------------------------- */

static bool t_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool t_oct(uint32_t c) { return c >= '0' && c <= '7'; }

/* Flush the literal being built into items. */
static int flush(rt_str_builder *lit, bool isbytes, rt_object *items)
{
    if (lit->len == 0)
        return 0;
    rt_object *x = isbytes ? rt_bytes_from_data(lit->buf, lit->len) : rt_str_from_bytes(lit->buf, lit->len);
    rt_str_builder_discard(lit);
    rt_str_builder_init(lit);
    int r = x ? rt_list_append(items, x) : -1;
    rt_xdecref(x);
    return r;
}

static int lit_char(rt_str_builder *lit, uint32_t c, bool isbytes)
{
    if (isbytes || c < 0x80)
        return rt_str_builder_append_char(lit, (char)c);
    return rt_utf8_append(lit, c);
}

static rt_object *parse_template(re_pattern *p, rt_object *repl)
{
    re_subject s;
    if (re_subject_init(&s, repl) < 0)
        return NULL;
    bool isbytes = rt_bytes_check(repl);
    intptr_t n = s.len;
#define CH(i) (s.width == 1 ? (uint32_t)((const uint8_t *)s.chars)[i] : ((const uint32_t *)s.chars)[i])
    rt_object *items = rt_list_new(0);
    rt_str_builder lit;
    rt_str_builder_init(&lit);
    char msg[256];
    intptr_t errpos = -1;
    msg[0] = 0;
    intptr_t i = 0;
    while (items && i < n && !msg[0]) {
        uint32_t c = CH(i);
        if (c != '\\') {
            lit_char(&lit, c, isbytes);
            i++;
            continue;
        }
        intptr_t st = i;
        if (i + 1 >= n) {
            snprintf(msg, sizeof msg, "bad escape (end of pattern)");
            errpos = n - 1;
            break;
        }
        c = CH(i + 1);
        i += 2;
        long group = -1;
        if (c == 'g') {
            if (i >= n || CH(i) != '<') {
                snprintf(msg, sizeof msg, "missing <");
                errpos = i;
                break;
            }
            intptr_t a = ++i;
            while (i < n && CH(i) != '>')
                i++;
            if (i >= n || i == a) {
                if (i == a && i < n)
                    snprintf(msg, sizeof msg, "missing group name"), errpos = a;
                else if (i == a)
                    snprintf(msg, sizeof msg, "missing group name"), errpos = n;
                else
                    snprintf(msg, sizeof msg, "missing >, unterminated name"), errpos = a;
                break;
            }
            rt_str_builder nb;
            rt_str_builder_init(&nb);
            for (intptr_t k = a; k < i; k++)
                lit_char(&nb, CH(k), false);
            rt_str_builder_append_char(&nb, 0);
            const char *name = nb.buf;
            intptr_t nlen = nb.len - 1;
            i++;
            if (rt_unicode_is_identifier(name, nlen)) {
                rt_object *v = rt_dict_getitem_str(p->groupindex, name);
                if (!v) {
                    rt_err_format(&rt_exc_IndexError, "unknown group name '%s'", name);
                    rt_str_builder_discard(&nb);
                    RT_CLEAR(items);
                    break;
                }
                group = (long)rt_int_as_i64(v);
            } else {
                /* int(name): blanks around, '_' between digits */
                intptr_t lo = 0, hi = nlen;
                while (lo < hi && (name[lo] == ' ' || (name[lo] >= '\t' && name[lo] <= '\r')))
                    lo++;
                while (hi > lo && (name[hi - 1] == ' ' || (name[hi - 1] >= '\t' && name[hi - 1] <= '\r')))
                    hi--;
                bool num = hi > lo;
                long v = 0;
                for (intptr_t k = lo; k < hi && num; k++) {
                    if (name[k] == '_' && k > lo && k + 1 < hi && t_digit((unsigned char)name[k - 1]))
                        continue;
                    num = t_digit((unsigned char)name[k]);
                    v = v * 10 + (name[k] - '0');
                    if (v > 1000000000L)
                        v = 1000000000L;
                }
                if (!num) {
                    snprintf(msg, sizeof msg, "bad character in group name '%s'", name);
                    errpos = a;
                    rt_str_builder_discard(&nb);
                    break;
                }
                group = v;
            }
            rt_str_builder_discard(&nb);
            if (group > p->prog->ngroups) {
                snprintf(msg, sizeof msg, "invalid group reference %ld", group);
                errpos = a;
                break;
            }
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && i < n && t_oct(CH(i)); k++)
                v = v * 8 + (CH(i++) - '0');
            lit_char(&lit, v & 0xff, isbytes);
            continue;
        } else if (t_digit(c)) {
            if (i < n && t_digit(CH(i))) {
                uint32_t d2 = CH(i++);
                if (t_oct(c) && t_oct(d2) && i < n && t_oct(CH(i))) {
                    uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (CH(i++) - '0');
                    if (v > 0377) {
                        snprintf(msg, sizeof msg, "octal escape value \\%c%c%c outside of range 0-0o377", (int)c,
                                 (int)d2, (int)CH(i - 1));
                        errpos = st;
                        break;
                    }
                    lit_char(&lit, v, isbytes);
                    continue;
                }
                group = (long)(c - '0') * 10 + (long)(d2 - '0');
            } else {
                group = (long)(c - '0');
            }
            if (group > p->prog->ngroups) {
                snprintf(msg, sizeof msg, "invalid group reference %ld", group);
                errpos = st + 1;
                break;
            }
        } else {
            static const char esc_from[] = "abfnrtv\\", esc_to[] = "\a\b\f\n\r\t\v\\";
            const char *e = c < 128 ? strchr(esc_from, (int)c) : NULL;
            if (e && c) {
                lit_char(&lit, (uint32_t)(unsigned char)esc_to[e - esc_from], isbytes);
            } else if ((c | 32) >= 'a' && (c | 32) <= 'z') {
                snprintf(msg, sizeof msg, "bad escape \\%c", (int)c);
                errpos = st;
                break;
            } else {
                lit_char(&lit, '\\', isbytes);
                lit_char(&lit, c, isbytes);
            }
            continue;
        }
        /* a group reference */
        rt_object *gi = flush(&lit, isbytes, items) < 0 ? NULL : rt_int_from_i64(group);
        if (!gi || rt_list_append(items, gi) < 0)
            RT_CLEAR(items);
        rt_xdecref(gi);
    }
#undef CH
    re_subject_fini(&s);
    if (items && msg[0]) {
        re_raise(p->error, msg, repl, errpos);
        RT_CLEAR(items);
    }
    if (items && flush(&lit, isbytes, items) < 0)
        RT_CLEAR(items);
    rt_str_builder_discard(&lit);
    return items;
}

rt_object *re_parse_template(re_pattern *p, rt_object *repl)
{
    if (p->tmpl_src && p->tmpl_src == repl)
        return rt_newref(p->tmpl);
    rt_object *t = parse_template(p, repl);
    if (t) {
        RT_SETREF(p->tmpl_src, rt_newref(repl));
        RT_SETREF(p->tmpl, rt_newref(t));
    }
    return t;
}

/* The expansion of parsed template t for match m (a new str/bytes). */
static rt_object *expand(rt_object *t, re_match *m)
{
    bool isbytes = m->pattern->prog->bytes;
    rt_str_builder b;
    rt_str_builder_init(&b);
    const char *data = isbytes ? rt_bytes_data(m->string) : rt_str_data(m->string);
    for (intptr_t k = 0; k < RT_SIZE(t); k++) {
        rt_object *x = RT_LIST_GET_ITEM(t, k);
        if (rt_int_check(x)) {
            intptr_t g = (intptr_t)rt_int_as_i64(x), a = m->regs[2 * g], e = m->regs[2 * g + 1];
            if (a < 0)
                continue;
            if (m->bregs) {
                a = m->bregs[2 * g];
                e = m->bregs[2 * g + 1];
            }
            rt_str_builder_append(&b, data + a, e - a);
        } else if (isbytes) {
            rt_str_builder_append(&b, rt_bytes_data(x), RT_SIZE(x));
        } else {
            rt_str_builder_append_str(&b, x);
        }
    }
    if (!isbytes)
        return rt_str_builder_finish(&b);
    rt_object *r = b.failed ? rt_err_no_memory() : rt_bytes_from_data(b.buf, b.len);
    rt_str_builder_discard(&b);
    return r;
}

int re_template_append(rt_object *t, rt_object *m, rt_object *out)
{
    rt_object *x = expand(t, M(m));
    int r = x ? rt_list_append(out, x) : -1;
    rt_xdecref(x);
    return r;
}

static rt_object *m_expand(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if ((kw && RT_SIZE(kw)) || nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "expand() takes exactly one argument (%ld given)", (long)nargs);
    re_match *m = M(self);
    rt_object *repl = args[0];
    if (!rt_bytes_check(repl) && !rt_str_check(repl))
        return rt_err_format(&rt_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                             rt_type_name(repl));
    rt_object *t = parse_template(m->pattern, repl);
    if (!t)
        return NULL;
    if (rt_bytes_check(repl) != m->pattern->prog->bytes) {
        rt_decref(t);
        return rt_err_format(&rt_exc_TypeError, "sequence item 0: expected %s instance, %s found",
                             m->pattern->prog->bytes ? "a bytes-like object" : "str", rt_type_name(repl));
    }
    rt_object *r = expand(t, m);
    rt_decref(t);
    return r;
}

/* ---- the type ------------------------------------------------------------------- */

static rt_object *match_repr(rt_object *self)
{
    re_match *m = M(self);
    rt_object *g0 = slice(m, 0, RT_NONE);
    if (!g0)
        return NULL;
    rt_object *r = rt_str_from_format("<re.Match object; span=(%ld, %ld), match=%R>", (long)m->regs[0],
                                      (long)m->regs[1], g0);
    rt_decref(g0);
    return r;
}

static int match_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(RT_OBJ(M(o)->pattern));
    RT_VISIT(M(o)->string);
    return 0;
}

static void match_dealloc(rt_object *o)
{
    re_match *m = M(o);
    rt_gc_untrack(o);
    rt_xdecref(RT_OBJ(m->pattern));
    rt_xdecref(m->string);
    rt_mem_free(m->regs);
    rt_object_free(o);
}

static rt_object *get_string(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(M(o)->string);
}

static rt_object *get_re(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(RT_OBJ(M(o)->pattern));
}

static rt_object *get_pos(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(M(o)->pos);
}

static rt_object *get_endpos(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(M(o)->endpos);
}

static rt_object *get_lastindex(rt_object *o, void *c)
{
    (void)c;
    return M(o)->lastindex < 0 ? rt_none_new() : rt_int_from_i64(M(o)->lastindex);
}

static rt_object *get_lastgroup(rt_object *o, void *c)
{
    (void)c;
    re_match *m = M(o);
    if (m->lastindex >= 0) {
        intptr_t pos = 0;
        rt_object *k, *v;
        while (rt_dict_next(m->pattern->groupindex, &pos, &k, &v))
            if (rt_int_as_i64(v) == m->lastindex)
                return rt_newref(k);
    }
    return rt_none_new();
}

static rt_object *get_regs(rt_object *o, void *c)
{
    (void)c;
    re_match *m = M(o);
    rt_object *t = rt_tuple_new(m->ngroups + 1);
    for (int g = 0; t && g <= m->ngroups; g++) {
        rt_object *x = span_of(m, g);
        if (!x) {
            RT_CLEAR(t);
            break;
        }
        RT_TUPLE_SET_ITEM(t, g, x);
    }
    return t;
}

static rt_object *m_copy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return rt_newref(self);
}

static rt_method_def match_methods[] = {
    { "group", m_group, RT_METH_FASTCALL, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match." },
    { "groups", m_groups, RT_METH_FASTCALL, "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match." },
    { "groupdict", m_groupdict, RT_METH_FASTCALL, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match." },
    { "start", m_start, RT_METH_FASTCALL, "Return index of the start of the substring matched by group." },
    { "end", m_end, RT_METH_FASTCALL, "Return index of the end of the substring matched by group." },
    { "span", m_span, RT_METH_FASTCALL, "For match object m, return the 2-tuple (m.start(group), m.end(group))." },
    { "expand", m_expand, RT_METH_FASTCALL, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method." },
    { "__copy__", m_copy, RT_METH_FASTCALL, NULL },
    { "__deepcopy__", m_copy, RT_METH_FASTCALL, NULL },
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_getset_def match_getsets[] = {
    { "string", get_string, NULL, "The string passed to match() or search()." },
    { "re", get_re, NULL, "The regular expression object." },
    { "pos", get_pos, NULL, "The index into the string at which the RE engine started looking for a match." },
    { "endpos", get_endpos, NULL, "The index into the string beyond which the RE engine will not go." },
    { "lastindex", get_lastindex, NULL, "The integer index of the last matched capturing group." },
    { "lastgroup", get_lastgroup, NULL, "The name of the last matched capturing group." },
    { "regs", get_regs, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static rt_mapping_methods match_as_mapping = { .subscript = m_getitem };

rt_type re_match_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "re.Match",
    .basicsize = sizeof(re_match),
    .flags = RT_TPFLAGS_GC,
    .dealloc = match_dealloc,
    .traverse = match_traverse,
    .repr = match_repr,
    .hash = NULL,
    .getattro = rt_generic_getattr,
    .as_mapping = &match_as_mapping,
    .methods = match_methods,
    .getsets = match_getsets,
};

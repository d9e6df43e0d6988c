/*
 * mod_re.c -- the built-in _re module behind lib/re.py: _re.compile and
 * the re.Pattern type (match, fullmatch, search, findall, finditer, sub,
 * subn, split with pos/endpos, count and maxsplit as CPython 3.11's
 * Modules/_sre/sre.c), plus the iterator finditer returns.
 *
 * Scans that go on after a match (findall, finditer, sub, split) follow
 * CPython 3.7+: the next search starts where the match ended, and after
 * an empty match it may not end on that same position (must_advance), so
 * empty matches next to a previous match are found and every scan ends.
 * A scan decodes its subject once (re_subject) for all its searches.
 *
 * Pattern and the iterator are GC containers, as CPython's (the Match type
 * is in mod_re_match.c).
 */
#include <string.h>
#include "modules/mod_re.h"
#include "modules/modules.h"
#include "runtime/alloc.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define PAT(o) ((re_pattern *)(o))

/* ---- argument binding (Argument Clinic's messages) --------------------------------- */

/* Bind args to names[0..nnames): the first nreq required, all of them
 * positional-or-keyword.  0 / -1. */
static int bind(const char *fn, const char *const *names, int nnames, int nreq, rt_object *const *args,
                intptr_t nargs, rt_object *kwnames, rt_object **v)
{
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    if (nargs + nkw > nnames) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most %d argument%s (%ld given)", fn, nnames,
                      nnames == 1 ? "" : "s", (long)(nargs + nkw));
        return -1;
    }
    for (int i = 0; i < nnames; i++)
        v[i] = i < nargs ? args[i] : NULL;
    for (intptr_t k = 0; k < nkw; k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kwnames, k);
        int i = 0;
        while (i < nnames && !rt_str_eq_cstr(name, names[i]))
            i++;
        if (i == nnames) {
            rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()", rt_str_data(name), fn);
            return -1;
        }
        if (i < nargs) {
            rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fn,
                          names[i], i + 1);
            return -1;
        }
        v[i] = args[nargs + k];
    }
    for (int i = 0; i < nreq; i++)
        if (!v[i]) {
            rt_err_format(&rt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fn, names[i], i + 1);
            return -1;
        }
    return 0;
}

/* A Py_ssize_t argument (an int or an object with __index__). */
static int ssize_arg(rt_object *o, intptr_t *out)
{
    if (!rt_int_check(o) && !(RT_TYPE(o)->as_number && RT_TYPE(o)->as_number->index)) {
        rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer", rt_type_name(o));
        return -1;
    }
    intptr_t v = rt_number_as_ssize_arg(o);
    if (v == -1 && rt_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* Check the subject's kind against the pattern's; 0 / -1 (TypeError). */
static int check_subject(re_pattern *p, rt_object *s)
{
    bool isbytes = rt_bytes_check(s), isstr = rt_str_check(s);
    if (!isbytes && !isstr) {
        rt_err_format(&rt_exc_TypeError, "expected string or bytes-like object, got '%s'", rt_type_name(s));
        return -1;
    }
    if (p->prog->bytes && isstr) {
        rt_err_set_string(&rt_exc_TypeError, "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    if (!p->prog->bytes && isbytes) {
        rt_err_set_string(&rt_exc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    return 0;
}

/* A scan: the subject read once, the window [pos, end) as CPython adjusts it. */
typedef struct scan {
    re_subject subj;
    re_exec ex;
} scan;

static int scan_init(scan *sc, re_pattern *p, rt_object *string, rt_object *pos, rt_object *endpos)
{
    if (check_subject(p, string) < 0)
        return -1;
    intptr_t a = 0, b = INTPTR_MAX;
    if ((pos && ssize_arg(pos, &a) < 0) || (endpos && ssize_arg(endpos, &b) < 0))
        return -1;
    if (re_subject_init(&sc->subj, string) < 0)
        return -1;
    intptr_t n = sc->subj.len;
    a = a < 0 ? 0 : a > n ? n : a;
    b = b < 0 ? 0 : b > n ? n : b;
    re_exec_init(&sc->ex, p->prog, &sc->subj, a, b);
    return 0;
}

static void scan_fini(scan *sc)
{
    re_exec_fini(&sc->ex);
    re_subject_fini(&sc->subj);
}

/* The next match of a scan: 1 (regs hold it, the scan moved past it), 0, -1. */
static int scan_next(scan *sc)
{
    if (sc->ex.pos > sc->ex.end)
        return 0;
    int r = re_exec_run(&sc->ex, false);
    if (r == 1) {
        sc->ex.must_advance = sc->ex.regs[1] == sc->ex.regs[0];
        sc->ex.pos = sc->ex.regs[1];
    }
    return r;
}

/* The piece [a, b) of the subject as a new str/bytes (the subject itself
 * for the whole of an exact one, as CPython's slicing). */
static rt_object *piece(const re_subject *s, intptr_t a, intptr_t b)
{
    rt_object *o = s->obj;
    if (rt_bytes_check(o)) {
        if (a == 0 && b == s->len)
            return rt_newref(o);
        return rt_bytes_from_data(rt_bytes_data(o) + a, b - a);
    }
    if (a == 0 && b == s->len && rt_str_check_exact(o))
        return rt_newref(o);
    if (!s->boff)
        return rt_str_from_ascii(rt_str_data(o) + a, b - a);
    return rt_str_from_bytes(rt_str_data(o) + s->boff[a], s->boff[b] - s->boff[a]);
}

/* Group g of the registers as findall and split give it (empty / None when unmatched). */
static rt_object *group_piece(const re_subject *s, const intptr_t *regs, int g, bool none_if_unset)
{
    intptr_t a = regs[2 * g], b = regs[2 * g + 1];
    if (a < 0 || b < 0)
        return none_if_unset ? rt_none_new() : piece(s, 0, 0);
    return piece(s, a, b);
}

/* ---- _re.compile ------------------------------------------------------------------- */

static rt_object *re_compile_fn(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    if (nargs != 3 || (kwnames && RT_SIZE(kwnames)))
        return rt_err_set_string(&rt_exc_TypeError, "_re.compile(pattern, flags, error)");
    rt_object *src = args[0];
    bool isbytes = rt_bytes_check(src);
    if (!isbytes && !rt_str_check(src))
        return rt_err_set_string(&rt_exc_TypeError, "first argument must be string or compiled pattern");
    if (!rt_int_check(args[1]))
        return rt_err_format(&rt_exc_TypeError, "unsupported operand type(s) for &: '%s' and 'int'",
                             rt_type_name(args[1]));
    int64_t flags = rt_int_as_i64(args[1]);
    if (flags == -1 && rt_err_occurred())
        return NULL;
    re_subject s;
    if (re_subject_init(&s, src) < 0)
        return NULL;
    uint32_t *cps = rt_mem_malloc_atomic((size_t)(s.len ? s.len : 1) * sizeof *cps);
    rt_object *names = rt_dict_new();
    if (!cps || !names) {
        rt_mem_free(cps);
        rt_xdecref(names);
        re_subject_fini(&s);
        return rt_err_no_memory();
    }
    for (intptr_t i = 0; i < s.len; i++)
        cps[i] = s.width == 1 ? ((const uint8_t *)s.chars)[i] : ((const uint32_t *)s.chars)[i];
    re_subject_fini(&s);
    re_prog *prog;
    re_compile_error err;
    int r = re_compile(cps, s.len, (int)flags, isbytes, names, &prog, &err);
    rt_mem_free(cps);
    if (r != 0) {
        if (r > 0)
            re_raise(args[2], err.msg, src, err.pos);
        rt_decref(names);
        return NULL;
    }
    re_pattern *p = (re_pattern *)rt_object_new(&re_pattern_type);
    if (!p) {
        re_prog_free(prog);
        rt_decref(names);
        return NULL;
    }
    p->prog = prog;
    p->pattern = rt_newref(src);
    p->groupindex = names;
    p->error = rt_newref(args[2]);
    p->hash = -1;
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

void re_raise(rt_object *err, const char *msg, rt_object *pattern, intptr_t pos)
{
    rt_object *m = rt_str_from_cstr(msg), *ps = pos >= 0 ? rt_int_from_i64(pos) : rt_none_new();
    if (!m || !ps) {
        rt_xdecref(m);
        rt_xdecref(ps);
        return;
    }
    rt_object *argv[3] = { m, pattern ? pattern : RT_NONE, ps };
    rt_object *exc = rt_call_vector(err, argv, 3);
    rt_decref(m);
    rt_decref(ps);
    if (exc)
        rt_err_restore(exc);
}

/* ---- match, fullmatch, search -------------------------------------------------- */

static const char *const names_spe[] = { "string", "pos", "endpos" };

static rt_object *do_match(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw, const char *fn,
                           bool anchored, bool full)
{
    rt_object *v[3];
    if (bind(fn, names_spe, 3, 1, args, nargs, kw, v) < 0)
        return NULL;
    scan sc;
    if (scan_init(&sc, PAT(self), v[0], v[1], v[2]) < 0)
        return NULL;
    sc.ex.fullmatch = full;
    int r = re_exec_run(&sc.ex, anchored);
    rt_object *res = r < 0 ? NULL : r == 0 ? rt_none_new() : re_match_new(PAT(self), &sc.subj, &sc.ex);
    scan_fini(&sc);
    return res;
}

static rt_object *p_match(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_match(self, args, nargs, kw, "match", true, false);
}

static rt_object *p_fullmatch(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_match(self, args, nargs, kw, "fullmatch", true, true);
}

static rt_object *p_search(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_match(self, args, nargs, kw, "search", false, false);
}

/* ---- findall ----------------------------------------------------------------------- */

static rt_object *p_findall(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    rt_object *v[3];
    if (bind("findall", names_spe, 3, 1, args, nargs, kw, v) < 0)
        return NULL;
    scan sc;
    if (scan_init(&sc, PAT(self), v[0], v[1], v[2]) < 0)
        return NULL;
    rt_object *list = rt_list_new(0);
    int ng = PAT(self)->prog->ngroups, r;
    while (list && (r = scan_next(&sc)) == 1) {
        rt_object *item;
        if (ng <= 1) {
            item = group_piece(&sc.subj, sc.ex.regs, ng, false);
        } else {
            item = rt_tuple_new(ng);
            for (int g = 1; item && g <= ng; g++) {
                rt_object *x = group_piece(&sc.subj, sc.ex.regs, g, false);
                if (!x) {
                    RT_CLEAR(item);
                    break;
                }
                RT_TUPLE_SET_ITEM(item, g - 1, x);
            }
        }
        if (!item || rt_list_append(list, item) < 0)
            RT_CLEAR(list);
        rt_xdecref(item);
    }
    if (list && r < 0)
        RT_CLEAR(list);
    scan_fini(&sc);
    return list;
}

/* ---- finditer: an iterator of Match objects --------------------------------------- */

typedef struct re_iter {
    RT_OBJECT_HEAD
    re_pattern *pattern;
    rt_object *string;
    scan sc;
    bool done;
} re_iter;

static rt_type re_iter_type;

static rt_object *p_finditer(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    rt_object *v[3];
    if (bind("finditer", names_spe, 3, 1, args, nargs, kw, v) < 0)
        return NULL;
    re_iter *it = (re_iter *)rt_object_new(&re_iter_type);
    if (!it)
        return NULL;
    /* the subject's pointers stay valid: the iterator holds the string */
    it->string = rt_newref(v[0]);
    it->pattern = (re_pattern *)rt_newref(self);
    it->done = true;
    rt_gc_track(RT_OBJ(it));
    if (scan_init(&it->sc, PAT(self), v[0], v[1], v[2]) < 0) {
        rt_decref(RT_OBJ(it));
        return NULL;
    }
    it->done = false;
    return RT_OBJ(it);
}

static rt_object *iter_next(rt_object *o)
{
    re_iter *it = (re_iter *)o;
    if (it->done)
        return NULL;
    int r = scan_next(&it->sc);
    if (r == 1)
        return re_match_new(it->pattern, &it->sc.subj, &it->sc.ex);
    it->done = true;
    scan_fini(&it->sc);
    return NULL;
}

static int iter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    re_iter *it = (re_iter *)o;
    RT_VISIT(RT_OBJ(it->pattern));
    RT_VISIT(it->string);
    return 0;
}

static void iter_dealloc(rt_object *o)
{
    re_iter *it = (re_iter *)o;
    rt_gc_untrack(o);
    if (!it->done)
        scan_fini(&it->sc);
    rt_xdecref(RT_OBJ(it->pattern));
    rt_xdecref(it->string);
    rt_object_free(o);
}

static rt_object *iter_self(rt_object *o) { return rt_newref(o); }

static rt_type re_iter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "callable_iterator",
    .basicsize = sizeof(re_iter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .iter = iter_self,
    .iternext = iter_next,
    .getattro = rt_generic_getattr,
};

/* ---- sub, subn ----------------------------------------------------------------- */

/* Does the str/bytes template hold a backslash (else it is literal)? */
static bool has_backslash(rt_object *t)
{
    if (rt_bytes_check(t))
        return memchr(rt_bytes_data(t), '\\', (size_t)RT_SIZE(t)) != NULL;
    return memchr(rt_str_data(t), '\\', (size_t)rt_str_size(t)) != NULL;
}

/* The pieces joined: "".join(list) or b"".join(list). */
static rt_object *join(rt_object *list, bool isbytes)
{
    rt_object *sep = isbytes ? rt_bytes_from_data("", 0) : rt_str_empty();
    if (!sep)
        return NULL;
    rt_object *r;
    if (isbytes)
        r = rt_call_method(sep, "join", &list, 1);
    else
        r = rt_str_join(sep, list);
    rt_decref(sep);
    return r;
}

static rt_object *do_sub(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw, const char *fn,
                         bool subn)
{
    static const char *const names[] = { "repl", "string", "count" };
    rt_object *v[3];
    if (bind(fn, names, 3, 2, args, nargs, kw, v) < 0)
        return NULL;
    re_pattern *p = PAT(self);
    intptr_t count = 0;
    if (v[2] && ssize_arg(v[2], &count) < 0)
        return NULL;
    rt_object *repl = v[0], *tmpl = NULL;
    bool callable = false;
    if (rt_str_check(repl) || rt_bytes_check(repl)) {
        /* a template of the other kind is parsed (its errors first) and
         * then joined as it is: the join's TypeError names it, as CPython's */
        if (has_backslash(repl) && !(tmpl = re_parse_template(p, repl)))
            return NULL;
        if (rt_bytes_check(repl) != p->prog->bytes)
            RT_CLEAR(tmpl);
    } else if (RT_TYPE(repl)->call) {
        callable = true;
    } else {
        return rt_err_format(&rt_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                             rt_type_name(repl));
    }
    scan sc;
    if (scan_init(&sc, p, v[1], NULL, NULL) < 0) {
        rt_xdecref(tmpl);
        return NULL;
    }
    rt_object *list = rt_list_new(0);
    intptr_t n = 0, last = 0;
    int r = 0;
    while (list && (count == 0 || n < count) && (r = scan_next(&sc)) == 1) {
        intptr_t a = sc.ex.regs[0], b = sc.ex.regs[1];
        rt_object *item = NULL;
        if (last < a) {
            item = piece(&sc.subj, last, a);
            if (!item || rt_list_append(list, item) < 0)
                RT_CLEAR(list);
            rt_xdecref(item);
            item = NULL;
            if (!list)
                break;
        }
        if (callable || tmpl) {
            rt_object *m = re_match_new(p, &sc.subj, &sc.ex);
            if (!m) {
                RT_CLEAR(list);
                break;
            }
            if (callable) {
                item = rt_call_vector(repl, &m, 1);
                if (!item)
                    RT_CLEAR(list);
                else if (item != RT_NONE && rt_list_append(list, item) < 0)
                    RT_CLEAR(list);
                rt_xdecref(item);
            } else if (re_template_append(tmpl, m, list) < 0) {
                RT_CLEAR(list);
            }
            rt_decref(m);
        } else if (rt_list_append(list, repl) < 0) {
            RT_CLEAR(list);
        }
        last = b;
        n++;
    }
    if (list && r < 0)
        RT_CLEAR(list);
    rt_object *res = NULL;
    if (list) {
        bool ok = true;
        if (last < sc.subj.len) {
            rt_object *item = piece(&sc.subj, last, sc.subj.len);
            ok = item && rt_list_append(list, item) == 0;
            rt_xdecref(item);
        }
        if (ok)
            res = RT_SIZE(list) == 0 ? piece(&sc.subj, 0, 0)
                  : RT_SIZE(list) == 1 && (p->prog->bytes ? rt_bytes_check(RT_LIST_GET_ITEM(list, 0))
                                                           : rt_str_check_exact(RT_LIST_GET_ITEM(list, 0)))
                      ? rt_newref(RT_LIST_GET_ITEM(list, 0))
                      : join(list, p->prog->bytes);
        rt_decref(list);
    }
    scan_fini(&sc);
    rt_xdecref(tmpl);
    if (res && subn) {
        rt_object *cnt = rt_int_from_i64(n);
        rt_object *t = cnt ? rt_tuple_pair_steal(res, cnt) : NULL;
        if (!cnt)
            rt_decref(res);
        res = t;
    }
    return res;
}

static rt_object *p_sub(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_sub(self, args, nargs, kw, "sub", false);
}

static rt_object *p_subn(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    return do_sub(self, args, nargs, kw, "subn", true);
}

/* ---- split --------------------------------------------------------------------- */

static rt_object *p_split(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    static const char *const names[] = { "string", "maxsplit" };
    rt_object *v[2];
    if (bind("split", names, 2, 1, args, nargs, kw, v) < 0)
        return NULL;
    intptr_t maxsplit = 0;
    if (v[1] && ssize_arg(v[1], &maxsplit) < 0)
        return NULL;
    scan sc;
    if (scan_init(&sc, PAT(self), v[0], NULL, NULL) < 0)
        return NULL;
    rt_object *list = rt_list_new(0);
    int ng = PAT(self)->prog->ngroups, r = 0;
    intptr_t n = 0, last = 0;
    while (list && (maxsplit <= 0 || n < maxsplit) && (r = scan_next(&sc)) == 1) {
        rt_object *item = piece(&sc.subj, last, sc.ex.regs[0]);
        if (!item || rt_list_append(list, item) < 0)
            RT_CLEAR(list);
        rt_xdecref(item);
        for (int g = 1; list && g <= ng; g++) {
            item = group_piece(&sc.subj, sc.ex.regs, g, true);
            if (!item || rt_list_append(list, item) < 0)
                RT_CLEAR(list);
            rt_xdecref(item);
        }
        last = sc.ex.regs[1];
        n++;
    }
    if (list && r < 0)
        RT_CLEAR(list);
    if (list) {
        rt_object *item = piece(&sc.subj, last, sc.subj.len);
        if (!item || rt_list_append(list, item) < 0)
            RT_CLEAR(list);
        rt_xdecref(item);
    }
    scan_fini(&sc);
    return list;
}

/* ---- the Pattern type ------------------------------------------------------------ */

static const char *const flag_names[] = { "TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                                          "UNICODE", "VERBOSE", "DEBUG", "ASCII" };

static rt_object *pattern_repr(rt_object *self)
{
    re_pattern *p = PAT(self);
    rt_object *r = rt_repr(p->pattern);
    if (!r)
        return NULL;
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_cstr(&b, "re.compile(");
    /* at most 200 characters of the pattern's repr (CPython's %.200R) */
    const char *d = rt_str_data(r);
    intptr_t nb = rt_str_size(r), k = 0, cps = 0;
    while (k < nb && cps < 200) {
        k++;
        while (k < nb && ((unsigned char)d[k] & 0xC0) == 0x80)
            k++;
        cps++;
    }
    rt_str_builder_append(&b, d, k);
    rt_decref(r);
    int flags = p->prog->flags;
    if (!p->prog->bytes)
        flags &= ~RE_F_UNICODE;
    if (flags) {
        rt_str_builder_append_cstr(&b, ", ");
        bool first = true;
        for (int i = 0; i < 9; i++)
            if (flags & (1 << i)) {
                rt_str_builder_appendf(&b, "%sre.%s", first ? "" : "|", flag_names[i]);
                first = false;
                flags &= ~(1 << i);
            }
        if (flags)
            rt_str_builder_appendf(&b, "|0x%x", flags);
    }
    rt_str_builder_append_char(&b, ')');
    return rt_str_builder_finish(&b);
}

static rt_object *pattern_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op != RT_EQ && op != RT_NE) || RT_TYPE(b) != &re_pattern_type)
        return rt_newref(RT_NOTIMPLEMENTED);
    bool eq = a == b;
    if (!eq) {
        re_pattern *x = PAT(a), *y = PAT(b);
        eq = x->prog->flags == y->prog->flags && x->prog->bytes == y->prog->bytes;
        if (eq) {
            int r = rt_richcompare_bool(x->pattern, y->pattern, RT_EQ);
            if (r < 0)
                return NULL;
            eq = r;
        }
    }
    return rt_bool_from(op == RT_EQ ? eq : !eq);
}

static intptr_t pattern_hash(rt_object *self)
{
    re_pattern *p = PAT(self);
    if (p->hash != -1)
        return p->hash;
    intptr_t h = rt_hash(p->pattern);
    if (h == -1)
        return -1;
    h ^= (intptr_t)((uintptr_t)p->prog->flags * 1000003u);
    if (h == -1)
        h = -2;
    return p->hash = h;
}

static int pattern_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    re_pattern *p = PAT(o);
    RT_VISIT(p->pattern);
    RT_VISIT(p->groupindex);
    RT_VISIT(p->error);
    RT_VISIT(p->tmpl_src);
    RT_VISIT(p->tmpl);
    return 0;
}

static int pattern_clear(rt_object *o)
{
    re_pattern *p = PAT(o);
    RT_CLEAR(p->groupindex);
    RT_CLEAR(p->error);
    RT_CLEAR(p->tmpl_src);
    RT_CLEAR(p->tmpl);
    return 0;
}

static void pattern_dealloc(rt_object *o)
{
    re_pattern *p = PAT(o);
    rt_gc_untrack(o);
    pattern_clear(o);
    RT_CLEAR(p->pattern);
    re_prog_free(p->prog);
    rt_object_free(o);
}

static rt_object *get_pattern(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(PAT(o)->pattern);
}

static rt_object *get_flags(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(PAT(o)->prog->flags);
}

static rt_object *get_groups(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(PAT(o)->prog->ngroups);
}

static rt_object *get_groupindex(rt_object *o, void *c)
{
    (void)c;
    /* a read-only view of a copy, as CPython's */
    rt_object *d = rt_dict_new();
    if (!d)
        return NULL;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(PAT(o)->groupindex, &pos, &k, &v))
        if (rt_dict_setitem(d, k, v) < 0) {
            rt_decref(d);
            return NULL;
        }
    rt_object *r = rt_mappingproxy_new(d);
    rt_decref(d);
    return r;
}

static rt_object *p_copy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return rt_newref(self);
}

static rt_method_def pattern_methods[] = {
    { "match", p_match, RT_METH_FASTCALL, "Matches zero or more characters at the beginning of the string." },
    { "fullmatch", p_fullmatch, RT_METH_FASTCALL, "Matches against all of the string." },
    { "search", p_search, RT_METH_FASTCALL, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches." },
    { "findall", p_findall, RT_METH_FASTCALL, "Return a list of all non-overlapping matches of pattern in string." },
    { "finditer", p_finditer, RT_METH_FASTCALL, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object." },
    { "sub", p_sub, RT_METH_FASTCALL, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl." },
    { "subn", p_subn, RT_METH_FASTCALL, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl." },
    { "split", p_split, RT_METH_FASTCALL, "Split string by the occurrences of pattern." },
    { "__copy__", p_copy, RT_METH_FASTCALL, NULL },
    { "__deepcopy__", p_copy, RT_METH_FASTCALL, NULL },
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_getset_def pattern_getsets[] = {
    { "pattern", get_pattern, NULL, "The pattern string from which the RE object was compiled." },
    { "flags", get_flags, NULL, "The regex matching flags." },
    { "groups", get_groups, NULL, "The number of capturing groups in the pattern." },
    { "groupindex", get_groupindex, NULL, "A dictionary mapping group names to group numbers." },
    { NULL, NULL, NULL, NULL },
};

rt_type re_pattern_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "re.Pattern",
    .basicsize = sizeof(re_pattern),
    .flags = RT_TPFLAGS_GC,
    .dealloc = pattern_dealloc,
    .traverse = pattern_traverse,
    .clear = pattern_clear,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .getattro = rt_generic_getattr,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
};

int vm_mod_re_init(void)
{
    static rt_method_def fns[] = {
        { "compile", re_compile_fn, RT_METH_FASTCALL, NULL },
        { NULL, NULL, 0, NULL },
    };
    rt_object *m = vm_add_builtin_module("_re", fns);
    if (!m || mod_add_type(m, &re_pattern_type, "re") < 0 || mod_add_type(m, &re_match_type, "re") < 0
        || rt_type_ready(&re_iter_type) < 0)
        return -1;
    return 0;
}

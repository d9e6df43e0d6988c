/*
 * mod_traceback.c -- _traceback, the C half of gclab's traceback module
 * (lib/traceback.py has the rest): format_exception_only, extract_tb and
 * extract_stack with their limit=, the FrameSummary type, and
 * _format_list (StackSummary.format).
 *
 * The text is the interpreter's own traceback printer's (vm/interp.c,
 * what an uncaught exception prints): an exception's lines, and for a
 * traceback entry its source line and 3.11's carets (a FrameSummary from
 * extract_tb keeps the entry's code and instruction for them; one made
 * from a frame or by hand has none, as CPython's StackSummary.extract),
 * without the "Did you mean" trailers that only CPython's sys.excepthook
 * adds.  Not supported: FrameSummary's positions (colno...) and locals
 * (None), and SyntaxError's caret lines as separate list items.
 */
#define _GNU_SOURCE   /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/eval.h"
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "vm/frameobj.h"
#include "vm/eval_internal.h"
#include "runtime/dict.h"

typedef void (*printer)(rt_object *o, FILE *out);

/* What printer prints for o, as a str. */
static rt_object *capture(printer p, rt_object *o)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return rt_err_no_memory();
    p(o, f);
    fclose(f);
    rt_object *s = rt_str_from_bytes(buf ? buf : "", (intptr_t)len);
    free(buf);
    return s;
}

static rt_object *format_text(rt_object *exc, printer p)
{
    if (!exc || exc == RT_NONE)
        return rt_str_from_cstr("NoneType: None\n");
    return capture(p, exc);
}

static bool starts(const char *p, const char *prefix) { return strncmp(p, prefix, strlen(prefix)) == 0; }

static int append_chunk(rt_object *list, const char *from, const char *to)
{
    if (to == from)
        return 0;
    rt_object *s = rt_str_from_bytes(from, to - from);
    int r = s ? rt_list_append(list, s) : -1;
    RT_XDECREF(s);
    return r;
}

/* Cut text at CPython's item boundaries: a chunk starts at a header, a
 * File line, a repeat note, a chain separator (a blank line, the sentence,
 * a blank line) or the first line of the exception; indented lines belong
 * to the File line before them. */
static rt_object *split_chunks(rt_object *text)
{
    rt_object *list = rt_list_new(0);
    if (!list)
        return NULL;
    const char *s = rt_str_data(text), *end = s + rt_str_size(text);
    const char *start = s, *p = s;
    bool in_exc = false;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *next = nl ? nl + 1 : end;
        bool boundary;
        if (*p == '\n') {
            /* a chain separator: blank, sentence, blank */
            const char *q = next;
            for (int i = 0; i < 2 && q < end; i++) {
                const char *n2 = memchr(q, '\n', (size_t)(end - q));
                q = n2 ? n2 + 1 : end;
            }
            if (append_chunk(list, start, p) < 0 || append_chunk(list, p, q) < 0)
                goto fail;
            start = p = q;
            in_exc = false;
            continue;
        }
        if (starts(p, "Traceback (most recent call last):") || starts(p, "  File ")
            || starts(p, "  [Previous line repeated"))
            boundary = true, in_exc = false;
        else if (starts(p, "    ") && !in_exc)
            boundary = false;
        else
            boundary = !in_exc, in_exc = true;
        if (boundary && p != start) {
            if (append_chunk(list, start, p) < 0)
                goto fail;
            start = p;
        }
        p = next;
    }
    if (append_chunk(list, start, end) < 0)
        goto fail;
    return list;
fail:
    rt_decref(list);
    return NULL;
}

static const char *const only_names[] = { "exc", "value", NULL };
static const char *const tb_names[] = { "tb", "limit", NULL };

/* format_exception_only(exc) or (type, value): the exception to print. */
static rt_object *pick_exception(rt_object *exc, rt_object *value)
{
    return value ? value : exc;
}

static rt_object *tb_format_exception_only(rt_object *self, rt_object *const *args, intptr_t nargs,
                                           rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "format_exception_only", only_names, 1, 2, false };
    rt_object *a[2];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0)
        return NULL;
    rt_object *exc = pick_exception(a[0], a[1]);
    rt_object *list = NULL;
    if (exc != RT_NONE && rt_is_exception(exc)) {
        /* the exception alone: its chain and traceback left out */
        rt_exception *e = (rt_exception *)exc;
        rt_object *tb = e->traceback, *cause = e->cause, *context = e->context;
        e->traceback = e->cause = e->context = NULL;
        rt_object *text = format_text(exc, vm_format_exception_only);
        e->traceback = tb, e->cause = cause, e->context = context;
        list = text ? split_chunks(text) : NULL;
        RT_XDECREF(text);
    } else {
        rt_object *text = format_text(exc, vm_format_exception);
        list = text ? split_chunks(text) : NULL;
        RT_XDECREF(text);
    }
    return list;
}

/* Bind (tb, limit, ...) and check tb: a traceback or None. */
static int bind_tb(const mod_sig *sig, rt_object *const *args, intptr_t nargs, rt_object *kwnames, rt_object **a)
{
    if (mod_bind(sig, args, nargs, kwnames, a) < 0)
        return -1;
    if (a[0] != RT_NONE && RT_TYPE(a[0]) != &vm_traceback_type) {
        rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute 'tb_frame'", rt_type_name(a[0]));
        return -1;
    }
    return 0;
}

/* ---- FrameSummary ---------------------------------------------------------------- */

typedef struct frame_summary {
    RT_OBJECT_HEAD
    rt_object *fields;   /* (filename, lineno, name, line): a tuple of atoms */
    rt_object *code;     /* vm_code of a traceback entry (its carets), or NULL */
    intptr_t instr;      /* the entry's instruction in code */
} frame_summary;

static rt_type frame_summary_type;

/* line: the source line stripped, '' when the file cannot be read (text:
 * a given line instead, stripped). */
static rt_object *summary_new(rt_object *filename, rt_object *lineno, rt_object *name, rt_object *text,
                              rt_object *code, intptr_t instr)
{
    rt_object *line;
    if (text && text != RT_NONE) {
        line = rt_call_method(text, "strip", NULL, 0);
    } else {
        char buf[4096];
        const char *p = buf, *end = buf;
        if (rt_str_check(filename) && rt_int_check(lineno)
            && vm_source_line(rt_str_data(filename), (int)rt_int_as_i64(lineno), buf, sizeof buf))
            end = buf + strlen(buf);
        rt_text_strip(&p, &end);
        line = rt_str_from_bytes(p, end - p);
    }
    rt_object *fields = line ? rt_tuple_pack(4, filename, lineno, name, line) : NULL;
    RT_XDECREF(line);
    if (!fields)
        return NULL;
    frame_summary *fs = (frame_summary *)rt_object_new(&frame_summary_type);
    if (!fs) {
        rt_decref(fields);
        return NULL;
    }
    fs->fields = fields;
    fs->code = code ? rt_newref(code) : NULL;
    fs->instr = instr;
    rt_gc_track(RT_OBJ(fs));
    return RT_OBJ(fs);
}

static rt_object *summary_of(rt_object *filename, int lineno, rt_object *name, rt_object *code, intptr_t instr)
{
    rt_object *ln = rt_int_from_i64(lineno);
    rt_object *fs = ln ? summary_new(filename, ln, name, NULL, code, instr) : NULL;
    RT_XDECREF(ln);
    return fs;
}

/* FrameSummary(filename, lineno, name, *, lookup_line=True, locals=None,
 * line=None, end_lineno=None, colno=None, end_colno=None): no positions,
 * so no carets; locals are not kept. */
static rt_object *summary_type_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    static const char *const names[] = { "filename", "lineno", "name", "lookup_line", "locals", "line",
                                         "end_lineno", "colno", "end_colno", NULL };
    static const mod_sig sig = { "FrameSummary", names, 3, 3, false };
    rt_object *vec[9 + 9], *a[9];
    intptr_t n = RT_SIZE(args), nk = kwargs ? rt_dict_size(kwargs) : 0;
    if (n > 9 || nk > 9)
        return rt_err_set_string(&rt_exc_TypeError, "FrameSummary: too many arguments");
    for (intptr_t i = 0; i < n; i++)
        vec[i] = RT_TUPLE_GET_ITEM(args, i);
    rt_object *kwnames = NULL;
    if (nk) {
        kwnames = rt_tuple_new(nk);
        if (!kwnames)
            return NULL;
        rt_object *k, *v;
        intptr_t pos = 0, j = 0;
        while (rt_dict_next(kwargs, &pos, &k, &v)) {
            RT_TUPLE_SET_ITEM(kwnames, j, rt_newref(k));
            vec[n + j++] = v;
        }
    }
    int r = mod_bind(&sig, vec, n, kwnames, a);
    RT_XDECREF(kwnames);
    return r < 0 ? NULL : summary_new(a[0], a[1], a[2], a[5], NULL, 0);
}

/* A container (as CPython's, a Python object): the tracing collectors
 * reach the fields through it. */
static int summary_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((frame_summary *)o)->fields);
    RT_VISIT(((frame_summary *)o)->code);
    return 0;
}

static void summary_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_CLEAR(((frame_summary *)o)->fields);
    RT_CLEAR(((frame_summary *)o)->code);
    rt_object_free(o);
}

static rt_object *summary_field(rt_object *o, void *i)
{
    return rt_newref(RT_TUPLE_GET_ITEM(((frame_summary *)o)->fields, (intptr_t)i));
}

static rt_object *summary_none(rt_object *o, void *c)
{
    (void)o, (void)c;
    return rt_none_new();
}

static rt_object *summary_repr(rt_object *o)
{
    rt_object *f = ((frame_summary *)o)->fields;
    return rt_str_from_format("<FrameSummary file %S, line %S in %S>", RT_TUPLE_GET_ITEM(f, 0),
                              RT_TUPLE_GET_ITEM(f, 1), RT_TUPLE_GET_ITEM(f, 2));
}

/* Equal to a FrameSummary with the same fields, or to a tuple of them. */
static rt_object *summary_richcompare(rt_object *a, rt_object *b, int op)
{
    if (op != RT_EQ && op != RT_NE)
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *other = RT_TYPE(b) == &frame_summary_type ? ((frame_summary *)b)->fields
                       : rt_tuple_check(b)                 ? b
                                                            : NULL;
    if (!other)
        return rt_newref(RT_NOTIMPLEMENTED);
    return rt_richcompare(((frame_summary *)a)->fields, other, op);
}

static rt_object *summary_iter(rt_object *o) { return rt_get_iter(((frame_summary *)o)->fields); }
static intptr_t summary_length(rt_object *o) { (void)o; return 4; }
static rt_object *summary_item(rt_object *o, intptr_t i)
{
    if (i < 0 || i >= 4)
        return rt_err_set_string(&rt_exc_IndexError, "tuple index out of range");
    return rt_newref(RT_TUPLE_GET_ITEM(((frame_summary *)o)->fields, i));
}

static rt_sequence_methods summary_as_sequence = { .length = summary_length, .item = summary_item };

RT_NOSCAN static rt_getset_def summary_getsets[] = {
    { "filename", summary_field, NULL, (void *)0 },
    { "lineno", summary_field, NULL, (void *)1 },
    { "name", summary_field, NULL, (void *)2 },
    { "line", summary_field, NULL, (void *)3 },
    { "locals", summary_none, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type frame_summary_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "FrameSummary",
    .basicsize = sizeof(frame_summary),
    .flags = RT_TPFLAGS_GC,
    .dealloc = summary_dealloc,
    .traverse = summary_traverse,
    .repr = summary_repr,
    .hash = rt_hash_not_implemented,
    .richcompare = summary_richcompare,
    .iter = summary_iter,
    .as_sequence = &summary_as_sequence,
    .getattro = rt_generic_getattr,
    .getsets = summary_getsets,
    .new_ = summary_type_new,
};

/* limit: None (all), n >= 0 (the first n of the walk), or n < 0 (the last
 * -n), as StackSummary.extract's; -2 when it is not an int. */
static int limit_of(rt_object *limit, int64_t *n, bool *all)
{
    *all = !limit || limit == RT_NONE;
    *n = 0;
    if (*all)
        return 0;
    if (!rt_int_check(limit)) {
        rt_err_format(&rt_exc_TypeError, "'<' not supported between instances of '%s' and 'int'",
                      rt_type_name(limit));
        return -1;
    }
    *n = rt_int_as_i64(limit);
    return *n == -1 && rt_err_occurred() ? -1 : 0;
}

/* Keep the list items a limit selects from a walk's items, in place. */
static int apply_limit(rt_object *list, rt_object *limit)
{
    int64_t n;
    bool all;
    if (limit_of(limit, &n, &all) < 0)
        return -1;
    if (all)
        return 0;
    intptr_t size = RT_SIZE(list);
    if (n >= 0)
        return n < size ? rt_list_ass_slice_unpacked(list, (intptr_t)n, size, NULL) : 0;
    return -n < size ? rt_list_ass_slice_unpacked(list, 0, size + (intptr_t)n, NULL) : 0;
}

static rt_object *tb_extract_tb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "extract_tb", tb_names, 1, 2, false };
    rt_object *a[2];
    if (bind_tb(&sig, args, nargs, kwnames, a) < 0)
        return NULL;
    rt_object *list = rt_list_new(0);
    for (rt_object *tb = a[0]; list && tb && tb != RT_NONE; tb = ((vm_traceback *)tb)->next) {
        vm_traceback *t = (vm_traceback *)tb;
        vm_code *co = (vm_code *)t->code;
        rt_object *fs = summary_of(co->filename, t->line, co->name, t->code, t->instr);
        if (!fs || rt_list_append(list, fs) < 0)
            RT_CLEAR(list);
        RT_XDECREF(fs);
    }
    if (list && apply_limit(list, a[1]) < 0)
        RT_CLEAR(list);
    return list;
}

static const char *const stack_names[] = { "f", "limit", NULL };

/* The caller's frames, outermost first (f: where to start instead); limit
 * counts from the innermost frame, as walk_stack does. */
static rt_object *tb_extract_stack(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "extract_stack", stack_names, 0, 2, false };
    rt_object *a[2];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0)
        return NULL;
    rt_object *f = a[0] && a[0] != RT_NONE ? rt_newref(a[0]) : NULL;
    if (!f && vm.frame && !(f = vm_frameobj_get(vm.frame)))
        return NULL;
    if (f && !a[0])
        rt_incref(f);
    rt_object *list = rt_list_new(0);
    while (list && f && f != RT_NONE) {
        rt_object *code = rt_getattr_str(f, "f_code");
        rt_object *ln = code ? rt_getattr_str(f, "f_lineno") : NULL;
        rt_object *fs = NULL;
        if (ln && RT_TYPE(code) == &vm_code_type)
            fs = summary_new(((vm_code *)code)->filename, ln, ((vm_code *)code)->name, NULL, NULL, 0);
        RT_XDECREF(code);
        RT_XDECREF(ln);
        if (!fs || rt_list_append(list, fs) < 0)
            RT_CLEAR(list);
        RT_XDECREF(fs);
        rt_object *back = list ? rt_getattr_str(f, "f_back") : NULL;
        rt_decref(f);
        f = back;
        if (!f)
            RT_CLEAR(list);
    }
    RT_XDECREF(f);
    if (list && (apply_limit(list, a[1]) < 0 || rt_list_reverse(list) < 0))
        RT_CLEAR(list);
    return list;
}

/* One entry of StackSummary.format: its File line, its source line and,
 * for a traceback entry, 3.11's carets. */
static void print_summary(FILE *out, rt_object *file, rt_object *lineno, rt_object *name, rt_object *line,
                          frame_summary *fs)
{
    rt_object *parts[3] = { file, lineno, name };
    rt_object *text[3] = { NULL, NULL, NULL };
    for (int i = 0; i < 3; i++)
        text[i] = i == 0 || i == 2 ? (rt_str_check(parts[i]) ? rt_newref(parts[i]) : rt_str(parts[i]))
                                   : rt_str(parts[i]);
    fprintf(out, "  File \"%s\", line %s, in %s\n", text[0] ? rt_str_data(text[0]) : "?",
            text[1] ? rt_str_data(text[1]) : "?", text[2] ? rt_str_data(text[2]) : "?");
    for (int i = 0; i < 3; i++)
        RT_XDECREF(text[i]);
    rt_err_clear();
    if (!line || !rt_str_check(line) || rt_str_size(line) == 0)
        return;
    rt_object *stripped = rt_call_method(line, "strip", NULL, 0);
    if (!stripped) {
        rt_err_clear();
        return;
    }
    fprintf(out, "    %s\n", rt_str_data(stripped));
    RT_DECREF(stripped);
    char buf[4096];
    if (fs && fs->code && rt_str_check(file) && rt_int_check(lineno)
        && vm_source_line(rt_str_data(file), (int)rt_int_as_i64(lineno), buf, sizeof buf))
        vm_print_carets(out, buf, (intptr_t)strlen(buf), (const vm_code *)fs->code, fs->instr);
}

/* _format_list(summaries): StackSummary.format of FrameSummary objects or
 * (filename, lineno, name, line) tuples: a str per entry, and a note where
 * more than 3 identical consecutive entries are folded. */
static rt_object *tb_format_list_c(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const char *const names[] = { "extracted_list", NULL };
    static const mod_sig sig = { "format_list", names, 1, 1, false };
    rt_object *a[1];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0)
        return NULL;
    rt_object *seq = rt_call_vector(RT_OBJ(&rt_list_type), a, 1);
    rt_object *out = seq ? rt_list_new(0) : NULL;
    rt_object *last[3] = { NULL, NULL, NULL };
    int count = 0;
    for (intptr_t i = 0; out && i < RT_SIZE(seq); i++) {
        rt_object *item = RT_LIST_GET_ITEM(seq, i);
        frame_summary *fs = RT_TYPE(item) == &frame_summary_type ? (frame_summary *)item : NULL;
        rt_object *fields = fs ? fs->fields : item;
        if (!rt_tuple_check(fields) || RT_SIZE(fields) != 4) {
            rt_err_format(&rt_exc_TypeError, "format_list: expected FrameSummary or a 4-tuple, not '%s'",
                          rt_type_name(item));
            RT_CLEAR(out);
            break;
        }
        bool same = last[0] != NULL;
        for (int k = 0; same && k < 3; k++) {
            int eq = rt_richcompare_bool(last[k], RT_TUPLE_GET_ITEM(fields, k), RT_EQ);
            if (eq < 0)
                RT_CLEAR(out);
            same = eq > 0;
        }
        if (!out)
            break;
        if (!same) {
            if (count > 3) {
                rt_object *note = rt_str_from_format("  [Previous line repeated %d more time%s]\n", count - 3,
                                                     count - 3 > 1 ? "s" : "");
                if (!note || rt_list_append(out, note) < 0)
                    RT_CLEAR(out);
                RT_XDECREF(note);
            }
            for (int k = 0; k < 3; k++)
                last[k] = RT_TUPLE_GET_ITEM(fields, k);
            count = 0;
        }
        if (!out || ++count > 3)
            continue;
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (!f) {
            RT_CLEAR(out);
            break;
        }
        print_summary(f, RT_TUPLE_GET_ITEM(fields, 0), RT_TUPLE_GET_ITEM(fields, 1), RT_TUPLE_GET_ITEM(fields, 2),
                      RT_TUPLE_GET_ITEM(fields, 3), fs);
        fclose(f);
        rt_object *s = rt_str_from_bytes(buf ? buf : "", (intptr_t)len);
        free(buf);
        if (!s || rt_list_append(out, s) < 0)
            RT_CLEAR(out);
        RT_XDECREF(s);
    }
    if (out && count > 3) {
        rt_object *note = rt_str_from_format("  [Previous line repeated %d more time%s]\n", count - 3,
                                             count - 3 > 1 ? "s" : "");
        if (!note || rt_list_append(out, note) < 0)
            RT_CLEAR(out);
        RT_XDECREF(note);
    }
    RT_XDECREF(seq);
    return out;
}

RT_NOSCAN static rt_method_def traceback_defs[] = {
    { "format_exception_only", tb_format_exception_only, RT_METH_FASTCALL, NULL },
    { "extract_tb", tb_extract_tb, RT_METH_FASTCALL, NULL },
    { "extract_stack", tb_extract_stack, RT_METH_FASTCALL, NULL },
    { "_format_list", tb_format_list_c, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int vm_mod_traceback_init(void)
{
    rt_object *m = vm_add_builtin_module("_traceback", traceback_defs);
    return m ? mod_add_type(m, &frame_summary_type, "traceback") : -1;
}

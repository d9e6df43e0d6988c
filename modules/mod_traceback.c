/*
 * mod_traceback.c -- a minimal built-in `traceback` module (lazy):
 * format_exc, print_exc, format_exception, print_exception,
 * format_exception_only, format_tb, print_tb, extract_tb and
 * extract_stack (lists of FrameSummary: filename, lineno, name, line), for
 * gclab's exceptions and tracebacks.
 *
 * The text is the interpreter's own traceback printer's (vm/interp.c,
 * what an uncaught exception prints: source lines, 3.11's carets, folded
 * repeats, cause and context chains), without the "Did you mean" trailers
 * that only CPython's sys.excepthook adds.  The lists are that text cut
 * where CPython's TracebackException.format cuts it: the header, one
 * string per frame (its File line, source line and carets), a repeat
 * note, a chain separator, the exception's lines.  Not supported: limit
 * (other than None), chain=False, StackSummary (extract_* return lists),
 * FrameSummary's positions and locals, print_stack, format_list, and the
 * (type, value, tb) forms with a tb other than value's own.
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

/* The exception being handled (sys.exc_info()[1]), or NULL. */
static rt_object *handled(void)
{
    rt_object *e = vm.handled_exc;
    return e && e != RT_NONE ? e : NULL;
}

static rt_object *format_text(rt_object *exc)
{
    if (!exc || exc == RT_NONE)
        return rt_str_from_cstr("NoneType: None\n");
    return capture(vm_format_exception, exc);
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

static int write_out(rt_object *file, rt_object *text)
{
    if (!file || file == RT_NONE) {
        (void)vm_flush_out(false);
        fputs(rt_str_data(text), stderr);
        fflush(stderr);
        return 0;
    }
    rt_object *r = rt_call_method(file, "write", &text, 1);
    RT_XDECREF(r);
    return r ? 0 : -1;
}

/* limit and chain: only their defaults. */
static int check_options(rt_object *limit, rt_object *chain)
{
    int chained = chain ? rt_is_true(chain) : 1;
    if (chained < 0)
        return -1;
    if ((limit && limit != RT_NONE) || !chained) {
        rt_err_set_string(&rt_exc_NotImplementedError,
                          "traceback: limit and chain=False are not supported by the gclab Python subset");
        return -1;
    }
    return 0;
}

static const char *const exc_names[] = { "limit", "chain", NULL };
static const char *const print_exc_names[] = { "limit", "file", "chain", NULL };
static const char *const exception_names[] = { "exc", "value", "tb", "limit", "chain", NULL };
static const char *const print_exception_names[] = { "exc", "value", "tb", "limit", "file", "chain", NULL };
static const char *const only_names[] = { "exc", "value", NULL };
static const char *const tb_names[] = { "tb", "limit", NULL };

static rt_object *tb_format_exc(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "format_exc", exc_names, 0, 2, false };
    rt_object *a[2];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0 || check_options(a[0], a[1]) < 0)
        return NULL;
    return format_text(handled());
}

static rt_object *tb_print_exc(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "print_exc", print_exc_names, 0, 3, false };
    rt_object *a[3];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0 || check_options(a[0], a[2]) < 0)
        return NULL;
    rt_object *text = format_text(handled());
    int r = text ? write_out(a[1], text) : -1;
    RT_XDECREF(text);
    return r < 0 ? NULL : rt_newref(RT_NONE);
}

/* format_exception(exc) or (type, value, tb): the exception to print. */
static rt_object *pick_exception(rt_object *exc, rt_object *value)
{
    return value ? value : exc;
}

static rt_object *tb_format_exception(rt_object *self, rt_object *const *args, intptr_t nargs,
                                      rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "format_exception", exception_names, 1, 5, false };
    rt_object *a[5];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0 || check_options(a[3], a[4]) < 0)
        return NULL;
    rt_object *text = format_text(pick_exception(a[0], a[1]));
    rt_object *list = text ? split_chunks(text) : NULL;
    RT_XDECREF(text);
    return list;
}

static rt_object *tb_print_exception(rt_object *self, rt_object *const *args, intptr_t nargs,
                                     rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "print_exception", print_exception_names, 1, 6, false };
    rt_object *a[6];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0 || check_options(a[3], a[5]) < 0)
        return NULL;
    rt_object *text = format_text(pick_exception(a[0], a[1]));
    int r = text ? write_out(a[4], text) : -1;
    RT_XDECREF(text);
    return r < 0 ? NULL : rt_newref(RT_NONE);
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
        rt_object *text = format_text(exc);
        e->traceback = tb, e->cause = cause, e->context = context;
        list = text ? split_chunks(text) : NULL;
        RT_XDECREF(text);
    } else {
        rt_object *text = format_text(exc);
        list = text ? split_chunks(text) : NULL;
        RT_XDECREF(text);
    }
    return list;
}

/* Bind (tb, limit, ...) and check tb: a traceback or None. */
static int bind_tb(const mod_sig *sig, rt_object *const *args, intptr_t nargs, rt_object *kwnames, rt_object **a)
{
    if (mod_bind(sig, args, nargs, kwnames, a) < 0 || check_options(a[1], NULL) < 0)
        return -1;
    if (a[0] != RT_NONE && RT_TYPE(a[0]) != &vm_traceback_type) {
        rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute 'tb_frame'", rt_type_name(a[0]));
        return -1;
    }
    return 0;
}

static rt_object *tb_format_tb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "format_tb", tb_names, 1, 2, false };
    rt_object *a[2];
    if (bind_tb(&sig, args, nargs, kwnames, a) < 0)
        return NULL;
    rt_object *text = capture(vm_format_tb, a[0]);
    rt_object *list = text ? split_chunks(text) : NULL;
    RT_XDECREF(text);
    return list;
}

/* ---- FrameSummary ---------------------------------------------------------------- */

typedef struct frame_summary {
    RT_OBJECT_HEAD
    rt_object *fields;   /* (filename, lineno, name, line): a tuple of atoms */
} frame_summary;

static rt_type frame_summary_type;

/* line: the source line stripped, '' when the file cannot be read. */
static rt_object *summary_new(rt_object *filename, int lineno, rt_object *name)
{
    char buf[4096];
    const char *text = "";
    if (vm_source_line(rt_str_data(filename), lineno, buf, sizeof buf)) {
        text = buf + strspn(buf, " \t\f");
        size_t n = strlen(text);
        while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\f'))
            buf[text - buf + (intptr_t)--n] = 0;
    }
    rt_object *ln = rt_int_from_i64(lineno), *line = rt_str_from_cstr(text);
    rt_object *fields = ln && line ? rt_tuple_pack(4, filename, ln, name, line) : NULL;
    RT_XDECREF(ln);
    RT_XDECREF(line);
    if (!fields)
        return NULL;
    frame_summary *fs = (frame_summary *)rt_object_new(&frame_summary_type);
    if (!fs) {
        rt_decref(fields);
        return NULL;
    }
    fs->fields = fields;
    rt_gc_track(RT_OBJ(fs));
    return RT_OBJ(fs);
}

/* A container (as CPython's, a Python object): the tracing collectors
 * reach the fields through it. */
static int summary_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((frame_summary *)o)->fields);
    return 0;
}

static void summary_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_CLEAR(((frame_summary *)o)->fields);
    rt_object_free(o);
}

static rt_object *summary_field(rt_object *o, void *i)
{
    return rt_newref(RT_TUPLE_GET_ITEM(((frame_summary *)o)->fields, (intptr_t)i));
}

static rt_object *summary_repr(rt_object *o)
{
    rt_object *f = ((frame_summary *)o)->fields;
    return rt_str_from_format("<FrameSummary file %s, line %ld in %s>", rt_str_data(RT_TUPLE_GET_ITEM(f, 0)),
                              (long)rt_int_as_i64(RT_TUPLE_GET_ITEM(f, 1)), rt_str_data(RT_TUPLE_GET_ITEM(f, 2)));
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

static rt_getset_def summary_getsets[] = {
    { "filename", summary_field, NULL, (void *)0 },
    { "lineno", summary_field, NULL, (void *)1 },
    { "name", summary_field, NULL, (void *)2 },
    { "line", summary_field, NULL, (void *)3 },
    { NULL, NULL, NULL, NULL },
};

static rt_type frame_summary_type = {
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
};

static rt_object *tb_extract_tb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "extract_tb", tb_names, 1, 2, false };
    rt_object *a[2];
    if (bind_tb(&sig, args, nargs, kwnames, a) < 0)
        return NULL;
    rt_object *list = rt_list_new(0);
    for (rt_object *tb = a[0]; list && tb && tb != RT_NONE; tb = ((vm_traceback *)tb)->next) {
        vm_code *co = (vm_code *)((vm_traceback *)tb)->code;
        rt_object *fs = summary_new(co->filename, ((vm_traceback *)tb)->line, co->name);
        if (!fs || rt_list_append(list, fs) < 0)
            RT_CLEAR(list);
        RT_XDECREF(fs);
    }
    return list;
}

static const char *const stack_names[] = { "f", "limit", NULL };

/* The caller's frames, outermost first (f: where to start instead). */
static rt_object *tb_extract_stack(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "extract_stack", stack_names, 0, 2, false };
    rt_object *a[2];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0 || check_options(a[1], NULL) < 0)
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
            fs = summary_new(((vm_code *)code)->filename, (int)rt_int_as_i64(ln), ((vm_code *)code)->name);
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
    if (list && rt_list_reverse(list) < 0)
        RT_CLEAR(list);
    return list;
}

static rt_object *tb_print_tb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const char *const names[] = { "tb", "limit", "file", NULL };
    static const mod_sig sig = { "print_tb", names, 1, 3, false };
    rt_object *a[3];
    if (bind_tb(&sig, args, nargs, kwnames, a) < 0)
        return NULL;
    rt_object *text = capture(vm_format_tb, a[0]);
    int r = text ? write_out(a[2], text) : -1;
    RT_XDECREF(text);
    return r < 0 ? NULL : rt_newref(RT_NONE);
}

static rt_method_def traceback_defs[] = {
    { "format_exc", tb_format_exc, RT_METH_FASTCALL, NULL },
    { "print_exc", tb_print_exc, RT_METH_FASTCALL, NULL },
    { "format_exception", tb_format_exception, RT_METH_FASTCALL, NULL },
    { "print_exception", tb_print_exception, RT_METH_FASTCALL, NULL },
    { "format_exception_only", tb_format_exception_only, RT_METH_FASTCALL, NULL },
    { "format_tb", tb_format_tb, RT_METH_FASTCALL, NULL },
    { "print_tb", tb_print_tb, RT_METH_FASTCALL, NULL },
    { "extract_tb", tb_extract_tb, RT_METH_FASTCALL, NULL },
    { "extract_stack", tb_extract_stack, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int vm_mod_traceback_init(void)
{
    rt_object *m = vm_add_builtin_module("traceback", traceback_defs);
    return m ? mod_add_type(m, &frame_summary_type, "traceback") : -1;
}

/*
 * mod_traceback.c -- a minimal built-in `traceback` module (lazy):
 * format_exc, print_exc, format_exception, print_exception,
 * format_exception_only and format_tb, for gclab's exceptions and
 * tracebacks.
 *
 * The text is the interpreter's own traceback printer's (vm/interp.c,
 * what an uncaught exception prints: source lines, 3.11's carets, folded
 * repeats, cause and context chains), without the "Did you mean" trailers
 * that only CPython's sys.excepthook adds.  The lists are that text cut
 * where CPython's TracebackException.format cuts it: the header, one
 * string per frame (its File line, source line and carets), a repeat
 * note, a chain separator, the exception's lines.  Not supported: limit
 * (other than None), chain=False, extract_tb/extract_stack/StackSummary,
 * print_tb/print_stack, and the (type, value, tb) forms with a tb other
 * than value's own.
 */
#define _GNU_SOURCE   /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/eval.h"
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/list.h"
#include "runtime/str.h"

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

static rt_object *tb_format_tb(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    static const mod_sig sig = { "format_tb", tb_names, 1, 2, false };
    rt_object *a[2];
    if (mod_bind(&sig, args, nargs, kwnames, a) < 0 || check_options(a[1], NULL) < 0)
        return NULL;
    if (a[0] != RT_NONE && RT_TYPE(a[0]) != &vm_traceback_type)
        return rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute 'tb_frame'",
                             rt_type_name(a[0]));
    rt_object *text = capture(vm_format_tb, a[0]);
    rt_object *list = text ? split_chunks(text) : NULL;
    RT_XDECREF(text);
    return list;
}

static rt_method_def traceback_defs[] = {
    { "format_exc", tb_format_exc, RT_METH_FASTCALL, NULL },
    { "print_exc", tb_print_exc, RT_METH_FASTCALL, NULL },
    { "format_exception", tb_format_exception, RT_METH_FASTCALL, NULL },
    { "print_exception", tb_print_exception, RT_METH_FASTCALL, NULL },
    { "format_exception_only", tb_format_exception_only, RT_METH_FASTCALL, NULL },
    { "format_tb", tb_format_tb, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

int vm_mod_traceback_init(void)
{
    return vm_add_builtin_module("traceback", traceback_defs) ? 0 : -1;
}

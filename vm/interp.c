/*
 * interp.c -- bringing the VM up and down, running __main__, and printing
 * uncaught exceptions and syntax errors the way CPython 3.11 does.
 */
#define _GNU_SOURCE   /* open_memstream: an exception group's parts are printed inside a margin */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/gen.h"
#include "compiler/compile.h"
#include "vm/module.h"
#include "runtime/gchead.h"
#include "compiler/marshal.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "collectors/collector.h"
#include "runtime/list.h"
#include "runtime/weakref.h"

int vm_init(const vm_inittab *tab)
{
    if (vm.builtins)
        return 0;
    if (vm_eval_init() < 0 || vm_func_init() < 0 || vm_gen_init() < 0 || vm_class_init() < 0
        || vm_union_init() < 0 || vm_genericalias_init() < 0)
        return -1;
    vm.builtins = rt_dict_new();
    vm.modules = rt_dict_new();
    if (!vm.builtins || !vm.modules || vm_builtins_init(vm.builtins) < 0 || vm_modules_init(tab) < 0)
        return -1;
    rt_object *bm = vm_module_new("builtins", NULL);
    if (!bm)
        return -1;
    RT_SETREF(((vm_module *)bm)->dict, rt_newref(vm.builtins));
    /* the module's name in its dict, as CPython's (repr, len.__module__) */
    rt_object *name = rt_str_intern_cstr("builtins");
    int r = name ? rt_dict_setitem_str(vm.builtins, "__name__", name) : -1;
    RT_XDECREF(name);
    if (r == 0)
        r = rt_dict_setitem_str(vm.modules, "builtins", bm);
    if (r == 0)   /* len.__self__ is builtins (CPython's m_self) */
        r = rt_cfunction_adopt(bm, vm.builtins);
    rt_decref(bm);
    /* What the VM made at start-up (builtins, the built-in modules and the
     * C-static objects their init functions keep, such as the weakref
     * finalizer registry) is permanent for the tracing collectors; the
     * free lists are emptied first (a free-listed object is not live). */
    rt_freelists_clear();
    rt_slice_cache_clear();
    gc_runtime_ready();
    return r;
}

/* CPython 3.11's finalize_modules, for a refcounting collector with cycle
 * collections (gen, incr, ft): a full collection first while everything
 * is reachable (Py_FinalizeEx's PyGC_Collect, skipped when automatic
 * collection is disabled), which leaves the survivors in the order its
 * scan moved them; then the modules leave the module table (each dies by
 * refcount, its dict stays alive through its functions' globals) and a
 * collection finds the __main__ globals unreachable, calling their
 * finalizers in its unreachable list's order: instances held directly by
 * globals before the items of lists, tuples and dicts made before their
 * container, as CPython prints them.  Returns a list of weak references
 * to the modules something still holds, or NULL. */
static rt_object *drop_modules_collecting(const gc_collector *c)
{
    if (gc_is_enabled()) {
        rt_tel_reason why = gc_reason_enter(RT_TEL_REASON_SHUTDOWN);
        if (c->collect(GC_FULL) < 0)
            rt_err_clear();
        gc_reason_leave(why);
    }
    rt_object *mods = rt_dict_values_list(vm.modules);
    rt_object *weak = rt_list_new(0);
    if (!mods || !weak) {
        RT_XDECREF(mods);
        RT_XDECREF(weak);
        rt_err_clear();
        return NULL;
    }
    for (intptr_t i = 0; i < RT_SIZE(mods); i++) {
        rt_object *m = RT_LIST_GET_ITEM(mods, i);
        if (RT_TYPE(m) != &vm_module_type || ((vm_module *)m)->dict == vm.builtins)
            continue;
        rt_object *w = rt_weakref_new(m, NULL);
        if (!w || rt_list_append(weak, w) < 0)
            rt_err_clear();
        RT_XDECREF(w);
    }
    rt_dict_clear(vm.modules);
    RT_DECREF(mods);
    rt_tel_reason why = gc_reason_enter(RT_TEL_REASON_SHUTDOWN);
    if (c->collect(GC_FULL) < 0)
        rt_err_clear();
    gc_reason_leave(why);
    return weak;
}

void vm_fini(void)
{
    /* The program's atexit work first, while every module is intact (as
     * CPython runs atexit before tearing modules down), e.g. live
     * weakref.finalize objects with atexit set, newest first. */
    if (vm.modules)
        vm_modules_atexit();
    /* Module dicts and their functions form cycles (function -> globals);
     * clear every module's namespace, as CPython's shutdown does for the
     * modules still alive after its collection, so that even the pure
     * refcounting collector frees them and runs __del__ methods. */
    if (vm.modules) {
        const gc_collector *c = gc_active();
        rt_object *mods = NULL;
        if (gc_has(c, GC_CAP_REFCOUNTING) && gc_has(c, GC_CAP_CYCLES)) {
            rt_object *weak = drop_modules_collecting(c);
            mods = weak ? rt_list_new(0) : NULL;
            for (intptr_t i = 0; mods && i < RT_SIZE(weak); i++) {
                rt_object *m = rt_weakref_get(RT_LIST_GET_ITEM(weak, i));
                if (m && m != RT_NONE && rt_list_append(mods, m) < 0)
                    rt_err_clear();
            }
            RT_XDECREF(weak);
        } else {
            mods = rt_dict_values_list(vm.modules);
        }
        if (mods) {
            for (intptr_t i = RT_SIZE(mods) - 1; i >= 0; i--) {
                rt_object *m = RT_LIST_GET_ITEM(mods, i);
                if (RT_TYPE(m) == &vm_module_type && ((vm_module *)m)->dict != vm.builtins)
                    rt_dict_clear(((vm_module *)m)->dict);
            }
            rt_decref(mods);
        }
        rt_err_clear();
        rt_dict_clear(vm.modules);
    }
    RT_CLEAR(vm.modules);
    if (vm.builtins)
        rt_dict_clear(vm.builtins);
    RT_CLEAR(vm.builtins);
    RT_CLEAR(vm.main_dir);
    vm_modules_fini();
    vm_eval_fini();
}

/* ---- printing ----------------------------------------------------------------- */

/* Line `line` of file into buf, without its line end (CPython prints the
 * trailing blanks, and its position markers count them). */
static bool source_line(const char *file, int line, char *buf, size_t n)
{
    FILE *f = fopen(file, "r");
    if (!f)
        return false;
    char tmp[4096];
    int ln = 0;
    bool found = false;
    while (fgets(tmp, sizeof tmp, f)) {
        size_t l = strlen(tmp);
        bool whole = l > 0 && tmp[l - 1] == '\n';
        if (++ln == line) {
            size_t k = l;
            while (k > 0 && (tmp[k - 1] == '\n' || tmp[k - 1] == '\r'))
                k--;
            snprintf(buf, n, "%.*s", (int)k, tmp);
            found = true;
            break;
        }
        while (!whole && fgets(tmp, sizeof tmp, f)) {   /* skip the rest of a long line */
            l = strlen(tmp);
            whole = l > 0 && tmp[l - 1] == '\n';
        }
    }
    fclose(f);
    return found;
}

bool vm_source_line(const char *file, int line, char *buf, size_t n)
{
    return source_line(file, line, buf, n);
}

static void print_exc_line(rt_object *exc, FILE *out, bool suggest)
{
    rt_type *t = RT_TYPE(exc);
    rt_object *mod = t->dict ? rt_dict_getitem_str(t->dict, "__module__") : NULL;
    if (mod && rt_str_check(mod) && !rt_str_eq_cstr(mod, "builtins") && !rt_str_eq_cstr(mod, "__main__"))
        fprintf(out, "%s.", rt_str_data(mod));
    fputs(t->name, out);
    rt_object *s = rt_str(exc);
    if (!s) {
        rt_err_clear();
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (rt_str_size(s) > 0) {
        fputs(": ", out);
        fwrite(rt_str_data(s), 1, (size_t)rt_str_size(s), out);
    }
    rt_decref(s);
    rt_object *hint = suggest ? vm_suggestion(exc) : NULL;
    if (hint)
        fprintf(out, ". Did you mean: '%s'?", rt_str_data(hint));
    RT_XDECREF(hint);
    fputc('\n', out);
}

static void print_entries(rt_object *tb, FILE *out);
static void print_syntax_location(const vm_syntax_error *err, FILE *out);

/* An int field of a SyntaxError as a C int: dflt for None, false when it
 * is neither. */
static bool syntax_int_field(rt_object *v, int dflt, int *out)
{
    if (!v || v == RT_NONE) {
        *out = dflt;
        return true;
    }
    if (RT_TYPE(v) != &rt_int_type || !rt_int_is_small(v))
        return false;
    *out = (int)RT_INT_VALUE(v);
    return true;
}

/* A SyntaxError (or subclass) whose fields give a position prints it as
 * a syntax error is printed (file, line, text, caret) and then
 * "TYPE: msg"; true when printed.  CPython's print_exception does the same
 * through parse_syntax_error; one without a line number (raise
 * SyntaxError("x")) is printed as any exception. */
static bool print_syntax_exc(rt_object *exc, FILE *out)
{
    if (!rt_isinstance_type(exc, &rt_exc_SyntaxError))
        return false;
    rt_exc_syntax *e = (rt_exc_syntax *)exc;
    vm_syntax_error err;
    memset(&err, 0, sizeof err);
    if (!e->lineno || !syntax_int_field(e->lineno, 0, &err.lineno)
        || !syntax_int_field(e->offset, -1, &err.offset)
        || !syntax_int_field(e->end_lineno, err.lineno, &err.end_lineno)
        || !syntax_int_field(e->end_offset, -1, &err.end_offset))
        return false;
    err.filename = e->filename && rt_str_check(e->filename) ? rt_str_data(e->filename) : "<string>";
    if (e->text && rt_str_check(e->text))
        snprintf(err.text, sizeof err.text, "%s", rt_str_data(e->text));
    print_syntax_location(&err, out);
    rt_type *t = RT_TYPE(exc);
    rt_object *mod = t->dict ? rt_dict_getitem_str(t->dict, "__module__") : NULL;
    if (mod && rt_str_check(mod) && !rt_str_eq_cstr(mod, "builtins") && !rt_str_eq_cstr(mod, "__main__"))
        fprintf(out, "%s.", rt_str_data(mod));
    rt_object *msg = rt_str(e->msg ? e->msg : RT_NONE);
    if (!msg) {
        rt_err_clear();
        fprintf(out, "%s: <exception str() failed>\n", t->name);
        return true;
    }
    fprintf(out, "%s: %s\n", t->name, rt_str_data(msg));
    rt_decref(msg);
    return true;
}

static void print_traceback(rt_object *tb, FILE *out)
{
    if (!tb)
        return;
    fputs("Traceback (most recent call last):\n", out);
    print_entries(tb, out);
}

static void print_entries(rt_object *tb, FILE *out)
{
    /* CPython folds more than 3 identical consecutive entries */
    const char *lastfile = NULL;
    int lastline = -1, repeat = 0;
    const char *lastname = NULL;
    for (; tb; tb = ((vm_traceback *)tb)->next) {
        vm_traceback *t = (vm_traceback *)tb;
        vm_code *co = (vm_code *)t->code;
        const char *file = rt_str_data(co->filename), *name = rt_str_data(co->name);
        if (lastfile && strcmp(file, lastfile) == 0 && t->line == lastline && strcmp(name, lastname) == 0) {
            if (++repeat >= 3)
                continue;
        } else {
            if (repeat >= 3)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 2,
                        repeat - 2 == 1 ? "" : "s");
            repeat = 0;
        }
        lastfile = file;
        lastline = t->line;
        lastname = name;
        fprintf(out, "  File \"%s\", line %d, in %s\n", file, t->line, name);
        char buf[4096];
        if (source_line(file, t->line, buf, sizeof buf)) {
            const char *text = buf + strspn(buf, " \t\f");
            if (text[0]) {
                fprintf(out, "    %s\n", text);
                vm_print_carets(out, buf, (intptr_t)strlen(buf), co, t->instr);
            }
        }
    }
    if (repeat >= 3)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 2, repeat - 2 == 1 ? "" : "s");
}

/* The notes of BaseException.add_note after the exception's line, as
 * CPython 3.11's print_exception_notes: each str note as it is, anything
 * else through str(), a __notes__ that is no sequence through repr(). */
static void print_notes(rt_object *exc, FILE *out)
{
    rt_object *saved = rt_err_fetch();
    rt_object *notes = rt_getattr_str(exc, "__notes__");
    if (!notes) {
        rt_err_clear();
        rt_err_restore(saved);
        return;
    }
    if (!rt_list_check(notes) && !rt_tuple_check(notes)) {
        rt_object *r = rt_repr(notes);
        fputs(r ? rt_str_data(r) : "<__notes__ repr() failed>", out);
        fputc('\n', out);
        rt_xdecref(r);
    } else {
        for (intptr_t i = 0; i < RT_SIZE(notes); i++) {
            rt_object *n = rt_list_check(notes) ? RT_LIST_GET_ITEM(notes, i) : RT_TUPLE_GET_ITEM(notes, i);
            rt_object *s = rt_str_check(n) ? rt_newref(n) : rt_str(n);
            fputs(s ? rt_str_data(s) : "<note str() failed>", out);
            fputc('\n', out);
            rt_xdecref(s);
        }
    }
    rt_decref(notes);
    rt_err_clear();
    rt_err_restore(saved);
}

/* Printing an exception with its chain and, for an exception group, its
 * parts, as CPython 3.11's print_exception_recursive: inside a group
 * every line is indented two columns per level and starts with "| ";
 * a group's traceback header starts with "+ " at the first level; each
 * part is headed by a "+---- i ----" line, and the last one is closed
 * once by the innermost group that ends there (need_close). */
typedef struct exc_printer {
    FILE *out;
    int depth;          /* group nesting */
    bool need_close;
    bool suggest;       /* the "Did you mean" trailers of sys.excepthook */
} exc_printer;

#define MAX_GROUP_WIDTH 15   /* CPython's: parts shown per group, then "and N more exceptions" */
#define MAX_GROUP_DEPTH 10   /* CPython's: group nesting shown */
#define MAX_CHAIN 32         /* __cause__/__context__ links followed (a cycle ends there) */

static void put_indent(exc_printer *p)
{
    for (int i = 0; i < 2 * p->depth; i++)
        fputc(' ', p->out);
}

static void put_margin(exc_printer *p)
{
    put_indent(p);
    if (p->depth)
        fputs("| ", p->out);
}

/* emit(arg, f) written to p->out with every line after the margin. */
static void margined(exc_printer *p, void (*emit)(void *, FILE *), void *arg)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = p->depth ? open_memstream(&buf, &len) : NULL;
    if (!m) {
        emit(arg, p->out);
        return;
    }
    emit(arg, m);
    fclose(m);
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (buf + i)) + 1 : len - i;
        put_margin(p);
        fwrite(buf + i, 1, n, p->out);
        i += n;
    }
    free(buf);
}

typedef struct exc_arg {
    rt_object *exc;
    bool suggest;
} exc_arg;

static void emit_entries(void *tb, FILE *f) { print_entries(tb, f); }
static void emit_notes(void *exc, FILE *f) { print_notes(exc, f); }

static void emit_exc_line(void *arg, FILE *f)
{
    exc_arg *a = arg;
    if (!print_syntax_exc(a->exc, f))
        print_exc_line(a->exc, f, a->suggest);
}

/* One exception: its traceback, its line, its notes. */
static void print_one(exc_printer *p, rt_object *exc)
{
    rt_object *tb = ((rt_exception *)exc)->traceback;
    if (tb) {
        bool group = rt_excgroup_check(exc);
        put_indent(p);
        fputs(group && p->depth == 1 ? "+ " : p->depth ? "| " : "", p->out);
        fputs(group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n",
              p->out);
        margined(p, emit_entries, tb);
    }
    exc_arg a = { exc, p->suggest };
    margined(p, emit_exc_line, &a);
    margined(p, emit_notes, exc);
}

static void print_recursive(exc_printer *p, rt_object *exc, int chain);

static void print_chained(exc_printer *p, rt_object *chained, int chain, const char *message)
{
    bool need_close = p->need_close;
    print_recursive(p, chained, chain + 1);
    p->need_close = need_close;
    put_margin(p);
    fputc('\n', p->out);
    put_margin(p);
    fputs(message, p->out);
    put_margin(p);
    fputc('\n', p->out);
}

static void print_group(exc_printer *p, rt_object *exc, int chain)
{
    FILE *out = p->out;
    if (p->depth > MAX_GROUP_DEPTH) {
        put_margin(p);
        fprintf(out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (p->depth == 0)
        p->depth = 1;
    print_one(p, exc);
    rt_object *excs = ((rt_exc_group *)exc)->excs;
    intptr_t num = excs ? RT_SIZE(excs) : 0;
    intptr_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (intptr_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last)
            p->need_close = true;   /* a nested group ending here may close it */
        put_indent(p);
        if (truncated)
            fprintf(out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else
            fprintf(out, "%s+---------------- %ld ----------------\n", i == 0 ? "+-" : "  ", (long)(i + 1));
        p->depth++;
        if (!truncated) {
            print_recursive(p, RT_TUPLE_GET_ITEM(excs, i), chain);
        } else {
            long more = (long)(num - MAX_GROUP_WIDTH);
            put_margin(p);
            fprintf(out, "and %ld more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && p->need_close) {
            put_indent(p);
            fputs("+------------------------------------\n", out);
            p->need_close = false;
        }
        p->depth--;
    }
    if (p->depth == 1)
        p->depth = 0;
}

static void print_recursive(exc_printer *p, rt_object *exc, int chain)
{
    rt_exception *e = (rt_exception *)exc;
    if (chain < MAX_CHAIN) {
        if (e->cause && rt_is_exception(e->cause))
            print_chained(p, e->cause, chain,
                          "The above exception was the direct cause of the following exception:\n");
        else if (e->context && rt_is_exception(e->context) && !e->suppress_context)
            print_chained(p, e->context, chain,
                          "During handling of the above exception, another exception occurred:\n");
    }
    if (rt_excgroup_check(exc))
        print_group(p, exc, chain);
    else
        print_one(p, exc);
}

static void print_chain(rt_object *exc, FILE *out, bool suggest)
{
    exc_printer p = { out, 0, false, suggest };
    print_recursive(&p, exc, 0);
}

/* rt_print_exception_hook: an unraisable exception with its traceback,
 * after what the program printed.  Only the exception itself, as CPython
 * 3.11's default unraisable hook writes it: no __cause__/__context__
 * chain, no notes (a generator closed at its death whose finally raises
 * shows the error, not the GeneratorExit it replaced). */
void vm_print_unraisable(rt_object *exc)
{
    fflush(vm.out);
    if (rt_is_exception(exc)) {
        print_traceback(((rt_exception *)exc)->traceback, stderr);
        print_exc_line(exc, stderr, false);
    } else {
        vm_print_exception(exc, stderr);
    }
    fflush(stderr);
}

void vm_format_exception(rt_object *exc, FILE *out)
{
    if (rt_is_exception(exc))
        print_chain(exc, out, false);
    else
        vm_print_exception(exc, out);
}

void vm_format_exception_only(rt_object *exc, FILE *out)
{
    exc_printer p = { out, 0, false, false };
    if (rt_is_exception(exc))
        print_one(&p, exc);
    else
        vm_print_exception(exc, out);
}

void vm_print_exception(rt_object *exc, FILE *out)
{
    if (!rt_is_exception(exc)) {
        fprintf(out, "<non-exception %s raised>\n", rt_type_name(exc));
        return;
    }
    print_chain(exc, out, true);
    fflush(out);
}

static void print_syntax_location(const vm_syntax_error *err, FILE *out);

void vm_print_syntax_error(const vm_syntax_error *err, FILE *out)
{
    if (err->kind == VM_SYNERR_UNSUPPORTED) {
        fprintf(out, "  File \"%s\", line %d\nNotImplementedError: %s\n",
                err->filename ? err->filename : "<unknown>", err->lineno, err->msg);
        return;
    }
    if (err->kind == VM_SYNERR_NOMEMORY) {
        fputs("MemoryError\n", out);
        return;
    }
    print_syntax_location(err, out);
    fprintf(out, "%s: %s\n", vm_syntax_kind_name(err->kind), err->msg);
}

/* The "  File ..., line N", the line's text and the caret of a syntax
 * error (CPython's print_error_text). */
static void print_syntax_location(const vm_syntax_error *err, FILE *out)
{
    if (err->lineno > 0)   /* a file that is not UTF-8 has no position (CPython) */
        fprintf(out, "  File \"%s\", line %d\n", err->filename ? err->filename : "<unknown>", err->lineno);
    const char *text = err->text;
    if (text[0]) {
        int skip = 0;
        while (text[skip] == ' ' || text[skip] == '\t' || text[skip] == '\f')
            skip++;
        size_t len = strlen(text + skip);
        while (len > 0 && (text[skip + len - 1] == '\n' || text[skip + len - 1] == '\r'
                           || text[skip + len - 1] == ' '))
            len--;
        fprintf(out, "    %.*s\n", (int)len, text + skip);
        if (err->offset > 0) {
            int col = err->offset - 1 - skip;
            int width = 1;
            if (err->end_lineno == err->lineno && err->end_offset > err->offset)
                width = err->end_offset - err->offset;
            if (col > (int)len)
                col = (int)len;
            if (col + width > (int)len + 1)
                width = (int)len + 1 - col;
            if (width < 1)
                width = 1;
            /* a position left of the shown text (inside the indentation
             * an IndentationError or TabError points at) gets no caret,
             * as CPython's print_error_text */
            if (col >= 0) {
                fprintf(out, "    %*s", col, "");
                for (int i = 0; i < width; i++)
                    fputc('^', out);
                fputc('\n', out);
            }
        }
    }
}

/* ---- running __main__ ---------------------------------------------------------- */

/* Exit status for an uncaught SystemExit (and print its message if it is
 * not an int, as CPython). */
/* The first failure of a flush of the program's output, kept until the
 * caller of vm_flush_out(true) reports it (a full disk at exit). */
static int out_errno;

int vm_flush_out(bool take)
{
    errno = 0;
    vm_out_pending_flush();
    if ((fflush(vm.out) != 0 || ferror(vm.out)) && !out_errno)
        out_errno = errno ? errno : EIO;
    int e = out_errno;
    if (take)
        out_errno = 0;
    return e;
}

static int system_exit_status(rt_object *exc)
{
    rt_object *code = ((rt_exc_value *)exc)->value;   /* its code attribute */
    if (!code || code == RT_NONE)
        return 0;
    if (rt_int_check(code))
        return (int)(RT_INT_VALUE(code) & 0xff);
    vm_flush_out(false);
    rt_object *s = rt_str(code);
    if (s) {
        fprintf(stderr, "%s\n", rt_str_data(s));
        rt_decref(s);
    } else {
        rt_err_clear();
    }
    return 1;
}

static int report_uncaught(void)
{
    rt_object *exc = rt_err_fetch();
    vm_flush_out(false);
    int status = 1;
    if (exc && rt_isinstance_type(exc, &rt_exc_SystemExit)) {
        status = system_exit_status(exc);
    } else if (exc) {
        vm_print_exception(exc, stderr);
        /* CPython ends by SIGINT, which a shell reports as 128 + 2; the
         * status keeps gclab's own exit work (stats, traces) running */
        if (rt_isinstance_type(exc, &rt_exc_KeyboardInterrupt))
            status = 130;
    }
    RT_XDECREF(exc);
    return status;
}

/* ---- the parser's arena ------------------------------------------------- */

/*
 * CPython 3.11 runs a script's module code while the parser's arena is
 * still alive (pyrun_file frees it after run_mod), and the arena holds a
 * list of every constant its compile made.  So each constant of __main__
 * has one reference more than it would otherwise have (sys.getrefcount of
 * a constant: 4 there, not 3) and stays reachable from outside the
 * collected generations: a nested constant tuple is never moved behind its
 * container, so the first collection untracks both.  vm_run_source keeps the
 * same list: every constant of the code and of its nested code objects and
 * tuples (code objects excluded: the compiler, not the parser, makes
 * them), each once, in a list made before the compile.
 */
typedef struct { rt_object **items; size_t n, cap; } ptrvec;

static int ptrvec_push(ptrvec *v, rt_object *o)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? 2 * v->cap : 64;
        rt_object **items = rt_mem_realloc(v->items, cap * sizeof *items);
        if (!items)
            return -1;
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = o;
    return 0;
}

static int arena_collect(ptrvec *v, rt_object *o)
{
    if (vm_code_check(o)) {
        rt_object *consts = ((vm_code *)o)->consts;
        for (intptr_t i = 0; i < RT_SIZE(consts); i++)
            if (arena_collect(v, RT_TUPLE_GET_ITEM(consts, i)) < 0)
                return -1;
        return 0;
    }
    if (ptrvec_push(v, o) < 0)
        return -1;
    if (rt_tuple_check_exact(o))
        for (intptr_t i = 0; i < RT_SIZE(o); i++)
            if (arena_collect(v, RT_TUPLE_GET_ITEM(o, i)) < 0)
                return -1;
    return 0;
}

static int ptr_cmp(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(rt_object *const *)a, y = (uintptr_t)*(rt_object *const *)b;
    return x < y ? -1 : x > y;
}

static int arena_fill(rt_object *arena, rt_object *code)
{
    ptrvec v = { NULL, 0, 0 };
    int r = arena_collect(&v, code);
    if (r == 0 && v.n)
        qsort(v.items, v.n, sizeof *v.items, ptr_cmp);
    for (size_t i = 0; r == 0 && i < v.n; i++)
        if (i == 0 || v.items[i - 1] != v.items[i])
            r = rt_list_append(arena, v.items[i]);
    rt_mem_free(v.items);
    if (r < 0 && !rt_err_occurred())
        rt_err_no_memory();
    return r;
}

int vm_run_source(const char *src, size_t len, const char *filename)
{
    vm_syntax_error err;
    /* made before the constants, as CPython's arena list: the first
     * collection finds it older than them */
    rt_object *arena = rt_list_new(0);
    if (!arena)
        return report_uncaught();
    gc_root_push(&arena);   /* a C local: the tracing collectors' root */
    rt_object *code = vm_compile_source(src, len, filename, &err);
    if (!code) {
        gc_root_pop(&arena);
        rt_decref(arena);
        vm_flush_out(false);
        if (err.kind != VM_SYNERR_NONE) {
            if (!err.filename)
                err.filename = filename;
            vm_print_syntax_error(&err, stderr);
            return 1;
        }
        return report_uncaught();
    }
    if (arena_fill(arena, code) < 0) {
        rt_decref(code);
        gc_root_pop(&arena);
        rt_decref(arena);
        return report_uncaught();
    }
    int status = vm_run_code(code, filename);
    rt_decref(code);
    gc_root_pop(&arena);
    rt_decref(arena);
    return status;
}

int vm_run_code(rt_object *code, const char *filename)
{
    rt_object *m = vm_module_new("__main__", filename);
    if (!m || rt_dict_setitem_str(vm.modules, "__main__", m) < 0) {
        RT_XDECREF(m);
        return report_uncaught();
    }
    rt_object *d = ((vm_module *)m)->dict;
    /* __main__'s __builtins__ is the builtins module, as CPython's (other
     * modules keep its dict); frames find the same dict through either */
    rt_object *bm = rt_dict_getitem_str(vm.modules, "builtins");
    if (bm && rt_dict_setitem_str(d, "__builtins__", bm) < 0) {
        rt_decref(m);
        return report_uncaught();
    }
    /* CPython's start-up leaves objects on its free lists, so the
     * program's first lists, dicts, floats and tuples move no count:
     * filled here, after __main__ was compiled, in a scope that counts
     * nothing (runtime/startstate.c) */
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    int primed = rt_start_state_prime();
    rt_gc_startup_end(scope);
    if (primed < 0) {
        rt_decref(m);
        return report_uncaught();
    }
    rt_object *r = vm_eval_code(code, d, d);
    int status = 0;
    if (!r)
        status = report_uncaught();
    else
        rt_decref(r);
    vm_flush_out(false);
    rt_decref(m);
    return status;
}

/* A bytecode file as __main__ (pycache.c): an unloadable file is reported
 * as an uncaught ImportError naming it. */
int vm_run_pyc(const char *path)
{
    rt_object *code = vm_pyc_read(path);
    int e = errno;
    if (!code) {
        if (rt_err_matches(&rt_exc_OSError)) {
            rt_err_clear();
            vm_print_open_error("gclab", path, e);
            return 2;
        }
        if (rt_err_matches(&rt_exc_ImportError)) {   /* name the file, as the import does */
            rt_object *e = rt_err_fetch(), *msg = rt_str(e);
            rt_decref(e);
            if (msg) {
                rt_err_format(&rt_exc_ImportError, "%s in '%s'", rt_str_data(msg), path);
                rt_decref(msg);
            }
        }
        return report_uncaught();
    }
    int status = vm_run_code(code, path);
    rt_decref(code);
    return status;
}

int vm_run_file(const char *path)
{
    size_t plen = strlen(path);
    if (plen > 4 && strcmp(path + plen - 4, ".pyc") == 0) {
        /* as for a source file below: an absolute __file__ and import dir */
        char *abs = realpath(path, NULL);
        const char *name = abs ? abs : path;
        const char *slash = strrchr(name, '/');
        RT_SETREF(vm.main_dir, slash ? rt_str_from_bytes(name, slash - name) : rt_str_empty());
        int status = vm_run_pyc(name);
        free(abs);
        return status;
    }
    size_t len;
    char *src = vm_read_file(path, &len);
    if (!src) {
        vm_print_open_error("gclab", path, errno);
        return 2;
    }
    /* CPython 3.9+: the main script's __file__ (and its code's filename,
     * shown in tracebacks) is absolute, and so is sys.path[0] */
    char *abs = realpath(path, NULL);
    const char *name = abs ? abs : path;
    const char *slash = strrchr(name, '/');
    RT_SETREF(vm.main_dir, slash ? rt_str_from_bytes(name, slash - name) : rt_str_empty());
    int status = vm_run_source(src, len, name);
    free(abs);
    rt_raw_free(src);
    return status;
}

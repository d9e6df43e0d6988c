/*
 * builtins.c -- the builtins module: print, len, isinstance, min/max/sum,
 * sorted, iter/next, getattr & co (enumerate/zip: builtins_iter.c), the
 * built-in types and exception classes (their constructors, str() list()
 * tuple() dict()..., are the types' own new_/init slots in runtime/).
 *
 * Every function uses the vector convention (rt_cfunc): positional values
 * then keyword values named by kwnames.  Messages follow CPython 3.11.
 */
#include <errno.h>
#include <math.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/func.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/range.h"
#include "runtime/slice.h"
#include "runtime/set.h"
#include "runtime/weakref.h"
#include "runtime/gchead.h"

#define BI(name) static rt_object *bi_##name(rt_object *self, rt_object *const *args, \
                                             intptr_t nargs, rt_object *kwnames)
#define UNUSED_SELF (void)self

static intptr_t nkw(rt_object *kwnames) { return kwnames ? RT_SIZE(kwnames) : 0; }

/* Keyword argument value (borrowed) or NULL; *bad set when an unknown
 * keyword was passed. */
static int parse_kw(const char *fname, rt_object *const *args, intptr_t nargs, rt_object *kwnames,
                    const char *const *allowed, rt_object **out)
{
    for (int i = 0; allowed[i]; i++)
        out[i] = NULL;
    for (intptr_t k = 0; k < nkw(kwnames); k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kwnames, k);
        int i;
        for (i = 0; allowed[i]; i++)
            if (rt_str_eq_cstr(name, allowed[i]))
                break;
        if (!allowed[i]) {
            /* CPython 3.11's keyword parser (getargs.c) words it this way for
             * every built-in; sorted() passes its keywords on to list.sort */
            rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()", rt_str_data(name),
                          strcmp(fname, "sorted") == 0 ? "sort" : fname);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

static rt_object *no_kwargs(const char *fname)
{
    return rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", fname);
}

/* A built-in without keyword parameters refuses any, before it counts its
 * positional arguments (CPython's METH_O/METH_FASTCALL call paths). */
#define NO_KWARGS(fname)                  \
    do {                                  \
        if (kwnames && RT_SIZE(kwnames))  \
            return no_kwargs(fname);      \
    } while (0)

static rt_object *nargs_error(const char *fname, intptr_t lo, intptr_t hi, intptr_t got)
{
    /* METH_O and METH_NOARGS functions word it one way, the functions that
     * check their positional count (_PyArg_CheckPositional) another */
    if (lo == hi && lo < 2)
        return rt_err_format(&rt_exc_TypeError, "%s() takes exactly %s (%ld given)", fname,
                             lo == 1 ? "one argument" : "no arguments", (long)got);
    if (lo == hi)
        return rt_err_format(&rt_exc_TypeError, "%s expected %ld arguments, got %ld", fname, (long)lo, (long)got);
    if (got < lo)
        return rt_err_format(&rt_exc_TypeError, "%s expected at least %ld argument%s, got %ld", fname,
                             (long)lo, lo == 1 ? "" : "s", (long)got);
    return rt_err_format(&rt_exc_TypeError, "%s expected at most %ld argument%s, got %ld", fname,
                         (long)hi, hi == 1 ? "" : "s", (long)got);
}

/* ---- print ----------------------------------------------------------------- */


/* sys.stdout / sys.stderr: a minimal text file writing to a FILE *. */
typedef struct vm_file {
    RT_OBJECT_HEAD
    int fd;                 /* 1: vm.out, 2: stderr */
} vm_file;

static FILE *file_stream(rt_object *f)
{
    return ((vm_file *)f)->fd == 2 ? stderr : vm.out;
}

/* A failed write or flush of a standard stream: OSError as CPython raises
 * it (a full disk: "[Errno 28] No space left on device"); what the stream
 * still buffers is dropped, as CPython's writer does, so that the exit
 * flush does not fail a second time.  Returns NULL. */
static rt_object *stream_error(FILE *out)
{
    int e = errno ? errno : EIO;
    clearerr(out);
    __fpurge(out);
    return rt_err_format(&rt_exc_OSError, "[Errno %d] %s", e, strerror(e));
}

/* What CPython's sys.stdout (a TextIOWrapper) allocates as it buffers:
 * each write's piece waits in pending_bytes until 8192 bytes are pending,
 * a flush is asked for, or (on a terminal, line-buffered) a piece holds a
 * newline; the second piece after a flush makes a list of the pieces, a
 * container that moves gen 0's count, and the flush frees it.  So a
 * program's first print moves the count once, and again only after each
 * 8 KB of output.  Only the counts are modelled (no object stands for the
 * list); the bytes themselves go to vm.out's own buffer. */
static struct {
    int pieces;             /* 0, 1, or 2 meaning "in a list" */
    intptr_t bytes;
    int tty;                /* -1 until known */
    rt_object *list;        /* the list's stand-in (free lists on), else counted by hand */
} pending = { 0, 0, -1, NULL };

#define PENDING_CHUNK 8192  /* TextIOWrapper's _CHUNK_SIZE */

void vm_out_pending_flush(void)
{
    rt_object *list = pending.list;
    bool counted = pending.pieces == 2 && !list;
    pending.list = NULL;
    pending.pieces = 0;
    if (list)
        rt_decref(list);     /* back to the free list, as list_dealloc */
    else if (counted)
        rt_gc_note_free();   /* the list's free, as a container's */
    pending.bytes = 0;
}

static void out_pending_write(rt_object *s)
{
    intptr_t n = rt_str_size(s);
    if (pending.tty < 0)
        pending.tty = isatty(fileno(vm.out));
    if (pending.bytes + n > PENDING_CHUNK) {
        vm_out_pending_flush();
        pending.pieces = 1;
    } else if (pending.pieces == 0) {
        pending.pieces = 1;
    } else if (pending.pieces == 1) {
        /* the list's allocation (PyList_New(2): from the free list when
         * it has one), counted as a container's; the collection it could
         * start is left to the next allocation, so that no collection
         * runs between a print's pieces */
        pending.pieces = 2;
        bool enabled = rt_gc.enabled;
        rt_gc.enabled = false;
        pending.list = rt_list_standin_take();
        rt_gc.enabled = enabled;
        if (!pending.list) {
            rt_gc.young_count++;
            rt_gc.heap_size++;
        }
    }
    pending.bytes += n;
    if (pending.bytes >= PENDING_CHUNK || (pending.tty && memchr(rt_str_data(s), '\n', (size_t)n)))
        vm_out_pending_flush();
}

static int put(FILE *out, rt_object *s)
{
    size_t n = (size_t)rt_str_size(s);
    if (out == vm.out)
        out_pending_write(s);
    return fwrite(rt_str_data(s), 1, n, out) == n ? 0 : -1;
}

static rt_object *file_write(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)kwnames;
    if (nargs != 1 || !rt_str_check(args[0]))
        return rt_err_set_string(&rt_exc_TypeError, "write() argument must be str");
    FILE *out = file_stream(self);
    if (out == stderr)
        fflush(vm.out);
    if (put(out, args[0]) < 0)
        return stream_error(out);
    return rt_int_from_i64(rt_str_len(args[0]));
}

static rt_object *file_flush(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    if (file_stream(self) == vm.out)
        vm_out_pending_flush();
    if (fflush(file_stream(self)) != 0)
        return stream_error(file_stream(self));
    return rt_none_new();
}

RT_NOSCAN static rt_method_def file_methods[] = {
    { "write", file_write, RT_METH_FASTCALL, NULL },
    { "flush", file_flush, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_object *file_repr(rt_object *o)
{
    return rt_str_from_format("<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>",
                              ((vm_file *)o)->fd == 2 ? "stderr" : "stdout");
}

RT_NOSCAN_TYPE rt_type vm_file_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "TextIOWrapper",
    .basicsize = sizeof(vm_file),
    .repr = file_repr,
    .methods = file_methods,
};

rt_object *vm_file_new(int fd)
{
    vm_file *f = (vm_file *)rt_object_new(&vm_file_type);
    if (f)
        f->fd = fd;
    return RT_OBJ(f);
}

/* Write s to file: a vm_file directly, anything else through .write(s). */
static int print_piece(rt_object *file, FILE *out, rt_object *s)
{
    if (!file) {
        if (put(out, s) == 0)
            return 0;
        stream_error(out);
        return -1;
    }
    rt_object *r = rt_call_method(file, "write", &s, 1);
    if (!r)
        return -1;
    rt_decref(r);
    return 0;
}

/* The pieces of print(*args, sep=, end=, file=, flush=) once parsed. */
static rt_object *print_args(rt_object *const *args, intptr_t nargs, rt_object *sep, rt_object *end,
                             rt_object *file, FILE *out, rt_object *flush)
{
    static rt_object *space, *newline;
    if (!space && (!(space = rt_str_intern_cstr(" ")) || !(newline = rt_str_intern_cstr("\n"))))
        return NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        if (i > 0 && print_piece(file, out, sep ? sep : space) < 0)
            return NULL;
        rt_object *s = rt_str_check_exact(args[i]) ? rt_newref(args[i]) : rt_str(args[i]);
        if (!s)
            return NULL;
        int r = print_piece(file, out, s);
        rt_decref(s);
        if (r < 0)
            return NULL;
    }
    if (print_piece(file, out, end ? end : newline) < 0)
        return NULL;
    if (flush && flush != RT_NONE && rt_is_true(flush) > 0) {
        if (file) {
            rt_object *r = rt_call_method(file, "flush", NULL, 0);
            if (!r)
                return NULL;
            rt_decref(r);
        } else {
            if (out == vm.out)
                vm_out_pending_flush();
            if (fflush(out) != 0)
                return stream_error(out);
        }
    }
    return rt_none_new();
}

/* CPython 3.11's print is an Argument Clinic function with *args: its
 * first call makes the parser's keyword tuple (kept), and a call with
 * arguments packs them in a tuple -- container allocations that move
 * gc.get_count() (a new tuple, or one from the free list). */
static rt_object *print_parser_keywords(void)
{
    rt_object *names[4] = { rt_str_intern_cstr("sep"), rt_str_intern_cstr("end"),
                            rt_str_intern_cstr("file"), rt_str_intern_cstr("flush") };
    rt_object *t = names[0] && names[1] && names[2] && names[3] ? rt_tuple_from_array(names, 4) : NULL;
    for (int i = 0; i < 4; i++)
        RT_XDECREF(names[i]);
    return t ? rt_keep(t) : NULL;
}

BI(print)
{
    UNUSED_SELF;
    static const char *const kws[] = { "sep", "end", "file", "flush", NULL };
    rt_object *kv[4];
    static rt_object *parser_keywords;
    if (!parser_keywords && !(parser_keywords = print_parser_keywords()))
        return NULL;
    if (parse_kw("print", args, nargs, kwnames, kws, kv) < 0)
        return NULL;
    rt_object *sep = kv[0] && kv[0] != RT_NONE ? kv[0] : NULL;
    rt_object *end = kv[1] && kv[1] != RT_NONE ? kv[1] : NULL;
    if ((sep && !rt_str_check(sep)) || (end && !rt_str_check(end)))
        return rt_err_format(&rt_exc_TypeError, "%s must be None or a string, not %s",
                             sep && !rt_str_check(sep) ? "sep" : "end",
                             rt_type_name(sep && !rt_str_check(sep) ? sep : end));
    FILE *out = vm.out;
    rt_object *file = NULL;      /* a non-standard file: written through .write() */
    if (kv[2] && kv[2] != RT_NONE) {
        if (RT_TYPE(kv[2]) == &vm_file_type) {
            out = file_stream(kv[2]);
            if (out == stderr)
                fflush(vm.out);
        } else {
            file = kv[2];
        }
    }
    rt_object *packed = nargs ? rt_tuple_from_array(args, nargs) : NULL;
    if (nargs && !packed)
        return NULL;
    rt_object *r = print_args(args, nargs, sep, end, file, out, kv[3]);
    RT_XDECREF(packed);
    return r;
}

/* ---- simple ones ------------------------------------------------------------ */

BI(len)
{
    UNUSED_SELF;
    if (nkw(kwnames))
        return no_kwargs("len");
    if (nargs != 1)
        return nargs_error("len", 1, 1, nargs);
    intptr_t n = rt_length(args[0]);
    return n < 0 ? NULL : rt_int_from_i64(n);
}

BI(id)
{
    UNUSED_SELF;
    NO_KWARGS("id");
    if (nargs != 1)
        return nargs_error("id", 1, 1, nargs);
    return rt_int_from_i64((int64_t)(intptr_t)args[0]);
}

BI(repr)
{
    UNUSED_SELF;
    NO_KWARGS("repr");
    if (nargs != 1)
        return nargs_error("repr", 1, 1, nargs);
    return rt_repr(args[0]);
}

BI(ascii)
{
    UNUSED_SELF;
    NO_KWARGS("ascii");
    if (nargs != 1)
        return nargs_error("ascii", 1, 1, nargs);
    return rt_ascii(args[0]);
}

BI(hash)
{
    UNUSED_SELF;
    NO_KWARGS("hash");
    if (nargs != 1)
        return nargs_error("hash", 1, 1, nargs);
    intptr_t h = rt_hash(args[0]);
    return h == -1 ? NULL : rt_int_from_i64(h);
}

BI(abs)
{
    UNUSED_SELF;
    NO_KWARGS("abs");
    if (nargs != 1)
        return nargs_error("abs", 1, 1, nargs);
    return rt_number_absolute(args[0]);
}

BI(callable)
{
    UNUSED_SELF;
    NO_KWARGS("callable");
    if (nargs != 1)
        return nargs_error("callable", 1, 1, nargs);
    return rt_bool_from(RT_TYPE(args[0])->call != NULL);
}

BI(getattr)
{
    UNUSED_SELF;
    NO_KWARGS("getattr");
    if (nargs < 2 || nargs > 3)
        return nargs_error("getattr", 2, 3, nargs);
    if (!rt_str_check(args[1]))
        return rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", rt_type_name(args[1]));
    if (nargs == 3) {
        rt_object *r = vm_getattr_or_absent(args[0], args[1]);
        return r || rt_err_occurred() ? r : rt_newref(args[2]);
    }
    return vm_getattr_fast(args[0], args[1]);   /* the type lookup cached, as CPython's */
}

BI(setattr)
{
    UNUSED_SELF;
    NO_KWARGS("setattr");
    if (nargs != 3)
        return nargs_error("setattr", 3, 3, nargs);
    if (!rt_str_check(args[1]))
        return rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", rt_type_name(args[1]));
    /* interned first, as CPython's PyObject_SetAttr, then stored as
     * STORE_ATTR stores (its type lookup through the attribute cache) */
    rt_object *name = rt_str_check_exact(args[1]) ? rt_str_intern(args[1]) : rt_newref(args[1]);
    if (!name)
        return NULL;
    int r = vm_setattr_fast(args[0], name, args[2]);
    rt_decref(name);
    return r < 0 ? NULL : rt_none_new();
}

BI(delattr)
{
    UNUSED_SELF;
    NO_KWARGS("delattr");
    if (nargs != 2)
        return nargs_error("delattr", 2, 2, nargs);
    return rt_setattr(args[0], args[1], NULL) < 0 ? NULL : rt_none_new();
}

BI(hasattr)
{
    UNUSED_SELF;
    NO_KWARGS("hasattr");
    if (nargs != 2)
        return nargs_error("hasattr", 2, 2, nargs);
    if (!rt_str_check(args[1]))
        return rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", rt_type_name(args[1]));
    /* CPython's _PyObject_LookupAttr, as three-argument getattr: a plain
     * miss makes no AttributeError object (one container fewer in
     * gc.get_count(), and no exception to build) */
    rt_object *r = vm_getattr_or_absent(args[0], args[1]);
    if (r) {
        rt_decref(r);
        return rt_bool_from(true);
    }
    return rt_err_occurred() ? NULL : rt_bool_from(false);
}

BI(iter)
{
    UNUSED_SELF;
    NO_KWARGS("iter");
    if (nargs == 2)
        return vm_callable_iter_new(args[0], args[1]);
    if (nargs != 1)
        return nargs_error("iter", 1, 2, nargs);
    return rt_get_iter(args[0]);
}

BI(next)
{
    UNUSED_SELF;
    NO_KWARGS("next");
    if (nargs < 1 || nargs > 2)
        return nargs_error("next", 1, 2, nargs);
    rt_object *it = args[0];
    if (!RT_TYPE(it)->iternext)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not an iterator", rt_type_name(it));
    rt_object *v = RT_TYPE(it)->iternext(it);
    if (v)
        return v;
    if (rt_err_occurred()) {
        if (!rt_err_matches(&rt_exc_StopIteration) || nargs < 2)
            return NULL;
        rt_err_clear();
    }
    if (nargs == 2)
        return rt_newref(args[1]);
    return rt_err_set_object(&rt_exc_StopIteration, NULL);
}

BI(build_class)
{
    UNUSED_SELF;
    return vm_build_class(args, nargs, kwnames);
}

BI(ord)
{
    UNUSED_SELF;
    NO_KWARGS("ord");
    if (nargs != 1)
        return nargs_error("ord", 1, 1, nargs);
    if (rt_byteslike_check(args[0])) {
        if (RT_SIZE(args[0]) != 1)
            return rt_err_format(&rt_exc_TypeError, "ord() expected a character, but string of length %ld found",
                                 (long)RT_SIZE(args[0]));
        return rt_int_from_i64((unsigned char)rt_byteslike_data(args[0])[0]);
    }
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "ord() expected string of length 1, but %s found",
                             args[0]->type->name);
    if (rt_str_len(args[0]) != 1)
        return rt_err_format(&rt_exc_TypeError, "ord() expected a character, but string of length %ld found",
                             rt_str_check(args[0]) ? (long)rt_str_len(args[0]) : 0L);
    const unsigned char *p = (const unsigned char *)rt_str_data(args[0]);
    int64_t cp = p[0];
    if (cp >= 0xf0) cp = ((cp & 7) << 18) | ((p[1] & 63) << 12) | ((p[2] & 63) << 6) | (p[3] & 63);
    else if (cp >= 0xe0) cp = ((cp & 15) << 12) | ((p[1] & 63) << 6) | (p[2] & 63);
    else if (cp >= 0xc0) cp = ((cp & 31) << 6) | (p[1] & 63);
    return rt_int_from_i64(cp);
}

BI(chr)
{
    UNUSED_SELF;
    NO_KWARGS("chr");
    if (nargs != 1)
        return nargs_error("chr", 1, 1, nargs);
    int c;   /* an Argument Clinic `int`: past it "... to convert to C int" */
    if (rt_number_as_cint(args[0], &c) < 0)
        return NULL;
    if (c < 0 || c > 0x10ffff)
        return rt_err_set_string(&rt_exc_ValueError, "chr() arg not in range(0x110000)");
    char b[4];
    int n;
    if (c < 0x80) { b[0] = (char)c; n = 1; }
    else if (c < 0x800) { b[0] = (char)(0xc0 | (c >> 6)); b[1] = (char)(0x80 | (c & 63)); n = 2; }
    else if (c < 0x10000) { b[0] = (char)(0xe0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 63)); b[2] = (char)(0x80 | (c & 63)); n = 3; }
    else { b[0] = (char)(0xf0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 63)); b[2] = (char)(0x80 | ((c >> 6) & 63)); b[3] = (char)(0x80 | (c & 63)); n = 4; }
    return rt_str_from_bytes(b, n);
}

BI(divmod)
{
    UNUSED_SELF;
    NO_KWARGS("divmod");
    if (nargs != 2)
        return nargs_error("divmod", 2, 2, nargs);
    return rt_number_divmod(args[0], args[1]);
}

/* Arguments bound as CPython 3.11's argument clinic binds them
 * (_PyArg_UnpackKeywords): the count with the keywords first, then a
 * missing one of the first `required`, then an unknown or repeated keyword.
 * out[0..n) gets the arguments, NULL for those not given; 0 / -1. */
static int bind_clinic(const char *fname, const char *const *names, int n, int required,
                       rt_object *const *args, intptr_t nargs, rt_object *kwnames, rt_object **out)
{
    /* past the positional fast path (keywords, or a count out of range):
     * the parser's keyword tuple, made once (names is NULL-terminated) */
    if (rt_clinic_kwtuple(NULL, fname, names, nkw(kwnames) > 0 || nargs < required || nargs > n) < 0)
        return -1;
    intptr_t total = nargs + nkw(kwnames);
    if (total > n) {
        rt_err_format(&rt_exc_TypeError, "%s() takes at most %d arguments (%ld given)", fname, n, (long)total);
        return -1;
    }
    for (int i = 0; i < n; i++)
        out[i] = i < nargs ? args[i] : NULL;
    rt_object *bad = NULL;
    for (intptr_t k = 0; k < nkw(kwnames); k++) {
        rt_object *name = RT_TUPLE_GET_ITEM(kwnames, k);
        int i = 0;
        while (i < n && !rt_str_eq_cstr(name, names[i]))
            i++;
        if (i == n || out[i])
            bad = bad ? bad : name;
        else
            out[i] = args[nargs + k];
    }
    for (int i = 0; i < required; i++)
        if (!out[i]) {
            rt_err_format(&rt_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
    for (int i = 0; bad && i < nargs; i++)
        if (rt_str_eq_cstr(bad, names[i])) {
            rt_err_format(&rt_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[i], i + 1);
            return -1;
        }
    if (bad) {
        rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for %s()", rt_str_data(bad), fname);
        return -1;
    }
    return 0;
}

/* pow(b, e, m) on ints: modular exponentiation (e < 0 through the
 * modular inverse), the result with m's sign as CPython. */
static rt_object *pow_mod(rt_object *const *args)
{
    bool any_float = false;
    for (int i = 0; i < 3; i++) {
        /* the first float or complex operand's slot answers (ternary_op) */
        if (!any_float && rt_complex_check(args[i]))
            return rt_err_set_string(&rt_exc_ValueError, "complex modulo");
        any_float |= rt_float_check(args[i]);
    }
    for (int i = 0; i < 3; i++) {
        if (rt_int_check(args[i]))
            continue;
        /* CPython's ternary_op: float's slot, once reached, refuses any
         * modulus; otherwise no slot accepts the three */
        if (any_float)
            return rt_err_set_string(&rt_exc_TypeError,
                                     "pow() 3rd argument not allowed unless all arguments are integers");
        return rt_err_format(&rt_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                             rt_type_name(args[0]), rt_type_name(args[1]), rt_type_name(args[2]));
    }
    if (!rt_int_is_small(args[0]) || !rt_int_is_small(args[1]) || !rt_int_is_small(args[2]))
        return rt_int_powmod(args[0], args[1], args[2]);
    int64_t b = RT_INT_VALUE(args[0]), e = RT_INT_VALUE(args[1]), m = RT_INT_VALUE(args[2]);
    if (m == 0)
        return rt_err_set_string(&rt_exc_ValueError, "pow() 3rd argument cannot be 0");
    __int128 mod = m < 0 ? -(__int128)m : m, base = b % mod;
    if (base < 0)
        base += mod;
    if (e < 0) {
        /* the inverse of base modulo mod, by the extended Euclid algorithm */
        __int128 r0 = mod, r1 = base, t0 = 0, t1 = 1;
        while (r1) {
            __int128 q = r0 / r1, tmp = r0 - q * r1;
            r0 = r1;
            r1 = tmp;
            tmp = t0 - q * t1;
            t0 = t1;
            t1 = tmp;
        }
        if (r0 != 1)
            return rt_err_set_string(&rt_exc_ValueError, "base is not invertible for the given modulus");
        base = t0 % mod;
        if (base < 0)
            base += mod;
    }
    __int128 r = 1 % mod;
    for (uint64_t u = e < 0 ? -(uint64_t)e : (uint64_t)e; u; u >>= 1) {
        if (u & 1)
            r = r * base % mod;
        base = base * base % mod;
    }
    if (m < 0 && r != 0)
        r -= mod;
    return rt_int_from_i64((int64_t)r);
}

BI(pow)
{
    UNUSED_SELF;
    static const char *const kws[] = { "base", "exp", "mod", NULL };
    rt_object *v[3];
    if (bind_clinic("pow", kws, 3, 2, args, nargs, kwnames, v) < 0)
        return NULL;
    if (v[2] && v[2] != RT_NONE) {
        /* a class's __pow__(exp, mod) (CPython's slot_nb_power never tries
         * __rpow__ with a modulus) */
        if (RT_TYPE(v[0])->flags & RT_TPFLAGS_HEAPTYPE) {
            rt_object *n = rt_str_intern_cstr("__pow__");
            rt_object *m = n ? rt_type_lookup(RT_TYPE(v[0]), n) : NULL;
            RT_XDECREF(n);
            if (!n)
                return NULL;
            if (m && RT_TYPE(m) == &vm_function_type) {
                rt_descrgetfunc get = RT_TYPE(m)->descr_get;
                rt_object *bound = get ? get(m, v[0], RT_OBJ(RT_TYPE(v[0]))) : rt_newref(m);
                if (!bound)
                    return NULL;
                rt_object *r = rt_call_vector(bound, v + 1, 2);
                rt_decref(bound);
                if (r != RT_NOTIMPLEMENTED)
                    return r;
                rt_decref(r);
            }
        }
        return pow_mod(v);
    }
    return rt_number_binop(v[0], v[1], RT_NB_POW);
}

/* round(d, n) for 0 <= n <= 22 without printf and strtod (which cost
 * hundreds of instructions a call, glibc's multi-precision printf): *out
 * is what CPython's _Py_dg_dtoa in mode 3 then strtod give, the exact
 * binary value of d rounded half to even at the 10**-n digit and read
 * back as the nearest double.  p = 10**n is exact (n <= 22); y = d * p
 * rounded, and fma gives the product's exact error e (E = y + e exactly).
 * While |y| < 2**52 every half-integer is a double, so one cannot lie
 * strictly between y and E (it would be nearer E than y is): E rounds as
 * y does, except when y is itself a half-integer and e != 0, where e's
 * sign decides.  The integer r is then exact, and r / p, one correctly
 * rounded division of exact operands, is the double nearest r * 10**-n,
 * as strtod of its decimal string is.  false: the general path. */
static bool round_digits_fast(double d, int n, double *out)
{
    static const double pow10[23] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    if (n > 22)
        return false;
    double p = pow10[n];
    double y = d * p;
    if (!(fabs(y) < 4503599627370496.0))   /* 2**52; NaN and inf too */
        return false;
    double r = nearbyint(y);
    if (fabs(y - r) == 0.5) {
        double e = fma(d, p, -y);
        if (e > 0)
            r = y + 0.5;
        else if (e < 0)
            r = y - 0.5;
    }
    *out = copysign(r, y) / p;   /* y + 0.5 of y = -0.5 is +0.0: the sign stays */
    return true;
}

BI(round)
{
    UNUSED_SELF;
    static const char *const names[] = { "number", "ndigits", NULL };
    rt_object *av[2];
    if (bind_clinic("round", names, 2, 1, args, nargs, kwnames, av) < 0)
        return NULL;
    args = av;
    nargs = av[1] ? 2 : 1;
    rt_object *x = args[0];
    bool has_n = nargs == 2 && args[1] != RT_NONE;
    if (RT_TYPE(x)->flags & RT_TPFLAGS_HEAPTYPE) {
        /* a class's own __round__ (an int or float subclass may have one),
         * called with ndigits only when it was given and not None */
        rt_object *name = rt_str_intern_cstr("__round__");
        rt_object *m = name ? rt_type_lookup(RT_TYPE(x), name) : NULL;
        rt_xdecref(name);
        if (rt_err_occurred())
            return NULL;
        if (m && (vm_function_check(m) || (!rt_int_check(x) && !rt_float_check(x))))
            return rt_call_method(x, "__round__", args + 1, has_n ? 1 : 0);
    }
    int64_t n = 0;
    if (has_n && rt_float_check(x)) {
        intptr_t c;   /* float.__round__ clamps ndigits to a Py_ssize_t */
        if (rt_number_as_ssize_clamped(args[1], &c) < 0)
            return NULL;
        n = c;
    } else if (has_n) {
        /* int.__round__ returns the int for any ndigits >= 0, however large */
        rt_object *nd = rt_number_index(args[1]);
        if (!nd)
            return NULL;
        n = rt_int_sign(nd) >= 0 ? 0 : rt_int_as_i64(nd);
        rt_decref(nd);
        if (n == -1 && rt_err_occurred())
            return NULL;
    }
    if (rt_int_check(x) && (!has_n || n >= 0))
        return rt_int_exact(x);
    if (rt_int_check(x)) {
        /* round half to even at the 10**-n digit, on ints of any size */
        rt_object *ten = rt_int_from_i64(10), *e = rt_int_from_i64(-n);
        rt_object *p = ten && e ? rt_number_binop(ten, e, RT_NB_POW) : NULL, *q = NULL, *r = NULL, *res = NULL;
        rt_xdecref(ten);
        rt_xdecref(e);
        if (p && rt_int_divmod(x, p, &q, &r) == 0) {
            rt_object *r2 = rt_int_add(r, r);
            int c = r2 ? rt_int_compare(r2, p) : 0;
            rt_xdecref(r2);
            bool odd = rt_int_is_small(q) ? (RT_INT_VALUE(q) & 1) : (rt_int_big_of(q)->limbs[0] & 1);
            rt_object *one = rt_int_from_i64(1);
            if (r2 && (c > 0 || (c == 0 && odd))) {
                rt_object *t = rt_int_add(q, one);
                rt_decref(q);
                q = t;
            }
            rt_xdecref(one);
            res = r2 && q ? rt_int_mul(q, p) : NULL;
        }
        rt_xdecref(p);
        rt_xdecref(q);
        rt_xdecref(r);
        return res;
    }
    if (rt_float_check(x)) {
        double d = RT_FLOAT_VALUE(x);
        if (!has_n) {
            if (isnan(d))
                return rt_err_set_string(&rt_exc_ValueError, "cannot convert float NaN to integer");
            if (isinf(d))
                return rt_err_set_string(&rt_exc_OverflowError, "cannot convert float infinity to integer");
            return rt_int_from_double(nearbyint(d));   /* half to even (default rounding mode) */
        }
        if (!isfinite(d) || n > 300)
            return rt_float_from_double(d);
        if (n < -308)
            return rt_float_from_double(0.0 * d);
        /* CPython rounds the exact binary value correctly: printf does too */
        double fast;
        if (n >= 0 && round_digits_fast(d, (int)n, &fast))
            return rt_float_from_double(fast);
        char buf[512];
        if (n >= 0) {
            snprintf(buf, sizeof buf, "%.*f", (int)n, d);
            return rt_float_from_double(strtod(buf, NULL));
        }
        double p = pow(10.0, (double)-n);
        double r = nearbyint(d / p) * p;
        return rt_float_from_double(r);
    }
    return rt_err_format(&rt_exc_TypeError, "type %s doesn't define __round__ method", rt_type_name(x));
}

BI(format)
{
    UNUSED_SELF;
    NO_KWARGS("format");
    if (nargs < 1 || nargs > 2)
        return nargs_error("format", 1, 2, nargs);
    if (nargs == 2 && !rt_str_check(args[1]))
        return rt_err_format(&rt_exc_TypeError, "format() argument 2 must be str, not %s",
                             rt_type_name(args[1]));
    return vm_format(args[0], nargs == 2 ? args[1] : NULL);
}

/* ---- iteration helpers: any, all, sum, min, max, sorted ---------------------------- */

static rt_object *any_all(rt_object *iterable, bool want)
{
    rt_object *it = rt_get_iter(iterable);
    if (!it)
        return NULL;
    rt_object *x;
    while ((x = rt_iter_next(it))) {
        int t = rt_is_true(x);
        rt_decref(x);
        if (t < 0) {
            rt_decref(it);
            return NULL;
        }
        if ((bool)t == want) {
            rt_decref(it);
            return rt_bool_from(want);
        }
    }
    rt_decref(it);
    return rt_err_occurred() ? NULL : rt_bool_from(!want);
}

BI(any)
{
    UNUSED_SELF;
    NO_KWARGS("any");
    if (nargs != 1)
        return nargs_error("any", 1, 1, nargs);
    return any_all(args[0], true);
}

BI(all)
{
    UNUSED_SELF;
    NO_KWARGS("all");
    if (nargs != 1)
        return nargs_error("all", 1, 1, nargs);
    return any_all(args[0], false);
}

/* The int of a 128-bit partial sum. */
static rt_object *sum_wide_result(__int128 wide)
{
    if (wide > INT64_MIN && wide <= INT64_MAX)
        return rt_int_from_i64((int64_t)wide);
    unsigned __int128 m = wide < 0 ? -(unsigned __int128)wide : (unsigned __int128)wide;
    uint32_t limbs[4] = { (uint32_t)m, (uint32_t)(m >> 32), (uint32_t)(m >> 64), (uint32_t)(m >> 96) };
    return rt_int_from_limbs(limbs, 4, wide < 0);
}

BI(sum)
{
    UNUSED_SELF;
    static const char *const kws[] = { "start", NULL };
    rt_object *kv[1];
    /* CPython's argument clinic: the keyword tuple past the fast path, the
     * counts before the keywords' names */
    if (rt_clinic_kwtuple(NULL, "sum", kws, nkw(kwnames) > 0 || nargs < 1 || nargs > 2) < 0)
        return NULL;
    if (nargs < 1)
        return rt_err_format(&rt_exc_TypeError, "sum() takes at least 1 positional argument (%ld given)",
                             (long)nargs);
    if (nargs + nkw(kwnames) > 2)
        return rt_err_format(&rt_exc_TypeError, "sum() takes at most 2 arguments (%ld given)",
                             (long)(nargs + nkw(kwnames)));
    if (parse_kw("sum", args, nargs, kwnames, kws, kv) < 0)
        return NULL;
    rt_object *acc = nargs == 2 ? rt_newref(args[1]) : kv[0] ? rt_newref(kv[0]) : rt_int_from_i64(0);
    if (rt_str_check(acc))
        return rt_decref(acc), rt_err_set_string(&rt_exc_TypeError,
                                                 "sum() can't sum strings [use ''.join(seq) instead]");
    rt_object *it = rt_get_iter(args[0]);
    if (!it) {
        rt_decref(acc);
        return NULL;
    }
    /* Small exact ints add up in 128 bits (acc is NULL meanwhile); the
     * first other operand continues from the int of the partial sum.  An
     * exact float sum adds in a C double while the items are exact floats
     * or small exact ints, as CPython's sum does (each step rounds as
     * float + float would, and (double) of a small int as float + int). */
    __int128 wide = 0;
    double fsum = 0;
    bool in_wide = RT_TYPE(acc) == &rt_int_type && rt_int_is_small(acc);
    bool in_float = false;
    if (in_wide) {
        wide = RT_INT_VALUE(acc);
        RT_CLEAR(acc);
    } else if (RT_TYPE(acc) == &rt_float_type) {
        in_float = true;
        fsum = RT_FLOAT_VALUE(acc);
        RT_CLEAR(acc);
    }
    rt_object *x;
    while ((x = rt_iter_next(it))) {
        if (in_wide) {
            if (RT_TYPE(x) == &rt_int_type && rt_int_is_small(x)) {
                wide += RT_INT_VALUE(x);
                rt_decref(x);
                continue;
            }
            in_wide = false;
            acc = sum_wide_result(wide);
            if (!acc) {
                rt_decref(x);
                break;
            }
        } else if (in_float) {
            if (RT_TYPE(x) == &rt_float_type) {
                fsum += RT_FLOAT_VALUE(x);
                rt_decref(x);
                continue;
            }
            if (RT_TYPE(x) == &rt_int_type && rt_int_is_small(x)) {
                fsum += (double)RT_INT_VALUE(x);
                rt_decref(x);
                continue;
            }
            in_float = false;
            acc = rt_float_from_double(fsum);
            if (!acc) {
                rt_decref(x);
                break;
            }
        }
        rt_object *r = rt_number_binop(acc, x, RT_NB_ADD);
        rt_decref(x);
        rt_decref(acc);
        acc = r;
        if (!acc)
            break;
        if (RT_TYPE(acc) == &rt_float_type) {
            in_float = true;
            fsum = RT_FLOAT_VALUE(acc);
            RT_CLEAR(acc);
        }
    }
    rt_decref(it);
    if (in_wide && !rt_err_occurred())
        acc = sum_wide_result(wide);
    if (in_float && !rt_err_occurred())
        acc = rt_float_from_double(fsum);
    if (rt_err_occurred()) {
        rt_xdecref(acc);
        return NULL;
    }
    return acc;
}

static rt_object *min_max(const char *fname, rt_object *const *args, intptr_t nargs,
                          rt_object *kwnames, int op)
{
    static const char *const kws[] = { "key", "default", NULL };
    rt_object *kv[2];
    /* CPython 3.11's min/max are METH_VARARGS | METH_KEYWORDS: the call
     * makes an argument tuple and, with keywords, a keyword dict (free-list
     * containers that show in gc.get_count()).  For one argument a tuple
     * shell stands in (the tuple of the multi-argument form below is
     * real), an empty dict for the keywords. */
    if (nargs == 1) {
        bool shell = rt_freelists_on();
        rt_object *t = shell ? rt_tuple_shell_take(1) : rt_tuple_from_array(args, 1);
        if (!t)
            return NULL;
        if (shell)
            rt_tuple_shell_give(t);
        else
            rt_decref(t);
    }
    if (kwnames && RT_SIZE(kwnames)) {
        rt_object *kwdict = rt_dict_new();
        if (!kwdict)
            return NULL;
        rt_decref(kwdict);
    }
    if (parse_kw(fname, args, nargs, kwnames, kws, kv) < 0)
        return NULL;
    rt_object *key = kv[0] == RT_NONE ? NULL : kv[0];
    if (nargs == 0)
        return rt_err_format(&rt_exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    rt_object *it;
    if (nargs == 1) {
        it = rt_get_iter(args[0]);
    } else {
        if (kv[1])
            return rt_err_format(&rt_exc_TypeError,
                                 "Cannot specify a default for %s() with multiple positional arguments", fname);
        rt_object *t = rt_tuple_from_array(args, nargs);
        if (!t)
            return NULL;
        it = rt_get_iter(t);
        rt_decref(t);
    }
    if (!it)
        return NULL;
    rt_object *best = NULL, *bestkey = NULL, *x;
    while ((x = rt_iter_next(it))) {
        rt_object *k = key ? vm_call(key, &x, 1, NULL) : rt_newref(x);
        if (!k) {
            rt_decref(x);
            goto fail;
        }
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int better = rt_richcompare_bool(k, bestkey, op);
        if (better < 0) {
            rt_decref(x);
            rt_decref(k);
            goto fail;
        }
        if (better) {
            RT_SETREF(best, x);
            RT_SETREF(bestkey, k);
        } else {
            rt_decref(x);
            rt_decref(k);
        }
    }
    if (rt_err_occurred())
        goto fail;
    rt_decref(it);
    RT_XDECREF(bestkey);
    if (!best) {
        if (kv[1])
            return rt_newref(kv[1]);
        return rt_err_format(&rt_exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
fail:
    rt_decref(it);
    RT_XDECREF(best);
    RT_XDECREF(bestkey);
    return NULL;
}

BI(min) { UNUSED_SELF; return min_max("min", args, nargs, kwnames, RT_LT); }
BI(max) { UNUSED_SELF; return min_max("max", args, nargs, kwnames, RT_GT); }

BI(sorted)
{
    UNUSED_SELF;
    static const char *const kws[] = { "key", "reverse", NULL };
    rt_object *kv[2];
    if (nargs != 1)     /* CPython unpacks sorted's tuple itself, before the keywords */
        return rt_err_format(&rt_exc_TypeError, "sorted expected 1 argument, got %ld", (long)nargs);
    /* the keywords go to list.sort (CPython calls it with them): its parser */
    if (rt_clinic_kwtuple(&rt_list_type, "sort", kws, nkw(kwnames) > 0) < 0
        || parse_kw("sorted", args, nargs, kwnames, kws, kv) < 0)
        return NULL;
    rt_object *l = rt_list_from_iterable(args[0]);
    if (!l)
        return NULL;
    int rev = kv[1] ? rt_list_sort_reverse_arg(kv[1]) : 0;
    if (rev < 0 || rt_list_sort(l, kv[0], rev) < 0) {
        rt_decref(l);
        return NULL;
    }
    return l;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): the
 * import statement's own algorithm (vm/import.c); relative names are
 * resolved against globals' __package__ / __name__. */
BI(__import__)
{
    UNUSED_SELF;
    static const char *const kws[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    rt_object *kv[5];
    if (parse_kw("__import__", args, nargs, kwnames, kws, kv) < 0)
        return NULL;
    if (nargs > 5)
        return nargs_error("__import__", 1, 5, nargs);
    for (intptr_t i = 0; i < nargs; i++) {
        if (kv[i])
            return rt_err_format(&rt_exc_TypeError, "argument for __import__() given by name ('%s') and position (%ld)",
                                 kws[i], (long)i + 1);
        kv[i] = args[i];
    }
    if (!kv[0])
        return rt_err_set_string(&rt_exc_TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!rt_str_check(kv[0]))
        return rt_err_set_string(&rt_exc_TypeError, "module name must be a string");
    int level = 0;
    if (kv[4]) {
        rt_object *lv = rt_number_index(kv[4]);
        if (!lv)
            return NULL;
        int64_t l = rt_int_as_i64(lv);
        rt_decref(lv);
        if (l == -1 && rt_err_occurred())
            return NULL;
        if (l < 0)
            return rt_err_set_string(&rt_exc_ValueError, "level must be >= 0");
        level = l > 1000 ? 1000 : (int)l;
    }
    rt_object *globals = kv[1] && kv[1] != RT_NONE ? kv[1] : NULL;
    if (globals && !rt_dict_check(globals))
        return rt_err_set_string(&rt_exc_TypeError, "globals must be a dict");
    return vm_import_name(kv[0], globals, kv[3], level);
}

/* ---- the table ---------------------------------------------------------------------- */

#define DEF(name) { #name, bi_##name, RT_METH_FASTCALL, NULL }
RT_NOSCAN static rt_method_def builtin_defs[] = {
    DEF(print), DEF(len), DEF(id), DEF(repr), DEF(ascii), DEF(hash),
    DEF(abs), DEF(callable), DEF(getattr), DEF(setattr), DEF(delattr), DEF(hasattr),
    DEF(iter), DEF(next), DEF(ord), DEF(chr), DEF(divmod), DEF(pow), DEF(round),
    DEF(any), DEF(all), DEF(sum), DEF(min), DEF(max), DEF(sorted),
    { "enumerate", vm_bi_enumerate, RT_METH_FASTCALL, NULL },
    { "zip", vm_bi_zip, RT_METH_FASTCALL, NULL }, DEF(format),
    { "__build_class__", bi_build_class, RT_METH_FASTCALL, NULL },
    { "__import__", bi___import__, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* rt_call_vector's path for Python functions: no argument tuple. */
static rt_object *call_function_vector(rt_object *f, rt_object *const *args, intptr_t nargs)
{
    return vm_call(f, args, nargs, NULL);
}

/* ExceptionGroup, made as CPython makes it: type("ExceptionGroup",
 * (BaseExceptionGroup, Exception), {"__module__": "builtins"}), a heap
 * type kept for the life of the process (rt_exc_ExceptionGroup). */
static int make_exception_group(rt_object *b)
{
    if (rt_exc_ExceptionGroup)
        return rt_dict_setitem_str(b, "ExceptionGroup", RT_OBJ(rt_exc_ExceptionGroup));
    rt_object *args[3] = { rt_str_from_cstr("ExceptionGroup"),
                           rt_tuple_pack(2, RT_OBJ(&rt_exc_BaseExceptionGroup), RT_OBJ(&rt_exc_Exception)),
                           rt_dict_new() };
    rt_object *mod = rt_str_from_cstr("builtins"), *t = NULL;
    if (args[0] && args[1] && args[2] && mod && rt_dict_setitem_str(args[2], "__module__", mod) == 0)
        t = rt_call_vector(RT_OBJ(&rt_type_type), args, 3);
    for (int i = 0; i < 3; i++)
        rt_xdecref(args[i]);
    rt_xdecref(mod);
    if (!t || rt_excgroup_set_type((rt_type *)t) < 0)
        return -1;
    return rt_dict_setitem_str(b, "ExceptionGroup", t);
}

int vm_builtins_init(rt_object *b)
{
    rt_call_vector_type = &vm_function_type;
    rt_call_vector_fn = call_function_vector;
    rt_round_hook = bi_round;   /* int.__round__, float.__round__ */
    rt_format_hook = vm_format_default;   /* object.__format__ */
    if (rt_type_ready(&vm_enumerate_type) < 0 || rt_type_ready(&vm_zip_type) < 0
        || rt_type_ready(&vm_file_type) < 0)
        return -1;
    for (rt_method_def *d = builtin_defs; d->name; d++) {
        rt_object *f = rt_cfunction_new(d, NULL);
        if (!f)
            return -1;
        int r = rt_dict_setitem_str(b, d->name, f);
        rt_decref(f);
        if (r < 0)
            return -1;
    }
    static const struct { const char *name; rt_type *t; } types[] = {
        { "object", &rt_object_type }, { "type", &rt_type_type }, { "int", &rt_int_type },
        { "float", &rt_float_type }, { "bool", &rt_bool_type }, { "str", &rt_str_type },
        { "list", &rt_list_type }, { "tuple", &rt_tuple_type }, { "dict", &rt_dict_type },
        { "range", &rt_range_type }, { "slice", &rt_slice_type },
        { "set", &rt_set_type }, { "frozenset", &rt_frozenset_type }, { "complex", &rt_complex_type },
        { "staticmethod", &vm_staticmethod_type }, { "classmethod", &vm_classmethod_type },
        { "property", &vm_property_type }, { "super", &vm_super_type },
        { "BaseException", &rt_exc_BaseException }, { "Exception", &rt_exc_Exception },
        { "SystemExit", &rt_exc_SystemExit }, { "KeyboardInterrupt", &rt_exc_KeyboardInterrupt },
        { "StopIteration", &rt_exc_StopIteration }, { "ArithmeticError", &rt_exc_ArithmeticError },
        { "FloatingPointError", &rt_exc_FloatingPointError },
        { "ZeroDivisionError", &rt_exc_ZeroDivisionError }, { "OverflowError", &rt_exc_OverflowError },
        { "AssertionError", &rt_exc_AssertionError }, { "AttributeError", &rt_exc_AttributeError },
        { "LookupError", &rt_exc_LookupError }, { "IndexError", &rt_exc_IndexError },
        { "KeyError", &rt_exc_KeyError }, { "MemoryError", &rt_exc_MemoryError },
        { "NameError", &rt_exc_NameError }, { "UnboundLocalError", &rt_exc_UnboundLocalError },
        { "RuntimeError", &rt_exc_RuntimeError }, { "RecursionError", &rt_exc_RecursionError },
        { "NotImplementedError", &rt_exc_NotImplementedError }, { "SyntaxError", &rt_exc_SyntaxError },
        { "IndentationError", &rt_exc_IndentationError }, { "TabError", &rt_exc_TabError }, { "TypeError", &rt_exc_TypeError },
        { "ValueError", &rt_exc_ValueError }, { "ImportError", &rt_exc_ImportError },
        { "ModuleNotFoundError", &rt_exc_ModuleNotFoundError },
        { "ReferenceError", &rt_exc_ReferenceError }, { "OSError", &rt_exc_OSError },
        { "GeneratorExit", &rt_exc_GeneratorExit }, { "BaseExceptionGroup", &rt_exc_BaseExceptionGroup },
        { "UnicodeError", &rt_exc_UnicodeError }, { "UnicodeDecodeError", &rt_exc_UnicodeDecodeError },
        { "UnicodeEncodeError", &rt_exc_UnicodeEncodeError },
        { "IOError", &rt_exc_OSError }, { "EnvironmentError", &rt_exc_OSError },
        { "BlockingIOError", &rt_exc_BlockingIOError }, { "ChildProcessError", &rt_exc_ChildProcessError },
        { "ConnectionError", &rt_exc_ConnectionError }, { "BrokenPipeError", &rt_exc_BrokenPipeError },
        { "ConnectionAbortedError", &rt_exc_ConnectionAbortedError },
        { "ConnectionRefusedError", &rt_exc_ConnectionRefusedError },
        { "ConnectionResetError", &rt_exc_ConnectionResetError },
        { "FileExistsError", &rt_exc_FileExistsError }, { "FileNotFoundError", &rt_exc_FileNotFoundError },
        { "InterruptedError", &rt_exc_InterruptedError }, { "IsADirectoryError", &rt_exc_IsADirectoryError },
        { "NotADirectoryError", &rt_exc_NotADirectoryError }, { "PermissionError", &rt_exc_PermissionError },
        { "ProcessLookupError", &rt_exc_ProcessLookupError }, { "TimeoutError", &rt_exc_TimeoutError },
        { "bytes", &rt_bytes_type }, { "bytearray", &rt_bytearray_type },
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (rt_dict_setitem_str(b, types[i].name, RT_OBJ(types[i].t)) < 0)
            return -1;
    if (vm_builtins_ext_init(b) < 0 || vm_strformat_init() < 0 || make_exception_group(b) < 0)
        return -1;
    if (rt_dict_setitem_str(b, "None", RT_NONE) < 0
        || rt_dict_setitem_str(b, "NotImplemented", RT_NOTIMPLEMENTED) < 0
        || rt_dict_setitem_str(b, "True", RT_TRUE) < 0
        || rt_dict_setitem_str(b, "False", RT_FALSE) < 0)
        return -1;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(b, &pos, &k, &v))
        if (rt_str_check(k))
            rt_cpython_note_provided("builtins", rt_str_data(k));
    return 0;
}

/*
 * error.c -- the current exception and the built-in exception classes.
 *
 * Invariants kept here:
 *   - at most one exception is current, and it is always an instance
 *     (normalised), owned by this module until fetched;
 *   - the exception classes form CPython's hierarchy, are subclassable
 *     (heap types add nothing: rt_exception already has __dict__ and
 *     weakref slots), and print as CPython 3.11 prints them;
 *   - raising MemoryError never allocates: one instance is made at start-up
 *     and reused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"
#include "runtime/instattr.h"
#include "runtime/slice.h"
#include "runtime/float.h"

static rt_object *current;
static rt_object *memory_error_instance;

/* ---- the exception object ------------------------------------------------ */

static rt_object *exc_alloc(rt_type *t, rt_object *args)
{
    rt_exception *e = (rt_exception *)rt_object_new(t);
    if (!e)
        return NULL;
    e->args = args ? rt_newref(args) : rt_tuple_new(0);
    if (!e->args) {
        RT_DECREF(e);
        return NULL;
    }
    rt_gc_track(RT_OBJ(e));
    return RT_OBJ(e);
}

/* StopIteration's value (its first argument or None) and SystemExit's
 * code (None, the one argument, or the arguments), as their __init__
 * sets them; any other exception is left alone. */
static void set_value_field(rt_object *e)
{
    bool stop = rt_isinstance_type(e, &rt_exc_StopIteration);
    if (!stop && !rt_isinstance_type(e, &rt_exc_SystemExit))
        return;
    rt_object *args = ((rt_exception *)e)->args;
    intptr_t n = RT_SIZE(args);
    rt_object *v = n == 0 ? RT_NONE : n == 1 || stop ? RT_TUPLE_GET_ITEM(args, 0) : args;
    RT_SETREF(((rt_exc_value *)e)->value, rt_newref(v));
}

rt_object *rt_exception_new(rt_type *type, rt_object *args)
{
    rt_object *e = exc_alloc(type, args);
    /* as ImportError's __init__ would: its msg is the one argument */
    if (e && rt_isinstance_type(e, &rt_exc_ImportError) && RT_SIZE(((rt_exception *)e)->args) == 1)
        ((rt_exc_import *)e)->msg = rt_newref(RT_TUPLE_GET_ITEM(((rt_exception *)e)->args, 0));
    if (e)
        set_value_field(e);
    return e;
}

static rt_object *exc_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)kwargs;
    return exc_alloc(t, args);
}

static int exc_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", self->type->name);
        return -1;
    }
    RT_SETREF(((rt_exception *)self)->args, rt_newref(args));
    return 0;
}

static int value_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    if (exc_init(self, args, kwargs) < 0)
        return -1;
    set_value_field(self);
    return 0;
}

/* NameError(name=), AttributeError(name=, obj=), ImportError(name=,
 * path=): the keywords CPython 3.11 accepts, stored in the fields named
 * after them; ImportError's msg is its one argument. */
static int named_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    rt_type *sb = self->type;
    while (sb->flags & RT_TPFLAGS_HEAPTYPE)
        sb = sb->base;
    bool import = sb->basicsize == sizeof(rt_exc_import);
    rt_object **name = import ? &((rt_exc_import *)self)->name : &((rt_exc_attribute *)self)->name;
    rt_object **other = import ? &((rt_exc_import *)self)->path
                      : sb->basicsize == sizeof(rt_exc_attribute) ? &((rt_exc_attribute *)self)->obj : NULL;
    const char *other_name = import ? "path" : "obj";
    const char *fname = import ? "ImportError" : other ? "AttributeError" : "NameError";
    intptr_t pos = 0;
    rt_object *k, *v;
    while (kwargs && rt_dict_next(kwargs, &pos, &k, &v)) {
        if (rt_str_eq_cstr(k, "name"))
            RT_SETREF(*name, v == RT_NONE ? NULL : rt_newref(v));
        else if (other && rt_str_eq_cstr(k, other_name))
            RT_SETREF(*other, v == RT_NONE ? NULL : rt_newref(v));
        else {
            rt_err_format(&rt_exc_TypeError, "%R is an invalid keyword argument for %s()", k, fname);
            return -1;
        }
    }
    RT_SETREF(((rt_exception *)self)->args, rt_newref(args));
    if (import)
        RT_SETREF(((rt_exc_import *)self)->msg, RT_SIZE(args) == 1 ? rt_newref(RT_TUPLE_GET_ITEM(args, 0)) : NULL);
    return 0;
}

/* The fields a built-in class adds after rt_exception (error.h): its
 * instances' static base says how many. */
static rt_object **extra_fields(rt_object *o, intptr_t *n)
{
    rt_type *t = o->type;
    while (t->flags & RT_TPFLAGS_HEAPTYPE)
        t = t->base;
    *n = (t->basicsize - (intptr_t)sizeof(rt_exception)) / (intptr_t)sizeof(rt_object *);
    return (rt_object **)((char *)o + sizeof(rt_exception));
}

/* CPython's order, which gc.get_referents shows: a class's added fields
 * first (AttributeError's obj before its name), then the base's. */
static int exc_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    rt_exception *e = (rt_exception *)o;
    intptr_t n;
    rt_object **extra = extra_fields(o, &n);
    if (n == 2 && rt_isinstance_type(o, &rt_exc_AttributeError)) {
        RT_VISIT(extra[1]);
        RT_VISIT(extra[0]);
    } else {
        for (intptr_t i = 0; i < n; i++)
            RT_VISIT(extra[i]);
    }
    RT_VISIT(e->dict);
    RT_VISIT(e->args);
    RT_VISIT(e->traceback);
    RT_VISIT(e->cause);
    RT_VISIT(e->context);
    return 0;
}

static int exc_clear(rt_object *o)
{
    rt_exception *e = (rt_exception *)o;
    RT_CLEAR(e->args);
    RT_CLEAR(e->traceback);
    RT_CLEAR(e->context);
    RT_CLEAR(e->cause);
    RT_CLEAR(e->dict);
    intptr_t n;
    rt_object **extra = extra_fields(o, &n);
    for (intptr_t i = 0; i < n; i++)
        RT_CLEAR(extra[i]);
    return 0;
}

static void exc_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, exc_dealloc)
        exc_clear(o);
        rt_object_free(o);
    RT_TRASHCAN_END
}

static rt_object *exc_str(rt_object *o)
{
    rt_object *args = ((rt_exception *)o)->args;
    intptr_t n = args ? RT_SIZE(args) : 0;
    if (n == 0)
        return rt_str_empty();
    if (n == 1)
        return rt_str(RT_TUPLE_GET_ITEM(args, 0));
    return rt_str(args);
}

/* KeyError('a') prints as 'a': the key's repr, so that an empty-string key
 * is still visible in a traceback. */
static rt_object *keyerror_str(rt_object *o)
{
    rt_object *args = ((rt_exception *)o)->args;
    if (args && RT_SIZE(args) == 1)
        return rt_repr(RT_TUPLE_GET_ITEM(args, 0));
    return exc_str(o);
}

static rt_object *exc_repr(rt_object *o)
{
    rt_object *args = ((rt_exception *)o)->args;
    const char *name = o->type->name;
    if (args && RT_SIZE(args) == 1)
        return rt_str_from_format("%s(%R)", name, RT_TUPLE_GET_ITEM(args, 0));
    if (!args)
        return rt_str_from_format("%s()", name);
    return rt_str_from_format("%s%R", name, args);
}

/* ImportError prints its msg when that is a str. */
static rt_object *import_str(rt_object *o)
{
    rt_object *msg = ((rt_exc_import *)o)->msg;
    if (msg && rt_str_check_exact(msg))
        return rt_newref(msg);
    return exc_str(o);
}

rt_object *rt_exception_str(rt_object *exc) { return rt_str(exc); }

void (*rt_print_exception_hook)(rt_object *exc);

void rt_write_unraisable(const char *where, rt_object *obj)
{
    rt_object *exc = rt_err_fetch();
    if (!exc)
        return;
    fflush(stdout);
    if (obj || where) {
        rt_object *r = obj ? rt_repr(obj) : NULL;
        if (!r)
            rt_err_clear();
        fprintf(stderr, "Exception ignored %s: %s\n", where ? where : "in", r ? rt_str_data(r) : "<object>");
        RT_XDECREF(r);
    }
    if (rt_print_exception_hook) {
        rt_print_exception_hook(exc);
    } else {
        rt_object *msg = rt_exception_str(exc);
        if (!msg)
            rt_err_clear();
        const char *text = msg ? rt_str_data(msg) : "";
        fprintf(stderr, "%s%s%s\n", exc->type->name, *text ? ": " : "", text);
        RT_XDECREF(msg);
    }
    RT_DECREF(exc);
    rt_err_clear();
}

static rt_object *get_field(rt_object *self, void *offset)
{
    rt_object *v = *(rt_object **)((char *)self + (intptr_t)offset);
    return rt_newref(v ? v : RT_NONE);
}

/* A member's setter (CPython's T_OBJECT): the value as given, None
 * included; deleting leaves NULL, read as None. */
static int set_member(rt_object *self, rt_object *value, void *offset)
{
    rt_object **slot = (rt_object **)((char *)self + (intptr_t)offset);
    RT_SETREF(*slot, value ? rt_newref(value) : NULL);
    return 0;
}

static int set_field(rt_object *self, rt_object *value, void *offset)
{
    rt_object **slot = (rt_object **)((char *)self + (intptr_t)offset);
    if (!value) {
        rt_err_set_string(&rt_exc_TypeError, "can't delete exception attribute");
        return -1;
    }
    RT_SETREF(*slot, value == RT_NONE ? NULL : rt_newref(value));
    return 0;
}

rt_type *rt_traceback_type;

static int set_traceback(rt_object *self, rt_object *value, void *offset)
{
    if (!value) {
        rt_err_set_string(&rt_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != RT_NONE && RT_TYPE(value) != rt_traceback_type) {
        rt_err_set_string(&rt_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    return set_field(self, value, offset);
}

static int set_args(rt_object *self, rt_object *value, void *c)
{
    (void)c;
    if (!value) {
        rt_err_set_string(&rt_exc_TypeError, "args may not be deleted");
        return -1;
    }
    rt_object *t = rt_tuple_check(value) ? rt_newref(value) : rt_tuple_from_iterable(value);
    if (!t)
        return -1;
    RT_SETREF(((rt_exception *)self)->args, t);
    return 0;
}

/* __context__ holds an exception or nothing (the VM walks the chain). */
static int set_context(rt_object *self, rt_object *value, void *offset)
{
    if (value && value != RT_NONE && !rt_is_exception(value)) {
        rt_err_set_string(&rt_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    return set_field(self, value, offset);
}

/* Setting __cause__ also sets __suppress_context__, as CPython's setter. */
static int set_cause(rt_object *self, rt_object *value, void *offset)
{
    if (value && value != RT_NONE && !rt_is_exception(value)) {
        rt_err_set_string(&rt_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    if (set_field(self, value, offset) < 0)
        return -1;
    ((rt_exception *)self)->suppress_context = true;
    return 0;
}

static rt_object *get_suppress(rt_object *self, void *c)
{
    (void)c;
    return rt_bool_from(((rt_exception *)self)->suppress_context);
}

static int set_suppress(rt_object *self, rt_object *value, void *c)
{
    (void)c;
    if (!value) {
        rt_err_set_string(&rt_exc_TypeError, "can't delete exception attribute");
        return -1;
    }
    int t = rt_is_true(value);
    if (t < 0)
        return -1;
    ((rt_exception *)self)->suppress_context = t;
    return 0;
}

#define FIELD(f) ((void *)offsetof(rt_exception, f))
RT_NOSCAN static rt_getset_def exc_getsets[] = {
    { "args", get_field, set_args, FIELD(args) },
    { "__traceback__", get_field, set_traceback, FIELD(traceback) },
    { "__context__", get_field, set_context, FIELD(context) },
    { "__cause__", get_field, set_cause, FIELD(cause) },
    { "__suppress_context__", get_suppress, set_suppress, NULL },
    { "__dict__", rt_instattr_dict_getter, rt_instattr_dict_setter, RT_INSTATTR_DICT_UNDELETABLE },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN static rt_getset_def name_getsets[] = {
    { "name", get_field, set_field, (void *)offsetof(rt_exc_attribute, name) },
    { NULL, NULL, NULL, NULL },
};
RT_NOSCAN static rt_getset_def attribute_getsets[] = {
    { "name", get_field, set_field, (void *)offsetof(rt_exc_attribute, name) },
    { "obj", get_field, set_field, (void *)offsetof(rt_exc_attribute, obj) },
    { NULL, NULL, NULL, NULL },
};
RT_NOSCAN static rt_getset_def import_getsets[] = {
    { "msg", get_field, set_field, (void *)offsetof(rt_exc_import, msg) },
    { "name", get_field, set_field, (void *)offsetof(rt_exc_import, name) },
    { "path", get_field, set_field, (void *)offsetof(rt_exc_import, path) },
    { NULL, NULL, NULL, NULL },
};

/* StopIteration.value and SystemExit.code: members (deleting one leaves
 * None to read). */
RT_NOSCAN static rt_getset_def stopiteration_getsets[] = {
    { "value", get_field, set_member, (void *)offsetof(rt_exc_value, value) },
    { NULL, NULL, NULL, NULL },
};
RT_NOSCAN static rt_getset_def systemexit_getsets[] = {
    { "code", get_field, set_member, (void *)offsetof(rt_exc_value, value) },
    { NULL, NULL, NULL, NULL },
};

/* UnicodeDecodeError / UnicodeEncodeError: args are (encoding, object,
 * start, end, reason), and the message is built from them as CPython's. */
static rt_object *unicode_arg(rt_object *self, void *c)
{
    rt_object *args = ((rt_exception *)self)->args;
    intptr_t i = (intptr_t)c;
    return rt_newref(args && RT_SIZE(args) == 5 ? RT_TUPLE_GET_ITEM(args, i) : RT_NONE);
}
RT_NOSCAN static rt_getset_def unicode_getsets[] = {
    { "encoding", unicode_arg, NULL, (void *)0 }, { "object", unicode_arg, NULL, (void *)1 },
    { "start", unicode_arg, NULL, (void *)2 }, { "end", unicode_arg, NULL, (void *)3 },
    { "reason", unicode_arg, NULL, (void *)4 }, { NULL, NULL, NULL, NULL },
};

static rt_object *unicode_error_str(rt_object *o)
{
    rt_object *args = ((rt_exception *)o)->args;
    if (!args || RT_SIZE(args) != 5 || !rt_int_check(RT_TUPLE_GET_ITEM(args, 2))
        || !rt_int_check(RT_TUPLE_GET_ITEM(args, 3)))
        return exc_str(o);
    rt_object *enc = RT_TUPLE_GET_ITEM(args, 0), *obj = RT_TUPLE_GET_ITEM(args, 1);
    rt_object *reason = RT_TUPLE_GET_ITEM(args, 4);
    int64_t start = RT_INT_VALUE(RT_TUPLE_GET_ITEM(args, 2)), end = RT_INT_VALUE(RT_TUPLE_GET_ITEM(args, 3));
    if (rt_bytes_check(obj) && start >= 0 && start < RT_SIZE(obj)) {
        if (end == start + 1)
            return rt_str_from_format("'%S' codec can't decode byte 0x%02x in position %ld: %S", enc,
                                      (unsigned char)rt_bytes_data(obj)[start], (long)start, reason);
        return rt_str_from_format("'%S' codec can't decode bytes in position %ld-%ld: %S", enc, (long)start,
                                  (long)(end - 1), reason);
    }
    if (rt_str_check(obj) && start >= 0 && start < rt_str_len(obj)) {
        if (end != start + 1)
            return rt_str_from_format("'%S' codec can't encode characters in position %ld-%ld: %S", enc,
                                      (long)start, (long)(end - 1), reason);
        /* the code point at start, escaped as CPython shows it */
        const unsigned char *d = (const unsigned char *)rt_str_data(obj);
        intptr_t n = rt_str_size(obj), i = 0;
        for (int64_t k = 0; k < start && i < n; k++)
            do i++; while (i < n && (d[i] & 0xC0) == 0x80);
        unsigned long cp = d[i];
        int more = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
        if (more)
            cp &= 0x3F >> more;
        for (int k = 1; k <= more && i + k < n; k++)
            cp = cp << 6 | (d[i + k] & 0x3F);
        const char *fmt = cp < 0x100 ? "'%S' codec can't encode character '\\x%02lx' in position %ld: %S"
                        : cp < 0x10000 ? "'%S' codec can't encode character '\\u%04lx' in position %ld: %S"
                                       : "'%S' codec can't encode character '\\U%08lx' in position %ld: %S";
        return rt_str_from_format(fmt, enc, cp, (long)start, reason);
    }
    return exc_str(o);
}

/* ---- OSError ------------------------------------------------------------------ */

static rt_object *os_new(rt_type *t, rt_object *args, rt_object *kwargs);
static int os_init(rt_object *self, rt_object *args, rt_object *kwargs);

/* A class that defines its own __init__ (and keeps OSError's __new__) has
 * its arguments parsed by OSError.__init__ when it calls it; any other
 * parses them in __new__, as CPython's oserror_use_init decides. */
static bool os_use_init(rt_type *t) { return t->init != os_init && t->new_ == os_new; }

/* With 2 to 5 arguments (errno, strerror, filename, winerror, filename2)
 * the fields are set; a filename other than None is kept out of args,
 * which become (errno, strerror), except that BlockingIOError's third
 * argument, when a number, is characters_written.  winerror is Windows'. */
static int os_parse(rt_object *self, rt_object *args)
{
    rt_exc_os *e = (rt_exc_os *)self;
    intptr_t n = RT_SIZE(args);
    rt_object *kept = rt_newref(args);
    if (n >= 2 && n <= 5) {
        rt_object *filename = n > 2 ? RT_TUPLE_GET_ITEM(args, 2) : RT_NONE;
        rt_object *filename2 = n > 4 ? RT_TUPLE_GET_ITEM(args, 4) : RT_NONE;
        if (filename != RT_NONE && self->type == &rt_exc_BlockingIOError
            && (rt_index_check(filename) || rt_float_check(filename))) {
            intptr_t w = rt_number_as_ssize_arg(filename);
            rt_object *wo = w == -1 && rt_err_occurred() ? NULL : rt_int_from_i64(w);
            if (!wo) {
                RT_DECREF(kept);
                return -1;
            }
            RT_SETREF(e->written, wo);
        } else if (filename != RT_NONE) {
            RT_SETREF(e->filename, rt_newref(filename));
            if (filename2 != RT_NONE)
                RT_SETREF(e->filename2, rt_newref(filename2));
            RT_DECREF(kept);
            kept = rt_tuple_pack(2, RT_TUPLE_GET_ITEM(args, 0), RT_TUPLE_GET_ITEM(args, 1));
            if (!kept)
                return -1;
        }
        RT_SETREF(e->myerrno, rt_newref(RT_TUPLE_GET_ITEM(args, 0)));
        RT_SETREF(e->strerror, rt_newref(RT_TUPLE_GET_ITEM(args, 1)));
    }
    RT_SETREF(e->base.args, kept);
    return 0;
}

/* The errno values CPython 3.11 maps to a subclass when OSError itself is
 * called (its errnomap); the platform's <errno.h> numbers. */
static const struct { int code; rt_type *type; } errno_map[] = {
    { EAGAIN, &rt_exc_BlockingIOError }, { EALREADY, &rt_exc_BlockingIOError },
    { EINPROGRESS, &rt_exc_BlockingIOError }, { EWOULDBLOCK, &rt_exc_BlockingIOError },
    { EPIPE, &rt_exc_BrokenPipeError }, { ESHUTDOWN, &rt_exc_BrokenPipeError },
    { ECHILD, &rt_exc_ChildProcessError }, { ECONNABORTED, &rt_exc_ConnectionAbortedError },
    { ECONNREFUSED, &rt_exc_ConnectionRefusedError }, { ECONNRESET, &rt_exc_ConnectionResetError },
    { EEXIST, &rt_exc_FileExistsError }, { ENOENT, &rt_exc_FileNotFoundError },
    { EISDIR, &rt_exc_IsADirectoryError }, { ENOTDIR, &rt_exc_NotADirectoryError },
    { EINTR, &rt_exc_InterruptedError }, { EACCES, &rt_exc_PermissionError },
    { EPERM, &rt_exc_PermissionError }, { ESRCH, &rt_exc_ProcessLookupError },
    { ETIMEDOUT, &rt_exc_TimeoutError },
};

static rt_type *errno_subclass(rt_object *code)
{
    if (!rt_int_check(code))
        return NULL;
    int64_t v = rt_int_as_i64(code);
    if (v == -1 && rt_err_occurred()) {   /* too big for any errno */
        rt_err_clear();
        return NULL;
    }
    for (size_t i = 0; i < sizeof errno_map / sizeof *errno_map; i++)
        if (errno_map[i].code == v)
            return errno_map[i].type;
    return NULL;
}

static rt_object *os_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    bool parse = !os_use_init(t);
    if (parse) {
        if (kwargs && rt_dict_size(kwargs) > 0)
            return rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", t->name);
        rt_type *sub;
        if (t == &rt_exc_OSError && RT_SIZE(args) >= 2 && RT_SIZE(args) <= 5
            && (sub = errno_subclass(RT_TUPLE_GET_ITEM(args, 0))) != NULL)
            t = sub;
    }
    rt_object *e = exc_alloc(t, args);
    if (e && parse && os_parse(e, args) < 0)
        RT_CLEAR(e);
    return e;
}

static int os_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    if (!os_use_init(self->type))
        return 0;   /* __new__ did it */
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", self->type->name);
        return -1;
    }
    return os_parse(self, args);
}

static rt_object *os_str(rt_object *o)
{
    rt_exc_os *e = (rt_exc_os *)o;
    rt_object *code = e->myerrno ? e->myerrno : RT_NONE, *msg = e->strerror ? e->strerror : RT_NONE;
    if (e->filename && e->filename2)
        return rt_str_from_format("[Errno %S] %S: %R -> %R", code, msg, e->filename, e->filename2);
    if (e->filename)
        return rt_str_from_format("[Errno %S] %S: %R", code, msg, e->filename);
    if (e->myerrno && e->strerror)
        return rt_str_from_format("[Errno %S] %S", code, msg);
    return exc_str(o);
}

/* The fields are plain members, as CPython's: any value, None when unset,
 * deletable. */

static rt_object *get_written(rt_object *self, void *c)
{
    (void)c;
    rt_object *w = ((rt_exc_os *)self)->written;
    return w ? rt_newref(w) : rt_err_set_string(&rt_exc_AttributeError, "characters_written");
}

static int set_written(rt_object *self, rt_object *value, void *c)
{
    (void)c;
    rt_exc_os *e = (rt_exc_os *)self;
    if (!value) {
        if (!e->written) {
            rt_err_set_string(&rt_exc_AttributeError, "characters_written");
            return -1;
        }
        RT_CLEAR(e->written);
        return 0;
    }
    intptr_t w = rt_number_as_ssize_arg(value);
    rt_object *wo = w == -1 && rt_err_occurred() ? NULL : rt_int_from_i64(w);
    if (!wo)
        return -1;
    RT_SETREF(e->written, wo);
    return 0;
}

#define OS_FIELD(f) ((void *)offsetof(rt_exc_os, f))
RT_NOSCAN static rt_getset_def os_getsets[] = {
    { "errno", get_field, set_member, OS_FIELD(myerrno) },
    { "strerror", get_field, set_member, OS_FIELD(strerror) },
    { "filename", get_field, set_member, OS_FIELD(filename) },
    { "filename2", get_field, set_member, OS_FIELD(filename2) },
    { NULL, NULL, NULL, NULL },
};
RT_NOSCAN static rt_getset_def blocking_getsets[] = {
    { "characters_written", get_written, set_written, NULL },
    { NULL, NULL, NULL, NULL },
};

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno[,
 * end_offset]])): the fields from the arguments, as CPython's
 * SyntaxError_init (any other number of arguments sets no field). */
static int syntax_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    if (exc_init(self, args, kwargs) < 0)
        return -1;
    rt_exc_syntax *e = (rt_exc_syntax *)self;
    intptr_t n = RT_SIZE(args);
    if (n >= 1)
        RT_SETREF(e->msg, rt_newref(RT_TUPLE_GET_ITEM(args, 0)));
    if (n != 2)
        return 0;
    rt_object *info = rt_tuple_from_iterable(RT_TUPLE_GET_ITEM(args, 1));
    if (!info)
        return -1;
    intptr_t k = RT_SIZE(info);
    if (k < 4 || k > 6) {
        rt_decref(info);
        rt_err_format(&rt_exc_TypeError, "function takes %s %d arguments (%ld given)",
                      k < 4 ? "at least" : "at most", k < 4 ? 4 : 6, (long)k);
        return -1;
    }
    rt_object **dst[6] = { &e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset };
    for (intptr_t i = 0; i < k; i++)
        RT_SETREF(*dst[i], rt_newref(RT_TUPLE_GET_ITEM(info, i)));
    rt_decref(info);
    return 0;
}

/* "msg (file.py, line 3)": the file's base name, as CPython's SyntaxError_str */
static rt_object *syntax_str(rt_object *o)
{
    rt_exc_syntax *e = (rt_exc_syntax *)o;
    const char *file = NULL;
    if (e->filename && rt_str_check(e->filename)) {
        file = rt_str_data(e->filename);
        const char *slash = strrchr(file, '/');
        if (slash)
            file = slash + 1;
    }
    bool have_line = e->lineno && RT_TYPE(e->lineno) == &rt_int_type && rt_int_is_small(e->lineno);
    rt_object *msg = e->msg ? e->msg : RT_NONE;
    if (!file && !have_line)
        return rt_str(msg);
    if (file && have_line)
        return rt_str_from_format("%S (%s, line %ld)", msg, file, (long)RT_INT_VALUE(e->lineno));
    if (file)
        return rt_str_from_format("%S (%s)", msg, file);
    return rt_str_from_format("%S (line %ld)", msg, (long)RT_INT_VALUE(e->lineno));
}

#define SYNTAX_FIELD(f) ((void *)offsetof(rt_exc_syntax, f))
RT_NOSCAN static rt_getset_def syntax_getsets[] = {
    { "msg", get_field, set_member, SYNTAX_FIELD(msg) },
    { "filename", get_field, set_member, SYNTAX_FIELD(filename) },
    { "lineno", get_field, set_member, SYNTAX_FIELD(lineno) },
    { "offset", get_field, set_member, SYNTAX_FIELD(offset) },
    { "text", get_field, set_member, SYNTAX_FIELD(text) },
    { "end_lineno", get_field, set_member, SYNTAX_FIELD(end_lineno) },
    { "end_offset", get_field, set_member, SYNTAX_FIELD(end_offset) },
    { "print_file_and_line", get_field, set_member, SYNTAX_FIELD(print_file_and_line) },
    { NULL, NULL, NULL, NULL },
};

/* ---- the classes ---------------------------------------------------------- */

/* Every slot is spelled out (not left to inheritance) so that an exception
 * raised before rt_error_init readied the classes is still a valid object. */
#define EXC_TYPE(cname, basep, strf, gs) EXC_TYPE_EXT(cname, basep, strf, gs, sizeof(rt_exception), exc_init)
#define EXC_TYPE_EXT(cname, basep, strf, gs, size, initf) \
    EXC_TYPE_NEW(cname, basep, strf, gs, size, exc_new, initf)
#define OS_TYPE(cname, basep, gs) EXC_TYPE_NEW(cname, basep, os_str, gs, sizeof(rt_exc_os), os_new, os_init)
#define EXC_TYPE_NEW(cname, basep, strf, gs, size, newf, initf) \
    rt_type rt_exc_##cname = { \
        .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 }, \
        .name = #cname, \
        .basicsize = size, \
        .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_EXC_SUBCLASS, \
        .dealloc = exc_dealloc, .traverse = exc_traverse, .clear = exc_clear, \
        .dictoffset = offsetof(rt_exception, dict), \
        .repr = exc_repr, .str = strf, \
        .getattro = rt_generic_getattr, .setattro = rt_generic_setattr, \
        .base = basep, .new_ = newf, .init = initf, .getsets = gs, \
    }

EXC_TYPE(BaseException, &rt_object_type, exc_str, exc_getsets);
EXC_TYPE_EXT(SystemExit, &rt_exc_BaseException, exc_str, systemexit_getsets, sizeof(rt_exc_value), value_init);
EXC_TYPE(KeyboardInterrupt, &rt_exc_BaseException, exc_str, NULL);
EXC_TYPE(Exception, &rt_exc_BaseException, exc_str, NULL);
EXC_TYPE_EXT(StopIteration, &rt_exc_Exception, exc_str, stopiteration_getsets, sizeof(rt_exc_value), value_init);
EXC_TYPE(ArithmeticError, &rt_exc_Exception, exc_str, NULL);
EXC_TYPE(FloatingPointError, &rt_exc_ArithmeticError, exc_str, NULL);
EXC_TYPE(ZeroDivisionError, &rt_exc_ArithmeticError, exc_str, NULL);
EXC_TYPE(OverflowError, &rt_exc_ArithmeticError, exc_str, NULL);
EXC_TYPE(AssertionError, &rt_exc_Exception, exc_str, NULL);
EXC_TYPE_EXT(AttributeError, &rt_exc_Exception, exc_str, attribute_getsets, sizeof(rt_exc_attribute), named_init);
EXC_TYPE(LookupError, &rt_exc_Exception, exc_str, NULL);
EXC_TYPE(IndexError, &rt_exc_LookupError, exc_str, NULL);
EXC_TYPE(KeyError, &rt_exc_LookupError, keyerror_str, NULL);
EXC_TYPE(MemoryError, &rt_exc_Exception, exc_str, NULL);
EXC_TYPE_EXT(NameError, &rt_exc_Exception, exc_str, name_getsets, offsetof(rt_exc_attribute, obj), named_init);
EXC_TYPE_EXT(UnboundLocalError, &rt_exc_NameError, exc_str, NULL, offsetof(rt_exc_attribute, obj), named_init);
EXC_TYPE(RuntimeError, &rt_exc_Exception, exc_str, NULL);
EXC_TYPE(RecursionError, &rt_exc_RuntimeError, exc_str, NULL);
EXC_TYPE(NotImplementedError, &rt_exc_RuntimeError, exc_str, NULL);
EXC_TYPE_EXT(SyntaxError, &rt_exc_Exception, syntax_str, syntax_getsets, sizeof(rt_exc_syntax), syntax_init);
EXC_TYPE_EXT(IndentationError, &rt_exc_SyntaxError, syntax_str, NULL, sizeof(rt_exc_syntax), syntax_init);
EXC_TYPE_EXT(TabError, &rt_exc_IndentationError, syntax_str, NULL, sizeof(rt_exc_syntax), syntax_init);
EXC_TYPE(TypeError, &rt_exc_Exception, exc_str, NULL);
EXC_TYPE(ValueError, &rt_exc_Exception, exc_str, NULL);
EXC_TYPE(UnicodeError, &rt_exc_ValueError, exc_str, NULL);
EXC_TYPE(UnicodeDecodeError, &rt_exc_UnicodeError, unicode_error_str, unicode_getsets);
EXC_TYPE(UnicodeEncodeError, &rt_exc_UnicodeError, unicode_error_str, unicode_getsets);
EXC_TYPE_EXT(ImportError, &rt_exc_Exception, import_str, import_getsets, sizeof(rt_exc_import), named_init);
EXC_TYPE_EXT(ModuleNotFoundError, &rt_exc_ImportError, import_str, NULL, sizeof(rt_exc_import), named_init);
EXC_TYPE(ReferenceError, &rt_exc_Exception, exc_str, NULL);
OS_TYPE(OSError, &rt_exc_Exception, os_getsets);
OS_TYPE(BlockingIOError, &rt_exc_OSError, blocking_getsets);
OS_TYPE(ChildProcessError, &rt_exc_OSError, NULL);
OS_TYPE(ConnectionError, &rt_exc_OSError, NULL);
OS_TYPE(BrokenPipeError, &rt_exc_ConnectionError, NULL);
OS_TYPE(ConnectionAbortedError, &rt_exc_ConnectionError, NULL);
OS_TYPE(ConnectionRefusedError, &rt_exc_ConnectionError, NULL);
OS_TYPE(ConnectionResetError, &rt_exc_ConnectionError, NULL);
OS_TYPE(FileExistsError, &rt_exc_OSError, NULL);
OS_TYPE(FileNotFoundError, &rt_exc_OSError, NULL);
OS_TYPE(InterruptedError, &rt_exc_OSError, NULL);
OS_TYPE(IsADirectoryError, &rt_exc_OSError, NULL);
OS_TYPE(NotADirectoryError, &rt_exc_OSError, NULL);
OS_TYPE(PermissionError, &rt_exc_OSError, NULL);
OS_TYPE(ProcessLookupError, &rt_exc_OSError, NULL);
OS_TYPE(TimeoutError, &rt_exc_OSError, NULL);
EXC_TYPE(GeneratorExit, &rt_exc_BaseException, exc_str, NULL);
EXC_TYPE_NEW(BaseExceptionGroup, &rt_exc_BaseException, rt_excgroup_str, rt_excgroup_getsets, sizeof(rt_exc_group),
             rt_excgroup_new, rt_excgroup_init);

/* Readied in this order, which is the order of type.__subclasses__() (as
 * CPython's: ArithmeticError's are FloatingPointError, OverflowError,
 * ZeroDivisionError). */
static rt_type *const all_exceptions[] = {
    &rt_exc_BaseException, &rt_exc_SystemExit, &rt_exc_KeyboardInterrupt, &rt_exc_Exception,
    &rt_exc_StopIteration, &rt_exc_ArithmeticError, &rt_exc_FloatingPointError,
    &rt_exc_OverflowError, &rt_exc_ZeroDivisionError, &rt_exc_AssertionError, &rt_exc_AttributeError, &rt_exc_LookupError,
    &rt_exc_IndexError, &rt_exc_KeyError, &rt_exc_MemoryError, &rt_exc_NameError,
    &rt_exc_UnboundLocalError, &rt_exc_RuntimeError, &rt_exc_RecursionError,
    &rt_exc_NotImplementedError, &rt_exc_SyntaxError, &rt_exc_IndentationError, &rt_exc_TabError,
    &rt_exc_TypeError, &rt_exc_ValueError, &rt_exc_ImportError, &rt_exc_ModuleNotFoundError,
    &rt_exc_ReferenceError, &rt_exc_OSError, &rt_exc_GeneratorExit, &rt_exc_BaseExceptionGroup,
    &rt_exc_UnicodeError, &rt_exc_UnicodeDecodeError, &rt_exc_UnicodeEncodeError,
    &rt_exc_BlockingIOError, &rt_exc_ChildProcessError, &rt_exc_ConnectionError,
    &rt_exc_BrokenPipeError, &rt_exc_ConnectionAbortedError, &rt_exc_ConnectionRefusedError,
    &rt_exc_ConnectionResetError, &rt_exc_FileExistsError, &rt_exc_FileNotFoundError,
    &rt_exc_InterruptedError, &rt_exc_IsADirectoryError, &rt_exc_NotADirectoryError,
    &rt_exc_PermissionError, &rt_exc_ProcessLookupError, &rt_exc_TimeoutError,
};

/* ---- the current exception -------------------------------------------------- */

void rt_err_restore(rt_object *exc)
{
    rt_object *old = current;
    current = exc;
    RT_XDECREF(old);
}

rt_object *rt_err_no_memory(void)
{
    if (memory_error_instance)
        rt_err_restore(rt_newref(memory_error_instance));
    else {
        fprintf(stderr, "gclab: fatal: out of memory before start-up\n");
        abort();
    }
    return NULL;
}

rt_object *rt_err_set_object(rt_type *type, rt_object *arg)
{
    rt_object *args = arg ? rt_tuple_pack(1, arg) : rt_tuple_new(0);
    if (!args)
        return NULL;
    rt_object *exc = rt_exception_new(type, args);
    RT_DECREF(args);
    if (exc)
        rt_err_restore(exc);
    return NULL;
}

rt_object *rt_err_set_string(rt_type *type, const char *msg)
{
    rt_object *s = rt_str_from_cstr(msg);
    if (!s)
        return NULL;
    rt_err_set_object(type, s);
    RT_DECREF(s);
    return NULL;
}

rt_object *rt_err_format(rt_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rt_object *s = rt_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!s)
        return NULL;
    rt_err_set_object(type, s);
    RT_DECREF(s);
    return NULL;
}

rt_object *rt_err_occurred(void) { return current; }

void rt_err_attribute_context(rt_object *o, rt_object *name)
{
    if (!current || !rt_isinstance_type(current, &rt_exc_AttributeError))
        return;
    rt_exc_attribute *e = (rt_exc_attribute *)current;
    /* the innermost failed lookup names it: an outer o.name that fails
     * through __getattr__ or a property keeps the inner name and obj */
    if ((e->name && e->name != RT_NONE) || (e->obj && e->obj != RT_NONE))
        return;
    RT_SETREF(e->name, rt_newref(name));
    RT_SETREF(e->obj, rt_newref(o));
}

void rt_err_set_name(rt_object *name)
{
    if (current && current->type == &rt_exc_NameError)
        RT_SETREF(((rt_exc_attribute *)current)->name, rt_newref(name));
}

void rt_err_set_import_context(rt_object *name, rt_object *path)
{
    if (!current || !rt_isinstance_type(current, &rt_exc_ImportError))
        return;
    rt_exc_import *e = (rt_exc_import *)current;
    RT_SETREF(e->name, name && name != RT_NONE ? rt_newref(name) : NULL);
    RT_SETREF(e->path, path && path != RT_NONE ? rt_newref(path) : NULL);
}

bool rt_err_matches(rt_type *type)
{
    return current && rt_isinstance_type(current, type);
}

rt_object *rt_err_fetch(void)
{
    rt_object *e = current;
    current = NULL;
    return e;
}

void rt_err_clear(void) { rt_err_restore(NULL); }

bool rt_is_exception_type(rt_object *o)
{
    return rt_type_check(o) && (((rt_type *)o)->flags & RT_TPFLAGS_EXC_SUBCLASS);
}

bool rt_is_exception(rt_object *o) { return (o->type->flags & RT_TPFLAGS_EXC_SUBCLASS) != 0; }

int rt_error_init(void)
{
    for (size_t i = 0; i < sizeof all_exceptions / sizeof *all_exceptions; i++)
        if (rt_type_ready(all_exceptions[i]) < 0)
            return -1;
    if (!memory_error_instance) {
        memory_error_instance = rt_exception_new(&rt_exc_MemoryError, NULL);
        if (!memory_error_instance)
            return -1;
    }
    return 0;
}

/* The exception being raised: a root for the tracing collectors. */
int rt_err_visit_roots(rt_visitproc visit, void *arg)
{
    RT_VISIT(current);
    RT_VISIT(memory_error_instance);
    return 0;
}

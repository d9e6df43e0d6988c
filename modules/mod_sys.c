/*
 * mod_sys.c -- the sys module: exit, intern, getrefcount, getsizeof, recursion
 * limit, exc_info, exception, getdefaultencoding, and the attributes argv,
 * modules, maxsize, version, version_info, hexversion, byteorder,
 * float_info, int_info, platform, maxunicode, stdout and stderr.
 */
#include <float.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "modules/modules.h"
#include "vm/eval.h"
#include "vm/frameobj.h"
#include "vm/gen.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/recursion.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/bytes.h"
#include "runtime/float.h"
#include "runtime/structseq.h"

#define MF VM_MODFUNC

MF(sys_exit)
{
    (void)self; (void)kwnames;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "exit expected at most 1 argument, got %ld", (long)nargs);
    return rt_err_set_object(&rt_exc_SystemExit, nargs ? args[0] : NULL);
}

/* getdefaultencoding() and getfilesystemencoding(): gclab's strs are
 * UTF-8 throughout, as CPython's defaults on Linux */
static rt_object *utf8_name(const char *fname, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_format(&rt_exc_TypeError, "sys.%s() takes no keyword arguments", fname);
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "sys.%s() takes no arguments (%ld given)", fname, (long)nargs);
    return rt_str_from_cstr("utf-8");
}

MF(sys_getdefaultencoding)
{
    (void)self; (void)args;
    return utf8_name("getdefaultencoding", nargs, kwnames);
}

MF(sys_getfilesystemencoding)
{
    (void)self; (void)args;
    return utf8_name("getfilesystemencoding", nargs, kwnames);
}

MF(sys_getrefcount)
{
    (void)self; (void)kwnames;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "sys.getrefcount() takes exactly one argument (%ld given)",
                             (long)nargs);
    /* the argument is borrowed from the caller's stack, which holds the
     * temporary reference CPython counts */
    return rt_int_from_i64((int64_t)args[0]->refcnt);
}

/* sys.getsizeof in CPython 3.11 (GC header included) of the fixed-size
 * objects whose layout gclab does not copy, by type name: a researcher
 * summing sizes over gc.get_objects() gets CPython's total for them. */
static const struct {
    const char *name;
    intptr_t size;
} cpython_fixed_sizes[] = {
    { "function", 152 },
    { "method", 64 },
    { "builtin_function_or_method", 72 },
    { "weakref.ReferenceType", 80 },
    { "weakref.ProxyType", 80 },
    { "weakref.CallableProxyType", 80 },
    { "range_iterator", 48 },
    { "enumerate", 72 },
    { "module", 72 },
    { "property", 80 },
    { "partial", 80 },   /* functools.partial */
    { "operator.itemgetter", 64 },
    { "operator.attrgetter", 56 },
    { "traceback", 56 },
};

/* A generator's or frame object's CPython size: its header and the
 * interpreter frame's specials (152 and 120 bytes), a word per local,
 * cell, free variable and stack slot of its code, the GC header. */
static intptr_t frame_holder_size(intptr_t head, rt_object *code)
{
    const vm_code *c = (const vm_code *)code;
    return head + 8 * (intptr_t)(c ? c->nlocalsplus + c->stacksize : 0) + 16;
}

/* Py_TPFLAGS_MANAGED_DICT: a class that added __dict__ to a base of fixed
 * size without a dict of its own (not int, tuple, bytes, type, an
 * exception...), or inherits one that did. */
static bool managed_dict(rt_type *t)
{
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE) || !t->dictoffset)
        return false;
    rt_type *b = t;
    while (b && (b->flags & RT_TPFLAGS_HEAPTYPE))
        b = b->base;
    return b && !b->dictoffset && b != &rt_int_type && b != &rt_tuple_type && b != &rt_bytes_type;
}

/* CPython's _PyType_PreHeaderSize: the GC header, and the two words of a
 * managed dict. */
static intptr_t preheader_size(rt_type *t)
{
    intptr_t n = rt_type_is_gc(t) ? (intptr_t)sizeof(rt_gchead) : 0;
    return n + (managed_dict(t) ? 2 * (intptr_t)sizeof(rt_object *) : 0);
}

/* Is t collections.OrderedDict (modules/mod_ordereddict.c, a static
 * type as CPython's C odict) or a subclass of it? */
static bool odict_type(rt_type *t)
{
    for (; t; t = t->base)
        if (!(t->flags & RT_TPFLAGS_HEAPTYPE) && strcmp(t->name, "collections.OrderedDict") == 0)
            return true;
    return false;
}

/* An instance of a dict subclass: dict's size (its keys object) with the
 * class's CPython basicsize (48, a word per slot and for a weakref list it
 * added) and pre-header; an OrderedDict is CPython's C odict (112 bytes),
 * with its fast-node table (a pointer per hash slot) and a 32-byte node
 * per item. */
static intptr_t dict_subclass_size(rt_object *o)
{
    rt_type *t = RT_TYPE(o);
    intptr_t keys = rt_dict_sizeof(o) - 48;
    if (odict_type(t)) {
        intptr_t n = rt_dict_size(o);
        return 112 + keys + 8 * rt_dict_table_size(o) + 32 * n + (intptr_t)sizeof(rt_gchead);
    }
    intptr_t words = t->weaklistoffset ? 1 : 0;   /* a weakref list the classes added */
    for (rt_type *b = t; b; b = b->base)
        if (!(b->flags & RT_TPFLAGS_HEAPTYPE) && strcmp(b->name, "collections.defaultdict") == 0)
            words++;   /* CPython's defdictobject: dict + default_factory */
    for (rt_type *b = t; b && (b->flags & RT_TPFLAGS_HEAPTYPE); b = b->base) {
        intptr_t pos = 0;
        rt_object *k, *v;
        rt_type *owner;
        while (b->dict && rt_dict_next(b->dict, &pos, &k, &v))
            words += rt_member_info(v, &owner) >= 0 && owner == b;   /* a __slots__ entry */
    }
    return 48 + 8 * words + keys + preheader_size(t);
}

/* The bytes CPython 3.11 reports for an object of the same value: its
 * layouts where ours differ (int digits, str kinds, dict keys objects,
 * instances' pre-header, the table above), ours where they agree. */
static intptr_t cpython_sizeof(rt_object *o)
{
    rt_type *t = RT_TYPE(o);
    intptr_t size = t->basicsize;
    if (t == &vm_gen_type)
        return frame_holder_size(152, ((vm_gen *)o)->code);
    if (t == &vm_frameobj_type)
        return frame_holder_size(120, ((vm_frameobj *)o)->code);
    if (rt_type_check(o)) {
        /* type.__sizeof__: PyTypeObject (408 bytes) for a built-in type,
         * PyHeapTypeObject (904) for a class, plus the shared keys of its
         * instances' managed dict (64 slots, 42 usable: 768 bytes) */
        rt_type *c = (rt_type *)o;
        if (!(c->flags & RT_TPFLAGS_HEAPTYPE))
            return 408 + 16;
        return 904 + (managed_dict(c) ? 768 : 0) + 16;
    }
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE))
        for (size_t i = 0; i < sizeof cpython_fixed_sizes / sizeof *cpython_fixed_sizes; i++)
            if (strcmp(t->name, cpython_fixed_sizes[i].name) == 0)
                return cpython_fixed_sizes[i].size;
    if (rt_int_check(o)) {
        /* 30-bit digits after a 24-byte header, at least one; a subclass's
         * instance adds the GC header (its __dict__ and weakref slots sit
         * past the digits, outside int.__sizeof__) */
        int64_t bits = rt_int_bit_length(o);
        intptr_t digits = bits ? (intptr_t)((bits + 29) / 30) : 1;
        return 24 + 4 * digits + (t->flags & RT_TPFLAGS_HEAPTYPE ? 16 : 0);
    }
    if (rt_str_check(o)) {
        /* compact ASCII: 48-byte header; otherwise 72 bytes and 1, 2 or 4
         * bytes per code point by the widest one, plus the terminator.  A
         * subclass's instance is CPython's legacy PyUnicodeObject (80
         * bytes, its text in a block apart, __sizeof__ counting neither
         * __dict__ nor weakref words) with the GC header and, with a
         * __dict__, the managed-dict pre-header */
        const unsigned char *d = (const unsigned char *)rt_str_data(o);
        intptr_t n = rt_str_size(o), len = rt_str_len(o);
        int kind = 1;
        for (intptr_t i = 0; i < n; i++)
            if (d[i] >= 0xF0)
                kind = 4;
            else if (d[i] >= 0xC4 && kind < 2)
                kind = 2;
        if (t != &rt_str_type)
            return 80 + kind * (len + 1) + (intptr_t)sizeof(rt_gchead) + (t->dictoffset ? 16 : 0);
        return n == len ? 48 + len + 1 : 72 + kind * (len + 1);
    }
    if (rt_bytearray_check(o))   /* PyByteArrayObject (56 bytes) and its block */
        return 56 + ((rt_bytearray *)o)->alloc;
    if (t->itemsize)
        size += t->itemsize * (RT_SIZE(o) < 0 ? -RT_SIZE(o) : RT_SIZE(o));
    if (rt_list_check(o))
        size += (intptr_t)sizeof(rt_object *) * ((rt_list *)o)->allocated;
    if (rt_dict_check_exact(o))
        size = rt_dict_sizeof(o);
    else if (rt_dict_check(o))
        return dict_subclass_size(o);
    if (rt_anyset_check(o) && (t->flags & RT_TPFLAGS_HEAPTYPE))   /* set's basicsize, a managed dict's pre-header */
        return rt_set_sizeof(o) + (intptr_t)sizeof(rt_gchead) + (t->dictoffset ? 16 : 0);
    if (rt_anyset_check(o))
        size = rt_set_sizeof(o);
    if (t->flags & RT_TPFLAGS_HEAPTYPE) {
        /* instances of classes over object: CPython 3.11 keeps a plain
         * instance's dict and values pointers in two words before the
         * object (56 bytes with the GC header and the weakref slot); a
         * __slots__ class has the header and one word per slot, __dict__
         * and __weakref__ */
        rt_type *b = t;
        while (b && (b->flags & RT_TPFLAGS_HEAPTYPE))
            b = b->base;
        intptr_t words = (t->basicsize - (intptr_t)sizeof(rt_instance)) / (intptr_t)sizeof(rt_object *);
        if (b == &rt_object_type && t->dictoffset)
            return 56;
        if (b == &rt_object_type)
            return 32 + 8 * (words + (t->weaklistoffset != 0));
        if (t->flags & RT_TPFLAGS_INLINE_VALUES)
            size += 8;
    }
    if (rt_is_gc(o))
        size += (intptr_t)sizeof(rt_gchead);
    return size;
}

/* A class's own __sizeof__ (anything but object's): called as CPython's
 * _PySys_GetSizeOf calls it, its result an int (no __index__), at least
 * 0, plus the pre-header.  -1 with an exception on error. */
static intptr_t user_sizeof(rt_object *o)
{
    rt_object *r = rt_call_method(o, "__sizeof__", NULL, 0);
    if (!r)
        return -1;
    if (!rt_int_check(r)) {
        rt_decref(r);
        rt_err_set_string(&rt_exc_TypeError, "an integer is required");
        return -1;
    }
    int64_t n = rt_int_as_i64(r);
    rt_decref(r);
    if (n == -1 && rt_err_occurred())
        return -1;
    if (n < 0) {
        rt_err_set_string(&rt_exc_ValueError, "__sizeof__() should return >= 0");
        return -1;
    }
    return (intptr_t)n + preheader_size(RT_TYPE(o));
}

/* getsizeof(object, default=None), bound as CPython's argument clinic
 * binds it; default replaces a TypeError of a class's own __sizeof__ (the
 * built-in types' sizes never fail). */
MF(sys_getsizeof)
{
    (void)self;
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    rt_object *obj = nargs ? args[0] : NULL;
    if (nargs + nkw > 2)
        return rt_err_format(&rt_exc_TypeError, "getsizeof() takes at most 2 arguments (%ld given)",
                             (long)(nargs + nkw));
    for (intptr_t i = 0; i < nkw; i++)
        if (rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kwnames, i), "object"))
            obj = args[nargs + i];
    if (!obj)
        return rt_err_set_string(&rt_exc_TypeError, "getsizeof() missing required argument 'object' (pos 1)");
    for (intptr_t i = 0; i < nkw; i++) {
        rt_object *k = RT_TUPLE_GET_ITEM(kwnames, i);
        if (rt_str_eq_cstr(k, "object") && nargs)
            return rt_err_set_string(&rt_exc_TypeError,
                                     "argument for getsizeof() given by name ('object') and position (1)");
        if (!rt_str_eq_cstr(k, "object") && !rt_str_eq_cstr(k, "default"))
            return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for getsizeof()",
                                 rt_str_data(k));
    }
    rt_object *dflt = nargs > 1 ? args[1] : NULL;
    for (intptr_t i = 0; i < nkw; i++)
        if (rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kwnames, i), "default"))
            dflt = args[nargs + i];
    rt_object *name = rt_str_intern_cstr("__sizeof__");
    rt_object *own = rt_type_lookup(RT_TYPE(obj), name);
    /* a built-in type's own __sizeof__ (list's, type's) is the same hook */
    if (!own || RT_TYPE(own) == &rt_method_descr_type)
        return rt_int_from_i64(cpython_sizeof(obj));
    intptr_t n = user_sizeof(obj);
    if (n >= 0)
        return rt_int_from_i64(n);
    if (dflt && rt_err_matches(&rt_exc_TypeError)) {
        rt_err_restore(NULL);
        return rt_newref(dflt);
    }
    return NULL;
}

MF(sys_debugmallocstats)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    fflush(vm.out);
    rt_alloc_print_stats(stderr);
    return rt_none_new();
}

MF(sys_getrecursionlimit)
{
    (void)self; (void)args;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "sys.getrecursionlimit() takes no keyword arguments");
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "sys.getrecursionlimit() takes no arguments (%ld given)",
                             (long)nargs);
    return rt_int_from_i64(vm.recursion_limit);
}

MF(sys_setrecursionlimit)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "sys.setrecursionlimit() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "sys.setrecursionlimit() takes exactly one argument (%ld given)",
                             (long)nargs);
    int n;   /* an Argument Clinic `int`: "... to convert to C int" */
    if (rt_number_as_cint(args[0], &n) < 0)
        return NULL;
    if (n < 1)
        return rt_err_set_string(&rt_exc_ValueError, "recursion limit must be greater or equal than 1");
    vm.recursion_limit = n > 1000000 ? 1000000 : (int)n;
    rt_recursion_limit = vm.recursion_limit;   /* C recursion: repr, comparison */
    return rt_none_new();
}

/* sys._getframe([depth]): the frame object of the caller depth levels up. */
MF(sys_getframe)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "_getframe() takes no keyword arguments");
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "_getframe expected at most 1 argument, got %ld",
                             (long)nargs);
    int64_t depth = 0;
    if (nargs == 1 && (depth = rt_int_as_i64(args[0])) == -1 && rt_err_occurred())
        return NULL;
    vm_frame *f = vm.frame;
    while (f && depth-- > 0)
        f = f->back;
    if (!f)
        return rt_err_set_string(&rt_exc_ValueError, "call stack is not deep enough");
    rt_object *fo = vm_frameobj_get(f);
    return fo ? rt_newref(fo) : NULL;
}

MF(sys_exc_info)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    rt_object *e = vm_topmost_exc();
    if (!e)
        return rt_tuple_pack(3, RT_NONE, RT_NONE, RT_NONE);
    rt_object *tb = ((rt_exception *)e)->traceback;
    return rt_tuple_pack(3, RT_OBJ(RT_TYPE(e)), e, tb ? tb : RT_NONE);
}

/* sys.exception() (3.11): the exception being handled, or None */
MF(sys_exception)
{
    (void)self; (void)args;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "sys.exception() takes no keyword arguments");
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "sys.exception() takes no arguments (%ld given)", (long)nargs);
    rt_object *e = vm_topmost_exc();
    return rt_newref(e ? e : RT_NONE);
}

/* Tracing is outside the subset (docs/language.md): no trace function is
 * ever installed, so gettrace() is None and settrace(None) changes
 * nothing; installing one is refused rather than silently never called. */
MF(sys_gettrace)
{
    (void)self; (void)args; (void)kwnames;
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "sys.gettrace() takes no arguments (%ld given)", (long)nargs);
    return rt_none_new();
}

MF(sys_settrace)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "sys.settrace() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "sys.settrace() takes exactly one argument (%ld given)", (long)nargs);
    if (args[0] != RT_NONE)
        return rt_err_set_string(&rt_exc_NotImplementedError,
                                 "sys.settrace: tracing is not supported by the gclab Python subset");
    return rt_none_new();
}

/* sys.intern(s): the one interned string equal to s (s itself when it is
 * the first); CPython refuses str subclasses, whose instances could carry
 * attributes the shared copy would not. */
MF(sys_intern)
{
    (void)self;
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "sys.intern() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "sys.intern() takes exactly one argument (%ld given)", (long)nargs);
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "intern() argument must be str, not %s",   /* CPython names None so */
                             args[0] == RT_NONE ? "None" : rt_type_name(args[0]));
    if (!rt_str_check_exact(args[0]))
        return rt_err_format(&rt_exc_TypeError, "can't intern %s", RT_TYPE(args[0])->name);
    return rt_str_intern(args[0]);
}

MF(sys_get_int_max_str_digits)
{
    (void)self; (void)args; (void)kwnames;
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "sys.get_int_max_str_digits() takes no arguments (%ld given)",
                             (long)nargs);
    return rt_int_from_i64(rt_int_max_str_digits);
}

/* set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640, the
 * size below which CPython never checks. */
MF(sys_set_int_max_str_digits)
{
    (void)self;
    static const char *const names[] = { "maxdigits", NULL };
    static const mod_sig sig = { "set_int_max_str_digits", names, 1, 1, false };
    rt_object *v[1];
    /* Argument Clinic's wording for the missing one (mod_bind's is def's) */
    if (nargs == 0 && (!kwnames || RT_SIZE(kwnames) == 0))
        return rt_err_set_string(&rt_exc_TypeError,
                                 "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    if (mod_bind(&sig, args, nargs, kwnames, v) < 0)
        return NULL;
    int64_t n = rt_int_as_i64(v[0]);
    if (n == -1 && rt_err_occurred())
        return NULL;
    if (n != 0 && n < 640)
        return rt_err_set_string(&rt_exc_ValueError, "maxdigits must be 0 or larger than 640");
    rt_int_max_str_digits = n;
    return rt_none_new();
}

RT_NOSCAN static rt_method_def sys_defs[] = {
    { "get_int_max_str_digits", sys_get_int_max_str_digits, RT_METH_FASTCALL, NULL },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, RT_METH_FASTCALL, NULL },
    { "exit", sys_exit, RT_METH_FASTCALL, NULL },
    { "intern", sys_intern, RT_METH_FASTCALL, NULL },
    { "getrefcount", sys_getrefcount, RT_METH_FASTCALL, NULL },
    { "getsizeof", sys_getsizeof, RT_METH_FASTCALL | RT_METH_VARKW, NULL },
    { "_debugmallocstats", sys_debugmallocstats, RT_METH_FASTCALL, NULL },
    { "getrecursionlimit", sys_getrecursionlimit, RT_METH_FASTCALL, NULL },
    { "setrecursionlimit", sys_setrecursionlimit, RT_METH_FASTCALL, NULL },
    { "getdefaultencoding", sys_getdefaultencoding, RT_METH_FASTCALL, NULL },
    { "getfilesystemencoding", sys_getfilesystemencoding, RT_METH_FASTCALL, NULL },
    { "exc_info", sys_exc_info, RT_METH_FASTCALL, NULL },
    { "exception", sys_exception, RT_METH_FASTCALL, NULL },
    { "_getframe", sys_getframe, RT_METH_FASTCALL, NULL },
    { "gettrace", sys_gettrace, RT_METH_FASTCALL, NULL },
    { "settrace", sys_settrace, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- version_info and float_info: struct sequences ---------------------- */

/* The version gclab reports (sys.version says "3.11.0 (gclab)"). */
enum { PY_MAJOR = 3, PY_MINOR = 11, PY_MICRO = 0 };

RT_NOSCAN static rt_getset_def version_info_fields[] = {
    RT_STRUCTSEQ_FIELD("major", 0), RT_STRUCTSEQ_FIELD("minor", 1), RT_STRUCTSEQ_FIELD("micro", 2),
    RT_STRUCTSEQ_FIELD("releaselevel", 3), RT_STRUCTSEQ_FIELD("serial", 4), { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type version_info_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "sys.version_info",
    .getsets = version_info_fields,
};

RT_NOSCAN static rt_getset_def float_info_fields[] = {
    RT_STRUCTSEQ_FIELD("max", 0), RT_STRUCTSEQ_FIELD("max_exp", 1), RT_STRUCTSEQ_FIELD("max_10_exp", 2),
    RT_STRUCTSEQ_FIELD("min", 3), RT_STRUCTSEQ_FIELD("min_exp", 4), RT_STRUCTSEQ_FIELD("min_10_exp", 5),
    RT_STRUCTSEQ_FIELD("dig", 6), RT_STRUCTSEQ_FIELD("mant_dig", 7), RT_STRUCTSEQ_FIELD("epsilon", 8),
    RT_STRUCTSEQ_FIELD("radix", 9), RT_STRUCTSEQ_FIELD("rounds", 10), { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type float_info_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "sys.float_info",
    .getsets = float_info_fields,
};

RT_NOSCAN static rt_getset_def int_info_fields[] = {
    RT_STRUCTSEQ_FIELD("bits_per_digit", 0), RT_STRUCTSEQ_FIELD("sizeof_digit", 1),
    RT_STRUCTSEQ_FIELD("default_max_str_digits", 2), RT_STRUCTSEQ_FIELD("str_digits_check_threshold", 3),
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type int_info_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "sys.int_info",
    .getsets = int_info_fields,
};

/* Sets name in d to the struct sequence of type t holding items[0..n),
 * dropping the references to the items; -1 on error. */
static int set_structseq(rt_object *d, const char *name, rt_type *t, rt_object **items, intptr_t n)
{
    int r = -1;
    bool all = true;
    for (intptr_t i = 0; i < n; i++)
        all = all && items[i];
    if (all && rt_structseq_ready(t) == 0) {
        rt_object *o = rt_structseq_new(t, items, n);
        r = o ? rt_dict_setitem_str(d, name, o) : -1;
        RT_XDECREF(o);
    }
    for (intptr_t i = 0; i < n; i++)
        RT_XDECREF(items[i]);
    return r;
}

static int add_version_and_float_info(rt_object *d)
{
    rt_object *vi[5] = { rt_int_from_i64(PY_MAJOR), rt_int_from_i64(PY_MINOR), rt_int_from_i64(PY_MICRO),
                         rt_str_from_cstr("final"), rt_int_from_i64(0) };
    rt_object *fi[11] = { rt_float_from_double(DBL_MAX), rt_int_from_i64(DBL_MAX_EXP),
                          rt_int_from_i64(DBL_MAX_10_EXP), rt_float_from_double(DBL_MIN),
                          rt_int_from_i64(DBL_MIN_EXP), rt_int_from_i64(DBL_MIN_10_EXP), rt_int_from_i64(DBL_DIG),
                          rt_int_from_i64(DBL_MANT_DIG), rt_float_from_double(DBL_EPSILON),
                          rt_int_from_i64(FLT_RADIX), rt_int_from_i64(1) };
    /* hexversion: 0xMMmmuuRS with release level 0xF (final), serial 0 */
    rt_object *hex = rt_int_from_i64(((long)PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | 0xF0);
    rt_object *order = rt_str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big");
    /* CPython's int layout, which gclab's ints copy (30-bit digits in
     * 4 bytes) and its str conversion limits (4300 digits, checked past
     * 640) */
    rt_object *ii[4] = { rt_int_from_i64(30), rt_int_from_i64(4), rt_int_from_i64(4300), rt_int_from_i64(640) };
    rt_object *platform = rt_str_from_cstr("linux"), *maxuni = rt_int_from_i64(0x10FFFF);
    int r = set_structseq(d, "version_info", &version_info_type, vi, 5);
    if (set_structseq(d, "int_info", &int_info_type, ii, 4) < 0 || !platform || !maxuni
        || rt_dict_setitem_str(d, "platform", platform) < 0 || rt_dict_setitem_str(d, "maxunicode", maxuni) < 0)
        r = -1;
    RT_XDECREF(platform);
    RT_XDECREF(maxuni);
    if (set_structseq(d, "float_info", &float_info_type, fi, 11) < 0 || !hex || !order
        || rt_dict_setitem_str(d, "hexversion", hex) < 0 || rt_dict_setitem_str(d, "byteorder", order) < 0)
        r = -1;
    RT_XDECREF(hex);
    RT_XDECREF(order);
    return r;
}

int vm_mod_sys_init(void)
{
    rt_sizeof_hook = cpython_sizeof;   /* object.__sizeof__ */
    rt_object *sys = vm_add_builtin_module("sys", sys_defs);
    if (!sys)
        return -1;
    rt_object *d = ((vm_module *)sys)->dict;
    rt_object *maxsize = rt_int_from_i64(INT64_MAX);
    rt_object *argv = rt_list_new(0);
    rt_object *ver = rt_str_from_cstr("3.11.0 (gclab)");
    rt_object *out = vm_file_new(1), *err = vm_file_new(2);
    if (!out || !err || rt_dict_setitem_str(((vm_module *)sys)->dict, "stdout", out) < 0
        || rt_dict_setitem_str(((vm_module *)sys)->dict, "stderr", err) < 0) {
        RT_XDECREF(out);
        RT_XDECREF(err);
        RT_XDECREF(ver);
        return -1;
    }
    rt_decref(out);
    rt_decref(err);
    int r = (!maxsize || !argv || !ver || rt_dict_setitem_str(d, "maxsize", maxsize) < 0
             || rt_dict_setitem_str(d, "argv", argv) < 0 || rt_dict_setitem_str(d, "modules", vm.modules) < 0
             || rt_dict_setitem_str(d, "version", ver) < 0 || add_version_and_float_info(d) < 0) ? -1 : 0;
    RT_XDECREF(maxsize);
    RT_XDECREF(argv);
    RT_XDECREF(ver);
    return r;
}
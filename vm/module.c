/*
 * module.c -- module objects, the built-in modules sys and time (gc and
 * weakref live in mod_gc.c and mod_weakref.c), and `import` of a sibling
 * .py file.
 *
 * Invariants: vm.modules (sys.modules) maps each imported name to its
 * module; a module is entered there before its body runs (so circular
 * imports see the partly initialised module, as in CPython) and removed
 * again if the body raises.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "eval.h"
#include "compile.h"
#include "module.h"
#include "marshal.h"
#include "../runtime/alloc.h"
#include "../runtime/error.h"
#include "../runtime/gchead.h"
#include "../runtime/str.h"
#include "../runtime/int.h"
#include "../runtime/float.h"
#include "../runtime/tuple.h"
#include "../runtime/list.h"
#include "../runtime/dict.h"
#include "../runtime/weakref.h"

/* ---- module type ------------------------------------------------------------ */

static int module_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((vm_module *)o)->dict);
    return 0;
}

static int module_clear(rt_object *o)
{
    RT_CLEAR(((vm_module *)o)->dict);
    return 0;
}

static void module_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    if (((vm_module *)o)->weakreflist)
        rt_weakref_clear_all(o);
    module_clear(o);
    rt_object_free(o);
}

static rt_object *module_repr(rt_object *o)
{
    vm_module *m = (vm_module *)o;
    rt_object *name = m->dict ? rt_dict_getitem_str(m->dict, "__name__") : NULL;
    rt_object *file = m->dict ? rt_dict_getitem_str(m->dict, "__file__") : NULL;
    if (file)
        return rt_str_from_format("<module %R from %R>", name ? name : RT_NONE, file);
    return rt_str_from_format("<module %R (built-in)>", name ? name : RT_NONE);
}

static rt_object *module_getattro(rt_object *o, rt_object *name)
{
    vm_module *m = (vm_module *)o;
    rt_object *v = rt_dict_getitem(m->dict, name);
    if (v)
        return rt_newref(v);
    if (rt_err_occurred())
        return NULL;
    if (rt_str_eq_cstr(name, "__dict__"))
        return rt_newref(m->dict);
    rt_object *mn = rt_dict_getitem_str(m->dict, "__name__");
    return rt_err_format(&rt_exc_AttributeError, "module '%s' has no attribute '%s'",
                         mn && rt_str_check(mn) ? rt_str_data(mn) : "?", rt_str_data(name));
}

static int module_setattro(rt_object *o, rt_object *name, rt_object *value)
{
    vm_module *m = (vm_module *)o;
    if (value)
        return rt_dict_setitem(m->dict, name, value);
    if (rt_dict_delitem(m->dict, name) < 0) {
        if (rt_err_matches(&rt_exc_KeyError)) {
            rt_err_clear();
            rt_err_format(&rt_exc_AttributeError, "module has no attribute '%s'", rt_str_data(name));
        }
        return -1;
    }
    return 0;
}

rt_type vm_module_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "module",
    .basicsize = sizeof(vm_module),
    .flags = RT_TPFLAGS_GC,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .weaklistoffset = offsetof(vm_module, weakreflist),
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = module_setattro,
};

rt_object *vm_module_new(const char *name, const char *file)
{
    vm_module *m = (vm_module *)rt_object_new(&vm_module_type);
    if (!m)
        return NULL;
    m->dict = rt_dict_new();
    if (!m->dict) {
        rt_decref(RT_OBJ(m));
        return NULL;
    }
    rt_gc_track(RT_OBJ(m));
    rt_object *n = rt_str_from_cstr(name);
    if (!n || rt_dict_setitem_str(m->dict, "__name__", n) < 0
        || rt_dict_setitem_str(m->dict, "__builtins__", vm.builtins) < 0
        || rt_dict_setitem_str(m->dict, "__doc__", RT_NONE) < 0) {
        RT_XDECREF(n);
        rt_decref(RT_OBJ(m));
        return NULL;
    }
    rt_decref(n);
    if (file) {
        rt_object *f = rt_str_from_cstr(file);
        if (!f || rt_dict_setitem_str(m->dict, "__file__", f) < 0) {
            RT_XDECREF(f);
            rt_decref(RT_OBJ(m));
            return NULL;
        }
        rt_decref(f);
    }
    return RT_OBJ(m);
}

static int add_functions(rt_object *m, rt_method_def *defs)
{
    for (rt_method_def *d = defs; d->name; d++) {
        rt_object *f = rt_cfunction_new(d, NULL);
        if (!f)
            return -1;
        int r = rt_dict_setitem_str(((vm_module *)m)->dict, d->name, f);
        rt_decref(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* ---- sys -------------------------------------------------------------------- */

#define MF(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, \
                                        rt_object *kwnames)

MF(sys_exit)
{
    (void)self; (void)kwnames;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "exit expected at most 1 argument, got %ld", (long)nargs);
    return rt_err_set_object(&rt_exc_SystemExit, nargs ? args[0] : NULL);
}

MF(sys_getrefcount)
{
    (void)self; (void)kwnames;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "getrefcount() takes exactly one argument (%ld given)",
                             (long)nargs);
    /* the argument is borrowed from the caller's stack, which holds the
     * temporary reference CPython counts */
    return rt_int_from_i64((int64_t)args[0]->refcnt);
}

MF(sys_getsizeof)
{
    (void)self; (void)kwnames;
    if (nargs < 1 || nargs > 2)
        return rt_err_format(&rt_exc_TypeError, "getsizeof() takes at most 2 arguments (%ld given)",
                             (long)nargs);
    rt_object *o = args[0];
    rt_type *t = RT_TYPE(o);
    intptr_t size = t->basicsize;
    if (t->itemsize)
        size += t->itemsize * (RT_SIZE(o) < 0 ? -RT_SIZE(o) : RT_SIZE(o));
    if (rt_str_check(o))
        size += 1;
    if (rt_list_check(o))
        size += (intptr_t)sizeof(rt_object *) * ((rt_list *)o)->allocated;
    if (rt_dict_check(o) && rt_dict_size(o) > 0) {
        /* the keys table is private to dict.c: estimate it as CPython
         * sizes it (index bytes + 24-byte entries, 2/3 usable) */
        intptr_t slots = 8;
        while (slots * 2 / 3 < rt_dict_size(o))
            slots *= 2;
        size += slots + (slots * 2 / 3) * 24;
    }
    if (rt_is_gc(o))
        size += (intptr_t)sizeof(rt_gchead);
    return rt_int_from_i64(size);
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
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_int_from_i64(vm.recursion_limit);
}

MF(sys_setrecursionlimit)
{
    (void)self; (void)kwnames;
    if (nargs != 1)
        return rt_err_set_string(&rt_exc_TypeError, "setrecursionlimit() takes exactly one argument");
    int64_t n = rt_int_as_i64(args[0]);
    if (n == -1 && rt_err_occurred())
        return NULL;
    if (n < 1)
        return rt_err_set_string(&rt_exc_ValueError, "recursion limit must be greater or equal than 1");
    vm.recursion_limit = n > 1000000 ? 1000000 : (int)n;
    return rt_none_new();
}

MF(sys_exc_info)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    rt_object *e = vm.handled_exc;
    if (!e)
        return rt_tuple_pack(3, RT_NONE, RT_NONE, RT_NONE);
    return rt_tuple_pack(3, RT_OBJ(RT_TYPE(e)), e, RT_NONE);
}

static rt_method_def sys_defs[] = {
    { "exit", sys_exit, RT_METH_FASTCALL, NULL },
    { "getrefcount", sys_getrefcount, RT_METH_FASTCALL, NULL },
    { "getsizeof", sys_getsizeof, RT_METH_FASTCALL, NULL },
    { "_debugmallocstats", sys_debugmallocstats, RT_METH_FASTCALL, NULL },
    { "getrecursionlimit", sys_getrecursionlimit, RT_METH_FASTCALL, NULL },
    { "setrecursionlimit", sys_setrecursionlimit, RT_METH_FASTCALL, NULL },
    { "exc_info", sys_exc_info, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- time -------------------------------------------------------------------- */

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

MF(time_perf_counter)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_float_from_double((double)clock_ns(CLOCK_MONOTONIC) / 1e9);
}

MF(time_perf_counter_ns)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_int_from_i64(clock_ns(CLOCK_MONOTONIC));
}

MF(time_process_time)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_float_from_double((double)clock_ns(CLOCK_PROCESS_CPUTIME_ID) / 1e9);
}

MF(time_process_time_ns)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}

MF(time_time)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_float_from_double((double)clock_ns(CLOCK_REALTIME) / 1e9);
}

static rt_method_def time_defs[] = {
    { "perf_counter", time_perf_counter, RT_METH_FASTCALL, NULL },
    { "perf_counter_ns", time_perf_counter_ns, RT_METH_FASTCALL, NULL },
    { "process_time", time_process_time, RT_METH_FASTCALL, NULL },
    { "process_time_ns", time_process_time_ns, RT_METH_FASTCALL, NULL },
    { "monotonic", time_perf_counter, RT_METH_FASTCALL, NULL },
    { "time", time_time, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- set-up --------------------------------------------------------------------- */

rt_object *vm_add_builtin_module(const char *name, rt_method_def *defs)
{
    rt_object *m = vm_module_new(name, NULL);
    if (!m || add_functions(m, defs) < 0 || rt_dict_setitem_str(vm.modules, name, m) < 0) {
        RT_XDECREF(m);
        return NULL;
    }
    rt_decref(m);   /* sys.modules keeps it */
    return m;
}

int vm_modules_init(void)
{
    if (rt_type_ready(&vm_module_type) < 0)
        return -1;
    rt_object *sys = vm_add_builtin_module("sys", sys_defs);
    if (!sys || !vm_add_builtin_module("time", time_defs) || vm_mod_gc_init() < 0 || vm_mod_weakref_init() < 0)
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
             || rt_dict_setitem_str(d, "version", ver) < 0) ? -1 : 0;
    RT_XDECREF(maxsize);
    RT_XDECREF(argv);
    RT_XDECREF(ver);
    return r;
}

int vm_set_argv(int argc, char **argv)
{
    rt_object *sys = rt_dict_getitem_str(vm.modules, "sys");
    rt_object *l = rt_list_new(0);
    if (!sys || !l)
        return -1;
    for (int i = 0; i < argc; i++) {
        rt_object *s = rt_str_from_cstr(argv[i]);
        if (!s || rt_list_append(l, s) < 0) {
            RT_XDECREF(s);
            rt_decref(l);
            return -1;
        }
        rt_decref(s);
    }
    int r = rt_dict_setitem_str(((vm_module *)sys)->dict, "argv", l);
    rt_decref(l);
    return r;
}

/* ---- import -------------------------------------------------------------------- */

char *vm_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = rt_raw_malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        cap *= 2;
        char *nb = rt_raw_realloc(buf, cap + 1);
        if (!nb) {
            rt_raw_free(buf);
            buf = NULL;
        }
        buf = nb;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

/* The SyntaxError exception for a front-end/compiler report. */
rt_object *vm_syntax_error_raise(const vm_syntax_error *err)
{
    rt_type *t = err->kind == VM_SYNERR_INDENTATION || err->kind == VM_SYNERR_TAB
                     ? &rt_exc_IndentationError
                 : err->kind == VM_SYNERR_UNSUPPORTED ? &rt_exc_NotImplementedError
                 : err->kind == VM_SYNERR_NOMEMORY ? &rt_exc_MemoryError
                                                   : &rt_exc_SyntaxError;
    if (t == &rt_exc_NotImplementedError)
        return rt_err_format(t, "%s (%s, line %d)", err->msg, err->filename ? err->filename : "?",
                             err->lineno);
    return rt_err_format(t, "%s (%s, line %d)", err->msg, err->filename ? err->filename : "?",
                         err->lineno);
}

rt_object *vm_import(rt_object *name)
{
    rt_object *m = rt_dict_getitem(vm.modules, name);
    if (m)
        return rt_newref(m);
    if (rt_err_occurred())
        return NULL;
    const char *n = rt_str_data(name);
    char path[4096];
    const char *dir = vm.main_dir ? rt_str_data(vm.main_dir) : "";
    const char *sep = vm.main_dir && rt_str_size(vm.main_dir) ? "/" : "";
    snprintf(path, sizeof path, "%s%s%s.py", dir, sep, n);
    rt_object *code;
    if (access(path, F_OK) == 0) {
        code = vm_pyc_module_code(path);   /* through __pycache__ */
    } else {
        /* sourceless: NAME.pyc beside the importer (CPython's sourceless imports) */
        snprintf(path, sizeof path, "%s%s%s.pyc", dir, sep, n);
        if (access(path, F_OK) != 0) {
            rt_object *e = rt_str_from_format("No module named '%s'", n);
            if (e) {
                rt_err_set_object(&rt_exc_ModuleNotFoundError, e);
                rt_decref(e);
            }
            return NULL;
        }
        code = vm_pyc_read(path);
        if (!code && rt_err_matches(&rt_exc_ImportError)) {
            rt_object *e = rt_err_fetch(), *msg = rt_str(e);
            rt_decref(e);
            if (msg) {
                rt_err_format(&rt_exc_ImportError, "%s in '%s'", rt_str_data(msg), path);
                rt_decref(msg);
            }
        }
    }
    if (!code)
        return NULL;
    m = vm_module_new(n, path);
    if (!m || rt_dict_setitem(vm.modules, name, m) < 0) {
        rt_decref(code);
        RT_XDECREF(m);
        return NULL;
    }
    rt_object *d = ((vm_module *)m)->dict;
    rt_object *r = vm_eval_code(code, d, d);
    rt_decref(code);
    if (!r) {
        rt_object *exc = rt_err_fetch();
        if (rt_dict_delitem(vm.modules, name) < 0)
            rt_err_clear();
        rt_err_restore(exc);
        rt_decref(m);
        return NULL;
    }
    rt_decref(r);
    return m;
}

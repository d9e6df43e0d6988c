/*
 * module.c -- module objects, bringing up the built-in modules of an
 * inittab (the table itself and the modules live in modules/, which builds
 * on this layer), reading source files and raising syntax errors; the
 * import statement itself is vm/import.c.
 *
 * Invariants: a module's dict holds the names CPython 3.11's import system
 * gives it, in CPython's order (add_source_module_names).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "vm/eval.h"
#include "compiler/compile.h"
#include "vm/module.h"
#include "compiler/marshal.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"
#include "collectors/collector.h"

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
    if (file == RT_NONE)   /* a namespace package (CPython 3.12's words) */
        return rt_str_from_format("<module %R (namespace)>", name ? name : RT_NONE);
    if (file)
        return rt_str_from_format("<module %R from %R>", name ? name : RT_NONE, file);
    return rt_str_from_format("<module %R (built-in)>", name ? name : RT_NONE);
}

/* The failed lookup, in CPython 3.11's order: the module's own
 * __getattr__ (PEP 562) when it has one; NotImplementedError for a name
 * CPython's module of that name has (runtime/unsupported.c); else
 * AttributeError, which names a circular import while the module's body
 * is still running.  Out of line, to keep module_getattro's successful
 * path short. */
static __attribute__((noinline)) rt_object *missing_attr(vm_module *m, rt_object *name)
{
    rt_object *hook = rt_dict_getitem_str(m->dict, "__getattr__");
    if (hook)
        return rt_call_vector(hook, &name, 1);
    rt_object *mn = rt_dict_getitem_str(m->dict, "__name__");
    const char *mname = mn && rt_str_check(mn) ? rt_str_data(mn) : "?";
    if (mn && rt_str_check(mn) && rt_cpython_has_attr(mname, rt_str_data(name)))
        return rt_err_unsupported_attr(mname, rt_str_data(name));
    if (m->initializing)
        return rt_err_format(&rt_exc_AttributeError,
                             "partially initialized module '%s' has no attribute '%s' "
                             "(most likely due to a circular import)", mname, rt_str_data(name));
    return rt_err_format(&rt_exc_AttributeError, "module '%s' has no attribute '%s'", mname,
                         rt_str_data(name));
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
    /* CPython 3.10+'s module __annotations__ getter: the dict's, else an
     * empty one made and stored there (a module without annotations) */
    if (rt_str_eq_cstr(name, "__annotations__")) {
        rt_object *d = rt_dict_new();
        if (d && rt_dict_setitem(m->dict, name, d) < 0)
            RT_CLEAR(d);
        return d;
    }
    return missing_attr(m, name);
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

RT_NOSCAN_TYPE rt_type vm_module_type = {
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

/* The names CPython 3.11's import system gives a module run from source,
 * in its order, so that dir(), len(globals()) and the dict's size are
 * CPython's: __main__ has __name__ __doc__ __package__ __loader__
 * __spec__ __annotations__ __builtins__ __file__ __cached__, an imported
 * module __name__ __doc__ __package__ __loader__ __spec__ __file__
 * __cached__ __builtins__.  Values: __package__ None for __main__ and ''
 * for a top-level module, as CPython's; __loader__, __spec__ and
 * __cached__ None (gclab has no importlib objects; CPython's __main__ has
 * None for the last two too).  __main__'s __annotations__ dict is made
 * before CPython's program starts: in a start-up scope (gchead.h). */
static int add_source_module_names(rt_object *d, bool main, const char *file, rt_object *package,
                                   rt_object *path)
{
    rt_object *pkg = package ? rt_newref(package) : main ? rt_newref(RT_NONE) : rt_str_from_cstr("");
    rt_object *f = file ? rt_str_from_cstr(file) : rt_newref(RT_NONE), *ann = NULL;
    if (main) {
        rt_gc_startup_scope scope = rt_gc_startup_begin();
        ann = rt_dict_new();
        rt_gc_startup_end(scope);
    }
    int r = pkg && f && (!main || ann) ? 0 : -1;
    if (r == 0)
        r = rt_dict_setitem_str(d, "__doc__", RT_NONE) < 0 || rt_dict_setitem_str(d, "__package__", pkg) < 0
                    || rt_dict_setitem_str(d, "__loader__", RT_NONE) < 0
                    || rt_dict_setitem_str(d, "__spec__", RT_NONE) < 0
                    || (path && rt_dict_setitem_str(d, "__path__", path) < 0)
                ? -1 : 0;
    if (r == 0 && !file)   /* a namespace package: never run, no __builtins__ */
        r = rt_dict_setitem_str(d, "__file__", f);
    else if (r == 0 && main)
        r = rt_dict_setitem_str(d, "__annotations__", ann) < 0 || rt_dict_setitem_str(d, "__builtins__", vm.builtins) < 0
                    || rt_dict_setitem_str(d, "__file__", f) < 0 || rt_dict_setitem_str(d, "__cached__", RT_NONE) < 0
                ? -1 : 0;
    else if (r == 0)
        r = rt_dict_setitem_str(d, "__file__", f) < 0 || rt_dict_setitem_str(d, "__cached__", RT_NONE) < 0
                    || rt_dict_setitem_str(d, "__builtins__", vm.builtins) < 0
                ? -1 : 0;
    RT_XDECREF(pkg);
    RT_XDECREF(f);
    RT_XDECREF(ann);
    return r;
}

rt_object *vm_module_new(const char *name, const char *file)
{
    return vm_module_new_in(name, file, NULL, NULL);
}

rt_object *vm_module_new_in(const char *name, const char *file, rt_object *package, rt_object *path)
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
    int r = n ? rt_dict_setitem_str(m->dict, "__name__", n) : -1;
    RT_XDECREF(n);
    if (r == 0 && !file && !path) {   /* a built-in module: no __builtins__, as CPython's */
        rt_object *empty = rt_str_empty();
        r = rt_dict_setitem_str(m->dict, "__doc__", RT_NONE) < 0
                    || rt_dict_setitem_str(m->dict, "__package__", empty) < 0
                    || rt_dict_setitem_str(m->dict, "__loader__", RT_NONE) < 0
                    || rt_dict_setitem_str(m->dict, "__spec__", RT_NONE) < 0
                ? -1 : 0;
        rt_decref(empty);
    }
    if (r == 0 && (file || path))
        r = add_source_module_names(m->dict, strcmp(name, "__main__") == 0, file, package, path);
    if (r < 0) {
        rt_decref(RT_OBJ(m));
        return NULL;
    }
    return RT_OBJ(m);
}

/* The module's functions hold it and its name (CPython's m_self and
 * m_module: rt_cfunction.module). */
static int add_functions(rt_object *m, rt_method_def *defs)
{
    rt_object *name = rt_dict_getitem_str(((vm_module *)m)->dict, "__name__");
    if (!name)
        return -1;
    for (rt_method_def *d = defs; d->name; d++) {
        rt_object *f = rt_cfunction_new(d, NULL);
        if (!f)
            return -1;
        ((rt_cfunction *)f)->module = rt_newref(m);
        ((rt_cfunction *)f)->modname = rt_newref(name);
        int r = rt_dict_setitem_str(((vm_module *)m)->dict, d->name, f);
        rt_decref(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* ---- set-up --------------------------------------------------------------------- */

/* The built-in modules the VM was brought up with (vm_init's table). */
static const vm_inittab *inittab;

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

/* Does dict d hold a plain built-in function with f's table entry? */
static bool holds_function(rt_object *d, rt_object *f)
{
    intptr_t pos = 0;
    rt_object *k, *v;
    while (d && rt_dict_next(d, &pos, &k, &v))
        if (RT_TYPE(v) == &rt_cfunction_type && !((rt_cfunction *)v)->self
            && ((rt_cfunction *)v)->def == ((rt_cfunction *)f)->def)
            return true;
    return false;
}

/* A built-in function's module (rt_cfunction_module_hook): the built-in
 * module that holds it, searched for (a rare read: no table is kept).
 * Modules with a __file__ (the program's, lib/'s) are passed over: they
 * hold the functions they import (operator.py's add is _operator's). */
static rt_object *function_module(rt_object *f)
{
    intptr_t pos = 0;
    rt_object *k, *m;
    if (holds_function(vm.builtins, f)) {
        rt_object *b = rt_dict_getitem_str(vm.modules, "builtins");
        if (b)
            return b;
        rt_err_clear();
    }
    while (vm.modules && rt_dict_next(vm.modules, &pos, &k, &m))
        if (RT_TYPE(m) == &vm_module_type && !rt_dict_getitem_str(((vm_module *)m)->dict, "__file__")
            && holds_function(((vm_module *)m)->dict, f))
            return m;
    rt_err_clear();
    return NULL;
}

int vm_modules_init(const vm_inittab *tab)
{
    rt_cfunction_module_hook = function_module;
    if (rt_type_ready(&vm_module_type) < 0)
        return -1;
    inittab = tab;
    for (const vm_inittab *e = tab; e && e->name; e++)
        if (!e->lazy && e->init() < 0)
            return -1;
    return 0;
}

rt_object *vm_builtin_module_load(const char *name)
{
    for (const vm_inittab *e = inittab; e && e->name; e++) {
        if (!e->lazy || strcmp(e->name, name) != 0)
            continue;
        rt_object *m = rt_dict_getitem_str(vm.modules, name);
        if (m || rt_err_occurred())
            return m;
        if (e->init() < 0)
            return NULL;
        return rt_dict_getitem_str(vm.modules, name);
    }
    return NULL;
}

void vm_modules_atexit(void)
{
    for (const vm_inittab *e = inittab; e && e->name; e++)
        if (e->atexit)
            e->atexit();
}

void vm_modules_fini(void)
{
    if (!inittab)
        return;
    const vm_inittab *last = inittab;
    while (last->name)
        last++;
    /* reverse order: a module may use what an earlier one set up */
    while (last-- > inittab)
        if (last->fini)
            last->fini();
    inittab = NULL;
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
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {   /* fopen opens a folder on Linux */
        fclose(f);
        errno = EISDIR;
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = rt_raw_malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        cap *= 2;
        char *nb = rt_raw_realloc(buf, cap + 1);
        if (!nb)
            rt_raw_free(buf);
        buf = nb;
    }
    int e = !buf ? ENOMEM : ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (e) {
        rt_raw_free(buf);
        errno = e;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

void vm_print_open_error(const char *prog, const char *path, int err)
{
    fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, path, err, strerror(err));
}

/* The SyntaxError exception for a front-end/compiler report, as CPython
 * raises it: SyntaxError(msg, (filename, lineno, offset, text,
 * end_lineno, end_offset)), so that its fields are set and an uncaught
 * one prints the file, the line and the caret (vm_print_exception). */
rt_object *vm_syntax_error_raise(const vm_syntax_error *err)
{
    rt_type *t = err->kind == VM_SYNERR_INDENTATION ? &rt_exc_IndentationError
                 : err->kind == VM_SYNERR_TAB ? &rt_exc_TabError
                 : err->kind == VM_SYNERR_UNSUPPORTED ? &rt_exc_NotImplementedError
                 : err->kind == VM_SYNERR_NOMEMORY ? &rt_exc_MemoryError
                                                   : &rt_exc_SyntaxError;
    const char *file = err->filename ? err->filename : "?";
    if (t == &rt_exc_NotImplementedError || t == &rt_exc_MemoryError)
        return rt_err_format(t, "%s (%s, line %d)", err->msg, file, err->lineno);
    rt_object *msg = rt_str_from_cstr(err->msg);
    rt_object *fn = rt_str_from_cstr(file);
    rt_object *ln = rt_int_from_i64(err->lineno), *off = rt_int_from_i64(err->offset);
    /* the line as CPython keeps it: with its newline */
    size_t tl = strlen(err->text);
    rt_object *text = !tl ? rt_newref(RT_NONE)
                      : err->text[tl - 1] == '\n' ? rt_str_from_cstr(err->text)
                                                   : rt_str_from_format("%s\n", err->text);
    rt_object *eln = rt_int_from_i64(err->end_lineno), *eoff = rt_int_from_i64(err->end_offset);
    rt_object *info = msg && fn && ln && off && text && eln && eoff
                      ? rt_tuple_pack(6, fn, ln, off, text, eln, eoff) : NULL;
    rt_object *args = info ? rt_tuple_pack(2, msg, info) : NULL;
    rt_object *exc = args ? rt_call(RT_OBJ(t), args, NULL) : NULL;
    RT_XDECREF(msg);
    RT_XDECREF(fn);
    RT_XDECREF(ln);
    RT_XDECREF(off);
    RT_XDECREF(text);
    RT_XDECREF(eln);
    RT_XDECREF(eoff);
    RT_XDECREF(info);
    RT_XDECREF(args);
    if (exc)
        rt_err_restore(exc);
    return NULL;
}

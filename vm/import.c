/*
 * import.c -- the import statement and __import__, following the algorithm
 * of CPython 3.11's importlib._bootstrap (__import__, _gcd_import,
 * _find_and_load, _handle_fromlist, _calc___package__, _resolve_name):
 * absolute and relative names, dotted names, packages, fromlist.
 *
 * Where a module is found: a top-level name is a built-in module (the
 * inittab), else looked for in the main script's folder, then in lib/ (the
 * standard library written in the subset); a submodule a.b is looked for
 * in the folders of a.__path__.  In each folder, as CPython's FileFinder:
 * a package (NAME/__init__.py, else NAME/__init__.pyc), then NAME.py, then
 * NAME.pyc (sourceless); a folder NAME without __init__ is a namespace
 * package, taken only when no folder has the module.  Source goes through
 * __pycache__ (vm/pycache.c), for package modules as for any other.
 *
 * Invariants: vm.modules (sys.modules) maps each imported full name to its
 * module; a module is entered there before its body runs (a circular
 * import sees the partly initialised module, as in CPython) and removed
 * again if the body raises; a submodule is bound as an attribute of its
 * parent after its body ran (CPython's setattr(parent_module, child, m)).
 * No importlib objects exist: __spec__ and __loader__ are None, and
 * relative imports use __package__ (else __name__ and __path__), as
 * CPython does when __spec__ is None.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/noscan.h"
#include <sys/stat.h>
#include <unistd.h>
#include "vm/eval.h"
#include "vm/module.h"
#include "compiler/marshal.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "collectors/collector.h"

/* The standard library written in the subset (lib/): $GCLAB_LIB, then lib/
 * beside the executable or beside its folder (a build tree inside the
 * source tree, an installed bin/), then the source tree's lib/ the binary
 * was built from.  "" when there is none. */
static const char *lib_dir(void)
{
    RT_NOSCAN static char dir[4096];   /* text only: left out of a conservative scan */
    static bool searched;
    if (searched)
        return dir;
    searched = true;
    const char *env = getenv("GCLAB_LIB");
    if (env && *env) {
        snprintf(dir, sizeof dir, "%s", env);
        return dir;
    }
    char exe[2048], probe[2100];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        /* probed by a file every lib/ has */
        snprintf(probe, sizeof probe, "%s/lib/operator.py", exe);
        if (access(probe, F_OK) == 0)
            snprintf(dir, sizeof dir, "%s/lib", exe);
        else {
            snprintf(probe, sizeof probe, "%s/../lib/operator.py", exe);
            if (access(probe, F_OK) == 0)
                snprintf(dir, sizeof dir, "%s/../lib", exe);
        }
    }
#ifdef GCLAB_LIB_DIR
    if (!dir[0])
        snprintf(dir, sizeof dir, "%s", GCLAB_LIB_DIR);
#endif
    return dir;
}

/* The modules gclab has (built in or in lib/) that CPython 3.11's start-up
 * on the reference machine has already imported when __main__ starts
 * (site-packages' .pth files import collections, functools, random...:
 * `python3 -c 'import sys; print(sorted(sys.modules))'`), so that a
 * program's `import collections` allocates nothing there. */
static const char *const startup_modules[] = {
    "_operator", "bisect", "collections", "collections.abc", "functools", "itertools", "math",
    "operator", "random", "time", "weakref",
    NULL,
};

static bool startup_module(const char *n)
{
    for (int i = 0; startup_modules[i]; i++)
        if (strcmp(n, startup_modules[i]) == 0)
            return true;
    return false;
}

/* ModuleNotFoundError(msg, name=name) */
static rt_object *not_found(rt_object *name, rt_object *msg)
{
    if (msg) {
        rt_err_set_object(&rt_exc_ModuleNotFoundError, msg);
        rt_err_set_import_context(name, NULL);
        rt_decref(msg);
    }
    return NULL;
}

/* o.NAME as a new reference, NULL without an exception when o has none (a
 * module's own dict is read directly: no __getattr__, no unsupported-name
 * error for a name CPython's module of that name has). */
static rt_object *attr_or_absent(rt_object *o, const char *name)
{
    if (RT_TYPE(o) == &vm_module_type) {
        rt_object *v = rt_dict_getitem_str(((vm_module *)o)->dict, name);
        return v ? rt_newref(v) : NULL;
    }
    rt_object *v = rt_getattr_str(o, name);
    if (!v && rt_err_matches(&rt_exc_AttributeError))
        rt_err_clear();
    return v;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

typedef enum { FOUND_NONE, FOUND_SOURCE, FOUND_PYC, FOUND_PACKAGE, FOUND_PACKAGE_PYC, FOUND_NAMESPACE } found_kind;

/* Look for module `tail` in folder dir ("" is the current folder); path
 * gets the file (or, for a namespace package, the folder). */
static found_kind find_in_dir(const char *dir, const char *tail, char *path, size_t size)
{
    const char *sep = *dir ? "/" : "";
    int w = snprintf(path, size, "%s%s%s/__init__.py", dir, sep, tail);
    if (w <= 0 || (size_t)w + 1 >= size)
        return FOUND_NONE;
    if (is_file(path))
        return FOUND_PACKAGE;
    strcat(path, "c");
    if (is_file(path))
        return FOUND_PACKAGE_PYC;
    snprintf(path, size, "%s%s%s.py", dir, sep, tail);
    if (is_file(path))
        return FOUND_SOURCE;
    strcat(path, "c");
    if (is_file(path))
        return FOUND_PYC;
    snprintf(path, size, "%s%s%s", dir, sep, tail);
    return is_dir(path) ? FOUND_NAMESPACE : FOUND_NONE;
}

/* The code of a source file (through __pycache__) or of a sourceless .pyc
 * (a bad one is an ImportError naming the file). */
static rt_object *load_code(const char *path, bool sourceless)
{
    if (!sourceless)
        return vm_pyc_module_code(path);
    rt_object *code = vm_pyc_read(path);
    if (!code && rt_err_matches(&rt_exc_ImportError)) {
        rt_object *e = rt_err_fetch(), *msg = rt_str(e);
        rt_decref(e);
        if (msg) {
            rt_err_format(&rt_exc_ImportError, "%s in '%s'", rt_str_data(msg), path);
            rt_decref(msg);
        }
    }
    return code;
}

/* Create module `name` from what find_in_dir found, enter it in
 * sys.modules and run its body; a new reference. */
static rt_object *load_found(rt_object *name, rt_object *parent, found_kind k, const char *path)
{
    bool pkg = k == FOUND_PACKAGE || k == FOUND_PACKAGE_PYC || k == FOUND_NAMESPACE;
    /* __package__: the package itself, or the parent ('' at top level) */
    rt_object *package = pkg ? rt_newref(name) : parent ? rt_newref(parent) : rt_str_empty();
    rt_object *pathlist = NULL;
    if (pkg) {
        const char *slash = strrchr(path, '/');
        rt_object *d = k == FOUND_NAMESPACE ? rt_str_from_cstr(path)
                       : rt_str_from_bytes(path, slash ? slash - path : 0);
        pathlist = d ? rt_list_new(0) : NULL;
        if (pathlist && rt_list_append(pathlist, d) < 0)
            RT_CLEAR(pathlist);
        RT_XDECREF(d);
        if (!pathlist) {
            RT_XDECREF(package);
            return NULL;
        }
    }
    rt_object *code = NULL, *m = NULL;
    if (k != FOUND_NAMESPACE && !(code = load_code(path, k == FOUND_PYC || k == FOUND_PACKAGE_PYC)))
        goto done;
    m = vm_module_new_in(rt_str_data(name), k == FOUND_NAMESPACE ? NULL : path, package, pathlist);
    if (!m || rt_dict_setitem(vm.modules, name, m) < 0) {
        RT_CLEAR(m);
        goto done;
    }
    if (!code)
        goto done;
    rt_object *d = ((vm_module *)m)->dict;
    ((vm_module *)m)->initializing = true;
    rt_object *r = vm_eval_code(code, d, d);
    ((vm_module *)m)->initializing = false;
    if (!r) {
        rt_object *exc = rt_err_fetch();
        if (rt_dict_delitem(vm.modules, name) < 0)
            rt_err_clear();
        rt_err_restore(exc);
        RT_CLEAR(m);
        goto done;
    }
    rt_decref(r);
done:
    RT_XDECREF(code);
    RT_XDECREF(package);
    RT_XDECREF(pathlist);
    return m;
}

static rt_object *gcd_import(rt_object *name);

/* _find_and_load: import name's parent first, then find name in the
 * parent's __path__ (or the top-level folders), load it and bind it in
 * the parent.  A new reference. */
static rt_object *find_and_load(rt_object *name)
{
    const char *n = rt_str_data(name);
    const char *dot = strrchr(n, '.');
    rt_object *parent = NULL, *parent_mod = NULL, *search = NULL, *m = NULL;
    if (dot) {
        parent = rt_str_from_bytes(n, dot - n);
        if (!parent || !(parent_mod = gcd_import(parent)))
            goto done;
        /* the parent's body may have imported it */
        if ((m = rt_dict_getitem(vm.modules, name))) {
            rt_incref(m);
            goto done;
        }
        search = attr_or_absent(parent_mod, "__path__");
        if (!search) {
            if (!rt_err_occurred())
                not_found(name, rt_str_from_format("No module named '%s'; '%s' is not a package", n,
                                                   rt_str_data(parent)));
            goto done;
        }
    } else {
        /* built-in modules before files, as CPython's import finds them */
        if ((m = vm_builtin_module_load(n))) {
            rt_incref(m);
            goto done;
        }
        if (rt_err_occurred())
            goto done;
    }
    const char *tail = dot ? dot + 1 : n;
    char path[4096], ns[4096] = "";
    found_kind k = FOUND_NONE;
    if (search) {
        rt_object *it = rt_get_iter(search);
        rt_object *d;
        while (it && (d = rt_iter_next(it))) {
            if (rt_str_check(d))
                k = find_in_dir(rt_str_data(d), tail, path, sizeof path);
            rt_decref(d);
            if (k == FOUND_NAMESPACE && !ns[0])
                snprintf(ns, sizeof ns, "%s", path);
            if (k != FOUND_NONE && k != FOUND_NAMESPACE)
                break;
        }
        RT_XDECREF(it);
        if (rt_err_occurred())
            goto done;
    } else {
        const char *dirs[2] = { vm.main_dir ? rt_str_data(vm.main_dir) : "", lib_dir() };
        for (int i = 0; i < 2; i++) {
            if (i == 1 && !dirs[1][0])
                break;
            k = find_in_dir(dirs[i], tail, path, sizeof path);
            if (k == FOUND_NAMESPACE && !ns[0])
                snprintf(ns, sizeof ns, "%s", path);
            if (k != FOUND_NONE && k != FOUND_NAMESPACE)
                break;
        }
    }
    if ((k == FOUND_NONE || k == FOUND_NAMESPACE) && ns[0]) {
        k = FOUND_NAMESPACE;
        snprintf(path, sizeof path, "%s", ns);
    }
    if (k == FOUND_NONE || (k == FOUND_NAMESPACE && !ns[0])) {
        not_found(name, rt_str_from_format("No module named '%s'", n));
        goto done;
    }
    m = load_found(name, parent, k, path);
    if (m && parent_mod) {
        rt_object *child = rt_str_from_cstr(tail);
        if (!child || rt_setattr(parent_mod, child, m) < 0)
            RT_CLEAR(m);
        RT_XDECREF(child);
    }
done:
    RT_XDECREF(parent);
    RT_XDECREF(parent_mod);
    RT_XDECREF(search);
    return m;
}

/* _gcd_import: the module called name (a full, absolute name), imported
 * if not yet in sys.modules.  A new reference. */
static rt_object *gcd_import(rt_object *name)
{
    rt_object *m = rt_dict_getitem(vm.modules, name);
    if (m)
        return rt_newref(m);
    if (rt_err_occurred())
        return NULL;
    const gc_collector *c = gc_active();
    if (!startup_module(rt_str_data(name)) || !gc_has(c, GC_CAP_GENERATIONS))
        return find_and_load(name);
    /* Its first import is start-up work, as in CPython: with a generational
     * collector no automatic collection runs during it and generation 0's
     * count is left as it was, so the program's own collections come
     * where CPython's come.  (Its objects stay in generation 0, where
     * CPython's survived the start-up's collections.) */
    intptr_t count = rt_gc.young_count;
    bool enabled = gc_is_enabled();
    gc_disable();
    m = find_and_load(name);
    rt_gc.young_count = count;
    if (enabled)
        gc_enable();
    return m;
}

rt_object *vm_import(rt_object *name)
{
    return gcd_import(name);
}

/* The package a relative import starts from, as CPython 3.11's C
 * resolve_name (import.c) finds it: __package__, else __spec__.parent,
 * else __name__ (cut at its last dot unless the module is a package). */
static rt_object *calc_package(rt_object *globals)
{
    if (!globals)
        return rt_err_set_string(&rt_exc_KeyError, "'__name__' not in globals");
    rt_object *p = rt_dict_getitem_str(globals, "__package__");
    if (p && p != RT_NONE) {
        if (!rt_str_check(p))
            return rt_err_set_string(&rt_exc_TypeError, "package must be a string");
        return rt_newref(p);
    }
    rt_object *spec = rt_dict_getitem_str(globals, "__spec__");
    if (spec && spec != RT_NONE) {
        rt_object *parent = rt_getattr_str(spec, "parent");
        if (parent && !rt_str_check(parent)) {
            rt_decref(parent);
            return rt_err_set_string(&rt_exc_TypeError, "__spec__.parent must be a string");
        }
        return parent;
    }
    rt_object *n = rt_dict_getitem_str(globals, "__name__");
    if (!n)
        return rt_err_set_string(&rt_exc_KeyError, "'__name__' not in globals");
    if (!rt_str_check(n))
        return rt_err_set_string(&rt_exc_TypeError, "__name__ must be a string");
    if (rt_dict_getitem_str(globals, "__path__"))
        return rt_newref(n);
    const char *s = rt_str_data(n), *dot = strrchr(s, '.');
    return rt_str_from_bytes(s, dot ? dot - s : 0);
}

/* The absolute name of a relative one (resolve_name's end). */
static rt_object *resolve_name(rt_object *name, rt_object *globals, int level)
{
    rt_object *package = calc_package(globals);
    if (!package)
        return NULL;
    rt_object *r = NULL;
    if (rt_str_size(package) == 0) {
        rt_err_set_string(&rt_exc_ImportError, "attempted relative import with no known parent package");
        goto done;
    }
    /* package.rsplit('.', level - 1)[0], with level - 1 dots to spare */
    const char *p = rt_str_data(package);
    intptr_t end = rt_str_size(package);
    for (int i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.')
            end--;
        if (end == 0) {
            rt_err_set_string(&rt_exc_ImportError, "attempted relative import beyond top-level package");
            goto done;
        }
        end--;
    }
    r = rt_str_size(name) ? rt_str_from_format("%.*s.%s", (int)end, p, rt_str_data(name))
                          : rt_str_from_bytes(p, end);
done:
    rt_decref(package);
    return r;
}

/* _handle_fromlist: the names of fromlist that a package lacks are
 * imported as its submodules; a missing submodule is no error here (the
 * IMPORT_FROM that follows reports the name). */
static int handle_fromlist(rt_object *m, rt_object *fromlist)
{
    /* the common case, a plain module: one probe with a cached key (an
     * immortal interned str), no C-string hashing per import */
    static rt_object *path_name;
    if (!path_name && !(path_name = rt_str_intern_cstr("__path__")))
        return -1;
    if (RT_TYPE(m) == &vm_module_type) {
        if (!rt_dict_getitem(((vm_module *)m)->dict, path_name))
            return rt_err_occurred() ? -1 : 0;
    } else {
        rt_object *path = attr_or_absent(m, "__path__");
        if (!path)
            return rt_err_occurred() ? -1 : 0;
        rt_decref(path);
    }
    rt_object *mname = attr_or_absent(m, "__name__");
    if (!mname || !rt_str_check(mname)) {
        RT_XDECREF(mname);
        return rt_err_occurred() ? -1 : 0;
    }
    rt_object *it = rt_get_iter(fromlist), *x;
    int r = it ? 0 : -1;
    while (r == 0 && (x = rt_iter_next(it))) {
        if (!rt_str_check(x)) {
            rt_err_format(&rt_exc_TypeError, "Item in ``from list'' must be str, not %s", RT_TYPE(x)->name);
            r = -1;
        } else if (strcmp(rt_str_data(x), "*") != 0) {
            rt_object *have = attr_or_absent(m, rt_str_data(x));
            if (have)
                rt_decref(have);
            else if (rt_err_occurred())
                r = -1;
            else {
                rt_object *full = rt_str_from_format("%s.%s", rt_str_data(mname), rt_str_data(x));
                rt_object *sub = full ? gcd_import(full) : NULL;
                if (sub)
                    rt_decref(sub);
                else if (full && rt_err_matches(&rt_exc_ModuleNotFoundError)) {
                    /* only the submodule itself missing is passed over */
                    rt_object *e = rt_err_fetch();
                    rt_object *en = ((rt_exc_import *)e)->name;
                    if (en && rt_str_check(en) && rt_str_eq(en, full))
                        rt_decref(e);
                    else {
                        rt_err_restore(e);
                        r = -1;
                    }
                } else
                    r = -1;
                RT_XDECREF(full);
            }
        }
        rt_decref(x);
    }
    if (r == 0 && rt_err_occurred())
        r = -1;
    RT_XDECREF(it);
    rt_decref(mname);
    return r;
}

rt_object *vm_import_name(rt_object *name, rt_object *globals, rt_object *fromlist, int level)
{
    if (level < 0)
        return rt_err_set_string(&rt_exc_ValueError, "level must be >= 0");
    rt_object *full = level > 0 ? resolve_name(name, globals, level) : rt_newref(name);
    if (!full)
        return NULL;
    if (level == 0 && rt_str_size(name) == 0) {
        rt_decref(full);
        return rt_err_set_string(&rt_exc_ValueError, "Empty module name");
    }
    rt_object *m = gcd_import(full);
    rt_decref(full);
    if (!m)
        return NULL;
    int from = fromlist && fromlist != RT_NONE ? rt_is_true(fromlist) : 0;
    if (from < 0) {
        rt_decref(m);
        return NULL;
    }
    if (from) {
        if (handle_fromlist(m, fromlist) < 0)
            RT_CLEAR(m);
        return m;
    }
    /* no fromlist: the top-level package of what was named */
    const char *n = rt_str_data(name), *dot = strchr(n, '.');
    if (level == 0) {
        if (!dot)
            return m;
        rt_decref(m);
        rt_object *top = rt_str_from_bytes(n, dot - n);
        m = top ? gcd_import(top) : NULL;
        RT_XDECREF(top);
        return m;
    }
    if (rt_str_size(name) == 0 || !dot)
        return m;
    /* module.__name__ cut by what follows name's first component */
    rt_object *mn = attr_or_absent(m, "__name__");
    rt_decref(m);
    if (!mn || !rt_str_check(mn)) {
        RT_XDECREF(mn);
        return rt_err_occurred() ? NULL : rt_err_set_string(&rt_exc_KeyError, "__name__");
    }
    intptr_t cut = (intptr_t)strlen(dot);
    rt_object *key = rt_str_from_bytes(rt_str_data(mn), rt_str_size(mn) - cut);
    rt_decref(mn);
    m = key ? rt_dict_getitem(vm.modules, key) : NULL;
    if (m)
        rt_incref(m);
    else if (key && !rt_err_occurred())
        rt_err_set_object(&rt_exc_KeyError, key);
    RT_XDECREF(key);
    return m;
}

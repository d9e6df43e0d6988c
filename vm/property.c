/*
 * property.c -- the built-in `property` descriptor (getter, setter,
 * deleter, doc), with CPython 3.11's errors: "property 'x' of 'C' object
 * has no setter" (the name comes from __set_name__, which the class
 * statement calls).
 *
 * A property is a GC container (it holds functions, which reach their
 * globals); copies made by getter/setter/deleter are new objects, as in
 * CPython, so the class body's rebinding of the name keeps one chain.
 */
#include "vm/eval.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

#define STATIC_TYPE_HEAD { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 }

typedef struct vm_property {
    RT_OBJECT_HEAD
    rt_object *fget, *fset, *fdel, *doc, *name;   /* each may be NULL */
} vm_property;

static int prop_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_property *p = (vm_property *)o;
    RT_VISIT(p->fget);
    RT_VISIT(p->fset);
    RT_VISIT(p->fdel);
    RT_VISIT(p->doc);
    RT_VISIT(p->name);
    return 0;
}

static int prop_clear(rt_object *o)
{
    vm_property *p = (vm_property *)o;
    RT_CLEAR(p->fget);
    RT_CLEAR(p->fset);
    RT_CLEAR(p->fdel);
    RT_CLEAR(p->doc);
    RT_CLEAR(p->name);
    return 0;
}

static void prop_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    prop_clear(o);
    rt_object_free(o);
}

static rt_object *none_to_null(rt_object *o) { return o == RT_NONE ? NULL : o; }

static rt_object *prop_make(rt_type *t, rt_object *fget, rt_object *fset, rt_object *fdel,
                            rt_object *doc, rt_object *name)
{
    vm_property *p = (vm_property *)rt_object_new(t);
    if (!p)
        return NULL;
    fget = none_to_null(fget), fset = none_to_null(fset), fdel = none_to_null(fdel);
    doc = none_to_null(doc);
    p->fget = fget ? rt_newref(fget) : NULL;
    p->fset = fset ? rt_newref(fset) : NULL;
    p->fdel = fdel ? rt_newref(fdel) : NULL;
    p->name = name ? rt_newref(name) : NULL;
    if (doc) {
        p->doc = rt_newref(doc);
    } else if (fget) {   /* the getter's docstring, None included (CPython
                            * 3.11 keeps it: gc.get_referents shows it) */
        rt_object *d = rt_getattr_str(fget, "__doc__");
        if (!d)
            rt_err_clear();
        p->doc = d;
    }
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

static rt_object *prop_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    static const char *const kwlist[] = { "fget", "fset", "fdel", "doc" };
    rt_object *v[4] = { NULL, NULL, NULL, NULL };
    intptr_t n = RT_SIZE(args);
    if (n > 4)
        return rt_err_format(&rt_exc_TypeError, "property() takes at most 4 arguments (%ld given)", (long)n);
    for (intptr_t i = 0; i < n; i++)
        v[i] = RT_TUPLE_GET_ITEM(args, i);
    if (kwargs) {
        intptr_t pos = 0;
        rt_object *k, *val;
        while (rt_dict_next(kwargs, &pos, &k, &val)) {
            int i = 0;
            while (i < 4 && !rt_str_eq_cstr(k, kwlist[i]))
                i++;
            if (i == 4)
                return rt_err_format(&rt_exc_TypeError, "'%s' is an invalid keyword argument for property()",
                                     rt_str_check(k) ? rt_str_data(k) : "?");
            if (v[i])
                return rt_err_format(&rt_exc_TypeError,
                                     "argument for property() given by name ('%s') and position (%d)",
                                     kwlist[i], i + 1);
            v[i] = val;
        }
    }
    return prop_make(t, v[0], v[1], v[2], v[3], NULL);
}

/* "property 'x' of 'C' object has no setter" (no name: "property of ...") */
static rt_object *prop_missing(vm_property *p, rt_object *obj, const char *what)
{
    if (p->name && rt_str_check(p->name))
        return rt_err_format(&rt_exc_AttributeError, "property '%s' of '%s' object has no %s",
                             rt_str_data(p->name), rt_type_name(obj), what);
    return rt_err_format(&rt_exc_AttributeError, "property of '%s' object has no %s", rt_type_name(obj), what);
}

rt_object *vm_property_fget(rt_object *p)
{
    return ((vm_property *)p)->fget;
}

static rt_object *prop_get(rt_object *self, rt_object *obj, rt_object *type)
{
    (void)type;
    vm_property *p = (vm_property *)self;
    if (!obj || obj == RT_NONE)
        return rt_newref(self);
    if (!p->fget)
        return prop_missing(p, obj, "getter");
    return vm_call(p->fget, &obj, 1, NULL);
}

static int prop_set(rt_object *self, rt_object *obj, rt_object *value)
{
    vm_property *p = (vm_property *)self;
    rt_object *f = value ? p->fset : p->fdel;
    if (!f) {
        prop_missing(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    rt_object *args[2] = { obj, value };
    rt_object *r = vm_call(f, args, value ? 2 : 1, NULL);
    if (!r)
        return -1;
    rt_decref(r);
    return 0;
}

/* getter/setter/deleter: a copy with one function replaced */
static rt_object *prop_copy(rt_object *self, rt_object *const *args, intptr_t nargs, int which)
{
    vm_property *p = (vm_property *)self;
    static const char *const names[] = { "getter", "setter", "deleter" };
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "property.%s() takes exactly one argument (%ld given)",
                             names[which], (long)nargs);
    rt_object *f[3] = { p->fget, p->fset, p->fdel };
    f[which] = args[0];
    /* a doc that came from the old getter follows the new one */
    rt_object *doc = which == 0 ? NULL : p->doc;
    return prop_make(RT_TYPE(self), f[0] ? f[0] : RT_NONE, f[1] ? f[1] : RT_NONE,
                     f[2] ? f[2] : RT_NONE, doc ? doc : RT_NONE, p->name);
}

static rt_object *prop_getter(rt_object *s, rt_object *const *a, intptr_t n, rt_object *kw)
{
    (void)kw;
    return prop_copy(s, a, n, 0);
}
static rt_object *prop_setter(rt_object *s, rt_object *const *a, intptr_t n, rt_object *kw)
{
    (void)kw;
    return prop_copy(s, a, n, 1);
}
static rt_object *prop_deleter(rt_object *s, rt_object *const *a, intptr_t n, rt_object *kw)
{
    (void)kw;
    return prop_copy(s, a, n, 2);
}

static rt_object *prop_set_name(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)kw;
    /* METH_VARARGS in CPython 3.11: the call builds (owner, name), a
     * container gc.get_count() sees at every class with a property */
    rt_varargs_standin argtuple = rt_tuple_varargs_take(args, nargs);
    if (!argtuple.ok)
        return NULL;
    rt_object *r = NULL;
    if (nargs != 2) {
        rt_err_format(&rt_exc_TypeError, "__set_name__() takes 2 positional arguments but %ld were given",
                      (long)nargs);
    } else {
        RT_SETREF(((vm_property *)self)->name, rt_newref(args[1]));
        r = rt_newref(RT_NONE);
    }
    rt_tuple_varargs_drop(argtuple);
    return r;
}

RT_NOSCAN static rt_method_def prop_methods[] = {
    { "getter", prop_getter, RT_METH_FASTCALL, NULL },
    { "setter", prop_setter, RT_METH_FASTCALL, NULL },
    { "deleter", prop_deleter, RT_METH_FASTCALL, NULL },
    { "__set_name__", prop_set_name, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_object *field_or_none(rt_object *v) { return rt_newref(v ? v : RT_NONE); }
static rt_object *get_fget(rt_object *o, void *c) { (void)c; return field_or_none(((vm_property *)o)->fget); }
static rt_object *get_fset(rt_object *o, void *c) { (void)c; return field_or_none(((vm_property *)o)->fset); }
static rt_object *get_fdel(rt_object *o, void *c) { (void)c; return field_or_none(((vm_property *)o)->fdel); }
static rt_object *get_doc(rt_object *o, void *c) { (void)c; return field_or_none(((vm_property *)o)->doc); }

/* True when fget, fset or fdel is (CPython's property_get___isabstractmethod__). */
static rt_object *get_isabstract(rt_object *o, void *c)
{
    (void)c;
    vm_property *p = (vm_property *)o;
    rt_object *f[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        int t = f[i] ? vm_is_abstract(f[i]) : 0;
        if (t)
            return t < 0 ? NULL : rt_bool_from(true);
    }
    return rt_bool_from(false);
}

RT_NOSCAN static rt_getset_def prop_getsets[] = {
    { "fget", get_fget, NULL, NULL },
    { "fset", get_fset, NULL, NULL },
    { "fdel", get_fdel, NULL, NULL },
    { "__doc__", get_doc, NULL, NULL },
    { "__isabstractmethod__", get_isabstract, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type vm_property_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "property",
    .basicsize = sizeof(vm_property),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = prop_dealloc,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .getattro = rt_generic_getattr,
    .new_ = prop_new,
    .methods = prop_methods,
    .getsets = prop_getsets,
};

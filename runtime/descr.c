/*
 * descr.c -- the built-in callables and descriptors a type's dict holds:
 * builtin_function_or_method (a C function, possibly bound to self),
 * method_descriptor, classmethod_descriptor, getset_descriptor and
 * member_descriptor (a __slots__ entry).
 *
 * Invariants kept here:
 *   - a static type's descriptors are immortal-typed, untracked and borrow
 *     their owner; a heap type's getset and member descriptors own their
 *     class and are tracked gc containers (CPython's d_type), so the class
 *     and its dict form the cycle a collection finds;
 *   - a descriptor applies only to instances of its owner: anything else
 *     gets CPython 3.11's TypeError;
 *   - a built-in's __doc__ and __text_signature__ come from one internal
 *     docstring in CPython's Argument Clinic convention (name, signature,
 *     ")\n--\n\n", docstring): CPython 3.11's own for the functions and
 *     methods builtin_docs_tab.h lists, else the method table's text.
 */
#include <string.h>
#include "runtime/object.h"
#include "runtime/weakref.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

typedef struct getset_descr {
    RT_OBJECT_HEAD
    rt_getset_def *def;
    rt_type *owner;
} getset_descr;

/* A heap type's getset descriptors own their class and are tracked
 * containers (CPython's descriptors hold d_type): with the class's dict
 * they make the cycle a collection finds.  A static type's are neither. */
static int getset_traverse(rt_object *d, rt_visitproc visit, void *arg)
{
    RT_VISIT(((getset_descr *)d)->owner);
    return 0;
}

static void getset_dealloc(rt_object *d)
{
    rt_gc_untrack(d);
    RT_CLEAR(((getset_descr *)d)->owner);
    rt_object_free(d);
}

static rt_type heap_getset_descr_type;

static rt_object *descr_new(rt_type *dt, void *def, rt_type *owner)
{
    rt_method_descr *d = (rt_method_descr *)rt_object_new(dt);
    if (!d)
        return NULL;
    d->def = def;
    d->owner = owner;
    return RT_OBJ(d);
}

/* ---- __doc__ ----------------------------------------------------------------------- */

/* The docstrings CPython 3.11 gives its getset descriptors (all others'
 * __doc__ is None there): by owner type and attribute name. */
static const struct { const char *owner, *name, *doc; } getset_docs[] = {
    { "int", "real", "the real part of a complex number" },
    { "int", "imag", "the imaginary part of a complex number" },
    { "int", "numerator", "the numerator of a rational number in lowest terms" },
    { "int", "denominator", "the denominator of a rational number in lowest terms" },
    { "float", "real", "the real part of a complex number" },
    { "float", "imag", "the imaginary part of a complex number" },
    { "object", "__class__", "the object's class" },
    { "BaseException", "__context__", "exception context" },
    { "BaseException", "__cause__", "exception cause" },
    { "generator", "__name__", "name of the generator" },
    { "generator", "__qualname__", "qualified name of the generator" },
    { "generator", "gi_yieldfrom", "object being iterated by yield from, or None" },
    { "collections.deque", "maxlen", "maximum size of a deque or None if unbounded" },
};

static rt_object *doc_or_none(const char *doc)
{
    return doc ? rt_str_from_cstr(doc) : rt_none_new();
}

#include "runtime/builtin_docs_tab.h"

/* CPython 3.11's internal docstring of owner.name: 1 and *doc (NULL when
 * CPython has none) when builtin_docs_tab.h lists it, else 0. */
static int builtin_doc_find(const char *owner, const char *name, const char **doc)
{
    size_t lo = 0, hi = sizeof builtin_docs / sizeof builtin_docs[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(builtin_docs[mid].owner, owner);
        if (c == 0)
            c = strcmp(builtin_docs[mid].name, name);
        if (c == 0) {
            *doc = builtin_docs[mid].doc;
            return 1;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static rt_object *cfunction_module(rt_object *o);

/* The name of what a built-in belongs to, for builtin_docs_tab.h: a
 * method descriptor's owner; a function's module; a bound method's type
 * or, for an instance, the first type of its MRO's base chain that lists
 * the name (a subclass of list finds list's append).  NULL when unknown;
 * *holder keeps a module name alive (a new reference, or NULL). */
static const char *builtin_owner(rt_object *o, rt_object **holder)
{
    *holder = NULL;
    rt_type *t = RT_TYPE(o);
    if (t == &rt_method_descr_type || t == &rt_classmethod_descr_type)
        return ((rt_method_descr *)o)->owner->name;
    rt_cfunction *f = (rt_cfunction *)o;
    rt_object *self = f->self ? f->self : cfunction_module(o);
    if (!self)
        return NULL;
    if (strcmp(RT_TYPE(self)->name, "module") == 0) {
        rt_object *n = rt_getattr_str(self, "__name__");
        if (!n || !rt_str_check(n)) {
            rt_xdecref(n);
            rt_err_clear();
            return NULL;
        }
        *holder = n;
        return rt_str_data(n);
    }
    const char *doc;
    for (rt_type *b = rt_type_check(self) ? (rt_type *)self : RT_TYPE(self); b; b = b->base)
        if (builtin_doc_find(b->name, f->def->name, &doc))
            return b->name;
    return NULL;
}

/* The internal docstring of a built-in function or method descriptor:
 * CPython's when the table lists it (*listed set; NULL when CPython has
 * none), else the method table's text (NULL when it has none). */
static const char *internal_doc(rt_object *o, rt_method_def *def, bool *listed)
{
    rt_object *holder;
    const char *owner = builtin_owner(o, &holder), *doc = NULL;
    *listed = owner && builtin_doc_find(owner, def->name, &doc);
    rt_xdecref(holder);   /* the table's strings are static: doc outlives it */
    return *listed ? doc : def->doc;
}

/* CPython's find_signature: the "(" after the name at the start of doc. */
static const char *find_signature(const char *name, const char *doc)
{
    if (!doc)
        return NULL;
    const char *dot = strrchr(name, '.');
    if (dot)
        name = dot + 1;
    size_t n = strlen(name);
    if (strncmp(doc, name, n) != 0 || doc[n] != '(')
        return NULL;
    return doc + n;
}

/* CPython's skip_signature: just past ")\n--\n\n", or NULL when an
 * empty line comes first. */
static const char *skip_signature(const char *doc)
{
    for (; *doc; doc++) {
        if (strncmp(doc, ")\n--\n\n", 6) == 0)
            return doc + 6;
        if (doc[0] == '\n' && doc[1] == '\n')
            return NULL;
    }
    return NULL;
}

/* __doc__: the docstring after the signature (None when empty); a line of
 * gclab's own for a built-in without any text (every one of CPython's has
 * a docstring). */
static rt_object *method_doc(rt_object *o, rt_method_def *def)
{
    bool listed;
    const char *doc = internal_doc(o, def, &listed);
    if (!doc)
        return listed ? rt_none_new()
                      : rt_str_from_format("%s(...): a built-in of the gclab Python subset", def->name);
    const char *sig = find_signature(def->name, doc), *body = sig ? skip_signature(sig) : NULL;
    if (body)
        doc = body;
    return *doc ? rt_str_from_cstr(doc) : rt_none_new();
}

/* __text_signature__: "(...)" of the internal docstring, or None. */
static rt_object *method_text_signature(rt_object *o, rt_method_def *def)
{
    bool listed;
    const char *doc = internal_doc(o, def, &listed), *sig = find_signature(def->name, doc);
    const char *end = sig ? skip_signature(sig) : NULL;
    return end ? rt_str_from_bytes(sig, end - sig - 5) : rt_none_new();   /* up to the ')' */
}

/* The getattro of the descriptor and built-in function types: their
 * __doc__ is their own (the method table's text, a getset's docstring,
 * None for a __slots__ member), not their type's, which sits under the
 * same name in the type's dict (CPython answers both through a __doc__
 * getset and type's own __doc__ descriptor, which gclab's type lacks). */
static rt_object *descr_getattro(rt_object *o, rt_object *name);

rt_object *rt_method_descr_new(rt_method_def *def, rt_type *owner)
{
    return descr_new(&rt_method_descr_type, def, owner);
}

rt_object *rt_cfunction_new(rt_method_def *def, rt_object *self)
{
    rt_cfunction *f = (rt_cfunction *)rt_object_new(&rt_cfunction_type);
    if (!f)
        return NULL;
    f->def = def;
    f->self = self ? rt_newref(self) : NULL;
    f->module = f->modname = NULL;
    rt_gc_track(RT_OBJ(f));
    return RT_OBJ(f);
}

int rt_cfunction_adopt(rt_object *m, rt_object *dict)
{
    rt_object *name = rt_dict_getitem_str(dict, "__name__");
    if (!name)
        return rt_err_occurred() ? -1 : 0;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (rt_dict_next(dict, &pos, &k, &v)) {
        rt_cfunction *f = (rt_cfunction *)v;
        if (RT_TYPE(v) != &rt_cfunction_type || f->self || f->module)
            continue;
        f->module = rt_newref(m);
        f->modname = rt_newref(name);
    }
    return 0;
}

/* Calls def->func with a vector: positional items, then keyword values
 * named by a tuple kwnames (CPython's vectorcall convention). */
static rt_object *call_cfunc(rt_method_def *def, rt_object *self, rt_object *const *pos, intptr_t npos,
                             rt_object *kwargs)
{
    intptr_t nkw = kwargs ? rt_dict_size(kwargs) : 0;
    if (nkw == 0)
        return def->func(self, pos, npos, NULL);
    rt_object *small[16];   /* keyword calls of built-ins are short; no malloc */
    rt_object **vec = npos + nkw <= 16 ? small : rt_mem_malloc(sizeof(rt_object *) * (size_t)(npos + nkw));
    if (!vec)
        return rt_err_no_memory();
    rt_object *kwnames = rt_tuple_new(nkw);
    if (!kwnames) {
        if (vec != small)
            rt_mem_free(vec);
        return NULL;
    }
    memcpy(vec, pos, sizeof(rt_object *) * (size_t)npos);
    intptr_t p = 0, i = 0;
    rt_object *k, *v;
    while (rt_dict_next(kwargs, &p, &k, &v)) {
        RT_TUPLE_SET_ITEM(kwnames, i, rt_newref(k));
        vec[npos + i++] = v;
    }
    rt_object *r = def->func(self, vec, npos, kwnames);
    RT_DECREF(kwnames);
    if (vec != small)
        rt_mem_free(vec);
    return r;
}

static rt_object *cfunction_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    rt_cfunction *f = (rt_cfunction *)o;
    return call_cfunc(f->def, f->self, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs);
}

rt_object *rt_meth_call_varargs(const rt_method_def *def, rt_object *self, rt_object *const *args,
                                intptr_t nargs, rt_object *kwnames)
{
    rt_varargs_standin argtuple = rt_tuple_varargs_take(args, nargs);
    rt_object *kwdict = NULL;
    if (!argtuple.ok)
        return NULL;
    if (kwnames && RT_SIZE(kwnames) && !(kwdict = rt_dict_new())) {
        rt_tuple_varargs_drop(argtuple);
        return NULL;
    }
    rt_object *r = def->func(self, args, nargs, kwnames);
    rt_tuple_varargs_drop(argtuple);
    RT_XDECREF(kwdict);
    return r;
}

rt_object *rt_cfunction_call_vector(rt_object *o, rt_object *const *args, intptr_t nargs)
{
    rt_cfunction *f = (rt_cfunction *)o;
    if (!(f->def->flags & RT_METH_VARARGS))
        return rt_meth_call(f->def, f->self, args, nargs, NULL);
    rt_object *t = rt_tuple_from_array(args, nargs);
    if (!t)
        return NULL;
    rt_object *r = f->def->func(f->self, RT_TUPLE_ITEMS(t), nargs, NULL);
    rt_decref(t);
    return r;
}

static void cfunction_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    if (((rt_cfunction *)o)->weakreflist)
        rt_weakref_clear_all(o);
    RT_XDECREF(((rt_cfunction *)o)->self);
    RT_XDECREF(((rt_cfunction *)o)->module);
    RT_XDECREF(((rt_cfunction *)o)->modname);
    rt_object_free(o);
}

/* Equal when the same C function is bound to the same object; no order
 * (CPython's meth_richcompare and meth_hash). */
static rt_object *cfunction_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op != RT_EQ && op != RT_NE) || RT_TYPE(b) != &rt_cfunction_type)
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_cfunction *x = (rt_cfunction *)a, *y = (rt_cfunction *)b;
    bool eq = x->self == y->self && x->def->func == y->def->func;
    return rt_bool_from(op == RT_EQ ? eq : !eq);
}

static intptr_t cfunction_hash(rt_object *o)
{
    rt_cfunction *f = (rt_cfunction *)o;
    void *fn;
    memcpy(&fn, &f->def->func, sizeof fn < sizeof f->def->func ? sizeof fn : sizeof f->def->func);
    intptr_t h = (f->self ? rt_hash_pointer(f->self) : 0) ^ rt_hash_pointer(fn);
    return h == -1 ? -2 : h;
}

static int cfunction_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((rt_cfunction *)o)->self);
    RT_VISIT(((rt_cfunction *)o)->module);
    RT_VISIT(((rt_cfunction *)o)->modname);
    return 0;
}


static rt_object *cfunction_repr(rt_object *o)
{
    rt_cfunction *f = (rt_cfunction *)o;
    if (!f->self)
        return rt_str_from_format("<built-in function %s>", f->def->name);
    return rt_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                              f->self->type->name, (void *)f->self);
}

static rt_object *cfunction_get_name(rt_object *o, void *c)
{
    (void)c;
    return rt_str_from_cstr(((rt_cfunction *)o)->def->name);
}

/* A type's __qualname__ as C text: a class's own, else the name after the
 * module prefix ("collections.deque": "deque"), as CPython's
 * type_qualname. */
const char *rt_type_qualname_text(rt_type *t)
{
    if (t->qualname)
        return rt_str_data(t->qualname);
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* CPython's: "list.append" for a method bound to an instance, "dict.fromkeys"
 * for one bound to a class, the bare name for a plain function. */
static rt_object *cfunction_get_qualname(rt_object *o, void *c)
{
    (void)c;
    rt_cfunction *f = (rt_cfunction *)o;
    if (!f->self)
        return rt_str_from_cstr(f->def->name);
    rt_type *owner = rt_type_check(f->self) ? (rt_type *)f->self : f->self->type;
    return rt_str_from_format("%s.%s", rt_type_qualname_text(owner), f->def->name);
}

/* The module of a plain function (rt_cfunction_module_hook), NULL if none
 * holds it (a built-in type's static method). */
static rt_object *cfunction_module(rt_object *o)
{
    rt_cfunction *f = (rt_cfunction *)o;
    if (f->module)
        return f->module;
    return !f->self && rt_cfunction_module_hook ? rt_cfunction_module_hook(o) : NULL;
}

/* The bound instance; for a plain function the module that holds it
 * (len.__self__ is the builtins module, as CPython's m_self), else None. */
static rt_object *cfunction_get_self(rt_object *o, void *c)
{
    (void)c;
    rt_object *self = ((rt_cfunction *)o)->self;
    if (((rt_cfunction *)o)->def->flags & RT_METH_STATIC)
        self = NULL;   /* CPython's PyCFunction_GET_SELF: a static method has none */
    else if (!self)
        self = cfunction_module(o);
    return rt_newref(self ? self : RT_NONE);
}

rt_object *(*rt_cfunction_module_hook)(rt_object *f);

/* A plain function's module's name ('builtins' for len); None for a bound
 * method, as CPython's (its m_module is NULL). */
static rt_object *cfunction_get_module(rt_object *o, void *c)
{
    (void)c;
    rt_object *m = cfunction_module(o);
    return m ? rt_getattr_str(m, "__name__") : rt_none_new();
}

RT_NOSCAN static rt_getset_def cfunction_getsets[] = {
    { "__module__", cfunction_get_module, NULL, NULL },
    { "__name__", cfunction_get_name, NULL, NULL },
    { "__qualname__", cfunction_get_qualname, NULL, NULL },
    { "__self__", cfunction_get_self, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type rt_cfunction_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "builtin_function_or_method",
    .basicsize = sizeof(rt_cfunction),
    .weaklistoffset = offsetof(rt_cfunction, weakreflist),
    .flags = RT_TPFLAGS_GC,
    .dealloc = cfunction_dealloc,
    .traverse = cfunction_traverse,
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .call = cfunction_call,
    .getsets = cfunction_getsets,
    .getattro = descr_getattro,
};

static rt_object *method_descr_get(rt_object *d, rt_object *obj, rt_object *type)
{
    (void)type;
    if (!obj)
        return rt_newref(d);
    rt_method_descr *m = (rt_method_descr *)d;
    if (!rt_isinstance_type(obj, m->owner))
        return rt_err_format(&rt_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             m->def->name, m->owner->name, obj->type->name);
    return rt_cfunction_new(m->def, obj);
}

/* CPython's method_check_args: _PyObject_FunctionStr gives the
 * descriptor's qualname ("str.count"); a bound method object has only the
 * method's name, which the function's own check reports. */
rt_object *rt_method_descr_no_kw(const rt_method_descr *m)
{
    return rt_err_format(&rt_exc_TypeError, "%s.%s() takes no keyword arguments", m->owner->name, m->def->name);
}

static rt_object *method_descr_call(rt_object *d, rt_object *args, rt_object *kwargs)
{
    rt_method_descr *m = (rt_method_descr *)d;
    if (RT_SIZE(args) < 1)
        return rt_err_format(&rt_exc_TypeError, "unbound method %s.%s() needs an argument",
                             m->owner->name, m->def->name);
    rt_object *self = RT_TUPLE_GET_ITEM(args, 0);
    if (!rt_isinstance_type(self, m->owner))
        return rt_err_format(&rt_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             m->def->name, m->owner->name, self->type->name);
    if ((m->def->flags & RT_METH_NOKW) && kwargs && rt_dict_size(kwargs) > 0)
        return rt_method_descr_no_kw(m);
    return call_cfunc(m->def, self, RT_TUPLE_ITEMS(args) + 1, RT_SIZE(args) - 1, kwargs);
}

rt_object *rt_method_descr_call_vector(rt_object *d, rt_object *const *args, intptr_t nargs)
{
    rt_method_descr *m = (rt_method_descr *)d;
    if (nargs < 1)
        return rt_err_format(&rt_exc_TypeError, "unbound method %s.%s() needs an argument",
                             m->owner->name, m->def->name);
    if (!rt_isinstance_type(args[0], m->owner))
        return rt_err_format(&rt_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             m->def->name, m->owner->name, args[0]->type->name);
    return rt_meth_call(m->def, args[0], args + 1, nargs - 1, NULL);
}

static rt_object *method_descr_repr(rt_object *d)
{
    rt_method_descr *m = (rt_method_descr *)d;
    return rt_str_from_format("<method '%s' of '%s' objects>", m->def->name, m->owner->name);
}

static rt_object *method_descr_get_name(rt_object *d, void *c)
{
    (void)c;
    return rt_str_from_cstr(((rt_method_descr *)d)->def->name);
}

static rt_object *method_descr_get_qualname(rt_object *d, void *c)
{
    (void)c;
    rt_method_descr *m = (rt_method_descr *)d;
    return rt_str_from_format("%s.%s", rt_type_qualname_text(m->owner), m->def->name);
}

static rt_object *method_descr_get_objclass(rt_object *d, void *c)
{
    (void)c;
    return rt_newref(RT_OBJ(((rt_method_descr *)d)->owner));
}

RT_NOSCAN static rt_getset_def method_descr_getsets[] = {
    { "__name__", method_descr_get_name, NULL, NULL },
    { "__qualname__", method_descr_get_qualname, NULL, NULL },
    { "__objclass__", method_descr_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type rt_method_descr_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "method_descriptor",
    .basicsize = sizeof(rt_method_descr),
    .dealloc = rt_object_free,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
    .getattro = descr_getattro,
};

static rt_object *classmethod_descr_get(rt_object *d, rt_object *obj, rt_object *type)
{
    rt_method_descr *m = (rt_method_descr *)d;
    if (!type)
        type = RT_OBJ(obj->type);
    return rt_cfunction_new(m->def, type);
}

static rt_object *classmethod_descr_call(rt_object *d, rt_object *args, rt_object *kwargs)
{
    rt_method_descr *m = (rt_method_descr *)d;
    if (RT_SIZE(args) < 1 || !rt_type_check(RT_TUPLE_GET_ITEM(args, 0)))
        return rt_err_format(&rt_exc_TypeError, "descriptor '%s' of '%s' object needs a type",
                             m->def->name, m->owner->name);
    return call_cfunc(m->def, RT_TUPLE_GET_ITEM(args, 0), RT_TUPLE_ITEMS(args) + 1, RT_SIZE(args) - 1, kwargs);
}

RT_NOSCAN_TYPE rt_type rt_classmethod_descr_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "classmethod_descriptor",
    .basicsize = sizeof(rt_method_descr),
    .dealloc = rt_object_free,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
    .getattro = descr_getattro,
};

static rt_object *getset_get(rt_object *d, rt_object *obj, rt_object *type)
{
    (void)type;
    getset_descr *g = (getset_descr *)d;
    if (!obj)
        return rt_newref(d);
    if (!rt_isinstance_type(obj, g->owner))
        return rt_err_format(&rt_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             g->def->name, g->owner->name, obj->type->name);
    return g->def->get(obj, g->def->closure);
}

static int getset_set(rt_object *d, rt_object *obj, rt_object *value)
{
    getset_descr *g = (getset_descr *)d;
    if (!g->def->set) {
        rt_err_format(&rt_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                      g->def->name, g->owner->name);
        return -1;
    }
    return g->def->set(obj, value, g->def->closure);
}

static rt_object *getset_repr(rt_object *d)
{
    getset_descr *g = (getset_descr *)d;
    return rt_str_from_format("<attribute '%s' of '%s' objects>", g->def->name, g->owner->name);
}

static rt_object *getset_get_name(rt_object *d, void *c)
{
    (void)c;
    return rt_str_from_cstr(((getset_descr *)d)->def->name);
}

static rt_object *getset_get_qualname(rt_object *d, void *c)
{
    (void)c;
    getset_descr *g = (getset_descr *)d;
    const char *owner = g->owner->qualname ? rt_str_data(g->owner->qualname) : g->owner->name;
    return rt_str_from_format("%s.%s", owner, g->def->name);
}

static rt_object *getset_get_objclass(rt_object *d, void *c)
{
    (void)c;
    return rt_newref(RT_OBJ(((getset_descr *)d)->owner));
}

RT_NOSCAN static rt_getset_def getset_descr_getsets[] = {
    { "__name__", getset_get_name, NULL, NULL },
    { "__qualname__", getset_get_qualname, NULL, NULL },
    { "__objclass__", getset_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type rt_getset_descr_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "getset_descriptor",
    .basicsize = sizeof(getset_descr),
    .dealloc = rt_object_free,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_descr_getsets,
    .getattro = descr_getattro,
};

RT_NOSCAN_TYPE static rt_type heap_getset_descr_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "getset_descriptor",
    .basicsize = sizeof(getset_descr),
    .flags = RT_TPFLAGS_GC,
    .dealloc = getset_dealloc,
    .traverse = getset_traverse,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_descr_getsets,
    .getattro = descr_getattro,
};

/* A __slots__ entry (member_descriptor): the attribute lives at a fixed
 * offset in the object.  The descriptor owns its class and is a tracked
 * container, as CPython's d_type: with the class's dict, a cycle. */
typedef struct member_descr {
    RT_OBJECT_HEAD
    rt_object *name;       /* str, mangled as the class statement mangles */
    intptr_t offset;
    rt_type *owner;
    /* a built-in type's READONLY member that gclab computes (type.__mro__,
     * type.__basicsize__...: its getset table marks it RT_GETSET_MEMBER):
     * read through def->get, offset -1 */
    const rt_getset_def *def;
    bool none_if_null;     /* CPython's T_OBJECT (a C type's member): NULL reads as None, del sets NULL */
} member_descr;

char rt_getset_member_marker;

static int descr_apply_check(const char *name, rt_type *owner, rt_object *obj)
{
    if (rt_isinstance_type(obj, owner))
        return 0;
    rt_err_format(&rt_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                  owner->name, obj->type->name);
    return -1;
}

static rt_object *member_get(rt_object *d, rt_object *obj, rt_object *type)
{
    (void)type;
    member_descr *m = (member_descr *)d;
    if (!obj)
        return rt_newref(d);
    if (descr_apply_check(rt_str_data(m->name), m->owner, obj) < 0)
        return NULL;
    if (m->def)
        return m->def->get(obj, m->def->closure);
    rt_object *v = *(rt_object **)((char *)obj + m->offset);
    if (!v && m->none_if_null)
        return rt_newref(RT_NONE);
    if (!v)
        return rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute '%s'",
                             obj->type->name, rt_str_data(m->name));
    return rt_newref(v);
}

static int member_set(rt_object *d, rt_object *obj, rt_object *value)
{
    member_descr *m = (member_descr *)d;
    if (descr_apply_check(rt_str_data(m->name), m->owner, obj) < 0)
        return -1;
    if (m->def) {
        if (m->def->set)
            return m->def->set(obj, value, m->def->closure);
        rt_err_set_string(&rt_exc_AttributeError, "readonly attribute");
        return -1;
    }
    rt_object **slot = (rt_object **)((char *)obj + m->offset);
    if (!value && !*slot && !m->none_if_null) {
        rt_err_set_object(&rt_exc_AttributeError, m->name);   /* CPython's message: just the name */
        return -1;
    }
    RT_SETREF(*slot, value ? rt_newref(value) : NULL);
    return 0;
}

static rt_object *member_repr(rt_object *d)
{
    member_descr *m = (member_descr *)d;
    return rt_str_from_format("<member '%s' of '%s' objects>", rt_str_data(m->name), m->owner->name);
}

static int member_traverse(rt_object *d, rt_visitproc visit, void *arg)
{
    RT_VISIT(((member_descr *)d)->name);
    RT_VISIT(((member_descr *)d)->owner);
    return 0;
}

static void member_dealloc(rt_object *d)
{
    rt_gc_untrack(d);
    RT_CLEAR(((member_descr *)d)->name);
    RT_CLEAR(((member_descr *)d)->owner);
    rt_object_free(d);
}

static rt_object *member_get_name(rt_object *d, void *c)
{
    (void)c;
    return rt_newref(((member_descr *)d)->name);
}

static rt_object *member_get_qualname(rt_object *d, void *c)
{
    (void)c;
    member_descr *m = (member_descr *)d;
    const char *owner = m->owner->qualname ? rt_str_data(m->owner->qualname) : m->owner->name;
    return rt_str_from_format("%s.%s", owner, rt_str_data(m->name));
}

static rt_object *member_get_objclass(rt_object *d, void *c)
{
    (void)c;
    return rt_newref(RT_OBJ(((member_descr *)d)->owner));
}

RT_NOSCAN static rt_getset_def member_getsets[] = {
    { "__name__", member_get_name, NULL, NULL },
    { "__qualname__", member_get_qualname, NULL, NULL },
    { "__objclass__", member_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type rt_member_descr_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "member_descriptor",
    .basicsize = sizeof(member_descr),
    .flags = RT_TPFLAGS_GC,
    .dealloc = member_dealloc,
    .traverse = member_traverse,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
    .getattro = descr_getattro,
};

rt_object *rt_member_descr_new(rt_type *owner, rt_object *name, intptr_t offset)
{
    member_descr *m = (member_descr *)rt_object_new(&rt_member_descr_type);
    if (!m)
        return NULL;
    m->name = rt_newref(name);
    m->offset = offset;
    m->owner = (rt_type *)rt_newref(RT_OBJ(owner));
    m->def = NULL;
    rt_gc_track(RT_OBJ(m));
    return RT_OBJ(m);
}

int rt_type_add_object_member(rt_type *t, const char *name, intptr_t offset)
{
    rt_object *n = rt_str_intern_cstr(name);
    rt_object *d = n ? rt_member_descr_new(t, n, offset) : NULL;
    if (!d)
        return -1;
    ((member_descr *)d)->none_if_null = true;
    int r = rt_dict_setitem(t->dict, n, d);
    RT_DECREF(d);
    rt_type_modified(t);
    return r;
}

intptr_t rt_member_offset(rt_object *d, rt_object *obj)
{
    if (RT_TYPE(d) != &rt_member_descr_type || ((member_descr *)d)->def || !rt_isinstance_type(obj, ((member_descr *)d)->owner))
        return -1;
    return ((member_descr *)d)->offset;
}

intptr_t rt_member_info(rt_object *d, rt_type **owner)
{
    if (RT_TYPE(d) != &rt_member_descr_type || ((member_descr *)d)->def)
        return -1;
    *owner = ((member_descr *)d)->owner;
    return ((member_descr *)d)->offset;
}
rt_object *rt_classmethod_descr_new(rt_method_def *def, rt_type *owner)
{
    return descr_new(&rt_classmethod_descr_type, def, owner);
}

rt_object *rt_getset_descr_new(rt_getset_def *def, rt_type *owner, bool heap)
{
    if (def->closure == &rt_getset_member_marker && !heap) {
        rt_object *name = rt_str_intern_cstr(def->name);
        rt_object *m = name ? rt_member_descr_new(owner, name, -1) : NULL;
        RT_XDECREF(name);
        if (m)
            ((member_descr *)m)->def = def;
        return m;
    }
    /* the heap variant is readied at its first use (its attributes) */
    if (heap && rt_type_ready(&heap_getset_descr_type) < 0)
        return NULL;
    return descr_new(heap ? &heap_getset_descr_type : &rt_getset_descr_type, def, owner);
}

static rt_object *descr_getattro(rt_object *o, rt_object *name)
{
    rt_type *t = RT_TYPE(o);
    bool method = t == &rt_cfunction_type || t == &rt_method_descr_type || t == &rt_classmethod_descr_type;
    if (method && rt_str_check(name) && rt_str_eq_cstr(name, "__text_signature__"))
        return method_text_signature(o, t == &rt_cfunction_type ? ((rt_cfunction *)o)->def
                                                                : ((rt_method_descr *)o)->def);
    if (!rt_str_check(name) || !rt_str_eq_cstr(name, "__doc__"))
        return rt_generic_getattr(o, name);
    if (t == &rt_cfunction_type)
        return method_doc(o, ((rt_cfunction *)o)->def);
    if (t == &rt_method_descr_type || t == &rt_classmethod_descr_type)
        return method_doc(o, ((rt_method_descr *)o)->def);
    if (t == &rt_member_descr_type)
        return rt_none_new();
    getset_descr *g = (getset_descr *)o;
    if (g->owner->flags & RT_TPFLAGS_HEAPTYPE) {   /* a class's __dict__ and __weakref__ */
        if (strcmp(g->def->name, "__dict__") == 0)
            return doc_or_none("dictionary for instance variables");
        if (strcmp(g->def->name, "__weakref__") == 0)
            return doc_or_none("list of weak references to the object");
    }
    for (size_t i = 0; i < sizeof getset_docs / sizeof getset_docs[0]; i++)
        if (strcmp(getset_docs[i].owner, g->owner->name) == 0 && strcmp(getset_docs[i].name, g->def->name) == 0)
            return doc_or_none(getset_docs[i].doc);
    return rt_none_new();
}

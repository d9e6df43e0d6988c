/*
 * func.c -- functions, cells, bound methods, staticmethod, classmethod.
 *
 * Invariants: every object here is tracked by the collector from the end
 * of its constructor until its dealloc; clear leaves the object safe to
 * deallocate (fields NULL).  Calling a function goes through eval.c
 * (vm_call_function), which binds arguments into a frame without
 * allocating a tuple.
 */
#include "vm/func.h"
#include "vm/eval.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/weakref.h"

#define STATIC_TYPE_HEAD { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 }

/* ---- function ------------------------------------------------------------ */

static int func_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_function *f = (vm_function *)o;
    RT_VISIT(f->code);
    /* CPython 3.11's func_traverse order (gc.get_referents shows it) */
    RT_VISIT(f->globals);
    RT_VISIT(f->builtins);
    RT_VISIT(f->module);
    RT_VISIT(f->defaults);
    RT_VISIT(f->kwdefaults);
    RT_VISIT(f->doc);
    RT_VISIT(f->name);
    RT_VISIT(f->dict);
    RT_VISIT(f->closure);
    RT_VISIT(f->annotations);
    RT_VISIT(f->qualname);
    return 0;
}

static int func_clear(rt_object *o)
{
    vm_function *f = (vm_function *)o;
    RT_CLEAR(f->globals);
    RT_CLEAR(f->builtins);
    RT_CLEAR(f->defaults);
    RT_CLEAR(f->kwdefaults);
    RT_CLEAR(f->closure);
    RT_CLEAR(f->dict);
    RT_CLEAR(f->module);
    RT_CLEAR(f->doc);
    RT_CLEAR(f->annotations);
    return 0;
}

static void func_dealloc(rt_object *o)
{
    vm_function *f = (vm_function *)o;
    rt_gc_untrack(o);
    if (f->weakreflist)
        rt_weakref_clear_all(o);
    func_clear(o);
    RT_CLEAR(f->code);
    RT_CLEAR(f->name);
    RT_CLEAR(f->qualname);
    rt_object_free(o);
}

static rt_object *func_repr(rt_object *o)
{
    return rt_str_from_format("<function %s at %p>",
                              rt_str_data(((vm_function *)o)->qualname), (void *)o);
}

static rt_object *func_descr_get(rt_object *f, rt_object *obj, rt_object *type)
{
    (void)type;
    if (obj == NULL || obj == RT_NONE)
        return rt_newref(f);
    return vm_method_new(f, obj);
}

static rt_object *func_call(rt_object *f, rt_object *args, rt_object *kwargs)
{
    return vm_call_with_tuple(f, args, kwargs);
}

static rt_object *func_annotations(vm_function *f);

static rt_object *func_getattro(rt_object *o, rt_object *name)
{
    vm_function *f = (vm_function *)o;
    const char *n = rt_str_data(name);
    if (n[0] == '_' && n[1] == '_') {
        if (rt_str_eq_cstr(name, "__name__"))
            return rt_newref(f->name);
        if (rt_str_eq_cstr(name, "__qualname__"))
            return rt_newref(f->qualname);
        if (rt_str_eq_cstr(name, "__code__"))
            return rt_newref(f->code);
        if (rt_str_eq_cstr(name, "__globals__"))
            return rt_newref(f->globals);
        if (rt_str_eq_cstr(name, "__builtins__"))   /* 3.10's read-only member */
            return rt_newref(f->builtins);
        if (rt_str_eq_cstr(name, "__defaults__"))
            return rt_newref(f->defaults ? f->defaults : RT_NONE);
        if (rt_str_eq_cstr(name, "__kwdefaults__"))
            return rt_newref(f->kwdefaults ? f->kwdefaults : RT_NONE);
        if (rt_str_eq_cstr(name, "__closure__"))
            return rt_newref(f->closure ? f->closure : RT_NONE);
        if (rt_str_eq_cstr(name, "__module__"))
            return rt_newref(f->module ? f->module : RT_NONE);
        if (rt_str_eq_cstr(name, "__doc__"))
            return rt_newref(f->doc ? f->doc : RT_NONE);
        if (rt_str_eq_cstr(name, "__dict__")) {
            if (!f->dict && !(f->dict = rt_dict_new()))
                return NULL;
            return rt_newref(f->dict);
        }
        if (rt_str_eq_cstr(name, "__annotations__"))
            return func_annotations(f);
    }
    return rt_generic_getattr(o, name);
}

/* __annotations__ as CPython 3.11's func_get_annotations: MAKE_FUNCTION
 * left the tuple (name, value, ...) the code built, made a dict on the
 * first read (one container made, the tuple freed); a function without
 * annotations gets an empty dict then (staticmethod reads it, so one
 * container there too). */
static rt_object *func_annotations(vm_function *f)
{
    if (!f->annotations)
        return (f->annotations = rt_dict_new()) ? rt_newref(f->annotations) : NULL;
    if (rt_tuple_check_exact(f->annotations)) {
        rt_object *t = f->annotations, *d = rt_dict_new();
        if (!d)
            return NULL;
        for (intptr_t i = 0; i + 1 < RT_SIZE(t); i += 2)
            if (rt_dict_setitem(d, RT_TUPLE_GET_ITEM(t, i), RT_TUPLE_GET_ITEM(t, i + 1)) < 0) {
                rt_decref(d);
                return NULL;
            }
        RT_SETREF(f->annotations, d);
    }
    return rt_newref(f->annotations);
}

/* The function's own dunder fields: 1 if name is one (set, or -1 with an
 * exception), 0 if not.  Never reaches the type's descriptors, which call
 * it (func_attr_set). */
static int func_set_own(vm_function *f, rt_object *name, rt_object *value)
{
    const char *n = rt_str_data(name);
    if (n[0] == '_' && n[1] == '_') {
        if (rt_str_eq_cstr(name, "__name__") || rt_str_eq_cstr(name, "__qualname__")) {
            if (!value || !rt_str_check(value)) {
                rt_err_format(&rt_exc_TypeError, "%s must be set to a string object",
                              rt_str_data(name));
                return -1;
            }
            if (rt_str_eq_cstr(name, "__name__"))
                RT_SETREF(f->name, rt_newref(value));
            else
                RT_SETREF(f->qualname, rt_newref(value));
            return 1;
        }
        if (rt_str_eq_cstr(name, "__doc__")) {
            RT_SETREF(f->doc, value ? rt_newref(value) : NULL);
            return 1;
        }
        if (rt_str_eq_cstr(name, "__module__")) {   /* a member: any value, NULL read as None */
            RT_SETREF(f->module, value ? rt_newref(value) : NULL);
            return 1;
        }
        if (rt_str_eq_cstr(name, "__annotations__")) {
            if (value == RT_NONE)
                value = NULL;
            if (value && !rt_dict_check(value)) {
                rt_err_set_string(&rt_exc_TypeError, "__annotations__ must be set to a dict object");
                return -1;
            }
            RT_SETREF(f->annotations, value ? rt_newref(value) : NULL);
            return 1;
        }
        if (rt_str_eq_cstr(name, "__dict__")) {   /* CPython's getset: a dict only, never deleted */
            if (!value) {
                rt_err_set_string(&rt_exc_TypeError, "cannot delete __dict__");
                return -1;
            }
            if (!rt_dict_check(value)) {
                rt_err_format(&rt_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                              RT_TYPE(value)->name);
                return -1;
            }
            RT_SETREF(f->dict, rt_newref(value));
            return 1;
        }
        if (rt_str_eq_cstr(name, "__globals__") || rt_str_eq_cstr(name, "__builtins__")
            || rt_str_eq_cstr(name, "__closure__")) {   /* CPython's READONLY members */
            rt_err_set_string(&rt_exc_AttributeError, "readonly attribute");
            return -1;
        }
        /* CPython's func_set_code: the calls read f->code each time (no
         * cache keeps the old one), so the next call runs the new body */
        if (rt_str_eq_cstr(name, "__code__")) {
            if (!value || !vm_code_check(value)) {
                rt_err_set_string(&rt_exc_TypeError, "__code__ must be set to a code object");
                return -1;
            }
            const vm_code *co = (const vm_code *)value;
            intptr_t nclosure = f->closure ? RT_SIZE(f->closure) : 0;
            if (nclosure != co->nfree) {
                rt_err_format(&rt_exc_ValueError, "%s() requires a code object with %ld free vars, not %ld",
                              rt_str_data(f->name), (long)nclosure, (long)co->nfree);
                return -1;
            }
            if (!(co->flags & VM_CO_FUNCTION)) {
                /* a module's or class body's code needs a locals mapping
                 * the function's frame does not have */
                rt_err_unsupported_attr("function", "__code__ of a module or class body");
                return -1;
            }
            RT_SETREF(f->code, rt_newref(value));
            return 1;
        }
        /* the calls read both at binding time (vm/args.c): None or deleting
         * removes them */
        bool kw = rt_str_eq_cstr(name, "__kwdefaults__");
        if (kw || rt_str_eq_cstr(name, "__defaults__")) {
            if (value == RT_NONE)
                value = NULL;
            if (value && !(kw ? rt_dict_check(value) : rt_tuple_check(value))) {
                rt_err_format(&rt_exc_TypeError, kw ? "__kwdefaults__ must be set to a dict object"
                                                    : "__defaults__ must be set to a tuple object");
                return -1;
            }
            if (kw)
                RT_SETREF(f->kwdefaults, value ? rt_newref(value) : NULL);
            else
                RT_SETREF(f->defaults, value ? rt_newref(value) : NULL);
            return 1;
        }
    }
    return 0;
}

static int func_setattro(rt_object *o, rt_object *name, rt_object *value)
{
    /* only dunders are the function's own fields: any other name (a
     * decorator's wrapper.calls += 1) goes straight to the __dict__ */
    int r = func_set_own((vm_function *)o, name, value);
    return r ? (r < 0 ? -1 : 0) : rt_generic_setattr(o, name, value);
}

/* CPython's function(code, globals, name=None, argdefs=None, closure=None):
 * its Argument Clinic errors, in its order (count, missing, unknown
 * keyword, then each type), so `class C(some_function):` fails as there.
 * Building a function from a code object is outside the subset. */
static rt_object *func_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    static const char *const names[] = { "code", "globals", "name", "argdefs", "closure" };
    rt_object *val[5];
    if (rt_clinic_bind_dict("function", names, 5, 2, args, kwargs, val) < 0)
        return NULL;
    if (!vm_code_check(val[0]))
        return rt_err_format(&rt_exc_TypeError, "function() argument 'code' must be code, not %s",
                             RT_TYPE(val[0])->name);
    if (!rt_dict_check(val[1]))
        return rt_err_format(&rt_exc_TypeError, "function() argument 'globals' must be dict, not %s",
                             RT_TYPE(val[1])->name);
    return rt_err_unsupported_attr("function", "__new__ of a code object");
}

/* The attributes func_getattro/func_setattro serve, also as descriptors
 * in the type's dict, as CPython's members and getsets are: dir(f) and
 * type(f).__dict__ list them.  The fast paths above answer first. */
static rt_object *func_attr_get(rt_object *o, void *name)
{
    rt_object *n = rt_str_from_cstr(name);
    rt_object *r = n ? func_getattro(o, n) : NULL;
    RT_XDECREF(n);
    return r;
}

/* Through the descriptor: a name func_set_own does not serve (none of
 * func_getsets' today) is kept in the function's __dict__, as a plain
 * attribute would be. */
static int func_attr_set(rt_object *o, rt_object *value, void *name)
{
    vm_function *f = (vm_function *)o;
    rt_object *n = rt_str_from_cstr(name);
    int r = n ? func_set_own(f, n, value) : -1;
    if (r == 0) {
        r = -1;
        if (f->dict || (f->dict = rt_dict_new()))
            r = value ? rt_dict_setitem(f->dict, n, value) : rt_dict_delitem(f->dict, n);
    }
    RT_XDECREF(n);
    return r < 0 ? -1 : 0;
}

#define FUNC_ATTR(n) { n, func_attr_get, func_attr_set, (void *)n }
RT_NOSCAN static rt_getset_def func_getsets[] = {
    FUNC_ATTR("__closure__"), FUNC_ATTR("__doc__"), FUNC_ATTR("__globals__"), FUNC_ATTR("__module__"),
    FUNC_ATTR("__builtins__"), FUNC_ATTR("__code__"), FUNC_ATTR("__defaults__"), FUNC_ATTR("__kwdefaults__"),
    FUNC_ATTR("__annotations__"), FUNC_ATTR("__dict__"), FUNC_ATTR("__name__"), FUNC_ATTR("__qualname__"),
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type vm_function_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "function",
    .getsets = func_getsets,
    .basicsize = sizeof(vm_function),
    .flags = RT_TPFLAGS_GC,
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .weaklistoffset = offsetof(vm_function, weakreflist),
    .dictoffset = offsetof(vm_function, dict),
    .repr = func_repr,
    .call = func_call,
    .descr_get = func_descr_get,
    .getattro = func_getattro,
    .setattro = func_setattro,
    .new_ = func_new,
};

rt_object *vm_function_new(rt_object *code, rt_object *globals, rt_object *builtins)
{
    vm_function *f = (vm_function *)rt_object_new(&vm_function_type);
    if (!f)
        return NULL;
    vm_code *co = (vm_code *)code;
    f->code = rt_newref(code);
    f->globals = rt_newref(globals);
    f->builtins = rt_newref(builtins);
    f->name = rt_newref(co->name);
    f->qualname = rt_newref(co->qualname);
    /* the interned name, whose hash is kept: hashing "__name__" from its
     * bytes was half of a closure's creation */
    static rt_object *name_key;
    if (!name_key && !(name_key = rt_str_intern_cstr("__name__"))) {
        rt_decref(RT_OBJ(f));
        return NULL;
    }
    rt_object *mod = rt_dict_getitem(globals, name_key);
    f->module = mod ? rt_newref(mod) : NULL;
    /* the docstring is the first constant (CPython 3.11's func_new) */
    rt_object *doc = RT_SIZE(co->consts) ? RT_TUPLE_GET_ITEM(co->consts, 0) : NULL;
    f->doc = rt_newref(doc && rt_str_check(doc) ? doc : RT_NONE);
    rt_gc_track(RT_OBJ(f));
    return RT_OBJ(f);
}

/* ---- cell ---------------------------------------------------------------- */

static int cell_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((vm_cell *)o)->ref);
    return 0;
}

static int cell_clear(rt_object *o)
{
    RT_CLEAR(((vm_cell *)o)->ref);
    return 0;
}

static void cell_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_CLEAR(((vm_cell *)o)->ref);
    rt_object_free(o);
}

static rt_object *cell_repr(rt_object *o)
{
    vm_cell *c = (vm_cell *)o;
    if (!c->ref)
        return rt_str_from_format("<cell at %p: empty>", (void *)o);
    return rt_str_from_format("<cell at %p: %s object at %p>", (void *)o,
                              rt_type_name(c->ref), (void *)c->ref);
}

/* cell_contents: ValueError "Cell is empty" when unset, as CPython. */
static rt_object *cell_get_contents(rt_object *o, void *c)
{
    (void)c;
    rt_object *r = ((vm_cell *)o)->ref;
    if (!r)
        return rt_err_set_string(&rt_exc_ValueError, "Cell is empty");
    return rt_newref(r);
}

static int cell_set_contents(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    vm_cell *cell = (vm_cell *)o;
    rt_object *old = cell->ref;
    cell->ref = v ? rt_newref(v) : NULL;
    RT_XDECREF(old);
    return 0;
}

RT_NOSCAN static rt_getset_def cell_getsets[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type vm_cell_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "cell",
    .basicsize = sizeof(vm_cell),
    .flags = RT_TPFLAGS_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getattro = rt_generic_getattr,
    .setattro = rt_generic_setattr,
    .getsets = cell_getsets,
};

rt_object *vm_cell_new(rt_object *ref)
{
    vm_cell *c = (vm_cell *)rt_object_new(&vm_cell_type);
    if (!c)
        return NULL;
    c->ref = ref ? rt_newref(ref) : NULL;
    rt_gc_track(RT_OBJ(c));
    return RT_OBJ(c);
}

/* ---- bound method -------------------------------------------------------- */

static int method_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((vm_method *)o)->func);
    RT_VISIT(((vm_method *)o)->self);
    return 0;
}

static int method_clear(rt_object *o)
{
    RT_CLEAR(((vm_method *)o)->func);
    RT_CLEAR(((vm_method *)o)->self);
    return 0;
}

static void method_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    if (((vm_method *)o)->weakreflist)
        rt_weakref_clear_all(o);
    method_clear(o);
    rt_object_free(o);
}

static rt_object *method_repr(rt_object *o)
{
    vm_method *m = (vm_method *)o;
    rt_object *name = rt_getattr_str(m->func, "__qualname__");
    if (!name)
        return NULL;
    rt_object *r = rt_str_from_format("<bound method %S of %R>", name, m->self);
    rt_decref(name);
    return r;
}

static rt_object *method_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    vm_method *m = (vm_method *)o;
    intptr_t n = RT_SIZE(args);
    rt_object *t = rt_tuple_new(n + 1);
    if (!t)
        return NULL;
    RT_TUPLE_SET_ITEM(t, 0, rt_newref(m->self));
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(t, i + 1, rt_newref(RT_TUPLE_GET_ITEM(args, i)));
    rt_object *r = rt_call(m->func, t, kwargs);
    rt_decref(t);
    return r;
}

/* A bound method called from C (rt_call_vector: dir()'s __dir__,
 * dict.update's keys(), sort keys, map...): self prepended on a small
 * stack vector, no argument tuple, as CPython's method_vectorcall (a tuple
 * would be a container gc.get_count() sees). */
static rt_object *method_call_vector(rt_object *o, rt_object *const *args, intptr_t nargs)
{
    vm_method *m = (vm_method *)o;
    rt_object *small[8];
    if (nargs >= 8) {
        rt_object *t = rt_tuple_from_array(args, nargs);
        rt_object *r = t ? method_call(o, t, NULL) : NULL;
        RT_XDECREF(t);
        return r;
    }
    small[0] = m->self;
    for (intptr_t i = 0; i < nargs; i++)
        small[i + 1] = args[i];
    RT_INCREF(o);   /* the call may drop the last other reference to o */
    rt_object *r = rt_call_vector(m->func, small, nargs + 1);
    RT_DECREF(o);
    return r;
}

static rt_object *method_self(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(((vm_method *)o)->self);
}

static rt_object *method_func(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(((vm_method *)o)->func);
}

static rt_object *method_getattro(rt_object *o, rt_object *name)
{
    vm_method *m = (vm_method *)o;
    if (rt_str_eq_cstr(name, "__self__"))
        return method_self(o, NULL);
    if (rt_str_eq_cstr(name, "__func__"))
        return method_func(o, NULL);
    if (rt_str_eq_cstr(name, "__doc__"))   /* CPython's method_get_doc, before object's */
        return rt_getattr(m->func, name);
    /* the method type's own attributes first (its __call__, __repr__,
     * __eq__ wrappers, object's __class__), then the function's, as
     * CPython's method_getattro */
    rt_object *d = rt_str_check(name) ? rt_type_lookup(RT_TYPE(o), name) : NULL;
    if (d)
        return RT_TYPE(d)->descr_get ? RT_TYPE(d)->descr_get(d, o, RT_OBJ(RT_TYPE(o))) : rt_newref(d);
    return rt_getattr(m->func, name);
}

static rt_object *method_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op != RT_EQ && op != RT_NE) || !vm_method_check(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    vm_method *x = (vm_method *)a, *y = (vm_method *)b;
    bool eq = x->func == y->func && x->self == y->self;
    return rt_newref((eq == (op == RT_EQ)) ? RT_TRUE : RT_FALSE);
}

static intptr_t method_hash(rt_object *o)
{
    vm_method *m = (vm_method *)o;
    intptr_t h = rt_hash_pointer(m->self) ^ rt_hash(m->func);
    return h == -1 ? -2 : h;
}

/* a READONLY member's refusal */
static int readonly_member(rt_object *o, rt_object *value, void *c)
{
    (void)o; (void)value; (void)c;
    rt_err_set_string(&rt_exc_AttributeError, "readonly attribute");
    return -1;
}

/* CPython's read-only members, so that dir() and the type's dict list them */
RT_NOSCAN static rt_getset_def method_getsets[] = {
    { "__func__", method_func, readonly_member, NULL },
    { "__self__", method_self, readonly_member, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type vm_method_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "method",
    .getsets = method_getsets,
    .basicsize = sizeof(vm_method),
    .flags = RT_TPFLAGS_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .weaklistoffset = offsetof(vm_method, weakreflist),
    .repr = method_repr,
    .call = method_call,
    .call_vector = method_call_vector,
    .getattro = method_getattro,
    .richcompare = method_richcompare,
    .hash = method_hash,
};

rt_object *vm_method_new(rt_object *func, rt_object *self)
{
    vm_method *m = (vm_method *)rt_object_new(&vm_method_type);
    if (!m)
        return NULL;
    m->func = rt_newref(func);
    m->self = rt_newref(self);
    rt_gc_track(RT_OBJ(m));
    return RT_OBJ(m);
}

/* ---- staticmethod / classmethod ------------------------------------------ */

static int wrapper_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((vm_wrapper *)o)->callable);
    RT_VISIT(((vm_wrapper *)o)->dict);
    return 0;
}

static int wrapper_clear(rt_object *o)
{
    RT_CLEAR(((vm_wrapper *)o)->callable);
    RT_CLEAR(((vm_wrapper *)o)->dict);
    return 0;
}

static void wrapper_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    wrapper_clear(o);
    rt_object_free(o);
}

static rt_object *static_get(rt_object *d, rt_object *obj, rt_object *type)
{
    (void)obj; (void)type;
    return rt_newref(((vm_wrapper *)d)->callable);
}

static rt_object *class_get(rt_object *d, rt_object *obj, rt_object *type)
{
    if (!type)
        type = RT_OBJ(RT_TYPE(obj));
    /* 3.9-3.12 chain to a wrapped descriptor (classmethod over property) */
    rt_object *c = ((vm_wrapper *)d)->callable;
    rt_descrgetfunc get = RT_TYPE(c)->descr_get;
    if (get && !vm_function_check(c))
        return get(c, type, RT_OBJ(RT_TYPE(type)));
    return vm_method_new(c, type);
}

/* CPython 3.10+'s functools_wraps at creation: __module__, __name__,
 * __qualname__, __doc__ and __annotations__ of the callable, those it has,
 * copied into the wrapper's own __dict__ (one more container). */
static rt_object *wrapper_init(vm_wrapper *w, rt_object *callable)
{
    static const char *const names[] = { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__" };
    w->callable = rt_newref(callable);
    rt_gc_track(RT_OBJ(w));
    if (!(w->dict = rt_dict_new()))
        goto fail;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        rt_object *v = rt_getattr_str(callable, names[i]);
        if (!v) {
            if (!rt_err_matches(&rt_exc_AttributeError))
                goto fail;
            rt_err_clear();
            continue;
        }
        int r = rt_dict_setitem_str(w->dict, names[i], v);
        rt_decref(v);
        if (r < 0)
            goto fail;
    }
    return RT_OBJ(w);
fail:
    rt_decref(RT_OBJ(w));
    return NULL;
}

static rt_object *wrapper_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (RT_SIZE(args) != 1 || (kwargs && rt_dict_size(kwargs))) {
        return rt_err_format(&rt_exc_TypeError, "%s expected 1 argument, got %ld",
                             t->name, (long)RT_SIZE(args));
    }
    vm_wrapper *w = (vm_wrapper *)rt_object_new(t);
    return w ? wrapper_init(w, RT_TUPLE_GET_ITEM(args, 0)) : NULL;
}

int vm_is_abstract(rt_object *f)
{
    rt_object *v = rt_getattr_str(f, "__isabstractmethod__");
    if (!v) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return -1;
        rt_err_clear();
        return 0;
    }
    int t = rt_is_true(v);
    rt_decref(v);
    return t;
}

static rt_object *wrapper_getattro(rt_object *o, rt_object *name)
{
    vm_wrapper *w = (vm_wrapper *)o;
    if (rt_str_eq_cstr(name, "__func__") || rt_str_eq_cstr(name, "__wrapped__"))
        return rt_newref(w->callable);
    if (rt_str_eq_cstr(name, "__isabstractmethod__")) {
        int t = vm_is_abstract(w->callable);
        return t < 0 ? NULL : rt_bool_from(t);
    }
    if (rt_str_eq_cstr(name, "__dict__")) {
        if (!w->dict && !(w->dict = rt_dict_new()))
            return NULL;
        return rt_newref(w->dict);
    }
    return rt_generic_getattr(o, name);
}

/* <staticmethod(f)>, <classmethod(f)> */
static rt_object *wrapper_repr(rt_object *o)
{
    rt_object *r = rt_repr(((vm_wrapper *)o)->callable);
    rt_object *s = r ? rt_str_from_format("<%s(%s)>", RT_TYPE(o)->name, rt_str_data(r)) : NULL;
    RT_XDECREF(r);
    return s;
}

static rt_object *static_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    return rt_call(((vm_wrapper *)o)->callable, args, kwargs);
}

RT_NOSCAN_TYPE rt_type vm_staticmethod_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "staticmethod",
    .basicsize = sizeof(vm_wrapper),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .dictoffset = offsetof(vm_wrapper, dict),
    .descr_get = static_get,
    .repr = wrapper_repr,
    .new_ = wrapper_new,
    .call = static_call,
    .getattro = wrapper_getattro,
};

RT_NOSCAN_TYPE rt_type vm_classmethod_type = {
    .ob_base = STATIC_TYPE_HEAD,
    .name = "classmethod",
    .basicsize = sizeof(vm_wrapper),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .dictoffset = offsetof(vm_wrapper, dict),
    .descr_get = class_get,
    .repr = wrapper_repr,
    .new_ = wrapper_new,
    .getattro = wrapper_getattro,
};

static rt_object *wrap(rt_type *t, rt_object *callable)
{
    vm_wrapper *w = (vm_wrapper *)rt_object_new(t);
    return w ? wrapper_init(w, callable) : NULL;
}

rt_object *vm_staticmethod_new(rt_object *c) { return wrap(&vm_staticmethod_type, c); }
rt_object *vm_classmethod_new(rt_object *c) { return wrap(&vm_classmethod_type, c); }

int vm_func_init(void)
{
    rt_type *types[] = { &vm_code_type, &vm_function_type, &vm_cell_type, &vm_method_type,
                         &vm_staticmethod_type, &vm_classmethod_type, &vm_property_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (rt_type_ready(types[i]) < 0)
            return -1;
    return 0;
}

/*
 * super.c -- the super type: super() with and without arguments, attribute
 * lookup along the MRO after the class it was called in, and the binding
 * LOAD_METHOD uses for super().m(...).
 *
 * Invariants: a super object holds strong references to its class, its
 * object and the object's type (traversed in CPython's order, which
 * gc.get_referents shows); an unbound super (super(C)) has no object and
 * resolves nothing along an MRO.
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/weakref.h"
#include "runtime/slotwrap.h"

/* The dunders super() reaches as built-in slots when no class on the MRO
 * defines them at Python level (super_slot_call); the index is stored in
 * the bound slot's argument tuple. */
enum { S_INIT, S_REPR, S_STR, S_HASH, S_EQ, S_NE, S_COUNT };
static const char *const slot_names[S_COUNT] = {
    "__init__", "__repr__", "__str__", "__hash__", "__eq__", "__ne__"
};
static rt_object *sn[S_COUNT];

typedef struct vm_superobj {
    RT_OBJECT_HEAD
    rt_type *type;       /* the class super() was called in */
    rt_object *obj;      /* the instance (or class) */
    rt_type *obj_type;   /* type(obj), or obj itself when obj is a class */
} vm_superobj;

static int super_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_superobj *s = (vm_superobj *)o;
    /* CPython's super_traverse order (gc.get_referents shows it) */
    RT_VISIT(s->obj);
    RT_VISIT(s->type);
    RT_VISIT(s->obj_type);
    return 0;
}

static int super_clear(rt_object *o)
{
    vm_superobj *s = (vm_superobj *)o;
    RT_CLEAR(s->type);
    RT_CLEAR(s->obj);
    RT_CLEAR(s->obj_type);
    return 0;
}

static void super_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    super_clear(o);
    rt_object_free(o);
}

/* Built-in slots reached through super() when no base defines the dunder
 * at Python level (object.__init__, Exception.__init__, object.__repr__...). */
static rt_object *super_slot_call(rt_object *self, rt_object *const *args, intptr_t nargs,
                                  rt_object *kwnames)
{
    /* self is a tuple (static type, instance, slot index) */
    rt_type *t = (rt_type *)RT_TUPLE_GET_ITEM(self, 0);
    rt_object *obj = RT_TUPLE_GET_ITEM(self, 1);
    int64_t d = RT_INT_VALUE(RT_TUPLE_GET_ITEM(self, 2));
    if (d == S_INIT) {
        if (!t->init)
            return rt_none_new();
        rt_object *a = rt_tuple_from_array(args, nargs - (kwnames ? RT_SIZE(kwnames) : 0));
        if (!a)
            return NULL;
        int r = t->init(obj, a, NULL);
        rt_decref(a);
        return r < 0 ? NULL : rt_none_new();
    }
    if (d == S_REPR)
        return t->repr ? t->repr(obj) : rt_repr(obj);
    if (d == S_STR)
        return t->str ? t->str(obj) : rt_str(obj);
    if (d == S_HASH) {
        intptr_t h = t->hash ? t->hash(obj) : rt_hash_pointer(obj);
        return h == -1 ? NULL : rt_int_from_i64(h);
    }
    if ((d == S_EQ || d == S_NE) && nargs == 1) {
        if (t->richcompare)
            return t->richcompare(obj, args[0], d == S_EQ ? RT_EQ : RT_NE);
        return rt_newref(RT_NOTIMPLEMENTED);
    }
    return rt_err_set_string(&rt_exc_TypeError, "unsupported super() slot call");
}

static rt_method_def super_slot_def = { "slot", super_slot_call, RT_METH_FASTCALL, NULL };

static rt_object *super_getattro(rt_object *o, rt_object *name)
{
    vm_superobj *s = (vm_superobj *)o;
    rt_type *start = NULL;
    /* __class__ is the super object's own (CPython skips the MRO for it),
     * and an unbound super (super(C), super.__new__(super)) has no MRO */
    if (!s->obj_type || rt_str_eq_cstr(name, "__class__"))
        return rt_generic_getattr(o, name);
    rt_object *v = vm_mro_lookup_after(s->obj_type, s->type, name, &start);
    /* object's own __init__/__hash__ stand for its slots: a static base in
     * between (BaseException) has its own, which the slot call reaches */
    if (v && start && start != &rt_object_type && rt_slot_wrapper_of_object(v)
        && (rt_str_eq(name, sn[S_INIT]) || rt_str_eq(name, sn[S_HASH])))
        v = NULL;
    if (v) {
        rt_descrgetfunc get = RT_TYPE(v)->descr_get;
        if (!get)
            return rt_newref(v);
        rt_object *inst = s->obj == RT_OBJ(s->obj_type) ? NULL : s->obj;
        return get(v, inst, RT_OBJ(s->obj_type));
    }
    for (int d = 0; d < S_COUNT; d++) {
        if (sn[d] != name && !rt_str_eq(sn[d], name))
            continue;
        if (!start)
            break;
        rt_object *di = rt_int_from_i64(d);
        rt_object *self = di ? rt_tuple_pack(3, RT_OBJ(start), s->obj, di) : NULL;
        RT_XDECREF(di);
        if (!self)
            return NULL;
        rt_object *f = rt_cfunction_new(&super_slot_def, self);
        rt_decref(self);
        return f;
    }
    /* then the super object's own attributes (__thisclass__, ...) */
    return rt_generic_getattr(o, name);
}

/* LOAD_METHOD on a super object: the Python function `name` resolves to
 * (borrowed) with *self_out the instance, so that super().m(args) binds
 * no method object; NULL when that does not apply (then the normal
 * attribute lookup runs). */
rt_object *vm_super_method(rt_object *o, rt_object *name, rt_object **self_out)
{
    vm_superobj *s = (vm_superobj *)o;
    if (!s->obj_type || s->obj == RT_OBJ(s->obj_type))
        return NULL;   /* super(C, C): class-level access binds differently */
    rt_type *start;
    rt_object *v = vm_mro_lookup_after(s->obj_type, s->type, name, &start);
    if (!v || RT_TYPE(v) != &vm_function_type)
        return NULL;
    *self_out = s->obj;
    return v;
}

static rt_object *super_repr(rt_object *o)
{
    vm_superobj *s = (vm_superobj *)o;
    const char *t = s->type ? s->type->name : "NULL";
    if (!s->obj_type)
        return rt_str_from_format("<super: <class '%s'>, NULL>", t);
    return rt_str_from_format("<super: <class '%s'>, <%s object>>", t, s->obj_type->name);
}

static rt_object *super_get_thisclass(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = ((vm_superobj *)o)->type;
    return rt_newref(t ? RT_OBJ(t) : RT_NONE);
}

static rt_object *super_get_self(rt_object *o, void *c)
{
    (void)c;
    rt_object *obj = ((vm_superobj *)o)->obj;
    return rt_newref(obj ? obj : RT_NONE);
}

static rt_object *super_get_self_class(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = ((vm_superobj *)o)->obj_type;
    return rt_newref(t ? RT_OBJ(t) : RT_NONE);
}

RT_NOSCAN static rt_getset_def super_getsets[] = {
    { "__thisclass__", super_get_thisclass, NULL, NULL },
    { "__self__", super_get_self, NULL, NULL },
    { "__self_class__", super_get_self_class, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* CPython's super_init_impl: type NULL is the zero-argument form, which
 * takes the class from the calling function's __class__ cell and the
 * object from its first argument; obj NULL leaves the super unbound. */
static int super_fill(vm_superobj *s, rt_object *type, rt_object *obj, bool from_frame)
{
    if (from_frame) {
        vm_frame *f = vm.frame;
        if (!f || !(f->code->flags & VM_CO_FUNCTION) || f->code->argcount == 0) {
            rt_err_set_string(&rt_exc_RuntimeError, "super(): no arguments");
            return -1;
        }
        vm_code *co = f->code;
        obj = f->localsplus[0];
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] == 0)
                obj = ((vm_cell *)f->localsplus[co->nlocals + i])->ref;
        if (!obj) {
            rt_err_set_string(&rt_exc_RuntimeError, "super(): arg[0] deleted");
            return -1;
        }
        for (int i = 0; i < co->nfree; i++)
            if (rt_str_eq_cstr(RT_TUPLE_GET_ITEM(co->freevars, i), "__class__"))
                type = ((vm_cell *)f->localsplus[co->nlocals + co->ncells + i])->ref;
        if (!type) {
            rt_err_set_string(&rt_exc_RuntimeError, "super(): __class__ cell not found");
            return -1;
        }
        if (!rt_type_check(type)) {
            rt_err_format(&rt_exc_TypeError, "super() argument 1 must be a type, not %s", rt_type_name(type));
            return -1;
        }
    }
    rt_type *ot = NULL;
    if (obj && rt_type_check(obj) && rt_type_is_subtype((rt_type *)obj, (rt_type *)type))
        ot = (rt_type *)obj;
    else if (obj && rt_isinstance_type(obj, (rt_type *)type))
        ot = RT_TYPE(obj);
    else if (obj) {
        rt_err_set_string(&rt_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
        return -1;
    }
    rt_incref(type);
    RT_XINCREF(obj);
    RT_XINCREF(ot);
    RT_SETREF(s->type, (rt_type *)type);
    RT_SETREF(s->obj, obj);
    RT_SETREF(s->obj_type, ot);
    return 0;
}

static rt_object *super_alloc(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)args;
    (void)kwargs;
    rt_object *s = rt_object_new(t);
    if (s)
        rt_gc_track(s);
    return s;
}

/* super(...) with positional arguments: CPython 3.11's super_vectorcall. */
static rt_object *super_vectorcall(rt_type *t, rt_object *const *args, intptr_t nargs)
{
    if (nargs > 2)
        return rt_err_format(&rt_exc_TypeError, "super() expected at most 2 arguments, got %ld", (long)nargs);
    if (nargs > 0 && !rt_type_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "super() argument 1 must be a type, not %s", rt_type_name(args[0]));
    rt_object *s = super_alloc(t, NULL, NULL);
    if (s && super_fill((vm_superobj *)s, nargs ? args[0] : NULL, nargs == 2 ? args[1] : NULL, nargs == 0) < 0)
        RT_CLEAR(s);
    return s;
}

/* super.__init__(self, [type[, obj]]): CPython's super_init, whose
 * argument parser words its messages its own way. */
static int super_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    intptr_t n = RT_SIZE(args);
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_set_string(&rt_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (n > 2) {
        rt_err_format(&rt_exc_TypeError, "super() takes at most 2 arguments (%ld given)", (long)n);
        return -1;
    }
    rt_object *type = n ? RT_TUPLE_GET_ITEM(args, 0) : NULL;
    if (type && !rt_type_check(type)) {
        rt_err_format(&rt_exc_TypeError, "super() argument 1 must be type, not %s", rt_type_name(type));
        return -1;
    }
    return super_fill((vm_superobj *)self, type, n == 2 ? RT_TUPLE_GET_ITEM(args, 1) : NULL, n == 0);
}

RT_NOSCAN_TYPE rt_type vm_super_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "super",
    .basicsize = sizeof(vm_superobj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .clear = super_clear,
    .getattro = super_getattro,
    .repr = super_repr,
    .getsets = super_getsets,
    .new_ = super_alloc,
    .init = super_init,
    .vectorcall = super_vectorcall,
};

int vm_super_init(void)
{
    for (int d = 0; d < S_COUNT; d++)
        if (!(sn[d] = rt_str_intern_cstr(slot_names[d])))
            return -1;
    return rt_type_ready(&vm_super_type);
}

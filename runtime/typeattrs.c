/*
 * typeattrs.c -- the attributes of the built-in types that CPython 3.11
 * lists beside their slots: object's __dir__, __format__, __reduce__,
 * __reduce_ex__, __getstate__, __sizeof__ and __subclasshook__; type's
 * layout attributes (__basicsize__, __flags__...), __annotations__,
 * __abstractmethods__, mro(), __instancecheck__, __subclasscheck__; int's
 * and float's __ceil__/__floor__/__round__/__trunc__; __getnewargs__,
 * __class_getitem__, float.__getformat__, bytes.__bytes__,
 * bytearray.__alloc__ and list.__reversed__.
 *
 * They are added to a type's dict when it is completed, with its slot
 * wrappers (rt_slot_wrappers_make calls rt_typeattrs_add): start-up does
 * not pay for them.  What the VM or a module computes (format specs,
 * round(), sys.getsizeof's sizes) is reached through hooks they set; with
 * a hook unset the method falls back to what the runtime alone knows.
 *
 * Invariants: none of these is a slot, so no fast path (format(),
 * sys.getsizeof, dir(), round()) changes by their being found in a type's
 * dict: the VM's paths skip the built-in methods (vm/format.c calls only a
 * class's Python __format__; dir() a __dir__ that is not object's).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/gchead.h"
#include "runtime/instattr.h"

rt_object *(*rt_format_hook)(rt_object *v, rt_object *spec);
intptr_t (*rt_sizeof_hook)(rt_object *o);
rt_cfunc rt_round_hook;

#define METHOD(name) static rt_object *name(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)

static int no_args(const char *owner, const char *name, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s.%s() takes no keyword arguments", owner, name);
        return -1;
    }
    if (nargs > 0) {
        rt_err_format(&rt_exc_TypeError, "%s.%s() takes no arguments (%ld given)", owner, name, (long)nargs);
        return -1;
    }
    return 0;
}

static int one_arg(const char *name, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        rt_err_format(&rt_exc_TypeError, "%s() takes exactly one argument (%ld given)", name, (long)nargs);
        return -1;
    }
    return 0;
}

/* ---- object ------------------------------------------------------------ */

/* CPython's merge_class_dict, step for step, since each step is a
 * container gc.get_count() sees: the class's __dict__ (a mappingproxy)
 * merged through dict.update (which lists the proxy's keys), then the same
 * for each of its __bases__, depth first (a base met twice is merged
 * twice). */
static int merge_class_dict(rt_object *names, rt_object *cls)
{
    static rt_object *dict_name, *bases_name;
    if ((!dict_name && !(dict_name = rt_str_intern_cstr("__dict__")))
        || (!bases_name && !(bases_name = rt_str_intern_cstr("__bases__"))))
        return -1;
    rt_object *classdict = rt_getattr_or_absent(cls, dict_name);
    if (!classdict && rt_err_occurred())
        return -1;
    if (classdict) {
        int r = rt_dict_update(names, classdict);
        rt_decref(classdict);
        if (r < 0)
            return -1;
    }
    rt_object *bases = rt_getattr_or_absent(cls, bases_name);
    if (!bases)
        return rt_err_occurred() ? -1 : 0;
    intptr_t n = rt_length(bases);
    int r = n < 0 ? -1 : 0;
    for (intptr_t i = 0; r == 0 && i < n; i++) {
        rt_object *base = rt_tuple_check(bases) ? rt_newref(RT_TUPLE_GET_ITEM(bases, i)) : NULL;
        if (!base) {
            rt_object *ix = rt_int_from_i64(i);
            base = ix ? rt_getitem(bases, ix) : NULL;
            RT_XDECREF(ix);
        }
        r = base ? merge_class_dict(names, base) : -1;
        RT_XDECREF(base);
    }
    rt_decref(bases);
    return r;
}

/* CPython 3.11's object.__dir__: a copy of the instance's __dict__ (a new
 * dict when it has none), its __class__'s attributes merged in, the keys
 * as a list (dir() sorts a copy of it). */
METHOD(object_dir)
{
    (void)args;
    if (no_args("object", "__dir__", nargs, kw) < 0)
        return NULL;
    static rt_object *dict_name, *class_name;
    if ((!dict_name && !(dict_name = rt_str_intern_cstr("__dict__")))
        || (!class_name && !(class_name = rt_str_intern_cstr("__class__"))))
        return NULL;
    rt_object *d = rt_getattr_or_absent(self, dict_name);
    if (!d && rt_err_occurred())
        return NULL;
    rt_object *names = d && rt_dict_check(d) ? rt_dict_copy(d) : rt_dict_new();
    RT_XDECREF(d);
    if (!names)
        return NULL;
    rt_object *cls = rt_getattr_or_absent(self, class_name);
    int r = cls ? merge_class_dict(names, cls) : rt_err_occurred() ? -1 : 0;
    RT_XDECREF(cls);
    rt_object *l = r == 0 ? rt_dict_keys_list(names) : NULL;
    rt_decref(names);
    return l;
}

/* CPython's object.__format__: str(self) for an empty spec; a type with
 * formatting of its own (int, float, str and their subclasses) formats
 * through the VM's hook. */
static rt_object *format_of(rt_object *self, const char *name, rt_object *const *args, intptr_t nargs,
                            rt_object *kw)
{
    if (one_arg(name, nargs, kw) < 0)
        return NULL;
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "__format__() argument must be str, not %s", rt_type_name(args[0]));
    if (rt_format_hook)
        return rt_format_hook(self, args[0]);
    if (rt_str_size(args[0]) == 0)
        return rt_str(self);
    return rt_err_format(&rt_exc_TypeError, "unsupported format string passed to %s.__format__",
                         rt_type_name(self));
}

METHOD(object_format) { return format_of(self, "object.__format__", args, nargs, kw); }

/* The built-in type whose own method attr self's call reached (int's for
 * a bool or an int subclass): its name in the messages, as CPython names
 * the descriptor. */
static const char *owner_name(rt_object *self, const char *attr)
{
    rt_type *t = self->type;
    while (t->base && ((t->flags & RT_TPFLAGS_HEAPTYPE) || !t->dict || !rt_dict_getitem_str(t->dict, attr)))
        t = t->base;
    return t->name;
}

METHOD(own_format)
{
    char name[64];
    snprintf(name, sizeof name, "%s.__format__", owner_name(self, "__format__"));
    return format_of(self, name, args, nargs, kw);
}

/* No copyreg or pickle in the subset: the protocol is not modelled. */
METHOD(object_reduce)
{
    (void)self; (void)args;
    if (no_args("object", "__reduce__", nargs, kw) < 0)
        return NULL;
    return rt_err_unsupported_attr("object", "__reduce__");
}

METHOD(object_reduce_ex)
{
    (void)self; (void)args;
    if (one_arg("object.__reduce_ex__", nargs, kw) < 0)
        return NULL;
    return rt_err_unsupported_attr("object", "__reduce_ex__");
}

/* CPython 3.11's default state: the instance's __dict__ (the dict itself)
 * when it has entries, else None; __slots__ values are not modelled. */
METHOD(object_getstate)
{
    (void)args;
    if (no_args("object", "__getstate__", nargs, kw) < 0)
        return NULL;
    for (rt_type *k = self->type; k->flags & RT_TPFLAGS_HEAPTYPE; k = k->base)
        if (k->nslots > 0)
            return rt_err_unsupported_attr("object", "__getstate__ of an instance with __slots__");
    if (!self->type->dictoffset)
        return rt_none_new();
    rt_object *d = rt_instattr_dict(self);
    if (!d)
        return NULL;
    return rt_newref(rt_dict_size(d) > 0 ? d : RT_NONE);
}

/* sys.getsizeof's size without the GC header it adds (CPython 3.11's
 * getsizeof adds its type's pre-header: sizeof(PyGC_Head) for an object
 * of a GC type, a static type included -- type is one). */
static rt_object *sizeof_of(rt_object *self, const char *owner, intptr_t nargs, rt_object *kw)
{
    if (no_args(owner, "__sizeof__", nargs, kw) < 0)
        return NULL;
    rt_type *t = self->type;
    intptr_t size = t->basicsize + t->itemsize * (t->itemsize ? RT_SIZE(self) : 0);
    if (rt_sizeof_hook)
        size = rt_sizeof_hook(self) - (rt_is_gc(self) || rt_type_check(self) ? 16 : 0);
    return rt_int_from_i64(size);
}

METHOD(object_sizeof)
{
    (void)args;
    return sizeof_of(self, "object", nargs, kw);
}

/* list.__sizeof__ and the others of a built-in type: the message names
 * the built-in type (self may be a subclass's instance) */
METHOD(own_sizeof)
{
    (void)args;
    return sizeof_of(self, owner_name(self, "__sizeof__"), nargs, kw);
}

METHOD(object_subclasshook)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    return rt_newref(RT_NOTIMPLEMENTED);
}

RT_NOSCAN static rt_method_def object_extra[] = {
    { "__reduce_ex__", object_reduce_ex, RT_METH_FASTCALL, NULL },
    { "__reduce__", object_reduce, RT_METH_FASTCALL, NULL },
    { "__getstate__", object_getstate, RT_METH_FASTCALL, NULL },
    { "__subclasshook__", object_subclasshook, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "__format__", object_format, RT_METH_FASTCALL, NULL },
    { "__sizeof__", object_sizeof, RT_METH_FASTCALL, NULL },
    { "__dir__", object_dir, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- type ---------------------------------------------------------------- */

#define T(o) ((rt_type *)(o))

static rt_object *type_basicsize(rt_object *o, void *c) { (void)c; return rt_int_from_i64(T(o)->basicsize); }
static rt_object *type_itemsize(rt_object *o, void *c) { (void)c; return rt_int_from_i64(T(o)->itemsize); }
static rt_object *type_dictoffset(rt_object *o, void *c) { (void)c; return rt_int_from_i64(T(o)->dictoffset); }
static rt_object *type_weakrefoffset(rt_object *o, void *c)
{
    (void)c;
    return rt_int_from_i64(T(o)->weaklistoffset);
}

/* CPython's Py_TPFLAGS_* bits for the properties gclab models. */
static rt_object *type_flags(rt_object *o, void *c)
{
    (void)c;
    static const struct { unsigned ours; uint64_t cpython; } map[] = {
        { RT_TPFLAGS_HEAPTYPE, 1u << 9 },        { RT_TPFLAGS_BASETYPE, 1u << 10 },
        { RT_TPFLAGS_READY, 1u << 12 },          { RT_TPFLAGS_GC, 1u << 14 },
        { RT_TPFLAGS_INT_SUBCLASS, 1u << 24 },   { RT_TPFLAGS_LIST_SUBCLASS, 1u << 25 },
        { RT_TPFLAGS_TUPLE_SUBCLASS, 1u << 26 }, { RT_TPFLAGS_STR_SUBCLASS, 1u << 28 },
        { RT_TPFLAGS_DICT_SUBCLASS, 1u << 29 },  { RT_TPFLAGS_EXC_SUBCLASS, 1u << 30 },
        { RT_TPFLAGS_TYPE_SUBCLASS, 1ull << 31 }, { RT_TPFLAGS_IS_ABSTRACT, 1u << 20 },
        { RT_TPFLAGS_SEQUENCE, 1u << 5 },        { RT_TPFLAGS_MAPPING, 1u << 6 },
        { RT_TPFLAGS_MATCH_SELF, 1u << 22 },
    };
    rt_type *t = T(o);
    uint64_t f = 1u << 18;   /* Py_TPFLAGS_HAVE_VERSION_TAG: every type */
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE))
        f |= 1u << 8;        /* Py_TPFLAGS_IMMUTABLETYPE */
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (t->flags & map[i].ours)
            f |= map[i].cpython;
    if (rt_type_is_subtype(t, &rt_bytes_type))
        f |= 1u << 27;
    return rt_int_from_i64((int64_t)f);
}

/* CPython's __text_signature__ of the types that have one, None else. */
static rt_object *type_text_signature(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = T(o);
    const char *s = t == &rt_object_type ? "()"
                  : t == &rt_float_type ? "(x=0, /)"
                  : t == &rt_list_type || t == &rt_tuple_type ? "(iterable=(), /)"
                                                               : NULL;
    return s ? rt_str_from_cstr(s) : rt_none_new();
}

static rt_object *no_attribute(rt_type *t, const char *name)
{
    return rt_err_format(&rt_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name, name);
}

static int set_own(rt_object *o, const char *name, rt_object *value)
{
    rt_type *t = T(o);
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE)) {
        rt_err_format(&rt_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    int r = value ? rt_dict_setitem_str(t->dict, name, value) : rt_dict_delitem_str(t->dict, name);
    rt_type_modified(t);
    return r;
}

/* The type's own entry only, never an inherited one; type itself has none
 * (CPython's type_abstractmethods: AttributeError with the bare name). */
static rt_object *type_abstractmethods(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = T(o);
    rt_object *v = t != &rt_type_type ? rt_dict_getitem_str(rt_type_dict(t), "__abstractmethods__") : NULL;
    if (!v)
        return rt_err_occurred() ? NULL : rt_err_set_string(&rt_exc_AttributeError, "__abstractmethods__");
    return rt_newref(v);
}

/* Setting it also sets or clears the abstract flag by its truth, as
 * CPython's type_set_abstractmethods (abc.ABCMeta sets it on every class
 * it makes). */
static int type_set_abstractmethods(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    int abstract = v ? rt_is_true(v) : 0;
    if (abstract < 0 || set_own(o, "__abstractmethods__", v) < 0)
        return -1;
    if (abstract)
        T(o)->flags |= RT_TPFLAGS_IS_ABSTRACT;
    else
        T(o)->flags &= ~(unsigned long)RT_TPFLAGS_IS_ABSTRACT;
    return 0;
}

/* A class's own __annotations__, made empty on the first read (3.10+); a
 * built-in type has none. */
static rt_object *type_annotations(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = T(o);
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE))
        return no_attribute(t, "__annotations__");
    rt_object *v = rt_dict_getitem_str(t->dict, "__annotations__");
    if (v)
        return v->type->descr_get ? v->type->descr_get(v, NULL, o) : rt_newref(v);
    if (rt_err_occurred() || !(v = rt_dict_new()))
        return NULL;
    if (set_own(o, "__annotations__", v) < 0)
        RT_CLEAR(v);
    return v;
}

static int type_set_annotations(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    if (!v && (T(o)->flags & RT_TPFLAGS_HEAPTYPE) && !rt_dict_getitem_str(T(o)->dict, "__annotations__")) {
        rt_err_set_string(&rt_exc_AttributeError, "__annotations__");
        return -1;
    }
    return set_own(o, "__annotations__", v);
}

/* type.__doc__ (CPython's type_get_doc / type_set_doc): a static type's
 * own text; a class's __doc__ entry, bound as a class attribute, or None. */
static rt_object *type_doc(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = T(o);
    rt_object *v = rt_dict_getitem_str(rt_type_dict(t), "__doc__");
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE) && v && RT_TYPE(v) == &rt_getset_descr_type)
        return rt_str_from_format("%s: a built-in type of the gclab Python subset", t->name);   /* type's own */
    if (!v)
        return rt_err_occurred() ? NULL : rt_none_new();
    return v->type->descr_get ? v->type->descr_get(v, NULL, o) : rt_newref(v);
}

static int type_set_doc(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    if (!v && (T(o)->flags & RT_TPFLAGS_HEAPTYPE)) {
        rt_err_format(&rt_exc_TypeError, "cannot delete '__doc__' attribute of immutable type '%s'", T(o)->name);
        return -1;
    }
    return set_own(o, "__doc__", v);
}

RT_NOSCAN static rt_getset_def type_extra_getsets[] = {
    { "__doc__", type_doc, type_set_doc, NULL },
    { "__basicsize__", type_basicsize, NULL, RT_GETSET_MEMBER },
    { "__itemsize__", type_itemsize, NULL, RT_GETSET_MEMBER },
    { "__flags__", type_flags, NULL, RT_GETSET_MEMBER },
    { "__weakrefoffset__", type_weakrefoffset, NULL, RT_GETSET_MEMBER },
    { "__dictoffset__", type_dictoffset, NULL, RT_GETSET_MEMBER },
    { "__text_signature__", type_text_signature, NULL, NULL },
    { "__abstractmethods__", type_abstractmethods, type_set_abstractmethods, NULL },
    { "__annotations__", type_annotations, type_set_annotations, NULL },
    { NULL, NULL, NULL, NULL },
};

METHOD(type_mro)
{
    (void)args;
    if (no_args("type", "mro", nargs, kw) < 0)
        return NULL;
    rt_type *t = T(self);
    rt_object *l = rt_list_new(0);
    for (intptr_t i = 0; l && t->mro && i < RT_SIZE(t->mro); i++)
        if (rt_list_append(l, RT_TUPLE_GET_ITEM(t->mro, i)) < 0)
            RT_CLEAR(l);
    for (rt_type *b = t; l && !t->mro && b; b = b->base)
        if (rt_list_append(l, RT_OBJ(b)) < 0)
            RT_CLEAR(l);
    return l;
}

/* CPython's _PyObject_RealIsInstance / RealIsSubclass: the type relation
 * only, no __instancecheck__ of a metaclass. */
METHOD(type_instancecheck)
{
    if (one_arg("__instancecheck__", nargs, kw) < 0)
        return NULL;
    return rt_bool_from(rt_isinstance_type(args[0], T(self)));
}

METHOD(type_subclasscheck)
{
    if (one_arg("__subclasscheck__", nargs, kw) < 0)
        return NULL;
    if (!rt_type_check(args[0]))
        return rt_err_set_string(&rt_exc_TypeError, "issubclass() arg 1 must be a class");
    return rt_bool_from(rt_type_is_subtype(T(args[0]), T(self)));
}

/* type.__dir__: the class's attributes and its bases', as CPython's
 * (merge_class_dict above); dir() sorts them. */
METHOD(type_dir)
{
    (void)args;
    if (no_args("type", "__dir__", nargs, kw) < 0)
        return NULL;
    rt_object *names = rt_dict_new();
    if (!names)
        return NULL;
    rt_object *l = merge_class_dict(names, self) == 0 ? rt_dict_keys_list(names) : NULL;
    rt_decref(names);
    return l;
}

RT_NOSCAN static rt_method_def type_extra[] = {
    { "__dir__", type_dir, RT_METH_FASTCALL, NULL },
    { "__sizeof__", own_sizeof, RT_METH_FASTCALL, NULL },
    { "__instancecheck__", type_instancecheck, RT_METH_FASTCALL, NULL },
    { "__subclasscheck__", type_subclasscheck, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- numbers ----------------------------------------------------------- */

/* __ceil__, __floor__, __trunc__ of an int: itself, exact */
static rt_object *int_self(rt_object *self, intptr_t nargs, rt_object *kw, const char *name)
{
    return no_args("int", name, nargs, kw) < 0 ? NULL : rt_int_exact(self);
}

METHOD(int_ceil) { (void)args; return int_self(self, nargs, kw, "__ceil__"); }
METHOD(int_floor) { (void)args; return int_self(self, nargs, kw, "__floor__"); }
METHOD(int_trunc) { (void)args; return int_self(self, nargs, kw, "__trunc__"); }

/* round(x[, n]) of the exact value: the VM's round() (vm/builtins.c)
 * would call a subclass's Python __round__, which may be what called
 * this one (super().__round__()). */
static rt_object *round_exact(rt_object *x, rt_object *const *args, intptr_t nargs, rt_object *kw, const char *name)
{
    if (kw && RT_SIZE(kw) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.__round__() takes no keyword arguments", name);
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "__round__ expected at most 1 argument, got %ld", (long)nargs);
    if (!x || !rt_round_hook)
        return x;
    rt_object *av[2] = { x, nargs ? args[0] : RT_NONE };
    rt_object *r = rt_round_hook(NULL, av, 2, NULL);
    rt_decref(x);
    return r;
}

METHOD(int_round) { return round_exact(rt_int_exact(self), args, nargs, kw, "int"); }

METHOD(float_round) { return round_exact(rt_float_from_double(RT_FLOAT_VALUE(self)), args, nargs, kw, "float"); }

static rt_object *float_to_int(rt_object *self, intptr_t nargs, rt_object *kw, const char *name, double (*f)(double))
{
    if (no_args("float", name, nargs, kw) < 0)
        return NULL;
    return rt_int_from_double(f(RT_FLOAT_VALUE(self)));
}

METHOD(float_ceil) { (void)args; return float_to_int(self, nargs, kw, "__ceil__", ceil); }
METHOD(float_floor) { (void)args; return float_to_int(self, nargs, kw, "__floor__", floor); }
METHOD(float_trunc) { (void)args; return float_to_int(self, nargs, kw, "__trunc__", trunc); }

METHOD(float_getformat)
{
    (void)self;
    if (one_arg("__getformat__", nargs, kw) < 0)
        return NULL;
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "__getformat__() argument must be str, not %s",
                             rt_type_name(args[0]));
    if (!rt_str_eq_cstr(args[0], "double") && !rt_str_eq_cstr(args[0], "float"))
        return rt_err_set_string(&rt_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return rt_str_from_cstr("IEEE, little-endian");
}

/* ---- __getnewargs__, __bytes__, __alloc__, __reversed__ ------------------- */

/* (v,) with v the exact value of self (a subclass instance's base part) */
static rt_object *newargs(rt_object *self, intptr_t nargs, rt_object *kw, const char *owner)
{
    if (no_args(owner, "__getnewargs__", nargs, kw) < 0)
        return NULL;
    rt_object *v;
    if (rt_int_check(self))
        v = rt_int_exact(self);
    else if (rt_float_check(self))
        v = rt_float_from_double(RT_FLOAT_VALUE(self));
    else if (rt_str_check(self))
        v = rt_str_check_exact(self) ? rt_newref(self) : rt_str_from_bytes(rt_str_data(self), rt_str_size(self));
    else if (rt_bytes_check(self))
        v = self->type == &rt_bytes_type ? rt_newref(self) : rt_bytes_from_data(rt_bytes_data(self), RT_SIZE(self));
    else
        v = self->type == &rt_tuple_type ? rt_newref(self) : rt_tuple_from_array(RT_TUPLE_ITEMS(self), RT_SIZE(self));
    if (!v)
        return NULL;
    rt_object *t = rt_tuple_pack(1, v);
    rt_decref(v);
    return t;
}

METHOD(int_newargs) { (void)args; return newargs(self, nargs, kw, "int"); }
METHOD(float_newargs) { (void)args; return newargs(self, nargs, kw, "float"); }
METHOD(str_newargs) { (void)args; return newargs(self, nargs, kw, "str"); }
METHOD(bytes_newargs) { (void)args; return newargs(self, nargs, kw, "bytes"); }
METHOD(tuple_newargs) { (void)args; return newargs(self, nargs, kw, "tuple"); }

METHOD(bytes_bytes)
{
    (void)args;
    if (no_args("bytes", "__bytes__", nargs, kw) < 0)
        return NULL;
    return self->type == &rt_bytes_type ? rt_newref(self) : rt_bytes_from_data(rt_bytes_data(self), RT_SIZE(self));
}

METHOD(bytearray_alloc)
{
    (void)args;
    if (no_args("bytearray", "__alloc__", nargs, kw) < 0)
        return NULL;
    return rt_int_from_i64(((rt_bytearray *)self)->alloc);
}

METHOD(list_reversed)
{
    (void)args;
    if (no_args("list", "__reversed__", nargs, kw) < 0)
        return NULL;
    return rt_list_reversed(self);
}

/* list[int] makes a types.GenericAlias, a VM type (vm/genericalias.c). */
rt_binaryfunc rt_class_getitem_hook;

rt_object *rt_class_getitem_method(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if ((kw && RT_SIZE(kw)) || nargs != 1)   /* METH_O | METH_CLASS: the class's name */
        return rt_err_format(&rt_exc_TypeError, "%s.__class_getitem__() takes exactly one argument (%ld given)",
                             rt_type_check(self) ? ((rt_type *)self)->name : rt_type_name(self), (long)nargs);
    if (!rt_class_getitem_hook)
        return rt_err_unsupported_attr("types", "GenericAlias");
    return rt_class_getitem_hook(self, args[0]);
}

RT_NOSCAN static rt_method_def int_extra[] = {
    { "__ceil__", int_ceil, RT_METH_FASTCALL, NULL },
    { "__floor__", int_floor, RT_METH_FASTCALL, NULL },
    { "__round__", int_round, RT_METH_FASTCALL, NULL },
    { "__trunc__", int_trunc, RT_METH_FASTCALL, NULL },
    { "__getnewargs__", int_newargs, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def float_extra[] = {
    { "__ceil__", float_ceil, RT_METH_FASTCALL, NULL },
    { "__floor__", float_floor, RT_METH_FASTCALL, NULL },
    { "__round__", float_round, RT_METH_FASTCALL, NULL },
    { "__trunc__", float_trunc, RT_METH_FASTCALL, NULL },
    { "__getnewargs__", float_newargs, RT_METH_FASTCALL, NULL },
    { "__getformat__", float_getformat, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def str_extra[] = {
    { "__getnewargs__", str_newargs, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def bytes_extra[] = {
    { "__getnewargs__", bytes_newargs, RT_METH_FASTCALL, NULL },
    { "__bytes__", bytes_bytes, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def bytearray_extra[] = {
    { "__alloc__", bytearray_alloc, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def tuple_extra[] = {
    { "__getnewargs__", tuple_newargs, RT_METH_FASTCALL, NULL },
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};


/* CPython's METH_COEXIST methods (METH_O): list.__getitem__,
 * dict.__getitem__ and __contains__, set's and frozenset's __contains__
 * are method descriptors in the type's dict where the slot wrapper would
 * be.  Each calls its own type's slot, as the wrapper did: a subclass's
 * override (reached through super()) is not found again. */
static int meth_o(const char *owner, const char *name, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s.%s() takes no keyword arguments", owner, name);
        return -1;
    }
    if (nargs != 1) {
        rt_err_format(&rt_exc_TypeError, "%s.%s() takes exactly one argument (%ld given)", owner, name, (long)nargs);
        return -1;
    }
    return 0;
}

static rt_object *coexist_getitem(rt_type *t, rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (meth_o(t->name, "__getitem__", nargs, kw) < 0)
        return NULL;
    return t->as_mapping->subscript(self, args[0]);
}

static rt_object *coexist_contains(rt_type *t, rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (meth_o(t->name, "__contains__", nargs, kw) < 0)
        return NULL;
    int r = t->as_sequence->contains(self, args[0]);
    return r < 0 ? NULL : rt_bool_from(r);
}

METHOD(list_getitem_m) { return coexist_getitem(&rt_list_type, self, args, nargs, kw); }
METHOD(dict_getitem_m) { return coexist_getitem(&rt_dict_type, self, args, nargs, kw); }
METHOD(dict_contains_m) { return coexist_contains(&rt_dict_type, self, args, nargs, kw); }
METHOD(set_contains_m) { return coexist_contains(&rt_set_type, self, args, nargs, kw); }
METHOD(frozenset_contains_m) { return coexist_contains(&rt_frozenset_type, self, args, nargs, kw); }

/* The methods of object that CPython 3.11's types define again (their own
 * descriptor, docstring and text signature from the table): the same C
 * functions, owned by the type. */
#define OWN_SIZEOF { "__sizeof__", own_sizeof, RT_METH_FASTCALL, NULL }
#define OWN_FORMAT { "__format__", own_format, RT_METH_FASTCALL, NULL }
#define OWN_REDUCE { "__reduce__", object_reduce, RT_METH_FASTCALL, NULL }

RT_NOSCAN static rt_method_def dict_extra[] = {
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "__getitem__", dict_getitem_m, RT_METH_FASTCALL, NULL },
    { "__contains__", dict_contains_m, RT_METH_FASTCALL, NULL },
    OWN_SIZEOF,
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def set_extra[] = {
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "__contains__", set_contains_m, RT_METH_FASTCALL, NULL },
    OWN_SIZEOF, OWN_REDUCE,
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def frozenset_extra[] = {
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "__contains__", frozenset_contains_m, RT_METH_FASTCALL, NULL },
    OWN_SIZEOF, OWN_REDUCE,
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def list_extra[] = {
    { "__reversed__", list_reversed, RT_METH_FASTCALL, NULL },
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "__getitem__", list_getitem_m, RT_METH_FASTCALL, NULL },
    OWN_SIZEOF,
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def own_format_def[] = { OWN_FORMAT, { NULL, NULL, 0, NULL } };
RT_NOSCAN static rt_method_def own_sizeof_reduce[] = { OWN_SIZEOF, OWN_REDUCE, { NULL, NULL, 0, NULL } };
RT_NOSCAN static rt_method_def own_sizeof_format[] = { OWN_SIZEOF, OWN_FORMAT, { NULL, NULL, 0, NULL } };

RT_NOSCAN static rt_method_def type_mro_def[] = {
    { "mro", type_mro, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* mro, not a dunder, is found without the type's dict being completed
 * (rt_type_lookup completes it for dunders only): it is added at once. */
int rt_typeattrs_init(void) { return rt_type_add_methods(&rt_type_type, type_mro_def); }

int rt_typeattrs_add(rt_type *t)
{
    static const struct { rt_type *t; rt_method_def *defs; } add[] = {
        { &rt_object_type, object_extra }, { &rt_type_type, type_extra },   { &rt_int_type, int_extra },
        { &rt_float_type, float_extra },   { &rt_str_type, str_extra },     { &rt_bytes_type, bytes_extra },
        { &rt_bytearray_type, bytearray_extra }, { &rt_tuple_type, tuple_extra }, { &rt_list_type, list_extra },
        { &rt_dict_type, dict_extra },     { &rt_set_type, set_extra },     { &rt_frozenset_type, frozenset_extra },
        { &rt_int_type, own_sizeof_format }, { &rt_float_type, own_format_def }, { &rt_str_type, own_sizeof_format },
        { &rt_bytearray_type, own_sizeof_reduce },
    };
    for (size_t i = 0; i < sizeof add / sizeof *add; i++)
        if (add[i].t == t && rt_type_add_methods(t, add[i].defs) < 0)
            return -1;
    for (rt_getset_def *g = type_extra_getsets; t == &rt_type_type && g->name; g++) {
        rt_object *d = rt_getset_descr_new(g, &rt_type_type, false);
        int r = d ? rt_dict_setitem_str(t->dict, g->name, d) : -1;
        RT_XDECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

/*
 * genericalias.c -- types.GenericAlias, the value of `list[int]` (PEP
 * 585), as CPython 3.11's Objects/genericaliasobject.c behaves.
 *
 * A built-in generic class's __class_getitem__ (list, dict, tuple, set,
 * frozenset, type and the C collections) makes one; so does calling
 * types.GenericAlias(origin, args), which a Python class uses as
 * `__class_getitem__ = classmethod(GenericAlias)`.  Invariants: origin is
 * whatever was subscripted and args is always a tuple (one item is packed);
 * __parameters__ is computed at its first read.  Attribute reads other than
 * the alias's own (__origin__, __args__, __parameters__, __class__, ...)
 * go to the origin, so list[int].append is list.append.  Calling the alias
 * calls the origin and sets __orig_class__ on the result where it can.
 * `class C(list[int])` subclasses list (__mro_entries__); isinstance and
 * issubclass refuse an alias, as CPython's do.
 */
#include <string.h>
#include "vm/eval.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"
#include "runtime/int.h"

typedef struct {
    RT_OBJECT_HEAD
    rt_object *origin;
    rt_object *args;         /* tuple */
    rt_object *parameters;   /* tuple, made at the first __parameters__ read */
    rt_object *weakreflist;
} vm_generic_alias;

bool vm_generic_alias_check(rt_object *o) { return rt_isinstance_type(o, &vm_generic_alias_type); }

static rt_object *alias_make(rt_type *t, rt_object *origin, rt_object *args)
{
    rt_object *packed = rt_tuple_check(args) ? rt_newref(args) : rt_tuple_pack(1, args);
    if (!packed)
        return NULL;
    vm_generic_alias *a = (vm_generic_alias *)rt_object_new(t);
    if (!a) {
        rt_decref(packed);
        return NULL;
    }
    a->origin = rt_newref(origin);
    a->args = packed;
    rt_gc_track(RT_OBJ(a));
    return RT_OBJ(a);
}

rt_object *vm_generic_alias_new(rt_object *origin, rt_object *args)
{
    return alias_make(&vm_generic_alias_type, origin, args);
}

rt_object *vm_class_getitem(rt_object *cls, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if ((kwnames && RT_SIZE(kwnames)) || nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "%s.__class_getitem__() takes exactly one argument (%ld given)",
                             rt_type_check(cls) ? ((rt_type *)cls)->name : rt_type_name(cls), (long)nargs);
    return vm_generic_alias_new(cls, args[0]);
}

/* ---- the type's slots ---------------------------------------------------------- */

static rt_object *alias_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (RT_SIZE(args) != 2)
        return rt_err_format(&rt_exc_TypeError, "GenericAlias expected 2 arguments, got %ld", (long)RT_SIZE(args));
    return alias_make(t, RT_TUPLE_GET_ITEM(args, 0), RT_TUPLE_GET_ITEM(args, 1));
}

static int alias_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_generic_alias *a = (vm_generic_alias *)o;
    RT_VISIT(a->origin);
    RT_VISIT(a->args);
    RT_VISIT(a->parameters);
    return 0;
}

static int alias_clear(rt_object *o)
{
    vm_generic_alias *a = (vm_generic_alias *)o;
    RT_CLEAR(a->origin);
    RT_CLEAR(a->args);
    RT_CLEAR(a->parameters);
    return 0;
}

static void alias_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    rt_weakref_clear_all(o);
    alias_clear(o);
    rt_object_free(o);
}

static rt_object *alias_repr(rt_object *o)
{
    vm_generic_alias *a = (vm_generic_alias *)o;
    intptr_t n = RT_SIZE(a->args);
    rt_object *parts = rt_list_new(0), *r = NULL;
    rt_object *head = vm_typing_repr_item(a->origin);
    if (!parts || !head || rt_list_append(parts, head) < 0)
        goto done;
    if (n == 0) {   /* tuple[()] */
        rt_object *e = rt_str_from_cstr("[()]");
        int k = e ? rt_list_append(parts, e) : -1;
        rt_xdecref(e);
        if (k < 0)
            goto done;
    }
    for (intptr_t i = 0; i < n; i++) {
        rt_object *item = RT_TUPLE_GET_ITEM(a->args, i);
        rt_object *s = item == RT_OBJ(RT_ELLIPSIS) ? rt_str_from_cstr("...") : vm_typing_repr_item(item);
        rt_object *pre = s ? rt_str_from_cstr(i == 0 ? "[" : ", ") : NULL;
        int k = pre && rt_list_append(parts, pre) == 0 && rt_list_append(parts, s) == 0 ? 0 : -1;
        rt_xdecref(pre);
        rt_xdecref(s);
        if (k < 0)
            goto done;
    }
    if (n > 0) {
        rt_object *close = rt_str_from_cstr("]");
        int k = close ? rt_list_append(parts, close) : -1;
        rt_xdecref(close);
        if (k < 0)
            goto done;
    }
    rt_object *empty = rt_str_empty();
    r = empty ? rt_str_join(empty, parts) : NULL;
    rt_xdecref(empty);
done:
    rt_xdecref(head);
    rt_xdecref(parts);
    return r;
}

static intptr_t alias_hash(rt_object *o)
{
    vm_generic_alias *a = (vm_generic_alias *)o;
    intptr_t h0 = rt_hash(a->origin);
    if (h0 == -1)
        return -1;
    intptr_t h1 = rt_hash(a->args);
    if (h1 == -1)
        return -1;
    intptr_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static rt_object *alias_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!vm_generic_alias_check(b) || (op != RT_EQ && op != RT_NE))
        return rt_newref(RT_NOTIMPLEMENTED);
    vm_generic_alias *x = (vm_generic_alias *)a, *y = (vm_generic_alias *)b;
    int eq = rt_richcompare_bool(x->origin, y->origin, RT_EQ);
    if (eq > 0)
        eq = rt_richcompare_bool(x->args, y->args, RT_EQ);
    if (eq < 0)
        return NULL;
    return rt_bool_from(op == RT_EQ ? eq : !eq);
}

/* The origin's call; the result learns its alias where it takes
 * attributes (an instance of a plain class; not a list). */
static rt_object *alias_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    rt_object *r = rt_call(((vm_generic_alias *)o)->origin, args, kwargs);
    if (!r)
        return NULL;
    if (rt_setattr_str(r, "__orig_class__", o) < 0) {
        if (!rt_err_matches(&rt_exc_AttributeError) && !rt_err_matches(&rt_exc_TypeError)) {
            rt_decref(r);
            return NULL;
        }
        rt_err_clear();
    }
    return r;
}

/* The alias's own attributes; every other name is read from the origin. */
static const char *const own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", NULL,
};

static rt_object *alias_getattr(rt_object *o, rt_object *name)
{
    if (rt_str_check(name)) {
        bool own = false;
        for (const char *const *p = own_attrs; *p && !own; p++)
            own = rt_str_eq_cstr(name, *p);
        if (!own)
            return rt_getattr(((vm_generic_alias *)o)->origin, name);
    }
    return rt_generic_getattr(o, name);
}

/* alias[args]: the type variables of its __parameters__ replaced. */
static rt_object *alias_getitem(rt_object *o, rt_object *item)
{
    vm_generic_alias *a = (vm_generic_alias *)o;
    if (!a->parameters && !(a->parameters = vm_typing_parameters(a->args)))
        return NULL;
    intptr_t np = RT_SIZE(a->parameters);
    if (np == 0)
        return rt_err_format(&rt_exc_TypeError, "%R is not a generic class", o);
    rt_object *items = rt_tuple_check(item) ? rt_newref(item) : rt_tuple_pack(1, item);
    if (!items)
        return NULL;
    intptr_t ni = RT_SIZE(items);
    if (ni != np) {
        rt_err_format(&rt_exc_TypeError, "Too %s arguments for %R; actual %ld, expected %ld",
                      ni > np ? "many" : "few", o, (long)ni, (long)np);
        rt_decref(items);
        return NULL;
    }
    intptr_t n = RT_SIZE(a->args);
    rt_object *sub = rt_tuple_new(n), *r = NULL;
    if (!sub)
        goto done;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *arg = RT_TUPLE_GET_ITEM(a->args, i), *v = NULL;
        intptr_t k = 0;
        while (k < np && RT_TUPLE_GET_ITEM(a->parameters, k) != arg)
            k++;
        if (k < np) {
            v = rt_newref(RT_TUPLE_GET_ITEM(items, k));
        } else if (!rt_type_check(arg) && vm_generic_alias_check(arg)) {
            /* a nested alias: its own parameters, taken from ours */
            vm_generic_alias *in = (vm_generic_alias *)arg;
            if (!in->parameters && !(in->parameters = vm_typing_parameters(in->args)))
                goto done;
            intptr_t m = RT_SIZE(in->parameters);
            if (m == 0) {
                v = rt_newref(arg);
            } else {
                rt_object *take = rt_tuple_new(m);
                if (!take)
                    goto done;
                for (intptr_t j = 0; j < m; j++) {
                    intptr_t q = 0;
                    while (q < np && RT_TUPLE_GET_ITEM(a->parameters, q) != RT_TUPLE_GET_ITEM(in->parameters, j))
                        q++;
                    RT_TUPLE_SET_ITEM(take, j, rt_newref(q < np ? RT_TUPLE_GET_ITEM(items, q)
                                                                : RT_TUPLE_GET_ITEM(in->parameters, j)));
                }
                v = alias_getitem(arg, take);
                rt_decref(take);
                if (!v)
                    goto done;
            }
        } else {
            v = rt_newref(arg);
        }
        RT_TUPLE_SET_ITEM(sub, i, v);
    }
    r = alias_make(RT_TYPE(o), a->origin, sub);
done:
    rt_xdecref(sub);
    rt_decref(items);
    return r;
}

static rt_object *get_origin(rt_object *o, void *c) { (void)c; return rt_newref(((vm_generic_alias *)o)->origin); }
static rt_object *get_args(rt_object *o, void *c) { (void)c; return rt_newref(((vm_generic_alias *)o)->args); }
static rt_object *get_unpacked(rt_object *o, void *c) { (void)o; (void)c; return rt_newref(RT_FALSE); }

static rt_object *get_parameters(rt_object *o, void *c)
{
    (void)c;
    vm_generic_alias *a = (vm_generic_alias *)o;
    if (!a->parameters && !(a->parameters = vm_typing_parameters(a->args)))
        return NULL;
    return rt_newref(a->parameters);
}

static rt_getset_def alias_getsets[] = {
    { "__origin__", get_origin, NULL, RT_GETSET_MEMBER },
    { "__args__", get_args, NULL, RT_GETSET_MEMBER },
    { "__unpacked__", get_unpacked, NULL, NULL },
    { "__parameters__", get_parameters, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static rt_object *alias_mro_entries(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    if ((kwnames && RT_SIZE(kwnames)) || nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "__mro_entries__() takes exactly one argument (%ld given)",
                             (long)nargs);
    return rt_tuple_pack(1, ((vm_generic_alias *)self)->origin);
}

static rt_object *alias_instancecheck(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_err_set_string(&rt_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static rt_object *alias_subclasscheck(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return rt_err_set_string(&rt_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static rt_method_def alias_methods[] = {
    { "__mro_entries__", alias_mro_entries, RT_METH_FASTCALL, NULL },
    { "__instancecheck__", alias_instancecheck, RT_METH_FASTCALL, NULL },
    { "__subclasscheck__", alias_subclasscheck, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_mapping_methods alias_as_mapping = { .subscript = alias_getitem };
static rt_number_methods alias_as_number = { .or_ = vm_union_or };

rt_type vm_generic_alias_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "types.GenericAlias",
    .basicsize = sizeof(vm_generic_alias),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE,
    .dealloc = alias_dealloc, .traverse = alias_traverse, .clear = alias_clear,
    .repr = alias_repr,
    .hash = alias_hash,
    .richcompare = alias_richcompare,
    .call = alias_call,
    .getattro = alias_getattr,
    .as_mapping = &alias_as_mapping,
    .as_number = &alias_as_number,
    .getsets = alias_getsets,
    .methods = alias_methods,
    .weaklistoffset = offsetof(vm_generic_alias, weakreflist),
    .new_ = alias_new,
    .base = &rt_object_type,
};

int vm_generic_alias_init(void)
{
    if (rt_type_ready(&vm_generic_alias_type) < 0)
        return -1;
    rt_generic_alias_hook = vm_generic_alias_new;
    return 0;
}

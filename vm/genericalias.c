/*
 * genericalias.c -- types.GenericAlias: the value of `list[int]` (PEP 585),
 * as CPython 3.11's Objects/genericaliasobject.c behaves.
 *
 * `list[int]`, `dict[str, T]`, `tuple[int, ...]`, `set[...]`,
 * `frozenset[...]` reach vm_genericalias_new through the
 * `__class_getitem__` of those built-in types (runtime/typeattrs.c calls
 * rt_class_getitem_hook, which this file sets at start-up: the runtime
 * layer does not know the VM's types).  An alias prints as
 * `dict[str, int]`, compares and hashes by origin and args, calls its
 * origin (then tries to set `__orig_class__` on the result), is `(origin,)`
 * as a base class (`__mro_entries__`), refuses isinstance/issubclass,
 * takes part in `X | Y`, substitutes its type variables when subscripted
 * (`dict[str, T][int]`), and forwards every other attribute to its origin
 * (`list[int].append is list.append`), CPython's ga_getattro exceptions
 * aside.
 *
 * Invariants: args is always a tuple (a lone argument is packed); origin
 * and args are set once, at creation.  The alias is a GC container
 * (origin, args and the lazily made __parameters__).  Not modelled:
 * starred aliases (`*tuple[int]`, 3.11's __unpacked__ is always False)
 * and ParamSpec substitution.
 */
#include <string.h>
#include "vm/eval.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/int.h"

typedef struct {
    RT_OBJECT_HEAD
    rt_object *origin;       /* the class subscripted */
    rt_object *args;         /* tuple, never NULL */
    rt_object *parameters;   /* tuple, made at the first need */
} vm_galias;

rt_type vm_galias_type;

static bool galias_check(rt_object *o) { return RT_TYPE(o) == &vm_galias_type; }

rt_object *vm_genericalias_new(rt_object *origin, rt_object *args)
{
    rt_object *tup = rt_tuple_check(args) ? rt_newref(args) : rt_tuple_pack(1, args);
    if (!tup)
        return NULL;
    vm_galias *ga = (vm_galias *)rt_object_new(&vm_galias_type);
    if (!ga) {
        rt_decref(tup);
        return NULL;
    }
    ga->origin = rt_newref(origin);
    ga->args = tup;
    ga->parameters = NULL;
    rt_gc_track(RT_OBJ(ga));
    return RT_OBJ(ga);
}

static rt_object *class_getitem(rt_object *cls, rt_object *item)
{
    return vm_genericalias_new(cls, item);
}

/* types.GenericAlias(origin, args): what `__class_getitem__ =
 * classmethod(GenericAlias)` in a Python class calls. */
static rt_object *galias_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (RT_SIZE(args) != 2)
        return rt_err_format(&rt_exc_TypeError, "GenericAlias expected 2 arguments, got %ld", (long)RT_SIZE(args));
    return vm_genericalias_new(RT_TUPLE_GET_ITEM(args, 0), RT_TUPLE_GET_ITEM(args, 1));
}

static rt_object *parameters_of(vm_galias *ga)
{
    if (!ga->parameters)
        ga->parameters = vm_typing_parameters(ga->args);
    return ga->parameters;
}

/* ---- the type's slots ------------------------------------------------------ */

static int galias_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_galias *ga = (vm_galias *)o;
    RT_VISIT(ga->origin);
    RT_VISIT(ga->args);
    RT_VISIT(ga->parameters);
    return 0;
}

static int galias_clear(rt_object *o)
{
    vm_galias *ga = (vm_galias *)o;
    RT_CLEAR(ga->parameters);
    return 0;
}

static void galias_dealloc(rt_object *o)
{
    vm_galias *ga = (vm_galias *)o;
    rt_gc_untrack(o);
    rt_xdecref(ga->origin);
    rt_xdecref(ga->args);
    rt_xdecref(ga->parameters);
    rt_object_free(o);
}

/* One argument's text: `...`, a list of them (Callable's `[int, str]`),
 * else as in a union (a class as module.qualname, an alias by its repr). */
static rt_object *repr_arg(rt_object *p)
{
    if (p == RT_ELLIPSIS)
        return rt_str_from_cstr("...");
    if (!rt_list_check(p))
        return vm_union_repr_item(p, false);
    rt_object *parts = rt_tuple_new(RT_SIZE(p));
    if (!parts)
        return NULL;
    for (intptr_t i = 0; i < RT_SIZE(p); i++) {
        rt_object *s = repr_arg(RT_LIST_GET_ITEM(p, i));
        if (!s) {
            rt_decref(parts);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(parts, i, s);
    }
    rt_object *sep = rt_str_from_cstr(", ");
    rt_object *body = sep ? rt_str_join(sep, parts) : NULL;
    rt_xdecref(sep);
    rt_decref(parts);
    if (!body)
        return NULL;
    rt_object *r = rt_str_from_format("[%S]", body);
    rt_decref(body);
    return r;
}

static rt_object *galias_repr(rt_object *o)
{
    vm_galias *ga = (vm_galias *)o;
    rt_object *head = repr_arg(ga->origin);
    if (!head)
        return NULL;
    intptr_t n = RT_SIZE(ga->args);
    rt_object *body;
    if (n == 0) {
        body = rt_str_from_cstr("()");   /* tuple[()] */
    } else {
        rt_object *parts = rt_tuple_new(n);
        body = NULL;
        if (parts) {
            intptr_t i = 0;
            for (; i < n; i++) {
                rt_object *s = repr_arg(RT_TUPLE_GET_ITEM(ga->args, i));
                if (!s)
                    break;
                RT_TUPLE_SET_ITEM(parts, i, s);
            }
            rt_object *sep = i == n ? rt_str_from_cstr(", ") : NULL;
            body = sep ? rt_str_join(sep, parts) : NULL;
            rt_xdecref(sep);
            rt_decref(parts);
        }
    }
    rt_object *r = body ? rt_str_from_format("%S[%S]", head, body) : NULL;
    rt_xdecref(body);
    rt_decref(head);
    return r;
}

static intptr_t galias_hash(rt_object *o)
{
    vm_galias *ga = (vm_galias *)o;
    intptr_t h0 = rt_hash(ga->origin);
    if (h0 == -1)
        return -1;
    intptr_t h1 = rt_hash(ga->args);
    if (h1 == -1)
        return -1;
    intptr_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static rt_object *galias_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!galias_check(b) || (op != RT_EQ && op != RT_NE))
        return rt_newref(RT_NOTIMPLEMENTED);
    int eq = rt_richcompare_bool(((vm_galias *)a)->origin, ((vm_galias *)b)->origin, RT_EQ);
    if (eq < 0)
        return NULL;
    if (eq)
        eq = rt_richcompare_bool(((vm_galias *)a)->args, ((vm_galias *)b)->args, RT_EQ);
    if (eq < 0)
        return NULL;
    return rt_bool_from(op == RT_EQ ? eq : !eq);
}

/* list[int](...) is list(...), remembering the alias where it can. */
static rt_object *galias_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    rt_object *obj = rt_call(((vm_galias *)o)->origin, args, kwargs);
    if (obj && rt_setattr_str(obj, "__orig_class__", o) < 0) {
        if (!rt_err_matches(&rt_exc_AttributeError) && !rt_err_matches(&rt_exc_TypeError)) {
            rt_decref(obj);
            return NULL;
        }
        rt_err_clear();
    }
    return obj;
}

/* The names the alias answers itself (CPython's attr_exceptions); every
 * other attribute is the origin's. */
static rt_object *galias_getattro(rt_object *o, rt_object *name)
{
    static const char *const own[] = {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
        "__reduce__", "__copy__", "__deepcopy__", NULL,
    };
    if (rt_str_check(name)) {
        bool mine = false;
        for (const char *const *p = own; *p && !mine; p++)
            mine = rt_str_eq_cstr(name, *p);
        if (!mine)
            return rt_getattr(((vm_galias *)o)->origin, name);
    }
    return rt_generic_getattr(o, name);
}

/* The argument for one type variable of the alias: its position among the
 * parameters picks the item. */
static rt_object *substitute(rt_object *arg, rt_object *params, rt_object *items);

static rt_object *subs_nested(rt_object *arg, rt_object *params, rt_object *items)
{
    rt_object *sub = rt_getattr_str(arg, "__parameters__");
    if (!sub) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return NULL;
        rt_err_clear();
        return rt_newref(arg);
    }
    if (!rt_tuple_check(sub) || RT_SIZE(sub) == 0 || rt_isinstance_type(arg, &rt_type_type)) {
        rt_decref(sub);
        return rt_newref(arg);
    }
    rt_object *vals = rt_tuple_new(RT_SIZE(sub));
    for (intptr_t i = 0; vals && i < RT_SIZE(sub); i++) {
        rt_object *v = substitute(RT_TUPLE_GET_ITEM(sub, i), params, items);
        if (!v) {
            rt_decref(vals);
            vals = NULL;
            break;
        }
        RT_TUPLE_SET_ITEM(vals, i, v);
    }
    rt_decref(sub);
    if (!vals)
        return NULL;
    rt_object *key = RT_SIZE(vals) == 1 ? rt_newref(RT_TUPLE_GET_ITEM(vals, 0)) : rt_newref(vals);
    rt_decref(vals);
    rt_object *r = rt_getitem(arg, key);
    rt_decref(key);
    return r;
}

static rt_object *substitute(rt_object *arg, rt_object *params, rt_object *items)
{
    for (intptr_t i = 0; i < RT_SIZE(params); i++)
        if (RT_TUPLE_GET_ITEM(params, i) == arg)
            return rt_newref(RT_TUPLE_GET_ITEM(items, i));
    return subs_nested(arg, params, items);
}

static rt_object *galias_getitem(rt_object *o, rt_object *item)
{
    vm_galias *ga = (vm_galias *)o;
    rt_object *params = parameters_of(ga);
    if (!params)
        return NULL;
    intptr_t np = RT_SIZE(params);
    if (np == 0)
        return rt_err_format(&rt_exc_TypeError, "%R is not a generic class", o);
    rt_object *items = rt_tuple_check(item) ? rt_newref(item) : rt_tuple_pack(1, item);
    if (!items)
        return NULL;
    intptr_t ni = RT_SIZE(items);
    if (ni != np) {
        rt_decref(items);
        return rt_err_format(&rt_exc_TypeError, "Too %s arguments for %R; actual %ld, expected %ld",
                             ni > np ? "many" : "few", o, (long)ni, (long)np);
    }
    rt_object *newargs = rt_tuple_new(RT_SIZE(ga->args));
    for (intptr_t i = 0; newargs && i < RT_SIZE(ga->args); i++) {
        rt_object *v = substitute(RT_TUPLE_GET_ITEM(ga->args, i), params, items);
        if (!v) {
            rt_decref(newargs);
            newargs = NULL;
            break;
        }
        RT_TUPLE_SET_ITEM(newargs, i, v);
    }
    rt_decref(items);
    if (!newargs)
        return NULL;
    rt_object *r = vm_genericalias_new(ga->origin, newargs);
    rt_decref(newargs);
    return r;
}

static rt_object *get_origin(rt_object *o, void *c) { (void)c; return rt_newref(((vm_galias *)o)->origin); }
static rt_object *get_args(rt_object *o, void *c) { (void)c; return rt_newref(((vm_galias *)o)->args); }
static rt_object *get_unpacked(rt_object *o, void *c) { (void)o; (void)c; return rt_bool_from(false); }

static rt_object *get_parameters(rt_object *o, void *c)
{
    (void)c;
    rt_object *p = parameters_of((vm_galias *)o);
    return p ? rt_newref(p) : NULL;
}

static rt_object *m_mro_entries(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (nargs != 1 || kw)
        return rt_err_format(&rt_exc_TypeError, "__mro_entries__() takes exactly one argument (%ld given)",
                             (long)nargs);
    return rt_tuple_pack(1, ((vm_galias *)self)->origin);
}

static rt_object *m_instancecheck(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    return rt_err_set_string(&rt_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static rt_object *m_subclasscheck(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    return rt_err_set_string(&rt_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static rt_method_def galias_methods[] = {
    { "__mro_entries__", m_mro_entries, RT_METH_FASTCALL, NULL },
    { "__instancecheck__", m_instancecheck, RT_METH_FASTCALL, NULL },
    { "__subclasscheck__", m_subclasscheck, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_getset_def galias_getsets[] = {
    { "__origin__", get_origin, NULL, NULL },
    { "__args__", get_args, NULL, NULL },
    { "__unpacked__", get_unpacked, NULL, NULL },
    { "__parameters__", get_parameters, NULL, "Type variables in the GenericAlias." },
    { NULL, NULL, NULL, NULL },
};

static rt_number_methods galias_as_number = { .or_ = vm_union_or };
static rt_mapping_methods galias_as_mapping = { .subscript = galias_getitem };

rt_type vm_galias_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "types.GenericAlias",
    .basicsize = sizeof(vm_galias),
    .flags = RT_TPFLAGS_GC,
    .dealloc = galias_dealloc,
    .traverse = galias_traverse,
    .clear = galias_clear,
    .repr = galias_repr,
    .hash = galias_hash,
    .richcompare = galias_richcompare,
    .call = galias_call,
    .getattro = galias_getattro,
    .as_number = &galias_as_number,
    .as_mapping = &galias_as_mapping,
    .methods = galias_methods,
    .getsets = galias_getsets,
    .new_ = galias_new,
    .base = &rt_object_type,
};

bool vm_genericalias_check(rt_object *o) { return galias_check(o); }

int vm_genericalias_init(void)
{
    rt_class_getitem_hook = class_getitem;
    return rt_type_ready(&vm_galias_type);
}

/*
 * mod_weakref_proxy.c -- weakref.proxy and its types ProxyType and
 * CallableProxyType, part of the weakref module (mod_weakref.c).
 *
 * A proxy is a weakref (rt_weakref's layout, linked like a ref with a
 * callback, never the basic ref) whose operations act on the referent, or
 * raise ReferenceError once it died.  As CPython, one callback-less proxy
 * per object and type is shared; a callable referent gets a
 * CallableProxyType.
 */
#include "vm/eval.h"
#include "vm/module.h"
#include "modules/mod_weakref.h"

#define MF VM_MODFUNC
#include "runtime/error.h"
#include "runtime/weakref.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"

static rt_object *proxy_referent(rt_object *p)
{
    rt_object *o = rt_weakref_get(p);
    if (!o)
        rt_err_set_string(&rt_exc_ReferenceError, "weakly-referenced object no longer exists");
    return o;
}

rt_object *vm_weakref_proxy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    if (vm_weakref_check_args("proxy", nargs, kwnames, 1, 2) < 0)
        return NULL;
    rt_object *obj = args[0], *cb = nargs > 1 && args[1] != RT_NONE ? args[1] : NULL;
    rt_type *t = RT_TYPE(obj)->call ? &vm_weakref_callable_proxy_type : &vm_weakref_proxy_type;
    rt_object **head = rt_weakref_list_ptr(obj);
    for (rt_weakref *w = !cb && head ? rt_weakref_first(head) : NULL; w; w = rt_weakref_next(w))
        if (RT_TYPE(w) == t && !w->callback)
            return rt_newref(RT_OBJ(w));
    return rt_weakref_new_type(t, obj, cb);
}

static rt_object *proxy_getattr(rt_object *p, rt_object *name)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_getattr(o, name) : NULL;
}

static int proxy_setattr(rt_object *p, rt_object *name, rt_object *v)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_setattr(o, name, v) : -1;
}

static rt_object *proxy_str(rt_object *p)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_str(o) : NULL;
}

static rt_object *proxy_repr(rt_object *p)
{
    /* CPython's: a dead proxy names None, its referent now */
    rt_object *o = rt_weakref_get(p);
    if (!o)
        o = RT_NONE;
    return rt_str_from_format("<weakproxy at %p to %s at %p>", (void *)p, RT_TYPE(o)->name, (void *)o);
}

static rt_object *unwrap(rt_object *x)
{
    return RT_TYPE(x) == &vm_weakref_proxy_type || RT_TYPE(x) == &vm_weakref_callable_proxy_type ? proxy_referent(x) : x;
}

static rt_object *proxy_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!(a = unwrap(a)) || !(b = unwrap(b)))
        return NULL;
    return rt_richcompare(a, b, op);
}

static rt_object *proxy_call(rt_object *p, rt_object *args, rt_object *kwargs)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_call(o, args, kwargs) : NULL;
}

static intptr_t proxy_length(rt_object *p)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_length(o) : -1;
}

static rt_object *proxy_getitem(rt_object *p, rt_object *k)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_getitem(o, k) : NULL;
}

static int proxy_setitem(rt_object *p, rt_object *k, rt_object *v)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_setitem(o, k, v) : -1;
}

static int proxy_contains(rt_object *p, rt_object *x)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_contains(o, x) : -1;
}

static rt_object *proxy_iter(rt_object *p)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_get_iter(o) : NULL;
}

static int proxy_bool(rt_object *p)
{
    rt_object *o = proxy_referent(p);
    return o ? rt_is_true(o) : -1;
}

/* Arithmetic acts on the referents: a proxy on either side (or both) is
 * replaced by its referent before the operation runs, as CPython's. */
#define PROXY_BINOP(fname, op)                                      \
    static rt_object *fname(rt_object *a, rt_object *b)             \
    {                                                               \
        if (!(a = unwrap(a)) || !(b = unwrap(b)))                   \
            return NULL;                                            \
        return rt_number_binop(a, b, op);                           \
    }
PROXY_BINOP(proxy_add, RT_NB_ADD)
PROXY_BINOP(proxy_sub, RT_NB_SUB)
PROXY_BINOP(proxy_mul, RT_NB_MUL)
PROXY_BINOP(proxy_mod, RT_NB_MOD)
PROXY_BINOP(proxy_pow, RT_NB_POW)
PROXY_BINOP(proxy_floordiv, RT_NB_FLOORDIV)
PROXY_BINOP(proxy_truediv, RT_NB_TRUEDIV)
PROXY_BINOP(proxy_lshift, RT_NB_LSHIFT)
PROXY_BINOP(proxy_rshift, RT_NB_RSHIFT)
PROXY_BINOP(proxy_and, RT_NB_AND)
PROXY_BINOP(proxy_xor, RT_NB_XOR)
PROXY_BINOP(proxy_or, RT_NB_OR)

/* p += x: the referent's in-place operation, whose result (the referent
 * itself for a list) is what p is rebound to, as CPython's. */
#define PROXY_INPLACE(fname, op)                                        \
    MF(fname)                                                           \
    {                                                                   \
        (void)kwnames;                                                  \
        rt_object *o = nargs == 1 ? proxy_referent(self) : NULL;        \
        rt_object *b = o ? unwrap(args[0]) : NULL;                      \
        return b ? rt_number_inplace_binop(o, b, op) : NULL;            \
    }
PROXY_INPLACE(proxy_iadd, RT_NB_ADD)
PROXY_INPLACE(proxy_isub, RT_NB_SUB)
PROXY_INPLACE(proxy_imul, RT_NB_MUL)
PROXY_INPLACE(proxy_imod, RT_NB_MOD)
PROXY_INPLACE(proxy_ipow, RT_NB_POW)
PROXY_INPLACE(proxy_ifloordiv, RT_NB_FLOORDIV)
PROXY_INPLACE(proxy_itruediv, RT_NB_TRUEDIV)
PROXY_INPLACE(proxy_ilshift, RT_NB_LSHIFT)
PROXY_INPLACE(proxy_irshift, RT_NB_RSHIFT)
PROXY_INPLACE(proxy_iand, RT_NB_AND)
PROXY_INPLACE(proxy_ixor, RT_NB_XOR)
PROXY_INPLACE(proxy_ior, RT_NB_OR)

RT_NOSCAN static rt_method_def proxy_methods[] = {
    { "__iadd__", proxy_iadd, RT_METH_FASTCALL, NULL },
    { "__isub__", proxy_isub, RT_METH_FASTCALL, NULL },
    { "__imul__", proxy_imul, RT_METH_FASTCALL, NULL },
    { "__imod__", proxy_imod, RT_METH_FASTCALL, NULL },
    { "__ipow__", proxy_ipow, RT_METH_FASTCALL, NULL },
    { "__ifloordiv__", proxy_ifloordiv, RT_METH_FASTCALL, NULL },
    { "__itruediv__", proxy_itruediv, RT_METH_FASTCALL, NULL },
    { "__ilshift__", proxy_ilshift, RT_METH_FASTCALL, NULL },
    { "__irshift__", proxy_irshift, RT_METH_FASTCALL, NULL },
    { "__iand__", proxy_iand, RT_METH_FASTCALL, NULL },
    { "__ixor__", proxy_ixor, RT_METH_FASTCALL, NULL },
    { "__ior__", proxy_ior, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

#define PROXY_UNARY(fname, call)                                    \
    static rt_object *fname(rt_object *p)                           \
    {                                                               \
        rt_object *o = proxy_referent(p);                           \
        return o ? call : NULL;                                     \
    }
PROXY_UNARY(proxy_neg, rt_number_negative(o))
PROXY_UNARY(proxy_pos, rt_number_positive(o))
PROXY_UNARY(proxy_abs, rt_number_absolute(o))
PROXY_UNARY(proxy_invert, rt_number_invert(o))
PROXY_UNARY(proxy_index, rt_number_index(o))
PROXY_UNARY(proxy_int, rt_call_vector(RT_OBJ(&rt_int_type), &o, 1))
PROXY_UNARY(proxy_float, rt_call_vector(RT_OBJ(&rt_float_type), &o, 1))

static rt_number_methods proxy_as_number = {
    .add = proxy_add, .subtract = proxy_sub, .multiply = proxy_mul, .remainder = proxy_mod,
    .power = proxy_pow, .floor_divide = proxy_floordiv, .true_divide = proxy_truediv,
    .lshift = proxy_lshift, .rshift = proxy_rshift, .and_ = proxy_and, .xor_ = proxy_xor,
    .or_ = proxy_or, .negative = proxy_neg, .positive = proxy_pos, .absolute = proxy_abs,
    .invert = proxy_invert, .bool_ = proxy_bool, .int_ = proxy_int, .float_ = proxy_float,
    .index = proxy_index,
};
static rt_mapping_methods proxy_as_mapping = {
    .length = proxy_length, .subscript = proxy_getitem, .ass_subscript = proxy_setitem,
};
static rt_sequence_methods proxy_as_sequence = { .contains = proxy_contains };

#define PROXY_TYPE(cname, pyname, callf)                            \
    rt_type cname = {                                               \
        .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },    \
        .name = pyname,                                             \
        .basicsize = sizeof(rt_weakref),                            \
        .flags = RT_TPFLAGS_GC | RT_TPFLAGS_INPLACE_METHODS,        \
        .methods = proxy_methods,                                   \
        .repr = proxy_repr,                                         \
        .str = proxy_str,                                           \
        .hash = rt_hash_not_implemented,                            \
        .richcompare = proxy_richcompare,                           \
        .getattro = proxy_getattr,                                  \
        .setattro = proxy_setattr,                                  \
        .call = callf,                                              \
        .iter = proxy_iter,                                         \
        .as_number = &proxy_as_number,                              \
        .as_mapping = &proxy_as_mapping,                            \
        .as_sequence = &proxy_as_sequence,                          \
    };
PROXY_TYPE(vm_weakref_proxy_type, "weakref.ProxyType", NULL)
PROXY_TYPE(vm_weakref_callable_proxy_type, "weakref.CallableProxyType", proxy_call)

/* Not a subclass of ref (not callable as one, isinstance(p, ref) False):
 * only the weakref's lifetime slots are shared. */
int vm_weakref_proxy_ready(void)
{
    rt_type *ts[] = { &vm_weakref_proxy_type, &vm_weakref_callable_proxy_type };
    for (int i = 0; i < 2; i++) {
        ts[i]->dealloc = rt_weakref_type.dealloc;
        ts[i]->traverse = rt_weakref_type.traverse;
        ts[i]->clear = rt_weakref_type.clear;
    }
    return 0;
}


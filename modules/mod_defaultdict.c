/*
 * mod_defaultdict.c -- collections.defaultdict as a C subclass of dict,
 * as CPython 3.11's Modules/_collectionsmodule.c has it.  Written in the
 * subset (lib/collections.py) defaultdict(list) ran an __init__ frame and
 * made its argument tuple and keyword dict, moving gen 0's count by 4
 * where CPython's moves it by 2.
 *
 * Layout: a dict followed by default_factory (NULL or a callable, or
 * None).  What CPython's keeps and does, and so what this keeps:
 *   - a call makes the dict (tracked: a subclass instance), then its init
 *     checks the factory ("first argument must be callable or None") and
 *     hands the rest of the arguments (a new tuple when there are any) to
 *     dict's init;
 *   - traverse visits the factory first, then the dict's values and keys
 *     (gc.get_referents shows that order);
 *   - __missing__(key) calls the factory with no arguments and stores the
 *     value through type(self)'s __setitem__; without a factory it raises
 *     KeyError(key) (the key wrapped in a tuple, so a tuple key prints);
 *   - copy(), __copy__ and | call type(self)(factory, dict): a subclass's
 *     copy is of the subclass;
 *   - repr is "defaultdict(<factory repr>, <dict repr>)" with the class's
 *     own name, "..." for a factory being repr'd already.
 * The runtime's dict subscript calls __missing__ for any dict subclass
 * (rt_dict_subscript).
 */
#include <stddef.h>
#include <string.h>
#include "modules/modules.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

typedef struct defdict {
    rt_dict dict;
    rt_object *default_factory;   /* NULL: none */
} defdict;

#define DD(o) ((defdict *)(o))

static rt_type defdict_type;

/* defdict_init's work on an argument vector: the factory, then dict's
 * init of the rest (a tuple of them, as CPython's slice). */
static int defdict_init_vec(rt_object *self, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    rt_object *factory = NULL;
    if (n > 0) {
        factory = args[0];
        if (factory != RT_NONE && !RT_TYPE(factory)->call) {
            rt_err_set_string(&rt_exc_TypeError, "first argument must be callable or None");
            return -1;
        }
    }
    rt_object *rest = n > 1 ? rt_tuple_from_array(args + 1, n - 1) : rt_tuple_new(0);
    if (!rest)
        return -1;
    rt_object *old = DD(self)->default_factory;
    DD(self)->default_factory = factory ? rt_newref(factory) : NULL;
    int r = rt_dict_type.init(self, rest, kwargs);
    rt_decref(rest);
    rt_xdecref(old);
    return r;
}

static int defdict_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    return defdict_init_vec(self, args ? RT_TUPLE_ITEMS(args) : NULL, args ? RT_SIZE(args) : 0, kwargs);
}

/* type_call's work without keywords: dict's new, then our init */
static rt_object *defdict_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    rt_object *o = rt_dict_type.new_(t, NULL, NULL);
    if (o && defdict_init_vec(o, args, n, kwargs) < 0)
        RT_CLEAR(o);
    return o;
}

/* CPython 3.11 calls defaultdict through type_call, which builds the
 * argument tuple (from the free list or new): the shared stand-in. */
static rt_object *defdict_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(defdict_make, t, args, n);
}

/* type(dd)(factory, arg): copy(), __copy__ and | */
static rt_object *new_like(rt_object *dd, rt_object *arg)
{
    rt_object *f = DD(dd)->default_factory;
    rt_object *argv[2] = { f ? f : RT_NONE, arg };
    return rt_call_vector(RT_OBJ(RT_TYPE(dd)), argv, 2);
}

static rt_object *defdict_missing(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "defaultdict.__missing__() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "defaultdict.__missing__() takes exactly one argument (%ld given)",
                             (long)nargs);
    rt_object *key = args[0], *f = DD(self)->default_factory;
    if (!f || f == RT_NONE)
        return rt_err_set_object(&rt_exc_KeyError, key);   /* args (key,), a tuple key too */
    rt_object *v = rt_call_vector(f, NULL, 0);
    if (v && rt_setitem(self, key, v) < 0)
        RT_CLEAR(v);
    return v;
}

static rt_object *defdict_copy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    if (nargs || (kwnames && RT_SIZE(kwnames)))
        return rt_err_set_string(&rt_exc_TypeError, "defaultdict.copy() takes no arguments");
    return new_like(self, self);
}

static rt_object *defdict_copy_dunder(rt_object *self, rt_object *const *args, intptr_t nargs,
                                      rt_object *kwnames)
{
    (void)args;
    if (nargs || (kwnames && RT_SIZE(kwnames)))
        return rt_err_set_string(&rt_exc_TypeError, "defaultdict.__copy__() takes no arguments");
    return new_like(self, self);
}

/* left | right with a defaultdict on either side: a copy of left made by
 * the defaultdict side's class, updated with right */
static rt_object *defdict_or(rt_object *left, rt_object *right)
{
    bool left_dd = rt_isinstance_type(left, &defdict_type);
    rt_object *self = left_dd ? left : right, *other = left_dd ? right : left;
    if (!rt_dict_check(other))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *n = new_like(self, left);
    if (n && rt_dict_update(n, right) < 0)
        RT_CLEAR(n);
    return n;
}

static rt_object *defdict_repr(rt_object *self)
{
    rt_object *base = rt_dict_type.repr(self);
    if (!base)
        return NULL;
    rt_object *f = DD(self)->default_factory, *frepr;
    if (!f) {
        frepr = rt_str_from_cstr("None");
    } else {
        int rc = rt_repr_enter(f);
        if (rc < 0) {
            rt_decref(base);
            return NULL;
        }
        frepr = rc > 0 ? rt_str_from_cstr("...") : rt_repr(f);
        if (rc == 0)
            rt_repr_leave(f);
    }
    rt_object *r = NULL;
    if (frepr) {
        const char *name = strrchr(RT_TYPE(self)->name, '.');   /* CPython's _PyType_Name */
        name = name ? name + 1 : RT_TYPE(self)->name;
        r = rt_str_from_format("%s(%S, %S)", name, frepr, base);
    }
    rt_xdecref(frepr);
    rt_decref(base);
    return r;
}

static int defdict_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(DD(o)->default_factory);
    return rt_dict_type.traverse(o, visit, arg);
}

static int defdict_clear(rt_object *o)
{
    RT_CLEAR(DD(o)->default_factory);
    return rt_dict_type.clear(o);
}

static void defdict_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_CLEAR(DD(o)->default_factory);
    rt_dict_type.dealloc(o);
}

RT_NOSCAN static rt_method_def defdict_methods[] = {
    { "__missing__", defdict_missing, RT_METH_FASTCALL,
      "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
      "  if self.default_factory is None: raise KeyError((key,))\n"
      "  self[key] = value = self.default_factory()\n"
      "  return value\n" },
    { "copy", defdict_copy, RT_METH_FASTCALL, "D.copy() -> a shallow copy of D." },
    { "__copy__", defdict_copy_dunder, RT_METH_FASTCALL, "D.copy() -> a shallow copy of D." },
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static rt_number_methods defdict_as_number = { .or_ = defdict_or };

RT_NOSCAN_TYPE static rt_type defdict_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "collections.defaultdict",
    .basicsize = sizeof(defdict),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_DICT_SUBCLASS,
    .dealloc = defdict_dealloc, .traverse = defdict_traverse, .clear = defdict_clear,
    .repr = defdict_repr,
    .as_number = &defdict_as_number,
    .methods = defdict_methods,
    .init = defdict_init,
    .vectorcall = defdict_vectorcall,
    .base = &rt_dict_type,
};

int mod_defaultdict_add(rt_object *module)
{
    if (mod_add_type(module, &defdict_type, "collections") < 0)
        return -1;
    /* its member_descriptor, made at start-up as the type's dict is */
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    int r = rt_type_add_object_member(&defdict_type, "default_factory", offsetof(defdict, default_factory));
    rt_gc_startup_end(scope);
    return r;
}

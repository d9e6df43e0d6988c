/*
 * type.c -- "type" and "object", readying types (slot inheritance, type
 * dicts; the descriptors they hold are descr.c's), and heap
 * types (classes created at run time) with their generic instance layout:
 * the nearest static base's layout, then each heap level's __slots__, then
 * a __dict__ pointer and a weakref-list pointer unless a base has them.
 *
 * Invariants kept here:
 *   - a type is READY once its base is ready, its NULL slots are inherited
 *     from the base and its dict holds a descriptor per method/getset entry;
 *   - static types are immortal and have no gc head; heap types are GC
 *     containers owning their dict, their base and their name, and every
 *     instance of a heap type owns a reference to it (object.c);
 *   - a heap-type instance drops its weakrefs (with callbacks) before any of
 *     its fields, then the fields its own level added, then hands the rest
 *     to the nearest static base's dealloc.
 */
#include <stdio.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"
#include "runtime/instattr.h"
#include "runtime/slotwrap.h"
#include "runtime/mappingproxy.h"

/* Every static type readied so far: their dicts are roots for the tracing
 * collectors (rt_visit_roots), since nothing else need reference them. */
static rt_type **static_types;
static size_t nstatic_types, static_types_cap;

/* ---- object ------------------------------------------------------------ */

static rt_object *object_repr(rt_object *o)
{
    rt_type *t = o->type;
    /* a static type named "module.name" (itertools.cycle) is already
     * qualified: CPython's __module__ and __qualname__ are its two parts */
    bool qualified = rt_type_name_dotted(t);
    rt_object *mod = t->dict && !qualified ? rt_dict_getitem_str(t->dict, "__module__") : NULL;
    if (mod && rt_str_check(mod) && !rt_str_eq_cstr(mod, "builtins"))
        return rt_str_from_format("<%s.%s object at %p>", rt_str_data(mod), t->name, (void *)o);
    return rt_str_from_format("<%s object at %p>", t->name, (void *)o);
}

static intptr_t object_hash(rt_object *o) { return rt_hash_pointer(o); }

/* object.__str__: repr.  Only object has this slot: a type without a str
 * of its own keeps NULL, which rt_str reads as repr without a call. */
/* CPython's object_str: the repr slot itself, unchecked; rt_str checks
 * the result (so str() of a class whose __repr__ returns an int says
 * "__str__ returned non-string", and object.__str__(o) returns the int). */
static rt_object *object_str(rt_object *o)
{
    return o->type->repr ? o->type->repr(o) : rt_repr(o);
}

/* __ne__ inverts whatever the type's own comparison says for __eq__
 * (a class's Python __eq__), unless that is NotImplemented. */
static rt_object *object_richcompare(rt_object *a, rt_object *b, int op)
{
    if (op == RT_EQ)
        return rt_newref(a == b ? RT_TRUE : RT_NOTIMPLEMENTED);
    if (op != RT_NE || !a->type->richcompare)
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *r = a->type->richcompare(a, b, RT_EQ);
    if (!r || r == RT_NOTIMPLEMENTED)
        return r;
    int t = rt_is_true(r);
    RT_DECREF(r);
    return t < 0 ? NULL : rt_bool_from(!t);
}

static bool has_args(rt_object *args, rt_object *kwargs)
{
    return (args && RT_SIZE(args) > 0) || (kwargs && rt_dict_size(kwargs) > 0);
}

static rt_object *object_new(rt_type *t, rt_object *args, rt_object *kwargs);

/* CPython's rule: excess arguments reach object.__init__ harmlessly only
 * when the type overrides __new__ and not __init__ (they were __new__'s). */
static int object_init(rt_object *self, rt_object *args, rt_object *kwargs);

static int init_check(rt_object *self, bool excess)
{
    rt_type *t = RT_TYPE(self);
    if (!excess)
        return 0;
    if (t->init != object_init) {
        rt_err_set_string(&rt_exc_TypeError,
                          "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    if (t->new_ == object_new) {
        rt_err_format(&rt_exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                      t->name);
        return -1;
    }
    return 0;
}

static int object_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    return init_check(self, has_args(args, kwargs));
}

/* object.__init_subclass__(): the end of every class's chain, taking
 * nothing (a class statement's keywords that no class consumed). */
static rt_object *object_init_subclass_m(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (kw && RT_SIZE(kw) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             ((rt_type *)self)->name);
    if (nargs > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.__init_subclass__() takes no arguments (%ld given)",
                             ((rt_type *)self)->name, (long)nargs);
    return rt_newref(RT_NONE);
}

/* "Can't instantiate abstract class C with abstract method(s) a, b": the
 * names of its __abstractmethods__, sorted (CPython 3.11's object_new). */
static __attribute__((noinline)) rt_object *abstract_instance_error(rt_type *t)
{
    rt_object *names = rt_getattr_str(RT_OBJ(t), "__abstractmethods__");
    rt_object *sorted = names ? rt_list_from_iterable(names) : NULL;
    RT_XDECREF(names);
    if (!sorted || rt_list_sort(sorted, NULL, false) < 0) {
        RT_XDECREF(sorted);
        return NULL;
    }
    rt_object *sep = rt_str_from_cstr(", ");
    rt_object *joined = sep ? rt_str_join(sep, sorted) : NULL;
    if (joined)
        rt_err_format(&rt_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %s", t->name,
                      RT_SIZE(sorted) > 1 ? "s" : "", rt_str_data(joined));
    RT_XDECREF(sep);
    RT_XDECREF(joined);
    rt_decref(sorted);
    return NULL;
}

/* CPython's object_new: excess arguments are __init__'s when the type
 * overrides __init__ and not __new__. */
static rt_object *object_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (t->flags & RT_TPFLAGS_IS_ABSTRACT)
        return abstract_instance_error(t);
    if (has_args(args, kwargs) && t->new_ != object_new)
        return rt_err_set_string(&rt_exc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to instantiate)");
    if (has_args(args, kwargs) && t->init == object_init)
        return rt_err_format(&rt_exc_TypeError, "%s() takes no arguments", t->name);
    rt_object *o = rt_object_new(t);
    if (o && rt_type_is_gc(t))
        rt_gc_track(o);
    return o;
}

static rt_object *object_get_class(rt_object *self, void *c)
{
    (void)c;
    return rt_newref(RT_OBJ(self->type));
}

/* __weakref__: the first weakref to the object, or None (CPython's). */
static rt_object *weakref_getter(rt_object *o, void *c)
{
    (void)c;
    rt_object **head = rt_weakref_list_ptr(o);
    rt_weakref *w = head ? rt_weakref_first(head) : NULL;
    return rt_newref(w ? RT_OBJ(w) : RT_NONE);
}

/* Given to heap types that add a __dict__ slot, a weakref list, or both. */
RT_NOSCAN static rt_getset_def instance_getsets[] = {
    { "__dict__", rt_instattr_dict_getter, rt_instattr_dict_setter, NULL },
    { "__weakref__", weakref_getter, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
RT_NOSCAN static rt_getset_def instance_dict_getset[] = {
    { "__dict__", rt_instattr_dict_getter, rt_instattr_dict_setter, NULL },
    { NULL, NULL, NULL, NULL },
};

/* object.__setattr__ / __delattr__ / __getattribute__ are slot wrappers
 * of object's getattro/setattro (runtime/slotwrap.c), as CPython's. */

RT_NOSCAN static rt_method_def object_methods[] = {
    { "__init_subclass__", object_init_subclass_m, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_getset_def object_getsets[] = {
    { "__class__", object_get_class, rt_object_set_class, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type rt_object_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "object",
    .basicsize = sizeof(rt_object),
    .flags = RT_TPFLAGS_BASETYPE,
    .dealloc = rt_object_free,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattro = rt_generic_getattr,
    .setattro = rt_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .getsets = object_getsets,
    .methods = object_methods,
};


/* ---- type ---------------------------------------------------------------- */

/* l gets t at its end; on failure (no memory) t is simply not listed. */
static bool typelist_add(struct rt_typelist *l, rt_type *t)
{
    if (l->n == l->cap) {
        intptr_t cap = l->cap ? l->cap * 2 : 4;
        rt_type **v = rt_raw_realloc(l->v, (size_t)cap * sizeof *v);
        if (!v)
            return false;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = t;
    return true;
}

static void typelist_remove(struct rt_typelist *l, rt_type *t)
{
    for (intptr_t i = 0; i < l->n; i++)
        if (l->v[i] == t) {
            memmove(l->v + i, l->v + i + 1, (size_t)(l->n - i - 1) * sizeof *l->v);
            l->n--;
            return;
        }
}

/* t's subclass_ref, made once t has a base: a failure (no memory) only
 * leaves t without it, as the lists above leave a type unlisted. */
static void make_subclass_ref(rt_type *t)
{
    if (!t->subclass_ref && !(t->subclass_ref = rt_weakref_new(RT_OBJ(t), NULL)))
        rt_err_clear();
}

/* The built-in types that have subclasses once CPython 3.11.7's start-up
 * (with site) is over, so a tp_subclasses dict already: a program's
 * first subclass of any other built-in type makes that dict, one
 * container more in gc.get_count() and gc.get_objects(0) than a later
 * subclass (`class K(float)` right after gc.collect() counts 11, the
 * next one 10; `class K(list)` 10 both times).  Read from CPython:
 * `type.__subclasses__(T)` non-empty on a program's first line. */
static const char *const startup_subclassed[] = {
    "object", "type", "dict", "list", "tuple", "int", "str", "property", "classmethod", "staticmethod",
    "ReferenceType", "BaseException", "BaseExceptionGroup", "Exception", "ArithmeticError", "ImportError",
    "LookupError", "NameError", "OSError", "RuntimeError", "SyntaxError", "SystemError", "ValueError",
    "Warning", "ConnectionError", "IndentationError", "UnicodeError",
};

/* A static base's tp_subclasses dict, made at its first subclass: in a
 * start-up scope (not counted; where start-up objects live) when CPython's
 * start-up made it, else as the program's own container. */
static rt_object *static_subclass_dict(rt_type *base)
{
    const char *name = strrchr(base->name, '.');
    name = name ? name + 1 : base->name;
    bool startup = false;
    for (size_t i = 0; i < sizeof startup_subclassed / sizeof *startup_subclassed && !startup; i++)
        startup = strcmp(name, startup_subclassed[i]) == 0;
    if (!startup)
        return rt_dict_new();
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    rt_object *d = rt_dict_new();
    if (d && !rt_gc_is_tracked(d))   /* CPython's holds weakrefs: tracked */
        rt_gc_track(d);
    rt_gc_startup_end(scope);
    return d;
}

/* A base's tp_subclasses entry for t (CPython's add_subclass: the
 * weakref, then the dict at the base's first subclass, then the item); as
 * the typelists, a failure (no memory) only leaves t out of it. */
static void add_subclass_entry(rt_type *base, rt_type *t)
{
    if (!t->subclass_ref)
        return;
    rt_object *key = rt_int_from_i64((int64_t)(intptr_t)t);
    if (key && !base->subclass_dict && !(base->flags & RT_TPFLAGS_HEAPTYPE))
        base->subclass_dict = static_subclass_dict(base);
    if (key && (base->subclass_dict || (base->subclass_dict = rt_dict_new())))
        if (rt_dict_setitem(base->subclass_dict, key, t->subclass_ref) < 0)
            rt_err_clear();
    if (!key || !base->subclass_dict)
        rt_err_clear();
    RT_XDECREF(key);
}

/* Also called by a dying type's dealloc, maybe with an exception set: it
 * is kept.  Not in a tracing collector's sweep, where the dict may have
 * been disposed of before the class it belongs to: a surviving base keeps
 * the entry, its weakref cleared, until an entry for a new class at the
 * same address replaces it. */
static void remove_subclass_entry(rt_type *base, rt_type *t)
{
    if (!base->subclass_dict || (rt_gc.trace_all && rt_gc.collecting))
        return;
    rt_object *pending = rt_err_fetch();
    rt_object *key = rt_int_from_i64((int64_t)(intptr_t)t);
    if (key && rt_dict_getitem(base->subclass_dict, key))   /* absent: never listed (no memory then) */
        rt_dict_delitem(base->subclass_dict, key);
    RT_XDECREF(key);
    rt_err_clear();
    if (pending)
        rt_err_restore(pending);
}

static void add_subclass(rt_type *base, rt_type *t)
{
    if (typelist_add(&base->subclasses, t) && !typelist_add(&t->listed_in, base)) {
        base->subclasses.n--;
        return;
    }
    make_subclass_ref(t);
    add_subclass_entry(base, t);
}

/* t leaves the subclass lists of the types it is listed in. */
static void leave_bases(rt_type *t)
{
    for (intptr_t i = 0; i < t->listed_in.n; i++) {
        typelist_remove(&t->listed_in.v[i]->subclasses, t);
        remove_subclass_entry(t->listed_in.v[i], t);
    }
    t->listed_in.n = 0;
}

void rt_type_unlist(rt_type *t) { leave_bases(t); }

/* A dying type: no list names it afterwards. */
static void leave_typelists(rt_type *t)
{
    leave_bases(t);
    for (intptr_t i = 0; i < t->subclasses.n; i++) {
        rt_type *sub = t->subclasses.v[i];
        typelist_remove(&sub->listed_in, t);
        if (sub->listed_in.n == 0)   /* its last base: the ref goes with the entry */
            RT_CLEAR(sub->subclass_ref);
    }
    rt_raw_free(t->subclasses.v);
    rt_raw_free(t->listed_in.v);
    t->subclasses = t->listed_in = (struct rt_typelist){ NULL, 0, 0 };
}

static rt_object *type_repr(rt_object *o)
{
    rt_type *t = (rt_type *)o;
    rt_object *mod = t->dict ? rt_dict_getitem_str(t->dict, "__module__") : NULL;
    const char *name = t->qualname ? rt_str_data(t->qualname) : t->name;
    const char *dot = t->qualname || !rt_type_name_dotted(t) ? NULL : strrchr(name, '.');
    if (dot)   /* a static type's name carries its module: __module__ says it too */
        name = dot + 1;
    if (mod && rt_str_check(mod) && !rt_str_eq_cstr(mod, "builtins"))
        return rt_str_from_format("<class '%s.%s'>", rt_str_data(mod), name);
    return rt_str_from_format("<class '%s'>", t->name);
}

rt_newfunc rt_type_new_hook;
int (*rt_type_dunder_hook)(rt_type *t, rt_object *name);

/* type(x), and the instance creation every class call goes through:
 * cls.__new__, then type(obj).__init__ when obj is an instance of cls. */
static rt_object *type_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    rt_type *t = (rt_type *)o;
    if (t == &rt_type_type && RT_SIZE(args) == 1 && !has_args(NULL, kwargs))
        return rt_newref(RT_OBJ(RT_TUPLE_GET_ITEM(args, 0)->type));
    if (!t->new_)
        return rt_err_format(&rt_exc_TypeError, "cannot create '%s' instances", t->name);
    rt_object *obj = t->new_(t, args, kwargs);
    if (obj && rt_isinstance_type(obj, t) && obj->type->init) {
        if (obj->type->init(obj, args, kwargs) < 0) {
            RT_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

/* type.__new__(meta, name, bases, dict, **kwargs): CPython's argument
 * checks; the class itself is the VM's (rt_type_new_hook). */
static rt_object *type_new(rt_type *meta, rt_object *args, rt_object *kwargs)
{
    intptr_t n = RT_SIZE(args);
    if (n != 3) {
        if (meta == &rt_type_type)
            return rt_err_set_string(&rt_exc_TypeError, "type() takes 1 or 3 arguments");
        return rt_err_format(&rt_exc_TypeError, "type.__new__() takes exactly 3 arguments (%ld given)", (long)n);
    }
    static const char *const want[3] = { "str", "tuple", "dict" };
    for (int i = 0; i < 3; i++) {
        rt_object *a = RT_TUPLE_GET_ITEM(args, i);
        bool ok = i == 0 ? rt_str_check(a) : i == 1 ? rt_tuple_check(a) : rt_dict_check(a);
        if (!ok)
            return rt_err_format(&rt_exc_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1,
                                 want[i], rt_type_name(a));
    }
    if (rt_type_new_hook)
        return rt_type_new_hook(meta, args, kwargs);
    /* without the VM: a plain heap type over at most one base */
    rt_object *bases = RT_TUPLE_GET_ITEM(args, 1);
    rt_object *b = RT_SIZE(bases) ? RT_TUPLE_GET_ITEM(bases, 0) : NULL;
    if (RT_SIZE(bases) > 1 || (b && !rt_type_check(b)))
        return rt_err_set_string(&rt_exc_TypeError, "type.__new__(): one base type at most without the VM");
    return rt_type_new_heap_meta(meta, rt_str_data(RT_TUPLE_GET_ITEM(args, 0)), (rt_type *)b,
                                 RT_TUPLE_GET_ITEM(args, 2), NULL, true, true);
}

static int type_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    (void)self;
    intptr_t n = RT_SIZE(args);
    if (n == 1 && kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_set_string(&rt_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (n != 1 && n != 3) {
        rt_err_set_string(&rt_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* type.__prepare__(name, bases, **kwargs): a new empty namespace. */
static rt_object *type_prepare_m(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    return rt_dict_new();
}

/* The static subclasses in the order they were readied, then the heap
 * ones in the order they were made; a class a collection has cleared
 * (its dict gone) is as dead as CPython's cleared weak reference. */
static rt_object *type_subclasses_m(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    rt_type *t = (rt_type *)self;
    const char *name = t->qualname ? rt_str_data(t->qualname) : t->name;   /* the bound method's __qualname__ */
    if (kw && RT_SIZE(kw) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.__subclasses__() takes no keyword arguments", name);
    if (nargs > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.__subclasses__() takes no arguments (%ld given)", name,
                             (long)nargs);
    rt_object *l = rt_list_new(0);
    if (!l)
        return NULL;
    for (size_t i = 0; i < nstatic_types; i++)
        if (static_types[i]->base == t && rt_list_append(l, RT_OBJ(static_types[i])) < 0)
            goto fail;
    for (intptr_t i = 0; i < t->subclasses.n; i++)
        if (t->subclasses.v[i]->dict && rt_list_append(l, RT_OBJ(t->subclasses.v[i])) < 0)
            goto fail;
    return l;
fail:
    rt_decref(l);
    return NULL;
}

RT_NOSCAN static rt_method_def type_methods[] = {
    { "__prepare__", type_prepare_m, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { "__subclasses__", type_subclasses_m, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* type(o) without an args tuple (CPython's type_vectorcall); type(name,
 * bases, dict) builds one, as CPython's does. */
static rt_object *type_vectorcall(rt_type *t, rt_object *const *args, intptr_t nargs)
{
    if (nargs == 1)
        return rt_newref(RT_OBJ(args[0]->type));
    rt_object *tuple = rt_tuple_from_array(args, nargs);
    if (!tuple)
        return NULL;
    rt_object *r = type_call(RT_OBJ(t), tuple, NULL);
    RT_DECREF(tuple);
    return r;
}

/* CPython's type_getattro: data descriptors of the metatype, then the
 * type's own attributes (binding with instance NULL), then the metatype's
 * other attributes. */
static rt_object *type_getattro(rt_object *o, rt_object *name)
{
    rt_type *t = (rt_type *)o;
    if (!rt_str_check(name))
        return rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", name->type->name);
    rt_object *meta = rt_type_lookup_cached(o->type, name);
    if (meta && meta->type->descr_get && meta->type->descr_set)
        return meta->type->descr_get(meta, o, RT_OBJ(o->type));
    rt_object *attr = rt_type_lookup_cached(t, name);
    if (attr) {
        if (attr->type->descr_get)
            return attr->type->descr_get(attr, NULL, o);
        return rt_newref(attr);
    }
    if (meta) {
        if (meta->type->descr_get)
            return meta->type->descr_get(meta, o, RT_OBJ(o->type));
        return rt_newref(meta);
    }
    const char *owner = rt_unsupported_owner(t, name);
    if (!owner && !(t->flags & RT_TPFLAGS_HEAPTYPE))
        owner = rt_unsupported_owner(o->type, name);   /* type's own: int.mro */
    if (owner)
        return rt_err_unsupported_attr(owner, rt_str_data(name));
    return rt_err_format(&rt_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name, rt_str_data(name));
}

uint64_t rt_type_epoch = 1;
static uint64_t last_version_tag;

/* t and every heap class below it take new tags, once each (a tag above
 * start was given in this walk: a diamond's bottom is reached twice); a
 * type not readied yet (tag 0) keeps 0. */
static void retag_below(rt_type *t, uint64_t start)
{
    if (!t->version_tag || t->version_tag > start)
        return;
    t->version_tag = ++last_version_tag;
    for (intptr_t i = 0; i < t->subclasses.n; i++)
        retag_below(t->subclasses.v[i], start);
}

void rt_type_modified(rt_type *t)
{
    if (!(t->flags & RT_TPFLAGS_HAS_SUBCLASS)) {
        t->version_tag = ++last_version_tag;
        return;
    }
    /* A heap class's subclasses are all in its list (heap classes
     * themselves): new tags for them invalidate exactly the lookups that
     * went through t, as CPython's PyType_Modified, and a class counter
     * (Base.count += 1 in __init__) no longer empties every cache.  A
     * static type's static subclasses are not listed: the epoch moves. */
    if (t->flags & RT_TPFLAGS_HEAPTYPE) {
        uint64_t start = last_version_tag;
        if (!t->version_tag)
            t->version_tag = ++last_version_tag;
        else
            retag_below(t, start);
        return;
    }
    t->version_tag = ++last_version_tag;
    rt_type_epoch++;
}

static int type_setattro(rt_object *o, rt_object *name, rt_object *value)
{
    rt_type *t = (rt_type *)o;
    if (!rt_str_check(name)) {
        rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", name->type->name);
        return -1;
    }
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE)) {
        rt_err_format(&rt_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", rt_str_data(name), t->name);
        return -1;
    }
    rt_object *meta = rt_type_lookup_cached(o->type, name);
    if (meta && meta->type->descr_set)
        return meta->type->descr_set(meta, o, value);
    /* Before the change: the store may run a __del__ that looks up
     * attributes of t, and must not be served the old value. */
    rt_type_modified(t);
    int rc;
    if (value) {
        rc = rt_dict_setitem(t->dict, name, value);
    } else if (!rt_dict_getitem(t->dict, name)) {
        if (!rt_err_occurred())
            rt_err_format(&rt_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name, rt_str_data(name));
        return -1;
    } else {
        rc = rt_dict_delitem(t->dict, name);
    }
    const char *s = rt_str_data(name);
    if (rc == 0 && s[0] == '_' && s[1] == '_' && rt_type_dunder_hook)
        rc = rt_type_dunder_hook(t, name);
    return rc;
}

/* Only heap types ever reach dealloc, traverse or clear: static types are
 * immortal and not containers (rt_is_gc). */
static void type_dealloc(rt_object *o)
{
    rt_type *t = (rt_type *)o;
    rt_gc_untrack(o);
    /* Weakrefs first: their callbacks may look at the class's dict. */
    if (t->weakreflist)
        rt_weakref_clear_all(o);
    leave_typelists(t);
    RT_CLEAR(t->subclass_ref);
    RT_CLEAR(t->subclass_dict);
    RT_CLEAR(t->slot_names);
    RT_CLEAR(t->dict);
    RT_CLEAR(t->base);
    RT_CLEAR(t->mro);
    RT_CLEAR(t->bases);
    RT_CLEAR(t->qualname);
    if (t->vm_data && t->vm_data_free)
        t->vm_data_free(t->vm_data);
    rt_instattr_type_fini(t);
    rt_mem_free((char *)t->name);
    rt_object_free(o);
}

static int type_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    rt_type *t = (rt_type *)o;
    RT_VISIT(t->dict);   /* CPython's order: get_referents shows it */
    RT_VISIT(t->mro);
    RT_VISIT(t->bases);
    RT_VISIT(t->base);
    if (rt_gc.trace_all) {   /* owned, but kept where CPython's traverse does not look */
        RT_VISIT(t->subclass_ref);
        RT_VISIT(t->subclass_dict);
        RT_VISIT(t->slot_names);
    }
    return 0;
}

static int type_clear(rt_object *o)
{
    rt_type_modified((rt_type *)o);
    RT_CLEAR(((rt_type *)o)->dict);
    RT_CLEAR(((rt_type *)o)->mro);
    return 0;
}

bool rt_type_name_dotted(const rt_type *t)
{
    return (!(t->flags & RT_TPFLAGS_HEAPTYPE) || (t->flags & RT_TPFLAGS_DOTTED_NAME)) && strchr(t->name, '.');
}

int rt_type_set_dotted_name(rt_type *t, const char *module)
{
    char *name = rt_mem_malloc_atomic(strlen(module) + strlen(t->name) + 2);
    if (!name) {
        rt_err_no_memory();
        return -1;
    }
    sprintf(name, "%s.%s", module, t->name);
    rt_mem_free((char *)t->name);   /* a heap type's name is its own copy */
    t->name = name;
    t->flags |= RT_TPFLAGS_DOTTED_NAME;
    return 0;
}

/* A static type's name may carry its module ("weakref.ReferenceType");
 * __name__ is the part after the last dot, as in CPython. */
static rt_object *type_get_name(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = (rt_type *)o;
    const char *dot = rt_type_name_dotted(t) ? strrchr(t->name, '.') : NULL;
    return rt_str_from_cstr(dot ? dot + 1 : t->name);
}

static rt_object *type_get_qualname(rt_object *o, void *c)
{
    rt_type *t = (rt_type *)o;
    return t->qualname ? rt_newref(t->qualname) : type_get_name(o, c);
}

/* C.__name__ = s / C.__qualname__ = s (CPython's type_set_name and
 * type_set_qualname; type_setattro has refused a static type already).
 * Neither can be deleted, with CPython's "immutable type" wording. */
static int type_set_name_check(rt_type *t, rt_object *value, const char *attr)
{
    if (!value) {
        rt_err_format(&rt_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!rt_str_check(value)) {
        rt_err_format(&rt_exc_TypeError, "can only assign string to %s.%s, not '%s'", t->name, attr,
                      rt_type_name(value));
        return -1;
    }
    return 0;
}

static int type_set_name(rt_object *o, rt_object *value, void *c)
{
    (void)c;
    rt_type *t = (rt_type *)o;
    if (type_set_name_check(t, value, "__name__") < 0)
        return -1;
    size_t n = (size_t)rt_str_size(value);
    if (memchr(rt_str_data(value), '\0', n)) {
        rt_err_set_string(&rt_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    char *copy = rt_mem_malloc_atomic(n + 1);
    if (!copy) {
        rt_err_no_memory();
        return -1;
    }
    memcpy(copy, rt_str_data(value), n + 1);
    rt_mem_free((char *)t->name);   /* only heap types get here: theirs is a copy */
    t->name = copy;
    t->flags &= ~(unsigned)RT_TPFLAGS_DOTTED_NAME;
    return 0;
}

/* Assigning a class's __bases__ (a new MRO, layout checks, the subclass
 * lists and caches) is not modelled: refused as outside the subset rather
 * than with the AttributeError of a read-only attribute. */
static int type_set_bases(rt_object *o, rt_object *value, void *c)
{
    (void)o; (void)value; (void)c;
    rt_err_format(&rt_exc_NotImplementedError,
                  "assigning a class's __bases__: not supported by the gclab Python subset");
    return -1;
}

static int type_set_qualname(rt_object *o, rt_object *value, void *c)
{
    (void)c;
    rt_type *t = (rt_type *)o;
    if (type_set_name_check(t, value, "__qualname__") < 0)
        return -1;
    RT_SETREF(t->qualname, rt_newref(value));
    return 0;
}

/* A class's __module__ is its dict's; a built-in type's is its dict's
 * too when its module put one there, else the part of its name before the
 * last dot, else builtins (CPython's type_module). */
static rt_object *type_get_module(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = (rt_type *)o;
    rt_object *m = rt_dict_getitem_str(t->dict, "__module__");
    if (t->flags & RT_TPFLAGS_HEAPTYPE)
        return m ? rt_newref(m) : rt_err_set_string(&rt_exc_AttributeError, "__module__");
    if (m && rt_str_check(m))   /* not type's own getset */
        return rt_newref(m);
    const char *dot = strrchr(t->name, '.');
    return dot ? rt_str_from_bytes(t->name, dot - t->name) : rt_str_from_cstr("builtins");
}

static int type_set_module(rt_object *o, rt_object *value, void *c)
{
    (void)c;
    rt_type *t = (rt_type *)o;
    if (!value) {
        rt_err_format(&rt_exc_TypeError, "cannot delete '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    rt_type_modified(t);
    return rt_dict_setitem_str(t->dict, "__module__", value);
}

static rt_object *type_get_base(rt_object *o, void *c)
{
    (void)c;
    rt_type *b = ((rt_type *)o)->base;
    return rt_newref(b ? RT_OBJ(b) : RT_NONE);
}

static rt_object *type_get_mro(rt_object *o, void *c)
{
    (void)c;
    return rt_type_mro((rt_type *)o);
}

static rt_object *type_get_bases(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = (rt_type *)o;
    if (t->bases)
        return rt_newref(t->bases);
    if (!t->base)
        return rt_tuple_new(0);
    /* A static type's bases tuple, made on first use and kept (a root,
     * rt_static_types_visit): CPython's PyType_Ready made it at start-up,
     * so reading it allocates nothing (dir(1) merges int's __bases__). */
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    t->bases = rt_tuple_pack(1, RT_OBJ(t->base));
    rt_gc_startup_end(scope);
    return t->bases ? rt_newref(t->bases) : NULL;
}

static rt_object *type_get_dict(rt_object *o, void *c)
{
    (void)c;
    rt_type *t = (rt_type *)o;
    if (t->dict)
        return rt_mappingproxy_new(rt_type_dict(t));
    rt_object *d = rt_dict_new();   /* a class a collection has cleared */
    rt_object *p = d ? rt_mappingproxy_new(d) : NULL;
    RT_XDECREF(d);
    return p;
}

/* __base__ and __mro__ are READONLY members of CPython's type: assigning
 * or deleting one says so in a member's words */
static int type_set_readonly(rt_object *o, rt_object *v, void *c)
{
    (void)o; (void)v; (void)c;
    rt_err_set_string(&rt_exc_AttributeError, "readonly attribute");
    return -1;
}

RT_NOSCAN static rt_getset_def type_getsets[] = {
    { "__name__", type_get_name, type_set_name, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL },
    { "__module__", type_get_module, type_set_module, NULL },
    { "__base__", type_get_base, type_set_readonly, RT_GETSET_MEMBER },
    { "__bases__", type_get_bases, type_set_bases, NULL },
    { "__mro__", type_get_mro, type_set_readonly, RT_GETSET_MEMBER },
    { "__dict__", type_get_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* `X | Y` of classes (PEP 604): types.UnionType lives in the VM
 * (vm/union.c), which sets the hook at start-up; type keeps the slot so
 * type.__or__/__ror__ exist as in CPython. */
rt_binaryfunc rt_type_or_hook;

static rt_object *type_or(rt_object *a, rt_object *b)
{
    return rt_type_or_hook ? rt_type_or_hook(a, b) : rt_newref(RT_NOTIMPLEMENTED);
}

static rt_number_methods type_as_number = { .or_ = type_or };

RT_NOSCAN_TYPE rt_type rt_type_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "type",
    .basicsize = sizeof(rt_type),
    .weaklistoffset = offsetof(rt_type, weakreflist),
    /* A metaclass (a heap subclass) adds nothing to the layout: a class's
     * attributes live in its own dict, as CPython's. */
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_TYPE_SUBCLASS,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .as_number = &type_as_number,
    .call = type_call,
    .vectorcall = type_vectorcall,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .getsets = type_getsets,
    .methods = type_methods,
    .new_ = type_new,
    .init = type_init,
};

/* ---- readying ------------------------------------------------------------ */

#define INHERIT(f) do { if (!t->f) t->f = b->f; } while (0)

static void inherit_number(rt_number_methods *n, const rt_number_methods *b)
{
    rt_binaryfunc *dst = (rt_binaryfunc *)n;
    rt_binaryfunc const *src = (rt_binaryfunc const *)b;
    /* rt_number_methods is a run of function pointers; copy the NULL ones. */
    for (size_t i = 0; i < sizeof *n / sizeof(rt_binaryfunc); i++)
        if (!dst[i])
            dst[i] = src[i];
}

static void inherit_slots(rt_type *t, rt_type *b)
{
    const unsigned long subclass_flags = RT_TPFLAGS_INT_SUBCLASS | RT_TPFLAGS_STR_SUBCLASS
        | RT_TPFLAGS_TUPLE_SUBCLASS | RT_TPFLAGS_LIST_SUBCLASS | RT_TPFLAGS_DICT_SUBCLASS
        | RT_TPFLAGS_EXC_SUBCLASS | RT_TPFLAGS_TYPE_SUBCLASS | RT_TPFLAGS_WEAKREF_SUBCLASS
        | RT_TPFLAGS_SET_SUBCLASS | RT_TPFLAGS_FROZENSET_SUBCLASS | RT_TPFLAGS_BYTES_SUBCLASS
        | RT_TPFLAGS_INLINE_VALUES;
    t->flags |= b->flags & subclass_flags;
    /* CPython's inherit_patma_flags: the base's kind unless t has one */
    if (!(t->flags & (RT_TPFLAGS_SEQUENCE | RT_TPFLAGS_MAPPING)))
        t->flags |= b->flags & (RT_TPFLAGS_SEQUENCE | RT_TPFLAGS_MAPPING);
    t->flags |= b->flags & RT_TPFLAGS_MATCH_SELF;
    INHERIT(basicsize);
    INHERIT(itemsize);
    INHERIT(dealloc);
    if (rt_type_is_gc(t) && rt_type_is_gc(b)) {
        INHERIT(traverse);
        INHERIT(clear);
    }
    INHERIT(weaklistoffset);
    INHERIT(dictoffset);
    INHERIT(repr);
    if (b->str != object_str)
        INHERIT(str);
    INHERIT(hash);
    INHERIT(richcompare);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(call);
    INHERIT(getattro);
    INHERIT(setattro);
    INHERIT(descr_get);
    INHERIT(descr_set);
    if (t->as_number && b->as_number && t->as_number != b->as_number)
        inherit_number(t->as_number, b->as_number);
    INHERIT(as_number);
    INHERIT(as_sequence);
    INHERIT(as_mapping);
    INHERIT(new_);
    INHERIT(init);
}

static int add_method_defs(rt_type *t, rt_method_def *defs)
{
    for (rt_method_def *m = defs; m && m->name; m++) {
        rt_object *d;
        if (m->flags & RT_METH_CLASS)
            d = rt_classmethod_descr_new(m, t);
        else if (m->flags & RT_METH_STATIC)
            d = rt_cfunction_new(m, RT_OBJ(t));   /* CPython's m_self: the type (repr, __qualname__) */
        else
            d = rt_method_descr_new(m, t);
        if (!d)
            return -1;
        int r = rt_dict_setitem_str(t->dict, m->name, d);
        RT_DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

int rt_type_add_methods(rt_type *t, rt_method_def *defs)
{
    if (add_method_defs(t, defs) < 0)
        return -1;
    rt_type_modified(t);
    return 0;
}

static int add_methods(rt_type *t)
{
    if (add_method_defs(t, t->methods) < 0)
        return -1;
    bool heap = (t->flags & RT_TPFLAGS_HEAPTYPE) != 0;
    for (rt_getset_def *g = t->getsets; g && g->name; g++) {
        rt_object *d = rt_getset_descr_new(g, t, heap);
        if (!d)
            return -1;
        if (heap) {
            RT_INCREF(t);
            rt_gc_track(d);
        }
        int r = rt_dict_setitem_str(t->dict, g->name, d);
        RT_DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}


int rt_static_types_visit(rt_visitproc visit, void *arg)
{
    for (size_t i = 0; i < nstatic_types; i++) {
        RT_VISIT(static_types[i]->dict);
        RT_VISIT(static_types[i]->subclass_ref);
        RT_VISIT(static_types[i]->bases);
        RT_VISIT(static_types[i]->subclass_dict);
    }
    return 0;
}

rt_type *const *rt_static_types(size_t *n)
{
    *n = nstatic_types;
    return static_types;
}

static int remember_static_type(rt_type *t)
{
    if (nstatic_types == static_types_cap) {
        size_t cap = static_types_cap ? static_types_cap * 2 : 128;   /* ~100 built-in types */
        rt_type **n = rt_raw_realloc(static_types, cap * sizeof *n);
        if (!n) {
            rt_err_no_memory();
            return -1;
        }
        static_types = n;
        static_types_cap = cap;
    }
    static_types[nstatic_types++] = t;
    return 0;
}

static int ready_type(rt_type *t);

/* A built-in type is readied at start-up or at its first use (a heap
 * getset descriptor's type at the first class statement), which CPython
 * does at start-up: in a start-up scope (gchead.h), so that its dict and
 * subclass weakref do not move gen 0's count in the middle of the
 * program's first class statement. */
int rt_type_ready(rt_type *t)
{
    if (t->flags & RT_TPFLAGS_READY)
        return 0;
    if (t->flags & RT_TPFLAGS_HEAPTYPE)
        return ready_type(t);
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    int r = remember_static_type(t) < 0 ? -1 : ready_type(t);
    rt_gc_startup_end(scope);
    return r;
}

static int ready_type(rt_type *t)
{
    if (!t->ob_base.ob_base.type)
        t->ob_base.ob_base.type = &rt_type_type;
    if (!(t->flags & RT_TPFLAGS_HEAPTYPE) && t->ob_base.ob_base.refcnt == 0)
        t->ob_base.ob_base.refcnt = RT_IMMORTAL_REFCNT;
    if (!t->base && t != &rt_object_type)
        t->base = &rt_object_type;
    if (t->base && rt_type_ready(t->base) < 0)
        return -1;
    if (!t->dict && !(t->dict = rt_dict_new()))
        return -1;
    /* its own slots only: before inheritance; its methods then win */
    if (rt_slot_wrappers_add(t) < 0)
        return -1;
    if (t->base)
        inherit_slots(t, t->base);
    if (add_methods(t) < 0)
        return -1;
    rt_type_modified(t);
    t->flags |= RT_TPFLAGS_READY;
    if (t->base && !(t->flags & RT_TPFLAGS_HEAPTYPE))
        make_subclass_ref(t);   /* a heap type's: when a base lists it */
    return 0;
}

/* ---- heap types and their instances --------------------------------------- */

/* The nearest static type in t's base chain: it owns the instance layout
 * up to its basicsize, and its dealloc frees the memory. */
static rt_type *static_base(rt_type *t)
{
    while (t->flags & RT_TPFLAGS_HEAPTYPE)
        t = t->base;
    return t;
}

/* The __slots__ storage of every heap level of o's class. */
static void clear_slots(rt_object *o)
{
    for (rt_type *k = o->type; k->flags & RT_TPFLAGS_HEAPTYPE; k = k->base)
        for (intptr_t i = 0; i < k->nslots; i++)
            RT_CLEAR(((rt_object **)((char *)o + k->slotsoffset))[i]);
}

void rt_type_set_plain_instance(rt_type *t)
{
    const rt_type *k = t;
    while ((k->flags & RT_TPFLAGS_HEAPTYPE) && !k->nslots)
        k = k->base;
    if (k == &rt_object_type && t->dictoffset > 0)
        t->flags |= RT_TPFLAGS_PLAIN_INSTANCE;
    else
        t->flags &= ~(unsigned long)RT_TPFLAGS_PLAIN_INSTANCE;
}

static void instance_dealloc(rt_object *o)
{
    rt_type *t = o->type;
    bool plain = (t->flags & RT_TPFLAGS_PLAIN_INSTANCE) != 0;
    rt_type *sb = plain ? &rt_object_type : static_base(t);
    bool was_tracked = rt_gc_is_tracked(o);
    rt_gc_untrack(o);
    /* PEP 442: the finaliser runs at most once, on a temporarily revived
     * object; if it stored a new reference somewhere, the object lives on. */
    if (t->finalize && !rt_gc_is_finalized(o)) {
        o->refcnt = 1;
        t->finalize(o);
        rt_gc_set_finalized(o);   /* after the call, as CPython's PyObject_CallFinalizer */
        if (--o->refcnt != 0) {
            if (was_tracked)
                rt_gc_track(o);
            return;
        }
    }
    RT_TRASHCAN_BEGIN(o, instance_dealloc)
        /* Weakrefs first: their callbacks must never see an object whose
         * __dict__ is already gone. */
        if (t->weaklistoffset && *rt_weakref_list_ptr(o))
            rt_weakref_clear_all(o);
        if (plain) {
            rt_instattr_clear(o);
        } else {
            clear_slots(o);
            if (t->dictoffset && t->dictoffset != sb->dictoffset)
                rt_instattr_clear(o);
        }
        if (sb == &rt_object_type)
            rt_object_free(o);
        else
            sb->dealloc(o);
    RT_TRASHCAN_END
}

int rt_instance_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    rt_type *t = o->type, *sb = static_base(t);
    /* CPython's order (get_referents shows it): slots, attributes, type */
    for (rt_type *k = t; k->flags & RT_TPFLAGS_HEAPTYPE; k = k->base)
        for (intptr_t i = 0; i < k->nslots; i++)
            RT_VISIT(((rt_object **)((char *)o + k->slotsoffset))[i]);
    if (t->dictoffset && t->dictoffset != sb->dictoffset) {
        int r = rt_instattr_traverse(o, visit, arg);
        if (r)
            return r;
    }
    RT_VISIT(t);
    if (sb->traverse)
        return sb->traverse(o, visit, arg);
    return 0;
}

static int instance_clear(rt_object *o)
{
    rt_type *t = o->type;
    if (t->flags & RT_TPFLAGS_PLAIN_INSTANCE) {
        rt_instattr_clear(o);
        return 0;
    }
    rt_type *sb = static_base(t);
    clear_slots(o);
    if (t->dictoffset && t->dictoffset != sb->dictoffset)
        rt_instattr_clear(o);
    if (sb->clear)
        return sb->clear(o);
    return 0;
}

static int add_member(rt_type *t, rt_object *name, intptr_t offset)
{
    if (!rt_str_check(name)) {
        rt_err_format(&rt_exc_TypeError, "__slots__ items must be strings, not '%s'", name->type->name);
        return -1;
    }
    rt_object *m = rt_member_descr_new(t, name, offset);
    int r = m ? rt_dict_setitem(t->dict, name, m) : -1;
    RT_XDECREF(m);
    return r;
}

rt_object *rt_type_new_heap_slots(const char *name, rt_type *base, rt_object *dict,
                                  rt_object *slot_names, bool add_dict, bool add_weakref)
{
    return rt_type_new_heap_meta(&rt_type_type, name, base, dict, slot_names, add_dict, add_weakref);
}

static rt_object *class_mro(rt_type *t, rt_object *bases);
static void add_subclass(rt_type *base, rt_type *t);

/* A heap type of meta over the layout base (NULL: object) with the bases
 * tuple bases (NULL: (base,)); dict is a reference the new type takes
 * (given back on failure).  The order of what it makes is CPython 3.11's
 * type_new, so that gc.get_objects(0) lists the same objects in the same
 * order: the bases tuple, the type (tracked at once, as PyType_GenericAlloc
 * tracks it), its MRO tuple, its descriptors (which track its dict), then
 * the weakref and tp_subclasses dict its bases list it by. */
static rt_object *new_class(rt_type *meta, const char *name, rt_type *base, rt_object *bases, rt_object *dict,
                            rt_object *slot_names, bool add_dict, bool add_weakref)
{
    if (!base)
        base = &rt_object_type;
    /* a base CPython accepts and the subset cannot derive from yet is
     * reported as unsupported, not as an error of the program */
    const char *short_name = strrchr(base->name, '.');   /* "collections.deque": the table says "deque" */
    short_name = short_name ? short_name + 1 : base->name;
    bool cpython_base = !(base->flags & RT_TPFLAGS_HEAPTYPE) && rt_cpython_has_attr("base", short_name);
    rt_type *t = NULL;
    if (!(base->flags & RT_TPFLAGS_BASETYPE)) {
        if (cpython_base)
            rt_err_unsupported_base(short_name);
        else
            rt_err_format(&rt_exc_TypeError, "type '%s' is not an acceptable base type", base->name);
        goto fail;
    }
    /* Variable-size instances (tuple's) keep their items where the base
     * has them; a __dict__ slot goes after the items (a negative
     * dictoffset, as CPython's), a weakref list nowhere. */
    unsigned long tail_kinds = RT_TPFLAGS_TUPLE_SUBCLASS | RT_TPFLAGS_STR_SUBCLASS | RT_TPFLAGS_BYTES_SUBCLASS;
    if (base->itemsize && (slot_names || !(base->flags & tail_kinds))) {
        if (cpython_base && !(base->flags & tail_kinds))
            rt_err_unsupported_base(base->name);
        else
            rt_err_format(&rt_exc_TypeError, "subclassing variable-size type '%s' is not supported", base->name);
        goto fail;
    }
    /* CPython's may_add_weak: no __weakref__ slot over a variable-size
     * base -- tuple's, and int's (a PyLongObject is variable-size there,
     * not here: `class K(int)` has a __dict__ and no weak references);
     * CPython's str has no items (PEP 393 keeps them apart), so a str
     * subclass gets a weakref list */
    if ((base->itemsize && !(base->flags & RT_TPFLAGS_STR_SUBCLASS)) || (base->flags & RT_TPFLAGS_INT_SUBCLASS))
        add_weakref = false;
    if (base->flags & RT_TPFLAGS_TYPE_SUBCLASS)
        add_dict = false;   /* a metaclass: its instances' attributes are their dicts */
    if (slot_names && !rt_tuple_check(slot_names)) {
        rt_err_set_string(&rt_exc_TypeError, "__slots__ must be given as a tuple of str");
        goto fail;
    }
    if (rt_type_ready(base) < 0)
        goto fail;
    bases = bases ? rt_newref(bases) : rt_tuple_pack(1, RT_OBJ(base));
    if (!bases)
        goto fail;
    size_t n = strlen(name);
    char *name_copy = rt_mem_malloc_atomic(n + 1);
    if (!name_copy) {
        rt_err_no_memory();
        rt_decref(bases);
        goto fail;
    }
    memcpy(name_copy, name, n + 1);
    t = (rt_type *)rt_object_new(meta);
    if (!t) {
        rt_mem_free(name_copy);
        rt_decref(bases);
        goto fail;
    }
    t->name = name_copy;
    t->flags = RT_TPFLAGS_HEAPTYPE | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_GC;
    t->base = (rt_type *)rt_newref(RT_OBJ(base));
    t->bases = bases;
    t->dict = dict;
    dict = NULL;
    /* Layout: the base's, then this class's slots, then the __dict__ and
     * weakref-list pointers the base lacks. */
    t->basicsize = base->basicsize;
    t->nslots = slot_names ? RT_SIZE(slot_names) : 0;
    t->slotsoffset = t->basicsize;
    t->basicsize += t->nslots * (intptr_t)sizeof(rt_object *);
    if (base->itemsize) {
        /* The words this level adds go after the items (negative offsets
         * from their end, rt_tail_slot), the __dict__ slot before the
         * weakref list; the base's own move back by as many words.  A str
         * keeps its NUL before them. */
        bool d = add_dict && !base->dictoffset, w = add_weakref && !base->weaklistoffset;
        intptr_t words = (intptr_t)d + (intptr_t)w, word = (intptr_t)sizeof(rt_object *);
        if (base == &rt_str_type)
            t->basicsize += 1;
        t->basicsize += words * word;
        t->dictoffset = d ? -words * word : base->dictoffset - words * word * (base->dictoffset != 0);
        t->weaklistoffset = w ? -word : base->weaklistoffset - words * word * (base->weaklistoffset != 0);
        if (d || w)
            t->getsets = d && w ? instance_getsets : d ? instance_dict_getset : instance_getsets + 1;
    } else if (add_dict && !base->dictoffset) {
        /* the slot a heap level adds keeps inline values (instattr.h);
         * a static base's (exceptions) keeps its plain dict */
        t->getsets = instance_getsets;
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(rt_object *);
        t->flags |= RT_TPFLAGS_INLINE_VALUES;
    }
    if (base->itemsize) {
        /* laid out above */
    } else if (add_weakref && !base->weaklistoffset) {
        t->getsets = t->getsets ? instance_getsets : instance_getsets + 1;
        t->weaklistoffset = t->basicsize;
        t->basicsize += sizeof(rt_object *);
    } else if (t->getsets) {
        t->getsets = instance_dict_getset;
    }
    t->dealloc = instance_dealloc;
    t->traverse = rt_instance_traverse;
    t->clear = instance_clear;
    rt_gc_track(RT_OBJ(t));
    /* CPython keeps __qualname__ out of the class's dict */
    rt_object *qn = rt_dict_getitem_str(t->dict, "__qualname__");
    if (qn && rt_str_check(qn)) {
        /* Interned (the intern table is a root of the tracing collectors):
         * the class holds it, but type_traverse visits only what CPython's
         * visits (a str is in no cycle, and get_referents shows those), so
         * marksweep would not find it through the class. */
        t->qualname = rt_str_intern_name(rt_str_data(qn));
        if (!t->qualname)
            goto fail;
        if (rt_dict_delitem_str(t->dict, "__qualname__") < 0)
            goto fail;
    } else if (qn) {
        rt_err_format(&rt_exc_TypeError, "type __qualname__ must be a str, not %s", RT_TYPE(qn)->name);
        goto fail;
    }
    if (!(t->mro = class_mro(t, bases)))
        goto fail;
    if (meta != &rt_type_type) {
        /* CPython's mro_internal calls mro() through a metaclass other than
         * type: type.mro() lists the MRO and mro_invoke makes that list a
         * tuple -- a list more on its free list, which gc.get_count() sees.
         * (A metaclass's own mro() is not called here: docs/conformance.md.) */
        rt_object *l = rt_list_from_iterable(t->mro);
        RT_CLEAR(t->mro);
        t->mro = l ? rt_list_as_tuple(l) : NULL;
        RT_XDECREF(l);
        if (!t->mro)
            goto fail;
    }
    for (intptr_t i = 0; i < t->nslots; i++)
        if (add_member(t, RT_TUPLE_GET_ITEM(slot_names, i), t->slotsoffset + i * (intptr_t)sizeof(rt_object *)) < 0)
            goto fail;
    if (rt_type_ready(t) < 0)
        goto fail;
    rt_type_set_plain_instance(t);
    /* From now on a change to a base's dict may change lookups through t. */
    for (intptr_t i = 0; i < RT_SIZE(bases); i++) {
        rt_type *b = (rt_type *)RT_TUPLE_GET_ITEM(bases, i);
        b->flags |= RT_TPFLAGS_HAS_SUBCLASS;
        add_subclass(b, t);
    }
    return RT_OBJ(t);
fail:
    RT_XDECREF(dict);
    if (t) {
        t->nslots = 0;
        RT_DECREF(t);
    }
    return NULL;
}

rt_object *rt_type_new_heap_meta(rt_type *meta, const char *name, rt_type *base, rt_object *dict,
                                 rt_object *slot_names, bool add_dict, bool add_weakref)
{
    rt_object *own = dict ? rt_dict_copy(dict) : rt_dict_new();
    return own ? new_class(meta, name, base, NULL, own, slot_names, add_dict, add_weakref) : NULL;
}

rt_object *rt_type_new_class(rt_type *meta, const char *name, rt_type *base, rt_object *bases, rt_object *dict)
{
    return new_class(meta, name, base, RT_SIZE(bases) ? bases : NULL, dict, NULL, true, true);
}

rt_object *rt_type_new_heap(const char *name, rt_type *base, rt_object *dict)
{
    return rt_type_new_heap_slots(name, base, dict, NULL, true, true);
}

/* ---- MRO: one base, and C3 for several ------------------------------------- */

/* b's MRO into out (when not NULL), borrowed; its length: a heap type's
 * tuple, else b and its base chain (a static type's MRO). */
static intptr_t mro_items(rt_type *b, rt_object **out)
{
    if (b->mro) {
        if (out)
            memcpy(out, RT_TUPLE_ITEMS(b->mro), (size_t)RT_SIZE(b->mro) * sizeof *out);
        return RT_SIZE(b->mro);
    }
    intptr_t n = 0;
    for (; b; b = b->base, n++)
        if (out)
            out[n] = RT_OBJ(b);
    return n;
}

/* head, then base's MRO, as a new tuple. */
static rt_object *mro_tuple(rt_type *head, rt_type *base)
{
    intptr_t n = 1 + (base ? mro_items(base, NULL) : 0);
    rt_object *r = rt_tuple_new(n);
    if (!r)
        return NULL;
    rt_object **v = RT_TUPLE_ITEMS(r);
    v[0] = RT_OBJ(head);
    if (base)
        mro_items(base, v + 1);
    for (intptr_t i = 0; i < n; i++)
        rt_incref(v[i]);
    return r;
}

/* t's MRO tuple: a heap type's own, else (t, then its base's MRO). */
rt_object *rt_type_mro(rt_type *t)
{
    return t->mro ? rt_newref(t->mro) : mro_tuple(t, t->base);
}

static bool in_tail(rt_object *const *seq, intptr_t len, intptr_t from, rt_object *x)
{
    for (intptr_t i = from + 1; i < len; i++)
        if (seq[i] == x)
            return true;
    return false;
}

/* CPython's message lists the remaining heads, each once, in order. */
static void mro_error(rt_object **items, const intptr_t *start, const intptr_t *len, const intptr_t *pos, intptr_t n)
{
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    int shown = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (pos[i] >= len[i])
            continue;
        rt_object *h = items[start[i] + pos[i]];
        bool dup = false;
        for (intptr_t j = 0; j < i; j++)
            dup |= pos[j] < len[j] && items[start[j] + pos[j]] == h;
        if (dup)
            continue;
        if (shown++)
            rt_str_builder_append_cstr(&b, ", ");
        rt_str_builder_append_cstr(&b, ((rt_type *)h)->name);
    }
    rt_object *msg = rt_str_builder_finish(&b);
    if (msg) {
        rt_err_set_object(&rt_exc_TypeError, msg);
        rt_decref(msg);
    }
}

/* The C3 merge of the bases' MROs and the bases: as CPython's
 * mro_implementation, a list made into a tuple (a single base needs
 * neither: (t,) + its MRO).  The sequences are read in place. */
static rt_object *class_mro(rt_type *t, rt_object *bases)
{
    intptr_t nb = RT_SIZE(bases);
    if (nb == 1)
        return mro_tuple(t, (rt_type *)RT_TUPLE_GET_ITEM(bases, 0));
    for (intptr_t i = 0; i < nb; i++)
        for (intptr_t j = 0; j < i; j++)
            if (RT_TUPLE_GET_ITEM(bases, i) == RT_TUPLE_GET_ITEM(bases, j))
                return rt_err_format(&rt_exc_TypeError, "duplicate base class %s",
                                     ((rt_type *)RT_TUPLE_GET_ITEM(bases, i))->name);
    intptr_t n = nb + 1, total = nb;
    for (intptr_t i = 0; i < nb; i++)
        total += mro_items((rt_type *)RT_TUPLE_GET_ITEM(bases, i), NULL);
    rt_object **items = rt_mem_malloc((size_t)total * sizeof *items);
    intptr_t *start = rt_mem_malloc((size_t)n * 3 * sizeof *start);
    rt_object *out = items && start ? rt_list_new(0) : NULL;
    rt_object *mro = NULL;
    if (!items || !start) {
        rt_err_no_memory();
        goto done;
    }
    if (!out || rt_list_append(out, RT_OBJ(t)) < 0)
        goto done;
    intptr_t *len = start + n, *pos = len + n, at = 0;
    for (intptr_t i = 0; i < n; i++) {
        start[i] = at;
        pos[i] = 0;
        if (i < nb) {
            len[i] = mro_items((rt_type *)RT_TUPLE_GET_ITEM(bases, i), items + at);
        } else {
            len[i] = nb;
            memcpy(items + at, RT_TUPLE_ITEMS(bases), (size_t)nb * sizeof *items);
        }
        at += len[i];
    }
    for (;;) {
        rt_object *pick = NULL;
        bool left = false;
        for (intptr_t i = 0; i < n && !pick; i++) {
            if (pos[i] >= len[i])
                continue;
            left = true;
            rt_object *h = items[start[i] + pos[i]];
            bool ok = true;
            for (intptr_t j = 0; j < n && ok; j++)
                ok = !in_tail(items + start[j], len[j], pos[j], h);
            if (ok)
                pick = h;
        }
        if (!left)
            break;
        if (!pick) {
            mro_error(items, start, len, pos, n);
            goto done;
        }
        if (rt_list_append(out, pick) < 0)
            goto done;
        for (intptr_t i = 0; i < n; i++)
            if (pos[i] < len[i] && items[start[i] + pos[i]] == pick)
                pos[i]++;
    }
    mro = rt_list_as_tuple(out);
done:
    rt_mem_free(items);
    rt_mem_free(start);
    RT_XDECREF(out);
    return mro;
}

int rt_type_init(void)
{
    rt_type *types[] = {
        &rt_object_type, &rt_type_type, &rt_cfunction_type, &rt_method_descr_type,
        &rt_classmethod_descr_type, &rt_getset_descr_type, &rt_member_descr_type, &rt_mappingproxy_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (rt_type_ready(types[i]) < 0)
            return -1;
    return rt_slot_wrapper_init();
}

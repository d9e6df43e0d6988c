/*
 * class.c -- the class statement (__build_class__), the type slots that
 * dispatch to Python-level dunder methods (super() is vm/super.c).
 *
 * A class body runs as a function with a fresh namespace dict as its
 * locals; the class is then made by rt_type_new_heap and every dunder the
 * class (or a Python-level base) defines is wired into the matching type
 * slot, so that built-in operations (repr, ==, hash, len, [], iteration,
 * arithmetic, calls, __del__ via finalize) reach the Python method.
 *
 * Invariants: a slot installed here looks its method up on each call
 * (rt_type_lookup), so later assignments to class attributes are seen; the
 * per-class number/sequence/mapping tables are allocated once per class
 * and live as long as the program (classes are rarely freed).
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "runtime/recursion.h"
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

enum {
    D_REPR, D_STR, D_HASH, D_EQ, D_NE, D_LT, D_LE, D_GT, D_GE, D_ITER, D_NEXT, D_CALL,
    D_INIT, D_DEL, D_GETATTR, D_LEN, D_GETITEM, D_SETITEM, D_DELITEM, D_CONTAINS, D_BOOL,
    D_NEG, D_POS, D_ABS, D_INVERT, D_INT, D_FLOAT, D_INDEX,
    D_ADD, D_SUB, D_MUL, D_MOD, D_POW, D_FLOORDIV, D_TRUEDIV, D_LSHIFT, D_RSHIFT, D_AND, D_XOR, D_OR,
    D_RADD, D_RSUB, D_RMUL, D_RMOD, D_RPOW, D_RFLOORDIV, D_RTRUEDIV, D_RLSHIFT, D_RRSHIFT,
    D_RAND, D_RXOR, D_ROR, D_DIVMOD, D_RDIVMOD,
    D_CLASSCELL, D_SLOTS, D_GET, D_SET, D_DELETE, D_SETATTR, D_DELATTR, D_NEW, D_GETATTRIBUTE,
    D_COUNT
};

static const char *const dunder_names[D_COUNT] = {
    "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__iter__", "__next__", "__call__", "__init__", "__del__", "__getattr__", "__len__",
    "__getitem__", "__setitem__", "__delitem__", "__contains__", "__bool__",
    "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
    "__add__", "__sub__", "__mul__", "__mod__", "__pow__", "__floordiv__", "__truediv__",
    "__lshift__", "__rshift__", "__and__", "__xor__", "__or__",
    "__radd__", "__rsub__", "__rmul__", "__rmod__", "__rpow__", "__rfloordiv__", "__rtruediv__",
    "__rlshift__", "__rrshift__", "__rand__", "__rxor__", "__ror__", "__divmod__", "__rdivmod__",
    "__classcell__", "__slots__", "__get__", "__set__", "__delete__", "__setattr__", "__delattr__", "__new__",
    "__getattribute__",
};

static rt_object *dn[D_COUNT];   /* interned names */

/* Is the attribute found for slot d defined at Python level (not a
 * built-in descriptor of a static type)? */
static rt_object *py_lookup(rt_type *t, int d)
{
    rt_object *m = rt_type_lookup(t, dn[d]);
    /* a built-in type's slot wrapper stands for the slot the class
     * inherits already */
    if (!m || RT_TYPE(m) == &rt_cfunction_type || rt_slot_wrapper_check(m))
        return NULL;
    /* a built-in type's own method is not an override; a C method a class
     * was given explicitly (namedtuple's __init__) is */
    if (RT_TYPE(m) == &rt_method_descr_type) {
        rt_type *owner = ((rt_method_descr *)m)->owner;
        if (owner->dict && rt_dict_getitem(rt_type_dict(owner), dn[d]) == m)
            return NULL;
    }
    return m;
}

/* Call the dunder d of self with args.  *found = 0 when self's type does
 * not define it (then NULL without exception). */
static rt_object *call_dunder(rt_object *self, int d, rt_object *const *args, intptr_t n, int *found)
{
    /* through the type attribute cache, as LOAD_ATTR: a slot call of a
     * class's dunder (c[k] = v in a dict subclass with a Python
     * __delitem__) cost ~270 instructions in the uncached MRO walk */
    rt_object *m = rt_type_lookup_cached(RT_TYPE(self), dn[d]);
    /* object's wrappers stand for the defaults the callers here apply
     * themselves (__ne__ inverting __eq__, identity for __eq__) */
    if (m && found && rt_slot_wrapper_of_object(m))
        m = NULL;
    if (found)
        *found = m != NULL;
    if (!m) {
        if (!found)
            rt_err_format(&rt_exc_AttributeError, "'%s' object has no attribute '%s'",
                          rt_type_name(self), dunder_names[d]);
        return NULL;
    }
    if (RT_TYPE(m) == &vm_function_type) {
        rt_object *small[4];
        if (n > 3)
            return rt_err_set_string(&rt_exc_RuntimeError, "too many dunder arguments");
        small[0] = self;
        for (intptr_t i = 0; i < n; i++)
            small[i + 1] = args[i];
        return vm_call(m, small, n + 1, NULL);
    }
    rt_descrgetfunc get = RT_TYPE(m)->descr_get;
    if (!get)
        return vm_call(m, args, n, NULL);
    rt_object *bound = get(m, self, RT_OBJ(RT_TYPE(self)));
    if (!bound)
        return NULL;
    rt_object *r = vm_call(bound, args, n, NULL);
    rt_decref(bound);
    return r;
}

static rt_object *slot_repr(rt_object *o)
{
    /* CPython's C-level recursion check words this case differently */
    if (vm.depth >= vm.recursion_limit)
        return rt_err_set_string(&rt_exc_RecursionError,
                                 "maximum recursion depth exceeded while calling a Python object");
    /* The result is checked by rt_repr/rt_str, as CPython's
     * PyObject_Repr/PyObject_Str do: reached through str() (no __str__)
     * a non-str result is "__str__ returned non-string". */
    return call_dunder(o, D_REPR, NULL, 0, NULL);
}

static rt_object *slot_str(rt_object *o)
{
    int found;
    rt_object *r = call_dunder(o, D_STR, NULL, 0, &found);
    if (!found)   /* object_str: the repr slot itself, its result unchecked */
        return o->type->repr ? o->type->repr(o) : rt_repr(o);
    return r;
}

static intptr_t slot_hash(rt_object *o)
{
    rt_object *r = call_dunder(o, D_HASH, NULL, 0, NULL);
    if (!r)
        return -1;
    if (!rt_int_check(r)) {
        rt_decref(r);
        rt_err_set_string(&rt_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* As CPython's slot_tp_hash: the int itself when it fits a Py_ssize_t,
     * not its hash (a bigger one: its hash); -1 becomes -2. */
    intptr_t h = rt_int_is_small(r) ? (intptr_t)RT_INT_VALUE(r) : rt_hash(r);
    rt_decref(r);
    return h == -1 ? -2 : h;
}

static rt_object *slot_richcompare(rt_object *a, rt_object *b, int op)
{
    static const int ops[] = { D_LT, D_LE, D_EQ, D_NE, D_GT, D_GE };
    int found;
    rt_object *r = call_dunder(a, ops[op], &b, 1, &found);
    if (found)
        return r;
    if (op == RT_NE) {
        /* object.__ne__: the inverse of __eq__ unless NotImplemented */
        r = call_dunder(a, D_EQ, &b, 1, &found);
        if (!found)
            return rt_newref(RT_NOTIMPLEMENTED);
        if (!r || r == RT_NOTIMPLEMENTED)
            return r;
        int t = rt_is_true(r);
        rt_decref(r);
        if (t < 0)
            return NULL;
        return rt_bool_from(!t);
    }
    if (op == RT_EQ)
        return rt_newref(a == b ? RT_TRUE : RT_NOTIMPLEMENTED);
    return rt_newref(RT_NOTIMPLEMENTED);
}

static rt_object *slot_iter(rt_object *o)
{
    /* __iter__ = None in a class body says "not iterable" */
    if (rt_type_lookup(RT_TYPE(o), dn[D_ITER]) == RT_NONE)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not iterable", rt_type_name(o));
    return call_dunder(o, D_ITER, NULL, 0, NULL);
}

/* The StopIteration __next__ raised stays set, as CPython's slot leaves it:
 * `yield from` takes its value, next() re-raises it as it is; every caller
 * of iternext treats a pending StopIteration as exhaustion. */
static rt_object *slot_iternext(rt_object *o)
{
    return call_dunder(o, D_NEXT, NULL, 0, NULL);
}

static rt_object *slot_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    rt_object *m = rt_type_lookup(RT_TYPE(o), dn[D_CALL]);
    if (!m)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not callable", rt_type_name(o));
    rt_object *bound = RT_TYPE(m)->descr_get ? RT_TYPE(m)->descr_get(m, o, RT_OBJ(RT_TYPE(o)))
                                             : rt_newref(m);
    if (!bound)
        return NULL;
    rt_object *r = NULL;
    if (vm_tpcall_enter() == 0) {   /* no vector call in CPython 3.11: one level */
        r = rt_call(bound, args, kwargs);
        vm_tpcall_leave();
    }
    rt_decref(bound);
    return r;
}

/* cls(...) of a class defining __new__ (a staticmethod, as CPython makes
 * it): __new__(cls, *args, **kwargs). */
static rt_object *slot_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    rt_object *m = rt_type_lookup(t, dn[D_NEW]);
    if (!m)
        return rt_err_format(&rt_exc_TypeError, "cannot create '%s' instances", t->name);
    if (RT_TYPE(m) == &vm_staticmethod_type)
        m = ((vm_wrapper *)m)->callable;
    intptr_t n = RT_SIZE(args);
    rt_object *a = rt_tuple_new(n + 1);
    if (!a)
        return NULL;
    RT_TUPLE_SET_ITEM(a, 0, rt_newref(RT_OBJ(t)));
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(a, i + 1, rt_newref(RT_TUPLE_GET_ITEM(args, i)));
    rt_incref(m);
    rt_object *r = rt_call(m, a, kwargs);
    rt_decref(m);
    rt_decref(a);
    return r;
}

static int slot_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    rt_object *m = rt_type_lookup(RT_TYPE(self), dn[D_INIT]);
    if (!m)
        return 0;
    rt_object *r;
    if (RT_TYPE(m) == &vm_function_type) {
        /* CPython's slot_tp_init: _PyObject_Call_Prepend puts self before
         * the arguments on a small C stack; no tuple (a container gclab
         * built here showed in gc.get_count(): a dict subclass with an
         * __init__, Counter(), counted one more than CPython) */
        intptr_t n = RT_SIZE(args);
        rt_object *small[8];
        rt_object **vec = n + 1 <= 8 ? small : rt_mem_malloc((size_t)(n + 1) * sizeof(rt_object *));
        if (!vec) {
            rt_err_no_memory();
            return -1;
        }
        vec[0] = self;
        memcpy(vec + 1, RT_TUPLE_ITEMS(args), (size_t)n * sizeof(rt_object *));
        r = vm_call_dict(m, vec, n + 1, kwargs);
        if (vec != small)
            rt_mem_free(vec);
    } else {
        rt_object *bound = RT_TYPE(m)->descr_get ? RT_TYPE(m)->descr_get(m, self, RT_OBJ(RT_TYPE(self)))
                                                 : rt_newref(m);
        if (!bound)
            return -1;
        r = rt_call(bound, args, kwargs);
        rt_decref(bound);
    }
    if (!r)
        return -1;
    if (r != RT_NONE) {
        rt_err_format(&rt_exc_TypeError, "__init__() should return None, not '%s'", rt_type_name(r));
        rt_decref(r);
        return -1;
    }
    rt_decref(r);
    return 0;
}

static rt_object *instantiate_call(rt_type *t, rt_object *init, rt_object *const *args, intptr_t nargs,
                                   rt_object *kwnames);
static rt_object *fast_init_of(rt_type *t);
static inline rt_object *class_fast_init(rt_type *t);

/* C(args) for a plain class (object's layout, Python __init__): allocate
 * and call __init__ with the argument vector directly, not through
 * type_call -> slot_init.  Returns NULL without an exception when the fast
 * path does not apply. */
rt_object *vm_instantiate_fast(rt_object *cls, rt_object *const *args, intptr_t nargs,
                               rt_object *kwnames)
{
    rt_type *t = (rt_type *)cls;
    rt_object *init = class_fast_init(t);
    if (!init)
        return NULL;
    /* a class has no vector call in CPython 3.11: its call is one level
     * of the recursion limit (_PyObject_MakeTpCall) */
    if (vm_tpcall_enter() < 0)
        return NULL;
    /* CPython 3.11 reaches type_call through an argument tuple and a
     * keyword dict, and __init__ through a keyword-name tuple: they live
     * for the call, come from the free lists (a new container each right
     * after a full collection) and so show in gc.get_count(). */
    bool shell = rt_freelists_on();   /* else dead tuples are not kept: build it */
    rt_object *argtuple = !nargs ? NULL : shell ? rt_tuple_shell_take(nargs) : rt_tuple_from_array(args, nargs);
    rt_object *kwdict = NULL, *kwtuple = NULL;
    if (kwnames && RT_SIZE(kwnames)) {
        kwdict = rt_dict_new();
        for (intptr_t i = 0; kwdict && i < RT_SIZE(kwnames); i++)
            if (rt_dict_setitem(kwdict, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
                RT_CLEAR(kwdict);
        kwtuple = kwdict ? rt_tuple_from_array(RT_TUPLE_ITEMS(kwnames), RT_SIZE(kwnames)) : NULL;
    }
    rt_object *obj = NULL;
    if ((!nargs || argtuple) && (!kwnames || !RT_SIZE(kwnames) || kwtuple))
        obj = instantiate_call(t, init, args, nargs, kwnames);
    rt_xdecref(kwtuple);
    rt_xdecref(kwdict);
    if (shell)
        rt_tuple_shell_give(argtuple);
    else
        rt_xdecref(argtuple);
    vm_tpcall_leave();
    return obj;
}

static rt_object *instantiate_call(rt_type *t, rt_object *init, rt_object *const *args, intptr_t nargs,
                                   rt_object *kwnames)
{
    /* object.__new__(t) without arguments (the caller checked t->new_ is
     * it): its argument checks pass, so allocate and track directly */
    rt_object *obj = rt_object_new(t);
    if (!obj)
        return NULL;
    if (rt_type_is_gc(t))
        rt_gc_track(obj);
    intptr_t n = nargs + (kwnames ? RT_SIZE(kwnames) : 0);
    rt_object *small[8];
    rt_object **vec = n + 1 <= 8 ? small : rt_mem_malloc((size_t)(n + 1) * sizeof(rt_object *));
    if (!vec) {
        rt_decref(obj);
        return rt_err_no_memory();
    }
    vec[0] = obj;
    memcpy(vec + 1, args, (size_t)n * sizeof(rt_object *));
    rt_incref(init);
    rt_object *r = vm_call(init, vec, nargs + 1, kwnames);
    rt_decref(init);
    if (vec != small)
        rt_mem_free(vec);
    if (!r) {
        rt_decref(obj);
        return NULL;
    }
    if (r != RT_NONE) {
        rt_err_format(&rt_exc_TypeError, "__init__() should return None, not '%s'", rt_type_name(r));
        rt_decref(r);
        rt_decref(obj);
        return NULL;
    }
    rt_decref(r);
    return obj;
}

static void slot_finalize(rt_object *self)
{
    rt_object *saved = rt_err_fetch();
    rt_object *r = call_dunder(self, D_DEL, NULL, 0, NULL);
    if (!r) {
        rt_write_unraisable(NULL, rt_type_lookup(RT_TYPE(self), dn[D_DEL]));
    } else {
        rt_decref(r);
    }
    rt_err_restore(saved);
}

/* A class's __getattribute__ (else the generic lookup; a metaclass's
 * classes: their own lookup), then __getattr__ on AttributeError, as
 * CPython's slot_tp_getattr_hook. */
static rt_object *slot_getattro(rt_object *o, rt_object *name)
{
    rt_type *t = RT_TYPE(o);
    rt_object *r;
    if (py_lookup(t, D_GETATTRIBUTE))
        r = call_dunder(o, D_GETATTRIBUTE, &name, 1, NULL);
    else
        r = rt_type_check(o) ? rt_type_type.getattro(o, name) : rt_generic_getattr(o, name);
    if (r || !rt_err_matches(&rt_exc_AttributeError))
        return r;
    rt_object *exc = rt_err_fetch();   /* a failed type lookup clears errors */
    if (!py_lookup(t, D_GETATTR)) {
        rt_err_restore(exc);
        return NULL;
    }
    rt_decref(exc);
    return call_dunder(o, D_GETATTR, &name, 1, NULL);
}

static int slot_setattro(rt_object *o, rt_object *name, rt_object *value)
{
    int found = 1;
    rt_object *r = value ? call_dunder(o, D_SETATTR, (rt_object *[]){ name, value }, 2, NULL)
                         : call_dunder(o, D_DELATTR, &name, 1, &found);
    if (!found)   /* only __setattr__ overridden: delete as object does */
        return rt_generic_setattr(o, name, NULL);
    if (!r)
        return -1;
    rt_decref(r);
    return 0;
}

static rt_object *slot_descr_get(rt_object *self, rt_object *obj, rt_object *type)
{
    rt_object *a[2] = { obj ? obj : RT_NONE, type ? type : RT_NONE };
    return call_dunder(self, D_GET, a, 2, NULL);
}

static int slot_descr_set(rt_object *self, rt_object *obj, rt_object *value)
{
    int found;
    rt_object *r = value ? call_dunder(self, D_SET, (rt_object *[]){ obj, value }, 2, &found)
                         : call_dunder(self, D_DELETE, &obj, 1, &found);
    /* a descriptor with __delete__ but no __set__ (or the reverse): CPython's
     * vectorcall_method raises AttributeError with the bare name */
    if (!r && !found)
        rt_err_set_string(&rt_exc_AttributeError, value ? "__set__" : "__delete__");
    if (!r)
        return -1;
    rt_decref(r);
    return 0;
}

static intptr_t slot_length(rt_object *o)
{
    rt_object *r = call_dunder(o, D_LEN, NULL, 0, NULL);
    if (!r)
        return -1;
    /* CPython's slot_sq_length: PyNumber_AsSsize_t(result, OverflowError)
     * (an object with __index__ is accepted; too big overflows before
     * the sign is checked), then a negative length is a ValueError */
    intptr_t n = rt_number_as_ssize(r);
    rt_decref(r);
    if (n == -1 && rt_err_occurred())
        return -1;
    if (n < 0) {
        rt_err_set_string(&rt_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static rt_object *slot_subscript(rt_object *o, rt_object *k)
{
    return call_dunder(o, D_GETITEM, &k, 1, NULL);
}

static int slot_ass_subscript(rt_object *o, rt_object *k, rt_object *v)
{
    /* A class that overrides one of __setitem__/__delitem__ shares the slot
     * with the other, which is often a built-in's wrapper (Counter's
     * __delitem__ over dict's __setitem__): call the wrapped slot itself,
     * as the wrapper would, without binding it (c[k] = v, ~100
     * instructions less a store). */
    rt_objobjargproc base = rt_slot_wrapper_ass_subscript(
        rt_type_lookup_cached(RT_TYPE(o), dn[v ? D_SETITEM : D_DELITEM]), v != NULL);
    if (base)
        return base(o, k, v);
    rt_object *args[2] = { k, v };
    rt_object *r = v ? call_dunder(o, D_SETITEM, args, 2, NULL) : call_dunder(o, D_DELITEM, args, 1, NULL);
    if (!r)
        return -1;
    rt_decref(r);
    return 0;
}

static int slot_contains(rt_object *o, rt_object *k)
{
    /* __contains__ = None in a class body says "not a container" */
    if (rt_type_lookup(RT_TYPE(o), dn[D_CONTAINS]) == RT_NONE) {
        rt_err_format(&rt_exc_TypeError, "'%s' object is not a container", rt_type_name(o));
        return -1;
    }
    int found;
    rt_object *r = call_dunder(o, D_CONTAINS, &k, 1, &found);
    if (!found)
        return rt_contains_by_iter(o, k);   /* fall back to iteration, as CPython */
    if (!r)
        return -1;
    int t = rt_is_true(r);
    rt_decref(r);
    return t;
}

static int slot_bool(rt_object *o)
{
    rt_object *r = call_dunder(o, D_BOOL, NULL, 0, NULL);
    if (!r)
        return -1;
    if (!rt_bool_check(r)) {
        rt_err_format(&rt_exc_TypeError, "__bool__ should return bool, returned %s", rt_type_name(r));
        rt_decref(r);
        return -1;
    }
    int t = r == RT_TRUE;
    rt_decref(r);
    return t;
}

#define UNARY_SLOT(fn, d) static rt_object *fn(rt_object *o) { return call_dunder(o, d, NULL, 0, NULL); }
UNARY_SLOT(slot_neg, D_NEG)
UNARY_SLOT(slot_pos, D_POS)
UNARY_SLOT(slot_abs, D_ABS)
UNARY_SLOT(slot_invert, D_INVERT)
UNARY_SLOT(slot_int, D_INT)
UNARY_SLOT(slot_float, D_FLOAT)
UNARY_SLOT(slot_index, D_INDEX)

/* a op b for heap types: a.__op__(b), then b.__rop__(a), as CPython's
 * SLOT1BINFULL: when b's class is a proper subclass of a's that overrides
 * __rop__ (CPython's method_is_overloaded), b.__rop__(a) goes first. */
static rt_object *binary_dunder(rt_object *a, rt_object *b, int d, int rd)
{
    rt_type *ta = RT_TYPE(a), *tb = RT_TYPE(b);
    bool do_other = ta != tb && (tb->flags & RT_TPFLAGS_HEAPTYPE);
    int found;
    rt_object *r;
    if (ta->flags & RT_TPFLAGS_HEAPTYPE) {
        if (do_other && rt_type_is_subtype(tb, ta)) {
            rt_object *rb = rt_type_lookup(tb, dn[rd]);
            if (rb && rb != rt_type_lookup(ta, dn[rd])) {
                r = call_dunder(b, rd, &a, 1, &found);
                if (found && r != RT_NOTIMPLEMENTED)
                    return r;
                RT_XDECREF(r);
                do_other = false;
            }
        }
        r = call_dunder(a, d, &b, 1, &found);
        if (found && r != RT_NOTIMPLEMENTED)
            return r;
        RT_XDECREF(r);
    }
    if (do_other) {
        r = call_dunder(b, rd, &a, 1, &found);
        if (found)
            return r;
    }
    return rt_newref(RT_NOTIMPLEMENTED);
}

#define BINARY_SLOT(fn, d, rd) \
    static rt_object *fn(rt_object *a, rt_object *b) { return binary_dunder(a, b, d, rd); }
BINARY_SLOT(slot_add, D_ADD, D_RADD)
BINARY_SLOT(slot_sub, D_SUB, D_RSUB)
BINARY_SLOT(slot_mul, D_MUL, D_RMUL)
BINARY_SLOT(slot_mod, D_MOD, D_RMOD)
BINARY_SLOT(slot_pow, D_POW, D_RPOW)
BINARY_SLOT(slot_floordiv, D_FLOORDIV, D_RFLOORDIV)
BINARY_SLOT(slot_truediv, D_TRUEDIV, D_RTRUEDIV)
BINARY_SLOT(slot_lshift, D_LSHIFT, D_RLSHIFT)
BINARY_SLOT(slot_rshift, D_RSHIFT, D_RRSHIFT)
BINARY_SLOT(slot_and, D_AND, D_RAND)
BINARY_SLOT(slot_xor, D_XOR, D_RXOR)
BINARY_SLOT(slot_or, D_OR, D_ROR)
BINARY_SLOT(slot_divmod, D_DIVMOD, D_RDIVMOD)

typedef struct class_tables {
    rt_number_methods nb;
    rt_sequence_methods sq;
    rt_mapping_methods mp;
    bool slotted;   /* the class statement gave __slots__ */
    /* vm_instantiate_fast's answer for this class, valid while the type's
     * version_tag and rt_type_epoch are these (an __init__ assigned to the
     * class or to a base moves one): its Python __init__ (borrowed: the
     * MRO's dicts hold it), or NULL when the fast path does not apply */
    uint64_t init_version, init_epoch;
    rt_object *init_fn;
} class_tables;

static void class_tables_free(void *p);

/* A plain class's Python __init__ (object's layout below its heap
 * classes), or NULL: vm_instantiate_fast then declines.  Cached in the
 * class's tables, so a C(...) call does not walk the bases or look the
 * name up each time. */
static rt_object *fast_init_of(rt_type *t)
{
    class_tables *tab = t->vm_data_free == class_tables_free ? t->vm_data : NULL;
    if (tab && tab->init_version == t->version_tag && tab->init_epoch == rt_type_epoch && t->version_tag)
        return tab->init_fn;
    rt_type *sb = t;
    while (sb->flags & RT_TPFLAGS_HEAPTYPE)
        sb = sb->base;
    rt_object *init = sb == &rt_object_type ? rt_type_lookup(t, dn[D_INIT]) : NULL;
    if (init && RT_TYPE(init) != &vm_function_type)
        init = NULL;
    if (tab) {
        tab->init_version = t->version_tag;
        tab->init_epoch = rt_type_epoch;
        tab->init_fn = init;
    }
    return init;
}

static void class_tables_free(void *p)
{
    rt_raw_free(p);
}

/* The Python __init__ of a plain class (object's layout and __new__, a
 * Python __init__), borrowed: C(...) may then allocate the instance
 * directly and run __init__ on it (here, or as a frame of the loop's own:
 * vm/eval.c's init frames).  NULL when the fast paths do not apply. */
static inline rt_object *class_fast_init(rt_type *t)
{
    /* an abstract class goes the slow way, to object.__new__'s refusal */
    if ((t->flags & (RT_TPFLAGS_HEAPTYPE | RT_TPFLAGS_IS_ABSTRACT)) != RT_TPFLAGS_HEAPTYPE
        || t->init != slot_init || t->new_ != rt_object_type.new_)
        return NULL;
    /* fast_init_of's cached answer, inline */
    class_tables *tab = t->vm_data_free == class_tables_free ? t->vm_data : NULL;
    if (tab && tab->init_version == t->version_tag && tab->init_epoch == rt_type_epoch && t->version_tag)
        return tab->init_fn;
    return fast_init_of(t);
}

rt_object *vm_class_fast_init(rt_object *cls)
{
    return class_fast_init((rt_type *)cls);
}

/* Wire t's slots to the Python-level dunders it defines or inherits.
 * Run at class creation, and again (on the tables it made) when a dunder
 * is assigned to the class afterwards (class_dunder_set). */
static int class_fixup(rt_type *t)
{
    class_tables *tab = t->vm_data_free == class_tables_free ? t->vm_data : NULL;
    bool creating = tab == NULL;
    if (creating) {
        tab = rt_raw_calloc(1, sizeof *tab);
        if (!tab) {
            rt_err_no_memory();
            return -1;
        }
        if (t->as_number)
            tab->nb = *t->as_number;
        if (t->as_sequence)
            tab->sq = *t->as_sequence;
        if (t->as_mapping)
            tab->mp = *t->as_mapping;
        t->as_number = &tab->nb;
        t->as_sequence = &tab->sq;
        t->as_mapping = &tab->mp;
        t->vm_data = tab;
        t->vm_data_free = class_tables_free;
    }
    if (py_lookup(t, D_REPR))
        t->repr = slot_repr;
    if (py_lookup(t, D_STR))
        t->str = slot_str;
    /* As CPython's type_ready: a class defining __eq__ but not __hash__
     * gets __hash__ = None in its own dict (subclasses inherit it). */
    rt_object *own_hash = rt_dict_getitem(t->dict, dn[D_HASH]);
    if (creating && !own_hash && rt_dict_getitem(t->dict, dn[D_EQ])) {
        if (rt_dict_setitem(t->dict, dn[D_HASH], RT_NONE) < 0)
            return -1;
        own_hash = RT_NONE;
    }
    if (own_hash == RT_NONE || (!own_hash && rt_type_lookup(t, dn[D_HASH]) == RT_NONE))
        t->hash = rt_hash_not_implemented;
    else if (py_lookup(t, D_HASH))
        t->hash = slot_hash;
    else {
        /* `__hash__ = object.__hash__` under a base made unhashable by its
         * __eq__: the wrapper's own hash function, as CPython's slot
         * wrapper inheritance gives it */
        rt_hashfunc hf = rt_slot_wrapper_hash(own_hash ? own_hash : rt_type_lookup(t, dn[D_HASH]));
        if (hf)
            t->hash = hf;
    }
    for (int d = D_EQ; d <= D_GE; d++)
        if (py_lookup(t, d))
            t->richcompare = slot_richcompare;
    if (py_lookup(t, D_ITER))
        t->iter = slot_iter;
    if (py_lookup(t, D_NEXT))
        t->iternext = slot_iternext;
    if (py_lookup(t, D_CALL))
        t->call = slot_call;
    if (py_lookup(t, D_INIT))
        t->init = slot_init;
    else if (t->init == slot_init && t->base)   /* its __init__ deleted: the base's slot again */
        t->init = t->base->init;
    if (py_lookup(t, D_NEW))
        t->new_ = slot_new;
    if (py_lookup(t, D_DEL))
        t->finalize = slot_finalize;
    if (py_lookup(t, D_GETATTR) || py_lookup(t, D_GETATTRIBUTE))
        t->getattro = slot_getattro;
    if (py_lookup(t, D_SETATTR) || py_lookup(t, D_DELATTR))
        t->setattro = slot_setattro;
    if (py_lookup(t, D_GET))
        t->descr_get = slot_descr_get;
    if (py_lookup(t, D_SET) || py_lookup(t, D_DELETE))
        t->descr_set = slot_descr_set;
    if (py_lookup(t, D_LEN)) {
        tab->sq.length = slot_length;
        tab->mp.length = slot_length;
    }
    if (py_lookup(t, D_GETITEM))
        tab->mp.subscript = slot_subscript;
    if (py_lookup(t, D_SETITEM) || py_lookup(t, D_DELITEM))
        tab->mp.ass_subscript = slot_ass_subscript;
    if (py_lookup(t, D_CONTAINS) || py_lookup(t, D_ITER) || py_lookup(t, D_GETITEM))
        tab->sq.contains = slot_contains;
    if (py_lookup(t, D_BOOL))
        tab->nb.bool_ = slot_bool;
    static const struct { int d; size_t off; rt_unaryfunc f; } un[] = {
        { D_NEG, offsetof(rt_number_methods, negative), slot_neg },
        { D_POS, offsetof(rt_number_methods, positive), slot_pos },
        { D_ABS, offsetof(rt_number_methods, absolute), slot_abs },
        { D_INVERT, offsetof(rt_number_methods, invert), slot_invert },
        { D_INT, offsetof(rt_number_methods, int_), slot_int },
        { D_FLOAT, offsetof(rt_number_methods, float_), slot_float },
        { D_INDEX, offsetof(rt_number_methods, index), slot_index },
    };
    for (size_t i = 0; i < sizeof un / sizeof un[0]; i++)
        if (py_lookup(t, un[i].d))
            *(rt_unaryfunc *)((char *)&tab->nb + un[i].off) = un[i].f;
    static const struct { int d, rd; size_t off; rt_binaryfunc f; } bin[] = {
        { D_ADD, D_RADD, offsetof(rt_number_methods, add), slot_add },
        { D_SUB, D_RSUB, offsetof(rt_number_methods, subtract), slot_sub },
        { D_MUL, D_RMUL, offsetof(rt_number_methods, multiply), slot_mul },
        { D_MOD, D_RMOD, offsetof(rt_number_methods, remainder), slot_mod },
        { D_POW, D_RPOW, offsetof(rt_number_methods, power), slot_pow },
        { D_FLOORDIV, D_RFLOORDIV, offsetof(rt_number_methods, floor_divide), slot_floordiv },
        { D_TRUEDIV, D_RTRUEDIV, offsetof(rt_number_methods, true_divide), slot_truediv },
        { D_LSHIFT, D_RLSHIFT, offsetof(rt_number_methods, lshift), slot_lshift },
        { D_RSHIFT, D_RRSHIFT, offsetof(rt_number_methods, rshift), slot_rshift },
        { D_AND, D_RAND, offsetof(rt_number_methods, and_), slot_and },
        { D_XOR, D_RXOR, offsetof(rt_number_methods, xor_), slot_xor },
        { D_OR, D_ROR, offsetof(rt_number_methods, or_), slot_or },
        { D_DIVMOD, D_RDIVMOD, offsetof(rt_number_methods, divmod), slot_divmod },
    };
    for (size_t i = 0; i < sizeof bin / sizeof bin[0]; i++)
        if (py_lookup(t, bin[i].d) || py_lookup(t, bin[i].rd))
            *(rt_binaryfunc *)((char *)&tab->nb + bin[i].off) = bin[i].f;
    return 0;
}


/* ---- __slots__ ------------------------------------------------------------------ */

/* A slot is a member descriptor in the class dict naming a value stored
 * inside the instance, after the layout rt_type_new_heap made (the
 * instance slots of runtime/type.c visit, clear and drop them through the
 * class's slotsoffset and nslots).  Instances of a class whose every
 * Python-level class declares __slots__ have no __dict__ (and no weakref
 * list unless '__weakref__' is a slot). */

/* Names listed by __slots__ (a str or an iterable of str) as a tuple: the
 * tuple itself, else a new one (CPython's type_new_slots). */
static rt_object *slot_names(rt_object *spec)
{
    rt_object *l = rt_str_check(spec) ? rt_tuple_pack(1, spec) : rt_tuple_from_iterable(spec);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < RT_SIZE(l); i++)
        if (!rt_str_check(RT_TUPLE_GET_ITEM(l, i))) {
            rt_err_format(&rt_exc_TypeError, "__slots__ items must be strings, not '%s'",
                          rt_type_name(RT_TUPLE_GET_ITEM(l, i)));
            rt_decref(l);
            return NULL;
        }
    return l;
}

static rt_type *builtin_base(rt_type *t)
{
    while (t->flags & RT_TPFLAGS_HEAPTYPE)
        t = t->base;
    return t;
}

static bool all_slotted(rt_type *base)
{
    for (rt_type *b = base; b && (b->flags & RT_TPFLAGS_HEAPTYPE); b = b->base) {
        class_tables *tab = b->vm_data;
        if (!tab || !tab->slotted)
            return false;
    }
    return true;
}

/* A slot name as the class statement stores it: "__x" becomes "_C__x"
 * (CPython's _Py_Mangle: the class name without leading underscores). */
static rt_object *mangle_slot(rt_type *t, rt_object *nm)
{
    const char *s = rt_str_data(nm);
    intptr_t n = rt_str_size(nm);
    const char *cls = t->name;
    while (*cls == '_')
        cls++;
    if (s[0] != '_' || s[1] != '_' || (n > 4 && s[n - 1] == '_' && s[n - 2] == '_') || !*cls)
        return rt_str_intern(nm);
    return rt_str_from_format("_%s%s", cls, s);
}

/* Give class t (just made, no instance yet) the slots listed in names:
 * mangled, then sorted (CPython's order, so two classes with the same
 * slots have the same layout whatever order they were listed in). */
/* CPython's type_new_visit_slots, before any slot is made: identifiers
 * only, one __dict__ and one __weakref__ where the base has none. */
static int check_slot_names(rt_type *base, rt_object *names)
{
    rt_type *b = base ? base : &rt_object_type;
    bool dict_ok = b->dictoffset == 0;
    bool weak_ok = b->weaklistoffset == 0 && (b->itemsize == 0 || (b->flags & RT_TPFLAGS_STR_SUBCLASS));
    for (intptr_t i = 0; i < RT_SIZE(names); i++) {
        rt_object *nm = RT_TUPLE_GET_ITEM(names, i);
        rt_object *ok = rt_call_method(nm, "isidentifier", NULL, 0);
        if (!ok)
            return -1;
        bool ident = ok == RT_TRUE;
        rt_decref(ok);
        if (!ident) {
            rt_err_set_string(&rt_exc_TypeError, "__slots__ must be identifiers");
            return -1;
        }
        if (rt_str_eq_cstr(nm, "__dict__")) {
            if (!dict_ok) {
                rt_err_set_string(&rt_exc_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            dict_ok = false;
        } else if (rt_str_eq_cstr(nm, "__weakref__")) {
            if (!weak_ok) {
                rt_err_set_string(&rt_exc_TypeError, "__weakref__ slot disallowed: either we already got one, "
                                                     "or __itemsize__ != 0");
                return -1;
            }
            weak_ok = false;
        }
    }
    return 0;
}

/* CPython refuses any nonempty __slots__ (even '__dict__' alone) below a
 * variable-size base, before it looks at the names: its int and type are
 * variable-size where gclab's are not, so they are named here. */
static bool cpython_varsize(rt_type *b)
{
    for (rt_type *s = b; s; s = s->base)
        if ((s->itemsize && s != &rt_str_type) || s == &rt_int_type || s == &rt_type_type)
            return true;   /* CPython's str keeps its text apart: it has no items */
    return false;
}

static int apply_slots(rt_type *t, rt_type *base, rt_object *names)
{
    if (RT_SIZE(names) && base && cpython_varsize(base)) {
        rt_err_format(&rt_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        return -1;
    }
    if (check_slot_names(base, names) < 0)
        return -1;
    class_tables *tab = t->vm_data;
    bool want_dict = false, want_weak = false;
    rt_object *keys = rt_list_new(0);
    if (!keys)
        return -1;
    int r = 0;
    for (intptr_t i = 0; r == 0 && i < RT_SIZE(names); i++) {
        rt_object *nm = RT_TUPLE_GET_ITEM(names, i);
        if (rt_str_eq_cstr(nm, "__dict__")) {
            want_dict = true;
            continue;
        }
        if (rt_str_eq_cstr(nm, "__weakref__")) {
            want_weak = true;
            continue;
        }
        rt_object *key = mangle_slot(t, nm);
        if (key && rt_dict_getitem(t->dict, key)) {
            rt_err_format(&rt_exc_ValueError, "'%s' in __slots__ conflicts with class variable", rt_str_data(nm));
            RT_CLEAR(key);
        }
        r = key ? rt_list_append(keys, key) : -1;
        RT_XDECREF(key);
    }
    intptr_t n = RT_SIZE(keys);
    if (r == 0 && n && (t->flags & RT_TPFLAGS_STR_SUBCLASS)) {
        rt_err_unsupported_attr("str subclass", "__slots__");   /* member offsets are fixed */
        r = -1;
    } else if (r == 0 && n && t->itemsize) {
        rt_err_format(&rt_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                      builtin_base(t)->name);
        r = -1;
    }
    /* sorted, then a tuple (CPython keeps it as ht_slots) */
    rt_object *sorted = r == 0 && rt_list_sort(keys, NULL, false) == 0 ? rt_list_as_tuple(keys) : NULL;
    rt_decref(keys);
    if (!sorted)
        return -1;
    tab->slotted = true;
    /* every class above is slotted too: no __dict__, no weakref list
     * unless asked (rt_type_new_heap added both after the base layout) */
    rt_type *b = base ? base : &rt_object_type;
    if (all_slotted(base) && !want_dict && !b->dictoffset) {
        if (t->dictoffset < 0) {   /* the slot after a tuple's or str's items, before a weakref list */
            t->basicsize -= (intptr_t)sizeof(rt_object *);
            if (t->weaklistoffset < 0)
                t->weaklistoffset = -(intptr_t)sizeof(rt_object *);
        }
        t->dictoffset = 0;
        t->flags &= ~(unsigned long)RT_TPFLAGS_INLINE_VALUES;
        if (rt_dict_getitem_str(t->dict, "__dict__") && rt_dict_delitem_str(t->dict, "__dict__") < 0)
            r = -1;
    }
    if (r == 0 && all_slotted(base) && !want_weak && !b->weaklistoffset) {
        /* the word rt_type_new_heap added after a built-in base's layout
         * (an exception's) goes too, as CPython never adds it; over
         * object it is part of the instance header (rt_instance) */
        if (builtin_base(t) != &rt_object_type && t->weaklistoffset == t->basicsize - (intptr_t)sizeof(rt_object *))
            t->basicsize -= (intptr_t)sizeof(rt_object *);
        if (t->weaklistoffset < 0) {   /* the last word after a str's items: a __dict__ slot moves up */
            t->basicsize -= (intptr_t)sizeof(rt_object *);
            if (t->dictoffset < 0)
                t->dictoffset += (intptr_t)sizeof(rt_object *);
        }
        t->weaklistoffset = 0;
        if (rt_dict_getitem_str(t->dict, "__weakref__") && rt_dict_delitem_str(t->dict, "__weakref__") < 0)
            r = -1;
    }
    t->slotsoffset = t->basicsize;
    for (intptr_t i = 0; r == 0 && i < n; i++) {
        rt_object *m = rt_member_descr_new(t, RT_TUPLE_GET_ITEM(sorted, i), t->basicsize);
        r = m ? rt_dict_setitem(t->dict, RT_TUPLE_GET_ITEM(sorted, i), m) : -1;
        RT_XDECREF(m);
        if (r == 0) {
            t->basicsize += sizeof(rt_object *);
            t->nslots++;
        }
    }
    RT_SETREF(t->slot_names, sorted);
    /* the __dict__/__weakref__ descriptors come after the members, as
     * CPython's type_ready adds them */
    static const char *const getsets[] = { "__dict__", "__weakref__" };
    for (int i = 0; r == 0 && i < 2; i++) {
        rt_object *g = rt_dict_getitem_str(t->dict, getsets[i]);
        if (!g)
            continue;
        rt_incref(g);
        r = rt_dict_delitem_str(t->dict, getsets[i]) < 0 ? -1 : rt_dict_setitem_str(t->dict, getsets[i], g);
        rt_decref(g);
    }
    rt_type_modified(t);   /* its dict changed after rt_type_ready */
    rt_type_set_plain_instance(t);   /* the layout changed too */
    return r;
}

/* name in the MRO of t after the class `after` (borrowed, no error); *start
 * is the class following `after` (where a super() search starts), or NULL. */
rt_object *vm_mro_lookup_after(rt_type *t, rt_type *after, rt_object *name, rt_type **start)
{
    *start = NULL;
    if (t->mro) {
        intptr_t i = 0, n = RT_SIZE(t->mro);   /* t itself first */
        while (i < n && RT_TUPLE_GET_ITEM(t->mro, i) != RT_OBJ(after))
            i++;
        i++;
        if (i < n)
            *start = (rt_type *)RT_TUPLE_GET_ITEM(t->mro, i);
        for (; i < n; i++) {
            rt_type *k = (rt_type *)RT_TUPLE_GET_ITEM(t->mro, i);
            rt_object *v = k->dict ? rt_dict_getitem(rt_type_dict(k), name) : NULL;
            if (v)
                return v;
        }
        return NULL;
    }
    rt_type *k = t;
    while (k && k != after)
        k = k->base;
    *start = k ? k->base : NULL;
    for (k = *start; k; k = k->base) {
        rt_object *v = k->dict ? rt_dict_getitem(rt_type_dict(k), name) : NULL;
        if (v)
            return v;
    }
    return NULL;
}

/* CPython 3.11 replaces the error a __set_name__ raised by a RuntimeError
 * naming the attribute, the original as its __cause__. */
static void set_name_error(rt_object *v, rt_object *name, rt_type *t)
{
    rt_object *cause = rt_err_fetch();
    if (!cause)
        return;
    rt_err_format(&rt_exc_RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'",
                  RT_TYPE(v)->name, rt_str_check(name) ? rt_str_data(name) : "?", t->name);
    rt_exception *e = (rt_exception *)rt_err_fetch();
    if (!e) {
        rt_decref(cause);
        return;
    }
    RT_XDECREF(e->cause);
    RT_XDECREF(e->context);
    e->context = rt_newref(cause);
    e->cause = cause;
    e->suppress_context = true;
    rt_err_restore(RT_OBJ(e));
}

/* After the class exists: __set_name__(cls, name) of each attribute whose
 * type has one (on a copy of the namespace, in definition order), then the
 * nearest base's __init_subclass__(**kwargs) (a classmethod: object's
 * takes no keywords), as CPython's type_new_set_names and
 * type_new_init_subclass. */
static int class_notify(rt_type *t, rt_object *kwargs)
{
    rt_object *set_name = rt_str_intern_cstr("__set_name__");
    rt_object *init_sub = rt_str_intern_cstr("__init_subclass__");
    rt_object *items = set_name && init_sub ? rt_dict_new() : NULL;
    int r = items && rt_dict_update(items, t->dict) == 0 ? 0 : -1;
    intptr_t pos = 0;
    rt_object *k, *v;
    while (r == 0 && rt_dict_next(items, &pos, &k, &v)) {
        rt_object *m = rt_type_lookup(RT_TYPE(v), set_name);
        if (!m)
            continue;
        rt_object *a[3] = { v, RT_OBJ(t), k };
        rt_object *res = vm_call(m, a, 3, NULL);
        if (!res) {
            r = -1;
            set_name_error(v, k, t);
        }
        RT_XDECREF(res);
    }
    rt_type *after = NULL;
    rt_object *f = r == 0 ? vm_mro_lookup_after(t, t, init_sub, &after) : NULL;
    if (f) {
        rt_descrgetfunc get = RT_TYPE(f)->descr_get;
        rt_object *bound = get ? get(f, NULL, RT_OBJ(t)) : rt_newref(f);
        rt_object *empty = bound ? rt_tuple_new(0) : NULL;
        rt_object *res = empty ? rt_call(bound, empty, kwargs) : NULL;
        if (!res)
            r = -1;
        RT_XDECREF(res);
        RT_XDECREF(empty);
        RT_XDECREF(bound);
    }
    RT_XDECREF(items);
    RT_XDECREF(set_name);
    RT_XDECREF(init_sub);
    return r;
}

/* The type whose instance layout t has (CPython's solid_base): a class
 * with __slots__ its own, another class its base's; a built-in type that
 * adds no field to its base (KeyError, IndexError... over BaseException)
 * its base's. */
static rt_type *solid_base(rt_type *t)
{
    if (t->flags & RT_TPFLAGS_HEAPTYPE) {
        if (t->nslots > 0)
            return t;
        return solid_base(t->base);
    }
    while (t->base && t->basicsize == t->base->basicsize)
        t = t->base;
    return t;
}

/* The base whose instance layout the class extends (CPython's best_base):
 * the base whose solid base derives from every other's.  NULL + TypeError
 * on a conflict. */
static rt_type *layout_base(rt_object *const *bases, intptr_t n)
{
    rt_type *best = (rt_type *)bases[0], *winner = solid_base(best);
    for (intptr_t i = 1; i < n; i++) {
        rt_type *b = (rt_type *)bases[i], *cand = solid_base(b);
        if (rt_type_is_subtype(winner, cand))
            continue;
        if (rt_type_is_subtype(cand, winner)) {
            winner = cand;
            best = b;
            continue;
        }
        rt_err_set_string(&rt_exc_TypeError, "multiple bases have instance lay-out conflict");
        return NULL;
    }
    return best;
}

/* __doc__ is None in the class dict when the body set none, after the
 * descriptors (CPython's order of the dict's keys). */
static int set_doc(rt_type *t)
{
    if (rt_dict_getitem_str(t->dict, "__doc__"))
        return 0;
    return rt_dict_setitem_str(t->dict, "__doc__", RT_NONE);
}

/* A function __new__ in a class body becomes a staticmethod, and
 * __init_subclass__ and __class_getitem__ classmethods (CPython's
 * type_new). */
static int wrap_implicit(rt_object *ns)
{
    static const char *const cm[2] = { "__init_subclass__", "__class_getitem__" };
    rt_object *f = rt_dict_getitem(ns, dn[D_NEW]);
    if (f && vm_function_check(f)) {
        rt_object *sm = vm_staticmethod_new(f);
        int r = sm ? rt_dict_setitem(ns, dn[D_NEW], sm) : -1;
        RT_XDECREF(sm);
        if (r < 0)
            return -1;
    }
    for (int i = 0; i < 2; i++) {
        f = rt_dict_getitem_str(ns, cm[i]);
        if (!f || !vm_function_check(f))
            continue;
        rt_object *c = vm_classmethod_new(f);
        int r = c ? rt_dict_setitem_str(ns, cm[i], c) : -1;
        RT_XDECREF(c);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* The metaclass among meta and the types of bases that derives from all
 * the others (CPython's _PyType_CalculateMetaclass); NULL + TypeError when
 * none does. */
static rt_type *derived_meta(rt_type *meta, rt_object *bases)
{
    for (intptr_t i = 0; i < RT_SIZE(bases); i++) {
        rt_type *bt = RT_TYPE(RT_TUPLE_GET_ITEM(bases, i));
        if (rt_type_is_subtype(meta, bt))
            continue;
        if (rt_type_is_subtype(bt, meta)) {
            meta = bt;
            continue;
        }
        rt_err_set_string(&rt_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be "
                                             "a (non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return meta;
}

/* type.__new__(meta, name, bases, dict, **kwargs) (rt_type_new_hook; the
 * arguments are checked): the class with the most derived metaclass
 * (whose own __new__ makes it when that is not type's), its dunder slots,
 * __slots__, __module__ from the calling frame, __classcell__, __doc__,
 * then __set_name__ and __init_subclass__(**kwargs). */
static rt_object *class_new(rt_type *meta, rt_object *args, rt_object *kwargs)
{
    rt_object *name = RT_TUPLE_GET_ITEM(args, 0), *bases = RT_TUPLE_GET_ITEM(args, 1),
              *dict = RT_TUPLE_GET_ITEM(args, 2);
    rt_type *winner = derived_meta(meta, bases);
    if (!winner)
        return NULL;
    if (winner != meta && winner->new_ != rt_type_type.new_)
        return winner->new_(winner, args, kwargs);
    for (intptr_t i = 0; i < RT_SIZE(bases); i++)
        if (!rt_type_check(RT_TUPLE_GET_ITEM(bases, i)))
            return rt_err_set_string(&rt_exc_TypeError, "bases must be types");
    intptr_t nb = RT_SIZE(bases);
    rt_type *base = nb ? layout_base(RT_TUPLE_ITEMS(bases), nb) : NULL;
    if (nb && !base)
        return NULL;
    rt_object *ns = rt_dict_copy(dict);
    if (!ns)
        return NULL;
    rt_object *cell = NULL, *slots = NULL, *t = NULL;
    if (!rt_dict_getitem_str(ns, "__module__") && vm.frame) {
        rt_object *mod = rt_dict_getitem_str(vm.frame->globals, "__name__");
        if (mod && rt_dict_setitem_str(ns, "__module__", mod) < 0)
            goto done;
    }
    if ((cell = rt_dict_getitem(ns, dn[D_CLASSCELL]))) {
        rt_incref(cell);
        if (rt_dict_delitem(ns, dn[D_CLASSCELL]) < 0)
            goto done;
    }
    rt_object *spec = rt_dict_getitem(ns, dn[D_SLOTS]);
    if ((spec && !(slots = slot_names(spec))) || wrap_implicit(ns) < 0)
        goto done;
    /* the copy becomes the class's dict, as CPython's type_new_init */
    t = rt_type_new_class(winner, rt_str_data(name), base, bases, ns);
    ns = NULL;
    if (!t || class_fixup((rt_type *)t) < 0 || (slots && apply_slots((rt_type *)t, base, slots) < 0)
        || set_doc((rt_type *)t) < 0) {
        /* CPython refuses such a class before it exists: no base lists it,
         * and no cycle of it (its MRO, its dict's descriptors) is left to
         * a collection */
        if (t) {
            rt_type_unlist((rt_type *)t);
            RT_TYPE(t)->clear(t);
        }
        RT_CLEAR(t);
        goto done;
    }
    if (cell && vm_cell_check(cell))
        RT_SETREF(((vm_cell *)cell)->ref, rt_newref(t));
    if (class_notify((rt_type *)t, kwargs) < 0)
        RT_CLEAR(t);
done:
    RT_XDECREF(slots);
    RT_XDECREF(cell);
    RT_XDECREF(ns);
    return t;
}

/* The namespace a class body runs in: meta.__prepare__(name, bases,
 * **kwargs) when meta has one, else a new dict. */
static rt_object *prepare_ns(rt_object *meta, rt_object *name, rt_object *bases, rt_object *kwargs)
{
    rt_object *prep = rt_getattr_str(meta, "__prepare__");
    if (!prep) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return NULL;
        rt_err_clear();
        return rt_dict_new();
    }
    /* CPython's vector call: no (name, bases) tuple */
    rt_object *ns;
    rt_object *a[2] = { name, bases };
    if (kwargs && RT_SIZE(kwargs)) {
        rt_object *t = rt_tuple_from_array(a, 2);
        ns = t ? rt_call(prep, t, kwargs) : NULL;
        RT_XDECREF(t);
    } else {
        ns = vm_call(prep, a, 2, NULL);
    }
    rt_decref(prep);
    if (ns && !(RT_TYPE(ns)->as_mapping && RT_TYPE(ns)->as_mapping->subscript)) {
        rt_err_format(&rt_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      rt_type_check(meta) ? ((rt_type *)meta)->name : "<metaclass>", rt_type_name(ns));
        RT_CLEAR(ns);
    }
    return ns;
}

/* PEP 560, as CPython's update_bases: a base that is not a type and has
 * __mro_entries__ is replaced by the tuple that returns (called with the
 * original bases).  A new reference: bases itself when nothing changed. */
static rt_object *update_bases(rt_object *bases)
{
    rt_object *list = NULL;
    rt_object *name = rt_str_intern_cstr("__mro_entries__");
    for (intptr_t i = 0; i < RT_SIZE(bases); i++) {
        rt_object *b = RT_TUPLE_GET_ITEM(bases, i);
        rt_object *m = NULL;
        if (!rt_type_check(b)) {
            m = rt_getattr(b, name);
            if (!m && !rt_err_matches(&rt_exc_AttributeError))
                goto error;
            if (!m)
                rt_err_restore(NULL);
        }
        if (!m) {
            if (list && rt_list_append(list, b) < 0)
                goto error;
            continue;
        }
        rt_object *nb = rt_call_vector(m, &bases, 1);
        rt_decref(m);
        if (!nb)
            goto error;
        if (!rt_tuple_check(nb)) {
            rt_decref(nb);
            rt_err_set_string(&rt_exc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (!list) {
            list = rt_list_new(0);
            for (intptr_t j = 0; list && j < i; j++)
                if (rt_list_append(list, RT_TUPLE_GET_ITEM(bases, j)) < 0)
                    RT_CLEAR(list);
        }
        int rc = list ? rt_list_extend(list, nb) : -1;
        rt_decref(nb);
        if (rc < 0)
            goto error;
    }
    if (!list)
        return rt_newref(bases);
    rt_object *r = rt_list_as_tuple(list);
    rt_decref(list);
    return r;
error:
    RT_XDECREF(list);
    return NULL;
}

/* __build_class__(func, name, *bases, metaclass=None, **kwargs) */
rt_object *vm_build_class(rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (nargs < 2 || !vm_function_check(args[0]) || !rt_str_check(args[1]))
        return rt_err_set_string(&rt_exc_TypeError, "__build_class__: func and name required");
    /* enumerate, zip, super... are types in CPython and built-in functions
     * here: deriving from one is unsupported, not a call of the function */
    for (intptr_t i = 2; i < nargs; i++)
        if (RT_TYPE(args[i]) == &rt_cfunction_type && !((rt_cfunction *)args[i])->self
            && rt_cpython_has_attr("base", ((rt_cfunction *)args[i])->def->name))
            return rt_err_unsupported_base(((rt_cfunction *)args[i])->def->name);
    rt_object *orig_bases = rt_tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases)
        return NULL;
    rt_object *bases = update_bases(orig_bases);
    if (!bases) {
        rt_decref(orig_bases);
        return NULL;
    }
    rt_object *kw = NULL, *meta = NULL, *ns = NULL, *cls = NULL;
    if (kwnames && RT_SIZE(kwnames)) {
        if (!(kw = rt_dict_new()))
            goto done;
        for (intptr_t i = 0; i < RT_SIZE(kwnames); i++)
            if (rt_dict_setitem(kw, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
                goto done;
        if ((meta = rt_dict_getitem_str(kw, "metaclass"))) {
            rt_incref(meta);
            if (rt_dict_delitem_str(kw, "metaclass") < 0)
                goto done;
        }
    }
    if (!meta)
        meta = rt_newref(RT_SIZE(bases) ? RT_OBJ(RT_TYPE(RT_TUPLE_GET_ITEM(bases, 0))) : RT_OBJ(&rt_type_type));
    if (rt_type_check(meta)) {
        rt_type *w = derived_meta((rt_type *)meta, bases);
        if (!w)
            goto done;
        RT_SETREF(meta, rt_newref(RT_OBJ(w)));
    }
    if (!(ns = prepare_ns(meta, args[1], bases, kw)))
        goto done;
    rt_object *r = vm_call_with_locals(args[0], ns);
    if (!r)
        goto done;
    rt_decref(r);
    if (bases != orig_bases && rt_setitem(ns, rt_str_intern_cstr("__orig_bases__"), orig_bases) < 0)
        goto done;
    /* the body stored its __class__ cell (CPython's body returns it) */
    rt_object *cell = rt_dict_check(ns) ? rt_dict_getitem(ns, dn[D_CLASSCELL]) : NULL;
    RT_XINCREF(cell);
    rt_object *a = rt_tuple_pack(3, args[1], bases, ns);
    cls = a ? rt_call(meta, a, kw) : NULL;
    RT_XDECREF(a);
    /* a metaclass that dropped __classcell__ leaves the cell empty, or set
     * to another class: CPython's __build_class__ refuses the class */
    if (cls && cell && vm_cell_check(cell) && rt_type_check(cls) && ((vm_cell *)cell)->ref != cls) {
        rt_object *set = ((vm_cell *)cell)->ref;
        rt_object *nr = rt_repr(args[1]), *cr = nr ? rt_repr(cls) : NULL;
        rt_object *sr = cr && set ? rt_repr(set) : NULL;
        if (cr && !set)
            rt_err_format(&rt_exc_RuntimeError, "__class__ not set defining %s as %s. "
                          "Was __classcell__ propagated to type.__new__?", rt_str_data(nr), rt_str_data(cr));
        else if (sr)
            rt_err_format(&rt_exc_TypeError, "__class__ set to %s defining %s as %s",
                          rt_str_data(sr), rt_str_data(nr), rt_str_data(cr));
        RT_XDECREF(nr);
        RT_XDECREF(cr);
        RT_XDECREF(sr);
        RT_CLEAR(cls);
    }
    RT_XDECREF(cell);
done:
    RT_XDECREF(ns);
    RT_XDECREF(meta);
    RT_XDECREF(kw);
    rt_decref(bases);
    rt_decref(orig_bases);
    return cls;
}


/* C.__eq__ = f after the class statement: rewire C's slots, as CPython's
 * update_slot.  Subclasses copied C's slots when they were made and keep
 * no link back to it, so assigning a slot dunder to a class that has
 * subclasses is refused rather than seen by some classes only. */
static int class_dunder_set(rt_type *t, rt_object *name)
{
    int d = 0;
    while (d < D_COUNT && dn[d] != name && !rt_str_eq(dn[d], name))
        d++;
    if (d == D_COUNT || d == D_CLASSCELL || d == D_SLOTS || t->vm_data_free != class_tables_free)
        return 0;
    if (t->flags & RT_TPFLAGS_HAS_SUBCLASS) {
        rt_err_format(&rt_exc_NotImplementedError,
                      "assigning %s to a class that has subclasses: not supported by the gclab Python subset",
                      dunder_names[d]);
        return -1;
    }
    return class_fixup(t);
}

int vm_class_init(void)
{
    rt_type_new_hook = class_new;
    rt_type_dunder_hook = class_dunder_set;
    for (int d = 0; d < D_COUNT; d++)
        if (!(dn[d] = rt_str_intern_cstr(dunder_names[d])))
            return -1;
    return vm_super_init() < 0 ? -1 : rt_type_ready(&rt_member_descr_type);
}

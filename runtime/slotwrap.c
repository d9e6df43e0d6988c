/*
 * slotwrap.c -- the slot wrappers of the built-in types: dict.__setitem__,
 * int.__add__, list.__len__ ... ("wrapper_descriptor"), and their bound
 * form (1).__add__ ("method-wrapper"), as CPython 3.11's add_operators.
 *
 * Each slot a static type defines itself (not one it inherits) gets a
 * wrapper descriptor in its dict under the slot's dunder name, unless the
 * name is there already (a method of the type's table wins).  Which slots is decided
 * when the type is readied; the wrappers are made when its dict is first
 * read (rt_slot_wrappers_make), in the places they would have had.  A type whose hash is
 * rt_hash_not_implemented gets __hash__ = None instead.  Heap types get
 * none: the class statement wires their Python dunders into the slots
 * (vm/class.c), and a wrapper found through a class's MRO is not an
 * override there.
 *
 * Invariants: a wrapper keeps the slot function its owner had when it was
 * made (static types' slots do not change after they are readied), so calling dict.__setitem__(sub, k, v) on a subclass instance
 * runs dict's own slot, never the subclass's (no recursion through a
 * Python __setitem__ that calls it); wrappers are immortal, like the
 * static types that own them; the self check comes before any argument
 * is looked at.
 */
#include <string.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/alloc.h"
#include "runtime/list.h"
#include "runtime/bytes.h"
#include "runtime/set.h"
#include "runtime/slotwrap.h"
#include "runtime/recursion.h"

/* T_INPLACE: the in-place slots (CPython's nb_inplace_* and
 * sq_inplace_*), which the tables here do not have: a += b runs them
 * from rt_number_inplace_binop by type; inplace_slot gives the wrappers
 * the same functions. */
enum { T_TYPE, T_NUMBER, T_SEQUENCE, T_MAPPING, T_INPLACE };
enum {
    K_UNARY, K_NEXT, K_HASH, K_CALL, K_INIT, K_RICH, K_BINL, K_BINR, K_LEN, K_BOOL,
    K_REPEAT, K_ITEM, K_CONTAINS, K_SETITEM, K_DELITEM, K_DGET, K_DSET, K_DDELETE,
    K_GETATTR, K_SETATTR, K_DELATTR, K_DEL,
};

typedef struct slotdef {
    const char *name;
    unsigned char table;   /* T_*: which struct the slot lives in */
    unsigned char kind;    /* K_*: how the wrapper calls it */
    unsigned char op;      /* K_RICH: the comparison */
    size_t offset;         /* of the slot in its struct */
} slotdef;

#define TS(n, f, k) { n, T_TYPE, k, 0, offsetof(rt_type, f) }
#define RICH(n, o) { n, T_TYPE, K_RICH, o, offsetof(rt_type, richcompare) }
#define NB(n, f, k) { n, T_NUMBER, k, 0, offsetof(rt_number_methods, f) }
#define NB2(n, rn, f) NB(n, f, K_BINL), NB(rn, f, K_BINR)
#define SQ(n, f, k) { n, T_SEQUENCE, k, 0, offsetof(rt_sequence_methods, f) }
#define MP(n, f, k) { n, T_MAPPING, k, 0, offsetof(rt_mapping_methods, f) }
#define IP(n, o) { n, T_INPLACE, K_BINL, o, 0 }

/* CPython's slotdefs order: a name met twice keeps its first slot
 * (nb_add before sq_concat, mp_length before sq_length). */
static const slotdef slotdefs[] = {
    TS("__repr__", repr, K_UNARY), TS("__hash__", hash, K_HASH), TS("__call__", call, K_CALL),
    TS("__str__", str, K_UNARY),
    TS("__getattribute__", getattro, K_GETATTR), TS("__setattr__", setattro, K_SETATTR),
    TS("__delattr__", setattro, K_DELATTR),
    RICH("__lt__", RT_LT), RICH("__le__", RT_LE), RICH("__eq__", RT_EQ), RICH("__ne__", RT_NE),
    RICH("__gt__", RT_GT), RICH("__ge__", RT_GE),
    TS("__iter__", iter, K_UNARY), TS("__next__", iternext, K_NEXT),
    TS("__get__", descr_get, K_DGET), TS("__set__", descr_set, K_DSET), TS("__delete__", descr_set, K_DDELETE),
    TS("__init__", init, K_INIT), TS("__del__", finalize, K_DEL),
    NB2("__add__", "__radd__", add), NB2("__sub__", "__rsub__", subtract),
    NB2("__mul__", "__rmul__", multiply), NB2("__mod__", "__rmod__", remainder),
    NB2("__divmod__", "__rdivmod__", divmod), NB2("__pow__", "__rpow__", power),
    NB("__neg__", negative, K_UNARY), NB("__pos__", positive, K_UNARY), NB("__abs__", absolute, K_UNARY),
    NB("__bool__", bool_, K_BOOL), NB("__invert__", invert, K_UNARY),
    NB2("__lshift__", "__rlshift__", lshift), NB2("__rshift__", "__rrshift__", rshift),
    NB2("__and__", "__rand__", and_), NB2("__xor__", "__rxor__", xor_), NB2("__or__", "__ror__", or_),
    NB("__int__", int_, K_UNARY), NB("__float__", float_, K_UNARY),
    NB2("__floordiv__", "__rfloordiv__", floor_divide), NB2("__truediv__", "__rtruediv__", true_divide),
    NB("__index__", index, K_UNARY),
    MP("__len__", length, K_LEN), MP("__getitem__", subscript, K_BINL),
    MP("__setitem__", ass_subscript, K_SETITEM), MP("__delitem__", ass_subscript, K_DELITEM),
    SQ("__len__", length, K_LEN), SQ("__add__", concat, K_BINL), SQ("__mul__", repeat, K_REPEAT),
    SQ("__rmul__", repeat, K_REPEAT), SQ("__getitem__", item, K_ITEM), SQ("__contains__", contains, K_CONTAINS),
    IP("__iadd__", RT_NB_ADD), IP("__isub__", RT_NB_SUB), IP("__imul__", RT_NB_MUL),
    IP("__iand__", RT_NB_AND), IP("__ixor__", RT_NB_XOR), IP("__ior__", RT_NB_OR),
};

typedef struct wrapper_descr {
    RT_OBJECT_HEAD
    const slotdef *def;
    rt_type *owner;        /* borrowed: a static type, immortal */
    void (*func)(void);    /* the owner's slot, cast back by kind */
} wrapper_descr;

typedef struct method_wrapper {
    RT_OBJECT_HEAD
    wrapper_descr *descr;  /* immortal */
    rt_object *self;
} method_wrapper;

static rt_object *none_or_error(int r) { return r < 0 ? NULL : rt_none_new(); }

/* unpacked: CPython unpacks __setitem__'s, __set__'s and __get__'s
 * arguments with an unnamed PyArg_UnpackTuple, whose message starts with
 * the (empty) name and a space. */
static int nargs_check(intptr_t n, intptr_t min, intptr_t max, bool unpacked)
{
    if (n >= min && n <= max)
        return 0;
    intptr_t want = n < min ? min : max;
    rt_err_format(&rt_exc_TypeError, "%sexpected %s%ld argument%s, got %ld", unpacked ? " " : "",
                  min == max ? "" : n < min ? "at least " : "at most ", (long)want, want == 1 ? "" : "s", (long)n);
    return -1;
}

static rt_object *descr_get_call(rt_descrgetfunc f, rt_object *self, rt_object *const *args, intptr_t n)
{
    rt_object *obj = args[0] == RT_NONE ? NULL : args[0];
    rt_object *type = n < 2 || args[1] == RT_NONE ? NULL : args[1];
    if (!obj && !type)
        return rt_err_set_string(&rt_exc_TypeError, "__get__(None, None) is invalid");
    return f(self, obj, type);
}

/* __getattribute__/__setattr__/__delattr__ (CPython's wrap_binaryfunc,
 * wrap_setattr, wrap_delattr): the name must be a str; object's setters
 * refuse a type object (CPython's hackcheck, in the one case gclab's
 * instances reach: type's setter differs from object's). */
static rt_object *attr_call(wrapper_descr *w, rt_object *self, rt_object *const *args)
{
    const slotdef *d = w->def;
    if (!rt_str_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "attribute name must be string, not '%s'", rt_type_name(args[0]));
    if (d->kind == K_GETATTR)
        return ((rt_getattrofunc)w->func)(self, args[0]);
    if (w->owner == &rt_object_type && rt_isinstance_type(self, &rt_type_type))
        return rt_err_format(&rt_exc_TypeError, "can't apply this %s to type object", d->name);
    rt_object *v = d->kind == K_SETATTR ? args[1] : NULL;
    return none_or_error(((rt_setattrofunc)w->func)(self, args[0], v));
}

/* The slot call: self checked already, args the positional arguments;
 * argtuple, when not NULL, the tuple they are the items of (a bound
 * method-wrapper's call: CPython's wrap_init and wrap_call pass that very
 * tuple on, so no second one is made). */
static rt_object *wrapper_call_slot(wrapper_descr *w, rt_object *self, rt_object *const *args, intptr_t n,
                                    rt_object *kwargs, rt_object *argtuple)
{
    const slotdef *d = w->def;
    if (d->kind == K_CALL || d->kind == K_INIT) {
        rt_object *t = argtuple ? rt_newref(argtuple) : rt_tuple_from_array(args, n);
        if (!t)
            return NULL;
        rt_object *r;
        if (d->kind == K_CALL)
            r = ((rt_callfunc)w->func)(self, t, kwargs);
        else
            r = none_or_error(((rt_initproc)w->func)(self, t, kwargs));
        RT_DECREF(t);
        return r;
    }
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_format(&rt_exc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
    bool unpacked = d->kind == K_SETITEM || d->kind == K_DSET || d->kind == K_DGET || d->kind == K_SETATTR;
    intptr_t want = d->kind == K_SETITEM || d->kind == K_DSET || d->kind == K_SETATTR ? 2
                  : d->kind == K_LEN || d->kind == K_BOOL || d->kind == K_DEL || d->kind < K_RICH ? 0
                                                                                                  : 1;
    if (nargs_check(n, want, d->kind == K_DGET ? 2 : want, unpacked) < 0)
        return NULL;
    switch (d->kind) {
    case K_UNARY:
        return ((rt_unaryfunc)w->func)(self);
    case K_NEXT: {
        rt_object *r = ((rt_unaryfunc)w->func)(self);
        if (!r && !rt_err_occurred())
            rt_err_set_object(&rt_exc_StopIteration, NULL);   /* PyErr_SetNone: StopIteration() */
        return r;
    }
    case K_HASH: {
        intptr_t h = ((rt_hashfunc)w->func)(self);
        return h == -1 && rt_err_occurred() ? NULL : rt_int_from_i64(h);
    }
    case K_RICH:
        return ((rt_richcmpfunc)w->func)(self, args[0], d->op);
    case K_BINL:
        return ((rt_binaryfunc)w->func)(self, args[0]);
    case K_BINR:
        return ((rt_binaryfunc)w->func)(args[0], self);
    case K_LEN: {
        intptr_t len = ((rt_lenfunc)w->func)(self);
        return len < 0 ? NULL : rt_int_from_i64(len);
    }
    case K_BOOL: {
        int r = ((rt_inquiry)w->func)(self);
        return r < 0 ? NULL : rt_bool_from(r);
    }
    case K_REPEAT: {
        intptr_t i = rt_number_as_ssize(args[0]);
        if (i == -1 && rt_err_occurred())
            return NULL;
        return ((rt_object * (*)(rt_object *, intptr_t)) w->func)(self, i);
    }
    case K_ITEM: {
        intptr_t i = rt_number_as_ssize(args[0]);
        if (i == -1 && rt_err_occurred())
            return NULL;
        if (i < 0 && self->type->as_sequence && self->type->as_sequence->length) {
            intptr_t len = self->type->as_sequence->length(self);
            if (len < 0)
                return NULL;
            i += len;
        }
        return ((rt_object * (*)(rt_object *, intptr_t)) w->func)(self, i);
    }
    case K_CONTAINS: {
        int r = ((rt_objobjproc)w->func)(self, args[0]);
        return r < 0 ? NULL : rt_bool_from(r);
    }
    case K_SETITEM:
        return none_or_error(((rt_objobjargproc)w->func)(self, args[0], args[1]));
    case K_DELITEM:
        return none_or_error(((rt_objobjargproc)w->func)(self, args[0], NULL));
    case K_DGET:
        return descr_get_call((rt_descrgetfunc)w->func, self, args, n);
    case K_DSET:
        return none_or_error(((rt_descrsetfunc)w->func)(self, args[0], args[1]));
    case K_DDELETE:
        return none_or_error(((rt_descrsetfunc)w->func)(self, args[0], NULL));
    case K_GETATTR:
    case K_SETATTR:
    case K_DELATTR:
        return attr_call(w, self, args);
    case K_DEL:
        ((rt_destructor)w->func)(self);
        return rt_err_occurred() ? NULL : rt_none_new();
    default:
        break;
    }
    return rt_err_set_string(&rt_exc_TypeError, "bad slot wrapper");
}

static int self_check(wrapper_descr *w, rt_object *self)
{
    if (rt_isinstance_type(self, w->owner))
        return 0;
    rt_err_format(&rt_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", w->def->name,
                  w->owner->name, self->type->name);
    return -1;
}

/* ---- wrapper_descriptor ---------------------------------------------------- */

static rt_object *wrapper_descr_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    wrapper_descr *w = (wrapper_descr *)o;
    if (RT_SIZE(args) < 1)
        return rt_err_format(&rt_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
                             w->owner->name);
    rt_object *self = RT_TUPLE_GET_ITEM(args, 0);
    if (rt_tpcall_enter() < 0)   /* no vector call in CPython 3.11 */
        return NULL;
    rt_object *r = self_check(w, self) < 0 ? NULL
                 : wrapper_call_slot(w, self, RT_TUPLE_ITEMS(args) + 1, RT_SIZE(args) - 1, kwargs, NULL);
    rt_tpcall_leave();
    return r;
}

static rt_type method_wrapper_type;

static rt_object *wrapper_descr_get(rt_object *o, rt_object *obj, rt_object *type)
{
    (void)type;
    wrapper_descr *w = (wrapper_descr *)o;
    if (!obj)
        return rt_newref(o);
    if (self_check(w, obj) < 0)
        return NULL;
    method_wrapper *m = (method_wrapper *)rt_object_new(&method_wrapper_type);
    if (!m)
        return NULL;
    m->descr = w;
    m->self = rt_newref(obj);
    rt_gc_track(RT_OBJ(m));
    return RT_OBJ(m);
}

static rt_object *wrapper_descr_repr(rt_object *o)
{
    wrapper_descr *w = (wrapper_descr *)o;
    return rt_str_from_format("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static rt_object *wrapper_get_name(rt_object *o, void *c)
{
    (void)c;
    return rt_str_from_cstr(((wrapper_descr *)o)->def->name);
}

static rt_object *wrapper_get_qualname(rt_object *o, void *c)
{
    (void)c;
    wrapper_descr *w = (wrapper_descr *)o;
    return rt_str_from_format("%s.%s", rt_type_qualname_text(w->owner), w->def->name);
}

/* CPython 3.11's slotdefs docstrings, each "NAME(SIGNATURE)\n--\n\nTEXT"
 * there, split here into __text_signature__ and __doc__.  The in-place
 * __iadd__ and __imul__ are the sequence slots' ("Implement"): every
 * built-in type of the subset with them is a sequence; the others are
 * the number slots' ("Return"). */
static const struct slot_doc {
    const char *name, *sig, *doc;
} slot_docs[] = {
#define SELF "($self, /)"
#define VAL "($self, value, /)"
    { "__repr__", SELF, "Return repr(self)." },
    { "__hash__", SELF, "Return hash(self)." },
    { "__call__", "($self, /, *args, **kwargs)", "Call self as a function." },
    { "__str__", SELF, "Return str(self)." },
    { "__getattribute__", "($self, name, /)", "Return getattr(self, name)." },
    { "__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value)." },
    { "__delattr__", "($self, name, /)", "Implement delattr(self, name)." },
    { "__lt__", VAL, "Return self<value." },
    { "__le__", VAL, "Return self<=value." },
    { "__eq__", VAL, "Return self==value." },
    { "__ne__", VAL, "Return self!=value." },
    { "__gt__", VAL, "Return self>value." },
    { "__ge__", VAL, "Return self>=value." },
    { "__iter__", SELF, "Implement iter(self)." },
    { "__next__", SELF, "Implement next(self)." },
    { "__get__", "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner." },
    { "__set__", "($self, instance, value, /)", "Set an attribute of instance to value." },
    { "__delete__", "($self, instance, /)", "Delete an attribute of instance." },
    { "__init__", "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature." },
    { "__add__", VAL, "Return self+value." },
    { "__radd__", VAL, "Return value+self." },
    { "__sub__", VAL, "Return self-value." },
    { "__rsub__", VAL, "Return value-self." },
    { "__mul__", VAL, "Return self*value." },
    { "__rmul__", VAL, "Return value*self." },
    { "__mod__", VAL, "Return self%value." },
    { "__rmod__", VAL, "Return value%self." },
    { "__divmod__", VAL, "Return divmod(self, value)." },
    { "__rdivmod__", VAL, "Return divmod(value, self)." },
    { "__pow__", "($self, value, mod=None, /)", "Return pow(self, value, mod)." },
    { "__rpow__", "($self, value, mod=None, /)", "Return pow(value, self, mod)." },
    { "__neg__", SELF, "-self" },
    { "__pos__", SELF, "+self" },
    { "__abs__", SELF, "abs(self)" },
    { "__bool__", SELF, "True if self else False" },
    { "__invert__", SELF, "~self" },
    { "__lshift__", VAL, "Return self<<value." },
    { "__rlshift__", VAL, "Return value<<self." },
    { "__rshift__", VAL, "Return self>>value." },
    { "__rrshift__", VAL, "Return value>>self." },
    { "__and__", VAL, "Return self&value." },
    { "__rand__", VAL, "Return value&self." },
    { "__xor__", VAL, "Return self^value." },
    { "__rxor__", VAL, "Return value^self." },
    { "__or__", VAL, "Return self|value." },
    { "__ror__", VAL, "Return value|self." },
    { "__int__", SELF, "int(self)" },
    { "__float__", SELF, "float(self)" },
    { "__floordiv__", VAL, "Return self//value." },
    { "__rfloordiv__", VAL, "Return value//self." },
    { "__truediv__", VAL, "Return self/value." },
    { "__rtruediv__", VAL, "Return value/self." },
    { "__index__", SELF, "Return self converted to an integer, if self is suitable for use as an index into a list." },
    { "__len__", SELF, "Return len(self)." },
    { "__getitem__", "($self, key, /)", "Return self[key]." },
    { "__setitem__", "($self, key, value, /)", "Set self[key] to value." },
    { "__delitem__", "($self, key, /)", "Delete self[key]." },
    { "__contains__", "($self, key, /)", "Return key in self." },
    { "__iadd__", VAL, "Implement self+=value." },
    { "__isub__", VAL, "Return self-=value." },
    { "__imul__", VAL, "Implement self*=value." },
    { "__iand__", VAL, "Return self&=value." },
    { "__ixor__", VAL, "Return self^=value." },
    { "__ior__", VAL, "Return self|=value." },
#undef SELF
#undef VAL
};

static const struct slot_doc *slot_doc_of(const slotdef *d)
{
    for (size_t i = 0; i < sizeof slot_docs / sizeof slot_docs[0]; i++)
        if (strcmp(slot_docs[i].name, d->name) == 0)
            return &slot_docs[i];
    return NULL;
}

static rt_object *wrapper_get_doc(rt_object *o, void *c)
{
    (void)c;
    const struct slot_doc *sd = slot_doc_of(((wrapper_descr *)o)->def);
    return sd ? rt_str_from_cstr(sd->doc) : rt_none_new();
}

static rt_object *wrapper_get_text_signature(rt_object *o, void *c)
{
    (void)c;
    const struct slot_doc *sd = slot_doc_of(((wrapper_descr *)o)->def);
    return sd ? rt_str_from_cstr(sd->sig) : rt_none_new();
}

static rt_object *wrapper_get_objclass(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(RT_OBJ(((wrapper_descr *)o)->owner));
}

RT_NOSCAN static rt_getset_def wrapper_descr_getsets[] = {
    { "__name__", wrapper_get_name, NULL, NULL },
    { "__qualname__", wrapper_get_qualname, NULL, NULL },
    { "__objclass__", wrapper_get_objclass, NULL, NULL },
    { "__doc__", wrapper_get_doc, NULL, NULL },
    { "__text_signature__", wrapper_get_text_signature, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE rt_type rt_wrapper_descr_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "wrapper_descriptor",
    .basicsize = sizeof(wrapper_descr),
    .dealloc = rt_object_free,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_descr_getsets,
};

/* ---- method-wrapper -------------------------------------------------------- */

static rt_object *method_wrapper_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    method_wrapper *m = (method_wrapper *)o;
    if (rt_tpcall_enter() < 0)   /* no vector call in CPython 3.11 */
        return NULL;
    rt_object *r = wrapper_call_slot(m->descr, m->self, RT_TUPLE_ITEMS(args), RT_SIZE(args), kwargs, args);
    rt_tpcall_leave();
    return r;
}

static rt_object *method_wrapper_repr(rt_object *o)
{
    method_wrapper *m = (method_wrapper *)o;
    return rt_str_from_format("<method-wrapper '%s' of %s object at %p>", m->descr->def->name,
                              m->self->type->name, (void *)m->self);
}

static int method_wrapper_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((method_wrapper *)o)->self);
    return 0;
}

static void method_wrapper_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_XDECREF(((method_wrapper *)o)->self);
    rt_object_free(o);
}

/* Equal when bound to the same object by the same wrapper; no order
 * (CPython's wrapper_richcompare and wrapper_hash). */
static rt_object *method_wrapper_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op != RT_EQ && op != RT_NE) || RT_TYPE(b) != &method_wrapper_type)
        return rt_newref(RT_NOTIMPLEMENTED);
    method_wrapper *x = (method_wrapper *)a, *y = (method_wrapper *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return rt_bool_from(op == RT_EQ ? eq : !eq);
}

static intptr_t method_wrapper_hash(rt_object *o)
{
    method_wrapper *m = (method_wrapper *)o;
    intptr_t h = rt_hash_pointer(m->self) ^ rt_hash_pointer(m->descr);
    return h == -1 ? -2 : h;
}

static rt_object *mw_get_name(rt_object *o, void *c)
{
    return wrapper_get_name(RT_OBJ(((method_wrapper *)o)->descr), c);
}

static rt_object *mw_get_qualname(rt_object *o, void *c)
{
    return wrapper_get_qualname(RT_OBJ(((method_wrapper *)o)->descr), c);
}

static rt_object *mw_get_objclass(rt_object *o, void *c)
{
    return wrapper_get_objclass(RT_OBJ(((method_wrapper *)o)->descr), c);
}

static rt_object *mw_get_self(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(((method_wrapper *)o)->self);
}

static rt_object *mw_get_doc(rt_object *o, void *c)
{
    return wrapper_get_doc(RT_OBJ(((method_wrapper *)o)->descr), c);
}

static rt_object *mw_get_text_signature(rt_object *o, void *c)
{
    return wrapper_get_text_signature(RT_OBJ(((method_wrapper *)o)->descr), c);
}

RT_NOSCAN static rt_getset_def method_wrapper_getsets[] = {
    { "__doc__", mw_get_doc, NULL, NULL },
    { "__text_signature__", mw_get_text_signature, NULL, NULL },
    { "__name__", mw_get_name, NULL, NULL },
    { "__qualname__", mw_get_qualname, NULL, NULL },
    { "__objclass__", mw_get_objclass, NULL, NULL },
    { "__self__", mw_get_self, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type method_wrapper_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "method-wrapper",
    .basicsize = sizeof(method_wrapper),
    .flags = RT_TPFLAGS_GC,
    .dealloc = method_wrapper_dealloc,
    .traverse = method_wrapper_traverse,
    .repr = method_wrapper_repr,
    .hash = method_wrapper_hash,
    .richcompare = method_wrapper_richcompare,
    .call = method_wrapper_call,
    .getsets = method_wrapper_getsets,
};

/* ---- __new__ ------------------------------------------------------------------ */

/* T.__new__(S, *args, **kwargs) of a static type T with a new slot of its
 * own: a built-in method bound to T (CPython's tp_new_wrapper), which
 * checks S and calls T's slot for it.  S's nearest class whose new slot is
 * not a Python __new__ must have T's slot: object.__new__(int) would make
 * an int without int's fields. */
static rt_object *new_wrapper_checked(rt_object *self, rt_object *const *args, intptr_t nargs,
                                      rt_object *kwnames);

static rt_object *new_wrapper(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    /* tp_new_wrapper is METH_VARARGS | METH_KEYWORDS: the call builds a
     * tuple of every argument, and the wrapper a slice of it without the
     * type (two containers gc.get_count() sees; a kwargs dict too) */
    rt_varargs_standin all = rt_tuple_varargs_take(args, nargs);
    if (!all.ok)
        return NULL;
    rt_object *r = new_wrapper_checked(self, args, nargs, kwnames);
    rt_tuple_varargs_drop(all);
    return r;
}

static rt_object *new_wrapper_checked(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    rt_type *t = (rt_type *)self;
    if (nargs < 1)
        return rt_err_format(&rt_exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    if (!rt_type_check(args[0]))
        return rt_err_format(&rt_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                             rt_type_name(args[0]));
    rt_type *sub = (rt_type *)args[0], *sb = sub;
    if (!rt_type_is_subtype(sub, t))
        return rt_err_format(&rt_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name,
                             sub->name, t->name);
    /* past the classes whose new slot runs a Python __new__: the only
     * heap types whose slot is not their built-in base's */
    rt_type *builtin = sub;
    while (builtin->flags & RT_TPFLAGS_HEAPTYPE)
        builtin = builtin->base;
    while ((sb->flags & RT_TPFLAGS_HEAPTYPE) && sb->new_ != builtin->new_)
        sb = sb->base;
    if (sb->new_ != t->new_)
        return rt_err_format(&rt_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name, sub->name,
                             sb->name);
    /* type's own check is type_call's ("type() takes 1 or 3 arguments");
     * called as type.__new__ its type_new says it */
    if (t == &rt_type_type && nargs - 1 != 3)
        return rt_err_format(&rt_exc_TypeError, "type.__new__() takes exactly 3 arguments (%ld given)",
                             (long)(nargs - 1));
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    rt_object *a = rt_tuple_from_array(args + 1, nargs - 1), *kw = NULL;
    if (!a)
        return NULL;
    if (nkw && !(kw = rt_dict_new()))
        goto fail;
    for (intptr_t i = 0; i < nkw; i++)
        if (rt_dict_setitem(kw, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
            goto fail;
    rt_object *r = t->new_(sub, a, kw);
    RT_DECREF(a);
    RT_XDECREF(kw);
    return r;
fail:
    RT_DECREF(a);
    RT_XDECREF(kw);
    return NULL;
}

static rt_method_def new_wrapper_def = { "__new__", new_wrapper, RT_METH_FASTCALL,
                                         "Create and return a new object.  See help(type) for accurate signature." };

/* ---- in-place slots ------------------------------------------------------------ */

static rt_object *self_or_null(int r, rt_object *self) { return r < 0 ? NULL : rt_newref(self); }

/* sq_inplace_repeat's wrapper takes an index only (CPython's
 * wrap_indexargfunc): no __rmul__ of the count is tried. */
static int repeat_count(rt_object *n, intptr_t *count)
{
    if (!n->type->as_number || !n->type->as_number->index) {
        rt_err_format(&rt_exc_TypeError, "'%s' object cannot be interpreted as an integer", n->type->name);
        return -1;
    }
    *count = rt_number_as_ssize(n);
    return *count == -1 && rt_err_occurred() ? -1 : 0;
}

static rt_object *list_iadd(rt_object *a, rt_object *b) { return rt_list_inplace_concat(a, b); }
static rt_object *list_imul(rt_object *a, rt_object *b)
{
    intptr_t n;
    return repeat_count(b, &n) < 0 ? NULL : self_or_null(rt_list_inplace_repeat(a, n), a);
}
static rt_object *bytearray_iadd(rt_object *a, rt_object *b) { return self_or_null(rt_bytearray_iconcat(a, b), a); }
static rt_object *bytearray_imul(rt_object *a, rt_object *b)
{
    intptr_t n;
    return repeat_count(b, &n) < 0 ? NULL : self_or_null(rt_bytearray_irepeat(a, n), a);
}
static rt_object *dict_ior(rt_object *a, rt_object *b) { return self_or_null(rt_dict_update(a, b), a); }
static rt_object *set_isub(rt_object *a, rt_object *b) { return rt_set_inplace(a, b, RT_NB_SUB); }
static rt_object *set_iand(rt_object *a, rt_object *b) { return rt_set_inplace(a, b, RT_NB_AND); }
static rt_object *set_ixor(rt_object *a, rt_object *b) { return rt_set_inplace(a, b, RT_NB_XOR); }
static rt_object *set_ior(rt_object *a, rt_object *b) { return rt_set_inplace(a, b, RT_NB_OR); }

/* t's own in-place slot for operator op, or NULL (subclasses inherit it;
 * rt_slot_wrappers_add asks only the four types that have some) */
static rt_binaryfunc inplace_slot(const rt_type *t, int op)
{
    if (t == &rt_list_type || t == &rt_bytearray_type) {
        bool l = t == &rt_list_type;
        return op == RT_NB_ADD ? (l ? list_iadd : bytearray_iadd) : op == RT_NB_MUL ? (l ? list_imul : bytearray_imul)
                                                                                     : NULL;
    }
    if (t == &rt_dict_type)
        return op == RT_NB_OR ? dict_ior : NULL;
    if (t == &rt_set_type)
        return op == RT_NB_SUB ? set_isub : op == RT_NB_AND ? set_iand : op == RT_NB_XOR ? set_ixor
                                          : op == RT_NB_OR    ? set_ior : NULL;
    return NULL;
}

/* ---- readying --------------------------------------------------------------- */

static void (*slot_of(const rt_type *t, const slotdef *d))(void)
{
    if (d->table == T_INPLACE)
        return (void (*)(void))inplace_slot(t, d->op);
    const void *base = d->table == T_TYPE       ? (const void *)t
                     : d->table == T_NUMBER     ? (const void *)t->as_number
                     : d->table == T_SEQUENCE   ? (const void *)t->as_sequence
                                                : (const void *)t->as_mapping;
    if (!base)
        return NULL;
    void (*f)(void);
    memcpy(&f, (const char *)base + d->offset, sizeof f);
    return f;
}

#define NSLOTDEFS (sizeof slotdefs / sizeof *slotdefs)
/* The pending mask (rt_type.slot_wrappers_pending, two words): bit i for
 * slotdefs[i], then the type's __new__ (new_wrapper) and its __doc__. */
enum { NEW_BIT = NSLOTDEFS, DOC_BIT, NBITS };
_Static_assert(NBITS <= 128, "slot_wrappers_pending holds 128 bits");
static rt_object *slotnames[NSLOTDEFS];   /* interned (immortal) */

static inline void bit_set(uint64_t *m, size_t i) { m[i / 64] |= (uint64_t)1 << (i % 64); }
static inline bool bit_test(const uint64_t *m, size_t i) { return m[i / 64] >> (i % 64) & 1; }

/* __getattribute__/__setattr__/__delattr__: CPython lists them in the
 * dict of each type that sets tp_getattro/tp_setattro itself, and gclab's
 * tables name their getters for other reasons (function has its own,
 * CPython's inherits object's; int names the generic one, CPython's too);
 * so they are given where all three are CPython's: object, type,
 * BaseException and module (the one vm/ type, known by name).  Which
 * other types list __getattribute__ differs (docs/conformance.md). */
static bool attr_kind(const slotdef *d)
{
    return d->kind == K_GETATTR || d->kind == K_SETATTR || d->kind == K_DELATTR;
}

static bool attr_wrappers(const rt_type *t)
{
    return t == &rt_object_type || t == &rt_type_type || t == &rt_exc_BaseException || strcmp(t->name, "module") == 0;
}

/* At rt_type_ready, before inheritance: which slots t defines itself.
 * Their wrappers are made later (rt_slot_wrappers_make), which keeps the
 * ~1,000 wrappers of the built-in types out of start-up; a type whose
 * dict is not empty at this point gets them now, so that they come after
 * what it holds, as they would have. */
int rt_slot_wrappers_add(rt_type *t)
{
    if (t->flags & RT_TPFLAGS_HEAPTYPE)
        return 0;
    /* most built-in types have no number, sequence or mapping table, or
     * share their base's: only the tables of their own are read */
    rt_type *b = t->base;
    bool own[5] = { true, t->as_number && (!b || t->as_number != b->as_number),
                    t->as_sequence && (!b || t->as_sequence != b->as_sequence),
                    t->as_mapping && (!b || t->as_mapping != b->as_mapping),
                    t == &rt_list_type || t == &rt_bytearray_type || t == &rt_dict_type || t == &rt_set_type };
    static uint64_t table_defs[5][2];   /* which slotdefs each table has */
    if (!table_defs[T_TYPE][0])
        for (size_t i = 0; i < NSLOTDEFS; i++)
            bit_set(table_defs[slotdefs[i].table], i);
    uint64_t mask[2] = { 0, 0 };
    if (t->new_)
        bit_set(mask, NEW_BIT);
    for (int w = 0; w < 2; w++) {
        uint64_t todo = 0;
        for (int k = 0; k < 5; k++)
            todo |= own[k] ? table_defs[k][w] : 0;
        for (; todo; todo &= todo - 1) {
            size_t i = (size_t)w * 64 + (size_t)__builtin_ctzll(todo);
            const slotdef *d = &slotdefs[i];
            void (*f)(void) = slot_of(t, d);
            /* the same base slot read through a subclass's table (bool's
             * as_number inherits int's functions) is not the type's own */
            if (f && !(b && d->table != T_TYPE && slot_of(b, d) == f) && (!attr_kind(d) || attr_wrappers(t)))
                bit_set(mask, i);
        }
    }
    bool wrappers = (mask[0] | mask[1]) != 0;
    bit_set(mask, DOC_BIT);
    memcpy(t->slot_wrappers_pending, mask, sizeof mask);
    if (wrappers && rt_dict_size(t->dict) > 0)
        return rt_slot_wrappers_make(t);
    return 0;
}

int rt_slot_wrappers_add_number(rt_type *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const slotdef *d = &slotdefs[i];
        void (*f)(void) = d->table == T_NUMBER ? slot_of(t, d) : NULL;
        if (f && !(t->base && slot_of(t->base, d) == f))
            bit_set(t->slot_wrappers_pending, i);
    }
    rt_type_modified(t);
    return 0;
}

static rt_object *wrapper_for(rt_type *t, const slotdef *d)
{
    void (*f)(void) = slot_of(t, d);
    if (d->kind == K_HASH && f == (void (*)(void))rt_hash_not_implemented)
        return rt_none_new();
    wrapper_descr *w = (wrapper_descr *)rt_object_new(&rt_wrapper_descr_type);
    if (!w)
        return NULL;
    w->def = d;
    w->owner = t;
    w->func = f;
    return RT_OBJ(w);
}

/* A built-in type's __doc__ (CPython's tp_doc, which CPython puts in every
 * type's dict): gclab carries none of CPython's docstrings, so this is a
 * text of its own, never None (that is a class's without a docstring). */
static int set_doc(rt_type *t)
{
    rt_object *doc = rt_str_from_format("%s: a built-in type of the gclab Python subset", t->name);
    int r = doc ? rt_dict_setitem_str(t->dict, "__doc__", doc) : -1;
    RT_XDECREF(doc);
    return r;
}

/* The wrappers go in front of what the dict holds (its methods, getsets
 * and later additions, which win a name they share), in slotdefs order,
 * the first of two slots with one name winning: the dict ends up as if
 * they had been made at rt_type_ready.  The dict stays the same object;
 * its entries are parked in raw memory meanwhile (a temporary dict would
 * be a container allocation, which may start a collection). */
/* CPython completes a built-in type's dict at start-up (its slot
 * wrappers, T.__new__, the attributes of typeattrs.c); here that is done
 * when a program first reads the dict, in a start-up scope (gchead.h): it
 * does not count towards (nor start) a gen-0 collection.  The objects
 * stay tracked, as CPython's (gc.is_tracked(int.__new__)), in the young
 * generation where start-up imports leave their objects too. */
static int complete_type_dict(rt_type *t);

int rt_slot_wrappers_make(rt_type *t)
{
    rt_gc_startup_scope scope = rt_gc_startup_begin();
    int r = complete_type_dict(t);
    rt_gc_startup_end(scope);
    return r;
}

static int complete_type_dict(rt_type *t)
{
    uint64_t mask[2];
    memcpy(mask, t->slot_wrappers_pending, sizeof mask);
    memset(t->slot_wrappers_pending, 0, sizeof mask);
    intptr_t n = rt_dict_size(t->dict), pos = 0, k = 0;
    rt_object **old = n ? rt_raw_realloc(NULL, (size_t)n * 2 * sizeof *old) : NULL;
    if (n && !old) {
        rt_err_no_memory();
        return -1;
    }
    rt_object *key, *value;
    while (k < n && rt_dict_next(t->dict, &pos, &key, &value)) {
        old[2 * k] = rt_newref(key);
        old[2 * k + 1] = rt_newref(value);
        k++;
    }
    rt_dict_clear(t->dict);
    int r = 0;
    if (bit_test(mask, NEW_BIT)) {   /* first, as CPython's add_operators */
        bool own = false;
        for (intptr_t i = 0; i < k; i++)
            own = own || (rt_str_check(old[2 * i]) && rt_str_eq_cstr(old[2 * i], "__new__"));
        rt_object *f = own ? NULL : rt_cfunction_new(&new_wrapper_def, RT_OBJ(t));
        r = own ? 0 : f ? rt_dict_setitem_str(t->dict, "__new__", f) : -1;
        RT_XDECREF(f);
    }
    for (size_t i = 0; r == 0 && i < NSLOTDEFS; i++) {
        if (!bit_test(mask, i))
            continue;
        if (!slotnames[i] && !(slotnames[i] = rt_str_intern_cstr(slotdefs[i].name))) {
            r = -1;
            break;
        }
        if (rt_dict_getitem(t->dict, slotnames[i]))
            continue;
        rt_object *v = wrapper_for(t, &slotdefs[i]);
        r = v ? rt_dict_setitem(t->dict, slotnames[i], v) : -1;
        RT_XDECREF(v);
    }
    for (intptr_t i = 0; i < k; i++) {
        if (r == 0)
            r = rt_dict_setitem(t->dict, old[2 * i], old[2 * i + 1]);
        RT_DECREF(old[2 * i]);
        RT_DECREF(old[2 * i + 1]);
    }
    rt_raw_free(old);
    if (r == 0 && bit_test(mask, DOC_BIT) && !rt_dict_getitem_str(t->dict, "__doc__"))
        r = set_doc(t);
    if (r == 0 && bit_test(mask, DOC_BIT))
        r = rt_typeattrs_add(t);
    rt_type_modified(t);
    return r;
}

bool rt_slot_wrapper_check(rt_object *o) { return RT_TYPE(o) == &rt_wrapper_descr_type; }

bool rt_slot_wrapper_of_object(rt_object *o)
{
    return rt_slot_wrapper_check(o) && ((wrapper_descr *)o)->owner == &rt_object_type;
}

rt_hashfunc rt_slot_wrapper_hash(rt_object *o)
{
    if (!o || !rt_slot_wrapper_check(o) || ((wrapper_descr *)o)->def->kind != K_HASH)
        return NULL;
    return (rt_hashfunc)((wrapper_descr *)o)->func;
}

rt_objobjargproc rt_slot_wrapper_ass_subscript(rt_object *o, bool set)
{
    if (!o || !rt_slot_wrapper_check(o)
        || ((wrapper_descr *)o)->def->kind != (set ? K_SETITEM : K_DELITEM))
        return NULL;
    return (rt_objobjargproc)((wrapper_descr *)o)->func;
}

int rt_slot_wrapper_init(void)
{
    if (rt_type_ready(&rt_wrapper_descr_type) < 0 || rt_type_ready(&method_wrapper_type) < 0)
        return -1;
    return 0;
}

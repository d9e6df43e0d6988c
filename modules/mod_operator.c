/*
 * mod_operator.c -- _operator: CPython 3.11's Modules/_operator.c in the
 * subset.  lib/operator.py imports every name from here and adds the
 * dunder aliases (operator.__add__ is operator.add), as CPython's
 * Lib/operator.py does over its C module.
 *
 * The functions are thin wrappers over the runtime's protocols (the same
 * entry points BINARY_OP, COMPARE_OP and the subscript opcodes use), so
 * operator.add(a, b) and a + b agree in result and message.  Argument
 * errors use CPython's words: a two-argument function checks its count as
 * Argument Clinic does ("add expected 2 arguments, got 1"), a
 * one-argument one as METH_O ("_operator.truth() takes exactly one
 * argument (0 given)"), and none takes keywords but call().
 *
 * itemgetter, attrgetter and methodcaller are GC containers (tracked, as
 * CPython's), not subclassable.  itemgetter and attrgetter are called
 * through the call_vector slot, without an argument tuple (3.11's
 * vectorcall: sorted(key=itemgetter(1)) is the common case); methodcaller
 * takes the tuple path as in 3.11.  An attrgetter keeps each dotted name
 * as a tuple of interned parts, split once when made.
 */
#include <string.h>
#include "modules/modules.h"
#include "vm/eval.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

/* ---- argument checks ------------------------------------------------------ */

static bool no_kwnames(const char *name, rt_object *kwnames)
{
    if (!kwnames || RT_SIZE(kwnames) == 0)
        return true;
    rt_err_format(&rt_exc_TypeError, "_operator.%s() takes no keyword arguments", name);
    return false;
}

/* Argument Clinic's positional-count check (_PyArg_CheckPositional). */
static bool check_positional(const char *name, intptr_t n, intptr_t min, intptr_t max)
{
    if (n < min) {
        rt_err_format(&rt_exc_TypeError, "%s expected %s%ld argument%s, got %ld", name,
                      min == max ? "" : "at least ", (long)min, min == 1 ? "" : "s", (long)n);
        return false;
    }
    if (n > max) {
        rt_err_format(&rt_exc_TypeError, "%s expected %s%ld argument%s, got %ld", name,
                      min == max ? "" : "at most ", (long)max, max == 1 ? "" : "s", (long)n);
        return false;
    }
    return true;
}

/* A METH_O function's check. */
static bool check_one(const char *name, intptr_t n, rt_object *kwnames)
{
    if (!no_kwnames(name, kwnames))
        return false;
    if (n != 1) {
        rt_err_format(&rt_exc_TypeError, "_operator.%s() takes exactly one argument (%ld given)", name, (long)n);
        return false;
    }
    return true;
}

#define CHECK2(name)                                                                  \
    do {                                                                              \
        (void)self;                                                                   \
        if (!no_kwnames(name, kwnames) || !check_positional(name, nargs, 2, 2))       \
            return NULL;                                                              \
    } while (0)

#define CHECK1(name)                                \
    do {                                            \
        (void)self;                                 \
        if (!check_one(name, nargs, kwnames))       \
            return NULL;                            \
    } while (0)

#define OP_ARGS rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames

/* ---- the arithmetic and comparison functions --------------------------- */

#define BINOP(fname, nb)                                       \
    static rt_object *op_##fname(OP_ARGS)                      \
    {                                                          \
        CHECK2(#fname);                                        \
        return rt_number_binop(args[0], args[1], nb);          \
    }
#define INPLACE(fname, nb)                                     \
    static rt_object *op_##fname(OP_ARGS)                      \
    {                                                          \
        CHECK2(#fname);                                        \
        return rt_number_inplace_binop(args[0], args[1], nb);  \
    }
#define COMPARE(fname, cmp)                                    \
    static rt_object *op_##fname(OP_ARGS)                      \
    {                                                          \
        CHECK2(#fname);                                        \
        return rt_richcompare(args[0], args[1], cmp);          \
    }
#define UNARY(fname, fn)                                       \
    static rt_object *op_##fname(OP_ARGS)                      \
    {                                                          \
        CHECK1(#fname);                                        \
        return fn(args[0]);                                    \
    }

BINOP(add, RT_NB_ADD)
BINOP(sub, RT_NB_SUB)
BINOP(mul, RT_NB_MUL)
BINOP(floordiv, RT_NB_FLOORDIV)
BINOP(truediv, RT_NB_TRUEDIV)
BINOP(mod, RT_NB_MOD)
BINOP(pow, RT_NB_POW)
BINOP(lshift, RT_NB_LSHIFT)
BINOP(rshift, RT_NB_RSHIFT)
BINOP(and_, RT_NB_AND)
BINOP(xor, RT_NB_XOR)
BINOP(or_, RT_NB_OR)
INPLACE(iadd, RT_NB_ADD)
INPLACE(isub, RT_NB_SUB)
INPLACE(imul, RT_NB_MUL)
INPLACE(ifloordiv, RT_NB_FLOORDIV)
INPLACE(itruediv, RT_NB_TRUEDIV)
INPLACE(imod, RT_NB_MOD)
INPLACE(ipow, RT_NB_POW)
INPLACE(ilshift, RT_NB_LSHIFT)
INPLACE(irshift, RT_NB_RSHIFT)
INPLACE(iand, RT_NB_AND)
INPLACE(ixor, RT_NB_XOR)
INPLACE(ior, RT_NB_OR)
COMPARE(lt, RT_LT)
COMPARE(le, RT_LE)
COMPARE(eq, RT_EQ)
COMPARE(ne, RT_NE)
COMPARE(gt, RT_GT)
COMPARE(ge, RT_GE)
UNARY(neg, rt_number_negative)
UNARY(pos, rt_number_positive)
UNARY(abs, rt_number_absolute)
UNARY(inv, rt_number_invert)
UNARY(invert, rt_number_invert)
UNARY(index, rt_int_index_exact)

static rt_object *op_truth(OP_ARGS)
{
    CHECK1("truth");
    int r = rt_is_true(args[0]);
    return r < 0 ? NULL : rt_bool_from(r);
}

static rt_object *op_not_(OP_ARGS)
{
    CHECK1("not_");
    int r = rt_is_true(args[0]);
    return r < 0 ? NULL : rt_bool_from(!r);
}

static rt_object *op_is_(OP_ARGS)
{
    CHECK2("is_");
    return rt_bool_from(args[0] == args[1]);
}

static rt_object *op_is_not(OP_ARGS)
{
    CHECK2("is_not");
    return rt_bool_from(args[0] != args[1]);
}

/* a @ b: no built-in type has it and the subset has no @ operator, so only
 * a class's __matmul__/__rmatmul__ (__imatmul__ first when in place) can
 * answer, in the order binary_op1 tries them; otherwise CPython's error. */
static rt_object *try_dunder(rt_object *o, const char *name, rt_object *arg)
{
    rt_object *n = rt_str_intern_cstr(name);
    if (!n)
        return NULL;
    rt_object *d = rt_type_lookup(RT_TYPE(o), n);
    rt_decref(n);
    if (!d)
        return rt_err_occurred() ? NULL : rt_newref(RT_NOTIMPLEMENTED);
    rt_object *vec[2] = { o, arg };
    return rt_call_vector(d, vec, 2);
}

static rt_object *matmul(rt_object *a, rt_object *b, bool inplace)
{
    rt_object *r;
    if (inplace) {
        if (!(r = try_dunder(a, "__imatmul__", b)) || r != RT_NOTIMPLEMENTED)
            return r;
        rt_decref(r);
    }
    if (!(r = try_dunder(a, "__matmul__", b)) || r != RT_NOTIMPLEMENTED)
        return r;
    rt_decref(r);
    if (RT_TYPE(a) != RT_TYPE(b)) {
        if (!(r = try_dunder(b, "__rmatmul__", a)) || r != RT_NOTIMPLEMENTED)
            return r;
        rt_decref(r);
    }
    return rt_err_format(&rt_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         inplace ? "@=" : "@", rt_type_name(a), rt_type_name(b));
}

static rt_object *op_matmul(OP_ARGS)
{
    CHECK2("matmul");
    return matmul(args[0], args[1], false);
}

static rt_object *op_imatmul(OP_ARGS)
{
    CHECK2("imatmul");
    return matmul(args[0], args[1], true);
}

/* concat(a, b) and iconcat: + (+=) when a is a sequence (a type with its
 * own concatenation, or both sequences), else CPython's error. */
static rt_object *concat(rt_object *a, rt_object *b, bool inplace)
{
    bool own = RT_TYPE(a)->as_sequence && RT_TYPE(a)->as_sequence->concat;
    if (!own && !(rt_sequence_check(a) && rt_sequence_check(b)))
        return rt_err_format(&rt_exc_TypeError, "'%s' object can't be concatenated", rt_type_name(a));
    return inplace ? rt_number_inplace_binop(a, b, RT_NB_ADD) : rt_number_binop(a, b, RT_NB_ADD);
}

static rt_object *op_concat(OP_ARGS)
{
    CHECK2("concat");
    return concat(args[0], args[1], false);
}

static rt_object *op_iconcat(OP_ARGS)
{
    CHECK2("iconcat");
    return concat(args[0], args[1], true);
}

static rt_object *op_contains(OP_ARGS)
{
    CHECK2("contains");
    int r = rt_contains(args[0], args[1]);
    return r < 0 ? NULL : rt_bool_from(r);
}

/* countOf and indexOf: a walk over iter(a) comparing with == (identity
 * first), as _PySequence_IterSearch; index < 0 counts. */
static rt_object *iter_search(rt_object *a, rt_object *b, bool index)
{
    rt_object *it = rt_get_iter(a);
    if (!it) {
        if (rt_err_matches(&rt_exc_TypeError)) {
            rt_err_clear();
            rt_err_format(&rt_exc_TypeError, "argument of type '%s' is not iterable", rt_type_name(a));
        }
        return NULL;
    }
    intptr_t n = 0;
    rt_object *item;
    while ((item = rt_iter_next(it))) {
        int eq = rt_richcompare_bool(item, b, RT_EQ);
        rt_decref(item);
        if (eq < 0) {
            rt_decref(it);
            return NULL;
        }
        if (eq && index) {
            rt_decref(it);
            return rt_int_from_i64(n);
        }
        n += eq || index;
    }
    rt_decref(it);
    if (rt_err_occurred())
        return NULL;
    if (index)
        return rt_err_set_string(&rt_exc_ValueError, "sequence.index(x): x not in sequence");
    return rt_int_from_i64(n);
}

static rt_object *op_countOf(OP_ARGS)
{
    CHECK2("countOf");
    return iter_search(args[0], args[1], false);
}

static rt_object *op_indexOf(OP_ARGS)
{
    CHECK2("indexOf");
    return iter_search(args[0], args[1], true);
}

static rt_object *op_getitem(OP_ARGS)
{
    CHECK2("getitem");
    return rt_getitem(args[0], args[1]);
}

static rt_object *op_delitem(OP_ARGS)
{
    CHECK2("delitem");
    return rt_delitem(args[0], args[1]) < 0 ? NULL : rt_none_new();
}

static rt_object *op_setitem(OP_ARGS)
{
    (void)self;
    if (!no_kwnames("setitem", kwnames) || !check_positional("setitem", nargs, 3, 3))
        return NULL;
    return rt_setitem(args[0], args[1], args[2]) < 0 ? NULL : rt_none_new();
}

/* length_hint(obj, default=0, /): len(obj), else obj.__length_hint__(),
 * else default (PyObject_LengthHint). */
static rt_object *op_length_hint(OP_ARGS)
{
    (void)self;
    if (!no_kwnames("length_hint", kwnames) || !check_positional("length_hint", nargs, 1, 2))
        return NULL;
    intptr_t dflt = 0;
    if (nargs == 2) {
        rt_object *i = rt_number_index(args[1]);
        if (!i)
            return NULL;
        dflt = rt_number_as_ssize_arg(i);
        rt_decref(i);
        if (dflt == -1 && rt_err_occurred())
            return NULL;
    }
    intptr_t n = rt_length_hint(args[0], dflt);   /* dflt may be -1 */
    return n == -1 && rt_err_occurred() ? NULL : rt_int_from_i64(n);
}

/* call(obj, /, *args, **kwargs): obj(*args, **kwargs), keywords passed on. */
static rt_object *op_call(OP_ARGS)
{
    (void)self;
    if (nargs < 1)
        return rt_err_format(&rt_exc_TypeError, "call expected at least 1 argument, got %ld", (long)nargs);
    return vm_call(args[0], args + 1, nargs - 1, kwnames);
}

/* ---- itemgetter --------------------------------------------------------- */

typedef struct itemgetter_obj {
    RT_OBJECT_HEAD
    rt_object *item;      /* the one key, or the tuple of keys */
    intptr_t nitems;
} itemgetter_obj;

static rt_type itemgetter_type, attrgetter_type, methodcaller_type;

/* The instance call's own checks: no keywords, exactly one object. */
static bool check_getter_call(const char *name, intptr_t nargs, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return check_positional(name, nargs, 1, 1);
}

static rt_object *itemgetter_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "itemgetter() takes no keyword arguments");
    intptr_t n = RT_SIZE(args);
    if (n == 0)
        return rt_err_set_string(&rt_exc_TypeError, "itemgetter expected 1 argument, got 0");
    itemgetter_obj *g = (itemgetter_obj *)rt_object_new(t);
    if (!g)
        return NULL;
    g->item = rt_newref(n == 1 ? RT_TUPLE_GET_ITEM(args, 0) : args);
    g->nitems = n;
    rt_gc_track(RT_OBJ(g));
    return RT_OBJ(g);
}

static rt_object *itemgetter_call_vector(rt_object *o, rt_object *const *args, intptr_t nargs)
{
    itemgetter_obj *g = (itemgetter_obj *)o;
    if (nargs != 1) {
        check_getter_call("itemgetter", nargs, NULL);
        return NULL;
    }
    if (g->nitems == 1)
        return rt_getitem(args[0], g->item);
    rt_object *r = rt_tuple_new(g->nitems);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < g->nitems; i++) {
        rt_object *v = rt_getitem(args[0], RT_TUPLE_GET_ITEM(g->item, i));
        if (!v) {
            rt_decref(r);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(r, i, v);
    }
    return r;
}

static rt_object *itemgetter_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    if (!check_getter_call("itemgetter", RT_SIZE(args), kwargs))
        return NULL;
    return itemgetter_call_vector(o, RT_TUPLE_ITEMS(args), 1);
}

/* operator.itemgetter(1) for one key, operator.itemgetter(1, 2) for
 * several (the tuple's repr), as CPython's. */
static rt_object *itemgetter_repr(rt_object *o)
{
    itemgetter_obj *g = (itemgetter_obj *)o;
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc < 0 ? NULL : rt_str_from_format("%s(...)", RT_TYPE(o)->name);
    rt_object *r = g->nitems == 1 ? rt_str_from_format("%s(%R)", RT_TYPE(o)->name, g->item)
                                  : rt_str_from_format("%s%R", RT_TYPE(o)->name, g->item);
    rt_repr_leave(o);
    return r;
}

static int itemgetter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((itemgetter_obj *)o)->item);
    return 0;
}

static int itemgetter_clear(rt_object *o)
{
    RT_CLEAR(((itemgetter_obj *)o)->item);
    return 0;
}

static void itemgetter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    itemgetter_clear(o);
    rt_object_free(o);
}

RT_NOSCAN_TYPE static rt_type itemgetter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "operator.itemgetter",
    .basicsize = sizeof(itemgetter_obj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = itemgetter_dealloc, .traverse = itemgetter_traverse, .clear = itemgetter_clear,
    .repr = itemgetter_repr,
    .call = itemgetter_call,
    .call_vector = itemgetter_call_vector,
    .new_ = itemgetter_new,
    .getattro = rt_generic_getattr,
};

/* ---- attrgetter --------------------------------------------------------- */

typedef struct attrgetter_obj {
    RT_OBJECT_HEAD
    rt_object *attrs;     /* tuple: per name an interned str, or a tuple of the dotted parts */
} attrgetter_obj;

/* name as attrgetter keeps it: interned, or split at each dot into a tuple
 * of interned parts.  New reference. */
static rt_object *split_name(rt_object *name)
{
    const char *s = rt_str_data(name), *end = s + rt_str_size(name);
    intptr_t parts = 1;
    for (const char *p = s; p < end; p++)
        parts += *p == '.';
    if (parts == 1)
        return rt_str_intern(name);
    rt_object *t = rt_tuple_new(parts);
    for (intptr_t i = 0; t && i < parts; i++) {
        const char *dot = memchr(s, '.', (size_t)(end - s));
        const char *stop = dot ? dot : end;
        rt_object *part = rt_str_from_bytes(s, stop - s);
        rt_object *in = part ? rt_str_intern(part) : NULL;
        RT_XDECREF(part);
        if (!in) {
            RT_CLEAR(t);
            break;
        }
        RT_TUPLE_SET_ITEM(t, i, in);
        s = stop + 1;
    }
    return t;
}

static rt_object *attrgetter_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "attrgetter() takes no keyword arguments");
    intptr_t n = RT_SIZE(args);
    if (n == 0)
        return rt_err_set_string(&rt_exc_TypeError, "attrgetter expected 1 argument, got 0");
    rt_object *attrs = rt_tuple_new(n);
    if (!attrs)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *name = RT_TUPLE_GET_ITEM(args, i);
        rt_object *kept = rt_str_check(name) ? split_name(name)
                                             : rt_err_set_string(&rt_exc_TypeError, "attribute name must be a string");
        if (!kept) {
            rt_decref(attrs);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(attrs, i, kept);
    }
    attrgetter_obj *g = (attrgetter_obj *)rt_object_new(t);
    if (!g) {
        rt_decref(attrs);
        return NULL;
    }
    g->attrs = attrs;
    rt_gc_track(RT_OBJ(g));
    return RT_OBJ(g);
}

static rt_object *dotted_getattr(rt_object *o, rt_object *attr)
{
    if (rt_str_check(attr))
        return rt_getattr(o, attr);
    rt_object *v = rt_newref(o);
    for (intptr_t i = 0; v && i < RT_SIZE(attr); i++) {
        rt_object *next = rt_getattr(v, RT_TUPLE_GET_ITEM(attr, i));
        rt_decref(v);
        v = next;
    }
    return v;
}

static rt_object *attrgetter_call_vector(rt_object *o, rt_object *const *args, intptr_t nargs)
{
    rt_object *attrs = ((attrgetter_obj *)o)->attrs;
    if (nargs != 1) {
        check_getter_call("attrgetter", nargs, NULL);
        return NULL;
    }
    intptr_t n = RT_SIZE(attrs);
    if (n == 1)
        return dotted_getattr(args[0], RT_TUPLE_GET_ITEM(attrs, 0));
    rt_object *r = rt_tuple_new(n);
    for (intptr_t i = 0; r && i < n; i++) {
        rt_object *v = dotted_getattr(args[0], RT_TUPLE_GET_ITEM(attrs, i));
        if (!v) {
            RT_CLEAR(r);
            break;
        }
        RT_TUPLE_SET_ITEM(r, i, v);
    }
    return r;
}

static rt_object *attrgetter_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    if (!check_getter_call("attrgetter", RT_SIZE(args), kwargs))
        return NULL;
    return attrgetter_call_vector(o, RT_TUPLE_ITEMS(args), 1);
}

/* operator.attrgetter('a', 'b.c'): each name's repr, dotted names joined
 * again. */
static rt_object *attrgetter_repr(rt_object *o)
{
    rt_object *attrs = ((attrgetter_obj *)o)->attrs;
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_cstr(&b, RT_TYPE(o)->name);
    rt_str_builder_append_char(&b, '(');
    int bad = 0;
    for (intptr_t i = 0; !bad && i < RT_SIZE(attrs); i++) {
        rt_object *a = RT_TUPLE_GET_ITEM(attrs, i);
        if (i)
            rt_str_builder_append_cstr(&b, ", ");
        if (rt_str_check(a)) {
            bad = rt_str_builder_append_repr(&b, a) < 0;
            continue;
        }
        rt_object *dot = rt_str_from_cstr(".");
        rt_object *joined = dot ? rt_str_join(dot, a) : NULL;
        RT_XDECREF(dot);
        bad = !joined || rt_str_builder_append_repr(&b, joined) < 0;
        RT_XDECREF(joined);
    }
    if (bad) {
        rt_str_builder_discard(&b);
        return NULL;
    }
    rt_str_builder_append_char(&b, ')');
    return rt_str_builder_finish(&b);
}

static int attrgetter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((attrgetter_obj *)o)->attrs);
    return 0;
}

static int attrgetter_clear(rt_object *o)
{
    RT_CLEAR(((attrgetter_obj *)o)->attrs);
    return 0;
}

static void attrgetter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    attrgetter_clear(o);
    rt_object_free(o);
}

RT_NOSCAN_TYPE static rt_type attrgetter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "operator.attrgetter",
    .basicsize = sizeof(attrgetter_obj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = attrgetter_dealloc, .traverse = attrgetter_traverse, .clear = attrgetter_clear,
    .repr = attrgetter_repr,
    .call = attrgetter_call,
    .call_vector = attrgetter_call_vector,
    .new_ = attrgetter_new,
    .getattro = rt_generic_getattr,
};

/* ---- methodcaller ------------------------------------------------------- */

typedef struct methodcaller_obj {
    RT_OBJECT_HEAD
    rt_object *name;      /* interned str */
    rt_object *args;      /* tuple */
    rt_object *kwds;      /* dict, possibly empty */
} methodcaller_obj;

static rt_object *methodcaller_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (RT_SIZE(args) < 1)
        return rt_err_set_string(&rt_exc_TypeError, "methodcaller needs at least one argument, the method name");
    rt_object *name = RT_TUPLE_GET_ITEM(args, 0);
    if (!rt_str_check(name))
        return rt_err_set_string(&rt_exc_TypeError, "method name must be a string");
    methodcaller_obj *m = (methodcaller_obj *)rt_object_new(t);
    if (!m)
        return NULL;
    m->name = rt_str_intern(name);
    m->args = rt_tuple_from_array(RT_TUPLE_ITEMS(args) + 1, RT_SIZE(args) - 1);
    m->kwds = kwargs ? rt_dict_copy(kwargs) : rt_dict_new();
    if (!m->name || !m->args || !m->kwds) {
        rt_decref(RT_OBJ(m));
        return NULL;
    }
    rt_gc_track(RT_OBJ(m));
    return RT_OBJ(m);
}

static rt_object *methodcaller_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    methodcaller_obj *m = (methodcaller_obj *)o;
    if (!check_getter_call("methodcaller", RT_SIZE(args), kwargs))
        return NULL;
    rt_object *meth = rt_getattr(RT_TUPLE_GET_ITEM(args, 0), m->name);
    if (!meth)
        return NULL;
    rt_object *r = rt_call(meth, m->args, rt_dict_size(m->kwds) ? m->kwds : NULL);
    rt_decref(meth);
    return r;
}

/* operator.methodcaller('f', 1, k=2). */
static rt_object *methodcaller_repr(rt_object *o)
{
    methodcaller_obj *m = (methodcaller_obj *)o;
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc < 0 ? NULL : rt_str_from_format("%s(...)", RT_TYPE(o)->name);
    rt_str_builder b;
    rt_str_builder_init(&b);
    rt_str_builder_append_cstr(&b, RT_TYPE(o)->name);
    rt_str_builder_append_char(&b, '(');
    int bad = rt_str_builder_append_repr(&b, m->name) < 0;
    for (intptr_t i = 0; !bad && i < RT_SIZE(m->args); i++) {
        rt_str_builder_append_cstr(&b, ", ");
        bad = rt_str_builder_append_repr(&b, RT_TUPLE_GET_ITEM(m->args, i)) < 0;
    }
    intptr_t pos = 0;
    rt_object *k, *v;
    while (!bad && rt_dict_next(m->kwds, &pos, &k, &v)) {
        rt_str_builder_append_cstr(&b, ", ");
        rt_str_builder_append_strof(&b, k);
        rt_str_builder_append_char(&b, '=');
        bad = rt_str_builder_append_repr(&b, v) < 0;
    }
    rt_repr_leave(o);
    if (bad) {
        rt_str_builder_discard(&b);
        return NULL;
    }
    rt_str_builder_append_char(&b, ')');
    return rt_str_builder_finish(&b);
}

static int methodcaller_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    methodcaller_obj *m = (methodcaller_obj *)o;
    RT_VISIT(m->name);
    RT_VISIT(m->args);
    RT_VISIT(m->kwds);
    return 0;
}

static int methodcaller_clear(rt_object *o)
{
    methodcaller_obj *m = (methodcaller_obj *)o;
    RT_CLEAR(m->name);
    RT_CLEAR(m->args);
    RT_CLEAR(m->kwds);
    return 0;
}

static void methodcaller_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    methodcaller_clear(o);
    rt_object_free(o);
}

RT_NOSCAN_TYPE static rt_type methodcaller_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "operator.methodcaller",
    .basicsize = sizeof(methodcaller_obj),
    .flags = RT_TPFLAGS_GC,
    .dealloc = methodcaller_dealloc, .traverse = methodcaller_traverse, .clear = methodcaller_clear,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
    .new_ = methodcaller_new,
    .getattro = rt_generic_getattr,
};

/* ---- the module ---------------------------------------------------------- */

#define F(name, doc) { #name, op_##name, RT_METH_FASTCALL, doc }
RT_NOSCAN static rt_method_def operator_functions[] = {
    F(truth, "Return True if a is true, False otherwise."),
    F(contains, "Same as b in a (note reversed operands)."),
    F(indexOf, "Return the first index of b in a."),
    F(countOf, "Return the number of items in a which are, or which equal, b."),
    F(is_, "Same as a is b."),
    F(is_not, "Same as a is not b."),
    F(index, "Same as a.__index__()"),
    F(add, "Same as a + b."),
    F(sub, "Same as a - b."),
    F(mul, "Same as a * b."),
    F(matmul, "Same as a @ b."),
    F(floordiv, "Same as a // b."),
    F(truediv, "Same as a / b."),
    F(mod, "Same as a % b."),
    F(neg, "Same as -a."),
    F(pos, "Same as +a."),
    F(abs, "Same as abs(a)."),
    F(inv, "Same as ~a."),
    F(invert, "Same as ~a."),
    F(lshift, "Same as a << b."),
    F(rshift, "Same as a >> b."),
    F(not_, "Same as not a."),
    F(and_, "Same as a & b."),
    F(xor, "Same as a ^ b."),
    F(or_, "Same as a | b."),
    F(iadd, "Same as a += b."),
    F(isub, "Same as a -= b."),
    F(imul, "Same as a *= b."),
    F(imatmul, "Same as a @= b."),
    F(ifloordiv, "Same as a //= b."),
    F(itruediv, "Same as a /= b"),
    F(imod, "Same as a %= b."),
    F(ilshift, "Same as a <<= b."),
    F(irshift, "Same as a >>= b."),
    F(iand, "Same as a &= b."),
    F(ixor, "Same as a ^= b."),
    F(ior, "Same as a |= b."),
    F(concat, "Same as a + b, for a and b sequences."),
    F(iconcat, "Same as a += b, for a and b sequences."),
    F(getitem, "Same as a[b]."),
    F(setitem, "Same as a[b] = c."),
    F(delitem, "Same as del a[b]."),
    F(pow, "Same as a ** b."),
    F(ipow, "Same as a **= b."),
    F(eq, "Same as a == b."),
    F(ne, "Same as a != b."),
    F(lt, "Same as a < b."),
    F(le, "Same as a <= b."),
    F(gt, "Same as a > b."),
    F(ge, "Same as a >= b."),
    F(length_hint, "Return an estimate of the number of items in obj."),
    F(call, "Same as obj(*args, **kwargs)."),
    { NULL, NULL, 0, NULL },
};
#undef F

int vm_mod_operator_init(void)
{
    rt_object *m = vm_add_builtin_module("_operator", operator_functions);
    if (!m || mod_add_type(m, &itemgetter_type, "operator") < 0 || mod_add_type(m, &attrgetter_type, "operator") < 0)
        return -1;
    return mod_add_type(m, &methodcaller_type, "operator");
}

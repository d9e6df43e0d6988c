/*
 * builtins_ext.c -- the built-ins that look at the running program or build
 * lazy iterators: isinstance/issubclass (with a metaclass's
 * __instancecheck__/__subclasscheck__), map and filter (types, as in
 * CPython: containers holding their function and iterators), hex/oct/bin,
 * globals/locals/vars/dir, and the Ellipsis name.  builtins.c registers
 * them (vm_builtins_ext_init).
 *
 * dir() lists names sorted as CPython does; for an instance that is its
 * attributes and those of its class and the class's bases.  locals() in a
 * function is a new dict of the bound fast locals (CPython 3.11 returns a
 * snapshot too, refreshed at each call).
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/frameobj.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/instattr.h"
#include "runtime/range.h"

#define BI(name) static rt_object *bi_##name(rt_object *self, rt_object *const *args, \
                                             intptr_t nargs, rt_object *kwnames)

static bool no_kw(const char *fname, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames)) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

/* ---- isinstance and issubclass ------------------------------------------- */

/* CPython's object_isinstance: when o's type is not a subclass, o's
 * __class__ (a weakref.proxy's referent's class, a class's __class__
 * property) decides, if it is another class.  Errors other than
 * AttributeError propagate. */
static rt_object *class_name;   /* "__class__", interned, hence immortal */

/* With the generic lookup and object's own __class__ descriptor (a data
 * descriptor: no instance dict can hide it) o.__class__ is o's type, so
 * isinstance_by_class_attr answers 0 without the lookup.  The heap classes
 * found so are remembered by their version tags (tags are never reused,
 * and any change to a class's dict or its bases' retags it or moves the
 * epoch) in a small table indexed by the tag's low bits, so that code
 * dispatching on several classes (`isinstance(t, Var)` over a tree of
 * Var, Lam and App nodes; isinstance(x, (int, float, str, ...)) per
 * element) asks the type cache once per class, not at every miss. */
enum { CLASS_ATTR_SEEN = 16 };
static struct { uint64_t tag, epoch; } class_attr_seen[CLASS_ATTR_SEEN];

static bool class_attr_is_type(rt_type *t)
{
    if (t->getattro && t->getattro != rt_generic_getattr)
        return false;
    if ((t->flags & RT_TPFLAGS_HEAPTYPE) == 0)
        return true;
    uint64_t tag = t->version_tag;
    unsigned i = (unsigned)tag & (CLASS_ATTR_SEEN - 1);
    if (tag && class_attr_seen[i].tag == tag && class_attr_seen[i].epoch == rt_type_epoch)
        return true;
    if (rt_type_lookup_cached(t, class_name) != rt_type_lookup_cached(&rt_object_type, class_name))
        return false;
    class_attr_seen[i].tag = tag;
    class_attr_seen[i].epoch = rt_type_epoch;
    return true;
}

static int isinstance_by_class_attr(rt_object *o, rt_type *cls)
{
    if (class_attr_is_type(RT_TYPE(o)))
        return 0;
    rt_object *icls = rt_getattr(o, class_name);
    if (!icls) {
        if (!rt_err_matches(&rt_exc_AttributeError))
            return -1;
        rt_err_clear();
        return 0;
    }
    int r = icls != RT_OBJ(RT_TYPE(o)) && rt_type_check(icls) && rt_type_is_subtype((rt_type *)icls, cls);
    rt_decref(icls);
    return r;
}

/* A metaclass's __instancecheck__/__subclasscheck__ (CPython's
 * _PyObject_LookupSpecial on type(cls)): the hook's truth value, or -2 when
 * cls's metaclass does not override type's own (the plain check applies). */
static int metaclass_check(rt_object *o, rt_object *cls, const char *hook)
{
    rt_type *meta = RT_TYPE(cls);
    /* static types have no hook but types.GenericAlias's refusal */
    if (meta == &rt_type_type || (!(meta->flags & RT_TPFLAGS_HEAPTYPE) && meta != &vm_galias_type))
        return -2;
    rt_object *name = rt_str_intern_cstr(hook);   /* interned, hence immortal */
    if (!name)
        return -1;
    rt_object *f = rt_type_lookup_cached(meta, name);
    if (!f || f == rt_type_lookup_cached(&rt_type_type, name))
        return -2;
    rt_object *bound;
    if (RT_TYPE(f)->descr_get) {
        bound = RT_TYPE(f)->descr_get(f, cls, RT_OBJ(meta));
    } else {
        bound = f;
        rt_incref(f);
    }
    if (!bound)
        return -1;
    rt_object *res = rt_call_vector(bound, &o, 1);
    rt_decref(bound);
    if (!res)
        return -1;
    int r = rt_is_true(res);
    rt_decref(res);
    return r;
}

static int isinstance_check(rt_object *o, rt_object *cls, bool inst)
{
    const char *fname = inst ? "isinstance" : "issubclass";
    /* CPython answers an exact type match before any hook */
    if (inst && RT_OBJ(RT_TYPE(o)) == cls)
        return 1;
    /* a class whose metaclass is type itself: no hook, no argument error */
    if (inst && RT_TYPE(cls) == &rt_type_type)
        return rt_isinstance_type(o, (rt_type *)cls) ? 1 : isinstance_by_class_attr(o, (rt_type *)cls);
    /* a union is checked as the tuple of its args (CPython 3.11's
     * object_recursive_isinstance/issubclass) */
    if (vm_union_check(cls))
        cls = vm_union_args(cls);
    if (rt_tuple_check(cls)) {
        int own = -1;   /* o.__class__ is o's type: asked once, at the first miss */
        for (intptr_t i = 0; i < RT_SIZE(cls); i++) {
            rt_object *c = RT_TUPLE_GET_ITEM(cls, i);
            /* a class whose metaclass is type itself has no hook: the
             * steps below without the recursion (isinstance(x, ATOMIC)) */
            if (inst && RT_TYPE(c) == &rt_type_type) {
                if (RT_OBJ(RT_TYPE(o)) == c || rt_isinstance_type(o, (rt_type *)c))
                    return 1;
                if (own < 0)
                    own = class_attr_is_type(RT_TYPE(o));
                if (own)
                    continue;
                int r = isinstance_by_class_attr(o, (rt_type *)c);
                if (r)
                    return r;
                continue;
            }
            int r = isinstance_check(o, c, inst);
            if (r)
                return r;
        }
        return 0;
    }
    int h = metaclass_check(o, cls, inst ? "__instancecheck__" : "__subclasscheck__");
    if (h != -2)
        return h;
    if (!inst) {
        /* recursive_issubclass: arg 1 is checked first, then arg 2 */
        if (!rt_isinstance_type(o, &rt_type_type)) {
            rt_err_set_string(&rt_exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        if (!rt_isinstance_type(cls, &rt_type_type)) {
            rt_err_set_string(&rt_exc_TypeError,
                              "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return -1;
        }
        return rt_type_is_subtype((rt_type *)o, (rt_type *)cls);
    }
    if (!rt_isinstance_type(cls, &rt_type_type)) {
        rt_err_format(&rt_exc_TypeError,
                      "%s() arg 2 must be a type, a tuple of types, or a union", fname);
        return -1;
    }
    if (rt_isinstance_type(o, (rt_type *)cls))
        return 1;
    return isinstance_by_class_attr(o, (rt_type *)cls);
}

BI(isinstance)
{
    (void)self;
    if (!no_kw("isinstance", kwnames))   /* checked before the count, as CPython */
        return NULL;
    if (nargs != 2)
        return rt_err_format(&rt_exc_TypeError, "isinstance expected 2 arguments, got %ld", (long)nargs);
    int r = isinstance_check(args[0], args[1], true);
    return r < 0 ? NULL : rt_bool_from(r);
}

BI(issubclass)
{
    (void)self;
    if (!no_kw("issubclass", kwnames))   /* checked before the count, as CPython */
        return NULL;
    if (nargs != 2)
        return rt_err_format(&rt_exc_TypeError, "issubclass expected 2 arguments, got %ld", (long)nargs);
    int r = isinstance_check(args[0], args[1], false);
    return r < 0 ? NULL : rt_bool_from(r);
}

/* ---- map and filter ------------------------------------------------------ */

typedef struct lazyiter {
    RT_OBJECT_HEAD
    rt_object *func;     /* map: the function; filter: the predicate or None */
    rt_object *its;      /* map: tuple of iterators; filter: the iterator */
} lazyiter;

/* The iterators first, as CPython 3.11's map_traverse and filter_traverse. */
static int lazy_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((lazyiter *)o)->its);
    RT_VISIT(((lazyiter *)o)->func);
    return 0;
}

static int lazy_clear(rt_object *o)
{
    RT_CLEAR(((lazyiter *)o)->func);
    RT_CLEAR(((lazyiter *)o)->its);
    return 0;
}

static void lazy_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_TRASHCAN_BEGIN(o, lazy_dealloc)
    lazy_clear(o);
    rt_object_free(o);
    RT_TRASHCAN_END
}

static rt_object *lazy_new(rt_type *t, rt_object *func, rt_object *its)
{
    lazyiter *l = (lazyiter *)rt_object_new(t);
    if (!l) {
        rt_decref(its);
        return NULL;
    }
    l->func = rt_newref(func);
    l->its = its;
    rt_gc_track(RT_OBJ(l));
    return RT_OBJ(l);
}

static rt_object *map_next(rt_object *o)
{
    lazyiter *m = (lazyiter *)o;
    intptr_t n = RT_SIZE(m->its);
    rt_object *argv[8] = { NULL };
    if (n > 8)
        return rt_err_set_string(&rt_exc_NotImplementedError, "map() over more than 8 iterables");
    intptr_t got = 0;
    for (; got < n; got++) {
        argv[got] = rt_iter_next(RT_TUPLE_GET_ITEM(m->its, got));
        if (!argv[got])
            break;
    }
    rt_object *r = got == n ? rt_call_vector(m->func, argv, n) : NULL;
    for (intptr_t i = 0; i < got; i++)
        rt_decref(argv[i]);
    return r;
}

static rt_object *filter_next(rt_object *o)
{
    lazyiter *f = (lazyiter *)o;
    for (;;) {
        rt_object *v = rt_iter_next(f->its);
        if (!v)
            return NULL;
        int ok;
        if (f->func == RT_NONE || f->func == RT_OBJ(&rt_bool_type)) {
            ok = rt_is_true(v);
        } else {
            rt_object *r = rt_call_vector(f->func, &v, 1);
            ok = r ? rt_is_true(r) : -1;
            RT_XDECREF(r);
        }
        if (ok > 0)
            return v;
        rt_decref(v);
        if (ok < 0)
            return NULL;
    }
}

static rt_type map_type, filter_type;

static rt_object *map_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    if (n < 2)
        return rt_err_set_string(&rt_exc_TypeError, "map() must have at least two arguments.");
    rt_object *its = rt_tuple_new(n - 1);
    if (!its)
        return NULL;
    for (intptr_t i = 1; i < n; i++) {
        rt_object *it = rt_get_iter(args[i]);
        if (!it) {
            for (intptr_t j = i; j < n; j++)
                RT_TUPLE_SET_ITEM(its, j - 1, rt_none_new());
            rt_decref(its);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(its, i - 1, it);
    }
    return lazy_new(t, args[0], its);
}

static rt_object *filter_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    if (n != 2)
        return rt_err_format(&rt_exc_TypeError, "filter expected 2 arguments, got %ld", (long)n);
    rt_object *it = rt_get_iter(args[1]);
    return it ? lazy_new(t, args[0], it) : NULL;
}

static rt_object *map_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "map() takes no keyword arguments");
    return map_vectorcall(t, RT_TUPLE_ITEMS(args), RT_SIZE(args));
}

static rt_object *filter_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "filter() takes no keyword arguments");
    return filter_vectorcall(t, RT_TUPLE_ITEMS(args), RT_SIZE(args));
}

RT_NOSCAN_TYPE static rt_type map_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "map",
    .basicsize = sizeof(lazyiter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = lazy_dealloc, .traverse = lazy_traverse, .clear = lazy_clear,
    .iter = rt_iter_self, .iternext = map_next,
    .new_ = map_new,
    .vectorcall = map_vectorcall,
};

RT_NOSCAN_TYPE static rt_type filter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "filter",
    .basicsize = sizeof(lazyiter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = lazy_dealloc, .traverse = lazy_traverse, .clear = lazy_clear,
    .iter = rt_iter_self, .iternext = filter_next,
    .new_ = filter_new,
    .vectorcall = filter_vectorcall,
};

/* ---- reversed ----------------------------------------------------------------------- */

/* reversed(o) as CPython 3.11 decides it: a range's and a list's own
 * reverse iterators; a type's __reversed__ (None: not reversible); else a
 * sequence (__len__ and __getitem__, not a dict) walked by index from the
 * end by a "reversed" object, a GC container holding the sequence.  A dict
 * and its views have __reversed__ (dict.c's reverse iterators). */
static rt_type reversed_type;

static rt_object *reversed_of_sequence(rt_object *o);

static rt_object *reversed_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    (void)t;
    if (n != 1)
        return rt_err_format(&rt_exc_TypeError, "reversed expected 1 argument, got %ld", (long)n);
    rt_object *o = args[0];
    if (rt_range_check(o))
        return rt_range_reversed(o);
    if (rt_list_check_exact(o))
        return rt_list_reversed(o);
    if (rt_tuple_check_exact(o))   /* no __reversed__: a sequence */
        return reversed_of_sequence(o);
    static rt_object *name;   /* interned, hence immortal */
    if (!name && !(name = rt_str_intern_cstr("__reversed__")))
        return NULL;
    rt_object *m = rt_type_lookup(RT_TYPE(o), name);
    if (m == RT_NONE)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not reversible", rt_type_name(o));
    if (m)
        return rt_call_method(o, "__reversed__", NULL, 0);
    if (rt_dict_check(o))   /* a dict subclass that set __reversed__ = None */
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not reversible", rt_type_name(o));
    rt_type *ty = RT_TYPE(o);
    if (!ty->as_mapping || !ty->as_mapping->subscript)
        return rt_err_format(&rt_exc_TypeError, "'%s' object is not reversible", rt_type_name(o));
    return reversed_of_sequence(o);
}

/* The "reversed" object walking the sequence o from its end. */
static rt_object *reversed_of_sequence(rt_object *o)
{
    intptr_t len = rt_length(o);
    if (len < 0)
        return NULL;
    rt_seqiter *it = (rt_seqiter *)rt_object_new(&reversed_type);
    if (!it)
        return NULL;
    it->seq = rt_newref(o);
    it->index = len - 1;
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *reversed_next(rt_object *o)
{
    rt_seqiter *it = (rt_seqiter *)o;
    /* an exact tuple's items directly: its length cannot change, and
     * indexing it runs no Python code */
    if (it->seq && it->index >= 0 && rt_tuple_check_exact(it->seq))
        return rt_newref(RT_TUPLE_GET_ITEM(it->seq, it->index--));
    if (it->seq && it->index >= 0) {
        rt_object *i = rt_int_from_i64(it->index);
        rt_object *r = i ? rt_getitem(it->seq, i) : NULL;
        rt_xdecref(i);
        if (r) {
            it->index--;
            return r;
        }
        if (!rt_err_matches(&rt_exc_IndexError) && !rt_err_matches(&rt_exc_StopIteration))
            return NULL;
        rt_err_clear();
    }
    it->index = -1;
    RT_CLEAR(it->seq);
    return NULL;
}

/* __length_hint__ (reversed_len): the index + 1 while the sequence is
 * at least that long, else 0; 0 once exhausted. */
static rt_object *reversed_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    rt_seqiter *it = (rt_seqiter *)o;
    intptr_t n = 0;
    if (it->seq && nargs == 0 && !(kw && RT_SIZE(kw))) {
        intptr_t size = rt_length(it->seq);
        if (size < 0)
            return NULL;
        n = size < it->index + 1 ? 0 : it->index + 1;
    }
    return rt_iter_length_hint_result(o, nargs, kw, n);
}

RT_NOSCAN static rt_method_def reversed_methods[] = {
    { "__length_hint__", reversed_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

static rt_object *reversed_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "reversed() takes no keyword arguments");
    return reversed_vectorcall(t, RT_TUPLE_ITEMS(args), RT_SIZE(args));
}

RT_NOSCAN_TYPE static rt_type reversed_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "reversed",
    .basicsize = sizeof(rt_seqiter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = rt_seqiter_dealloc, .traverse = rt_seqiter_traverse, .clear = rt_seqiter_clear,
    .iter = rt_iter_self, .iternext = reversed_next,
    .methods = reversed_methods,
    .new_ = reversed_new,
    .vectorcall = reversed_vectorcall,
};

/* ---- iter(callable, sentinel) ------------------------------------------------------ */

/* Calls its callable until a result equals the sentinel (or it raises
 * StopIteration); then it drops both and stays exhausted.  A GC container. */
typedef struct calliter {
    RT_OBJECT_HEAD
    rt_object *func;
    rt_object *sentinel;
} calliter;

static rt_type calliter_type;

rt_object *vm_callable_iter_new(rt_object *func, rt_object *sentinel)
{
    if (!RT_TYPE(func)->call)
        return rt_err_set_string(&rt_exc_TypeError, "iter(v, w): v must be callable");
    calliter *it = (calliter *)rt_object_new(&calliter_type);
    if (!it)
        return NULL;
    it->func = rt_newref(func);
    it->sentinel = rt_newref(sentinel);
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

static rt_object *calliter_next(rt_object *o)
{
    calliter *it = (calliter *)o;
    if (!it->func)
        return NULL;
    rt_object *r = rt_call_vector(it->func, NULL, 0);
    if (r) {
        int eq = rt_richcompare_bool(it->sentinel, r, RT_EQ);   /* sentinel first, as CPython */
        if (eq == 0)
            return r;
        rt_decref(r);
        if (eq < 0)
            return NULL;
    } else if (rt_err_matches(&rt_exc_StopIteration)) {
        rt_err_clear();
    } else {
        return NULL;
    }
    RT_CLEAR(it->func);
    RT_CLEAR(it->sentinel);
    return NULL;
}

static int calliter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((calliter *)o)->func);
    RT_VISIT(((calliter *)o)->sentinel);
    return 0;
}

static int calliter_clear(rt_object *o)
{
    RT_CLEAR(((calliter *)o)->func);
    RT_CLEAR(((calliter *)o)->sentinel);
    return 0;
}

static void calliter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    calliter_clear(o);
    rt_object_free(o);
}

RT_NOSCAN_TYPE static rt_type calliter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "callable_iterator",
    .basicsize = sizeof(calliter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = calliter_dealloc, .traverse = calliter_traverse, .clear = calliter_clear,
    .iter = rt_iter_self, .iternext = calliter_next,
};

/* ---- hex, oct, bin ---------------------------------------------------------------- */

static rt_object *radix(const char *fname, rt_object *const *args, intptr_t nargs,
                        rt_object *kwnames, int shift, const char *prefix)
{
    if (!no_kw(fname, kwnames))
        return NULL;
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "%s() takes exactly one argument (%ld given)", fname,
                             (long)nargs);
    rt_object *i = rt_number_index(args[0]);
    if (!i)
        return NULL;
    int64_t v = RT_INT_VALUE(i);
    if (v == RT_INT_BIG) {
        rt_object *m = rt_int_format_magnitude(i, 1 << shift);
        bool neg = rt_int_sign(i) < 0;
        rt_decref(i);
        rt_object *pre = m ? rt_str_from_cstr(neg ? (shift == 4 ? "-0x" : shift == 3 ? "-0o" : "-0b") : prefix) : NULL;
        rt_object *r = pre ? rt_str_concat(pre, m) : NULL;
        rt_xdecref(pre);
        rt_xdecref(m);
        return r;
    }
    rt_decref(i);
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    char buf[80], *p = buf + sizeof buf;
    *--p = '\0';
    do {
        *--p = "0123456789abcdef"[u & ((1u << shift) - 1)];
        u >>= shift;
    } while (u);
    for (const char *q = prefix + strlen(prefix); q > prefix;)
        *--p = *--q;
    if (v < 0)
        *--p = '-';
    return rt_str_from_cstr(p);
}

BI(hex) { (void)self; return radix("hex", args, nargs, kwnames, 4, "0x"); }
BI(oct) { (void)self; return radix("oct", args, nargs, kwnames, 3, "0o"); }
BI(bin) { (void)self; return radix("bin", args, nargs, kwnames, 1, "0b"); }

/* ---- the running program's names --------------------------------------------------- */

/* locals() and vars(): a module or class body's namespace, or a function
 * frame's f_locals -- one dict per frame, refreshed at each call, so that
 * a key the program stored there stays until the name it shadows is
 * refreshed (CPython 3.11's PyFrame_FastToLocals). */
static rt_object *frame_locals(vm_frame *f)
{
    if (!f)
        return rt_dict_new();
    if (f->locals)
        return rt_newref(f->locals);
    rt_object *fo = vm_frameobj_get(f);
    return fo ? vm_frameobj_locals(fo) : NULL;
}

BI(globals)
{
    (void)self; (void)args;
    if (!no_kw("globals", kwnames))
        return NULL;
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "globals() takes no arguments (%ld given)", (long)nargs);
    return vm.frame ? rt_newref(vm.frame->globals) : rt_dict_new();
}

BI(locals)
{
    (void)self; (void)args;
    if (!no_kw("locals", kwnames))
        return NULL;
    if (nargs)
        return rt_err_format(&rt_exc_TypeError, "locals() takes no arguments (%ld given)", (long)nargs);
    return frame_locals(vm.frame);
}

BI(vars)
{
    (void)self;
    if (!no_kw("vars", kwnames))
        return NULL;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "vars expected at most 1 argument, got %ld", (long)nargs);
    if (nargs == 0)
        return frame_locals(vm.frame);
    /* vars is METH_VARARGS in CPython 3.11: its caller builds (o,) */
    rt_varargs_standin argtuple = rt_tuple_varargs_take(args, nargs);
    if (!argtuple.ok)
        return NULL;
    rt_object *d = rt_getattr_str(args[0], "__dict__");
    rt_tuple_varargs_drop(argtuple);
    if (!d && rt_err_matches(&rt_exc_AttributeError)) {
        rt_err_clear();
        rt_err_set_string(&rt_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* CPython's PyMapping_Keys: an exact dict's keys list; else keys(), kept
 * when it is a list, else listed. */
static rt_object *mapping_keys(rt_object *m)
{
    if (rt_dict_check_exact(m))
        return rt_dict_keys_list(m);
    rt_object *keys = rt_call_method(m, "keys", NULL, 0);
    if (!keys || rt_list_check_exact(keys))
        return keys;
    rt_object *it = rt_get_iter(keys);
    RT_DECREF(keys);
    rt_object *l = it ? rt_list_from_iterable(it) : NULL;
    RT_XDECREF(it);
    return l;
}

/* A module's __dir__ (CPython's module_dir): the module's own __dir__
 * function when it has one (PEP 562), else its dict's keys. */
static rt_object *module_dir(vm_module *m)
{
    if (!m->dict)
        return rt_err_set_string(&rt_exc_TypeError, "<module>.__dict__ is not a dictionary");
    rt_object *f = rt_dict_getitem_str(m->dict, "__dir__");
    if (f)
        return rt_call_vector(f, NULL, 0);
    return rt_err_occurred() ? NULL : rt_dict_keys_list(m->dict);
}

/* o.__dir__() looked up on o's type (CPython's _PyObject_LookupSpecial). */
static rt_object *special_dir(rt_object *o)
{
    static rt_object *dir_name;
    if (!dir_name && !(dir_name = rt_str_intern_cstr("__dir__")))
        return NULL;
    rt_object *f = rt_type_lookup(RT_TYPE(o), dir_name);
    if (!f)
        return rt_err_occurred() ? NULL : rt_err_set_string(&rt_exc_TypeError, "object does not provide __dir__");
    if (RT_TYPE(f) == &rt_method_descr_type) {
        /* module.__dir__ is object's here: CPython's module_dir instead */
        if (rt_isinstance_type(o, &vm_module_type))
            return module_dir((vm_module *)o);
        /* a built-in __dir__ called directly: CPython's bound method is
         * made and freed, no count left */
        return rt_method_descr_call_vector(f, &o, 1);
    }
    RT_INCREF(f);
    rt_object *res;
    if (RT_TYPE(f)->descr_get) {
        rt_object *bound = RT_TYPE(f)->descr_get(f, o, RT_OBJ(RT_TYPE(o)));
        res = bound ? rt_call_vector(bound, NULL, 0) : NULL;
        RT_XDECREF(bound);
    } else {
        res = rt_call_vector(f, NULL, 0);
    }
    RT_DECREF(f);
    return res;
}

/* dir() as CPython 3.11's builtin_dir (METH_VARARGS: its argument tuple):
 * without an argument the sorted keys of the locals; with one, the
 * object's __dir__() (object's, type's and module's as CPython's, in
 * runtime/typeattrs.c and above), copied into a new list and sorted. */
BI(dir)
{
    (void)self;
    if (!no_kw("dir", kwnames))
        return NULL;
    if (nargs > 1)
        return rt_err_format(&rt_exc_TypeError, "dir expected at most 1 argument, got %ld", (long)nargs);
    rt_object *l = NULL;
    if (nargs == 0) {
        rt_object *locals = frame_locals(vm.frame);
        l = locals ? mapping_keys(locals) : NULL;
        RT_XDECREF(locals);
        if (l && !rt_list_check(l)) {
            rt_err_format(&rt_exc_TypeError, "dir(): expected keys() of locals to be a list, not '%s'",
                          rt_type_name(l));
            RT_CLEAR(l);
        }
    } else {
        rt_varargs_standin argtuple = rt_tuple_varargs_take(args, nargs);
        if (!argtuple.ok)
            return NULL;
        rt_object *o = args[0];
        rt_object *res = special_dir(o);
        rt_tuple_varargs_drop(argtuple);
        if (!res)
            return NULL;
        l = rt_list_from_iterable(res);   /* PySequence_List: always a new list */
        rt_decref(res);
    }
    if (l && rt_list_sort(l, NULL, false) < 0)
        RT_CLEAR(l);
    return l;
}

int vm_object_isinstance(rt_object *o, rt_object *cls) { return isinstance_check(o, cls, true); }
rt_object *vm_dir(rt_object *o) { return bi_dir(NULL, &o, 1, NULL); }

#define DEF(name) { #name, bi_##name, RT_METH_FASTCALL, NULL }
RT_NOSCAN static rt_method_def ext_defs[] = {
    DEF(isinstance), DEF(issubclass),
    DEF(hex), DEF(oct), DEF(bin), DEF(globals), DEF(locals), DEF(vars), DEF(dir),
    { NULL, NULL, 0, NULL },
};

int vm_builtins_ext_init(rt_object *b)
{
    if (rt_type_ready(&map_type) < 0 || rt_type_ready(&filter_type) < 0 || rt_type_ready(&reversed_type) < 0
        || rt_type_ready(&calliter_type) < 0)
        return -1;
    if (!class_name && !(class_name = rt_str_intern_cstr("__class__")))
        return -1;
    for (rt_method_def *d = ext_defs; d->name; d++) {
        rt_object *f = rt_cfunction_new(d, NULL);
        if (!f)
            return -1;
        int r = rt_dict_setitem_str(b, d->name, f);
        rt_decref(f);
        if (r < 0)
            return -1;
    }
    if (rt_dict_setitem_str(b, "map", RT_OBJ(&map_type)) < 0
        || rt_dict_setitem_str(b, "filter", RT_OBJ(&filter_type)) < 0
        || rt_dict_setitem_str(b, "reversed", RT_OBJ(&reversed_type)) < 0
        || rt_dict_setitem_str(b, "Ellipsis", RT_ELLIPSIS) < 0)
        return -1;
    return 0;
}

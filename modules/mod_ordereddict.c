/*
 * mod_ordereddict.c -- collections.OrderedDict as a C subclass of dict,
 * with its views (odict_keys, odict_values, odict_items) and its
 * iterator (odict_iterator), as CPython 3.11's Objects/odictobject.c has
 * them.  Written in the subset (lib/collections.py) OrderedDict() ran an
 * __init__ frame and made its argument tuple and keyword dict, moving gen
 * 0's count by 3 where CPython's moves it by 1.
 *
 * Order: CPython keeps a linked list of nodes beside the dict; gclab's
 * dicts keep their entries in insertion order already, so the order is
 * the dict's entry order and move_to_end/popitem move or take entries
 * (rt_dict_move_to_end, rt_dict_popitem_end).  The behaviour that shows
 * is CPython's:
 *   - an instance is tracked from creation, has a lazily made __dict__
 *     and takes weak references;
 *   - traverse visits the __dict__, then every key in order (CPython's
 *     nodes hold them), then the dict's values (and keys, for a table of
 *     other than str keys): gc.get_referents shows that order;
 *   - __init__, update and | take an exact dict's items() list, else the
 *     argument's keys() and [], else its pairs, storing each through
 *     type(self)'s __setitem__ (CPython's mutablemapping_update, with its
 *     messages);
 *   - == between two OrderedDicts is order-sensitive (the dict comparison,
 *     then the keys in order); with a plain dict it is dict's;
 *   - repr "OrderedDict([(k, v), ...])" ("OrderedDict()" when empty; a
 *     subclass through its items());
 *   - iter(), reversed() and the views' iterators are one type,
 *     odict_iterator, holding the OrderedDict and the next key; an items
 *     iterator refills its (key, value) tuple while nobody else holds it;
 *     a change of the key set while iterating is "OrderedDict mutated
 *     during iteration", checked before "changed size".
 * The mutation test reads the dict's keys_version (new on every change of
 * the key set or of an entry's place, not on a value replaced), which is
 * what CPython's od_state counts.
 */
#include <stddef.h>
#include <string.h>
#include "modules/modules.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/instattr.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

typedef struct odict {
    rt_dict dict;
    rt_object *inst_dict;     /* __dict__, made on first use */
    rt_object *weakreflist;
} odict;

#define OD(o) ((odict *)(o))

static rt_type odict_type, odict_keys_type, odict_values_type, odict_items_type, odictiter_type;

static bool odict_check(rt_object *o) { return rt_isinstance_type(o, &odict_type); }

/* ---- update (CPython's mutablemapping_update) --------------------------- */

/* self[k] = v for every pair of pairs (an iterable of 2-item iterables) */
static int add_pairs(rt_object *self, rt_object *pairs)
{
    rt_object *it = rt_get_iter(pairs);
    if (!it)
        return -1;
    rt_object *pair;
    int res = 0;
    while (res == 0 && (pair = rt_iter_next(it)) != NULL) {
        rt_object *key = NULL, *value = NULL, *extra = NULL;
        rt_object *pit = rt_get_iter(pair);
        if (!pit) {
            res = -1;
        } else if (!(key = rt_iter_next(pit))) {
            if (!rt_err_occurred())
                rt_err_set_string(&rt_exc_ValueError, "need more than 0 values to unpack");
            res = -1;
        } else if (!(value = rt_iter_next(pit))) {
            if (!rt_err_occurred())
                rt_err_set_string(&rt_exc_ValueError, "need more than 1 value to unpack");
            res = -1;
        } else if ((extra = rt_iter_next(pit)) != NULL) {
            rt_decref(extra);
            rt_err_set_string(&rt_exc_ValueError, "too many values to unpack (expected 2)");
            res = -1;
        } else if (rt_err_occurred()) {
            res = -1;
        } else {
            res = rt_setitem(self, key, value);
        }
        rt_decref(pair);
        rt_xdecref(pit);
        rt_xdecref(key);
        rt_xdecref(value);
    }
    rt_decref(it);
    return res < 0 || rt_err_occurred() ? -1 : 0;
}

/* One positional argument of update: an exact dict's items() list, else
 * keys() and [], else pairs. */
static int update_arg(rt_object *self, rt_object *other)
{
    if (rt_dict_check_exact(other)) {
        rt_object *items = rt_dict_items_list(other);
        int r = items ? add_pairs(self, items) : -1;
        rt_xdecref(items);
        return r;
    }
    static rt_object *keys_name;   /* interned: immortal */
    if (!keys_name && !(keys_name = rt_str_intern_cstr("keys")))
        return -1;
    /* CPython's _PyObject_LookupAttr makes no AttributeError for a miss:
     * the type is asked first, and the object only when it may have
     * attributes of its own (an instance dict or its own getattr); an
     * exception made and dropped would leave its argument tuple on the
     * free list and move gc.get_count() */
    rt_type *ot = RT_TYPE(other);
    bool has = rt_type_lookup(ot, keys_name) != NULL;
    if (!has && (ot->dictoffset || ot->getattro != rt_generic_getattr))
        has = rt_hasattr(other, keys_name) > 0;
    if (!has)
        return rt_err_occurred() ? -1 : add_pairs(self, other);
    rt_object *func = rt_getattr(other, keys_name);
    rt_object *keys = func ? rt_call_vector(func, NULL, 0) : NULL;
    rt_xdecref(func);
    rt_object *it = keys ? rt_get_iter(keys) : NULL;
    rt_xdecref(keys);
    if (!it)
        return -1;
    rt_object *key;
    int res = 0;
    while (res == 0 && (key = rt_iter_next(it)) != NULL) {
        rt_object *value = rt_getitem(other, key);
        res = value ? rt_setitem(self, key, value) : -1;
        rt_xdecref(value);
        rt_decref(key);
    }
    rt_decref(it);
    return res < 0 || rt_err_occurred() ? -1 : 0;
}

static int update_vec(rt_object *self, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    if (n > 1) {
        rt_err_format(&rt_exc_TypeError, "update() takes at most 1 positional argument (%ld given)", (long)n);
        return -1;
    }
    if (n == 1 && update_arg(self, args[0]) < 0)
        return -1;
    if (kwargs && rt_dict_size(kwargs) > 0) {
        rt_object *items = rt_dict_items_list(kwargs);
        int r = items ? add_pairs(self, items) : -1;
        rt_xdecref(items);
        return r;
    }
    return 0;
}

/* update(*args, **kwargs): a vector call's keywords as a dict */
static rt_object *odict_update(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    rt_object *kw = NULL;
    intptr_t nkw = kwnames ? RT_SIZE(kwnames) : 0;
    if (nkw) {
        if (!(kw = rt_dict_new()))
            return NULL;
        for (intptr_t i = 0; i < nkw; i++)
            if (rt_dict_setitem(kw, RT_TUPLE_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {
                rt_decref(kw);
                return NULL;
            }
    }
    int r = update_vec(self, args, nargs, kw);
    rt_xdecref(kw);
    return r < 0 ? NULL : rt_newref(RT_NONE);
}

/* ---- creation ------------------------------------------------------------ */

static int odict_init_vec(rt_object *self, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    if (n > 1) {
        rt_err_format(&rt_exc_TypeError, "expected at most 1 arguments, got %ld", (long)n);
        return -1;
    }
    return update_vec(self, args, n, kwargs);
}

static int odict_init(rt_object *self, rt_object *args, rt_object *kwargs)
{
    return odict_init_vec(self, args ? RT_TUPLE_ITEMS(args) : NULL, args ? RT_SIZE(args) : 0, kwargs);
}

static rt_object *odict_make(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs)
{
    rt_object *o = rt_dict_type.new_(t, NULL, NULL);   /* tracked: a subclass instance */
    if (o && odict_init_vec(o, args, n, kwargs) < 0)
        RT_CLEAR(o);
    return o;
}

/* type_call's argument tuple (the shared stand-in), then new and init */
static rt_object *odict_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    return mod_itertools_call_args_tuple(odict_make, t, args, n);
}

/* ---- methods ------------------------------------------------------------- */

static int no_args(const char *name, intptr_t nargs, rt_object *kwnames)
{
    if (nargs || (kwnames && RT_SIZE(kwnames))) {
        rt_err_format(&rt_exc_TypeError, "%s() takes no arguments (%ld given)", name,
                      (long)(nargs + (kwnames ? RT_SIZE(kwnames) : 0)));
        return -1;
    }
    return 0;
}

/* last: True when absent, else its truth (clinic's "p") */
static int last_arg(rt_object *v) { return v ? rt_is_true(v) : 1; }

static rt_object *odict_move_to_end(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    static const char *const names[] = { "key", "last", NULL };
    rt_object *v[2] = { NULL, NULL };
    if (rt_clinic_kwtuple(&odict_type, "move_to_end", names, kw && RT_SIZE(kw) > 0) < 0)
        return NULL;
    if (!kw && nargs == 1)
        v[0] = args[0];
    else if (rt_bytes_bind_args("move_to_end", args, nargs, kw, names, 2, 1, v) < 0)
        return NULL;
    int last = last_arg(v[1]);
    if (last < 0)
        return NULL;
    if (rt_dict_size(self) == 0)
        return rt_err_set_object(&rt_exc_KeyError, v[0]);
    return rt_dict_move_to_end(self, v[0], last) < 0 ? NULL : rt_newref(RT_NONE);
}

static rt_object *odict_popitem(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    static const char *const names[] = { "last", NULL };
    rt_object *v[1] = { NULL };
    if (rt_clinic_kwtuple(&odict_type, "popitem", names, kw && RT_SIZE(kw) > 0) < 0)
        return NULL;
    if ((kw || nargs) && rt_bytes_bind_args("popitem", args, nargs, kw, names, 1, 0, v) < 0)
        return NULL;
    int last = last_arg(v[0]);
    return last < 0 ? NULL : rt_dict_popitem_end(self, last);
}

/* type(self)() filled key by key (through __getitem__/__setitem__ for a
 * subclass, as CPython's odict_copy) */
static rt_object *odict_copy(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    if (no_args("copy", nargs, kwnames) < 0)
        return NULL;
    rt_object *c = rt_call_vector(RT_OBJ(RT_TYPE(self)), NULL, 0);
    if (!c)
        return NULL;
    /* the entries in order, as CPython walks its nodes (no list made);
     * a subclass's __getitem__ that changes the key set stops the copy */
    bool exact = RT_TYPE(self) == &odict_type;
    uint64_t state = ((rt_dict *)self)->keys_version;
    intptr_t pos = 0;
    rt_object *k;
    while (rt_dict_next(self, &pos, &k, NULL)) {
        rt_incref(k);
        rt_object *v = exact ? rt_dict_getitem(self, k) : rt_getitem(self, k);
        if (exact && v)
            rt_incref(v);
        if (!v && exact && !rt_err_occurred())
            rt_err_set_object(&rt_exc_KeyError, k);
        int r = v ? (exact ? rt_dict_setitem(c, k, v) : rt_setitem(c, k, v)) : -1;
        rt_xdecref(v);
        rt_decref(k);
        if (r == 0 && ((rt_dict *)self)->keys_version != state) {
            rt_err_set_string(&rt_exc_RuntimeError, "OrderedDict mutated during iteration");
            r = -1;
        }
        if (r < 0) {
            rt_decref(c);
            return NULL;
        }
    }
    return c;
}

static rt_object *odict_reversed(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames);
static rt_object *odict_view(rt_object *self, intptr_t nargs, rt_object *kwnames, const char *name, rt_type *t)
{
    if (no_args(name, nargs, kwnames) < 0)
        return NULL;
    return rt_dict_view_new(self, t);
}

static rt_object *odict_keys(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    return odict_view(self, nargs, kwnames, "keys", &odict_keys_type);
}

static rt_object *odict_values(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    return odict_view(self, nargs, kwnames, "values", &odict_values_type);
}

static rt_object *odict_items(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    return odict_view(self, nargs, kwnames, "items", &odict_items_type);
}

/* left | right, either side an OrderedDict: that side's class called on
 * left, then updated with right */
static rt_object *odict_or(rt_object *left, rt_object *right)
{
    bool lod = odict_check(left);
    rt_object *other = lod ? right : left;
    rt_type *t = lod ? RT_TYPE(left) : RT_TYPE(right);
    if (!rt_dict_check(other))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *n = rt_call_vector(RT_OBJ(t), &left, 1);
    if (n && update_arg(n, right) < 0)
        RT_CLEAR(n);
    return n;
}

static rt_object *odict_ior(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    if (kwnames && RT_SIZE(kwnames))
        return rt_err_set_string(&rt_exc_TypeError, "__ior__() takes no keyword arguments");
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "expected 1 argument, got %ld", (long)nargs);
    return update_arg(self, args[0]) < 0 ? NULL : rt_newref(self);
}

/* ---- repr and comparison -------------------------------------------------- */

static rt_object *odict_repr(rt_object *self)
{
    const char *name = strrchr(RT_TYPE(self)->name, '.');   /* CPython's _PyType_Name */
    name = name ? name + 1 : RT_TYPE(self)->name;
    if (rt_dict_size(self) == 0)
        return rt_str_from_format("%s()", name);
    int rc = rt_repr_enter(self);
    if (rc != 0)
        return rc > 0 ? rt_str_from_cstr("...") : NULL;
    rt_object *pieces;
    if (RT_TYPE(self) == &odict_type) {
        pieces = rt_dict_items_list(self);
    } else {   /* a subclass: list(self.items()) */
        rt_object *items = rt_call_method(self, "items", NULL, 0);
        pieces = items ? rt_list_from_iterable(items) : NULL;
        rt_xdecref(items);
    }
    rt_object *r = pieces ? rt_str_from_format("%s(%R)", name, pieces) : NULL;
    rt_xdecref(pieces);
    rt_repr_leave(self);
    return r;
}

/* The keys of a and b equal in order: 1, 0, -1 */
static int keys_equal(rt_object *a, rt_object *b)
{
    uint64_t va = ((rt_dict *)a)->keys_version, vb = ((rt_dict *)b)->keys_version;
    intptr_t pa = 0, pb = 0;
    for (;;) {
        rt_object *ka, *kb;
        int ha = rt_dict_next(a, &pa, &ka, NULL), hb = rt_dict_next(b, &pb, &kb, NULL);
        if (!ha || !hb)
            return ha == hb;
        rt_incref(ka);
        rt_incref(kb);
        int eq = rt_richcompare_bool(ka, kb, RT_EQ);
        rt_decref(ka);
        rt_decref(kb);
        if (eq <= 0)
            return eq;
        if (((rt_dict *)a)->keys_version != va || ((rt_dict *)b)->keys_version != vb) {
            rt_err_set_string(&rt_exc_RuntimeError, "OrderedDict mutated during iteration");
            return -1;
        }
    }
}

static rt_object *odict_richcompare(rt_object *v, rt_object *w, int op)
{
    if (!odict_check(v) || !rt_dict_check(w) || (op != RT_EQ && op != RT_NE))
        return rt_newref(RT_NOTIMPLEMENTED);
    rt_object *cmp = rt_dict_type.richcompare(v, w, op);
    if (!cmp || !odict_check(w) || cmp == (op == RT_EQ ? RT_FALSE : RT_TRUE))
        return cmp;
    rt_decref(cmp);
    int eq = keys_equal(v, w);
    return eq < 0 ? NULL : rt_newref((eq == (op == RT_EQ)) ? RT_TRUE : RT_FALSE);
}

/* ---- gc ----------------------------------------------------------------- */

static int odict_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(OD(o)->inst_dict);
    intptr_t pos = 0;
    rt_object *k;
    while (rt_dict_next(o, &pos, &k, NULL))   /* CPython's nodes hold the keys */
        RT_VISIT(k);
    return rt_dict_type.traverse(o, visit, arg);
}

static int odict_clear(rt_object *o)
{
    RT_CLEAR(OD(o)->inst_dict);
    return rt_dict_type.clear(o);
}

static void odict_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    if (OD(o)->weakreflist)
        rt_weakref_clear_all(o);
    RT_CLEAR(OD(o)->inst_dict);
    rt_dict_type.dealloc(o);
}

/* ---- odict_iterator ----------------------------------------------------- */

enum { IT_KEYS = 1, IT_VALUES = 2, IT_REVERSED = 4 };

typedef struct odictiter {
    RT_OBJECT_HEAD
    rt_object *od;           /* NULL once done */
    rt_object *current;      /* the next key, NULL at the end */
    rt_object *result;       /* items: the (key, value) tuple refilled */
    intptr_t index;          /* current's entry */
    intptr_t size;           /* -1: "changed size" reported (sticky) */
    uint64_t state;          /* od's keys_version when made */
    int kind;
} odictiter;

/* The live entry from ix on (step 1 or -1), or -1; its key in *key. */
static intptr_t live_entry(rt_object *od, intptr_t ix, int step, rt_object **key)
{
    intptr_t n;
    rt_object **w = rt_dict_entry_words(od, &n);
    for (; ix >= 0 && ix < n; ix += step)
        if (w[ix * RT_DICT_ENTRY_WORDS]) {
            *key = w[ix * RT_DICT_ENTRY_WORDS];
            return ix;
        }
    return -1;
}

static rt_object *odictiter_new(rt_object *od, int kind)
{
    odictiter *di = (odictiter *)rt_object_new(&odictiter_type);
    if (!di)
        return NULL;
    if ((kind & IT_KEYS) && (kind & IT_VALUES)
        && !(di->result = rt_tuple_pack(2, RT_NONE, RT_NONE))) {
        rt_object_free(RT_OBJ(di));
        return NULL;
    }
    di->kind = kind;
    intptr_t n;
    rt_dict_entry_words(od, &n);
    rt_object *key = NULL;
    di->index = live_entry(od, (kind & IT_REVERSED) ? n - 1 : 0, (kind & IT_REVERSED) ? -1 : 1, &key);
    di->current = di->index >= 0 ? rt_newref(key) : NULL;
    di->size = rt_dict_size(od);
    di->state = ((rt_dict *)od)->keys_version;
    di->od = rt_newref(od);
    rt_gc_track(RT_OBJ(di));
    return RT_OBJ(di);
}

/* The next key (new reference), advancing; NULL at the end or on error. */
static rt_object *odictiter_nextkey(odictiter *di)
{
    if (!di->od)
        return NULL;
    if (!di->current)
        goto done;
    if (((rt_dict *)di->od)->keys_version != di->state) {
        rt_err_set_string(&rt_exc_RuntimeError, "OrderedDict mutated during iteration");
        goto done;
    }
    if (di->size != rt_dict_size(di->od)) {
        rt_err_set_string(&rt_exc_RuntimeError, "OrderedDict changed size during iteration");
        di->size = -1;
        return NULL;
    }
    rt_object *key = di->current, *next = NULL;   /* key: the reference moves to the caller */
    int step = (di->kind & IT_REVERSED) ? -1 : 1;
    di->index = live_entry(di->od, di->index + step, step, &next);
    di->current = di->index >= 0 ? rt_newref(next) : NULL;
    return key;
done:
    RT_CLEAR(di->od);
    return NULL;
}

static rt_object *odictiter_next(rt_object *o)
{
    odictiter *di = (odictiter *)o;
    rt_object *key = odictiter_nextkey(di);
    if (!key || di->kind == IT_KEYS || di->kind == (IT_KEYS | IT_REVERSED))
        return key;
    rt_object *value = rt_dict_getitem(di->od, key);
    if (!value) {
        if (!rt_err_occurred())
            rt_err_set_object(&rt_exc_KeyError, key);
        rt_decref(key);
        RT_CLEAR(di->od);
        return NULL;
    }
    rt_incref(value);
    if (!(di->kind & IT_KEYS)) {
        rt_decref(key);
        return value;
    }
    rt_object *res = di->result;
    if (res->refcnt == 1) {   /* nobody holds the last pair: refilled in place */
        rt_incref(res);
        rt_decref(RT_TUPLE_GET_ITEM(res, 0));
        rt_decref(RT_TUPLE_GET_ITEM(res, 1));
        if (!rt_gc_is_tracked(res))
            rt_gc_track(res);   /* the collector may have untracked it */
    } else if (!(res = rt_tuple_new(2))) {
        rt_decref(key);
        rt_decref(value);
        RT_CLEAR(di->od);
        return NULL;
    }
    RT_TUPLE_SET_ITEM(res, 0, key);
    RT_TUPLE_SET_ITEM(res, 1, value);
    return res;
}

static int odictiter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    odictiter *di = (odictiter *)o;
    RT_VISIT(di->od);
    RT_VISIT(di->current);
    RT_VISIT(di->result);
    return 0;
}

static int odictiter_clear(rt_object *o)
{
    odictiter *di = (odictiter *)o;
    RT_CLEAR(di->od);
    RT_CLEAR(di->current);
    RT_CLEAR(di->result);
    return 0;
}

static void odictiter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    odictiter_clear(o);
    rt_object_free(o);
}

static rt_object *odictiter_length_hint(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    odictiter *di = (odictiter *)self;
    return rt_iter_length_hint_result(self, nargs, kw, di->od ? rt_dict_size(di->od) : 0);
}

RT_NOSCAN static rt_method_def odictiter_methods[] = {
    { "__length_hint__", odictiter_length_hint, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN_TYPE static rt_type odictiter_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "odict_iterator",
    .basicsize = sizeof(odictiter),
    .flags = RT_TPFLAGS_GC,
    .dealloc = odictiter_dealloc, .traverse = odictiter_traverse, .clear = odictiter_clear,
    .iter = rt_iter_self, .iternext = odictiter_next,
    .methods = odictiter_methods,
    .getattro = rt_generic_getattr,
};

static rt_object *odict_iter(rt_object *self) { return odictiter_new(self, IT_KEYS); }

static rt_object *odict_reversed(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    if (no_args("__reversed__", nargs, kwnames) < 0)
        return NULL;
    return odictiter_new(self, IT_KEYS | IT_REVERSED);
}

/* ---- views ---------------------------------------------------------------- */

static int view_kind(rt_object *view)
{
    return RT_TYPE(view) == &odict_keys_type ? IT_KEYS
         : RT_TYPE(view) == &odict_values_type ? IT_VALUES : IT_KEYS | IT_VALUES;
}

static rt_object *odview_iter(rt_object *view)
{
    return odictiter_new(rt_dict_view_dict(view), view_kind(view));
}

static rt_object *odview_reversed(rt_object *view, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)args;
    if (no_args("__reversed__", nargs, kwnames) < 0)
        return NULL;
    return odictiter_new(rt_dict_view_dict(view), view_kind(view) | IT_REVERSED);
}

RT_NOSCAN static rt_method_def odview_methods[] = {
    { "__reversed__", odview_reversed, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

#define ODVIEW_TYPE(cname, pyname, basetype)                                      \
    static rt_type cname = {                                                  \
        .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },              \
        .name = pyname,                                                       \
        .flags = RT_TPFLAGS_GC,                                               \
        .iter = odview_iter,                                                  \
        .methods = odview_methods,                                            \
        .base = &basetype,                                                    \
    };
ODVIEW_TYPE(odict_keys_type, "odict_keys", rt_dict_keys_type)
ODVIEW_TYPE(odict_values_type, "odict_values", rt_dict_values_type)
ODVIEW_TYPE(odict_items_type, "odict_items", rt_dict_items_type)
#undef ODVIEW_TYPE

/* ---- the type ------------------------------------------------------------- */

RT_NOSCAN static rt_method_def odict_methods[] = {
    { "__reversed__", odict_reversed, RT_METH_FASTCALL, "od.__reversed__() <==> reversed(od)" },
    { "keys", odict_keys, RT_METH_FASTCALL, NULL },
    { "values", odict_values, RT_METH_FASTCALL, NULL },
    { "items", odict_items, RT_METH_FASTCALL, NULL },
    { "update", odict_update, RT_METH_FASTCALL, NULL },
    { "copy", odict_copy, RT_METH_FASTCALL, "od.copy() -> a shallow copy of od" },
    { "move_to_end", odict_move_to_end, RT_METH_FASTCALL,
      "Move an existing element to the end (or beginning if last is false)." },
    { "popitem", odict_popitem, RT_METH_FASTCALL, "Remove and return a (key, value) pair from the dictionary." },
    { "__ior__", odict_ior, RT_METH_FASTCALL, NULL },
    { "__class_getitem__", rt_class_getitem_method, RT_METH_FASTCALL | RT_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_getset_def odict_getsets[] = {
    { "__dict__", rt_instattr_dict_getter, rt_instattr_dict_setter, NULL },
    { NULL, NULL, NULL, NULL },
};

static rt_number_methods odict_as_number = { .or_ = odict_or };

RT_NOSCAN_TYPE static rt_type odict_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "collections.OrderedDict",
    .basicsize = sizeof(odict),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_BASETYPE | RT_TPFLAGS_DICT_SUBCLASS | RT_TPFLAGS_INPLACE_METHODS,
    .dealloc = odict_dealloc, .traverse = odict_traverse, .clear = odict_clear,
    .weaklistoffset = offsetof(odict, weakreflist),
    .dictoffset = offsetof(odict, inst_dict),
    .repr = odict_repr,
    .richcompare = odict_richcompare,
    .iter = odict_iter,
    .as_number = &odict_as_number,
    .methods = odict_methods,
    .getsets = odict_getsets,
    .init = odict_init,
    .vectorcall = odict_vectorcall,
    .getattro = rt_generic_getattr,
    .setattro = rt_generic_setattr,
    .base = &rt_dict_type,
};

int mod_ordereddict_add(rt_object *module)
{
    rt_type *types[] = { &odictiter_type, &odict_keys_type, &odict_values_type, &odict_items_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (rt_type_ready(types[i]) < 0)
            return -1;
    return mod_add_type(module, &odict_type, "collections");
}

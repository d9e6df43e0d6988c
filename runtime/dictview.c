/*
 * dictview.c -- the dict views (keys(), values(), items()) and the dict
 * iterators, forward and reversed.
 *
 * Invariants:
 *   - a view holds a reference to its dict and is never without one
 *     (clear swaps in an empty dict);
 *   - an iterator remembers the dict's size when it was made and fails
 *     with RuntimeError, for good, once the size differs; `left` catches
 *     keys deleted and re-added (same size, more entries), as CPython's;
 *     an exhausted iterator drops its dict;
 *   - keys() and items() are set-like (operators, comparisons,
 *     isdisjoint) and therefore unhashable; values() is neither.
 */
#include "runtime/dict.h"
#include "runtime/dict_int.h"
#include "runtime/gchead.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/mappingproxy.h"

typedef struct dict_iter {
    RT_OBJECT_HEAD
    rt_object *dict;     /* NULL once exhausted */
    intptr_t used;       /* dict size at creation: a change is an error */
    intptr_t pos;        /* next entry position */
    intptr_t left;       /* entries still to yield */
    rt_object *result;   /* items iterators: the pair next() reuses when only
                          * the iterator holds it (CPython's di_result, made
                          * with the iterator: a container gc counts) */
} dict_iter;

static rt_type dict_revkeyiter_type, dict_revvalueiter_type, dict_revitemiter_type;

static rt_object *dict_iter_new(rt_object *d, rt_type *t)
{
    dict_iter *it = (dict_iter *)rt_object_new(t);
    if (!it)
        return NULL;
    it->dict = rt_newref(d);
    it->used = DICT(d)->used;
    it->pos = 0;
    it->left = DICT(d)->used;
    if (t == &rt_dict_itemiterator_type || t == &dict_revitemiter_type) {
        if (!(it->result = rt_tuple_pack(2, RT_NONE, RT_NONE))) {
            rt_decref(RT_OBJ(it));
            return NULL;
        }
    }
    rt_gc_track(RT_OBJ(it));
    return RT_OBJ(it);
}

/* The (key, value) pair of an items iterator: its kept tuple refilled when
 * nothing else holds it (tracked again if a collection untracked it), as
 * CPython 3.11's dictiter_iternextitem, else a new one. */
static rt_object *item_pair(dict_iter *it, rt_object *k, rt_object *v)
{
    rt_object *t = it->result;
    if (!t || t->refcnt != 1)
        return rt_tuple_pair_steal(rt_newref(k), rt_newref(v));
    rt_object *ok = RT_TUPLE_GET_ITEM(t, 0), *ov = RT_TUPLE_GET_ITEM(t, 1);
    RT_TUPLE_SET_ITEM(t, 0, rt_newref(k));
    RT_TUPLE_SET_ITEM(t, 1, rt_newref(v));
    rt_incref(t);
    if (!rt_gc_is_tracked(t))
        rt_gc_track(t);
    rt_decref(ok);
    rt_decref(ov);
    return t;
}

static rt_object *dict_iter_next(rt_object *o)
{
    dict_iter *it = (dict_iter *)o;
    rt_object *d = it->dict;
    if (!d)
        return NULL;
    if (DICT(d)->used != it->used) {
        it->used = -1;   /* keep failing, as CPython */
        return rt_err_set_string(&rt_exc_RuntimeError, "dictionary changed size during iteration");
    }
    rt_object *k, *v;
    if (!rt_dict_next(d, &it->pos, &k, &v)) {
        RT_CLEAR(it->dict);
        return NULL;
    }
    if (it->left-- <= 0) {
        /* Same size but more entries: keys were deleted and re-added. */
        return rt_err_set_string(&rt_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    if (o->type == &rt_dict_keyiterator_type)
        return rt_newref(k);
    if (o->type == &rt_dict_valueiterator_type)
        return rt_newref(v);
    return item_pair(it, k, v);
}


/* __length_hint__ (dictiter_len): the entries left while the dict has
 * the size it had, else 0. */
static rt_object *dict_iter_len(rt_object *o, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    dict_iter *it = (dict_iter *)o;
    intptr_t n = it->dict && DICT(it->dict)->used == it->used ? it->left : 0;
    return rt_iter_length_hint_result(o, nargs, kw, n);
}

RT_NOSCAN static rt_method_def dict_iter_methods[] = {
    { "__length_hint__", dict_iter_len, RT_METH_FASTCALL, RT_LENGTH_HINT_DOC },
    { NULL, NULL, 0, NULL },
};

static int dict_iter_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((dict_iter *)o)->dict);
    RT_VISIT(((dict_iter *)o)->result);
    return 0;
}

static int dict_iter_clear(rt_object *o)
{
    RT_CLEAR(((dict_iter *)o)->dict);
    RT_CLEAR(((dict_iter *)o)->result);
    return 0;
}

static void dict_iter_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    rt_xdecref(((dict_iter *)o)->dict);
    rt_xdecref(((dict_iter *)o)->result);
    rt_object_free(o);
}

rt_object *rt_dict_iter(rt_object *d) { return dict_iter_new(d, &rt_dict_keyiterator_type); }

/* reversed(d), reversed(d.keys()) ...: the entries from the last one
 * down, with the size check of the forward iterators (pos is the next
 * entry to look at, -1 when done). */
static rt_object *dict_reviter_new(rt_object *d, rt_type *t)
{
    rt_object *o = dict_iter_new(d, t);
    if (o)
        ((dict_iter *)o)->pos = DICT(d)->keys && DICT(d)->used ? DICT(d)->keys->nentries - 1 : -1;
    return o;
}

static rt_object *dict_reviter_next(rt_object *o)
{
    dict_iter *it = (dict_iter *)o;
    rt_object *d = it->dict;
    if (!d)
        return NULL;
    if (DICT(d)->used != it->used) {
        it->used = -1;
        return rt_err_set_string(&rt_exc_RuntimeError, "dictionary changed size during iteration");
    }
    rt_dict_keys *k = DICT(d)->keys;
    intptr_t i = k && it->pos < k->nentries ? it->pos : (k ? k->nentries - 1 : -1);
    dict_entry *ep = k ? dk_entries(k) : NULL;
    while (i >= 0 && !ep[i].key)
        i--;
    if (i < 0) {
        RT_CLEAR(it->dict);
        return NULL;
    }
    it->pos = i - 1;
    it->left--;
    if (o->type == &dict_revkeyiter_type)
        return rt_newref(ep[i].key);
    if (o->type == &dict_revvalueiter_type)
        return rt_newref(ep[i].value);
    return item_pair(it, ep[i].key, ep[i].value);
}

typedef struct dict_view {
    RT_OBJECT_HEAD
    rt_object *dict;
} dict_view;

rt_object *rt_dict_view_new(rt_object *d, rt_type *t)
{
    dict_view *v = (dict_view *)rt_object_new(t);
    if (!v)
        return NULL;
    v->dict = rt_newref(d);
    rt_gc_track(RT_OBJ(v));
    return RT_OBJ(v);
}

rt_object *rt_dict_view_dict(rt_object *view) { return ((dict_view *)view)->dict; }

static rt_object *view_iter(rt_object *o)
{
    rt_object *d = ((dict_view *)o)->dict;
    rt_type *t = o->type == &rt_dict_keys_type ? &rt_dict_keyiterator_type
               : o->type == &rt_dict_values_type ? &rt_dict_valueiterator_type
               : &rt_dict_itemiterator_type;
    return dict_iter_new(d, t);
}

static intptr_t view_length(rt_object *o) { return DICT(((dict_view *)o)->dict)->used; }

static rt_object *view_repr(rt_object *o)
{
    int rc = rt_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? rt_str_from_cstr("...") : NULL;
    rt_object *l = rt_list_from_iterable(o);
    rt_object *r = l ? rt_str_from_format("%s(%R)", o->type->name, l) : NULL;
    rt_xdecref(l);
    rt_repr_leave(o);
    return r;
}

static int keys_contains(rt_object *o, rt_object *key)
{
    return rt_dict_contains(((dict_view *)o)->dict, key);
}

static int items_contains(rt_object *o, rt_object *item)
{
    if (!rt_tuple_check(item) || RT_SIZE(item) != 2)
        return 0;
    rt_object *v = rt_dict_getitem(((dict_view *)o)->dict, RT_TUPLE_GET_ITEM(item, 0));
    if (!v)
        return rt_err_occurred() ? -1 : 0;
    rt_incref(v);
    int r = rt_richcompare_bool(v, RT_TUPLE_GET_ITEM(item, 1), RT_EQ);
    RT_DECREF(v);
    return r;
}

static int values_contains(rt_object *o, rt_object *x)
{
    intptr_t pos = 0;
    rt_object *v, *d = ((dict_view *)o)->dict;
    while (rt_dict_next(d, &pos, NULL, &v)) {
        rt_incref(v);
        int r = rt_richcompare_bool(v, x, RT_EQ);
        RT_DECREF(v);
        if (r)
            return r;
    }
    return 0;
}

/* keys() and items() are set-like: a | b, a & b, a - b, a ^ b (either side
 * a view, the other any iterable) make a set of the left side's items and
 * update it with the right's, as CPython's dictviews_* do. */
static rt_object *view_setop(rt_object *a, rt_object *b, int op)
{
    rt_object *res = rt_set_new(a, false);
    if (!res)
        return NULL;
    rt_object *other = rt_anyset_check_exact(b) ? rt_newref(b) : rt_set_new(b, false);
    rt_object *r = other ? rt_set_inplace(res, other, op) : NULL;
    rt_xdecref(other);
    rt_decref(res);
    return r;
}
static rt_object *view_or(rt_object *a, rt_object *b) { return view_setop(a, b, RT_NB_OR); }
/* a & b: CPython's _PyDictView_Intersect -- the view (either side; of two,
 * the bigger) asked whether it holds each item of the other, so an items
 * view is never made into a set (an item with an unhashable value is
 * fine) and an item that is no pair is simply not in it; an exact set at
 * least as big as the view intersects it itself. */
static rt_object *view_and(rt_object *a, rt_object *b)
{
    /* subtypes too: OrderedDict's views are dict views (mod_ordereddict.c) */
    bool view_a = rt_isinstance_type(a, &rt_dict_keys_type) || rt_isinstance_type(a, &rt_dict_items_type);
    rt_object *self = view_a ? a : b, *other = view_a ? b : a;
    intptr_t len_self = rt_dict_size(((dict_view *)self)->dict);
    if (rt_set_check(other)) {   /* exact: rt_set_check is the type itself */
        intptr_t n = rt_length(other);
        if (n < 0)
            return NULL;
        if (len_self <= n)
            return rt_call_method(other, "intersection", &self, 1);
    }
    if ((rt_isinstance_type(other, &rt_dict_keys_type) || rt_isinstance_type(other, &rt_dict_items_type))
        && rt_dict_size(((dict_view *)other)->dict) > len_self) {
        rt_object *t = other;
        other = self;
        self = t;
    }
    rt_object *res = rt_set_new(NULL, false);
    rt_object *it = res ? rt_get_iter(other) : NULL, *x;
    if (!it) {
        rt_xdecref(res);
        return NULL;
    }
    while ((x = rt_iter_next(it)) != NULL) {
        int r = rt_isinstance_type(self, &rt_dict_keys_type) ? keys_contains(self, x) : items_contains(self, x);
        if (r > 0)
            r = rt_set_add(res, x);
        rt_decref(x);
        if (r < 0) {
            RT_CLEAR(res);
            break;
        }
    }
    rt_decref(it);
    if (res && rt_err_occurred())
        RT_CLEAR(res);
    return res;
}
static rt_object *view_sub(rt_object *a, rt_object *b) { return view_setop(a, b, RT_NB_SUB); }
static rt_object *view_xor(rt_object *a, rt_object *b) { return view_setop(a, b, RT_NB_XOR); }
static rt_number_methods view_as_number = {
    .or_ = view_or, .and_ = view_and, .subtract = view_sub, .xor_ = view_xor,
};

/* keys() and items() compare with sets and with each other as sets do
 * (sizes, then containment), as CPython's dictview_richcompare; so, as
 * there, they are unhashable. */
static bool setlike(rt_object *o)
{
    /* subtypes too: OrderedDict's odict_keys and odict_items */
    return rt_anyset_check(o) || rt_isinstance_type(o, &rt_dict_keys_type) || rt_isinstance_type(o, &rt_dict_items_type);
}

/* Every item of a is in b: 1, 0, -1. */
static int all_in(rt_object *a, rt_object *b)
{
    rt_object *it = rt_get_iter(a);
    if (!it)
        return -1;
    int ok = 1;
    rt_object *x;
    while (ok == 1 && (x = rt_iter_next(it))) {
        ok = rt_contains(b, x);
        rt_decref(x);
    }
    rt_decref(it);
    return ok < 0 || rt_err_occurred() ? -1 : ok;
}

static rt_object *view_richcompare(rt_object *a, rt_object *b, int op)
{
    if (!setlike(b))
        return rt_newref(RT_NOTIMPLEMENTED);
    intptr_t la = rt_length(a), lb = la < 0 ? -1 : rt_length(b);
    if (lb < 0)
        return NULL;
    int r;
    switch (op) {
    case RT_EQ: case RT_NE: r = la == lb ? all_in(a, b) : 0; break;
    case RT_LT: r = la < lb ? all_in(a, b) : 0; break;
    case RT_LE: r = la <= lb ? all_in(a, b) : 0; break;
    case RT_GT: r = la > lb ? all_in(b, a) : 0; break;
    default:    r = la >= lb ? all_in(b, a) : 0; break;
    }
    if (r < 0)
        return NULL;
    return rt_bool_from(op == RT_NE ? !r : r);
}

static int view_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(((dict_view *)o)->dict);
    return 0;
}

static int view_clear(rt_object *o)
{
    /* The view must keep pointing at a dict: swap in a fresh empty one. */
    rt_object *e = rt_dict_new();
    if (!e)
        return -1;
    RT_SETREF(((dict_view *)o)->dict, e);
    return 0;
}

static void view_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    rt_xdecref(((dict_view *)o)->dict);
    rt_object_free(o);
}

/* __reversed__ of a view: the reverse iterator of its kind. */
static rt_object *view_reversed(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (rt_dict_no_args("__reversed__", nargs, kw) < 0)
        return NULL;
    rt_type *t = self->type == &rt_dict_keys_type ? &dict_revkeyiter_type
               : self->type == &rt_dict_values_type ? &dict_revvalueiter_type
               : &dict_revitemiter_type;
    return dict_reviter_new(((dict_view *)self)->dict, t);
}

/* isdisjoint of keys() and items(), as CPython's dictviews_isdisjoint:
 * the smaller side is walked when the other is a set or view, else the
 * other iterable, each item looked up in the view. */
static rt_object *view_isdisjoint(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0)
        return rt_err_format(&rt_exc_TypeError, "%s.isdisjoint() takes no keyword arguments", self->type->name);
    if (nargs != 1)
        return rt_err_format(&rt_exc_TypeError, "%s.isdisjoint() takes exactly one argument (%ld given)",
                             self->type->name, (long)nargs);
    rt_object *other = args[0], *probe = other, *walk = self;
    if (other == self)
        return rt_bool_from(rt_dict_size(((dict_view *)self)->dict) == 0);
    if (setlike(other)) {
        intptr_t n = rt_length(other);
        if (n < 0)
            return NULL;
        if (n <= rt_dict_size(((dict_view *)self)->dict)) {
            walk = other;
            probe = self;
        }
    } else {
        walk = other;
        probe = self;
    }
    rt_object *it = rt_get_iter(walk), *x;
    if (!it)
        return NULL;
    int found = 0;
    while (found == 0 && (x = rt_iter_next(it)) != NULL) {
        found = rt_contains(probe, x);
        rt_decref(x);
    }
    rt_decref(it);
    if (found < 0 || rt_err_occurred())
        return NULL;
    return rt_bool_from(found == 0);
}

RT_NOSCAN static rt_method_def view_methods[] = {
    { "__reversed__", view_reversed, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

RT_NOSCAN static rt_method_def setlike_view_methods[] = {
    { "__reversed__", view_reversed, RT_METH_FASTCALL, NULL },
    { "isdisjoint", view_isdisjoint, RT_METH_FASTCALL, "Return True if the view and the given iterable have a null intersection." },
    { NULL, NULL, 0, NULL },
};

/* view.mapping (3.10+): a read-only mappingproxy of the view's dict, so
 * the view cannot be used to change it. */
static rt_object *view_get_mapping(rt_object *self, void *closure)
{
    (void)closure;
    return rt_mappingproxy_new(((dict_view *)self)->dict);
}

RT_NOSCAN static rt_getset_def view_getsets[] = {
    { "mapping", view_get_mapping, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

#define ITER_TYPE(storage, cname, pyname, next)                               \
    storage rt_type cname = {                                                 \
        .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },              \
        .name = pyname,                                                       \
        .basicsize = sizeof(dict_iter),                                       \
        .flags = RT_TPFLAGS_GC,                                               \
        .dealloc = dict_iter_dealloc,                                         \
        .traverse = dict_iter_traverse,                                       \
        .clear = dict_iter_clear,                                             \
        .iter = rt_iter_self,                                                 \
        .iternext = next,                                                     \
        .methods = dict_iter_methods,                                         \
        .base = &rt_object_type,                                              \
    };
ITER_TYPE(, rt_dict_keyiterator_type, "dict_keyiterator", dict_iter_next)
ITER_TYPE(, rt_dict_valueiterator_type, "dict_valueiterator", dict_iter_next)
ITER_TYPE(, rt_dict_itemiterator_type, "dict_itemiterator", dict_iter_next)
ITER_TYPE(static, dict_revkeyiter_type, "dict_reversekeyiterator", dict_reviter_next)
ITER_TYPE(static, dict_revvalueiter_type, "dict_reversevalueiterator", dict_reviter_next)
ITER_TYPE(static, dict_revitemiter_type, "dict_reverseitemiterator", dict_reviter_next)
#undef ITER_TYPE

static rt_sequence_methods keys_as_sequence = { .length = view_length, .contains = keys_contains };
static rt_sequence_methods values_as_sequence = { .length = view_length, .contains = values_contains };
static rt_sequence_methods items_as_sequence = { .length = view_length, .contains = items_contains };

#define VIEW_TYPE(cname, pyname, seq, num, cmp, hashfn, meths)                       \
    rt_type cname = {                                                         \
        .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },              \
        .name = pyname,                                                       \
        .basicsize = sizeof(dict_view),                                       \
        .flags = RT_TPFLAGS_GC,                                               \
        .dealloc = view_dealloc,                                              \
        .traverse = view_traverse,                                            \
        .clear = view_clear,                                                  \
        .repr = view_repr,                                                    \
        .iter = view_iter,                                                    \
        .as_sequence = &seq,                                                  \
        .methods = meths,                                                     \
        .getsets = view_getsets,                                              \
        .as_number = num,                                                     \
        .richcompare = cmp,                                                   \
        .hash = hashfn,                                                       \
        .base = &rt_object_type,                                              \
    };
VIEW_TYPE(rt_dict_keys_type, "dict_keys", keys_as_sequence, &view_as_number, view_richcompare, rt_hash_not_implemented,
          setlike_view_methods)
VIEW_TYPE(rt_dict_values_type, "dict_values", values_as_sequence, NULL, NULL, NULL, view_methods)
VIEW_TYPE(rt_dict_items_type, "dict_items", items_as_sequence, &view_as_number, view_richcompare, rt_hash_not_implemented,
          setlike_view_methods)

rt_object *rt_dict_reversed(rt_object *d) { return dict_reviter_new(d, &dict_revkeyiter_type); }

int rt_dictview_init(void)
{
    rt_type *types[] = {
        &rt_dict_keyiterator_type, &rt_dict_valueiterator_type, &rt_dict_itemiterator_type,
        &rt_dict_keys_type, &rt_dict_values_type, &rt_dict_items_type,
        &dict_revkeyiter_type, &dict_revvalueiter_type, &dict_revitemiter_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (rt_type_ready(types[i]) < 0)
            return -1;
    return 0;
}

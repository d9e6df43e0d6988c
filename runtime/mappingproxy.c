/*
 * mappingproxy.c -- the read-only view of a class's attributes that
 * C.__dict__ and vars(C) give, as CPython 3.11's mappingproxy: reads go to
 * the type's own dict (so the view follows later changes to the class),
 * item assignment and deletion are TypeErrors, copy() and | give dicts.
 *
 * Invariants: the proxied object is a dict (types' dicts, and the dicts
 * given to mappingproxy(d)), held strongly; the proxy is a container, as CPython's (the dict
 * may hold the class that holds it through a method's globals).
 */
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/dict.h"
#include "runtime/tuple.h"
#include "runtime/mappingproxy.h"

typedef struct mappingproxy {
    RT_OBJECT_HEAD
    rt_object *mapping;   /* a dict */
} mappingproxy;

#define MAPPING(o) (((mappingproxy *)(o))->mapping)

rt_object *rt_mappingproxy_new(rt_object *dict)
{
    mappingproxy *p = (mappingproxy *)rt_object_new(&rt_mappingproxy_type);
    if (!p)
        return NULL;
    p->mapping = rt_newref(dict);
    rt_gc_track(RT_OBJ(p));
    return RT_OBJ(p);
}

static void proxy_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    RT_CLEAR(MAPPING(o));
    rt_object_free(o);
}

static int proxy_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(MAPPING(o));
    return 0;
}

static rt_object *proxy_repr(rt_object *o)
{
    return rt_str_from_format("mappingproxy(%R)", MAPPING(o));
}

static rt_object *proxy_str(rt_object *o) { return rt_str(MAPPING(o)); }
static intptr_t proxy_len(rt_object *o) { return rt_dict_size(MAPPING(o)); }
static rt_object *proxy_getitem(rt_object *o, rt_object *key) { return rt_dict_subscript(MAPPING(o), key); }
static int proxy_contains(rt_object *o, rt_object *key) { return rt_dict_contains(MAPPING(o), key); }
static rt_object *proxy_iter(rt_object *o) { return rt_get_iter(MAPPING(o)); }

static rt_object *proxy_richcompare(rt_object *a, rt_object *b, int op)
{
    return rt_richcompare(MAPPING(a), b, op);
}

/* d | other and other | d: the dict's own operator, on the dict */
static rt_object *proxy_or(rt_object *a, rt_object *b)
{
    if (RT_TYPE(a) == &rt_mappingproxy_type)
        a = MAPPING(a);
    if (RT_TYPE(b) == &rt_mappingproxy_type)
        b = MAPPING(b);
    return rt_number_binop(a, b, RT_NB_OR);
}

/* get, keys, values, items, copy, __reversed__: the dict's methods */
static rt_object *forward(rt_object *self, const char *name, rt_object *const *args, intptr_t nargs)
{
    return rt_call_method(MAPPING(self), name, args, nargs);
}

static rt_object *proxy_get(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "get() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return rt_err_format(&rt_exc_TypeError, "get expected %s %d argument%s, got %ld",
                             nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s",
                             (long)nargs);
    return forward(self, "get", args, nargs);
}

#define NOARGS(fn, name) \
    static rt_object *fn(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw) \
    { \
        (void)args; \
        if (nargs || (kw && RT_SIZE(kw) > 0)) \
            return rt_err_format(&rt_exc_TypeError, "mappingproxy." name "() takes no arguments (%ld given)", \
                                 (long)nargs); \
        return forward(self, name, NULL, 0); \
    }
NOARGS(proxy_keys, "keys")
NOARGS(proxy_values, "values")
NOARGS(proxy_items, "items")
NOARGS(proxy_copy, "copy")
NOARGS(proxy_reversed, "__reversed__")

RT_NOSCAN static rt_method_def proxy_methods[] = {
    { "get", proxy_get, RT_METH_FASTCALL, NULL },
    { "keys", proxy_keys, RT_METH_FASTCALL, NULL },
    { "values", proxy_values, RT_METH_FASTCALL, NULL },
    { "items", proxy_items, RT_METH_FASTCALL, NULL },
    { "copy", proxy_copy, RT_METH_FASTCALL, NULL },
    { "__reversed__", proxy_reversed, RT_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

/* mappingproxy(mapping): a view of a dict (CPython takes any mapping;
 * the views here read dicts directly, so another mapping is refused with
 * CPython's message for a non-mapping). */
static rt_object *proxy_new_slot(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    intptr_t n = args ? RT_SIZE(args) : 0;
    rt_object *m = n == 1 ? RT_TUPLE_GET_ITEM(args, 0) : NULL;
    if (kwargs && rt_dict_size(kwargs) == 1 && n == 0)
        m = rt_dict_getitem_str(kwargs, "mapping");
    if (!m || n + (kwargs ? rt_dict_size(kwargs) : 0) != 1)
        return rt_err_format(&rt_exc_TypeError, "mappingproxy() takes exactly 1 argument (%ld given)",
                             (long)(n + (kwargs ? rt_dict_size(kwargs) : 0)));
    if (!rt_dict_check(m))
        return rt_err_format(&rt_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             rt_type_name(m));
    return rt_mappingproxy_new(m);
}

static rt_mapping_methods proxy_as_mapping = { .length = proxy_len, .subscript = proxy_getitem };
static rt_sequence_methods proxy_as_sequence = { .contains = proxy_contains };
static rt_number_methods proxy_as_number = { .or_ = proxy_or };

RT_NOSCAN_TYPE rt_type rt_mappingproxy_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "mappingproxy",
    .basicsize = sizeof(mappingproxy),
    .flags = RT_TPFLAGS_GC | RT_TPFLAGS_MAPPING,
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .repr = proxy_repr,
    .str = proxy_str,
    .hash = rt_hash_not_implemented,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .as_number = &proxy_as_number,
    .as_sequence = &proxy_as_sequence,
    .as_mapping = &proxy_as_mapping,
    .methods = proxy_methods,
    .new_ = proxy_new_slot,
};

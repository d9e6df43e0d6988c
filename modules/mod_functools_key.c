/*
 * mod_functools_key.c -- functools.cmp_to_key and its functools.KeyWrapper
 * type, entered in _functools (as CPython's C implementation).
 *
 * cmp_to_key(mycmp) is a KeyWrapper without an object; calling one makes a
 * KeyWrapper holding mycmp and the object (obj).  Two KeyWrappers compare
 * by comparing mycmp(a.obj, b.obj) with 0; anything else is CPython's
 * TypeError "other argument must be K instance".  Unhashable, a GC
 * container (mycmp and obj may lead back to it).
 */
#include "modules/modules.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/int.h"
#include "runtime/object.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/str.h"

typedef struct keyobject {
    RT_OBJECT_HEAD
    rt_object *cmp, *obj;   /* obj: NULL in what cmp_to_key returns */
} keyobject;

static rt_type key_type;
#define KO(o) ((keyobject *)(o))

static rt_object *key_make(rt_object *cmp, rt_object *obj)
{
    keyobject *k = (keyobject *)rt_object_new(&key_type);
    if (!k)
        return NULL;
    k->cmp = rt_newref(cmp);
    k->obj = obj ? rt_newref(obj) : NULL;
    rt_gc_track(RT_OBJ(k));
    return RT_OBJ(k);
}

/* K(obj), parsed as CPython's PyArg_ParseTupleAndKeywords("O:K") does. */
static rt_object *key_call(rt_object *o, rt_object *args, rt_object *kwargs)
{
    intptr_t n = RT_SIZE(args), nk = kwargs ? rt_dict_size(kwargs) : 0;
    if (n + nk > 1)
        return rt_err_format(&rt_exc_TypeError, "K() takes at most 1 argument (%ld given)", (long)(n + nk));
    rt_object *obj = n ? RT_TUPLE_GET_ITEM(args, 0) : NULL;
    if (nk) {
        rt_object *k, *v;
        intptr_t pos = 0;
        rt_dict_next(kwargs, &pos, &k, &v);
        if (rt_str_check(k) && rt_str_eq_cstr(k, "obj"))
            obj = v;
    }
    if (!obj)
        return rt_err_set_string(&rt_exc_TypeError, "K() missing required argument 'obj' (pos 1)");
    return key_make(KO(o)->cmp, obj);
}

static rt_object *key_richcompare(rt_object *a, rt_object *b, int op)
{
    if (RT_TYPE(b) != &key_type)
        return rt_err_set_string(&rt_exc_TypeError, "other argument must be K instance");
    if (!KO(a)->obj || !KO(b)->obj)
        return rt_err_set_string(&rt_exc_AttributeError, "object");
    rt_object *pair[2] = { KO(a)->obj, KO(b)->obj };
    rt_object *res = rt_call_vector(KO(a)->cmp, pair, 2);
    if (!res)
        return NULL;
    rt_object *zero = rt_int_from_i64(0);
    rt_object *r = zero ? rt_richcompare(res, zero, op) : NULL;
    rt_xdecref(zero);
    rt_decref(res);
    return r;
}

static rt_object *key_repr(rt_object *o)
{
    return rt_str_from_format("<%s object at %p>", o->type->name, (void *)o);   /* the name carries its module */
}

static int key_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    RT_VISIT(KO(o)->cmp);
    RT_VISIT(KO(o)->obj);
    return 0;
}

static int key_clear(rt_object *o)
{
    RT_CLEAR(KO(o)->cmp);
    RT_CLEAR(KO(o)->obj);
    return 0;
}

static void key_dealloc(rt_object *o)
{
    rt_gc_untrack(o);
    key_clear(o);
    rt_object_free(o);
}

static rt_object *get_obj(rt_object *o, void *c)
{
    (void)c;
    return rt_newref(KO(o)->obj ? KO(o)->obj : RT_NONE);
}

static int set_obj(rt_object *o, rt_object *v, void *c)
{
    (void)c;
    RT_SETREF(KO(o)->obj, v ? rt_newref(v) : NULL);
    return 0;
}

RT_NOSCAN static rt_getset_def key_getsets[] = {
    { "obj", get_obj, set_obj, NULL },
    { NULL, NULL, NULL, NULL },
};

RT_NOSCAN_TYPE static rt_type key_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(keyobject),
    .flags = RT_TPFLAGS_GC,
    .dealloc = key_dealloc,
    .traverse = key_traverse,
    .clear = key_clear,
    .call = key_call,
    .repr = key_repr,
    .richcompare = key_richcompare,
    .hash = rt_hash_not_implemented,
    .getattro = rt_generic_getattr,
    .getsets = key_getsets,
};

static rt_object *cmp_to_key(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames)
{
    (void)self;
    /* Argument Clinic's messages for cmp_to_key(mycmp) */
    intptr_t nk = kwnames ? RT_SIZE(kwnames) : 0;
    if (nargs + nk > 1)
        return rt_err_format(&rt_exc_TypeError, "cmp_to_key() takes at most 1 argument (%ld given)",
                             (long)(nargs + nk));
    if (nargs + nk == 0 || (nk && !rt_str_eq_cstr(RT_TUPLE_GET_ITEM(kwnames, 0), "mycmp")))
        return rt_err_set_string(&rt_exc_TypeError, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
    return key_make(args[0], NULL);
}

static rt_method_def cmp_to_key_def = { "cmp_to_key", cmp_to_key, RT_METH_FASTCALL, NULL };

int mod_functools_key_add(rt_object *module)
{
    if (mod_add_type(module, &key_type, "functools") < 0)
        return -1;
    rt_object *f = rt_cfunction_new(&cmp_to_key_def, NULL);
    int r = f ? rt_setattr_str(module, "cmp_to_key", f) : -1;
    rt_xdecref(f);
    return r;
}

/*
 * typecache.c -- the generic attribute get/set fast paths the loop uses
 * (LOAD_ATTR, STORE_ATTR, LOAD_METHOD), through the type attribute cache
 * (runtime/typecache.c, rt_type_lookup_cached).
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/gchead.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/slice.h"
#include "runtime/instattr.h"

/* o.name for objects using the generic protocol, through the cache. */
static rt_object *getattr_cached(rt_object *o, rt_object *name)
{
    rt_type *t = RT_TYPE(o);
    if (t->getattro != rt_generic_getattr)
        return rt_getattr(o, name);
    rt_object *descr = rt_type_lookup_cached(t, name);
    rt_descrgetfunc get = NULL;
    if (descr) {
        get = RT_TYPE(descr)->descr_get;
        if (get && RT_TYPE(descr)->descr_set)
            return get(descr, o, RT_OBJ(t));
    }
    rt_object *v = rt_instattr_get(o, name);
    if (v)
        return rt_newref(v);
    if (rt_err_occurred())
        return NULL;
    if (descr) {
        if (get) {
            rt_incref(descr);    /* get may run code that changes the type dict */
            rt_object *r = get(descr, o, RT_OBJ(t));
            rt_decref(descr);
            return r;
        }
        return rt_newref(descr);
    }
    return rt_err_no_attribute(o, name);   /* without a second lookup */
}

/* getattr(o, name, default)'s lookup: as vm_getattr_fast, but NULL without
 * an exception when the generic protocol finds nothing (CPython's
 * _PyObject_LookupAttr: no AttributeError is made only to be dropped). */
rt_object *vm_getattr_or_absent(rt_object *o, rt_object *name)
{
    if (rt_attr_plainly_absent(o, name))
        return NULL;
    rt_object *r = vm_getattr_fast(o, name);
    if (!r && rt_err_matches(&rt_exc_AttributeError))
        rt_err_clear();
    return r;
}

rt_object *vm_getattr_fast(rt_object *o, rt_object *name)
{
    rt_object *r = getattr_cached(o, name);
    if (__builtin_expect(!r, 0))
        rt_err_attribute_context(o, name);
    return r;
}

/* o.name = v through the cache (v borrowed); 0 / -1. */
int vm_setattr_fast(rt_object *o, rt_object *name, rt_object *v)
{
    rt_type *t = RT_TYPE(o);
    if (t->setattro != rt_generic_setattr)
        return rt_setattr(o, name, v);
    rt_object *descr = rt_type_lookup_cached(t, name);
    if ((descr && RT_TYPE(descr)->descr_set) || !rt_instattr_has(o))
        return rt_generic_setattr(o, name, v);
    return rt_instattr_set(o, name, v);
}

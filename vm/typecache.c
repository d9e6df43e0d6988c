/*
 * typecache.c -- the type attribute cache and the generic attribute
 * get/set fast paths the loop uses (LOAD_ATTR, STORE_ATTR, LOAD_METHOD).
 */
#include <string.h>
#include "eval.h"
#include "eval_internal.h"
#include "../runtime/alloc.h"
#include "../runtime/error.h"
#include "../runtime/gchead.h"
#include "../runtime/str.h"
#include "../runtime/int.h"
#include "../runtime/float.h"
#include "../runtime/tuple.h"
#include "../runtime/list.h"
#include "../runtime/dict.h"
#include "../runtime/slice.h"
#include "../runtime/instattr.h"

/* ---- type attribute cache ----------------------------------------------------- */

/* A direct-mapped cache of rt_type_lookup results keyed by (type, interned
 * name), as CPython's method cache.  An entry is valid while every dict on
 * the type's base chain is the same dict at the same version (versions
 * are bumped on every mutation).  The entry owns a reference to the type,
 * so a type cannot die and another take its address while cached; the
 * value is borrowed from the type dict, valid while the version holds. */
#define TCACHE_SIZE 1024        /* power of two; ~1000 hot (type, name) pairs */
#define TCACHE_DEPTH 6          /* longer base chains are not cached */

typedef struct tcache_entry {
    rt_type *type;
    rt_object *name;
    rt_object *value;
    int depth;
    rt_dict *dicts[TCACHE_DEPTH];
    uint64_t versions[TCACHE_DEPTH];
} tcache_entry;

static tcache_entry tcache[TCACHE_SIZE];

rt_object *vm_type_lookup_cached(rt_type *t, rt_object *name)
{
    tcache_entry *e = &tcache[(((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 4)) & (TCACHE_SIZE - 1)];
    if (e->type == t && e->name == name) {
        rt_type *b = t;
        int i;
        for (i = 0; i < e->depth; i++, b = b->base)
            if ((rt_dict *)b->dict != e->dicts[i] || e->dicts[i]->version != e->versions[i])
                break;
        if (i == e->depth)
            return e->value;
    }
    rt_object *v = rt_type_lookup(t, name);
    int depth = 0;
    for (rt_type *b = t; b; b = b->base) {
        if (depth == TCACHE_DEPTH || !b->dict)
            return v;
        depth++;
    }
    rt_type *old = e->type;
    e->type = (rt_type *)rt_newref(RT_OBJ(t));
    e->name = name;
    e->value = v;
    e->depth = depth;
    rt_type *b = t;
    for (int i = 0; i < depth; i++, b = b->base) {
        e->dicts[i] = (rt_dict *)b->dict;
        e->versions[i] = e->dicts[i]->version;
    }
    if (old)
        rt_decref(RT_OBJ(old));
    return v;
}

void vm_tcache_clear(void)
{
    for (int i = 0; i < TCACHE_SIZE; i++) {
        rt_type *t = tcache[i].type;
        tcache[i].type = NULL;
        tcache[i].name = NULL;
        if (t)
            rt_decref(RT_OBJ(t));
    }
}

/* o.name for objects using the generic protocol, through the cache. */
rt_object *vm_getattr_fast(rt_object *o, rt_object *name)
{
    rt_type *t = RT_TYPE(o);
    if (t->getattro != rt_generic_getattr)
        return rt_getattr(o, name);
    rt_object *descr = vm_type_lookup_cached(t, name);
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
    return rt_generic_getattr(o, name);   /* the AttributeError */
}

/* o.name = v through the cache (v borrowed); 0 / -1. */
int vm_setattr_fast(rt_object *o, rt_object *name, rt_object *v)
{
    rt_type *t = RT_TYPE(o);
    if (t->setattro != rt_generic_setattr)
        return rt_setattr(o, name, v);
    rt_object *descr = vm_type_lookup_cached(t, name);
    if ((descr && RT_TYPE(descr)->descr_set) || !rt_instattr_has(o))
        return rt_generic_setattr(o, name, v);
    return rt_instattr_set(o, name, v);
}

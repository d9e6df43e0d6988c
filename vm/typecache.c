/*
 * typecache.c -- the type attribute cache and the generic attribute
 * get/set fast paths the loop uses (LOAD_ATTR, STORE_ATTR, LOAD_METHOD).
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

/* ---- type attribute cache ----------------------------------------------------- */

/* A direct-mapped cache of rt_type_lookup results keyed by (type, interned
 * name), as CPython's method cache.  An entry is valid while the type's
 * version_tag and rt_type_epoch are those it was filled under: the tag
 * changes with the dict of the type or of a heap class on its base chain
 * (rt_type_modified retags the subclasses), the epoch with the dict of a
 * static type that has subclasses, so a change anywhere on the base chain
 * invalidates.  Tags come from one process-wide counter, so a class
 * that dies and another born at its address never share one: entries hold
 * no reference to their type, and a class lives exactly as long as the
 * program references it.  The value is borrowed from a type dict on the
 * chain, unchanged since the fill.
 *
 * The names cached are CPython 3.11's (MCACHE_CACHEABLE_NAME): exact strs
 * of at most 100 code points, interned or not (getattr(o, "".join(...))
 * too), and an entry owns a reference to its name, as CPython 3.11's does
 * (so sys.getrefcount counts it there as here).  So a name cannot die and
 * another str be born at its address while an entry still matches it:
 * interned strings are mortal (runtime/str.c), and so is any str.  Under
 * a tracing collector, where references keep nothing alive, the names are
 * roots (vm_tcache_visit, from the VM's root visitor). */
#define TCACHE_MAX_NAME 100     /* CPython's MCACHE_MAX_ATTR_SIZE, code points */
#define TCACHE_SIZE 1024        /* power of two; ~1000 hot (type, name) pairs */

typedef struct tcache_entry {
    rt_type *type;
    rt_object *name;
    rt_object *value;
    uint64_t version_tag;
    uint64_t epoch;
} tcache_entry;

static tcache_entry tcache[TCACHE_SIZE];

rt_object *vm_type_lookup_cached(rt_type *t, rt_object *name)
{
    /* Indexed by the type's version tag and the name's hash, as CPython 3.12
     * does (3.11 used the name's address): both are the same from run to
     * run, so which names an entry keeps alive -- and so sys.getrefcount of
     * a name -- does not depend on where the allocator put the strings. */
    intptr_t h = ((rt_strobject *)name)->hash;
    if (h == -1)
        h = rt_str_hash(name);
    tcache_entry *e = &tcache[((uint64_t)h ^ t->version_tag) & (TCACHE_SIZE - 1)];
    if (e->type == t && e->name == name && e->version_tag == t->version_tag && e->epoch == rt_type_epoch)
        return e->value;
    rt_object *v = rt_type_lookup(t, name);
    if (!rt_str_check_exact(name) || rt_str_len(name) > TCACHE_MAX_NAME)
        return v;
    rt_object *old = e->name;
    e->type = t;
    e->name = rt_newref(name);
    e->value = v;
    e->version_tag = t->version_tag;
    e->epoch = rt_type_epoch;
    rt_xdecref(old);   /* last: a str's dealloc reads no cache entry */
    return v;
}

int vm_tcache_visit(rt_visitproc visit, void *arg)
{
    for (int i = 0; i < TCACHE_SIZE; i++)
        RT_VISIT(tcache[i].name);
    return 0;
}

void vm_tcache_clear(void)
{
    for (int i = 0; i < TCACHE_SIZE; i++)
        rt_xdecref(tcache[i].name);
    memset(tcache, 0, sizeof tcache);
}

/* o.name for objects using the generic protocol, through the cache. */
static rt_object *getattr_cached(rt_object *o, rt_object *name)
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
    return rt_err_no_attribute(o, name);   /* without a second lookup */
}

/* getattr(o, name, default)'s lookup: as vm_getattr_fast, but NULL without
 * an exception when the generic protocol finds nothing (CPython's
 * _PyObject_LookupAttr: no AttributeError is made only to be dropped). */
rt_object *vm_getattr_or_absent(rt_object *o, rt_object *name)
{
    rt_type *t = RT_TYPE(o);
    if (t->getattro == rt_generic_getattr && !vm_type_lookup_cached(t, name)
        && !rt_instattr_get(o, name) && !rt_err_occurred() && !rt_unsupported_owner(t, name))
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
    rt_object *descr = vm_type_lookup_cached(t, name);
    if ((descr && RT_TYPE(descr)->descr_set) || !rt_instattr_has(o))
        return rt_generic_setattr(o, name, v);
    return rt_instattr_set(o, name, v);
}

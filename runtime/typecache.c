/*
 * typecache.c -- type attribute lookup (rt_type_lookup: the walk of the
 * MRO's dicts, as CPython's find_name_in_mro) and the type attribute cache
 * in front of it (rt_type_lookup_cached: a direct-mapped table of
 * (type, name) -> attribute, as CPython's method cache in front of
 * _PyType_Lookup).  The eval loop (vm/) and the runtime's
 * own generic attribute paths (rt_generic_getattr/setattr, isinstance's
 * __class__ check) share it.
 *
 * Invariants kept here:
 *   - an entry is valid while its type's version_tag and rt_type_epoch are
 *     those it was filled under: the tag changes with the dict of the type
 *     or of a heap class on its base chain (rt_type_modified retags the
 *     subclasses), the epoch with the dict of a static type that has
 *     subclasses, so a change anywhere on the base chain invalidates.
 *     Tags come from one process-wide counter, so a class that dies and
 *     another born at its address never share one: entries hold no
 *     reference to their type, and a class lives exactly as long as the
 *     program references it;
 *   - the value is borrowed from a type dict on the chain, unchanged
 *     since the fill;
 *   - an entry owns a reference to its name (CPython 3.11's does, so
 *     sys.getrefcount counts it there as here), so a name cannot die and
 *     another str be born at its address while an entry still matches it;
 *     under a tracing collector, where references keep nothing alive, the
 *     names are roots (rt_tcache_visit, from the VM's root visitor).
 *
 * The names cached are CPython 3.11's (MCACHE_CACHEABLE_NAME): exact strs
 * of at most 100 code points, interned or not (getattr(o, "".join(...))
 * too).  It lives in runtime/ (it was vm/typecache.c's) because the
 * runtime's generic setattr and isinstance walked the MRO uncached, ~180
 * instructions a store, on every property setter and failed isinstance.
 */
#include <string.h>
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/slotwrap.h"

/* ---- the lookup --------------------------------------------------------- */

/* A static type's pending slot wrappers, made before its dict is read;
 * failing (no memory), it goes without them.  A lookup may run with an
 * error pending (rt_type_lookup keeps it), and making the wrappers must
 * neither lose it nor leave one of its own: it is set aside meanwhile. */
static void complete_dict(rt_type *t)
{
    rt_object *pending = rt_err_fetch();
    if (rt_slot_wrappers_make(t) < 0)
        rt_err_clear();
    if (pending)
        rt_err_restore(pending);
}

/* Could name be a slot wrapper's?  Every one is a dunder: a lookup of
 * another name (a method, a miss on object) leaves the wrappers unmade. */
static inline bool may_be_slot_name(rt_object *name)
{
    const char *s = rt_str_data(name);
    return s[0] == '_' && s[1] == '_';
}

rt_object *rt_type_dict(rt_type *t)
{
    if (rt_slot_wrappers_pending(t))
        complete_dict(t);
    return t->dict;
}

static rt_object *type_lookup(rt_type *t, rt_object *name)
{
    if (t && t->mro) {
        rt_object *v = NULL;
        for (intptr_t i = 0; !v && i < RT_SIZE(t->mro); i++) {
            rt_type *b = (rt_type *)RT_TUPLE_GET_ITEM(t->mro, i);
            if (rt_slot_wrappers_pending(b) && may_be_slot_name(name))
                complete_dict(b);
            v = b->dict ? rt_dict_getitem(b->dict, name) : NULL;
        }
        return v;
    }
    for (; t; t = t->base) {
        if (rt_slot_wrappers_pending(t) && may_be_slot_name(name))
            complete_dict(t);
        if (t->dict) {
            rt_object *v = rt_dict_getitem(t->dict, name);
            if (v)
                return v;
        }
    }
    return NULL;
}

/* Does a dict on t's chain have a key that is not a str?  Only such a key
 * (its __eq__) can make a lookup of a str name raise. */
static bool dict_has_odd_key(rt_object *d)
{
    intptr_t pos = 0;
    rt_object *k, *v;
    while (d && rt_dict_next(d, &pos, &k, &v))
        if (!rt_str_check(k))
            return true;
    return false;
}

static bool odd_keys(rt_type *t)
{
    if (t && t->mro) {
        for (intptr_t i = 0; i < RT_SIZE(t->mro); i++)
            if (dict_has_odd_key(((rt_type *)RT_TUPLE_GET_ITEM(t->mro, i))->dict))
                return true;
        return false;
    }
    for (; t; t = t->base)
        if (dict_has_odd_key(t->dict))
            return true;
    return false;
}

/* A lookup raises only when a non-str key of a type dict has an __eq__
 * that does: that error is dropped, as CPython's _PyType_Lookup drops it.
 * An error already pending when the lookup began is the caller's and
 * stays.  Telling them apart costs nothing on a hit or a clean miss: only
 * a miss with an error set looks for such keys. */
rt_object *rt_type_lookup_ex(rt_type *t, rt_object *name, bool *dropped)
{
    rt_object *v = type_lookup(t, name);
    *dropped = false;
    if (!v && rt_err_occurred() && odd_keys(t)) {
        rt_err_clear();
        *dropped = true;
    }
    return v;
}

rt_object *rt_type_lookup(rt_type *t, rt_object *name)
{
    bool dropped;
    return rt_type_lookup_ex(t, name, &dropped);
}

/* ---- the cache ---------------------------------------------------------- */


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

rt_object *rt_type_lookup_cached(rt_type *t, rt_object *name)
{
    /* Indexed by the type's version tag and the name's hash, as CPython 3.12
     * does (3.11 used the name's address): both are the same from run to
     * run, so which names an entry keeps alive -- and so sys.getrefcount of
     * a name -- does not depend on where the allocator put the strings. */
    if (!rt_str_check_exact(name))
        return rt_type_lookup(t, name);   /* not cacheable (CPython's rule) */
    intptr_t h = ((rt_strobject *)name)->hash;
    if (h == -1)
        h = rt_str_hash(name);
    tcache_entry *e = &tcache[((uint64_t)h ^ t->version_tag) & (TCACHE_SIZE - 1)];
    if (e->type == t && e->name == name && e->version_tag == t->version_tag && e->epoch == rt_type_epoch)
        return e->value;
    bool dropped;
    rt_object *v = rt_type_lookup_ex(t, name, &dropped);
    /* a type not readied yet changes its dict untagged; a miss that met a
     * raising __eq__ must meet it again (type_dict_odd_keys) */
    if (rt_str_len(name) > TCACHE_MAX_NAME || !t->version_tag || dropped)
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

int rt_tcache_visit(rt_visitproc visit, void *arg)
{
    for (int i = 0; i < TCACHE_SIZE; i++)
        RT_VISIT(tcache[i].name);
    return 0;
}

void rt_tcache_clear(void)
{
    for (int i = 0; i < TCACHE_SIZE; i++)
        rt_xdecref(tcache[i].name);
    memset(tcache, 0, sizeof tcache);
}

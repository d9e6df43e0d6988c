/*
 * structseq.c -- the runtime's own named tuples, as CPython's
 * Objects/structseq.c presents them: a tuple subclass (indexing, len,
 * comparison and hashing are tuple's) whose fields are also read-only
 * attributes, with the repr `sys.version_info(major=3, minor=11, ...)`.
 *
 * Invariant: an instance has exactly as many items as its type has
 * fields, all set; it is tracked as any tuple subclass instance (never
 * free-listed: tuple's free lists take exact tuples only).
 */
#include "runtime/structseq.h"
#include "runtime/gchead.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

rt_object *rt_structseq_field(rt_object *self, void *closure)
{
    return rt_newref(RT_TUPLE_GET_ITEM(self, (intptr_t)closure));
}

int rt_structseq_readonly(rt_object *self, rt_object *value, void *closure)
{
    (void)self; (void)value; (void)closure;
    rt_err_set_string(&rt_exc_AttributeError, "readonly attribute");
    return -1;
}

static rt_object *structseq_repr(rt_object *self)
{
    rt_type *t = RT_TYPE(self);
    intptr_t n = RT_SIZE(self);
    rt_object *parts = rt_tuple_new(n);
    if (!parts)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        rt_object *p = rt_str_from_format("%s=%R", t->getsets[i].name, RT_TUPLE_GET_ITEM(self, i));
        if (!p) {
            rt_decref(parts);
            return NULL;
        }
        RT_TUPLE_SET_ITEM(parts, i, p);
    }
    rt_object *sep = rt_str_from_cstr(", ");
    rt_object *body = sep ? rt_str_join(sep, parts) : NULL;
    rt_object *r = body ? rt_str_from_format("%s(%S)", t->name, body) : NULL;
    rt_xdecref(sep);
    rt_xdecref(body);
    rt_decref(parts);
    return r;
}

static void structseq_dealloc(rt_object *self)
{
    rt_gc_untrack(self);
    for (intptr_t i = RT_SIZE(self); --i >= 0;)
        rt_xdecref(RT_TUPLE_GET_ITEM(self, i));
    rt_object_free(self);
}

static rt_object *structseq_no_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)args; (void)kwargs;
    return rt_err_format(&rt_exc_TypeError, "cannot create '%s' instances", t->name);
}

int rt_structseq_ready(rt_type *t)
{
    t->basicsize = rt_tuple_type.basicsize;
    t->itemsize = rt_tuple_type.itemsize;
    t->flags |= RT_TPFLAGS_GC | RT_TPFLAGS_TUPLE_SUBCLASS;
    t->base = &rt_tuple_type;
    t->repr = structseq_repr;
    t->dealloc = structseq_dealloc;
    t->new_ = structseq_no_new;
    return rt_type_ready(t);
}

rt_object *rt_structseq_new(rt_type *t, rt_object *const *items, intptr_t n)
{
    rt_object *o = rt_object_new_var(t, n);
    if (!o)
        return NULL;
    RT_SIZE(o) = n;
    for (intptr_t i = 0; i < n; i++)
        RT_TUPLE_SET_ITEM(o, i, rt_newref(items[i]));
    rt_gc_track(o);
    return o;
}

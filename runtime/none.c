/*
 * none.c -- the None, NotImplemented and Ellipsis singletons.
 *
 * Both are immortal static objects: their counts start at
 * RT_IMMORTAL_REFCNT, so their dealloc can never run (it aborts to make a
 * refcount bug loud instead of silently freeing static memory).
 */
#include <stdio.h>
#include <stdlib.h>
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/str.h"

static void singleton_dealloc(rt_object *o)
{
    fprintf(stderr, "gclab: fatal: deallocating %s (a refcount went negative)\n", o->type->name);
    abort();
}

static rt_object *none_repr(rt_object *o) { (void)o; return rt_str_intern_cstr("None"); }
static int none_bool(rt_object *o) { (void)o; return 0; }
static rt_number_methods none_as_number = { .bool_ = none_bool };

static rt_object *none_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (RT_SIZE(args) || (kwargs && RT_OBJ(kwargs) != RT_NONE && rt_length(kwargs) > 0))
        return rt_err_set_string(&rt_exc_TypeError, "NoneType takes no arguments");
    return rt_none_new();
}

RT_NOSCAN_TYPE rt_type rt_none_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "NoneType",
    .basicsize = sizeof(rt_object),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .as_number = &none_as_number,
    .new_ = none_new,
};

static rt_object *notimpl_repr(rt_object *o) { (void)o; return rt_str_intern_cstr("NotImplemented"); }

RT_NOSCAN_TYPE rt_type rt_notimplemented_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "NotImplementedType",
    .basicsize = sizeof(rt_object),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
};

static rt_object *ellipsis_repr(rt_object *o) { (void)o; return rt_str_intern_cstr("Ellipsis"); }

static rt_object *ellipsis_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    (void)t;
    if (RT_SIZE(args) || (kwargs && RT_OBJ(kwargs) != RT_NONE && rt_length(kwargs) > 0))
        return rt_err_set_string(&rt_exc_TypeError, "ellipsis takes no arguments");
    return rt_newref(RT_ELLIPSIS);
}

RT_NOSCAN_TYPE rt_type rt_ellipsis_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "ellipsis",
    .basicsize = sizeof(rt_object),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
};

rt_object rt_none_struct = { RT_IMMORTAL_REFCNT, &rt_none_type };
rt_object rt_notimplemented_struct = { RT_IMMORTAL_REFCNT, &rt_notimplemented_type };
rt_object rt_ellipsis_struct = { RT_IMMORTAL_REFCNT, &rt_ellipsis_type };

int rt_none_init(void)
{
    if (rt_type_ready(&rt_none_type) < 0 || rt_type_ready(&rt_notimplemented_type) < 0
        || rt_type_ready(&rt_ellipsis_type) < 0)
        return -1;
    return 0;
}

/*
 * hash.h -- rt_hash without a slot call for the commonest keys.
 *
 * An exact str's hash is cached in the object and a small int's is its
 * value (int.h, rt_int_hash_fast): the generic rt_hash reaches either
 * through one to three out-of-line calls (rt_hash -> int_hash ->
 * rt_int_hash -> rt_int_hash_value), which cost more than the hash on
 * tuple keys of ints and strs (exact_cover's rows: tuple hashing was 20%
 * of its instructions).  The value is rt_hash's, always: only the way there
 * differs.
 */
#ifndef GCLAB_RUNTIME_HASH_H
#define GCLAB_RUNTIME_HASH_H

#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/int.h"

static inline intptr_t rt_hash_inline(rt_object *o)
{
    if (RT_TYPE(o) == &rt_str_type) {
        intptr_t h = ((rt_strobject *)o)->hash;
        return h != -1 ? h : rt_str_hash(o);
    }
    if (RT_TYPE(o) == &rt_int_type && rt_int_is_small(o))
        return rt_int_hash_fast(RT_INT_VALUE(o));
    return rt_hash(o);
}

#endif

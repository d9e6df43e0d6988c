/*
 * int.h -- int (64-bit, overflow-checked) and bool (int's subtype).
 *
 * gclab's int is a machine word: every operation checks for overflow and
 * raises OverflowError instead of wrapping (docs/language.md).  Small ints
 * -5..256 are immortal preallocated singletons, as CPython's, so that
 * rt_int_from_i64 of a small value never allocates.  True and False are two
 * immortal ints of type bool.
 */
#ifndef GCLAB_RUNTIME_INT_H
#define GCLAB_RUNTIME_INT_H

#include "runtime/object.h"

typedef struct rt_int {
    RT_OBJECT_HEAD
    int64_t value;
} rt_int;

extern rt_type rt_int_type, rt_bool_type;
extern rt_int rt_true_struct, rt_false_struct;
#define RT_TRUE  (RT_OBJ(&rt_true_struct))
#define RT_FALSE (RT_OBJ(&rt_false_struct))

#define RT_INT_VALUE(o) (((rt_int *)(o))->value)
static inline bool rt_int_check(rt_object *o) { return (o->type->flags & RT_TPFLAGS_INT_SUBCLASS) != 0; }
static inline bool rt_int_check_exact(rt_object *o) { return o->type == &rt_int_type; }
static inline bool rt_bool_check(rt_object *o) { return o->type == &rt_bool_type; }
static inline rt_object *rt_bool_from(bool b) { return rt_newref(b ? RT_TRUE : RT_FALSE); }

/* New int (small values come from the cache); NULL + MemoryError. */
rt_object *rt_int_from_i64(int64_t v);
/* The value of an int (or of an object with __index__); -1 + exception
 * (TypeError) when o is not an int -- check rt_err_occurred() on -1. */
int64_t rt_int_as_i64(rt_object *o);
/* int(text, base): base 0 or 2..36; CPython's syntax (sign, spaces,
 * underscores, 0x/0o/0b prefixes) and error messages; OverflowError
 * beyond 64 bits. */
rt_object *rt_int_from_string(const char *s, intptr_t len, int base);
/* int(x) of a float: truncation; OverflowError / ValueError as CPython. */
rt_object *rt_int_from_double(double d);
/* hash(v) as CPython computes it for an int of that value. */
intptr_t rt_int_hash_value(int64_t v);
/* decimal text of v into a new str */
rt_object *rt_int_repr(rt_object *o);

#endif

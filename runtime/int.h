/*
 * int.h -- int (arbitrary precision) and bool (int's subtype).
 *
 * One exact type, two layouts told apart by the value field:
 *   - a "small" int holds its value in `value`, any int64 except
 *     INT64_MIN; every int whose magnitude is below 2^63 is small, so the
 *     fast paths (eval.c) read RT_INT_VALUE after one rt_int_is_small test;
 *   - a "big" int (magnitude >= 2^63) has value == RT_INT_BIG and is an
 *     rt_bigint: a signed limb count and the magnitude in 32-bit limbs,
 *     least significant first, the top limb non-zero.  Pointer-free, never
 *     a GC container, as CPython's.
 * Every operation returns the small layout when its result fits (callers
 * may rely on it: a big int never holds a value below 2^63).  Small ints
 * -5..256 are immortal preallocated singletons, as CPython's, so that
 * rt_int_from_i64 of a small value never allocates.  True and False are
 * two immortal small ints of type bool.  An instance of an int subclass
 * holding a big value keeps the size and limbs after its type's basicsize
 * (rt_int_big_of), so that its __dict__ and weakref slots stay where the
 * class put them.
 */
#ifndef GCLAB_RUNTIME_INT_H
#define GCLAB_RUNTIME_INT_H

#include "runtime/object.h"

typedef struct rt_int {
    RT_OBJECT_HEAD
    int64_t value;        /* the value, or RT_INT_BIG */
} rt_int;

#define RT_INT_BIG INT64_MIN

typedef struct rt_bigint {
    rt_int head;          /* head.value == RT_INT_BIG */
    intptr_t size;        /* limb count, negated for a negative value */
    uint32_t limbs[];
} rt_bigint;

extern rt_type rt_int_type, rt_bool_type;
extern rt_int rt_true_struct, rt_false_struct;
#define RT_TRUE  (RT_OBJ(&rt_true_struct))
#define RT_FALSE (RT_OBJ(&rt_false_struct))

/* A big int's limbs: an exact int is an rt_bigint; an instance of an int
 * subclass (a heap type, whose basicsize holds its __dict__ and weakref
 * slots) keeps the size and limbs after its basicsize. */
static inline const rt_bigint *rt_int_big_of(rt_object *o)
{
    if (o->type == &rt_int_type)
        return (const rt_bigint *)o;
    return (const rt_bigint *)((const char *)o + o->type->basicsize - (intptr_t)sizeof(rt_int));
}

/* The value of a small int (RT_INT_BIG for a big one). */
#define RT_INT_VALUE(o) (((rt_int *)(o))->value)
static inline bool rt_int_check(rt_object *o) { return (o->type->flags & RT_TPFLAGS_INT_SUBCLASS) != 0; }
static inline bool rt_int_check_exact(rt_object *o) { return o->type == &rt_int_type; }
static inline bool rt_int_is_small(rt_object *o) { return RT_INT_VALUE(o) != RT_INT_BIG; }
static inline bool rt_bool_check(rt_object *o) { return o->type == &rt_bool_type; }
static inline rt_object *rt_bool_from(bool b) { return rt_newref(b ? RT_TRUE : RT_FALSE); }

/* New int (small values come from the cache); NULL + MemoryError. */
rt_object *rt_int_from_i64(int64_t v);
/* The cache of -5..256 (int.c), and rt_int_from_i64 with its lookup
 * inline for the eval loop's int forms. */
#define RT_INT_SMALL_NEG 5
#define RT_INT_SMALL_POS 257
extern rt_int rt_int_small_cache[RT_INT_SMALL_NEG + RT_INT_SMALL_POS];
/* rt_int_from_i64 of a value outside the cache. */
rt_object *rt_int_from_i64_uncached(int64_t v);
static inline rt_object *rt_int_from_i64_fast(int64_t v)
{
    if ((uint64_t)v + RT_INT_SMALL_NEG < RT_INT_SMALL_NEG + RT_INT_SMALL_POS)
        return rt_newref(RT_OBJ(&rt_int_small_cache[v + RT_INT_SMALL_NEG]));
    return rt_int_from_i64_uncached(v);
}
rt_object *rt_int_from_u64(uint64_t v);
/* An exact int of o's value (o itself when exact; an int subclass's or
 * bool's value copied). */
rt_object *rt_int_exact(rt_object *o);
/* operator.index(o) as an exact int (PyNumber_Index); NULL + TypeError. */
rt_object *rt_int_index_exact(rt_object *o);
/* A new instance of int subclass t (a heap type) holding value's value. */
rt_object *rt_int_subclass_new(rt_type *t, rt_object *value);
/* An int from a magnitude in 32-bit limbs (least significant first). */
rt_object *rt_int_from_limbs(const uint32_t *limbs, intptr_t n, bool negative);

/* A read-only view of any int's magnitude as limbs (buf backs a small one;
 * the view must not be copied). */
typedef struct rt_int_view {
    const uint32_t *d;
    intptr_t n;           /* limbs, 0 for zero */
    bool neg;
    uint32_t buf[2];
} rt_int_view;
void rt_int_view_of(rt_object *o, rt_int_view *v);

/* The value of an int (or of an object with __index__); -1 + exception
 * (TypeError; OverflowError "Python int too large to convert to C ssize_t"
 * beyond 64 bits) -- check rt_err_occurred() on -1. */
int64_t rt_int_as_i64(rt_object *o);
/* o (an int) is -2**63: the one int64_t value that is stored big, since
 * RT_INT_BIG marks the big ones. */
bool rt_int_is_i64_min(rt_object *o);
/* The same but an int beyond 64 bits saturates to INT64_MIN/INT64_MAX (for
 * clamping, as CPython's slice indices). */
int64_t rt_int_as_i64_clamped(rt_object *o);
/* int(text, base): base 0 or 2..36; CPython's syntax (sign, spaces,
 * underscores, 0x/0o/0b prefixes), its error messages and its limit on
 * decimal digits (sys.set_int_max_str_digits). */
rt_object *rt_int_from_string(const char *s, intptr_t len, int base);
/* The same, naming shown (a str) in the "invalid literal" message. */
rt_object *rt_int_from_text(const char *s, intptr_t len, int base, rt_object *shown);
/* int(str, base): non-ASCII decimal digits and whitespace read as
 * CPython's do (runtime/numtext.c); the message shows the str itself. */
rt_object *rt_int_from_str(rt_object *str, int base);
/* int(x) of a float: truncation; OverflowError / ValueError as CPython. */
rt_object *rt_int_from_double(double d);
/* float(int), correctly rounded; -1.0 + OverflowError "int too large to
 * convert to float" -- check rt_err_occurred() on -1.0. */
double rt_int_as_double(rt_object *o);
/* Compare int with double exactly (as CPython): -1, 0, 1, or 2 for NaN. */
int rt_int_compare_double(rt_object *i, double d);
/* -1, 0, 1 as a <, ==, > b. */
int rt_int_compare(rt_object *a, rt_object *b);
/* hash(v) as CPython computes it for an int of that value. */
intptr_t rt_int_hash_value(int64_t v);
/* The same inline for the common case: v itself when |v| < 2**61 - 1 (the
 * Mersenne modulus), -1 read as -2. */
static inline intptr_t rt_int_hash_fast(int64_t v)
{
    const int64_t m = ((int64_t)1 << 61) - 1;
    if (v > -m && v < m)
        return v == -1 ? -2 : (intptr_t)v;
    return rt_int_hash_value(v);
}
intptr_t rt_int_hash(rt_object *o);
/* decimal text of an int into a new str */
rt_object *rt_int_repr(rt_object *o);
/* The magnitude's digits in base 2, 8, 10 or 16 (lower case), no sign. */
rt_object *rt_int_format_magnitude(rt_object *o, int base);
/* Number of bits of |o| (int.bit_length). */
int64_t rt_int_bit_length(rt_object *o);
/* sign of o: -1, 0, 1 */
int rt_int_sign(rt_object *o);
/* Arithmetic on ints of either layout (the number slots' slow paths). */
rt_object *rt_int_add(rt_object *a, rt_object *b);
rt_object *rt_int_sub(rt_object *a, rt_object *b);
rt_object *rt_int_mul(rt_object *a, rt_object *b);
/* Floor division and modulo; either out may be NULL. 0 or -1 + exception. */
int rt_int_divmod(rt_object *a, rt_object *b, rt_object **q, rt_object **r);
rt_object *rt_int_negate(rt_object *a);
/* pow(a, e, m) for ints of any size (CPython's errors). */
rt_object *rt_int_powmod(rt_object *a, rt_object *e, rt_object *m);
/* The limit on decimal digits in int <-> str (sys.set_int_max_str_digits). */
extern int64_t rt_int_max_str_digits;

#endif

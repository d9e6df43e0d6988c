/*
 * bigint.h -- bigint.c's entry points for int.c (private to the runtime):
 * the slow paths of the number slots, taken when an operand is big or a
 * 64-bit result would overflow.
 */
#ifndef GCLAB_RUNTIME_BIGINT_H
#define GCLAB_RUNTIME_BIGINT_H

#include "runtime/int.h"

/* a << s and a >> s (floor) for s >= 0 */
rt_object *rt_int_lshift_big(rt_object *a, int64_t s);
rt_object *rt_int_rshift_big(rt_object *a, int64_t s);
/* a & b, a | b, a ^ b with two's complement semantics; op is '&', '|', '^' */
rt_object *rt_int_bitop_big(rt_object *a, rt_object *b, int op);
/* a / b, both non-zero, correctly rounded */
rt_object *rt_int_truediv_big(rt_object *a, rt_object *b);
/* pow(base, e, m) for m > 0, 0 <= base < m, e >= 0 */
rt_object *rt_int_powmod_pos(rt_object *base, rt_object *e, rt_object *m);
/* a ** e for e >= 1, a != 0, whatever the size of the result */
rt_object *rt_int_pow_big(rt_object *a, int64_t e);
/* digit values (each < base, most significant first) to an int */
rt_object *rt_int_from_digit_values(const unsigned char *dv, intptr_t n, int base, bool neg);

/* int's methods and computed attributes (int_methods.c) */
extern rt_method_def rt_int_methods[];
extern rt_getset_def rt_int_getsets[];

#endif

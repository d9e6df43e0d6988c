/*
 * complex.h -- complex: a pair of IEEE doubles with CPython 3.11's
 * arithmetic (its division and power algorithms, so results agree to the
 * bit), hashing, comparisons, repr and string parsing.
 *
 * Invariants: a complex is immutable and no container (no gc head, as
 * CPython's); a subclass's instance keeps the pair where complex has it.
 */
#ifndef GCLAB_RUNTIME_COMPLEX_H
#define GCLAB_RUNTIME_COMPLEX_H

#include "runtime/object.h"

typedef struct rt_complex {
    RT_OBJECT_HEAD
    double real, imag;
} rt_complex;

extern rt_type rt_complex_type;

static inline bool rt_complex_check(rt_object *o)
{
    return o->type == &rt_complex_type || rt_type_is_subtype(o->type, &rt_complex_type);
}
static inline bool rt_complex_check_exact(rt_object *o) { return o->type == &rt_complex_type; }
#define RT_COMPLEX_REAL(o) (((rt_complex *)(o))->real)
#define RT_COMPLEX_IMAG(o) (((rt_complex *)(o))->imag)

rt_object *rt_complex_from_doubles(double real, double imag);
/* a ** b for complex values, CPython's complex_pow (integral exponents by
 * repeated squaring, else polar form) with its errors. */
rt_object *rt_complex_pow_values(double ar, double ai, double br, double bi);
/* One part as CPython's complex repr writes it (PyOS_double_to_string 'r'
 * without ".0": "1", "-0", "1e+16", "inf", "nan"), a sign forced when
 * sign is true; into buf (at least 40 bytes).  Returns buf. */
char *rt_complex_part_repr(double v, bool sign, char *buf, size_t size);

int rt_complex_init(void);

#endif

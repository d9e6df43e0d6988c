/*
 * float.h -- float: IEEE double with CPython's printing, hashing and
 * division semantics.
 */
#ifndef GCLAB_RUNTIME_FLOAT_H
#define GCLAB_RUNTIME_FLOAT_H

#include <string.h>
#include "runtime/object.h"
#include "runtime/gchead.h"
#include "runtime/census.h"
#include "runtime/telemetry.h"

typedef struct rt_float {
    RT_OBJECT_HEAD
    double value;
} rt_float;

extern rt_type rt_float_type;
/* float_methods.c */
extern rt_method_def rt_float_methods[];
extern rt_getset_def rt_float_getsets[];

#define RT_FLOAT_VALUE(o) (((rt_float *)(o))->value)
static inline bool rt_float_check(rt_object *o)
{
    return o->type == &rt_float_type || rt_type_is_subtype(o->type, &rt_float_type);
}
static inline bool rt_float_check_exact(rt_object *o) { return o->type == &rt_float_type; }

rt_object *rt_float_from_double(double v);

/* CPython 3.11's float free list: up to RT_FLOAT_MAXFREE dead exact floats
 * are kept, linked through their value field, and the next float made
 * takes one; as the other free lists, only under refcounting, emptied by a
 * full collection.  Not while the heap census records (census.h): a float
 * kept here would count as alive and its death go unseen, and floats are
 * the shortest-lived objects of numeric programs; a float is no container,
 * so this moves no gc count.  The type field stays &rt_float_type.  In
 * this header for the eval loop's float forms, which release the operands
 * they drop without the generic deallocation's calls. */
#define RT_FLOAT_MAXFREE 100
extern rt_float *rt_float_free;
extern int rt_float_nfree;
static inline bool rt_float_free_listable(void)
{
    return rt_float_nfree < RT_FLOAT_MAXFREE && rt_freelists_on() && !rt_census_active;
}
static inline void rt_float_free_push(rt_object *o)
{
    memcpy(&RT_FLOAT_VALUE(o), &rt_float_free, sizeof rt_float_free);
    rt_float_free = (rt_float *)o;
    rt_float_nfree++;
}
/* Drop a reference to an exact float: what rt_decref does, the free list
 * inline.  Telemetry's deallocation credit (telemetry.h) is spent as
 * rt_dealloc spends it; when it runs out, rt_dealloc takes the object. */
static inline void rt_float_decref(rt_object *o)
{
    if (--o->refcnt != 0)
        return;
    if (__builtin_expect(rt_float_free_listable(), 1)) {
        if (__builtin_expect(!rt_tel_dealloc_due(), 1)) {
            rt_float_free_push(o);
            return;
        }
        rt_tel.dealloc_credit++;   /* rt_dealloc spends it again */
    }
    rt_dealloc(o);
}
/* float(o) for a float or an int: -1.0 + TypeError otherwise (check
 * rt_err_occurred). */
double rt_float_as_double(rt_object *o);
/* float(text) as CPython parses it ("inf", "nan", " 1.5 ", "1_0.5"). */
rt_object *rt_float_from_string(const char *s, intptr_t len);
/* The same, naming shown (a str) in the "could not convert" message. */
rt_object *rt_float_from_text(const char *s, intptr_t len, rt_object *shown);
/* float(str): non-ASCII decimal digits and whitespace read as CPython's
 * do (runtime/numtext.c). */
rt_object *rt_float_from_str(rt_object *str);
/* repr(v) into buf (at least 32 bytes): shortest round-trip text, CPython's
 * layout ("1e+16", "0.1", "-0.0", "inf", "nan").  Returns buf. */
char *rt_float_format_repr(double v, char *buf, size_t size);
/* '%.*f' % a for a finite a >= 0 below 2**63 and prec <= 17, exact (the
 * correctly rounded decimal, ties to even, as CPython's dtoa and glibc's
 * printf give), into buf (at least RT_FLOAT_FIXED_MAX bytes).  Returns the
 * length, or -1 when a or prec is outside that range (use snprintf). */
#define RT_FLOAT_FIXED_MAX 48
int rt_float_format_fixed(double a, int prec, char *buf);
/* '%.*e' % a (or '%.*E' when upper) the same way, for a finite a >= 0 and
 * prec <= 17 where the scaled value fits 128 bits (|exponent| up to about
 * 20); else -1. */
int rt_float_format_exp(double a, int prec, bool upper, char *buf);
/* '%.*g' % a, or '%#.*g' when alt (Python's 'g': precision 0 counts as 1;
 * the exponent form when the exponent X of a rounded to prec digits is
 * below -4 or at least prec, else fixed with prec - 1 - X decimals; without
 * alt the zeros ending a fraction and a bare point are dropped, with alt
 * there is always a point -- where glibc's "%#g" of 999999.5 gives "1.e+06"
 * and CPython "1.00000e+06"), for a finite a >= 0 and prec <= 18 where the
 * two above apply; else -1.  buf: RT_FLOAT_FIXED_MAX bytes. */
int rt_float_format_general(double a, int prec, bool upper, bool alt, char *buf);
/* a ** b on doubles with CPython's float_pow rules: ZeroDivisionError for
 * 0.0 to a negative power, OverflowError when a finite result overflows,
 * and a complex result for a negative base to a fractional power. */
rt_object *rt_float_pow_values(double a, double b);
/* hash(v) exactly as CPython's _Py_HashDouble (nan: by identity of obj). */
intptr_t rt_float_hash_value(double v, rt_object *obj);

#endif

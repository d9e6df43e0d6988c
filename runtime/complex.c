/*
 * complex.c -- the complex type, as CPython 3.11's Objects/complexobject.c
 * behaves (written from its documented behaviour and observed results):
 *
 *   - arithmetic with int, float and complex operands (an int converts as
 *     float() does, OverflowError past a double); division by Smith's
 *     method on the larger part of the divisor, and ** by repeated squaring
 *     for an integral real exponent, else through the polar form, so that
 *     results agree with CPython's to the last bit;
 *   - == and != only (an int compares exactly through a float when the
 *     imaginary part is 0); ordering is refused;
 *   - hash(re) + 1000003 * hash(im), so hash(complex(1, 0)) == hash(1);
 *   - repr/str "(1+2j)", "1j", "(-0-1j)", "(nan+infj)": parts printed
 *     shortest-round-trip without a ".0", the real one omitted when it is
 *     +0.0;
 *   - complex(real=0, imag=0), complex(str) with CPython's grammar
 *     (parentheses, "j", "-j", underscores between digits) and messages.
 *
 * Format specs are vm/format.c's (format_complex).  Invariant: a complex
 * holds no references, so it needs no gc head and is never tracked.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "runtime/complex.h"
#include "runtime/gchead.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/alloc.h"

typedef struct {
    double re, im;
} cval;

/* A complex of type t (a subclass's instance is a container with a gc
 * head and a reference to its class, tracked as CPython's tp_alloc does). */
static rt_object *from_cval(rt_type *t, cval c)
{
    bool exact = t == &rt_complex_type;
    rt_complex *o = (rt_complex *)(exact ? rt_object_new_pointer_free(t) : rt_object_new(t));
    if (!o)
        return NULL;
    o->real = c.re;
    o->imag = c.im;
    if (!exact && rt_type_is_gc(t))
        rt_gc_track(RT_OBJ(o));
    return RT_OBJ(o);
}

rt_object *rt_complex_from_doubles(double real, double imag)
{
    return from_cval(&rt_complex_type, (cval){ real, imag });
}

/* An operand as a complex value: 1, 0 when its type takes no part
 * (NotImplemented), -1 with an exception (an int too large). */
static int to_cval(rt_object *o, cval *c)
{
    if (rt_complex_check(o)) {
        *c = (cval){ RT_COMPLEX_REAL(o), RT_COMPLEX_IMAG(o) };
        return 1;
    }
    if (rt_float_check(o)) {
        *c = (cval){ RT_FLOAT_VALUE(o), 0.0 };
        return 1;
    }
    if (rt_int_check(o)) {
        double d = rt_int_as_double(o);
        if (d == -1.0 && rt_err_occurred())
            return -1;
        *c = (cval){ d, 0.0 };
        return 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y)                         \
    cval x, y;                                       \
    int ra_ = to_cval(a, &x);                        \
    if (ra_ < 0)                                     \
        return NULL;                                 \
    int rb_ = ra_ ? to_cval(b, &y) : 0;              \
    if (rb_ < 0)                                     \
        return NULL;                                 \
    if (!ra_ || !rb_)                                \
        return rt_newref(RT_NOTIMPLEMENTED)

static cval c_prod(cval a, cval b)
{
    return (cval){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re };
}

/* a / b; errno EDOM for a zero divisor (CPython's _Py_c_quot). */
static cval c_quot(cval a, cval b)
{
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            errno = EDOM;
            return (cval){ 0.0, 0.0 };
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cval){ (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
    if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cval){ (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
    return (cval){ NAN, NAN };   /* a NaN in the divisor */
}

static cval c_pow(cval a, cval b)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (cval){ 1.0, 0.0 };
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            errno = EDOM;
        return (cval){ 0.0, 0.0 };
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cval){ len * cos(phase), len * sin(phase) };
}

static cval c_powu(cval x, long n)
{
    cval r = { 1.0, 0.0 }, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

/* Repeated squaring only up to |n| = 100 (CPython 3.11's bound: past it
 * the polar form, whose rounding differs). */
static cval c_powi(cval x, long n)
{
    if (n > 100 || n < -100)
        return c_pow(x, (cval){ (double)n, 0.0 });
    if (n > 0)
        return c_powu(x, n);
    return c_quot((cval){ 1.0, 0.0 }, c_powu(x, -n));
}

rt_object *rt_complex_pow_values(double ar, double ai, double br, double bi)
{
    cval a = { ar, ai }, b = { br, bi }, p;
    errno = 0;
    /* an integral exponent that fits a long: repeated squaring (the
     * comparison through a long as CPython's, huge values excluded) */
    if (bi == 0.0 && br == floor(br) && fabs(br) < 9.2e18 && br == (double)(long)br)
        p = c_powi(a, (long)br);
    else
        p = c_pow(a, b);
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return rt_err_set_string(&rt_exc_OverflowError, "complex exponentiation");
    return rt_complex_from_doubles(p.re, p.im);
}

static rt_object *c_add(rt_object *a, rt_object *b)
{
    OPERANDS(a, b, x, y);
    return rt_complex_from_doubles(x.re + y.re, x.im + y.im);
}

static rt_object *c_sub(rt_object *a, rt_object *b)
{
    OPERANDS(a, b, x, y);
    return rt_complex_from_doubles(x.re - y.re, x.im - y.im);
}

static rt_object *c_mul(rt_object *a, rt_object *b)
{
    OPERANDS(a, b, x, y);
    cval r = c_prod(x, y);
    return rt_complex_from_doubles(r.re, r.im);
}

static rt_object *c_div(rt_object *a, rt_object *b)
{
    OPERANDS(a, b, x, y);
    errno = 0;
    cval r = c_quot(x, y);
    if (errno == EDOM)
        return rt_err_set_string(&rt_exc_ZeroDivisionError, "complex division by zero");
    return rt_complex_from_doubles(r.re, r.im);
}

static rt_object *c_power(rt_object *a, rt_object *b)
{
    OPERANDS(a, b, x, y);
    return rt_complex_pow_values(x.re, x.im, y.re, y.im);
}

static rt_object *c_neg(rt_object *a) { return rt_complex_from_doubles(-RT_COMPLEX_REAL(a), -RT_COMPLEX_IMAG(a)); }

static rt_object *c_pos(rt_object *a)
{
    if (rt_complex_check_exact(a))
        return rt_newref(a);
    return rt_complex_from_doubles(RT_COMPLEX_REAL(a), RT_COMPLEX_IMAG(a));
}

static rt_object *c_abs(rt_object *a)
{
    double re = RT_COMPLEX_REAL(a), im = RT_COMPLEX_IMAG(a), r;
    if (!isfinite(re) || !isfinite(im)) {
        /* an infinite part wins over a NaN one, as C99's hypot */
        r = isinf(re) ? fabs(re) : isinf(im) ? fabs(im) : NAN;
    } else {
        r = hypot(re, im);
        if (isinf(r))
            return rt_err_set_string(&rt_exc_OverflowError, "absolute value too large");
    }
    return rt_float_from_double(r);
}

static int c_bool(rt_object *a) { return RT_COMPLEX_REAL(a) != 0.0 || RT_COMPLEX_IMAG(a) != 0.0; }

static rt_number_methods complex_as_number = {
    .add = c_add,
    .subtract = c_sub,
    .multiply = c_mul,
    .true_divide = c_div,
    .power = c_power,
    .negative = c_neg,
    .positive = c_pos,
    .absolute = c_abs,
    .bool_ = c_bool,
};

/* ---- comparison and hash ------------------------------------------------ */

static rt_object *complex_richcompare(rt_object *a, rt_object *b, int op)
{
    if ((op != RT_EQ && op != RT_NE) || !rt_complex_check(a))
        return rt_newref(RT_NOTIMPLEMENTED);
    double re = RT_COMPLEX_REAL(a), im = RT_COMPLEX_IMAG(a);
    bool equal;
    if (rt_int_check(b)) {
        if (im != 0.0) {
            equal = false;
        } else {   /* exact: the float's comparison with an int */
            rt_object *f = rt_float_from_double(re);
            if (!f)
                return NULL;
            rt_object *r = rt_richcompare(f, b, op);
            rt_decref(f);
            return r;
        }
    } else if (rt_float_check(b)) {
        equal = re == RT_FLOAT_VALUE(b) && im == 0.0;
    } else if (rt_complex_check(b)) {
        equal = re == RT_COMPLEX_REAL(b) && im == RT_COMPLEX_IMAG(b);
    } else {
        return rt_newref(RT_NOTIMPLEMENTED);
    }
    return rt_bool_from(equal == (op == RT_EQ));
}

static intptr_t complex_hash(rt_object *o)
{
    uint64_t hr = (uint64_t)rt_float_hash_value(RT_COMPLEX_REAL(o), o);
    uint64_t hi = (uint64_t)rt_float_hash_value(RT_COMPLEX_IMAG(o), o);
    uint64_t h = hr + 1000003u * hi;   /* unsigned: wraps as CPython's Py_uhash_t */
    return (intptr_t)h == -1 ? -2 : (intptr_t)h;
}

/* ---- repr --------------------------------------------------------------- */

char *rt_complex_part_repr(double v, bool sign, char *buf, size_t size)
{
    char tmp[48];
    if (isnan(v))
        strcpy(tmp, "nan");   /* never a minus sign, as CPython */
    else
        rt_float_format_repr(v, tmp, sizeof tmp);
    size_t n = strlen(tmp);
    if (n > 2 && tmp[n - 2] == '.' && tmp[n - 1] == '0')
        tmp[n - 2] = '\0';
    snprintf(buf, size, "%s%s", sign && tmp[0] != '-' ? "+" : "", tmp);
    return buf;
}

static rt_object *complex_repr(rt_object *o)
{
    double re = RT_COMPLEX_REAL(o), im = RT_COMPLEX_IMAG(o);
    char rb[48], ib[48];
    if (re == 0.0 && !signbit(re))
        return rt_str_from_format("%sj", rt_complex_part_repr(im, false, ib, sizeof ib));
    return rt_str_from_format("(%s%sj)", rt_complex_part_repr(re, false, rb, sizeof rb),
                              rt_complex_part_repr(im, true, ib, sizeof ib));
}

/* ---- construction -------------------------------------------------------- */

/* A float at s, as PyOS_string_to_double reads one (sign, digits with an
 * optional point and exponent, or inf/infinity/nan): the end of what it
 * read (s when nothing), the value in *v. */
static const char *parse_double(const char *s, double *v)
{
    const char *p = s;
    bool neg = false;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if (strncasecmp(p, "infinity", 8) == 0 || strncasecmp(p, "inf", 3) == 0) {
        *v = neg ? -INFINITY : INFINITY;
        return p + (strncasecmp(p, "infinity", 8) == 0 ? 8 : 3);
    }
    if (strncasecmp(p, "nan", 3) == 0) {
        *v = neg ? -NAN : NAN;
        return p + 3;
    }
    const char *q = p;
    size_t digits = 0;
    while (*q >= '0' && *q <= '9')
        q++, digits++;
    if (*q == '.') {
        q++;
        while (*q >= '0' && *q <= '9')
            q++, digits++;
    }
    if (!digits)
        return s;
    if (*q == 'e' || *q == 'E') {
        const char *e = q + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (*e >= '0' && *e <= '9') {
            while (*e >= '0' && *e <= '9')
                e++;
            q = e;
        }
    }
    size_t n = (size_t)(q - s);
    char small[64];
    char *buf = n < sizeof small ? small : rt_raw_malloc(n + 1);
    if (!buf)
        return s;
    memcpy(buf, s, n);
    buf[n] = '\0';
    *v = strtod(buf, NULL);   /* overflow gives +-HUGE_VAL, as CPython's */
    if (buf != small)
        rt_raw_free(buf);
    return q;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* CPython's complex_from_string_inner over the text s (underscores
 * already removed); false when malformed. */
static bool parse_complex(const char *s, const char *end, cval *out)
{
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (is_space(*s))
        s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (is_space(*s))
            s++;
    }
    const char *e = parse_double(s, &z);
    if (e != s) {
        s = e;
        if (*s == '+' || *s == '-') {
            x = z;
            e = parse_double(s, &y);
            if (e != s)
                s = e;
            else
                y = *s++ == '+' ? 1.0 : -1.0;
            if (*s != 'j' && *s != 'J')
                return false;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*s == '+' || *s == '-')
            y = *s++ == '+' ? 1.0 : -1.0;
        else
            y = 1.0;
        if (*s != 'j' && *s != 'J')
            return false;
        s++;
    }
    while (is_space(*s))
        s++;
    if (bracket) {
        if (*s != ')')
            return false;
        s++;
        while (is_space(*s))
            s++;
    }
    if (s != end)
        return false;
    *out = (cval){ x, y };
    return true;
}

/* complex(str): underscores only between digits (else "could not
 * convert", as CPython's _Py_string_to_number_with_underscores), then the
 * grammar above. */
static rt_object *complex_from_str(rt_type *t, rt_object *str)
{
    const char *s = rt_str_data(str);
    intptr_t n = rt_str_size(str);
    if ((intptr_t)strlen(s) != n)
        return rt_err_set_string(&rt_exc_ValueError, "complex() arg is a malformed string");
    char small[128];
    char *buf = n < (intptr_t)sizeof small ? small : rt_raw_malloc((size_t)n + 1);
    if (!buf)
        return rt_err_no_memory();
    intptr_t k = 0;
    bool bad_underscore = false;
    for (intptr_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 >= n || !(s[i - 1] >= '0' && s[i - 1] <= '9') || !(s[i + 1] >= '0' && s[i + 1] <= '9'))
                bad_underscore = true;
            continue;
        }
        buf[k++] = s[i];
    }
    buf[k] = '\0';
    cval c;
    bool ok = !bad_underscore && parse_complex(buf, buf + k, &c);
    if (buf != small)
        rt_raw_free(buf);
    if (bad_underscore)
        return rt_err_format(&rt_exc_ValueError, "could not convert string to complex: %R", str);
    if (!ok)
        return rt_err_set_string(&rt_exc_ValueError, "complex() arg is a malformed string");
    return from_cval(t, c);
}

/* x.__complex__() if x's class defines it: 1 with *c, 0 when it has
 * none, -1 with an exception. */
static int complex_special(rt_object *x, cval *c)
{
    if (rt_complex_check_exact(x) || !(x->type->flags & RT_TPFLAGS_HEAPTYPE))
        return 0;
    rt_object *name = rt_str_intern_cstr("__complex__");
    if (!name || !rt_type_lookup(x->type, name))
        return 0;
    rt_object *r = rt_call_method(x, "__complex__", NULL, 0);
    if (!r)
        return -1;
    if (!rt_complex_check(r)) {
        rt_err_format(&rt_exc_TypeError, "__complex__ returned non-complex (type %s)", rt_type_name(r));
        rt_decref(r);
        return -1;
    }
    *c = (cval){ RT_COMPLEX_REAL(r), RT_COMPLEX_IMAG(r) };
    rt_decref(r);
    return 1;
}

static bool is_number(rt_object *o)
{
    rt_number_methods *nb = o->type->as_number;
    return rt_complex_check(o) || (nb && (nb->float_ || nb->index)) || rt_float_check(o) || rt_int_check(o);
}

/* A part of the constructor's arguments as a complex value; *is_complex
 * tells whether it had an imaginary part to give. */
static int part_value(rt_object *o, cval *c, bool *is_complex)
{
    int r = complex_special(o, c);
    if (r)
        return r < 0 ? -1 : (*is_complex = true, 0);
    if (rt_complex_check(o)) {
        *c = (cval){ RT_COMPLEX_REAL(o), RT_COMPLEX_IMAG(o) };
        *is_complex = true;
        return 0;
    }
    double d = rt_float_as_double(o);
    if (d == -1.0 && rt_err_occurred())
        return -1;
    *c = (cval){ d, 0.0 };
    *is_complex = false;
    return 0;
}

static rt_object *complex_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    static const char *const names[] = { "real", "imag" };
    rt_object *v[2] = { NULL, NULL };
    if (rt_clinic_bind_dict("complex", names, 2, 0, args, kwargs, v) < 0)
        return NULL;
    rt_object *r = v[0], *i = v[1];
    if (!r)
        r = RT_OBJ(&rt_int_small_cache[RT_INT_SMALL_NEG]);   /* complex(imag=x): int 0 (immortal, borrowed) */
    if (rt_complex_check_exact(r) && !i && t == &rt_complex_type)
        return rt_newref(r);
    if (rt_str_check(r)) {
        if (i)
            return rt_err_set_string(&rt_exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(t, r);
    }
    if (i && rt_str_check(i))
        return rt_err_set_string(&rt_exc_TypeError, "complex() second arg can't be a string");
    cval cr, ci = { 0.0, 0.0 };
    bool cr_complex = false, ci_complex = false;
    int sp = complex_special(r, &cr);
    if (sp < 0)
        return NULL;
    if (sp) {
        cr_complex = true;
    } else {
        if (!is_number(r))
            return rt_err_format(&rt_exc_TypeError, "complex() first argument must be a string or a number, not '%s'",
                                 rt_type_name(r));
        if (i && !is_number(i))
            return rt_err_format(&rt_exc_TypeError, "complex() second argument must be a number, not '%s'",
                                 rt_type_name(i));
        if (part_value(r, &cr, &cr_complex) < 0)
            return NULL;
    }
    if (i && part_value(i, &ci, &ci_complex) < 0)
        return NULL;
    /* complex(a, b) is a + b*1j, without the rounding of a product */
    if (ci_complex)
        cr.re -= ci.im;
    if (cr_complex && i)
        ci.re += cr.im;
    return from_cval(t, (cval){ cr.re, i ? ci.re : (cr_complex ? cr.im : 0.0) });
}

/* ---- methods and attributes ----------------------------------------------- */

static rt_object *get_real(rt_object *self, void *c) { (void)c; return rt_float_from_double(RT_COMPLEX_REAL(self)); }
static rt_object *get_imag(rt_object *self, void *c) { (void)c; return rt_float_from_double(RT_COMPLEX_IMAG(self)); }

static int no_args(const char *name, intptr_t nargs, rt_object *kw)
{
    if (kw && RT_SIZE(kw)) {
        rt_err_format(&rt_exc_TypeError, "complex.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs) {
        rt_err_format(&rt_exc_TypeError, "complex.%s() takes no arguments (%ld given)", name, (long)nargs);
        return -1;
    }
    return 0;
}

static rt_object *m_conjugate(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (no_args("conjugate", nargs, kw) < 0)
        return NULL;
    return rt_complex_from_doubles(RT_COMPLEX_REAL(self), -RT_COMPLEX_IMAG(self));
}

static rt_object *m_getnewargs(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (no_args("__getnewargs__", nargs, kw) < 0)
        return NULL;
    rt_object *re = rt_float_from_double(RT_COMPLEX_REAL(self));
    rt_object *im = re ? rt_float_from_double(RT_COMPLEX_IMAG(self)) : NULL;
    rt_object *t = im ? rt_tuple_pack(2, re, im) : NULL;
    RT_XDECREF(re);
    RT_XDECREF(im);
    return t;
}

static rt_object *m_complex(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kw)
{
    (void)args;
    if (no_args("__complex__", nargs, kw) < 0)
        return NULL;
    return c_pos(self);
}

static rt_method_def complex_methods[] = {
    { "conjugate", m_conjugate, RT_METH_FASTCALL, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j." },
    { "__getnewargs__", m_getnewargs, RT_METH_FASTCALL, NULL },
    { "__complex__", m_complex, RT_METH_FASTCALL, "Convert this value to exact type complex." },
    { NULL, NULL, 0, NULL },
};

static rt_getset_def complex_getsets[] = {
    { "real", get_real, NULL, "the real part of a complex number" },
    { "imag", get_imag, NULL, "the imaginary part of a complex number" },
    { NULL, NULL, NULL, NULL },
};

rt_type rt_complex_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "complex",
    .basicsize = sizeof(rt_complex),
    .flags = RT_TPFLAGS_BASETYPE | RT_TPFLAGS_PLAIN_DEALLOC,
    .dealloc = rt_object_free,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .as_number = &complex_as_number,
    .methods = complex_methods,
    .getsets = complex_getsets,
    .new_ = complex_new,
};

int rt_complex_init(void) { return rt_type_ready(&rt_complex_type); }

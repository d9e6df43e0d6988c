/*
 * bool.c -- bool, int's final subtype with exactly two instances.
 *
 * True and False are immortal static ints of type bool (value 1 and 0), so
 * every int operation works on them unchanged; only repr and the bitwise
 * operators between two bools (which stay bools) differ.
 */
#include "runtime/int.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

rt_int rt_true_struct = { { RT_IMMORTAL_REFCNT, &rt_bool_type }, 1 };
rt_int rt_false_struct = { { RT_IMMORTAL_REFCNT, &rt_bool_type }, 0 };

static rt_object *bool_repr(rt_object *o)
{
    return rt_str_intern_cstr(o == RT_TRUE ? "True" : "False");
}

static rt_object *bool_vectorcall(rt_type *t, rt_object *const *args, intptr_t n)
{
    (void)t;
    if (n > 1)
        return rt_err_format(&rt_exc_TypeError, "bool expected at most 1 argument, got %ld", (long)n);
    if (n == 0)
        return rt_newref(RT_FALSE);
    int r = rt_is_true(args[0]);
    return r < 0 ? NULL : rt_bool_from(r);
}

static rt_object *bool_new(rt_type *t, rt_object *args, rt_object *kwargs)
{
    if (kwargs && rt_dict_size(kwargs) > 0)
        return rt_err_set_string(&rt_exc_TypeError, "bool() takes no keyword arguments");
    return bool_vectorcall(t, RT_TUPLE_ITEMS(args), RT_SIZE(args));
}

/* The bitwise operators keep bool only when both operands are bools. */
static rt_object *bool_bitop(rt_object *a, rt_object *b, int op)
{
    if (rt_bool_check(a) && rt_bool_check(b)) {
        bool x = a == RT_TRUE, y = b == RT_TRUE;
        return rt_bool_from(op == RT_NB_AND ? (x & y) : op == RT_NB_OR ? (x | y) : (x ^ y));
    }
    rt_binaryfunc f = op == RT_NB_AND ? rt_int_type.as_number->and_
                    : op == RT_NB_OR ? rt_int_type.as_number->or_ : rt_int_type.as_number->xor_;
    return f(a, b);
}
static rt_object *bool_and(rt_object *a, rt_object *b) { return bool_bitop(a, b, RT_NB_AND); }
static rt_object *bool_or(rt_object *a, rt_object *b) { return bool_bitop(a, b, RT_NB_OR); }
static rt_object *bool_xor(rt_object *a, rt_object *b) { return bool_bitop(a, b, RT_NB_XOR); }

/* The other slots are inherited from int by rt_type_ready. */
static rt_number_methods bool_as_number = { .and_ = bool_and, .or_ = bool_or, .xor_ = bool_xor };

RT_NOSCAN_TYPE rt_type rt_bool_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "bool",
    .basicsize = sizeof(rt_int),
    .flags = RT_TPFLAGS_INT_SUBCLASS | RT_TPFLAGS_MATCH_SELF,     /* not BASETYPE: bool is final */
    .repr = bool_repr,
    .as_number = &bool_as_number,
    .base = &rt_int_type,
    .new_ = bool_new,
    .vectorcall = bool_vectorcall,
};

int rt_bool_init(void) { return rt_type_ready(&rt_bool_type); }

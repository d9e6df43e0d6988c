/*
 * test_int.c -- int and bool: arithmetic, overflow (never wrapping), floor
 * division and modulo signs, shifts, hashing, comparisons, conversions and
 * error messages, all checked against CPython 3.11's output.
 */
#include <math.h>
#include "tests/unit/objcore_util.h"

TestSuite(int, .init = objcore_setup);

static int64_t ival(rt_object *o)
{
    cr_assert_not_null(o, "unexpected exception");
    cr_assert(rt_int_check(o));
    int64_t v = RT_INT_VALUE(o);
    RT_DECREF(o);
    return v;
}

/* (a, b, a // b, a % b), printed by python3 */
static const int64_t divmod_table[][4] = {
    { -7LL, 3LL, -3LL, 2LL },
    { -7LL, -3LL, 2LL, -1LL },
    { -7LL, 2LL, -4LL, 1LL },
    { -7LL, -2LL, 3LL, -1LL },
    { -7LL, 1LL, -7LL, 0LL },
    { -7LL, -1LL, 7LL, 0LL },
    { -7LL, 7LL, -1LL, 0LL },
    { -7LL, -7LL, 1LL, 0LL },
    { -7LL, 9223372036854775807LL, -1LL, 9223372036854775800LL },
    { -7LL, INT64_MIN, 0LL, -7LL },
    { -7LL, 10LL, -1LL, 3LL },
    { -7LL, -10LL, 0LL, -7LL },
    { 7LL, 3LL, 2LL, 1LL },
    { 7LL, -3LL, -3LL, -2LL },
    { 7LL, 2LL, 3LL, 1LL },
    { 7LL, -2LL, -4LL, -1LL },
    { 7LL, 1LL, 7LL, 0LL },
    { 7LL, -1LL, -7LL, 0LL },
    { 7LL, 7LL, 1LL, 0LL },
    { 7LL, -7LL, -1LL, 0LL },
    { 7LL, 9223372036854775807LL, 0LL, 7LL },
    { 7LL, INT64_MIN, -1LL, -9223372036854775801LL },
    { 7LL, 10LL, 0LL, 7LL },
    { 7LL, -10LL, -1LL, -3LL },
    { -8LL, 3LL, -3LL, 1LL },
    { -8LL, -3LL, 2LL, -2LL },
    { -8LL, 2LL, -4LL, 0LL },
    { -8LL, -2LL, 4LL, 0LL },
    { -8LL, 1LL, -8LL, 0LL },
    { -8LL, -1LL, 8LL, 0LL },
    { -8LL, 7LL, -2LL, 6LL },
    { -8LL, -7LL, 1LL, -1LL },
    { -8LL, 9223372036854775807LL, -1LL, 9223372036854775799LL },
    { -8LL, INT64_MIN, 0LL, -8LL },
    { -8LL, 10LL, -1LL, 2LL },
    { -8LL, -10LL, 0LL, -8LL },
    { 8LL, 3LL, 2LL, 2LL },
    { 8LL, -3LL, -3LL, -1LL },
    { 8LL, 2LL, 4LL, 0LL },
    { 8LL, -2LL, -4LL, 0LL },
    { 8LL, 1LL, 8LL, 0LL },
    { 8LL, -1LL, -8LL, 0LL },
    { 8LL, 7LL, 1LL, 1LL },
    { 8LL, -7LL, -2LL, -6LL },
    { 8LL, 9223372036854775807LL, 0LL, 8LL },
    { 8LL, INT64_MIN, -1LL, -9223372036854775800LL },
    { 8LL, 10LL, 0LL, 8LL },
    { 8LL, -10LL, -1LL, -2LL },
    { 0LL, 3LL, 0LL, 0LL },
    { 0LL, -3LL, 0LL, 0LL },
    { 0LL, 2LL, 0LL, 0LL },
    { 0LL, -2LL, 0LL, 0LL },
    { 0LL, 1LL, 0LL, 0LL },
    { 0LL, -1LL, 0LL, 0LL },
    { 0LL, 7LL, 0LL, 0LL },
    { 0LL, -7LL, 0LL, 0LL },
    { 0LL, 9223372036854775807LL, 0LL, 0LL },
    { 0LL, INT64_MIN, 0LL, 0LL },
    { 0LL, 10LL, 0LL, 0LL },
    { 0LL, -10LL, 0LL, 0LL },
    { 1LL, 3LL, 0LL, 1LL },
    { 1LL, -3LL, -1LL, -2LL },
    { 1LL, 2LL, 0LL, 1LL },
    { 1LL, -2LL, -1LL, -1LL },
    { 1LL, 1LL, 1LL, 0LL },
    { 1LL, -1LL, -1LL, 0LL },
    { 1LL, 7LL, 0LL, 1LL },
    { 1LL, -7LL, -1LL, -6LL },
    { 1LL, 9223372036854775807LL, 0LL, 1LL },
    { 1LL, INT64_MIN, -1LL, -9223372036854775807LL },
    { 1LL, 10LL, 0LL, 1LL },
    { 1LL, -10LL, -1LL, -9LL },
    { -1LL, 3LL, -1LL, 2LL },
    { -1LL, -3LL, 0LL, -1LL },
    { -1LL, 2LL, -1LL, 1LL },
    { -1LL, -2LL, 0LL, -1LL },
    { -1LL, 1LL, -1LL, 0LL },
    { -1LL, -1LL, 1LL, 0LL },
    { -1LL, 7LL, -1LL, 6LL },
    { -1LL, -7LL, 0LL, -1LL },
    { -1LL, 9223372036854775807LL, -1LL, 9223372036854775806LL },
    { -1LL, INT64_MIN, 0LL, -1LL },
    { -1LL, 10LL, -1LL, 9LL },
    { -1LL, -10LL, 0LL, -1LL },
    { 13LL, 3LL, 4LL, 1LL },
    { 13LL, -3LL, -5LL, -2LL },
    { 13LL, 2LL, 6LL, 1LL },
    { 13LL, -2LL, -7LL, -1LL },
    { 13LL, 1LL, 13LL, 0LL },
    { 13LL, -1LL, -13LL, 0LL },
    { 13LL, 7LL, 1LL, 6LL },
    { 13LL, -7LL, -2LL, -1LL },
    { 13LL, 9223372036854775807LL, 0LL, 13LL },
    { 13LL, INT64_MIN, -1LL, -9223372036854775795LL },
    { 13LL, 10LL, 1LL, 3LL },
    { 13LL, -10LL, -2LL, -7LL },
    { -13LL, 3LL, -5LL, 2LL },
    { -13LL, -3LL, 4LL, -1LL },
    { -13LL, 2LL, -7LL, 1LL },
    { -13LL, -2LL, 6LL, -1LL },
    { -13LL, 1LL, -13LL, 0LL },
    { -13LL, -1LL, 13LL, 0LL },
    { -13LL, 7LL, -2LL, 1LL },
    { -13LL, -7LL, 1LL, -6LL },
    { -13LL, 9223372036854775807LL, -1LL, 9223372036854775794LL },
    { -13LL, INT64_MIN, 0LL, -13LL },
    { -13LL, 10LL, -2LL, 7LL },
    { -13LL, -10LL, 1LL, -3LL },
    { 9223372036854775807LL, 3LL, 3074457345618258602LL, 1LL },
    { 9223372036854775807LL, -3LL, -3074457345618258603LL, -2LL },
    { 9223372036854775807LL, 2LL, 4611686018427387903LL, 1LL },
    { 9223372036854775807LL, -2LL, -4611686018427387904LL, -1LL },
    { 9223372036854775807LL, 1LL, 9223372036854775807LL, 0LL },
    { 9223372036854775807LL, -1LL, -9223372036854775807LL, 0LL },
    { 9223372036854775807LL, 7LL, 1317624576693539401LL, 0LL },
    { 9223372036854775807LL, -7LL, -1317624576693539401LL, 0LL },
    { 9223372036854775807LL, 9223372036854775807LL, 1LL, 0LL },
    { 9223372036854775807LL, INT64_MIN, -1LL, -1LL },
    { 9223372036854775807LL, 10LL, 922337203685477580LL, 7LL },
    { 9223372036854775807LL, -10LL, -922337203685477581LL, -3LL },
    { INT64_MIN, 3LL, -3074457345618258603LL, 1LL },
    { INT64_MIN, -3LL, 3074457345618258602LL, -2LL },
    { INT64_MIN, 2LL, -4611686018427387904LL, 0LL },
    { INT64_MIN, -2LL, 4611686018427387904LL, 0LL },
    { INT64_MIN, 1LL, INT64_MIN, 0LL },
    { INT64_MIN, 7LL, -1317624576693539402LL, 6LL },
    { INT64_MIN, -7LL, 1317624576693539401LL, -1LL },
    { INT64_MIN, 9223372036854775807LL, -2LL, 9223372036854775806LL },
    { INT64_MIN, INT64_MIN, 1LL, 0LL },
    { INT64_MIN, 10LL, -922337203685477581LL, 2LL },
    { INT64_MIN, -10LL, 922337203685477580LL, -8LL },
    { -9223372036854775807LL, 3LL, -3074457345618258603LL, 2LL },
    { -9223372036854775807LL, -3LL, 3074457345618258602LL, -1LL },
    { -9223372036854775807LL, 2LL, -4611686018427387904LL, 1LL },
    { -9223372036854775807LL, -2LL, 4611686018427387903LL, -1LL },
    { -9223372036854775807LL, 1LL, -9223372036854775807LL, 0LL },
    { -9223372036854775807LL, -1LL, 9223372036854775807LL, 0LL },
    { -9223372036854775807LL, 7LL, -1317624576693539401LL, 0LL },
    { -9223372036854775807LL, -7LL, 1317624576693539401LL, 0LL },
    { -9223372036854775807LL, 9223372036854775807LL, -1LL, 0LL },
    { -9223372036854775807LL, INT64_MIN, 0LL, -9223372036854775807LL },
    { -9223372036854775807LL, 10LL, -922337203685477581LL, 3LL },
    { -9223372036854775807LL, -10LL, 922337203685477580LL, -7LL },
    { 9223372036854775806LL, 3LL, 3074457345618258602LL, 0LL },
    { 9223372036854775806LL, -3LL, -3074457345618258602LL, 0LL },
    { 9223372036854775806LL, 2LL, 4611686018427387903LL, 0LL },
    { 9223372036854775806LL, -2LL, -4611686018427387903LL, 0LL },
    { 9223372036854775806LL, 1LL, 9223372036854775806LL, 0LL },
    { 9223372036854775806LL, -1LL, -9223372036854775806LL, 0LL },
    { 9223372036854775806LL, 7LL, 1317624576693539400LL, 6LL },
    { 9223372036854775806LL, -7LL, -1317624576693539401LL, -1LL },
    { 9223372036854775806LL, 9223372036854775807LL, 0LL, 9223372036854775806LL },
    { 9223372036854775806LL, INT64_MIN, -1LL, -2LL },
    { 9223372036854775806LL, 10LL, 922337203685477580LL, 6LL },
    { 9223372036854775806LL, -10LL, -922337203685477581LL, -4LL },
    { 123456789LL, 3LL, 41152263LL, 0LL },
    { 123456789LL, -3LL, -41152263LL, 0LL },
    { 123456789LL, 2LL, 61728394LL, 1LL },
    { 123456789LL, -2LL, -61728395LL, -1LL },
    { 123456789LL, 1LL, 123456789LL, 0LL },
    { 123456789LL, -1LL, -123456789LL, 0LL },
    { 123456789LL, 7LL, 17636684LL, 1LL },
    { 123456789LL, -7LL, -17636685LL, -6LL },
    { 123456789LL, 9223372036854775807LL, 0LL, 123456789LL },
    { 123456789LL, INT64_MIN, -1LL, -9223372036731319019LL },
    { 123456789LL, 10LL, 12345678LL, 9LL },
    { 123456789LL, -10LL, -12345679LL, -1LL },
    { -987654321LL, 3LL, -329218107LL, 0LL },
    { -987654321LL, -3LL, 329218107LL, 0LL },
    { -987654321LL, 2LL, -493827161LL, 1LL },
    { -987654321LL, -2LL, 493827160LL, -1LL },
    { -987654321LL, 1LL, -987654321LL, 0LL },
    { -987654321LL, -1LL, 987654321LL, 0LL },
    { -987654321LL, 7LL, -141093475LL, 4LL },
    { -987654321LL, -7LL, 141093474LL, -3LL },
    { -987654321LL, 9223372036854775807LL, -1LL, 9223372035867121486LL },
    { -987654321LL, INT64_MIN, 0LL, -987654321LL },
    { -987654321LL, 10LL, -98765433LL, 9LL },
    { -987654321LL, -10LL, 98765432LL, -1LL },
};

Test(int, floor_division_and_modulo_follow_python_signs)
{
    for (size_t i = 0; i < sizeof divmod_table / sizeof *divmod_table; i++) {
        const int64_t *t = divmod_table[i];
        cr_assert_eq(ival(binop(I(t[0]), I(t[1]), RT_NB_FLOORDIV)), t[2], "%lld // %lld", (long long)t[0], (long long)t[1]);
        cr_assert_eq(ival(binop(I(t[0]), I(t[1]), RT_NB_MOD)), t[3], "%lld %% %lld", (long long)t[0], (long long)t[1]);
    }
}

Test(int, division_by_zero_messages)
{
    assert_raises(binop(I(1), I(0), RT_NB_FLOORDIV), &rt_exc_ZeroDivisionError, "integer division or modulo by zero");
    assert_raises(binop(I(1), I(0), RT_NB_MOD), &rt_exc_ZeroDivisionError, "integer modulo by zero");
    assert_raises(binop(I(1), I(0), RT_NB_TRUEDIV), &rt_exc_ZeroDivisionError, "division by zero");
    assert_raises(binop(I(0), I(-1), RT_NB_POW), &rt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    cr_assert(rt_is_exception(RT_OBJ(&rt_exc_ZeroDivisionError)) == false);
    cr_assert(rt_type_is_subtype(&rt_exc_ZeroDivisionError, &rt_exc_ArithmeticError));
}

Test(int, arithmetic_and_overflow_never_wraps)
{
    cr_assert_eq(ival(binop(I(2), I(3), RT_NB_ADD)), 5);
    cr_assert_eq(ival(binop(I(2), I(3), RT_NB_SUB)), -1);
    cr_assert_eq(ival(binop(I(-4), I(3), RT_NB_MUL)), -12);
    cr_assert_eq(ival(binop(I(INT64_MAX - 1), I(1), RT_NB_ADD)), INT64_MAX);
    assert_repr(binop(I(INT64_MAX), I(1), RT_NB_ADD), "9223372036854775808");
    assert_repr(binop(I(INT64_MIN), I(1), RT_NB_SUB), "-9223372036854775809");
    assert_repr(binop(I(INT64_MAX / 2 + 1), I(2), RT_NB_MUL), "9223372036854775808");
    assert_repr(binop(I(INT64_MIN), I(-1), RT_NB_MUL), "9223372036854775808");
    assert_repr(binop(I(INT64_MIN), I(-1), RT_NB_FLOORDIV), "9223372036854775808");
    cr_assert_eq(ival(binop(I(INT64_MIN), I(-1), RT_NB_MOD)), 0);
    cr_assert_eq(ival(binop(I(INT64_MIN), I(INT64_MIN), RT_NB_FLOORDIV)), 1);
    rt_object *m = I(INT64_MIN);
    assert_repr(rt_number_negative(m), "9223372036854775808");
    assert_repr(rt_number_absolute(m), "9223372036854775808");
    cr_assert_eq(ival(rt_number_invert(m)), INT64_MAX);
    RT_DECREF(m);
    cr_assert(rt_type_is_subtype(&rt_exc_OverflowError, &rt_exc_ArithmeticError));
}

Test(int, power)
{
    cr_assert_eq(ival(binop(I(2), I(10), RT_NB_POW)), 1024);
    cr_assert_eq(ival(binop(I(-3), I(3), RT_NB_POW)), -27);
    cr_assert_eq(ival(binop(I(2), I(62), RT_NB_POW)), (int64_t)1 << 62);
    cr_assert_eq(ival(binop(I(-2), I(63), RT_NB_POW)), INT64_MIN);
    cr_assert_eq(ival(binop(I(7), I(0), RT_NB_POW)), 1);
    cr_assert_eq(ival(binop(I(1), I(INT64_MAX), RT_NB_POW)), 1);
    cr_assert_eq(ival(binop(I(-1), I(INT64_MAX), RT_NB_POW)), -1);
    assert_repr(binop(I(2), I(63), RT_NB_POW), "9223372036854775808");
    assert_repr(binop(I(10), I(19), RT_NB_POW), "10000000000000000000");
    assert_repr(binop(I(3), I(100), RT_NB_POW), "515377520732011331036461129765621272702107522001");
    /* a negative exponent gives a float */
    assert_repr(binop(I(2), I(-1), RT_NB_POW), "0.5");
    assert_repr(binop(I(-2), I(-2), RT_NB_POW), "0.25");
    assert_raises(binop(I(2), S("a"), RT_NB_POW), &rt_exc_TypeError,
                  "unsupported operand type(s) for ** or pow(): 'int' and 'str'");
}

Test(int, shifts)
{
    cr_assert_eq(ival(binop(I(1), I(62), RT_NB_LSHIFT)), (int64_t)1 << 62);
    cr_assert_eq(ival(binop(I(-1), I(63), RT_NB_LSHIFT)), INT64_MIN);
    cr_assert_eq(ival(binop(I(0), I(1000), RT_NB_LSHIFT)), 0);
    assert_repr(binop(I(1), I(63), RT_NB_LSHIFT), "9223372036854775808");
    assert_repr(binop(I(3), I(62), RT_NB_LSHIFT), "13835058055282163712");
    assert_repr(binop(I(-1), I(100), RT_NB_LSHIFT), "-1267650600228229401496703205376");
    assert_raises(binop(I(1), I(-1), RT_NB_LSHIFT), &rt_exc_ValueError, "negative shift count");
    assert_raises(binop(I(1), I(-1), RT_NB_RSHIFT), &rt_exc_ValueError, "negative shift count");
    cr_assert_eq(ival(binop(I(-7), I(1), RT_NB_RSHIFT)), -4);   /* floor, as python */
    cr_assert_eq(ival(binop(I(1), I(100), RT_NB_RSHIFT)), 0);
    cr_assert_eq(ival(binop(I(-1), I(100), RT_NB_RSHIFT)), -1);
    cr_assert_eq(ival(binop(I(12), I(10), RT_NB_AND)), 8);
    cr_assert_eq(ival(binop(I(12), I(10), RT_NB_OR)), 14);
    cr_assert_eq(ival(binop(I(12), I(10), RT_NB_XOR)), 6);
}

Test(int, true_division_gives_float)
{
    assert_repr(binop(I(7), I(2), RT_NB_TRUEDIV), "3.5");
    assert_repr(binop(I(1), I(3), RT_NB_TRUEDIV), "0.3333333333333333");
    assert_repr(binop(I(-6), I(3), RT_NB_TRUEDIV), "-2.0");
    assert_repr(binop(I(INT64_MAX), I(1), RT_NB_TRUEDIV), "9.223372036854776e+18");
    /* beyond 2^53 the quotient is still correctly rounded (python3 values) */
    static const struct { int64_t a, b; const char *r; } t[] = {
        { 9223372036854775807LL, 3LL, "3.0744573456182584e+18" },
        { 12345678901234567LL, 7LL, "1763668414462081.0" },
        { INT64_MIN, 3LL, "-3.0744573456182584e+18" },
        { 9223372036854775807LL, 9223372036854775807LL, "1.0" },
        { 4611686018427387905LL, 2305843009213693955LL, "2.0" },
        { 9007199254740993LL, 1LL, "9007199254740992.0" },
        { 9007199254740993LL, -10LL, "-900719925474099.2" },
        { 1LL, 4611686018427387905LL, "2.168404344971009e-19" },
        { 1000000000000000007LL, 1000000009LL, "999999991.0000001" },
        { -7LL, 1152921504606846977LL, "-6.071532165918825e-18" },
        { 1152921504606846977LL, -7LL, "-1.647030720866924e+17" },
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++)
        assert_repr(binop(I(t[i].a), I(t[i].b), RT_NB_TRUEDIV), t[i].r);
}

Test(int, hash_matches_cpython)
{
    /* values printed by python3 -c 'print(hash(v))' */
    static const int64_t t[][2] = {
        { 0, 0 }, { 1, 1 }, { -1, -2 }, { -2, -2 }, { 2305843009213693950LL, 2305843009213693950LL },
        { 2305843009213693951LL, 0 }, { 2305843009213693952LL, 1 }, { 4611686018427387904LL, 2 },
        { -4611686018427387904LL, -2 }, { INT64_MAX, 3 }, { INT64_MIN, -4 },
        { 12345678901234567LL, 12345678901234567LL }, { -12345678901234567LL, -12345678901234567LL },
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        rt_object *o = I(t[i][0]);
        cr_assert_eq(rt_hash(o), t[i][1], "hash(%lld)", (long long)t[i][0]);
        RT_DECREF(o);
    }
    /* int/float consistency: hash(1.0) == hash(1), hash(2.0**61) == hash(2**61) */
    rt_object *a = I(1), *b = F(1.0), *c = I((int64_t)1 << 61), *d = F(2305843009213693952.0);
    cr_assert_eq(rt_hash(a), rt_hash(b));
    cr_assert_eq(rt_hash(c), rt_hash(d));
    cr_assert_eq(rt_hash(RT_TRUE), 1);
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(c); RT_DECREF(d);
}

Test(int, comparisons_with_ints_and_floats)
{
    rt_object *one = I(1), *two = I(2), *onef = F(1.0), *half = F(1.5), *big = I(((int64_t)1 << 53) + 1),
              *bigf = F(9007199254740992.0), *nan = F(NAN);
    cr_assert_eq(rt_richcompare_bool(one, two, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(two, one, RT_LE), 0);
    cr_assert_eq(rt_richcompare_bool(one, onef, RT_EQ), 1);
    cr_assert_eq(rt_richcompare_bool(onef, one, RT_EQ), 1);
    cr_assert_eq(rt_richcompare_bool(one, half, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(half, two, RT_GE), 0);
    /* 2**53 + 1 != float(2**53), although a naive conversion makes them equal */
    cr_assert_eq(rt_richcompare_bool(big, bigf, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(big, bigf, RT_GT), 1);
    cr_assert_eq(rt_richcompare_bool(bigf, big, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(one, nan, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(one, nan, RT_NE), 1);
    cr_assert_eq(rt_richcompare_bool(nan, one, RT_LT), 0);
    rt_object *s = S("a");
    cr_assert_eq(rt_richcompare_bool(one, s, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(one, s, RT_LT), -1);
    char b[200];
    cr_assert_str_eq(err_text(b, sizeof b), "'<' not supported between instances of 'int' and 'str'");
    rt_err_clear();
    RT_DECREF(one); RT_DECREF(two); RT_DECREF(onef); RT_DECREF(half); RT_DECREF(big);
    RT_DECREF(bigf); RT_DECREF(nan); RT_DECREF(s);
}

Test(int, small_int_cache)
{
    rt_object *a = I(256), *b = I(256), *c = I(-5), *d = I(-5), *e = I(257), *f = I(257);
    cr_assert_eq(a, b);
    cr_assert_eq(c, d);
    cr_assert_neq(e, f);
    cr_assert_geq(a->refcnt, RT_IMMORTAL_REFCNT - 10);
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(c); RT_DECREF(d); RT_DECREF(e); RT_DECREF(f);
}

Test(int, repr_and_conversions)
{
    assert_repr(I(0), "0");
    assert_repr(I(-42), "-42");
    assert_repr(I(INT64_MIN), "-9223372036854775808");
    rt_object *int_t = RT_OBJ(&rt_int_type);
    assert_repr(call1(int_t, S("  -1_000 ")), "-1000");
    assert_repr(call1(int_t, S("+7")), "7");
    assert_repr(call1(int_t, F(-3.9)), "-3");
    assert_repr(call1(int_t, F(3.9)), "3");
    assert_repr(call1(int_t, RT_TRUE), "1");
    assert_repr(rt_call_vector(int_t, NULL, 0), "0");
    assert_repr(rt_int_from_string("0x1f", 4, 16), "31");
    assert_repr(rt_int_from_string("0x1f", 4, 0), "31");
    assert_repr(rt_int_from_string("0b_101", 6, 0), "5");
    assert_repr(rt_int_from_string("zz", 2, 36), "1295");
    assert_repr(rt_int_from_string("9223372036854775807", 19, 10), "9223372036854775807");
    assert_repr(rt_int_from_string("-9223372036854775808", 20, 10), "-9223372036854775808");
    assert_repr(rt_int_from_string("000", 3, 0), "0");
    assert_raises(call1(int_t, S("abc")), &rt_exc_ValueError, "invalid literal for int() with base 10: 'abc'");
    assert_raises(call1(int_t, S("")), &rt_exc_ValueError, "invalid literal for int() with base 10: ''");
    assert_raises(call1(int_t, S("1__0")), &rt_exc_ValueError, "invalid literal for int() with base 10: '1__0'");
    assert_raises(call1(int_t, S("_1")), &rt_exc_ValueError, NULL);
    assert_raises(call1(int_t, S("1_")), &rt_exc_ValueError, NULL);
    assert_raises(rt_int_from_string("010", 3, 0), &rt_exc_ValueError, "invalid literal for int() with base 0: '010'");
    assert_raises(rt_int_from_string("12", 2, 1), &rt_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    assert_repr(rt_int_from_string("9223372036854775808", 19, 10), "9223372036854775808");
    assert_raises(call1(int_t, F(INFINITY)), &rt_exc_OverflowError, "cannot convert float infinity to integer");
    assert_raises(call1(int_t, F(NAN)), &rt_exc_ValueError, "cannot convert float NaN to integer");
    assert_repr(call1(int_t, F(1e19)), "10000000000000000000");
    rt_object *args[2] = { I(12), I(10) };
    assert_raises(rt_call_vector(int_t, args, 2), &rt_exc_TypeError, "int() can't convert non-string with explicit base");
    RT_DECREF(args[0]);
    args[0] = S("ff");
    args[1] = I(16);
    assert_repr(rt_call_vector(int_t, args, 2), "255");
    RT_DECREF(args[0]);
}

Test(int, type_errors)
{
    assert_raises(binop(I(1), S("a"), RT_NB_ADD), &rt_exc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    assert_raises(binop(S("a"), I(1), RT_NB_SUB), &rt_exc_TypeError, "unsupported operand type(s) for -: 'str' and 'int'");
    rt_object *s = S("a");
    assert_raises(rt_number_negative(s), &rt_exc_TypeError, "bad operand type for unary -: 'str'");
    assert_raises(rt_number_absolute(s), &rt_exc_TypeError, "bad operand type for abs(): 'str'");
    RT_DECREF(s);
    rt_object *one = I(1);
    assert_raises(rt_getitem(one, one), &rt_exc_TypeError, "'int' object is not subscriptable");
    assert_raises(rt_call_vector(one, NULL, 0), &rt_exc_TypeError, "'int' object is not callable");
    assert_raises(rt_get_iter(one), &rt_exc_TypeError, "'int' object is not iterable");
    cr_assert_eq(rt_length(one), -1);
    char b[100];
    cr_assert_str_eq(err_text(b, sizeof b), "object of type 'int' has no len()");
    rt_err_clear();
    cr_assert_eq(rt_contains(one, one), -1);
    cr_assert_str_eq(err_text(b, sizeof b), "argument of type 'int' is not iterable");
    rt_err_clear();
    RT_DECREF(one);
}

Test(int, methods_bind_through_descriptors)
{
    rt_object *v = I(255);
    rt_object *m = rt_getattr_str(v, "bit_length");
    cr_assert_not_null(m);
    cr_assert_str_eq(m->type->name, "builtin_function_or_method");
    assert_repr(rt_call_vector(m, NULL, 0), "8");
    RT_DECREF(m);
    rt_object *d = rt_getattr_str(RT_OBJ(&rt_int_type), "bit_length");
    assert_repr(rt_newref(d), "<method 'bit_length' of 'int' objects>");
    assert_repr(call1(d, v), "8");
    RT_DECREF(d);
    RT_DECREF(v);
}

Test(int, bool_is_an_int_subtype)
{
    cr_assert(rt_isinstance_type(RT_TRUE, &rt_int_type));
    cr_assert_eq(rt_bool_type.base, &rt_int_type);
    assert_repr(rt_newref(RT_TRUE), "True");
    assert_repr(rt_newref(RT_FALSE), "False");
    assert_str(rt_newref(RT_FALSE), "False");
    assert_repr(binop(rt_newref(RT_TRUE), rt_newref(RT_TRUE), RT_NB_ADD), "2");
    assert_repr(binop(rt_newref(RT_TRUE), rt_newref(RT_FALSE), RT_NB_AND), "False");
    assert_repr(binop(rt_newref(RT_TRUE), rt_newref(RT_FALSE), RT_NB_XOR), "True");
    assert_repr(binop(rt_newref(RT_TRUE), I(1), RT_NB_OR), "1");
    assert_repr(rt_number_negative(RT_TRUE), "-1");
    cr_assert_eq(rt_richcompare_bool(RT_TRUE, I(1), RT_EQ), 1);
    cr_assert_eq(rt_is_true(RT_FALSE), 0);
    rt_object *z = I(0), *e = S("");
    cr_assert_eq(rt_is_true(z), 0);
    cr_assert_eq(rt_is_true(e), 0);
    assert_repr(call1(RT_OBJ(&rt_bool_type), z), "False");
    assert_repr(call1(RT_OBJ(&rt_bool_type), RT_NONE), "False");
    RT_DECREF(z); RT_DECREF(e);
    assert_repr(rt_call_vector(RT_OBJ(&rt_bool_type), NULL, 0), "False");
    /* bool is final */
    assert_raises(rt_type_new_heap("B", &rt_bool_type, NULL), &rt_exc_TypeError,
                  "type 'bool' is not an acceptable base type");
}

Test(int, none_singleton_behaviour)
{
    assert_repr(rt_none_new(), "None");
    cr_assert_eq(rt_is_true(RT_NONE), 0);
    cr_assert_eq(rt_hash(RT_NONE), rt_hash(RT_NONE));
    assert_repr(rt_newref(RT_NOTIMPLEMENTED), "NotImplemented");
    cr_assert_str_eq(RT_NONE->type->name, "NoneType");
    cr_assert_eq(rt_richcompare_bool(RT_NONE, RT_NONE, RT_EQ), 1);
}

/* repr/str of ints: the hand-written conversion at the edges of int64. */
Test(int, repr_edges)
{
    assert_repr(I(0), "0");
    assert_repr(I(7), "7");
    assert_repr(I(-7), "-7");
    assert_repr(I(10), "10");
    assert_repr(I(-100), "-100");
    assert_repr(I(1099511627776LL), "1099511627776");
    assert_repr(I(INT64_MAX), "9223372036854775807");
    assert_repr(I(INT64_MIN), "-9223372036854775808");
}

/*
 * test_float.c -- float repr (a table of values whose repr was printed by
 * python3 3.11, inputs given as exact hex literals), hashing, arithmetic,
 * Python's floor division and modulo, and the ZeroDivisionError messages.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include "tests/unit/objcore_util.h"
#include "runtime/complex.h"

TestSuite(float, .init = objcore_setup);

static const struct { double v; const char *repr; } repr_table[] = {
    { 0x0.0p+0, "0.0" },
    { -0x0p+0, "-0.0" },
    { 0x1.999999999999ap-4, "0.1" },
    { 0x1.8000000000000p+0, "1.5" },
    { 0x1.1c37937e08000p+53, "1e+16" },
    { 0x1.4f8b588e368f1p-17, "1e-05" },
    { 0x1.c12218377de40p+46, "123456789012345.0" },
    { 0x1.18b54f22aeb00p+50, "1234567890123456.0" },
    { 0x1.5ee2a2eb5a5c4p+53, "1.2345678901234568e+16" },
    { 0x1.c6bf526340000p+49, "1000000000000000.0" },
    { 0x1.6345785d8a000p+56, "1e+17" },
    { 0x1.a36e2eb1c432dp-14, "0.0001" },
    { 0x1.0624dd2f1a9fcp-10, "0.001" },
    { 0x1.a36e2eb1c432dp-14, "0.0001" },
    { 0x1.ad7f29abcaf48p-24, "1e-07" },
    { 0x1.a36e2eb1c432dp-16, "2.5e-05" },
    { 0x1.5555555555555p-2, "0.3333333333333333" },
    { 0x1.5555555555555p-1, "0.6666666666666666" },
    { -0x1.5555555555555p-2, "-0.3333333333333333" },
    { 0x1.0f0cf064dd592p+73, "1e+22" },
    { 0x1.52d02c7e14af6p+76, "1e+23" },
    { 0x0.0000000000001p-1022, "5e-324" },
    { 0x1.fffffffffffffp+1023, "1.7976931348623157e+308" },
    { 0x1.0000000000000p-1022, "2.2250738585072014e-308" },
    { 0x1.9000000000000p+6, "100.0" },
    { 0x1.249ad2594c37dp+332, "1e+100" },
    { -0x1.249ad2594c37dp+332, "-1e+100" },
    { 0x1.921fb54442d18p+1, "3.141592653589793" },
    { 0x1.5bf0a8b145769p+1, "2.718281828459045" },
    { 0x1.3333333333334p-2, "0.30000000000000004" },
    { 0x1.3333333333334p-2, "0.30000000000000004" },
    { 0x1.0000000000000p+0, "1.0" },
    { -0x1.0000000000000p+0, "-1.0" },
    { 0x1.4000000000000p+3, "10.0" },
    { 0x1.0000000000000p+53, "9007199254740992.0" },
    { 0x1.0000000000000p+53, "9007199254740992.0" },
    { 0x1.1666666666666p+2, "4.35" },
    { 0x1.0000000000000p-1, "0.5" },
    { -0x1.4000000000000p+1, "-2.5" },
    { 0x1.edd2f1a9fbe77p+6, "123.456" },
    { 0x1.b7cdfd9d7bdbbp-34, "1e-10" },
    { 0x1.1c37937e08000p+53, "1e+16" },
    { 0x1.1c37937e07fffp+53, "9999999999999998.0" },
    { 0x1.d6f3454000000p+26, "123456789.0" },
    { 0x1.cd5f99c38b04bp-14, "0.00011" },
    { 0x1.8e757928e0c9ep-14, "9.5e-05" },
    { 0x1.a0e026f1655b2p-34, "9.478653606090632e-11" },
    { 0x1.b4d5b0e18feefp-18, "6.509344730398538e-06" },
    { 0x1.45571ba1aa9a0p-87, "8.212742919913083e-27" },
    { 0x1.c4b37199f1e40p-82, "3.656889169125855e-25" },
    { 0x1.204bf6326fb80p-90, "9.097040631431022e-28" },
    { 0x1.baabac8d8d648p-62, "3.7495658441984884e-19" },
    { 0x1.b67c3b6d82123p-12, "0.0004181721513707595" },
    { 0x1.a25706006997cp-54, "9.071301334386507e-17" },
    { 0x1.efdad860f822dp-15, "5.9110506078989155e-05" },
    { 0x1.e399f60de7366p+16, "123801.96114964559" },
    { 0x1.22d32acd18855p-54, "6.30625915731737e-17" },
    { 0x1.2137c2d9613f1p+23, "9477089.424570056" },
    { 0x1.1de8ad864521ep+19, "585541.4226403867" },
    { 0x1.35633945873d0p-90, "9.762551055929201e-28" },
    { 0x1.1a433c2a4bc0fp-94, "5.566648979370926e-29" },
    { 0x1.1817c94851fb2p-75, "2.896092863316763e-23" },
    { 0x1.46d3169aa3551p-71, "5.406858855321424e-22" },
    { 0x1.2d4074be160a3p+18, "308481.8241019344" },
    { 0x1.71b6e306cd3f9p+72, "6.820026947612045e+21" },
    { 0x1.67fe397d6a7a6p-81, "5.816001636624662e-25" },
    { 0x1.bfeb5fef7c598p+30, "1878710267.8714352" },
    { 0x1.530993392aca4p-81, "5.477444657095577e-25" },
    { 0x1.bf237d27a996ap-88, "5.643682931333867e-27" },
    { 0x1.88d5c71a37ec5p+27, "205958712.81932655" },
    { 0x1.35807db50276dp+42, "5317202465801.856" },
    { 0x1.5cc5fef67838dp+61, "3.141471703767915e+18" },
    { 0x1.19cfdbac3b20fp+23, "9234413.836388616" },
    { 0x1.017f75b131c4bp-25, "2.997669968636823e-08" },
    { 0x1.f2f3f54299f86p+63, "1.797667495831432e+19" },
    { 0x1.0f0066a868800p+61, "2.4409651072215286e+18" },
    { 0x1.253647964063fp+18, "300249.1185456253" },
    { 0x1.180b437dbd30ep+3, "8.751374955734288" },
    { 0x1.fe43f11ab8359p+51, "4488341904277932.5" },
    { 0x1.75e8332ff3d8bp+26, "98017484.7492582" },
    { 0x1.8c16be66e159ep-78, "5.119328306475491e-24" },
    { 0x1.1e0a2d711a8ebp-67, "7.571409295652494e-21" },
    { 0x1.1a104902956a0p-70, "9.332702121806375e-22" },
    { 0x1.071d8e01b9fb2p-18, "3.9207257047437666e-06" },
    { 0x1.2128a9084cba8p+36, "77620482180.79553" },
    { 0x1.bfad3024675aap+15, "57302.59402773839" },
    { -0x1.f9acae01f5057p+280, "-3.8373366379117136e+84" },
    { 0x1.242425051c1ccp+370, "2.7444240984593666e+111" },
    { 0x1.54a7bb1fee08fp+411, "7.037254769664525e+123" },
    { 0x1.6144b98289fcdp+1011, "3.0282415270685036e+304" },
    { -0x1.11cdd9474031bp+193, "-1.3427313830183207e+58" },
    { 0x1.a72d174c9df6ap-742, "7.145365052251808e-224" },
    { 0x1.5e837d70820fep-640, "3.0010119427191346e-193" },
    { 0x1.abd81f1d69ed6p+82, "8.08174890787967e+24" },
    { -0x1.15945795e8229p-216, "-1.029599445714058e-65" },
    { 0x1.3d6b2aa05e11ap-757, "1.6356324386913733e-228" },
    { -0x1.d420f0f88080bp-77, "-1.210084267904234e-23" },
    { 0x1.26dcbb394fb36p+245, "6.512205859834416e+73" },
    { -0x1.448b3a5aa3c81p-704, "-1.5063173670565552e-212" },
    { -0x1.58f33fe3b890bp-281, "-3.468068334360956e-85" },
    { 0x1.58370d269a9a5p+802, "3.5862982565236525e+241" },
    { -0x1.4eb5248db40afp-136, "-1.500880737539812e-41" },
    { -0x1.5128862c33a4fp+562, "-1.9881605394901064e+169" },
    { 0x1.5563dab2cd31ep+398, "8.608929980762736e+119" },
    { -0x1.e583505c6af07p+781, "-2.412056419517317e+235" },
    { 0x1.fb2297631a992p+432, "2.1970596639628e+130" },
    /* powers of two (asymmetric rounding interval) and subnormals */
    { 0x1.0000000000000p-652, "5.351097043477547e-197" },
    { 0x1.0000000000000p+976, "6.386688990511104e+293" },
    { -0x1.0000000000000p+305, "-6.518515124270356e+91" },
    { 0x0.0000000000003p-1022, "1.5e-323" },
    { 0x0.0100000000000p-1022, "8.691694759794e-311" },
    { 0x0.5555555555555p-1022, "7.41691286169067e-309" },
    { 0x1.fffffffffffffp-501, "3.0549363634996043e-151" },
};

Test(float, repr_is_shortest_round_trip_as_cpython)
{
    char buf[48];
    for (size_t i = 0; i < sizeof repr_table / sizeof *repr_table; i++)
        cr_assert_str_eq(rt_float_format_repr(repr_table[i].v, buf, sizeof buf), repr_table[i].repr,
                         "entry %zu", i);
    assert_repr(F(INFINITY), "inf");
    assert_repr(F(-INFINITY), "-inf");
    assert_repr(F(NAN), "nan");
    assert_str(F(1e16), "1e+16");
}

/* The significant digits of a repr ("-1.25e-07" -> "125") and their count. */
static int repr_digits(const char *r, char *digits)
{
    int n = 0;
    bool lead = true;
    for (; *r && *r != 'e'; r++) {
        if (*r < '0' || *r > '9' || (lead && *r == '0'))
            continue;
        lead = false;
        digits[n++] = *r;
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return n;
}

Test(float, repr_random_doubles_are_shortest_and_nearest)
{
    /* For random bit patterns (normal and subnormal): the repr reads back
     * exactly; no correctly rounded decimal of one digit fewer reads back
     * (else the repr is not the shortest); and when the correctly rounded
     * decimal of the repr's length reads back, the repr is that one. */
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        uint64_t bits = i % 4 == 0 ? x & ((UINT64_C(1) << 52) - 1) : x;
        double v;
        memcpy(&v, &bits, sizeof v);
        if (!isfinite(v) || v == 0)
            continue;
        char r[48], d[32], sci[48], sd[32];
        rt_float_format_repr(v, r, sizeof r);
        cr_assert(strtod(r, NULL) == v, "%s does not read back", r);
        int n = repr_digits(r, d);
        if (n > 1) {
            snprintf(sci, sizeof sci, "%.*e", n - 2, v);
            cr_assert(strtod(sci, NULL) != v, "%s is shorter than %s", sci, r);
        }
        snprintf(sci, sizeof sci, "%.*e", n - 1, v);
        if (strtod(sci, NULL) == v) {
            repr_digits(sci, sd);
            cr_assert_str_eq(sd, d, "%s is nearer than %s", sci, r);
        }
    }
}

Test(float, hash_matches_cpython)
{
    /* hash(v) printed by python3 */
    static const struct { double v; int64_t h; } t[] = {
        { 1.5, 1152921504606846977LL }, { -1.0, -2 }, { 0.1, 230584300921369408LL },
        { 1e300, 1224995262755759164LL }, { 0x1p61, 1 }, { 0x1p70, 512 }, { -0x1p70, -512 },
        { 1e-300, 482449582752280463LL }, { 5e-324, 16777216 }, { 123456.789, 1819310134279660096LL },
        { -0.0, 0 }, { 0x1p62, 2 }, { INFINITY, 314159 }, { -INFINITY, -314159 },
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        rt_object *o = F(t[i].v);
        cr_assert_eq(rt_hash(o), t[i].h, "hash(%a)", t[i].v);
        RT_DECREF(o);
    }
    rt_object *n1 = F(NAN), *n2 = F(NAN);
    cr_assert_neq(rt_hash(n1), rt_hash(n2));   /* nan hashes by identity */
    RT_DECREF(n1); RT_DECREF(n2);
}

Test(float, arithmetic_mixed_with_int)
{
    assert_repr(binop(F(0.1), F(0.2), RT_NB_ADD), "0.30000000000000004");
    assert_repr(binop(I(1), F(0.5), RT_NB_ADD), "1.5");
    assert_repr(binop(F(0.5), I(2), RT_NB_MUL), "1.0");
    assert_repr(binop(I(3), F(2.0), RT_NB_SUB), "1.0");
    assert_repr(binop(I(1), F(4.0), RT_NB_TRUEDIV), "0.25");
    assert_repr(binop(F(2.0), F(0.5), RT_NB_POW), "1.4142135623730951");
    assert_repr(binop(I(2), F(-1.0), RT_NB_POW), "0.5");
    assert_repr(rt_number_negative(F(0.0)), "-0.0");
    assert_repr(rt_number_absolute(F(-2.5)), "2.5");
}

Test(float, floor_division_and_modulo)
{
    /* values printed by python3 */
    assert_repr(binop(F(-7.5), I(2), RT_NB_MOD), "0.5");
    assert_repr(binop(F(7.5), I(-2), RT_NB_FLOORDIV), "-4.0");
    assert_repr(binop(F(7.5), I(-2), RT_NB_MOD), "-0.5");
    assert_repr(binop(F(-0.0), I(1), RT_NB_FLOORDIV), "-0.0");
    assert_repr(binop(F(1.0), F(INFINITY), RT_NB_MOD), "1.0");
    assert_repr(binop(F(-1.0), F(INFINITY), RT_NB_MOD), "inf");
    assert_repr(binop(F(6.0), F(-3.0), RT_NB_MOD), "-0.0");
    assert_repr(binop(F(0.7), F(0.1), RT_NB_FLOORDIV), "6.0");
    assert_repr(binop(F(0.7), F(0.1), RT_NB_MOD), "0.09999999999999992");
}

Test(float, zero_division_messages)
{
    assert_raises(binop(F(1.0), I(0), RT_NB_TRUEDIV), &rt_exc_ZeroDivisionError, "float division by zero");
    assert_raises(binop(I(1), F(0.0), RT_NB_TRUEDIV), &rt_exc_ZeroDivisionError, "float division by zero");
    assert_raises(binop(F(1.0), I(0), RT_NB_FLOORDIV), &rt_exc_ZeroDivisionError, "float floor division by zero");
    assert_raises(binop(F(1.0), F(0.0), RT_NB_MOD), &rt_exc_ZeroDivisionError, "float modulo");
    assert_raises(binop(F(0.0), I(-1), RT_NB_POW), &rt_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    assert_raises(binop(F(10.0), I(400), RT_NB_POW), &rt_exc_OverflowError, "(34, 'Numerical result out of range')");
    assert_raises(binop(F(1.5), S("x"), RT_NB_ADD), &rt_exc_TypeError, "unsupported operand type(s) for +: 'float' and 'str'");
    rt_object *f = F(1.5);
    assert_raises(rt_number_invert(f), &rt_exc_TypeError, "bad operand type for unary ~: 'float'");
    RT_DECREF(f);
}

/* A negative number to a fractional power is complex, as CPython 3.11's
 * (math.pow keeps its ValueError: modules/ has its own path). */
static void expect_complex(rt_object *r, double re, double im)
{
    cr_assert(r && rt_complex_check_exact(r));
    cr_expect(fabs(RT_COMPLEX_REAL(r) - re) < 1e-12 && fabs(RT_COMPLEX_IMAG(r) - im) < 1e-12, "(%g, %g)",
              RT_COMPLEX_REAL(r), RT_COMPLEX_IMAG(r));
    RT_DECREF(r);
}

Test(float, negative_to_fractional_power_is_complex)
{
    expect_complex(binop(F(-8.0), F(0.5), RT_NB_POW), 0.0, sqrt(8.0));
    expect_complex(binop(I(-8), F(0.5), RT_NB_POW), 0.0, sqrt(8.0));
    expect_complex(binop(F(-4.0), F(-0.5), RT_NB_POW), 0.0, -0.5);
    rt_object *r = binop(F(-8.0), F(2.0), RT_NB_POW);
    cr_assert(r && RT_FLOAT_VALUE(r) == 64.0);
    RT_DECREF(r);
}

Test(float, comparisons)
{
    rt_object *a = F(1.5), *b = F(2.5), *n = F(NAN), *i = I(2);
    cr_assert_eq(rt_richcompare_bool(a, b, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(b, i, RT_GT), 1);
    cr_assert_eq(rt_richcompare_bool(i, b, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(n, n, RT_EQ), 1);   /* identity implies equality */
    rt_object *n2 = F(NAN);
    cr_assert_eq(rt_richcompare_bool(n, n2, RT_EQ), 0);
    cr_assert_eq(rt_richcompare_bool(n, n2, RT_NE), 1);
    cr_assert_eq(rt_richcompare_bool(n, a, RT_GE), 0);
    rt_object *r = rt_richcompare(n, n, RT_EQ);   /* the raw comparison: nan != nan */
    cr_assert_eq(r, RT_FALSE);
    RT_DECREF(r);
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(n); RT_DECREF(n2); RT_DECREF(i);
}

Test(float, construction)
{
    rt_object *ft = RT_OBJ(&rt_float_type);
    assert_repr(call1(ft, S(" 1.5 ")), "1.5");
    assert_repr(call1(ft, S("1e500")), "inf");
    assert_repr(call1(ft, S("-Infinity")), "-inf");
    assert_repr(call1(ft, S("nan")), "nan");
    assert_repr(call1(ft, S("1_0.2_5")), "10.25");
    assert_repr(call1(ft, I(3)), "3.0");
    assert_repr(call1(ft, RT_TRUE), "1.0");
    assert_repr(rt_call_vector(ft, NULL, 0), "0.0");
    assert_raises(call1(ft, S("abc")), &rt_exc_ValueError, "could not convert string to float: 'abc'");
    assert_raises(call1(ft, S("0x1p3")), &rt_exc_ValueError, NULL);
    assert_raises(call1(ft, S("1__0")), &rt_exc_ValueError, NULL);
    assert_raises(call1(ft, S("")), &rt_exc_ValueError, "could not convert string to float: ''");
    assert_raises(call1(ft, RT_NONE), &rt_exc_TypeError, "float() argument must be a string or a real number, not 'NoneType'");
    cr_assert_eq(rt_is_true(RT_OBJ(&rt_float_type)), 1);
    rt_object *z = F(0.0);
    cr_assert_eq(rt_is_true(z), 0);
    RT_DECREF(z);
    rt_object *x = F(2.0);
    rt_object *m = rt_getattr_str(x, "is_integer");
    assert_repr(rt_call_vector(m, NULL, 0), "True");
    RT_DECREF(m);
    RT_DECREF(x);
}

/* The exact fixed-point formatter against glibc's printf (also exact, ties
 * to even) on random doubles of every magnitude it takes, at every
 * precision it takes; and its refusals. */
Test(float, format_fixed_matches_printf)
{
    uint64_t x = 88172645463325252u;
    char ours[RT_FLOAT_FIXED_MAX], theirs[128];
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        double a;
        if (i % 3 == 0) {   /* any bit pattern below 2^63 */
            uint64_t bits = x & 0x7fffffffffffffffu;
            memcpy(&a, &bits, sizeof a);
            if (!(a < 0x1p63))
                continue;
        } else if (i % 3 == 1) {   /* short binary fractions: exact ties */
            a = ldexp((double)(x % 100000), -(int)(x >> 40) % 20);
        } else {
            a = (double)(x >> 11) / (double)(1u << (x % 30));
        }
        int prec = (int)((x >> 50) % 18);
        int n = rt_float_format_fixed(a, prec, ours);
        snprintf(theirs, sizeof theirs, "%.*f", prec, a);
        cr_assert_eq(n, (int)strlen(theirs), "%a at %d", a, prec);
        cr_assert_str_eq(ours, theirs, "%a at %d", a, prec);
    }
    cr_assert_eq(rt_float_format_fixed(0x1p63, 2, ours), -1);
    cr_assert_eq(rt_float_format_fixed(-1.0, 2, ours), -1);
    cr_assert_eq(rt_float_format_fixed(NAN, 2, ours), -1);
    cr_assert_eq(rt_float_format_fixed(1.0, 18, ours), -1);
    cr_assert_eq(rt_float_format_fixed(2.5, 0, ours), 1);
    cr_assert_str_eq(ours, "2");
    rt_float_format_fixed(0x1.fffffffffffffp62, 17, ours);
    snprintf(theirs, sizeof theirs, "%.17f", 0x1.fffffffffffffp62);
    cr_assert_str_eq(ours, theirs);
}

/*
 * test_compile.c -- the compiler: scoping rules, control flow, try/finally
 * semantics, unpacking, comprehensions, f-strings, classes, and the
 * errors it reports.  Each test compiles and runs a small program and
 * checks what it printed (expected outputs recorded from CPython 3.11).
 */
#include "tests/unit/vm_util.h"
#include <math.h>
#include <time.h>
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "compiler/code.h"
#include "compiler/compile_int.h"

TestSuite(compile, .init = vm_setup);

Test(compile, arithmetic_and_precedence)
{
    expect_output("print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, 7 // 2, -7 // 2, 7 % -3)\n"
                  "print(10 / 4, 1 << 4, 0xff & 0x0f | 0x100, 5 ^ 3, ~5)\n",
                  "7 9 512 -4 3 -4 -2\n2.5 16 271 6 -6\n");
}

Test(compile, constant_folding_keeps_int64_exact)
{
    /* the intermediate 2**63 does not fit in 64 bits: folded exactly */
    expect_output("print(4611686018427387904 * 2 - 1)\nprint(-9223372036854775808)\n",
                  "9223372036854775807\n-9223372036854775808\n");
}

Test(compile, chained_comparison_evaluates_once)
{
    expect_output("def f(x):\n    print('f', x)\n    return x\n"
                  "print(1 < f(2) < 3, 1 < f(0) < 3)\n"
                  "print(1 < 2 > 0 == 0, 1 is 1 is not None, 2 in [1, 2] not in [[]])\n",
                  "f 2\nf 0\nTrue False\nTrue True True\n");
}

Test(compile, short_circuit_returns_operands)
{
    expect_output("print(0 or 'a', 1 and [], None or 0 or 3, '' and 1, not 0)\n"
                  "def boom():\n    raise ValueError\n"
                  "print(True or boom(), False and boom())\n",
                  "a [] 3  True\nTrue False\n");
}

Test(compile, scopes_local_global_closure)
{
    expect_output("x = 'global'\n"
                  "def outer():\n"
                  "    x = 'enclosing'\n"
                  "    def inner():\n"
                  "        return x\n"
                  "    return inner\n"
                  "def setg():\n"
                  "    global x\n"
                  "    x = 'changed'\n"
                  "print(outer()(), x)\n"
                  "setg()\n"
                  "print(x)\n"
                  "def counter():\n"
                  "    n = 0\n"
                  "    def inc():\n"
                  "        nonlocal n\n"
                  "        n += 1\n"
                  "        return n\n"
                  "    return inc\n"
                  "c = counter()\n"
                  "c(); c()\n"
                  "print(c())\n",
                  "enclosing global\nchanged\n3\n");
}

Test(compile, closures_capture_cells_not_values)
{
    expect_output("def make():\n"
                  "    fs = []\n"
                  "    for i in range(3):\n"
                  "        fs.append(lambda: i)\n"
                  "    return fs\n"
                  "print([f() for f in make()])\n"
                  "def param_cell(a):\n"
                  "    def g():\n"
                  "        return a * 2\n"
                  "    a = a + 1\n"
                  "    return g()\n"
                  "print(param_cell(5))\n",
                  "[2, 2, 2]\n12\n");
}

Test(compile, unbound_local_is_detected)
{
    run_result r = run_src("x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n");
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(last_line(r.err),
                     "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
}

Test(compile, class_body_scope_and_comprehension)
{
    /* class-level names are not visible in methods or comprehensions */
    expect_output("y = 'module'\n"
                  "class C:\n"
                  "    y = 'class'\n"
                  "    z = [y for _ in range(1)]\n"
                  "    def m(self):\n"
                  "        return y\n"
                  "print(C.y, C.z, C().m())\n",
                  "class ['module'] module\n");
}

Test(compile, name_mangling)
{
    expect_output("class A:\n"
                  "    def __init__(self):\n"
                  "        self.__x = 1\n"
                  "        self.__y__ = 2\n"
                  "    def get(self):\n"
                  "        return self.__x\n"
                  "a = A()\n"
                  "print(a._A__x, a.__y__, a.get(), hasattr(a, '__x'))\n",
                  "1 2 1 False\n");
}

Test(compile, loops_break_continue_else)
{
    expect_output("for i in range(5):\n"
                  "    if i == 1:\n        continue\n"
                  "    if i == 3:\n        break\n"
                  "    print(i)\n"
                  "else:\n    print('no')\n"
                  "for i in []:\n    pass\nelse:\n    print('else runs')\n"
                  "n = 0\n"
                  "while True:\n    n += 1\n    if n > 4:\n        break\n"
                  "print(n)\n",
                  "0\n2\nelse runs\n5\n");
}

Test(compile, try_except_else_finally_order)
{
    expect_output("def f(x):\n"
                  "    try:\n"
                  "        print('try')\n"
                  "        if x:\n            raise KeyError(x)\n"
                  "    except KeyError as e:\n"
                  "        print('except', repr(e))\n"
                  "    else:\n"
                  "        print('else')\n"
                  "    finally:\n"
                  "        print('finally')\n"
                  "f(0)\nf('k')\n",
                  "try\nelse\nfinally\ntry\nexcept KeyError('k')\nfinally\n");
}

Test(compile, return_inside_finally_wins)
{
    expect_output("def f():\n"
                  "    try:\n"
                  "        return 'try'\n"
                  "    finally:\n"
                  "        print('cleanup')\n"
                  "def g():\n"
                  "    try:\n"
                  "        raise ValueError\n"
                  "    finally:\n"
                  "        return 'swallowed'\n"
                  "def h():\n"
                  "    for i in range(3):\n"
                  "        try:\n"
                  "            if i == 1:\n                break\n"
                  "        finally:\n"
                  "            print('fin', i)\n"
                  "    return i\n"
                  "print(f(), g(), h())\n",
                  "cleanup\nfin 0\nfin 1\ntry swallowed 1\n");
}

Test(compile, except_variable_is_deleted)
{
    run_result r = run_src("try:\n    1/0\nexcept ZeroDivisionError as e:\n    pass\nprint(e)\n");
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(last_line(r.err), "NameError: name 'e' is not defined");
}

Test(compile, unpacking_and_swap)
{
    expect_output("a, b = 1, 2\na, b = b, a\nprint(a, b)\n"
                  "(p, q), r = (1, 2), 3\nprint(p, q, r)\n"
                  "for k, v in {'a': 1}.items():\n    print(k, v)\n",
                  "2 1\n1 2 3\na 1\n");
}

Test(compile, unpack_errors)
{
    run_result r = run_src("a, b = [1, 2, 3]\n");
    cr_expect_str_eq(last_line(r.err), "ValueError: too many values to unpack (expected 2)");
    r = run_src("a, b, c = (1, 2)\n");
    cr_expect_str_eq(last_line(r.err), "ValueError: not enough values to unpack (expected 3, got 2)");
}

Test(compile, augmented_assignment_targets)
{
    expect_output("class O:\n    pass\n"
                  "o = O()\no.n = 1\no.n += 2\n"
                  "l = [1, 2]\nl[0] *= 10\nalias = l\nl += [3]\n"
                  "d = {'k': 'a'}\nd['k'] += 'b'\n"
                  "print(o.n, l, alias is l, d)\n",
                  "3 [10, 2, 3] True {'k': 'ab'}\n");
}

Test(compile, comprehensions)
{
    expect_output("print([x * x for x in range(6) if x % 2])\n"
                  "print({k: v for k, v in zip('ab', [1, 2])})\n"
                  "n = 10\n"
                  "def f():\n    return [n + i for i in range(2)]\n"
                  "print(f())\n",
                  "[1, 9, 25]\n{'a': 1, 'b': 2}\n[10, 11]\n");
}

Test(compile, fstrings)
{
    expect_output("x = 3\nname = 'bob'\n"
                  "print(f'{x} + {x} = {x + x}!', f'{name!r}', f'{{literal}}', f'')\n",
                  "3 + 3 = 6! 'bob' {literal} \n");
}

Test(compile, functions_defaults_kwargs_varargs)
{
    expect_output("def f(a, b=2, *args, c, d=4):\n    return (a, b, args, c, d)\n"
                  "print(f(1, c=3))\n"
                  "print(f(1, 5, 6, 7, c=0, d=1))\n"
                  "def g(x, y):\n    return x - y\n"
                  "print(g(y=1, x=10), g(*[3, 1]))\n"
                  "print((lambda a, b=1: a + b)(1))\n",
                  "(1, 2, (), 3, 4)\n(1, 5, (6, 7), 0, 1)\n9 2\n2\n");
}

Test(compile, call_errors)
{
    run_result r = run_src("def f(a, b):\n    pass\nf(1)\n");
    cr_expect_str_eq(last_line(r.err), "TypeError: f() missing 1 required positional argument: 'b'");
    r = run_src("def f(a):\n    pass\nf(1, 2)\n");
    cr_expect_str_eq(last_line(r.err), "TypeError: f() takes 1 positional argument but 2 were given");
    r = run_src("def f(a):\n    pass\nf(a=1, b=2)\n");
    cr_expect_str_eq(last_line(r.err), "TypeError: f() got an unexpected keyword argument 'b'");
}

Test(compile, decorators_apply_bottom_up)
{
    expect_output("def tag(t):\n"
                  "    def deco(f):\n"
                  "        def w():\n            return t + f()\n"
                  "        return w\n"
                  "    return deco\n"
                  "@tag('a')\n@tag('b')\ndef f():\n    return 'c'\n"
                  "print(f())\n",
                  "abc\n");
}

Test(compile, del_statement)
{
    expect_output("x = 1\nl = [1, 2, 3]\nd = {'a': 1, 'b': 2}\n"
                  "class O:\n    pass\no = O()\no.a = 1\n"
                  "del l[0], d['a'], o.a\ndel x\n"
                  "print(l, d, hasattr(o, 'a'), 'x' in globals() if False else 0)\n",
                  "[2, 3] {'b': 2} False 0\n");
}

Test(compile, syntax_errors_from_the_compiler)
{
    run_result r = run_src("x = 1\nbreak\n");
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(last_line(r.err), "SyntaxError: 'break' outside loop");
    cr_expect(strstr(r.err, "\", line 2\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n") != NULL,
              "%s", r.err);
    r = run_src("def f():\n    pass\nreturn 1\n");
    cr_expect_str_eq(last_line(r.err), "SyntaxError: 'return' outside function");
    r = run_src("def f():\n    x = 1\n    global x\n");
    cr_expect_str_eq(last_line(r.err), "SyntaxError: name 'x' is assigned to before global declaration");
}

Test(compile, code_object_line_table)
{
    vm_syntax_error err;
    const char *src = "a = 1\n\nb = 2\nc = (a +\n     b)\n";
    rt_object *co = vm_compile_source(src, strlen(src), "t.py", &err);
    cr_assert_not_null(co);
    vm_code *c = (vm_code *)co;
    cr_expect_eq(vm_code_line(c, 0), 1);
    cr_expect_eq(vm_code_line(c, c->ncode - 1), 4);
    cr_expect_gt(c->stacksize, 1);
    rt_decref(co);
}

Test(compile, fstring_format_specs)
{
    expect_output("x = 3.14159\n"
                  "print(f'{x:.2f}|{42:5d}|{\"x\":>3}|{7:03}|{-x:+.1e}|{1234567:,}|{255:#X}|{5:b}')\n"
                  "print(f'{0.25:.1%}|{\"abc\":^7}|{\"abc\":*<6}|{-12:06}|{1e20:g}|{True:>3}', format(3, '04d'))\n",
                  "3.14|   42|  x|007|-3.1e+00|1,234,567|0XFF|101\n25.0%|  abc  |abc***|-00012|1e+20|  1 0003\n");
    run_result r = run_src("print(f'{None:>4}')\n");
    cr_expect_str_eq(last_line(r.err), "TypeError: unsupported format string passed to NoneType.__format__");
}

/* The constant pool merges constants of the same type and value only:
 * 0, 0.0, -0.0 and False stay four constants, equal strs, ints and
 * floats share one, code objects are never merged, repeated keyword names
 * share one tuple. */
Test(compile, constant_pool_merges_by_type_and_value)
{
    vm_syntax_error err;
    const char *src = "a = 'x'; b = 'x'; c = 1; d = 1; e = 1.5; f = 1.5\n"
                      "g = 0.0; h = -0.0; i = 0; j = False; k = None; l = 0.0; m = False\n"
                      "n = lambda: 1; o = lambda: 1\n"
                      "p = print(sep='', end=''); q = print(sep='', end='')\n"
                      "r = 1.0; s = True\n";
    rt_object *co = vm_compile_source(src, strlen(src), "t.py", &err);
    cr_assert_not_null(co);
    rt_object *k = ((vm_code *)co)->consts;
    /* 'x' 1 1.5 0.0 -0.0 0 False None code code '' ('sep', 'end') 1.0 True */
    cr_assert_eq(RT_SIZE(k), 14, "%ld constants", (long)RT_SIZE(k));
    cr_expect(rt_str_eq_cstr(RT_TUPLE_GET_ITEM(k, 0), "x"));
    cr_expect_eq(RT_TYPE(RT_TUPLE_GET_ITEM(k, 1)), &rt_int_type);
    cr_expect_eq(RT_TYPE(RT_TUPLE_GET_ITEM(k, 2)), &rt_float_type);
    double z = RT_FLOAT_VALUE(RT_TUPLE_GET_ITEM(k, 3)), nz = RT_FLOAT_VALUE(RT_TUPLE_GET_ITEM(k, 4));
    cr_expect(z == 0.0 && !signbit(z), "0.0 is its own constant");
    cr_expect(nz == 0.0 && signbit(nz), "-0.0 is its own constant");
    cr_expect_eq(RT_TYPE(RT_TUPLE_GET_ITEM(k, 5)), &rt_int_type);
    cr_expect_eq(RT_TUPLE_GET_ITEM(k, 6), RT_FALSE);
    cr_expect_eq(RT_TUPLE_GET_ITEM(k, 7), RT_NONE);
    cr_expect(vm_code_check(RT_TUPLE_GET_ITEM(k, 8)) && vm_code_check(RT_TUPLE_GET_ITEM(k, 9)));
    cr_expect_neq(RT_TUPLE_GET_ITEM(k, 8), RT_TUPLE_GET_ITEM(k, 9), "equal lambdas: two code objects");
    cr_expect(rt_tuple_check_exact(RT_TUPLE_GET_ITEM(k, 11)), "one kwnames tuple for both calls");
    cr_expect_eq(RT_TYPE(RT_TUPLE_GET_ITEM(k, 12)), &rt_float_type, "1.0 is not 1");
    cr_expect_eq(RT_TUPLE_GET_ITEM(k, 13), RT_TRUE, "True is not 1");
    rt_decref(co);
    /* and the program sees each value as written */
    expect_output("a = 0; b = 0.0; c = -0.0; d = False; e = 0.0; f = 1; g = 1.0; h = True\n"
                  "print(repr(a), repr(b), repr(c), repr(d), b is e, repr(f), repr(g), repr(h))\n",
                  "0 0.0 -0.0 False True 1 1.0 True\n");
}

/* Thousands of names and constants in one code object: every index
 * stays right (the pools are hash-indexed, not scanned). */
Test(compile, many_names_and_constants)
{
    enum { N = 3000 };
    size_t cap = (size_t)N * 64, n = 0;
    char *src = malloc(cap);
    cr_assert_not_null(src);
    for (int i = 0; i < N; i++)
        n += (size_t)snprintf(src + n, cap - n, "v%d = %d.5 + %d\ns%d = 'c%d'\n", i, i, i, i, i);
    snprintf(src + n, cap - n, "print(v0, v1234, v%d, s0, s2999, len(s1234))\n", N - 1);
    expect_output(src, "0.5 2468.5 5998.5 c0 c2999 5\n");
    free(src);
}

/* Name lookups in the compiler are hashed: 50,000 locals in one function
 * compiled in about 15 s of CPU with linear scans (quadratic), in well
 * under a second with the index.  The bound is CPU time, generous enough
 * for ASan and a loaded machine, far below the quadratic cost. */
Test(compile, many_locals_compile_in_linear_time)
{
    enum { N = 50000 };
    size_t cap = (size_t)N * 32 + 256, len = 0;
    char *src = malloc(cap);
    cr_assert(src);
    len += (size_t)snprintf(src + len, cap - len, "def f():\n");
    for (int i = 0; i < N; i++)
        len += (size_t)snprintf(src + len, cap - len, "    v%d = %d\n", i, i);
    snprintf(src + len, cap - len, "    return v0 + v%d\nprint(f())\n", N - 1);
    clock_t t0 = clock();
    run_result r = run_src(src);
    double cpu = (double)(clock() - t0) / CLOCKS_PER_SEC;
    free(src);
    cr_assert_str_eq(r.out, "49999\n", "%s%s", r.out, r.err);
    cr_assert_lt(cpu, 5.0, "compiling 50,000 locals took %.2f s of CPU", cpu);
}

/* An instruction argument wider than the 24 bits of the encoding is a
 * SyntaxError naming the line, never a truncated argument (a list display
 * of 2**24 + 3 items had length 3).  Such a program needs gigabytes to
 * parse, so the check is driven directly. */
Test(compile, argument_wider_than_the_encoding_is_a_syntax_error)
{
    vm_syntax_error err;
    memset(&err, 0, sizeof err);
    unit u;
    memset(&u, 0, sizeof u);
    u.pos.line = 7;
    compiler c;
    memset(&c, 0, sizeof c);
    c.u = &u;
    c.err = &err;
    c.filename = "big.py";
    if (setjmp(c.fail) == 0) {
        vm_c_emit(&c, OP_BUILD_LIST, VM_ARG_MAX);   /* the widest that fits */
        cr_assert_eq(VM_ARG(u.code[0]), VM_ARG_MAX);
        vm_c_emit(&c, OP_BUILD_LIST, VM_ARG_MAX + 4);
        cr_assert_fail("an argument of 2**24 + 3 was emitted as %u", VM_ARG(u.code[1]));
    }
    cr_assert_eq(err.kind, VM_SYNERR_SYNTAX);
    cr_assert_eq(err.lineno, 7);
    cr_assert_str_eq(err.msg, "too many items, arguments, constants or names for one instruction "
                              "(BUILD_LIST takes at most 16777215)");
    free(u.code);
    free(u.posof);
}

/* The opcodes of the first function among src's constants, as names
 * separated by spaces. */
static void function_ops(const char *src, char *buf, size_t cap)
{
    vm_syntax_error err;
    rt_object *mod = vm_compile_source(src, strlen(src), "f.py", &err);
    cr_assert_not_null(mod);
    vm_code *co = NULL;
    rt_object *consts = ((vm_code *)mod)->consts;
    for (intptr_t i = 0; i < RT_SIZE(consts) && !co; i++)
        if (RT_TYPE(RT_TUPLE_GET_ITEM(consts, i)) == &vm_code_type)
            co = (vm_code *)RT_TUPLE_GET_ITEM(consts, i);
    cr_assert_not_null(co);
    size_t w = 0;
    buf[0] = '\0';
    for (intptr_t i = 0; i < co->ncode; i++)
        w += (size_t)snprintf(buf + w, cap - w, "%s%s", i ? " " : "", vm_opcode_name(VM_OP(co->code[i])));
    rt_decref(mod);
}

Test(compile, conditions_jump_directly_as_cpython_3_11)
{
    /* CPython 3.11's compiler_jump_if: no bool made for `or`, `and`,
     * `not`, a ternary or a chain in a condition, a known truth folded */
    char ops[1024];
    function_ops("def f(a, b):\n    if a or not b:\n        return 1\n", ops, sizeof ops);
    cr_expect_str_eq(ops, "LOAD_FAST POP_JUMP_IF_TRUE LOAD_FAST POP_JUMP_IF_TRUE "
                          "LOAD_CONST RETURN_VALUE LOAD_CONST RETURN_VALUE");
    function_ops("def f(a, b):\n    while a and b:\n        a -= 1\n", ops, sizeof ops);
    cr_expect_str_eq(ops, "LOAD_FAST POP_JUMP_IF_FALSE LOAD_FAST POP_JUMP_IF_FALSE "
                          "LOAD_FAST LOAD_CONST BINARY_OP STORE_FAST JUMP LOAD_CONST RETURN_VALUE");
    function_ops("def f(a, b):\n    assert 0 < a < b\n", ops, sizeof ops);
    cr_expect_str_eq(ops, "LOAD_CONST LOAD_FAST DUP_TOP ROT_THREE COMPARE_OP POP_JUMP_IF_FALSE "
                          "LOAD_FAST COMPARE_OP POP_JUMP_IF_TRUE JUMP POP_TOP "
                          "LOAD_ASSERTION_ERROR RAISE_VARARGS LOAD_CONST RETURN_VALUE");
    function_ops("def f(a, b):\n    return 1 if a and b else 2\n", ops, sizeof ops);
    cr_expect_str_eq(ops, "LOAD_FAST POP_JUMP_IF_FALSE LOAD_FAST POP_JUMP_IF_FALSE LOAD_CONST JUMP "
                          "LOAD_CONST RETURN_VALUE");
    function_ops("def f(a):\n    while True:\n        if not 0:\n            a()\n", ops, sizeof ops);
    cr_expect_str_eq(ops, "LOAD_FAST CALL_FUNCTION POP_TOP JUMP LOAD_CONST RETURN_VALUE");
}

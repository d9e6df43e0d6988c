/*
 * test_eval.c -- the interpreter loop and the runtime pieces it drives:
 * calls and recursion, exceptions and tracebacks, classes and dunder
 * dispatch, super, builtins, modules, exit status.
 */
#include "tests/unit/vm_util.h"
#include "runtime/gchead.h"
#include "runtime/dict.h"
#include "runtime/tuple.h"

TestSuite(eval, .init = vm_setup);

Test(eval, deep_python_recursion_is_fine_below_the_limit)
{
    expect_output("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))\n", "900\n");
}

Test(eval, recursion_limit_raises_recursion_error)
{
    run_result r = run_src("def f(n):\n    return f(n + 1)\nf(0)\n");
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(last_line(r.err), "RecursionError: maximum recursion depth exceeded");
    cr_expect(strstr(r.err, "[Previous line repeated") != NULL, "%s", r.err);
    /* catchable, and the VM is usable afterwards */
    expect_output("def f(n):\n    return f(n + 1)\n"
                  "try:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"
                  "print(sum(range(10)))\n",
                  "caught maximum recursion depth exceeded\n45\n");
}

Test(eval, traceback_format)
{
    run_result r = run_src("def inner():\n    raise ValueError('bad value')\n\ndef outer():\n    inner()\n\nouter()\n");
    cr_expect_eq(r.status, 1);
    const char *want_tail =
        "\", line 7, in <module>\n    outer()\n"
        "  File \"";
    cr_expect(strncmp(r.err, "Traceback (most recent call last):\n  File \"", 43) == 0, "%s", r.err);
    cr_expect(strstr(r.err, want_tail) != NULL, "%s", r.err);
    cr_expect(strstr(r.err, "\", line 5, in outer\n    inner()\n") != NULL, "%s", r.err);
    cr_expect(strstr(r.err, "\", line 2, in inner\n    raise ValueError('bad value')\n") != NULL, "%s", r.err);
    cr_expect_str_eq(last_line(r.err), "ValueError: bad value");
}

Test(eval, exception_context_chain_is_printed)
{
    run_result r = run_src("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise KeyError('k')\n");
    cr_expect(strstr(r.err, "ZeroDivisionError: division by zero\n\nDuring handling of the above exception, "
                            "another exception occurred:\n\nTraceback") != NULL, "%s", r.err);
    cr_expect_str_eq(last_line(r.err), "KeyError: 'k'");
    r = run_src("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise KeyError('k') from e\n");
    cr_expect(strstr(r.err, "The above exception was the direct cause") != NULL, "%s", r.err);
}

Test(eval, bare_raise_and_nested_handlers)
{
    expect_output("def f():\n"
                  "    try:\n        raise ValueError('inner')\n"
                  "    except ValueError:\n"
                  "        try:\n            raise KeyError('other')\n"
                  "        except KeyError:\n            pass\n"
                  "        raise\n"
                  "try:\n    f()\nexcept ValueError as e:\n    print('reraised', e)\n",
                  "reraised inner\n");
}

Test(eval, exception_matching_by_class_and_tuple)
{
    expect_output("class MyErr(ValueError):\n    pass\n"
                  "for exc in (MyErr('m'), KeyError('k'), IndexError(3)):\n"
                  "    try:\n        raise exc\n"
                  "    except ValueError as e:\n        print('value', type(e).__name__, e)\n"
                  "    except (KeyError, IndexError) as e:\n        print('lookup', repr(e))\n",
                  "value MyErr m\nlookup KeyError('k')\nlookup IndexError(3)\n");
}

Test(eval, classes_init_methods_inheritance_super)
{
    expect_output("class Animal:\n"
                  "    kind = 'animal'\n"
                  "    def __init__(self, name):\n        self.name = name\n"
                  "    def speak(self):\n        return self.name + ' makes a sound'\n"
                  "class Dog(Animal):\n"
                  "    def __init__(self, name, breed):\n"
                  "        super().__init__(name)\n        self.breed = breed\n"
                  "    def speak(self):\n        return super().speak() + ' (woof)'\n"
                  "d = Dog('rex', 'lab')\n"
                  "print(d.speak(), d.kind, d.breed, isinstance(d, Animal), type(d).__name__)\n",
                  "rex makes a sound (woof) animal lab True Dog\n");
}

Test(eval, static_and_class_methods)
{
    expect_output("class C:\n"
                  "    count = 0\n"
                  "    @staticmethod\n    def s(x):\n        return x * 2\n"
                  "    @classmethod\n    def make(cls):\n        cls.count += 1\n        return cls()\n"
                  "class D(C):\n    pass\n"
                  "print(C.s(2), C().s(3), type(D.make()).__name__, D.count, C.count)\n",
                  "4 6 D 1 0\n");
}

Test(eval, dunder_dispatch)
{
    expect_output("class V:\n"
                  "    def __init__(self, x):\n        self.x = x\n"
                  "    def __repr__(self):\n        return f'V({self.x})'\n"
                  "    def __eq__(self, o):\n        return isinstance(o, V) and self.x == o.x\n"
                  "    def __hash__(self):\n        return hash(self.x)\n"
                  "    def __add__(self, o):\n        return V(self.x + o.x)\n"
                  "    def __len__(self):\n        return self.x\n"
                  "    def __getitem__(self, i):\n        return i * self.x\n"
                  "    def __lt__(self, o):\n        return self.x < o.x\n"
                  "print(V(1) + V(2), V(1) == V(1), V(1) != V(2), len(V(4)), V(3)[2])\n"
                  "print({V(1): 'a'}[V(1)], sorted([V(3), V(1)]), str(V(5)), [V(0)])\n",
                  "V(3) True True 4 6\na [V(1), V(3)] V(5) [V(0)]\n");
}

Test(eval, eq_without_hash_is_unhashable)
{
    run_result r = run_src("class E:\n    def __eq__(self, o):\n        return True\nhash(E())\n");
    cr_expect_str_eq(last_line(r.err), "TypeError: unhashable type: 'E'");
}

Test(eval, iterator_protocol_in_python)
{
    expect_output("class Count:\n"
                  "    def __init__(self, n):\n        self.i = 0\n        self.n = n\n"
                  "    def __iter__(self):\n        return self\n"
                  "    def __next__(self):\n"
                  "        if self.i >= self.n:\n            raise StopIteration\n"
                  "        self.i += 1\n        return self.i\n"
                  "print(list(Count(3)), [x for x in Count(2)], 2 in Count(3))\n"
                  "it = iter([1])\nprint(next(it), next(it, 'done'))\n",
                  "[1, 2, 3] [1, 2] True\n1 done\n");
}

Test(eval, del_finalizer_runs_when_last_reference_dies)
{
    expect_output("class R:\n"
                  "    def __del__(self):\n        print('del', id(self) != 0)\n"
                  "r = R()\nprint('before')\nr = None\nprint('after')\n",
                  "before\ndel True\nafter\n");
}

Test(eval, builtins)
{
    expect_output("print(len('abc'), abs(-3), min(3, 1, 2), max([1, 5, 2]), sum([1, 2, 3], 10))\n"
                  "print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a'], key=len))\n"
                  "print(list(enumerate('ab', 1)), list(zip([1, 2, 3], 'xy')))\n"
                  "print(int('42') + 1, float('1.5'), str(12), bool([]), list('ab'), tuple([1]))\n"
                  "print(dict(a=1), isinstance(1, (str, int)), getattr(1, 'nope', 'dflt'))\n"
                  "print(min([], default=0), max('abc', key=lambda c: -ord(c)), divmod(7, 2))\n",
                  "3 3 1 5 16\n[3, 2, 1] ['a', 'bb']\n[(1, 'a'), (2, 'b')] [(1, 'x'), (2, 'y')]\n"
                  "43 1.5 12 False ['a', 'b'] (1,)\n{'a': 1} True dflt\n0 a (3, 1)\n");
}

Test(eval, print_sep_end)
{
    expect_output("print(1, 2, 3, sep='-', end='!\\n')\nprint('a', 'b', sep='')\nprint()\n",
                  "1-2-3!\nab\n\n");
}

Test(eval, method_calls_do_not_allocate_bound_methods)
{
    /* obj.meth() goes through LOAD_METHOD/CALL_METHOD: no bound method is
     * created, so a loop of method calls allocates no containers */
    vm_syntax_error err;
    const char *src = "class C:\n    def m(self, x):\n        return x\nc = C()\n"
                      "for i in range(1000):\n    c.m(i)\n";
    rt_object *co = vm_compile_source(src, strlen(src), "m.py", &err);
    cr_assert_not_null(co);
    rt_object *m = vm_module_new("__main__", NULL);
    rt_object *d = ((vm_module *)m)->dict;
    intptr_t before = rt_gc.young_count;
    rt_object *r = vm_eval_code(co, d, d);
    cr_assert_not_null(r);
    /* class creation allocates a few containers; 1000 bound methods would be >= 1000 */
    cr_expect_lt(rt_gc.young_count - before, 100);
    rt_decref(r);
    rt_decref(co);
}

Test(eval, closures_form_cycles_through_cells)
{
    vm_syntax_error err;
    const char *src = "def f():\n    def g():\n        return g\n    return g\nh = f()\n";
    rt_object *co = vm_compile_source(src, strlen(src), "c.py", &err);
    cr_assert_not_null(co);
    rt_object *m = vm_module_new("__main__", NULL);
    rt_object *d = ((vm_module *)m)->dict;
    rt_object *r = vm_eval_code(co, d, d);
    cr_assert_not_null(r);
    rt_object *g = rt_dict_getitem_str(d, "h");
    cr_assert_not_null(g);
    vm_function *fn = (vm_function *)g;
    cr_assert_not_null(fn->closure);
    vm_cell *cell = (vm_cell *)RT_TUPLE_GET_ITEM(fn->closure, 0);
    cr_expect(rt_is_gc(RT_OBJ(cell)) && rt_gc_is_tracked(RT_OBJ(cell)));
    cr_expect_eq(cell->ref, g, "the cell refers back to the function: a cycle");
    rt_decref(r);
    rt_decref(co);
}

Test(eval, sys_exit_status_and_argv)
{
    run_result r = run_src("import sys\nprint(len(sys.argv))\nsys.exit(3)\n");
    cr_expect_eq(r.status, 3);
    cr_expect_str_eq(r.out, "0\n");
    r = run_src("import sys\nsys.exit()\n");
    cr_expect_eq(r.status, 0);
    r = run_src("import sys\nsys.exit('message')\n");
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(last_line(r.err), "message");
}

Test(eval, name_error_and_attribute_error_messages)
{
    run_result r = run_src("print(undefined_name)\n");
    cr_expect_str_eq(last_line(r.err), "NameError: name 'undefined_name' is not defined");
    r = run_src("class C:\n    pass\nC().missing\n");
    cr_expect_str_eq(last_line(r.err), "AttributeError: 'C' object has no attribute 'missing'");
    r = run_src("import nosuchmodule\n");
    cr_expect_str_eq(last_line(r.err), "ModuleNotFoundError: No module named 'nosuchmodule'");
}

Test(eval, int_fast_paths_leave_64_bits)
{
    expect_output("x = 9223372036854775807\n"
                  "print(x + 1, -x - 2, x * x < x * x + 1, [0, 1][-x - 1 + x], (x + 1) - 1 == x)\n"
                  "print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 3 * -4, 2 < 3, 3 <= 2)\n",
                  "9223372036854775808 -9223372036854775809 True 1 True\n-4 1 -4 -1 -12 True False\n");
}

Test(eval, zero_division_message)
{
    run_result r = run_src("print(1 // 0)\n");
    cr_expect_str_eq(last_line(r.err), "ZeroDivisionError: integer division or modulo by zero");
}

Test(eval, print_to_files)
{
    run_result r = run_src("import sys\nprint('to err', 1, file=sys.stderr)\nprint('out')\n"
                           "sys.stdout.write('w\\n')\n"
                           "class W:\n    def __init__(self):\n        self.parts = []\n"
                           "    def write(self, s):\n        self.parts.append(s)\n"
                           "w = W()\nprint('a', 'b', file=w)\nprint(w.parts)\n");
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "out\nw\n['a', ' ', 'b', '\\n']\n");
    cr_expect_str_eq(r.err, "to err 1\n");
}

Test(eval, attribute_cache_sees_class_changes)
{
    /* lookups are cached per (type, name): changes to the class or to a
     * base class must be seen immediately */
    expect_output("class B:\n    x = 1\n    def m(self):\n        return 'B.m'\n"
                  "class C(B):\n    pass\n"
                  "c = C()\nout = []\n"
                  "for i in range(3):\n    out.append((c.x, c.m()))\n"
                  "B.x = 2\nout.append(c.x)\n"
                  "C.x = 3\nout.append(c.x)\n"
                  "del C.x\nout.append(c.x)\n"
                  "def m2(self):\n    return 'new m'\n"
                  "B.m = m2\nout.append(c.m())\n"
                  "c.m = lambda: 'instance m'\nout.append(c.m())\n"
                  "del B.x\n"
                  "try:\n    c.x\nexcept AttributeError as e:\n    out.append(str(e))\n"
                  "print(out)\n",
                  "[(1, 'B.m'), (1, 'B.m'), (1, 'B.m'), 2, 3, 2, 'new m', 'instance m', "
                  "\"'C' object has no attribute 'x'\"]\n");
}

Test(eval, instantiation_paths)
{
    expect_output("class A:\n    def __init__(self, x, y=2, *rest, k=0):\n        self.v = (x, y, rest, k)\n"
                  "print(A(1).v, A(1, 3, 4, k=5).v, A(y=7, x=6).v)\n"
                  "class E(Exception):\n    def __init__(self, a, b):\n        self.a = a\n"
                  "e = E(1, 2)\nprint(e.args, e.a)\n"
                  "class N:\n    pass\n"
                  "try:\n    N(1)\nexcept TypeError as err:\n    print(err)\n"
                  "class Bad:\n    def __init__(self):\n        return 1\n"
                  "try:\n    Bad()\nexcept TypeError as err:\n    print(err)\n"
                  "class Sub(A):\n    pass\nprint(Sub(9).v, type(Sub(9)).__name__)\n",
                  "(1, 2, (), 0) (1, 3, (4,), 5) (6, 7, (), 0)\n(1, 2) 1\nN() takes no arguments\n"
                  "__init__() should return None, not 'int'\n(9, 2, (), 0) Sub\n");
}

Test(eval, keyword_and_bound_method_calls_stay_in_the_loop)
{
    /* f(n=...) and a bound method called through a variable push frames
     * in the same C loop: deep recursion through them is fine */
    expect_output("def f(n=0, acc=0):\n    return acc if n == 0 else f(n=n - 1, acc=acc + 1)\n"
                  "print(f(n=900))\n"
                  "class C:\n    def m(self, k):\n        return k if k == 0 else bm(k - 1)\n"
                  "c = C()\nbm = c.m\nprint(bm(900))\n"
                  "try:\n    f(n=5000)\nexcept RecursionError as e:\n    print(e)\n",
                  "900\n0\nmaximum recursion depth exceeded\n");
}

/* A class body run as a plain function by a replaced __build_class__ has
 * no namespace: it must raise, not write through a NULL dict. */
Test(eval, class_body_without_namespace_raises)
{
    run_result r = run_src("import sys\nbuiltins = __builtins__\n"
                           "def bc(f, n):\n    return f()\n"
                           "try:\n    builtins.__build_class__ = bc\nexcept Exception:\n    builtins['__build_class__'] = bc\n"
                           "class C:\n    x = 1\n");
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(last_line(r.err), "RuntimeError: no locals found when storing __module__");
}

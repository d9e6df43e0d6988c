/*
 * test_eval_modules.c -- import of a sibling module, the sys, time, gc and
 * weakref modules as the VM provides them, __slots__, and finalizers at
 * exit.
 */
#include "tests/unit/vm_util.h"

TestSuite(modules, .init = vm_setup);

Test(modules, import_sibling_module)
{
    run_result r = run_src_mod("import mod\nfrom mod import double, K as Konst\n"
                               "print(mod.NAME, double(21), Konst, mod.__name__)\n"
                               "import mod as again\nprint(again is mod)\n",
                               "NAME = 'the mod'\nK = 7\ndef double(x):\n    return 2 * x\nprint('mod body runs once')\n");
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "mod body runs once\nthe mod 42 7 mod\nTrue\n");
}

Test(modules, import_errors)
{
    run_result r = run_src_mod("from mod import missing\n", "x = 1\n");
    cr_expect(strstr(last_line(r.err), "ImportError: cannot import name 'missing' from 'mod'") != NULL,
              "%s", r.err);
}

Test(modules, exception_in_imported_module)
{
    run_result r = run_src_mod("import mod\n", "def f():\n    raise KeyError('in module')\nf()\n");
    cr_expect_eq(r.status, 1);
    cr_expect(strstr(r.err, "mod.py\", line 3, in <module>") != NULL, "%s", r.err);
    cr_expect_str_eq(last_line(r.err), "KeyError: 'in module'");
}

Test(modules, time_and_sys)
{
    expect_output("import time, sys\n"
                  "t0 = time.perf_counter()\nn0 = time.perf_counter_ns()\n"
                  "x = sum(range(10000))\n"
                  "print(time.perf_counter() >= t0, time.perf_counter_ns() >= n0, type(time.process_time()).__name__)\n"
                  "a = []\nb = a\nprint(sys.getrefcount(a), sys.getsizeof([]) < sys.getsizeof([1, 2, 3, 4, 5]))\n"
                  "sys.setrecursionlimit(50)\n"
                  "def f(n):\n    return f(n + 1)\n"
                  "try:\n    f(0)\nexcept RecursionError:\n    print('limit', sys.getrecursionlimit())\n",
                  "True True float\n3 True\nlimit 50\n");
}

Test(modules, gc_module_binds_the_collector)
{
    /* under rc: collect finds nothing, containers are tracked, atoms not */
    expect_output("import gc\n"
                  "print(gc.collect(), gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'))\n"
                  "gc.disable()\nprint(gc.isenabled())\ngc.enable()\nprint(gc.isenabled())\n"
                  "l = [1]\nholder = [l]\nprint(l in gc.get_referents(holder), holder in gc.get_referrers(l))\n"
                  "print(len(gc.get_count()), gc.DEBUG_SAVEALL, gc.garbage, gc.callbacks)\n",
                  "0 True False False\nFalse\nTrue\nTrue True\n3 32 [] []\n");
}

Test(modules, weakref_ref_and_callbacks)
{
    expect_output("import weakref\n"
                  "class O:\n    pass\n"
                  "o = O()\nlog = []\n"
                  "r = weakref.ref(o, lambda ref: log.append(ref() is None))\n"
                  "print(r() is o, weakref.getweakrefcount(o))\n"
                  "del o\nprint(r(), log)\n"
                  "try:\n    weakref.ref(1)\nexcept TypeError as e:\n    print(e)\n",
                  "True 1\nNone [True]\ncannot create weak reference to 'int' object\n");
}

Test(modules, weakref_dictionaries_and_finalize)
{
    expect_output("import weakref\n"
                  "class V:\n    def __init__(self, n):\n        self.n = n\n"
                  "d = weakref.WeakValueDictionary()\nv = V(1)\nd['a'] = v\n"
                  "print(len(d), d['a'].n)\ndel v\nprint(len(d), d.get('a'))\n"
                  "k = weakref.WeakKeyDictionary()\nkey = V(2)\nk[key] = 'x'\n"
                  "print(k[key], len(k))\ndel key\nprint(len(k))\n"
                  "def bye(tag):\n    print('bye', tag)\n"
                  "obj = V(3)\nf = weakref.finalize(obj, bye, 'obj')\nprint(f.alive)\ndel obj\nprint(f.alive)\n"
                  "keep = V(4)\nweakref.finalize(keep, bye, 'at exit')\nprint('end')\n",
                  "1 1\n0 None\nx 1\n0\nTrue\nbye obj\nFalse\nend\n");
    /* live finalizers run at exit (vm_fini), newest first */
    size_t len;
    char *buf;
    FILE *out = open_memstream(&buf, &len);
    vm.out = out;
    vm_mod_weakref_atexit();
    vm.out = stdout;
    fclose(out);
    cr_expect_str_eq(buf, "bye at exit\n");
    free(buf);
}

Test(modules, slots_instances_have_no_dict)
{
    expect_output("class P:\n    __slots__ = ('x', 'y')\n"
                  "    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n"
                  "p = P(1, 2)\nprint(p.x + p.y, hasattr(p, '__dict__'))\n"
                  "try:\n    p.z = 3\nexcept AttributeError as e:\n    print(e)\n"
                  "del p.x\n"
                  "try:\n    p.x\nexcept AttributeError as e:\n    print(e)\n"
                  "class Q(P):\n    __slots__ = ('z',)\n"
                  "q = Q(1, 2)\nq.z = 3\nprint(q.x + q.y + q.z, hasattr(q, '__dict__'))\n"
                  "class R(P):\n    pass\nprint(hasattr(R(1, 2), '__dict__'))\n",
                  "3 False\n'P' object has no attribute 'z'\n'P' object has no attribute 'x'\n6 False\nTrue\n");
}

Test(modules, slotted_objects_release_their_values)
{
    /* a long chain of slotted nodes is freed without deep C recursion,
     * and __del__ of the values runs */
    expect_output("class N:\n    __slots__ = ('next', 'v')\n"
                  "class D:\n    def __del__(self):\n        print('value freed')\n"
                  "head = None\nfor i in range(100000):\n    n = N()\n    n.next = head\n    n.v = i\n    head = n\n"
                  "n = None\nhead = None\nx = N()\nx.v = D()\nx = None\nprint('done')\n",
                  "value freed\ndone\n");
}

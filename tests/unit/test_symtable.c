/*
 * test_symtable.c -- name classification per scope, checked against
 * CPython 3.11's own symtable module: every expected dump below was
 * verified (as a set of name=scope pairs per scope) against
 * symtable.symtable(src) -- LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE,
 * CELL and DEF_FREE_CLASS (shown as "+free") -- and each error row is the
 * SyntaxError CPython raised (line, offset, message).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frontend/ast.h"
#include "frontend/symtable.h"
#include "runtime/alloc.h"

struct st_case { const char *src, *dump; };
struct st_err { const char *src; int lineno, offset; const char *msg; };

static const struct st_case cases[] = {
    { "x = 1\nprint(x, y)",
      "module <module>: x=local print=global_implicit y=global_implicit\n" },
    { "def f(a, b=1, *c, d):\n    e = a + b\n    return e + g",
      "module <module>: f=local\n  function f: a=local b=local d=local c=local e=local g=global_implicit\n" },
    { "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner",
      "module <module>: outer=local\n  function outer: x=cell inner=local\n    function inner: x=free\n" },
    { "def outer():\n    x = 1\n    def mid():\n        def inner():\n            return x\n        return inner\n    return mid",
      "module <module>: outer=local\n  function outer: x=cell mid=local\n    function mid: inner=local x=free\n      function inner: x=free\n" },
    { "def f():\n    global g\n    g = 1\n    def h():\n        return g",
      "module <module>: f=local g=global\n  function f: g=global h=local\n    function h: g=global_implicit\n" },
    { "x = 0\ndef f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g",
      "module <module>: x=local f=local\n  function f: x=cell g=local\n    function g: x=free\n" },
    { "class C:\n    a = 1\n    def m(self):\n        return a",
      "module <module>: C=local\n  class C: a=local m=local\n    function m: self=local a=global_implicit\n" },
    { "def f():\n    a = 1\n    class C:\n        b = a\n        def m(self):\n            return a",
      "module <module>: f=local\n  function f: a=cell C=local\n    class C: a=free b=local m=local\n      function m: self=local a=free\n" },
    { "def f():\n    a = 1\n    class C:\n        a = 2\n        def m(self):\n            return a",
      "module <module>: f=local\n  function f: a=cell C=local\n    class C: a=local+free m=local\n      function m: self=local a=free\n" },
    { "class C:\n    def __init__(self):\n        self.__x = 1\n        __y = 2\n    def __m(self):\n        return __z\n    __w = 3",
      "module <module>: C=local\n  class C: __init__=local _C__m=local _C__w=local\n    function __init__: self=local _C__y=local\n    function __m: self=local _C__z=global_implicit\n" },
    { "class _C:\n    __a = 1\nclass __:\n    __b = 2",
      "module <module>: _C=local __=local\n  class _C: _C__a=local\n  class __: __b=local\n" },
    { "class C(B):\n    def m(self):\n        return super().m()",
      "module <module>: B=global_implicit C=local\n  class C: m=local __class__=cell\n    function m: self=local super=global_implicit __class__=free\n" },
    { "def f(xs):\n    return [x * y for x in xs if x]",
      "module <module>: f=local\n  function f: xs=local\n    comprehension <listcomp>: .0=local x=local y=global_implicit\n" },
    { "def f(xs):\n    y = 2\n    return {k: v * y for k, v in xs}",
      "module <module>: f=local\n  function f: xs=local y=cell\n    comprehension <dictcomp>: .0=local k=local v=local y=free\n" },
    { "class C:\n    n = 3\n    xs = [i * n for i in range(n)]",
      "module <module>: C=local\n  class C: n=local range=global_implicit xs=local\n    comprehension <listcomp>: .0=local i=local n=global_implicit\n" },
    { "def f():\n    g = lambda a, b=c: a + d\n    return g",
      "module <module>: f=local\n  function f: c=global_implicit g=local\n    function <lambda>: a=local b=local d=global_implicit\n" },
    { "def f(n):\n    return [lambda: n for i in range(3)]",
      "module <module>: f=local\n  function f: n=cell range=global_implicit\n    comprehension <listcomp>: .0=local i=local n=free\n      function <lambda>: n=free\n" },
    { "def f():\n    try:\n        pass\n    except E as e:\n        return e\n    import os.path\n    from m import a as b\n    for i, (j, k) in x:\n        del i",
      "module <module>: f=local\n  function f: E=global_implicit e=local os=local b=local x=global_implicit i=local j=local k=local\n" },
    { "def f():\n    x = 1\n    class C:\n        x = 2\n        def g():\n            nonlocal x\n            x = 3",
      "module <module>: f=local\n  function f: x=cell C=local\n    class C: x=local+free g=local\n      function g: x=free\n" },
    { "def f():\n    def g():\n        return x\n    x = 1\n    return g",
      "module <module>: f=local\n  function f: g=local x=cell\n    function g: x=free\n" },
    { "def f(a):\n    def g():\n        def h():\n            return a\n        return h\n    return g",
      "module <module>: f=local\n  function f: a=cell g=local\n    function g: h=local a=free\n      function h: a=free\n" },
    { "def f():\n    x = 1\n    class C:\n        def g(self):\n            class D:\n                y = x\n",
      "module <module>: f=local\n  function f: x=cell C=local\n    class C: g=local x=free\n      function g: self=local D=local x=free\n        class D: x=free y=local\n" },
    { "class C:\n    def m(self):\n        def inner():\n            return __class__\n        return inner",
      "module <module>: C=local\n  class C: m=local __class__=cell\n    function m: self=local inner=local __class__=free\n      function inner: __class__=free\n" },
    { "class C:\n    def m(self):\n        return lambda: super().m()",
      "module <module>: C=local\n  class C: m=local __class__=cell\n    function m: self=local __class__=free\n      function <lambda>: super=global_implicit __class__=free\n" },
    { "class Outer:\n    class Inner:\n        __a = 1\n        def f(self, __p):\n            return __p + self.__q\n    __b = 2",
      "module <module>: Outer=local\n  class Outer: Inner=local _Outer__b=local\n    class Inner: _Inner__a=local f=local\n      function f: self=local _Inner__p=local\n" },
    { "class C:\n    def f(self):\n        global __g\n        __g = 1",
      "module <module>: C=local _C__g=global\n  class C: f=local\n    function f: self=local _C__g=global\n" },
    { "def f():\n    __x = 1\n    class C:\n        def g(self):\n            return __x",
      "module <module>: f=local\n  function f: __x=local C=local\n    class C: g=local\n      function g: self=local _C__x=global_implicit\n" },
    { "class C:\n    import __mod\n    from m import __name as __alias",
      "module <module>: C=local\n  class C: _C__mod=local _C__alias=local\n" },
    { "def f():\n    x = 1\n    def g():\n        del x",
      "module <module>: f=local\n  function f: x=local g=local\n    function g: x=local\n" },
    { "def f():\n    x = 1\n    def g():\n        x += 1",
      "module <module>: f=local\n  function f: x=local g=local\n    function g: x=local\n" },
    { "def f():\n    return [[j for j in range(i)] for i in range(3)]",
      "module <module>: f=local\n  function f: range=global_implicit\n    comprehension <listcomp>: .0=local i=local range=global_implicit\n      comprehension <listcomp>: .0=local j=local\n" },
    { "def f(a):\n    return [lambda: a + i for i in range(3)]",
      "module <module>: f=local\n  function f: a=cell range=global_implicit\n    comprehension <listcomp>: .0=local i=cell a=free\n      function <lambda>: a=free i=free\n" },
    { "class C:\n    y = 1\n    z = [y for _ in range(3)]",
      "module <module>: C=local\n  class C: y=local range=global_implicit z=local\n    comprehension <listcomp>: .0=local _=local y=global_implicit\n" },
    { "def f():\n    for x in range(3):\n        def g():\n            return x",
      "module <module>: f=local\n  function f: range=global_implicit x=cell g=local\n    function g: x=free\n" },
    { "def f(*args, k=1):\n    def g():\n        return args, k",
      "module <module>: f=local\n  function f: k=cell args=cell g=local\n    function g: args=free k=free\n" },
    { "def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n            x = 2\n        return h",
      "module <module>: f=local\n  function f: x=cell g=local\n    function g: h=local x=free\n      function h: x=free\n" },
    { "def f():\n    try:\n        pass\n    except E as e:\n        def g():\n            return e",
      "module <module>: f=local\n  function f: E=global_implicit e=cell g=local\n    function g: e=free\n" },
    { "def f():\n    import os\n    def g():\n        return os",
      "module <module>: f=local\n  function f: os=cell g=local\n    function g: os=free\n" },
    { "def f():\n    @dec\n    def g(): pass\n    class D(Base): pass",
      "module <module>: f=local\n  function f: dec=global_implicit g=local Base=global_implicit D=local\n    function g:\n    class D:\n" },
    { "def f(x):\n    def g(y=x):\n        return y",
      "module <module>: f=local\n  function f: x=local g=local\n    function g: y=local\n" },
    { "def f():\n    def g():\n        global x\n        x = 1\n    def h():\n        return x",
      "module <module>: f=local x=global\n  function f: g=local h=local\n    function g: x=global\n    function h: x=global_implicit\n" },
    { "x = 1\ndef f():\n    global x",
      "module <module>: x=global f=local\n  function f: x=global\n" },
    { "class A:\n    def f(self):\n        class B:\n            def g(self):\n                return super().g()\n        return B",
      "module <module>: A=local\n  class A: f=local\n    function f: self=local B=local\n      class B: g=local __class__=cell\n        function g: self=local super=global_implicit __class__=free\n" },
    { "def f():\n    class C:\n        x = 1\n        def g(self):\n            return x\n    return C",
      "module <module>: f=local\n  function f: C=local\n    class C: x=local g=local\n      function g: self=local x=global_implicit\n" },
    { "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2",
      "module <module>: f=local\n  function f: x=cell C=local\n    class C: x=free\n" },
    { "def f(a, a2):\n    def g():\n        a = 1\n        return a2",
      "module <module>: f=local\n  function f: a=local a2=cell g=local\n    function g: a=local a2=free\n" },
    { "def f():\n    x = 1\n    class C:\n        [x for a in b]\n        nonlocal x\n        x = 2",
      "module <module>: f=local\n  function f: x=cell C=local\n    class C: b=global_implicit x=free+free\n      comprehension <listcomp>: .0=local a=local x=free\n" },
};

static const struct st_err errors[] = {
    { "def f(x):\n    global x", 2, 5, "name 'x' is parameter and global" },
    { "def f():\n    x = 1\n    global x", 3, 5, "name 'x' is assigned to before global declaration" },
    { "def f():\n    print(x)\n    global x", 3, 5, "name 'x' is used prior to global declaration" },
    { "def f(x):\n    nonlocal x", 2, 5, "name 'x' is parameter and nonlocal" },
    { "def f():\n    def g():\n        nonlocal x", 3, 9, "no binding for nonlocal 'x' found" },
    { "class C:\n    nonlocal x", 2, 5, "no binding for nonlocal 'x' found" },
    { "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x", 4, 9, "name 'x' is nonlocal and global" },
    { "def f():\n    nonlocal_var = 1\n    def g():\n        print(nonlocal_var)\n        nonlocal nonlocal_var", 5, 9, "name 'nonlocal_var' is used prior to nonlocal declaration" },
    { "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x", 5, 9, "name 'x' is assigned to before nonlocal declaration" },
    { "def f():\n    def g():\n        global y\n        nonlocal y", 3, 9, "name 'y' is nonlocal and global" },
    { "====\ndef f():\n    x = 1\n    class C:\n        global x\n        def g(self):\n            class D:\n                y = x", 1, 1, "invalid syntax" },
    { "nonlocal x\nx = 1\ndef f():\n    global x", 1, 1, "name 'x' is nonlocal and global" },
    { "nonlocal x\ndef f(x):\n    global x", 3, 5, "name 'x' is parameter and global" },
    { "x = 1\nnonlocal x", 2, 1, "name 'x' is assigned to before nonlocal declaration" },
    { "def f(a, b, a):\n    pass", 1, 13, "duplicate argument 'a' in function definition" },
    { "global y\ndef f(a, *a): pass\n", 2, 11, "duplicate argument 'a' in function definition" },
};

Test(symtable, classification_matches_cpython)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vm_syntax_error err;
        vm_ast *a = vm_parse(cases[i].src, strlen(cases[i].src), "f.py", &err);
        cr_assert_not_null(a, "parse: %s", cases[i].src);
        vm_symtable *st = vm_symtable_build(a, &err);
        cr_assert_not_null(st, "symtable: %s: %s", cases[i].src, err.msg);
        char *d = vm_symtable_dump(st);
        cr_expect_str_eq(d, cases[i].dump, "source:\n%s", cases[i].src);
        rt_raw_free(d);
        vm_symtable_free(st);
        vm_ast_free(a);
    }
}

Test(symtable, scoping_errors_match_cpython)
{
    /* vm_parse runs the symbol table too, so a file that parses is one
     * CPython's compile() accepts */
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        vm_syntax_error err;
        vm_ast *a = vm_parse(errors[i].src, strlen(errors[i].src), "f.py", &err);
        cr_expect_null(a, "accepted: %s", errors[i].src);
        if (a) { vm_ast_free(a); continue; }
        cr_expect_eq(err.kind, VM_SYNERR_SYNTAX);
        cr_expect_eq(err.lineno, errors[i].lineno, "%s", errors[i].src);
        cr_expect_eq(err.offset, errors[i].offset, "%s", errors[i].src);
        cr_expect_str_eq(err.msg, errors[i].msg, "%s", errors[i].src);
    }
}

Test(symtable, lookup_api)
{
    const char *src = "def f(a):\n    def g():\n        return a\n    return [a for _ in ()]\n";
    vm_syntax_error err;
    vm_ast *a = vm_parse(src, strlen(src), "f.py", &err);
    vm_symtable *st = vm_symtable_build(a, &err);
    cr_assert_not_null(st);
    const vm_node *fdef = a->module->u.Module.body.items[0];
    vm_scope *f = vm_symtable_scope_of(st, fdef);
    cr_assert_not_null(f);
    cr_expect_eq(f->kind, VM_SCOPE_FUNCTION);
    cr_expect_eq(vm_symtable_lookup(f, "a")->scope, VM_SYM_CELL);
    cr_expect(vm_symtable_lookup(f, "a")->flags & VM_SYMF_PARAM);
    cr_assert_eq(f->nchildren, 2);
    vm_scope *g = f->children[0];
    cr_expect_eq(g->node, fdef->u.FunctionDef.body.items[0]);
    cr_expect_eq(vm_symtable_lookup(g, "a")->scope, VM_SYM_FREE);
    vm_scope *comp = f->children[1];
    cr_expect_eq(comp->kind, VM_SCOPE_COMPREHENSION);
    cr_expect_eq(vm_symtable_lookup(comp, "a")->scope, VM_SYM_FREE);
    cr_expect_eq(vm_symtable_scope_of(st, a->module), st->top);
    cr_expect_null(vm_symtable_lookup(g, "nope"));
    vm_symtable_free(st);
    vm_ast_free(a);
}

Test(symtable, mangling)
{
    vm_arena *a = vm_arena_new();
    cr_expect_str_eq(vm_symtable_mangle(a, "C", "__x"), "_C__x");
    cr_expect_str_eq(vm_symtable_mangle(a, "_Cls", "__x"), "_Cls__x");
    cr_expect_str_eq(vm_symtable_mangle(a, "C", "__init__"), "__init__");
    cr_expect_str_eq(vm_symtable_mangle(a, "C", "_x"), "_x");
    cr_expect_str_eq(vm_symtable_mangle(a, "__", "__x"), "__x");
    cr_expect_str_eq(vm_symtable_mangle(a, NULL, "__x"), "__x");
    cr_expect_str_eq(vm_symtable_mangle(a, "C", "__a.b"), "__a.b");
    vm_arena_free(a);
}

/* Scopes with many names (hash-indexed past 16) and many scopes (found by
 * node through an index): every name and every scope is still found, and
 * classified as in a small scope. */
Test(symtable, large_scopes)
{
    enum { NF = 300, NL = 40 };
    size_t cap = (size_t)NF * NL * 16 + 4096, n = 0;
    char *src = malloc(cap);
    cr_assert_not_null(src);
    for (int f = 0; f < NF; f++) {
        n += (size_t)snprintf(src + n, cap - n, "def f%d():\n    global g%d\n", f, f);
        for (int l = 0; l < NL; l++)
            n += (size_t)snprintf(src + n, cap - n, "    x%d = g%d\n", l, f);
        n += (size_t)snprintf(src + n, cap - n, "    def inner():\n        return x%d\n", f % NL);
    }
    vm_syntax_error err;
    vm_ast *a = vm_parse(src, n, "big.py", &err);
    cr_assert_not_null(a);
    vm_symtable *st = vm_symtable_build(a, &err);
    cr_assert_not_null(st);
    cr_assert_eq(st->top->nsyms, 2 * NF, "f0..f299 and g0..g299");
    char name[32];
    for (int f = 0; f < NF; f++) {
        snprintf(name, sizeof name, "f%d", f);
        cr_expect_eq(vm_symtable_lookup(st->top, name)->scope, VM_SYM_LOCAL);
        snprintf(name, sizeof name, "g%d", f);
        cr_expect_eq(vm_symtable_lookup(st->top, name)->scope, VM_SYM_GLOBAL_EXPLICIT);
        const vm_node *def = a->module->u.Module.body.items[f];
        vm_scope *s = vm_symtable_scope_of(st, def);
        cr_assert_not_null(s);
        cr_expect_eq(s->node, def);
        snprintf(name, sizeof name, "f%d", f);
        cr_expect_str_eq(s->name, name);
        for (int l = 0; l < NL; l++) {
            snprintf(name, sizeof name, "x%d", l);
            const vm_symbol *y = vm_symtable_lookup(s, name);
            cr_assert_not_null(y, "%s in f%d", name, f);
            cr_expect_eq(y->scope, l == f % NL ? VM_SYM_CELL : VM_SYM_LOCAL, "%s in f%d", name, f);
        }
        cr_expect_null(vm_symtable_lookup(s, "x99"));
        cr_expect_eq(vm_symtable_scope_of(st, s->children[0]->node), s->children[0]);
    }
    cr_expect_null(vm_symtable_lookup(st->top, "f300"));
    vm_symtable_free(st);
    vm_ast_free(a);
    free(src);
}

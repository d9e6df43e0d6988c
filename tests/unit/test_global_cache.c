/*
 * test_global_cache.c -- the LOAD_GLOBAL cache of code objects (code.h):
 * one code object run with different globals and builtins dicts, a fresh
 * globals dict taking a freed one's address, the cache filled by a run
 * and never written to .pyc files.  The Python-level behaviour (rebinding,
 * deletion, shadowed builtins, imported functions) is the conformance
 * program global_cache.py.
 */
#include "tests/unit/vm_util.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/tuple.h"
#include "compiler/code.h"
#include "vm/func.h"
#include "compiler/marshal.h"

TestSuite(global_cache, .init = vm_setup);

/* The code of `def f(): return x + 1` compiled from source (new ref). */
static rt_object *code_of_f(void)
{
    static const char src[] = "def f():\n    return x + 1\n";
    vm_syntax_error err;
    rt_object *mod = vm_compile_source(src, sizeof src - 1, "<test>", &err);
    cr_assert_not_null(mod);
    rt_object *fco = NULL;
    rt_object *consts = ((vm_code *)mod)->consts;
    for (intptr_t i = 0; i < RT_SIZE(consts); i++)
        if (vm_code_check(RT_TUPLE_GET_ITEM(consts, i)))
            fco = rt_newref(RT_TUPLE_GET_ITEM(consts, i));
    rt_decref(mod);
    cr_assert_not_null(fco);
    cr_assert_not_null(((vm_code *)fco)->gcache, "a code with LOAD_GLOBAL has a cache");
    return fco;
}

static rt_object *globals_with_x(int64_t x)
{
    rt_object *g = rt_dict_new();
    rt_object *v = rt_int_from_i64(x);
    cr_assert_eq(rt_dict_setitem_str(g, "x", v), 0);
    rt_decref(v);
    return g;
}

/* Run co with globals g; the int result. */
static int64_t run_with(rt_object *co, rt_object *g)
{
    rt_object *r = vm_eval_code(co, g, NULL);
    cr_assert_not_null(r, "the run raised");
    int64_t v = rt_int_as_i64(r);
    rt_decref(r);
    return v;
}

Test(global_cache, one_code_with_several_globals)
{
    rt_object *co = code_of_f();
    rt_object *g1 = globals_with_x(10), *g2 = globals_with_x(20);
    for (int i = 0; i < 3; i++) {
        cr_expect_eq(run_with(co, g1), 11);
        cr_expect_eq(run_with(co, g2), 21);
    }
    rt_decref(g1);
    rt_decref(g2);
    rt_decref(co);
}

Test(global_cache, builtins_of_the_globals)
{
    rt_object *co = code_of_f();
    /* x only in a private builtins dict named by __builtins__ */
    rt_object *b = globals_with_x(100);
    rt_object *g = rt_dict_new();
    cr_assert_eq(rt_dict_setitem_str(g, "__builtins__", b), 0);
    cr_expect_eq(run_with(co, g), 101);
    rt_object *g2 = globals_with_x(5);
    cr_expect_eq(run_with(co, g2), 6);
    cr_expect_eq(run_with(co, g), 101, "back to the first globals and its builtins");
    rt_object *v = rt_int_from_i64(200);
    cr_assert_eq(rt_dict_setitem_str(b, "x", v), 0);
    rt_decref(v);
    cr_expect_eq(run_with(co, g), 201, "the builtins dict changed");
    rt_decref(g);
    rt_decref(g2);
    rt_decref(b);
    rt_decref(co);
}

/* The case per-dict versions got wrong: the same number of changes to a
 * new dict at the freed dict's address. */
Test(global_cache, fresh_dict_at_a_freed_dicts_address)
{
    rt_object *co = code_of_f();
    int reused = 0;
    for (int64_t i = 0; i < 20; i++) {
        rt_object *g = globals_with_x(i);
        void *addr = g;
        cr_expect_eq(run_with(co, g), i + 1);
        rt_decref(g);
        rt_object *n = globals_with_x(1000 + i);
        reused += (void *)n == addr;
        cr_expect_eq(run_with(co, n), 1000 + i + 1);
        rt_decref(n);
    }
    cr_log_info("%d of 20 new globals dicts took the freed one's address", reused);
    rt_decref(co);
}

/* The code object of f in a module code (borrowed). */
static vm_code *f_code_in(rt_object *mod)
{
    rt_object *consts = ((vm_code *)mod)->consts;
    for (intptr_t i = 0; i < RT_SIZE(consts); i++)
        if (vm_code_check(RT_TUPLE_GET_ITEM(consts, i)))
            return (vm_code *)RT_TUPLE_GET_ITEM(consts, i);
    cr_assert_fail("no function code");
    return NULL;
}

/* Run the module code mod in globals g, then call the f it defines. */
static int64_t run_module_then_f(rt_object *mod, rt_object *g)
{
    rt_object *r = vm_eval_code(mod, g, g);
    cr_assert_not_null(r);
    rt_decref(r);
    rt_object *f = rt_dict_getitem_str(g, "f");
    cr_assert_not_null(f);
    r = vm_call(f, NULL, 0, NULL);
    cr_assert_not_null(r);
    int64_t v = rt_int_as_i64(r);
    rt_decref(r);
    return v;
}

Test(global_cache, filled_by_a_run_and_never_marshalled)
{
    static const char src[] = "def f():\n    return x + 1\n";
    vm_syntax_error err;
    rt_object *mod = vm_compile_source(src, sizeof src - 1, "<test>", &err);
    cr_assert_not_null(mod);
    unsigned char *before, *after;
    size_t nbefore, nafter;
    cr_assert_eq(vm_marshal_dumps(mod, &before, &nbefore), 0);
    rt_object *g = globals_with_x(41);
    cr_expect_eq(run_module_then_f(mod, g), 42);
    vm_code *c = f_code_in(mod);
    int filled = 0;
    for (intptr_t i = 0; i < RT_SIZE(c->names); i++)
        if (c->gcache[i].module_kv == ((rt_dict *)g)->keys_version) {
            filled++;
            cr_expect_eq(*c->gcache[i].slot, rt_dict_getitem_str(g, "x"));
        }
    cr_expect_eq(filled, 1, "the entry of x holds what globals held");
    cr_assert_eq(vm_marshal_dumps(mod, &after, &nafter), 0);
    cr_expect_eq(nbefore, nafter);
    cr_expect(memcmp(before, after, nbefore) == 0, "the cache is not part of the .pyc");
    rt_object *back = vm_marshal_loads(after, nafter);
    cr_assert_not_null(back);
    vm_code *b = f_code_in(back);
    cr_assert_not_null(b->gcache);
    for (intptr_t i = 0; i < RT_SIZE(b->names); i++)
        cr_expect(b->gcache[i].module_kv == 0 && b->gcache[i].globals_kv == 0,
                  "a loaded code starts with an empty cache");
    rt_object *g2 = globals_with_x(99);
    cr_expect_eq(run_module_then_f(back, g2), 100);
    rt_raw_free(before);
    rt_raw_free(after);
    /* f -> globals -> f: clear the namespaces (no collector under rc) */
    rt_dict_clear(g);
    rt_dict_clear(g2);
    rt_decref(back);
    rt_decref(g);
    rt_decref(g2);
    rt_decref(mod);
}

/* A cached global deleted: NameError raised at the reading line, with the
 * frame's traceback, after the cache served the earlier reads. */
Test(global_cache, deleted_global_raises_at_its_line)
{
    run_result r = run_src("G = 1\n"
                           "def f():\n"
                           "    return G\n"
                           "for i in range(3):\n"
                           "    f()\n"
                           "del G\n"
                           "f()\n");
    cr_expect_eq(r.status, 1);
    cr_expect(strstr(r.err, "line 3, in f\n    return G\n") != NULL, "%s", r.err);
    cr_expect_str_eq(last_line(r.err), "NameError: name 'G' is not defined");
}

/* Rebinding a global replaces its value in place: the keys version and the
 * entry stay, and the next run reads the new value through the slot (a
 * module-level loop's STORE_NAME no longer empties every cache of the
 * module).  A new key in globals shadowing a builtin, and its deletion,
 * move the keys version: the builtin entry is not used again. */
Test(global_cache, rebinding_keeps_the_entry)
{
    rt_object *co = code_of_f();
    rt_object *g = globals_with_x(1);
    cr_expect_eq(run_with(co, g), 2);
    uint64_t kv = ((rt_dict *)g)->keys_version;
    vm_global_cache *e = NULL;
    for (intptr_t i = 0; i < RT_SIZE(((vm_code *)co)->names); i++)
        if (((vm_code *)co)->gcache[i].module_kv == kv)
            e = &((vm_code *)co)->gcache[i];
    cr_assert_not_null(e, "x's entry is filled, of the module kind");
    for (int64_t i = 0; i < 5; i++) {
        rt_object *v = rt_int_from_i64(100 + i);
        cr_assert_eq(rt_dict_setitem_str(g, "x", v), 0);
        rt_decref(v);
        cr_expect_eq(((rt_dict *)g)->keys_version, kv, "a value replaced in place keeps the keys version");
        cr_expect_eq(run_with(co, g), 101 + i);
        cr_expect_eq(e->module_kv, kv, "the entry was not refilled");
    }
    rt_decref(g);
    rt_decref(co);
}

Test(global_cache, a_global_shadowing_a_builtin)
{
    rt_object *co = code_of_f();
    rt_object *b = globals_with_x(100);
    rt_object *g = rt_dict_new();
    cr_assert_eq(rt_dict_setitem_str(g, "__builtins__", b), 0);
    cr_expect_eq(run_with(co, g), 101);
    rt_object *v = rt_int_from_i64(7);
    cr_assert_eq(rt_dict_setitem_str(g, "x", v), 0);
    rt_decref(v);
    cr_expect_eq(run_with(co, g), 8, "the new global hides the builtin");
    cr_assert_eq(rt_dict_delitem_str(g, "x"), 0);
    cr_expect_eq(run_with(co, g), 101, "deleted: the builtin again");
    v = rt_int_from_i64(300);
    cr_assert_eq(rt_dict_setitem_str(b, "x", v), 0);
    rt_decref(v);
    cr_expect_eq(run_with(co, g), 301, "the builtin rebound in place");
    rt_dict_clear(g);
    rt_decref(g);
    rt_decref(b);
    rt_decref(co);
}

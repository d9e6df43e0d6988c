/*
 * test_gen_vm.c -- the cycle collector on graphs the VM builds: cycles
 * through closures (function -> closure tuple -> cell -> function), bound
 * methods stored on their own instance, class objects and their methods,
 * and a generator-free mix of all of them.  The programs run under gen with
 * automatic collection off (threshold 0), keep only weak references to
 * their cycles in module globals, and the test drives the collection from
 * C: each probe must survive as long as its cycle is referenced and die in
 * the first full collection after the last outside reference goes, with
 * the heap checker clean after every step.
 */
#include "tests/unit/vm_util.h"
#include "runtime/dict.h"
#include "runtime/weakref.h"

static rt_object *module_dict;

static void setup(void)
{
    /* threshold 0 of 0: no automatic collection, the test decides when */
    gc_config cfg = { .threshold = { 0, 10, 10 }, .threshold_set = true };
    vm_setup_with("gen", &cfg);
}

TestSuite(gen_vm, .init = setup);

static void check_heap(void)
{
    char err[300];
    cr_assert_eq(gc_check_heap(err, sizeof err), 0, "heap check: %s", err);
}

/* Compile and run src as a module; its globals stay in module_dict. */
static void run(const char *src)
{
    vm_syntax_error serr;
    rt_object *co = vm_compile_source(src, strlen(src), "g.py", &serr);
    cr_assert_not_null(co, "compile failed");
    rt_object *m = vm_module_new("__main__", NULL);
    cr_assert_not_null(m);
    module_dict = ((vm_module *)m)->dict;
    rt_object *r = vm_eval_code(co, module_dict, module_dict);
    if (!r) {
        rt_object *exc = rt_err_fetch();
        vm_print_exception(exc, stderr);
        cr_assert_fail("the program raised");
    }
    RT_DECREF(r);
    RT_DECREF(co);
}

static bool probe_alive(const char *name)
{
    rt_object *w = rt_dict_getitem_str(module_dict, name);
    cr_assert_not_null(w, "no global %s", name);
    return rt_weakref_get(w) != NULL;   /* NULL once cleared */
}

static void drop_global(const char *name)
{
    cr_assert_eq(rt_dict_delitem_str(module_dict, name), 0);
}

static intptr_t full_collection(void)
{
    intptr_t n = gc_active()->collect(GC_FULL);
    cr_assert_geq(n, 0);
    check_heap();
    return n;
}

#define CYCLES \
    "import weakref\n" \
    "def make_closure():\n" \
    "    def g():\n" \
    "        return g\n" \
    "    return g\n" \
    "class K:\n" \
    "    def m(self):\n" \
    "        return self\n" \
    "def make_bound():\n" \
    "    k = K()\n" \
    "    k.meth = k.m\n" \
    "    return k\n" \
    "def make_class():\n" \
    "    class Local:\n" \
    "        def f(self):\n" \
    "            return Local\n" \
    "    return Local\n" \
    "clo = make_closure()\n" \
    "bnd = make_bound()\n" \
    "cls = make_class()\n" \
    "w_clo = weakref.ref(clo)\n" \
    "w_bnd = weakref.ref(bnd)\n" \
    "w_cls = weakref.ref(cls)\n"

Test(gen_vm, cycles_live_while_referenced)
{
    run(CYCLES);
    full_collection();
    cr_assert(probe_alive("w_clo") && probe_alive("w_bnd") && probe_alive("w_cls"),
              "a collection freed a cycle that globals still reference");
}

/* Drop global name, the only outside reference to its cycle: refcounting
 * alone leaves the cycle alive, the next full collection frees it (at
 * least min objects) and none of the other cycles of CYCLES. */
static void expect_only_cycle_collected(const char *name, intptr_t min)
{
    static const char *const names[] = { "clo", "bnd", "cls" };
    char probe[16];
    run(CYCLES);
    drop_global(name);
    snprintf(probe, sizeof probe, "w_%s", name);
    cr_assert(probe_alive(probe), "refcounting alone cannot free the %s cycle", name);
    intptr_t n = full_collection();
    cr_assert_not(probe_alive(probe));
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char other[16];
        snprintf(other, sizeof other, "w_%s", names[i]);
        if (strcmp(names[i], name) != 0)
            cr_assert(probe_alive(other), "collecting %s freed %s too", name, names[i]);
    }
    cr_assert_geq(n, min, "collected %ld", (long)n);
}

/* function, cell, closure tuple at least */
Test(gen_vm, closure_cycle_is_collected) { expect_only_cycle_collected("clo", 3); }
/* instance and bound method at least */
Test(gen_vm, bound_method_cycle_is_collected) { expect_only_cycle_collected("bnd", 2); }
/* a class refers to itself through its dict, its methods' globals do not
 * (they are the module's), so the class lives only in a cycle */
Test(gen_vm, class_cycle_is_collected) { expect_only_cycle_collected("cls", 0); }

Test(gen_vm, young_collection_finds_young_cycles_only)
{
    run(CYCLES);
    /* everything so far is old after a full collection */
    full_collection();
    run("import weakref\n"
        "def make():\n"
        "    def g():\n"
        "        return g\n"
        "    return g\n"
        "young = make()\n"
        "w_young = weakref.ref(young)\n");
    drop_global("young");
    cr_assert(probe_alive("w_young"));
    intptr_t n = gc_active()->collect(GC_MINOR);
    cr_assert_geq(n, 3);
    cr_assert_not(probe_alive("w_young"), "a gen-0 collection frees a cycle born since the last one");
    check_heap();
}

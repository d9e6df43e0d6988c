/*
 * test_incr_vm.c -- incr under the VM: what Python code sees of CPython
 * 3.14.0's collector that 3.11's shows otherwise (the gc module's numbers,
 * the weakref order of GH-135552), each next to gen's answer, which is
 * CPython 3.11's.
 */
#include "tests/unit/vm_util.h"

static void setup_incr(void) { vm_setup_with("incr", NULL); }
static void setup_gen(void) { vm_setup_with("gen", NULL); }

/* A __del__ in cyclic garbage reads a plain weakref to its peer, also
 * garbage: 3.14 clears such weakrefs only after the finalizers. */
static const char weakref_in_del[] =
    "import weakref, gc\n"
    "class N:\n"
    "    def __del__(self):\n"
    "        print(self.peer_ref() is None)\n"
    "a = N(); b = N(); a.peer = b; b.peer = a\n"
    "a.peer_ref = weakref.ref(b); b.peer_ref = weakref.ref(a)\n"
    "del a, b\n"
    "print(gc.collect())\n";

Test(incr_vm, plain_weakrefs_cleared_after_finalizers, .init = setup_incr)
{
    expect_output(weakref_in_del, "False\nFalse\n4\n");
}

Test(incr_vm, gen_clears_them_before, .init = setup_gen)
{
    expect_output(weakref_in_del, "True\nTrue\n4\n");
}

Test(incr_vm, gc_module_numbers, .init = setup_incr)
{
    expect_output("import gc\n"
                  "print(gc.get_threshold())\n"
                  "x = [[i] for i in range(10)]\n"
                  "print(gc.get_objects(1), len(gc.get_objects(0)) > 10)\n"
                  "gc.collect(0)\n"
                  "print(gc.get_count()[1], len(gc.get_objects(0)) < 3)\n"
                  "gc.set_threshold(500, 20, 7)\n"
                  "print(gc.get_threshold())\n",
                  "(2000, 10, 0)\n[] True\n1 True\n(500, 20, 0)\n");
}

/*
 * config.c -- the inittab: every built-in module gclab has, eager ones in
 * the order it creates them at start-up (CPython's Modules/config.c).  New
 * modules should be lazy: an eager one adds objects to every program's
 * start-up heap.
 */
#include "modules/modules.h"

const vm_inittab mod_inittab[] = {
    { "sys", vm_mod_sys_init, NULL, NULL, false },
    { "time", vm_mod_time_init, NULL, NULL, false },
    { "gc", vm_mod_gc_init, NULL, vm_mod_gc_fini, false },
    /* lazy; before weakref: its exit hook runs the program's callbacks
     * before weakref's own pass (which runs in its turn among them once a
     * finalize() registered it, as CPython's) */
    { "atexit", vm_mod_atexit_init, mod_atexit_run, vm_mod_atexit_fini, true },
    { "weakref", vm_mod_weakref_init, vm_mod_weakref_atexit, vm_mod_weakref_fini, false },
    /* lazy: created at the first `import`, so the heap and the gc counts a
     * program starts with are what they were before the module existed */
    { "gclab", vm_mod_gclab_init, NULL, NULL, true },
    { "math", vm_mod_math_init, NULL, NULL, true },
    { "_traceback", vm_mod_traceback_init, NULL, NULL, true },
    { "random", vm_mod_random_init, NULL, NULL, true },
    { "_collections", vm_mod_collections_init, NULL, NULL, true },
    { "_functools", vm_mod_functools_init, NULL, NULL, true },
    { "_heapq", vm_mod_heapq_init, NULL, NULL, true },
    { "_bisect", vm_mod_bisect_init, NULL, NULL, true },
    { "_itertools", vm_mod_itertools_init, NULL, NULL, true },
    { "_operator", vm_mod_operator_init, NULL, NULL, true },
    { "_re", vm_mod_re_init, NULL, NULL, true },
    { NULL, NULL, NULL, NULL, false },
};

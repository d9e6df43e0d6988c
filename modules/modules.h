/*
 * modules.h -- gclab's built-in modules (sys, time, gc, weakref, gclab) and the
 * inittab that names them for vm_init.
 *
 * Adding a module: one file here with its init (and, if it keeps C-side
 * state, fini) function, and one line in config.c.  The order of the table
 * is the order of creation at start-up, which fixes what gc.get_count()
 * and the heap hold when a program starts: keep sys first.
 */
#ifndef GCLAB_MODULES_MODULES_H
#define GCLAB_MODULES_MODULES_H

#include "vm/module.h"

/* The table to pass to vm_init. */
extern const vm_inittab mod_inittab[];

int vm_mod_sys_init(void);
int vm_mod_time_init(void);
int vm_mod_gclab_init(void);
int vm_mod_gc_init(void);
void vm_mod_gc_fini(void);
int vm_mod_weakref_init(void);
void vm_mod_weakref_fini(void);
/* weakref.finalize at exit: call every live finalizer whose atexit is true,
 * newest first (CPython's atexit hook of the weakref module); afterwards
 * finalizers no longer run.  The weakref module's atexit entry. */
void vm_mod_weakref_atexit(void);
/* A module function modelled on a function written in Python (modargs.c):
 * its qualified name for messages, its parameter names (NULL-terminated),
 * how many are required and how many may be passed by position (the rest
 * are keyword-only); method: count self in the messages, as CPython does
 * for a method called through its instance. */
typedef struct mod_sig {
    const char *name;
    const char *const *names;
    int nreq, npos;
    bool method;
} mod_sig;
/* Bind args/kwnames to sig's parameters: out[i] is the value (borrowed) or
 * NULL when an optional one was not passed.  0, or -1 + TypeError with the
 * message CPython's binding gives. */
int mod_bind(const mod_sig *sig, rt_object *const *args, intptr_t nargs, rt_object *kwnames,
             rt_object **out);
/* Ready static type t and enter it in module under its name, with
 * __module__ = modname (repr: <class 'modname.Name'>); 0 / -1. */
int mod_add_type(rt_object *module, rt_type *t, const char *modname);

/* Lazy entries (created by their first import). */
int vm_mod_atexit_init(void);
void vm_mod_atexit_fini(void);
int vm_mod_traceback_init(void);
/* Run the atexit callbacks newest first, then empty the list (the atexit
 * entry's exit hook, and atexit._run_exitfuncs). */
void mod_atexit_run(void);
/* Register a C function (no arguments) as an atexit callback, as
 * atexit.register does; 0 / -1. */
int mod_atexit_register_c(rt_method_def *def);
int vm_mod_math_init(void);
int vm_mod_random_init(void);
int vm_mod_collections_init(void);
int vm_mod_functools_init(void);
int vm_mod_heapq_init(void);
int vm_mod_bisect_init(void);
/* islice and chain as C types (mod_itertools.c), taken by lib/itertools.py. */
int vm_mod_itertools_init(void);
/* _operator (mod_operator.c), taken by lib/operator.py. */
int vm_mod_operator_init(void);
/* _re (mod_re*.c), taken by lib/re.py. */
int vm_mod_re_init(void);
/* repeat, accumulate, takewhile, dropwhile, groupby, combinations
 * (mod_itertools_more.c), entered in _itertools. */
int mod_itertools_more_add(rt_object *module);

/* Call make(t, args, n, NULL) holding a stand-in for the argument tuple
 * CPython 3.11's type_call builds for a type without a vectorcall (the
 * itertools types), so gc.get_count() moves as CPython's;
 * mod_itertools_more.c. */
typedef rt_object *(*mod_itertools_make_fn)(rt_type *t, rt_object *const *args, intptr_t n, rt_object *kwargs);
rt_object *mod_itertools_call_args_tuple(mod_itertools_make_fn make, rt_type *t, rt_object *const *args,
                                         intptr_t n);
/* Clinic-style binding for the itertools types (CPython's messages):
 * names[0..npos) may come by position, the rest only by keyword,
 * names[0..nreq) are required; out[i] borrowed or NULL.  0 / -1. */
int mod_itertools_bind(const char *fn, const char *const *names, int nnames, int nreq, int npos,
                       rt_object *const *args, intptr_t n, rt_object *kwargs, rt_object **out);
/* A positional-only signature of lo..hi arguments (_PyArg_NoKeywords, then
 * _PyArg_CheckPositional's messages).  0 / -1. */
int mod_itertools_positional(const char *fn, intptr_t n, rt_object *kwargs, intptr_t lo, intptr_t hi);
/* The state of combinations, combinations_with_replacement and product:
 * the pool (product: a tuple of pool tuples), the indices into it, the
 * result tuple reused while nobody else holds it, r (product: unused). */
typedef struct mod_itertools_pool_obj {
    RT_OBJECT_HEAD
    rt_object *pool;         /* a tuple */
    intptr_t *indices;
    rt_object *result;       /* the last tuple yielded, or NULL */
    intptr_t r;
    bool stopped;
} mod_itertools_pool_obj;
/* Their traverse (pool, then result: CPython's order), clear and dealloc. */
int mod_itertools_pool_traverse(rt_object *o, rt_visitproc visit, void *arg);
int mod_itertools_pool_clear(rt_object *o);
void mod_itertools_pool_dealloc(rt_object *o);
/* The dealloc of an itertools type: untrack, clear, free. */
void mod_itertools_release(rt_object *o, int (*clear)(rt_object *));
/* The result tuple of a tool that reuses it (CPython's in-place update):
 * *slot itself when nobody else holds it (tracked again if the collector
 * untracked it, bpo-42536), else a fresh copy that replaces it in *slot.
 * NULL on error. */
rt_object *mod_itertools_reusable_result(rt_object **slot);
/* tup[i] = v, dropping the old item (steals v). */
void mod_itertools_replace_item(rt_object *tup, intptr_t i, rt_object *v);
/* permutations, combinations_with_replacement, starmap, filterfalse,
 * compress, zip_longest, pairwise, tee (mod_itertools_iter.c). */
int mod_itertools_iter_add(rt_object *module);
/* collections.defaultdict (mod_defaultdict.c), entered in _collections. */
int mod_defaultdict_add(rt_object *module);
/* collections.OrderedDict, its views and iterator (mod_ordereddict.c), entered in _collections. */
int mod_ordereddict_add(rt_object *module);
/* functools._lru_cache_wrapper (mod_functools_lru.c), entered in _functools. */
int mod_functools_lru_add(rt_object *module);
/* functools.cmp_to_key and KeyWrapper (mod_functools_key.c), entered in _functools. */
int mod_functools_key_add(rt_object *module);

#endif

/*
 * eval_internal.h -- what the interpreter loop (eval.c) shares with its
 * helper files: argument binding (args.c), tracebacks and the slower
 * opcode helpers (evalsupport.c), the type attribute cache (typecache.c).
 * Not for use outside vm/eval*.c, args.c, typecache.c, gen.c and class.c
 * (which instantiates classes through the type attribute cache).
 */
#ifndef GCLAB_VM_EVAL_INTERNAL_H
#define GCLAB_VM_EVAL_INTERNAL_H

#include "vm/eval.h"
#include "runtime/recursion.h"

/* args.c: bind args (borrowed; nargs positional then one per kwnames
 * entry) into the fresh frame f of fn: defaults, keywords, *args, with
 * CPython's messages.  0 / -1. */
int vm_bind_args(vm_frame *f, vm_function *fn, rt_object *const *args, intptr_t nargs,
                 rt_object *kwnames);

/* eval.c: run a frame that is not on the value stack (a generator's), with
 * the current exception raised at its ip when throwflag is set. */
rt_object *vm_eval_frame(vm_frame *f, bool throwflag);
/* name in t's MRO after the class `after` (borrowed, no error); *start is
 * the class following `after`, where a super() search starts (vm/class.c). */
rt_object *vm_mro_lookup_after(rt_type *t, rt_type *after, rt_object *name, rt_type **start);
int vm_super_init(void);   /* super's names and type, from vm_class_init (vm/super.c) */

/* evalsupport.c */
void vm_add_traceback(vm_frame *f, intptr_t instr);   /* prepend (code, instruction) to the current exception */
void vm_set_context(void);                      /* __context__ = the exception being handled */
/* NameError for a failed load (NotImplementedError for a CPython built-in
 * the subset lacks, such as exec). */
rt_object *vm_load_name_error(rt_object *name);
/* The plain NameError (a failed del). */
rt_object *vm_name_error(rt_object *name);
/* LOAD_GLOBAL names[i] of f's code without a valid cache entry: globals,
 * then builtins; fills the entry.  Borrowed; NULL + NameError (or the
 * lookup's error). */
rt_object *vm_load_global(vm_frame *f, uint32_t i);
/* Unpack v into sp[..]: after < 0: exactly `before` items, else before
 * items, a list and after items; item 0 ends on top.  0 / -1. */
int vm_unpack_iterable(rt_object *v, int before, int after, rt_object **sp);
int vm_exc_match(rt_object *exc, rt_object *type);        /* 1, 0, -1 */
/* An except clause's type: an exception class or a tuple of them, else
 * CPython's TypeError.  0 / -1. */
int vm_exc_check_types(rt_object *type);
/* ns[name] for a namespace that is not an exact dict (a metaclass's
 * __prepare__ result): a new reference, or NULL, without an exception when
 * the name is absent (KeyError). */
rt_object *vm_mapping_lookup(rt_object *ns, rt_object *name);
/* with: look up __enter__/__exit__ on mgr's type (CPython's errors), call
 * __enter__; *exit (bound) and *res are new references.  0 / -1. */
int vm_with_enter(rt_object *mgr, rt_object **exit, rt_object **res);
/* SETUP_WITH on the saved frame f: [mgr] -> [exit, enter()] and a handler
 * block at target; 0, or -1 with mgr popped. */
int vm_setup_with(vm_frame *f, int target);
/* exit(type(exc), exc, exc.__traceback__) */
rt_object *vm_with_exit_exc(rt_object *exit, rt_object *exc);
/* f(**m): merge m into the keyword dict d, with CPython's errors naming
 * the callable (not a mapping, a keyword given twice).  0 / -1. */
int vm_dict_merge_call(rt_object *d, rt_object *m, rt_object *callable);
int vm_dict_update_display(rt_object *d, rt_object *m);
/* match.c: MATCH_SEQUENCE / MATCH_MAPPING's tests, MATCH_CLASS and
 * MATCH_KEYS (a tuple, None for no match, or NULL with an error) */
bool vm_match_is_sequence(rt_object *o);
bool vm_match_is_mapping(rt_object *o);
rt_object *vm_match_class(rt_object *subject, rt_object *type, intptr_t nargs, rt_object *names);
rt_object *vm_match_keys(rt_object *map, rt_object *keys);
rt_object *vm_star_args(rt_object *callable, rt_object *x);
int vm_list_extend_star(rt_object *l, rt_object *x);
int vm_do_raise(rt_object *exc, rt_object *cause);        /* always -1 */
rt_object *vm_format_value(rt_object *v, int flags, rt_object *spec);
/* BUILD_SET with VM_SET_CONST: from the n items (borrowed), the set
 * CPython 3.11 builds for that display (opcode.h); NULL + error. */
rt_object *vm_const_set(rt_object *const *items, intptr_t n);
rt_object *vm_import_from(rt_object *mod, rt_object *name);
/* SETUP_ANNOTATIONS: locals['__annotations__'] = {} unless it is there
 * (a dict's own key; another mapping's item, KeyError meaning absent). */
int vm_setup_annotations(rt_object *locals);
rt_object *vm_unbound_local(vm_code *co, int i);
rt_object *vm_unbound_deref(vm_code *co, int i);
rt_object *vm_deref_name(vm_code *co, int i);

/* dir(o) (builtins_ext.c): a sorted list, new reference. */
rt_object *vm_dir(rt_object *o);
/* suggest.c: the name CPython 3.11's printer suggests after an
 * AttributeError or NameError (new reference), or NULL; never raises. */
rt_object *vm_suggestion(rt_object *exc);

/* tbcarets.c: the position markers under a traceback's source line
 * (line: its len bytes, without the newline) for instruction instr. */
void vm_print_carets(FILE *out, const char *line, intptr_t len, const vm_code *co, intptr_t instr);

/* The type attribute cache is the runtime's (runtime/typecache.c); these
 * are eval.c's names for it. */
/* rt_tpcall_enter/leave (runtime/recursion.h) for the VM's own call
 * sites, on vm.depth directly: a class's or an instance's call is one
 * level of the recursion limit, as CPython 3.11's _PyObject_MakeTpCall. */
static inline int vm_tpcall_enter(void)
{
    if (__builtin_expect(vm.depth >= vm.recursion_limit, 0)) {
        rt_recursion_error(" while calling a Python object");
        return -1;
    }
    vm.depth++;
    return 0;
}
static inline void vm_tpcall_leave(void) { vm.depth--; }

static inline rt_object *vm_type_lookup_cached(rt_type *t, rt_object *name) { return rt_type_lookup_cached(t, name); }
static inline void vm_tcache_clear(void) { rt_tcache_clear(); }
static inline int vm_tcache_visit(rt_visitproc visit, void *arg) { return rt_tcache_visit(visit, arg); }
/* typecache.c */
rt_object *vm_getattr_fast(rt_object *o, rt_object *name);
int vm_setattr_fast(rt_object *o, rt_object *name, rt_object *v);

#endif

/*
 * eval.h -- frames, the interpreter loop and the VM's global state.
 *
 * Frames are carved from a contiguous chunked value stack (never one
 * malloc per call): [vm_frame header][localsplus: locals, cells, free
 * cells, value stack].  A call from Python to Python pushes a frame and
 * continues in the same C loop; only calls that pass through C (a builtin
 * calling back, a dunder slot) re-enter vm_run.  The recursion limit counts
 * every Python frame, so deep Python recursion raises RecursionError
 * instead of overflowing the C stack.
 */
#ifndef GCLAB_VM_EVAL_H
#define GCLAB_VM_EVAL_H

#include <stdio.h>
#include "runtime/object.h"
#include "compiler/code.h"
#include "vm/func.h"
#include "vm/module.h"

#define VM_RECURSION_LIMIT 1000  /* CPython's default sys.getrecursionlimit() */

struct vm_chunk;

#define VM_FRAME_ENTRY_MASK 3
#define VM_FRAME_HAS_OBJ    4
/* An __init__ frame the loop pushed for C(...) (vm/eval.c's init frames):
 * its return drops __init__'s None (the instance is already the caller's
 * result); _ARGS: the argument-tuple shell waits in the caller's value
 * stack slot just above its top, to go back to the free list then. */
#define VM_FRAME_INIT       8
#define VM_FRAME_INIT_ARGS  16

typedef struct vm_frame {
    vm_code *code;
    rt_object *func;          /* owned; NULL for module / exec frames */
    rt_object *globals;       /* borrowed from func (which cannot rebind it); owned without one */
    rt_object *builtins;      /* borrowed from func / the VM state */
    rt_object *locals;        /* owned dict for module and class bodies, else NULL */
    struct vm_frame *back;
    rt_object *frameobj;      /* owned, valid only with VM_FRAME_HAS_OBJ: its frame object (vm/frameobj.h) */
    vm_codeunit *ip;          /* next instruction (valid while suspended) */
    rt_object **sp;           /* stack top (valid while suspended) */
    rt_object **stack;        /* bottom of the value stack */
    struct vm_chunk *saved_chunk;
    char *saved_top;
    int nblocks;
    uint8_t entry;            /* returning from it returns from vm_run: 1 from C, 2 a
                               * generator resumed by the loop (vm_gen_send's direct);
                               * | VM_FRAME_HAS_OBJ once a frame object was made, so
                               * that the exit path tests one byte it loads anyway;
                               * | VM_FRAME_INIT(_ARGS) for an init frame */
    vm_block blocks[VM_MAXBLOCKS];
    rt_object *localsplus[];
} vm_frame;

/* The exception a generator's resumer was handling, while the generator
 * runs with its own (CPython links gi_exc_state into the thread's stack
 * of exception states): one link per resumption, on the C stack. */
typedef struct vm_exc_link {
    rt_object *exc;            /* borrowed; NULL: none */
    struct vm_exc_link *prev;
} vm_exc_link;

typedef struct vm_state {
    vm_frame *frame;           /* innermost running frame */
    int depth, recursion_limit;
    rt_object *handled_exc;    /* exception being handled (sys.exc_info()), owned */
    vm_exc_link *exc_outer;    /* the resumers' handled exceptions, innermost first */
    rt_object *builtins;       /* dict */
    rt_object *modules;        /* dict: sys.modules */
    rt_object *main_dir;       /* str: directory of the main script (import path) */
    FILE *out;                 /* where print writes (stdout unless a test redirects it) */
    struct vm_chunk *chunk;
    char *top;
    int exit_requested;
    rt_object *atexit;         /* list: the atexit module's callbacks, or NULL (modules/mod_atexit.c) */
} vm_state;

extern vm_state vm;

/* The exception being handled as sys.exc_info() sees it (CPython's
 * _PyErr_GetTopmostException): the running frame's, else the nearest
 * generator resumer's; NULL when none.  Borrowed. */
static inline rt_object *vm_topmost_exc(void)
{
    if (vm.handled_exc)
        return vm.handled_exc;
    for (vm_exc_link *l = vm.exc_outer; l; l = l->prev)
        if (l->exc)
            return l->exc;
    return NULL;
}

/* Bring the VM up after rt_init: types, builtins and the built-in modules
 * of tab (modules/config.c's mod_inittab); 0 / -1. */
int vm_init(const vm_inittab *tab);
int vm_eval_init(void);
void vm_eval_fini(void);
void vm_fini(void);

/* Run a module-level or exec-style code object with the given namespaces
 * (locals may equal globals).  New reference or NULL + exception. */
rt_object *vm_eval_code(rt_object *code, rt_object *globals, rt_object *locals);

/* CPython's "f() missing 2 required positional arguments: 'x' and 'y'"
 * (kwonly: "keyword-only") naming the n str names; always -1. */
int vm_err_missing_args(const char *fname, rt_object *const *names, intptr_t n, bool kwonly);
/* Call any callable with a vector of nargs positional values followed by
 * one value per name in kwnames (a tuple of str, or NULL) -- CPython's
 * vectorcall convention.  Arguments are borrowed. */
rt_object *vm_call(rt_object *callable, rt_object *const *args, intptr_t nargs,
                   rt_object *kwnames);
/* True when args (nargs positional values, then one per kwnames entry) is
 * the argument vector the eval loop of the innermost frame handed to the
 * C function now running, i.e. that function was called by a CALL_*
 * instruction and not by other C code: the vector is the top of that
 * frame's value stack, which the frame saved (sp) before the call.  Then
 * no C function between the eval loop and the callee holds references in
 * its variables, and every value of the frame lies below its saved sp.
 * (A C function that hands on the tail of its own argument vector counts
 * as direct: it must hold no other reference across that call.) */
bool vm_direct_call(rt_object *const *args, intptr_t nargs, rt_object *kwnames);
/* Zero the value-stack slots of the innermost frame above its saved sp
 * (values popped, not live): for a conservative collector, before an
 * explicit collection.  Only where its sp is exact (vm_direct_call). */
void vm_scrub_frame(void);
/* callable(*args[0..nargs), **kwargs) with kwargs a dict or NULL: no
 * argument tuple; a keyword-name tuple when kwargs is not empty (CPython's
 * _PyObject_FastCallDict). */
rt_object *vm_call_dict(rt_object *callable, rt_object *const *args, intptr_t nargs, rt_object *kwargs);
/* f(*args, **kwargs) for a Python function (args tuple, kwargs dict or NULL). */
rt_object *vm_call_with_tuple(rt_object *f, rt_object *args, rt_object *kwargs);
/* Run a class body function with locals as its namespace. */
rt_object *vm_call_with_locals(rt_object *func, rt_object *locals);
extern rt_type vm_super_type;

/* Tracebacks: one entry per frame the exception passed through, outermost
 * first (the exception's traceback field).  A GC container, as CPython's:
 * it holds the frame's object (tb_frame), which keeps the frame's locals
 * alive after the frame returned. */
typedef struct vm_traceback {
    RT_OBJECT_HEAD
    rt_object *next;          /* towards the frame that raised */
    rt_object *frame;         /* vm_frameobj (tb_frame), owned */
    rt_object *code;          /* vm_code */
    intptr_t instr;           /* the instruction that raised or called (vm_code_position) */
    int line;
} vm_traceback;
extern rt_type vm_traceback_type;
/* Readies the traceback type and adds BaseException.with_traceback. */
int vm_traceback_init(void);

/* Print exc (with its __cause__/__context__ chain) as CPython 3.11 does. */
void vm_print_exception(rt_object *exc, FILE *out);
/* What traceback.format_exception prints: exc's chain without the "Did you
 * mean" trailers (CPython 3.11 prints those only in sys.excepthook). */
void vm_format_exception(rt_object *exc, FILE *out);
/* The exception's own lines only (traceback.format_exception_only): its
 * traceback if it has one, its line, its notes; no chain, no group parts. */
void vm_format_exception_only(rt_object *exc, FILE *out);
/* Line `line` of file, without its line end, into buf; false if unread. */
bool vm_source_line(const char *file, int line, char *buf, size_t n);
void vm_print_unraisable(rt_object *exc);   /* rt_print_exception_hook */
/* The builtins module's dict (borrowed). */
rt_object *vm_builtins(void);

/* builtins.c / class.c / import.c / module.c */
int vm_builtins_init(rt_object *builtins);
/* builtins_ext.c: isinstance, issubclass, map, filter, hex/oct/bin, globals/locals/vars/dir, Ellipsis. */
int vm_builtins_ext_init(rt_object *builtins);
/* isinstance(o, cls) with its hooks: 1, 0, or -1 with an error. */
int vm_object_isinstance(rt_object *o, rt_object *cls);
/* union.c: types.UnionType, the value of `int | str` (PEP 604). */
extern rt_type vm_union_type;
bool vm_union_check(rt_object *o);
rt_object *vm_union_args(rt_object *u);   /* borrowed tuple */
rt_object *vm_union_or(rt_object *a, rt_object *b);
int vm_union_init(void);
rt_object *vm_union_repr_item(rt_object *p, bool none_as_none);   /* a class as module.qualname */
rt_object *vm_typing_parameters(rt_object *args);   /* the type variables in args: a tuple */
/* genericalias.c: types.GenericAlias, the value of `list[int]` (PEP 585). */
extern rt_type vm_galias_type;
bool vm_genericalias_check(rt_object *o);
rt_object *vm_genericalias_new(rt_object *origin, rt_object *args);
int vm_genericalias_init(void);
rt_object *vm_callable_iter_new(rt_object *func, rt_object *sentinel);   /* iter(f, sentinel) */
/* strformat.c: str % args, str.format and str.format_map on the str type. */
int vm_strformat_init(void);
rt_object *vm_build_class(rt_object *const *args, intptr_t nargs, rt_object *kwnames);
rt_object *vm_super_method(rt_object *super, rt_object *name, rt_object **self_out);
rt_object *vm_instantiate_fast(rt_object *cls, rt_object *const *args, intptr_t nargs,
                               rt_object *kwnames);
rt_object *vm_class_fast_init(rt_object *cls);
int vm_class_init(void);
/* getattr(o, name, default): o.name, or NULL without an exception when o
 * has no such attribute (typecache.c). */
rt_object *vm_getattr_or_absent(rt_object *o, rt_object *name);
/* import.c: the module with this absolute full name, imported if needed
 * (its parents first); a new reference. */
rt_object *vm_import(rt_object *name);
/* __import__(name, globals, None, fromlist, level) (IMPORT_NAME): the
 * top-level package when fromlist is None or empty, else the module. */
rt_object *vm_import_name(rt_object *name, rt_object *globals, rt_object *fromlist, int level);
int vm_set_argv(int argc, char **argv);
/* enumerate and zip (builtins_iter.c): the built-in functions, their
 * iterator types, and their next pair for the loop's FOR_ITER_PAIR: 1
 * (two new references), 0 exhausted or an error, -1 not applicable
 * (next() then makes the tuple). */
extern rt_type vm_enumerate_type, vm_zip_type;
rt_object *vm_bi_enumerate(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames);
rt_object *vm_bi_zip(rt_object *self, rt_object *const *args, intptr_t nargs, rt_object *kwnames);
int vm_iter_next_pair(rt_object *it, rt_object **a, rt_object **b);
/* sys.stdout (fd 1: vm.out) and sys.stderr (fd 2) file objects (builtins.c). */
extern rt_type vm_file_type;
rt_object *vm_file_new(int fd);
/* format(v, spec) (format.c): str(v) for an empty spec. */
rt_object *vm_format(rt_object *v, rt_object *spec);
/* format(v, spec) without a class's __format__ (object.__format__'s). */
rt_object *vm_format_default(rt_object *v, rt_object *spec);

#endif

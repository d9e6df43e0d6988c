/*
 * module.h -- module objects, the interpreter's entry points (init, run a
 * file or a source string) and error reporting.
 */
#ifndef GCLAB_VM_MODULE_H
#define GCLAB_VM_MODULE_H

#include <stdbool.h>
#include <stdio.h>
#include "runtime/object.h"
#include "frontend/syntax_error.h"

typedef struct vm_module {
    RT_OBJECT_HEAD
    rt_object *dict;
    rt_object *weakreflist;
    /* True while an import runs the module's body (CPython's
     * __spec__._initializing): a missing attribute then reads "partially
     * initialized module ... (most likely due to a circular import)". */
    bool initializing;
} vm_module;

extern rt_type vm_module_type;

/* A new module with __name__, __builtins__ (and __file__ when file). */
rt_object *vm_module_new(const char *name, const char *file);
/* The same for an imported module with its __package__ (NULL: '') and,
 * for a package, its __path__ list (file NULL: a namespace package,
 * __file__ None). */
rt_object *vm_module_new_in(const char *name, const char *file, rt_object *package, rt_object *path);
/* Whole file into rt_raw memory (NUL-terminated), NULL if unreadable. */
char *vm_read_file(const char *path, size_t *len);
/* "PROG: can't open file 'PATH': [Errno N] text" on stderr, CPython's words,
 * for the errno a failed vm_read_file left (a folder is EISDIR). */
void vm_print_open_error(const char *prog, const char *path, int err);
/* Raise SyntaxError/IndentationError/NotImplementedError for a report. */
rt_object *vm_syntax_error_raise(const vm_syntax_error *err);
/* Print a syntax error report as CPython 3.11 does (File/line, source,
 * caret, "SyntaxError: msg"). */
void vm_print_syntax_error(const vm_syntax_error *err, FILE *out);

/* Run source text as the __main__ module: the process exit status (0, 1
 * after printing an uncaught exception's traceback to stderr, or the
 * SystemExit code).  The runtime and vm_init must be up. */
int vm_run_source(const char *src, size_t len, const char *filename);
/* A built-in module with the functions of defs (NULL-terminated), entered
 * in sys.modules; borrowed (sys.modules owns it), NULL + exception. */
rt_object *vm_add_builtin_module(const char *name, rt_method_def *defs);

/* One built-in module (CPython's inittab entry).  The table the VM is
 * brought up with ends with a NULL name; modules/config.c defines gclab's
 * (mod_inittab), so this layer names no module of the layer above it.
 *   init    creates the module and enters it in sys.modules: at vm_init
 *           in table order (sys first), or, for a lazy entry, at its
 *           first import (so a module a program does not import costs it
 *           nothing: no objects, no change to the gc counts it sees);
 *   atexit  the program's atexit work, run first thing by vm_fini while
 *           every module is intact (weakref.finalize); may be NULL;
 *   fini    drops the module's C-side state after the modules are
 *           cleared (vm_fini, reverse table order); may be NULL. */
typedef struct vm_inittab {
    const char *name;
    int (*init)(void);
    void (*atexit)(void);
    void (*fini)(void);
    bool lazy;
} vm_inittab;

/* Signature of a module function (RT_METH_FASTCALL). */
#define VM_MODFUNC(name) static rt_object *name(rt_object *self, rt_object *const *args, \
                                                intptr_t nargs, rt_object *kwnames)

int vm_modules_init(const vm_inittab *tab);
/* The lazy built-in module called name, created now if it was not yet
 * (borrowed); NULL without an exception when there is none by that name. */
rt_object *vm_builtin_module_load(const char *name);
void vm_modules_atexit(void);
void vm_modules_fini(void);

/* Run a module code object as __main__ (borrowed; __file__ = filename):
 * the exit status as vm_run_source. */
int vm_run_code(rt_object *code, const char *filename);
/* Read and run a file (sys.argv must already be set; a .pyc file is loaded,
 * not compiled); 2 if unreadable. */
int vm_run_file(const char *path);
/* Flush the program's output (vm.out); the errno of the first flush that
 * failed since the last vm_flush_out(true), 0 if none; take resets it. */
int vm_flush_out(bool take);
/* The model of sys.stdout's pending pieces (builtins.c) after a flush. */
void vm_out_pending_flush(void);

#endif

/*
 * module.h -- module objects, the interpreter's entry points (init, run a
 * file or a source string) and error reporting.
 */
#ifndef GCLAB_VM_MODULE_H
#define GCLAB_VM_MODULE_H

#include <stdio.h>
#include "../runtime/object.h"
#include "syntax_error.h"

typedef struct vm_module {
    RT_OBJECT_HEAD
    rt_object *dict;
    rt_object *weakreflist;
} vm_module;

extern rt_type vm_module_type;

/* A new module with __name__, __builtins__ (and __file__ when file). */
rt_object *vm_module_new(const char *name, const char *file);
/* Whole file into rt_raw memory (NUL-terminated), NULL if unreadable. */
char *vm_read_file(const char *path, size_t *len);
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
/* The gc and weakref modules (mod_gc.c, mod_weakref.c), created by
 * vm_modules_init; their fini functions drop the C-side state (vm_fini). */
int vm_mod_gc_init(void);
void vm_mod_gc_fini(void);
int vm_mod_weakref_init(void);
void vm_mod_weakref_fini(void);
/* weakref.finalize at exit: call every live finalizer whose atexit is true,
 * newest first (CPython's atexit hook of the weakref module); afterwards
 * finalizers no longer run.  Called first thing by vm_fini. */
void vm_weakref_atexit(void);

/* Run a module code object as __main__ (borrowed; __file__ = filename):
 * the exit status as vm_run_source. */
int vm_run_code(rt_object *code, const char *filename);
/* Read and run a file (sys.argv must already be set; a .pyc file is loaded,
 * not compiled); 2 if unreadable. */
int vm_run_file(const char *path);

#endif

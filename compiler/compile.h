/*
 * compile.h -- AST to code objects.
 */
#ifndef GCLAB_VM_COMPILE_H
#define GCLAB_VM_COMPILE_H

#include "runtime/object.h"
#include "frontend/ast.h"

/* Compile a parsed module.  Returns a code object, or NULL with either
 * err->kind set (a SyntaxError found by the compiler: 'return' outside
 * function, nonlocal errors...) or a runtime exception set
 * (NotImplementedError naming an unsupported construct and its line,
 * OverflowError for an int literal beyond 64 bits, MemoryError). */
rt_object *vm_compile(vm_ast *ast, const char *filename, vm_syntax_error *err);

/* Parse and compile source text; same error convention. */
rt_object *vm_compile_source(const char *src, size_t len, const char *filename,
                             vm_syntax_error *err);

#endif

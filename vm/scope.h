/*
 * scope.h -- name resolution for the compiler (CPython's symtable rules).
 *
 * One vm_scope per module, function, lambda, class body and comprehension.
 * After vm_scopes_build, every name used in a scope has one of:
 *   LOCAL          bound in this scope (fast local in functions)
 *   CELL           local here and captured by an inner function
 *   FREE           bound in an enclosing function scope
 *   GLOBAL_EXPLICIT declared `global`
 *   GLOBAL_IMPLICIT not bound anywhere enclosing: globals, then builtins
 * Class bodies do not make their names visible to inner scopes.  Names of
 * the form __x inside a class are mangled to _Class__x before lookup.
 */
#ifndef GCLAB_VM_SCOPE_H
#define GCLAB_VM_SCOPE_H

#include "ast.h"

typedef enum vm_scope_kind { VM_SCOPE_MODULE, VM_SCOPE_FUNCTION, VM_SCOPE_CLASS } vm_scope_kind;
typedef enum vm_name_scope {
    VM_NS_UNKNOWN, VM_NS_LOCAL, VM_NS_CELL, VM_NS_FREE, VM_NS_GLOBAL_EXPLICIT, VM_NS_GLOBAL_IMPLICIT
} vm_name_scope;

enum { VM_DEF_LOCAL = 1, VM_DEF_PARAM = 2, VM_DEF_GLOBAL = 4, VM_DEF_NONLOCAL = 8, VM_USE = 16 };

typedef struct vm_symbol {
    const char *name;
    int flags;
    vm_name_scope scope;
} vm_symbol;

typedef struct vm_strvec { const char **items; int n, cap; } vm_strvec;

typedef struct vm_scope {
    vm_scope_kind kind;
    const vm_node *node;          /* FunctionDef, Lambda, ClassDef, ListComp, DictComp, Module */
    const char *name;
    const char *private_name;     /* enclosing class name for mangling, or NULL */
    struct vm_scope *parent;
    struct vm_scope **children; int nchildren, capchildren;
    vm_symbol *syms; int nsyms, capsyms;
    vm_strvec varnames;           /* function scopes: parameters first */
    vm_strvec cellvars, freevars;
    bool is_comprehension;
    bool needs_class_cell;        /* class scope: a method uses super/__class__ */
    int nparams;
} vm_scope;

typedef struct vm_scopes {
    vm_scope *top;
    vm_arena *arena;              /* the AST's arena: scopes live with the tree */
    vm_syntax_error *err;
} vm_scopes;

/* Analyse the module; 0, or -1 with err filled (SyntaxError, or kind
 * NOMEMORY). */
int vm_scopes_build(vm_scopes *s, vm_arena *arena, const vm_node *module, vm_syntax_error *err);
/* The child scope created for node (FunctionDef, Lambda, ClassDef, ListComp, DictComp). */
vm_scope *vm_scope_child(vm_scope *parent, const vm_node *node);
vm_name_scope vm_scope_lookup(vm_scope *s, const char *name);
/* Mangle name for a class body named private_name (arena copy or name). */
const char *vm_mangle(vm_arena *a, const char *private_name, const char *name);
int vm_strvec_index(const vm_strvec *v, const char *name);

#endif

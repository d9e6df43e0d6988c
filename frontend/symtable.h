/*
 * symtable.h -- scopes and the classification of every name, as CPython's
 * symtable does it: LOCAL, GLOBAL_EXPLICIT (a `global` declaration),
 * GLOBAL_IMPLICIT (used, never bound in any enclosing function), FREE
 * (bound in an enclosing function: read through a closure cell) and CELL
 * (local, and captured by a nested scope).
 *
 * Rules (CPython 3.11): binding a name (assignment, for/with targets, del,
 * import, def/class, parameters, except-as, comprehension targets) makes it
 * local unless declared global/nonlocal; class bodies are not visible to
 * the functions nested in them; list/dict comprehensions are function
 * scopes of their own whose first iterable is evaluated in the enclosing
 * scope; default values, decorators and bases belong to the enclosing
 * scope; inside a class, __private names are mangled to _Class__private;
 * a function that uses `super` (or `__class__`) inside a class gets a free
 * `__class__` and the class an implicit `__class__` cell.
 *
 * Invariants: scopes and symbols live in the table's own arena; symbols of
 * a scope are stored in order of first appearance (small scopes: linear
 * lookup; larger ones also have a hash index of them, so that a module of
 * thousands of names is analysed in linear time); the table points into
 * the AST and must not outlive it.
 */
#ifndef GCLAB_VM_SYMTABLE_H
#define GCLAB_VM_SYMTABLE_H

#include "frontend/ast.h"

typedef enum vm_scope_kind {
    VM_SCOPE_MODULE, VM_SCOPE_FUNCTION, VM_SCOPE_CLASS, VM_SCOPE_COMPREHENSION
} vm_scope_kind;

typedef enum vm_sym_scope {
    VM_SYM_LOCAL = 1, VM_SYM_GLOBAL_EXPLICIT, VM_SYM_GLOBAL_IMPLICIT, VM_SYM_FREE, VM_SYM_CELL
} vm_sym_scope;

/* what the scope's code does with the name */
#define VM_SYMF_ASSIGNED   1u    /* bound here */
#define VM_SYMF_PARAM      2u    /* a parameter (also ASSIGNED) */
#define VM_SYMF_USED       4u    /* loaded here */
#define VM_SYMF_GLOBAL     8u    /* `global` declaration */
#define VM_SYMF_NONLOCAL  16u    /* `nonlocal` declaration */
#define VM_SYMF_FREE_CLASS 32u   /* class scope: local here, and free for its methods */
#define VM_SYMF_IMPLICIT  64u    /* added by the analysis (pass-through free, __class__) */
#define VM_SYMF_ANNOT    128u    /* annotated (`x: int`, a simple target) */

typedef struct vm_symbol {
    const char *name;            /* mangled */
    unsigned flags;
    vm_sym_scope scope;
    int line, col;               /* first occurrence */
    int decl_line, decl_col;     /* the global/nonlocal statement, if any */
} vm_symbol;

typedef struct vm_scope vm_scope;
struct vm_scope {
    vm_scope_kind kind;
    const char *name;            /* function/class name, "<module>", "<lambda>", "<listcomp>", "<dictcomp>", "<genexpr>" */
    const vm_node *node;         /* Module, FunctionDef, Lambda, ClassDef, ListComp, DictComp, GeneratorExp */
    vm_scope *parent;
    vm_symbol *syms;
    int nsyms, cap;
    int *index;                  /* NULL, or index_cap slots: 1 + a position in syms, 0 empty */
    int index_cap;
    vm_scope **children;         /* in source order */
    int nchildren, ccap;
    int id;                      /* position in vm_symtable.all */
    const char *private_name;    /* class name used for mangling, or NULL */
    bool has_class_cell;         /* class scope: methods use super()/__class__ */
    bool generator;              /* function or generator expression containing yield */
};

typedef struct vm_symtable {
    vm_arena *arena;
    vm_scope *top;
    vm_scope **all;              /* every scope, in preorder */
    int nall, allcap;
    vm_scope **by_node;          /* hash index of all by node (at most half full) */
    int by_node_cap;
} vm_symtable;

/* Build and analyse the table of a parsed file.  NULL with *err set on a
 * scoping error (CPython's messages: "no binding for nonlocal 'x' found",
 * "name 'x' is parameter and global", "name 'x' is used prior to global
 * declaration"...). */
vm_symtable *vm_symtable_build(const vm_ast *ast, vm_syntax_error *err);
void vm_symtable_free(vm_symtable *st);

/* The scope a Module/FunctionDef/Lambda/ClassDef/ListComp/DictComp node
 * opens, or NULL. */
vm_scope *vm_symtable_scope_of(const vm_symtable *st, const vm_node *node);
/* The symbol of an (already mangled) name in a scope, or NULL. */
const vm_symbol *vm_symtable_lookup(const vm_scope *s, const char *name);
/* CPython's private name mangling: "__x" in class "C" -> "_C__x"; other
 * names unchanged (returned as is).  NULL only when the arena is full. */
const char *vm_symtable_mangle(vm_arena *a, const char *private_name, const char *name);

const char *vm_sym_scope_name(vm_sym_scope s);   /* "local", "cell"... */
/* One line per scope, indented by depth: `function f: a=local b=cell`.
 * rt_raw_malloc'd; NULL on OOM. */
char *vm_symtable_dump(const vm_symtable *st);

#endif

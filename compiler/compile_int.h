/*
 * compile_int.h -- private interface between the compiler's files.
 *
 * compile.c holds the compiler state, errors, emitting, the constant and
 * name pools, the symbol table seen as the compiler needs it, units and
 * their assembly, name resolution and the entry points; compile_expr.c
 * holds expressions, assignment targets, functions, classes and
 * comprehensions; compile_stmt.c holds statements, the fblock stack and
 * try/except/finally.  Shared helpers carry the vm_c_ prefix; nothing here
 * is visible outside compiler/compile*.c.
 *
 * Errors: every helper that fails unwinds the whole compilation with one
 * longjmp to compiler.fail (vm_c_fail), with either c->err filled in (a
 * SyntaxError) or a runtime exception set; callers never test results.
 */
#ifndef GCLAB_VM_COMPILE_INT_H
#define GCLAB_VM_COMPILE_INT_H

#include <setjmp.h>
#include "compiler/compile.h"
#include "frontend/symtable.h"
#include "compiler/code.h"
#include "compiler/opcode.h"

/* Nesting limit of loops and try blocks per function (CPython: 20). */
#define VM_MAXBLOCKS_C 20

/* Names in order, with a hash index (slots: item index + 1, 0 empty; at
 * most half full) once the vector has pushed names: a function may have
 * tens of thousands of locals, each looked up at every use. */
typedef struct vm_strvec { const char **items; int n, cap; int *slots; int nslots; } vm_strvec;

/* One symbol-table scope seen as the compiler needs it: its fast locals
 * (parameters first, in CPython's co_varnames order), cells and free
 * variables in a fixed order (the parent's LOAD_CLOSURE and the child's
 * cells must agree). */
typedef struct cscope {
    vm_scope *s;
    bool function;              /* function, lambda or comprehension: fast locals */
    bool is_comprehension;
    bool is_class;
    bool needs_class_cell;
    const char *name, *private_name;
    vm_strvec varnames, cellvars, freevars;
} cscope;

/* What a return/break/continue must undo when it leaves a block (see
 * unwind_fblock in compile_stmt.c). */
typedef enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
               FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_WITH,
               FB_EXCEPT_STAR /* an except* body: break/continue/return may not leave it */ } fb_kind;

typedef struct fblock {
    fb_kind kind;
    int start, exit;            /* labels (loops) */
    const vm_node *final;       /* FINALLY_TRY: the Try node */
    const char *name;           /* HANDLER_CLEANUP: `as` name or NULL */
} fblock;

/* One code object being compiled; units nest as scopes do. */
typedef struct unit {
    cscope *scope;
    struct unit *parent;
    vm_codeunit *code; int ncode, capcode;
    vm_lineentry *posof; int caplines;  /* source range per instruction (start unused) */
    int *labels; int nlabels, caplabels;
    rt_object *consts;                  /* list */
    rt_object *const_index;             /* dict: const_key(constant) -> its index in consts */
    vm_strvec names;
    rt_object *name_index;              /* dict: interned name -> its index in names */
    fblock fb[VM_MAXBLOCKS_C]; int nfb;
    vm_lineentry pos;                   /* of what is being compiled: .line always set, the
                                         * range only when known (vm_c_set_pos) */
    int firstlineno;
    const char *qualname;
    int argcount, kwonly, posonly, flags;
} unit;

typedef struct compiler {
    vm_symtable *st;
    cscope **cscopes;           /* st->nall entries, by scope id, each built on first use */
    vm_arena *arena;
    vm_syntax_error *err;
    const char *filename;
    rt_object *filename_obj;
    /* dict: const_key(constant) -> the one object every unit of the module
     * uses for it (CPython's c_const_cache): equal constants of different
     * functions are one object, as in CPython 3.11 */
    rt_object *const_cache;
    unit *u;                    /* the unit being compiled */
    /* `from __future__ import annotations` (PEP 563): annotations are
     * stored as their source text (unparse.c) and never evaluated */
    bool future_annotations;
    int future_lineno;          /* line of the last leading future import, -1: none */
    jmp_buf fail;               /* errors unwind the recursion in one jump */
} compiler;

_Noreturn static inline void vm_c_fail(compiler *c)
{
    longjmp(c->fail, 1);
}

/* errors (compile.c) */
_Noreturn void vm_c_nomem(compiler *c);
/* NotImplementedError "WHAT is not supported by gclab (line N)" */
_Noreturn void vm_c_not_implemented(compiler *c, const vm_node *n, const char *what);
/* RecursionError "... during compilation" when the C stack runs low (the
 * symbol table bounds the nesting; this guards the bigger frames here). */
void vm_c_check_stack(compiler *c);
/* SyntaxError at node n */
_Noreturn void vm_c_syntax_error(compiler *c, const vm_node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The position instructions are emitted with: a node's whole range, or a
 * line alone (no range: no position markers in tracebacks); the range of
 * an attribute's name when it ends on another line than the current
 * position starts (CPython 3.11's update_start_location_to_match_attr). */
void vm_c_set_pos(compiler *c, const vm_node *n);
void vm_c_set_line(compiler *c, int line);
void vm_c_match_attr(compiler *c, const vm_node *attr);
/* emitting and pools (compile.c); each records c->u->pos */
int vm_c_emit(compiler *c, vm_opcode op, uint32_t arg);
int vm_c_new_label(compiler *c);
/* The implicit `return None` at the end of a body, left out where the
 * body cannot reach it (it ends in a return, raise or jump that no jump
 * targets the end of). */
void vm_c_return_none(compiler *c);
void vm_c_bind_label(compiler *c, int l);
void vm_c_load_const(compiler *c, rt_object *v);           /* steals v (NULL: fail) */
int vm_c_add_const(compiler *c, rt_object *v);             /* steals v; its index */
rt_object *vm_c_interned(compiler *c, const char *s);      /* new reference */
int vm_c_name_index(compiler *c, const char *name);        /* index in the unit's co_names */
const char *vm_c_mangle(compiler *c, const char *name);    /* __x inside a class: _C__x */

/* scopes and units (compile.c) */
int vm_c_strvec_index(const vm_strvec *v, const char *name);   /* -1 if absent */
cscope *vm_c_child_scope(compiler *c, const vm_node *n);       /* of a def, lambda, class, comprehension */
void vm_c_unit_enter(compiler *c, cscope *sc, const char *qualname, int line);
rt_object *vm_c_unit_leave(compiler *c);                       /* the finished code object */

/* names (compile.c) */
int vm_c_deref_index(compiler *c, const char *name);       /* cell or free slot of name */
void vm_c_name(compiler *c, const char *id, vm_ctx ctx);   /* load, store or delete a name */

/* expressions, stores, functions and classes (compile_expr.c) */
void vm_c_expr(compiler *c, const vm_node *n);
/* The iterable of for / a comprehension / the right operand of in. */
void vm_c_iterable(compiler *c, const vm_node *n);
/* A literal as the compiler makes it (short str interned); NULL without
 * an exception for an int literal past 64 bits. */
rt_object *vm_c_constant(const vm_node *n);
/* unparse.c: an expression's text as CPython 3.11's C unparser writes it
 * (what PEP 563 stores for an annotation); a new str. */
rt_object *vm_c_unparse(compiler *c, const vm_node *e);
/* compile_stmt.c: read the module's leading `from __future__ import`s
 * (CPython's future.c): set the features, SyntaxError for an unknown one. */
void vm_c_future_parse(compiler *c, const vm_list *body);
/* The RT_NB_ operator number of an AST operator. */
int vm_c_nb_op(vm_operator op);
/* fold.c: n folded to a constant (new reference), or NULL (no error). */
rt_object *vm_c_fold(const vm_node *n);
/* A list display of constants as one tuple constant, or NULL. */
rt_object *vm_c_fold_iter(const vm_node *n);
/* Any expression that is a constant (a literal too), or NULL (no error):
 * CPython 3.11's assembler turns LOAD_CONSTs + BUILD_TUPLE into one
 * constant (fold_tuple_on_constants), and so do we for the tuples
 * MAKE_FUNCTION takes (defaults, annotations). */
rt_object *vm_c_fold_value(const vm_node *n);
/* The items as one tuple constant, or NULL (no error). */
rt_object *vm_c_fold_tuple(const vm_list *elts);
/* A condition: jump to label when its truth is cond (compile_expr.c). */
void vm_c_jump_if(compiler *c, const vm_node *n, bool cond, int label);
void vm_c_store(compiler *c, const vm_node *t);            /* pops the value into target t */
void vm_c_delete(compiler *c, const vm_node *t);
void vm_c_augassign(compiler *c, const vm_node *n);
void vm_c_function(compiler *c, const vm_node *n);         /* def or lambda */
void vm_c_class(compiler *c, const vm_node *n);

/* statements (compile_stmt.c) */
void vm_c_body(compiler *c, const vm_list *l);
/* The docstring of a body (CPython's _PyAST_GetDocString): its first
 * statement when that is a str constant, else NULL. */
const vm_node *vm_c_docstring(const vm_list *body);
/* A module or class body: its docstring, if any, stored as __doc__ (not
 * evaluated and dropped), then the other statements. */
void vm_c_body_doc(compiler *c, const vm_list *l);

/* the match statement (compile_match.c) */
void vm_c_match(compiler *c, const vm_node *n);

#endif

/*
 * parser_int.h -- private interface between the parser's files.
 *
 * parser.c holds the error machinery, token helpers, expressions and
 * f-strings; parse_stmt.c holds parameters, statements and vm_parse.
 * Nothing here is visible outside the front end.
 */
#ifndef GCLAB_VM_PARSER_INT_H
#define GCLAB_VM_PARSER_INT_H

#include <setjmp.h>
#include "frontend/ast.h"
#include "frontend/token.h"

/* Recursion budget of the parser, in nesting units (a parenthesised
 * expression costs about 4, a ** or a lambda 1).  Enough for the
 * tokenizer's 200 nested brackets and for the 2,500-deep ** chains and
 * lambdas CPython 3.11 compiles; the same bound caps left-nested chains
 * (a.b.c..., 1+1+...) so that the recursive passes after the parser
 * (symtable, compiler, dump) see no deeper tree than their own limit
 * (the symbol table's 3,000).  vm_p_enter also stops when the C stack
 * runs low (ASan's frames are several times bigger). */
#define MAX_DEPTH 3000

typedef struct parser {
    vm_arena *a;
    const char *src, *filename;
    size_t len;
    vm_token *t;
    int n, pos;
    int far;                  /* furthest token index the parser looked at */
    vm_token_array *ta;
    vm_syntax_error *err;
    jmp_buf *jb;
    int depth;
    int in_func, in_loop;     /* for 'return'/'break'/'continue' checks */
    vm_node *bare_tuple;      /* the last tuple star_expressions built without parentheses */
    vm_node *maybe_target;    /* invalid target that gets CPython's "Maybe you meant '=='" */
    vm_syntax_error late_comp;             /* CPython compiler errors */
    vm_syntax_error late_unsup;            /* first deferred unsupported construct */
    bool final;               /* the error being raised is not replaced by a tokenizer error */
} parser;

typedef struct vec { vm_node **items; int n, cap; } vec;

typedef enum { T_ASSIGN, T_FOR, T_DEL, T_COMP } target_mode;

/* errors (parser.c) */
_Noreturn void vm_p_raise_at(parser *P, vm_syntax_kind kind, int line, int col, int end_line, int end_col,
                             const char *fmt, ...);
_Noreturn void vm_p_raise_tok(parser *P, vm_syntax_kind kind, const vm_token *t, const char *fmt, ...);
_Noreturn void vm_p_raise_node(parser *P, vm_syntax_kind kind, const vm_node *n, const char *fmt, ...);
_Noreturn void vm_p_unsupported(parser *P, int line, int col, const char *what);
/* The same report, deferred: for constructs the parser can read through,
 * so that a later syntax error (which CPython would report) wins. */
void vm_p_defer_unsupported(parser *P, int line, int col, const char *what);
void vm_p_late(parser *P, vm_syntax_error *slot, int line, int col, int end_line, int end_col, const char *fmt, ...);
_Noreturn void vm_p_nomem(parser *P);
_Noreturn void vm_p_invalid(parser *P);

/* tokens and nodes (parser.c) */
vm_token *vm_p_peek_at(parser *P, int k);
vm_token *vm_p_expect(parser *P, vm_tok k);
void vm_p_expect_colon(parser *P);
vm_token *vm_p_expect_name(parser *P);
void vm_p_enter(parser *P);
vm_node *vm_p_node_at(parser *P, vm_node_kind k, const vm_token *start);
void vm_p_vpush(parser *P, vec *v, vm_node *x);
const char *vm_p_ident(parser *P, const vm_token *t);

/* expressions (parser.c) */
vm_node *vm_p_expression(parser *P);
vm_node *vm_p_named_expression(parser *P);
vm_node *vm_p_star_expressions(parser *P);
vm_node *vm_p_star_expression(parser *P);     /* one, '*' allowed (PEP 646's *args: *Ts) */
vm_node *vm_p_yield_expr(parser *P);
vm_node *vm_p_strings(parser *P);            /* adjacent string literals, f-strings too */
bool vm_p_followed_by_value(parser *P);
vm_node *vm_p_target_list(parser *P, target_mode m, bool *multi);
void vm_p_set_target(parser *P, vm_node *e, target_mode m, bool top);
void vm_p_check_comma(parser *P, vm_node *elt);
bool vm_p_starts_expression(vm_tok k);
const char *vm_p_expr_name(const vm_node *e);
void vm_p_no_bare_star(parser *P, vm_node *e);

/* patterns of a match statement's case (parse_match.c) */
vm_node *vm_p_patterns(parser *P);

/* parameters (parse_stmt.c) */
vm_node *vm_p_arguments(parser *P, bool lambda);


/* tiny token helpers */
static inline vm_token *peek(parser *P) { return vm_p_peek_at(P, 0); }
static inline vm_tok kind(parser *P) { return peek(P)->kind; }
static inline vm_token *prev(parser *P) { return &P->t[P->pos > 0 ? P->pos - 1 : 0]; }
static inline vm_token *advance(parser *P)
{
    vm_token *t = peek(P);
    if (t->kind != VM_TOK_ENDMARKER) P->pos++;
    return t;
}
static inline bool accept(parser *P, vm_tok k)
{
    if (kind(P) == k) { advance(P); return true; }
    return false;
}
static inline vm_list vlist(vec v) { vm_list l = { v.items, v.n }; return l; }
#define leave(P) ((P)->depth--)

#endif

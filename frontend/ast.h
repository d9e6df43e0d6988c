/*
 * ast.h -- the abstract syntax tree of the gclab Python subset.
 *
 * Shaped after CPython's ast module (same node names and fields, so that a
 * dump can be compared with ast.dump by eye), restricted to the subset of
 * docs/language.md.  The tree does not depend on the object model:
 * constants are C values (int64_t, double, UTF-8 bytes + length with escapes
 * decoded).  An integer literal that does not fit in 64 bits becomes a
 * VM_CONST_BIGINT carrying its source digits; the compiler raises
 * OverflowError when it meets one (docs/language.md: ints are 64-bit).
 *
 * Invariants:
 *   - every node, list and string of a tree lives in one vm_arena and is
 *     freed with it at once (vm_ast_free); nodes never point outside it
 *     except to the caller's filename;
 *   - every node carries line/col/end_line/end_col: lines 1-based, columns
 *     0-based UTF-8 byte offsets as CPython's col_offset;
 *   - identifiers are NUL-terminated; string constants are (bytes, length)
 *     and may contain NUL bytes.
 */
#ifndef GCLAB_VM_AST_H
#define GCLAB_VM_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#include "frontend/syntax_error.h"

/* ---- arena ------------------------------------------------------------ */

typedef struct vm_arena vm_arena;
vm_arena *vm_arena_new(void);
void *vm_arena_alloc(vm_arena *a, size_t n);      /* zeroed, 16-aligned; NULL on OOM */
char *vm_arena_strndup(vm_arena *a, const char *s, size_t n);  /* NUL-terminated copy */
void vm_arena_free(vm_arena *a);
size_t vm_arena_bytes(const vm_arena *a);         /* bytes of chunks held */

/* ---- nodes ------------------------------------------------------------ */

#define VM_NODE_LIST(X) \
    X(Module) \
    X(FunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign) X(AnnAssign) \
    X(For) X(While) X(If) X(Raise) X(Try) X(Assert) X(Import) X(ImportFrom) \
    X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue) \
    X(BoolOp) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(ListComp) \
    X(DictComp) X(Compare) X(Call) X(FormattedValue) X(JoinedStr) \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) \
    X(Tuple) X(Slice) X(Set) X(SetComp) \
    X(GeneratorExp) X(Yield) X(YieldFrom) X(With) X(NamedExpr) \
    X(comprehension) X(ExceptHandler) X(arguments) X(arg) X(keyword) X(alias) X(withitem) \
    X(Match) X(match_case) X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) \
    X(MatchClass) X(MatchStar) X(MatchAs) X(MatchOr)

typedef enum vm_node_kind {
#define VM_NODE_ENUM(name) VM_N_##name,
    VM_NODE_LIST(VM_NODE_ENUM)
#undef VM_NODE_ENUM
    VM_N_COUNT
} vm_node_kind;

typedef enum vm_ctx { VM_LOAD, VM_STORE, VM_DEL } vm_ctx;

typedef enum vm_operator {
    VM_OP_ADD, VM_OP_SUB, VM_OP_MULT, VM_OP_DIV, VM_OP_FLOORDIV, VM_OP_MOD,
    VM_OP_POW, VM_OP_LSHIFT, VM_OP_RSHIFT, VM_OP_BITOR, VM_OP_BITXOR,
    VM_OP_BITAND, VM_OP_COUNT
} vm_operator;

typedef enum vm_unaryop { VM_UOP_INVERT, VM_UOP_NOT, VM_UOP_UADD, VM_UOP_USUB } vm_unaryop;
typedef enum vm_boolop { VM_BOOL_AND, VM_BOOL_OR } vm_boolop;
typedef enum vm_cmpop {
    VM_CMP_EQ, VM_CMP_NOTEQ, VM_CMP_LT, VM_CMP_LTE, VM_CMP_GT, VM_CMP_GTE,
    VM_CMP_IS, VM_CMP_ISNOT, VM_CMP_IN, VM_CMP_NOTIN
} vm_cmpop;

typedef enum vm_const_kind {
    VM_CONST_NONE, VM_CONST_TRUE, VM_CONST_FALSE, VM_CONST_INT,
    VM_CONST_BIGINT,   /* does not fit in int64_t: s/n hold the literal's digits */
    VM_CONST_FLOAT, VM_CONST_STR,
    VM_CONST_COMPLEX,  /* an imaginary literal: f holds its imaginary part */
    VM_CONST_BYTES,    /* s/n hold the bytes */
    VM_CONST_ELLIPSIS
} vm_const_kind;

typedef struct vm_node vm_node;
typedef struct vm_list { vm_node **items; int n; } vm_list;

struct vm_node {
    vm_node_kind kind;
    int line, col, end_line, end_col;
    union {
        struct { vm_list body; } Module;
        struct { const char *name; vm_node *args; vm_list body, decorators; vm_node *returns; } FunctionDef;  /* returns may be NULL */
        struct { const char *name; vm_list bases, keywords, body, decorators; } ClassDef;
        struct { vm_node *value; } Return;                 /* value may be NULL */
        struct { vm_list targets; } Delete;
        struct { vm_list targets; vm_node *value; } Assign; /* a = b = v: targets [a, b] */
        struct { vm_node *target; vm_operator op; vm_node *value; } AugAssign;
        /* x: T [= v]; simple: the target is a bare name (not parenthesised),
         * the only kind a module or class stores in __annotations__ */
        struct { vm_node *target, *annotation, *value; int simple; } AnnAssign;  /* value may be NULL */
        struct { vm_node *target, *iter; vm_list body, orelse; } For;
        struct { vm_node *test; vm_list body, orelse; } While;
        struct { vm_node *test; vm_list body, orelse; } If;  /* elif: orelse = [If] */
        struct { vm_node *exc, *cause; } Raise;             /* both may be NULL */
        struct { vm_list body, handlers, orelse, finalbody; bool is_star; } Try;  /* is_star: except* handlers */
        struct { vm_node *test, *msg; } Assert;
        struct { vm_list items, body; } With;               /* items: withitem */
        struct { vm_node *target, *value; } NamedExpr;     /* target: a Name */
        struct { vm_list names; } Import;                   /* of alias */
        struct { const char *module; vm_list names; int level; } ImportFrom;  /* module may be NULL */
        struct { const char **names; int n; } Global, Nonlocal;
        struct { vm_node *value; } Expr, Yield, YieldFrom;   /* Yield's value may be NULL */
        struct { vm_boolop op; vm_list values; } BoolOp;
        struct { vm_node *left; vm_operator op; vm_node *right; } BinOp;
        struct { vm_unaryop op; vm_node *operand; } UnaryOp;
        struct { vm_node *args, *body; } Lambda;
        struct { vm_node *test, *body, *orelse; } IfExp;
        struct { vm_list keys, values; } Dict;
        struct { vm_node *elt, *gen; } ListComp, GeneratorExp;  /* gen: the first 'for' clause; also SetComp's */
        struct { vm_node *key, *value, *gen; } DictComp;
        struct { vm_node *left; vm_cmpop *ops; vm_list comparators; } Compare;
        struct { vm_node *func; vm_list args, keywords; } Call;  /* *x in args as Starred */
        struct { vm_node *value; int conversion; vm_node *format_spec; } FormattedValue;  /* conversion -1, 's', 'r', 'a'; spec: JoinedStr or NULL */
        struct { vm_list values; } JoinedStr;               /* Constant(str) and FormattedValue */
        struct { vm_const_kind kind; int64_t i; double f; const char *s; size_t n; } Constant;
        struct { vm_node *value; const char *attr; vm_ctx ctx; } Attribute;
        struct { vm_node *value, *slice; vm_ctx ctx; } Subscript;
        struct { vm_node *value; vm_ctx ctx; } Starred;
        struct { const char *id; vm_ctx ctx; } Name;
        struct { vm_list elts; vm_ctx ctx; } List, Tuple;
        struct { vm_node *lower, *upper, *step; } Slice;    /* each may be NULL */
        struct { vm_node *target, *iter; vm_list ifs; vm_node *next; } comprehension;  /* next: the following 'for' */
        struct { vm_node *type; const char *name; vm_list body; } ExceptHandler;  /* type/name may be NULL */
        /* def f(a, b=1, *rest, k, m=2): args [a b], defaults [1] (for the
         * last ones), vararg rest, kwonlyargs [k m], kw_defaults [NULL 2] */
        struct { vm_list args, defaults; vm_node *vararg; vm_list kwonlyargs, kw_defaults; vm_node *kwarg;
                 int posonly; } arguments;   /* posonly: how many of args come before '/' */
        struct { const char *arg; vm_node *annotation; } arg;   /* annotation may be NULL */
        struct { const char *arg; vm_node *value; } keyword;
        struct { const char *name, *asname; } alias;       /* asname may be NULL */
        struct { vm_node *context_expr, *optional_vars; } withitem;  /* optional_vars may be NULL */
        /* match (PEP 634): patterns are their own nodes, as in CPython's ast */
        struct { vm_node *subject; vm_list cases; } Match;           /* cases: match_case */
        struct { vm_node *pattern, *guard; vm_list body; } match_case; /* guard may be NULL */
        struct { vm_node *value; } MatchValue;   /* a Constant, a signed number (UnaryOp) or an Attribute */
        struct { vm_const_kind kind; } MatchSingleton;   /* NONE, TRUE, FALSE */
        struct { vm_list patterns; } MatchSequence, MatchOr;
        struct { vm_list keys, patterns; const char *rest; } MatchMapping;   /* rest may be NULL */
        /* kwd_attrs[i] names the attribute kwd_patterns.items[i] matches */
        struct { vm_node *cls; vm_list patterns; const char **kwd_attrs; vm_list kwd_patterns; } MatchClass;
        struct { const char *name; } MatchStar;  /* *_ : NULL */
        struct { vm_node *pattern; const char *name; } MatchAs;  /* both NULL: _ ; pattern NULL: a capture */
    } u;
};

/* A parsed file: its arena and its Module node. */
typedef struct vm_ast {
    vm_arena *arena;
    vm_node *module;
    const char *filename;
} vm_ast;

/* Parse a whole file.  Returns a tree (free with vm_ast_free), or NULL with
 * *err filled: kind, message, position and source line as CPython 3.11
 * reports them, or VM_SYNERR_UNSUPPORTED naming a construct the subset
 * does not have. */
vm_ast *vm_parse(const char *src, size_t len, const char *filename, vm_syntax_error *err);
void vm_ast_free(vm_ast *ast);

/* Allocate a node of the given kind in the arena with its position. */
vm_node *vm_node_new(vm_arena *a, vm_node_kind kind, int line, int col, int end_line, int end_col);

const char *vm_node_kind_name(vm_node_kind k);
const char *vm_operator_symbol(vm_operator op);
const char *vm_cmpop_symbol(vm_cmpop op);

/* S-expression dump, e.g. (Assign [(Name x Store)] (Constant 1)).  With
 * positions, every node is followed by @line:col-end_line:end_col.  Returns
 * a string from rt_raw_malloc (caller frees with rt_raw_free) or NULL. */
char *vm_ast_dump(const vm_node *n, bool positions);
void vm_ast_fdump(FILE *out, const vm_node *n, bool positions);

#endif

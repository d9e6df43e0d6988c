/*
 * parser.c -- recursive descent parser: tokens -> AST (ast.h).
 *
 * One function per grammar rule of the gclab subset, binary operators by
 * precedence climbing.  Error reporting imitates CPython 3.11's two-pass
 * PEG parser: the first error in source order wins, with CPython's message
 * for the common mistakes (invalid targets, missing blocks, keyword/
 * positional argument order, "Perhaps you forgot a comma?"...), and a
 * tokenizer error later in the file replaces a generic parser error when
 * CPython's re-scan of the source would find it (token.h: err_strong).
 * Errors CPython finds only in its symtable/compiler passes ('return'
 * outside function, duplicate argument...) are recorded as "late" errors
 * and reported only when the whole file parsed.
 *
 * Valid Python outside the subset is rejected with VM_SYNERR_UNSUPPORTED
 * naming the construct (docs/frontend.md lists them).
 *
 * Invariants: errors longjmp back to vm_parse (the arena owns every
 * allocation, so unwinding leaks nothing); P->pos never passes the final
 * ENDMARKER/ERRORTOKEN; peeking an ERRORTOKEN reports the tokenizer error,
 * as CPython does when the parser fetches it.
 */
#include <setjmp.h>
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include "ast.h"
#include "token.h"
#include "runtime/alloc.h"

#define MAX_DEPTH 200     /* nesting of expressions/blocks; CPython's parser stack limit is similar */

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
    int nscope;               /* enclosing def/lambda/class bodies */
    int bracket;              /* > 0 inside (), [], {} of the current expression */
    vm_syntax_error late_sym, late_comp;   /* CPython symtable / compiler errors */
    bool is_field;            /* parsing an f-string field */
} parser;

/* ---- errors ----------------------------------------------------------- */

static void fill_error(parser *P, vm_syntax_error *e, vm_syntax_kind kind, int line, int col,
                       int end_line, int end_col, const char *fmt, va_list ap)
{
    memset(e, 0, sizeof *e);
    e->kind = kind;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->filename = P->filename;
    e->lineno = line;
    vm_syntax_error_set_text(e, P->src, P->len, line, col);
    e->end_lineno = end_line;
    if (end_line == line) {
        vm_syntax_error tmp;
        vm_syntax_error_set_text(&tmp, P->src, P->len, line, end_col);
        e->end_offset = tmp.offset;
    } else {
        e->end_offset = end_col + 1;
    }
}

/* Raise an error; decides against a pending tokenizer error. */
static _Noreturn void raise_at(parser *P, vm_syntax_kind kind, int line, int col, int end_line, int end_col,
                               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fill_error(P, P->err, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    vm_token_array *ta = P->ta;
    if (ta->n > 0 && ta->toks[ta->n - 1].kind == VM_TOK_ERRORTOKEN && kind != VM_SYNERR_UNSUPPORTED) {
        /* CPython compares the line of the last token it fetched */
        int far_line = P->t[P->far < P->n ? P->far : P->n - 1].line;
        if (ta->err_strong || (ta->err_paren_line > 0 && far_line > ta->err_paren_line))
            *P->err = ta->err;
    }
    longjmp(*P->jb, 1);
}

static _Noreturn void raise_tok(parser *P, vm_syntax_kind kind, const vm_token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[VM_SYNERR_MSG_MAX];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    raise_at(P, kind, t->line, t->col, t->end_line, t->end_col, "%s", msg);
}

static _Noreturn void raise_node(parser *P, vm_syntax_kind kind, const vm_node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[VM_SYNERR_MSG_MAX];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    raise_at(P, kind, n->line, n->col, n->end_line, n->end_col, "%s", msg);
}

static _Noreturn void unsupported(parser *P, int line, int col, const char *what)
{
    raise_at(P, VM_SYNERR_UNSUPPORTED, line, col, line, col,
             "%s: not supported by the gclab Python subset (line %d)", what, line);
}

static void late(parser *P, vm_syntax_error *slot, int line, int col, int end_line, int end_col, const char *fmt, ...)
{
    if (slot->kind != VM_SYNERR_NONE) return;
    va_list ap;
    va_start(ap, fmt);
    fill_error(P, slot, VM_SYNERR_SYNTAX, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
}

static _Noreturn void nomem(parser *P)
{
    memset(P->err, 0, sizeof *P->err);
    P->err->kind = VM_SYNERR_NOMEMORY;
    snprintf(P->err->msg, sizeof P->err->msg, "out of memory while parsing");
    P->err->filename = P->filename;
    longjmp(*P->jb, 1);
}

/* ---- tokens ----------------------------------------------------------- */

static vm_token *peek_at(parser *P, int k)
{
    int i = P->pos + k;
    if (i >= P->n) i = P->n - 1;
    if (i > P->far) P->far = i;
    vm_token *t = &P->t[i];
    if (t->kind == VM_TOK_ERRORTOKEN) {
        *P->err = P->ta->err;
        longjmp(*P->jb, 1);
    }
    return t;
}

static vm_token *peek(parser *P) { return peek_at(P, 0); }
static vm_tok kind(parser *P) { return peek(P)->kind; }
static vm_token *prev(parser *P) { return &P->t[P->pos > 0 ? P->pos - 1 : 0]; }

static vm_token *advance(parser *P)
{
    vm_token *t = peek(P);
    if (t->kind != VM_TOK_ENDMARKER) P->pos++;
    return t;
}

static bool accept(parser *P, vm_tok k)
{
    if (kind(P) == k) { advance(P); return true; }
    return false;
}

static _Noreturn void invalid(parser *P)
{
    vm_token *t = peek(P);
    if (t->kind == VM_TOK_INDENT)
        raise_at(P, VM_SYNERR_INDENTATION, t->line, t->end_col > 0 ? t->end_col - 1 : 0, t->line, -2, "unexpected indent");
    if (t->kind == VM_TOK_DEDENT)
        raise_tok(P, VM_SYNERR_INDENTATION, t, "unexpected unindent");
    raise_tok(P, VM_SYNERR_SYNTAX, t, "invalid syntax");
}

static vm_token *expect(parser *P, vm_tok k)
{
    if (kind(P) != k) invalid(P);
    return advance(P);
}

static void expect_colon(parser *P)
{
    if (kind(P) == VM_TOK_COLON) { advance(P); return; }
    if (kind(P) == VM_TOK_NEWLINE || kind(P) == VM_TOK_ENDMARKER) {
        vm_token *t = prev(P);   /* CPython points at the end of the header */
        raise_at(P, VM_SYNERR_SYNTAX, t->end_line, t->end_col, t->end_line, t->end_col + 1, "expected ':'");
    }
    invalid(P);
}

static void enter(parser *P)
{
    if (++P->depth > MAX_DEPTH) {
        vm_token *t = peek(P);
        raise_tok(P, VM_SYNERR_SYNTAX, t, "too many nested parentheses");
    }
}
#define leave(P) ((P)->depth--)

/* ---- node helpers ------------------------------------------------------ */

static vm_node *node_at(parser *P, vm_node_kind k, const vm_token *start)
{
    vm_token *e = prev(P);
    vm_node *n = vm_node_new(P->a, k, start->line, start->col, e->end_line, e->end_col);
    if (!n) nomem(P);
    return n;
}

/* a node spanning from node s to the last consumed token */
static vm_node *node_from(parser *P, vm_node_kind k, const vm_node *s)
{
    vm_token *e = prev(P);
    vm_node *n = vm_node_new(P->a, k, s->line, s->col, e->end_line, e->end_col);
    if (!n) nomem(P);
    return n;
}

typedef struct vec { vm_node **items; int n, cap; } vec;

static void vpush(parser *P, vec *v, vm_node *x)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        vm_node **it = vm_arena_alloc(P->a, (size_t)cap * sizeof *it);
        if (!it) nomem(P);
        if (v->n) memcpy(it, v->items, (size_t)v->n * sizeof *it);
        v->items = it; v->cap = cap;
    }
    v->items[v->n++] = x;
}

static vm_list vlist(vec v) { vm_list l = { v.items, v.n }; return l; }

static const char *ident(parser *P, const vm_token *t)
{
    char *s = vm_arena_strndup(P->a, t->start, t->len);
    if (!s) nomem(P);
    return s;
}

static vm_token *expect_name(parser *P)
{
    if (kind(P) != VM_TOK_NAME) invalid(P);
    return advance(P);
}

/* ---- forward declarations --------------------------------------------- */

static vm_node *expression(parser *P);
static vm_node *named_expression(parser *P);
static vm_node *star_expressions(parser *P);
static vm_node *bitwise_or(parser *P);
static vm_node *boolop(parser *P, bool is_or);
static vm_node *primary(parser *P);
static vm_list block(parser *P, const char *what, int line);
static vm_node *fstring(parser *P, vm_token *t, vec *parts);
static vm_node *arguments(parser *P, bool lambda);

/* ---- targets ------------------------------------------------------------ */

static const char *expr_name(const vm_node *e)
{
    switch (e->kind) {
    case VM_N_Call: return "function call";
    case VM_N_Constant:
        switch (e->u.Constant.kind) {
        case VM_CONST_NONE: return "None";
        case VM_CONST_TRUE: return "True";
        case VM_CONST_FALSE: return "False";
        default: return "literal";
        }
    case VM_N_BinOp: case VM_N_UnaryOp: return "expression";
    case VM_N_BoolOp: return "expression";
    case VM_N_Compare: return "comparison";
    case VM_N_IfExp: return "conditional expression";
    case VM_N_Lambda: return "lambda";
    case VM_N_Dict: return "dict literal";
    case VM_N_ListComp: return "list comprehension";
    case VM_N_DictComp: return "dict comprehension";
    case VM_N_JoinedStr: case VM_N_FormattedValue: return "f-string expression";
    case VM_N_Tuple: return "tuple";
    case VM_N_List: return "list";
    case VM_N_Starred: return "starred";
    case VM_N_Name: return "name";
    case VM_N_Attribute: return "attribute";
    case VM_N_Subscript: return "subscript";
    default: return "expression";
    }
}

typedef enum { T_ASSIGN, T_FOR, T_DEL, T_COMP } target_mode;

/* Turn a parsed expression into an assignment/deletion target. */
static void set_target(parser *P, vm_node *e, target_mode m, bool top)
{
    vm_ctx ctx = m == T_DEL ? VM_DEL : VM_STORE;
    switch (e->kind) {
    case VM_N_Name: e->u.Name.ctx = ctx; return;
    case VM_N_Attribute: e->u.Attribute.ctx = ctx; return;
    case VM_N_Subscript: e->u.Subscript.ctx = ctx; return;
    case VM_N_Tuple: case VM_N_List:
        e->u.Tuple.ctx = ctx;
        for (int i = 0; i < e->u.Tuple.elts.n; i++) {
            vm_node *x = e->u.Tuple.elts.items[i];
            if (x->kind == VM_N_Starred && m != T_DEL) {
                set_target(P, x->u.Starred.value, m, false);
                unsupported(P, x->line, x->col, "starred assignment targets");
            }
            set_target(P, x, m, false);
        }
        return;
    case VM_N_Starred:
        if (m == T_DEL) raise_node(P, VM_SYNERR_SYNTAX, e, "cannot delete starred");
        if (top) raise_node(P, VM_SYNERR_SYNTAX, e, "starred assignment target must be in a list or tuple");
        unsupported(P, e->line, e->col, "starred assignment targets");
    default:
        break;
    }
    if (m == T_DEL) raise_node(P, VM_SYNERR_SYNTAX, e, "cannot delete %s", expr_name(e));
    if (e->kind == VM_N_Constant && e->u.Constant.kind <= VM_CONST_FALSE)
        raise_node(P, VM_SYNERR_SYNTAX, e, "cannot assign to %s", expr_name(e));
    if (m != T_ASSIGN || !top)
        raise_node(P, VM_SYNERR_SYNTAX, e, "cannot assign to %s", expr_name(e));
    raise_node(P, VM_SYNERR_SYNTAX, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e));
}

/* for/comprehension targets: bitwise_or-level items, commas make a tuple */
static vm_node *target_list(parser *P, target_mode m)
{
    vm_token *st = peek(P);
    vec v = { 0 };
    bool comma = false;
    for (;;) {
        vm_node *x;
        if (kind(P) == VM_TOK_STAR) {
            vm_token *s = advance(P);
            vm_node *val = bitwise_or(P);
            x = node_at(P, VM_N_Starred, s);
            x->u.Starred.value = val;
        } else {
            x = bitwise_or(P);
        }
        vpush(P, &v, x);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
        comma = true;
        if (kind(P) == VM_TOK_IN || kind(P) == VM_TOK_EQUAL) break;
    }
    vm_node *t = v.items[0];
    if (comma) {
        t = node_at(P, VM_N_Tuple, st);
        t->u.Tuple.elts = vlist(v);
    }
    set_target(P, t, m, true);
    return t;
}

/* ---- atoms -------------------------------------------------------------- */

static vm_node *constant(parser *P, const vm_token *t, vm_const_kind k)
{
    vm_node *n = node_at(P, VM_N_Constant, t);
    n->u.Constant.kind = k;
    return n;
}

static vm_node *strings(parser *P)
{
    vm_token *first = peek(P);
    bool f = false, bytes = false, str = false;
    int i = 0;
    while (peek_at(P, i)->kind == VM_TOK_STRING) {
        vm_token *t = peek_at(P, i);
        if (t->flags & VM_TOKF_FSTRING) f = true;
        if (t->flags & VM_TOKF_BYTES) bytes = true; else str = true;
        i++;
    }
    if (bytes && str) {
        P->pos += i;
        raise_at(P, VM_SYNERR_SYNTAX, first->line, first->col, prev(P)->end_line, prev(P)->end_col,
                 "cannot mix bytes and nonbytes literals");
    }
    if (bytes) unsupported(P, first->line, first->col, "bytes literals");
    if (!f) {
        size_t total = 0;
        for (int k = 0; k < i; k++) total += peek_at(P, k)->v.str.n;
        char *s = vm_arena_alloc(P->a, total + 1);
        if (!s) nomem(P);
        size_t off = 0;
        for (int k = 0; k < i; k++) {
            vm_token *t = advance(P);
            memcpy(s + off, t->v.str.s, t->v.str.n);
            off += t->v.str.n;
        }
        vm_node *n = node_at(P, VM_N_Constant, first);
        n->u.Constant.kind = VM_CONST_STR;
        n->u.Constant.s = s;
        n->u.Constant.n = total;
        return n;
    }
    vec parts = { 0 };
    for (int k = 0; k < i; k++) {
        vm_token *t = advance(P);
        if (t->flags & VM_TOKF_FSTRING) {
            fstring(P, t, &parts);
        } else if (t->v.str.n) {
            vm_node *c = vm_node_new(P->a, VM_N_Constant, t->line, t->col, t->end_line, t->end_col);
            if (!c) nomem(P);
            c->u.Constant.kind = VM_CONST_STR;
            c->u.Constant.s = t->v.str.s;
            c->u.Constant.n = t->v.str.n;
            vpush(P, &parts, c);
        }
    }
    /* merge adjacent literal pieces, as CPython does */
    vec merged = { 0 };
    for (int k = 0; k < parts.n; k++) {
        vm_node *x = parts.items[k];
        vm_node *last = merged.n ? merged.items[merged.n - 1] : NULL;
        if (x->kind == VM_N_Constant && last && last->kind == VM_N_Constant) {
            size_t nn = last->u.Constant.n + x->u.Constant.n;
            char *s = vm_arena_alloc(P->a, nn + 1);
            if (!s) nomem(P);
            memcpy(s, last->u.Constant.s, last->u.Constant.n);
            memcpy(s + last->u.Constant.n, x->u.Constant.s, x->u.Constant.n);
            vm_node *c = vm_node_new(P->a, VM_N_Constant, last->line, last->col, x->end_line, x->end_col);
            if (!c) nomem(P);
            c->u.Constant.kind = VM_CONST_STR;
            c->u.Constant.s = s;
            c->u.Constant.n = nn;
            merged.items[merged.n - 1] = c;
        } else {
            vpush(P, &merged, x);
        }
    }
    vm_node *n = node_at(P, VM_N_JoinedStr, first);
    n->u.JoinedStr.values = vlist(merged);
    /* CPython gives the pieces of a JoinedStr the position of the whole */
    for (int k = 0; k < merged.n; k++) {
        vm_node *x = merged.items[k];
        if (x->kind == VM_N_Constant) {
            x->line = n->line; x->col = n->col; x->end_line = n->end_line; x->end_col = n->end_col;
        }
    }
    return n;
}

/* after an element inside brackets: another expression start means a comma is missing */
static bool starts_expression(vm_tok k)
{
    switch (k) {
    case VM_TOK_NAME: case VM_TOK_INT: case VM_TOK_FLOAT: case VM_TOK_IMAG: case VM_TOK_STRING:
    case VM_TOK_LPAR: case VM_TOK_LSQB: case VM_TOK_LBRACE: case VM_TOK_NONE: case VM_TOK_TRUE:
    case VM_TOK_FALSE: case VM_TOK_LAMBDA: case VM_TOK_TILDE:
        return true;
    default:
        return false;
    }
}

static void check_comma(parser *P, vm_node *elt)
{
    vm_tok k = kind(P);
    if (!starts_expression(k)) return;
    if (elt->kind == VM_N_Name && k == VM_TOK_STRING) return;   /* CPython excludes NAME STRING */
    /* find the end of the following expression for the range, as CPython */
    int save = P->pos;
    vm_node *nx = NULL;
    jmp_buf *outer = P->jb, here;
    vm_syntax_error saved = *P->err;
    P->jb = &here;
    if (setjmp(here) == 0) nx = expression(P);
    P->jb = outer;
    *P->err = saved;
    P->pos = save;
    if (!nx) return;
    raise_at(P, VM_SYNERR_SYNTAX, elt->line, elt->col, nx->end_line, nx->end_col,
             "invalid syntax. Perhaps you forgot a comma?");
}

/* comprehension clause: 'for' targets 'in' disjunction ('if' disjunction)* */
static vm_node *comp_for(parser *P)
{
    vm_token *f = expect(P, VM_TOK_FOR);
    vm_node *target = target_list(P, T_COMP);
    expect(P, VM_TOK_IN);
    vm_node *iter = boolop(P, true);   /* CPython: a disjunction */
    vec ifs = { 0 };
    while (kind(P) == VM_TOK_IF) {
        advance(P);
        vpush(P, &ifs, expression(P));
        vm_node *last = ifs.items[ifs.n - 1];
        if (last->kind == VM_N_IfExp || last->kind == VM_N_Lambda) invalid(P);
    }
    if (kind(P) == VM_TOK_FOR) unsupported(P, peek(P)->line, peek(P)->col, "nested comprehensions (more than one 'for')");
    if (kind(P) == VM_TOK_ASYNC) unsupported(P, peek(P)->line, peek(P)->col, "async comprehensions");
    vm_node *c = node_at(P, VM_N_comprehension, f);
    c->u.comprehension.target = target;
    c->u.comprehension.iter = iter;
    c->u.comprehension.ifs = vlist(ifs);
    return c;
}

static vm_node *paren_or_tuple(parser *P)
{
    vm_token *open = advance(P);
    P->bracket++;
    if (kind(P) == VM_TOK_RPAR) {
        advance(P);
        P->bracket--;
        vm_node *n = node_at(P, VM_N_Tuple, open);
        return n;
    }
    if (kind(P) == VM_TOK_YIELD) unsupported(P, peek(P)->line, peek(P)->col, "yield expressions");
    vec v = { 0 };
    bool comma = false;
    for (;;) {
        vm_node *x;
        if (kind(P) == VM_TOK_STAR) {
            vm_token *s = advance(P);
            vm_node *val = bitwise_or(P);
            x = node_at(P, VM_N_Starred, s);
            x->u.Starred.value = val;
        } else {
            x = named_expression(P);
        }
        if (v.n == 0 && kind(P) == VM_TOK_FOR)
            unsupported(P, x->line, x->col, "generator expressions");
        vpush(P, &v, x);
        check_comma(P, x);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
        comma = true;
        if (kind(P) == VM_TOK_RPAR) break;
    }
    expect(P, VM_TOK_RPAR);
    P->bracket--;
    if (!comma) {
        vm_node *x = v.items[0];
        if (x->kind == VM_N_Starred) raise_node(P, VM_SYNERR_SYNTAX, x, "cannot use starred expression here");
        return x;   /* CPython keeps the inner expression's position */
    }
    vm_node *n = node_at(P, VM_N_Tuple, open);
    n->u.Tuple.elts = vlist(v);
    return n;
}

static vm_node *list_display(parser *P)
{
    vm_token *open = advance(P);
    P->bracket++;
    vec v = { 0 };
    while (kind(P) != VM_TOK_RSQB) {
        if (kind(P) == VM_TOK_STAR) unsupported(P, peek(P)->line, peek(P)->col, "starred expressions in list displays");
        vm_node *x = named_expression(P);
        if (v.n == 0 && kind(P) == VM_TOK_FOR) {
            vm_node *gen = comp_for(P);
            expect(P, VM_TOK_RSQB);
            P->bracket--;
            vm_node *n = node_at(P, VM_N_ListComp, open);
            n->u.ListComp.elt = x;
            n->u.ListComp.gen = gen;
            return n;
        }
        vpush(P, &v, x);
        check_comma(P, x);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
    }
    expect(P, VM_TOK_RSQB);
    P->bracket--;
    vm_node *n = node_at(P, VM_N_List, open);
    n->u.List.elts = vlist(v);
    return n;
}

static vm_node *dict_display(parser *P)
{
    vm_token *open = advance(P);
    P->bracket++;
    vec keys = { 0 }, vals = { 0 };
    while (kind(P) != VM_TOK_RBRACE) {
        if (kind(P) == VM_TOK_DOUBLESTAR) unsupported(P, peek(P)->line, peek(P)->col, "dict unpacking (**)");
        if (kind(P) == VM_TOK_STAR) unsupported(P, peek(P)->line, peek(P)->col, "set displays");
        vm_node *k = expression(P);
        if (kind(P) != VM_TOK_COLON) {
            if (keys.n == 0 && (kind(P) == VM_TOK_COMMA || kind(P) == VM_TOK_RBRACE))
                unsupported(P, open->line, open->col, "set displays");
            if (keys.n == 0 && kind(P) == VM_TOK_FOR)
                unsupported(P, open->line, open->col, "set comprehensions");
            if (kind(P) == VM_TOK_COMMA || kind(P) == VM_TOK_RBRACE)
                raise_at(P, VM_SYNERR_SYNTAX, k->line, k->col, k->line, -1, "':' expected after dictionary key");
            invalid(P);
        }
        advance(P);
        vm_node *v = expression(P);
        if (keys.n == 0 && kind(P) == VM_TOK_FOR) {
            vm_node *gen = comp_for(P);
            expect(P, VM_TOK_RBRACE);
            P->bracket--;
            vm_node *n = node_at(P, VM_N_DictComp, open);
            n->u.DictComp.key = k;
            n->u.DictComp.value = v;
            n->u.DictComp.gen = gen;
            return n;
        }
        vpush(P, &keys, k);
        vpush(P, &vals, v);
        check_comma(P, v);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
    }
    expect(P, VM_TOK_RBRACE);
    P->bracket--;
    vm_node *n = node_at(P, VM_N_Dict, open);
    n->u.Dict.keys = vlist(keys);
    n->u.Dict.values = vlist(vals);
    return n;
}

static vm_node *atom(parser *P)
{
    vm_token *t = peek(P);
    switch (t->kind) {
    case VM_TOK_NAME: {
        advance(P);
        vm_node *n = node_at(P, VM_N_Name, t);
        n->u.Name.id = ident(P, t);
        return n;
    }
    case VM_TOK_TRUE: advance(P); return constant(P, t, VM_CONST_TRUE);
    case VM_TOK_FALSE: advance(P); return constant(P, t, VM_CONST_FALSE);
    case VM_TOK_NONE: advance(P); return constant(P, t, VM_CONST_NONE);
    case VM_TOK_INT: {
        advance(P);
        vm_node *n;
        if (t->flags & VM_TOKF_OVERFLOW) {
            n = constant(P, t, VM_CONST_BIGINT);
            n->u.Constant.s = ident(P, t);
            n->u.Constant.n = t->len;
        } else {
            n = constant(P, t, VM_CONST_INT);
            n->u.Constant.i = t->v.i;
        }
        return n;
    }
    case VM_TOK_FLOAT: {
        advance(P);
        vm_node *n = constant(P, t, VM_CONST_FLOAT);
        n->u.Constant.f = t->v.f;
        return n;
    }
    case VM_TOK_IMAG: unsupported(P, t->line, t->col, "complex numbers");
    case VM_TOK_STRING: return strings(P);
    case VM_TOK_LPAR: return paren_or_tuple(P);
    case VM_TOK_LSQB: return list_display(P);
    case VM_TOK_LBRACE: return dict_display(P);
    case VM_TOK_ELLIPSIS: unsupported(P, t->line, t->col, "Ellipsis literals (...)");
    case VM_TOK_YIELD: unsupported(P, t->line, t->col, "yield expressions");
    case VM_TOK_AWAIT: unsupported(P, t->line, t->col, "await expressions");
    default: invalid(P);
    }
}

/* ---- primaries ----------------------------------------------------------- */

static vm_node *call_args(parser *P, vm_node *func)
{
    vm_token *open = advance(P);
    (void)open;
    P->bracket++;
    vec args = { 0 }, kws = { 0 };
    vm_node *late_positional = NULL;
    while (kind(P) != VM_TOK_RPAR) {
        vm_token *s = peek(P);
        if (kind(P) == VM_TOK_DOUBLESTAR) {
            advance(P);
            expression(P);
            unsupported(P, s->line, s->col, "keyword argument unpacking (**)");
        }
        if (kind(P) == VM_TOK_STAR) {
            advance(P);
            vm_node *val = expression(P);
            vm_node *x = node_at(P, VM_N_Starred, s);
            x->u.Starred.value = val;
            vpush(P, &args, x);
        } else if (kind(P) == VM_TOK_NAME && peek_at(P, 1)->kind == VM_TOK_EQUAL) {
            advance(P);
            advance(P);
            vm_node *val = expression(P);
            vm_node *k = node_at(P, VM_N_keyword, s);
            k->u.keyword.arg = ident(P, s);
            k->u.keyword.value = val;
            vpush(P, &kws, k);
        } else {
            vm_node *x = named_expression(P);
            if (kind(P) == VM_TOK_EQUAL) {
                vm_token *eq = peek(P);
                if (x->kind == VM_N_Constant && x->u.Constant.kind <= VM_CONST_FALSE)
                    raise_node(P, VM_SYNERR_SYNTAX, x, "cannot assign to %s", expr_name(x));
                raise_at(P, VM_SYNERR_SYNTAX, x->line, x->col, eq->end_line, eq->end_col,
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (kind(P) == VM_TOK_FOR) {
                if (args.n || kws.n)
                    raise_node(P, VM_SYNERR_SYNTAX, x, "Generator expression must be parenthesized");
                vm_node *gen = comp_for(P);
                if (kind(P) == VM_TOK_COMMA && peek_at(P, 1)->kind != VM_TOK_RPAR)
                    raise_at(P, VM_SYNERR_SYNTAX, x->line, x->col, gen->end_line, gen->end_col,
                             "Generator expression must be parenthesized");
                unsupported(P, x->line, x->col, "generator expressions");
            }
            if (kws.n && !late_positional) late_positional = x;
            vpush(P, &args, x);
            check_comma(P, x);
        }
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
    }
    if (late_positional) {
        vm_token *t = peek(P);
        raise_tok(P, VM_SYNERR_SYNTAX, t, "positional argument follows keyword argument");
    }
    expect(P, VM_TOK_RPAR);
    P->bracket--;
    vm_node *n = node_from(P, VM_N_Call, func);
    n->u.Call.func = func;
    n->u.Call.args = vlist(args);
    n->u.Call.keywords = vlist(kws);
    return n;
}

static vm_node *slice_item(parser *P)
{
    vm_token *s = peek(P);
    vm_node *lower = NULL, *upper = NULL, *step = NULL;
    if (kind(P) != VM_TOK_COLON) {
        if (kind(P) == VM_TOK_STAR) unsupported(P, s->line, s->col, "starred subscripts");
        lower = named_expression(P);
        if (kind(P) != VM_TOK_COLON) return lower;
    }
    advance(P);
    if (kind(P) != VM_TOK_COLON && kind(P) != VM_TOK_RSQB && kind(P) != VM_TOK_COMMA) upper = expression(P);
    if (accept(P, VM_TOK_COLON)) {
        if (kind(P) != VM_TOK_RSQB && kind(P) != VM_TOK_COMMA) step = expression(P);
    }
    vm_node *n = node_at(P, VM_N_Slice, s);
    n->u.Slice.lower = lower;
    n->u.Slice.upper = upper;
    n->u.Slice.step = step;
    return n;
}

static vm_node *subscript(parser *P, vm_node *value)
{
    advance(P);
    P->bracket++;
    vm_token *s = peek(P);
    vec v = { 0 };
    bool comma = false;
    for (;;) {
        vpush(P, &v, slice_item(P));
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
        comma = true;
        if (kind(P) == VM_TOK_RSQB) break;
    }
    vm_node *idx = v.items[0];
    if (comma) {
        idx = node_at(P, VM_N_Tuple, s);
        idx->u.Tuple.elts = vlist(v);
    }
    expect(P, VM_TOK_RSQB);
    P->bracket--;
    vm_node *n = node_from(P, VM_N_Subscript, value);
    n->u.Subscript.value = value;
    n->u.Subscript.slice = idx;
    return n;
}

static vm_node *primary(parser *P)
{
    enter(P);
    vm_node *e = atom(P);
    for (;;) {
        vm_tok k = kind(P);
        if (k == VM_TOK_DOT) {
            advance(P);
            vm_token *name = expect_name(P);
            vm_node *n = node_from(P, VM_N_Attribute, e);
            n->u.Attribute.value = e;
            n->u.Attribute.attr = ident(P, name);
            e = n;
        } else if (k == VM_TOK_LPAR) {
            e = call_args(P, e);
        } else if (k == VM_TOK_LSQB) {
            e = subscript(P, e);
        } else {
            break;
        }
    }
    leave(P);
    return e;
}

/* ---- operators ------------------------------------------------------------ */

static vm_node *factor(parser *P);

static vm_node *power(parser *P)
{
    if (kind(P) == VM_TOK_AWAIT) unsupported(P, peek(P)->line, peek(P)->col, "await expressions");
    vm_node *base = primary(P);
    if (kind(P) == VM_TOK_DOUBLESTAR) {
        advance(P);
        vm_node *exp = factor(P);
        vm_node *n = node_from(P, VM_N_BinOp, base);
        n->u.BinOp.left = base;
        n->u.BinOp.op = VM_OP_POW;
        n->u.BinOp.right = exp;
        return n;
    }
    return base;
}

static vm_node *factor(parser *P)
{
    vm_token *t = peek(P);
    vm_unaryop op;
    switch (t->kind) {
    case VM_TOK_PLUS: op = VM_UOP_UADD; break;
    case VM_TOK_MINUS: op = VM_UOP_USUB; break;
    case VM_TOK_TILDE: op = VM_UOP_INVERT; break;
    default: return power(P);
    }
    enter(P);
    advance(P);
    vm_node *x = factor(P);
    vm_node *n = node_at(P, VM_N_UnaryOp, t);
    n->u.UnaryOp.op = op;
    n->u.UnaryOp.operand = x;
    leave(P);
    return n;
}

/* binary operator levels, lowest first: | ^ & shifts +- * */
static int binop_level(vm_tok k, vm_operator *op)
{
    switch (k) {
    case VM_TOK_VBAR: *op = VM_OP_BITOR; return 0;
    case VM_TOK_CIRCUMFLEX: *op = VM_OP_BITXOR; return 1;
    case VM_TOK_AMPER: *op = VM_OP_BITAND; return 2;
    case VM_TOK_LEFTSHIFT: *op = VM_OP_LSHIFT; return 3;
    case VM_TOK_RIGHTSHIFT: *op = VM_OP_RSHIFT; return 3;
    case VM_TOK_PLUS: *op = VM_OP_ADD; return 4;
    case VM_TOK_MINUS: *op = VM_OP_SUB; return 4;
    case VM_TOK_STAR: *op = VM_OP_MULT; return 5;
    case VM_TOK_SLASH: *op = VM_OP_DIV; return 5;
    case VM_TOK_DOUBLESLASH: *op = VM_OP_FLOORDIV; return 5;
    case VM_TOK_PERCENT: *op = VM_OP_MOD; return 5;
    case VM_TOK_AT: return 6;   /* matrix multiplication: rejected */
    default: return -1;
    }
}

/* precedence climbing over the left-associative binary operators */
static vm_node *binary(parser *P, int min_level)
{
    enter(P);
    vm_node *left = factor(P);
    for (;;) {
        vm_operator op = VM_OP_ADD;
        int lvl = binop_level(kind(P), &op);
        if (lvl < min_level) break;
        if (lvl == 6) unsupported(P, peek(P)->line, peek(P)->col, "the @ operator");
        advance(P);
        vm_node *right = binary(P, lvl + 1);
        vm_node *n = node_from(P, VM_N_BinOp, left);
        n->u.BinOp.left = left;
        n->u.BinOp.op = op;
        n->u.BinOp.right = right;
        left = n;
    }
    leave(P);
    return left;
}

static vm_node *bitwise_or(parser *P) { return binary(P, 0); }

static bool cmp_op(parser *P, vm_cmpop *op)
{
    switch (kind(P)) {
    case VM_TOK_EQEQUAL: *op = VM_CMP_EQ; break;
    case VM_TOK_NOTEQUAL: *op = VM_CMP_NOTEQ; break;
    case VM_TOK_LESS: *op = VM_CMP_LT; break;
    case VM_TOK_LESSEQUAL: *op = VM_CMP_LTE; break;
    case VM_TOK_GREATER: *op = VM_CMP_GT; break;
    case VM_TOK_GREATEREQUAL: *op = VM_CMP_GTE; break;
    case VM_TOK_IN: *op = VM_CMP_IN; break;
    case VM_TOK_IS:
        advance(P);
        if (accept(P, VM_TOK_NOT)) *op = VM_CMP_ISNOT; else *op = VM_CMP_IS;
        return true;
    case VM_TOK_NOT:
        if (peek_at(P, 1)->kind != VM_TOK_IN) return false;
        advance(P);
        *op = VM_CMP_NOTIN;
        break;
    default: return false;
    }
    advance(P);
    return true;
}

static vm_node *comparison(parser *P)
{
    vm_node *left = bitwise_or(P);
    vm_cmpop op;
    vm_cmpop ops[64];
    vec comps = { 0 };
    int nops = 0;
    vm_cmpop *opsv = ops;
    int cap = 64;
    while (cmp_op(P, &op)) {
        if (nops == cap) {
            vm_cmpop *o = vm_arena_alloc(P->a, (size_t)cap * 2 * sizeof *o);
            if (!o) nomem(P);
            memcpy(o, opsv, (size_t)nops * sizeof *o);
            opsv = o;
            cap *= 2;
        }
        opsv[nops++] = op;
        vpush(P, &comps, bitwise_or(P));
    }
    if (!nops) return left;
    vm_node *n = node_from(P, VM_N_Compare, left);
    n->u.Compare.left = left;
    n->u.Compare.ops = vm_arena_alloc(P->a, (size_t)nops * sizeof(vm_cmpop));
    if (!n->u.Compare.ops) nomem(P);
    memcpy(n->u.Compare.ops, opsv, (size_t)nops * sizeof(vm_cmpop));
    n->u.Compare.comparators = vlist(comps);
    return n;
}

static vm_node *inversion(parser *P)
{
    if (kind(P) == VM_TOK_NOT) {
        enter(P);
        vm_token *t = advance(P);
        vm_node *x = inversion(P);
        vm_node *n = node_at(P, VM_N_UnaryOp, t);
        n->u.UnaryOp.op = VM_UOP_NOT;
        n->u.UnaryOp.operand = x;
        leave(P);
        return n;
    }
    return comparison(P);
}

static vm_node *boolop(parser *P, bool is_or)
{
    vm_node *first = is_or ? boolop(P, false) : inversion(P);
    vm_tok k = is_or ? VM_TOK_OR : VM_TOK_AND;
    if (kind(P) != k) return first;
    vec v = { 0 };
    vpush(P, &v, first);
    while (accept(P, k)) vpush(P, &v, is_or ? boolop(P, false) : inversion(P));
    vm_node *n = node_from(P, VM_N_BoolOp, first);
    n->u.BoolOp.op = is_or ? VM_BOOL_OR : VM_BOOL_AND;
    n->u.BoolOp.values = vlist(v);
    return n;
}

static vm_node *lambda(parser *P)
{
    vm_token *t = advance(P);
    vm_node *args = arguments(P, true);
    expect(P, VM_TOK_COLON);
    int f = P->in_func, l = P->in_loop;
    P->in_func = 1; P->in_loop = 0;
    vm_node *body = expression(P);
    P->in_func = f; P->in_loop = l;
    vm_node *n = node_at(P, VM_N_Lambda, t);
    n->u.Lambda.args = args;
    n->u.Lambda.body = body;
    return n;
}

static vm_node *expression(parser *P)
{
    if (kind(P) == VM_TOK_LAMBDA) return lambda(P);
    enter(P);
    vm_node *body = boolop(P, true);
    if (kind(P) == VM_TOK_IF) {
        advance(P);
        vm_node *test = boolop(P, true);
        if (kind(P) != VM_TOK_ELSE) {
            if (kind(P) != VM_TOK_COLON)
                raise_at(P, VM_SYNERR_SYNTAX, body->line, body->col, test->end_line, test->end_col,
                         "expected 'else' after 'if' expression");
            invalid(P);
        }
        advance(P);
        vm_node *orelse = expression(P);
        vm_node *n = node_from(P, VM_N_IfExp, body);
        n->u.IfExp.test = test;
        n->u.IfExp.body = body;
        n->u.IfExp.orelse = orelse;
        body = n;
    }
    leave(P);
    return body;
}

/* an expression where CPython also accepts NAME := expr */
static vm_node *named_expression(parser *P)
{
    vm_node *e = expression(P);
    if (kind(P) == VM_TOK_COLONEQUAL) {
        if (e->kind != VM_N_Name)
            raise_node(P, VM_SYNERR_SYNTAX, e, "cannot use assignment expressions with %s", expr_name(e));
        unsupported(P, e->line, e->col, "assignment expressions (:=)");
    }
    return e;
}

static vm_node *star_expression(parser *P)
{
    if (kind(P) == VM_TOK_STAR) {
        vm_token *s = advance(P);
        vm_node *val = bitwise_or(P);
        vm_node *x = node_at(P, VM_N_Starred, s);
        x->u.Starred.value = val;
        return x;
    }
    return expression(P);
}

/* a, b, *c  -> Tuple when there is a comma */
static vm_node *star_expressions(parser *P)
{
    vm_node *first = star_expression(P);
    if (kind(P) != VM_TOK_COMMA) return first;
    vec v = { 0 };
    vpush(P, &v, first);
    while (accept(P, VM_TOK_COMMA)) {
        vm_tok k = kind(P);
        if (!starts_expression(k) && k != VM_TOK_STAR && k != VM_TOK_MINUS && k != VM_TOK_PLUS &&
            k != VM_TOK_NOT && k != VM_TOK_ELLIPSIS && k != VM_TOK_YIELD && k != VM_TOK_AWAIT)
            break;
        vpush(P, &v, star_expression(P));
    }
    vm_node *n = node_from(P, VM_N_Tuple, first);
    n->u.Tuple.elts = vlist(v);
    return n;
}

/* a bare starred value outside a tuple/call is an error in CPython */
static void no_bare_star(parser *P, vm_node *e)
{
    if (e && e->kind == VM_N_Starred) raise_node(P, VM_SYNERR_SYNTAX, e, "can't use starred expression here");
    if (e && e->kind == VM_N_Tuple)
        for (int i = 0; i < e->u.Tuple.elts.n; i++)
            if (e->u.Tuple.elts.items[i]->kind == VM_N_Starred)
                unsupported(P, e->u.Tuple.elts.items[i]->line, e->u.Tuple.elts.items[i]->col,
                            "starred expressions in tuple displays");
}


/* ---- parameters ---------------------------------------------------------- */

static vm_node *new_arg(parser *P, vm_token *name)
{
    vm_node *a = vm_node_new(P->a, VM_N_arg, name->line, name->col, name->end_line, name->end_col);
    if (!a) nomem(P);
    a->u.arg.arg = ident(P, name);
    return a;
}

static void check_dup(parser *P, vec *seen, vm_node *a)
{
    for (int i = 0; i < seen->n; i++)
        if (strcmp(seen->items[i]->u.arg.arg, a->u.arg.arg) == 0)
            late(P, &P->late_sym, a->line, a->col, a->end_line, a->end_col,
                 "duplicate argument '%s' in function definition", a->u.arg.arg);
    vpush(P, seen, a);
}

/* def/lambda parameters, up to (not including) ')' or ':' */
static vm_node *arguments(parser *P, bool lambda)
{
    vm_tok end = lambda ? VM_TOK_COLON : VM_TOK_RPAR;
    vm_token *st = peek(P);
    vec args = { 0 }, defaults = { 0 }, kwonly = { 0 }, kwdefaults = { 0 }, seen = { 0 };
    vm_node *vararg = NULL;
    bool star = false;
    vm_token *star_tok = NULL;
    while (kind(P) != end) {
        vm_token *t = peek(P);
        if (t->kind == VM_TOK_DOUBLESTAR) {
            if (star && !vararg && !kwonly.n)
                raise_tok(P, VM_SYNERR_SYNTAX, star_tok, "named arguments must follow bare *");
            advance(P);
            expect_name(P);
            unsupported(P, t->line, t->col, "**kwargs parameters");
        }
        if (t->kind == VM_TOK_SLASH) unsupported(P, t->line, t->col, "positional-only parameters");
        if (t->kind == VM_TOK_STAR) {
            if (star) raise_tok(P, VM_SYNERR_SYNTAX, t, "* argument may appear only once");
            star_tok = advance(P);
            star = true;
            if (kind(P) == VM_TOK_NAME) {
                vararg = new_arg(P, advance(P));
                check_dup(P, &seen, vararg);
                if (!lambda && kind(P) == VM_TOK_COLON) unsupported(P, peek(P)->line, peek(P)->col, "annotations");
            } else if (kind(P) != VM_TOK_COMMA) {
                raise_tok(P, VM_SYNERR_SYNTAX, t, "named arguments must follow bare *");
            }
        } else if (t->kind == VM_TOK_NAME) {
            vm_node *a = new_arg(P, advance(P));
            check_dup(P, &seen, a);
            if (!lambda && kind(P) == VM_TOK_COLON) unsupported(P, peek(P)->line, peek(P)->col, "annotations");
            vm_node *def = NULL;
            if (accept(P, VM_TOK_EQUAL)) def = expression(P);
            if (!star) {
                if (def) vpush(P, &defaults, def);
                else if (defaults.n)
                    raise_node(P, VM_SYNERR_SYNTAX, a, "non-default argument follows default argument");
                vpush(P, &args, a);
            } else {
                vpush(P, &kwonly, a);
                vpush(P, &kwdefaults, def);
            }
        } else {
            invalid(P);
        }
        if (kind(P) != VM_TOK_COMMA) break;
        vm_token *comma = advance(P);
        if (star && !vararg && !kwonly.n && kind(P) == end)
            raise_tok(P, VM_SYNERR_SYNTAX, comma, "named arguments must follow bare *");
    }
    if (star && !vararg && !kwonly.n)
        raise_tok(P, VM_SYNERR_SYNTAX, peek(P), "named arguments must follow bare *");
    vm_node *n = (P->pos > 0 && &P->t[P->pos] != st) ? node_at(P, VM_N_arguments, st)
               : vm_node_new(P->a, VM_N_arguments, st->line, st->col, st->line, st->col);
    if (!n) nomem(P);
    n->u.arguments.args = vlist(args);
    n->u.arguments.defaults = vlist(defaults);
    n->u.arguments.vararg = vararg;
    n->u.arguments.kwonlyargs = vlist(kwonly);
    n->u.arguments.kw_defaults = vlist(kwdefaults);
    return n;
}

/* ---- f-strings ------------------------------------------------------------- */

/* Position of byte i of an f-string body that starts at (line, col). */
static void body_pos(const char *s, size_t i, int line, int col, int *ol, int *oc)
{
    for (size_t k = 0; k < i; k++) {
        if (s[k] == '\n') { line++; col = 0; } else col++;
    }
    *ol = line; *oc = col;
}

typedef struct fctx { vm_token *tok; const char *s; int line, col; bool raw; } fctx;

static _Noreturn void fstr_error(parser *P, fctx *F, const char *msg)
{
    vm_token *t = F->tok;
    raise_at(P, VM_SYNERR_SYNTAX, t->end_line, t->end_col, t->end_line, t->end_col, "%s", msg);
}

static void flit(parser *P, fctx *F, vec *parts, size_t from, size_t to)
{
    if (to <= from) return;
    char msg[200];
    size_t bad;
    const char *o;
    size_t on;
    if (vm_decode_string(P->a, F->s + from, to - from, F->raw, &o, &on, msg, sizeof msg, &bad) < 0) {
        if (bad == (size_t)-1) unsupported(P, F->tok->line, F->tok->col, "\\N{...} escapes");
        fstr_error(P, F, msg);
    }
    if (!on) return;
    vm_node *c = vm_node_new(P->a, VM_N_Constant, F->tok->line, F->tok->col, F->tok->end_line, F->tok->end_col);
    if (!c) nomem(P);
    c->u.Constant.kind = VM_CONST_STR;
    c->u.Constant.s = o;
    c->u.Constant.n = on;
    vpush(P, parts, c);
}

static vm_node *field_expr(parser *P, fctx *F, size_t from, size_t to)
{
    bool blank = true;
    for (size_t k = from; k < to; k++)
        if (F->s[k] != ' ' && F->s[k] != '\t' && F->s[k] != '\n' && F->s[k] != '\r') blank = false;
    if (blank) fstr_error(P, F, "f-string: empty expression not allowed");
    int line, col;
    body_pos(F->s, from, F->line, F->col, &line, &col);
    vm_token_array ta;
    if (vm_tokenize_field(P->a, F->s + from, to - from, P->filename, line, col, &ta) < 0 && ta.n == 0) nomem(P);
    parser sub = *P;
    sub.t = ta.toks; sub.n = ta.n; sub.pos = 0; sub.ta = &ta; sub.bracket = 1; sub.is_field = true;
    jmp_buf here;
    sub.jb = &here;
    vm_node *volatile e = NULL;
    if (setjmp(here) == 0) {
        e = star_expressions(&sub);
        if (sub.t[sub.pos].kind != VM_TOK_ENDMARKER) invalid(&sub);
    } else {
        if (P->err->kind == VM_SYNERR_SYNTAX && strncmp(P->err->msg, "f-string", 8) != 0) {
            char m[VM_SYNERR_MSG_MAX];
            snprintf(m, sizeof m, "f-string: %.240s", P->err->msg);
            memcpy(P->err->msg, m, sizeof m);
        }
        longjmp(*P->jb, 1);
    }
    P->late_sym = sub.late_sym;
    P->late_comp = sub.late_comp;
    if (e->kind == VM_N_Starred) raise_node(P, VM_SYNERR_SYNTAX, e, "f-string: can't use starred expression here");
    return e;
}

static void fstring_body(parser *P, fctx *F, size_t i, size_t n, vec *parts, int nest)
{
    const char *s = F->s;
    size_t lit = i;
    while (i < n) {
        char c = s[i];
        if (c == '\\' && !F->raw && i + 1 < n && s[i + 1] != '{' && s[i + 1] != '}') { i += 2; continue; }
        if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') { flit(P, F, parts, lit, i + 1); i += 2; lit = i; continue; }
            fstr_error(P, F, "f-string: single '}' is not allowed");
        }
        if (c != '{') { i++; continue; }
        if (i + 1 < n && s[i + 1] == '{') { flit(P, F, parts, lit, i + 1); i += 2; lit = i; continue; }
        flit(P, F, parts, lit, i);
        if (nest >= 2) fstr_error(P, F, "f-string: expressions nested too deeply");
        /* the expression runs to a top-level '!', ':' or '}' */
        size_t j = i + 1;
        int depth = 0;
        char q = 0;
        for (; j < n; j++) {
            char ch = s[j];
            if (q) { if (ch == q) q = 0; continue; }
            if (ch == '\\') fstr_error(P, F, "f-string expression part cannot include a backslash");
            if (ch == '\'' || ch == '"') { q = ch; continue; }
            if (ch == '#') fstr_error(P, F, "f-string expression part cannot include '#'");
            if (ch == '(' || ch == '[' || ch == '{') { depth++; continue; }
            if (ch == ')' || ch == ']' || ch == '}') {
                if (depth == 0 && ch == '}') break;
                if (depth == 0) {
                    char m[64];
                    snprintf(m, sizeof m, "f-string: unmatched '%c'", ch);
                    fstr_error(P, F, m);
                }
                depth--;
                continue;
            }
            if (depth == 0 && ch == '!' && !(j + 1 < n && s[j + 1] == '=')) break;
            if (depth == 0 && ch == ':') break;
            if (depth == 0 && ch == '=' && !(j + 1 < n && s[j + 1] == '=') && j > i + 1 &&
                !strchr("=!<>", s[j - 1])) {
                vm_token *t = F->tok;
                unsupported(P, t->line, t->col, "f-string '=' specifiers");
            }
        }
        if (j >= n || q) fstr_error(P, F, "f-string: expecting '}'");
        vm_node *e = field_expr(P, F, i + 1, j);
        int conv = -1;
        if (s[j] == '!') {
            j++;
            if (j >= n) fstr_error(P, F, "f-string: expecting '}'");
            if (s[j] != 's' && s[j] != 'r' && s[j] != 'a')
                fstr_error(P, F, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            conv = s[j++];
        }
        vm_node *spec = NULL;
        if (j < n && s[j] == ':') {
            size_t k = j + 1;
            int d = 0;
            for (; k < n; k++) {
                if (s[k] == '{') d++;
                else if (s[k] == '}') { if (d == 0) break; d--; }
            }
            if (k >= n) fstr_error(P, F, "f-string: expecting '}'");
            vec sp = { 0 };
            fstring_body(P, F, j + 1, k, &sp, nest + 1);
            vm_token *t = F->tok;
            spec = vm_node_new(P->a, VM_N_JoinedStr, t->line, t->col, t->end_line, t->end_col);
            if (!spec) nomem(P);
            spec->u.JoinedStr.values = vlist(sp);
            j = k;
        }
        if (j >= n || s[j] != '}') fstr_error(P, F, "f-string: expecting '}'");
        vm_token *t = F->tok;
        vm_node *fv = vm_node_new(P->a, VM_N_FormattedValue, t->line, t->col, t->end_line, t->end_col);
        if (!fv) nomem(P);
        fv->u.FormattedValue.value = e;
        fv->u.FormattedValue.conversion = conv;
        fv->u.FormattedValue.format_spec = spec;
        vpush(P, parts, fv);
        i = j + 1;
        lit = i;
    }
    flit(P, F, parts, lit, n);
}

static vm_node *fstring(parser *P, vm_token *t, vec *parts)
{
    fctx F;
    F.tok = t;
    F.s = t->v.str.s;
    F.raw = (t->flags & VM_TOKF_RAW) != 0;
    /* the body starts after the prefix and the opening quote(s) */
    int skip = (int)(t->v.str.s - t->start);
    body_pos(t->start, (size_t)skip, t->line, t->col, &F.line, &F.col);
    fstring_body(P, &F, 0, t->v.str.n, parts, 0);
    return NULL;
}

/* ---- statements --------------------------------------------------------------- */

static void statement(parser *P, vec *out);

/* give a compound statement the end of its last child statement */
static void end_at(vm_node *n, vm_list l)
{
    if (l.n) {
        vm_node *last = l.items[l.n - 1];
        n->end_line = last->end_line;
        n->end_col = last->end_col;
    }
}

static vm_node *new_stmt(parser *P, vm_node_kind k, vm_token *start)
{
    vm_node *n = vm_node_new(P->a, k, start->line, start->col, start->end_line, start->end_col);
    if (!n) nomem(P);
    return n;
}

static bool simple_stmt_end(vm_tok k) { return k == VM_TOK_NEWLINE || k == VM_TOK_SEMI; }

static vm_node *simple_stmt(parser *P)
{
    vm_token *t = peek(P);
    vm_node *n;
    switch (t->kind) {
    case VM_TOK_PASS: advance(P); return node_at(P, VM_N_Pass, t);
    case VM_TOK_BREAK:
        advance(P);
        n = node_at(P, VM_N_Break, t);
        if (!P->in_loop) late(P, &P->late_comp, n->line, n->col, n->end_line, n->end_col, "'break' outside loop");
        return n;
    case VM_TOK_CONTINUE:
        advance(P);
        n = node_at(P, VM_N_Continue, t);
        if (!P->in_loop) late(P, &P->late_comp, n->line, n->col, n->end_line, n->end_col, "'continue' not properly in loop");
        return n;
    case VM_TOK_RETURN: {
        advance(P);
        vm_node *v = NULL;
        if (!simple_stmt_end(kind(P)) && kind(P) != VM_TOK_ENDMARKER) {
            v = star_expressions(P);
            no_bare_star(P, v);
        }
        n = node_at(P, VM_N_Return, t);
        n->u.Return.value = v;
        if (!P->in_func) late(P, &P->late_comp, n->line, n->col, n->end_line, n->end_col, "'return' outside function");
        return n;
    }
    case VM_TOK_DEL: {
        advance(P);
        vm_node *tg = target_list(P, T_DEL);
        n = node_at(P, VM_N_Delete, t);
        vec v = { 0 };
        if (tg->kind == VM_N_Tuple && !(peek_at(P, -1)->kind == VM_TOK_RPAR && tg->col != t->col + 4)) {
            /* del a, b: several targets (a parenthesised tuple stays one) */
            for (int i = 0; i < tg->u.Tuple.elts.n; i++) vpush(P, &v, tg->u.Tuple.elts.items[i]);
        } else {
            vpush(P, &v, tg);
        }
        n->u.Delete.targets = vlist(v);
        return n;
    }
    case VM_TOK_GLOBAL: case VM_TOK_NONLOCAL: {
        advance(P);
        const char *names[256];
        const char **nv = names;
        int cnt = 0, cap = 256;
        do {
            vm_token *nm = expect_name(P);
            if (cnt == cap) {
                const char **x = vm_arena_alloc(P->a, (size_t)cap * 2 * sizeof *x);
                if (!x) nomem(P);
                memcpy(x, nv, (size_t)cnt * sizeof *x);
                nv = x; cap *= 2;
            }
            nv[cnt++] = ident(P, nm);
        } while (accept(P, VM_TOK_COMMA));
        n = node_at(P, t->kind == VM_TOK_GLOBAL ? VM_N_Global : VM_N_Nonlocal, t);
        n->u.Global.names = vm_arena_alloc(P->a, (size_t)cnt * sizeof(char *));
        if (!n->u.Global.names) nomem(P);
        memcpy(n->u.Global.names, nv, (size_t)cnt * sizeof(char *));
        n->u.Global.n = cnt;
        if (t->kind == VM_TOK_NONLOCAL && P->nscope == 0)
            late(P, &P->late_sym, n->line, n->col, n->end_line, n->end_col, "nonlocal declaration not allowed at module level");
        return n;
    }
    case VM_TOK_ASSERT: {
        advance(P);
        vm_node *test = expression(P), *msg = NULL;
        if (accept(P, VM_TOK_COMMA)) msg = expression(P);
        n = node_at(P, VM_N_Assert, t);
        n->u.Assert.test = test;
        n->u.Assert.msg = msg;
        return n;
    }
    case VM_TOK_RAISE: {
        advance(P);
        vm_node *exc = NULL, *cause = NULL;
        if (!simple_stmt_end(kind(P)) && kind(P) != VM_TOK_ENDMARKER) {
            exc = expression(P);
            if (accept(P, VM_TOK_FROM)) cause = expression(P);
        }
        n = node_at(P, VM_N_Raise, t);
        n->u.Raise.exc = exc;
        n->u.Raise.cause = cause;
        return n;
    }
    case VM_TOK_IMPORT: case VM_TOK_FROM: {
        advance(P);
        int level = 0;
        const char *module = NULL;
        if (t->kind == VM_TOK_FROM) {
            for (;;) {
                if (accept(P, VM_TOK_DOT)) level++;
                else if (accept(P, VM_TOK_ELLIPSIS)) level += 3;
                else break;
            }
            if (kind(P) == VM_TOK_NAME || level == 0) {
                vm_token *a = expect_name(P);
                while (kind(P) == VM_TOK_DOT) { advance(P); expect_name(P); }
                module = vm_arena_strndup(P->a, a->start, (size_t)(prev(P)->start + prev(P)->len - a->start));
                if (!module) nomem(P);
                /* drop blanks/continuations inside a dotted name */
                char *w = (char *)module;
                for (const char *r = module; *r; r++) if (*r == '.' || *r == '_' || (unsigned char)*r >= 128 ||
                     (*r >= '0' && *r <= '9') || ((*r | 0x20) >= 'a' && (*r | 0x20) <= 'z')) *w++ = *r;
                *w = '\0';
            }
            expect(P, VM_TOK_IMPORT);
            if (kind(P) == VM_TOK_STAR) unsupported(P, peek(P)->line, peek(P)->col, "'from ... import *'");
        }
        bool paren = t->kind == VM_TOK_FROM && accept(P, VM_TOK_LPAR);
        vec names = { 0 };
        do {
            if (paren && kind(P) == VM_TOK_RPAR && names.n) break;
            vm_token *a = expect_name(P);
            if (t->kind == VM_TOK_IMPORT)
                while (kind(P) == VM_TOK_DOT) { advance(P); expect_name(P); }
            vm_node *al = node_at(P, VM_N_alias, a);
            char *nm = vm_arena_strndup(P->a, a->start, (size_t)(prev(P)->start + prev(P)->len - a->start));
            if (!nm) nomem(P);
            char *w = nm;
            for (const char *r = nm; *r; r++) if (*r != ' ' && *r != '\t' && *r != '\\' && *r != '\n' && *r != '\r') *w++ = *r;
            *w = '\0';
            al->u.alias.name = nm;
            if (accept(P, VM_TOK_AS)) {
                vm_token *as = expect_name(P);
                al->u.alias.asname = ident(P, as);
                al->end_line = as->end_line;
                al->end_col = as->end_col;
            }
            vpush(P, &names, al);
        } while (accept(P, VM_TOK_COMMA));
        if (paren) expect(P, VM_TOK_RPAR);
        if (t->kind == VM_TOK_IMPORT) {
            n = node_at(P, VM_N_Import, t);
            n->u.Import.names = vlist(names);
        } else {
            n = node_at(P, VM_N_ImportFrom, t);
            n->u.ImportFrom.module = module;
            n->u.ImportFrom.names = vlist(names);
            n->u.ImportFrom.level = level;
        }
        return n;
    }
    case VM_TOK_YIELD: unsupported(P, t->line, t->col, "yield statements");
    case VM_TOK_AWAIT: unsupported(P, t->line, t->col, "await expressions");
    default: break;
    }
    /* expression statement, assignment, augmented assignment */
    vm_node *e = star_expressions(P);
    vm_token *op = peek(P);
    if (op->kind == VM_TOK_EQUAL) {
        vec targets = { 0 };
        while (kind(P) == VM_TOK_EQUAL) {
            set_target(P, e, T_ASSIGN, true);
            vpush(P, &targets, e);
            advance(P);
            if (kind(P) == VM_TOK_YIELD) unsupported(P, peek(P)->line, peek(P)->col, "yield expressions");
            e = star_expressions(P);
        }
        no_bare_star(P, e);
        if (kind(P) == VM_TOK_COLONEQUAL) invalid(P);
        n = node_at(P, VM_N_Assign, t);
        n->u.Assign.targets = vlist(targets);
        n->u.Assign.value = e;
        return n;
    }
    if (op->kind >= VM_TOK_PLUSEQUAL && op->kind <= VM_TOK_RIGHTSHIFTEQUAL) {
        if (e->kind != VM_N_Name && e->kind != VM_N_Attribute && e->kind != VM_N_Subscript)
            raise_node(P, VM_SYNERR_SYNTAX, e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        static const vm_operator aug[] = {
            [VM_TOK_PLUSEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_ADD, [VM_TOK_MINEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_SUB,
            [VM_TOK_STAREQUAL - VM_TOK_PLUSEQUAL] = VM_OP_MULT, [VM_TOK_SLASHEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_DIV,
            [VM_TOK_DOUBLESLASHEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_FLOORDIV,
            [VM_TOK_PERCENTEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_MOD, [VM_TOK_DOUBLESTAREQUAL - VM_TOK_PLUSEQUAL] = VM_OP_POW,
            [VM_TOK_ATEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_COUNT, [VM_TOK_VBAREQUAL - VM_TOK_PLUSEQUAL] = VM_OP_BITOR,
            [VM_TOK_AMPEREQUAL - VM_TOK_PLUSEQUAL] = VM_OP_BITAND, [VM_TOK_CIRCUMFLEXEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_BITXOR,
            [VM_TOK_LEFTSHIFTEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_LSHIFT, [VM_TOK_RIGHTSHIFTEQUAL - VM_TOK_PLUSEQUAL] = VM_OP_RSHIFT,
        };
        vm_operator o = aug[op->kind - VM_TOK_PLUSEQUAL];
        if (o == VM_OP_COUNT) unsupported(P, op->line, op->col, "the @= operator");
        set_target(P, e, T_ASSIGN, true);
        advance(P);
        if (kind(P) == VM_TOK_YIELD) unsupported(P, peek(P)->line, peek(P)->col, "yield expressions");
        vm_node *v = star_expressions(P);
        no_bare_star(P, v);
        n = node_at(P, VM_N_AugAssign, t);
        n->u.AugAssign.target = e;
        n->u.AugAssign.op = o;
        n->u.AugAssign.value = v;
        return n;
    }
    if (op->kind == VM_TOK_COLON && (e->kind == VM_N_Name || e->kind == VM_N_Attribute || e->kind == VM_N_Subscript))
        unsupported(P, e->line, e->col, "variable annotations");
    if (e->kind == VM_N_Name && (strcmp(e->u.Name.id, "print") == 0 || strcmp(e->u.Name.id, "exec") == 0) &&
        starts_expression(op->kind)) {
        int save = P->pos;
        vm_node *arg = expression(P);
        P->pos = save;
        raise_at(P, VM_SYNERR_SYNTAX, e->line, e->col, arg->end_line, arg->end_col,
                 "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->u.Name.id, e->u.Name.id);
    }
    no_bare_star(P, e);
    n = node_at(P, VM_N_Expr, t);
    n->u.Expr.value = e;
    return n;
}

static void simple_stmts(parser *P, vec *out)
{
    for (;;) {
        vpush(P, out, simple_stmt(P));
        if (kind(P) == VM_TOK_SEMI) {
            advance(P);
            if (kind(P) == VM_TOK_NEWLINE) break;
            continue;
        }
        break;
    }
    expect(P, VM_TOK_NEWLINE);
}

static vm_list block(parser *P, const char *what, int line)
{
    vec body = { 0 };
    enter(P);
    if (kind(P) == VM_TOK_NEWLINE) {
        advance(P);
        if (kind(P) != VM_TOK_INDENT)
            raise_tok(P, VM_SYNERR_INDENTATION, peek(P), "expected an indented block after %s on line %d", what, line);
        advance(P);
        while (kind(P) != VM_TOK_DEDENT && kind(P) != VM_TOK_ENDMARKER) statement(P, &body);
        expect(P, VM_TOK_DEDENT);
    } else {
        simple_stmts(P, &body);
    }
    leave(P);
    return vlist(body);
}

static vm_node *if_stmt(parser *P, vm_token *t, const char *what)
{
    advance(P);
    vm_node *test = named_expression(P);
    expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_If, t);
    n->u.If.test = test;
    n->u.If.body = block(P, what, t->line);
    end_at(n, n->u.If.body);
    vm_token *e = peek(P);
    if (e->kind == VM_TOK_ELIF) {
        vm_node *elif = if_stmt(P, e, "'elif' statement");
        vm_node **one = vm_arena_alloc(P->a, sizeof *one);
        if (!one) nomem(P);
        one[0] = elif;
        n->u.If.orelse.items = one;
        n->u.If.orelse.n = 1;
    } else if (e->kind == VM_TOK_ELSE) {
        advance(P);
        expect_colon(P);
        n->u.If.orelse = block(P, "'else' statement", e->line);
    }
    end_at(n, n->u.If.orelse);
    return n;
}

static vm_list else_block(parser *P)
{
    vm_token *e = peek(P);
    vm_list none = { 0 };
    if (e->kind != VM_TOK_ELSE) return none;
    advance(P);
    expect_colon(P);
    return block(P, "'else' statement", e->line);
}

static vm_node *funcdef(parser *P, vm_list decorators, vm_token *start)
{
    vm_token *t = advance(P);
    vm_token *name = expect_name(P);
    expect(P, VM_TOK_LPAR);
    int f = P->in_func;
    vm_node *args = arguments(P, false);
    expect(P, VM_TOK_RPAR);
    if (kind(P) == VM_TOK_RARROW) unsupported(P, peek(P)->line, peek(P)->col, "return annotations");
    expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_FunctionDef, start ? start : t);
    n->u.FunctionDef.name = ident(P, name);
    n->u.FunctionDef.args = args;
    n->u.FunctionDef.decorators = decorators;
    int l = P->in_loop;
    P->in_func = 1; P->in_loop = 0; P->nscope++;
    n->u.FunctionDef.body = block(P, "function definition", t->line);
    P->in_func = f; P->in_loop = l; P->nscope--;
    end_at(n, n->u.FunctionDef.body);
    /* CPython positions a decorated def at 'def', not at the first '@' */
    n->line = t->line; n->col = t->col;
    return n;
}

static vm_node *classdef(parser *P, vm_list decorators)
{
    vm_token *t = advance(P);
    vm_token *name = expect_name(P);
    vec bases = { 0 };
    if (accept(P, VM_TOK_LPAR)) {
        P->bracket++;
        while (kind(P) != VM_TOK_RPAR) {
            vm_token *s = peek(P);
            if (s->kind == VM_TOK_STAR || s->kind == VM_TOK_DOUBLESTAR)
                unsupported(P, s->line, s->col, "unpacking in class bases");
            if (s->kind == VM_TOK_NAME && peek_at(P, 1)->kind == VM_TOK_EQUAL)
                unsupported(P, s->line, s->col, "class keyword arguments");
            vm_node *b = expression(P);
            if (bases.n) unsupported(P, b->line, b->col, "multiple inheritance");
            vpush(P, &bases, b);
            check_comma(P, b);
            if (!accept(P, VM_TOK_COMMA)) break;
        }
        expect(P, VM_TOK_RPAR);
        P->bracket--;
    }
    expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_ClassDef, t);
    n->u.ClassDef.name = ident(P, name);
    n->u.ClassDef.bases = vlist(bases);
    n->u.ClassDef.decorators = decorators;
    int f = P->in_func, l = P->in_loop;
    P->in_func = 0; P->in_loop = 0; P->nscope++;
    n->u.ClassDef.body = block(P, "class definition", t->line);
    P->in_func = f; P->in_loop = l; P->nscope--;
    end_at(n, n->u.ClassDef.body);
    return n;
}

static vm_node *try_stmt(parser *P)
{
    vm_token *t = advance(P);
    expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_Try, t);
    n->u.Try.body = block(P, "'try' statement", t->line);
    vec handlers = { 0 };
    vm_node *bare = NULL;
    while (kind(P) == VM_TOK_EXCEPT) {
        vm_token *e = advance(P);
        if (kind(P) == VM_TOK_STAR) unsupported(P, e->line, e->col, "'except*'");
        vm_node *type = NULL;
        const char *name = NULL;
        if (kind(P) != VM_TOK_COLON) {
            type = expression(P);
            if (kind(P) == VM_TOK_COMMA) {
                int save = P->pos;
                P->pos = save;
                raise_at(P, VM_SYNERR_SYNTAX, type->line, type->col, type->end_line, type->end_col,
                         "multiple exception types must be parenthesized");
            }
            if (accept(P, VM_TOK_AS)) name = ident(P, expect_name(P));
        }
        expect_colon(P);
        vm_node *h = new_stmt(P, VM_N_ExceptHandler, e);
        h->u.ExceptHandler.type = type;
        h->u.ExceptHandler.name = name;
        h->u.ExceptHandler.body = block(P, "'except' statement", e->line);
        end_at(h, h->u.ExceptHandler.body);
        if (bare) late(P, &P->late_comp, bare->line, bare->col, bare->end_line, bare->end_col, "default 'except:' must be last");
        if (!type) bare = h;
        vpush(P, &handlers, h);
    }
    n->u.Try.handlers = vlist(handlers);
    if (handlers.n) n->u.Try.orelse = else_block(P);
    if (kind(P) == VM_TOK_FINALLY) {
        vm_token *f = advance(P);
        expect_colon(P);
        n->u.Try.finalbody = block(P, "'finally' statement", f->line);
    }
    if (!handlers.n && !n->u.Try.finalbody.n)
        raise_tok(P, VM_SYNERR_SYNTAX, peek(P), "expected 'except' or 'finally' block");
    end_at(n, n->u.Try.body);
    end_at(n, n->u.Try.handlers);
    end_at(n, n->u.Try.orelse);
    end_at(n, n->u.Try.finalbody);
    return n;
}

/* `match x:` -- a soft keyword: a logical line starting with NAME "match"
 * and ending with ':' can only be a match statement. */
static bool is_match_stmt(parser *P)
{
    vm_token *t = peek(P);
    if (t->kind != VM_TOK_NAME || t->len != 5 || memcmp(t->start, "match", 5) != 0) return false;
    vm_tok nk = peek_at(P, 1)->kind;
    if (nk == VM_TOK_EQUAL || nk == VM_TOK_DOT || nk == VM_TOK_COLON || nk == VM_TOK_NEWLINE) return false;
    for (int i = P->pos + 1; i < P->n; i++) {
        vm_tok k = P->t[i].kind;
        if (k == VM_TOK_NEWLINE || k == VM_TOK_ENDMARKER || k == VM_TOK_ERRORTOKEN)
            return i > 0 && P->t[i - 1].kind == VM_TOK_COLON;
    }
    return false;
}

static void statement(parser *P, vec *out)
{
    vm_token *t = peek(P);
    vm_node *n;
    switch (t->kind) {
    case VM_TOK_IF:
        n = if_stmt(P, t, "'if' statement");
        break;
    case VM_TOK_WHILE: {
        advance(P);
        vm_node *test = named_expression(P);
        expect_colon(P);
        n = new_stmt(P, VM_N_While, t);
        n->u.While.test = test;
        P->in_loop++;
        n->u.While.body = block(P, "'while' statement", t->line);
        P->in_loop--;
        n->u.While.orelse = else_block(P);
        end_at(n, n->u.While.body);
        end_at(n, n->u.While.orelse);
        break;
    }
    case VM_TOK_FOR: {
        advance(P);
        vm_node *target = target_list(P, T_FOR);
        expect(P, VM_TOK_IN);
        vm_node *iter = star_expressions(P);
        no_bare_star(P, iter);
        expect_colon(P);
        n = new_stmt(P, VM_N_For, t);
        n->u.For.target = target;
        n->u.For.iter = iter;
        P->in_loop++;
        n->u.For.body = block(P, "'for' statement", t->line);
        P->in_loop--;
        n->u.For.orelse = else_block(P);
        end_at(n, n->u.For.body);
        end_at(n, n->u.For.orelse);
        break;
    }
    case VM_TOK_TRY: n = try_stmt(P); break;
    case VM_TOK_DEF: n = funcdef(P, (vm_list){ 0 }, NULL); break;
    case VM_TOK_CLASS: n = classdef(P, (vm_list){ 0 }); break;
    case VM_TOK_AT: {
        vec decs = { 0 };
        while (kind(P) == VM_TOK_AT) {
            advance(P);
            vpush(P, &decs, named_expression(P));
            expect(P, VM_TOK_NEWLINE);
        }
        if (kind(P) == VM_TOK_DEF) n = funcdef(P, vlist(decs), NULL);
        else if (kind(P) == VM_TOK_CLASS) n = classdef(P, vlist(decs));
        else if (kind(P) == VM_TOK_ASYNC) unsupported(P, peek(P)->line, peek(P)->col, "async functions");
        else invalid(P);
        break;
    }
    case VM_TOK_WITH: unsupported(P, t->line, t->col, "'with' statements");
    case VM_TOK_ASYNC: unsupported(P, t->line, t->col, "'async' statements");
    case VM_TOK_INDENT: invalid(P);
    default:
        if (is_match_stmt(P)) unsupported(P, t->line, t->col, "'match' statements");
        simple_stmts(P, out);
        return;
    }
    vpush(P, out, n);
}

vm_ast *vm_parse(const char *src, size_t len, const char *filename, vm_syntax_error *err)
{
    memset(err, 0, sizeof *err);
    vm_arena *volatile arena = vm_arena_new();
    if (!arena) {
        err->kind = VM_SYNERR_NOMEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory while parsing");
        err->filename = filename;
        return NULL;
    }
    /* a UTF-8 byte order mark is not part of the program */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }
    vm_token_array ta;
    vm_tokenize(arena, src, len, filename, &ta);
    if (ta.n == 0) {
        *err = ta.err;
        vm_arena_free(arena);
        return NULL;
    }
    parser P;
    memset(&P, 0, sizeof P);
    P.a = arena; P.src = src; P.len = len; P.filename = filename;
    P.t = ta.toks; P.n = ta.n; P.ta = &ta; P.err = err;
    jmp_buf jb;
    P.jb = &jb;
    if (setjmp(jb)) {
        vm_arena_free(arena);
        return NULL;
    }
    vm_token *first = peek(&P);
    vec body = { 0 };
    while (kind(&P) != VM_TOK_ENDMARKER) statement(&P, &body);
    vm_node *mod = vm_node_new(arena, VM_N_Module, first->line, 0, prev(&P)->end_line, prev(&P)->end_col);
    if (!mod) nomem(&P);
    mod->u.Module.body = vlist(body);
    if (P.late_sym.kind) { *err = P.late_sym; vm_arena_free(arena); return NULL; }
    if (P.late_comp.kind) { *err = P.late_comp; vm_arena_free(arena); return NULL; }
    vm_ast *ast = vm_arena_alloc(arena, sizeof *ast);
    if (!ast) nomem(&P);
    ast->arena = arena;
    ast->module = mod;
    ast->filename = filename;
    return ast;
}

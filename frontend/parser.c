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
 * Errors CPython finds only in its compiler pass ('return' outside
 * function...) are recorded as "late" errors and reported only when the
 * whole file parsed and the symbol table (symtable.c) found nothing.
 *
 * Valid Python outside the subset is rejected with VM_SYNERR_UNSUPPORTED
 * naming the construct (docs/frontend.md lists them): at once for what the
 * parser cannot read (with, yield, match...), otherwise after the whole
 * file parsed, so that a genuine syntax error further on wins as in CPython.
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
#include "frontend/parser_int.h"
#include "runtime/alloc.h"
#include "runtime/recursion.h"




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
_Noreturn void vm_p_raise_at(parser *P, vm_syntax_kind kind, int line, int col, int end_line, int end_col,
                               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fill_error(P, P->err, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    vm_token_array *ta = P->ta;
    if (!P->final && ta->n > 0 && ta->toks[ta->n - 1].kind == VM_TOK_ERRORTOKEN) {
        /* CPython compares the line of the last token it fetched */
        int far_line = P->t[P->far < P->n ? P->far : P->n - 1].line;
        /* an unsupported construct in a file CPython rejects anyway: the
         * tokenizer's error is the one CPython would report */
        if (ta->err_strong || (ta->err_paren_line > 0 && (far_line > ta->err_paren_line || kind == VM_SYNERR_UNSUPPORTED)))
            *P->err = ta->err;
    }
    longjmp(*P->jb, 1);
}

_Noreturn void vm_p_raise_tok(parser *P, vm_syntax_kind kind, const vm_token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[VM_SYNERR_MSG_MAX];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vm_p_raise_at(P, kind, t->line, t->col, t->end_line, t->end_col, "%s", msg);
}

_Noreturn void vm_p_raise_node(parser *P, vm_syntax_kind kind, const vm_node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[VM_SYNERR_MSG_MAX];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vm_p_raise_at(P, kind, n->line, n->col, n->end_line, n->end_col, "%s", msg);
}

_Noreturn void vm_p_unsupported(parser *P, int line, int col, const char *what)
{
    vm_p_raise_at(P, VM_SYNERR_UNSUPPORTED, line, col, line, col,
             "%s: not supported by the gclab Python subset (line %d)", what, line);
}

void vm_p_defer_unsupported(parser *P, int line, int col, const char *what)
{
    if (P->late_unsup.kind != VM_SYNERR_NONE) return;
    vm_p_late(P, &P->late_unsup, line, col, line, col,
              "%s: not supported by the gclab Python subset (line %d)", what, line);
    P->late_unsup.kind = VM_SYNERR_UNSUPPORTED;
}

void vm_p_late(parser *P, vm_syntax_error *slot, int line, int col, int end_line, int end_col, const char *fmt, ...)
{
    if (slot->kind != VM_SYNERR_NONE) return;
    va_list ap;
    va_start(ap, fmt);
    fill_error(P, slot, VM_SYNERR_SYNTAX, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
}

_Noreturn void vm_p_nomem(parser *P)
{
    memset(P->err, 0, sizeof *P->err);
    P->err->kind = VM_SYNERR_NOMEMORY;
    snprintf(P->err->msg, sizeof P->err->msg, "out of memory while parsing");
    P->err->filename = P->filename;
    longjmp(*P->jb, 1);
}

/* ---- tokens ----------------------------------------------------------- */

vm_token *vm_p_peek_at(parser *P, int k)
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




_Noreturn void vm_p_invalid(parser *P)
{
    vm_token *t = peek(P);
    if (t->kind == VM_TOK_INDENT) {
        P->final = true;   /* CPython skips its re-scan of the source for these */
        vm_p_raise_at(P, VM_SYNERR_INDENTATION, t->line, t->end_col > 0 ? t->end_col - 1 : 0, t->line, -2, "unexpected indent");
    }
    if (t->kind == VM_TOK_DEDENT) {
        P->final = true;
        vm_p_raise_tok(P, VM_SYNERR_INDENTATION, t, "unexpected unindent");
    }
    vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "invalid syntax");
}

vm_token *vm_p_expect(parser *P, vm_tok k)
{
    if (kind(P) != k) vm_p_invalid(P);
    return advance(P);
}

void vm_p_expect_colon(parser *P)
{
    if (kind(P) == VM_TOK_COLON) { advance(P); return; }
    if (kind(P) == VM_TOK_NEWLINE || kind(P) == VM_TOK_ENDMARKER) {
        vm_token *t = prev(P);   /* CPython points at the end of the header */
        vm_p_raise_at(P, VM_SYNERR_SYNTAX, t->end_line, t->end_col, t->end_line, t->end_col + 1, "expected ':'");
    }
    vm_p_invalid(P);
}

void vm_p_enter(parser *P)
{
    if (++P->depth > MAX_DEPTH || rt_stack_low()) {
        vm_token *t = peek(P);
        vm_p_raise_tok(P, VM_SYNERR_RECURSION, t, "maximum recursion depth exceeded during compilation");
    }
}

/* ---- node helpers ------------------------------------------------------ */

vm_node *vm_p_node_at(parser *P, vm_node_kind k, const vm_token *start)
{
    vm_token *e = prev(P);
    vm_node *n = vm_node_new(P->a, k, start->line, start->col, e->end_line, e->end_col);
    if (!n) vm_p_nomem(P);
    return n;
}




void vm_p_vpush(parser *P, vec *v, vm_node *x)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        vm_node **it = vm_arena_alloc(P->a, (size_t)cap * sizeof *it);
        if (!it) vm_p_nomem(P);
        if (v->n) memcpy(it, v->items, (size_t)v->n * sizeof *it);
        v->items = it; v->cap = cap;
    }
    v->items[v->n++] = x;
}


const char *vm_p_ident(parser *P, const vm_token *t)
{
    char *s = vm_arena_strndup(P->a, t->start, t->len);
    if (!s) vm_p_nomem(P);
    return s;
}

vm_token *vm_p_expect_name(parser *P)
{
    if (kind(P) != VM_TOK_NAME) vm_p_invalid(P);
    return advance(P);
}

/* ---- forward declarations --------------------------------------------- */

static vm_node *bitwise_or(parser *P);
static vm_node *boolop(parser *P, bool is_or);
static vm_node *primary(parser *P);
#define star_expression vm_p_star_expression
static vm_node *fstring(parser *P, vm_token *t, vm_token *last, vec *parts);

/* ---- targets ------------------------------------------------------------ */

const char *vm_p_expr_name(const vm_node *e)
{
    switch (e->kind) {
    case VM_N_Call: return "function call";
    case VM_N_Constant:
        switch (e->u.Constant.kind) {
        case VM_CONST_NONE: return "None";
        case VM_CONST_TRUE: return "True";
        case VM_CONST_FALSE: return "False";
        case VM_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case VM_N_BinOp: case VM_N_UnaryOp: return "expression";
    case VM_N_BoolOp: return "expression";
    case VM_N_Compare: return "comparison";
    case VM_N_IfExp: return "conditional expression";
    case VM_N_Lambda: return "lambda";
    case VM_N_Dict: return "dict literal";
    case VM_N_ListComp: return "list comprehension";
    case VM_N_SetComp: return "set comprehension";
    case VM_N_Set: return "set display";
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


/* Turn a parsed expression into an assignment/deletion target. */
void vm_p_set_target(parser *P, vm_node *e, target_mode m, bool top)
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
                x->u.Starred.ctx = ctx;
                vm_p_set_target(P, x->u.Starred.value, m, false);
                continue;
            }
            vm_p_set_target(P, x, m, false);
        }
        return;
    case VM_N_Starred:
        if (m == T_DEL) vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "cannot delete starred");
        if (top) {   /* a compiler error in CPython: reported after parsing */
            vm_p_late(P, &P->late_comp, e->line, e->col, e->end_line, e->end_col,
                      "starred assignment target must be in a list or tuple");
            vm_p_set_target(P, e->u.Starred.value, m, false);
            e->u.Starred.ctx = ctx;
            return;
        }
        vm_p_set_target(P, e->u.Starred.value, m, false);
        e->u.Starred.ctx = ctx;
        return;
    default:
        break;
    }
    if (m == T_DEL) vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "cannot delete %s", vm_p_expr_name(e));
    if (e->kind == VM_N_Constant && e->u.Constant.kind <= VM_CONST_FALSE)
        vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "cannot assign to %s", vm_p_expr_name(e));
    if (e != P->maybe_target)
        vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "cannot assign to %s", vm_p_expr_name(e));
    vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", vm_p_expr_name(e));
}

/* for/comprehension targets: bitwise_or-level items, commas make a tuple */
vm_node *vm_p_target_list(parser *P, target_mode m, bool *multi)
{
    vm_token *st = peek(P);
    vec v = { 0 };
    bool comma = false;
    for (;;) {
        vm_node *x;
        if (kind(P) == VM_TOK_STAR) {
            vm_token *s = advance(P);
            vm_node *val = bitwise_or(P);
            x = vm_p_node_at(P, VM_N_Starred, s);
            x->u.Starred.value = val;
        } else {
            x = bitwise_or(P);
        }
        vm_p_vpush(P, &v, x);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
        comma = true;
        if (kind(P) == VM_TOK_IN || kind(P) == VM_TOK_EQUAL) break;
    }
    vm_node *t = v.items[0];
    if (multi) *multi = comma;
    if (comma) {
        t = vm_p_node_at(P, VM_N_Tuple, st);
        t->u.Tuple.elts = vlist(v);
    }
    vm_p_set_target(P, t, m, true);
    return t;
}

/* ---- atoms -------------------------------------------------------------- */

static vm_node *constant(parser *P, const vm_token *t, vm_const_kind k)
{
    vm_node *n = vm_p_node_at(P, VM_N_Constant, t);
    n->u.Constant.kind = k;
    return n;
}

vm_node *vm_p_strings(parser *P)
{
    vm_token *first = peek(P);
    bool f = false, bytes = false, str = false;
    int i = 0;
    while (vm_p_peek_at(P, i)->kind == VM_TOK_STRING) {
        vm_token *t = vm_p_peek_at(P, i);
        if (t->flags & VM_TOKF_FSTRING) f = true;
        if (t->flags & VM_TOKF_BYTES) bytes = true; else str = true;
        i++;
    }
    if (bytes && str) {
        P->pos += i;
        vm_p_raise_at(P, VM_SYNERR_SYNTAX, first->line, first->col, prev(P)->end_line, prev(P)->end_col,
                 "cannot mix bytes and nonbytes literals");
    }
    for (int k = 0; k < i; k++) {
        /* CPython decodes escapes in the parser: a later tokenizer error wins */
        vm_token *t = vm_p_peek_at(P, k);
        if (t->flags & VM_TOKF_NONASCII)
            vm_p_raise_at(P, VM_SYNERR_SYNTAX, t->line, t->col, t->end_line, t->end_col,
                          "bytes can only contain ASCII literal characters");
        if (t->flags & VM_TOKF_BADESCAPE)
            vm_p_raise_at(P, VM_SYNERR_SYNTAX, t->end_line, t->end_col, t->end_line, t->end_col, "%s", t->v.str.s);
    }
    if (!f) {
        size_t total = 0;
        for (int k = 0; k < i; k++) total += vm_p_peek_at(P, k)->v.str.n;
        char *s = vm_arena_alloc(P->a, total + 1);
        if (!s) vm_p_nomem(P);
        size_t off = 0;
        for (int k = 0; k < i; k++) {
            vm_token *t = advance(P);
            memcpy(s + off, t->v.str.s, t->v.str.n);
            off += t->v.str.n;
        }
        vm_node *n = vm_p_node_at(P, VM_N_Constant, first);
        n->u.Constant.kind = bytes ? VM_CONST_BYTES : VM_CONST_STR;
        n->u.Constant.s = s;
        n->u.Constant.n = total;
        return n;
    }
    vec parts = { 0 };
    for (int k = 0; k < i; k++) {
        vm_token *t = advance(P);
        if (t->flags & VM_TOKF_FSTRING) {
            fstring(P, t, &P->t[P->pos - k - 2 + i], &parts);   /* last token of the group */
        } else if (t->v.str.n) {
            vm_node *c = vm_node_new(P->a, VM_N_Constant, t->line, t->col, t->end_line, t->end_col);
            if (!c) vm_p_nomem(P);
            c->u.Constant.kind = VM_CONST_STR;
            c->u.Constant.s = t->v.str.s;
            c->u.Constant.n = t->v.str.n;
            vm_p_vpush(P, &parts, c);
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
            if (!s) vm_p_nomem(P);
            memcpy(s, last->u.Constant.s, last->u.Constant.n);
            memcpy(s + last->u.Constant.n, x->u.Constant.s, x->u.Constant.n);
            vm_node *c = vm_node_new(P->a, VM_N_Constant, last->line, last->col, x->end_line, x->end_col);
            if (!c) vm_p_nomem(P);
            c->u.Constant.kind = VM_CONST_STR;
            c->u.Constant.s = s;
            c->u.Constant.n = nn;
            merged.items[merged.n - 1] = c;
        } else {
            vm_p_vpush(P, &merged, x);
        }
    }
    vm_node *n = vm_p_node_at(P, VM_N_JoinedStr, first);
    n->u.JoinedStr.values = vlist(merged);
    /* CPython gives the pieces of a JoinedStr the position of the whole */
    for (int k = 0; k < merged.n; k++) {
        vm_node *x = merged.items[k];
        x->line = n->line; x->col = n->col; x->end_line = n->end_line; x->end_col = n->end_col;
    }
    return n;
}

/* after an element inside brackets: another expression start means a comma is missing */
bool vm_p_starts_expression(vm_tok k)
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

/* An expression if one parses here, else NULL (the error is dropped). */
static vm_node *try_expression(parser *P)
{
    jmp_buf here;
    P->jb = &here;
    if (setjmp(here)) return NULL;
    return vm_p_expression(P);
}

void vm_p_check_comma(parser *P, vm_node *elt)
{
    vm_tok k = kind(P);
    if (!vm_p_starts_expression(k)) return;
    if (elt->kind == VM_N_Name && k == VM_TOK_STRING) return;   /* CPython excludes NAME STRING */
    /* find the end of the following expression for the range, as CPython */
    int save = P->pos, depth = P->depth;
    jmp_buf *outer = P->jb;
    vm_syntax_error saved = *P->err;
    vm_token *next = peek(P);
    vm_node *nx = try_expression(P);
    P->jb = outer;
    *P->err = saved;
    P->pos = save; P->depth = depth;
    /* a PEG parser backtracks to the longest prefix that is an expression:
     * an atom always is one, a bracket or lambda must parse completely */
    bool atom = k == VM_TOK_NAME || k == VM_TOK_INT || k == VM_TOK_FLOAT || k == VM_TOK_IMAG ||
                k == VM_TOK_STRING || k == VM_TOK_NONE || k == VM_TOK_TRUE || k == VM_TOK_FALSE;
    if (!nx && !atom) return;
    vm_p_raise_at(P, VM_SYNERR_SYNTAX, elt->line, elt->col, nx ? nx->end_line : next->end_line,
                  nx ? nx->end_col : next->end_col, "invalid syntax. Perhaps you forgot a comma?");
}

/* comprehension clause: 'for' targets 'in' disjunction ('if' disjunction)* */
static vm_node *comp_for(parser *P)
{
    vm_token *f = vm_p_expect(P, VM_TOK_FOR);
    vm_node *target = vm_p_target_list(P, T_COMP, NULL);
    vm_p_expect(P, VM_TOK_IN);
    vm_node *iter = boolop(P, true);   /* CPython: a disjunction */
    vec ifs = { 0 };
    while (kind(P) == VM_TOK_IF) {
        advance(P);
        vm_p_vpush(P, &ifs, boolop(P, true));   /* CPython: a disjunction */
    }
    if (kind(P) == VM_TOK_ASYNC) vm_p_unsupported(P, peek(P)->line, peek(P)->col, "async comprehensions");
    vm_node *c = vm_p_node_at(P, VM_N_comprehension, f);
    c->u.comprehension.target = target;
    c->u.comprehension.iter = iter;
    c->u.comprehension.ifs = vlist(ifs);
    if (kind(P) == VM_TOK_FOR)
        c->u.comprehension.next = comp_for(P);
    return c;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
vm_node *vm_p_yield_expr(parser *P)
{
    vm_token *y = vm_p_expect(P, VM_TOK_YIELD);
    if (accept(P, VM_TOK_FROM)) {
        vm_node *v = vm_p_expression(P);
        vm_node *n = vm_p_node_at(P, VM_N_YieldFrom, y);
        n->u.YieldFrom.value = v;
        return n;
    }
    vm_tok k = kind(P);
    vm_node *v = NULL;
    if (vm_p_starts_expression(k) || k == VM_TOK_STAR || k == VM_TOK_MINUS || k == VM_TOK_PLUS ||
        k == VM_TOK_NOT || k == VM_TOK_TILDE || k == VM_TOK_ELLIPSIS || k == VM_TOK_AWAIT || k == VM_TOK_LAMBDA) {
        v = vm_p_star_expressions(P);
        vm_p_no_bare_star(P, v);
    }
    vm_node *n = vm_p_node_at(P, VM_N_Yield, y);
    n->u.Yield.value = v;
    return n;
}

static vm_node *paren_or_tuple(parser *P)
{
    vm_token *open = advance(P);
    if (kind(P) == VM_TOK_RPAR) {
        advance(P);
        vm_node *n = vm_p_node_at(P, VM_N_Tuple, open);
        return n;
    }
    if (kind(P) == VM_TOK_YIELD) {
        vm_node *y = vm_p_yield_expr(P);
        vm_p_expect(P, VM_TOK_RPAR);
        return y;
    }
    vec v = { 0 };
    bool comma = false;
    for (;;) {
        vm_node *x;
        if (kind(P) == VM_TOK_STAR) {
            vm_token *s = advance(P);
            vm_node *val = bitwise_or(P);
            x = vm_p_node_at(P, VM_N_Starred, s);
            x->u.Starred.value = val;
        } else {
            x = vm_p_named_expression(P);
        }
        if (v.n == 0 && kind(P) == VM_TOK_FOR) {
            vm_node *gen = comp_for(P);
            vm_p_expect(P, VM_TOK_RPAR);
            vm_node *n = vm_p_node_at(P, VM_N_GeneratorExp, open);
            n->u.GeneratorExp.elt = x;
            n->u.GeneratorExp.gen = gen;
            return n;
        }
        vm_p_vpush(P, &v, x);
        vm_p_check_comma(P, x);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
        comma = true;
        if (kind(P) == VM_TOK_RPAR) break;
    }
    vm_p_expect(P, VM_TOK_RPAR);
    if (!comma) {
        vm_node *x = v.items[0];
        if (x->kind == VM_N_Starred) vm_p_raise_node(P, VM_SYNERR_SYNTAX, x, "cannot use starred expression here");
        return x;   /* CPython keeps the inner expression's position */
    }
    vm_node *n = vm_p_node_at(P, VM_N_Tuple, open);
    n->u.Tuple.elts = vlist(v);
    return n;
}

static vm_node *list_display(parser *P)
{
    vm_token *open = advance(P);
    vec v = { 0 };
    while (kind(P) != VM_TOK_RSQB) {
        vm_node *x;
        if (kind(P) == VM_TOK_STAR) {
            x = star_expression(P);
        } else {
            x = vm_p_named_expression(P);
        }
        if (v.n == 0 && kind(P) == VM_TOK_FOR) {
            vm_node *gen = comp_for(P);
            vm_p_expect(P, VM_TOK_RSQB);
            vm_node *n = vm_p_node_at(P, VM_N_ListComp, open);
            n->u.ListComp.elt = x;
            n->u.ListComp.gen = gen;
            return n;
        }
        vm_p_vpush(P, &v, x);
        vm_p_check_comma(P, x);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
    }
    vm_p_expect(P, VM_TOK_RSQB);
    vm_node *n = vm_p_node_at(P, VM_N_List, open);
    n->u.List.elts = vlist(v);
    return n;
}

/* {a, b} and {x for x in y}: read through, then reported as unsupported */
static vm_node *set_display(parser *P, vm_token *open)
{
    vec v = { 0 };
    while (kind(P) != VM_TOK_RBRACE) {
        bool star = kind(P) == VM_TOK_STAR;
        vm_node *x = star ? star_expression(P) : vm_p_named_expression(P);
        if (v.n == 0 && kind(P) == VM_TOK_FOR) {
            vm_node *gen = comp_for(P);
            vm_p_expect(P, VM_TOK_RBRACE);
            vm_node *n = vm_p_node_at(P, VM_N_SetComp, open);
            n->u.ListComp.elt = x;
            n->u.ListComp.gen = gen;
            return n;
        }
        vm_p_vpush(P, &v, x);
        vm_p_check_comma(P, x);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
    }
    vm_p_expect(P, VM_TOK_RBRACE);
    vm_node *n = vm_p_node_at(P, VM_N_Set, open);
    n->u.List.elts = vlist(v);
    return n;
}

static vm_node *dict_display(parser *P)
{
    vm_token *open = advance(P);
    vec keys = { 0 }, vals = { 0 };
    while (kind(P) != VM_TOK_RBRACE) {
        if (kind(P) == VM_TOK_DOUBLESTAR) {
            /* {**m}: a NULL key, the mapping as the value */
            advance(P);
            vm_p_vpush(P, &keys, NULL);
            vm_p_vpush(P, &vals, bitwise_or(P));
            if (kind(P) != VM_TOK_COMMA) break;
            advance(P);
            continue;
        }
        if (keys.n == 0 && kind(P) == VM_TOK_STAR) return set_display(P, open);
        int save = P->pos;
        vm_node *k = vm_p_expression(P);
        vm_p_check_comma(P, k);
        if (kind(P) != VM_TOK_COLON) {
            if (keys.n == 0 && (kind(P) == VM_TOK_COMMA || kind(P) == VM_TOK_RBRACE || kind(P) == VM_TOK_FOR)) {
                P->pos = save;
                return set_display(P, open);
            }
            if (kind(P) == VM_TOK_COMMA || kind(P) == VM_TOK_RBRACE)
                vm_p_raise_at(P, VM_SYNERR_SYNTAX, k->line, k->col, k->line, -1, "':' expected after dictionary key");
            vm_p_invalid(P);
        }
        advance(P);
        vm_node *v = vm_p_expression(P);
        if (keys.n == 0 && kind(P) == VM_TOK_FOR) {
            vm_node *gen = comp_for(P);
            vm_p_expect(P, VM_TOK_RBRACE);
            vm_node *n = vm_p_node_at(P, VM_N_DictComp, open);
            n->u.DictComp.key = k;
            n->u.DictComp.value = v;
            n->u.DictComp.gen = gen;
            return n;
        }
        vm_p_vpush(P, &keys, k);
        vm_p_vpush(P, &vals, v);
        vm_p_check_comma(P, v);
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
    }
    vm_p_expect(P, VM_TOK_RBRACE);
    vm_node *n = vm_p_node_at(P, VM_N_Dict, open);
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
        vm_node *n = vm_p_node_at(P, VM_N_Name, t);
        n->u.Name.id = vm_p_ident(P, t);
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
            n->u.Constant.s = vm_p_ident(P, t);
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
    case VM_TOK_IMAG: {
        advance(P);
        vm_node *n = constant(P, t, VM_CONST_COMPLEX);
        n->u.Constant.f = t->v.f;
        return n;
    }
    case VM_TOK_STRING: return vm_p_strings(P);
    case VM_TOK_LPAR: return paren_or_tuple(P);
    case VM_TOK_LSQB: return list_display(P);
    case VM_TOK_LBRACE: return dict_display(P);
    case VM_TOK_ELLIPSIS:
        advance(P);
        return constant(P, t, VM_CONST_ELLIPSIS);
    case VM_TOK_AWAIT: vm_p_unsupported(P, t->line, t->col, "await expressions");
    default: vm_p_invalid(P);
    }
}

/* ---- primaries ----------------------------------------------------------- */

static vm_node *call_args(parser *P, vm_node *func, const vm_token *st)
{
    vm_token *open = advance(P);
    (void)open;
    vec args = { 0 }, kws = { 0 };
    vm_node *late_positional = NULL;
    bool dstar = false;
    while (kind(P) != VM_TOK_RPAR) {
        vm_token *s = peek(P);
        if (kind(P) == VM_TOK_DOUBLESTAR) {
            advance(P);
            vm_node *val = vm_p_expression(P);
            vm_node *k = vm_p_node_at(P, VM_N_keyword, s);
            k->u.keyword.arg = NULL;
            k->u.keyword.value = val;
            vm_p_vpush(P, &kws, k);
            dstar = true;
            if (kind(P) != VM_TOK_COMMA) break;
            advance(P);
            continue;
        }
        if (dstar && kind(P) == VM_TOK_STAR)
            vm_p_raise_tok(P, VM_SYNERR_SYNTAX, s, "iterable argument unpacking follows keyword argument unpacking");
        if (kind(P) == VM_TOK_STAR) {
            advance(P);
            vm_node *val = vm_p_expression(P);
            vm_node *x = vm_p_node_at(P, VM_N_Starred, s);
            x->u.Starred.value = val;
            vm_p_vpush(P, &args, x);
        } else if (kind(P) == VM_TOK_NAME && vm_p_peek_at(P, 1)->kind == VM_TOK_EQUAL) {
            advance(P);
            advance(P);
            vm_node *val = vm_p_expression(P);
            vm_node *k = vm_p_node_at(P, VM_N_keyword, s);
            k->u.keyword.arg = vm_p_ident(P, s);
            k->u.keyword.value = val;
            vm_p_vpush(P, &kws, k);
        } else {
            vm_node *x = vm_p_named_expression(P);
            if (kind(P) == VM_TOK_EQUAL) {
                vm_token *eq = peek(P);
                if (x->kind == VM_N_Constant && x->u.Constant.kind <= VM_CONST_FALSE)
                    vm_p_raise_node(P, VM_SYNERR_SYNTAX, x, "cannot assign to %s", vm_p_expr_name(x));
                vm_p_raise_at(P, VM_SYNERR_SYNTAX, x->line, x->col, eq->end_line, eq->end_col,
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (kind(P) == VM_TOK_FOR) {
                if (args.n || kws.n)
                    vm_p_raise_node(P, VM_SYNERR_SYNTAX, x, "Generator expression must be parenthesized");
                vm_node *gen = comp_for(P);
                if (kind(P) == VM_TOK_COMMA && vm_p_peek_at(P, 1)->kind != VM_TOK_RPAR)
                    vm_p_raise_at(P, VM_SYNERR_SYNTAX, x->line, x->col, gen->end_line, gen->end_col,
                             "Generator expression must be parenthesized");
                vm_node *lc = vm_node_new(P->a, VM_N_GeneratorExp, x->line, x->col, gen->end_line, gen->end_col);
                if (!lc) vm_p_nomem(P);
                lc->u.GeneratorExp.elt = x;
                lc->u.GeneratorExp.gen = gen;
                x = lc;
            }
            if (dstar)
                vm_p_raise_node(P, VM_SYNERR_SYNTAX, x, "positional argument follows keyword argument unpacking");
            if (kws.n && !late_positional) late_positional = x;
            vm_p_vpush(P, &args, x);
            vm_p_check_comma(P, x);
        }
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
    }
    if (late_positional) {
        vm_token *t = peek(P);
        vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "positional argument follows keyword argument");
    }
    vm_p_expect(P, VM_TOK_RPAR);
    vm_node *n = vm_p_node_at(P, VM_N_Call, st);
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
        if (kind(P) == VM_TOK_STAR) vm_p_unsupported(P, s->line, s->col, "starred subscripts");
        lower = vm_p_named_expression(P);
        if (kind(P) != VM_TOK_COLON) return lower;
    }
    advance(P);
    if (kind(P) != VM_TOK_COLON && kind(P) != VM_TOK_RSQB && kind(P) != VM_TOK_COMMA) upper = vm_p_expression(P);
    if (accept(P, VM_TOK_COLON)) {
        if (kind(P) != VM_TOK_RSQB && kind(P) != VM_TOK_COMMA) step = vm_p_expression(P);
    }
    vm_node *n = vm_p_node_at(P, VM_N_Slice, s);
    n->u.Slice.lower = lower;
    n->u.Slice.upper = upper;
    n->u.Slice.step = step;
    return n;
}

static vm_node *subscript(parser *P, vm_node *value, const vm_token *st)
{
    advance(P);
    vm_token *s = peek(P);
    vec v = { 0 };
    bool comma = false;
    for (;;) {
        vm_p_vpush(P, &v, slice_item(P));
        if (kind(P) != VM_TOK_COMMA) break;
        advance(P);
        comma = true;
        if (kind(P) == VM_TOK_RSQB) break;
    }
    vm_node *idx = v.items[0];
    if (comma) {
        idx = vm_p_node_at(P, VM_N_Tuple, s);
        idx->u.Tuple.elts = vlist(v);
    }
    vm_p_expect(P, VM_TOK_RSQB);
    vm_node *n = vm_p_node_at(P, VM_N_Subscript, st);
    n->u.Subscript.value = value;
    n->u.Subscript.slice = idx;
    return n;
}

static vm_node *primary(parser *P)
{
    vm_p_enter(P);
    vm_token *st = peek(P);   /* CPython: a primary starts at its first token, parentheses included */
    vm_node *e = atom(P);
    for (int chain = 0;; chain++) {
        if (P->depth + chain > MAX_DEPTH)
            vm_p_raise_tok(P, VM_SYNERR_RECURSION, peek(P), "maximum recursion depth exceeded during compilation");
        vm_tok k = kind(P);
        if (k == VM_TOK_DOT) {
            advance(P);
            vm_token *name = vm_p_expect_name(P);
            vm_node *n = vm_p_node_at(P, VM_N_Attribute, st);
            n->u.Attribute.value = e;
            n->u.Attribute.attr = vm_p_ident(P, name);
            e = n;
        } else if (k == VM_TOK_LPAR) {
            e = call_args(P, e, st);
        } else if (k == VM_TOK_LSQB) {
            e = subscript(P, e, st);
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
    if (kind(P) == VM_TOK_AWAIT) vm_p_unsupported(P, peek(P)->line, peek(P)->col, "await expressions");
    vm_p_enter(P);   /* a ** b ** c ... recurses to the right */
    vm_token *st = peek(P);
    vm_node *base = primary(P);
    if (kind(P) == VM_TOK_DOUBLESTAR) {
        advance(P);
        vm_node *exp = factor(P);
        vm_node *n = vm_p_node_at(P, VM_N_BinOp, st);
        n->u.BinOp.left = base;
        n->u.BinOp.op = VM_OP_POW;
        n->u.BinOp.right = exp;
        base = n;
    }
    leave(P);
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
    vm_p_enter(P);
    advance(P);
    vm_node *x = factor(P);
    vm_node *n = vm_p_node_at(P, VM_N_UnaryOp, t);
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
    vm_p_enter(P);
    vm_token *st = peek(P);
    vm_node *left = factor(P);
    for (int chain = 0;; chain++) {
        if (P->depth + chain > MAX_DEPTH)
            vm_p_raise_tok(P, VM_SYNERR_RECURSION, peek(P), "maximum recursion depth exceeded during compilation");
        vm_operator op = VM_OP_ADD;
        int lvl = binop_level(kind(P), &op);
        if (lvl < min_level) break;
        if (lvl == 6) {
            vm_p_defer_unsupported(P, peek(P)->line, peek(P)->col, "the @ operator");
            op = VM_OP_MULT;
        }
        advance(P);
        vm_node *right = binary(P, lvl + 1);
        vm_node *n = vm_p_node_at(P, VM_N_BinOp, st);
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
        if (vm_p_peek_at(P, 1)->kind != VM_TOK_IN) return false;
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
    vm_token *st = peek(P);
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
            if (!o) vm_p_nomem(P);
            memcpy(o, opsv, (size_t)nops * sizeof *o);
            opsv = o;
            cap *= 2;
        }
        opsv[nops++] = op;
        vm_p_vpush(P, &comps, bitwise_or(P));
    }
    if (!nops) return left;
    vm_node *n = vm_p_node_at(P, VM_N_Compare, st);
    n->u.Compare.left = left;
    n->u.Compare.ops = vm_arena_alloc(P->a, (size_t)nops * sizeof(vm_cmpop));
    if (!n->u.Compare.ops) vm_p_nomem(P);
    memcpy(n->u.Compare.ops, opsv, (size_t)nops * sizeof(vm_cmpop));
    n->u.Compare.comparators = vlist(comps);
    return n;
}

static vm_node *inversion(parser *P)
{
    if (kind(P) == VM_TOK_NOT) {
        vm_p_enter(P);
        vm_token *t = advance(P);
        vm_node *x = inversion(P);
        vm_node *n = vm_p_node_at(P, VM_N_UnaryOp, t);
        n->u.UnaryOp.op = VM_UOP_NOT;
        n->u.UnaryOp.operand = x;
        leave(P);
        return n;
    }
    return comparison(P);
}

static vm_node *boolop(parser *P, bool is_or)
{
    vm_token *st = peek(P);
    vm_node *first = is_or ? boolop(P, false) : inversion(P);
    vm_tok k = is_or ? VM_TOK_OR : VM_TOK_AND;
    if (kind(P) != k) return first;
    vec v = { 0 };
    vm_p_vpush(P, &v, first);
    while (accept(P, k)) vm_p_vpush(P, &v, is_or ? boolop(P, false) : inversion(P));
    vm_node *n = vm_p_node_at(P, VM_N_BoolOp, st);
    n->u.BoolOp.op = is_or ? VM_BOOL_OR : VM_BOOL_AND;
    n->u.BoolOp.values = vlist(v);
    return n;
}

static vm_node *lambda(parser *P)
{
    vm_p_enter(P);   /* lambda: lambda: ... nests without brackets */
    vm_token *t = advance(P);
    vm_node *args = vm_p_arguments(P, true);
    vm_p_expect(P, VM_TOK_COLON);
    int f = P->in_func, l = P->in_loop;
    P->in_func = 1; P->in_loop = 0;
    vm_node *body = vm_p_expression(P);
    P->in_func = f; P->in_loop = l;
    vm_node *n = vm_p_node_at(P, VM_N_Lambda, t);
    n->u.Lambda.args = args;
    n->u.Lambda.body = body;
    leave(P);
    return n;
}

vm_node *vm_p_expression(parser *P)
{
    if (kind(P) == VM_TOK_LAMBDA) return lambda(P);
    vm_p_enter(P);
    vm_token *st = peek(P);
    vm_node *body = boolop(P, true);
    if (kind(P) == VM_TOK_IF) {
        advance(P);
        vm_node *test = boolop(P, true);
        if (kind(P) != VM_TOK_ELSE) {
            if (kind(P) != VM_TOK_COLON)
                vm_p_raise_at(P, VM_SYNERR_SYNTAX, body->line, body->col, test->end_line, test->end_col,
                         "expected 'else' after 'if' expression");
            vm_p_invalid(P);
        }
        advance(P);
        vm_node *orelse = vm_p_expression(P);
        vm_node *n = vm_p_node_at(P, VM_N_IfExp, st);
        n->u.IfExp.test = test;
        n->u.IfExp.body = body;
        n->u.IfExp.orelse = orelse;
        body = n;
    }
    leave(P);
    return body;
}

/* an expression where CPython also accepts NAME := expr */
vm_node *vm_p_named_expression(parser *P)
{
    vm_node *e = vm_p_expression(P);
    if (kind(P) == VM_TOK_COLONEQUAL) {
        if (e->kind != VM_N_Name)
            vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "cannot use assignment expressions with %s", vm_p_expr_name(e));
        advance(P);
        vm_node *v = vm_p_expression(P);
        e->u.Name.ctx = VM_STORE;
        vm_node *n = vm_node_new(P->a, VM_N_NamedExpr, e->line, e->col, v->end_line, v->end_col);
        if (!n) vm_p_nomem(P);
        n->u.NamedExpr.target = e;
        n->u.NamedExpr.value = v;
        return n;
    }
    return e;
}

vm_node *vm_p_star_expression(parser *P)
{
    if (kind(P) == VM_TOK_STAR) {
        vm_token *s = advance(P);
        vm_node *val = bitwise_or(P);
        vm_node *x = vm_p_node_at(P, VM_N_Starred, s);
        x->u.Starred.value = val;
        return x;
    }
    return vm_p_expression(P);
}

/* a, b, *c  -> Tuple when there is a comma */
vm_node *vm_p_star_expressions(parser *P)
{
    vm_token *st = peek(P);
    vm_node *first = star_expression(P);
    if (kind(P) != VM_TOK_COMMA) return first;
    vec v = { 0 };
    vm_p_vpush(P, &v, first);
    while (accept(P, VM_TOK_COMMA)) {
        vm_tok k = kind(P);
        if (!vm_p_starts_expression(k) && k != VM_TOK_STAR && k != VM_TOK_MINUS && k != VM_TOK_PLUS &&
            k != VM_TOK_NOT && k != VM_TOK_ELLIPSIS && k != VM_TOK_YIELD && k != VM_TOK_AWAIT)
            break;
        vm_p_vpush(P, &v, star_expression(P));
    }
    vm_node *n = vm_p_node_at(P, VM_N_Tuple, st);
    n->u.Tuple.elts = vlist(v);
    P->bare_tuple = n;
    return n;
}

static vm_node *try_bitwise_or(parser *P)
{
    jmp_buf here;
    P->jb = &here;
    if (setjmp(here)) return NULL;
    return bitwise_or(P);
}

/* At '=': is it followed by a bitwise_or and then neither '=' nor ':='?
 * (CPython's invalid_named_expression, which words its message
 * "cannot assign to X here. Maybe you meant '==' instead of '='?") */
bool vm_p_followed_by_value(parser *P)
{
    int save = P->pos, depth = P->depth;
    jmp_buf *outer = P->jb;
    vm_syntax_error saved = *P->err;
    P->pos++;
    vm_node *v = try_bitwise_or(P);
    bool ok = v && P->t[P->pos].kind != VM_TOK_EQUAL && P->t[P->pos].kind != VM_TOK_COLONEQUAL;
    P->jb = outer;
    *P->err = saved;
    P->pos = save; P->depth = depth;
    return ok;
}

/* a bare starred value outside a tuple/call is an error in CPython */
void vm_p_no_bare_star(parser *P, vm_node *e)
{
    if (e && e->kind == VM_N_Starred)   /* CPython's compiler finds this one */
        vm_p_late(P, &P->late_comp, e->line, e->col, e->end_line, e->end_col, "can't use starred expression here");
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

typedef struct fctx { vm_token *tok, *last; const char *s; int line, col; bool raw; } fctx;

static _Noreturn void fstr_error(parser *P, fctx *F, const char *msg)
{
    vm_token *t = F->last;   /* CPython reports after the whole concatenation */
    vm_p_raise_at(P, VM_SYNERR_SYNTAX, t->end_line, t->end_col, t->end_line, t->end_col, "%s", msg);
}

static void flit(parser *P, fctx *F, vec *parts, size_t from, size_t to)
{
    if (to <= from) return;
    char msg[200];
    size_t bad;
    const char *o;
    size_t on;
    if (vm_decode_string(P->a, F->s + from, to - from, F->raw, &o, &on, msg, sizeof msg, &bad) < 0) {
        if (bad == (size_t)-1) vm_p_unsupported(P, F->tok->line, F->tok->col, "\\N{...} escapes");
        fstr_error(P, F, msg);
    }
    if (!on) return;
    vm_node *c = vm_node_new(P->a, VM_N_Constant, F->tok->line, F->tok->col, F->tok->end_line, F->tok->end_col);
    if (!c) vm_p_nomem(P);
    c->u.Constant.kind = VM_CONST_STR;
    c->u.Constant.s = o;
    c->u.Constant.n = on;
    vm_p_vpush(P, parts, c);
}

/* Parse the tokens of a field; NULL with *sub->err set on error. */
static vm_node *field_parse(parser *sub)
{
    jmp_buf here;
    sub->jb = &here;
    if (setjmp(here)) return NULL;
    vm_node *e = vm_p_star_expressions(sub);
    vm_p_check_comma(sub, e);   /* CPython parses the field as "(expr)": inside brackets */
    if (sub->t[sub->pos].kind != VM_TOK_ENDMARKER) vm_p_invalid(sub);
    return e;
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
    if (vm_tokenize_field(P->a, F->s + from, to - from, P->filename, line, col, &ta) < 0 && ta.n == 0) vm_p_nomem(P);
    parser sub = *P;
    sub.t = ta.toks; sub.n = ta.n; sub.pos = 0; sub.far = 0; sub.ta = &ta;
    vm_node *e = field_parse(&sub);
    if (!e) {
        if (P->err->kind == VM_SYNERR_SYNTAX && strncmp(P->err->msg, "f-string", 8) != 0) {
            char m[VM_SYNERR_MSG_MAX];
            snprintf(m, sizeof m, "f-string: %.240s", P->err->msg);
            memcpy(P->err->msg, m, sizeof m);
        }
        /* the file's own tokenizer error wins as over any parser error */
        vm_token_array *fta = P->ta;
        if (fta->n > 0 && fta->toks[fta->n - 1].kind == VM_TOK_ERRORTOKEN && fta->err_strong)
            *P->err = fta->err;
        longjmp(*P->jb, 1);
    }
    P->late_comp = sub.late_comp;
    if (e->kind == VM_N_Starred) vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "f-string: can't use starred expression here");
    if (e->kind == VM_N_Tuple && sub.t[0].kind != VM_TOK_LPAR) {
        int el, ec;
        body_pos(F->s, to, F->line, F->col, &el, &ec);
        e->line = line; e->col = col - 1; e->end_line = el; e->end_col = ec + 1;
    }
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
            /* nowhere in the expression, not even in its strings (3.11) */
            if (ch == '\\') fstr_error(P, F, "f-string expression part cannot include a backslash");
            if (q) { if (ch == q) q = 0; continue; }
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
                vm_p_unsupported(P, t->line, t->col, "f-string '=' specifiers");
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
            if (!spec) vm_p_nomem(P);
            spec->u.JoinedStr.values = vlist(sp);
            j = k;
        }
        if (j >= n || s[j] != '}') fstr_error(P, F, "f-string: expecting '}'");
        vm_token *t = F->tok;
        vm_node *fv = vm_node_new(P->a, VM_N_FormattedValue, t->line, t->col, t->end_line, t->end_col);
        if (!fv) vm_p_nomem(P);
        fv->u.FormattedValue.value = e;
        fv->u.FormattedValue.conversion = conv;
        fv->u.FormattedValue.format_spec = spec;
        vm_p_vpush(P, parts, fv);
        i = j + 1;
        lit = i;
    }
    flit(P, F, parts, lit, n);
}

static vm_node *fstring(parser *P, vm_token *t, vm_token *last, vec *parts)
{
    fctx F;
    F.tok = t;
    F.last = last;
    F.s = t->v.str.s;
    F.raw = (t->flags & VM_TOKF_RAW) != 0;
    /* the body starts after the prefix and the opening quote(s) */
    int skip = (int)(t->v.str.s - t->start);
    body_pos(t->start, (size_t)skip, t->line, t->col, &F.line, &F.col);
    fstring_body(P, &F, 0, t->v.str.n, parts, 0);
    return NULL;
}


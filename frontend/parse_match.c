/*
 * parse_match.c -- the patterns of a match statement's case clauses
 * (PEP 634), following CPython 3.11's grammar rules `patterns` down to
 * `closed_pattern`, and producing the same pattern nodes as its ast.
 *
 * The grammar is PEG; this is recursive descent with one token of
 * lookahead except where CPython's rule looks further (a NAME followed
 * by '.', '(' or '=').  A group `(p)` is p itself, as in CPython (no node
 * of its own); `_` is the wildcard and never a capture.  Errors CPython
 * reports from its invalid_* rules for patterns are reproduced where
 * they are common ("positional patterns follow keyword patterns",
 * "cannot use '_' as a target", "invalid pattern target"); other bad
 * patterns are "invalid syntax" at the token where parsing stopped.
 *
 * Invariants: every node is in the parser's arena; the semantic checks
 * CPython's compiler makes (irrefutable patterns, names bound twice,
 * alternatives binding different names, duplicate keys) are the
 * compiler's (compiler/compile_match.c), not the parser's.
 */
#include <string.h>
#include "frontend/parser_int.h"

static vm_node *pattern(parser *P);

static bool is_name(const vm_token *t, const char *s)
{
    size_t n = strlen(s);
    return t->kind == VM_TOK_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

static vm_node *new_node(parser *P, vm_node_kind k, const vm_node *from, const vm_node *to)
{
    vm_node *n = vm_node_new(P->a, k, from->line, from->col, to->end_line, to->end_col);
    if (!n) vm_p_nomem(P);
    return n;
}

/* NAME ('.' NAME)*: a Name or an Attribute chain (CPython's name_or_attr) */
static vm_node *name_or_attr(parser *P)
{
    vm_token *t = vm_p_expect_name(P);
    vm_node *e = vm_p_node_at(P, VM_N_Name, t);
    e->u.Name.id = vm_p_ident(P, t);
    while (kind(P) == VM_TOK_DOT) {
        advance(P);
        vm_token *a = vm_p_expect_name(P);
        vm_node *at = vm_p_node_at(P, VM_N_Attribute, t);
        at->u.Attribute.value = e;
        at->u.Attribute.attr = vm_p_ident(P, a);
        e = at;
    }
    return e;
}

/* signed_number, strings, None/True/False as an expression (literal_expr);
 * NULL if the next token starts none of them */
static vm_node *literal_expr(parser *P)
{
    vm_token *t = peek(P);
    switch (t->kind) {
    case VM_TOK_STRING:
        return vm_p_strings(P);
    case VM_TOK_NONE: case VM_TOK_TRUE: case VM_TOK_FALSE: {
        advance(P);
        vm_node *n = vm_p_node_at(P, VM_N_Constant, t);
        n->u.Constant.kind = t->kind == VM_TOK_NONE ? VM_CONST_NONE
                             : t->kind == VM_TOK_TRUE ? VM_CONST_TRUE : VM_CONST_FALSE;
        return n;
    }
    case VM_TOK_INT: case VM_TOK_FLOAT: case VM_TOK_IMAG: case VM_TOK_MINUS: {
        bool neg = t->kind == VM_TOK_MINUS;
        if (neg) advance(P);
        vm_token *num = peek(P);
        if (num->kind != VM_TOK_INT && num->kind != VM_TOK_FLOAT && num->kind != VM_TOK_IMAG) vm_p_invalid(P);
        advance(P);
        vm_node *c = vm_p_node_at(P, VM_N_Constant, num);
        if (num->kind == VM_TOK_INT && (num->flags & VM_TOKF_OVERFLOW)) {
            c->u.Constant.kind = VM_CONST_BIGINT;
            c->u.Constant.s = vm_p_ident(P, num);
            c->u.Constant.n = num->len;
        } else if (num->kind == VM_TOK_INT) {
            c->u.Constant.kind = VM_CONST_INT;
            c->u.Constant.i = num->v.i;
        } else {
            c->u.Constant.kind = VM_CONST_FLOAT;
            c->u.Constant.f = num->v.f;
        }
        /* complex literals (1j, 1 + 2j): the subset has no complex type;
         * reported after the parse, so that a later syntax error wins */
        if (num->kind == VM_TOK_IMAG)
            vm_p_defer_unsupported(P, t->line, t->col, "complex numbers");
        if (kind(P) == VM_TOK_PLUS || kind(P) == VM_TOK_MINUS) {
            advance(P);
            if (kind(P) != VM_TOK_IMAG) vm_p_invalid(P);
            advance(P);
            vm_p_defer_unsupported(P, t->line, t->col, "complex numbers");
        }
        if (!neg) return c;
        vm_node *u = vm_p_node_at(P, VM_N_UnaryOp, t);
        u->u.UnaryOp.op = VM_UOP_USUB;
        u->u.UnaryOp.operand = c;
        return u;
    }
    default:
        return NULL;
    }
}

/* '*' NAME or '*' '_' */
static vm_node *star_pattern(parser *P)
{
    vm_token *st = advance(P);
    vm_token *t = vm_p_expect_name(P);
    vm_node *n = vm_p_node_at(P, VM_N_MatchStar, st);
    n->u.MatchStar.name = is_name(t, "_") ? NULL : vm_p_ident(P, t);
    return n;
}

static vm_node *maybe_star_pattern(parser *P)
{
    return kind(P) == VM_TOK_STAR ? star_pattern(P) : pattern(P);
}

/* the items of '[' ... ']' or '(' ... ')' up to the closing bracket */
static vec sequence_items(parser *P, vm_tok close)
{
    vec v = { 0 };
    while (kind(P) != close) {
        vm_p_vpush(P, &v, maybe_star_pattern(P));
        if (!accept(P, VM_TOK_COMMA)) break;
    }
    return v;
}

static vm_node *mapping_pattern(parser *P)
{
    vm_token *open = advance(P);
    vec keys = { 0 }, pats = { 0 };
    const char *rest = NULL;
    while (kind(P) != VM_TOK_RBRACE) {
        if (kind(P) == VM_TOK_DOUBLESTAR) {
            advance(P);
            vm_token *t = vm_p_expect_name(P);
            if (is_name(t, "_")) { P->pos--; vm_p_invalid(P); }
            rest = vm_p_ident(P, t);
            accept(P, VM_TOK_COMMA);
            break;   /* '**rest' comes last */
        }
        vm_node *k = literal_expr(P);
        if (!k) {
            if (kind(P) != VM_TOK_NAME || vm_p_peek_at(P, 1)->kind != VM_TOK_DOT) vm_p_invalid(P);
            k = name_or_attr(P);
        }
        vm_p_expect(P, VM_TOK_COLON);
        vm_p_vpush(P, &keys, k);
        vm_p_vpush(P, &pats, pattern(P));
        if (!accept(P, VM_TOK_COMMA)) break;
    }
    vm_p_expect(P, VM_TOK_RBRACE);
    vm_node *n = vm_p_node_at(P, VM_N_MatchMapping, open);
    n->u.MatchMapping.keys = vlist(keys);
    n->u.MatchMapping.patterns = vlist(pats);
    n->u.MatchMapping.rest = rest;
    return n;
}

/* cls '(' [positional,] [NAME '=' pattern,] ')' */
static vm_node *class_pattern(parser *P, vm_node *cls, vm_token *st)
{
    advance(P);   /* '(' */
    vec pos = { 0 }, kwp = { 0 };
    int nkw = 0, cap = 0;
    const char **names = NULL;
    vm_node *late_first = NULL, *late_last = NULL;   /* positional patterns after keyword ones */
    while (kind(P) != VM_TOK_RPAR) {
        if (kind(P) == VM_TOK_NAME && vm_p_peek_at(P, 1)->kind == VM_TOK_EQUAL) {
            vm_token *name = advance(P);
            advance(P);
            if (nkw == cap) {
                cap = cap ? cap * 2 : 4;
                const char **nn = vm_arena_alloc(P->a, (size_t)cap * sizeof *nn);
                if (!nn) vm_p_nomem(P);
                if (nkw) memcpy(nn, names, (size_t)nkw * sizeof *nn);
                names = nn;
            }
            names[nkw++] = vm_p_ident(P, name);
            vm_p_vpush(P, &kwp, pattern(P));
            if (late_first) break;
        } else {
            vm_node *p = pattern(P);
            if (nkw) {
                if (!late_first) late_first = p;
                late_last = p;
            } else {
                vm_p_vpush(P, &pos, p);
            }
        }
        if (!accept(P, VM_TOK_COMMA)) break;
    }
    if (late_first)
        vm_p_raise_at(P, VM_SYNERR_SYNTAX, late_first->line, late_first->col, late_last->end_line,
                      late_last->end_col, "positional patterns follow keyword patterns");
    vm_p_expect(P, VM_TOK_RPAR);
    vm_node *n = vm_p_node_at(P, VM_N_MatchClass, st);
    n->u.MatchClass.cls = cls;
    n->u.MatchClass.patterns = vlist(pos);
    n->u.MatchClass.kwd_attrs = names;
    n->u.MatchClass.kwd_patterns = vlist(kwp);
    return n;
}

static vm_node *closed_pattern(parser *P)
{
    vm_token *t = peek(P);
    vm_node *lit = literal_expr(P);
    if (lit) {
        vm_node *n;
        if (lit->kind == VM_N_Constant && (lit->u.Constant.kind == VM_CONST_NONE ||
            lit->u.Constant.kind == VM_CONST_TRUE || lit->u.Constant.kind == VM_CONST_FALSE)) {
            n = new_node(P, VM_N_MatchSingleton, lit, lit);
            n->u.MatchSingleton.kind = lit->u.Constant.kind;
        } else {
            n = new_node(P, VM_N_MatchValue, lit, lit);
            n->u.MatchValue.value = lit;
        }
        return n;
    }
    switch (t->kind) {
    case VM_TOK_NAME: {
        vm_tok next = vm_p_peek_at(P, 1)->kind;
        if (next != VM_TOK_DOT && next != VM_TOK_LPAR) {
            advance(P);
            vm_node *n = vm_p_node_at(P, VM_N_MatchAs, t);
            n->u.MatchAs.name = is_name(t, "_") ? NULL : vm_p_ident(P, t);
            return n;
        }
        vm_node *e = name_or_attr(P);
        if (kind(P) == VM_TOK_LPAR) return class_pattern(P, e, t);
        if (e->kind != VM_N_Attribute) vm_p_invalid(P);
        vm_node *n = new_node(P, VM_N_MatchValue, e, e);
        n->u.MatchValue.value = e;
        return n;
    }
    case VM_TOK_LSQB: {
        advance(P);
        vec v = sequence_items(P, VM_TOK_RSQB);
        vm_p_expect(P, VM_TOK_RSQB);
        vm_node *n = vm_p_node_at(P, VM_N_MatchSequence, t);
        n->u.MatchSequence.patterns = vlist(v);
        return n;
    }
    case VM_TOK_LPAR: {
        advance(P);
        if (kind(P) != VM_TOK_RPAR && kind(P) != VM_TOK_STAR) {
            /* a group pattern unless a comma follows */
            vm_node *p = pattern(P);
            if (accept(P, VM_TOK_RPAR)) return p;
            vm_p_expect(P, VM_TOK_COMMA);
            vec v = sequence_items(P, VM_TOK_RPAR);
            vec all = { 0 };
            vm_p_vpush(P, &all, p);
            for (int i = 0; i < v.n; i++) vm_p_vpush(P, &all, v.items[i]);
            vm_p_expect(P, VM_TOK_RPAR);
            vm_node *n = vm_p_node_at(P, VM_N_MatchSequence, t);
            n->u.MatchSequence.patterns = vlist(all);
            return n;
        }
        vec v = { 0 };
        if (kind(P) == VM_TOK_STAR) {
            /* '(' '*' x ')' is not a sequence: the comma is required */
            vm_p_vpush(P, &v, star_pattern(P));
            vm_p_expect(P, VM_TOK_COMMA);
            vec more = sequence_items(P, VM_TOK_RPAR);
            for (int i = 0; i < more.n; i++) vm_p_vpush(P, &v, more.items[i]);
        }
        vm_p_expect(P, VM_TOK_RPAR);
        vm_node *n = vm_p_node_at(P, VM_N_MatchSequence, t);
        n->u.MatchSequence.patterns = vlist(v);
        return n;
    }
    case VM_TOK_LBRACE:
        return mapping_pattern(P);
    default:
        vm_p_invalid(P);
    }
}

/* closed_pattern ('|' closed_pattern)* ['as' NAME] */
static vm_node *pattern(parser *P)
{
    vm_p_enter(P);
    vm_node *first = closed_pattern(P);
    vm_node *p = first;
    if (kind(P) == VM_TOK_VBAR) {
        vec alts = { 0 };
        vm_p_vpush(P, &alts, first);
        while (accept(P, VM_TOK_VBAR)) vm_p_vpush(P, &alts, closed_pattern(P));
        p = new_node(P, VM_N_MatchOr, first, alts.items[alts.n - 1]);
        p->u.MatchOr.patterns = vlist(alts);
    }
    if (kind(P) == VM_TOK_AS) {
        advance(P);
        vm_token *t = peek(P);
        if (is_name(t, "_"))
            vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "cannot use '_' as a target");
        if (t->kind != VM_TOK_NAME) {
            /* CPython's invalid_as_pattern: 'as' !NAME expression */
            if (!vm_p_starts_expression(t->kind) && t->kind != VM_TOK_MINUS) vm_p_invalid(P);
            vm_node *e = vm_p_expression(P);
            vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "invalid pattern target");
        }
        advance(P);
        vm_node *as = vm_node_new(P->a, VM_N_MatchAs, p->line, p->col, t->end_line, t->end_col);
        if (!as) vm_p_nomem(P);
        as->u.MatchAs.pattern = p;
        as->u.MatchAs.name = vm_p_ident(P, t);
        p = as;
    }
    leave(P);
    return p;
}

/* A case's patterns: one pattern, or an open sequence `a, *b` (a
 * MatchSequence without brackets spanning its items). */
vm_node *vm_p_patterns(parser *P)
{
    vm_node *first = maybe_star_pattern(P);
    if (kind(P) != VM_TOK_COMMA) {
        if (first->kind == VM_N_MatchStar) vm_p_invalid(P);
        return first;
    }
    vec v = { 0 };
    vm_p_vpush(P, &v, first);
    while (accept(P, VM_TOK_COMMA)) {
        vm_tok k = kind(P);
        if (k == VM_TOK_COLON || k == VM_TOK_IF) break;
        vm_p_vpush(P, &v, maybe_star_pattern(P));
    }
    vm_node *n = vm_node_new(P->a, VM_N_MatchSequence, first->line, first->col, prev(P)->end_line, prev(P)->end_col);
    if (!n) vm_p_nomem(P);
    n->u.MatchSequence.patterns = vlist(v);
    return n;
}

/*
 * parse_stmt.c -- the statement half of the parser: parameters, simple and
 * compound statements, blocks, and the entry point vm_parse.
 *
 * Block structure comes from INDENT/DEDENT tokens; a missing block is
 * CPython's IndentationError "expected an indented block after ...".
 * 'return'/'break'/'continue' placement and the like are CPython compiler
 * errors: they are recorded as late errors (parser_int.h) and reported only
 * if the file parses and its symbol table (symtable.c, which owns CPython's
 * symtable errors) builds.
 */
#include <string.h>
#include <stdio.h>
#include "frontend/parser_int.h"
#include "frontend/symtable.h"
#include "runtime/alloc.h"

/* ---- parameters ---------------------------------------------------------- */

static vm_node *new_arg(parser *P, vm_token *name)
{
    vm_node *a = vm_node_new(P->a, VM_N_arg, name->line, name->col, name->end_line, name->end_col);
    if (!a) vm_p_nomem(P);
    a->u.arg.arg = vm_p_ident(P, name);
    return a;
}

/* a parameter's ': expression' (CPython's annotation); *args takes a
 * starred one too (star_annotation, PEP 646: `*args: *Ts`) */
static void annotation(parser *P, vm_node *a, bool star)
{
    advance(P);
    a->u.arg.annotation = star ? vm_p_star_expression(P) : vm_p_expression(P);
}

/* def/lambda parameters, up to (not including) ')' or ':' */
vm_node *vm_p_arguments(parser *P, bool lambda)
{
    vm_tok end = lambda ? VM_TOK_COLON : VM_TOK_RPAR;
    vm_token *st = peek(P);
    vec args = { 0 }, defaults = { 0 }, kwonly = { 0 }, kwdefaults = { 0 };
    vm_node *vararg = NULL, *kwarg = NULL;
    bool star = false;
    vm_token *star_tok = NULL;
    int posonly = 0;
    while (kind(P) != end) {
        vm_token *t = peek(P);
        if (kwarg)
            vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "arguments cannot follow var-keyword argument");
        if (t->kind == VM_TOK_DOUBLESTAR) {
            if (star && !vararg && !kwonly.n)
                vm_p_raise_tok(P, VM_SYNERR_SYNTAX, star_tok, "named arguments must follow bare *");
            advance(P);
            kwarg = new_arg(P, vm_p_expect_name(P));
            if (!lambda && kind(P) == VM_TOK_COLON) annotation(P, kwarg, false);
            if (kind(P) == VM_TOK_EQUAL)
                vm_p_raise_tok(P, VM_SYNERR_SYNTAX, peek(P), "var-keyword argument cannot have default value");
        } else if (t->kind == VM_TOK_SLASH) {
            if (star) vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "/ must be ahead of *");
            if (posonly) vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "/ may appear only once");
            if (!args.n) vm_p_invalid(P);
            advance(P);
            posonly = args.n;
        } else if (t->kind == VM_TOK_STAR) {
            if (star) vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "* argument may appear only once");
            star_tok = advance(P);
            star = true;
            if (kind(P) == VM_TOK_NAME) {
                vararg = new_arg(P, advance(P));
                if (!lambda && kind(P) == VM_TOK_COLON) annotation(P, vararg, true);
            } else if (kind(P) != VM_TOK_COMMA) {
                vm_p_raise_tok(P, VM_SYNERR_SYNTAX, t, "named arguments must follow bare *");
            }
        } else if (t->kind == VM_TOK_NAME) {
            vm_node *a = new_arg(P, advance(P));
            if (!lambda && kind(P) == VM_TOK_COLON) annotation(P, a, false);
            vm_node *def = NULL;
            if (accept(P, VM_TOK_EQUAL)) def = vm_p_expression(P);
            if (!star) {
                if (def) vm_p_vpush(P, &defaults, def);
                else if (defaults.n)
                    vm_p_raise_node(P, VM_SYNERR_SYNTAX, a, "non-default argument follows default argument");
                vm_p_vpush(P, &args, a);
            } else {
                vm_p_vpush(P, &kwonly, a);
                vm_p_vpush(P, &kwdefaults, def);
            }
        } else {
            vm_p_invalid(P);
        }
        if (kind(P) != VM_TOK_COMMA) break;
        vm_token *comma = advance(P);
        if (star && !vararg && !kwonly.n && kind(P) == end)
            vm_p_raise_tok(P, VM_SYNERR_SYNTAX, comma, "named arguments must follow bare *");
    }
    if (star && !vararg && !kwonly.n)
        vm_p_raise_tok(P, VM_SYNERR_SYNTAX, peek(P), "named arguments must follow bare *");
    vm_node *n = (P->pos > 0 && &P->t[P->pos] != st) ? vm_p_node_at(P, VM_N_arguments, st)
               : vm_node_new(P->a, VM_N_arguments, st->line, st->col, st->line, st->col);
    if (!n) vm_p_nomem(P);
    n->u.arguments.args = vlist(args);
    n->u.arguments.defaults = vlist(defaults);
    n->u.arguments.vararg = vararg;
    n->u.arguments.kwonlyargs = vlist(kwonly);
    n->u.arguments.kw_defaults = vlist(kwdefaults);
    n->u.arguments.kwarg = kwarg;
    n->u.arguments.posonly = posonly;
    return n;
}

/* ---- statements --------------------------------------------------------------- */

static void statement(parser *P, vec *out);
static vm_node *ann_assign(parser *P, vm_token *t, vm_node *e);

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
    if (!n) vm_p_nomem(P);
    return n;
}

static bool valid_target(const vm_node *e)
{
    switch (e->kind) {
    case VM_N_Name: case VM_N_Attribute: case VM_N_Subscript: return true;
    case VM_N_Starred: return valid_target(e->u.Starred.value);
    case VM_N_Tuple: case VM_N_List:
        for (int i = 0; i < e->u.Tuple.elts.n; i++)
            if (!valid_target(e->u.Tuple.elts.items[i])) return false;
        return true;
    default: return false;
    }
}

static bool simple_stmt_end(vm_tok k) { return k == VM_TOK_NEWLINE || k == VM_TOK_SEMI; }

static vm_node *simple_stmt(parser *P)
{
    vm_token *t = peek(P);
    vm_node *n;
    switch (t->kind) {
    case VM_TOK_PASS: advance(P); return vm_p_node_at(P, VM_N_Pass, t);
    case VM_TOK_BREAK:
        advance(P);
        n = vm_p_node_at(P, VM_N_Break, t);
        if (!P->in_loop) vm_p_late(P, &P->late_comp, n->line, n->col, n->end_line, n->end_col, "'break' outside loop");
        return n;
    case VM_TOK_CONTINUE:
        advance(P);
        n = vm_p_node_at(P, VM_N_Continue, t);
        if (!P->in_loop) vm_p_late(P, &P->late_comp, n->line, n->col, n->end_line, n->end_col, "'continue' not properly in loop");
        return n;
    case VM_TOK_RETURN: {
        advance(P);
        vm_node *v = NULL;
        if (!simple_stmt_end(kind(P)) && kind(P) != VM_TOK_ENDMARKER) {
            v = vm_p_star_expressions(P);
            vm_p_no_bare_star(P, v);
        }
        n = vm_p_node_at(P, VM_N_Return, t);
        n->u.Return.value = v;
        if (!P->in_func) vm_p_late(P, &P->late_comp, n->line, n->col, n->end_line, n->end_col, "'return' outside function");
        return n;
    }
    case VM_TOK_DEL: {
        advance(P);
        bool multi;
        vm_node *tg = vm_p_target_list(P, T_DEL, &multi);
        n = vm_p_node_at(P, VM_N_Delete, t);
        vec v = { 0 };
        if (multi) {
            /* del a, b: several targets (a parenthesised tuple stays one) */
            for (int i = 0; i < tg->u.Tuple.elts.n; i++) vm_p_vpush(P, &v, tg->u.Tuple.elts.items[i]);
        } else {
            vm_p_vpush(P, &v, tg);
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
            vm_token *nm = vm_p_expect_name(P);
            if (cnt == cap) {
                const char **x = vm_arena_alloc(P->a, (size_t)cap * 2 * sizeof *x);
                if (!x) vm_p_nomem(P);
                memcpy(x, nv, (size_t)cnt * sizeof *x);
                nv = x; cap *= 2;
            }
            nv[cnt++] = vm_p_ident(P, nm);
        } while (accept(P, VM_TOK_COMMA));
        n = vm_p_node_at(P, t->kind == VM_TOK_GLOBAL ? VM_N_Global : VM_N_Nonlocal, t);
        n->u.Global.names = vm_arena_alloc(P->a, (size_t)cnt * sizeof(char *));
        if (!n->u.Global.names) vm_p_nomem(P);
        memcpy(n->u.Global.names, nv, (size_t)cnt * sizeof(char *));
        n->u.Global.n = cnt;
        return n;
    }
    case VM_TOK_ASSERT: {
        advance(P);
        vm_node *test = vm_p_expression(P), *msg = NULL;
        if (accept(P, VM_TOK_COMMA)) msg = vm_p_expression(P);
        n = vm_p_node_at(P, VM_N_Assert, t);
        n->u.Assert.test = test;
        n->u.Assert.msg = msg;
        return n;
    }
    case VM_TOK_RAISE: {
        advance(P);
        vm_node *exc = NULL, *cause = NULL;
        if (!simple_stmt_end(kind(P)) && kind(P) != VM_TOK_ENDMARKER) {
            exc = vm_p_expression(P);
            if (accept(P, VM_TOK_FROM)) cause = vm_p_expression(P);
        }
        n = vm_p_node_at(P, VM_N_Raise, t);
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
                vm_token *a = vm_p_expect_name(P);
                while (kind(P) == VM_TOK_DOT) { advance(P); vm_p_expect_name(P); }
                module = vm_arena_strndup(P->a, a->start, (size_t)(prev(P)->start + prev(P)->len - a->start));
                if (!module) vm_p_nomem(P);
                /* drop blanks/continuations inside a dotted name */
                char *w = (char *)module;
                for (const char *r = module; *r; r++) if (*r == '.' || *r == '_' || (unsigned char)*r >= 128 ||
                     (*r >= '0' && *r <= '9') || ((*r | 0x20) >= 'a' && (*r | 0x20) <= 'z')) *w++ = *r;
                *w = '\0';
            }
            vm_p_expect(P, VM_TOK_IMPORT);
            if (kind(P) == VM_TOK_STAR) {
                vm_token *st = advance(P);
                vm_p_defer_unsupported(P, st->line, st->col, "'from ... import *'");
                n = vm_p_node_at(P, VM_N_ImportFrom, t);
                n->u.ImportFrom.module = module;
                n->u.ImportFrom.level = level;
                return n;
            }
        }
        bool paren = t->kind == VM_TOK_FROM && accept(P, VM_TOK_LPAR);
        vec names = { 0 };
        do {
            if (paren && kind(P) == VM_TOK_RPAR && names.n) break;
            vm_token *a = vm_p_expect_name(P);
            if (t->kind == VM_TOK_IMPORT)
                while (kind(P) == VM_TOK_DOT) { advance(P); vm_p_expect_name(P); }
            vm_node *al = vm_p_node_at(P, VM_N_alias, a);
            char *nm = vm_arena_strndup(P->a, a->start, (size_t)(prev(P)->start + prev(P)->len - a->start));
            if (!nm) vm_p_nomem(P);
            char *w = nm;
            for (const char *r = nm; *r; r++) if (*r != ' ' && *r != '\t' && *r != '\\' && *r != '\n' && *r != '\r') *w++ = *r;
            *w = '\0';
            al->u.alias.name = nm;
            if (accept(P, VM_TOK_AS)) {
                vm_token *as = vm_p_expect_name(P);
                al->u.alias.asname = vm_p_ident(P, as);
                al->end_line = as->end_line;
                al->end_col = as->end_col;
            }
            vm_p_vpush(P, &names, al);
        } while (accept(P, VM_TOK_COMMA));
        if (paren) vm_p_expect(P, VM_TOK_RPAR);
        if (t->kind == VM_TOK_IMPORT) {
            n = vm_p_node_at(P, VM_N_Import, t);
            n->u.Import.names = vlist(names);
        } else {
            n = vm_p_node_at(P, VM_N_ImportFrom, t);
            n->u.ImportFrom.module = module;
            n->u.ImportFrom.names = vlist(names);
            n->u.ImportFrom.level = level;
        }
        return n;
    }
    case VM_TOK_AWAIT: vm_p_unsupported(P, t->line, t->col, "await expressions");
    default: break;
    }
    /* expression statement, assignment, augmented assignment */
    vm_node *e = t->kind == VM_TOK_YIELD ? vm_p_yield_expr(P) : vm_p_star_expressions(P);
    vm_token *op = peek(P);
    if (op->kind == VM_TOK_EQUAL) {
        vec targets = { 0 };
        /* CPython words an invalid first target differently when it is a
         * bitwise_or-level expression directly before '=' */
        vm_node *x = e->kind == VM_N_Tuple && e == P->bare_tuple && e->u.Tuple.elts.n
                     ? e->u.Tuple.elts.items[e->u.Tuple.elts.n - 1] : e;
        bool simple = x->kind != VM_N_Compare && x->kind != VM_N_BoolOp && x->kind != VM_N_IfExp &&
                      x->kind != VM_N_Lambda && x->kind != VM_N_List && x->kind != VM_N_Tuple &&
                      !(x->kind == VM_N_UnaryOp && x->u.UnaryOp.op == VM_UOP_NOT) &&
                      !(x->kind == VM_N_Constant && x->u.Constant.kind <= VM_CONST_FALSE);
        if (simple && vm_p_followed_by_value(P)) {
            if (x->kind != VM_N_Name) P->maybe_target = x;
            else if (!valid_target(e))
                vm_p_raise_node(P, VM_SYNERR_SYNTAX, x, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        while (kind(P) == VM_TOK_EQUAL) {
            vm_p_set_target(P, e, T_ASSIGN, true);
            P->maybe_target = NULL;
            vm_p_vpush(P, &targets, e);
            advance(P);
            e = kind(P) == VM_TOK_YIELD ? vm_p_yield_expr(P) : vm_p_star_expressions(P);
        }
        vm_p_no_bare_star(P, e);
        if (kind(P) == VM_TOK_COLONEQUAL) vm_p_invalid(P);
        n = vm_p_node_at(P, VM_N_Assign, t);
        n->u.Assign.targets = vlist(targets);
        n->u.Assign.value = e;
        return n;
    }
    if (op->kind >= VM_TOK_PLUSEQUAL && op->kind <= VM_TOK_RIGHTSHIFTEQUAL) {
        bool illegal = e->kind != VM_N_Name && e->kind != VM_N_Attribute && e->kind != VM_N_Subscript;
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
        if (o == VM_OP_COUNT) {
            vm_p_defer_unsupported(P, op->line, op->col, "the @= operator");
            o = VM_OP_MULT;
        }
        advance(P);
        vm_node *v = kind(P) == VM_TOK_YIELD ? vm_p_yield_expr(P) : vm_p_star_expressions(P);
        /* CPython's rule needs a value after the operator before it blames the target */
        if (illegal)
            vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "'%s' is an illegal expression for augmented assignment", vm_p_expr_name(e));
        vm_p_set_target(P, e, T_ASSIGN, true);
        vm_p_no_bare_star(P, v);
        n = vm_p_node_at(P, VM_N_AugAssign, t);
        n->u.AugAssign.target = e;
        n->u.AugAssign.op = o;
        n->u.AugAssign.value = v;
        return n;
    }
    if (op->kind == VM_TOK_COLON)
        return ann_assign(P, t, e);
    if (e->kind == VM_N_Name && (strcmp(e->u.Name.id, "print") == 0 || strcmp(e->u.Name.id, "exec") == 0) &&
        vm_p_starts_expression(op->kind)) {
        int save = P->pos;
        vm_node *arg = vm_p_expression(P);
        P->pos = save;
        vm_p_raise_at(P, VM_SYNERR_SYNTAX, e->line, e->col, arg->end_line, arg->end_col,
                 "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->u.Name.id, e->u.Name.id);
    }
    vm_p_no_bare_star(P, e);
    n = vm_p_node_at(P, VM_N_Expr, t);
    n->u.Expr.value = e;
    return n;
}

/* target ':' expression ['=' (yield_expr | star_expressions)] -- CPython's
 * annotated assignment; e is the target already read, t its first token.
 * A bad target is reported as CPython 3.11's invalid_assignment rules do:
 * a list or a parenthesised tuple as a whole, a bare tuple at its first
 * item, anything else but a name, attribute or subscript as "illegal
 * target"; each needs the annotation to parse first, as CPython's rules
 * match 'target : expression' before they raise. */
static vm_node *ann_assign(parser *P, vm_token *t, vm_node *e)
{
    advance(P);
    vm_node *ann = vm_p_expression(P);
    if (e->kind == VM_N_Tuple && e == P->bare_tuple && e->u.Tuple.elts.n)
        vm_p_raise_node(P, VM_SYNERR_SYNTAX, e->u.Tuple.elts.items[0], "only single target (not tuple) can be annotated");
    if (e->kind == VM_N_Tuple || e->kind == VM_N_List)
        vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "only single target (not %s) can be annotated",
                        e->kind == VM_N_Tuple ? "tuple" : "list");
    if (e->kind != VM_N_Name && e->kind != VM_N_Attribute && e->kind != VM_N_Subscript)
        vm_p_raise_node(P, VM_SYNERR_SYNTAX, e, "illegal target for annotation");
    vm_node *v = NULL;
    if (accept(P, VM_TOK_EQUAL)) {
        v = kind(P) == VM_TOK_YIELD ? vm_p_yield_expr(P) : vm_p_star_expressions(P);
        vm_p_no_bare_star(P, v);
    }
    vm_p_set_target(P, e, T_ASSIGN, true);
    vm_node *n = vm_p_node_at(P, VM_N_AnnAssign, t);
    n->u.AnnAssign.target = e;
    n->u.AnnAssign.annotation = ann;
    n->u.AnnAssign.value = v;
    /* a name in parentheses is not simple: `(x): int` is not stored */
    n->u.AnnAssign.simple = e->kind == VM_N_Name && t->kind != VM_TOK_LPAR;
    return n;
}

static void simple_stmts(parser *P, vec *out)
{
    for (;;) {
        vm_p_vpush(P, out, simple_stmt(P));
        if (kind(P) == VM_TOK_SEMI) {
            advance(P);
            if (kind(P) == VM_TOK_NEWLINE) break;
            continue;
        }
        break;
    }
    vm_p_expect(P, VM_TOK_NEWLINE);
}

static vm_list block(parser *P, const char *what, int line)
{
    vec body = { 0 };
    vm_p_enter(P);
    if (kind(P) == VM_TOK_NEWLINE) {
        advance(P);
        if (kind(P) != VM_TOK_INDENT)
            vm_p_raise_tok(P, VM_SYNERR_INDENTATION, peek(P), "expected an indented block after %s on line %d", what, line);
        advance(P);
        while (kind(P) != VM_TOK_DEDENT && kind(P) != VM_TOK_ENDMARKER) statement(P, &body);
        vm_p_expect(P, VM_TOK_DEDENT);
    } else {
        simple_stmts(P, &body);
    }
    leave(P);
    return vlist(body);
}

/* An elif chain is a chain of If nodes, each in the orelse of the one
 * before: built in a loop, so that its length costs no parser recursion
 * (the symbol table bounds how deep the tree may go, as CPython's does). */
static vm_node *if_stmt(parser *P, vm_token *t, const char *what)
{
    vm_node *first = NULL, *last = NULL;
    for (;;) {
        advance(P);
        vm_node *test = vm_p_named_expression(P);
        vm_p_expect_colon(P);
        vm_node *n = new_stmt(P, VM_N_If, t);
        n->u.If.test = test;
        n->u.If.body = block(P, what, t->line);
        end_at(n, n->u.If.body);
        if (last) {
            vm_node **one = vm_arena_alloc(P->a, sizeof *one);
            if (!one) vm_p_nomem(P);
            one[0] = n;
            last->u.If.orelse.items = one;
            last->u.If.orelse.n = 1;
        } else {
            first = n;
        }
        last = n;
        t = peek(P);
        if (t->kind != VM_TOK_ELIF)
            break;
        what = "'elif' statement";
    }
    if (t->kind == VM_TOK_ELSE) {
        advance(P);
        vm_p_expect_colon(P);
        last->u.If.orelse = block(P, "'else' statement", t->line);
        end_at(last, last->u.If.orelse);
    }
    /* Every If of the chain ends where the last one does. */
    for (vm_node *n = first; n != last; n = n->u.If.orelse.items[0]) {
        n->end_line = last->end_line;
        n->end_col = last->end_col;
    }
    return first;
}

static vm_list else_block(parser *P)
{
    vm_token *e = peek(P);
    vm_list none = { 0 };
    if (e->kind != VM_TOK_ELSE) return none;
    advance(P);
    vm_p_expect_colon(P);
    return block(P, "'else' statement", e->line);
}

static vm_node *funcdef(parser *P, vm_list decorators, vm_token *start)
{
    vm_token *t = advance(P);
    vm_token *name = vm_p_expect_name(P);
    vm_p_expect(P, VM_TOK_LPAR);
    int f = P->in_func;
    vm_node *args = vm_p_arguments(P, false);
    vm_p_expect(P, VM_TOK_RPAR);
    vm_node *returns = NULL;
    if (kind(P) == VM_TOK_RARROW) {
        /* CPython's ['->' expression] &&':' -- no expression after the
         * arrow, and the ':' is what it says was expected, there */
        vm_token *ar = advance(P);
        vm_tok k = kind(P);
        if (!vm_p_starts_expression(k) && k != VM_TOK_MINUS && k != VM_TOK_PLUS && k != VM_TOK_NOT &&
            k != VM_TOK_ELLIPSIS && k != VM_TOK_AWAIT)
            vm_p_raise_tok(P, VM_SYNERR_SYNTAX, ar, "expected ':'");
        returns = vm_p_expression(P);
    }
    vm_p_expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_FunctionDef, start ? start : t);
    n->u.FunctionDef.name = vm_p_ident(P, name);
    n->u.FunctionDef.args = args;
    n->u.FunctionDef.decorators = decorators;
    n->u.FunctionDef.returns = returns;
    int l = P->in_loop;
    P->in_func = 1; P->in_loop = 0;
    n->u.FunctionDef.body = block(P, "function definition", t->line);
    P->in_func = f; P->in_loop = l;
    end_at(n, n->u.FunctionDef.body);
    /* CPython positions a decorated def at 'def', not at the first '@' */
    n->line = t->line; n->col = t->col;
    return n;
}

static vm_node *classdef(parser *P, vm_list decorators)
{
    vm_token *t = advance(P);
    vm_token *name = vm_p_expect_name(P);
    vec bases = { 0 }, kws = { 0 };
    if (accept(P, VM_TOK_LPAR)) {
        while (kind(P) != VM_TOK_RPAR) {
            vm_token *s = peek(P);
            if (s->kind == VM_TOK_STAR || s->kind == VM_TOK_DOUBLESTAR) {
                advance(P);
                vm_p_defer_unsupported(P, s->line, s->col, "unpacking in class bases");
            } else if (s->kind == VM_TOK_NAME && vm_p_peek_at(P, 1)->kind == VM_TOK_EQUAL) {
                /* metaclass=M, flag=1: keywords of the __build_class__ call */
                advance(P);
                advance(P);
                vm_node *k = vm_p_node_at(P, VM_N_keyword, s);
                k->u.keyword.arg = vm_p_ident(P, s);
                k->u.keyword.value = vm_p_expression(P);
                vm_p_vpush(P, &kws, k);
                if (!accept(P, VM_TOK_COMMA)) break;
                continue;
            }
            vm_node *b = vm_p_expression(P);
            if (kws.n)
                vm_p_raise_node(P, VM_SYNERR_SYNTAX, b, "positional argument follows keyword argument");
            vm_p_vpush(P, &bases, b);
            vm_p_check_comma(P, b);
            if (!accept(P, VM_TOK_COMMA)) break;
        }
        vm_p_expect(P, VM_TOK_RPAR);
    }
    vm_p_expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_ClassDef, t);
    n->u.ClassDef.name = vm_p_ident(P, name);
    n->u.ClassDef.bases = vlist(bases);
    n->u.ClassDef.keywords = vlist(kws);
    n->u.ClassDef.decorators = decorators;
    int f = P->in_func, l = P->in_loop;
    P->in_func = 0; P->in_loop = 0;
    n->u.ClassDef.body = block(P, "class definition", t->line);
    P->in_func = f; P->in_loop = l;
    end_at(n, n->u.ClassDef.body);
    return n;
}

/* with_item: expression ['as' star_target] */
static vm_node *with_item(parser *P)
{
    vm_node *e = vm_p_expression(P);
    vm_node *it = vm_node_new(P->a, VM_N_withitem, e->line, e->col, e->end_line, e->end_col);
    if (!it) vm_p_nomem(P);
    it->u.withitem.context_expr = e;
    if (accept(P, VM_TOK_AS)) {
        vm_node *target = vm_p_expression(P);
        vm_p_set_target(P, target, T_ASSIGN, true);
        it->u.withitem.optional_vars = target;
    }
    return it;
}

/* 'with' ('(' with_item,+ [','] ')' | with_item,+) ':' block -- the
 * parenthesised form when the bracket closes right before the ':' */
static vm_node *with_stmt(parser *P, vm_token *t)
{
    advance(P);
    bool paren = false;
    if (kind(P) == VM_TOK_LPAR) {
        int depth = 0, i = P->pos;
        for (;; i++) {
            vm_tok k = P->t[i].kind;
            if (k == VM_TOK_ENDMARKER || k == VM_TOK_ERRORTOKEN) break;
            if (k == VM_TOK_LPAR || k == VM_TOK_LSQB || k == VM_TOK_LBRACE) depth++;
            if ((k == VM_TOK_RPAR || k == VM_TOK_RSQB || k == VM_TOK_RBRACE) && --depth == 0) break;
        }
        paren = P->t[i].kind == VM_TOK_RPAR && P->t[i + 1].kind == VM_TOK_COLON;
    }
    vec items = { 0 };
    if (paren) {
        advance(P);
        do {
            if (kind(P) == VM_TOK_RPAR) break;
            vm_p_vpush(P, &items, with_item(P));
        } while (accept(P, VM_TOK_COMMA));
        vm_p_expect(P, VM_TOK_RPAR);
    } else {
        do vm_p_vpush(P, &items, with_item(P));
        while (accept(P, VM_TOK_COMMA));
    }
    vm_p_expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_With, t);
    n->u.With.items = vlist(items);
    n->u.With.body = block(P, "'with' statement", t->line);
    end_at(n, n->u.With.body);
    return n;
}

static vm_node *try_stmt(parser *P)
{
    vm_token *t = advance(P);
    vm_p_expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_Try, t);
    n->u.Try.body = block(P, "'try' statement", t->line);
    vec handlers = { 0 };
    vm_node *bare = NULL;
    while (kind(P) == VM_TOK_EXCEPT) {
        vm_token *e = advance(P);
        bool star = false;
        if (kind(P) == VM_TOK_STAR) {
            vm_token *s = advance(P);
            star = true;
            if (kind(P) == VM_TOK_COLON)
                vm_p_raise_tok(P, VM_SYNERR_SYNTAX, peek(P), "expected one or more exception types");
            if (handlers.n && !n->u.Try.is_star)
                vm_p_raise_at(P, VM_SYNERR_SYNTAX, e->line, e->col, s->end_line, s->end_col,
                              "cannot have both 'except' and 'except*' on the same 'try'");
        } else if (handlers.n && n->u.Try.is_star) {
            vm_p_raise_at(P, VM_SYNERR_SYNTAX, e->line, e->col, e->end_line, e->end_col,
                          "cannot have both 'except' and 'except*' on the same 'try'");
        }
        n->u.Try.is_star = star;
        vm_node *type = NULL;
        const char *name = NULL;
        if (kind(P) != VM_TOK_COLON) {
            type = vm_p_expression(P);
            if (kind(P) == VM_TOK_COMMA) {
                int save = P->pos;
                P->pos = save;
                vm_p_raise_at(P, VM_SYNERR_SYNTAX, type->line, type->col, type->end_line, type->end_col,
                         "multiple exception types must be parenthesized");
            }
            if (accept(P, VM_TOK_AS)) name = vm_p_ident(P, vm_p_expect_name(P));
        }
        vm_p_expect_colon(P);
        vm_node *h = new_stmt(P, VM_N_ExceptHandler, e);
        h->u.ExceptHandler.type = type;
        h->u.ExceptHandler.name = name;
        h->u.ExceptHandler.body = block(P, "'except' statement", e->line);
        end_at(h, h->u.ExceptHandler.body);
        if (bare) vm_p_late(P, &P->late_comp, bare->line, bare->col, bare->end_line, bare->end_col, "default 'except:' must be last");
        if (!type) bare = h;
        vm_p_vpush(P, &handlers, h);
    }
    n->u.Try.handlers = vlist(handlers);
    if (handlers.n) n->u.Try.orelse = else_block(P);
    if (kind(P) == VM_TOK_FINALLY) {
        vm_token *f = advance(P);
        vm_p_expect_colon(P);
        n->u.Try.finalbody = block(P, "'finally' statement", f->line);
    }
    if (!handlers.n && !n->u.Try.finalbody.n)
        vm_p_raise_tok(P, VM_SYNERR_SYNTAX, peek(P), "expected 'except' or 'finally' block");
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
    vm_tok nk = vm_p_peek_at(P, 1)->kind;
    if (nk == VM_TOK_EQUAL || nk == VM_TOK_DOT || nk == VM_TOK_COLON || nk == VM_TOK_NEWLINE) return false;
    for (int i = P->pos + 1; i < P->n; i++) {
        vm_tok k = P->t[i].kind;
        if (k == VM_TOK_NEWLINE || k == VM_TOK_ENDMARKER || k == VM_TOK_ERRORTOKEN) {
            if (i > 0 && P->t[i - 1].kind == VM_TOK_COLON)
                return true;
            break;
        }
    }
    /* `match 5` without its ':': no simple statement starts with the name
     * match followed by one of these, so it is CPython's invalid_match_stmt
     * ("expected ':'" after the subject) */
    switch (nk) {
    case VM_TOK_NAME: case VM_TOK_INT: case VM_TOK_FLOAT: case VM_TOK_IMAG: case VM_TOK_STRING:
    case VM_TOK_NONE: case VM_TOK_TRUE: case VM_TOK_FALSE: case VM_TOK_LBRACE: case VM_TOK_TILDE:
    case VM_TOK_LAMBDA:
        return true;
    default:
        return false;
    }
}

/* 'match' subject ':' NEWLINE INDENT ('case' patterns ['if' guard] ':' block)+ DEDENT */
static vm_node *match_stmt(parser *P, vm_token *t)
{
    advance(P);
    int save = P->pos;
    vm_node *subject = kind(P) == VM_TOK_STAR ? NULL : vm_p_named_expression(P);
    if (!subject || kind(P) == VM_TOK_COMMA) {
        /* star_named_expression ',' ...: a tuple without parentheses */
        P->pos = save;
        subject = vm_p_star_expressions(P);
        if (subject->kind != VM_N_Tuple) vm_p_invalid(P);
    }
    vm_p_expect_colon(P);
    vm_node *n = new_stmt(P, VM_N_Match, t);
    n->u.Match.subject = subject;
    vm_p_expect(P, VM_TOK_NEWLINE);
    if (kind(P) != VM_TOK_INDENT)
        vm_p_raise_tok(P, VM_SYNERR_INDENTATION, peek(P), "expected an indented block after 'match' statement on line %d", t->line);
    advance(P);
    vec cases = { 0 };
    vm_p_enter(P);
    do {
        vm_token *c = peek(P);
        if (c->kind != VM_TOK_NAME || c->len != 4 || memcmp(c->start, "case", 4) != 0) vm_p_invalid(P);
        advance(P);
        vm_node *pat = vm_p_patterns(P);
        vm_node *guard = NULL;
        if (accept(P, VM_TOK_IF)) guard = vm_p_named_expression(P);
        vm_p_expect_colon(P);
        vm_node *mc = new_stmt(P, VM_N_match_case, c);
        mc->u.match_case.pattern = pat;
        mc->u.match_case.guard = guard;
        mc->u.match_case.body = block(P, "'case' statement", c->line);
        end_at(mc, mc->u.match_case.body);
        vm_p_vpush(P, &cases, mc);
    } while (kind(P) != VM_TOK_DEDENT && kind(P) != VM_TOK_ENDMARKER);
    leave(P);
    vm_p_expect(P, VM_TOK_DEDENT);
    n->u.Match.cases = vlist(cases);
    end_at(n, n->u.Match.cases);
    return n;
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
        vm_node *test = vm_p_named_expression(P);
        vm_p_expect_colon(P);
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
        vm_node *target = vm_p_target_list(P, T_FOR, NULL);
        vm_p_expect(P, VM_TOK_IN);
        vm_node *iter = vm_p_star_expressions(P);
        vm_p_no_bare_star(P, iter);
        vm_p_expect_colon(P);
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
            vm_p_vpush(P, &decs, vm_p_named_expression(P));
            vm_p_expect(P, VM_TOK_NEWLINE);
        }
        if (kind(P) == VM_TOK_DEF) n = funcdef(P, vlist(decs), NULL);
        else if (kind(P) == VM_TOK_CLASS) n = classdef(P, vlist(decs));
        else if (kind(P) == VM_TOK_ASYNC) vm_p_unsupported(P, peek(P)->line, peek(P)->col, "async functions");
        else vm_p_invalid(P);
        break;
    }
    case VM_TOK_WITH: n = with_stmt(P, t); break;
    case VM_TOK_ASYNC: vm_p_unsupported(P, t->line, t->col, "'async' statements");
    case VM_TOK_INDENT: vm_p_invalid(P);
    default:
        if (is_match_stmt(P)) {
            n = match_stmt(P, t);
            break;
        }
        simple_stmts(P, out);
        return;
    }
    vm_p_vpush(P, out, n);
}

/* The statements of the file; NULL (with *P->err set) on error.  All
 * parser errors longjmp here. */
static vm_node *file_input(parser *P)
{
    jmp_buf jb;
    P->jb = &jb;
    if (setjmp(jb)) return NULL;
    vm_token *first = peek(P);
    vec body = { 0 };
    while (kind(P) != VM_TOK_ENDMARKER) statement(P, &body);
    vm_node *mod = vm_node_new(P->a, VM_N_Module, first->line, 0, prev(P)->end_line, prev(P)->end_col);
    if (!mod) vm_p_nomem(P);
    mod->u.Module.body = vlist(body);
    /* errors CPython finds after parsing, in its order: symtable, compiler */
    vm_ast whole = { P->a, mod, P->filename };
    vm_symtable *st = vm_symtable_build(&whole, P->err);
    if (!st) {
        /* an error with the statement's span (the annotation checks):
         * CPython shows the line and carets under the statement */
        vm_syntax_error *e = P->err;
        if (e->kind == VM_SYNERR_SYNTAX && e->lineno > 0 &&
            (e->end_lineno > e->lineno || (e->end_lineno == e->lineno && e->end_offset > e->offset))) {
            int start = e->offset - 1, end_col = e->end_offset - 1;
            vm_syntax_error_set_text(e, P->src, P->len, e->end_lineno, end_col);
            int end_chars = e->offset;
            vm_syntax_error_set_text(e, P->src, P->len, e->lineno, start);
            if (e->end_lineno == e->lineno)
                e->end_offset = end_chars;
        }
        return NULL;
    }
    vm_symtable_free(st);
    const vm_syntax_error *late[] = { &P->late_comp, &P->late_unsup };
    for (int i = 0; i < 2; i++)
        if (late[i]->kind != VM_SYNERR_NONE) { *P->err = *late[i]; return NULL; }
    int tab = P->ta->tab_line;
    if (tab) {
        vm_syntax_error *e = P->err;
        e->kind = VM_SYNERR_UNSUPPORTED;
        e->filename = P->filename;
        e->lineno = e->end_lineno = tab;
        vm_syntax_error_set_text(e, P->src, P->len, tab, 0);
        e->end_offset = e->offset;
        snprintf(e->msg, sizeof e->msg,
                 "tab characters in indentation: not supported by the gclab Python subset (line %d)", tab);
        return NULL;
    }
    return mod;
}

vm_ast *vm_parse(const char *src, size_t len, const char *filename, vm_syntax_error *err)
{
    memset(err, 0, sizeof *err);
    vm_arena *arena = vm_arena_new();
    vm_ast *ast = arena ? vm_arena_alloc(arena, sizeof *ast) : NULL;
    if (!ast) {
        vm_arena_free(arena);
        err->kind = VM_SYNERR_NOMEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory while parsing");
        err->filename = filename;
        return NULL;
    }
    /* a UTF-8 byte order mark is not part of the program (a second one
     * is: the lexer rejects U+FEFF as a non-printable character) */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }
    if (!vm_check_utf8(src, len, filename, err)) {
        vm_arena_free(arena);
        return NULL;
    }
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
    vm_node *mod = file_input(&P);
    if (!mod) {
        vm_arena_free(arena);
        return NULL;
    }
    ast->arena = arena;
    ast->module = mod;
    ast->filename = filename;
    return ast;
}

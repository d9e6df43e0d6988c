/*
 * unparse.c -- an expression's source text, as CPython 3.11's C unparser
 * (Python/ast_unparse.c, _PyAST_ExprAsUnicode) writes it: what `from
 * __future__ import annotations` (PEP 563) stores for every annotation.
 *
 * The text is rebuilt from the tree, not copied from the source: spacing
 * is normalised (`a+b` is 'a + b'), parentheses are the ones operator
 * precedence needs (each node is written at a level; it adds parentheses
 * when the level asks for a tighter binding than its own), constants are
 * their repr() (so "x" becomes 'x'), and nothing is folded (CPython's AST
 * optimiser leaves annotations alone under this future).
 *
 * Invariants: the builder is discarded on every error path; a failure
 * (memory) unwinds the compilation through vm_c_fail.
 */
#include <string.h>
#include "compiler/compile_int.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/float.h"

/* ast_unparse.c's precedence levels, loosest first */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct unparser {
    compiler *c;
    rt_str_builder b;
} unparser;

static void up_fail(unparser *u)
{
    rt_str_builder_discard(&u->b);
    rt_err_clear();
    vm_c_nomem(u->c);
}

static void put(unparser *u, const char *s)
{
    if (rt_str_builder_append_cstr(&u->b, s) < 0)
        up_fail(u);
}

static void put_if(unparser *u, bool cond, const char *s)
{
    if (cond)
        put(u, s);
}

static void put_str(unparser *u, rt_object *s)
{
    int r = s ? rt_str_builder_append_str(&u->b, s) : -1;
    RT_XDECREF(s);
    if (r < 0)
        up_fail(u);
}

static void expr(unparser *u, const vm_node *e, int level);

/* repr() of a constant, with CPython's "1e309" for an infinite float (a
 * literal that overflows): the text must evaluate back to the value */
static void constant(unparser *u, const vm_node *e)
{
    if (e->u.Constant.kind == VM_CONST_ELLIPSIS) {
        put(u, "...");
        return;
    }
    rt_object *v = vm_c_constant(e);
    if (!v)
        up_fail(u);
    rt_object *r = rt_repr(v);
    rt_decref(v);
    if (r && e->u.Constant.kind == VM_CONST_FLOAT && strcmp(rt_str_data(r), "inf") == 0) {
        rt_decref(r);
        r = rt_str_from_cstr("1e309");
    }
    put_str(u, r);
}

static void elts(unparser *u, const vm_list *l)
{
    for (int i = 0; i < l->n; i++) {
        put_if(u, i > 0, ", ");
        expr(u, l->items[i], PR_TEST);
    }
}

static void comprehensions(unparser *u, const vm_node *g)
{
    for (; g; g = g->u.comprehension.next) {
        put(u, " for ");
        expr(u, g->u.comprehension.target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->u.comprehension.iter, PR_TEST + 1);
        for (int i = 0; i < g->u.comprehension.ifs.n; i++) {
            put(u, " if ");
            expr(u, g->u.comprehension.ifs.items[i], PR_TEST + 1);
        }
    }
}

static void arg(unparser *u, const vm_node *a)
{
    put(u, a->u.arg.arg);
    if (a->u.arg.annotation) {
        put(u, ": ");
        expr(u, a->u.arg.annotation, PR_TEST);
    }
}

/* a lambda's parameters, as append_ast_args */
static void arguments(unparser *u, const vm_node *a)
{
    bool first = true;
    const vm_list *args = &a->u.arguments.args, *defs = &a->u.arguments.defaults;
    int posonly = a->u.arguments.posonly;
    for (int i = 0; i < args->n; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, args->items[i]);
        int di = i - args->n + defs->n;
        if (di >= 0) {
            put(u, "=");
            expr(u, defs->items[di], PR_TEST);
        }
        put_if(u, posonly > 0 && i + 1 == posonly, ", /");
    }
    const vm_list *kw = &a->u.arguments.kwonlyargs;
    if (a->u.arguments.vararg || kw->n) {
        put_if(u, !first, ", ");
        first = false;
        put(u, "*");
        if (a->u.arguments.vararg)
            arg(u, a->u.arguments.vararg);
    }
    for (int i = 0; i < kw->n; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, kw->items[i]);
        const vm_node *d = a->u.arguments.kw_defaults.items[i];
        if (d) {
            put(u, "=");
            expr(u, d, PR_TEST);
        }
    }
    if (a->u.arguments.kwarg) {
        put_if(u, !first, ", ");
        put(u, "**");
        arg(u, a->u.arguments.kwarg);
    }
}

/* a str part of an f-string, its braces doubled */
static void fstring_text(unparser *u, rt_str_builder *b, const vm_node *e)
{
    const char *s = e->u.Constant.s;
    for (size_t i = 0; i < e->u.Constant.n; i++) {
        int r = s[i] == '{' ? rt_str_builder_append(b, "{{", 2)
                : s[i] == '}' ? rt_str_builder_append(b, "}}", 2)
                              : rt_str_builder_append(b, s + i, 1);
        if (r < 0)
            up_fail(u);
    }
}

static void fstring_body(unparser *u, rt_str_builder *b, const vm_node *e);

/* {value!c:spec}: the value written at PR_TEST + 1 (a lambda gets
 * parentheses), a space after the brace when the text starts with one */
static void formatted_value(unparser *u, rt_str_builder *b, const vm_node *e)
{
    unparser inner = { u->c, { 0 } };
    rt_str_builder_init(&inner.b);
    expr(&inner, e->u.FormattedValue.value, PR_TEST + 1);
    rt_object *text = rt_str_builder_finish(&inner.b);
    if (!text)
        up_fail(u);
    int r = rt_str_builder_append_cstr(b, rt_str_data(text)[0] == '{' ? "{ " : "{");
    if (r == 0)
        r = rt_str_builder_append_str(b, text);
    rt_decref(text);
    int conv = e->u.FormattedValue.conversion;
    if (r == 0 && conv > 0) {
        char cs[3] = { '!', (char)conv, 0 };
        r = rt_str_builder_append_cstr(b, cs);
    }
    if (r < 0)
        up_fail(u);
    if (e->u.FormattedValue.format_spec) {
        if (rt_str_builder_append_char(b, ':') < 0)
            up_fail(u);
        fstring_body(u, b, e->u.FormattedValue.format_spec);
    }
    if (rt_str_builder_append_char(b, '}') < 0)
        up_fail(u);
}

static void fstring_body(unparser *u, rt_str_builder *b, const vm_node *e)
{
    if (e->kind == VM_N_Constant) {
        fstring_text(u, b, e);
        return;
    }
    if (e->kind == VM_N_FormattedValue) {
        formatted_value(u, b, e);
        return;
    }
    for (int i = 0; i < e->u.JoinedStr.values.n; i++)
        fstring_body(u, b, e->u.JoinedStr.values.items[i]);
}

/* f'...': the body built apart, then written as the repr of that text */
static void joined_str(unparser *u, const vm_node *e)
{
    rt_str_builder body;
    rt_str_builder_init(&body);
    fstring_body(u, &body, e);
    rt_object *s = rt_str_builder_finish(&body);
    if (!s)
        up_fail(u);
    put(u, "f");
    put_str(u, rt_repr(s));
    rt_decref(s);
}

static const char *binop_text(vm_operator op, int *pr)
{
    switch (op) {
    case VM_OP_ADD: *pr = PR_ARITH; return " + ";
    case VM_OP_SUB: *pr = PR_ARITH; return " - ";
    case VM_OP_MULT: *pr = PR_TERM; return " * ";
    case VM_OP_DIV: *pr = PR_TERM; return " / ";
    case VM_OP_MOD: *pr = PR_TERM; return " % ";
    case VM_OP_FLOORDIV: *pr = PR_TERM; return " // ";
    case VM_OP_LSHIFT: *pr = PR_SHIFT; return " << ";
    case VM_OP_RSHIFT: *pr = PR_SHIFT; return " >> ";
    case VM_OP_BITOR: *pr = PR_BOR; return " | ";
    case VM_OP_BITXOR: *pr = PR_BXOR; return " ^ ";
    case VM_OP_BITAND: *pr = PR_BAND; return " & ";
    case VM_OP_POW: default: *pr = PR_POWER; return " ** ";
    }
}

static const char *cmpop_text(vm_cmpop op)
{
    switch (op) {
    case VM_CMP_EQ: return " == ";
    case VM_CMP_NOTEQ: return " != ";
    case VM_CMP_LT: return " < ";
    case VM_CMP_LTE: return " <= ";
    case VM_CMP_GT: return " > ";
    case VM_CMP_GTE: return " >= ";
    case VM_CMP_IS: return " is ";
    case VM_CMP_ISNOT: return " is not ";
    case VM_CMP_IN: return " in ";
    case VM_CMP_NOTIN: default: return " not in ";
    }
}

static void expr(unparser *u, const vm_node *e, int level)
{
    vm_c_check_stack(u->c);
    switch (e->kind) {
    case VM_N_BoolOp: {
        int pr = e->u.BoolOp.op == VM_BOOL_AND ? PR_AND : PR_OR;
        put_if(u, level > pr, "(");
        for (int i = 0; i < e->u.BoolOp.values.n; i++) {
            put_if(u, i > 0, e->u.BoolOp.op == VM_BOOL_AND ? " and " : " or ");
            expr(u, e->u.BoolOp.values.items[i], pr + 1);
        }
        put_if(u, level > pr, ")");
        break;
    }
    case VM_N_BinOp: {
        int pr;
        const char *op = binop_text(e->u.BinOp.op, &pr);
        int rassoc = e->u.BinOp.op == VM_OP_POW;
        put_if(u, level > pr, "(");
        expr(u, e->u.BinOp.left, pr + rassoc);
        put(u, op);
        expr(u, e->u.BinOp.right, pr + !rassoc);
        put_if(u, level > pr, ")");
        break;
    }
    case VM_N_UnaryOp: {
        vm_unaryop op = e->u.UnaryOp.op;
        int pr = op == VM_UOP_NOT ? PR_NOT : PR_FACTOR;
        put_if(u, level > pr, "(");
        put(u, op == VM_UOP_INVERT ? "~" : op == VM_UOP_NOT ? "not " : op == VM_UOP_UADD ? "+" : "-");
        expr(u, e->u.UnaryOp.operand, pr);
        put_if(u, level > pr, ")");
        break;
    }
    case VM_N_Lambda: {
        const vm_node *a = e->u.Lambda.args;
        put_if(u, level > PR_TEST, "(");
        put(u, a->u.arguments.args.n ? "lambda " : "lambda");
        arguments(u, a);
        put(u, ": ");
        expr(u, e->u.Lambda.body, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    }
    case VM_N_IfExp:
        put_if(u, level > PR_TEST, "(");
        expr(u, e->u.IfExp.body, PR_TEST + 1);
        put(u, " if ");
        expr(u, e->u.IfExp.test, PR_TEST + 1);
        put(u, " else ");
        expr(u, e->u.IfExp.orelse, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case VM_N_Dict:
        put(u, "{");
        for (int i = 0; i < e->u.Dict.values.n; i++) {
            put_if(u, i > 0, ", ");
            const vm_node *k = e->u.Dict.keys.items[i];
            if (k) {
                expr(u, k, PR_TEST);
                put(u, ": ");
                expr(u, e->u.Dict.values.items[i], PR_TEST);
            } else {
                put(u, "**");
                expr(u, e->u.Dict.values.items[i], PR_EXPR);
            }
        }
        put(u, "}");
        break;
    case VM_N_Set:
        put(u, "{");
        elts(u, &e->u.List.elts);   /* a set display shares List's fields */
        put(u, "}");
        break;
    case VM_N_List:
        put(u, "[");
        elts(u, &e->u.List.elts);
        put(u, "]");
        break;
    case VM_N_Tuple:
        if (e->u.Tuple.elts.n == 0) {
            put(u, "()");
            break;
        }
        put_if(u, level > PR_TUPLE, "(");
        elts(u, &e->u.Tuple.elts);
        put_if(u, e->u.Tuple.elts.n == 1, ",");
        put_if(u, level > PR_TUPLE, ")");
        break;
    case VM_N_GeneratorExp:
    case VM_N_ListComp:
    case VM_N_SetComp: {
        const char *open = e->kind == VM_N_GeneratorExp ? "(" : e->kind == VM_N_ListComp ? "[" : "{";
        put(u, open);
        expr(u, e->u.ListComp.elt, PR_TEST);
        comprehensions(u, e->u.ListComp.gen);
        put(u, e->kind == VM_N_GeneratorExp ? ")" : e->kind == VM_N_ListComp ? "]" : "}");
        break;
    }
    case VM_N_DictComp:
        put(u, "{");
        expr(u, e->u.DictComp.key, PR_TEST);
        put(u, ": ");
        expr(u, e->u.DictComp.value, PR_TEST);
        comprehensions(u, e->u.DictComp.gen);
        put(u, "}");
        break;
    case VM_N_Yield:
        if (!e->u.Yield.value) {
            put(u, "(yield)");
            break;
        }
        put(u, "(yield ");
        expr(u, e->u.Yield.value, PR_TEST);
        put(u, ")");
        break;
    case VM_N_YieldFrom:
        put(u, "(yield from ");
        expr(u, e->u.YieldFrom.value, PR_TEST);
        put(u, ")");
        break;
    case VM_N_Compare:
        put_if(u, level > PR_CMP, "(");
        expr(u, e->u.Compare.left, PR_CMP + 1);
        for (int i = 0; i < e->u.Compare.comparators.n; i++) {
            put(u, cmpop_text(e->u.Compare.ops[i]));
            expr(u, e->u.Compare.comparators.items[i], PR_CMP + 1);
        }
        put_if(u, level > PR_CMP, ")");
        break;
    case VM_N_Call: {
        expr(u, e->u.Call.func, PR_ATOM);
        const vm_list *a = &e->u.Call.args, *kw = &e->u.Call.keywords;
        if (a->n == 1 && kw->n == 0 && a->items[0]->kind == VM_N_GeneratorExp) {
            expr(u, a->items[0], PR_TEST);   /* f(x for x in y): its own parentheses */
            break;
        }
        put(u, "(");
        bool first = true;
        for (int i = 0; i < a->n; i++) {
            put_if(u, !first, ", ");
            first = false;
            expr(u, a->items[i], PR_TEST);
        }
        for (int i = 0; i < kw->n; i++) {
            put_if(u, !first, ", ");
            first = false;
            const vm_node *k = kw->items[i];
            if (k->u.keyword.arg) {
                put(u, k->u.keyword.arg);
                put(u, "=");
            } else {
                put(u, "**");
            }
            expr(u, k->u.keyword.value, PR_TEST);
        }
        put(u, ")");
        break;
    }
    case VM_N_Constant:
        constant(u, e);
        break;
    case VM_N_JoinedStr:
    case VM_N_FormattedValue:
        joined_str(u, e);
        break;
    case VM_N_Attribute: {
        const vm_node *v = e->u.Attribute.value;
        expr(u, v, PR_ATOM);
        /* 1 .real: an int needs the space to stay an int */
        bool intc = v->kind == VM_N_Constant
                    && (v->u.Constant.kind == VM_CONST_INT || v->u.Constant.kind == VM_CONST_BIGINT);
        put(u, intc ? " ." : ".");
        put(u, e->u.Attribute.attr);
        break;
    }
    case VM_N_Subscript:
        expr(u, e->u.Subscript.value, PR_ATOM);
        put(u, "[");
        expr(u, e->u.Subscript.slice, PR_TUPLE);
        put(u, "]");
        break;
    case VM_N_Starred:
        put(u, "*");
        expr(u, e->u.Starred.value, PR_EXPR);
        break;
    case VM_N_Slice:
        if (e->u.Slice.lower)
            expr(u, e->u.Slice.lower, PR_TEST);
        put(u, ":");
        if (e->u.Slice.upper)
            expr(u, e->u.Slice.upper, PR_TEST);
        if (e->u.Slice.step) {
            put(u, ":");
            expr(u, e->u.Slice.step, PR_TEST);
        }
        break;
    case VM_N_Name:
        put(u, e->u.Name.id);
        break;
    case VM_N_NamedExpr:
        put_if(u, level > PR_TUPLE, "(");
        expr(u, e->u.NamedExpr.target, PR_ATOM);
        put(u, " := ");
        expr(u, e->u.NamedExpr.value, PR_ATOM);
        put_if(u, level > PR_TUPLE, ")");
        break;
    default:
        rt_str_builder_discard(&u->b);
        vm_c_not_implemented(u->c, e, "unparsing this annotation");
    }
}

rt_object *vm_c_unparse(compiler *c, const vm_node *e)
{
    unparser u = { c, { 0 } };
    rt_str_builder_init(&u.b);
    expr(&u, e, PR_TEST);
    rt_object *s = rt_str_builder_finish(&u.b);
    if (!s) {
        rt_err_clear();
        vm_c_nomem(c);
    }
    return s;
}

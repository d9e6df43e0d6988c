/*
 * ast.c -- the AST arena, node constructor and the S-expression dump.
 *
 * The arena hands out zeroed, 16-byte aligned memory from chunks obtained
 * with rt_raw_malloc (the RAW domain: front-end memory must not disturb
 * the object allocator's statistics).  Nothing is freed individually; the
 * whole tree goes at once with vm_arena_free.
 *
 * The dump is deterministic text used by tests and `gclab parse`: one
 * parenthesised form per node, fields in CPython's ast order, lists in
 * brackets, absent optional fields as `-`.
 */
#include <string.h>
#include <stdarg.h>
#include <math.h>
#include <stdlib.h>
#include "frontend/ast.h"
#include "frontend/token.h"
#include "runtime/alloc.h"

/* Big enough for a typical workload file's tree in one or two chunks,
 * small enough that an f-string field's sub-parse does not waste much. */
#define ARENA_CHUNK_MIN ((size_t)16 << 10)

typedef struct chunk { struct chunk *prev; size_t size, used; } chunk;
struct vm_arena { chunk *cur; size_t total; };

vm_arena *vm_arena_new(void)
{
    vm_arena *a = rt_raw_calloc(1, sizeof *a);
    return a;
}

void *vm_arena_alloc(vm_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    chunk *c = a->cur;
    size_t hdr = (sizeof(chunk) + 15) & ~(size_t)15;
    if (!c || c->size - c->used < n) {
        size_t sz = n + hdr > ARENA_CHUNK_MIN ? n + hdr : ARENA_CHUNK_MIN;
        chunk *nc = rt_raw_malloc(sz);
        if (!nc) return NULL;
        nc->prev = c; nc->size = sz; nc->used = hdr;
        a->cur = c = nc;
        a->total += sz;
    }
    void *p = (char *)c + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *vm_arena_strndup(vm_arena *a, const char *s, size_t n)
{
    char *p = vm_arena_alloc(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void vm_arena_free(vm_arena *a)
{
    if (!a) return;
    chunk *c = a->cur;
    while (c) { chunk *p = c->prev; rt_raw_free(c); c = p; }
    rt_raw_free(a);
}

size_t vm_arena_bytes(const vm_arena *a) { return a ? a->total : 0; }

vm_node *vm_node_new(vm_arena *a, vm_node_kind kind, int line, int col, int end_line, int end_col)
{
    vm_node *n = vm_arena_alloc(a, sizeof *n);
    if (!n) return NULL;
    n->kind = kind;
    n->line = line; n->col = col; n->end_line = end_line; n->end_col = end_col;
    return n;
}

void vm_ast_free(vm_ast *ast)
{
    if (!ast) return;
    vm_arena *a = ast->arena;
    vm_arena_free(a);      /* the vm_ast struct itself lives in the arena */
}

static const char *const node_names[] = {
#define VM_NODE_NAME(name) #name,
    VM_NODE_LIST(VM_NODE_NAME)
#undef VM_NODE_NAME
};

const char *vm_node_kind_name(vm_node_kind k)
{
    return (unsigned)k < VM_N_COUNT ? node_names[k] : "?";
}

const char *vm_operator_symbol(vm_operator op)
{
    static const char *const s[] = { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&" };
    return (unsigned)op < VM_OP_COUNT ? s[op] : "?";
}

const char *vm_cmpop_symbol(vm_cmpop op)
{
    static const char *const s[] = { "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in" };
    return (unsigned)op <= VM_CMP_NOTIN ? s[op] : "?";
}

const char *vm_syntax_kind_name(vm_syntax_kind k)
{
    switch (k) {
    case VM_SYNERR_SYNTAX: return "SyntaxError";
    case VM_SYNERR_INDENTATION: return "IndentationError";
    case VM_SYNERR_TAB: return "TabError";
    case VM_SYNERR_UNSUPPORTED: return "NotImplementedError";
    case VM_SYNERR_NOMEMORY: return "MemoryError";
    case VM_SYNERR_RECURSION: return "RecursionError";
    default: return "";
    }
}

/* ---- dump ------------------------------------------------------------- */

typedef struct sbuf { char *p; size_t n, cap; bool oom; } sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *q = rt_raw_realloc(b->p, cap);
        if (!q) { b->oom = true; return; }
        b->p = q; b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_puts(sbuf *b, const char *s) { sb_put(b, s, strlen(s)); }

static void sb_printf(sbuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k > 0) sb_put(b, tmp, (size_t)k < sizeof tmp ? (size_t)k : sizeof tmp - 1);
}

static void dump(sbuf *b, const vm_node *n, bool pos);

static void dump_list(sbuf *b, vm_list l, bool pos)
{
    sb_puts(b, " [");
    for (int i = 0; i < l.n; i++) {
        if (i) sb_puts(b, " ");
        dump(b, l.items[i], pos);
    }
    sb_puts(b, "]");
}

static void dump_opt(sbuf *b, const vm_node *n, bool pos)
{
    sb_puts(b, " ");
    if (n) dump(b, n, pos); else sb_puts(b, "-");
}

static void dump_str(sbuf *b, const char *s, size_t n)
{
    sb_puts(b, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\n': sb_puts(b, "\\n"); break;
        case '\t': sb_puts(b, "\\t"); break;
        case '\r': sb_puts(b, "\\r"); break;
        case '\\': sb_puts(b, "\\\\"); break;
        case '"': sb_puts(b, "\\\""); break;
        default:
            if (c < 0x20 || c == 0x7f) sb_printf(b, "\\x%02x", c);
            else sb_put(b, (const char *)&c, 1);
        }
    }
    sb_puts(b, "\"");
}

static const char *ctx_name(vm_ctx c) { return c == VM_STORE ? "Store" : c == VM_DEL ? "Del" : "Load"; }

static void dump_float(sbuf *b, double d)
{
    if (isinf(d)) { sb_puts(b, d > 0 ? "inf" : "-inf"); return; }
    if (isnan(d)) { sb_puts(b, "nan"); return; }
    /* Python's repr: shortest round-trip digits, positional notation for
     * exponents -4..15, scientific otherwise */
    char e[40];
    int prec;
    for (prec = 0; prec < 17; prec++) {
        snprintf(e, sizeof e, "%.*e", prec, d);
        if (strtod(e, NULL) == d) break;
    }
    char *ep = strchr(e, 'e');
    int exp = atoi(ep + 1);
    char digits[24];
    size_t nd = 0;
    for (char *q = e; q < ep; q++) if (*q >= '0' && *q <= '9') digits[nd++] = *q;
    digits[nd] = '\0';
    if (d < 0) sb_puts(b, "-");
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            sb_puts(b, "0.");
            for (int i = -1; i > exp; i--) sb_puts(b, "0");
            sb_puts(b, digits);
        } else {
            for (int i = 0; i <= exp; i++) sb_put(b, i < (int)nd ? &digits[i] : "0", 1);
            sb_puts(b, ".");
            if ((int)nd > exp + 1) sb_puts(b, digits + exp + 1); else sb_puts(b, "0");
        }
    } else {
        sb_put(b, digits, 1);
        if (nd > 1) { sb_puts(b, "."); sb_puts(b, digits + 1); }
        sb_printf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

static void dump(sbuf *b, const vm_node *n, bool pos)
{
    if (!n) { sb_puts(b, "-"); return; }
    sb_puts(b, "(");
    sb_puts(b, vm_node_kind_name(n->kind));
    switch (n->kind) {
    case VM_N_Module: dump_list(b, n->u.Module.body, pos); break;
    case VM_N_FunctionDef:
        sb_printf(b, " %s", n->u.FunctionDef.name);
        dump_opt(b, n->u.FunctionDef.args, pos);
        dump_list(b, n->u.FunctionDef.body, pos);
        if (n->u.FunctionDef.decorators.n) dump_list(b, n->u.FunctionDef.decorators, pos);
        if (n->u.FunctionDef.returns) { sb_puts(b, " ->"); dump_opt(b, n->u.FunctionDef.returns, pos); }
        break;
    case VM_N_ClassDef:
        sb_printf(b, " %s", n->u.ClassDef.name);
        dump_list(b, n->u.ClassDef.bases, pos);
        dump_list(b, n->u.ClassDef.body, pos);
        if (n->u.ClassDef.decorators.n) dump_list(b, n->u.ClassDef.decorators, pos);
        if (n->u.ClassDef.keywords.n) dump_list(b, n->u.ClassDef.keywords, pos);
        break;
    case VM_N_Return: dump_opt(b, n->u.Return.value, pos); break;
    case VM_N_Delete: dump_list(b, n->u.Delete.targets, pos); break;
    case VM_N_Assign: dump_list(b, n->u.Assign.targets, pos); dump_opt(b, n->u.Assign.value, pos); break;
    case VM_N_AugAssign:
        dump_opt(b, n->u.AugAssign.target, pos);
        sb_printf(b, " %s=", vm_operator_symbol(n->u.AugAssign.op));
        dump_opt(b, n->u.AugAssign.value, pos);
        break;
    case VM_N_AnnAssign:
        dump_opt(b, n->u.AnnAssign.target, pos);
        dump_opt(b, n->u.AnnAssign.annotation, pos);
        dump_opt(b, n->u.AnnAssign.value, pos);
        sb_printf(b, " %d", n->u.AnnAssign.simple);
        break;
    case VM_N_For:
        dump_opt(b, n->u.For.target, pos); dump_opt(b, n->u.For.iter, pos);
        dump_list(b, n->u.For.body, pos); dump_list(b, n->u.For.orelse, pos);
        break;
    case VM_N_While:
        dump_opt(b, n->u.While.test, pos); dump_list(b, n->u.While.body, pos);
        dump_list(b, n->u.While.orelse, pos);
        break;
    case VM_N_If:
        dump_opt(b, n->u.If.test, pos); dump_list(b, n->u.If.body, pos);
        dump_list(b, n->u.If.orelse, pos);
        break;
    case VM_N_Raise: dump_opt(b, n->u.Raise.exc, pos); dump_opt(b, n->u.Raise.cause, pos); break;
    case VM_N_Try:
        dump_list(b, n->u.Try.body, pos); dump_list(b, n->u.Try.handlers, pos);
        dump_list(b, n->u.Try.orelse, pos); dump_list(b, n->u.Try.finalbody, pos);
        break;
    case VM_N_Assert: dump_opt(b, n->u.Assert.test, pos); dump_opt(b, n->u.Assert.msg, pos); break;
    case VM_N_Import: dump_list(b, n->u.Import.names, pos); break;
    case VM_N_ImportFrom:
        sb_printf(b, " %s %d", n->u.ImportFrom.module ? n->u.ImportFrom.module : "-", n->u.ImportFrom.level);
        dump_list(b, n->u.ImportFrom.names, pos);
        break;
    case VM_N_Global: case VM_N_Nonlocal:
        for (int i = 0; i < n->u.Global.n; i++) sb_printf(b, " %s", n->u.Global.names[i]);
        break;
    case VM_N_Expr: dump_opt(b, n->u.Expr.value, pos); break;
    case VM_N_Pass: case VM_N_Break: case VM_N_Continue: break;
    case VM_N_BoolOp:
        sb_puts(b, n->u.BoolOp.op == VM_BOOL_AND ? " and" : " or");
        dump_list(b, n->u.BoolOp.values, pos);
        break;
    case VM_N_BinOp:
        dump_opt(b, n->u.BinOp.left, pos);
        sb_printf(b, " %s", vm_operator_symbol(n->u.BinOp.op));
        dump_opt(b, n->u.BinOp.right, pos);
        break;
    case VM_N_UnaryOp: {
        static const char *const s[] = { "~", "not", "+", "-" };
        sb_printf(b, " %s", s[n->u.UnaryOp.op]);
        dump_opt(b, n->u.UnaryOp.operand, pos);
        break;
    }
    case VM_N_Lambda: dump_opt(b, n->u.Lambda.args, pos); dump_opt(b, n->u.Lambda.body, pos); break;
    case VM_N_IfExp:
        dump_opt(b, n->u.IfExp.test, pos); dump_opt(b, n->u.IfExp.body, pos);
        dump_opt(b, n->u.IfExp.orelse, pos);
        break;
    case VM_N_Dict: dump_list(b, n->u.Dict.keys, pos); dump_list(b, n->u.Dict.values, pos); break;
    case VM_N_ListComp: case VM_N_SetComp: case VM_N_GeneratorExp:
        dump_opt(b, n->u.ListComp.elt, pos); dump_opt(b, n->u.ListComp.gen, pos);
        break;
    case VM_N_Yield: case VM_N_YieldFrom: dump_opt(b, n->u.Yield.value, pos); break;
    case VM_N_NamedExpr: dump_opt(b, n->u.NamedExpr.target, pos); dump_opt(b, n->u.NamedExpr.value, pos); break;
    case VM_N_With: dump_list(b, n->u.With.items, pos); dump_list(b, n->u.With.body, pos); break;
    case VM_N_withitem:
        dump_opt(b, n->u.withitem.context_expr, pos); dump_opt(b, n->u.withitem.optional_vars, pos);
        break;
    case VM_N_Set: dump_list(b, n->u.List.elts, pos); break;
    case VM_N_Match: dump_opt(b, n->u.Match.subject, pos); dump_list(b, n->u.Match.cases, pos); break;
    case VM_N_match_case:
        dump_opt(b, n->u.match_case.pattern, pos); dump_opt(b, n->u.match_case.guard, pos);
        dump_list(b, n->u.match_case.body, pos);
        break;
    case VM_N_MatchValue: dump_opt(b, n->u.MatchValue.value, pos); break;
    case VM_N_MatchSingleton:
        sb_puts(b, n->u.MatchSingleton.kind == VM_CONST_NONE ? " None"
                   : n->u.MatchSingleton.kind == VM_CONST_TRUE ? " True" : " False");
        break;
    case VM_N_MatchSequence: case VM_N_MatchOr: dump_list(b, n->u.MatchSequence.patterns, pos); break;
    case VM_N_MatchMapping:
        dump_list(b, n->u.MatchMapping.keys, pos); dump_list(b, n->u.MatchMapping.patterns, pos);
        sb_printf(b, " %s", n->u.MatchMapping.rest ? n->u.MatchMapping.rest : "-");
        break;
    case VM_N_MatchClass:
        dump_opt(b, n->u.MatchClass.cls, pos); dump_list(b, n->u.MatchClass.patterns, pos);
        sb_puts(b, " [");
        for (int i = 0; i < n->u.MatchClass.kwd_patterns.n; i++)
            sb_printf(b, i ? " %s" : "%s", n->u.MatchClass.kwd_attrs[i]);
        sb_puts(b, "]");
        dump_list(b, n->u.MatchClass.kwd_patterns, pos);
        break;
    case VM_N_MatchStar: sb_printf(b, " %s", n->u.MatchStar.name ? n->u.MatchStar.name : "-"); break;
    case VM_N_MatchAs:
        dump_opt(b, n->u.MatchAs.pattern, pos);
        sb_printf(b, " %s", n->u.MatchAs.name ? n->u.MatchAs.name : "-");
        break;
    case VM_N_DictComp:
        dump_opt(b, n->u.DictComp.key, pos); dump_opt(b, n->u.DictComp.value, pos);
        dump_opt(b, n->u.DictComp.gen, pos);
        break;
    case VM_N_Compare:
        dump_opt(b, n->u.Compare.left, pos);
        for (int i = 0; i < n->u.Compare.comparators.n; i++) {
            sb_printf(b, " %s", vm_cmpop_symbol(n->u.Compare.ops[i]));
            dump_opt(b, n->u.Compare.comparators.items[i], pos);
        }
        break;
    case VM_N_Call:
        dump_opt(b, n->u.Call.func, pos); dump_list(b, n->u.Call.args, pos);
        dump_list(b, n->u.Call.keywords, pos);
        break;
    case VM_N_FormattedValue:
        dump_opt(b, n->u.FormattedValue.value, pos);
        if (n->u.FormattedValue.conversion >= 0) sb_printf(b, " !%c", n->u.FormattedValue.conversion);
        else sb_puts(b, " -");
        dump_opt(b, n->u.FormattedValue.format_spec, pos);
        break;
    case VM_N_JoinedStr: dump_list(b, n->u.JoinedStr.values, pos); break;
    case VM_N_Constant:
        switch (n->u.Constant.kind) {
        case VM_CONST_NONE: sb_puts(b, " None"); break;
        case VM_CONST_TRUE: sb_puts(b, " True"); break;
        case VM_CONST_FALSE: sb_puts(b, " False"); break;
        case VM_CONST_ELLIPSIS: sb_puts(b, " Ellipsis"); break;
        case VM_CONST_INT: sb_printf(b, " %lld", (long long)n->u.Constant.i); break;
        case VM_CONST_BIGINT: sb_puts(b, " bigint:"); sb_put(b, n->u.Constant.s, n->u.Constant.n); break;
        case VM_CONST_FLOAT: sb_puts(b, " "); dump_float(b, n->u.Constant.f); break;
        case VM_CONST_COMPLEX: sb_puts(b, " "); dump_float(b, n->u.Constant.f); sb_puts(b, "j"); break;
        case VM_CONST_STR: sb_puts(b, " "); dump_str(b, n->u.Constant.s, n->u.Constant.n); break;
        case VM_CONST_BYTES: sb_puts(b, " b"); dump_str(b, n->u.Constant.s, n->u.Constant.n); break;
        }
        break;
    case VM_N_Attribute:
        dump_opt(b, n->u.Attribute.value, pos);
        sb_printf(b, " %s %s", n->u.Attribute.attr, ctx_name(n->u.Attribute.ctx));
        break;
    case VM_N_Subscript:
        dump_opt(b, n->u.Subscript.value, pos); dump_opt(b, n->u.Subscript.slice, pos);
        sb_printf(b, " %s", ctx_name(n->u.Subscript.ctx));
        break;
    case VM_N_Starred:
        dump_opt(b, n->u.Starred.value, pos);
        sb_printf(b, " %s", ctx_name(n->u.Starred.ctx));
        break;
    case VM_N_Name: sb_printf(b, " %s %s", n->u.Name.id, ctx_name(n->u.Name.ctx)); break;
    case VM_N_List: case VM_N_Tuple:
        dump_list(b, n->u.List.elts, pos);
        sb_printf(b, " %s", ctx_name(n->u.List.ctx));
        break;
    case VM_N_Slice:
        dump_opt(b, n->u.Slice.lower, pos); dump_opt(b, n->u.Slice.upper, pos);
        dump_opt(b, n->u.Slice.step, pos);
        break;
    case VM_N_comprehension:
        dump_opt(b, n->u.comprehension.target, pos); dump_opt(b, n->u.comprehension.iter, pos);
        dump_list(b, n->u.comprehension.ifs, pos);
        if (n->u.comprehension.next) dump_opt(b, n->u.comprehension.next, pos);
        break;
    case VM_N_ExceptHandler:
        dump_opt(b, n->u.ExceptHandler.type, pos);
        sb_printf(b, " %s", n->u.ExceptHandler.name ? n->u.ExceptHandler.name : "-");
        dump_list(b, n->u.ExceptHandler.body, pos);
        break;
    case VM_N_arguments:
        dump_list(b, n->u.arguments.args, pos); dump_list(b, n->u.arguments.defaults, pos);
        dump_opt(b, n->u.arguments.vararg, pos);
        dump_list(b, n->u.arguments.kwonlyargs, pos); dump_list(b, n->u.arguments.kw_defaults, pos);
        if (n->u.arguments.kwarg) { sb_printf(b, " **"); dump_opt(b, n->u.arguments.kwarg, pos); }
        if (n->u.arguments.posonly) sb_printf(b, " /%d", n->u.arguments.posonly);
        break;
    case VM_N_arg:
        sb_printf(b, " %s", n->u.arg.arg);
        if (n->u.arg.annotation) dump_opt(b, n->u.arg.annotation, pos);
        break;
    case VM_N_keyword:
        sb_printf(b, " %s", n->u.keyword.arg ? n->u.keyword.arg : "**");
        dump_opt(b, n->u.keyword.value, pos);
        break;
    case VM_N_alias:
        sb_printf(b, " %s", n->u.alias.name);
        if (n->u.alias.asname) sb_printf(b, " as %s", n->u.alias.asname);
        break;
    default: break;
    }
    sb_puts(b, ")");
    /* as in CPython's ast, these carry no position in the dump */
    if (pos && n->kind != VM_N_Module && n->kind != VM_N_arguments && n->kind != VM_N_comprehension
        && n->kind != VM_N_withitem && n->kind != VM_N_match_case)
        sb_printf(b, "@%d:%d-%d:%d", n->line, n->col, n->end_line, n->end_col);
}

char *vm_ast_dump(const vm_node *n, bool positions)
{
    sbuf b = { 0 };
    dump(&b, n, positions);
    if (b.oom) { rt_raw_free(b.p); return NULL; }
    if (!b.p) { b.p = rt_raw_malloc(1); if (b.p) b.p[0] = '\0'; }
    return b.p;
}

void vm_ast_fdump(FILE *out, const vm_node *n, bool positions)
{
    char *s = vm_ast_dump(n, positions);
    if (s) { fputs(s, out); fputc('\n', out); rt_raw_free(s); }
}

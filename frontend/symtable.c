/*
 * symtable.c -- two passes over the AST: build the scopes and record what
 * each scope does with each name, then classify every name (symtable.h).
 *
 * Pass 1 (visit_*) mirrors CPython's symtable_visit_*: declarations that
 * conflict with earlier uses ("name 'x' is used prior to global
 * declaration") are reported in source order while visiting.  Pass 2
 * (analyze) goes top-down, so that when a name in an inner scope resolves
 * to a binding in an enclosing function, that binding is already LOCAL and
 * can be upgraded to CELL, and every scope in between gets a pass-through
 * FREE symbol (classes in between get VM_SYMF_FREE_CLASS when they bind
 * the name themselves, as CPython's DEF_FREE_CLASS).
 */
#include <setjmp.h>
#include <string.h>
#include <stdarg.h>
#include <stdio.h>
#include "frontend/symtable.h"
#include "runtime/alloc.h"
#include "runtime/str.h"
#include "runtime/recursion.h"

typedef struct builder {
    vm_symtable *st;
    vm_syntax_error *err;
    const char *filename;
    int depth;          /* nesting of visit_stmt/visit_expr */
    jmp_buf jb;
} builder;

/* CPython 3.11's symbol table allows 3 levels per unit of the recursion
 * limit (COMPILER_STACK_FRAME_SCALE): an elif chain of 2,000 compiles,
 * one of 3,000 does not. */
#define MAX_DEPTH 3000

static _Noreturn void st_error(builder *B, int line, int col, const char *fmt, ...)
{
    vm_syntax_error *e = B->err;
    memset(e, 0, sizeof *e);
    e->kind = VM_SYNERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->filename = B->filename;
    e->lineno = e->end_lineno = line;
    e->offset = e->end_offset = col + 1;   /* CPython gives no source text for these */
    longjmp(B->jb, 1);
}

/* An error CPython gives the span of statement n (its annotation checks) */
static _Noreturn void st_error_span(builder *B, const vm_node *n, const char *fmt, ...)
{
    vm_syntax_error *e = B->err;
    memset(e, 0, sizeof *e);
    e->kind = VM_SYNERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->filename = B->filename;
    e->lineno = n->line;
    e->offset = n->col + 1;
    e->end_lineno = n->end_line;
    e->end_offset = n->end_col + 1;
    longjmp(B->jb, 1);
}

static _Noreturn void st_nomem(builder *B)
{
    memset(B->err, 0, sizeof *B->err);
    B->err->kind = VM_SYNERR_NOMEMORY;
    snprintf(B->err->msg, sizeof B->err->msg, "out of memory in the symbol table");
    longjmp(B->jb, 1);
}

/* Deeper than MAX_DEPTH, or the C stack runs low (the compiler, which
 * recurses as deep as this pass, needs its share too): RecursionError. */
static void st_enter(builder *B)
{
    if (++B->depth <= MAX_DEPTH && !rt_stack_low())
        return;
    memset(B->err, 0, sizeof *B->err);
    B->err->kind = VM_SYNERR_RECURSION;
    snprintf(B->err->msg, sizeof B->err->msg, "maximum recursion depth exceeded during compilation");
    longjmp(B->jb, 1);
}

static void *st_alloc(builder *B, size_t n)
{
    void *p = vm_arena_alloc(B->st->arena, n);
    if (!p) st_nomem(B);
    return p;
}

/* ---- names ------------------------------------------------------------ */

const char *vm_symtable_mangle(vm_arena *a, const char *private_name, const char *name)
{
    size_t n = strlen(name);
    if (!private_name || n < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;   /* __dunder__ */
    if (strchr(name, '.')) return name;                         /* dotted import names */
    while (*private_name == '_') private_name++;
    if (!*private_name) return name;                             /* class named only with '_' */
    size_t pn = strlen(private_name);
    char *m = vm_arena_alloc(a, pn + n + 2);
    if (!m) return NULL;
    m[0] = '_';
    memcpy(m + 1, private_name, pn);
    memcpy(m + 1 + pn, name, n + 1);
    return m;
}

/* Scopes with more symbols than this get a hash index: below it a linear
 * scan of short names is as fast as hashing them. */
#define ST_INDEX_MIN 16

static size_t name_slot(const char *name, int cap)
{
    return (size_t)rt_str_hash_bytes(name, (intptr_t)strlen(name)) & (size_t)(cap - 1);
}

const vm_symbol *vm_symtable_lookup(const vm_scope *s, const char *name)
{
    if (s->index) {
        /* linear probing; the table is at most half full */
        for (size_t i = name_slot(name, s->index_cap);; i = (i + 1) & (size_t)(s->index_cap - 1)) {
            int ix = s->index[i];
            if (ix == 0)
                return NULL;
            if (strcmp(s->syms[ix - 1].name, name) == 0)
                return &s->syms[ix - 1];
        }
    }
    for (int i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    return NULL;
}

static vm_symbol *find(vm_scope *s, const char *name)
{
    return (vm_symbol *)vm_symtable_lookup(s, name);
}

static void index_put(vm_scope *s, int pos)
{
    size_t i = name_slot(s->syms[pos].name, s->index_cap);
    while (s->index[i])
        i = (i + 1) & (size_t)(s->index_cap - 1);
    s->index[i] = pos + 1;
}

/* Keep the index at most half full (arena memory: the old table is left
 * behind, a geometric series bounded by twice the final one). */
static void index_grow(builder *B, vm_scope *s)
{
    int cap = s->index_cap ? s->index_cap * 2 : 4 * ST_INDEX_MIN;
    s->index = st_alloc(B, (size_t)cap * sizeof *s->index);   /* zeroed: empty */
    s->index_cap = cap;
    for (int i = 0; i < s->nsyms; i++)
        index_put(s, i);
}

static vm_symbol *add_raw(builder *B, vm_scope *s, const char *name, int line, int col)
{
    vm_symbol *y = find(s, name);
    if (y) return y;
    if (s->nsyms == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        vm_symbol *n = st_alloc(B, (size_t)cap * sizeof *n);
        if (s->nsyms) memcpy(n, s->syms, (size_t)s->nsyms * sizeof *n);
        s->syms = n;
        s->cap = cap;
    }
    y = &s->syms[s->nsyms++];
    memset(y, 0, sizeof *y);
    y->name = name;
    y->line = line;
    y->col = col;
    if (s->index && 2 * s->nsyms <= s->index_cap)
        index_put(s, s->nsyms - 1);
    else if (s->nsyms > ST_INDEX_MIN)
        index_grow(B, s);
    return y;
}

/* Record a use/binding/declaration of name (unmangled) in scope s. */
static void add_sym(builder *B, vm_scope *s, const char *raw, unsigned flag, int line, int col)
{
    const char *name = vm_symtable_mangle(B->st->arena, s->private_name, raw);
    if (!name) st_nomem(B);
    vm_symbol *y = add_raw(B, s, name, line, col);
    if (flag & (VM_SYMF_GLOBAL | VM_SYMF_NONLOCAL)) {
        const char *what = (flag & VM_SYMF_GLOBAL) ? "global" : "nonlocal";
        if (y->flags & VM_SYMF_PARAM) st_error(B, line, col, "name '%s' is parameter and %s", raw, what);
        if (y->flags & VM_SYMF_USED) st_error(B, line, col, "name '%s' is used prior to %s declaration", raw, what);
        if (y->flags & VM_SYMF_ANNOT) st_error(B, line, col, "annotated name '%s' can't be %s", raw, what);
        if (y->flags & VM_SYMF_ASSIGNED)
            st_error(B, line, col, "name '%s' is assigned to before %s declaration", raw, what);
        if (!(y->flags & (VM_SYMF_GLOBAL | VM_SYMF_NONLOCAL))) { y->decl_line = line; y->decl_col = col; }
    }
    y->flags |= flag;
    /* as CPython, a `global` anywhere also declares the name in the module */
    if ((flag & VM_SYMF_GLOBAL) && s != B->st->top) {
        vm_symbol *g = add_raw(B, B->st->top, name, line, col);
        g->flags |= VM_SYMF_GLOBAL;
    }
}

static vm_scope *new_scope(builder *B, vm_scope_kind k, const char *name, const vm_node *node, vm_scope *parent)
{
    vm_scope *s = st_alloc(B, sizeof *s);
    s->kind = k;
    s->name = name;
    s->node = node;
    s->parent = parent;
    s->private_name = parent ? parent->private_name : NULL;
    if (parent) {
        if (parent->nchildren == parent->ccap) {
            int cap = parent->ccap ? parent->ccap * 2 : 4;
            vm_scope **c = st_alloc(B, (size_t)cap * sizeof *c);
            if (parent->nchildren) memcpy(c, parent->children, (size_t)parent->nchildren * sizeof *c);
            parent->children = c;
            parent->ccap = cap;
        }
        parent->children[parent->nchildren++] = s;
    }
    vm_symtable *st = B->st;
    if (st->nall == st->allcap) {
        int cap = st->allcap ? st->allcap * 2 : 16;
        vm_scope **a = st_alloc(B, (size_t)cap * sizeof *a);
        if (st->nall) memcpy(a, st->all, (size_t)st->nall * sizeof *a);
        st->all = a;
        st->allcap = cap;
    }
    s->id = st->nall;
    st->all[st->nall++] = s;
    return s;
}

/* ---- pass 1: visit -------------------------------------------------------- */

static void visit_stmt(builder *B, vm_scope *s, const vm_node *n);
static void visit_expr(builder *B, vm_scope *s, const vm_node *n);

static void visit_stmts(builder *B, vm_scope *s, vm_list l)
{
    for (int i = 0; i < l.n; i++) visit_stmt(B, s, l.items[i]);
}

static void visit_exprs(builder *B, vm_scope *s, vm_list l)
{
    for (int i = 0; i < l.n; i++)
        if (l.items[i]) visit_expr(B, s, l.items[i]);
}

static void visit_opt(builder *B, vm_scope *s, const vm_node *n)
{
    if (n) visit_expr(B, s, n);
}

static void add_param(builder *B, vm_scope *s, const vm_node *a)
{
    const char *name = vm_symtable_mangle(B->st->arena, s->private_name, a->u.arg.arg);
    if (!name) st_nomem(B);
    const vm_symbol *y = vm_symtable_lookup(s, name);
    if (y && (y->flags & VM_SYMF_PARAM))
        st_error(B, a->line, a->col, "duplicate argument '%s' in function definition", a->u.arg.arg);
    add_sym(B, s, a->u.arg.arg, VM_SYMF_ASSIGNED | VM_SYMF_PARAM, a->line, a->col);
}

/* defaults and annotations are evaluated in the enclosing scope (in
 * CPython's order: defaults, keyword defaults, the parameters'
 * annotations, the return annotation), parameters bound in the new one */
static void visit_params(builder *B, vm_scope *outer, vm_scope *inner, const vm_node *args, const vm_node *returns)
{
    if (!args) return;
    visit_exprs(B, outer, args->u.arguments.defaults);
    visit_exprs(B, outer, args->u.arguments.kw_defaults);
    const vm_list *ann[2] = { &args->u.arguments.args, &args->u.arguments.kwonlyargs };
    for (int g = 0; g < 2; g++) {
        for (int i = 0; i < ann[g]->n; i++)
            visit_opt(B, outer, ann[g]->items[i]->u.arg.annotation);
        const vm_node *star = g ? args->u.arguments.kwarg : args->u.arguments.vararg;
        if (star) visit_opt(B, outer, star->u.arg.annotation);
    }
    visit_opt(B, outer, returns);
    vm_list groups[2] = { args->u.arguments.args, args->u.arguments.kwonlyargs };
    for (int g = 0; g < 2; g++)
        for (int i = 0; i < groups[g].n; i++) {
            const vm_node *a = groups[g].items[i];
            add_param(B, inner, a);
        }
    if (args->u.arguments.vararg) add_param(B, inner, args->u.arguments.vararg);
    if (args->u.arguments.kwarg) add_param(B, inner, args->u.arguments.kwarg);
}

static void visit_comprehension(builder *B, vm_scope *s, const vm_node *n, const vm_node *gen,
                                const vm_node *elt, const vm_node *value, const char *name)
{
    /* the outermost iterable is evaluated where the comprehension is */
    visit_expr(B, s, gen->u.comprehension.iter);
    vm_scope *c = new_scope(B, VM_SCOPE_COMPREHENSION, name, n, s);
    c->generator = n->kind == VM_N_GeneratorExp;
    add_sym(B, c, ".0", VM_SYMF_ASSIGNED | VM_SYMF_PARAM, n->line, n->col);
    visit_expr(B, c, gen->u.comprehension.target);
    visit_exprs(B, c, gen->u.comprehension.ifs);
    for (const vm_node *g = gen->u.comprehension.next; g; g = g->u.comprehension.next) {
        visit_expr(B, c, g->u.comprehension.iter);
        visit_expr(B, c, g->u.comprehension.target);
        visit_exprs(B, c, g->u.comprehension.ifs);
    }
    visit_expr(B, c, elt);
    visit_opt(B, c, value);
}

/* Whether a comprehension target binds name. */
static bool target_binds(const vm_node *t, const char *name)
{
    switch (t->kind) {
    case VM_N_Name: return strcmp(t->u.Name.id, name) == 0;
    case VM_N_Starred: return target_binds(t->u.Starred.value, name);
    case VM_N_Tuple: case VM_N_List:
        for (int i = 0; i < t->u.Tuple.elts.n; i++)
            if (target_binds(t->u.Tuple.elts.items[i], name))
                return true;
        return false;
    default: return false;
    }
}

/* The first 'for' clause of comprehension node n. */
static const vm_node *comp_generators(const vm_node *n)
{
    return n->kind == VM_N_DictComp ? n->u.DictComp.gen : n->u.ListComp.gen;
}

static void visit_expr(builder *B, vm_scope *s, const vm_node *n)
{
    st_enter(B);
    switch (n->kind) {
    case VM_N_Name:
        add_sym(B, s, n->u.Name.id, n->u.Name.ctx == VM_LOAD ? VM_SYMF_USED : VM_SYMF_ASSIGNED, n->line, n->col);
        /* zero-argument super() needs the class: CPython adds an implicit use */
        if (n->u.Name.ctx == VM_LOAD && strcmp(n->u.Name.id, "super") == 0 &&
            (s->kind == VM_SCOPE_FUNCTION || s->kind == VM_SCOPE_COMPREHENSION))
            add_sym(B, s, "__class__", VM_SYMF_USED, n->line, n->col);
        break;
    case VM_N_BoolOp: visit_exprs(B, s, n->u.BoolOp.values); break;
    case VM_N_BinOp: visit_expr(B, s, n->u.BinOp.left); visit_expr(B, s, n->u.BinOp.right); break;
    case VM_N_UnaryOp: visit_expr(B, s, n->u.UnaryOp.operand); break;
    case VM_N_Lambda: {
        vm_scope *f = new_scope(B, VM_SCOPE_FUNCTION, "<lambda>", n, s);
        visit_params(B, s, f, n->u.Lambda.args, NULL);
        visit_expr(B, f, n->u.Lambda.body);
        break;
    }
    case VM_N_IfExp:
        visit_expr(B, s, n->u.IfExp.test); visit_expr(B, s, n->u.IfExp.body); visit_expr(B, s, n->u.IfExp.orelse);
        break;
    case VM_N_Dict: visit_exprs(B, s, n->u.Dict.keys); visit_exprs(B, s, n->u.Dict.values); break;
    case VM_N_ListComp:
        visit_comprehension(B, s, n, n->u.ListComp.gen, n->u.ListComp.elt, NULL, "<listcomp>");
        break;
    case VM_N_SetComp:
        visit_comprehension(B, s, n, n->u.ListComp.gen, n->u.ListComp.elt, NULL, "<setcomp>");
        break;
    case VM_N_DictComp:
        visit_comprehension(B, s, n, n->u.DictComp.gen, n->u.DictComp.key, n->u.DictComp.value, "<dictcomp>");
        break;
    case VM_N_GeneratorExp:
        visit_comprehension(B, s, n, n->u.GeneratorExp.gen, n->u.GeneratorExp.elt, NULL, "<genexpr>");
        break;
    case VM_N_NamedExpr: {
        visit_expr(B, s, n->u.NamedExpr.value);
        const char *name = n->u.NamedExpr.target->u.Name.id;
        if (s->kind == VM_SCOPE_COMPREHENSION) {
            /* PEP 572: the target binds in the nearest enclosing function
             * or module scope, as if declared nonlocal/global in each
             * comprehension on the way */
            vm_scope *e = s;
            for (; e->kind == VM_SCOPE_COMPREHENSION; e = e->parent)
                for (const vm_node *g = comp_generators(e->node); g; g = g->u.comprehension.next)
                    if (target_binds(g->u.comprehension.target, name))
                        st_error(B, n->line, n->col,
                                 "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            if (e->kind == VM_SCOPE_CLASS)
                st_error(B, n->line, n->col, "assignment expression within a comprehension cannot be used in a class body");
            unsigned decl = e->kind == VM_SCOPE_MODULE ? VM_SYMF_GLOBAL : VM_SYMF_NONLOCAL;
            for (vm_scope *c = s; c != e; c = c->parent) {
                const char *mangled = vm_symtable_mangle(B->st->arena, c->private_name, name);
                if (!mangled) st_nomem(B);
                vm_symbol *y = add_raw(B, c, mangled, n->line, n->col);
                y->flags |= decl;
                if (c == s)
                    y->flags |= VM_SYMF_ASSIGNED;
            }
            add_sym(B, e, name, VM_SYMF_ASSIGNED, n->line, n->col);
        } else {
            add_sym(B, s, name, VM_SYMF_ASSIGNED, n->line, n->col);
        }
        break;
    }
    case VM_N_Yield: case VM_N_YieldFrom:
        if (s->kind == VM_SCOPE_COMPREHENSION) {
            const char *what = s->node->kind == VM_N_ListComp ? "list comprehension"
                             : s->node->kind == VM_N_DictComp ? "dict comprehension"
                             : s->node->kind == VM_N_GeneratorExp ? "generator expression" : "set comprehension";
            st_error(B, n->line, n->col, "'yield' inside %s", what);
        }
        s->generator = true;   /* at module or class level the compiler reports it */
        visit_opt(B, s, n->u.Yield.value);
        break;
    case VM_N_Compare: visit_expr(B, s, n->u.Compare.left); visit_exprs(B, s, n->u.Compare.comparators); break;
    case VM_N_Call:
        visit_expr(B, s, n->u.Call.func);
        visit_exprs(B, s, n->u.Call.args);
        for (int i = 0; i < n->u.Call.keywords.n; i++) visit_expr(B, s, n->u.Call.keywords.items[i]->u.keyword.value);
        break;
    case VM_N_FormattedValue: visit_expr(B, s, n->u.FormattedValue.value); visit_opt(B, s, n->u.FormattedValue.format_spec); break;
    case VM_N_JoinedStr: visit_exprs(B, s, n->u.JoinedStr.values); break;
    case VM_N_Attribute: visit_expr(B, s, n->u.Attribute.value); break;
    case VM_N_Subscript: visit_expr(B, s, n->u.Subscript.value); visit_expr(B, s, n->u.Subscript.slice); break;
    case VM_N_Starred: visit_expr(B, s, n->u.Starred.value); break;
    case VM_N_List: case VM_N_Tuple: case VM_N_Set: visit_exprs(B, s, n->u.List.elts); break;
    case VM_N_Slice:
        visit_opt(B, s, n->u.Slice.lower); visit_opt(B, s, n->u.Slice.upper); visit_opt(B, s, n->u.Slice.step);
        break;
    default: break;   /* Constant */
    }
    B->depth--;
}

/* `import a.b.c` binds a; `import a.b as c` binds c */
static void visit_alias(builder *B, vm_scope *s, const vm_node *al)
{
    const char *name = al->u.alias.asname;
    if (!name) {
        const char *dot = strchr(al->u.alias.name, '.');
        name = dot ? vm_arena_strndup(B->st->arena, al->u.alias.name, (size_t)(dot - al->u.alias.name))
                   : al->u.alias.name;
        if (!name) st_nomem(B);
    }
    add_sym(B, s, name, VM_SYMF_ASSIGNED, al->line, al->col);
}

/* a case's pattern: its value expressions are uses, its captures bind */
static void visit_pattern(builder *B, vm_scope *s, const vm_node *p)
{
    st_enter(B);
    switch (p->kind) {
    case VM_N_MatchValue: visit_expr(B, s, p->u.MatchValue.value); break;
    case VM_N_MatchSequence: case VM_N_MatchOr:
        for (int i = 0; i < p->u.MatchSequence.patterns.n; i++) visit_pattern(B, s, p->u.MatchSequence.patterns.items[i]);
        break;
    case VM_N_MatchMapping:
        visit_exprs(B, s, p->u.MatchMapping.keys);
        for (int i = 0; i < p->u.MatchMapping.patterns.n; i++) visit_pattern(B, s, p->u.MatchMapping.patterns.items[i]);
        if (p->u.MatchMapping.rest) add_sym(B, s, p->u.MatchMapping.rest, VM_SYMF_ASSIGNED, p->line, p->col);
        break;
    case VM_N_MatchClass:
        visit_expr(B, s, p->u.MatchClass.cls);
        for (int i = 0; i < p->u.MatchClass.patterns.n; i++) visit_pattern(B, s, p->u.MatchClass.patterns.items[i]);
        for (int i = 0; i < p->u.MatchClass.kwd_patterns.n; i++)
            visit_pattern(B, s, p->u.MatchClass.kwd_patterns.items[i]);
        break;
    case VM_N_MatchStar:
        if (p->u.MatchStar.name) add_sym(B, s, p->u.MatchStar.name, VM_SYMF_ASSIGNED, p->line, p->col);
        break;
    case VM_N_MatchAs:
        if (p->u.MatchAs.pattern) visit_pattern(B, s, p->u.MatchAs.pattern);
        if (p->u.MatchAs.name) add_sym(B, s, p->u.MatchAs.name, VM_SYMF_ASSIGNED, p->line, p->col);
        break;
    default: break;   /* MatchSingleton */
    }
    B->depth--;
}

static void visit_stmt(builder *B, vm_scope *s, const vm_node *n)
{
    st_enter(B);
    switch (n->kind) {
    case VM_N_FunctionDef: {
        visit_exprs(B, s, n->u.FunctionDef.decorators);
        vm_scope *f = new_scope(B, VM_SCOPE_FUNCTION, n->u.FunctionDef.name, n, s);
        visit_params(B, s, f, n->u.FunctionDef.args, n->u.FunctionDef.returns);
        add_sym(B, s, n->u.FunctionDef.name, VM_SYMF_ASSIGNED, n->line, n->col);
        visit_stmts(B, f, n->u.FunctionDef.body);
        break;
    }
    case VM_N_ClassDef: {
        visit_exprs(B, s, n->u.ClassDef.decorators);
        visit_exprs(B, s, n->u.ClassDef.bases);
        for (int i = 0; i < n->u.ClassDef.keywords.n; i++)
            visit_expr(B, s, n->u.ClassDef.keywords.items[i]->u.keyword.value);
        add_sym(B, s, n->u.ClassDef.name, VM_SYMF_ASSIGNED, n->line, n->col);
        vm_scope *c = new_scope(B, VM_SCOPE_CLASS, n->u.ClassDef.name, n, s);
        c->private_name = n->u.ClassDef.name;
        visit_stmts(B, c, n->u.ClassDef.body);
        break;
    }
    case VM_N_Return: visit_opt(B, s, n->u.Return.value); break;
    case VM_N_Delete: visit_exprs(B, s, n->u.Delete.targets); break;
    case VM_N_Assign: visit_expr(B, s, n->u.Assign.value); visit_exprs(B, s, n->u.Assign.targets); break;
    case VM_N_AugAssign: visit_expr(B, s, n->u.AugAssign.value); visit_expr(B, s, n->u.AugAssign.target); break;
    case VM_N_AnnAssign: {
        /* CPython 3.11: a simple name binds (even without a value, so
         * `x: int` in a function makes x local) and may not be declared
         * global or nonlocal in a function or class; a parenthesised one
         * binds only with a value.  The annotation is visited even where
         * it is never evaluated (a function body). */
        const vm_node *t = n->u.AnnAssign.target;
        if (t->kind == VM_N_Name) {
            const char *name = vm_symtable_mangle(B->st->arena, s->private_name, t->u.Name.id);
            if (!name) st_nomem(B);
            const vm_symbol *y = vm_symtable_lookup(s, name);
            if (y && (y->flags & (VM_SYMF_GLOBAL | VM_SYMF_NONLOCAL)) && s != B->st->top && n->u.AnnAssign.simple)
                st_error_span(B, n, "annotated name '%s' can't be %s", t->u.Name.id,
                              (y->flags & VM_SYMF_GLOBAL) ? "global" : "nonlocal");
            if (n->u.AnnAssign.simple)
                add_sym(B, s, t->u.Name.id, VM_SYMF_ASSIGNED | VM_SYMF_ANNOT, t->line, t->col);
            else if (n->u.AnnAssign.value)
                add_sym(B, s, t->u.Name.id, VM_SYMF_ASSIGNED, t->line, t->col);
        } else {
            visit_expr(B, s, t);
        }
        visit_expr(B, s, n->u.AnnAssign.annotation);
        visit_opt(B, s, n->u.AnnAssign.value);
        break;
    }
    case VM_N_For:
        visit_expr(B, s, n->u.For.iter);
        visit_expr(B, s, n->u.For.target);
        visit_stmts(B, s, n->u.For.body);
        visit_stmts(B, s, n->u.For.orelse);
        break;
    case VM_N_While: case VM_N_If:
        visit_expr(B, s, n->u.While.test);
        visit_stmts(B, s, n->u.While.body);
        visit_stmts(B, s, n->u.While.orelse);
        break;
    case VM_N_Raise: visit_opt(B, s, n->u.Raise.exc); visit_opt(B, s, n->u.Raise.cause); break;
    case VM_N_Try:
        visit_stmts(B, s, n->u.Try.body);
        for (int i = 0; i < n->u.Try.handlers.n; i++) {
            const vm_node *h = n->u.Try.handlers.items[i];
            visit_opt(B, s, h->u.ExceptHandler.type);
            if (h->u.ExceptHandler.name) add_sym(B, s, h->u.ExceptHandler.name, VM_SYMF_ASSIGNED, h->line, h->col);
            visit_stmts(B, s, h->u.ExceptHandler.body);
        }
        visit_stmts(B, s, n->u.Try.orelse);
        visit_stmts(B, s, n->u.Try.finalbody);
        break;
    case VM_N_Assert: visit_expr(B, s, n->u.Assert.test); visit_opt(B, s, n->u.Assert.msg); break;
    case VM_N_Import:
        for (int i = 0; i < n->u.Import.names.n; i++) visit_alias(B, s, n->u.Import.names.items[i]);
        break;
    case VM_N_ImportFrom:
        for (int i = 0; i < n->u.ImportFrom.names.n; i++) visit_alias(B, s, n->u.ImportFrom.names.items[i]);
        break;
    case VM_N_Global: case VM_N_Nonlocal:
        for (int i = 0; i < n->u.Global.n; i++)
            add_sym(B, s, n->u.Global.names[i], n->kind == VM_N_Global ? VM_SYMF_GLOBAL : VM_SYMF_NONLOCAL,
                    n->line, n->col);
        break;
    case VM_N_Expr: visit_expr(B, s, n->u.Expr.value); break;
    case VM_N_With:
        for (int i = 0; i < n->u.With.items.n; i++) {
            const vm_node *it = n->u.With.items.items[i];
            visit_expr(B, s, it->u.withitem.context_expr);
            visit_opt(B, s, it->u.withitem.optional_vars);
        }
        visit_stmts(B, s, n->u.With.body);
        break;
    case VM_N_Match:
        visit_expr(B, s, n->u.Match.subject);
        for (int i = 0; i < n->u.Match.cases.n; i++) {
            const vm_node *mc = n->u.Match.cases.items[i];
            visit_pattern(B, s, mc->u.match_case.pattern);
            visit_opt(B, s, mc->u.match_case.guard);
            visit_stmts(B, s, mc->u.match_case.body);
        }
        break;
    default: break;   /* Pass, Break, Continue */
    }
    B->depth--;
}

/* ---- pass 2: analyse ------------------------------------------------------- */

/* The enclosing scope whose binding a free name of s refers to, or NULL
 * (then the name is global).  Class bodies are skipped -- except that a
 * class provides the implicit __class__ cell. */
static vm_scope *find_binding(vm_scope *s, const char *name)
{
    bool dunder_class = strcmp(name, "__class__") == 0;
    for (vm_scope *p = s->parent; p && p->kind != VM_SCOPE_MODULE; p = p->parent) {
        if (p->kind == VM_SCOPE_CLASS) {
            if (dunder_class) return p;
            continue;
        }
        const vm_symbol *y = vm_symtable_lookup(p, name);
        if (!y || (y->flags & VM_SYMF_IMPLICIT)) continue;
        if (y->flags & VM_SYMF_GLOBAL) return NULL;
        if (y->flags & VM_SYMF_NONLOCAL) continue;   /* bound further out */
        if (y->flags & VM_SYMF_ASSIGNED) return p;
    }
    return NULL;
}

/* name, used in s, is bound in d: d's binding becomes a cell and every
 * scope in between passes the cell through as a free variable */
static void mark_free(builder *B, vm_scope *s, vm_scope *d, const char *name)
{
    if (d->kind == VM_SCOPE_CLASS) {
        d->has_class_cell = true;
    } else {
        vm_symbol *y = find(d, name);
        if (y->scope == VM_SYM_LOCAL) y->scope = VM_SYM_CELL;
    }
    for (vm_scope *p = s->parent; p != d; p = p->parent) {
        vm_symbol *y = find(p, name);
        if (!y) {
            y = add_raw(B, p, name, 0, 0);
            y->flags = VM_SYMF_IMPLICIT;
            y->scope = VM_SYM_FREE;
        } else if (p->kind == VM_SCOPE_CLASS && (y->flags & (VM_SYMF_ASSIGNED | VM_SYMF_GLOBAL))) {
            y->flags |= VM_SYMF_FREE_CLASS;   /* the class's own binding stays as it is */
        }
    }
}

static void analyze(builder *B, vm_scope *s)
{
    for (int i = 0; i < s->nsyms; i++) {
        vm_symbol *y = &s->syms[i];
        if (y->flags & VM_SYMF_IMPLICIT) continue;
        if (y->flags & VM_SYMF_NONLOCAL) {
            if (y->flags & VM_SYMF_GLOBAL) st_error(B, y->line, y->col, "name '%s' is nonlocal and global", y->name);
            if (s->kind == VM_SCOPE_MODULE)
                st_error(B, y->decl_line, y->decl_col, "nonlocal declaration not allowed at module level");
            vm_scope *d = find_binding(s, y->name);
            if (!d || d->kind == VM_SCOPE_CLASS)
                st_error(B, y->decl_line, y->decl_col, "no binding for nonlocal '%s' found", y->name);
            y->scope = VM_SYM_FREE;
            mark_free(B, s, d, y->name);
        } else if (y->flags & VM_SYMF_GLOBAL) {
            y->scope = VM_SYM_GLOBAL_EXPLICIT;
        } else if (y->flags & VM_SYMF_ASSIGNED) {
            y->scope = VM_SYM_LOCAL;
        } else {
            vm_scope *d = s->kind == VM_SCOPE_MODULE ? NULL : find_binding(s, y->name);
            if (d) {
                y->scope = VM_SYM_FREE;
                mark_free(B, s, d, y->name);
            } else {
                y->scope = VM_SYM_GLOBAL_IMPLICIT;
            }
        }
    }
    for (int i = 0; i < s->nchildren; i++) analyze(B, s->children[i]);
}

static bool build(builder *B, const vm_ast *ast)
{
    if (setjmp(B->jb)) return false;
    vm_scope *top = new_scope(B, VM_SCOPE_MODULE, "<module>", ast->module, NULL);
    B->st->top = top;
    visit_stmts(B, top, ast->module->u.Module.body);
    analyze(B, top);
    return true;
}

vm_symtable *vm_symtable_build(const vm_ast *ast, vm_syntax_error *err)
{
    memset(err, 0, sizeof *err);
    vm_arena *a = vm_arena_new();
    vm_symtable *st = a ? vm_arena_alloc(a, sizeof *st) : NULL;
    if (!st) {
        vm_arena_free(a);
        err->kind = VM_SYNERR_NOMEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory in the symbol table");
        return NULL;
    }
    st->arena = a;
    builder B;
    memset(&B, 0, sizeof B);
    B.st = st;
    B.err = err;
    B.filename = ast->filename;
    if (!build(&B, ast)) {
        vm_arena_free(a);
        return NULL;
    }
    /* the node -> scope index: one probe per compiled def/class/lambda */
    int cap = 16;
    while (cap < 2 * st->nall)
        cap *= 2;
    st->by_node = vm_arena_alloc(a, (size_t)cap * sizeof *st->by_node);
    if (!st->by_node) {
        vm_arena_free(a);
        err->kind = VM_SYNERR_NOMEMORY;
        snprintf(err->msg, sizeof err->msg, "out of memory in the symbol table");
        return NULL;
    }
    st->by_node_cap = cap;
    for (int i = 0; i < st->nall; i++) {
        size_t j = (size_t)rt_hash_pointer(st->all[i]->node) & (size_t)(cap - 1);
        while (st->by_node[j])
            j = (j + 1) & (size_t)(cap - 1);
        st->by_node[j] = st->all[i];
    }
    return st;
}

void vm_symtable_free(vm_symtable *st)
{
    if (st) vm_arena_free(st->arena);   /* st itself lives in its arena */
}

vm_scope *vm_symtable_scope_of(const vm_symtable *st, const vm_node *node)
{
    for (size_t j = (size_t)rt_hash_pointer(node) & (size_t)(st->by_node_cap - 1);;
         j = (j + 1) & (size_t)(st->by_node_cap - 1)) {
        vm_scope *s = st->by_node[j];
        if (!s || s->node == node)
            return s;
    }
}

const char *vm_sym_scope_name(vm_sym_scope s)
{
    switch (s) {
    case VM_SYM_LOCAL: return "local";
    case VM_SYM_GLOBAL_EXPLICIT: return "global";
    case VM_SYM_GLOBAL_IMPLICIT: return "global_implicit";
    case VM_SYM_FREE: return "free";
    case VM_SYM_CELL: return "cell";
    default: return "?";
    }
}

/* ---- dump ------------------------------------------------------------------ */

typedef struct dbuf { char *p; size_t n, cap; bool oom; } dbuf;

static void dput(dbuf *b, const char *s)
{
    size_t k = strlen(s);
    if (b->oom) return;
    if (b->n + k + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->n + k + 1) cap *= 2;
        char *q = rt_raw_realloc(b->p, cap);
        if (!q) { b->oom = true; return; }
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, k + 1);
    b->n += k;
}

static void dump_scope(dbuf *b, const vm_scope *s, int depth)
{
    static const char *const kinds[] = { "module", "function", "class", "comprehension" };
    for (int i = 0; i < depth; i++) dput(b, "  ");
    dput(b, kinds[s->kind]);
    dput(b, " ");
    dput(b, s->name);
    dput(b, ":");
    for (int i = 0; i < s->nsyms; i++) {
        const vm_symbol *y = &s->syms[i];
        dput(b, " ");
        dput(b, y->name);
        dput(b, "=");
        dput(b, vm_sym_scope_name(y->scope));
        if (y->flags & VM_SYMF_FREE_CLASS) dput(b, "+free");
    }
    if (s->has_class_cell) dput(b, " __class__=cell");
    dput(b, "\n");
    for (int i = 0; i < s->nchildren; i++) dump_scope(b, s->children[i], depth + 1);
}

char *vm_symtable_dump(const vm_symtable *st)
{
    dbuf b = { 0 };
    dump_scope(&b, st->top, 0);
    if (b.oom) { rt_raw_free(b.p); return NULL; }
    return b.p;
}

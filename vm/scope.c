/*
 * scope.c -- build the scopes of a module and resolve every name (see
 * scope.h).  Two passes, as CPython's symtable: collect what each scope
 * binds and uses, then resolve top-down with the set of names bound by the
 * enclosing function scopes, and turn captured locals into cells
 * bottom-up.
 *
 * Everything is allocated in the AST's arena and dies with it.
 */
#include <string.h>
#include "scope.h"

static int fail_nomem(vm_scopes *s)
{
    s->err->kind = VM_SYNERR_NOMEMORY;
    snprintf(s->err->msg, sizeof s->err->msg, "out of memory");
    return -1;
}

static int syntax_error(vm_scopes *s, const vm_node *n, const char *fmt, const char *name)
{
    s->err->kind = VM_SYNERR_SYNTAX;
    snprintf(s->err->msg, sizeof s->err->msg, fmt, name);
    s->err->lineno = n->line;
    s->err->offset = n->col + 1;
    s->err->end_lineno = n->end_line;
    s->err->end_offset = n->end_col + 1;
    return -1;
}

static void *grow(vm_arena *a, void *old, int n, int *cap, size_t elem)
{
    if (n < *cap)
        return old;
    int ncap = *cap ? *cap * 2 : 8;
    void *p = vm_arena_alloc(a, (size_t)ncap * elem);
    if (!p)
        return NULL;
    if (old)
        memcpy(p, old, (size_t)n * elem);
    *cap = ncap;
    return p;
}

int vm_strvec_index(const vm_strvec *v, const char *name)
{
    for (int i = 0; i < v->n; i++)
        if (strcmp(v->items[i], name) == 0)
            return i;
    return -1;
}

static int strvec_add(vm_arena *a, vm_strvec *v, const char *name)
{
    int i = vm_strvec_index(v, name);
    if (i >= 0)
        return i;
    const char **p = grow(a, v->items, v->n, &v->cap, sizeof(char *));
    if (!p)
        return -1;
    v->items = p;
    v->items[v->n] = name;
    return v->n++;
}

const char *vm_mangle(vm_arena *a, const char *priv, const char *name)
{
    if (!priv || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_')
        return name;          /* dunder: not mangled */
    if (strchr(name, '.'))
        return name;
    while (*priv == '_')
        priv++;
    if (!*priv)
        return name;          /* class named only with underscores */
    size_t pn = strlen(priv);
    char *r = vm_arena_alloc(a, pn + n + 2);
    if (!r)
        return NULL;
    r[0] = '_';
    memcpy(r + 1, priv, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

static vm_symbol *sym_find(vm_scope *sc, const char *name)
{
    for (int i = 0; i < sc->nsyms; i++)
        if (strcmp(sc->syms[i].name, name) == 0)
            return &sc->syms[i];
    return NULL;
}

static int sym_add(vm_scopes *s, vm_scope *sc, const char *name, int flags)
{
    name = vm_mangle(s->arena, sc->private_name, name);
    if (!name)
        return fail_nomem(s);
    vm_symbol *y = sym_find(sc, name);
    if (!y) {
        vm_symbol *p = grow(s->arena, sc->syms, sc->nsyms, &sc->capsyms, sizeof(vm_symbol));
        if (!p)
            return fail_nomem(s);
        sc->syms = p;
        y = &sc->syms[sc->nsyms++];
        y->name = name;
        y->flags = 0;
        y->scope = VM_NS_UNKNOWN;
    }
    y->flags |= flags;
    if ((flags & (VM_DEF_LOCAL | VM_DEF_PARAM)) && sc->kind == VM_SCOPE_FUNCTION
        && !(y->flags & (VM_DEF_GLOBAL | VM_DEF_NONLOCAL))) {
        if (strvec_add(s->arena, &sc->varnames, name) < 0)
            return fail_nomem(s);
    }
    return 0;
}

static vm_scope *scope_new(vm_scopes *s, vm_scope *parent, vm_scope_kind kind,
                           const vm_node *node, const char *name)
{
    vm_scope *sc = vm_arena_alloc(s->arena, sizeof *sc);
    if (!sc)
        return NULL;
    sc->kind = kind;
    sc->node = node;
    sc->name = name;
    sc->parent = parent;
    if (parent) {
        sc->private_name = parent->kind == VM_SCOPE_CLASS ? parent->name : parent->private_name;
        vm_scope **p = grow(s->arena, parent->children, parent->nchildren, &parent->capchildren,
                            sizeof(vm_scope *));
        if (!p)
            return NULL;
        parent->children = p;
        parent->children[parent->nchildren++] = sc;
    }
    return sc;
}

vm_scope *vm_scope_child(vm_scope *parent, const vm_node *node)
{
    for (int i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->node == node)
            return parent->children[i];
    return NULL;
}

/* ---- pass 1: collect ---------------------------------------------------- */

static int visit_expr(vm_scopes *s, vm_scope *sc, const vm_node *n);
static int visit_stmts(vm_scopes *s, vm_scope *sc, const vm_list *l);

static int visit_exprs(vm_scopes *s, vm_scope *sc, const vm_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && visit_expr(s, sc, l->items[i]) < 0)
            return -1;
    return 0;
}

static int visit_args_defaults(vm_scopes *s, vm_scope *sc, const vm_node *args)
{
    if (visit_exprs(s, sc, &args->u.arguments.defaults) < 0)
        return -1;
    return visit_exprs(s, sc, &args->u.arguments.kw_defaults);
}

static int add_params(vm_scopes *s, vm_scope *fn, const vm_node *args)
{
    const vm_list *a = &args->u.arguments.args;
    for (int i = 0; i < a->n; i++)
        if (sym_add(s, fn, a->items[i]->u.arg.arg, VM_DEF_PARAM) < 0)
            return -1;
    const vm_list *k = &args->u.arguments.kwonlyargs;
    for (int i = 0; i < k->n; i++)
        if (sym_add(s, fn, k->items[i]->u.arg.arg, VM_DEF_PARAM) < 0)
            return -1;
    if (args->u.arguments.vararg
        && sym_add(s, fn, args->u.arguments.vararg->u.arg.arg, VM_DEF_PARAM) < 0)
        return -1;
    fn->nparams = fn->varnames.n;
    return 0;
}

static int visit_comprehension(vm_scopes *s, vm_scope *sc, const vm_node *n,
                               const vm_node *gen, const vm_node *e1, const vm_node *e2,
                               const char *name)
{
    /* the first iterable is evaluated in the enclosing scope */
    if (visit_expr(s, sc, gen->u.comprehension.iter) < 0)
        return -1;
    vm_scope *c = scope_new(s, sc, VM_SCOPE_FUNCTION, n, name);
    if (!c)
        return fail_nomem(s);
    c->is_comprehension = true;
    if (sym_add(s, c, ".0", VM_DEF_PARAM) < 0)
        return -1;
    c->nparams = 1;
    if (visit_expr(s, c, gen->u.comprehension.target) < 0
        || visit_exprs(s, c, &gen->u.comprehension.ifs) < 0
        || visit_expr(s, c, e1) < 0 || (e2 && visit_expr(s, c, e2) < 0))
        return -1;
    return 0;
}

static int visit_expr(vm_scopes *s, vm_scope *sc, const vm_node *n)
{
    if (!n)
        return 0;
    switch (n->kind) {
    case VM_N_Name:
        if (n->u.Name.ctx == VM_LOAD) {
            if (sym_add(s, sc, n->u.Name.id, VM_USE) < 0)
                return -1;
            /* zero-argument super() needs the implicit __class__ cell */
            if (sc->kind == VM_SCOPE_FUNCTION && strcmp(n->u.Name.id, "super") == 0
                && sym_add(s, sc, "__class__", VM_USE) < 0)
                return -1;
            return 0;
        }
        return sym_add(s, sc, n->u.Name.id, VM_DEF_LOCAL);
    case VM_N_BoolOp: return visit_exprs(s, sc, &n->u.BoolOp.values);
    case VM_N_BinOp:
        return visit_expr(s, sc, n->u.BinOp.left) < 0 ? -1 : visit_expr(s, sc, n->u.BinOp.right);
    case VM_N_UnaryOp: return visit_expr(s, sc, n->u.UnaryOp.operand);
    case VM_N_Lambda: {
        if (visit_args_defaults(s, sc, n->u.Lambda.args) < 0)
            return -1;
        vm_scope *f = scope_new(s, sc, VM_SCOPE_FUNCTION, n, "<lambda>");
        if (!f)
            return fail_nomem(s);
        if (add_params(s, f, n->u.Lambda.args) < 0)
            return -1;
        return visit_expr(s, f, n->u.Lambda.body);
    }
    case VM_N_IfExp:
        if (visit_expr(s, sc, n->u.IfExp.test) < 0 || visit_expr(s, sc, n->u.IfExp.body) < 0)
            return -1;
        return visit_expr(s, sc, n->u.IfExp.orelse);
    case VM_N_Dict:
        return visit_exprs(s, sc, &n->u.Dict.keys) < 0 ? -1 : visit_exprs(s, sc, &n->u.Dict.values);
    case VM_N_ListComp:
        return visit_comprehension(s, sc, n, n->u.ListComp.gen, n->u.ListComp.elt, NULL, "<listcomp>");
    case VM_N_DictComp:
        return visit_comprehension(s, sc, n, n->u.DictComp.gen, n->u.DictComp.key,
                                   n->u.DictComp.value, "<dictcomp>");
    case VM_N_Compare:
        if (visit_expr(s, sc, n->u.Compare.left) < 0)
            return -1;
        return visit_exprs(s, sc, &n->u.Compare.comparators);
    case VM_N_Call:
        if (visit_expr(s, sc, n->u.Call.func) < 0 || visit_exprs(s, sc, &n->u.Call.args) < 0)
            return -1;
        for (int i = 0; i < n->u.Call.keywords.n; i++)
            if (visit_expr(s, sc, n->u.Call.keywords.items[i]->u.keyword.value) < 0)
                return -1;
        return 0;
    case VM_N_FormattedValue:
        if (visit_expr(s, sc, n->u.FormattedValue.value) < 0)
            return -1;
        return visit_expr(s, sc, n->u.FormattedValue.format_spec);
    case VM_N_JoinedStr: return visit_exprs(s, sc, &n->u.JoinedStr.values);
    case VM_N_Attribute: return visit_expr(s, sc, n->u.Attribute.value);
    case VM_N_Subscript:
        return visit_expr(s, sc, n->u.Subscript.value) < 0 ? -1 : visit_expr(s, sc, n->u.Subscript.slice);
    case VM_N_Starred: return visit_expr(s, sc, n->u.Starred.value);
    case VM_N_List: return visit_exprs(s, sc, &n->u.List.elts);
    case VM_N_Tuple: return visit_exprs(s, sc, &n->u.Tuple.elts);
    case VM_N_Slice:
        if (visit_expr(s, sc, n->u.Slice.lower) < 0 || visit_expr(s, sc, n->u.Slice.upper) < 0)
            return -1;
        return visit_expr(s, sc, n->u.Slice.step);
    default:
        return 0;
    }
}

static int declare(vm_scopes *s, vm_scope *sc, const vm_node *n, int flag)
{
    const char **names = n->u.Global.names;
    for (int i = 0; i < n->u.Global.n; i++) {
        const char *nm = vm_mangle(s->arena, sc->private_name, names[i]);
        vm_symbol *y = nm ? sym_find(sc, nm) : NULL;
        const char *what = flag == VM_DEF_GLOBAL ? "global" : "nonlocal";
        if (y && (y->flags & VM_DEF_PARAM)) {
            char msg[160];
            snprintf(msg, sizeof msg, "name '%%s' is parameter and %s", what);
            return syntax_error(s, n, msg, names[i]);
        }
        if (y && (y->flags & VM_USE)) {
            char msg[160];
            snprintf(msg, sizeof msg, "name '%%s' is used prior to %s declaration", what);
            return syntax_error(s, n, msg, names[i]);
        }
        if (y && (y->flags & VM_DEF_LOCAL)) {
            char msg[160];
            snprintf(msg, sizeof msg, "name '%%s' is assigned to before %s declaration", what);
            return syntax_error(s, n, msg, names[i]);
        }
        if (flag == VM_DEF_NONLOCAL && sc->kind == VM_SCOPE_MODULE)
            return syntax_error(s, n, "nonlocal declaration not allowed at module level%s", "");
        if (sym_add(s, sc, names[i], flag) < 0)
            return -1;
    }
    return 0;
}

static int visit_stmt(vm_scopes *s, vm_scope *sc, const vm_node *n)
{
    switch (n->kind) {
    case VM_N_FunctionDef: {
        const vm_node *a = n->u.FunctionDef.args;
        if (visit_exprs(s, sc, &n->u.FunctionDef.decorators) < 0 || visit_args_defaults(s, sc, a) < 0)
            return -1;
        if (sym_add(s, sc, n->u.FunctionDef.name, VM_DEF_LOCAL) < 0)
            return -1;
        vm_scope *f = scope_new(s, sc, VM_SCOPE_FUNCTION, n, n->u.FunctionDef.name);
        if (!f)
            return fail_nomem(s);
        if (add_params(s, f, a) < 0)
            return -1;
        return visit_stmts(s, f, &n->u.FunctionDef.body);
    }
    case VM_N_ClassDef: {
        if (visit_exprs(s, sc, &n->u.ClassDef.decorators) < 0
            || visit_exprs(s, sc, &n->u.ClassDef.bases) < 0)
            return -1;
        if (sym_add(s, sc, n->u.ClassDef.name, VM_DEF_LOCAL) < 0)
            return -1;
        vm_scope *c = scope_new(s, sc, VM_SCOPE_CLASS, n, n->u.ClassDef.name);
        if (!c)
            return fail_nomem(s);
        c->private_name = n->u.ClassDef.name;
        return visit_stmts(s, c, &n->u.ClassDef.body);
    }
    case VM_N_Return: return visit_expr(s, sc, n->u.Return.value);
    case VM_N_Delete: return visit_exprs(s, sc, &n->u.Delete.targets);
    case VM_N_Assign:
        if (visit_expr(s, sc, n->u.Assign.value) < 0)
            return -1;
        return visit_exprs(s, sc, &n->u.Assign.targets);
    case VM_N_AugAssign: {
        const vm_node *t = n->u.AugAssign.target;
        if (t->kind == VM_N_Name && sym_add(s, sc, t->u.Name.id, VM_DEF_LOCAL | VM_USE) < 0)
            return -1;
        if (t->kind != VM_N_Name && visit_expr(s, sc, t) < 0)
            return -1;
        return visit_expr(s, sc, n->u.AugAssign.value);
    }
    case VM_N_For:
        if (visit_expr(s, sc, n->u.For.target) < 0 || visit_expr(s, sc, n->u.For.iter) < 0
            || visit_stmts(s, sc, &n->u.For.body) < 0)
            return -1;
        return visit_stmts(s, sc, &n->u.For.orelse);
    case VM_N_While:
    case VM_N_If:
        if (visit_expr(s, sc, n->u.If.test) < 0 || visit_stmts(s, sc, &n->u.If.body) < 0)
            return -1;
        return visit_stmts(s, sc, &n->u.If.orelse);
    case VM_N_Raise:
        if (visit_expr(s, sc, n->u.Raise.exc) < 0)
            return -1;
        return visit_expr(s, sc, n->u.Raise.cause);
    case VM_N_Try:
        if (visit_stmts(s, sc, &n->u.Try.body) < 0)
            return -1;
        for (int i = 0; i < n->u.Try.handlers.n; i++) {
            const vm_node *h = n->u.Try.handlers.items[i];
            if (visit_expr(s, sc, h->u.ExceptHandler.type) < 0)
                return -1;
            if (h->u.ExceptHandler.name && sym_add(s, sc, h->u.ExceptHandler.name, VM_DEF_LOCAL) < 0)
                return -1;
            if (visit_stmts(s, sc, &h->u.ExceptHandler.body) < 0)
                return -1;
        }
        if (visit_stmts(s, sc, &n->u.Try.orelse) < 0)
            return -1;
        return visit_stmts(s, sc, &n->u.Try.finalbody);
    case VM_N_Assert:
        if (visit_expr(s, sc, n->u.Assert.test) < 0)
            return -1;
        return visit_expr(s, sc, n->u.Assert.msg);
    case VM_N_Import:
        for (int i = 0; i < n->u.Import.names.n; i++) {
            const vm_node *a = n->u.Import.names.items[i];
            const char *nm = a->u.alias.asname;
            if (!nm) {
                const char *dot = strchr(a->u.alias.name, '.');
                nm = dot ? vm_arena_strndup(s->arena, a->u.alias.name,
                                            (size_t)(dot - a->u.alias.name))
                         : a->u.alias.name;
                if (!nm)
                    return fail_nomem(s);
            }
            if (sym_add(s, sc, nm, VM_DEF_LOCAL) < 0)
                return -1;
        }
        return 0;
    case VM_N_ImportFrom:
        for (int i = 0; i < n->u.ImportFrom.names.n; i++) {
            const vm_node *a = n->u.ImportFrom.names.items[i];
            const char *nm = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
            if (strcmp(nm, "*") == 0)
                continue;
            if (sym_add(s, sc, nm, VM_DEF_LOCAL) < 0)
                return -1;
        }
        return 0;
    case VM_N_Global: return declare(s, sc, n, VM_DEF_GLOBAL);
    case VM_N_Nonlocal: return declare(s, sc, n, VM_DEF_NONLOCAL);
    case VM_N_Expr: return visit_expr(s, sc, n->u.Expr.value);
    default:
        return 0;
    }
}

static int visit_stmts(vm_scopes *s, vm_scope *sc, const vm_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (visit_stmt(s, sc, l->items[i]) < 0)
            return -1;
    return 0;
}

/* ---- pass 2: resolve ---------------------------------------------------- */

typedef struct nameset { const char **items; int n; } nameset;

static bool in_set(const nameset *b, const char *name)
{
    for (int i = 0; i < b->n; i++)
        if (strcmp(b->items[i], name) == 0)
            return true;
    return false;
}

static int add_free(vm_scopes *s, vm_scope *sc, const char *name)
{
    return strvec_add(s->arena, &sc->freevars, name) < 0 ? fail_nomem(s) : 0;
}

/* Resolve sc given the names bound in enclosing function scopes (bound),
 * then make captured names cells here or free here (passing through). */
static int resolve(vm_scopes *s, vm_scope *sc, const nameset *bound)
{
    for (int i = 0; i < sc->nsyms; i++) {
        vm_symbol *y = &sc->syms[i];
        if (y->flags & VM_DEF_GLOBAL) {
            y->scope = VM_NS_GLOBAL_EXPLICIT;
        } else if (y->flags & VM_DEF_NONLOCAL) {
            if (!in_set(bound, y->name))
                return syntax_error(s, sc->node, "no binding for nonlocal '%s' found", y->name);
            y->scope = VM_NS_FREE;
            if (add_free(s, sc, y->name) < 0)
                return -1;
        } else if (y->flags & (VM_DEF_LOCAL | VM_DEF_PARAM)) {
            y->scope = sc->kind == VM_SCOPE_MODULE ? VM_NS_GLOBAL_IMPLICIT : VM_NS_LOCAL;
        } else if (in_set(bound, y->name)) {
            y->scope = VM_NS_FREE;
            if (add_free(s, sc, y->name) < 0)
                return -1;
        } else {
            y->scope = VM_NS_GLOBAL_IMPLICIT;
        }
    }
    /* names visible to children */
    nameset nb = *bound;
    if (sc->kind != VM_SCOPE_MODULE) {
        int extra = sc->nsyms + 1;
        nb.items = vm_arena_alloc(s->arena, (size_t)(bound->n + extra) * sizeof(char *));
        if (!nb.items)
            return fail_nomem(s);
        if (bound->n)
            memcpy(nb.items, bound->items, (size_t)bound->n * sizeof(char *));
        nb.n = bound->n;
        if (sc->kind == VM_SCOPE_FUNCTION) {
            for (int i = 0; i < sc->nsyms; i++)
                if (sc->syms[i].scope == VM_NS_LOCAL || sc->syms[i].scope == VM_NS_FREE)
                    nb.items[nb.n++] = sc->syms[i].name;
        } else {
            nb.items[nb.n++] = "__class__";
        }
    }
    for (int c = 0; c < sc->nchildren; c++) {
        vm_scope *ch = sc->children[c];
        if (resolve(s, ch, &nb) < 0)
            return -1;
        for (int i = 0; i < ch->freevars.n; i++) {
            const char *name = ch->freevars.items[i];
            if (sc->kind == VM_SCOPE_CLASS && strcmp(name, "__class__") == 0) {
                sc->needs_class_cell = true;
                if (strvec_add(s->arena, &sc->cellvars, name) < 0)
                    return fail_nomem(s);
                continue;
            }
            vm_symbol *y = sym_find(sc, name);
            if (sc->kind == VM_SCOPE_FUNCTION && y
                && (y->scope == VM_NS_LOCAL || y->scope == VM_NS_CELL)) {
                y->scope = VM_NS_CELL;
                if (strvec_add(s->arena, &sc->cellvars, name) < 0)
                    return fail_nomem(s);
            } else if (!y || y->scope != VM_NS_FREE || sc->kind == VM_SCOPE_CLASS) {
                if (add_free(s, sc, name) < 0)
                    return -1;
            }
        }
    }
    return 0;
}

int vm_scopes_build(vm_scopes *s, vm_arena *arena, const vm_node *module, vm_syntax_error *err)
{
    s->arena = arena;
    s->err = err;
    s->top = scope_new(s, NULL, VM_SCOPE_MODULE, module, "<module>");
    if (!s->top)
        return fail_nomem(s);
    if (visit_stmts(s, s->top, &module->u.Module.body) < 0)
        return -1;
    nameset none = { NULL, 0 };
    return resolve(s, s->top, &none);
}

vm_name_scope vm_scope_lookup(vm_scope *sc, const char *name)
{
    vm_symbol *y = sym_find(sc, name);
    if (y)
        return y->scope;
    if (vm_strvec_index(&sc->freevars, name) >= 0)
        return VM_NS_FREE;
    return VM_NS_GLOBAL_IMPLICIT;
}

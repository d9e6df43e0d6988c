/*
 * compile.c -- the compiler: AST (ast.h) + symbol table (symtable.h) -> code
 * objects.
 *
 * One compiler unit per scope.  Jumps are emitted against labels and
 * resolved when the unit is assembled; the maximum stack depth is computed
 * then by walking the control flow.  Exception handling uses the block
 * stack of opcode.h; `finally` bodies are compiled once for the exception
 * path and inlined on every other exit (fall-through, return, break,
 * continue), which is how `return` inside `finally` gets its meaning.
 *
 * Invariants: every emitted instruction records the line of the statement
 * or expression being compiled; a unit's fblock stack mirrors, at each
 * point of the code, what is on the frame's block stack and value stack.
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "symtable.h"
#include "code.h"
#include "opcode.h"
#include "../runtime/alloc.h"
#include "../runtime/error.h"
#include "../runtime/str.h"
#include "../runtime/int.h"
#include "../runtime/float.h"
#include "../runtime/tuple.h"
#include "../runtime/list.h"
#include "../runtime/dict.h"
#include "token.h"

/* Nesting limit of loops and try blocks per function (CPython: 20). */
#define VM_MAXBLOCKS_C 20


/* ---- scopes: what the compiler needs from the symbol table ---------------------- */

typedef struct vm_strvec { const char **items; int n, cap; } vm_strvec;

static int vm_strvec_index(const vm_strvec *v, const char *name)
{
    for (int i = 0; i < v->n; i++)
        if (strcmp(v->items[i], name) == 0)
            return i;
    return -1;
}

typedef enum { VM_NS_LOCAL, VM_NS_CELL, VM_NS_FREE, VM_NS_GLOBAL_EXPLICIT, VM_NS_GLOBAL_IMPLICIT } vm_name_scope;

/* One symbol-table scope seen as the compiler needs it: its fast locals
 * (parameters first, in CPython's co_varnames order), cells and free
 * variables in a fixed order (the parent's LOAD_CLOSURE and the child's
 * cells must agree). */
typedef struct cscope {
    vm_scope *s;
    bool function;              /* function, lambda or comprehension: fast locals */
    bool is_comprehension;
    bool is_class;
    bool needs_class_cell;
    const char *name, *private_name;
    vm_strvec varnames, cellvars, freevars;
} cscope;

typedef enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
               FB_HANDLER_CLEANUP, FB_POP_VALUE } fb_kind;

typedef struct fblock {
    fb_kind kind;
    int start, exit;            /* labels (loops) */
    const vm_node *final;       /* FINALLY_TRY: the Try node */
    const char *name;           /* HANDLER_CLEANUP: `as` name or NULL */
} fblock;

typedef struct unit {
    cscope *scope;
    struct unit *parent;
    vm_codeunit *code; int ncode, capcode;
    int *linesof; int caplines;         /* line per instruction */
    int *labels; int nlabels, caplabels;
    rt_object *consts;                  /* list */
    rt_object *const_index;             /* dict: const_key(constant) -> its index in consts */
    vm_strvec names;
    rt_object *name_index;              /* dict: interned name -> its index in names */
    fblock fb[VM_MAXBLOCKS_C]; int nfb;
    int lineno;
    int firstlineno;
    const char *qualname;
    int argcount, kwonly, flags;
} unit;

typedef struct compiler {
    vm_symtable *st;
    cscope **cscopes;           /* st->nall entries, by scope id, each built on first use */
    vm_arena *arena;
    vm_syntax_error *err;
    const char *filename;
    rt_object *filename_obj;
    unit *u;
    jmp_buf fail;               /* errors unwind the recursion in one jump */
} compiler;

#define FAIL(c) longjmp((c)->fail, 1)

static void nomem(compiler *c)
{
    rt_err_no_memory();
    FAIL(c);
}

static void check(compiler *c, int r)
{
    if (r < 0)
        FAIL(c);
}

static void *xgrow(compiler *c, void *p, int n, int *cap, size_t elem)
{
    if (n < *cap)
        return p;
    int ncap = *cap ? *cap * 2 : 64;
    void *q = realloc(p, (size_t)ncap * elem);
    if (!q)
        nomem(c);
    *cap = ncap;
    return q;
}

static void not_implemented(compiler *c, const vm_node *n, const char *what)
{
    rt_err_format(&rt_exc_NotImplementedError, "%s is not supported by gclab (line %d)",
                  what, n ? n->line : 0);
    FAIL(c);
}

static void syntax_error(compiler *c, const vm_node *n, const char *msg)
{
    c->err->kind = VM_SYNERR_SYNTAX;
    snprintf(c->err->msg, sizeof c->err->msg, "%s", msg);
    c->err->filename = c->filename;
    c->err->lineno = n->line;
    c->err->offset = n->col + 1;
    c->err->end_lineno = n->end_line;
    c->err->end_offset = n->end_col + 1;
    FAIL(c);
}

/* ---- emitting ------------------------------------------------------------ */

static int emit(compiler *c, vm_opcode op, uint32_t arg)
{
    unit *u = c->u;
    u->code = xgrow(c, u->code, u->ncode, &u->capcode, sizeof(vm_codeunit));
    u->linesof = xgrow(c, u->linesof, u->ncode, &u->caplines, sizeof(int));
    u->code[u->ncode] = VM_UNIT(op, arg);
    u->linesof[u->ncode] = u->lineno;
    return u->ncode++;
}

static int new_label(compiler *c)
{
    unit *u = c->u;
    u->labels = xgrow(c, u->labels, u->nlabels, &u->caplabels, sizeof(int));
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void bind_label(compiler *c, int l)
{
    c->u->labels[l] = c->u->ncode;
}

static bool is_jump(vm_opcode op)
{
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    case OP_SETUP_FINALLY: case OP_JUMP_IF_NOT_EXC_MATCH:
        return true;
    default:
        return false;
    }
}

/* The key under which constant v is pooled (a new reference, NULL on
 * error), as CPython's _PyCode_ConstantKey: two constants share a slot
 * only when of the same type and equal as values of that type.
 * (type, value) for int and str; (type, IEEE bits) for float, so that
 * 0.0 and -0.0 stay apart; (type, the items' keys) for tuples, so that
 * (0,), (0.0,) and (False,) stay apart; (type, address) for the rest
 * (code objects, and the singletons None, True, False), which pools by
 * identity -- safe because the pool holds the constant, so its address is
 * not reused while the key lives. */
static rt_object *const_key(rt_object *v)
{
    rt_object *val;
    if (rt_int_check_exact(v) || rt_str_check_exact(v)) {
        val = rt_newref(v);
    } else if (rt_float_check_exact(v)) {
        double d = RT_FLOAT_VALUE(v);
        int64_t bits;
        memcpy(&bits, &d, sizeof bits);
        val = rt_int_from_i64(bits);
    } else if (rt_tuple_check_exact(v)) {
        val = rt_tuple_new(RT_SIZE(v));
        for (intptr_t i = 0; val && i < RT_SIZE(v); i++) {
            rt_object *k = const_key(RT_TUPLE_GET_ITEM(v, i));
            if (!k)
                RT_CLEAR(val);
            else
                RT_TUPLE_SET_ITEM(val, i, k);
        }
    } else {
        val = rt_int_from_i64((int64_t)(intptr_t)v);
    }
    if (!val)
        return NULL;
    rt_object *key = rt_tuple_pack(2, RT_OBJ(RT_TYPE(v)), val);
    rt_decref(val);
    return key;
}

/* The index of constant v in the unit's pool, added if new: one dict
 * probe, so a module with thousands of constants compiles in linear time. */
static int add_const(compiler *c, rt_object *v)   /* steals v */
{
    if (!v)
        FAIL(c);
    unit *u = c->u;
    rt_object *key = const_key(v);
    rt_object *ix = key ? rt_dict_getitem(u->const_index, key) : NULL;
    if (ix) {
        rt_decref(key);
        rt_decref(v);
        return (int)rt_int_as_i64(ix);
    }
    intptr_t n = RT_SIZE(u->consts);
    int r = -1;
    if (key && !rt_err_occurred()) {
        rt_object *nix = rt_int_from_i64(n);
        r = nix ? rt_dict_setitem(u->const_index, key, nix) : -1;
        RT_XDECREF(nix);
        if (r == 0)
            r = rt_list_append(u->consts, v);
    }
    RT_XDECREF(key);
    rt_decref(v);
    check(c, r);
    return (int)n;
}

static void load_const(compiler *c, rt_object *v)
{
    emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v));
}

static rt_object *interned(compiler *c, const char *s)
{
    rt_object *o = rt_str_intern_cstr(s);
    if (!o)
        FAIL(c);
    return o;
}

/* The index of name in the unit's names, added if new (one dict probe:
 * a module body names every function and class it defines). */
static int name_index(compiler *c, const char *name)
{
    unit *u = c->u;
    rt_object *s = interned(c, name);
    rt_object *ix = rt_dict_getitem(u->name_index, s);   /* str keys: never raises */
    if (ix) {
        rt_decref(s);
        return (int)rt_int_as_i64(ix);
    }
    rt_object *nix = rt_int_from_i64(u->names.n);
    int r = nix ? rt_dict_setitem(u->name_index, s, nix) : -1;
    RT_XDECREF(nix);
    rt_decref(s);
    check(c, r);
    u->names.items = xgrow(c, u->names.items, u->names.n, &u->names.cap, sizeof(char *));
    u->names.items[u->names.n] = name;
    return u->names.n++;
}

static const char *mangle(compiler *c, const char *name)
{
    const char *m = vm_symtable_mangle(c->arena, c->u->scope->private_name, name);
    if (!m)
        nomem(c);
    return m;
}


static void strvec_push(compiler *c, vm_strvec *v, const char *name)
{
    if (vm_strvec_index(v, name) >= 0)
        return;
    v->items = xgrow(c, v->items, v->n, &v->cap, sizeof(char *));
    v->items[v->n++] = name;
}

/* The compiler's view of symbol-table scope s (built once). */
static cscope *cscope_of(compiler *c, vm_scope *s)
{
    if (c->cscopes[s->id])
        return c->cscopes[s->id];
    cscope *cs = calloc(1, sizeof *cs);
    if (!cs)
        nomem(c);
    c->cscopes[s->id] = cs;
    cs->s = s;
    cs->function = s->kind == VM_SCOPE_FUNCTION || s->kind == VM_SCOPE_COMPREHENSION;
    cs->is_comprehension = s->kind == VM_SCOPE_COMPREHENSION;
    cs->is_class = s->kind == VM_SCOPE_CLASS;
    cs->needs_class_cell = s->kind == VM_SCOPE_CLASS && s->has_class_cell;
    cs->name = s->name;
    cs->private_name = s->private_name;
    if (cs->function) {
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].flags & VM_SYMF_PARAM)
                strvec_push(c, &cs->varnames, s->syms[i].name);
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == VM_SYM_LOCAL || s->syms[i].scope == VM_SYM_CELL)
                strvec_push(c, &cs->varnames, s->syms[i].name);
    }
    for (int i = 0; i < s->nsyms; i++) {
        const vm_symbol *y = &s->syms[i];
        if (y->scope == VM_SYM_CELL && !cs->is_class)
            strvec_push(c, &cs->cellvars, y->name);
        if (y->scope == VM_SYM_FREE || (cs->is_class && (y->flags & VM_SYMF_FREE_CLASS)))
            strvec_push(c, &cs->freevars, y->name);
    }
    if (cs->needs_class_cell)
        strvec_push(c, &cs->cellvars, "__class__");
    return cs;
}

static cscope *child_scope(compiler *c, const vm_node *n)
{
    vm_scope *s = vm_symtable_scope_of(c->st, n);
    if (!s) {
        rt_err_set_string(&rt_exc_RuntimeError, "compiler: no scope for a nested block");
        FAIL(c);
    }
    return cscope_of(c, s);
}

static vm_name_scope cscope_lookup(cscope *cs, const char *name)
{
    const vm_symbol *y = vm_symtable_lookup(cs->s, name);
    if (!y)
        return vm_strvec_index(&cs->freevars, name) >= 0 ? VM_NS_FREE : VM_NS_GLOBAL_IMPLICIT;
    switch (y->scope) {
    case VM_SYM_LOCAL: return cs->s->kind == VM_SCOPE_MODULE ? VM_NS_GLOBAL_IMPLICIT : VM_NS_LOCAL;
    case VM_SYM_CELL: return VM_NS_CELL;
    case VM_SYM_FREE: return VM_NS_FREE;
    case VM_SYM_GLOBAL_EXPLICIT: return VM_NS_GLOBAL_EXPLICIT;
    default: return VM_NS_GLOBAL_IMPLICIT;
    }
}

/* ---- units ----------------------------------------------------------------- */

static void unit_enter(compiler *c, cscope *sc, const char *qualname, int line)
{
    /* RAW, not the C heap: the unit holds an object (consts), and the RAW
     * domain is what a conservative collector (boehm) scans. */
    unit *u = rt_raw_calloc(1, sizeof *u);
    if (!u)
        nomem(c);
    u->scope = sc;
    u->parent = c->u;
    u->qualname = qualname;
    u->lineno = u->firstlineno = line;
    c->u = u;
    u->consts = rt_list_new(0);
    u->const_index = rt_dict_new();
    u->name_index = rt_dict_new();
    if (!u->consts || !u->const_index || !u->name_index)
        FAIL(c);
}

static void unit_free(unit *u)
{
    free(u->code);
    free(u->linesof);
    free(u->labels);
    free(u->names.items);
    RT_XDECREF(u->consts);
    RT_XDECREF(u->const_index);
    RT_XDECREF(u->name_index);
    rt_raw_free(u);
}

static rt_object *strtuple(compiler *c, const vm_strvec *v)
{
    rt_object *t = rt_tuple_new(v->n);
    if (!t)
        FAIL(c);
    for (int i = 0; i < v->n; i++) {
        rt_object *s = rt_str_intern_cstr(v->items[i]);
        if (!s) {
            rt_decref(t);
            FAIL(c);
        }
        RT_TUPLE_SET_ITEM(t, i, s);
    }
    return t;
}

static bool no_fallthrough(vm_opcode op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

/* Max stack depth by a worklist over the instructions. */
static int stack_depth(compiler *c, const vm_codeunit *code, int n)
{
    int *depth = malloc((size_t)(n + 1) * sizeof(int));
    int *work = malloc((size_t)(n + 1) * 2 * sizeof(int));
    if (!depth || !work) {
        free(depth);
        free(work);
        nomem(c);
    }
    for (int i = 0; i <= n; i++)
        depth[i] = -1;
    int nw = 0, maxd = 0;
    depth[0] = 0;
    work[nw++] = 0;
    while (nw > 0) {
        int i = work[--nw];
        int d = depth[i];
        for (; i < n; i++) {
            vm_opcode op = VM_OP(code[i]);
            uint32_t arg = VM_ARG(code[i]);
            if (is_jump(op)) {
                int t = (int)arg;
                int dj = d + vm_stack_effect(op, arg, 1);
                if (dj > maxd)
                    maxd = dj;
                if (depth[t] < dj) {
                    depth[t] = dj;
                    work[nw++] = t;
                }
            }
            if (no_fallthrough(op))
                break;
            d += vm_stack_effect(op, arg, 0);
            if (d > maxd)
                maxd = d;
            if (depth[i + 1] >= d)
                break;
            depth[i + 1] = d;
        }
    }
    free(depth);
    free(work);
    return maxd + 1;
}

static rt_object *unit_assemble(compiler *c)
{
    unit *u = c->u;
    cscope *sc = u->scope;
    for (int i = 0; i < u->ncode; i++) {
        vm_opcode op = VM_OP(u->code[i]);
        if (is_jump(op))
            u->code[i] = VM_UNIT(op, (uint32_t)u->labels[VM_ARG(u->code[i])]);
    }
    /* line table: one run per change of line */
    vm_lineentry *lines = malloc((size_t)(u->ncode + 1) * sizeof(vm_lineentry));
    if (!lines)
        nomem(c);
    int nl = 0;
    for (int i = 0; i < u->ncode; i++) {
        if (nl == 0 || lines[nl - 1].line != u->linesof[i]) {
            lines[nl].start = (uint32_t)i;
            lines[nl].line = u->linesof[i];
            nl++;
        }
    }
    rt_object *consts = rt_list_as_tuple(u->consts);
    rt_object *names = strtuple(c, &u->names);
    vm_strvec empty = { 0 };
    rt_object *varnames = strtuple(c, sc->function ? &sc->varnames : &empty);
    rt_object *cellvars = strtuple(c, &sc->cellvars);
    rt_object *freevars = strtuple(c, &sc->freevars);
    rt_object *name = rt_str_from_cstr(sc->name);
    rt_object *qualname = rt_str_from_cstr(u->qualname);
    vm_code_spec spec = {
        .code = u->code, .ncode = u->ncode, .lines = lines, .nlines = nl,
        .consts = consts, .names = names, .varnames = varnames, .cellvars = cellvars,
        .freevars = freevars, .name = name, .qualname = qualname, .filename = c->filename_obj,
        .argcount = u->argcount, .kwonlyargcount = u->kwonly,
        .stacksize = stack_depth(c, u->code, u->ncode), .flags = u->flags,
        .firstlineno = u->firstlineno,
    };
    rt_object *co = NULL;
    if (consts && names && varnames && cellvars && freevars && name && qualname)
        co = vm_code_new(&spec);
    free(lines);
    RT_XDECREF(consts);
    RT_XDECREF(names);
    RT_XDECREF(varnames);
    RT_XDECREF(cellvars);
    RT_XDECREF(freevars);
    RT_XDECREF(name);
    RT_XDECREF(qualname);
    if (!co)
        FAIL(c);
    return co;
}

static rt_object *unit_leave(compiler *c)
{
    rt_object *co = unit_assemble(c);
    unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
    return co;
}

/* ---- names ------------------------------------------------------------------- */

static int deref_index(compiler *c, const char *name)
{
    cscope *sc = c->u->scope;
    int i = vm_strvec_index(&sc->cellvars, name);
    if (i >= 0)
        return i;
    i = vm_strvec_index(&sc->freevars, name);
    if (i < 0) {
        rt_err_format(&rt_exc_RuntimeError, "compiler: no cell for '%s'", name);
        FAIL(c);
    }
    return sc->cellvars.n + i;
}

static void compile_name(compiler *c, const char *id, vm_ctx ctx)
{
    const char *name = mangle(c, id);
    cscope *sc = c->u->scope;
    vm_name_scope ns = cscope_lookup(sc, name);
    enum { FAST, DEREF, GLOBAL, NAME } kind;
    switch (ns) {
    case VM_NS_LOCAL:
        kind = sc->function ? FAST : NAME;
        break;
    case VM_NS_CELL:
    case VM_NS_FREE:
        kind = DEREF;
        break;
    case VM_NS_GLOBAL_EXPLICIT:
        kind = GLOBAL;
        break;
    default:
        kind = sc->function ? GLOBAL : NAME;
        break;
    }
    if (kind == FAST) {
        int i = vm_strvec_index(&sc->varnames, name);
        emit(c, ctx == VM_LOAD ? OP_LOAD_FAST : ctx == VM_STORE ? OP_STORE_FAST : OP_DELETE_FAST,
             (uint32_t)i);
    } else if (kind == DEREF) {
        int i = deref_index(c, name);
        if (ctx == VM_LOAD)
            emit(c, sc->is_class ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, (uint32_t)i);
        else
            emit(c, ctx == VM_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, (uint32_t)i);
    } else if (kind == GLOBAL) {
        int i = name_index(c, name);
        emit(c, ctx == VM_LOAD ? OP_LOAD_GLOBAL : ctx == VM_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
             (uint32_t)i);
    } else {
        int i = name_index(c, name);
        emit(c, ctx == VM_LOAD ? OP_LOAD_NAME : ctx == VM_STORE ? OP_STORE_NAME : OP_DELETE_NAME,
             (uint32_t)i);
    }
}

static void compile_name_str(compiler *c, const char *id, vm_ctx ctx)
{
    compile_name(c, id, ctx);
}

/* ---- expressions --------------------------------------------------------------- */

static void compile_expr(compiler *c, const vm_node *n);
static void compile_body(compiler *c, const vm_list *l);
static void compile_store(compiler *c, const vm_node *t);

static int nb_op(vm_operator op)
{
    switch (op) {
    case VM_OP_ADD: return RT_NB_ADD;
    case VM_OP_SUB: return RT_NB_SUB;
    case VM_OP_MULT: return RT_NB_MUL;
    case VM_OP_DIV: return RT_NB_TRUEDIV;
    case VM_OP_FLOORDIV: return RT_NB_FLOORDIV;
    case VM_OP_MOD: return RT_NB_MOD;
    case VM_OP_POW: return RT_NB_POW;
    case VM_OP_LSHIFT: return RT_NB_LSHIFT;
    case VM_OP_RSHIFT: return RT_NB_RSHIFT;
    case VM_OP_BITOR: return RT_NB_OR;
    case VM_OP_BITXOR: return RT_NB_XOR;
    default: return RT_NB_AND;
    }
}

static rt_object *constant_value(compiler *c, const vm_node *n)
{
    switch (n->u.Constant.kind) {
    case VM_CONST_NONE: return rt_newref(RT_NONE);
    case VM_CONST_TRUE: return rt_newref(RT_TRUE);
    case VM_CONST_FALSE: return rt_newref(RT_FALSE);
    case VM_CONST_INT: return rt_int_from_i64(n->u.Constant.i);
    case VM_CONST_FLOAT: return rt_float_from_double(n->u.Constant.f);
    case VM_CONST_STR: {
        rt_object *s = rt_str_from_bytes(n->u.Constant.s, (intptr_t)n->u.Constant.n);
        if (s && RT_SIZE(s) <= 40)
            rt_str_intern_inplace(&s);
        return s;
    }
    default:
        rt_err_format(&rt_exc_OverflowError, "int literal too large for gclab's 64-bit int (line %d)",
                      n->line);
        FAIL(c);
        return NULL;
    }
}

static void compile_exprs(compiler *c, const vm_list *l)
{
    for (int i = 0; i < l->n; i++)
        compile_expr(c, l->items[i]);
}

static bool has_starred(const vm_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == VM_N_Starred)
            return true;
    return false;
}

/* [a, *b, c] -> a list on the stack */
static void build_list_starred(compiler *c, const vm_list *l)
{
    emit(c, OP_BUILD_LIST, 0);
    for (int i = 0; i < l->n; i++) {
        const vm_node *x = l->items[i];
        if (x->kind == VM_N_Starred) {
            compile_expr(c, x->u.Starred.value);
            emit(c, OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, x);
            emit(c, OP_LIST_APPEND, 1);
        }
    }
}

static void compile_compare(compiler *c, const vm_node *n)
{
    int nc = n->u.Compare.comparators.n;
    compile_expr(c, n->u.Compare.left);
    int cleanup = nc > 1 ? new_label(c) : -1;
    for (int i = 0; i < nc; i++) {
        compile_expr(c, n->u.Compare.comparators.items[i]);
        if (i < nc - 1) {
            emit(c, OP_DUP_TOP, 0);
            emit(c, OP_ROT_THREE, 0);
        }
        vm_cmpop op = n->u.Compare.ops[i];
        switch (op) {
        case VM_CMP_EQ: emit(c, OP_COMPARE_OP, RT_EQ); break;
        case VM_CMP_NOTEQ: emit(c, OP_COMPARE_OP, RT_NE); break;
        case VM_CMP_LT: emit(c, OP_COMPARE_OP, RT_LT); break;
        case VM_CMP_LTE: emit(c, OP_COMPARE_OP, RT_LE); break;
        case VM_CMP_GT: emit(c, OP_COMPARE_OP, RT_GT); break;
        case VM_CMP_GTE: emit(c, OP_COMPARE_OP, RT_GE); break;
        case VM_CMP_IS: emit(c, OP_IS_OP, 0); break;
        case VM_CMP_ISNOT: emit(c, OP_IS_OP, 1); break;
        case VM_CMP_IN: emit(c, OP_CONTAINS_OP, 0); break;
        case VM_CMP_NOTIN: emit(c, OP_CONTAINS_OP, 1); break;
        }
        if (i < nc - 1)
            emit(c, OP_JUMP_IF_FALSE_OR_POP, (uint32_t)cleanup);
    }
    if (nc > 1) {
        int end = new_label(c);
        emit(c, OP_JUMP, (uint32_t)end);
        bind_label(c, cleanup);
        emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        bind_label(c, end);
    }
}

static void compile_call(compiler *c, const vm_node *n)
{
    const vm_node *fn = n->u.Call.func;
    const vm_list *args = &n->u.Call.args, *kws = &n->u.Call.keywords;
    bool starred = has_starred(args);
    if (fn->kind == VM_N_Attribute && kws->n == 0 && !starred) {
        compile_expr(c, fn->u.Attribute.value);
        int save = c->u->lineno;
        c->u->lineno = fn->end_line;
        emit(c, OP_LOAD_METHOD, (uint32_t)name_index(c, mangle(c, fn->u.Attribute.attr)));
        c->u->lineno = save;
        compile_exprs(c, args);
        emit(c, OP_CALL_METHOD, (uint32_t)args->n);
        return;
    }
    compile_expr(c, fn);
    if (starred) {
        build_list_starred(c, args);
        emit(c, OP_LIST_TO_TUPLE, 0);
        if (kws->n) {
            emit(c, OP_BUILD_MAP, 0);
            for (int i = 0; i < kws->n; i++) {
                const vm_node *k = kws->items[i];
                load_const(c, interned(c, k->u.keyword.arg));
                compile_expr(c, k->u.keyword.value);
                emit(c, OP_MAP_ADD, 1);
            }
        }
        emit(c, OP_CALL_FUNCTION_EX, kws->n ? 1 : 0);
        return;
    }
    compile_exprs(c, args);
    if (kws->n == 0) {
        emit(c, OP_CALL_FUNCTION, (uint32_t)args->n);
        return;
    }
    rt_object *names = rt_tuple_new(kws->n);
    if (!names)
        FAIL(c);
    for (int i = 0; i < kws->n; i++) {
        const vm_node *k = kws->items[i];
        for (int j = 0; j < i; j++)
            if (strcmp(kws->items[j]->u.keyword.arg, k->u.keyword.arg) == 0) {
                rt_decref(names);
                c->err->kind = VM_SYNERR_SYNTAX;
                snprintf(c->err->msg, sizeof c->err->msg, "keyword argument repeated: %s",
                         k->u.keyword.arg);
                c->err->filename = c->filename;
                c->err->lineno = k->line;
                c->err->offset = k->col + 1;
                c->err->end_lineno = k->end_line;
                c->err->end_offset = k->end_col + 1;
                FAIL(c);
            }
        rt_object *s = rt_str_intern_cstr(k->u.keyword.arg);
        if (!s) {
            rt_decref(names);
            FAIL(c);
        }
        RT_TUPLE_SET_ITEM(names, i, s);
        compile_expr(c, k->u.keyword.value);
    }
    load_const(c, names);
    emit(c, OP_CALL_FUNCTION_KW, (uint32_t)(args->n + kws->n));
}

static void compile_function_like(compiler *c, const vm_node *n);
static void compile_comprehension(compiler *c, const vm_node *n);

static void compile_slice_part(compiler *c, const vm_node *x)
{
    if (x)
        compile_expr(c, x);
    else
        load_const(c, rt_newref(RT_NONE));
}

static void compile_subscript_key(compiler *c, const vm_node *s)
{
    if (s->kind == VM_N_Slice) {
        compile_slice_part(c, s->u.Slice.lower);
        compile_slice_part(c, s->u.Slice.upper);
        if (s->u.Slice.step) {
            compile_expr(c, s->u.Slice.step);
            emit(c, OP_BUILD_SLICE, 3);
        } else {
            emit(c, OP_BUILD_SLICE, 2);
        }
    } else {
        compile_expr(c, s);
    }
}

static void compile_fstring_part(compiler *c, const vm_node *v)
{
    if (v->kind == VM_N_FormattedValue) {
        compile_expr(c, v->u.FormattedValue.value);
        int conv = v->u.FormattedValue.conversion;
        int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
        if (v->u.FormattedValue.format_spec) {
            compile_expr(c, v->u.FormattedValue.format_spec);
            flags |= 4;
        }
        emit(c, OP_FORMAT_VALUE, (uint32_t)flags);
    } else {
        compile_expr(c, v);
    }
}

/* Fold an expression made of int literals and + - * (unary -, +) into
 * *out, computing in 128 bits: CPython folds such expressions too, and
 * doing it exactly lets 2**62 * 2 - 1 stay a 64-bit value even though
 * the intermediate would overflow.  Returns false if not foldable. */
static bool fold_int(const vm_node *n, __int128 *out, int depth)
{
    if (depth > 32)
        return false;
    if (n->kind == VM_N_Constant && n->u.Constant.kind == VM_CONST_INT) {
        *out = n->u.Constant.i;
        return true;
    }
    if (n->kind == VM_N_Constant && n->u.Constant.kind == VM_CONST_BIGINT
        && strcmp(n->u.Constant.s, "9223372036854775808") == 0) {
        *out = (__int128)INT64_MAX + 1;
        return true;
    }
    if (n->kind == VM_N_UnaryOp && (n->u.UnaryOp.op == VM_UOP_USUB || n->u.UnaryOp.op == VM_UOP_UADD)) {
        if (!fold_int(n->u.UnaryOp.operand, out, depth + 1))
            return false;
        if (n->u.UnaryOp.op == VM_UOP_USUB)
            *out = -*out;
        return true;
    }
    if (n->kind == VM_N_BinOp) {
        __int128 a, b;
        vm_operator op = n->u.BinOp.op;
        if (op != VM_OP_ADD && op != VM_OP_SUB && op != VM_OP_MULT)
            return false;
        if (!fold_int(n->u.BinOp.left, &a, depth + 1) || !fold_int(n->u.BinOp.right, &b, depth + 1))
            return false;
        /* stay far from the 128-bit limits: operands are within 2**64 */
        const __int128 lim = (__int128)1 << 64;
        if (a > lim || a < -lim || b > lim || b < -lim)
            return false;
        *out = op == VM_OP_ADD ? a + b : op == VM_OP_SUB ? a - b : a * b;
        return true;
    }
    return false;
}

static void compile_expr(compiler *c, const vm_node *n)
{
    int save = c->u->lineno;
    if (n->kind == VM_N_BinOp || n->kind == VM_N_UnaryOp) {
        __int128 v;
        if (fold_int(n, &v, 0) && v >= INT64_MIN && v <= INT64_MAX) {
            load_const(c, rt_int_from_i64((int64_t)v));
            return;
        }
    }
    c->u->lineno = n->line;
    switch (n->kind) {
    case VM_N_Constant:
        load_const(c, constant_value(c, n));
        break;
    case VM_N_Name:
        compile_name(c, n->u.Name.id, VM_LOAD);
        break;
    case VM_N_BoolOp: {
        int end = new_label(c);
        const vm_list *v = &n->u.BoolOp.values;
        for (int i = 0; i < v->n; i++) {
            compile_expr(c, v->items[i]);
            if (i < v->n - 1)
                emit(c, n->u.BoolOp.op == VM_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP,
                     (uint32_t)end);
        }
        bind_label(c, end);
        break;
    }
    case VM_N_BinOp:
        compile_expr(c, n->u.BinOp.left);
        compile_expr(c, n->u.BinOp.right);
        c->u->lineno = n->line;
        emit(c, OP_BINARY_OP, (uint32_t)nb_op(n->u.BinOp.op));
        break;
    case VM_N_UnaryOp: {
        const vm_node *o = n->u.UnaryOp.operand;
        if (n->u.UnaryOp.op == VM_UOP_USUB && o->kind == VM_N_Constant
            && (o->u.Constant.kind == VM_CONST_INT || o->u.Constant.kind == VM_CONST_FLOAT)) {
            /* fold -literal: observable-free, and lets -9223372036854775808 fit */
            if (o->u.Constant.kind == VM_CONST_INT)
                load_const(c, rt_int_from_i64(-o->u.Constant.i));
            else
                load_const(c, rt_float_from_double(-o->u.Constant.f));
            break;
        }
        if (n->u.UnaryOp.op == VM_UOP_USUB && o->kind == VM_N_Constant
            && o->u.Constant.kind == VM_CONST_BIGINT && strcmp(o->u.Constant.s, "9223372036854775808") == 0) {
            load_const(c, rt_int_from_i64(INT64_MIN));
            break;
        }
        compile_expr(c, o);
        switch (n->u.UnaryOp.op) {
        case VM_UOP_INVERT: emit(c, OP_UNARY_INVERT, 0); break;
        case VM_UOP_NOT: emit(c, OP_UNARY_NOT, 0); break;
        case VM_UOP_UADD: emit(c, OP_UNARY_POSITIVE, 0); break;
        case VM_UOP_USUB: emit(c, OP_UNARY_NEGATIVE, 0); break;
        }
        break;
    }
    case VM_N_Lambda:
        compile_function_like(c, n);
        break;
    case VM_N_IfExp: {
        int orelse = new_label(c), end = new_label(c);
        compile_expr(c, n->u.IfExp.test);
        emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)orelse);
        compile_expr(c, n->u.IfExp.body);
        emit(c, OP_JUMP, (uint32_t)end);
        bind_label(c, orelse);
        compile_expr(c, n->u.IfExp.orelse);
        bind_label(c, end);
        break;
    }
    case VM_N_Dict: {
        int nk = n->u.Dict.keys.n;
        for (int i = 0; i < nk; i++) {
            compile_expr(c, n->u.Dict.keys.items[i]);
            compile_expr(c, n->u.Dict.values.items[i]);
        }
        emit(c, OP_BUILD_MAP, (uint32_t)nk);
        break;
    }
    case VM_N_ListComp:
    case VM_N_DictComp:
        compile_comprehension(c, n);
        break;
    case VM_N_Compare:
        compile_compare(c, n);
        break;
    case VM_N_Call:
        compile_call(c, n);
        break;
    case VM_N_FormattedValue:
        compile_fstring_part(c, n);
        break;
    case VM_N_JoinedStr: {
        const vm_list *v = &n->u.JoinedStr.values;
        if (v->n == 0) {
            load_const(c, rt_str_empty());
            break;
        }
        for (int i = 0; i < v->n; i++)
            compile_fstring_part(c, v->items[i]);
        if (v->n > 1 || v->items[0]->kind != VM_N_FormattedValue)
            emit(c, OP_BUILD_STRING, (uint32_t)v->n);
        break;
    }
    case VM_N_Attribute:
        compile_expr(c, n->u.Attribute.value);
        c->u->lineno = n->end_line;
        emit(c, OP_LOAD_ATTR, (uint32_t)name_index(c, mangle(c, n->u.Attribute.attr)));
        break;
    case VM_N_Subscript:
        compile_expr(c, n->u.Subscript.value);
        compile_subscript_key(c, n->u.Subscript.slice);
        c->u->lineno = n->line;
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case VM_N_Starred:
        syntax_error(c, n, "can't use starred expression here");
        break;
    case VM_N_List:
        if (has_starred(&n->u.List.elts)) {
            build_list_starred(c, &n->u.List.elts);
        } else {
            compile_exprs(c, &n->u.List.elts);
            emit(c, OP_BUILD_LIST, (uint32_t)n->u.List.elts.n);
        }
        break;
    case VM_N_Tuple:
        if (has_starred(&n->u.Tuple.elts)) {
            build_list_starred(c, &n->u.Tuple.elts);
            emit(c, OP_LIST_TO_TUPLE, 0);
        } else {
            compile_exprs(c, &n->u.Tuple.elts);
            emit(c, OP_BUILD_TUPLE, (uint32_t)n->u.Tuple.elts.n);
        }
        break;
    case VM_N_Slice:
        compile_subscript_key(c, n);
        break;
    default:
        not_implemented(c, n, vm_node_kind_name(n->kind));
    }
    c->u->lineno = save;
}

/* ---- stores ---------------------------------------------------------------------- */

static void compile_unpack(compiler *c, const vm_list *elts, const vm_node *n)
{
    int star = -1;
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == VM_N_Starred) {
            if (star >= 0)
                syntax_error(c, elts->items[i], "multiple starred expressions in assignment");
            star = i;
        }
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->n);
    } else {
        int after = elts->n - star - 1;
        if (star > 255 || after > 255)
            not_implemented(c, n, "starred assignment with more than 255 targets");
        emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (int i = 0; i < elts->n; i++) {
        const vm_node *t = elts->items[i];
        compile_store(c, t->kind == VM_N_Starred ? t->u.Starred.value : t);
    }
}

static void compile_store(compiler *c, const vm_node *t)
{
    int save = c->u->lineno;
    c->u->lineno = t->line;
    switch (t->kind) {
    case VM_N_Name:
        compile_name(c, t->u.Name.id, VM_STORE);
        break;
    case VM_N_Attribute:
        compile_expr(c, t->u.Attribute.value);
        emit(c, OP_STORE_ATTR, (uint32_t)name_index(c, mangle(c, t->u.Attribute.attr)));
        break;
    case VM_N_Subscript:
        compile_expr(c, t->u.Subscript.value);
        compile_subscript_key(c, t->u.Subscript.slice);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case VM_N_Tuple:
        compile_unpack(c, &t->u.Tuple.elts, t);
        break;
    case VM_N_List:
        compile_unpack(c, &t->u.List.elts, t);
        break;
    default:
        syntax_error(c, t, "cannot assign to expression");
    }
    c->u->lineno = save;
}

static void compile_delete(compiler *c, const vm_node *t)
{
    switch (t->kind) {
    case VM_N_Name:
        compile_name(c, t->u.Name.id, VM_DEL);
        break;
    case VM_N_Attribute:
        compile_expr(c, t->u.Attribute.value);
        emit(c, OP_DELETE_ATTR, (uint32_t)name_index(c, mangle(c, t->u.Attribute.attr)));
        break;
    case VM_N_Subscript:
        compile_expr(c, t->u.Subscript.value);
        compile_subscript_key(c, t->u.Subscript.slice);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case VM_N_Tuple:
    case VM_N_List: {
        const vm_list *l = t->kind == VM_N_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
        for (int i = 0; i < l->n; i++)
            compile_delete(c, l->items[i]);
        break;
    }
    default:
        syntax_error(c, t, "cannot delete expression");
    }
}

/* ---- functions, classes, comprehensions ----------------------------------------------- */

static const char *make_qualname(compiler *c, const char *name)
{
    unit *u = c->u;
    if (u->scope->s->kind == VM_SCOPE_MODULE)
        return name;
    const char *base = u->qualname;
    bool fn = u->scope->function;
    size_t n = strlen(base) + strlen(name) + 12;
    char *q = vm_arena_alloc(c->arena, n);
    if (!q)
        nomem(c);
    snprintf(q, n, "%s.%s%s", base, fn ? "<locals>." : "", name);
    return q;
}

/* Push the closure tuple for child scope ch (if it has free variables) and
 * make the function; returns the MAKE_FUNCTION flags used. */
static void make_closure(compiler *c, cscope *ch, rt_object *code, int flags)
{
    if (ch->freevars.n) {
        for (int i = 0; i < ch->freevars.n; i++) {
            const char *name = ch->freevars.items[i];
            emit(c, OP_LOAD_CLOSURE, (uint32_t)deref_index(c, name));
        }
        emit(c, OP_BUILD_TUPLE, (uint32_t)ch->freevars.n);
        flags |= VM_MF_CLOSURE;
    }
    load_const(c, code);
    emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

static void compile_function_like(compiler *c, const vm_node *n)
{
    bool lambda = n->kind == VM_N_Lambda;
    const vm_node *args = lambda ? n->u.Lambda.args : n->u.FunctionDef.args;
    const char *name = lambda ? "<lambda>" : n->u.FunctionDef.name;
    cscope *ch = child_scope(c, n);
    int flags = 0;
    if (!lambda)
        compile_exprs(c, &n->u.FunctionDef.decorators);
    if (args->u.arguments.defaults.n) {
        compile_exprs(c, &args->u.arguments.defaults);
        emit(c, OP_BUILD_TUPLE, (uint32_t)args->u.arguments.defaults.n);
        flags |= VM_MF_DEFAULTS;
    }
    int nkwd = 0;
    for (int i = 0; i < args->u.arguments.kw_defaults.n; i++) {
        const vm_node *d = args->u.arguments.kw_defaults.items[i];
        if (!d)
            continue;
        load_const(c, interned(c, mangle(c, args->u.arguments.kwonlyargs.items[i]->u.arg.arg)));
        compile_expr(c, d);
        nkwd++;
    }
    if (nkwd) {
        emit(c, OP_BUILD_MAP, (uint32_t)nkwd);
        flags |= VM_MF_KWDEFAULTS;
    }
    unit_enter(c, ch, make_qualname(c, name), n->line);
    c->u->argcount = args->u.arguments.args.n;
    c->u->kwonly = args->u.arguments.kwonlyargs.n;
    c->u->flags = VM_CO_FUNCTION | (args->u.arguments.vararg ? VM_CO_VARARGS : 0);
    if (lambda) {
        compile_expr(c, n->u.Lambda.body);
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        compile_body(c, &n->u.FunctionDef.body);
        load_const(c, rt_newref(RT_NONE));
        emit(c, OP_RETURN_VALUE, 0);
    }
    rt_object *code = unit_leave(c);
    make_closure(c, ch, code, flags);
    if (!lambda) {
        for (int i = 0; i < n->u.FunctionDef.decorators.n; i++)
            emit(c, OP_CALL_FUNCTION, 1);
        compile_name_str(c, n->u.FunctionDef.name, VM_STORE);
    }
}

static void compile_class(compiler *c, const vm_node *n)
{
    cscope *ch = child_scope(c, n);
    compile_exprs(c, &n->u.ClassDef.decorators);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    unit_enter(c, ch, make_qualname(c, n->u.ClassDef.name), n->line);
    c->u->flags = VM_CO_CLASSBODY;
    emit(c, OP_LOAD_NAME, (uint32_t)name_index(c, "__name__"));
    emit(c, OP_STORE_NAME, (uint32_t)name_index(c, "__module__"));
    load_const(c, rt_str_from_cstr(c->u->qualname));
    emit(c, OP_STORE_NAME, (uint32_t)name_index(c, "__qualname__"));
    compile_body(c, &n->u.ClassDef.body);
    if (ch->needs_class_cell) {
        emit(c, OP_LOAD_CLOSURE, (uint32_t)vm_strvec_index(&ch->cellvars, "__class__"));
        emit(c, OP_STORE_NAME, (uint32_t)name_index(c, "__classcell__"));
    }
    load_const(c, rt_newref(RT_NONE));
    emit(c, OP_RETURN_VALUE, 0);
    rt_object *code = unit_leave(c);
    make_closure(c, ch, code, 0);
    load_const(c, rt_str_from_cstr(n->u.ClassDef.name));
    compile_exprs(c, &n->u.ClassDef.bases);
    emit(c, OP_CALL_FUNCTION, (uint32_t)(2 + n->u.ClassDef.bases.n));
    for (int i = 0; i < n->u.ClassDef.decorators.n; i++)
        emit(c, OP_CALL_FUNCTION, 1);
    compile_name_str(c, n->u.ClassDef.name, VM_STORE);
}

static void compile_comprehension(compiler *c, const vm_node *n)
{
    bool dict = n->kind == VM_N_DictComp;
    const vm_node *gen = dict ? n->u.DictComp.gen : n->u.ListComp.gen;
    cscope *ch = child_scope(c, n);
    unit_enter(c, ch, make_qualname(c, dict ? "<dictcomp>" : "<listcomp>"), n->line);
    c->u->argcount = 1;
    c->u->flags = VM_CO_FUNCTION;
    emit(c, dict ? OP_BUILD_MAP : OP_BUILD_LIST, 0);
    emit(c, OP_LOAD_FAST, 0);
    int start = new_label(c), end = new_label(c);
    bind_label(c, start);
    emit(c, OP_FOR_ITER, (uint32_t)end);
    compile_store(c, gen->u.comprehension.target);
    for (int i = 0; i < gen->u.comprehension.ifs.n; i++) {
        compile_expr(c, gen->u.comprehension.ifs.items[i]);
        emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)start);
    }
    if (dict) {
        compile_expr(c, n->u.DictComp.key);
        compile_expr(c, n->u.DictComp.value);
        emit(c, OP_MAP_ADD, 2);
    } else {
        compile_expr(c, n->u.ListComp.elt);
        emit(c, OP_LIST_APPEND, 2);
    }
    emit(c, OP_JUMP, (uint32_t)start);
    bind_label(c, end);
    emit(c, OP_RETURN_VALUE, 0);
    rt_object *code = unit_leave(c);
    make_closure(c, ch, code, 0);
    compile_expr(c, gen->u.comprehension.iter);
    emit(c, OP_GET_ITER, 0);
    emit(c, OP_CALL_FUNCTION, 1);
}

/* ---- statements --------------------------------------------------------------------- */

static void push_fb(compiler *c, const vm_node *n, fb_kind kind, int start, int exit)
{
    unit *u = c->u;
    if (u->nfb >= VM_MAXBLOCKS_C)
        syntax_error(c, n, "too many statically nested blocks");
    fblock *b = &u->fb[u->nfb++];
    b->kind = kind;
    b->start = start;
    b->exit = exit;
    b->final = NULL;
    b->name = NULL;
}

static void pop_fb(compiler *c)
{
    c->u->nfb--;
}

static void compile_handler_name_cleanup(compiler *c, const char *name)
{
    load_const(c, rt_newref(RT_NONE));
    compile_name_str(c, name, VM_STORE);
    compile_name_str(c, name, VM_DEL);
}

/* Emit the code that leaves fblock b on a return/break/continue path.
 * preserve: a return value is on top of the stack. */
static void unwind_fblock(compiler *c, fblock *b, bool preserve)
{
    switch (b->kind) {
    case FB_WHILE:
        break;
    case FB_FOR:
        if (preserve)
            emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT:
        emit(c, OP_POP_BLOCK, 0);
        break;
    case FB_FINALLY_TRY: {
        emit(c, OP_POP_BLOCK, 0);
        /* run the finally body with this block popped (a return inside
         * it must not run it again) */
        fblock saved = *b;
        unit *u = c->u;
        int depth = (int)(b - u->fb);
        fblock stash[VM_MAXBLOCKS_C];
        int nstash = u->nfb - depth;
        memcpy(stash, b, (size_t)nstash * sizeof(fblock));
        u->nfb = depth;
        if (preserve)
            push_fb(c, b->final, FB_POP_VALUE, -1, -1);
        compile_body(c, &saved.final->u.Try.finalbody);
        if (preserve)
            pop_fb(c);
        memcpy(&u->fb[depth], stash, (size_t)nstash * sizeof(fblock));
        u->nfb = depth + nstash;
        break;
    }
    case FB_FINALLY_END:
        if (preserve)
            emit(c, OP_ROT_THREE, 0);
        emit(c, OP_POP_TOP, 0);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER_CLEANUP:
        if (preserve)
            emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_EXCEPT, 0);
        if (b->name)
            compile_handler_name_cleanup(c, b->name);
        break;
    case FB_POP_VALUE:
        if (preserve)
            emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        break;
    }
}

static void compile_return(compiler *c, const vm_node *n)
{
    if (!c->u->scope->function || c->u->scope->is_comprehension)
        syntax_error(c, n, "'return' outside function");
    if (n->u.Return.value)
        compile_expr(c, n->u.Return.value);
    else
        load_const(c, rt_newref(RT_NONE));
    unit *u = c->u;
    for (int i = u->nfb - 1; i >= 0; i--) {
        fblock b = u->fb[i];
        unwind_fblock(c, &u->fb[i], true);
        (void)b;
    }
    emit(c, OP_RETURN_VALUE, 0);
}

static void compile_break_continue(compiler *c, const vm_node *n, bool brk)
{
    unit *u = c->u;
    int i;
    for (i = u->nfb - 1; i >= 0; i--)
        if (u->fb[i].kind == FB_WHILE || u->fb[i].kind == FB_FOR)
            break;
    if (i < 0)
        syntax_error(c, n, brk ? "'break' outside loop" : "'continue' not properly in loop");
    for (int j = u->nfb - 1; j > i; j--)
        unwind_fblock(c, &u->fb[j], false);
    if (brk) {
        unwind_fblock(c, &u->fb[i], false);
        emit(c, OP_JUMP, (uint32_t)u->fb[i].exit);
    } else {
        emit(c, OP_JUMP, (uint32_t)u->fb[i].start);
    }
}

static bool is_const_true(const vm_node *n)
{
    return n->kind == VM_N_Constant
        && (n->u.Constant.kind == VM_CONST_TRUE
            || (n->u.Constant.kind == VM_CONST_INT && n->u.Constant.i != 0));
}

static void compile_try_except(compiler *c, const vm_node *n)
{
    int handler = new_label(c), orelse = new_label(c), end = new_label(c);
    emit(c, OP_SETUP_FINALLY, (uint32_t)handler);
    push_fb(c, n, FB_TRY_EXCEPT, -1, -1);
    compile_body(c, &n->u.Try.body);
    pop_fb(c);
    emit(c, OP_POP_BLOCK, 0);
    emit(c, OP_JUMP, (uint32_t)orelse);
    bind_label(c, handler);
    /* stack: [prev, exc] */
    for (int i = 0; i < n->u.Try.handlers.n; i++) {
        const vm_node *h = n->u.Try.handlers.items[i];
        c->u->lineno = h->line;
        int next = new_label(c);
        if (!h->u.ExceptHandler.type && i < n->u.Try.handlers.n - 1)
            syntax_error(c, h, "default 'except:' must be last");
        if (h->u.ExceptHandler.type) {
            emit(c, OP_DUP_TOP, 0);
            compile_expr(c, h->u.ExceptHandler.type);
            emit(c, OP_JUMP_IF_NOT_EXC_MATCH, (uint32_t)next);
        }
        const char *name = h->u.ExceptHandler.name;
        if (name)
            compile_name_str(c, name, VM_STORE);
        else
            emit(c, OP_POP_TOP, 0);
        push_fb(c, h, FB_HANDLER_CLEANUP, -1, -1);
        c->u->fb[c->u->nfb - 1].name = name;
        compile_body(c, &h->u.ExceptHandler.body);
        pop_fb(c);
        emit(c, OP_POP_EXCEPT, 0);
        if (name)
            compile_handler_name_cleanup(c, name);
        emit(c, OP_JUMP, (uint32_t)end);
        bind_label(c, next);
    }
    emit(c, OP_RERAISE, 0);
    bind_label(c, orelse);
    compile_body(c, &n->u.Try.orelse);
    bind_label(c, end);
}

static void compile_try(compiler *c, const vm_node *n)
{
    if (n->u.Try.finalbody.n == 0) {
        compile_try_except(c, n);
        return;
    }
    int final = new_label(c), exit = new_label(c);
    emit(c, OP_SETUP_FINALLY, (uint32_t)final);
    push_fb(c, n, FB_FINALLY_TRY, -1, -1);
    c->u->fb[c->u->nfb - 1].final = n;
    if (n->u.Try.handlers.n)
        compile_try_except(c, n);
    else
        compile_body(c, &n->u.Try.body);
    pop_fb(c);
    emit(c, OP_POP_BLOCK, 0);
    compile_body(c, &n->u.Try.finalbody);
    emit(c, OP_JUMP, (uint32_t)exit);
    bind_label(c, final);
    push_fb(c, n, FB_FINALLY_END, -1, -1);
    compile_body(c, &n->u.Try.finalbody);
    pop_fb(c);
    emit(c, OP_RERAISE, 0);
    bind_label(c, exit);
}

static void compile_import(compiler *c, const vm_node *n)
{
    for (int i = 0; i < n->u.Import.names.n; i++) {
        const vm_node *a = n->u.Import.names.items[i];
        if (strchr(a->u.alias.name, '.'))
            not_implemented(c, n, "import of a dotted module name");
        emit(c, OP_IMPORT_NAME, (uint32_t)name_index(c, a->u.alias.name));
        compile_name_str(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, VM_STORE);
    }
}

static void compile_import_from(compiler *c, const vm_node *n)
{
    if (n->u.ImportFrom.level > 0 || !n->u.ImportFrom.module)
        not_implemented(c, n, "relative import");
    if (strchr(n->u.ImportFrom.module, '.'))
        not_implemented(c, n, "import of a dotted module name");
    emit(c, OP_IMPORT_NAME, (uint32_t)name_index(c, n->u.ImportFrom.module));
    for (int i = 0; i < n->u.ImportFrom.names.n; i++) {
        const vm_node *a = n->u.ImportFrom.names.items[i];
        if (strcmp(a->u.alias.name, "*") == 0)
            not_implemented(c, n, "from ... import *");
        emit(c, OP_IMPORT_FROM, (uint32_t)name_index(c, a->u.alias.name));
        compile_name_str(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, VM_STORE);
    }
    emit(c, OP_POP_TOP, 0);
}

static void compile_stmt(compiler *c, const vm_node *n)
{
    c->u->lineno = n->line;
    switch (n->kind) {
    case VM_N_FunctionDef:
        compile_function_like(c, n);
        break;
    case VM_N_ClassDef:
        compile_class(c, n);
        break;
    case VM_N_Return:
        compile_return(c, n);
        break;
    case VM_N_Delete:
        for (int i = 0; i < n->u.Delete.targets.n; i++)
            compile_delete(c, n->u.Delete.targets.items[i]);
        break;
    case VM_N_Assign: {
        compile_expr(c, n->u.Assign.value);
        const vm_list *t = &n->u.Assign.targets;
        for (int i = 0; i < t->n; i++) {
            if (i < t->n - 1)
                emit(c, OP_DUP_TOP, 0);
            compile_store(c, t->items[i]);
        }
        break;
    }
    case VM_N_AugAssign: {
        const vm_node *t = n->u.AugAssign.target;
        uint32_t op = (uint32_t)nb_op(n->u.AugAssign.op) | VM_BINOP_INPLACE;
        if (t->kind == VM_N_Name) {
            compile_name(c, t->u.Name.id, VM_LOAD);
            compile_expr(c, n->u.AugAssign.value);
            c->u->lineno = n->line;
            emit(c, OP_BINARY_OP, op);
            compile_name(c, t->u.Name.id, VM_STORE);
        } else if (t->kind == VM_N_Attribute) {
            int attr = name_index(c, mangle(c, t->u.Attribute.attr));
            compile_expr(c, t->u.Attribute.value);
            emit(c, OP_DUP_TOP, 0);
            emit(c, OP_LOAD_ATTR, (uint32_t)attr);
            compile_expr(c, n->u.AugAssign.value);
            c->u->lineno = n->line;
            emit(c, OP_BINARY_OP, op);
            emit(c, OP_ROT_TWO, 0);
            emit(c, OP_STORE_ATTR, (uint32_t)attr);
        } else if (t->kind == VM_N_Subscript) {
            compile_expr(c, t->u.Subscript.value);
            compile_subscript_key(c, t->u.Subscript.slice);
            emit(c, OP_DUP_TOP_TWO, 0);
            emit(c, OP_BINARY_SUBSCR, 0);
            compile_expr(c, n->u.AugAssign.value);
            c->u->lineno = n->line;
            emit(c, OP_BINARY_OP, op);
            emit(c, OP_ROT_THREE, 0);
            emit(c, OP_STORE_SUBSCR, 0);
        } else {
            syntax_error(c, t, "'expression' is an illegal expression for augmented assignment");
        }
        break;
    }
    case VM_N_For: {
        int start = new_label(c), cleanup = new_label(c), end = new_label(c);
        compile_expr(c, n->u.For.iter);
        emit(c, OP_GET_ITER, 0);
        bind_label(c, start);
        emit(c, OP_FOR_ITER, (uint32_t)cleanup);
        push_fb(c, n, FB_FOR, start, end);
        compile_store(c, n->u.For.target);
        compile_body(c, &n->u.For.body);
        pop_fb(c);
        c->u->lineno = n->line;
        emit(c, OP_JUMP, (uint32_t)start);
        bind_label(c, cleanup);
        compile_body(c, &n->u.For.orelse);
        bind_label(c, end);
        break;
    }
    case VM_N_While: {
        int start = new_label(c), orelse = new_label(c), end = new_label(c);
        bind_label(c, start);
        if (!is_const_true(n->u.While.test)) {
            compile_expr(c, n->u.While.test);
            emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)orelse);
        }
        push_fb(c, n, FB_WHILE, start, end);
        compile_body(c, &n->u.While.body);
        pop_fb(c);
        emit(c, OP_JUMP, (uint32_t)start);
        bind_label(c, orelse);
        compile_body(c, &n->u.While.orelse);
        bind_label(c, end);
        break;
    }
    case VM_N_If: {
        int orelse = new_label(c), end = new_label(c);
        compile_expr(c, n->u.If.test);
        emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)orelse);
        compile_body(c, &n->u.If.body);
        if (n->u.If.orelse.n)
            emit(c, OP_JUMP, (uint32_t)end);
        bind_label(c, orelse);
        compile_body(c, &n->u.If.orelse);
        bind_label(c, end);
        break;
    }
    case VM_N_Raise: {
        int nargs = 0;
        if (n->u.Raise.exc) {
            compile_expr(c, n->u.Raise.exc);
            nargs = 1;
            if (n->u.Raise.cause) {
                compile_expr(c, n->u.Raise.cause);
                nargs = 2;
            }
        }
        c->u->lineno = n->line;
        emit(c, OP_RAISE_VARARGS, (uint32_t)nargs);
        break;
    }
    case VM_N_Try:
        compile_try(c, n);
        break;
    case VM_N_Assert: {
        int end = new_label(c);
        compile_expr(c, n->u.Assert.test);
        emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)end);
        emit(c, OP_LOAD_ASSERTION_ERROR, 0);
        if (n->u.Assert.msg) {
            compile_expr(c, n->u.Assert.msg);
            emit(c, OP_CALL_FUNCTION, 1);
        }
        c->u->lineno = n->line;
        emit(c, OP_RAISE_VARARGS, 1);
        bind_label(c, end);
        break;
    }
    case VM_N_Import:
        compile_import(c, n);
        break;
    case VM_N_ImportFrom:
        compile_import_from(c, n);
        break;
    case VM_N_Global:
    case VM_N_Nonlocal:
    case VM_N_Pass:
        break;
    case VM_N_Expr:
        compile_expr(c, n->u.Expr.value);
        emit(c, OP_POP_TOP, 0);
        break;
    case VM_N_Break:
        compile_break_continue(c, n, true);
        break;
    case VM_N_Continue:
        compile_break_continue(c, n, false);
        break;
    default:
        not_implemented(c, n, vm_node_kind_name(n->kind));
    }
}

static void compile_body(compiler *c, const vm_list *l)
{
    for (int i = 0; i < l->n; i++)
        compile_stmt(c, l->items[i]);
}

/* ---- entry points ------------------------------------------------------------------------ */

rt_object *vm_compile(vm_ast *ast, const char *filename, vm_syntax_error *err)
{
    compiler c;
    memset(&c, 0, sizeof c);
    memset(err, 0, sizeof *err);
    c.arena = ast->arena;
    c.err = err;
    c.filename = filename;
    c.st = vm_symtable_build(ast, err);
    if (!c.st) {
        err->filename = filename;
        if (err->kind == VM_SYNERR_NOMEMORY) {
            err->kind = VM_SYNERR_NONE;
            return rt_err_no_memory();
        }
        return NULL;
    }
    c.filename_obj = rt_str_from_cstr(filename);
    c.cscopes = calloc((size_t)c.st->nall, sizeof *c.cscopes);
    if (!c.filename_obj || !c.cscopes) {
        if (c.filename_obj) {
            rt_decref(c.filename_obj);
            rt_err_no_memory();
        }
        free(c.cscopes);
        vm_symtable_free(c.st);
        return NULL;
    }
    rt_object *code = NULL;
    if (setjmp(c.fail) == 0) {
        unit_enter(&c, cscope_of(&c, c.st->top), "<module>", 1);
        c.u->flags = VM_CO_MODULE;
        compile_body(&c, &ast->module->u.Module.body);
        load_const(&c, rt_newref(RT_NONE));
        emit(&c, OP_RETURN_VALUE, 0);
        code = unit_leave(&c);
    } else {
        while (c.u) {
            unit *u = c.u;
            c.u = u->parent;
            unit_free(u);
        }
        if (err->kind != VM_SYNERR_NONE && err->text[0] == '\0' && err->lineno > 0)
            err->filename = filename;
    }
    RT_XDECREF(c.filename_obj);
    for (int i = 0; i < c.st->nall; i++) {
        if (!c.cscopes[i])
            continue;
        free(c.cscopes[i]->varnames.items);
        free(c.cscopes[i]->cellvars.items);
        free(c.cscopes[i]->freevars.items);
        free(c.cscopes[i]);
    }
    free(c.cscopes);
    vm_symtable_free(c.st);
    return code;
}

rt_object *vm_compile_source(const char *src, size_t len, const char *filename,
                             vm_syntax_error *err)
{
    vm_ast *ast = vm_parse(src, len, filename, err);
    if (!ast)
        return NULL;
    rt_object *code = vm_compile(ast, filename, err);
    if (!code && err->kind == VM_SYNERR_SYNTAX && err->lineno > 0)
        vm_syntax_error_set_text(err, src, len, err->lineno, err->offset > 0 ? err->offset - 1 : 0);
    vm_ast_free(ast);
    return code;
}

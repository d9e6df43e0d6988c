/*
 * compile.c -- the compiler: AST (ast.h) + symbol table (symtable.h) -> code
 * objects.  This file is the compiler's core: its state and errors,
 * emitting, the constant and name pools, the symbol table seen as the
 * compiler needs it, units and their assembly (jump resolution, line
 * table, stack depth), name resolution and the entry points.  Expressions
 * are compiled in compile_expr.c, statements in compile_stmt.c
 * (compile_int.h is the interface between the three).
 *
 * One compiler unit per scope.  Jumps are emitted against labels and
 * resolved when the unit is assembled; the maximum stack depth is computed
 * then by walking the control flow.
 *
 * Invariants: every emitted instruction records the line of the statement
 * or expression being compiled (c->u->pos); a constant or a name has one
 * slot in its unit's pool; a scope's cells and free variables keep one
 * order, shared by the parent's LOAD_CLOSURE sequence and the child's
 * frame.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/compile_int.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/recursion.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "frontend/token.h"            /* vm_syntax_error_set_text */

/* ---- errors -------------------------------------------------------------- */

void vm_c_nomem(compiler *c)
{
    rt_err_no_memory();
    vm_c_fail(c);
}

static void check(compiler *c, int r)
{
    if (r < 0)
        vm_c_fail(c);
}

static void *xgrow(compiler *c, void *p, int n, int *cap, size_t elem)
{
    if (n < *cap)
        return p;
    int ncap = *cap ? *cap * 2 : 64;
    void *q = realloc(p, (size_t)ncap * elem);
    if (!q)
        vm_c_nomem(c);
    *cap = ncap;
    return q;
}

void vm_c_not_implemented(compiler *c, const vm_node *n, const char *what)
{
    rt_err_format(&rt_exc_NotImplementedError, "%s is not supported by gclab (line %d)",
                  what, n ? n->line : 0);
    vm_c_fail(c);
}

void vm_c_check_stack(compiler *c)
{
    if (rt_stack_low()) {
        rt_recursion_error(" during compilation");
        vm_c_fail(c);
    }
}

void vm_c_syntax_error(compiler *c, const vm_node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    c->err->kind = VM_SYNERR_SYNTAX;
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
    c->err->filename = c->filename;
    c->err->lineno = n->line;
    c->err->offset = n->col + 1;
    c->err->end_lineno = n->end_line;
    c->err->end_offset = n->end_col + 1;
    vm_c_fail(c);
}

/* ---- emitting ------------------------------------------------------------ */

/* An argument wider than the encoding's VM_ARG_BITS (there is no
 * EXTENDED_ARG) is a SyntaxError at the line being compiled, never a
 * truncated number: more than 16,777,215 items in a display or arguments
 * in a call, constants, names or locals in one code object, or a jump
 * past instruction 16,777,215. */
static void check_arg(compiler *c, vm_opcode op, uint64_t arg, int line)
{
    if (arg <= VM_ARG_MAX)
        return;
    memset(c->err, 0, sizeof *c->err);
    c->err->kind = VM_SYNERR_SYNTAX;
    if (vm_opcode_is_jump(op))
        snprintf(c->err->msg, sizeof c->err->msg, "too many instructions in one code object (a jump past %u)",
                 VM_ARG_MAX);
    else
        snprintf(c->err->msg, sizeof c->err->msg,
                 "too many items, arguments, constants or names for one instruction (%s takes at most %u)",
                 vm_opcode_name(op), VM_ARG_MAX);
    c->err->filename = c->filename;
    c->err->lineno = c->err->end_lineno = line;
    vm_c_fail(c);
}

int vm_c_emit(compiler *c, vm_opcode op, uint32_t arg)
{
    unit *u = c->u;
    check_arg(c, op, arg, u->pos.line);
    u->code = xgrow(c, u->code, u->ncode, &u->capcode, sizeof(vm_codeunit));
    u->posof = xgrow(c, u->posof, u->ncode, &u->caplines, sizeof(vm_lineentry));
    u->code[u->ncode] = VM_UNIT(op, arg);
    u->posof[u->ncode] = u->pos;
    return u->ncode++;
}

void vm_c_set_pos(compiler *c, const vm_node *n)
{
    c->u->pos = (vm_lineentry){ 0, n->line, n->end_line, n->col, n->end_col };
}

void vm_c_set_line(compiler *c, int line)
{
    c->u->pos = (vm_lineentry){ 0, line, line, -1, -1 };
}

void vm_c_match_attr(compiler *c, const vm_node *attr)
{
    vm_lineentry *p = &c->u->pos;
    if (p->line == attr->end_line)
        return;
    p->line = attr->end_line;
    int len = (int)strlen(attr->u.Attribute.attr);
    if (len <= attr->end_col)
        p->col = attr->end_col - len;
    else
        p->col = p->end_col = -1;
    if (p->end_line < p->line)
        p->end_line = p->line;
    if (p->line == p->end_line && p->end_col < p->col)
        p->end_col = p->col;
}

int vm_c_new_label(compiler *c)
{
    unit *u = c->u;
    u->labels = xgrow(c, u->labels, u->nlabels, &u->caplabels, sizeof(int));
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void vm_c_bind_label(compiler *c, int l)
{
    c->u->labels[l] = c->u->ncode;
}

void vm_c_return_none(compiler *c)
{
    unit *u = c->u;
    if (u->ncode > 0 && vm_opcode_ends_block(VM_OP(u->code[u->ncode - 1]))) {
        bool target = false;
        for (int l = 0; l < u->nlabels && !target; l++)
            target = u->labels[l] == u->ncode;
        if (!target)
            return;   /* unreachable, as CPython 3.11 drops it */
    }
    vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_emit(c, OP_RETURN_VALUE, 0);
}

/* ---- pools: constants and names ------------------------------------------ */

/* The key under which constant v is pooled (a new reference, NULL on
 * error), as CPython's _PyCode_ConstantKey: two constants share a slot
 * only when of the same type and equal as values of that type.
 * (type, value) for int, str and bytes; (type, IEEE bits) for float and
 * complex (both parts), so that
 * 0.0 and -0.0 stay apart; (type, the items' keys) for tuples, so that
 * (0,), (0.0,) and (False,) stay apart; (type, address) for the rest
 * (code objects, and the singletons None, True, False), which pools by
 * identity -- safe because the pool holds the constant, so its address is
 * not reused while the key lives. */
static rt_object *const_key(rt_object *v)
{
    rt_object *val;
    if (rt_int_check_exact(v) || rt_str_check_exact(v) || rt_bytes_check_exact(v)) {
        val = rt_newref(v);
    } else if (rt_float_check_exact(v)) {
        double d = RT_FLOAT_VALUE(v);
        int64_t bits;
        memcpy(&bits, &d, sizeof bits);
        val = rt_int_from_i64(bits);
    } else if (rt_complex_check_exact(v)) {   /* both parts' bits: 0j and -0j stay apart */
        double d[2] = { RT_COMPLEX_REAL(v), RT_COMPLEX_IMAG(v) };
        int64_t bits[2];
        memcpy(bits, d, sizeof bits);
        rt_object *re = rt_int_from_i64(bits[0]), *im = re ? rt_int_from_i64(bits[1]) : NULL;
        val = im ? rt_tuple_pack(2, re, im) : NULL;
        RT_XDECREF(re);
        RT_XDECREF(im);
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

/* Is str s made of ASCII letters, digits and underscores only?  CPython
 * 3.11 interns exactly those constants (all_name_chars): identifiers and
 * the like, not text. */
static bool all_name_chars(rt_object *s)
{
    const unsigned char *p = (const unsigned char *)rt_str_data(s);
    for (intptr_t i = 0; i < RT_SIZE(s); i++)
        if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9')
              || p[i] == '_'))
            return false;
    return true;
}

/* The module's one object for constant v (steals v; a new reference, or
 * NULL on error): the first equal constant met in any unit of the module,
 * as CPython 3.11's merge_consts_recursive.  A tuple's items are merged
 * too, each replaced in place by the module's object for it (an equal
 * object of the same type: only identities change). */
static rt_object *merge_const(compiler *c, rt_object *v)
{
    if (rt_str_check_exact(v) && all_name_chars(v))
        rt_str_intern_inplace(&v);
    rt_object *key = const_key(v);
    rt_object *found = key ? rt_dict_getitem(c->const_cache, key) : NULL;
    if (found || !key || rt_err_occurred()) {
        RT_XDECREF(key);
        rt_decref(v);
        return found ? rt_newref(found) : NULL;
    }
    if (rt_tuple_check_exact(v)) {
        for (intptr_t i = 0; i < RT_SIZE(v); i++) {
            rt_object *item = RT_TUPLE_GET_ITEM(v, i);
            rt_object *m = merge_const(c, rt_newref(item));
            if (!m) {
                rt_decref(key);
                rt_decref(v);
                return NULL;
            }
            RT_TUPLE_SET_ITEM(v, i, m);
            rt_decref(item);
        }
    }
    if (rt_dict_setitem(c->const_cache, key, v) < 0)
        RT_CLEAR(v);
    rt_decref(key);
    return v;
}

/* The index of constant v in the unit's pool, added if new: one dict
 * probe, so a module with thousands of constants compiles in linear time. */
static int add_const(compiler *c, rt_object *v)   /* steals v */
{
    if (!v || !(v = merge_const(c, v)))
        vm_c_fail(c);
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

int vm_c_add_const(compiler *c, rt_object *v)
{
    return add_const(c, v);
}

void vm_c_load_const(compiler *c, rt_object *v)
{
    vm_c_emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v));
}

rt_object *vm_c_interned(compiler *c, const char *s)
{
    rt_object *o = rt_str_intern_name(s);
    if (!o)
        vm_c_fail(c);
    return o;
}

/* The index of name in the unit's names, added if new (one dict probe:
 * a module body names every function and class it defines). */
int vm_c_name_index(compiler *c, const char *name)
{
    unit *u = c->u;
    rt_object *s = vm_c_interned(c, name);
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

const char *vm_c_mangle(compiler *c, const char *name)
{
    const char *m = vm_symtable_mangle(c->arena, c->u->scope->private_name, name);
    if (!m)
        vm_c_nomem(c);
    return m;
}

/* ---- scopes: what the compiler needs from the symbol table --------------- */

static size_t strvec_slot(const char *name, int nslots)
{
    return (size_t)rt_str_hash_bytes(name, (intptr_t)strlen(name)) & (size_t)(nslots - 1);
}

int vm_c_strvec_index(const vm_strvec *v, const char *name)
{
    if (!v->slots) {
        for (int i = 0; i < v->n; i++)
            if (strcmp(v->items[i], name) == 0)
                return i;
        return -1;
    }
    for (size_t j = strvec_slot(name, v->nslots);; j = (j + 1) & (size_t)(v->nslots - 1)) {
        int ix = v->slots[j];
        if (ix == 0)
            return -1;
        if (strcmp(v->items[ix - 1], name) == 0)
            return ix - 1;
    }
}

static void strvec_free(vm_strvec *v)
{
    free(v->items);
    free(v->slots);
}

typedef enum { VM_NS_LOCAL, VM_NS_CELL, VM_NS_FREE, VM_NS_GLOBAL_EXPLICIT, VM_NS_GLOBAL_IMPLICIT } vm_name_scope;

/* The hash index of every item, in a table of ns slots. */
static void strvec_reindex(compiler *c, vm_strvec *v, int ns)
{
    int *slots = calloc((size_t)ns, sizeof *slots);
    if (!slots)
        vm_c_nomem(c);
    free(v->slots);
    v->slots = slots;
    v->nslots = ns;
    for (int i = 0; i < v->n; i++) {
        size_t j = strvec_slot(v->items[i], ns);
        while (slots[j])
            j = (j + 1) & (size_t)(ns - 1);
        slots[j] = i + 1;
    }
}

/* strcmp's order of UTF-8 names is their code points' order, CPython's
 * sort of str */
static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sort items[from..] by name; the index follows. */
static void strvec_sort_from(compiler *c, vm_strvec *v, int from)
{
    if (v->n - from < 2)
        return;
    qsort(v->items + from, (size_t)(v->n - from), sizeof *v->items, cmp_names);
    if (v->slots)
        strvec_reindex(c, v, v->nslots);
}

static void strvec_push(compiler *c, vm_strvec *v, const char *name)
{
    if (vm_c_strvec_index(v, name) >= 0)
        return;
    v->items = xgrow(c, v->items, v->n, &v->cap, sizeof(char *));
    v->items[v->n++] = name;
    if (2 * v->n > v->nslots) {
        strvec_reindex(c, v, v->nslots ? 2 * v->nslots : 16);
    } else {
        size_t j = strvec_slot(name, v->nslots);
        while (v->slots[j])
            j = (j + 1) & (size_t)(v->nslots - 1);
        v->slots[j] = v->n;
    }
}

/* The compiler's view of symbol-table scope s (built once). */
static cscope *cscope_of(compiler *c, vm_scope *s)
{
    if (c->cscopes[s->id])
        return c->cscopes[s->id];
    cscope *cs = calloc(1, sizeof *cs);
    if (!cs)
        vm_c_nomem(c);
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
            if (s->syms[i].scope == VM_SYM_LOCAL)   /* a cell is no fast local (co_varnames) */
                strvec_push(c, &cs->varnames, s->syms[i].name);
    }
    /* CPython 3.11's order, which __closure__, co_cellvars/co_freevars and
     * a closure's locals() show: the cells that are parameters in their
     * order, then the other cells by name; the free variables by name
     * (its compiler's dictbytype sorts them) */
    for (int i = 0; i < s->nsyms; i++) {
        const vm_symbol *y = &s->syms[i];
        if (y->scope == VM_SYM_CELL && !cs->is_class && (y->flags & VM_SYMF_PARAM))
            strvec_push(c, &cs->cellvars, y->name);
    }
    int first_named_cell = cs->cellvars.n;
    for (int i = 0; i < s->nsyms; i++) {
        const vm_symbol *y = &s->syms[i];
        if (y->scope == VM_SYM_CELL && !cs->is_class && !(y->flags & VM_SYMF_PARAM))
            strvec_push(c, &cs->cellvars, y->name);
        if (y->scope == VM_SYM_FREE || (cs->is_class && (y->flags & VM_SYMF_FREE_CLASS)))
            strvec_push(c, &cs->freevars, y->name);
    }
    if (cs->needs_class_cell)
        strvec_push(c, &cs->cellvars, "__class__");
    strvec_sort_from(c, &cs->cellvars, first_named_cell);
    strvec_sort_from(c, &cs->freevars, 0);
    return cs;
}

cscope *vm_c_child_scope(compiler *c, const vm_node *n)
{
    vm_scope *s = vm_symtable_scope_of(c->st, n);
    if (!s) {
        rt_err_set_string(&rt_exc_RuntimeError, "compiler: no scope for a nested block");
        vm_c_fail(c);
    }
    return cscope_of(c, s);
}

static vm_name_scope cscope_lookup(cscope *cs, const char *name)
{
    const vm_symbol *y = vm_symtable_lookup(cs->s, name);
    if (!y)
        return vm_c_strvec_index(&cs->freevars, name) >= 0 ? VM_NS_FREE : VM_NS_GLOBAL_IMPLICIT;
    switch (y->scope) {
    case VM_SYM_LOCAL: return cs->s->kind == VM_SCOPE_MODULE ? VM_NS_GLOBAL_IMPLICIT : VM_NS_LOCAL;
    case VM_SYM_CELL: return VM_NS_CELL;
    case VM_SYM_FREE: return VM_NS_FREE;
    case VM_SYM_GLOBAL_EXPLICIT: return VM_NS_GLOBAL_EXPLICIT;
    default: return VM_NS_GLOBAL_IMPLICIT;
    }
}

/* ---- units --------------------------------------------------------------- */

void vm_c_unit_enter(compiler *c, cscope *sc, const char *qualname, int line)
{
    /* RAW, not the C heap: the unit holds an object (consts), and the RAW
     * domain is what a conservative collector (boehm) scans. */
    unit *u = rt_raw_calloc(1, sizeof *u);
    if (!u)
        vm_c_nomem(c);
    u->scope = sc;
    u->parent = c->u;
    u->qualname = qualname;
    u->pos = (vm_lineentry){ 0, line, line, -1, -1 };
    u->firstlineno = line;
    c->u = u;
    u->consts = rt_list_new(0);
    u->const_index = rt_dict_new();
    u->name_index = rt_dict_new();
    if (!u->consts || !u->const_index || !u->name_index)
        vm_c_fail(c);
}

static void unit_free(unit *u)
{
    free(u->code);
    free(u->posof);
    free(u->labels);
    strvec_free(&u->names);
    RT_XDECREF(u->consts);
    RT_XDECREF(u->const_index);
    RT_XDECREF(u->name_index);
    rt_raw_free(u);
}

/* ---- assembly ------------------------------------------------------------ */

static rt_object *strtuple(compiler *c, const vm_strvec *v)
{
    rt_object *t = rt_tuple_new(v->n);
    if (!t)
        vm_c_fail(c);
    for (int i = 0; i < v->n; i++) {
        rt_object *s = rt_str_intern_name(v->items[i]);
        if (!s) {
            rt_decref(t);
            vm_c_fail(c);
        }
        RT_TUPLE_SET_ITEM(t, i, s);
    }
    return t;
}

/* Max stack depth by a worklist over the instructions. */
static int stack_depth(compiler *c, const vm_codeunit *code, int n)
{
    int *depth = malloc((size_t)(n + 1) * sizeof(int));
    int *work = malloc((size_t)(n + 1) * 2 * sizeof(int));
    if (!depth || !work) {
        free(depth);
        free(work);
        vm_c_nomem(c);
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
            if (vm_opcode_is_jump(op)) {
                int t = (int)arg;
                int dj = d + vm_stack_effect(op, arg, 1);
                if (dj > maxd)
                    maxd = dj;
                if (depth[t] < dj) {
                    depth[t] = dj;
                    work[nw++] = t;
                }
            }
            if (vm_opcode_ends_block(op))
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
        if (vm_opcode_is_jump(op)) {
            int target = u->labels[VM_ARG(u->code[i])];
            check_arg(c, op, (uint64_t)target, u->posof[i].line);
            u->code[i] = VM_UNIT(op, (uint32_t)target);
        }
    }
    /* line table: one run per change of position */
    vm_lineentry *lines = malloc((size_t)(u->ncode + 1) * sizeof(vm_lineentry));
    if (!lines)
        vm_c_nomem(c);
    int nl = 0;
    for (int i = 0; i < u->ncode; i++) {
        const vm_lineentry *p = &u->posof[i];
        if (nl == 0 || lines[nl - 1].line != p->line || lines[nl - 1].end_line != p->end_line
            || lines[nl - 1].col != p->col || lines[nl - 1].end_col != p->end_col) {
            lines[nl] = *p;
            lines[nl].start = (uint32_t)i;
            nl++;
        }
    }
    rt_object *consts = rt_list_as_tuple(u->consts);
    rt_object *names = strtuple(c, &u->names);
    vm_strvec empty = { 0 };
    rt_object *varnames = strtuple(c, sc->function ? &sc->varnames : &empty);
    rt_object *cellvars = strtuple(c, &sc->cellvars);
    rt_object *freevars = strtuple(c, &sc->freevars);
    /* co_name is the interned identifier; co_qualname is the same object
     * when it is the bare name (CPython's compiler_set_qualname), so a
     * function's __name__ and __qualname__ count among its name's holders */
    rt_object *name = rt_str_intern_name(sc->name);
    rt_object *qualname = name && strcmp(u->qualname, sc->name) == 0 ? rt_newref(name)
                                                                     : rt_str_from_cstr(u->qualname);
    vm_code_spec spec = {
        .code = u->code, .ncode = u->ncode, .lines = lines, .nlines = nl,
        .consts = consts, .names = names, .varnames = varnames, .cellvars = cellvars,
        .freevars = freevars, .name = name, .qualname = qualname, .filename = c->filename_obj,
        .argcount = u->argcount, .kwonlyargcount = u->kwonly, .posonlyargcount = u->posonly,
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
        vm_c_fail(c);
    return co;
}

rt_object *vm_c_unit_leave(compiler *c)
{
    rt_object *co = unit_assemble(c);
    unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
    return co;
}

/* ---- names --------------------------------------------------------------- */

int vm_c_deref_index(compiler *c, const char *name)
{
    cscope *sc = c->u->scope;
    int i = vm_c_strvec_index(&sc->cellvars, name);
    if (i >= 0)
        return i;
    i = vm_c_strvec_index(&sc->freevars, name);
    if (i < 0) {
        rt_err_format(&rt_exc_RuntimeError, "compiler: no cell for '%s'", name);
        vm_c_fail(c);
    }
    return sc->cellvars.n + i;
}

void vm_c_name(compiler *c, const char *id, vm_ctx ctx)
{
    const char *name = vm_c_mangle(c, id);
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
        int i = vm_c_strvec_index(&sc->varnames, name);
        vm_c_emit(c, ctx == VM_LOAD ? OP_LOAD_FAST : ctx == VM_STORE ? OP_STORE_FAST : OP_DELETE_FAST,
                  (uint32_t)i);
    } else if (kind == DEREF) {
        int i = vm_c_deref_index(c, name);
        if (ctx == VM_LOAD)
            vm_c_emit(c, sc->is_class ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, (uint32_t)i);
        else
            vm_c_emit(c, ctx == VM_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, (uint32_t)i);
    } else if (kind == GLOBAL) {
        int i = vm_c_name_index(c, name);
        vm_c_emit(c, ctx == VM_LOAD ? OP_LOAD_GLOBAL : ctx == VM_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
                  (uint32_t)i);
    } else {
        int i = vm_c_name_index(c, name);
        vm_c_emit(c, ctx == VM_LOAD ? OP_LOAD_NAME : ctx == VM_STORE ? OP_STORE_NAME : OP_DELETE_NAME,
                  (uint32_t)i);
    }
}

/* ---- entry points -------------------------------------------------------- */

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
    c.const_cache = c.filename_obj ? rt_dict_new() : NULL;
    c.cscopes = calloc((size_t)c.st->nall, sizeof *c.cscopes);
    if (!c.filename_obj || !c.const_cache || !c.cscopes) {
        RT_XDECREF(c.const_cache);
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
        vm_c_future_parse(&c, &ast->module->u.Module.body);
        vm_c_unit_enter(&c, cscope_of(&c, c.st->top), "<module>", 1);
        c.u->flags = VM_CO_MODULE;
        vm_c_body_doc(&c, &ast->module->u.Module.body);
        vm_c_return_none(&c);
        code = vm_c_unit_leave(&c);
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
    RT_XDECREF(c.const_cache);
    for (int i = 0; i < c.st->nall; i++) {
        if (!c.cscopes[i])
            continue;
        strvec_free(&c.cscopes[i]->varnames);
        strvec_free(&c.cscopes[i]->cellvars);
        strvec_free(&c.cscopes[i]->freevars);
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


/*
 * compile_stmt.c -- the compiler's statements: assignment (annotated
 * ones too, as CPython 3.11's compiler_annassign), loops, if,
 * raise/assert, imports, try/except/finally, return/break/continue, and
 * blocks (compile_int.h for the shared state; a module or class body that
 * annotates a name starts with SETUP_ANNOTATIONS).
 *
 * Exception handling uses the block stack of opcode.h; `finally` bodies
 * are compiled once for the exception path and inlined on every other
 * exit (fall-through, return, break, continue), which is how `return`
 * inside `finally` gets its meaning.
 *
 * Invariants: a unit's fblock stack mirrors, at each point of the code,
 * what is on the frame's block stack and value stack, so that
 * return/break/continue can unwind it (unwind_fblock); a statement leaves
 * the value stack as it found it.
 */
#include <string.h>
#include "compiler/compile_int.h"
#include "runtime/int.h"
#include "runtime/tuple.h"

/* ---- blocks -------------------------------------------------------------- */

static void push_fb(compiler *c, const vm_node *n, fb_kind kind, int start, int exit)
{
    unit *u = c->u;
    if (u->nfb >= VM_MAXBLOCKS_C)
        vm_c_syntax_error(c, n, "too many statically nested blocks");
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

/* exit(None, None, None), exit on top; its result dropped */
static void call_exit_none(compiler *c)
{
    vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_emit(c, OP_DUP_TOP, 0);
    vm_c_emit(c, OP_DUP_TOP, 0);
    vm_c_emit(c, OP_CALL_FUNCTION, 3);
    vm_c_emit(c, OP_POP_TOP, 0);
}

/* with A as a, B as b: body -- one SETUP_WITH per item, innermost last.
 * The handler gets [exit, prev exc, exc] and an EXCEPT_HANDLER block, as
 * an except clause does: a true __exit__ result swallows the exception. */
static void compile_with(compiler *c, const vm_node *n, int pos)
{
    const vm_node *it = n->u.With.items.items[pos];
    int handler = vm_c_new_label(c), suppress = vm_c_new_label(c), end = vm_c_new_label(c);
    vm_c_expr(c, it->u.withitem.context_expr);
    vm_c_set_pos(c, n);
    vm_c_emit(c, OP_SETUP_WITH, (uint32_t)handler);
    push_fb(c, n, FB_WITH, -1, -1);
    if (it->u.withitem.optional_vars)
        vm_c_store(c, it->u.withitem.optional_vars);
    else
        vm_c_emit(c, OP_POP_TOP, 0);
    if (pos + 1 < n->u.With.items.n)
        compile_with(c, n, pos + 1);
    else
        vm_c_body(c, &n->u.With.body);
    pop_fb(c);
    vm_c_set_pos(c, n);
    vm_c_emit(c, OP_POP_BLOCK, 0);
    call_exit_none(c);
    vm_c_emit(c, OP_JUMP, (uint32_t)end);
    vm_c_bind_label(c, handler);
    vm_c_emit(c, OP_WITH_EXCEPT_START, 0);
    vm_c_emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)suppress);
    vm_c_emit(c, OP_RERAISE, 0);
    vm_c_bind_label(c, suppress);
    vm_c_emit(c, OP_POP_TOP, 0);
    vm_c_emit(c, OP_POP_EXCEPT, 0);
    vm_c_emit(c, OP_POP_TOP, 0);
    vm_c_bind_label(c, end);
}

static void compile_handler_name_cleanup(compiler *c, const char *name)
{
    vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_name(c, name, VM_STORE);
    vm_c_name(c, name, VM_DEL);
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
            vm_c_emit(c, OP_ROT_TWO, 0);
        vm_c_emit(c, OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT:
        vm_c_emit(c, OP_POP_BLOCK, 0);
        break;
    case FB_FINALLY_TRY: {
        vm_c_emit(c, OP_POP_BLOCK, 0);
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
        vm_c_body(c, &saved.final->u.Try.finalbody);
        if (preserve)
            pop_fb(c);
        memcpy(&u->fb[depth], stash, (size_t)nstash * sizeof(fblock));
        u->nfb = depth + nstash;
        break;
    }
    case FB_FINALLY_END:
        if (preserve)
            vm_c_emit(c, OP_ROT_THREE, 0);
        vm_c_emit(c, OP_POP_TOP, 0);
        vm_c_emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER_CLEANUP:
        if (b->name)   /* the named handler's cleanup block */
            vm_c_emit(c, OP_POP_BLOCK, 0);
        if (preserve)
            vm_c_emit(c, OP_ROT_TWO, 0);
        vm_c_emit(c, OP_POP_EXCEPT, 0);
        if (b->name)
            compile_handler_name_cleanup(c, b->name);
        break;
    case FB_POP_VALUE:
        if (preserve)
            vm_c_emit(c, OP_ROT_TWO, 0);
        vm_c_emit(c, OP_POP_TOP, 0);
        break;
    case FB_EXCEPT_STAR:   /* never left by a jump: check_except_star_exit refused it */
        break;
    case FB_WITH:
        vm_c_emit(c, OP_POP_BLOCK, 0);
        if (preserve)
            vm_c_emit(c, OP_ROT_TWO, 0);
        call_exit_none(c);
        break;
    }
}

/* ---- statements ---------------------------------------------------------- */

/* A return, break or continue may not leave an except* body (CPython
 * 3.11 refuses it when it compiles the jump: what the handler raised or
 * left unhandled would be lost); fb[from..] are the blocks it leaves. */
static void check_except_star_exit(compiler *c, const vm_node *at, int from)
{
    for (int i = c->u->nfb - 1; i >= from; i--)
        if (c->u->fb[i].kind == FB_EXCEPT_STAR)
            vm_c_syntax_error(c, at, "'break', 'continue' and 'return' cannot appear in an except* block");
}

static void compile_return(compiler *c, const vm_node *n)
{
    if (!c->u->scope->function || c->u->scope->is_comprehension)
        vm_c_syntax_error(c, n, "'return' outside function");
    if (n->u.Return.value)
        vm_c_expr(c, n->u.Return.value);
    else
        vm_c_load_const(c, rt_newref(RT_NONE));
    unit *u = c->u;
    check_except_star_exit(c, n->u.Return.value ? n->u.Return.value : n, 0);
    for (int i = u->nfb - 1; i >= 0; i--)
        unwind_fblock(c, &u->fb[i], true);
    vm_c_emit(c, OP_RETURN_VALUE, 0);
}

static void compile_break_continue(compiler *c, const vm_node *n, bool brk)
{
    unit *u = c->u;
    int i;
    for (i = u->nfb - 1; i >= 0; i--)
        if (u->fb[i].kind == FB_WHILE || u->fb[i].kind == FB_FOR)
            break;
    check_except_star_exit(c, n, i + 1);
    if (i < 0)
        vm_c_syntax_error(c, n, brk ? "'break' outside loop" : "'continue' not properly in loop");
    for (int j = u->nfb - 1; j > i; j--)
        unwind_fblock(c, &u->fb[j], false);
    if (brk) {
        unwind_fblock(c, &u->fb[i], false);
        vm_c_emit(c, OP_JUMP, (uint32_t)u->fb[i].exit);
    } else {
        vm_c_emit(c, OP_JUMP, (uint32_t)u->fb[i].start);
    }
}

/* The body of a try with handlers: run under a handler block that leads
 * to handler; done, it jumps to orelse.  The handler label is bound here. */
static void compile_try_body(compiler *c, const vm_node *n, int handler, int orelse)
{
    vm_c_emit(c, OP_SETUP_FINALLY, (uint32_t)handler);
    push_fb(c, n, FB_TRY_EXCEPT, -1, -1);
    vm_c_body(c, &n->u.Try.body);
    pop_fb(c);
    vm_c_emit(c, OP_POP_BLOCK, 0);
    vm_c_emit(c, OP_JUMP, (uint32_t)orelse);
    vm_c_bind_label(c, handler);
}

static void compile_try_except(compiler *c, const vm_node *n)
{
    int handler = vm_c_new_label(c), orelse = vm_c_new_label(c), end = vm_c_new_label(c);
    compile_try_body(c, n, handler, orelse);
    /* stack: [prev, exc] */
    for (int i = 0; i < n->u.Try.handlers.n; i++) {
        const vm_node *h = n->u.Try.handlers.items[i];
        vm_c_set_pos(c, h);
        int next = vm_c_new_label(c);
        if (!h->u.ExceptHandler.type && i < n->u.Try.handlers.n - 1)
            vm_c_syntax_error(c, h, "default 'except:' must be last");
        if (h->u.ExceptHandler.type) {
            vm_c_emit(c, OP_DUP_TOP, 0);
            vm_c_expr(c, h->u.ExceptHandler.type);
            vm_c_emit(c, OP_JUMP_IF_NOT_EXC_MATCH, (uint32_t)next);
        }
        const char *name = h->u.ExceptHandler.name;
        /* `except E as name:` unbinds name however the body is left, as
         * CPython's compiler does: a body that raises goes through
         * cleanup_end, so the frame does not keep the exception (whose
         * traceback holds the frame: a cycle otherwise) */
        int cleanup_end = name ? vm_c_new_label(c) : -1;
        if (name) {
            vm_c_name(c, name, VM_STORE);
            vm_c_emit(c, OP_SETUP_FINALLY, (uint32_t)cleanup_end);
        } else {
            vm_c_emit(c, OP_POP_TOP, 0);
        }
        push_fb(c, h, FB_HANDLER_CLEANUP, -1, -1);
        c->u->fb[c->u->nfb - 1].name = name;
        vm_c_body(c, &h->u.ExceptHandler.body);
        pop_fb(c);
        if (name)
            vm_c_emit(c, OP_POP_BLOCK, 0);
        vm_c_emit(c, OP_POP_EXCEPT, 0);
        if (name)
            compile_handler_name_cleanup(c, name);
        vm_c_emit(c, OP_JUMP, (uint32_t)end);
        if (name) {
            vm_c_bind_label(c, cleanup_end);
            compile_handler_name_cleanup(c, name);
            vm_c_emit(c, OP_RERAISE, 0);
        }
        vm_c_bind_label(c, next);
    }
    vm_c_emit(c, OP_RERAISE, 0);
    vm_c_bind_label(c, orelse);
    vm_c_body(c, &n->u.Try.orelse);
    vm_c_bind_label(c, end);
}

/* try/except* (PEP 654), as CPython 3.11 compiles it, on the block stack:
 *   [prev, exc] at the handler become [prev, orig, list, rest]: orig the
 *   caught exception, list what the clauses' bodies raise, rest what no
 *   clause has matched yet (exc at first);
 *   each clause: CHECK_EG_MATCH splits rest into [rest, match] (match None:
 *   the clause is skipped); the body runs with match bound and handled
 *   (sys.exc_info()); an exception it raises goes to list, and the next
 *   clause runs all the same;
 *   at the end rest joins list, and PREP_RERAISE_STAR makes of orig and
 *   list what is raised: None when nothing is left, else re-raised. */
static void compile_try_star_except(compiler *c, const vm_node *n)
{
    int handler = vm_c_new_label(c), orelse = vm_c_new_label(c), end = vm_c_new_label(c);
    int reraise = vm_c_new_label(c);
    compile_try_body(c, n, handler, orelse);
    vm_c_emit(c, OP_DUP_TOP, 0);
    vm_c_emit(c, OP_BUILD_LIST, 0);
    vm_c_emit(c, OP_ROT_TWO, 0);
    for (int i = 0; i < n->u.Try.handlers.n; i++) {
        const vm_node *h = n->u.Try.handlers.items[i];
        vm_c_set_pos(c, h);
        int next = vm_c_new_label(c), no_match = vm_c_new_label(c), raised = vm_c_new_label(c);
        vm_c_expr(c, h->u.ExceptHandler.type);
        vm_c_emit(c, OP_CHECK_EG_MATCH, 0);
        vm_c_emit(c, OP_DUP_TOP, 0);
        vm_c_load_const(c, rt_newref(RT_NONE));
        vm_c_emit(c, OP_IS_OP, 0);
        vm_c_emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)no_match);
        const char *name = h->u.ExceptHandler.name;
        if (name)
            vm_c_name(c, name, VM_STORE);
        else
            vm_c_emit(c, OP_POP_TOP, 0);
        vm_c_emit(c, OP_SETUP_FINALLY, (uint32_t)raised);
        push_fb(c, h, FB_EXCEPT_STAR, -1, -1);
        vm_c_body(c, &h->u.ExceptHandler.body);
        pop_fb(c);
        vm_c_emit(c, OP_POP_BLOCK, 0);
        if (name)
            compile_handler_name_cleanup(c, name);
        vm_c_emit(c, OP_JUMP, (uint32_t)next);
        vm_c_bind_label(c, raised);   /* [.., list, rest, prev, raised exc] */
        if (name)
            compile_handler_name_cleanup(c, name);
        vm_c_emit(c, OP_LIST_APPEND, 3);
        vm_c_emit(c, OP_POP_EXCEPT, 0);
        vm_c_emit(c, OP_JUMP, (uint32_t)next);
        vm_c_bind_label(c, no_match);
        vm_c_emit(c, OP_POP_TOP, 0);
        vm_c_bind_label(c, next);
    }
    vm_c_emit(c, OP_LIST_APPEND, 1);
    vm_c_emit(c, OP_PREP_RERAISE_STAR, 0);
    vm_c_emit(c, OP_DUP_TOP, 0);
    vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_emit(c, OP_IS_OP, 0);
    vm_c_emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)reraise);
    vm_c_emit(c, OP_POP_TOP, 0);
    vm_c_emit(c, OP_POP_EXCEPT, 0);
    vm_c_emit(c, OP_JUMP, (uint32_t)end);
    vm_c_bind_label(c, reraise);
    vm_c_emit(c, OP_RERAISE, 0);
    vm_c_bind_label(c, orelse);
    vm_c_body(c, &n->u.Try.orelse);
    vm_c_bind_label(c, end);
}

static void compile_try(compiler *c, const vm_node *n)
{
    void (*handlers)(compiler *, const vm_node *) = n->u.Try.is_star ? compile_try_star_except : compile_try_except;
    if (n->u.Try.finalbody.n == 0) {
        handlers(c, n);
        return;
    }
    int final = vm_c_new_label(c), exit = vm_c_new_label(c);
    vm_c_emit(c, OP_SETUP_FINALLY, (uint32_t)final);
    push_fb(c, n, FB_FINALLY_TRY, -1, -1);
    c->u->fb[c->u->nfb - 1].final = n;
    if (n->u.Try.handlers.n)
        handlers(c, n);
    else
        vm_c_body(c, &n->u.Try.body);
    pop_fb(c);
    vm_c_emit(c, OP_POP_BLOCK, 0);
    vm_c_body(c, &n->u.Try.finalbody);
    vm_c_emit(c, OP_JUMP, (uint32_t)exit);
    vm_c_bind_label(c, final);
    push_fb(c, n, FB_FINALLY_END, -1, -1);
    vm_c_body(c, &n->u.Try.finalbody);
    pop_fb(c);
    vm_c_emit(c, OP_RERAISE, 0);
    vm_c_bind_label(c, exit);
}

static char *c_strndup(compiler *c, const char *s, size_t n)
{
    char *r = vm_arena_strndup(c->arena, s, n);
    if (!r)
        vm_c_nomem(c);
    return r;
}

/* LOAD_CONST level; LOAD_CONST fromlist; IMPORT_NAME name: CPython
 * 3.11's sequence, so IMPORT_NAME has __import__'s arguments. */
static void emit_import_name(compiler *c, const char *name, int level, rt_object *fromlist)
{
    vm_c_load_const(c, rt_int_from_i64(level));
    vm_c_load_const(c, fromlist);
    vm_c_emit(c, OP_IMPORT_NAME, (uint32_t)vm_c_name_index(c, name));
}

/* `import a.b.c` binds the top-level package a (IMPORT_NAME returns it
 * when there is no fromlist); `import a.b.c as d` walks from a to c with
 * IMPORT_FROM and binds c, as CPython 3.11's compiler_import_as. */
static void compile_import(compiler *c, const vm_node *n)
{
    for (int i = 0; i < n->u.Import.names.n; i++) {
        const vm_node *a = n->u.Import.names.items[i];
        const char *name = a->u.alias.name, *dot = strchr(name, '.');
        emit_import_name(c, name, 0, rt_newref(RT_NONE));
        if (!a->u.alias.asname) {
            char *top = c_strndup(c, name, dot ? (size_t)(dot - name) : strlen(name));
            vm_c_name(c, top, VM_STORE);
            continue;
        }
        while (dot) {
            const char *start = dot + 1;
            dot = strchr(start, '.');
            char *attr = c_strndup(c, start, dot ? (size_t)(dot - start) : strlen(start));
            vm_c_emit(c, OP_IMPORT_FROM, (uint32_t)vm_c_name_index(c, attr));
            if (dot) {
                vm_c_emit(c, OP_ROT_TWO, 0);
                vm_c_emit(c, OP_POP_TOP, 0);
            }
        }
        if (strchr(name, '.')) {
            vm_c_name(c, a->u.alias.asname, VM_STORE);
            vm_c_emit(c, OP_POP_TOP, 0);
        } else {
            vm_c_name(c, a->u.alias.asname, VM_STORE);
        }
    }
}

/* The features CPython 3.11 accepts: all but annotations are no-ops here
 * (mandatory since long, or, for barry_as_FLUFL, only the `<>` operator
 * the subset does not have). */
static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL,
};

static bool is_future_import(const vm_node *s)
{
    return s->kind == VM_N_ImportFrom && s->u.ImportFrom.module
           && strcmp(s->u.ImportFrom.module, "__future__") == 0;
}

/* CPython's future.c reports at one position, not the statement's range
 * (PyErr_SyntaxLocationObject): the statement's start, or, for a late
 * future import read here, its 0-based column taken as the 1-based offset. */
static const vm_node *future_pos(vm_node *tmp, const vm_node *s, int shift)
{
    *tmp = *s;
    tmp->col = s->col - shift;
    tmp->end_line = s->line;
    tmp->end_col = tmp->col + 1;
    return tmp;
}

void vm_c_future_parse(compiler *c, const vm_list *body)
{
    c->future_lineno = -1;
    bool done = false;
    int prev_line = 0;
    for (int i = vm_c_docstring(body) ? 1 : 0; i < body->n; i++) {
        const vm_node *s = body->items[i];
        /* statements after the leading block are the compiler's to refuse
         * (compile_import_from), as CPython's: one line of `;`-joined
         * statements is still read here */
        if (done && s->line > prev_line)
            return;
        prev_line = s->line;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        vm_node tmp;
        if (done)
            vm_c_syntax_error(c, future_pos(&tmp, s, s->col > 0),
                              "from __future__ imports must occur at the beginning of the file");
        for (int k = 0; k < s->u.ImportFrom.names.n; k++) {
            const char *f = s->u.ImportFrom.names.items[k]->u.alias.name;
            int j = 0;
            while (future_features[j] && strcmp(future_features[j], f) != 0)
                j++;
            if (strcmp(f, "braces") == 0)
                vm_c_syntax_error(c, future_pos(&tmp, s, 0), "not a chance");
            if (!future_features[j])
                vm_c_syntax_error(c, future_pos(&tmp, s, 0), "future feature %.100s is not defined", f);
            if (strcmp(f, "annotations") == 0)
                c->future_annotations = true;
        }
        c->future_lineno = s->line;
    }
}

static void compile_import_from(compiler *c, const vm_node *n)
{
    if (is_future_import(n) && n->line > c->future_lineno)
        vm_c_syntax_error(c, n, "from __future__ imports must occur at the beginning of the file");
    int nn = n->u.ImportFrom.names.n;
    rt_object *names = rt_tuple_new(nn);
    if (!names)
        vm_c_fail(c);
    for (int i = 0; i < nn; i++)
        RT_TUPLE_SET_ITEM(names, i, vm_c_interned(c, n->u.ImportFrom.names.items[i]->u.alias.name));
    for (int i = 0; i < nn; i++)
        if (strcmp(n->u.ImportFrom.names.items[i]->u.alias.name, "*") == 0) {
            rt_decref(names);
            vm_c_not_implemented(c, n, "from ... import *");
        }
    emit_import_name(c, n->u.ImportFrom.module ? n->u.ImportFrom.module : "", n->u.ImportFrom.level, names);
    for (int i = 0; i < nn; i++) {
        const vm_node *a = n->u.ImportFrom.names.items[i];
        vm_c_emit(c, OP_IMPORT_FROM, (uint32_t)vm_c_name_index(c, a->u.alias.name));
        vm_c_name(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, VM_STORE);
    }
    vm_c_emit(c, OP_POP_TOP, 0);
}

/* x: T [= v] as CPython 3.11's compiler_annassign: the assignment first;
 * then, in a module or class body, a simple name's annotation is stored
 * in __annotations__ (the name mangled) and any other target's is
 * evaluated and dropped; an attribute or subscript target without a
 * value has its object (and subscript) evaluated.  In a function the
 * annotation is never evaluated. */
/* Every part of an annotated subscript target's index is evaluated and
 * dropped (a slice's bounds, a tuple's items), as CPython's check_ann_subscr. */
static void check_ann_subscr(compiler *c, const vm_node *e)
{
    if (e->kind == VM_N_Slice) {
        const vm_node *parts[3] = { e->u.Slice.lower, e->u.Slice.upper, e->u.Slice.step };
        for (int i = 0; i < 3; i++)
            if (parts[i]) {
                vm_c_expr(c, parts[i]);
                vm_c_emit(c, OP_POP_TOP, 0);
            }
    } else if (e->kind == VM_N_Tuple) {
        for (int i = 0; i < e->u.Tuple.elts.n; i++)
            check_ann_subscr(c, e->u.Tuple.elts.items[i]);
    } else {
        vm_c_expr(c, e);
        vm_c_emit(c, OP_POP_TOP, 0);
    }
}

static void compile_annassign(compiler *c, const vm_node *n)
{
    const vm_node *t = n->u.AnnAssign.target;
    vm_scope_kind k = c->u->scope->s->kind;
    bool evaluated = k == VM_SCOPE_MODULE || k == VM_SCOPE_CLASS;
    if (n->u.AnnAssign.value) {
        vm_c_expr(c, n->u.AnnAssign.value);
        vm_c_store(c, t);
    }
    if (t->kind == VM_N_Name) {
        if (n->u.AnnAssign.simple && evaluated) {
            if (c->future_annotations)
                vm_c_load_const(c, vm_c_unparse(c, n->u.AnnAssign.annotation));
            else
                vm_c_expr(c, n->u.AnnAssign.annotation);
            vm_c_set_pos(c, n);
            vm_c_emit(c, OP_LOAD_NAME, (uint32_t)vm_c_name_index(c, "__annotations__"));
            vm_c_load_const(c, vm_c_interned(c, vm_c_mangle(c, t->u.Name.id)));
            vm_c_emit(c, OP_STORE_SUBSCR, 0);
            return;
        }
    } else if (!n->u.AnnAssign.value) {
        const vm_node *obj = t->kind == VM_N_Attribute ? t->u.Attribute.value : t->u.Subscript.value;
        vm_c_expr(c, obj);
        vm_c_emit(c, OP_POP_TOP, 0);
        if (t->kind == VM_N_Subscript)
            check_ann_subscr(c, t->u.Subscript.slice);
    }
    /* a complex target's annotation is not even evaluated under PEP 563 */
    if (!n->u.AnnAssign.simple && evaluated && !c->future_annotations) {
        vm_c_expr(c, n->u.AnnAssign.annotation);
        vm_c_emit(c, OP_POP_TOP, 0);
    }
}

static void compile_stmt(compiler *c, const vm_node *n)
{
    vm_c_check_stack(c);
    vm_c_set_pos(c, n);
    switch (n->kind) {
    case VM_N_FunctionDef:
        vm_c_function(c, n);
        break;
    case VM_N_ClassDef:
        vm_c_class(c, n);
        break;
    case VM_N_Return:
        compile_return(c, n);
        break;
    case VM_N_Delete:
        for (int i = 0; i < n->u.Delete.targets.n; i++)
            vm_c_delete(c, n->u.Delete.targets.items[i]);
        break;
    case VM_N_Assign: {
        vm_c_expr(c, n->u.Assign.value);
        const vm_list *t = &n->u.Assign.targets;
        for (int i = 0; i < t->n; i++) {
            if (i < t->n - 1)
                vm_c_emit(c, OP_DUP_TOP, 0);
            vm_c_store(c, t->items[i]);
        }
        break;
    }
    case VM_N_AugAssign:
        vm_c_augassign(c, n);
        break;
    case VM_N_AnnAssign:
        compile_annassign(c, n);
        break;
    case VM_N_For: {
        int start = vm_c_new_label(c), cleanup = vm_c_new_label(c), end = vm_c_new_label(c);
        vm_c_iterable(c, n->u.For.iter);
        vm_c_emit(c, OP_GET_ITER, 0);
        vm_c_bind_label(c, start);
        vm_c_emit(c, OP_FOR_ITER, (uint32_t)cleanup);
        push_fb(c, n, FB_FOR, start, end);
        vm_c_store(c, n->u.For.target);
        vm_c_body(c, &n->u.For.body);
        pop_fb(c);
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_JUMP, (uint32_t)start);
        vm_c_bind_label(c, cleanup);
        vm_c_body(c, &n->u.For.orelse);
        vm_c_bind_label(c, end);
        break;
    }
    case VM_N_While: {
        int start = vm_c_new_label(c), orelse = vm_c_new_label(c), end = vm_c_new_label(c);
        vm_c_bind_label(c, start);
        vm_c_jump_if(c, n->u.While.test, false, orelse);
        push_fb(c, n, FB_WHILE, start, end);
        vm_c_body(c, &n->u.While.body);
        pop_fb(c);
        vm_c_emit(c, OP_JUMP, (uint32_t)start);
        vm_c_bind_label(c, orelse);
        vm_c_body(c, &n->u.While.orelse);
        vm_c_bind_label(c, end);
        break;
    }
    case VM_N_If: {
        int orelse = vm_c_new_label(c), end = vm_c_new_label(c);
        vm_c_jump_if(c, n->u.If.test, false, orelse);
        vm_c_body(c, &n->u.If.body);
        if (n->u.If.orelse.n)
            vm_c_emit(c, OP_JUMP, (uint32_t)end);
        vm_c_bind_label(c, orelse);
        vm_c_body(c, &n->u.If.orelse);
        vm_c_bind_label(c, end);
        break;
    }
    case VM_N_Raise: {
        int nargs = 0;
        if (n->u.Raise.exc) {
            vm_c_expr(c, n->u.Raise.exc);
            nargs = 1;
            if (n->u.Raise.cause) {
                vm_c_expr(c, n->u.Raise.cause);
                nargs = 2;
            }
        }
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_RAISE_VARARGS, (uint32_t)nargs);
        break;
    }
    case VM_N_Try:
        compile_try(c, n);
        break;
    case VM_N_Assert: {
        int end = vm_c_new_label(c);
        vm_c_jump_if(c, n->u.Assert.test, true, end);
        vm_c_emit(c, OP_LOAD_ASSERTION_ERROR, 0);
        if (n->u.Assert.msg) {
            vm_c_expr(c, n->u.Assert.msg);
            vm_c_emit(c, OP_CALL_FUNCTION, 1);
        }
        vm_c_emit(c, OP_RAISE_VARARGS, 1);   /* at the position the test left (3.11) */
        vm_c_bind_label(c, end);
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
    case VM_N_With:
        compile_with(c, n, 0);
        break;
    case VM_N_Match:
        vm_c_match(c, n);
        break;
    case VM_N_Expr:
        vm_c_expr(c, n->u.Expr.value);
        vm_c_emit(c, OP_POP_TOP, 0);
        break;
    case VM_N_Break:
        compile_break_continue(c, n, true);
        break;
    case VM_N_Continue:
        compile_break_continue(c, n, false);
        break;
    default:
        vm_c_not_implemented(c, n, vm_node_kind_name(n->kind));
    }
}

void vm_c_body(compiler *c, const vm_list *l)
{
    for (int i = 0; i < l->n; i++)
        compile_stmt(c, l->items[i]);
}

const vm_node *vm_c_docstring(const vm_list *body)
{
    if (body->n == 0 || body->items[0]->kind != VM_N_Expr)
        return NULL;
    const vm_node *v = body->items[0]->u.Expr.value;
    return v->kind == VM_N_Constant && v->u.Constant.kind == VM_CONST_STR ? v : NULL;
}

/* CPython's find_ann: whether a body annotates a target, in its own
 * statements or the blocks of its if/for/while/with/try (not in nested
 * defs or classes). */
static bool find_ann(const vm_list *l)
{
    for (int i = 0; i < l->n; i++) {
        const vm_node *s = l->items[i];
        switch (s->kind) {
        case VM_N_AnnAssign:
            return true;
        case VM_N_For:
            if (find_ann(&s->u.For.body) || find_ann(&s->u.For.orelse)) return true;
            break;
        case VM_N_While: case VM_N_If:
            if (find_ann(&s->u.While.body) || find_ann(&s->u.While.orelse)) return true;
            break;
        case VM_N_With:
            if (find_ann(&s->u.With.body)) return true;
            break;
        case VM_N_Match:
            for (int j = 0; j < s->u.Match.cases.n; j++)
                if (find_ann(&s->u.Match.cases.items[j]->u.match_case.body)) return true;
            break;
        case VM_N_Try:
            for (int j = 0; j < s->u.Try.handlers.n; j++)
                if (find_ann(&s->u.Try.handlers.items[j]->u.ExceptHandler.body)) return true;
            if (find_ann(&s->u.Try.body) || find_ann(&s->u.Try.finalbody) || find_ann(&s->u.Try.orelse))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

void vm_c_body_doc(compiler *c, const vm_list *l)
{
    /* an annotated module or class gets its __annotations__ first, before
     * its docstring (at the first statement's line in a module) */
    if (find_ann(l)) {
        if (c->u->scope->s->kind == VM_SCOPE_MODULE)
            vm_c_set_pos(c, l->items[0]);
        vm_c_emit(c, OP_SETUP_ANNOTATIONS, 0);
    }
    const vm_node *doc = vm_c_docstring(l);
    if (!doc) {
        vm_c_body(c, l);
        return;
    }
    vm_c_set_pos(c, l->items[0]);
    vm_c_expr(c, doc);
    vm_c_emit(c, OP_STORE_NAME, (uint32_t)vm_c_name_index(c, "__doc__"));
    for (int i = 1; i < l->n; i++)
        compile_stmt(c, l->items[i]);
}


/*
 * compile_match.c -- the match statement (PEP 634), compiled as CPython
 * 3.11's compiler does it (compiler_match and the compiler_pattern_*
 * family): the same opcodes in the same order (MATCH_SEQUENCE,
 * MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, GET_LEN, COPY, SWAP), so what
 * a match allocates and when it calls user code (__eq__, __len__, get,
 * __getattr__, __instancecheck__) is CPython's, and the same compile-time
 * SyntaxErrors with their messages and positions.
 *
 * How a pattern uses the stack (CPython's pattern_context): the subject
 * of a (sub)pattern is on top; below it `on_top` items the enclosing
 * patterns still need, and below those the values captured so far, one
 * per name in `stores` (the newest deepest: each capture is rotated
 * under everything else with SWAPs).  On a failure the code jumps to
 * fail_pop[k], a chain of POP_TOPs that drops the k items then on the
 * stack; only after the whole pattern matched are the captures stored
 * into their names, so a failed case binds nothing.
 *
 * Invariants: every pattern consumes its subject on success and leaves
 * the stack as it found it minus the subject (plus its captures) --
 * the verifier checks the same depth on every path; a statement leaves
 * the stack as it found it: the subject is popped before a case's body
 * runs, so a body needs no fblock.
 */
#include <string.h>
#include "compiler/compile_int.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/int.h"

typedef struct pctx {
    const char **stores; int nstores, capstores;   /* captured names, in order */
    bool allow_irrefutable;     /* an irrefutable pattern is allowed here */
    int *fail_pop; int fail_pop_size;   /* labels: fail_pop[k] pops k items */
    int on_top;                 /* items above the captures the pattern keeps */
    const vm_node *loc;         /* the pattern being compiled: errors point here */
} pctx;

static void pattern(compiler *c, const vm_node *p, pctx *pc);

static bool is_wildcard(const vm_node *p)
{
    return p->kind == VM_N_MatchAs && !p->u.MatchAs.pattern && !p->u.MatchAs.name;
}

static bool is_star_wildcard(const vm_node *p)
{
    return p->kind == VM_N_MatchStar && !p->u.MatchStar.name;
}

static void set_loc(compiler *c, pctx *pc, const vm_node *p)
{
    pc->loc = p;
    vm_c_set_pos(c, p);
}

static void *grow(compiler *c, void *old, int n, int *cap, size_t size)
{
    if (n < *cap)
        return old;
    int ncap = *cap ? *cap * 2 : 8;
    void *nw = vm_arena_alloc(c->arena, (size_t)ncap * size);
    if (!nw)
        vm_c_nomem(c);
    if (n)
        memcpy(nw, old, (size_t)n * size);
    *cap = ncap;
    return nw;
}

static void stores_push(compiler *c, pctx *pc, const char *name)
{
    pc->stores = grow(c, pc->stores, pc->nstores, &pc->capstores, sizeof *pc->stores);
    pc->stores[pc->nstores++] = name;
}

static int stores_index(const pctx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0)
            return i;
    return -1;
}

/* fail_pop[0..n] exist */
static void ensure_fail_pop(compiler *c, pctx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return;
    int *fp = vm_arena_alloc(c->arena, (size_t)size * sizeof *fp);
    if (!fp)
        vm_c_nomem(c);
    if (pc->fail_pop_size)
        memcpy(fp, pc->fail_pop, (size_t)pc->fail_pop_size * sizeof *fp);
    for (int i = pc->fail_pop_size; i < size; i++)
        fp[i] = vm_c_new_label(c);
    pc->fail_pop = fp;
    pc->fail_pop_size = size;
}

/* jump (op) to the label that pops everything this pattern put on the
 * stack so far: the items on top and the captures */
static void jump_to_fail_pop(compiler *c, pctx *pc, vm_opcode op)
{
    int pops = pc->on_top + pc->nstores;
    ensure_fail_pop(c, pc, pops);
    vm_c_emit(c, op, (uint32_t)pc->fail_pop[pops]);
}

static void emit_and_reset_fail_pop(compiler *c, pctx *pc)
{
    if (!pc->fail_pop_size)
        return;
    while (--pc->fail_pop_size) {
        vm_c_bind_label(c, pc->fail_pop[pc->fail_pop_size]);
        vm_c_emit(c, OP_POP_TOP, 0);
    }
    vm_c_bind_label(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
}

/* the top moves under the count - 1 items below it */
static void rotate(compiler *c, int count)
{
    while (1 < count)
        vm_c_emit(c, OP_SWAP, (uint32_t)count--);
}

static void load_int(compiler *c, intptr_t v)
{
    vm_c_load_const(c, rt_int_from_i64(v));
}

static void check_forbidden(compiler *c, pctx *pc, const char *name)
{
    if (strcmp(name, "__debug__") == 0)
        vm_c_syntax_error(c, pc->loc, "cannot assign to __debug__");
}

static _Noreturn void duplicate_store(compiler *c, pctx *pc, const char *name)
{
    vm_c_syntax_error(c, pc->loc, "multiple assignments to name '%s' in pattern", name);
}

/* the value on top is captured as name (popped for NULL: `_`) */
static void store_name(compiler *c, pctx *pc, const char *name)
{
    if (!name) {
        vm_c_emit(c, OP_POP_TOP, 0);
        return;
    }
    check_forbidden(c, pc, name);
    if (stores_index(pc, name) >= 0)
        duplicate_store(c, pc, name);
    rotate(c, pc->on_top + pc->nstores + 1);
    stores_push(c, pc, name);
}

static void subpattern(compiler *c, const vm_node *p, pctx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

/* [a, b, *rest, c]: unpack, then each item against its pattern */
static void sequence_unpack(compiler *c, const vm_list *pats, int star, pctx *pc)
{
    int size = pats->n;
    if (star < 0)
        vm_c_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size);
    else
        vm_c_emit(c, OP_UNPACK_EX, (uint32_t)(star | ((size - 1 - star) << 8)));
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        const vm_node *p = pats->items[i];
        if (p->kind == VM_N_MatchStar) {
            store_name(c, pc, p->u.MatchStar.name);
            continue;
        }
        subpattern(c, p, pc);
    }
}

/* [a, *_, b]: index the items (no list of the middle is made) */
static void sequence_subscr(compiler *c, const vm_list *pats, int star, pctx *pc)
{
    pc->on_top++;
    int size = pats->n;
    for (int i = 0; i < size; i++) {
        const vm_node *p = pats->items[i];
        if (is_wildcard(p) || i == star)
            continue;
        vm_c_emit(c, OP_COPY, 1);
        if (i < star) {
            load_int(c, i);
        } else {
            /* the subject may not support negative indexes */
            vm_c_emit(c, OP_GET_LEN, 0);
            load_int(c, size - i);
            vm_c_emit(c, OP_BINARY_OP, RT_NB_SUB);
        }
        vm_c_emit(c, OP_BINARY_SUBSCR, 0);
        subpattern(c, p, pc);
    }
    pc->on_top--;
    vm_c_emit(c, OP_POP_TOP, 0);
}

static void pattern_sequence(compiler *c, const vm_node *p, pctx *pc)
{
    const vm_list *pats = &p->u.MatchSequence.patterns;
    int size = pats->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        const vm_node *q = pats->items[i];
        if (q->kind == VM_N_MatchStar) {
            if (star >= 0)
                vm_c_syntax_error(c, pc->loc, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    vm_c_emit(c, OP_MATCH_SEQUENCE, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0) {
        vm_c_emit(c, OP_GET_LEN, 0);
        load_int(c, size);
        vm_c_emit(c, OP_COMPARE_OP, RT_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    } else if (star_wildcard) {
        vm_c_emit(c, OP_GET_LEN, 0);
        load_int(c, size - 1);
        vm_c_emit(c, OP_COMPARE_OP, RT_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard)
        vm_c_emit(c, OP_POP_TOP, 0);
    else if (star_wildcard)
        sequence_subscr(c, pats, star, pc);
    else
        sequence_unpack(c, pats, star, pc);
}

/* a literal or a dotted name: a constant (a negative number folded) or
 * an Attribute, as after CPython's AST optimiser */
static bool value_expr(const vm_node *e)
{
    if (e->kind == VM_N_Attribute)
        return true;
    if (e->kind == VM_N_UnaryOp)
        e = e->u.UnaryOp.operand;
    return e->kind == VM_N_Constant;
}

static void pattern_mapping(compiler *c, const vm_node *p, pctx *pc)
{
    const vm_list *keys = &p->u.MatchMapping.keys, *pats = &p->u.MatchMapping.patterns;
    const char *star_target = p->u.MatchMapping.rest;
    int size = keys->n;
    pc->on_top++;
    vm_c_emit(c, OP_MATCH_MAPPING, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !star_target) {
        pc->on_top--;
        vm_c_emit(c, OP_POP_TOP, 0);
        return;
    }
    if (size) {
        vm_c_emit(c, OP_GET_LEN, 0);
        load_int(c, size);
        vm_c_emit(c, OP_COMPARE_OP, RT_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    /* constant keys seen twice are CPython's compile-time error */
    rt_object *seen = rt_set_new(NULL, false);
    if (!seen)
        vm_c_fail(c);
    for (int i = 0; i < size; i++) {
        const vm_node *k = keys->items[i];
        if (!value_expr(k)) {
            rt_decref(seen);
            vm_c_syntax_error(c, pc->loc, "mapping pattern keys may only match literals and attribute lookups");
        }
        if (k->kind == VM_N_Attribute)
            continue;
        rt_object *v = vm_c_fold_value(k);
        if (!v)
            continue;   /* an int past 64 bits: its OverflowError when it is loaded */
        int r = rt_set_contains(seen, v);
        if (r == 0)
            r = rt_set_add(seen, v);
        if (r != 0) {
            rt_decref(seen);
            if (r < 0) {
                rt_decref(v);
                vm_c_fail(c);
            }
            rt_object *rep = rt_repr(v);
            rt_decref(v);
            if (!rep)
                vm_c_fail(c);
            char buf[200];
            snprintf(buf, sizeof buf, "%s", rt_str_data(rep));
            rt_decref(rep);
            vm_c_syntax_error(c, pc->loc, "mapping pattern checks duplicate key (%s)", buf);
        }
        rt_decref(v);
    }
    rt_decref(seen);
    /* LOAD_CONSTs + BUILD_TUPLE are one constant, as CPython's assembler folds them */
    rt_object *kt = vm_c_fold_tuple(keys);
    if (kt) {
        vm_c_load_const(c, kt);
    } else {
        for (int i = 0; i < size; i++)
            vm_c_expr(c, keys->items[i]);
        vm_c_set_pos(c, pc->loc);
        vm_c_emit(c, OP_BUILD_TUPLE, (uint32_t)size);
    }
    vm_c_emit(c, OP_MATCH_KEYS, 0);
    pc->on_top += 2;
    vm_c_emit(c, OP_COPY, 1);
    vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_emit(c, OP_IS_OP, 1);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    vm_c_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        subpattern(c, pats->items[i], pc);
    }
    pc->on_top -= 2;
    if (star_target) {
        /* rest = dict(subject); del rest[key] for each key.  CPython's
         * BUILD_MAP 0; SWAP 3; DICT_UPDATE 2 with this VM's {**m} form
         * of DICT_MERGE, which updates the dict below its operand */
        vm_c_emit(c, OP_ROT_TWO, 0);         /* keys subject */
        vm_c_emit(c, OP_BUILD_MAP, 0);       /* keys subject {} */
        vm_c_emit(c, OP_ROT_TWO, 0);         /* keys {} subject */
        vm_c_emit(c, OP_DICT_MERGE, 0);      /* keys copy */
        vm_c_emit(c, OP_ROT_TWO, 0);         /* copy keys */
        vm_c_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size);
        while (size) {
            vm_c_emit(c, OP_COPY, (uint32_t)(1 + size--));
            vm_c_emit(c, OP_SWAP, 2);
            vm_c_emit(c, OP_DELETE_SUBSCR, 0);
        }
        store_name(c, pc, star_target);
    } else {
        vm_c_emit(c, OP_POP_TOP, 0);   /* the keys */
        vm_c_emit(c, OP_POP_TOP, 0);   /* the subject */
    }
}

static void pattern_class(compiler *c, const vm_node *p, pctx *pc)
{
    const vm_list *pats = &p->u.MatchClass.patterns, *kwps = &p->u.MatchClass.kwd_patterns;
    int nargs = pats->n, nattrs = kwps->n;
    for (int i = 0; i < nattrs; i++) {
        const char *name = p->u.MatchClass.kwd_attrs[i];
        if (strcmp(name, "__debug__") == 0) {
            set_loc(c, pc, kwps->items[i]);
            vm_c_syntax_error(c, kwps->items[i], "cannot assign to __debug__");
        }
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(name, p->u.MatchClass.kwd_attrs[j]) == 0)
                vm_c_syntax_error(c, kwps->items[j], "attribute name repeated in class pattern: %s",
                                  p->u.MatchClass.kwd_attrs[j]);
    }
    vm_c_expr(c, p->u.MatchClass.cls);
    vm_c_set_pos(c, p);
    rt_object *names = rt_tuple_new(nattrs);
    if (!names)
        vm_c_fail(c);
    for (int i = 0; i < nattrs; i++) {
        rt_object *s = vm_c_interned(c, p->u.MatchClass.kwd_attrs[i]);
        RT_TUPLE_ITEMS(names)[i] = s;
    }
    vm_c_load_const(c, names);
    vm_c_emit(c, OP_MATCH_CLASS, (uint32_t)nargs);
    vm_c_emit(c, OP_COPY, 1);
    vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_emit(c, OP_IS_OP, 1);
    pc->on_top++;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    vm_c_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const vm_node *q = i < nargs ? pats->items[i] : kwps->items[i - nargs];
        if (is_wildcard(q)) {
            vm_c_emit(c, OP_POP_TOP, 0);
            continue;
        }
        subpattern(c, q, pc);
    }
}

static void pattern_as(compiler *c, const vm_node *p, pctx *pc)
{
    if (!p->u.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->u.MatchAs.name)
                vm_c_syntax_error(c, p, "name capture '%s' makes remaining patterns unreachable", p->u.MatchAs.name);
            vm_c_syntax_error(c, p, "wildcard makes remaining patterns unreachable");
        }
        store_name(c, pc, p->u.MatchAs.name);
        return;
    }
    pc->on_top++;
    vm_c_emit(c, OP_COPY, 1);
    pattern(c, p->u.MatchAs.pattern, pc);
    pc->on_top--;
    store_name(c, pc, p->u.MatchAs.name);
}

/* a | b | c: each alternative against a copy of the subject; they must
 * capture the same names, and their values end up in the first one's
 * order (CPython's compiler_pattern_or) */
static void pattern_or(compiler *c, const vm_node *p, pctx *pc)
{
    int end = vm_c_new_label(c);
    const vm_list *alts = &p->u.MatchOr.patterns;
    pctx old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < alts->n; i++) {
        const vm_node *alt = alts->items[i];
        set_loc(c, pc, alt);
        pc->stores = NULL;
        pc->nstores = pc->capstores = 0;
        pc->allow_irrefutable = i == alts->n - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        vm_c_emit(c, OP_COPY, 1);
        pattern(c, alt, pc);
        int nstores = pc->nstores;
        if (i == 0) {
            control = pc->stores;
            ncontrol = nstores;
        } else if (nstores != ncontrol) {
            vm_c_syntax_error(c, pc->loc, "alternative patterns bind different names");
        } else if (nstores) {
            /* reorder the captures on the stack into control's order */
            for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                int istores = stores_index(pc, control[icontrol]);
                if (istores < 0)
                    vm_c_syntax_error(c, pc->loc, "alternative patterns bind different names");
                if (icontrol != istores) {
                    int rotations = istores + 1;
                    /* rotated = stores[:rotations]; del stores[:rotations];
                     * stores[icontrol-istores:icontrol-istores] = rotated */
                    size_t rsize = (size_t)rotations * sizeof *pc->stores;
                    const char **rotated = vm_arena_alloc(c->arena, rsize);
                    if (!rotated)
                        vm_c_nomem(c);
                    memcpy(rotated, pc->stores, rsize);
                    memmove(pc->stores, pc->stores + rotations, (size_t)(nstores - rotations) * sizeof *pc->stores);
                    int at = icontrol - istores;
                    memmove(pc->stores + at + rotations, pc->stores + at,
                            (size_t)(nstores - rotations - at) * sizeof *pc->stores);
                    memcpy(pc->stores + at, rotated, rsize);
                    while (rotations--)
                        rotate(c, icontrol + 1);
                }
            }
        }
        vm_c_emit(c, OP_JUMP, (uint32_t)end);
        emit_and_reset_fail_pop(c, pc);
    }
    const vm_node *loc = pc->loc;
    *pc = old;
    pc->loc = loc;
    /* no alternative matched: drop the subject and fail */
    vm_c_emit(c, OP_POP_TOP, 0);
    jump_to_fail_pop(c, pc, OP_JUMP);
    vm_c_bind_label(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        rotate(c, nrots);
        const char *name = control[i];
        if (stores_index(pc, name) >= 0)
            duplicate_store(c, pc, name);
        stores_push(c, pc, name);
    }
    vm_c_emit(c, OP_POP_TOP, 0);   /* the copy of the subject */
}

static void pattern(compiler *c, const vm_node *p, pctx *pc)
{
    vm_c_check_stack(c);
    set_loc(c, pc, p);
    switch (p->kind) {
    case VM_N_MatchValue:
        if (!value_expr(p->u.MatchValue.value))
            vm_c_syntax_error(c, p, "patterns may only match literals and attribute lookups");
        vm_c_expr(c, p->u.MatchValue.value);
        vm_c_set_pos(c, p);
        vm_c_emit(c, OP_COMPARE_OP, RT_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case VM_N_MatchSingleton: {
        vm_const_kind k = p->u.MatchSingleton.kind;
        vm_c_load_const(c, rt_newref(k == VM_CONST_NONE ? RT_NONE : k == VM_CONST_TRUE ? RT_TRUE : RT_FALSE));
        vm_c_emit(c, OP_IS_OP, 0);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    }
    case VM_N_MatchSequence: pattern_sequence(c, p, pc); break;
    case VM_N_MatchMapping: pattern_mapping(c, p, pc); break;
    case VM_N_MatchClass: pattern_class(c, p, pc); break;
    case VM_N_MatchStar:
        /* only inside a sequence pattern, which handles it; CPython: */
        store_name(c, pc, p->u.MatchStar.name);
        break;
    case VM_N_MatchAs: pattern_as(c, p, pc); break;
    case VM_N_MatchOr: pattern_or(c, p, pc); break;
    default:
        vm_c_not_implemented(c, p, vm_node_kind_name(p->kind));
    }
}

void vm_c_match(compiler *c, const vm_node *n)
{
    vm_c_expr(c, n->u.Match.subject);
    int end = vm_c_new_label(c);
    const vm_list *cases = &n->u.Match.cases;
    int ncases = cases->n;
    const vm_node *last = cases->items[ncases - 1];
    bool has_default = is_wildcard(last->u.match_case.pattern) && ncases > 1;
    for (int i = 0; i < ncases - has_default; i++) {
        const vm_node *m = cases->items[i];
        vm_c_set_pos(c, m->u.match_case.pattern);
        /* the subject is copied for every case but the last one to test it */
        if (i != ncases - has_default - 1)
            vm_c_emit(c, OP_COPY, 1);
        pctx pc = { 0 };
        pc.allow_irrefutable = m->u.match_case.guard != NULL || i == ncases - 1;
        pattern(c, m->u.match_case.pattern, &pc);
        /* a match: store the captures (on the stack, the first on top) */
        for (int k = 0; k < pc.nstores; k++)
            vm_c_name(c, pc.stores[k], VM_STORE);
        if (m->u.match_case.guard) {
            ensure_fail_pop(c, &pc, 0);
            vm_c_jump_if(c, m->u.match_case.guard, false, pc.fail_pop[0]);
        }
        if (i != ncases - has_default - 1)
            vm_c_emit(c, OP_POP_TOP, 0);   /* done with the subject */
        vm_c_body(c, &m->u.match_case.body);
        vm_c_emit(c, OP_JUMP, (uint32_t)end);
        /* a failed pattern's cleanup is at the pattern's line */
        vm_c_set_pos(c, m->u.match_case.pattern);
        emit_and_reset_fail_pop(c, &pc);
    }
    if (has_default) {
        vm_c_set_pos(c, last->u.match_case.pattern);
        vm_c_emit(c, OP_NOP, 0);   /* the line of `case _:` (its pattern makes no code) */
        if (last->u.match_case.guard)
            vm_c_jump_if(c, last->u.match_case.guard, false, end);
        vm_c_body(c, &last->u.match_case.body);
    }
    vm_c_bind_label(c, end);
}

/*
 * verify.c -- the bytecode verifier: proves that a code object read from a
 * file cannot crash the eval loop, whatever bytes the file held.
 *
 * The eval loop trusts the compiler: it indexes consts/names/locals with
 * the argument unchecked, casts the top of the stack to a list for
 * LIST_APPEND, to a code object for MAKE_FUNCTION, reads cells of a
 * closure tuple, pops the block stack in POP_BLOCK...  The verifier checks
 * statically everything the loop assumes, by abstract interpretation over
 * basic blocks (as the JVM's verifier does):
 *
 *   - every opcode is known and every argument in range (constant, name,
 *     local, cell index; jump target inside the code; operator numbers);
 *   - the state at each instruction -- stack depth, the kind of value in
 *     each stack slot, and the block stack (SETUP_FINALLY / EXCEPT_HANDLER
 *     blocks with their levels) -- is the same on every path reaching it;
 *     depth stays within [0, stacksize] and blocks within VM_MAXBLOCKS;
 *   - for each instruction that may raise, unwinding is well formed: each
 *     EXCEPT_HANDLER block finds the previously handled exception at its
 *     level, and the handler of a finally block is entered with the state
 *     the unwinder builds (stack cut at the level, [prev exc, exc], an
 *     EXCEPT_HANDLER block);
 *   - values have the kinds the loop casts to (kind lattice below), and
 *     the two kinds of function whose call the loop cannot check -- class
 *     bodies (need a locals dict) and comprehensions (take an iterator) --
 *     can only be passed to __build_class__ / called with an iterator;
 *   - control never falls off the end of the code.
 *
 * Kinds form a small lattice: equal kinds join to themselves, tuple kinds
 * to TUPLE, other generic kinds to OBJ, anything with a restricted kind
 * (NULLOK, SPECIAL) to a restricted kind, so a fixed point is reached in a
 * few passes.  Only the states at basic-block leaders are stored.
 */
#include <string.h>
#include "compiler/marshal.h"
#include "compiler/code.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* Largest stack size and local count accepted: the compiler's deepest
 * expression (a 10^5-element list display) stays far below, and it bounds
 * the frame size the loader can make the VM allocate. */
#define MAX_STACK  (1 << 20)
#define MAX_SLOTS  (1 << 20)
/* Stored states are leaders x stacksize slots: beyond this the code is
 * rejected rather than making the verifier itself the denial of service. */
#define MAX_STATE_SLOTS ((size_t)1 << 24)

enum kind {
    K_OBJ,          /* any object */
    K_NULLOK,       /* LOAD_METHOD's first slot: a method or NULL */
    K_LIST, K_DICT, K_TUPLE, K_STR, K_ITER, K_SET,
    K_EXC,          /* the exception pushed by the unwinder */
    K_PREVEXC,      /* the previously handled exception (or None) */
    K_CELL,         /* LOAD_CLOSURE */
    K_CELLS,        /* tuple of aux cells (a closure) */
    K_KWNAMES,      /* constant tuple of aux str (CALL_FUNCTION_KW) */
    K_CODE,         /* constant code object consts[aux] */
    K_BUILDCLASS,   /* __build_class__ */
    K_SPECIAL,      /* a function that must not be called freely; aux SP_* */
};
enum { SP_CLASSBODY = 1, SP_COMPREHENSION = 2 };

typedef struct aval {
    uint8_t k;
    uint32_t aux;
} aval;

typedef struct vstate {
    int depth, nblocks;
    int low;              /* lowest depth during the current instruction */
    vm_block blocks[VM_MAXBLOCKS];
    aval *stack;          /* stacksize slots */
    bool seen;
} vstate;

typedef struct verifier {
    vm_code *co;
    bool top, comp;       /* module body; comprehension (.0 is an iterator) */
    int nslots;           /* ncells + nfree */
    int *leader;          /* instruction -> state index, or -1 */
    vstate *states;
    int nstates;
    int *work;            /* worklist of state indexes */
    int nwork;
    bool *queued;
    vstate cur;           /* the state being simulated */
    intptr_t pc;
} verifier;

static int fail(verifier *v, const char *why)
{
    if (v && v->co)
        rt_err_format(&rt_exc_ValueError, "bad bytecode in %s at %ld: %s", rt_str_data(v->co->qualname),
                      (long)v->pc, why);
    else
        rt_err_format(&rt_exc_ValueError, "bad code object: %s", why);
    return -1;
}

static bool generic(aval a)
{
    return a.k != K_NULLOK && a.k != K_SPECIAL;
}

static bool tuple_kind(aval a)
{
    return a.k == K_TUPLE || a.k == K_CELLS || a.k == K_KWNAMES;
}

static aval join(aval a, aval b)
{
    if (a.k == b.k && a.aux == b.aux)
        return a;
    if (!generic(a) || !generic(b))
        return (aval){ K_NULLOK, 0 } ;   /* restricted: usable by CALL_METHOD's slot at most */
    if (tuple_kind(a) && tuple_kind(b))
        return (aval){ K_TUPLE, 0 };
    return (aval){ K_OBJ, 0 };
}

/* Code objects whose function the loop calls with an iterator argument
 * without checking it: comprehensions (argument ".0", never rebound). */
static bool is_comprehension(vm_code *co)
{
    if (!(co->flags & VM_CO_FUNCTION) || co->argcount != 1 || co->kwonlyargcount != 0
        || (co->flags & (VM_CO_VARARGS | VM_CO_VARKEYWORDS)) || co->nlocals < 1
        || !rt_str_eq_cstr(RT_TUPLE_GET_ITEM(co->varnames, 0), ".0"))
        return false;
    for (intptr_t i = 0; i < co->ncode; i++) {
        vm_opcode op = VM_OP(co->code[i]);
        if ((op == OP_STORE_FAST || op == OP_DELETE_FAST) && VM_ARG(co->code[i]) == 0)
            return false;
    }
    for (int i = 0; i < co->ncells; i++)
        if (co->cell2arg[i] == 0)
            return false;
    return true;
}

/* ---- stack helpers ----------------------------------------------------------- */

static int pop(verifier *v, aval *out)
{
    if (v->cur.depth <= 0)
        return fail(v, "stack underflow");
    *out = v->cur.stack[--v->cur.depth];
    if (v->cur.depth < v->cur.low)
        v->cur.low = v->cur.depth;
    return 0;
}

/* Remove n slots already checked by the caller. */
static void drop(verifier *v, int n)
{
    v->cur.depth -= n;
    if (v->cur.depth < v->cur.low)
        v->cur.low = v->cur.depth;
}

static int pop_generic(verifier *v, int n)
{
    for (int i = 0; i < n; i++) {
        aval a;
        if (pop(v, &a) < 0)
            return -1;
        if (!generic(a))
            return fail(v, "restricted value used as an object");
    }
    return 0;
}

static int pop_kind(verifier *v, enum kind k, aval *out)
{
    aval a;
    if (pop(v, &a) < 0)
        return -1;
    if (a.k != k)
        return fail(v, "operand of the wrong kind");
    if (out)
        *out = a;
    return 0;
}

static int push(verifier *v, enum kind k, uint32_t aux)
{
    if (v->cur.depth >= v->co->stacksize)
        return fail(v, "stack overflow");
    v->cur.stack[v->cur.depth++] = (aval){ (uint8_t)k, aux };
    return 0;
}

/* ---- states ------------------------------------------------------------------- */

static void copy_state(verifier *v, vstate *dst, const vstate *src)
{
    dst->depth = src->depth;
    dst->nblocks = src->nblocks;
    memcpy(dst->blocks, src->blocks, sizeof(vm_block) * (size_t)src->nblocks);
    memcpy(dst->stack, src->stack, sizeof(aval) * (size_t)src->depth);
    (void)v;
}

/* Merge s into the state at instruction target (a leader). */
static int merge(verifier *v, intptr_t target, const vstate *s)
{
    if (target < 0 || target >= v->co->ncode || v->leader[target] < 0)
        return fail(v, "jump target outside the code");
    int idx = v->leader[target];
    vstate *d = &v->states[idx];
    bool changed = false;
    if (!d->seen) {
        copy_state(v, d, s);
        d->seen = true;
        changed = true;
    } else {
        if (d->depth != s->depth || d->nblocks != s->nblocks)
            return fail(v, "inconsistent stack depth or block stack at a join");
        for (int i = 0; i < s->nblocks; i++)
            if (d->blocks[i].type != s->blocks[i].type || d->blocks[i].handler != s->blocks[i].handler
                || d->blocks[i].level != s->blocks[i].level)
                return fail(v, "inconsistent block stack at a join");
        for (int i = 0; i < s->depth; i++) {
            aval j = join(d->stack[i], s->stack[i]);
            if (j.k != d->stack[i].k || j.aux != d->stack[i].aux) {
                d->stack[i] = j;
                changed = true;
            }
        }
    }
    if (changed && !v->queued[idx]) {
        v->queued[idx] = true;
        v->work[v->nwork++] = idx;
    }
    return 0;
}

/* The current state may raise: check the unwinder's view of it and merge
 * the handler's entry state. */
static int may_raise(verifier *v)
{
    vstate *s = &v->cur;
    int depth = s->low;
    for (int b = s->nblocks - 1; b >= 0; b--) {
        vm_block *blk = &s->blocks[b];
        if (blk->type == VM_BLOCK_EXCEPT_HANDLER) {
            if (depth < blk->level + 1 || s->stack[blk->level].k != K_PREVEXC)
                return fail(v, "handler block without the previous exception at its level");
            depth = blk->level;
            continue;
        }
        if (depth < blk->level)
            return fail(v, "stack below a handler block's level");
        if (blk->level + 2 > v->co->stacksize)
            return fail(v, "stack overflow in a handler");
        vstate h;
        h.nblocks = b + 1;
        memcpy(h.blocks, s->blocks, sizeof(vm_block) * (size_t)(b + 1));
        h.blocks[b].type = VM_BLOCK_EXCEPT_HANDLER;
        h.blocks[b].handler = -1;
        /* build [prefix, PREVEXC, EXC] in a scratch copy */
        aval *scratch = rt_raw_malloc(sizeof(aval) * (size_t)(blk->level + 2));
        if (!scratch) {
            rt_err_no_memory();
            return -1;
        }
        memcpy(scratch, s->stack, sizeof(aval) * (size_t)blk->level);
        scratch[blk->level] = (aval){ K_PREVEXC, 0 };
        scratch[blk->level + 1] = (aval){ K_EXC, 0 };
        h.stack = scratch;
        h.depth = blk->level + 2;
        int r = merge(v, blk->handler, &h);
        rt_raw_free(scratch);
        return r;
    }
    return 0;
}

/* ---- one instruction ------------------------------------------------------------- */

/* Instructions that cannot raise (so no unwinding check): pure stack
 * shuffles, constant loads, stores of fast locals (a __del__ run by the
 * old value's decref reports its own errors), block bookkeeping. */
static bool cannot_raise(vm_opcode op)
{
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR:
    case OP_DUP_TOP: case OP_DUP_TOP_TWO: case OP_LOAD_CONST: case OP_STORE_FAST:
    case OP_LOAD_CLOSURE: case OP_JUMP: case OP_SETUP_FINALLY: case OP_POP_BLOCK:
    case OP_POP_EXCEPT: case OP_LOAD_ASSERTION_ERROR: case OP_IS_OP:
    case OP_COPY: case OP_SWAP: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
        return true;
    default:
        return false;
    }
}

static int check_index(verifier *v, uint32_t arg, intptr_t n, const char *what)
{
    if ((intptr_t)arg >= n)
        return fail(v, what);
    return 0;
}

/* Simulate the instruction at v->pc on v->cur.  *falls: control may go on
 * to the next instruction. */
static int step(verifier *v, bool *falls)
{
    vm_code *co = v->co;
    vm_codeunit u = co->code[v->pc];
    vm_opcode op = VM_OP(u);
    uint32_t arg = VM_ARG(u);
    vstate *s = &v->cur;
    aval a, b;
    int r;
    *falls = true;
    s->low = s->depth;
    if (op >= VM_OPCODE_COUNT)
        return fail(v, "unknown opcode");
    switch (op) {
    case OP_NOP:
        break;
    case OP_POP_TOP:
        if (pop(v, &a) < 0)
            return -1;
        break;
    case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: {
        int n = op == OP_ROT_TWO ? 2 : op == OP_ROT_THREE ? 3 : 4;
        if (s->depth < n)
            return fail(v, "stack underflow");
        aval t = s->stack[s->depth - 1];
        memmove(&s->stack[s->depth - n + 1], &s->stack[s->depth - n], sizeof(aval) * (size_t)(n - 1));
        s->stack[s->depth - n] = t;
        break;
    }
    case OP_DUP_TOP:
        if (s->depth < 1 || s->stack[s->depth - 1].k == K_NULLOK)
            return fail(v, "DUP_TOP of nothing or NULL");
        a = s->stack[s->depth - 1];
        if (push(v, a.k, a.aux) < 0)
            return -1;
        break;
    case OP_COPY:
        /* the loop reads sp[-arg] unchecked */
        if (arg < 1 || (int)arg > s->depth || s->stack[s->depth - (int)arg].k == K_NULLOK)
            return fail(v, "COPY of nothing or NULL");
        a = s->stack[s->depth - (int)arg];
        if (push(v, a.k, a.aux) < 0)
            return -1;
        break;
    case OP_SWAP: {
        if (arg < 2 || (int)arg > s->depth)
            return fail(v, "SWAP below the stack");
        aval t = s->stack[s->depth - 1];
        s->stack[s->depth - 1] = s->stack[s->depth - (int)arg];
        s->stack[s->depth - (int)arg] = t;
        break;
    }
    case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
        if (s->depth < 1 || !generic(s->stack[s->depth - 1]))
            return fail(v, "restricted value used as an object");
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_MATCH_KEYS:
        /* the keys: any object (the loop checks for a tuple) */
        if (s->depth < 2 || !generic(s->stack[s->depth - 1]) || !generic(s->stack[s->depth - 2]))
            return fail(v, "restricted value used as an object");
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_MATCH_CLASS:
        if (pop_generic(v, 3) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_DUP_TOP_TWO:
        if (s->depth < 2 || s->stack[s->depth - 1].k == K_NULLOK || s->stack[s->depth - 2].k == K_NULLOK)
            return fail(v, "DUP_TOP_TWO of nothing or NULL");
        a = s->stack[s->depth - 2];
        b = s->stack[s->depth - 1];
        if (push(v, a.k, a.aux) < 0 || push(v, b.k, b.aux) < 0)
            return -1;
        break;
    case OP_LOAD_CONST: {
        if (check_index(v, arg, RT_SIZE(co->consts), "constant index") < 0)
            return -1;
        rt_object *c = RT_TUPLE_GET_ITEM(co->consts, arg);
        enum kind k = K_OBJ;
        uint32_t aux = 0;
        if (rt_str_check_exact(c)) {
            k = K_STR;
        } else if (vm_code_check(c)) {
            k = K_CODE;
            aux = arg;
        } else if (rt_tuple_check_exact(c)) {
            k = K_KWNAMES;
            aux = (uint32_t)RT_SIZE(c);
            for (intptr_t i = 0; i < RT_SIZE(c); i++)
                if (!rt_str_check_exact(RT_TUPLE_GET_ITEM(c, i)))
                    k = K_TUPLE, aux = 0;
        }
        if (push(v, k, aux) < 0)
            return -1;
        break;
    }
    case OP_LOAD_FAST:
        if (check_index(v, arg, co->nlocals, "local index") < 0
            || push(v, v->comp && arg == 0 ? K_ITER : K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_STORE_FAST:
        if (check_index(v, arg, co->nlocals, "local index") < 0 || pop_generic(v, 1) < 0)
            return -1;
        break;
    case OP_DELETE_FAST:
        if (check_index(v, arg, co->nlocals, "local index") < 0)
            return -1;
        break;
    case OP_LOAD_NAME: case OP_LOAD_GLOBAL:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_STORE_NAME: case OP_DELETE_NAME:
        /* the loop writes f->locals unchecked: only frames that have one */
        if (!v->top && !(co->flags & VM_CO_CLASSBODY))
            return fail(v, "STORE_NAME/DELETE_NAME outside a module or class body");
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0)
            return -1;
        if (op == OP_STORE_NAME && pop_generic(v, 1) < 0)
            return -1;
        break;
    case OP_SETUP_ANNOTATIONS:   /* reads and writes f->locals, as STORE_NAME */
        if (!v->top && !(co->flags & VM_CO_CLASSBODY))
            return fail(v, "SETUP_ANNOTATIONS outside a module or class body");
        break;
    case OP_STORE_GLOBAL:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0 || pop_generic(v, 1) < 0)
            return -1;
        break;
    case OP_DELETE_GLOBAL:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0)
            return -1;
        break;
    case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF:
        if (check_index(v, arg, v->nslots, "cell index") < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_LOAD_CLOSURE:
        if (check_index(v, arg, v->nslots, "cell index") < 0 || push(v, K_CELL, 0) < 0)
            return -1;
        break;
    case OP_STORE_DEREF:
        if (check_index(v, arg, v->nslots, "cell index") < 0 || pop_generic(v, 1) < 0)
            return -1;
        break;
    case OP_DELETE_DEREF:
        if (check_index(v, arg, v->nslots, "cell index") < 0)
            return -1;
        break;
    case OP_LOAD_ATTR:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0 || pop_generic(v, 1) < 0
            || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_STORE_ATTR:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0 || pop_generic(v, 2) < 0)
            return -1;
        break;
    case OP_DELETE_ATTR:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0 || pop_generic(v, 1) < 0)
            return -1;
        break;
    case OP_LOAD_METHOD:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0 || pop_generic(v, 1) < 0
            || push(v, K_NULLOK, 0) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_BINARY_SUBSCR: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP:
        if (op == OP_COMPARE_OP && arg > RT_GE)
            return fail(v, "comparison operator");
        if ((op == OP_IS_OP || op == OP_CONTAINS_OP) && arg > 1)
            return fail(v, "IS_OP/CONTAINS_OP argument");
        if (pop_generic(v, 2) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_BINARY_OP:
        if ((arg & 0xff) >= RT_NB_COUNT || (arg & ~(uint32_t)(0xff | VM_BINOP_INPLACE)))
            return fail(v, "binary operator");
        if (pop_generic(v, 2) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_STORE_SUBSCR:
        if (pop_generic(v, 3) < 0)
            return -1;
        break;
    case OP_DELETE_SUBSCR:
        if (pop_generic(v, 2) < 0)
            return -1;
        break;
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
        if (pop_generic(v, 1) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_BUILD_TUPLE: {
        if ((int64_t)arg > s->depth)
            return fail(v, "stack underflow");
        bool cells = arg > 0;
        for (uint32_t i = 0; i < arg; i++)
            if (s->stack[s->depth - 1 - (int)i].k != K_CELL)
                cells = false;
        if (pop_generic(v, (int)arg) < 0 || push(v, cells ? K_CELLS : K_TUPLE, cells ? arg : 0) < 0)
            return -1;
        break;
    }
    case OP_BUILD_LIST:
        if ((int64_t)arg > s->depth || pop_generic(v, (int)arg) < 0 || push(v, K_LIST, 0) < 0)
            return (int64_t)arg > s->depth ? fail(v, "stack underflow") : -1;
        break;
    case OP_BUILD_SET:
        arg &= ~(uint32_t)VM_SET_CONST;
        if ((int64_t)arg > s->depth || pop_generic(v, (int)arg) < 0 || push(v, K_SET, 0) < 0)
            return (int64_t)arg > s->depth ? fail(v, "stack underflow") : -1;
        break;
    case OP_SET_ADD:
        if (pop_generic(v, 1) < 0)
            return -1;
        if (arg < 1 || (int64_t)arg > s->depth || s->stack[s->depth - (int)arg].k != K_SET)
            return fail(v, "SET_ADD target is not a set");
        break;
    case OP_BUILD_MAP:
        if (2 * (int64_t)arg > s->depth)
            return fail(v, "stack underflow");
        if (pop_generic(v, 2 * (int)arg) < 0 || push(v, K_DICT, 0) < 0)
            return -1;
        break;
    case OP_BUILD_SLICE:
        if (arg != 2 && arg != 3)
            return fail(v, "BUILD_SLICE argument");
        if (pop_generic(v, (int)arg) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_BUILD_STRING:
        if ((int64_t)arg > s->depth)
            return fail(v, "stack underflow");
        for (uint32_t i = 0; i < arg; i++)
            if (pop_kind(v, K_STR, NULL) < 0)
                return -1;
        if (push(v, K_STR, 0) < 0)
            return -1;
        break;
    case OP_FORMAT_VALUE:
        if (arg > 7)
            return fail(v, "FORMAT_VALUE argument");
        if ((arg & 4) && pop_kind(v, K_STR, NULL) < 0)
            return -1;
        if (pop_generic(v, 1) < 0 || push(v, K_STR, 0) < 0)
            return -1;
        break;
    case OP_LIST_APPEND: case OP_MAP_ADD:
        if (pop_generic(v, op == OP_MAP_ADD ? 2 : 1) < 0)
            return -1;
        if (arg < 1 || (int64_t)arg > s->depth
            || s->stack[s->depth - (int)arg].k != (op == OP_MAP_ADD ? K_DICT : K_LIST))
            return fail(v, "LIST_APPEND/MAP_ADD target is not a list/dict");
        break;
    case OP_LIST_EXTEND: case OP_DICT_MERGE:
        if (pop_generic(v, 1) < 0)
            return -1;
        if (s->depth < 1 || s->stack[s->depth - 1].k != (op == OP_DICT_MERGE ? K_DICT : K_LIST))
            return fail(v, "LIST_EXTEND/DICT_MERGE target is not a list/dict");
        if (op == OP_DICT_MERGE && arg && (s->depth < 3 || !generic(s->stack[s->depth - 3])))
            return fail(v, "DICT_MERGE of a call without its callable");
        break;
    case OP_LIST_TO_TUPLE:
        if (pop_kind(v, K_LIST, NULL) < 0 || push(v, K_TUPLE, 0) < 0)
            return -1;
        break;
    case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: {
        int n = op == OP_UNPACK_SEQUENCE ? (int)arg : (int)(arg & 0xff) + (int)(arg >> 8) + 1;
        if (pop_generic(v, 1) < 0)
            return -1;
        if (n > co->stacksize - s->depth)
            return fail(v, "stack overflow");
        for (int i = 0; i < n; i++)
            push(v, K_OBJ, 0);
        break;
    }
    case OP_JUMP:
        if (merge(v, arg, s) < 0)
            return -1;
        *falls = false;
        break;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        if (pop_generic(v, 1) < 0 || may_raise(v) < 0 || merge(v, arg, s) < 0)
            return -1;
        return 1;   /* the raise check is done */
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        if (s->depth < 1 || !generic(s->stack[s->depth - 1]))
            return fail(v, "conditional jump on nothing");
        if (merge(v, arg, s) < 0)
            return -1;
        if (may_raise(v) < 0)
            return -1;
        drop(v, 1);
        return 1;
    case OP_GET_ITER:
        if (pop_generic(v, 1) < 0 || push(v, K_ITER, 0) < 0)
            return -1;
        break;
    case OP_FOR_ITER:
        if (s->depth < 1 || s->stack[s->depth - 1].k != K_ITER)
            return fail(v, "FOR_ITER without an iterator");
        drop(v, 1);
        if (may_raise(v) < 0 || merge(v, arg, s) < 0)
            return -1;
        s->depth++;
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        return 1;
    case OP_MAKE_FUNCTION: {
        if (arg & ~(uint32_t)(VM_MF_DEFAULTS | VM_MF_KWDEFAULTS | VM_MF_ANNOTATIONS | VM_MF_CLOSURE))
            return fail(v, "MAKE_FUNCTION flags");
        aval c;
        if (pop_kind(v, K_CODE, &c) < 0)
            return -1;
        vm_code *fc = (vm_code *)RT_TUPLE_GET_ITEM(co->consts, c.aux);
        if (arg & VM_MF_CLOSURE) {
            aval cl;
            if (pop_kind(v, K_CELLS, &cl) < 0)
                return -1;
            if ((int)cl.aux != fc->nfree)
                return fail(v, "closure size differs from the code's free variables");
        } else if (fc->nfree) {
            return fail(v, "code with free variables made without a closure");
        }
        if (arg & VM_MF_ANNOTATIONS) {   /* the eval loop checks its pairs */
            if (pop(v, &a) < 0)
                return -1;
            if (!tuple_kind(a))
                return fail(v, "annotations are not a tuple");
        }
        if ((arg & VM_MF_KWDEFAULTS) && pop_kind(v, K_DICT, NULL) < 0)
            return -1;
        if (arg & VM_MF_DEFAULTS) {
            if (pop(v, &a) < 0)
                return -1;
            if (!tuple_kind(a))
                return fail(v, "defaults are not a tuple");
        }
        if (fc->flags & VM_CO_CLASSBODY)
            r = push(v, K_SPECIAL, SP_CLASSBODY);
        else if (is_comprehension(fc))
            r = push(v, K_SPECIAL, SP_COMPREHENSION);
        else
            r = push(v, K_OBJ, 0);
        if (r < 0)
            return -1;
        break;
    }
    case OP_CALL_FUNCTION: case OP_CALL_FUNCTION_KW: {
        uint32_t nkw = 0;
        if (op == OP_CALL_FUNCTION_KW) {
            aval kw;
            if (pop_kind(v, K_KWNAMES, &kw) < 0)
                return -1;
            nkw = kw.aux;
            if (nkw > arg)
                return fail(v, "more keyword names than arguments");
        }
        if ((int64_t)arg + 1 > s->depth)
            return fail(v, "stack underflow");
        aval *base = &s->stack[s->depth - (int)arg - 1];
        bool ok = true;
        /* __build_class__(body, name, *bases, **keywords): with class
         * keywords (metaclass=...) the call is CALL_FUNCTION_KW */
        if (base[0].k == K_BUILDCLASS && arg >= 2
            && base[1].k == K_SPECIAL && base[1].aux == SP_CLASSBODY) {
            for (uint32_t i = 2; i <= arg; i++)
                ok = ok && generic(base[i]);
        } else if (op == OP_CALL_FUNCTION && base[0].k == K_SPECIAL && base[0].aux == SP_COMPREHENSION) {
            ok = arg == 1 && base[1].k == K_ITER;
        } else {
            for (uint32_t i = 0; i <= arg; i++)
                ok = ok && generic(base[i]);
        }
        if (!ok)
            return fail(v, "call with a restricted value");
        drop(v, (int)arg + 1);
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    }
    case OP_CALL_FUNCTION_EX:
        if (arg > 1)
            return fail(v, "CALL_FUNCTION_EX argument");
        if ((arg & 1) && pop_kind(v, K_DICT, NULL) < 0)
            return -1;
        if (pop(v, &a) < 0)
            return -1;
        /* f(*x) passes x itself: the VM makes it a tuple */
        if (!tuple_kind(a) && !generic(a))
            return fail(v, "CALL_FUNCTION_EX arguments are a restricted value");
        if (pop_generic(v, 1) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_CALL_METHOD: case OP_CALL_METHOD_KW: {
        if (op == OP_CALL_METHOD_KW) {
            aval kw;
            if (pop_kind(v, K_KWNAMES, &kw) < 0)
                return -1;
            if (kw.aux > arg)
                return fail(v, "more keyword names than arguments");
        }
        if ((int64_t)arg + 2 > s->depth)
            return fail(v, "stack underflow");
        aval *base = &s->stack[s->depth - (int)arg - 2];
        if (base[0].k == K_SPECIAL)
            return fail(v, "call with a restricted value");
        for (uint32_t i = 1; i < arg + 2; i++)
            if (!generic(base[i]))
                return fail(v, "call with a restricted value");
        drop(v, (int)arg + 2);
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    }
    case OP_RETURN_VALUE:
        if (pop_generic(v, 1) < 0)
            return -1;
        if (s->nblocks)
            return fail(v, "return with a block still active");
        *falls = false;
        break;
    case OP_LOAD_BUILD_CLASS:
        if (push(v, K_BUILDCLASS, 0) < 0)
            return -1;
        break;
    case OP_SETUP_FINALLY:
        if (s->nblocks >= VM_MAXBLOCKS)
            return fail(v, "too many nested blocks");
        if ((intptr_t)arg >= co->ncode || v->leader[arg] < 0)
            return fail(v, "handler outside the code");
        s->blocks[s->nblocks++] = (vm_block){ .type = VM_BLOCK_FINALLY, .handler = (int)arg, .level = (unsigned)s->depth };
        break;
    case OP_POP_BLOCK:
        if (s->nblocks < 1 || s->blocks[s->nblocks - 1].type != VM_BLOCK_FINALLY)
            return fail(v, "POP_BLOCK without a finally block");
        s->nblocks--;
        break;
    case OP_POP_EXCEPT:
        if (s->nblocks < 1 || s->blocks[s->nblocks - 1].type != VM_BLOCK_EXCEPT_HANDLER)
            return fail(v, "POP_EXCEPT without a handler block");
        if (pop_kind(v, K_PREVEXC, NULL) < 0)
            return -1;
        if (s->depth < s->blocks[s->nblocks - 1].level)
            return fail(v, "POP_EXCEPT below its handler's level");
        s->nblocks--;
        break;
    case OP_RERAISE:
        if (pop_kind(v, K_EXC, NULL) < 0)
            return -1;
        *falls = false;
        break;
    case OP_RAISE_VARARGS:
        if (arg > 2)
            return fail(v, "RAISE_VARARGS argument");
        if (pop_generic(v, (int)arg) < 0)
            return -1;
        *falls = false;
        break;
    case OP_JUMP_IF_NOT_EXC_MATCH:
        if (pop_generic(v, 2) < 0 || may_raise(v) < 0 || merge(v, arg, s) < 0)
            return -1;
        return 1;
    case OP_CHECK_EG_MATCH:   /* rest type -> rest' match */
        if (pop_generic(v, 1) < 0 || may_raise(v) < 0)
            return -1;
        if (s->depth < 1 || !generic(s->stack[s->depth - 1]))
            return fail(v, "CHECK_EG_MATCH without an exception");
        s->stack[s->depth - 1] = (aval){ K_OBJ, 0 };
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_PREP_RERAISE_STAR:   /* orig list -> exc (or None, tested before RERAISE) */
        if (pop_kind(v, K_LIST, NULL) < 0 || pop_generic(v, 1) < 0 || may_raise(v) < 0 || push(v, K_EXC, 0) < 0)
            return -1;
        break;
    case OP_LOAD_ASSERTION_ERROR:
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_IMPORT_NAME:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0 || pop_generic(v, 2) < 0
            || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_IMPORT_FROM:
        if (check_index(v, arg, RT_SIZE(co->names), "name index") < 0)
            return -1;
        if (s->depth < 1 || !generic(s->stack[s->depth - 1]))
            return fail(v, "IMPORT_FROM without a module");
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_SETUP_WITH:
        if (s->nblocks >= VM_MAXBLOCKS)
            return fail(v, "too many nested blocks");
        if ((intptr_t)arg >= co->ncode || v->leader[arg] < 0)
            return fail(v, "handler outside the code");
        /* __enter__ may fail before the block exists */
        if (pop_generic(v, 1) < 0 || may_raise(v) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        s->blocks[s->nblocks++] = (vm_block){ .type = VM_BLOCK_FINALLY, .handler = (int)arg, .level = (unsigned)s->depth };
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        return 1;
    case OP_WITH_EXCEPT_START:
        if (s->depth < 3 || s->stack[s->depth - 1].k != K_EXC || s->stack[s->depth - 2].k != K_PREVEXC
            || !generic(s->stack[s->depth - 3]))
            return fail(v, "WITH_EXCEPT_START without [exit, prev exc, exc]");
        if (push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    case OP_YIELD_VALUE: case OP_YIELD_FROM:
        /* the loop finds the generator from the frame: only its code may suspend */
        if (!(co->flags & VM_CO_GENERATOR))
            return fail(v, "yield outside a generator");
        if (pop_generic(v, op == OP_YIELD_FROM ? 2 : 1) < 0 || push(v, K_OBJ, 0) < 0)
            return -1;
        break;
    default:
        return fail(v, "unknown opcode");
    }
    return 0;
}

/* ---- the driver ------------------------------------------------------------------ */

static int check_fields(vm_code *co, bool top)
{
    if (co->flags & ~(VM_CO_VARARGS | VM_CO_VARKEYWORDS | VM_CO_FUNCTION | VM_CO_CLASSBODY | VM_CO_MODULE
                      | VM_CO_GENERATOR))
        return fail(NULL, "unknown flags");
    /* only a plain function call turns a frame into a generator */
    if ((co->flags & VM_CO_GENERATOR)
        && (co->flags & (VM_CO_FUNCTION | VM_CO_CLASSBODY | VM_CO_MODULE)) != VM_CO_FUNCTION)
        return fail(NULL, "generator flag on a non-function");
    if (co->stacksize < 0 || co->stacksize > MAX_STACK)
        return fail(NULL, "stack size");
    if ((int64_t)co->nlocals + co->ncells + co->nfree > MAX_SLOTS)
        return fail(NULL, "too many locals");
    int64_t nargs = (int64_t)co->argcount + co->kwonlyargcount + !!(co->flags & VM_CO_VARARGS)
                    + !!(co->flags & VM_CO_VARKEYWORDS);
    if (co->argcount < 0 || co->kwonlyargcount < 0 || nargs > co->nlocals
        || co->posonlyargcount < 0 || co->posonlyargcount > co->argcount)
        return fail(NULL, "argument counts");
    if (co->ncode < 1)
        return fail(NULL, "empty code");
    if (top) {
        /* vm_eval_code makes no cells and passes no arguments */
        if (!(co->flags & VM_CO_MODULE) || co->ncells || co->nfree || nargs)
            return fail(NULL, "module code with cells or arguments");
    } else if (co->flags & VM_CO_MODULE) {
        return fail(NULL, "module code nested in another code object");
    }
    return 0;
}

static int verify_one(vm_code *co, bool top)
{
    if (check_fields(co, top) < 0)
        return -1;
    verifier v;
    memset(&v, 0, sizeof v);
    v.co = co;
    v.top = top;
    v.comp = is_comprehension(co);
    v.nslots = co->ncells + co->nfree;
    intptr_t n = co->ncode;
    int r = -1;
    v.leader = rt_raw_malloc(sizeof(int) * (size_t)n);
    if (!v.leader)
        goto nomem;
    for (intptr_t i = 0; i < n; i++)
        v.leader[i] = -1;
    /* leaders: the entry, jump/handler targets, whatever follows a jump */
    int nleaders = 0;
    v.leader[0] = nleaders++;
    for (intptr_t i = 0; i < n; i++) {
        vm_opcode op = VM_OP(co->code[i]);
        if (vm_opcode_is_jump(op)) {
            uint32_t t = VM_ARG(co->code[i]);
            if ((intptr_t)t >= n) {
                v.pc = i;
                fail(&v, "jump target outside the code");
                goto out;
            }
            if (v.leader[t] < 0)
                v.leader[t] = nleaders++;
        }
        if ((vm_opcode_is_jump(op) || vm_opcode_ends_block(op)) && i + 1 < n && v.leader[i + 1] < 0)
            v.leader[i + 1] = nleaders++;
    }
    size_t slots = (size_t)co->stacksize + 1;
    if ((size_t)(nleaders + 1) * slots > MAX_STATE_SLOTS) {
        fail(&v, "code too large to verify");
        goto out;
    }
    v.states = rt_raw_calloc((size_t)nleaders, sizeof(vstate));
    v.work = rt_raw_malloc(sizeof(int) * (size_t)nleaders);
    v.queued = rt_raw_calloc((size_t)nleaders, sizeof(bool));
    aval *pool = rt_raw_malloc(sizeof(aval) * slots * (size_t)(nleaders + 1));
    if (!v.states || !v.work || !v.queued || !pool) {
        rt_raw_free(pool);
        goto nomem;
    }
    for (int i = 0; i < nleaders; i++)
        v.states[i].stack = pool + slots * (size_t)i;
    v.cur.stack = pool + slots * (size_t)nleaders;
    v.nstates = nleaders;
    /* entry state: empty stack, no blocks */
    v.states[0].seen = true;
    v.queued[0] = true;
    v.work[v.nwork++] = 0;
    /* leader index -> instruction */
    intptr_t *where = rt_raw_malloc(sizeof(intptr_t) * (size_t)nleaders);
    if (!where) {
        rt_raw_free(pool);
        goto nomem;
    }
    for (intptr_t i = 0; i < n; i++)
        if (v.leader[i] >= 0)
            where[v.leader[i]] = i;
    while (v.nwork) {
        int idx = v.work[--v.nwork];
        v.queued[idx] = false;
        copy_state(&v, &v.cur, &v.states[idx]);
        v.pc = where[idx];
        for (;;) {
            bool falls;
            vm_opcode op = VM_OP(co->code[v.pc]);
            int s = step(&v, &falls);
            if (s < 0)
                goto fail_loop;
            if (s == 0 && !cannot_raise(op) && may_raise(&v) < 0)
                goto fail_loop;
            if (!falls)
                break;
            if (v.pc + 1 >= n) {
                v.pc++;
                fail(&v, "control falls off the end of the code");
                goto fail_loop;
            }
            v.pc++;
            if (v.leader[v.pc] >= 0) {
                if (merge(&v, v.pc, &v.cur) < 0)
                    goto fail_loop;
                break;
            }
        }
    }
    r = 0;
fail_loop:
    rt_raw_free(where);
    rt_raw_free(pool);
    goto out;
nomem:
    rt_err_no_memory();
out:
    rt_raw_free(v.leader);
    rt_raw_free(v.states);
    rt_raw_free(v.work);
    rt_raw_free(v.queued);
    return r;
}

static int verify_tree(vm_code *co, bool top, int depth)
{
    if (depth > 200)
        return fail(NULL, "code nested too deeply");
    if (verify_one(co, top) < 0)
        return -1;
    for (intptr_t i = 0; i < RT_SIZE(co->consts); i++) {
        rt_object *c = RT_TUPLE_GET_ITEM(co->consts, i);
        if (vm_code_check(c) && verify_tree((vm_code *)c, false, depth + 1) < 0)
            return -1;
    }
    return 0;
}

int vm_code_verify(rt_object *co, bool top)
{
    if (!vm_code_check(co))
        return fail(NULL, "not a code object");
    return verify_tree((vm_code *)co, top, 0);
}

/*
 * compile_expr.c -- the compiler's expressions: constants and folding,
 * operators, calls, subscripts, f-strings; assignment and deletion
 * targets; and the constructs that open a new unit: functions, lambdas,
 * classes and comprehensions (compile_int.h for the shared state).
 *
 * Invariants: vm_c_expr leaves exactly one value on the stack and restores
 * c->u->pos on the way out, so an enclosing statement's later
 * instructions keep its line; vm_c_store consumes exactly one value.
 * Constants fold as CPython 3.11's AST optimiser folds them (fold.c);
 * before that, + - * on int literals are computed exactly in 128 bits, so
 * that 2**62 * 2 - 1 stays a 64-bit constant as in CPython.
 */
#include <stdio.h>
#include <string.h>
#include "compiler/compile_int.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/tuple.h"

/* ---- expressions --------------------------------------------------------- */

int vm_c_nb_op(vm_operator op)
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

/* A literal as an object; NULL + exception
 * when memory runs out (or a decimal int literal is past CPython's digit
 * limit). */
rt_object *vm_c_constant(const vm_node *n)
{
    switch (n->u.Constant.kind) {
    case VM_CONST_NONE: return rt_newref(RT_NONE);
    case VM_CONST_TRUE: return rt_newref(RT_TRUE);
    case VM_CONST_FALSE: return rt_newref(RT_FALSE);
    case VM_CONST_ELLIPSIS: return rt_newref(RT_ELLIPSIS);
    case VM_CONST_INT: return rt_int_from_i64(n->u.Constant.i);
    case VM_CONST_FLOAT: return rt_float_from_double(n->u.Constant.f);
    case VM_CONST_COMPLEX: return rt_complex_from_doubles(0.0, n->u.Constant.f);
    case VM_CONST_STR:   /* interned, when made of name characters, as it is pooled */
        return rt_str_from_bytes(n->u.Constant.s, (intptr_t)n->u.Constant.n);
    case VM_CONST_BYTES:
        return rt_bytes_from_data(n->u.Constant.s, (intptr_t)n->u.Constant.n);
    case VM_CONST_BIGINT:   /* the literal's text, prefix and underscores included */
        return rt_int_from_string(n->u.Constant.s, (intptr_t)n->u.Constant.n, 0);
    default:
        return NULL;
    }
}

static rt_object *constant_value(compiler *c, const vm_node *n)
{
    rt_object *v = vm_c_constant(n);
    if (!v)
        vm_c_fail(c);
    return v;
}

static void compile_exprs(compiler *c, const vm_list *l)
{
    for (int i = 0; i < l->n; i++)
        vm_c_expr(c, l->items[i]);
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
    vm_c_emit(c, OP_BUILD_LIST, 0);
    for (int i = 0; i < l->n; i++) {
        const vm_node *x = l->items[i];
        if (x->kind == VM_N_Starred) {
            vm_c_expr(c, x->u.Starred.value);
            vm_c_emit(c, OP_LIST_EXTEND, 1);
        } else {
            vm_c_expr(c, x);
            vm_c_emit(c, OP_LIST_APPEND, 1);
        }
    }
}

/* {a, *b, c} -> a set on the stack: each starred iterable is added item by
 * item by a loop, as a set comprehension would. */
static void build_set_starred(compiler *c, const vm_list *l)
{
    vm_c_emit(c, OP_BUILD_SET, 0);
    for (int i = 0; i < l->n; i++) {
        const vm_node *x = l->items[i];
        if (x->kind != VM_N_Starred) {
            vm_c_expr(c, x);
            vm_c_emit(c, OP_SET_ADD, 1);
            continue;
        }
        int start = vm_c_new_label(c), end = vm_c_new_label(c);
        vm_c_expr(c, x->u.Starred.value);
        vm_c_emit(c, OP_GET_ITER, 0);
        vm_c_bind_label(c, start);
        vm_c_emit(c, OP_FOR_ITER, (uint32_t)end);
        vm_c_emit(c, OP_SET_ADD, 2);
        vm_c_emit(c, OP_JUMP, (uint32_t)start);
        vm_c_bind_label(c, end);
    }
}

/* The right operand i of a comparison: the last of `x in [a, b]` as
 * CPython's AST optimiser leaves it (a tuple). */
static void compare_operand(compiler *c, const vm_node *n, int i)
{
    int nc = n->u.Compare.comparators.n;
    vm_cmpop last = n->u.Compare.ops[nc - 1];
    if (i == nc - 1 && (last == VM_CMP_IN || last == VM_CMP_NOTIN))
        vm_c_iterable(c, n->u.Compare.comparators.items[i]);
    else
        vm_c_expr(c, n->u.Compare.comparators.items[i]);
}

static void compare_op(compiler *c, vm_cmpop op)
{
    switch (op) {
    case VM_CMP_EQ: vm_c_emit(c, OP_COMPARE_OP, RT_EQ); break;
    case VM_CMP_NOTEQ: vm_c_emit(c, OP_COMPARE_OP, RT_NE); break;
    case VM_CMP_LT: vm_c_emit(c, OP_COMPARE_OP, RT_LT); break;
    case VM_CMP_LTE: vm_c_emit(c, OP_COMPARE_OP, RT_LE); break;
    case VM_CMP_GT: vm_c_emit(c, OP_COMPARE_OP, RT_GT); break;
    case VM_CMP_GTE: vm_c_emit(c, OP_COMPARE_OP, RT_GE); break;
    case VM_CMP_IS: vm_c_emit(c, OP_IS_OP, 0); break;
    case VM_CMP_ISNOT: vm_c_emit(c, OP_IS_OP, 1); break;
    case VM_CMP_IN: vm_c_emit(c, OP_CONTAINS_OP, 0); break;
    case VM_CMP_NOTIN: vm_c_emit(c, OP_CONTAINS_OP, 1); break;
    }
}

static void compile_compare(compiler *c, const vm_node *n)
{
    int nc = n->u.Compare.comparators.n;
    vm_c_expr(c, n->u.Compare.left);
    int cleanup = nc > 1 ? vm_c_new_label(c) : -1;
    for (int i = 0; i < nc; i++) {
        compare_operand(c, n, i);
        if (i < nc - 1) {
            vm_c_emit(c, OP_DUP_TOP, 0);
            vm_c_emit(c, OP_ROT_THREE, 0);
        }
        compare_op(c, n->u.Compare.ops[i]);
        if (i < nc - 1)
            vm_c_emit(c, OP_JUMP_IF_FALSE_OR_POP, (uint32_t)cleanup);
    }
    if (nc > 1) {
        int end = vm_c_new_label(c);
        vm_c_emit(c, OP_JUMP, (uint32_t)end);
        vm_c_bind_label(c, cleanup);
        vm_c_emit(c, OP_ROT_TWO, 0);
        vm_c_emit(c, OP_POP_TOP, 0);
        vm_c_bind_label(c, end);
    }
}

/* The truth of a test the compiler knows (a literal, or what vm_c_fold
 * folds): 1 or 0, or -1 when it must run. */
static int const_truth(const vm_node *n)
{
    if (n->kind == VM_N_Constant && n->u.Constant.kind == VM_CONST_BIGINT)
        return 1;
    rt_object *k = n->kind == VM_N_Constant ? vm_c_constant(n) : vm_c_fold(n);
    if (!k) {
        rt_err_clear();
        return -1;
    }
    int t = rt_is_true(k);   /* of an int, float, str, bytes, tuple...: no code runs */
    rt_decref(k);
    return t < 0 ? (rt_err_clear(), -1) : t;
}

/* A condition as CPython 3.11's compiler_jump_if compiles it: jump to
 * label when the truth of n is cond, fall through otherwise, with no
 * value left on the stack.  `not`, `and`/`or`, `x if c else y` and
 * comparison chains become jumps between their operands (no bool made,
 * no JUMP_IF_*_OR_POP), a known truth an unconditional jump or nothing.
 * Positions as 3.11's: a jump carries the enclosing position (the
 * statement's) until a comparison in the condition moves it there. */
void vm_c_jump_if(compiler *c, const vm_node *n, bool cond, int label)
{
    vm_c_check_stack(c);
    switch (n->kind) {
    case VM_N_UnaryOp:
        if (n->u.UnaryOp.op == VM_UOP_NOT) {
            vm_c_jump_if(c, n->u.UnaryOp.operand, !cond, label);
            return;
        }
        break;
    case VM_N_BoolOp: {
        const vm_list *v = &n->u.BoolOp.values;
        bool is_or = n->u.BoolOp.op == VM_BOOL_OR;
        /* `a or b` jumping when true: each operand may jump; when false,
         * any false operand but the last skips the rest */
        int next = is_or == cond ? label : vm_c_new_label(c);
        for (int i = 0; i < v->n - 1; i++)
            vm_c_jump_if(c, v->items[i], is_or, next);
        vm_c_jump_if(c, v->items[v->n - 1], cond, label);
        if (next != label)
            vm_c_bind_label(c, next);
        return;
    }
    case VM_N_IfExp: {
        int orelse = vm_c_new_label(c), end = vm_c_new_label(c);
        vm_c_jump_if(c, n->u.IfExp.test, false, orelse);
        vm_c_jump_if(c, n->u.IfExp.body, cond, label);
        vm_c_emit(c, OP_JUMP, (uint32_t)end);
        vm_c_bind_label(c, orelse);
        vm_c_jump_if(c, n->u.IfExp.orelse, cond, label);
        vm_c_bind_label(c, end);
        return;
    }
    case VM_N_Compare: {
        /* 3.11 moves the position to the comparison here and leaves it
         * there: the jumps after it in the condition, and an assert's
         * raise, carry it */
        vm_c_set_pos(c, n);
        int nc = n->u.Compare.comparators.n;
        if (nc < 2)
            break;
        int cleanup = vm_c_new_label(c), end = vm_c_new_label(c);
        vm_c_expr(c, n->u.Compare.left);
        for (int i = 0; i < nc; i++) {
            if (i == nc - 1)
                compare_operand(c, n, i);
            else
                vm_c_expr(c, n->u.Compare.comparators.items[i]);
            if (i < nc - 1) {
                vm_c_emit(c, OP_DUP_TOP, 0);
                vm_c_emit(c, OP_ROT_THREE, 0);
            }
            compare_op(c, n->u.Compare.ops[i]);
            vm_c_emit(c, i < nc - 1 || !cond ? OP_POP_JUMP_IF_FALSE : OP_POP_JUMP_IF_TRUE,
                      (uint32_t)(i < nc - 1 ? cleanup : label));
        }
        vm_c_emit(c, OP_JUMP, (uint32_t)end);
        vm_c_bind_label(c, cleanup);
        vm_c_emit(c, OP_POP_TOP, 0);
        if (!cond)
            vm_c_emit(c, OP_JUMP, (uint32_t)label);
        vm_c_bind_label(c, end);
        return;
    }
    default:
        break;
    }
    int t = const_truth(n);
    if (t >= 0) {
        if (t == cond)
            vm_c_emit(c, OP_JUMP, (uint32_t)label);
        return;
    }
    vm_c_expr(c, n);
    vm_c_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, (uint32_t)label);
}

/* The keyword part of a call (name=value only) after its nargs
 * positional arguments: kwop (CALL_FUNCTION_KW, or CALL_METHOD_KW after
 * LOAD_METHOD) with the names as a constant tuple, or CALL_FUNCTION when
 * there is none. */
static void compile_keywords(compiler *c, int nargs, const vm_list *kws, vm_opcode kwop)
{
    if (kws->n == 0) {
        vm_c_emit(c, OP_CALL_FUNCTION, (uint32_t)nargs);
        return;
    }
    rt_object *names = rt_tuple_new(kws->n);
    if (!names)
        vm_c_fail(c);
    for (int i = 0; i < kws->n; i++) {
        const vm_node *k = kws->items[i];
        for (int j = 0; j < i; j++)
            if (strcmp(kws->items[j]->u.keyword.arg, k->u.keyword.arg) == 0) {
                rt_decref(names);
                vm_c_syntax_error(c, k, "keyword argument repeated: %s", k->u.keyword.arg);
            }
        rt_object *s = rt_str_intern_name(k->u.keyword.arg);
        if (!s) {
            rt_decref(names);
            vm_c_fail(c);
        }
        RT_TUPLE_SET_ITEM(names, i, s);
        vm_c_expr(c, k->u.keyword.value);
    }
    vm_c_load_const(c, names);
    vm_c_emit(c, kwop, (uint32_t)(nargs + kws->n));
}

static void compile_call(compiler *c, const vm_node *n)
{
    const vm_node *fn = n->u.Call.func;
    const vm_list *args = &n->u.Call.args, *kws = &n->u.Call.keywords;
    bool starred = has_starred(args);
    bool dstar = false;
    for (int i = 0; i < kws->n; i++)
        dstar |= kws->items[i]->u.keyword.arg == NULL;
    if (fn->kind == VM_N_Attribute && !starred && !dstar) {
        /* o.m(a, k=v) as CPython 3.11: LOAD_METHOD, so a method
         * descriptor is called with self and no bound method is made
         * (gc counts; "str.count() takes no keyword arguments").  Its
         * positions: LOAD_METHOD the attribute's (a failed lookup's
         * carets end at the name, not the call's parentheses), the call
         * the whole call's, each moved to the line of the name when the
         * expression spans lines */
        vm_c_expr(c, fn->u.Attribute.value);
        vm_lineentry save = c->u->pos;
        vm_c_set_pos(c, fn);
        vm_c_match_attr(c, fn);
        vm_c_emit(c, OP_LOAD_METHOD, (uint32_t)vm_c_name_index(c, vm_c_mangle(c, fn->u.Attribute.attr)));
        c->u->pos = save;
        compile_exprs(c, args);
        vm_c_match_attr(c, fn);
        if (kws->n == 0)
            vm_c_emit(c, OP_CALL_METHOD, (uint32_t)args->n);
        else
            compile_keywords(c, args->n, kws, OP_CALL_METHOD_KW);
        c->u->pos = save;
        return;
    }
    vm_c_expr(c, fn);
    if (starred || dstar) {
        if (starred && args->n == 1) {
            /* f(*x): x itself, made a tuple by CALL_FUNCTION_EX (CPython 3.11) */
            vm_c_expr(c, args->items[0]->u.Starred.value);
        } else if (starred) {
            build_list_starred(c, args);
            vm_c_emit(c, OP_LIST_TO_TUPLE, 0);
        } else {
            compile_exprs(c, args);
            vm_c_emit(c, OP_BUILD_TUPLE, (uint32_t)args->n);
        }
        /* as CPython: runs of name=value make a dict, each merged (with
         * the duplicate check) into the first, as is each **m */
        bool have = false;
        for (int i = 0; i < kws->n;) {
            int j = i;
            while (j < kws->n && kws->items[j]->u.keyword.arg) {
                vm_c_load_const(c, vm_c_interned(c, kws->items[j]->u.keyword.arg));
                vm_c_expr(c, kws->items[j]->u.keyword.value);
                j++;
            }
            if (j > i) {
                vm_c_emit(c, OP_BUILD_MAP, (uint32_t)(j - i));
                if (have)
                    vm_c_emit(c, OP_DICT_MERGE, 1);
                have = true;
                i = j;
                continue;
            }
            if (!have)
                vm_c_emit(c, OP_BUILD_MAP, 0);
            have = true;
            vm_c_expr(c, kws->items[i]->u.keyword.value);
            vm_c_emit(c, OP_DICT_MERGE, 1);
            i++;
        }
        vm_c_emit(c, OP_CALL_FUNCTION_EX, kws->n ? 1 : 0);
        return;
    }
    compile_exprs(c, args);
    compile_keywords(c, args->n, kws, OP_CALL_FUNCTION_KW);
}

static void compile_comprehension(compiler *c, const vm_node *n);

static void compile_slice_part(compiler *c, const vm_node *x)
{
    if (x)
        vm_c_expr(c, x);
    else
        vm_c_load_const(c, rt_newref(RT_NONE));
}

static void compile_subscript_key(compiler *c, const vm_node *s)
{
    if (s->kind == VM_N_Slice) {
        compile_slice_part(c, s->u.Slice.lower);
        compile_slice_part(c, s->u.Slice.upper);
        if (s->u.Slice.step) {
            vm_c_expr(c, s->u.Slice.step);
            vm_c_emit(c, OP_BUILD_SLICE, 3);
        } else {
            vm_c_emit(c, OP_BUILD_SLICE, 2);
        }
    } else {
        vm_c_expr(c, s);
    }
}

static void compile_fstring_part(compiler *c, const vm_node *v)
{
    if (v->kind == VM_N_FormattedValue) {
        vm_c_expr(c, v->u.FormattedValue.value);
        int conv = v->u.FormattedValue.conversion;
        int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
        if (v->u.FormattedValue.format_spec) {
            vm_c_expr(c, v->u.FormattedValue.format_spec);
            flags |= 4;
        }
        vm_c_emit(c, OP_FORMAT_VALUE, (uint32_t)flags);
    } else {
        vm_c_expr(c, v);
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

/* An iterable as CPython 3.11 compiles it after its AST optimiser (the
 * iterable of for and of comprehensions, the right operand of in / not
 * in): a list display is built as a tuple, one constant when it can be. */
void vm_c_iterable(compiler *c, const vm_node *n)
{
    if (n->kind != VM_N_List || has_starred(&n->u.List.elts)) {
        vm_c_expr(c, n);
        return;
    }
    vm_lineentry save = c->u->pos;
    vm_c_set_pos(c, n);
    rt_object *k = vm_c_fold_iter(n);
    if (k) {
        vm_c_load_const(c, k);
    } else {
        compile_exprs(c, &n->u.List.elts);
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_BUILD_TUPLE, (uint32_t)n->u.List.elts.n);
    }
    c->u->pos = save;
}

/* A literal, or an expression vm_c_expr folds into one (CPython's AST
 * optimiser folds at least these). */
static bool is_constant(const vm_node *n)
{
    __int128 v;
    if (n->kind == VM_N_Constant)
        return true;
    if (n->kind == VM_N_UnaryOp && n->u.UnaryOp.op == VM_UOP_USUB && n->u.UnaryOp.operand->kind == VM_N_Constant)
        return n->u.UnaryOp.operand->u.Constant.kind == VM_CONST_INT
               || n->u.UnaryOp.operand->u.Constant.kind == VM_CONST_FLOAT;
    return (n->kind == VM_N_BinOp || n->kind == VM_N_UnaryOp) && fold_int(n, &v, 0) && v >= INT64_MIN
           && v <= INT64_MAX;
}

void vm_c_expr(compiler *c, const vm_node *n)
{
    vm_c_check_stack(c);
    vm_lineentry save = c->u->pos;
    if (n->kind == VM_N_BinOp || n->kind == VM_N_UnaryOp) {
        __int128 v;
        if (fold_int(n, &v, 0) && v >= INT64_MIN && v <= INT64_MAX) {
            vm_c_load_const(c, rt_int_from_i64((int64_t)v));
            return;
        }
    }
    vm_c_set_pos(c, n);
    rt_object *k = vm_c_fold(n);
    if (k) {
        vm_c_load_const(c, k);
        c->u->pos = save;
        return;
    }
    switch (n->kind) {
    case VM_N_Constant:
        vm_c_load_const(c, constant_value(c, n));
        break;
    case VM_N_Name:
        vm_c_name(c, n->u.Name.id, VM_LOAD);
        break;
    case VM_N_BoolOp: {
        int end = vm_c_new_label(c);
        const vm_list *v = &n->u.BoolOp.values;
        for (int i = 0; i < v->n; i++) {
            vm_c_expr(c, v->items[i]);
            if (i < v->n - 1)
                vm_c_emit(c, n->u.BoolOp.op == VM_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP,
                          (uint32_t)end);
        }
        vm_c_bind_label(c, end);
        break;
    }
    case VM_N_BinOp:
        vm_c_expr(c, n->u.BinOp.left);
        vm_c_expr(c, n->u.BinOp.right);
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_BINARY_OP, (uint32_t)vm_c_nb_op(n->u.BinOp.op));
        break;
    case VM_N_UnaryOp: {
        const vm_node *o = n->u.UnaryOp.operand;
        if (n->u.UnaryOp.op == VM_UOP_USUB && o->kind == VM_N_Constant
            && (o->u.Constant.kind == VM_CONST_INT || o->u.Constant.kind == VM_CONST_FLOAT)) {
            /* fold -literal: observable-free, and lets -9223372036854775808 fit */
            if (o->u.Constant.kind == VM_CONST_INT)
                vm_c_load_const(c, rt_int_from_i64(-o->u.Constant.i));
            else
                vm_c_load_const(c, rt_float_from_double(-o->u.Constant.f));
            break;
        }
        if (n->u.UnaryOp.op == VM_UOP_USUB && o->kind == VM_N_Constant
            && o->u.Constant.kind == VM_CONST_BIGINT && strcmp(o->u.Constant.s, "9223372036854775808") == 0) {
            vm_c_load_const(c, rt_int_from_i64(INT64_MIN));
            break;
        }
        vm_c_expr(c, o);
        switch (n->u.UnaryOp.op) {
        case VM_UOP_INVERT: vm_c_emit(c, OP_UNARY_INVERT, 0); break;
        case VM_UOP_NOT: vm_c_emit(c, OP_UNARY_NOT, 0); break;
        case VM_UOP_UADD: vm_c_emit(c, OP_UNARY_POSITIVE, 0); break;
        case VM_UOP_USUB: vm_c_emit(c, OP_UNARY_NEGATIVE, 0); break;
        }
        break;
    }
    case VM_N_Lambda:
        vm_c_function(c, n);
        break;
    case VM_N_IfExp: {
        int orelse = vm_c_new_label(c), end = vm_c_new_label(c);
        vm_c_jump_if(c, n->u.IfExp.test, false, orelse);
        vm_c_expr(c, n->u.IfExp.body);
        vm_c_emit(c, OP_JUMP, (uint32_t)end);
        vm_c_bind_label(c, orelse);
        vm_c_expr(c, n->u.IfExp.orelse);
        vm_c_bind_label(c, end);
        break;
    }
    case VM_N_Dict: {
        /* the pairs before the first {**m} in one BUILD_MAP; then each
         * mapping merged (DICT_MERGE 0: a dict display's update) and each
         * later pair added in order, as CPython 3.11's DICT_UPDATE/MAP_ADD */
        int nk = n->u.Dict.keys.n, first = 0;
        while (first < nk && n->u.Dict.keys.items[first])
            first++;
        for (int i = 0; i < first; i++) {
            vm_c_expr(c, n->u.Dict.keys.items[i]);
            vm_c_expr(c, n->u.Dict.values.items[i]);
        }
        vm_c_emit(c, OP_BUILD_MAP, (uint32_t)first);
        for (int i = first; i < nk; i++) {
            if (n->u.Dict.keys.items[i]) {
                vm_c_expr(c, n->u.Dict.keys.items[i]);
                vm_c_expr(c, n->u.Dict.values.items[i]);
                vm_c_emit(c, OP_MAP_ADD, 1);
            } else {
                vm_c_expr(c, n->u.Dict.values.items[i]);
                vm_c_emit(c, OP_DICT_MERGE, 0);
            }
        }
        break;
    }
    case VM_N_ListComp:
    case VM_N_DictComp:
    case VM_N_SetComp:
        compile_comprehension(c, n);
        break;
    case VM_N_Set: {
        const vm_list *l = &n->u.List.elts;
        if (has_starred(l)) {
            build_set_starred(c, l);
            break;
        }
        bool consts = l->n > 2;
        for (int i = 0; consts && i < l->n; i++)
            consts = is_constant(l->items[i]);
        compile_exprs(c, l);
        vm_c_emit(c, OP_BUILD_SET, (uint32_t)l->n | (consts ? VM_SET_CONST : 0));
        break;
    }
    case VM_N_GeneratorExp:
        compile_comprehension(c, n);
        break;
    case VM_N_NamedExpr:
        vm_c_expr(c, n->u.NamedExpr.value);
        vm_c_emit(c, OP_DUP_TOP, 0);
        vm_c_store(c, n->u.NamedExpr.target);
        break;
    case VM_N_Yield:
    case VM_N_YieldFrom:
        if (!c->u->scope->function || c->u->scope->is_class)
            vm_c_syntax_error(c, n, "'yield' outside function");
        if (n->u.Yield.value)
            vm_c_expr(c, n->u.Yield.value);
        else
            vm_c_load_const(c, rt_newref(RT_NONE));
        if (n->kind == VM_N_YieldFrom) {
            vm_c_emit(c, OP_GET_ITER, 0);
            vm_c_load_const(c, rt_newref(RT_NONE));
            vm_c_emit(c, OP_YIELD_FROM, 0);
        } else {
            vm_c_emit(c, OP_YIELD_VALUE, 0);
        }
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
            vm_c_load_const(c, rt_str_empty());
            break;
        }
        for (int i = 0; i < v->n; i++)
            compile_fstring_part(c, v->items[i]);
        if (v->n > 1 || v->items[0]->kind != VM_N_FormattedValue)
            vm_c_emit(c, OP_BUILD_STRING, (uint32_t)v->n);
        break;
    }
    case VM_N_Attribute:
        vm_c_expr(c, n->u.Attribute.value);
        vm_c_match_attr(c, n);
        vm_c_emit(c, OP_LOAD_ATTR, (uint32_t)vm_c_name_index(c, vm_c_mangle(c, n->u.Attribute.attr)));
        break;
    case VM_N_Subscript:
        vm_c_expr(c, n->u.Subscript.value);
        compile_subscript_key(c, n->u.Subscript.slice);
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case VM_N_Starred:
        vm_c_syntax_error(c, n, "can't use starred expression here");
        break;
    case VM_N_List: {
        /* three or more constants: one constant tuple extending an empty
         * list, as CPython 3.11 (the list is then allocated exactly) */
        rt_object *k = n->u.List.elts.n > 2 && !has_starred(&n->u.List.elts) ? vm_c_fold_iter(n) : NULL;
        if (k) {
            vm_c_emit(c, OP_BUILD_LIST, 0);
            vm_c_load_const(c, k);
            vm_c_emit(c, OP_LIST_EXTEND, 1);
        } else if (has_starred(&n->u.List.elts)) {
            build_list_starred(c, &n->u.List.elts);
        } else {
            compile_exprs(c, &n->u.List.elts);
            vm_c_emit(c, OP_BUILD_LIST, (uint32_t)n->u.List.elts.n);
        }
        break;
    }
    case VM_N_Tuple:
        if (has_starred(&n->u.Tuple.elts)) {
            build_list_starred(c, &n->u.Tuple.elts);
            vm_c_emit(c, OP_LIST_TO_TUPLE, 0);
        } else {
            compile_exprs(c, &n->u.Tuple.elts);
            vm_c_emit(c, OP_BUILD_TUPLE, (uint32_t)n->u.Tuple.elts.n);
        }
        break;
    case VM_N_Slice:
        compile_subscript_key(c, n);
        break;
    default:
        vm_c_not_implemented(c, n, vm_node_kind_name(n->kind));
    }
    c->u->pos = save;
}

/* ---- stores -------------------------------------------------------------- */

static void compile_unpack(compiler *c, const vm_list *elts, const vm_node *n)
{
    int star = -1;
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == VM_N_Starred) {
            if (star >= 0)
                vm_c_syntax_error(c, elts->items[i], "multiple starred expressions in assignment");
            star = i;
        }
    if (star < 0) {
        vm_c_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->n);
    } else {
        int after = elts->n - star - 1;
        if (star > 255 || after > 255)
            vm_c_not_implemented(c, n, "starred assignment with more than 255 targets");
        vm_c_emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (int i = 0; i < elts->n; i++) {
        const vm_node *t = elts->items[i];
        vm_c_store(c, t->kind == VM_N_Starred ? t->u.Starred.value : t);
    }
}

/* A target of an assignment (VM_STORE: the value is on the stack) or of
 * del (VM_DEL): one walk for both, so that each target -- also inside a
 * parenthesised list spanning lines -- carries its own line, as in
 * CPython's tracebacks. */
static void compile_target(compiler *c, const vm_node *t, vm_ctx ctx)
{
    bool store = ctx == VM_STORE;
    vm_lineentry save = c->u->pos;
    vm_c_set_pos(c, t);
    switch (t->kind) {
    case VM_N_Name:
        vm_c_name(c, t->u.Name.id, ctx);
        break;
    case VM_N_Attribute:
        vm_c_expr(c, t->u.Attribute.value);
        vm_c_emit(c, store ? OP_STORE_ATTR : OP_DELETE_ATTR,
                  (uint32_t)vm_c_name_index(c, vm_c_mangle(c, t->u.Attribute.attr)));
        break;
    case VM_N_Subscript:
        vm_c_expr(c, t->u.Subscript.value);
        compile_subscript_key(c, t->u.Subscript.slice);
        vm_c_emit(c, store ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR, 0);
        break;
    case VM_N_Tuple:
    case VM_N_List: {
        const vm_list *l = t->kind == VM_N_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
        if (store) {
            compile_unpack(c, l, t);
        } else {
            for (int i = 0; i < l->n; i++)
                compile_target(c, l->items[i], VM_DEL);
        }
        break;
    }
    default:
        vm_c_syntax_error(c, t, store ? "cannot assign to expression" : "cannot delete expression");
    }
    c->u->pos = save;
}

void vm_c_store(compiler *c, const vm_node *t) { compile_target(c, t, VM_STORE); }
void vm_c_delete(compiler *c, const vm_node *t) { compile_target(c, t, VM_DEL); }

/* target op= value: the target's container and key are evaluated once */
void vm_c_augassign(compiler *c, const vm_node *n)
{
    const vm_node *t = n->u.AugAssign.target;
    uint32_t op = (uint32_t)vm_c_nb_op(n->u.AugAssign.op) | VM_BINOP_INPLACE;
    if (t->kind == VM_N_Name) {
        vm_c_name(c, t->u.Name.id, VM_LOAD);
        vm_c_expr(c, n->u.AugAssign.value);
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_BINARY_OP, op);
        vm_c_name(c, t->u.Name.id, VM_STORE);
    } else if (t->kind == VM_N_Attribute) {
        int attr = vm_c_name_index(c, vm_c_mangle(c, t->u.Attribute.attr));
        vm_c_expr(c, t->u.Attribute.value);
        vm_c_emit(c, OP_DUP_TOP, 0);
        vm_c_emit(c, OP_LOAD_ATTR, (uint32_t)attr);
        vm_c_expr(c, n->u.AugAssign.value);
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_BINARY_OP, op);
        vm_c_emit(c, OP_ROT_TWO, 0);
        vm_c_emit(c, OP_STORE_ATTR, (uint32_t)attr);
    } else if (t->kind == VM_N_Subscript) {
        vm_c_expr(c, t->u.Subscript.value);
        compile_subscript_key(c, t->u.Subscript.slice);
        vm_c_emit(c, OP_DUP_TOP_TWO, 0);
        vm_c_emit(c, OP_BINARY_SUBSCR, 0);
        vm_c_expr(c, n->u.AugAssign.value);
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_BINARY_OP, op);
        vm_c_emit(c, OP_ROT_THREE, 0);
        vm_c_emit(c, OP_STORE_SUBSCR, 0);
    } else {
        vm_c_syntax_error(c, t, "'expression' is an illegal expression for augmented assignment");
    }
}

/* ---- functions, classes, comprehensions ---------------------------------- */

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
        vm_c_nomem(c);
    snprintf(q, n, "%s.%s%s", base, fn ? "<locals>." : "", name);
    return q;
}

/* Push the closure tuple for child scope ch (if it has free variables) and
 * make the function from code (stolen) with MAKE_FUNCTION flags. */
/* The decorators, innermost (last) first, each call at its decorator's
 * position as CPython 3.11's (an error in one is reported on its @ line). */
static void apply_decorators(compiler *c, const vm_list *decorators)
{
    vm_lineentry save = c->u->pos;
    for (int i = decorators->n - 1; i >= 0; i--) {
        vm_c_set_pos(c, decorators->items[i]);
        vm_c_emit(c, OP_CALL_FUNCTION, 1);
    }
    c->u->pos = save;
}

static void make_closure(compiler *c, cscope *ch, rt_object *code, int flags)
{
    if (ch->freevars.n) {
        for (int i = 0; i < ch->freevars.n; i++) {
            const char *name = ch->freevars.items[i];
            vm_c_emit(c, OP_LOAD_CLOSURE, (uint32_t)vm_c_deref_index(c, name));
        }
        vm_c_emit(c, OP_BUILD_TUPLE, (uint32_t)ch->freevars.n);
        flags |= VM_MF_CLOSURE;
    }
    vm_c_load_const(c, code);
    vm_c_emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

/* One parameter's annotation, if it has one: into the pairs of
 * compile_annotations (its name mangled), or as code pushing name and
 * value.  `*args: *Ts` (PEP 646) is CPython's `[value] = [*Ts]`. */
typedef struct ann_pairs { rt_object *items[2 * 256]; int n; bool folded; } ann_pairs;

static void annotation_pair(compiler *c, ann_pairs *p, const char *id, const vm_node *ann)
{
    if (!ann)
        return;
    rt_object *name = vm_c_interned(c, vm_c_mangle(c, id));
    if (p->folded) {
        /* under PEP 563 every value is its text: a constant */
        rt_object *v = c->future_annotations ? vm_c_unparse(c, ann)
                       : ann->kind != VM_N_Starred ? vm_c_fold_value(ann) : NULL;
        if (v && p->n + 2 <= (int)(sizeof p->items / sizeof p->items[0])) {
            p->items[p->n++] = name;
            p->items[p->n++] = v;
            return;
        }
        RT_XDECREF(v);
        /* not all constants: the ones so far become code after all */
        for (int i = 0; i < p->n; i++)
            vm_c_load_const(c, p->items[i]);
        p->folded = false;
    }
    vm_c_load_const(c, name);
    if (ann->kind == VM_N_Starred) {
        vm_c_expr(c, ann->u.Starred.value);
        vm_c_emit(c, OP_UNPACK_SEQUENCE, 1);
    } else {
        vm_c_expr(c, ann);
    }
    p->n += 2;
}

/* CPython 3.11's annotations of a def: a tuple (name, value, ...) in its
 * order of the parameters (positional after '/', positional-only, *args,
 * keyword-only, **kwargs),
 * then 'return', evaluated after the defaults; one tuple constant when
 * every value is a constant (the assembler's fold_tuple_on_constants), so
 * such a def makes no container.  Whether there are any. */
static bool compile_annotations(compiler *c, const vm_node *args, const vm_node *returns)
{
    ann_pairs p = { .n = 0, .folded = true };
    /* 3.11 takes the parameters after '/' before the positional-only ones */
    const vm_list *pos = &args->u.arguments.args, *kwonly = &args->u.arguments.kwonlyargs;
    int posonly = args->u.arguments.posonly;
    for (int i = posonly; i < pos->n; i++)
        annotation_pair(c, &p, pos->items[i]->u.arg.arg, pos->items[i]->u.arg.annotation);
    for (int i = 0; i < posonly; i++)
        annotation_pair(c, &p, pos->items[i]->u.arg.arg, pos->items[i]->u.arg.annotation);
    if (args->u.arguments.vararg)
        annotation_pair(c, &p, args->u.arguments.vararg->u.arg.arg, args->u.arguments.vararg->u.arg.annotation);
    for (int i = 0; i < kwonly->n; i++)
        annotation_pair(c, &p, kwonly->items[i]->u.arg.arg, kwonly->items[i]->u.arg.annotation);
    if (args->u.arguments.kwarg)
        annotation_pair(c, &p, args->u.arguments.kwarg->u.arg.arg, args->u.arguments.kwarg->u.arg.annotation);
    if (returns)
        annotation_pair(c, &p, "return", returns);
    if (!p.n)
        return false;
    if (p.folded) {
        rt_object *t = rt_tuple_new(p.n);
        if (!t) {
            for (int i = 0; i < p.n; i++)
                rt_decref(p.items[i]);
            vm_c_fail(c);
        }
        for (int i = 0; i < p.n; i++)
            RT_TUPLE_SET_ITEM(t, i, p.items[i]);
        vm_c_load_const(c, t);
    } else {
        vm_c_emit(c, OP_BUILD_TUPLE, (uint32_t)p.n);
    }
    return true;
}

void vm_c_function(compiler *c, const vm_node *n)
{
    bool lambda = n->kind == VM_N_Lambda;
    const vm_node *args = lambda ? n->u.Lambda.args : n->u.FunctionDef.args;
    const char *name = lambda ? "<lambda>" : n->u.FunctionDef.name;
    cscope *ch = vm_c_child_scope(c, n);
    int flags = 0;
    if (!lambda)
        compile_exprs(c, &n->u.FunctionDef.decorators);
    if (args->u.arguments.defaults.n) {
        rt_object *k = vm_c_fold_tuple(&args->u.arguments.defaults);
        if (k) {   /* constants: one tuple constant, as CPython 3.11's assembler makes it */
            vm_c_load_const(c, k);
        } else {
            compile_exprs(c, &args->u.arguments.defaults);
            vm_c_emit(c, OP_BUILD_TUPLE, (uint32_t)args->u.arguments.defaults.n);
        }
        flags |= VM_MF_DEFAULTS;
    }
    int nkwd = 0;
    for (int i = 0; i < args->u.arguments.kw_defaults.n; i++) {
        const vm_node *d = args->u.arguments.kw_defaults.items[i];
        if (!d)
            continue;
        vm_c_load_const(c, vm_c_interned(c, vm_c_mangle(c, args->u.arguments.kwonlyargs.items[i]->u.arg.arg)));
        vm_c_expr(c, d);
        nkwd++;
    }
    if (nkwd) {
        vm_c_emit(c, OP_BUILD_MAP, (uint32_t)nkwd);
        flags |= VM_MF_KWDEFAULTS;
    }
    if (!lambda && compile_annotations(c, args, n->u.FunctionDef.returns))
        flags |= VM_MF_ANNOTATIONS;
    /* co_firstlineno: the first decorator's line, as CPython's */
    int first = n->line;
    if (!lambda && n->u.FunctionDef.decorators.n)
        first = n->u.FunctionDef.decorators.items[0]->line;
    vm_c_unit_enter(c, ch, make_qualname(c, name), first);
    c->u->argcount = args->u.arguments.args.n;
    c->u->kwonly = args->u.arguments.kwonlyargs.n;
    c->u->posonly = args->u.arguments.posonly;
    c->u->flags = VM_CO_FUNCTION | (args->u.arguments.vararg ? VM_CO_VARARGS : 0)
                  | (args->u.arguments.kwarg ? VM_CO_VARKEYWORDS : 0)
                  | (ch->s->generator ? VM_CO_GENERATOR : 0);
    /* co_consts[0] is the docstring or None, as CPython 3.11's compiler
     * makes it (a lambda has none); the function's __doc__ is read there
     * and the docstring statement is not compiled. */
    const vm_node *doc = lambda ? NULL : vm_c_docstring(&n->u.FunctionDef.body);
    vm_c_add_const(c, doc ? constant_value(c, doc) : rt_newref(RT_NONE));
    if (lambda) {
        vm_c_expr(c, n->u.Lambda.body);
        vm_c_emit(c, OP_RETURN_VALUE, 0);
    } else {
        const vm_list *body = &n->u.FunctionDef.body;
        vm_list rest = { body->items + (doc != NULL), body->n - (doc != NULL) };
        vm_c_body(c, &rest);
        vm_c_return_none(c);
    }
    rt_object *code = vm_c_unit_leave(c);
    make_closure(c, ch, code, flags);
    if (!lambda) {
        apply_decorators(c, &n->u.FunctionDef.decorators);
        vm_c_name(c, n->u.FunctionDef.name, VM_STORE);
    }
}

void vm_c_class(compiler *c, const vm_node *n)
{
    cscope *ch = vm_c_child_scope(c, n);
    compile_exprs(c, &n->u.ClassDef.decorators);
    vm_c_emit(c, OP_LOAD_BUILD_CLASS, 0);
    vm_c_unit_enter(c, ch, make_qualname(c, n->u.ClassDef.name),
                    n->u.ClassDef.decorators.n ? n->u.ClassDef.decorators.items[0]->line : n->line);
    c->u->flags = VM_CO_CLASSBODY;
    vm_c_emit(c, OP_LOAD_NAME, (uint32_t)vm_c_name_index(c, "__name__"));
    vm_c_emit(c, OP_STORE_NAME, (uint32_t)vm_c_name_index(c, "__module__"));
    vm_c_load_const(c, rt_str_from_cstr(c->u->qualname));
    vm_c_emit(c, OP_STORE_NAME, (uint32_t)vm_c_name_index(c, "__qualname__"));
    vm_c_body_doc(c, &n->u.ClassDef.body);
    if (ch->needs_class_cell) {
        vm_c_emit(c, OP_LOAD_CLOSURE, (uint32_t)vm_c_strvec_index(&ch->cellvars, "__class__"));
        vm_c_emit(c, OP_STORE_NAME, (uint32_t)vm_c_name_index(c, "__classcell__"));
    }
    vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_emit(c, OP_RETURN_VALUE, 0);
    rt_object *code = vm_c_unit_leave(c);
    make_closure(c, ch, code, 0);
    vm_c_load_const(c, rt_str_from_cstr(n->u.ClassDef.name));
    compile_exprs(c, &n->u.ClassDef.bases);
    compile_keywords(c, 2 + n->u.ClassDef.bases.n, &n->u.ClassDef.keywords, OP_CALL_FUNCTION_KW);
    apply_decorators(c, &n->u.ClassDef.decorators);
    vm_c_name(c, n->u.ClassDef.name, VM_STORE);
}

static void compile_comprehension(compiler *c, const vm_node *n)
{
    bool dict = n->kind == VM_N_DictComp, set = n->kind == VM_N_SetComp, genexp = n->kind == VM_N_GeneratorExp;
    const vm_node *gen = dict ? n->u.DictComp.gen : n->u.ListComp.gen;
    cscope *ch = vm_c_child_scope(c, n);
    vm_c_unit_enter(c, ch,
                    make_qualname(c, dict ? "<dictcomp>" : set ? "<setcomp>" : genexp ? "<genexpr>" : "<listcomp>"),
                    n->line);
    c->u->argcount = 1;
    c->u->flags = VM_CO_FUNCTION | (genexp ? VM_CO_GENERATOR : 0);
    if (!genexp)
        vm_c_emit(c, dict ? OP_BUILD_MAP : set ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    vm_c_emit(c, OP_LOAD_FAST, 0);
    /* one FOR_ITER loop per 'for' clause, nested; the result sits below
     * all their iterators */
    int starts[VM_MAXBLOCKS_C], ends[VM_MAXBLOCKS_C], depth = 0;
    for (const vm_node *g = gen; g; g = g->u.comprehension.next) {
        if (depth == VM_MAXBLOCKS_C)
            vm_c_syntax_error(c, g, "too many statically nested blocks");
        if (depth > 0) {
            vm_c_expr(c, g->u.comprehension.iter);
            vm_c_emit(c, OP_GET_ITER, 0);
        }
        int start = vm_c_new_label(c), end = vm_c_new_label(c);
        starts[depth] = start;
        ends[depth++] = end;
        vm_c_bind_label(c, start);
        /* every clause's FOR_ITER carries the whole comprehension's span,
         * as CPython 3.11's (a traceback through an iterator that raises
         * shows carets under it) */
        vm_c_set_pos(c, n);
        vm_c_emit(c, OP_FOR_ITER, (uint32_t)end);
        vm_c_store(c, g->u.comprehension.target);
        for (int i = 0; i < g->u.comprehension.ifs.n; i++) {
            vm_c_jump_if(c, g->u.comprehension.ifs.items[i], false, start);
        }
    }
    if (dict) {
        vm_c_expr(c, n->u.DictComp.key);
        vm_c_expr(c, n->u.DictComp.value);
        vm_c_emit(c, OP_MAP_ADD, (uint32_t)depth + 1);
    } else if (genexp) {
        vm_c_expr(c, n->u.GeneratorExp.elt);
        vm_c_emit(c, OP_YIELD_VALUE, 0);
        vm_c_emit(c, OP_POP_TOP, 0);
    } else {
        vm_c_expr(c, n->u.ListComp.elt);
        vm_c_emit(c, set ? OP_SET_ADD : OP_LIST_APPEND, (uint32_t)depth + 1);
    }
    while (depth > 0) {
        depth--;
        vm_c_emit(c, OP_JUMP, (uint32_t)starts[depth]);
        vm_c_bind_label(c, ends[depth]);
    }
    if (genexp)
        vm_c_load_const(c, rt_newref(RT_NONE));
    vm_c_emit(c, OP_RETURN_VALUE, 0);
    rt_object *code = vm_c_unit_leave(c);
    make_closure(c, ch, code, 0);
    vm_c_iterable(c, gen->u.comprehension.iter);
    vm_c_emit(c, OP_GET_ITER, 0);
    vm_c_emit(c, OP_CALL_FUNCTION, 1);
}


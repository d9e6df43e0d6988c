/*
 * fold.c -- constant folding with the rules of CPython 3.11's AST
 * optimiser (Python/ast_opt.c), so that the constants of a code object,
 * and the allocations a program makes at run time, are CPython's.
 *
 * What folds: a tuple of constants (nested ones too) becomes one tuple
 * constant; a unary operator (- + ~ not) on a constant; a binary operator
 * on two constants; a subscript of a constant by a constant; a list of
 * constants that is the iterable of `for`, of a comprehension or the right
 * operand of `in`/`not in` becomes a tuple constant (vm_c_fold_iter).
 * Never folded: an operation that raises (it raises at run time instead),
 * str % anything (formatting), and results beyond CPython's size limits:
 * int results over MAX_INT_SIZE bits by CPython's estimate (* ** <<),
 * sequences repeated past MAX_COLLECTION_SIZE items or MAX_STR_SIZE
 * characters, tuples with more than MAX_TOTAL_ITEMS nested items.
 *
 * Invariants: vm_c_fold never leaves an exception set and never fails the
 * compilation (a memory error just means "not folded"); what it returns
 * is an int, float, complex, str, bool, None or a tuple of those, which the
 * constant pool and the marshal format both hold.
 */
#include "compiler/compile_int.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/tuple.h"

#define MAX_INT_SIZE 128          /* bits */
#define MAX_COLLECTION_SIZE 256   /* items */
#define MAX_STR_SIZE 4096         /* characters */
#define MAX_TOTAL_ITEMS 1024      /* items, nested tuples included */
#define MAX_FOLD_DEPTH 200        /* C recursion bound (the parser nests less) */

static bool is_int(rt_object *o) { return rt_int_check(o); }   /* bool too, as PyLong_Check */

/* Bits of |v| (0 for 0), as _PyLong_NumBits. */
static int64_t num_bits(rt_object *o)
{
    return rt_int_bit_length(o);
}

/* limit minus the items of o and of the tuples nested in it (negative:
 * too many), as CPython's check_complexity. */
static int64_t complexity(rt_object *o, int64_t limit)
{
    if (!rt_tuple_check(o))
        return limit;
    limit -= RT_SIZE(o);
    for (intptr_t i = 0; limit >= 0 && i < RT_SIZE(o); i++)
        limit = complexity(RT_TUPLE_GET_ITEM(o, i), limit);
    return limit;
}

/* n * seq (or seq * n) within the limits? */
static bool repeat_ok(rt_object *n, rt_object *seq)
{
    int64_t k = RT_INT_VALUE(n);
    if (rt_tuple_check(seq)) {
        intptr_t size = RT_SIZE(seq);
        if (!size)
            return true;
        if (k < 0 || k > MAX_COLLECTION_SIZE / size)
            return false;
        return k == 0 || complexity(seq, MAX_TOTAL_ITEMS / k) >= 0;
    }
    if (rt_str_check(seq)) {
        intptr_t size = rt_str_len(seq);
        return !size || (k >= 0 && k <= MAX_STR_SIZE / size);
    }
    return true;
}

/* Would CPython's ast_opt attempt a op b?  (The operation may still raise,
 * which also means "not folded".) */
static bool binop_allowed(vm_operator op, rt_object *a, rt_object *b)
{
    switch (op) {
    case VM_OP_MULT:
        if (is_int(a) && is_int(b))
            return RT_INT_VALUE(a) == 0 || RT_INT_VALUE(b) == 0 || num_bits(a) + num_bits(b) <= MAX_INT_SIZE;
        if (is_int(a))
            return repeat_ok(a, b);
        if (is_int(b))
            return repeat_ok(b, a);
        return true;
    case VM_OP_POW:
        if (is_int(a) && is_int(b) && RT_INT_VALUE(a) != 0 && RT_INT_VALUE(b) > 0)
            return num_bits(a) <= MAX_INT_SIZE / RT_INT_VALUE(b);
        return true;
    case VM_OP_LSHIFT:
        if (is_int(a) && is_int(b) && RT_INT_VALUE(a) != 0 && RT_INT_VALUE(b) != 0) {
            int64_t w = RT_INT_VALUE(b);
            if (w < 0)
                return false;   /* PyLong_AsSize_t fails: not folded */
            return w <= MAX_INT_SIZE && num_bits(a) <= MAX_INT_SIZE - w;
        }
        return true;
    case VM_OP_MOD:
        return !rt_str_check(a);
    default:
        return true;
    }
}

static rt_object *fold(const vm_node *n, int depth);

/* The items first, then the tuple (CPython folds bottom-up): a nested
 * constant tuple is older than its container, so a collection walking
 * the young generation untracks the inner one before it looks at the
 * outer one, and both end untracked as in CPython. */
static rt_object *const_tuple(const vm_list *elts, int depth)
{
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == VM_N_Starred)
            return NULL;
    rt_object *small[16];
    rt_object **items = elts->n <= 16 ? small : rt_raw_malloc((size_t)elts->n * sizeof *items);
    if (!items)
        return NULL;
    int n = 0;
    while (n < elts->n && (items[n] = fold(elts->items[n], depth + 1)) != NULL)
        n++;
    rt_object *t = n == elts->n ? rt_tuple_new(n) : NULL;
    for (int i = 0; i < n; i++) {
        if (t)
            RT_TUPLE_SET_ITEM(t, i, items[i]);
        else
            rt_decref(items[i]);
    }
    if (items != small)
        rt_raw_free(items);
    return t;
}

static rt_object *fold_unary(const vm_node *n, int depth)
{
    rt_object *v = fold(n->u.UnaryOp.operand, depth + 1);
    if (!v)
        return NULL;
    rt_object *r = NULL;
    switch (n->u.UnaryOp.op) {
    case VM_UOP_USUB: r = rt_number_negative(v); break;
    case VM_UOP_UADD: r = rt_number_positive(v); break;
    case VM_UOP_INVERT: r = rt_number_invert(v); break;
    case VM_UOP_NOT: {
        int t = rt_is_true(v);
        r = t < 0 ? NULL : rt_bool_from(!t);
        break;
    }
    }
    rt_decref(v);
    return r;
}

static rt_object *fold_binop(const vm_node *n, int depth)
{
    rt_object *a = fold(n->u.BinOp.left, depth + 1);
    if (!a)
        return NULL;
    rt_object *b = fold(n->u.BinOp.right, depth + 1);
    rt_object *r = NULL;
    if (b && binop_allowed(n->u.BinOp.op, a, b))
        r = rt_number_binop(a, b, vm_c_nb_op(n->u.BinOp.op));
    rt_decref(a);
    RT_XDECREF(b);
    return r;
}

static rt_object *fold_subscript(const vm_node *n, int depth)
{
    if (n->u.Subscript.ctx != VM_LOAD || n->u.Subscript.slice->kind == VM_N_Slice)
        return NULL;
    rt_object *v = fold(n->u.Subscript.value, depth + 1);
    if (!v)
        return NULL;
    rt_object *k = fold(n->u.Subscript.slice, depth + 1);
    rt_object *r = k ? rt_getitem(v, k) : NULL;
    rt_decref(v);
    RT_XDECREF(k);
    return r;
}

/* New reference or NULL; may leave an exception set (fold's callers clear). */
static rt_object *fold(const vm_node *n, int depth)
{
    if (depth > MAX_FOLD_DEPTH)
        return NULL;
    switch (n->kind) {
    case VM_N_Constant: return vm_c_constant(n);
    case VM_N_Tuple: return n->u.Tuple.ctx == VM_LOAD ? const_tuple(&n->u.Tuple.elts, depth) : NULL;
    case VM_N_UnaryOp: return fold_unary(n, depth);
    case VM_N_BinOp: return fold_binop(n, depth);
    case VM_N_Subscript: return fold_subscript(n, depth);
    default: return NULL;
    }
}

/* Only what the pool and the marshal format hold (anything else is
 * simply not folded). */
static bool storable(rt_object *v)
{
    if (rt_tuple_check_exact(v)) {
        for (intptr_t i = 0; i < RT_SIZE(v); i++)
            if (!storable(RT_TUPLE_GET_ITEM(v, i)))
                return false;
        return true;
    }
    return v == RT_NONE || v == RT_TRUE || v == RT_FALSE || rt_int_check_exact(v) ||
           rt_float_check_exact(v) || rt_complex_check_exact(v) || rt_str_check_exact(v);
}

/* v if a .pyc can store it, else NULL; a failed fold leaves no error
 * (the expression is then compiled as it is). */
static rt_object *keep_storable(rt_object *v)
{
    if (v && !storable(v))
        RT_CLEAR(v);
    if (!v)
        rt_err_clear();
    return v;
}

rt_object *vm_c_fold(const vm_node *n)
{
    if (n->kind != VM_N_Tuple && n->kind != VM_N_UnaryOp && n->kind != VM_N_BinOp &&
        n->kind != VM_N_Subscript)
        return NULL;
    rt_object *v = fold(n, 0);
    return keep_storable(v);
}

rt_object *vm_c_fold_iter(const vm_node *n)
{
    if (n->kind != VM_N_List)
        return NULL;
    rt_object *v = const_tuple(&n->u.List.elts, 0);
    return keep_storable(v);
}

rt_object *vm_c_fold_value(const vm_node *n)
{
    rt_object *v = fold(n, 0);
    return keep_storable(v);
}

rt_object *vm_c_fold_tuple(const vm_list *elts)
{
    rt_object *v = const_tuple(elts, 0);
    return keep_storable(v);
}

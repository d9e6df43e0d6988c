/*
 * dis.c -- the disassembler of `gclab dis`, laid out as CPython 3.11's
 * `python3 -m dis`: line number where a line starts (a blank line before
 * it), ">>" on jump targets, the offset, the opcode name padded to 20
 * columns, the argument right-aligned in 5, and what it means in
 * parentheses; nested code objects follow their parent, depth first.
 *
 * Offsets are instruction indexes (gclab's jump arguments), not bytes.
 * Unreachable instructions of a loaded file are not verified, so every
 * argument is checked against its table before it is shown.
 */
#include <string.h>
#include "compiler/marshal.h"
#include "compiler/code.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define OPNAME_WIDTH 20   /* CPython's _OPNAME_WIDTH */
#define OPARG_WIDTH 5     /* CPython's _OPARG_WIDTH */

static bool has_arg(vm_opcode op)
{
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR:
    case OP_DUP_TOP: case OP_DUP_TOP_TWO: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_RETURN_VALUE:
    case OP_LOAD_BUILD_CLASS: case OP_POP_BLOCK: case OP_POP_EXCEPT: case OP_RERAISE:
    case OP_LOAD_ASSERTION_ERROR: case OP_YIELD_VALUE: case OP_YIELD_FROM:
    case OP_WITH_EXCEPT_START: case OP_SETUP_ANNOTATIONS: case OP_CHECK_EG_MATCH: case OP_PREP_RERAISE_STAR:
    case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return false;
    default:
        return true;
    }
}

static void print_repr(rt_object *o, FILE *out)
{
    rt_object *r = rt_repr(o);
    if (r) {
        fputs(rt_str_data(r), out);
        rt_decref(r);
    } else {
        rt_err_clear();
        fputs("?", out);
    }
}

static const char *const binops[] = { "+", "-", "*", "%", "**", "//", "/", "<<", ">>", "&", "^", "|" };
static const char *const cmpops[] = { "<", "<=", "==", "!=", ">", ">=" };

/* The parenthesised meaning of an argument, if any. */
static void print_argrepr(const vm_code *co, vm_opcode op, uint32_t arg, FILE *out)
{
    rt_object *name = NULL;
    /* unreachable instructions are not verified: check every index here */
    intptr_t nconsts = RT_SIZE(co->consts), nnames = RT_SIZE(co->names);
    switch (op) {
    case OP_LOAD_CONST:
        if ((intptr_t)arg >= nconsts)
            return;
        fputs(" (", out);
        print_repr(RT_TUPLE_GET_ITEM(co->consts, arg), out);
        fputc(')', out);
        return;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        if ((intptr_t)arg >= nnames)
            return;
        name = RT_TUPLE_GET_ITEM(co->names, arg);
        break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        if ((int64_t)arg >= co->nlocals)
            return;
        name = RT_TUPLE_GET_ITEM(co->varnames, arg);
        break;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_CLOSURE:
        if ((int64_t)arg >= (int64_t)co->ncells + co->nfree)
            return;
        name = (int64_t)arg < co->ncells ? RT_TUPLE_GET_ITEM(co->cellvars, arg)
                                     : RT_TUPLE_GET_ITEM(co->freevars, arg - (uint32_t)co->ncells);
        break;
    case OP_BINARY_OP:
        if ((arg & 0xff) < sizeof binops / sizeof binops[0])
            fprintf(out, " (%s%s)", binops[arg & 0xff], (arg & VM_BINOP_INPLACE) ? "=" : "");
        return;
    case OP_COMPARE_OP:
        if (arg < sizeof cmpops / sizeof cmpops[0])
            fprintf(out, " (%s)", cmpops[arg]);
        return;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = { "", "str", "repr", "ascii" };
        const char *c = conv[arg & 3];
        if (arg & 4)
            fprintf(out, " (%s%swith format)", c, *c ? ", " : "");
        else if (*c)
            fprintf(out, " (%s)", c);
        return;
    }
    case OP_MAKE_FUNCTION: {
        const char *sep = " (";
        if (arg & VM_MF_DEFAULTS)
            fprintf(out, "%sdefaults", sep), sep = ", ";
        if (arg & VM_MF_KWDEFAULTS)
            fprintf(out, "%skwdefaults", sep), sep = ", ";
        if (arg & VM_MF_ANNOTATIONS)
            fprintf(out, "%sannotations", sep), sep = ", ";
        if (arg & VM_MF_CLOSURE)
            fprintf(out, "%sclosure", sep), sep = ", ";
        if (arg)
            fputc(')', out);
        return;
    }
    default:
        if (vm_opcode_is_jump(op))
            fprintf(out, " (to %u)", arg);
        return;
    }
    fprintf(out, " (%s)", rt_str_data(name));
}

static int digits(long v)
{
    int n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void dis_one(const vm_code *co, FILE *out, bool quickened)
{
    bool *target = rt_raw_calloc((size_t)co->ncode, sizeof(bool));
    int maxline = 0;
    for (intptr_t i = 0; i < co->ncode; i++) {
        vm_opcode op = vm_opcode_base(VM_OP(co->code[i]));
        uint32_t arg = VM_ARG(co->code[i]);
        if (target && vm_opcode_is_jump(op) && (intptr_t)arg < co->ncode)
            target[arg] = true;
    }
    for (intptr_t i = 0; i < co->nlines; i++)
        if (co->lines[i].line > maxline)
            maxline = co->lines[i].line;
    /* CPython widens the columns only for lines >= 1000 / offsets >= 10000 */
    int lw = maxline >= 1000 ? digits(maxline) : 3;
    int ow = co->ncode - 1 >= 10000 ? digits((long)co->ncode - 1) : 4;
    int lastline = -1;
    for (intptr_t i = 0; i < co->ncode; i++) {
        vm_opcode qop = VM_OP(co->code[i]), op = vm_opcode_base(qop);
        uint32_t arg = VM_ARG(co->code[i]);
        int line = vm_code_line(co, i);
        if (line != lastline) {
            if (i > 0)
                fputc('\n', out);
            fprintf(out, "%*d", lw, line);
            lastline = line;
        } else {
            fprintf(out, "%*s", lw, "");
        }
        fprintf(out, "     %s %*ld ", target && target[i] ? ">>" : "  ", ow, (long)i);
        const char *name = vm_opcode_name(quickened ? qop : op);
        if (has_arg(op)) {
            fprintf(out, "%-*s %*u", OPNAME_WIDTH, name, OPARG_WIDTH, arg);
            print_argrepr(co, op, arg, out);
        } else {
            fputs(name, out);
        }
        fputc('\n', out);
    }
    rt_raw_free(target);
}

static void dis_tree(const vm_code *co, FILE *out, bool quickened)
{
    dis_one(co, out, quickened);
    for (intptr_t i = 0; i < RT_SIZE(co->consts); i++) {
        rt_object *c = RT_TUPLE_GET_ITEM(co->consts, i);
        if (vm_code_check(c)) {
            fputs("\nDisassembly of ", out);
            print_repr(c, out);
            fputs(":\n", out);
            dis_tree((const vm_code *)c, out, quickened);
        }
    }
}

void vm_dis(rt_object *co, FILE *out, bool quickened)
{
    dis_tree((const vm_code *)co, out, quickened);
}

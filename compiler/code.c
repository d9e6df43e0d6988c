/*
 * code.c -- code objects (see code.h): construction, the line table and a
 * disassembler.
 *
 * Invariant: once vm_code_new returns, nothing in the object changes but
 * the entries of the LOAD_GLOBAL cache; the eval loop reads code, consts,
 * names and (for every LOAD_GLOBAL argument) gcache without checks.
 */
#include <string.h>
#include "compiler/code.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static void code_dealloc(rt_object *o)
{
    vm_code *co = (vm_code *)o;
    rt_mem_free(co->code);
    rt_mem_free(co->lines);
    rt_mem_free(co->cell2arg);
    rt_mem_free(co->gcache);
    if (co->acache)
        for (intptr_t i = 0; i < co->ncode; i++)
            if (!co->acache[i].type && co->acache[i].index == VM_ATTR_POLY)
                rt_mem_free(co->acache[i].poly);
    rt_mem_free(co->acache);
    RT_XDECREF(co->consts);
    RT_XDECREF(co->names);
    RT_XDECREF(co->varnames);
    RT_XDECREF(co->cellvars);
    RT_XDECREF(co->freevars);
    RT_XDECREF(co->name);
    RT_XDECREF(co->qualname);
    RT_XDECREF(co->filename);
    rt_object_free(o);
}

/* Code objects are not containers (they cannot be in a cycle), but a
 * tracing collector must see the constants and names they hold. */
static int code_traverse(rt_object *o, rt_visitproc visit, void *arg)
{
    vm_code *co = (vm_code *)o;
    RT_VISIT(co->consts);
    RT_VISIT(co->names);
    RT_VISIT(co->varnames);
    RT_VISIT(co->cellvars);
    RT_VISIT(co->freevars);
    RT_VISIT(co->name);
    RT_VISIT(co->qualname);
    RT_VISIT(co->filename);
    return 0;
}

static rt_object *code_repr(rt_object *o)
{
    vm_code *co = (vm_code *)o;
    return rt_str_from_format("<code object %s at %p, file \"%s\", line %d>",
                              rt_str_data(co->name), (void *)co,
                              rt_str_data(co->filename), co->firstlineno);
}

RT_NOSCAN_TYPE rt_type vm_code_type = {
    .ob_base = { { RT_IMMORTAL_REFCNT, &rt_type_type }, 0 },
    .name = "code",
    .basicsize = sizeof(vm_code),
    .dealloc = code_dealloc,
    .traverse = code_traverse,
    .repr = code_repr,
    .getsets = vm_code_getsets,
    .methods = vm_code_methods,
};

/* Bytecode and line tables: numbers only, so pointer-free blocks. */
static void *dup_array(const void *src, size_t n)
{
    void *p = rt_mem_malloc_atomic(n ? n : 1);
    if (p && n)
        memcpy(p, src, n);
    return p;
}

rt_object *vm_code_new(const vm_code_spec *s)
{
    vm_code *co = (vm_code *)rt_object_new(&vm_code_type);
    if (!co)
        return NULL;
    co->code = dup_array(s->code, (size_t)s->ncode * sizeof(vm_codeunit));
    co->lines = dup_array(s->lines, (size_t)s->nlines * sizeof(vm_lineentry));
    intptr_t ncells = RT_SIZE(s->cellvars);
    co->cell2arg = rt_mem_malloc_atomic((size_t)(ncells ? ncells : 1) * sizeof(int));
    if (!co->code || !co->lines || !co->cell2arg) {
        rt_decref(RT_OBJ(co));
        return rt_err_no_memory();
    }
    /* generic forms only: code.replace() passes a running code's units,
     * whose quickened forms would read a per-instruction cache (acache)
     * this object does not have */
    for (intptr_t i = 0; i < s->ncode; i++)
        co->code[i] = vm_unit_base(co->code[i]);
    for (intptr_t i = 0; i < s->ncode; i++)
        if (VM_OP(s->code[i]) == OP_LOAD_GLOBAL) {
            /* zeroed: version 0 is never a dict's, so every entry starts empty */
            size_t n = (size_t)RT_SIZE(s->names);   /* 0 in a malformed .pyc: the verifier rejects it */
            co->gcache = rt_mem_calloc(n ? n : 1, sizeof(vm_global_cache));
            if (!co->gcache) {
                rt_decref(RT_OBJ(co));
                return rt_err_no_memory();
            }
            break;
        }
    co->ncode = s->ncode;
    co->nlines = s->nlines;
    co->consts = rt_newref(s->consts);
    co->names = rt_newref(s->names);
    co->varnames = rt_newref(s->varnames);
    co->cellvars = rt_newref(s->cellvars);
    co->freevars = rt_newref(s->freevars);
    co->name = rt_newref(s->name);
    co->qualname = rt_newref(s->qualname);
    co->filename = rt_newref(s->filename);
    co->argcount = s->argcount;
    co->kwonlyargcount = s->kwonlyargcount;
    co->posonlyargcount = s->posonlyargcount;
    co->nlocals = (int)RT_SIZE(s->varnames);
    co->ncells = (int)ncells;
    co->nfree = (int)RT_SIZE(s->freevars);
    co->stacksize = s->stacksize;
    co->flags = s->flags;
    co->firstlineno = s->firstlineno;
    co->nlocalsplus = co->nlocals + co->ncells + co->nfree;
    co->simple_args = !(co->flags & (VM_CO_VARARGS | VM_CO_VARKEYWORDS | VM_CO_GENERATOR))
        && co->kwonlyargcount == 0;
    int nargs = co->argcount + co->kwonlyargcount
        + !!(co->flags & VM_CO_VARARGS) + !!(co->flags & VM_CO_VARKEYWORDS);
    for (intptr_t i = 0; i < ncells; i++) {
        co->cell2arg[i] = -1;
        rt_object *cname = RT_TUPLE_GET_ITEM(co->cellvars, i);
        for (int a = 0; a < nargs; a++)
            if (rt_str_eq(cname, RT_TUPLE_GET_ITEM(co->varnames, a)))
                co->cell2arg[i] = a;
    }
    return RT_OBJ(co);
}

/* The run holding instruction i (nlines > 0). */
static const vm_lineentry *run_of(const vm_code *co, intptr_t i)
{
    intptr_t lo = 0, hi = co->nlines - 1;
    /* last run whose start <= i */
    while (lo < hi) {
        intptr_t mid = (lo + hi + 1) / 2;
        if ((intptr_t)co->lines[mid].start <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    return &co->lines[lo];
}

int vm_code_line(const vm_code *co, intptr_t i)
{
    return co->nlines > 0 ? run_of(co, i)->line : co->firstlineno;
}

bool vm_code_position(const vm_code *co, intptr_t i, vm_lineentry *pos)
{
    if (co->nlines <= 0)
        return false;
    *pos = *run_of(co, i);
    return pos->col >= 0 && pos->line > 0 && (pos->end_line > pos->line
                                               || (pos->end_line == pos->line && pos->end_col > pos->col));
}

static const char *const opnames[] = {
#define VM_OP_NAME(name) #name,
    VM_OPCODES(VM_OP_NAME)
#undef VM_OP_NAME
#define VM_QOP_NAME(name, base) #name,
    VM_QOPCODES(VM_QOP_NAME)
#undef VM_QOP_NAME
};

const char *vm_opcode_name(vm_opcode op)
{
    return op < VM_OPCODE_ALL ? opnames[op] : "<bad opcode>";
}

void vm_code_disassemble(const vm_code *co, FILE *out, bool recursive)
{
    fprintf(out, "Disassembly of <code %s, line %d>: %d locals, %d cells, %d free, stack %d\n",
            rt_str_data(co->qualname), co->firstlineno, co->nlocals, co->ncells,
            co->nfree, co->stacksize);
    int lastline = -1;
    for (intptr_t i = 0; i < co->ncode; i++) {
        vm_codeunit u = co->code[i];
        int line = vm_code_line(co, i);
        if (line != lastline)
            fprintf(out, "%4d ", line);
        else
            fprintf(out, "     ");
        lastline = line;
        fprintf(out, "%6ld %-22s %u", (long)i, vm_opcode_name(VM_OP(u)), VM_ARG(u));
        rt_object *n = NULL;
        switch (VM_OP(u)) {
        case OP_LOAD_CONST: {
            rt_object *c = RT_TUPLE_GET_ITEM(co->consts, VM_ARG(u));
            rt_object *r = rt_repr(c);
            if (r) {
                fprintf(out, " (%s)", rt_str_data(r));
                rt_decref(r);
            } else {
                rt_err_clear();
            }
            break;
        }
        case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
        case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
        case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR:
        case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            n = RT_TUPLE_GET_ITEM(co->names, VM_ARG(u));
            break;
        case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
            n = RT_TUPLE_GET_ITEM(co->varnames, VM_ARG(u));
            break;
        default:
            break;
        }
        if (n)
            fprintf(out, " (%s)", rt_str_data(n));
        fputc('\n', out);
    }
    if (!recursive)
        return;
    for (intptr_t i = 0; i < RT_SIZE(co->consts); i++) {
        rt_object *c = RT_TUPLE_GET_ITEM(co->consts, i);
        if (vm_code_check(c)) {
            fputc('\n', out);
            vm_code_disassemble((vm_code *)c, out, true);
        }
    }
}

int vm_stack_effect(vm_opcode op, uint32_t arg, int jump)
{
    switch (op) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR:
    case OP_JUMP: case OP_POP_BLOCK: case OP_DELETE_FAST: case OP_DELETE_NAME:
    case OP_DELETE_GLOBAL: case OP_DELETE_DEREF:
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_GET_ITER: case OP_LOAD_ATTR:
    case OP_LIST_TO_TUPLE: case OP_YIELD_VALUE: case OP_SWAP:
        return 0;
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_IMPORT_NAME:   /* level fromlist -> module */
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    case OP_STORE_DEREF: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR:
    case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP:
    case OP_LIST_APPEND: case OP_LIST_EXTEND: case OP_DICT_MERGE: case OP_SET_ADD:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_RETURN_VALUE: case OP_POP_EXCEPT: case OP_RERAISE: case OP_YIELD_FROM:
    case OP_PREP_RERAISE_STAR:
        return -1;
    case OP_DUP_TOP: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_NAME:
    case OP_LOAD_GLOBAL: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR:
    case OP_LOAD_METHOD: case OP_IMPORT_FROM:
    case OP_COPY: case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
    case OP_DUP_TOP_TWO:
        return 2;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD:
    case OP_JUMP_IF_NOT_EXC_MATCH: case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_BUILD_SET:
        return 1 - (int)(arg & ~(uint32_t)VM_SET_CONST);
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_STRING:
        return 1 - (int)arg;
    case OP_BUILD_MAP:
        return 1 - 2 * (int)arg;
    case OP_BUILD_SLICE:
        return 1 - (int)arg;
    case OP_UNPACK_SEQUENCE:
        return (int)arg - 1;
    case OP_UNPACK_EX:
        return (int)(arg & 0xff) + (int)(arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_MAKE_FUNCTION:
        return -(!!(arg & VM_MF_DEFAULTS) + !!(arg & VM_MF_KWDEFAULTS) + !!(arg & VM_MF_ANNOTATIONS) + !!(arg & VM_MF_CLOSURE));
    case OP_CALL_FUNCTION:
        return -(int)arg;
    case OP_CALL_FUNCTION_KW:
        return -(int)arg - 1;
    case OP_CALL_FUNCTION_EX:
        return -1 - (int)(arg & 1);
    case OP_CALL_METHOD_KW:
        return -(int)arg - 2;
    case OP_CALL_METHOD:
        return -(int)arg - 1;
    case OP_SETUP_FINALLY:
        /* the handler starts with [prev exc, exc] on the stack */
        return jump ? 2 : 0;
    case OP_SETUP_WITH:
        /* mgr becomes __exit__; then enter()'s result, or the handler's two */
        return jump ? 2 : 1;
    case OP_WITH_EXCEPT_START:
        return 1;
    case OP_RAISE_VARARGS:
        return -(int)arg;
    default:
        return 0;
    }
}

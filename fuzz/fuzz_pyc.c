/*
 * fuzz_pyc.c -- libFuzzer harness (b): arbitrary bytes into the bytecode
 * file loader.  The input is tried both as a whole file (header, size and
 * checksum checks first) and as a bare payload (so mutations are not all
 * stopped by the checksum).  Whatever loads has passed the verifier; it is
 * then disassembled and, when it cannot run away (no backward jump, few
 * calls, no imports, no *, ** or << that could build a huge object), run
 * with a small recursion limit: verified code must never crash the VM.
 */
#include "fuzz/fuzz_common.h"
#include "compiler/code.h"
#include "runtime/tuple.h"

/* Calls allowed in a program that is run: with the recursion limit below
 * that bounds the work to CALLS^LIMIT calls. */
#define MAX_CALLS 8
#define FUZZ_RECURSION_LIMIT 5

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_vm_start();
    return 0;
}

static bool runnable(vm_code *co, int *calls)
{
    for (intptr_t i = 0; i < co->ncode; i++) {
        vm_opcode op = VM_OP(co->code[i]);
        uint32_t arg = VM_ARG(co->code[i]);
        switch (op) {
        case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
        case OP_SETUP_FINALLY: case OP_JUMP_IF_NOT_EXC_MATCH:
            if ((intptr_t)arg <= i)
                return false;
            break;
        case OP_CALL_FUNCTION: case OP_CALL_FUNCTION_KW: case OP_CALL_FUNCTION_EX: case OP_CALL_METHOD:
        case OP_CALL_METHOD_KW:
            if (++*calls > MAX_CALLS)
                return false;
            break;
        case OP_IMPORT_NAME:
            return false;
        case OP_BINARY_OP: {
            int b = (int)(arg & 0xff);
            if (b == RT_NB_MUL || b == RT_NB_POW || b == RT_NB_LSHIFT)
                return false;
            break;
        }
        default:
            break;
        }
    }
    for (intptr_t i = 0; i < RT_SIZE(co->consts); i++) {
        rt_object *c = RT_TUPLE_GET_ITEM(co->consts, i);
        if (vm_code_check(c) && !runnable((vm_code *)c, calls))
            return false;
    }
    return true;
}

static void try_code(rt_object *code)
{
    if (!code) {
        rt_err_clear();
        return;
    }
    vm_dis(code, vm.out, false);
    int calls = 0;
    if (runnable((vm_code *)code, &calls)) {
        int saved = vm.recursion_limit;
        vm.recursion_limit = vm.depth + FUZZ_RECURSION_LIMIT;
        fuzz_run_code(code);
        vm.recursion_limit = saved;
    }
    rt_decref(code);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try_code(vm_pyc_loads(data, size, NULL, NULL));
    if (size >= VM_PYC_HEADER_SIZE)
        try_code(vm_marshal_loads(data + VM_PYC_HEADER_SIZE, size - VM_PYC_HEADER_SIZE));
    return 0;
}

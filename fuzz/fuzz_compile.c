/*
 * fuzz_compile.c -- libFuzzer harness (a): arbitrary bytes through the
 * tokenizer, parser and compiler.  Whatever compiles must also survive a
 * marshal round trip and pass the bytecode verifier (the verifier may
 * never reject the compiler's own output), and disassemble.
 */
#include "fuzz/fuzz_common.h"
#include "runtime/alloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_vm_start();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    src[size] = '\0';
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, size, "<fuzz>", &err);
    free(src);
    if (!code) {
        rt_err_clear();
        return 0;
    }
    unsigned char *buf;
    size_t len;
    if (vm_marshal_dumps(code, &buf, &len) < 0) {
        fprintf(stderr, "fuzz_compile: compiled code does not marshal\n");
        abort();
    }
    rt_object *back = vm_marshal_loads(buf, len);
    if (!back) {
        rt_object *e = rt_err_fetch();
        rt_object *s = e ? rt_str(e) : NULL;
        fprintf(stderr, "fuzz_compile: verifier rejects compiler output: %s\n", s ? rt_str_data(s) : "?");
        abort();
    }
    /* the round trip is exact: writing the loaded code gives the same bytes */
    unsigned char *buf2;
    size_t len2;
    if (vm_marshal_dumps(back, &buf2, &len2) < 0 || len2 != len || memcmp(buf, buf2, len) != 0) {
        fprintf(stderr, "fuzz_compile: marshal round trip differs\n");
        abort();
    }
    FILE *null = vm.out;
    vm_dis(back, null, false);
    rt_raw_free(buf);
    rt_raw_free(buf2);
    rt_decref(back);
    rt_decref(code);
    return 0;
}

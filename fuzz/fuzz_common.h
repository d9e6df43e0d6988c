/*
 * fuzz_common.h -- shared set-up of the libFuzzer harnesses (not a test):
 * the runtime under the `rc` collector and the VM, once per process, with
 * print going to /dev/null and imports pointed at a directory that does
 * not exist (a fuzzed program must not read the fuzzer's files).
 */
#ifndef GCLAB_FUZZ_COMMON_H
#define GCLAB_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/dict.h"
#include "collectors/collector.h"
#include "vm/eval.h"
#include "modules/modules.h"
#include "vm/module.h"
#include "compiler/compile.h"
#include "compiler/marshal.h"

static void fuzz_vm_start(void)
{
    char err[256];
    gc_config cfg;
    memset(&cfg, 0, sizeof cfg);
    if (gc_select(gc_find("rc"), &cfg, err, sizeof err) < 0 || rt_init() < 0 || vm_init(mod_inittab) < 0) {
        fprintf(stderr, "fuzz: could not start the VM: %s\n", err);
        abort();
    }
    vm.out = fopen("/dev/null", "w");
    vm.main_dir = rt_str_from_cstr("/nonexistent-gclab-fuzz");
}

/* Run a verified module code object in a fresh namespace, then break the
 * namespace's cycles (functions -> globals) so iterations do not pile up. */
static void fuzz_run_code(rt_object *code)
{
    rt_object *m = vm_module_new("__fuzz__", NULL);
    if (!m) {
        rt_err_clear();
        return;
    }
    rt_object *d = ((vm_module *)m)->dict;
    rt_object *r = vm_eval_code(code, d, d);
    if (r)
        rt_decref(r);
    rt_err_clear();
    rt_dict_clear(d);
    rt_decref(m);
}

#endif

/*
 * vm_util.h -- helpers for the VM's unit tests (not a test itself): bring
 * the runtime and the VM up, run a source string as __main__ and capture
 * what print wrote and what went to stderr.
 */
#ifndef GCLAB_TESTS_VM_UTIL_H
#define GCLAB_TESTS_VM_UTIL_H

#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/alloc.h"
#include "collectors/collector.h"
#include "vm/eval.h"
#include "modules/modules.h"
#include "vm/module.h"
#include "compiler/compile.h"

/* The runtime and the VM under collector (cfg NULL: its defaults). */
static inline void vm_setup_with(const char *collector, const gc_config *cfg)
{
    char err[256];
    gc_config defaults;
    memset(&defaults, 0, sizeof defaults);
    cr_assert_eq(gc_select(gc_find(collector), cfg ? cfg : &defaults, err, sizeof err), 0, "%s", err);
    cr_assert_eq(rt_init(), 0);
    cr_assert_eq(vm_init(mod_inittab), 0);
}

static inline void vm_setup(void) { vm_setup_with("rc", NULL); }

typedef struct run_result {
    int status;
    char *out;      /* what print wrote */
    char *err;      /* stderr (tracebacks, syntax errors) */
} run_result;

/* Run body(arg), whose int result becomes the status, with what print
 * writes and what goes to stderr captured; both are copied into static
 * buffers (valid until the next capture) so that the tests leak nothing
 * under LeakSanitizer. */
static inline run_result vm_capture(int (*body)(void *), void *arg)
{
    run_result r;
    char errpath[] = "/tmp/gclab-vmtest-err-XXXXXX";
    int efd = mkstemp(errpath);
    cr_assert_geq(efd, 0);
    size_t outlen;
    FILE *out = open_memstream(&r.out, &outlen);
    vm.out = out;
    fflush(stderr);
    int saved = dup(2);
    dup2(efd, 2);
    r.status = body(arg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    close(efd);
    vm.out = stdout;
    fclose(out);
    static char outbuf[65536], errbuf[65536];
    snprintf(outbuf, sizeof outbuf, "%s", r.out);
    free(r.out);
    r.out = outbuf;
    size_t n;
    char *e = vm_read_file(errpath, &n);
    snprintf(errbuf, sizeof errbuf, "%s", e ? e : "");
    if (e)
        rt_raw_free(e);
    r.err = errbuf;
    unlink(errpath);
    return r;
}

static inline int run_path_body(void *path) { return vm_run_file((const char *)path); }

/* Run src as __main__ from a file named test.py (written to a temporary
 * directory so that tracebacks can show source lines), with an optional
 * sibling module mod.py holding modsrc. */
static inline run_result run_src_mod(const char *src, const char *modsrc)
{
    char dir[] = "/tmp/gclab-vmtest-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[128], modpath[128];
    snprintf(modpath, sizeof modpath, "%s/mod.py", dir);
    if (modsrc) {
        FILE *m = fopen(modpath, "w");
        fputs(modsrc, m);
        fclose(m);
    }
    snprintf(path, sizeof path, "%s/test.py", dir);
    FILE *f = fopen(path, "w");
    fputs(src, f);
    fclose(f);
    run_result r = vm_capture(run_path_body, path);
    unlink(path);
    if (modsrc)
        unlink(modpath);
    rmdir(dir);
    return r;
}

static inline run_result run_src(const char *src) { return run_src_mod(src, NULL); }

/* Run and expect exit status 0 and exactly the given output. */
#define expect_output(src, expected) do { \
        run_result r_ = run_src(src); \
        cr_expect_eq(r_.status, 0, "status %d, stderr:\n%s", r_.status, r_.err); \
        cr_expect_str_eq(r_.out, expected); \
    } while (0)

/* The last non-empty line of s (in a static buffer). */
static inline const char *last_line(const char *s)
{
    static char buf[512];
    const char *end = s + strlen(s);
    while (end > s && (end[-1] == '\n' || end[-1] == ' '))
        end--;
    const char *start = end;
    while (start > s && start[-1] != '\n')
        start--;
    snprintf(buf, sizeof buf, "%.*s", (int)(end - start), start);
    return buf;
}

#endif

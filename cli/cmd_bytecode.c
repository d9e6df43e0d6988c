/*
 * cmd_bytecode.c -- `gclab compile FILE.py [-o OUT.pyc]` (write a bytecode
 * file) and `gclab dis FILE` (disassemble a .py or .pyc file in the style
 * of `python3 -m dis`).  Exit status: 0, 1 for a syntax error or an
 * unloadable/unwritable file, 2 for usage errors.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "cli/commands.h"
#include "cli/options.h"
#include "vm/eval.h"
#include "modules/modules.h"
#include "compiler/compile.h"
#include "compiler/marshal.h"
#include "vm/module.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "lab/fileio.h"

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int start_vm(const char *cmd)
{
    vm_options o;
    vm_options_default(&o);
    if (vm_runtime_start(&o) < 0 || vm_init(mod_inittab) < 0) {
        fprintf(stderr, "gclab %s: could not initialise the VM\n", cmd);
        return -1;
    }
    return 0;
}

static void stop_vm(void)
{
    vm_fini();
    fflush(stdout);
    fflush(stderr);
    vm_runtime_stop(NULL, NULL);
}

/* Print the current exception as "gclab CMD: Type: message". */
static void report(const char *cmd)
{
    rt_object *e = rt_err_fetch();
    rt_object *s = e ? rt_str(e) : NULL;
    fprintf(stderr, "gclab %s: %s: %s\n", cmd, e ? rt_type_name(e) : "error", s ? rt_str_data(s) : "");
    RT_XDECREF(s);
    RT_XDECREF(e);
    rt_err_clear();
}

/* Compile a source file: the code, or NULL after printing the error. */
static rt_object *compile_file(const char *path, const char *cmd)
{
    size_t len;
    char *src = vm_read_file(path, &len);
    if (!src) {
        char prog[32];
        snprintf(prog, sizeof prog, "gclab %s", cmd);
        vm_print_open_error(prog, path, errno);
        return NULL;
    }
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, len, path, &err);
    rt_raw_free(src);
    if (!code) {
        if (err.kind != VM_SYNERR_NONE) {
            if (!err.filename)
                err.filename = path;
            vm_print_syntax_error(&err, stderr);
        } else {
            report(cmd);
        }
    }
    return code;
}

static void compile_help(FILE *out)
{
    fprintf(out, "usage: gclab compile [-o OUT.pyc] FILE.py\n\n"
                 "Compile a program to a bytecode file (default: FILE.pyc beside FILE.py),\n"
                 "which `gclab run OUT.pyc` runs and `import` finds when FILE.py is absent.\n");
}

int vm_cmd_compile(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "help", no_argument, NULL, 'h' },
        { "output", required_argument, NULL, 'o' },
        { NULL, 0, NULL, 0 },
    };
    const char *outpath = NULL;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
        if (c == 'h') {
            compile_help(stdout);
            return 0;
        }
        if (c == 'o') {
            outpath = optarg;
            continue;
        }
        fprintf(stderr, "gclab compile: unknown option or missing value '%s'\n", argv[optind - 1]);
        compile_help(stderr);
        return 2;
    }
    if (optind != argc - 1) {
        fprintf(stderr, "gclab compile: expected one FILE.py\n");
        compile_help(stderr);
        return 2;
    }
    const char *path = argv[optind];
    char defout[4096];
    if (!outpath) {
        size_t n = strlen(path);
        if (ends_with(path, ".py"))
            n -= 3;
        snprintf(defout, sizeof defout, "%.*s.pyc", (int)n, path);
        outpath = defout;
    }
    char err[512];
    const char *inputs[] = { path, NULL };
    if (lab_output_check(outpath, inputs, err, sizeof err) < 0) {
        fprintf(stderr, "gclab compile: -o: %s\n", err);
        return 2;
    }
    if (start_vm("compile") < 0)
        return 2;
    int status = 1;
    rt_object *code = compile_file(path, "compile");
    if (code) {
        struct stat st;
        uint64_t size = 0;
        int64_t mtime = 0;
        if (stat(path, &st) == 0) {
            size = (uint64_t)st.st_size;
            mtime = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
        }
        unsigned char *image;
        size_t len;
        if (vm_pyc_dumps(code, size, mtime, &image, &len) < 0) {
            report("compile");
        } else {
            if (lab_write_atomic_bytes(outpath, image, len, err, sizeof err) == 0)
                status = 0;
            else
                fprintf(stderr, "gclab compile: %s\n", err);
            rt_raw_free(image);
        }
        rt_decref(code);
    }
    stop_vm();
    return status;
}

static void dis_help(FILE *out)
{
    fprintf(out, "usage: gclab dis [--quickened] FILE.py|FILE.pyc\n\n"
                 "Print the bytecode of a program (the module, then each nested code object)\n"
                 "in the layout of `python3 -m dis`; offsets are instruction indexes.\n"
                 "--quickened: run the program first (its output discarded) and show the\n"
                 "  specialised forms the eval loop wrote over the generic instructions.\n");
}

int vm_cmd_dis(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "help", no_argument, NULL, 'h' },
        { "quickened", no_argument, NULL, 'q' },
        { NULL, 0, NULL, 0 },
    };
    int c;
    bool quickened = false;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
        if (c == 'h') {
            dis_help(stdout);
            return 0;
        }
        if (c == 'q') {
            quickened = true;
            continue;
        }
        fprintf(stderr, "gclab dis: unknown option '%s'\n", argv[optind - 1]);
        dis_help(stderr);
        return 2;
    }
    if (optind != argc - 1) {
        fprintf(stderr, "gclab dis: expected one FILE\n");
        dis_help(stderr);
        return 2;
    }
    const char *path = argv[optind];
    if (start_vm("dis") < 0)
        return 2;
    rt_object *code;
    if (ends_with(path, ".pyc")) {
        code = vm_pyc_read(path);
        if (!code)
            report("dis");
    } else {
        code = compile_file(path, "dis");
    }
    int status = 1;
    if (code && quickened) {
        /* the program's own output (print) is not the disassembly's */
        FILE *null = fopen("/dev/null", "w");
        FILE *out = vm.out;
        if (null)
            vm.out = null;
        vm_run_code(code, path);
        vm.out = out;
        if (null)
            fclose(null);
    }
    if (code) {
        vm_dis(code, stdout, quickened);
        rt_decref(code);
        status = 0;
        if (fflush(stdout) != 0 || ferror(stdout)) {
            fprintf(stderr, "gclab dis: cannot write the output: %s\n", strerror(errno ? errno : EIO));
            clearerr(stdout);
            status = 1;
        }
    }
    stop_vm();
    return status;
}

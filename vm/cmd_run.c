/*
 * cmd_run.c -- `gclab run [runtime options] FILE.py [ARGS...]`: run a
 * program as __main__ with sys.argv = [FILE, ARGS...].  Exit status as
 * CPython: 0, 1 after an uncaught exception (traceback on stderr) or a
 * syntax error, the code given to sys.exit, 2 for usage errors or an
 * unreadable file.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "commands.h"
#include "options.h"
#include "eval.h"
#include "module.h"

static void help(FILE *out)
{
    fprintf(out, "usage: gclab run [OPTIONS] FILE.py [ARGS...]\n\n"
                 "Run a program of the gclab Python subset as __main__.\n\n%s",
            vm_runtime_options_help);
}

int vm_cmd_run(int argc, char **argv)
{
    struct option longopts[VM_RUNTIME_LONGOPTS_COUNT + 2];
    memcpy(longopts, vm_runtime_longopts, sizeof(struct option) * VM_RUNTIME_LONGOPTS_COUNT);
    longopts[VM_RUNTIME_LONGOPTS_COUNT] = (struct option){ "help", no_argument, NULL, 'h' };
    longopts[VM_RUNTIME_LONGOPTS_COUNT + 1] = (struct option){ NULL, 0, NULL, 0 };
    vm_options o;
    vm_options_default(&o);
    int c;
    opterr = 0;
    /* '+': options end at the program name; what follows is its argv */
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
        if (c == 'h') {
            help(stdout);
            return 0;
        }
        int r = c == '?' ? 0 : vm_options_parse(&o, c, optarg, "gclab run");
        if (r < 0)
            return 2;
        if (r == 0) {
            fprintf(stderr, "gclab run: unknown option '%s'\n", argv[optind - 1]);
            help(stderr);
            return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "gclab run: missing FILE.py\n");
        help(stderr);
        return 2;
    }
    if (vm_options_check(&o, "gclab run") < 0)
        return 2;
    if (vm_runtime_start(&o) < 0)
        return 2;
    if (vm_init() < 0 || vm_set_argv(argc - optind, argv + optind) < 0) {
        fprintf(stderr, "gclab run: could not initialise the VM\n");
        return 2;
    }
    int status = vm_run_file(argv[optind]);
    vm_fini();
    fflush(stdout);
    fflush(stderr);
    vm_runtime_stop(NULL, NULL);
    return status;
}

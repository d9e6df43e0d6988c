/*
 * main.c -- the gclab command line: `gclab COMMAND [OPTIONS] [ARGS]`.
 *
 * Each command is one entry of the table below with its own getopt_long
 * parsing and its own --help.  Usage errors (unknown command or flag, bad
 * value) print what is wrong and what is allowed, and exit with status 2.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/commands.h"

/* Under AddressSanitizer a request the allocator cannot satisfy returns
 * NULL, as malloc does, so that it is the program's MemoryError rather than
 * a sanitizer abort (tests/hostile/ runs under ASan too). */
#if defined(__SANITIZE_ADDRESS__)
#define GCLAB_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GCLAB_ASAN 1
#endif
#endif
#ifdef GCLAB_ASAN
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif

static const vm_command commands[] = {
    { "run", "run a program: gclab run [OPTIONS] FILE.py [ARGS...]", vm_cmd_run },
    { "compile", "write a bytecode file: gclab compile FILE.py [-o OUT.pyc]", vm_cmd_compile },
    { "dis", "disassemble a .py or .pyc file (python3 -m dis layout)", vm_cmd_dis },
    { "info", "list collectors and allocator backends with their settings", vm_cmd_info },
    { "demo", "run a built-in C workload under one collector and print its statistics", vm_cmd_demo },
    { "experiment", "run workloads x collector configurations x repeats from a spec", vm_cmd_experiment },
    { "report", "regenerate summary, charts and report pages from result folders", vm_cmd_report },
    { "compare", "configurations against a baseline: ratios, intervals, significance", vm_cmd_compare },
    { "minheap", "the smallest fixed heap in which a program completes (marksweep, boehm)", vm_cmd_minheap },
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out)
{
    fprintf(out,
            "usage: gclab [--help] [--version] COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "gclab is a garbage-collection research testbed.  Commands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(out, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n`gclab COMMAND --help` describes a command's options.\n");
}

/* What a command printed must have reached stdout: a full disk or a closed
 * pipe is an error (status 1 if the command had succeeded), never a
 * silently short output. */
static int flush_stdout(int status)
{
    /* A write that failed earlier (an output over the buffer's size) set
     * errno then and the stream's error flag; fflush has nothing left to
     * fail on, so that errno is the reason. */
    int earlier = errno;
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        int e = errno ? errno : earlier ? earlier : EIO;
        fprintf(stderr, "gclab: cannot write the output: %s\n", strerror(e));
        return status ? status : 1;
    }
    return status;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    /* '+': stop at the first non-option, which is the command. */
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+hV", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            usage(stdout);
            return flush_stdout(0);
        case 'V':
            printf("gclab %s\n", VM_VERSION);
            return flush_stdout(0);
        default:
            fprintf(stderr, "gclab: unknown option '%s'\n", argv[optind - 1]);
            usage(stderr);
            return 2;
        }
    }
    if (optind >= argc) {
        usage(stderr);
        return 2;
    }
    const char *name = argv[optind];
    for (size_t i = 0; i < NCOMMANDS; i++) {
        if (strcmp(commands[i].name, name) == 0) {
            int first = optind;
            optind = 0;   /* glibc: 0 re-initialises getopt for the command's own parse */
            int status = commands[i].run(argc - first, argv + first);
            return flush_stdout(status);
        }
    }
    fprintf(stderr, "gclab: unknown command '%s' (one of:", name);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(stderr, " %s", commands[i].name);
    fprintf(stderr, ")\n");
    return 2;
}

/* main.c -- the gclab command line: dispatch to a subcommand. */
#include <stdio.h>
#include <string.h>
#include "commands.h"

static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    { "experiment", vm_cmd_experiment, "run workloads x collector configurations x repeats from a spec" },
    { "report", vm_cmd_report, "regenerate summary, charts and report pages from result folders" },
};

static void usage(FILE *f)
{
    fputs("usage: gclab COMMAND [ARGS...]\n", f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "gclab: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}

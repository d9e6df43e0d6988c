/*
 * cmd_experiment.c -- `gclab experiment SPEC [flags]`: flag parsing only;
 * the work is lab_experiment (lab/experiment.c).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/commands.h"
#include "lab/experiment.h"

static const char usage[] =
    "usage: gclab experiment SPEC [options]\n"
    "       gclab experiment --resume DIR [options]\n"
    "  -j, --jobs N          runs at a time (default: the spec's 'jobs', else the number of cores)\n"
    "      --gclab PATH      the gclab binary the runs use (default: this one)\n"
    "  -o, --output DIR      results root (default: results); results go to DIR/NAME/TIMESTAMP\n"
    "      --print-commands  print one shell command per run (for GNU parallel) instead of running\n"
    "      --no-report       skip the charts and report pages\n"
    "      --progress MODE   auto, bar, lines or none (default: auto: a bar on a terminal)\n"
    "      --resume DIR      finish a killed or interrupted experiment: run again every run of\n"
    "                        the result folder DIR that did not end \"ok\", then the report\n"
    "  -h, --help            this help\n";

int vm_cmd_experiment(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "jobs", required_argument, NULL, 'j' },
        { "gclab", required_argument, NULL, 'g' },
        { "output", required_argument, NULL, 'o' },
        { "print-commands", no_argument, NULL, 'p' },
        { "no-report", no_argument, NULL, 'n' },
        { "progress", required_argument, NULL, 'P' },
        { "resume", required_argument, NULL, 'R' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    lab_experiment_opts o;
    memset(&o, 0, sizeof o);
    o.progress = LAB_PROGRESS_AUTO;
    opterr = 0;
    optind = 0;   /* glibc: re-initialise, so that options may follow the positionals */
    int c;
    while ((c = getopt_long(argc, argv, ":j:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || end == optarg || v < 1 || v > 1024) {
                fprintf(stderr, "gclab experiment: --jobs '%s': a whole number from 1 to 1024 expected\n", optarg);
                return 2;
            }
            o.jobs = (int)v;
            break;
        }
        case 'g': o.gclab = optarg; break;
        case 'o': o.out_root = optarg; break;
        case 'p': o.print_commands = true; break;
        case 'n': o.no_report = true; break;
        case 'R': o.resume_dir = optarg; break;
        case 'P':
            if (!strcmp(optarg, "auto")) o.progress = LAB_PROGRESS_AUTO;
            else if (!strcmp(optarg, "bar")) o.progress = LAB_PROGRESS_BAR;
            else if (!strcmp(optarg, "lines")) o.progress = LAB_PROGRESS_LINES;
            else if (!strcmp(optarg, "none")) o.progress = LAB_PROGRESS_NONE;
            else {
                fprintf(stderr, "gclab experiment: --progress '%s': one of auto, bar, lines, none expected\n", optarg);
                return 2;
            }
            break;
        case 'h': fputs(usage, stdout); return 0;
        case ':':
            fprintf(stderr, "gclab experiment: %s needs a value\n%s", argv[optind - 1], usage);
            return 2;
        default:
            fprintf(stderr, "gclab experiment: unknown option '%s'\n%s", argv[optind - 1], usage);
            return 2;
        }
    }
    if (o.resume_dir && (optind != argc || o.print_commands || o.out_root)) {
        fprintf(stderr, "gclab experiment: --resume DIR takes no SPEC, -o or --print-commands\n%s", usage);
        return 2;
    }
    if (!o.resume_dir && optind != argc - 1) {
        fprintf(stderr, "gclab experiment: %s\n%s", optind >= argc ? "no SPEC file given" : "exactly one SPEC file expected", usage);
        return 2;
    }
    o.spec_path = o.resume_dir ? NULL : argv[optind];
    /* The command as typed, for provenance.json. */
    size_t n = 16;
    for (int i = 0; i < argc; i++)
        n += strlen(argv[i]) + 1;
    char *cmd = malloc(n);
    if (cmd) {
        strcpy(cmd, "gclab");
        for (int i = 0; i < argc; i++) {
            strcat(cmd, " ");
            strcat(cmd, argv[i]);
        }
    }
    o.command_line = cmd;
    int rc = lab_experiment(&o);
    free(cmd);
    return rc;
}

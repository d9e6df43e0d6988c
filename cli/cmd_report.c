/*
 * cmd_report.c -- `gclab report DIR... [flags]`: flag parsing only; the
 * work is lab_report (lab/report.c).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "cli/commands.h"
#include "lab/experiment.h"

static const char usage[] =
    "usage: gclab report DIR... [options]\n"
    "  Regenerates summary.csv, charts/ and report.md / report.html from the raw\n"
    "  data of result folders (results/NAME/TIMESTAMP), merging several.\n"
    "  -o, --output DIR   where to write (default: DIR when there is one; required for several)\n"
    "      --no-charts    summary and pages only (no gnuplot)\n"
    "  -b, --baseline CONFIG  the headline table's ratios are to CONFIG (default: the spec's first)\n"
    "      --ci           the headline table shows 95% intervals\n"
    "      --allow-mixed  pool runs of one workload and configuration made with different\n"
    "                     commands, programs or gclab builds (refused by default)\n"
    "  -h, --help         this help\n";

int vm_cmd_report(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "output", required_argument, NULL, 'o' },
        { "no-charts", no_argument, NULL, 'n' },
        { "baseline", required_argument, NULL, 'b' },
        { "ci", no_argument, NULL, 'c' },
        { "allow-mixed", no_argument, NULL, 'x' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    lab_report_opts o;
    memset(&o, 0, sizeof o);
    opterr = 0;
    optind = 0;   /* glibc: re-initialise, so that options may follow the positionals */
    int c;
    while ((c = getopt_long(argc, argv, ":o:b:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': o.out_dir = optarg; break;
        case 'n': o.no_charts = true; break;
        case 'b': o.baseline = optarg; break;
        case 'c': o.with_ci = true; break;
        case 'x': o.allow_mixed = true; break;
        case 'h': fputs(usage, stdout); return 0;
        case ':':
            fprintf(stderr, "gclab report: %s needs a value\n%s", argv[optind - 1], usage);
            return 2;
        default:
            fprintf(stderr, "gclab report: unknown option '%s'\n%s", argv[optind - 1], usage);
            return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "gclab report: no result folder given\n%s", usage);
        return 2;
    }
    o.dirs = (const char *const *)&argv[optind];
    o.ndirs = (size_t)(argc - optind);
    return lab_report(&o);
}

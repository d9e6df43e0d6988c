/*
 * cmd_compare.c -- `gclab compare DIR... --baseline CONFIG [flags]`: flag
 * parsing only; the work is lab_compare (lab/compare.c).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/commands.h"
#include "lab/compare.h"

static const char usage[] =
    "usage: gclab compare DIR... --baseline CONFIG [options]\n"
    "  Every configuration of the result folders against CONFIG, per workload and\n"
    "  figure: the ratio of medians (configuration / baseline), a 95% bootstrap\n"
    "  interval, the Mann-Whitney U p-value and faster/slower/not significant;\n"
    "  the geometric mean of the ratios across workloads.\n"
    "  -b, --baseline CONFIG   the configuration the others are compared with (required)\n"
    "  -m, --metric LIST       figures, comma-separated (default: wall_s,cpu_s,gc_s,\n"
    "                          pause_p99_ms,pause_max_ms,peak_rss_bytes)\n"
    "      --alpha A           significance level (default 0.05)\n"
    "      --ci                show the interval and p beside each ratio\n"
    "      --csv               one CSV row per comparison (full precision)\n"
    "      --allow-mixed       pool runs of one workload and configuration made with different\n"
    "                          commands, programs or gclab builds (refused by default)\n"
    "  -h, --help              this help\n";

#define MAX_METRICS 32

int vm_cmd_compare(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "baseline", required_argument, NULL, 'b' },
        { "metric", required_argument, NULL, 'm' },
        { "alpha", required_argument, NULL, 'a' },
        { "ci", no_argument, NULL, 'c' },
        { "csv", no_argument, NULL, 'v' },
        { "allow-mixed", no_argument, NULL, 'x' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    lab_compare_opts o;
    memset(&o, 0, sizeof o);
    const char *metrics[MAX_METRICS + 1];
    char *metric_buf = NULL;
    opterr = 0;
    int c, status = 2;
    while ((c = getopt_long(argc, argv, ":b:m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'b': o.baseline = optarg; break;
        case 'm': {
            free(metric_buf);
            metric_buf = strdup(optarg);
            size_t n = 0;
            for (char *s = strtok(metric_buf, ","); s; s = strtok(NULL, ",")) {
                if (n == MAX_METRICS) {
                    fprintf(stderr, "gclab compare: at most %d figures\n", MAX_METRICS);
                    goto out;
                }
                metrics[n++] = s;
            }
            if (n == 0) {
                fprintf(stderr, "gclab compare: --metric needs at least one figure\n%s", usage);
                goto out;
            }
            metrics[n] = NULL;
            o.metrics = metrics;
            break;
        }
        case 'a': {
            char *end;
            o.alpha = strtod(optarg, &end);
            if (*end || !(o.alpha > 0 && o.alpha < 1)) {
                fprintf(stderr, "gclab compare: --alpha must be a number between 0 and 1, not '%s'\n", optarg);
                goto out;
            }
            break;
        }
        case 'c': o.with_ci = true; break;
        case 'v': o.csv = true; break;
        case 'x': o.allow_mixed = true; break;
        case 'h': fputs(usage, stdout); status = 0; goto out;
        case ':':
            fprintf(stderr, "gclab compare: %s needs a value\n%s", argv[optind - 1], usage);
            goto out;
        default:
            fprintf(stderr, "gclab compare: unknown option '%s'\n%s", argv[optind - 1], usage);
            goto out;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "gclab compare: no result folder given\n%s", usage);
        goto out;
    }
    if (!o.baseline) {
        fprintf(stderr, "gclab compare: --baseline CONFIG is required\n%s", usage);
        goto out;
    }
    o.dirs = (const char *const *)&argv[optind];
    o.ndirs = (size_t)(argc - optind);
    status = lab_compare(&o, stdout, stderr);
out:
    free(metric_buf);
    return status;
}

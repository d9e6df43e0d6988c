/*
 * cmd_minheap.c -- `gclab minheap [--gc marksweep|boehm] PROG ARGS`: flag
 * parsing and the printed answer; the search is lab_minheap
 * (lab/minheap.c).  The attempts' files go to a temporary folder that is
 * removed at the end.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/commands.h"
#include "lab/fileio.h"
#include "lab/minheap.h"

static const char usage[] =
    "usage: gclab minheap [options] FILE.py [ARGS...]\n"
    "  The smallest fixed heap (--heap-policy fixed:SIZE) in which the program\n"
    "  completes: one run under the collector's own policy gives the most live\n"
    "  bytes a collection left, then fixed-heap runs bracket and bisect the answer\n"
    "  to max(64 KiB, 1%). A run that exits non-zero (MemoryError), dies or times\n"
    "  out has failed.\n"
    "  -g, --gc NAME        marksweep (default) or boehm\n"
    "      --gc-opt K=V     a collector option for every run (repeatable)\n"
    "      --alloc NAME     the allocator backend for every run\n"
    "  -t, --timeout S      per run (default: max(10 s, 10 x the first run))\n"
    "  -o, --output FILE    also write the result as JSON (atomically)\n"
    "  -q, --quiet          no line per run on stderr\n"
    "  -h, --help           this help\n";

#define MAX_FLAGS 64

static void remove_workdir(const char *dir)
{
    static const char *const files[] = { "stats.json", "trace.csv", "stdout", "stderr", NULL };
    for (int i = 0; files[i]; i++) {
        char *p = lab_strdup_printf("%s/%s", dir, files[i]);
        if (p)
            unlink(p);
        free(p);
    }
    rmdir(dir);
}

int vm_cmd_minheap(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "gc", required_argument, NULL, 'g' },
        { "gc-opt", required_argument, NULL, 'O' },
        { "alloc", required_argument, NULL, 'a' },
        { "timeout", required_argument, NULL, 't' },
        { "output", required_argument, NULL, 'o' },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    lab_minheap_opts o;
    memset(&o, 0, sizeof o);
    o.collector = "marksweep";
    o.log = stderr;
    char *flags[MAX_FLAGS + 1];
    size_t nflags = 0;
    const char *out = NULL;
    opterr = 0;
    int c;
    /* "+": options end at the program, whose own arguments follow it */
    while ((c = getopt_long(argc, argv, "+:g:t:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'g': o.collector = optarg; break;
        case 'O':
        case 'a':
            if (nflags + 2 > MAX_FLAGS) {
                fprintf(stderr, "gclab minheap: too many options\n");
                return 2;
            }
            flags[nflags++] = c == 'O' ? "--gc-opt" : "--alloc";
            flags[nflags++] = optarg;
            break;
        case 't': {
            char *end;
            o.timeout_s = strtod(optarg, &end);
            if (end == optarg || *end || !(o.timeout_s > 0)) {
                fprintf(stderr, "gclab minheap: --timeout needs seconds > 0\n");
                return 2;
            }
            break;
        }
        case 'o': out = optarg; break;
        case 'q': o.log = NULL; break;
        case 'h': fputs(usage, stdout); return 0;
        case ':':
            fprintf(stderr, "gclab minheap: %s needs a value\n%s", argv[optind - 1], usage);
            return 2;
        default:
            fprintf(stderr, "gclab minheap: unknown option '%s'\n%s", argv[optind - 1], usage);
            return 2;
        }
    }
    flags[nflags] = NULL;
    if (strcmp(o.collector, "marksweep") != 0 && strcmp(o.collector, "boehm") != 0) {
        fprintf(stderr, "gclab minheap: --gc %s: a fixed heap needs marksweep or boehm\n", o.collector);
        return 2;
    }
    if (optind >= argc) {
        fprintf(stderr, "gclab minheap: no program given\n%s", usage);
        return 2;
    }
    char e[512];
    const char *inputs[] = { argv[optind], NULL };
    if (out && lab_output_check(out, inputs, e, sizeof e) < 0) {
        fprintf(stderr, "gclab minheap: %s\n", e);
        return 2;
    }
    char dir[] = "/tmp/gclab-minheap-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("gclab minheap: mkdtemp");
        return 3;
    }
    o.workdir = dir;
    o.flags = flags;
    o.program = &argv[optind];
    lab_minheap_result r;
    int rc = 0;
    if (lab_minheap(&o, &r, e, sizeof e) < 0) {
        fprintf(stderr, "gclab minheap: %s\n", e);
        rc = 1;
    } else {
        printf("minimum heap under %s: %llu bytes (%.2f MiB); %llu bytes fail%s; resolution %llu bytes "
               "(max(64 KiB, 1%%)); %d fixed-heap runs from %llu live bytes after a collection\n",
               o.collector, (unsigned long long)r.min_heap, (double)r.min_heap / 1048576.0,
               (unsigned long long)r.fails_at, r.fails_at ? "" : " (none tried)",
               (unsigned long long)r.resolution, r.attempts, (unsigned long long)r.live_max);
        if (out && lab_minheap_write(out, &o, &r, e, sizeof e) < 0) {
            fprintf(stderr, "gclab minheap: %s\n", e);
            rc = 3;
        }
    }
    remove_workdir(dir);
    return rc;
}

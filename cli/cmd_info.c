/*
 * cmd_info.c -- `gclab info`: what this build offers (collectors, allocator
 * backends) and the settings each accepts, with their defaults.
 */
#include <getopt.h>
#include <stdio.h>
#include "cli/commands.h"
#include "cli/options.h"

static void help(FILE *out)
{
    fprintf(out, "usage: gclab info [--help]\n\n"
                 "List the collectors and allocator backends of this build with their settings.\n");
}

int vm_cmd_info(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
        if (c == 'h') {
            help(stdout);
            return 0;
        }
        fprintf(stderr, "gclab info: unknown option '%s'\n", argv[optind - 1]);
        help(stderr);
        return 2;
    }
    if (optind < argc) {
        fprintf(stderr, "gclab info: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    printf("gclab %s\n\nCollectors (--gc NAME):\n", VM_VERSION);
    for (const gc_collector *const *p = gc_all(); *p; p++)
        printf("  %-10s %s%s\n", (*p)->name, (*p)->summary,
               (*p)->has_generations ? " [thresholds: --threshold T0,T1,T2, default 700,10,10]" : "");
    printf("\nAllocator backends (--alloc NAME):\n");
    printf("  %-10s arenas -> pools -> blocks in %d-byte size classes up to %d bytes;\n"
           "  %-10s --arena-size (default %zuK), --pool-size (default %zuK)\n",
           rt_backend_name(RT_BACKEND_PYMALLOC), RT_ALIGNMENT, RT_SMALL_REQUEST_MAX, "",
           RT_ARENA_SIZE_DEFAULT >> 10, RT_POOL_SIZE_DEFAULT >> 10);
    printf("  %-10s the C library's malloc for every request\n", rt_backend_name(RT_BACKEND_MALLOC));
    if (gc_find("boehm"))
        printf("  %-10s libgc's GC_MALLOC (only with, and implied by, --gc boehm)\n",
               rt_backend_name(RT_BACKEND_BOEHM));
    printf("\n%s", vm_runtime_options_help);
    return 0;
}

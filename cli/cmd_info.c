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
    static const char *const cap_names[] = { "refcounting", "collects", "cycles", "generations", "freeze",
                                              "garbage", "conservative" };
    for (const gc_collector *const *p = gc_all(); *p; p++) {
        const gc_collector *c = *p;
        printf("  %-10s %s%s\n", c->name, c->summary,
               gc_has(c, GC_CAP_GENERATIONS) ? " [thresholds: --threshold T0,T1,T2, default 700,10,10]" : "");
        printf("  %-10s supports:", "");
        for (unsigned i = 0; i < sizeof cap_names / sizeof cap_names[0]; i++)
            if (c->caps & (1u << i))
                printf(" %s", cap_names[i]);
        printf("\n");
        for (const gc_option *o = c->options; o && o->key; o++)
            printf("  %-10s --gc-opt %s=...: %s\n", "", o->key, o->values);
    }
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

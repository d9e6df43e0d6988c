/*
 * cmd_run.c -- `gclab run [runtime options] FILE.py [ARGS...]`: run a
 * program as __main__ with sys.argv = [FILE, ARGS...].  Exit status as
 * CPython: 0, 1 after an uncaught exception (traceback on stderr) or a
 * syntax error, the code given to sys.exit, 2 for usage errors or an
 * unreadable file.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio_ext.h>
#include <stdio.h>
#include <string.h>
#include "cli/commands.h"
#include "cli/options.h"
#include "vm/eval.h"
#include "modules/modules.h"
#include "vm/module.h"
#include "runtime/telemetry.h"
#include "runtime/census.h"
#include "runtime/gchead.h"
#include "collectors/collector.h"
#include "lab/telemetry_out.h"
#include "lab/fileio.h"
#include <stdlib.h>

static void help(FILE *out)
{
    fprintf(out, "usage: gclab run [OPTIONS] FILE.py [ARGS...]\n\n"
                 "Run a program of the gclab Python subset as __main__.\n\n%s"
                 "\nMeasurement options:\n"
                 "  --stats FILE.json     write the run's summary at exit (docs/telemetry.md)\n"
                 "  --trace FILE.csv      write every collection, cascade and memory sample at exit\n"
                 "  --trace-format FMT    csv (default) or chrome: Trace Event JSON, opens in Perfetto\n"
                 "  --sample-bytes SIZE   memory sample every SIZE object bytes allocated (default 1M; 0: only at collections)\n"
                 "  --cascade-min N       record a refcount cascade freeing more than N objects as a pause (default %d, at least 16)\n"
                 "  --warmup SPEC         leave a warm-up out of the figures: SECONDS, or mark:NAME (from the\n"
                 "                        program's first gclab.mark(\"NAME\")); the teardown after the program\n"
                 "                        ends is always reported apart (teardown_*)\n"
                 "  --heap-census[=N]     live objects and bytes by type at each full collection and at the\n"
                 "                        end (TRACE-census.csv), and the age at death of 1 allocation in N\n"
                 "                        (default %d; TRACE-lifetimes.csv); needs --trace FILE.csv; not boehm\n",
            vm_runtime_options_help, RT_TEL_CASCADE_MIN_DEFAULT, RT_CENSUS_SAMPLE_DEFAULT);
}

enum { OPT_HELP = 'h', OPT_STATS = 2000, OPT_TRACE, OPT_SAMPLE, OPT_CASCADE, OPT_WARMUP, OPT_TRACE_FORMAT, OPT_CENSUS };

/* Telemetry settings of one run; on when either output file is asked for. */
typedef struct run_measure {
    const char *stats_path, *trace_path;
    const char *warmup;        /* the stats' measure_from (checked), or NULL */
    bool chrome;               /* --trace-format chrome: Trace Event JSON instead of CSV */
    uint64_t census;           /* --heap-census: 1 in N allocations followed to death; 0: off */
    char *census_path, *lifetimes_path;
    rt_tel_config cfg;
} run_measure;

static int parse_measure(run_measure *m, int c, const char *arg)
{
    char *end;
    switch (c) {
    case OPT_STATS: m->stats_path = arg; return 1;
    case OPT_TRACE: m->trace_path = arg; return 1;
    case OPT_SAMPLE: {
        size_t v;
        if (vm_parse_size(arg, &v) < 0) {
            fprintf(stderr, "gclab run: --sample-bytes: invalid value '%s' (a size in bytes, e.g. 1M; 0 = only at collections)\n", arg);
            return -1;
        }
        m->cfg.sample_every = v;
        return 1;
    }
    case OPT_CENSUS: {
        unsigned long long v = arg ? strtoull(arg, &end, 10) : RT_CENSUS_SAMPLE_DEFAULT;
        if (arg && (end == arg || *end || arg[0] == '-' || v < 1 || v > 1000000000)) {
            fprintf(stderr, "gclab run: --heap-census: invalid value '%s' (1 in N allocations sampled, N >= 1)\n", arg);
            return -1;
        }
        m->census = v;
        return 1;
    }
    case OPT_TRACE_FORMAT:
        if (strcmp(arg, "csv") != 0 && strcmp(arg, "chrome") != 0) {
            fprintf(stderr, "gclab run: --trace-format: invalid value '%s' (csv or chrome)\n", arg);
            return -1;
        }
        m->chrome = strcmp(arg, "chrome") == 0;
        return 1;
    case OPT_WARMUP: {
        double secs = strtod(arg, &end);
        bool mark = strncmp(arg, "mark:", 5) == 0 && arg[5] && strlen(arg + 5) <= RT_TEL_MARK_NAME_MAX;
        if (!mark && (end == arg || *end || !(secs >= 0) || secs > 1e9)) {
            fprintf(stderr, "gclab run: --warmup: invalid value '%s' (seconds, e.g. 2.5, or mark:NAME)\n", arg);
            return -1;
        }
        m->warmup = arg;
        return 1;
    }
    case OPT_CASCADE: {
        unsigned long long v = strtoull(arg, &end, 10);
        if (end == arg || *end || arg[0] == '-' || v < RT_TEL_CASCADE_CLOCK_AT) {
            fprintf(stderr, "gclab run: --cascade-min: invalid value '%s' (a whole number of objects >= %d)\n",
                    arg, RT_TEL_CASCADE_CLOCK_AT);
            return -1;
        }
        m->cfg.cascade_min = v;
        return 1;
    }
    }
    return 0;
}

/* Record the run's settings into the stats "config" object. */
static void describe_run(const vm_options *o, const char *file)
{
    char buf[96];
    rt_tel_set_config("collector", o->collector->name);
    if (gc_has(o->collector, GC_CAP_GENERATIONS)) {
        intptr_t t[GC_GENERATIONS];
        o->collector->get_threshold(t);
        snprintf(buf, sizeof buf, "%ld,%ld,%ld", (long)t[0], (long)t[1], (long)t[2]);
        rt_tel_set_config("thresholds", buf);
    }
    rt_tel_set_config("allocator", rt_backend_name(o->alloc.backend));
    if (o->alloc.backend == RT_BACKEND_PYMALLOC) {
        snprintf(buf, sizeof buf, "%zu", o->alloc.arena_size);
        rt_tel_set_config("arena_size", buf);
        snprintf(buf, sizeof buf, "%zu", o->alloc.pool_size);
        rt_tel_set_config("pool_size", buf);
    }
    rt_tel_set_config("workload", file);
}

/* --heap-census: the two files beside the trace (TRACE-census.csv and
 * TRACE-lifetimes.csv, TRACE without its .csv), checked as outputs now. */
static int census_paths(run_measure *m, const gc_collector *c, const char **inputs)
{
    if (!m->trace_path || m->chrome) {
        fprintf(stderr, "gclab run: --heap-census needs --trace FILE.csv (its files go beside the trace)\n");
        return -1;
    }
    if (gc_has(c, GC_CAP_CONSERVATIVE)) {
        fprintf(stderr, "gclab run: --heap-census: collector %s frees objects inside its library, unseen: no census\n",
                c->name);
        return -1;
    }
    size_t n = strlen(m->trace_path);
    int stem = n > 4 && strcmp(m->trace_path + n - 4, ".csv") == 0 ? (int)(n - 4) : (int)n;
    m->census_path = lab_strdup_printf("%.*s-census.csv", stem, m->trace_path);
    m->lifetimes_path = lab_strdup_printf("%.*s-lifetimes.csv", stem, m->trace_path);
    const char *outs[] = { m->census_path, m->lifetimes_path };
    for (int i = 0; i < 2; i++) {
        char err[512];
        if (!outs[i] || lab_output_check(outs[i], inputs, err, sizeof err) < 0) {
            fprintf(stderr, "gclab run: --heap-census: %s\n", outs[i] ? err : "out of memory");
            return -1;
        }
    }
    return 0;
}

static int write_measure(const run_measure *m)
{
    char err[512];
    int failed = 0;
    if (m->stats_path && lab_tel_write_stats(m->stats_path, err, sizeof err) < 0) {
        fprintf(stderr, "gclab run: --stats %s: %s\n", m->stats_path, err);
        failed = 1;
    }
    if (m->trace_path && (m->chrome ? lab_tel_write_chrome : lab_tel_write_trace)(m->trace_path, err, sizeof err) < 0) {
        fprintf(stderr, "gclab run: --trace %s: %s\n", m->trace_path, err);
        failed = 1;
    }
    if (m->census && (lab_tel_write_census(m->census_path, err, sizeof err) < 0 ||
                      lab_tel_write_lifetimes(m->lifetimes_path, err, sizeof err) < 0)) {
        fprintf(stderr, "gclab run: --heap-census: %s\n", err);
        failed = 1;
    }
    return failed ? -1 : 0;
}

int vm_cmd_run(int argc, char **argv)
{
    struct option longopts[VM_RUNTIME_LONGOPTS_COUNT + 9] = {
        { "help", no_argument, NULL, OPT_HELP },
        { "stats", required_argument, NULL, OPT_STATS },
        { "trace", required_argument, NULL, OPT_TRACE },
        { "sample-bytes", required_argument, NULL, OPT_SAMPLE },
        { "cascade-min", required_argument, NULL, OPT_CASCADE },
        { "warmup", required_argument, NULL, OPT_WARMUP },
        { "trace-format", required_argument, NULL, OPT_TRACE_FORMAT },
        { "heap-census", optional_argument, NULL, OPT_CENSUS },
    };
    memcpy(&longopts[8], vm_runtime_longopts, sizeof(struct option) * VM_RUNTIME_LONGOPTS_COUNT);
    vm_options o;
    vm_options_default(&o);
    run_measure m = { .cfg = { .sample_every = RT_TEL_SAMPLE_EVERY_DEFAULT, .cascade_min = RT_TEL_CASCADE_MIN_DEFAULT } };
    int c;
    opterr = 0;
    /* '+': options end at the program name; what follows is its argv */
    while ((c = getopt_long(argc, argv, "+:h", longopts, NULL)) != -1) {
        if (c == OPT_HELP) {
            help(stdout);
            return 0;
        }
        if (c == ':') {
            fprintf(stderr, "gclab run: %s needs a value\n", argv[optind - 1]);
            return 2;
        }
        int r = c == '?' ? 0 : parse_measure(&m, c, optarg);
        if (r == 0 && c != '?')
            r = vm_options_parse(&o, c, optarg, "gclab run");
        if (r < 0)
            return 2;
        if (r == 0) {
            fprintf(stderr, "gclab run: unknown option '%s' (see gclab run --help)\n", argv[optind - 1]);
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
    /* Output paths are checked now, not after the program ran. */
    const char *inputs[] = { argv[optind], NULL };
    const char *outs[][2] = { { "--stats", m.stats_path }, { "--trace", m.trace_path } };
    for (int i = 0; i < 2; i++) {
        char err[512];
        if (outs[i][1] && lab_output_check(outs[i][1], inputs, err, sizeof err) < 0) {
            fprintf(stderr, "gclab run: %s: %s\n", outs[i][0], err);
            return 2;
        }
    }
    if (m.stats_path && m.trace_path && strcmp(m.stats_path, m.trace_path) == 0) {
        fprintf(stderr, "gclab run: --stats and --trace name the same file '%s'\n", m.stats_path);
        return 2;
    }
    if (m.census && census_paths(&m, o.collector, inputs) < 0)
        return 2;
    bool measuring = m.stats_path || m.trace_path;
    if (measuring && rt_tel_enable(&m.cfg) < 0) {
        fprintf(stderr, "gclab run: cannot allocate the telemetry buffer\n");
        return 2;
    }
    if (vm_runtime_start(&o) < 0)
        return 2;
    if (vm_init(mod_inittab) < 0 || vm_set_argv(argc - optind, argv + optind) < 0) {
        fprintf(stderr, "gclab run: could not initialise the VM\n");
        return 2;
    }
    /* The start-up state CPython 3.11 leaves (docs/gen.md, "Start-up
     * state"): a slice in the slice cache, and gen's counts (the other
     * free lists are filled once __main__ is compiled: vm_run_code). */
    if (rt_slice_cache_prime() < 0) {
        fprintf(stderr, "gclab run: out of memory\n");
        return 2;
    }
    /* the free lists CPython 3.11's start-up leaves, filled once __main__
     * is compiled (vm_run_code); not for incr and ft, which model 3.14 */
    if (strcmp(o.collector->name, "incr") != 0 && strcmp(o.collector->name, "ft") != 0)
        rt_start_state_arm();
    if (o.collector->program_start)
        o.collector->program_start();
    if (o.freeze_at_start)
        o.collector->freeze();
    if (m.census && rt_tel_census_start(m.census) < 0) {
        fprintf(stderr, "gclab run: --heap-census: out of memory\n");
        return 2;
    }
    if (measuring) {
        describe_run(&o, argv[optind]);
        rt_tel_set_config("freeze", o.freeze_at_start ? "on" : "off");
        if (m.warmup)
            rt_tel_set_config("measure_from", m.warmup);
    }
    int status = vm_run_file(argv[optind]);
    /* The program's figures end here; the shutdown's cascade of frees and
     * collections is reported apart (teardown_* in the stats). */
    rt_tel_mark(RT_TEL_MARK_TEARDOWN);
    vm_fini();
    /* The exit flush, as CPython's: a failure is reported as an ignored
     * exception and the status becomes 120. */
    int e = vm_flush_out(true);
    if (e) {
        fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                        "OSError: [Errno %d] %s\n", e, strerror(e));
        clearerr(stdout);
        __fpurge(stdout);
        if (status == 0)
            status = 120;
    }
    fflush(stderr);
    vm_leak_report leaks;
    bool leak_figure = measuring && !gc_has(o.collector, GC_CAP_COLLECTS);   /* rc: the leak is its figure */
    vm_runtime_stop(NULL, leak_figure ? &leaks : NULL);
    if (measuring) {
        rt_tel_disable();
        if (leak_figure)
            rt_tel_set_leak(leaks.objects > 0 ? (uint64_t)leaks.objects : 0,
                            leaks.bytes > 0 ? (uint64_t)leaks.bytes : 0);
        if (write_measure(&m) < 0 && status == 0)
            status = 1;
        rt_tel_reset();
    }
    free(m.census_path);
    free(m.lifetimes_path);
    return status;
}

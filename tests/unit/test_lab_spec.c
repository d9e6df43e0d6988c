/* test_lab_spec.c -- the experiment spec parser: a good spec, and each kind
 * of bad spec giving a clear error with its line number. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "lab/spec.h"
#include "runtime/census.h"
#include "lab/fileio.h"
#include "tests/unit/spec_util.h"

static void setup(void) { spec_dir_setup("spec"); }

TestSuite(lab_spec, .init = setup, .fini = spec_dir_teardown);

/* The spec must be rejected with an error mentioning s.ini:LINE and `what`. */
static void expect_error(const char *text, int line, const char *what)
{
    char *p = write_spec(text), *errors = NULL;
    lab_spec s;
    cr_assert_eq(lab_spec_load(p, &s, &errors), -1, "accepted:\n%s", text);
    char *want = lab_strdup_printf("%s:%d: ", p, line);
    char *hit = strstr(errors, want);
    cr_assert(hit, "want an error at %s, got:\n%s", want, errors);
    char *eol = strchr(hit, '\n');
    cr_assert(strstr(hit, what) && (!eol || strstr(hit, what) < eol), "at %s want '%s', got:\n%s", want, what, errors);
    free(want);
    free(errors);
    free(p);
}

#define HEAD "[experiment]\nname = t\n[workload w]\nfile = w.py\n"   /* 4 lines */
#define CONF "[config c]\ncollector = gen\n"

Test(lab_spec, good_spec)
{
    char *p = write_spec("# an experiment\n"
                         "[experiment]\n"
                         "name = cycles-vs-rc\n"
                         "seed = 42\n"
                         "repeats = 5\n"
                         "timeout = 2m\n"
                         "\n"
                         "[workload small]\n"
                         "file = w.py\n"
                         "args = 10 \"two words\"\n"
                         "[workload big]\n"
                         "file = w.py\n"
                         "[config gen-default]\n"
                         "collector = gen\n"
                         "thresholds = 700,10,10\n"
                         "freeze = on\n"
                         "allocator = pymalloc\n"
                         "arena_size = 1M\n"
                         "pool_size = 16K\n"
                         "; tracing baseline\n"
                         "[config ms]\n"
                         "collector = marksweep\n"
                         "heap_policy = grow:1.5\n"
                         "[config boehm]\n"
                         "collector = boehm\n"
                         "allocator = boehm\n"
                         "heap_policy = fixed:64M\n");
    lab_spec s;
    char *errors = NULL;
    cr_assert_eq(lab_spec_load(p, &s, &errors), 0, "%s", errors);
    cr_assert_str_eq(s.name, "cycles-vs-rc");
    cr_assert_eq(s.seed, 42);
    cr_assert_eq(s.repeats, 5);
    cr_assert_float_eq(s.timeout_s, 120.0, 1e-9);
    cr_assert_eq(s.nworkloads, 2);
    cr_assert_eq(s.workloads[0].nargs, 2);
    cr_assert_str_eq(s.workloads[0].args[1], "two words");
    cr_assert(strstr(s.workloads[0].path, dir) == s.workloads[0].path, "resolved against the spec's folder");
    cr_assert_eq(s.nconfigs, 3);
    cr_assert_eq(s.configs[0].freeze, 1);
    cr_assert_eq(s.configs[0].arena_size, 1 << 20);
    cr_assert_eq(s.configs[0].pool_size, 16 << 10);
    char **f = lab_config_flags(&s.configs[0]);
    const char *want[] = { "--gc", "gen", "--threshold", "700,10,10", "--freeze", "--alloc", "pymalloc",
                           "--arena-size", "1048576", "--pool-size", "16384", NULL };
    for (int i = 0; want[i]; i++)
        cr_assert_str_eq(f[i], want[i]);
    cr_assert_null(f[11]);
    lab_strv_free(f);
    f = lab_config_flags(&s.configs[1]);
    cr_assert_str_eq(f[2], "--heap-policy");
    cr_assert_str_eq(f[3], "grow:1.5");
    lab_strv_free(f);
    lab_spec_free(&s);
    free(p);
}

Test(lab_spec, defaults)
{
    char *p = write_spec(HEAD CONF);
    lab_spec s;
    char *errors = NULL;
    cr_assert_eq(lab_spec_load(p, &s, &errors), 0, "%s", errors);
    cr_assert_eq(s.repeats, LAB_SPEC_DEFAULT_REPEATS);
    cr_assert_float_eq(s.timeout_s, LAB_SPEC_DEFAULT_TIMEOUT_S, 1e-9);
    cr_assert_eq(s.configs[0].freeze, -1);
    cr_assert_eq(s.workloads[0].nargs, 0);
    lab_spec_free(&s);
    free(p);
}

Test(lab_spec, unknown_section) { expect_error(HEAD CONF "[runs]\n", 7, "unknown section [runs]"); }
Test(lab_spec, unknown_key) { expect_error(HEAD CONF "colector = rc\n", 7, "unknown key 'colector' in [config] (allowed: collector,"); }
Test(lab_spec, unknown_key_experiment) { expect_error("[experiment]\nname = t\nrepeat = 3\n[workload w]\nfile = w.py\n" CONF, 3, "unknown key 'repeat'"); }
Test(lab_spec, key_outside_section) { expect_error("name = t\n" HEAD CONF, 1, "'name' is outside any section"); }
Test(lab_spec, not_key_value) { expect_error(HEAD "collector gen\n", 5, "expected 'key = value'"); }
Test(lab_spec, malformed_header) { expect_error(HEAD "[config c\n", 5, "malformed section header"); }
/* Every name of collectors/list.h, those this build lacks included. */
Test(lab_spec, bad_collector)
{
    static const char *const names[] = {
#define GC_COLLECTOR(name, caps, needs, flags) #name,
#include "collectors/list.h"
#undef GC_COLLECTOR
    };
    char want[256] = "unknown collector 'g1' (one of ";
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        strcat(want, names[i]);
        strcat(want, i + 1 < sizeof names / sizeof names[0] ? ", " : ")");
    }
    expect_error(HEAD "[config c]\ncollector = g1\n", 6, want);
}
Test(lab_spec, bad_repeats) { expect_error("[experiment]\nname = t\nrepeats = 0\n[workload w]\nfile = w.py\n" CONF, 3, "bad repeats '0'"); }
Test(lab_spec, bad_seed) { expect_error("[experiment]\nname = t\nseed = -4\n[workload w]\nfile = w.py\n" CONF, 3, "bad seed '-4'"); }
Test(lab_spec, bad_timeout) { expect_error("[experiment]\nname = t\ntimeout = soon\n[workload w]\nfile = w.py\n" CONF, 3, "bad timeout 'soon'"); }
Test(lab_spec, bad_thresholds) { expect_error(HEAD CONF "thresholds = 700,,10\n", 7, "bad thresholds '700,,10'"); }
Test(lab_spec, too_many_thresholds) { expect_error(HEAD CONF "thresholds = 1,2,3,4\n", 7, "bad thresholds"); }
Test(lab_spec, bad_freeze) { expect_error(HEAD CONF "freeze = maybe\n", 7, "bad freeze 'maybe': on or off"); }
Test(lab_spec, bad_pool_size) { expect_error(HEAD CONF "pool_size = 3000\n", 7, "bad pool_size '3000': a power of two"); }
Test(lab_spec, arena_smaller_than_4_pools) { expect_error(HEAD CONF "arena_size = 16K\npool_size = 8K\n", 7, "at least 4 pools"); }
Test(lab_spec, bad_heap_policy) { expect_error(HEAD "[config c]\ncollector = marksweep\nheap_policy = grow:0.5\n", 7, "heap_policy = grow:0.5: invalid value 'grow:0.5' (grow:FACTOR needs 1 < FACTOR <= 100) for option 'heap' of collector 'marksweep'"); }
Test(lab_spec, heap_policy_needs_tracing) { expect_error(HEAD CONF "heap_policy = grow:2\n", 7, "heap_policy = grow:2: collector 'gen' has no option 'heap' (valid keys: trigger, cpython, startup)"); }
Test(lab_spec, thresholds_need_gen) { expect_error(HEAD "[config c]\ncollector = rc\nthresholds = 10\n", 7, "'thresholds' applies only to collectors with generations (gen, incr, ft), not rc"); }
Test(lab_spec, boehm_allocator) { expect_error(HEAD "[config c]\ncollector = gen\nallocator = boehm\n", 7, "allocator boehm works only with collector boehm"); }
Test(lab_spec, bad_trigger) { expect_error(HEAD CONF "trigger = later\n", 7, "trigger = later: invalid value 'later' (alloc or safepoint)"); }
Test(lab_spec, trigger_needs_gen) { expect_error(HEAD "[config c]\ncollector = marksweep\ntrigger = safepoint\n", 7, "trigger = safepoint: collector 'marksweep' has no option 'trigger' (valid keys: heap, heap-min)"); }
/* trigger becomes --gc-trigger, each word of gc_opt one --gc-opt. */
Test(lab_spec, option_flags)
{
    char *p = write_spec(HEAD "[config c]\ncollector = gen\ntrigger = safepoint\n"
                              "[config m]\ncollector = marksweep\ngc_opt = heap=grow:3 heap-min=1M\n");
    lab_spec s;
    char *errors = NULL;
    cr_assert_eq(lab_spec_load(p, &s, &errors), 0, "%s", errors);
    static const char *const want[2][7] = {
        { "--gc", "gen", "--gc-trigger", "safepoint", NULL },
        { "--gc", "marksweep", "--gc-opt", "heap=grow:3", "--gc-opt", "heap-min=1M", NULL },
    };
    for (int c = 0; c < 2; c++) {
        char **f = lab_config_flags(&s.configs[c]);
        for (int i = 0; want[c][i] || f[i]; i++)
            cr_assert(f[i] && want[c][i] && strcmp(f[i], want[c][i]) == 0, "config %d flag %d: %s", c, i,
                      f[i] ? f[i] : "(end)");
        lab_strv_free(f);
    }
    lab_spec_free(&s);
    free(p);
}
Test(lab_spec, gc_opt_unknown_key) { expect_error(HEAD "[config c]\ncollector = rc\ngc_opt = trigger=safepoint\n", 7, "gc_opt trigger=safepoint: collector 'rc' has no option 'trigger' (it takes no options)"); }
Test(lab_spec, gc_opt_bad_value) { expect_error(HEAD CONF "gc_opt = trigger=soon\n", 7, "gc_opt trigger=soon: invalid value 'soon' (alloc or safepoint) for option 'trigger' of collector 'gen'"); }
Test(lab_spec, gc_opt_not_key_value) { expect_error(HEAD CONF "gc_opt = safepoint\n", 7, "gc_opt: 'safepoint' is not KEY=VALUE"); }
Test(lab_spec, missing_collector) { expect_error(HEAD "[config c]\nfreeze = on\n", 5, "[config c] has no 'collector'"); }
Test(lab_spec, missing_workload_file) { expect_error("[experiment]\nname = t\n[workload w]\nargs = 3\nfile = nothere.py\n" CONF, 5, "workload file nothere.py not found"); }
Test(lab_spec, workload_without_file) { expect_error("[experiment]\nname = t\n[workload w]\nargs = 3\n" CONF, 3, "[workload w] has no 'file'"); }
Test(lab_spec, duplicate_workload) { expect_error(HEAD "[workload w]\nfile = w.py\n" CONF, 5, "duplicate workload name 'w' (first at line 3)"); }
Test(lab_spec, duplicate_config) { expect_error(HEAD CONF CONF, 7, "duplicate config name 'c' (first at line 5)"); }
Test(lab_spec, duplicate_key) { expect_error(HEAD CONF "collector = rc\n", 7, "duplicate key 'collector' (first at line 6)"); }
Test(lab_spec, duplicate_experiment) { expect_error(HEAD CONF "[experiment]\n", 7, "duplicate [experiment] section (first at line 1)"); }
Test(lab_spec, bad_name) { expect_error(HEAD "[config a/b]\ncollector = rc\n", 5, "bad config name 'a/b'"); }
Test(lab_spec, unterminated_quote) { expect_error("[experiment]\nname = t\n[workload w]\nfile = w.py\nargs = \"x\n" CONF, 5, "unterminated \""); }
Test(lab_spec, missing_experiment) { expect_error("[workload w]\nfile = w.py\n" CONF, 4, "no [experiment] section"); }
Test(lab_spec, missing_name) { expect_error("[experiment]\nseed = 1\n[workload w]\nfile = w.py\n" CONF, 1, "[experiment] has no 'name'"); }
Test(lab_spec, no_configs) { expect_error(HEAD, 4, "no [config NAME] section"); }
Test(lab_spec, bad_workloads_dir) { expect_error("[experiment]\nname = t\nworkloads_dir = nowhere\n[workload w]\nfile = w.py\n" CONF, 3, "workloads_dir"); }

Test(lab_spec, all_errors_reported)
{
    char *p = write_spec(HEAD "[config c]\ncollector = x\nfreeze = 2\n"), *errors = NULL;
    lab_spec s;
    cr_assert_eq(lab_spec_load(p, &s, &errors), -1);
    cr_assert(strstr(errors, ":6: unknown collector") && strstr(errors, ":7: bad freeze"), "%s", errors);
    free(errors);
    free(p);
}

Test(lab_spec, unreadable_file)
{
    lab_spec s;
    char *errors = NULL;
    cr_assert_eq(lab_spec_load("/nonexistent/s.ini", &s, &errors), -1);
    cr_assert(strstr(errors, "/nonexistent/s.ini: cannot read"), "%s", errors);
    free(errors);
}

Test(lab_spec, sizes)
{
    uint64_t v;
    cr_assert(lab_parse_size("4096", &v) == 0 && v == 4096);
    cr_assert(lab_parse_size("256K", &v) == 0 && v == 262144);
    cr_assert(lab_parse_size("1MiB", &v) == 0 && v == 1048576);
    cr_assert(lab_parse_size("2g", &v) == 0 && v == 2147483648u);
    cr_assert_eq(lab_parse_size("1.5M", &v), -1);
    cr_assert_eq(lab_parse_size("K", &v), -1);
    cr_assert_eq(lab_parse_size("-1", &v), -1);
}

/* warmup: the experiment's default for every workload, a workload's own
 * value overriding it, and the flag each run then gets. */
Test(lab_spec, warmup_default_and_override)
{
    char *p = write_spec("[experiment]\nname = t\nwarmup = 1.5\n[workload a]\nfile = w.py\n"
                         "[workload b]\nfile = w.py\nwarmup = mark:steady\n" CONF), *errors = NULL;
    lab_spec s;
    cr_assert_eq(lab_spec_load(p, &s, &errors), 0, "%s", errors ? errors : "");
    cr_assert_str_eq(s.warmup, "1.5");
    cr_assert_null(s.workloads[0].warmup);
    cr_assert_str_eq(s.workloads[1].warmup, "mark:steady");
    lab_spec_free(&s);
    free(p);
}
/* heap_census: off, on (the default sampling) or N, [experiment] only. */
Test(lab_spec, heap_census_values)
{
    static const struct { const char *v; uint64_t want; } cases[] = { { "on", RT_CENSUS_SAMPLE_DEFAULT },
                                                                      { "off", 0 }, { "7", 7 } };
    for (size_t i = 0; i < 3; i++) {
        char *text = lab_strdup_printf("[experiment]\nname = t\nheap_census = %s\n[workload w]\nfile = w.py\n" CONF,
                                       cases[i].v);
        char *p = write_spec(text), *errors = NULL;
        lab_spec s;
        cr_assert_eq(lab_spec_load(p, &s, &errors), 0, "%s", errors ? errors : "");
        cr_assert_eq(s.heap_census, cases[i].want, "heap_census = %s", cases[i].v);
        lab_spec_free(&s);
        free(p);
        free(text);
    }
}
Test(lab_spec, bad_heap_census) { expect_error("[experiment]\nname = t\nheap_census = 0\n[workload w]\nfile = w.py\n" CONF, 3, "bad heap_census '0'"); }
Test(lab_spec, heap_census_not_in_config) { expect_error(HEAD CONF "heap_census = on\n", 7, "unknown key 'heap_census' in [config]"); }
Test(lab_spec, bad_warmup) { expect_error(HEAD "warmup = soon\n" CONF, 5, "bad warmup 'soon'"); }
Test(lab_spec, bad_warmup_mark) { expect_error(HEAD "warmup = mark:\n" CONF, 5, "bad warmup 'mark:'"); }
Test(lab_spec, warmup_not_in_config) { expect_error(HEAD CONF "warmup = 2\n", 7, "unknown key 'warmup' in [config]"); }

/* ---- runtime = python configurations (lab/pyconfig.c) ---- */

#include <sys/stat.h>
#include "lab/pyconfig.h"

/* An executable DIR/name running the shell text body (a fake interpreter). */
static char *fake_python(const char *name, const char *body)
{
    char *p = lab_strdup_printf("%s/%s", dir, name), *text = lab_strdup_printf("#!/bin/sh\n%s\n", body), err[256];
    cr_assert_eq(lab_write_atomic_bytes(p, text, strlen(text), err, sizeof err), 0);
    cr_assert_eq(chmod(p, 0755), 0);
    free(text);
    return p;
}

#define PYCONF "[config cpy]\nruntime = python\n"   /* lines 5-6 after HEAD */

Test(lab_spec, python_config_resolved_and_probed)
{
    /* a shim (as pyenv's) that names the real interpreter when asked */
    char *real = fake_python("real-python", "echo \"$0\"; echo 3.11.7");
    char *shim = fake_python("python3", "exec \"$(dirname \"$0\")/real-python\" \"$@\"");
    char *path = lab_strdup_printf("%s:/usr/bin:/bin", dir);
    setenv("PATH", path, 1);
    setenv(LAB_PY_WRAPPER_ENV, real, 1);   /* any readable file stands for the wrapper */
    char *p = write_spec(HEAD PYCONF "python = python3\nthresholds = 700,10\nfreeze = on\n"
                         "[config rel]\nruntime = python\npython = ./real-python\n"), *errors = NULL;
    lab_spec s;
    cr_assert_eq(lab_spec_load(p, &s, &errors), 0, "%s", errors);
    cr_assert(s.configs[0].python);
    cr_assert_str_eq(s.configs[0].python_path, shim);
    cr_assert_null(s.configs[0].python_exe, "the parser runs nothing");
    char *rel = lab_strdup_printf("%s/./real-python", dir);
    cr_assert_str_eq(s.configs[1].python_path, rel, "relative to the spec's folder");
    free(rel);
    cr_assert_eq(lab_pyconfig_probe(&s, &errors), 0, "%s", errors);
    cr_assert_str_eq(s.configs[0].python_exe, real, "the shim is resolved once, by the probe");
    cr_assert_str_eq(s.configs[0].python_version, "3.11.7");
    char **flags = lab_config_flags(&s.configs[0]);
    cr_assert(flags && !flags[0], "no gclab flag for CPython");
    lab_strv_free(flags);
    char **v = lab_pyconfig_head(&s.configs[0], "/w/cpython_gcstats.py");
    const char *want[] = { real, "/w/cpython_gcstats.py", "--threshold", "700,10", "--freeze", NULL };
    for (int i = 0; want[i] || v[i]; i++)
        cr_assert_str_eq(v[i] ? v[i] : "(end)", want[i] ? want[i] : "(end)", "word %d", i);
    lab_strv_free(v);
    lab_spec_free(&s);
    free(real);
    free(shim);
    free(path);
    free(p);
}

Test(lab_spec, python_not_in_path)
{
    char *path = lab_strdup_printf("%s:/usr/bin:/bin", dir);   /* teardown needs rm */
    setenv("PATH", path, 1);
    free(path);
    expect_error(HEAD PYCONF "python = python3.99\n", 7, "python = python3.99: no such program in $PATH");
}
Test(lab_spec, python_bad_path) { expect_error(HEAD PYCONF "python = /no/such/python\n", 7, "/no/such/python is not an executable file"); }
Test(lab_spec, python_missing) { expect_error(HEAD PYCONF, 5, "[config cpy] has runtime = python but no 'python'"); }
Test(lab_spec, python_without_runtime) { expect_error(HEAD "[config c]\npython = /bin/sh\n", 6, "'python' needs 'runtime = python'"); }
Test(lab_spec, bad_runtime) { expect_error(HEAD "[config c]\nruntime = pypy\ncollector = gen\n", 6, "bad runtime 'pypy'"); }
Test(lab_spec, python_vm_keys)
{
    const char *keys[] = { "collector = gen", "gc_opt = trigger=alloc", "allocator = malloc", "heap_policy = grow:2",
                           "trigger = safepoint", "arena_size = 1M", "pool_size = 16K" };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char *text = lab_strdup_printf(HEAD PYCONF "python = /bin/sh\n%s\n", keys[i]);
        char key[32];
        snprintf(key, sizeof key, "'%.*s'", (int)strcspn(keys[i], " "), keys[i]);
        char *what = lab_strdup_printf("%s means something only for gclab's VM, not with runtime = python", key);
        expect_error(text, 8, what);
        free(text);
        free(what);
    }
}
Test(lab_spec, python_no_warmup) { expect_error(HEAD "warmup = 1\n" PYCONF "python = /bin/sh\n", 6, "[config cpy] runs on CPython"); }

/* The probe's errors name the file, the line of 'python' and what the
 * interpreter said. */
static void expect_probe_error(const char *body, const char *what)
{
    char *py = fake_python("py", body);
    char *text = lab_strdup_printf(HEAD PYCONF "python = %s\n", py);
    char *p = write_spec(text), *errors = NULL;
    lab_spec s;
    cr_assert_eq(lab_spec_load(p, &s, &errors), 0, "%s", errors);
    cr_assert_eq(lab_pyconfig_probe(&s, &errors), -1);
    char *want = lab_strdup_printf("%s:7: python = %s: ", p, py);
    cr_assert(strstr(errors, want) && strstr(errors, what), "want %s ... %s, got:\n%s", want, what, errors);
    free(want);
    free(errors);
    lab_spec_free(&s);
    free(text);
    free(p);
    free(py);
}

Test(lab_spec, probe_interpreter_fails)
{
    expect_probe_error("echo 'pyenv: python3.13: command not found' >&2; exit 127",
                       "did not run (exit status 127): pyenv: python3.13: command not found");
}
Test(lab_spec, probe_too_old) { expect_probe_error("echo \"$0\"; echo 2.7.18", "CPython 2.7.18; the wrapper needs 3.7 or later"); }
Test(lab_spec, probe_no_wrapper)
{
    setenv(LAB_PY_WRAPPER_ENV, "/no/such/cpython_gcstats.py", 1);
    expect_probe_error("echo \"$0\"; echo 3.11.7", "the CPython wrapper cpython_gcstats.py was not found");
}

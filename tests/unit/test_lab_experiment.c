/* test_lab_experiment.c -- the runner, the experiment layout and the report
 * (charts made by gnuplot) end to end, with a fake gclab: a shell script
 * that mimics `gclab run` by writing a plausible stats.json and trace.csv,
 * and fails, hangs or writes nothing when its workload argument says so. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lab/compare.h"
#include "lab/experiment.h"
#include "lab/fileio.h"
#include "lab/json.h"
#include "lab/runner.h"
#include "tests/unit/lab_util.h"

static const char fake_gclab[] =
    "#!/bin/sh\n"
    "# fake gclab: mimics `gclab run --gc NAME ... --stats S --trace T FILE [MODE [N]]`\n"
    "[ \"$1\" = run ] || { echo \"fake gclab: only run\" >&2; exit 2; }\n"
    "shift\n"
    "gc=; stats=; trace=\n"
    "while [ $# -gt 0 ]; do\n"
    "  case \"$1\" in\n"
    "    --gc) gc=$2; shift 2;;\n"
    "    --stats) stats=$2; shift 2;;\n"
    "    --trace) trace=$2; shift 2;;\n"
    "    --threshold|--alloc|--arena-size|--pool-size|--heap-policy) shift 2;;\n"
    "    --freeze) shift;;\n"
    "    --*) echo \"fake gclab: unknown flag $1\" >&2; exit 2;;\n"
    "    *) break;;\n"
    "  esac\n"
    "done\n"
    "[ -r \"$1\" ] || { echo \"fake gclab: no workload $1\" >&2; exit 2; }\n"
    "mode=${2:-ok}; n=${3:-30}\n"
    "echo \"running $1 under $gc\"\n"
    "case $mode in\n"
    "  fail) echo 'Traceback: boom' >&2; exit 3;;\n"
    "  hang) exec sleep 1000;;\n"
    "  linger) exec sleep \"$n\";;\n"
    "  idle) printf '{\"format\": \"gclab-stats/1\", \"config\": {\"collector\": \"%s\"}, \"wall_s\": 0.01, \"cpu_s\": 0.01, \"gc_s\": 0, \"gc_share\": 0, \"pause_count\": 0, \"pause_p50_ms\": null, \"pause_p90_ms\": null, \"pause_p99_ms\": null, \"pause_p999_ms\": null, \"pause_max_ms\": null, \"mmu_1ms\": null, \"mmu_10ms\": null, \"mmu_100ms\": null, \"peak_rss_bytes\": 4000000, \"peak_live_bytes\": 0, \"collections\": 0, \"collections_gen0\": 0, \"collections_gen1\": 0, \"collections_gen2\": 0, \"rc_cascades\": 0, \"leak_measured\": false, \"leaked_objects\": 0, \"leaked_bytes\": 0, \"samples\": 0, \"events_dropped\": 0}\\n' \"$gc\" > \"$stats\"\n"
    "        echo 'kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,heap_before,heap_after,live_bytes,arenas,pools,rss_bytes' > \"$trace\"; exit 0;;\n"
    "  nostats) exit 0;;\n"
    "esac\n"
    "awk -v n=\"$n\" -v gc=\"$gc\" -v seed=$$ -v trace=\"$trace.tmp\" -v stats=\"$stats.tmp\" 'BEGIN {\n"
    "  srand(seed); t = 0; gcns = 0; mx = 0\n"
    "  print \"kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,heap_before,heap_after,live_bytes,arenas,pools,rss_bytes\" > trace\n"
    "  for (i = 0; i < n; i++) {\n"
    "    t += int(1e6 + rand() * 4e6); d = int(2e4 + rand() * 2e6); gcns += d; if (d > mx) mx = d\n"
    "    printf \"collection,%d,%d,%s,%d,700,%d,0,%d,%d,0,0,0,0\\n\", t, t + d, gc, i % 3, 10 + i, 1e6 + i * 4e4, 9e5 + i * 4e4 > trace\n"
    "    t += d\n"
    "    printf \"sample,%d,%d,,,0,0,0,0,0,%d,%d,%d,%d\\n\", t, t, 9e5 + i * 4e4, 1 + int(i / 10), 50 + i, 4e6 + i * 1e5 > trace\n"
    "  }\n"
    "  t += 1e6\n"
    "  printf \"{\\\"format\\\": \\\"gclab-stats/1\\\", \\\"config\\\": {\\\"collector\\\": \\\"%s\\\"}, \", gc > stats\n"
    "  printf \"\\\"wall_s\\\": %.6f, \\\"cpu_s\\\": %.6f, \\\"gc_s\\\": %.6f, \\\"gc_share\\\": %.6f, \", t / 1e9, t / 1e9, gcns / 1e9, gcns / t > stats\n"
    "  printf \"\\\"pause_count\\\": %d, \\\"pause_p50_ms\\\": %.6f, \\\"pause_p90_ms\\\": %.6f, \\\"pause_p99_ms\\\": %.6f, \", n, gcns / n / 1e6, mx * 0.9 / 1e6, mx * 0.99 / 1e6 > stats\n"
    "  printf \"\\\"pause_p999_ms\\\": %.6f, \\\"pause_max_ms\\\": %.6f, \\\"mmu_1ms\\\": 0, \\\"mmu_10ms\\\": 0.6, \\\"mmu_100ms\\\": 0.7, \", mx / 1e6, mx / 1e6 > stats\n"
    "  printf \"\\\"peak_rss_bytes\\\": %d, \\\"peak_live_bytes\\\": %d, \\\"collections\\\": %d, \", 4e6 + n * 1e5, 9e5 + n * 4e4, n > stats\n"
    "  printf \"\\\"collections_gen0\\\": %d, \\\"collections_gen1\\\": 0, \\\"collections_gen2\\\": 0, \\\"rc_cascades\\\": 0, \", n > stats\n"
    "  printf \"\\\"leak_measured\\\": false, \\\"leaked_objects\\\": 0, \\\"leaked_bytes\\\": 0, \\\"samples\\\": %d, \\\"events_dropped\\\": 0}\\n\", n > stats\n"
    "}' && mv \"$trace.tmp\" \"$trace\" && mv \"$stats.tmp\" \"$stats\"\n";

static char dir[64];
static char *fake, *spec;

static void write_file(const char *path, const char *text)
{
    char err[256];
    cr_assert_eq(lab_write_atomic_bytes(path, text, strlen(text), err, sizeof err), 0, "%s", err);
}

static void setup(void)
{
    strcpy(dir, "/tmp/gclab-exp-XXXXXX");
    cr_assert(mkdtemp(dir));
    fake = lab_strdup_printf("%s/fake-gclab", dir);
    write_file(fake, fake_gclab);
    cr_assert_eq(chmod(fake, 0755), 0);
    char *w = lab_strdup_printf("%s/w.py", dir);
    write_file(w, "x = 1\n");
    free(w);
    spec = lab_strdup_printf("%s/exp.ini", dir);
    write_file(spec, "[experiment]\nname = smoke\nrepeats = 2\ntimeout = 1\nseed = 7\n"
                     "[workload good]\nfile = w.py\nargs = ok 40 {seed}\n"
                     "[workload bad]\nfile = w.py\nargs = fail\n"
                     "[workload stuck]\nfile = w.py\nargs = hang\n"
                     "[workload silent]\nfile = w.py\nargs = nostats\n"
                     "[config gen]\ncollector = gen\nthresholds = 700,10,10\n"
                     "[config rc]\ncollector = rc\n");
}

static void teardown(void)
{
    /* GCLAB_TEST_KEEP=1 keeps the results to look at the charts. */
    char *cmd = own(lab_strdup_printf(getenv("GCLAB_TEST_KEEP") ? "echo kept %s >&2" : "rm -rf %s", dir));
    cr_assert_eq(system(cmd), 0);
    free(fake);
    free(spec);
    lab_test_free_owned();
}

TestSuite(lab_experiment, .init = setup, .fini = teardown, .timeout = 120);

static bool file_nonempty(const char *root, const char *rel)
{
    char *p = lab_strdup_printf("%s/%s", root, rel);
    struct stat st;
    bool ok = stat(p, &st) == 0 && st.st_size > 0;
    free(p);
    return ok;
}

/* The text of root/rel (kept until teardown), or NULL. */
static char *text_in(const char *root, const char *rel)
{
    return own(lab_read_file(own(lab_strdup_printf("%s/%s", root, rel)), NULL));
}

static lab_json *json_at(const char *root, const char *rel)
{
    char *p = lab_strdup_printf("%s/%s", root, rel), err[512];
    lab_json *v = lab_json_parse_file(p, err, sizeof err);
    cr_assert(v, "%s", err);
    free(p);
    return v;
}

static int count_lines(const char *text)
{
    int n = 0;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    return n;
}

Test(lab_experiment, runs_matrix_and_reports)
{
    char *out = lab_strdup_printf("%s/results", dir);
    char *errlog = lab_strdup_printf("%s/experiment.log", dir);
    FILE *err = fopen(errlog, "w");
    lab_experiment_opts o = { .spec_path = spec, .gclab = fake, .out_root = out, .jobs = 2,
                              .progress = LAB_PROGRESS_LINES, .command_line = "gclab experiment exp.ini",
                              .out = err, .err = err };
    int rc = lab_experiment(&o);
    fclose(err);
    char *log = own(lab_read_file(errlog, NULL));
    cr_assert_eq(rc, 1, "some runs fail, so the status is 1; log:\n%s", log);
    const char *root = lab_experiment_last_dir();
    cr_assert(root && strncmp(root, out, strlen(out)) == 0, "results under %s: %s", out, root);
    cr_assert(strstr(root, "/smoke/"), "results/<name>/<timestamp>: %s", root);
    /* progress lines and the failure report */
    cr_assert(strstr(log, "[16/16]"), "%s", log);
    cr_assert(strstr(log, "failed   bad+gen+0 (exit 3)"), "%s", log);
    cr_assert(strstr(log, "timeout  stuck+rc+1 (killed after 1 s)"), "%s", log);
    cr_assert(strstr(log, "no-stats silent+gen+0"), "%s", log);

    /* layout */
    cr_assert(file_nonempty(root, "spec.ini"));
    const char *per_run[] = { "stats.json", "trace.csv", "stdout", "cmd", "run.json" };
    for (int i = 0; i < 5; i++)
        cr_assert(file_nonempty(root, own(lab_strdup_printf("runs/good+rc+1/%s", per_run[i]))), "%s", per_run[i]);
    char *errtext = text_in(root, "runs/bad+gen+1/stderr");
    cr_assert(errtext && strstr(errtext, "Traceback: boom"), "stderr captured");
    char *cmd = text_in(root, "runs/good+gen+0/cmd");
    cr_assert(strstr(cmd, " run --gc gen --threshold 700,10,10 --stats "), "%s", cmd);
    cr_assert(strstr(cmd, "/w.py ok 40 7\n"), "the spec's seed replaces {seed}: %s", cmd);
    lab_json *meta = json_at(root, "runs/stuck+gen+0/run.json");
    cr_assert_str_eq(lab_json_str(meta, "status"), "timeout");
    cr_assert_str_eq(lab_json_str(meta, "workload"), "stuck");
    cr_assert(lab_json_num(meta, "elapsed_s") < 10, "killed near the 1 s timeout");
    lab_json_free(meta);
    meta = json_at(root, "runs/bad+rc+0/run.json");
    cr_assert_str_eq(lab_json_str(meta, "status"), "failed");
    cr_assert_float_eq(lab_json_num(meta, "exit_code"), 3, 1e-9);
    lab_json_free(meta);

    /* provenance */
    lab_json *prov = json_at(root, "provenance.json");
    const lab_json *runs = lab_json_get(prov, "runs");
    cr_assert(runs && runs->n == 16, "every command recorded");
    cr_assert(strstr(lab_json_str(runs->items[0], "cmd"), "--stats"));
    const lab_json *g = lab_json_get(prov, "gclab");
    cr_assert(lab_json_str(g, "commit") && strlen(lab_json_str(g, "commit")) > 0);
    cr_assert(lab_json_str(g, "compiler") && lab_json_str(g, "flags"));
    cr_assert(lab_json_get(g, "dirty"));
    const lab_json *m = lab_json_get(prov, "machine");
    cr_assert(lab_json_num(m, "cores") >= 1);
    cr_assert(lab_json_str(m, "kernel") && strstr(lab_json_str(m, "kernel"), "Linux"));
    cr_assert_str_eq(lab_json_str(prov, "command"), "gclab experiment exp.ini");
    cr_assert(lab_json_str(prov, "finished_utc"));
    lab_json_free(prov);

    /* summary: one row per workload x configuration */
    char *sum = text_in(root, "summary.csv");
    cr_assert_eq(count_lines(sum), 1 + 8, "%s", sum);
    cr_assert(strstr(sum, "\ngood,gen,2,2,"), "%s", sum);
    cr_assert(strstr(sum, "\nbad,rc,2,0,"), "failed runs counted, without data");
    const char *head = "workload,config,runs,runs_with_stats,wall_s_median,wall_s_ci_lo,wall_s_ci_hi,";
    cr_assert(strncmp(sum, head, strlen(head)) == 0, "%s", sum);

    /* the summary's median of two runs is their mean (type 7, n = 2) */
    lab_json *s0 = json_at(root, "runs/good+gen+0/stats.json"), *s1 = json_at(root, "runs/good+gen+1/stats.json");
    double want = (lab_json_num(s0, "wall_s") + lab_json_num(s1, "wall_s")) / 2;
    lab_json_free(s0);
    lab_json_free(s1);
    double got;
    cr_assert_eq(sscanf(strstr(sum, "\ngood,gen,2,2,"), "\ngood,gen,2,2,%lf,", &got), 1);
    cr_assert_float_eq(got, want, 1e-5 * want, "wall_s median %g, want %g", got, want);

    /* the CDF data pools both repeats' pauses and ends at 1 */
    char *cdf = text_in(root, "charts/data/good-cdf-gen.dat");
    cr_assert(cdf, "CDF data file");
    cr_assert_eq(count_lines(cdf), 1 + 80, "a comment line and 2 x 40 pauses");
    cr_assert(strstr(cdf, " 1\n") && cdf[strlen(cdf) - 2] == '1', "last fraction is 1");

    /* charts: both formats, non-empty */
    const char *charts[] = { "good-pause-cdf", "good-pause-timeline", "good-memory", "good-mmu",
                             "gc-time", "max-pause", "peak-memory" };
    for (size_t i = 0; i < sizeof charts / sizeof charts[0]; i++) {
        cr_assert(file_nonempty(root, own(lab_strdup_printf("charts/%s.png", charts[i]))), "%s.png", charts[i]);
        cr_assert(file_nonempty(root, own(lab_strdup_printf("charts/%s.svg", charts[i]))), "%s.svg", charts[i]);
        cr_assert(file_nonempty(root, own(lab_strdup_printf("charts/%s.gp", charts[i]))), "%s.gp", charts[i]);
    }
    cr_assert(!file_nonempty(root, "charts/bad-pause-cdf.png"), "no charts for a workload without data");
    char *png = text_in(root, "charts/good-mmu.png");
    cr_assert(memcmp(png, "\x89PNG", 4) == 0, "a real PNG");
    char *md = text_in(root, "report.md");
    cr_assert(strstr(md, "| good | gen | 2/2 |"), "%s", md);
    cr_assert(strstr(md, "![good: pause-time distribution](charts/good-pause-cdf.png)"), "%s", md);
    cr_assert(strstr(md, "`stuck+gen+0`: timeout"), "%s", md);
    char *html = text_in(root, "report.html");
    cr_assert(strstr(html, "<table>") && strstr(html, "<svg"), "table and inline SVG");
    cr_assert_null(strstr(html, "<?xml"), "the SVG prolog is stripped");
    /* atomic writes leave no temporary files */
    char *check = own(lab_strdup_printf("test -z \"$(find %s -name '*.tmp*')\"", root));
    cr_assert_eq(system(check), 0, "no temporary file left");
    free(out);
    free(errlog);
}

Test(lab_experiment, print_commands_then_report)
{
    char *out = lab_strdup_printf("%s/results", dir), *cmds = lab_strdup_printf("%s/cmds.txt", dir);
    FILE *f = fopen(cmds, "w"), *err = fopen("/dev/null", "w");
    lab_experiment_opts o = { .spec_path = spec, .gclab = fake, .out_root = out, .print_commands = true,
                              .out = f, .err = err };
    cr_assert_eq(lab_experiment(&o), 0);
    fclose(f);
    fclose(err);
    char *text = own(lab_read_file(cmds, NULL));
    cr_assert_eq(count_lines(text), 16, "%s", text);
    cr_assert(strncmp(text, "timeout --kill-after=5 1s ", 26) == 0, "%s", text);
    cr_assert(strstr(text, " > ") && strstr(text, "/stdout 2> "), "%s", text);
    const char *root = lab_experiment_last_dir();
    lab_json *meta = json_at(root, "runs/good+gen+0/run.json");
    cr_assert_str_eq(lab_json_str(meta, "status"), "external");
    lab_json_free(meta);
    /* Run only the good lines, as GNU parallel would, then report. */
    char *sh = own(lab_strdup_printf("cd %s && grep ' ok 40 ' %s | sh", dir, cmds));
    cr_assert_eq(system(sh), 0);
    const char *dirs[] = { root };
    FILE *rerr = fopen("/dev/null", "w");
    lab_report_opts ro = { .dirs = dirs, .ndirs = 1, .out_dir = NULL, .no_charts = true, .err = rerr };
    cr_assert_eq(lab_report(&ro), 0);
    fclose(rerr);
    char *sum = text_in(root, "summary.csv");
    cr_assert(strstr(sum, "\ngood,gen,2,2,"), "%s", sum);
    cr_assert(strstr(sum, "\nbad,gen,2,0,"), "%s", sum);
    free(out);
    free(cmds);
}

Test(lab_experiment, report_merges_folders)
{
    char *out = lab_strdup_printf("%s/results", dir);
    write_file(spec, "[experiment]\nname = m\nrepeats = 1\n[workload good]\nfile = w.py\nargs = ok 5\n"
                     "[config gen]\ncollector = gen\n");
    FILE *err = fopen("/dev/null", "w");
    lab_experiment_opts o = { .spec_path = spec, .gclab = fake, .out_root = out, .no_report = true,
                              .progress = LAB_PROGRESS_NONE, .out = err, .err = err };
    cr_assert_eq(lab_experiment(&o), 0);
    char *a = own(strdup(lab_experiment_last_dir()));
    cr_assert_eq(lab_experiment(&o), 0);
    char *b = own(strdup(lab_experiment_last_dir()));
    cr_assert_str_neq(a, b, "two experiments in the same second get distinct folders");
    const char *dirs[] = { a, b };
    lab_report_opts ro = { .dirs = dirs, .ndirs = 2, .out_dir = NULL, .no_charts = true, .err = err };
    cr_assert_eq(lab_report(&ro), 2, "several folders need --output");
    char *merged = own(lab_strdup_printf("%s/merged", dir));
    ro.out_dir = merged;
    ro.no_charts = false;
    cr_assert_eq(lab_report(&ro), 0);
    fclose(err);
    char *sum = text_in(merged, "summary.csv");
    cr_assert(strstr(sum, "\ngood,gen,2,2,"), "both folders' runs in one group: %s", sum);
    cr_assert(file_nonempty(merged, "charts/good-pause-cdf.svg"));
    cr_assert(file_nonempty(merged, "report.html"));
    free(out);
}

/* Every configuration keeps the colour and dash of its place in the spec
 * (not the alphabet), in every chart and whatever --configs hides;
 * --configs and --charts choose what is drawn and listed; a PDF is drawn
 * beside PNG and SVG when gnuplot has pdfcairo. */
Test(lab_experiment, report_styles_filters_and_pdf)
{
    char *out = own(lab_strdup_printf("%s/results", dir));
    write_file(spec, "[experiment]\nname = s\nrepeats = 1\n[workload good]\nfile = w.py\nargs = ok 12\n"
                     "[config zeta]\ncollector = gen\n[config alpha]\ncollector = rc\n[config mid]\ncollector = gen\n");
    FILE *err = fopen("/dev/null", "w");
    lab_experiment_opts o = { .spec_path = spec, .gclab = fake, .out_root = out, .no_report = true,
                              .progress = LAB_PROGRESS_NONE, .out = err, .err = err };
    cr_assert_eq(lab_experiment(&o), 0);
    char *res = own(strdup(lab_experiment_last_dir()));
    const char *dirs[] = { res };
    lab_report_opts ro = { .dirs = dirs, .ndirs = 1, .out_dir = NULL, .no_charts = false, .err = err };
    cr_assert_eq(lab_report(&ro), 0);
    static const char *const want[] = { "lc rgb '#0072b2' dt 1 title 'zeta'", "lc rgb '#d55e00' dt 2 title 'alpha'",
                                        "lc rgb '#009e73' dt 3 title 'mid'" };
    char *gp = text_in(res, "charts/good-pause-cdf.gp"), *mmu = text_in(res, "charts/good-mmu.gp");
    for (int i = 0; i < 3; i++) {
        cr_assert(strstr(gp, want[i]), "the spec's configuration %d keeps its style: %s", i, gp);
        cr_assert(strstr(mmu, want[i]), "the same in the MMU chart: %s", mmu);
    }
    cr_assert(strstr(text_in(res, "charts/good-memory.gp"), "lc rgb '#009e73' dt 2 title 'RSS'"),
              "memory panels: the configuration's colour, RSS dashed");
    cr_assert(strstr(text_in(res, "charts/gc-time.gp"), "lc rgb '#d55e00' title 'alpha'"));
    cr_assert(strstr(text_in(res, "charts/good-pause-timeline.gp"), "set multiplot layout 3,1"),
              "one timeline panel per configuration");
    /* --configs mid --charts pause-cdf,gc-time into another folder */
    char *sub = own(lab_strdup_printf("%s/sub", dir));
    ro.out_dir = sub;
    ro.configs = "mid";
    ro.charts = "pause-cdf,gc-time";
    cr_assert_eq(lab_report(&ro), 0);
    gp = text_in(sub, "charts/good-pause-cdf.gp");
    cr_assert(strstr(gp, want[2]), "mid keeps its colour alone: %s", gp);
    cr_assert_null(strstr(gp, "zeta"));
    cr_assert(file_nonempty(sub, "charts/gc-time.svg"));
    cr_assert_not(file_nonempty(sub, "charts/good-pause-timeline.svg"), "not asked for");
    cr_assert_not(file_nonempty(sub, "charts/good-memory.png"), "not asked for");
    char *md = text_in(sub, "report.md");
    cr_assert(strstr(md, "| good | mid |"));
    cr_assert_null(strstr(md, "| good | zeta |"), "the pages show the chosen configurations only");
    cr_assert(strstr(text_in(sub, "summary.csv"), "good,zeta,"), "the data files keep every run");
    ro.configs = "nosuch";
    cr_assert_eq(lab_report(&ro), 2, "an unknown configuration is a usage error");
    ro.configs = NULL;
    ro.charts = "pie";
    cr_assert_eq(lab_report(&ro), 2, "an unknown chart too");
    fclose(err);
    if (system("echo 'set terminal pdfcairo' | gnuplot >/dev/null 2>&1") != 0)
        cr_skip_test("gnuplot has no pdfcairo terminal here: no PDF to check");
    char *pdf = text_in(res, "charts/good-pause-cdf.pdf");
    cr_assert(pdf && strncmp(pdf, "%PDF", 4) == 0, "a PDF beside the PNG and SVG");
    cr_assert(file_nonempty(res, "charts/good-pause-timeline.pdf"), "multiplot panels in PDF too");
}

Test(lab_experiment, bad_spec_and_binary)
{
    char *errlog = lab_strdup_printf("%s/e.log", dir);
    FILE *err = fopen(errlog, "w");
    write_file(spec, "[experiment]\nname = x\n[config c]\ncollector = nope\n");
    lab_experiment_opts o = { .spec_path = spec, .gclab = fake, .out = err, .err = err };
    cr_assert_eq(lab_experiment(&o), 2);
    o.gclab = "/nonexistent/gclab";
    cr_assert_eq(lab_experiment(&o), 2);
    fclose(err);
    char *log = own(lab_read_file(errlog, NULL));
    cr_assert(strstr(log, "exp.ini:4: unknown collector 'nope'"), "%s", log);
    free(errlog);
}

Test(lab_experiment, shell_quoting)
{
    cr_assert_str_eq(own(lab_shell_quote("plain/path-1.py")), "plain/path-1.py");
    cr_assert_str_eq(own(lab_shell_quote("two words")), "'two words'");
    cr_assert_str_eq(own(lab_shell_quote("it's")), "'it'\\''s'");
    cr_assert_str_eq(own(lab_shell_quote("")), "''");
    char *argv[] = { "a", "b c", "$x", NULL };
    cr_assert_str_eq(own(lab_shell_join(argv)), "a 'b c' '$x'");
}

/* A workload that never collects (no pause at all) under every
 * configuration: every run succeeded, so the experiment exits 0, with no
 * empty chart and no pointer to a log. */
Test(lab_experiment, never_collecting_workload_is_fine)
{
    char *sp = own(lab_strdup_printf("%s/idle.ini", dir));
    write_file(sp, "[experiment]\nname = idle\nrepeats = 1\n"
                   "[workload idle]\nfile = w.py\nargs = idle\n"
                   "[config gen]\ncollector = gen\n[config rc]\ncollector = rc\n");
    char *errlog = own(lab_strdup_printf("%s/idle.log", dir));
    FILE *err = fopen(errlog, "w");
    lab_experiment_opts o = { .spec_path = sp, .gclab = fake, .out_root = own(lab_strdup_printf("%s/results", dir)),
                              .jobs = 2, .progress = LAB_PROGRESS_NONE, .out = err, .err = err };
    int rc = lab_experiment(&o);
    fclose(err);
    char *log = own(lab_read_file(errlog, NULL));
    cr_assert_eq(rc, 0, "all runs ok; log:\n%s", log);
    cr_assert_null(strstr(log, "failed"), "%s", log);
    const char *root = lab_experiment_last_dir();
    cr_assert(!file_nonempty(root, "charts/max-pause.png"), "no chart of nothing");
    cr_assert(file_nonempty(root, "report.md"));
}

static bool process_with(const char *needle)
{
    char *cmd = own(lab_strdup_printf("grep -qsz -x -e '%s' /proc/[0-9]*/cmdline", needle));
    return system(cmd) == 0;
}

/* gclab experiment killed with SIGKILL: its runs die with it (no orphan
 * left running), what finished is on disk with its status, provenance is
 * there, `gclab report` recovers the finished runs, and --resume runs the
 * rest. */
Test(lab_experiment, killed_experiment_recovered_and_resumed)
{
    char *sp = own(lab_strdup_printf("%s/kill.ini", dir));
    /* a distinctive sleep, found in /proc afterwards */
    write_file(sp, "[experiment]\nname = kill\nrepeats = 1\ntimeout = 600\n"
                   "[workload good]\nfile = w.py\nargs = ok 20\n"
                   "[workload long]\nfile = w.py\nargs = linger 4242\n"
                   "[config gen]\ncollector = gen\n");
    char *out = own(lab_strdup_printf("%s/results", dir));
    cr_assert(!process_with("4242"));
    pid_t pid = fork();
    if (pid == 0) {
        lab_experiment_opts o = { .spec_path = sp, .gclab = fake, .out_root = out, .jobs = 2,
                                  .progress = LAB_PROGRESS_NONE, .no_report = true };
        _exit(lab_experiment(&o));
    }
    /* wait until the good run is recorded as ok and the long one runs */
    char *find = own(lab_strdup_printf("grep -qs 'status.: .ok' %s/kill/*/runs/good+gen+0/run.json", out));
    int waited = 0;
    while ((system(find) != 0 || !process_with("4242")) && waited++ < 300)
        usleep(20000);
    cr_assert_lt(waited, 300, "the good run finished and the long one started");
    kill(pid, SIGKILL);
    int st;
    cr_assert_eq(waitpid(pid, &st, 0), pid);
    for (waited = 0; process_with("4242") && waited < 100; waited++)
        usleep(20000);
    cr_assert(!process_with("4242"), "the run died with its experiment");

    char *ls = own(lab_strdup_printf("ls -d %s/kill/* > %s/root.txt", out, dir));
    cr_assert_eq(system(ls), 0);
    char *r = own(lab_read_file(own(lab_strdup_printf("%s/root.txt", dir)), NULL));
    r[strcspn(r, "\n")] = 0;
    cr_assert(file_nonempty(r, "provenance.json"), "provenance written at the start");
    lab_json *meta = json_at(r, "runs/long+gen+0/run.json");
    cr_assert_str_eq(lab_json_str(meta, "status"), "pending");
    lab_json_free(meta);
    lab_json *prov = json_at(r, "provenance.json");
    cr_assert_null(lab_json_str(prov, "finished_utc"), "killed: never finished");
    lab_json_free(prov);

    const char *dirs[1] = { r };
    lab_report_opts ro = { .dirs = dirs, .ndirs = 1, .out_dir = NULL, .no_charts = true, .err = NULL };
    cr_assert_eq(lab_report(&ro), 0, "the report recovers what finished");
    char *sum = text_in(r, "summary.csv");
    cr_assert(strstr(sum, "\ngood,gen,1,1,"), "%s", sum);

    /* resume: the long run is made quick, the good one is not run again */
    char *good_stats = text_in(r, "runs/good+gen+0/stats.json");
    write_file(own(lab_strdup_printf("%s/runs/long+gen+0/run.json", r)),
               own(lab_strdup_printf("{\"id\": \"long+gen+0\", \"workload\": \"long\", \"config\": \"gen\", "
                                     "\"repeat\": 0, \"status\": \"pending\", \"timeout_s\": 60, \"argv\": "
                                     "[\"%s\", \"run\", \"--gc\", \"gen\", \"--stats\", \"%s/runs/long+gen+0/stats.json\", "
                                     "\"--trace\", \"%s/runs/long+gen+0/trace.csv\", \"%s/w.py\", \"ok\", \"10\"]}\n",
                                     fake, r, r, dir)));
    lab_experiment_opts o2 = { .resume_dir = r, .gclab = fake, .jobs = 2, .progress = LAB_PROGRESS_NONE, .no_report = false };
    cr_assert_eq(lab_experiment(&o2), 0);
    meta = json_at(r, "runs/long+gen+0/run.json");
    cr_assert_str_eq(lab_json_str(meta, "status"), "ok");
    lab_json_free(meta);
    cr_assert_str_eq(text_in(r, "runs/good+gen+0/stats.json"), good_stats, "a finished run is not run again");
    sum = text_in(r, "summary.csv");
    cr_assert(strstr(sum, "\nlong,gen,1,1,"), "%s", sum);
    /* provenance.json says when the experiment finished, that it was
     * resumed, and every run's final status */
    prov = json_at(r, "provenance.json");
    cr_assert(lab_json_str(prov, "finished_utc"), "the finish time is written");
    cr_assert(lab_json_str(prov, "resumed_utc"));
    cr_assert(lab_json_str(prov, "started_utc"), "the rest is kept");
    const lab_json *runs = lab_json_get(prov, "runs");
    cr_assert(runs && runs->n == 2);
    for (size_t k = 0; k < runs->n; k++)
        cr_assert_str_eq(lab_json_str(runs->items[k], "status"), "ok", "%s", lab_json_str(runs->items[k], "id"));
    lab_json_free(prov);
}

/* Tables follow the spec's order of workloads and configurations, not
 * the alphabetical order of the run folders. */
Test(lab_experiment, results_in_spec_order)
{
    char *out = own(lab_strdup_printf("%s/results", dir));
    write_file(spec, "[experiment]\nname = order\nrepeats = 1\n"
                     "[workload zeta]\nfile = w.py\nargs = ok 5\n[workload alpha]\nfile = w.py\nargs = ok 5\n"
                     "[workload mid]\nfile = w.py\nargs = ok 5\n"
                     "[config rc]\ncollector = rc\n[config sw]\ncollector = gen\nthreshold_sweep = 2000, 300\n"
                     "[config gen]\ncollector = gen\n[config boehm]\ncollector = boehm\nallocator = boehm\n");
    FILE *err = fopen("/dev/null", "w");
    lab_experiment_opts o = { .spec_path = spec, .gclab = fake, .out_root = out, .progress = LAB_PROGRESS_NONE,
                              .out = err, .err = err };
    cr_assert_eq(lab_experiment(&o), 0);
    fclose(err);
    const char *root = lab_experiment_last_dir();
    /* a sweep's points at their section's place, by value (not "sw@t2000" < "sw@t300") */
    const char *want[] = { "zeta,rc,", "zeta,sw@t300,", "zeta,sw@t2000,", "zeta,gen,", "zeta,boehm,",
                           "alpha,rc,", "alpha,sw@t300,", "alpha,sw@t2000,", "alpha,gen,", "alpha,boehm,",
                           "mid,rc,", "mid,sw@t300,", "mid,sw@t2000,", "mid,gen,", "mid,boehm," };
    const char *sum = text_in(root, "summary.csv"), *md = text_in(root, "report.md");
    const char *at = strchr(sum, '\n');
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        cr_assert(at && strncmp(at + 1, want[i], strlen(want[i])) == 0, "row %zu: want %s in\n%s", i, want[i], sum);
        at = strchr(at + 1, '\n');
    }
    cr_assert(strstr(md, "| zeta | rc |") < strstr(md, "| zeta | gen |") &&
              strstr(md, "| zeta | boehm |") < strstr(md, "| alpha | rc |"), "%s", md);
    /* the bar charts' series (configurations) in the spec's order too */
    const char *gp = text_in(root, "charts/gc-time.gp");
    cr_assert(strstr(gp, "title 'rc'") < strstr(gp, "title 'gen'") && strstr(gp, "title 'gen'") < strstr(gp, "title 'boehm'"),
              "%s", gp);
}

/* Merging folders whose runs of one name were made differently is refused,
 * naming both folders and what differs, unless --allow-mixed. */
Test(lab_experiment, merge_refuses_mixed_runs)
{
    char *out = own(lab_strdup_printf("%s/results", dir));
    FILE *err = fopen(own(lab_strdup_printf("%s/err.txt", dir)), "w+");
    cr_assert(err);
    lab_experiment_opts o = { .spec_path = spec, .gclab = fake, .out_root = out, .no_report = true,
                              .progress = LAB_PROGRESS_NONE, .out = err, .err = err };
    write_file(spec, "[experiment]\nname = m\nrepeats = 1\n[workload good]\nfile = w.py\nargs = ok 5\n"
                     "[config gen]\ncollector = gen\n");
    cr_assert_eq(lab_experiment(&o), 0);
    char *a = own(strdup(lab_experiment_last_dir()));
    cr_assert_eq(lab_experiment(&o), 0);
    char *same = own(strdup(lab_experiment_last_dir()));
    write_file(spec, "[experiment]\nname = m\nrepeats = 1\n[workload good]\nfile = w.py\nargs = ok 6\n"
                     "[config gen]\ncollector = gen\n");
    cr_assert_eq(lab_experiment(&o), 0);
    char *b = own(strdup(lab_experiment_last_dir()));
    char *merged = own(lab_strdup_printf("%s/merged", dir));

    const char *same_dirs[] = { a, same };
    lab_report_opts ro = { .dirs = same_dirs, .ndirs = 2, .out_dir = merged, .no_charts = true, .err = err };
    cr_assert_eq(lab_report(&ro), 0, "the same spec twice pools");

    const char *dirs[] = { a, b };
    ro.dirs = dirs;
    long mark = ftell(err);
    cr_assert_eq(lab_report(&ro), 2, "another argument: refused");
    fflush(err);
    char *msg = own(lab_read_file(own(lab_strdup_printf("%s/err.txt", dir)), NULL)) + mark;
    char *want = own(lab_strdup_printf("gclab report: %s and %s both hold runs of good on gen, made differently: "
                                       "their commands differ (`5` vs `6`); --allow-mixed pools them anyway", a, b));
    cr_assert(strstr(msg, want), "want %s\ngot %s", want, msg);
    lab_compare_opts co = { .dirs = dirs, .ndirs = 2, .baseline = "gen" };
    cr_assert_eq(lab_compare(&co, err, err), 2, "compare refuses too");
    co.allow_mixed = true;
    cr_assert_eq(lab_compare(&co, err, err), 0);
    ro.allow_mixed = true;
    cr_assert_eq(lab_report(&ro), 0, "--allow-mixed pools them");
    cr_assert(strstr(text_in(merged, "summary.csv"), "\ngood,gen,2,2,"));

    /* another gclab build: the same command, another commit */
    char *prov_path = own(lab_strdup_printf("%s/provenance.json", same));
    char *prov = own(lab_read_file(prov_path, NULL));
    char *commit = strstr(prov, "\"commit\": \"");
    cr_assert(commit);
    commit[11] = commit[11] == 'x' ? 'y' : 'x';
    write_file(prov_path, prov);
    ro.dirs = same_dirs;
    ro.allow_mixed = false;
    mark = ftell(err);
    cr_assert_eq(lab_report(&ro), 2, "another build: refused");
    fflush(err);
    msg = own(lab_read_file(own(lab_strdup_printf("%s/err.txt", dir)), NULL)) + mark;
    cr_assert(strstr(msg, "gclab builds differ (commit "), "%s", msg);
    fclose(err);
}

/* test_lab_runner.c -- lab/runner.c: exit codes, signals, timeouts that kill
 * the whole process group, captured output, parallelism, interruption. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "lab/runner.h"
#include "lab/fileio.h"
#include "tests/unit/lab_util.h"

static char dir[64];

static void setup(void)
{
    strcpy(dir, "/tmp/gclab-run-XXXXXX");
    cr_assert(mkdtemp(dir));
}

static void teardown(void)
{
    char *cmd = own(lab_strdup_printf("rm -rf %s", dir));
    cr_assert_eq(system(cmd), 0);
    lab_test_free_owned();
}

TestSuite(lab_runner, .init = setup, .fini = teardown, .timeout = 60);

/* A run of `sh -c script`, owning its fields as the runner expects. */
static void make_run(lab_run *r, int i, const char *script)
{
    memset(r, 0, sizeof *r);
    r->id = lab_strdup_printf("r%d", i);
    r->dir = lab_strdup_printf("%s/r%d", dir, i);
    char err[256];
    cr_assert_eq(lab_mkdirs(r->dir, err, sizeof err), 0, "%s", err);
    r->argv = calloc(4, sizeof *r->argv);
    cr_assert(r->argv);
    r->argv[0] = strdup("/bin/sh");
    r->argv[1] = strdup("-c");
    r->argv[2] = strdup(script);
    cr_assert(r->id && r->dir && r->argv[0] && r->argv[1] && r->argv[2]);
}

static void free_runs(lab_run *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        lab_run_free(&r[i]);
}

/* The text of a file in the run's folder (kept until teardown), or NULL. */
static char *read_in(const lab_run *r, const char *name)
{
    char *p = own(lab_strdup_printf("%s/%s", r->dir, name));
    return own(lab_read_file(p, NULL));
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

Test(lab_runner, statuses_and_output)
{
    lab_run r[5];
    make_run(&r[0], 0, "echo out; echo err >&2; exit 0");
    make_run(&r[1], 1, "exit 5");
    make_run(&r[2], 2, "kill -9 $$");
    /* The grandchild `sleep` is in the run's process group: the timeout must
     * kill it too, or the run's stdout would stay open (and this test hang). */
    make_run(&r[3], 3, "sleep 30 & wait");
    make_run(&r[4], 4, "exit 0");
    r[4].check_file = "/nonexistent/stats.json";
    double t0 = now_s();
    size_t bad = lab_run_all(r, 5, 5, 0.5, LAB_PROGRESS_NONE, NULL);
    double el = now_s() - t0;
    cr_assert_eq(bad, 4);
    cr_assert_eq(r[0].status, LAB_RUN_OK);
    char *o = read_in(&r[0], "stdout"), *e = read_in(&r[0], "stderr");
    cr_assert_str_eq(o, "out\n");
    cr_assert_str_eq(e, "err\n");
    cr_assert_null(read_in(&r[0], "stdout.tmp"), "the temporary capture file is renamed");
    cr_assert_eq(r[1].status, LAB_RUN_FAILED);
    cr_assert_eq(r[1].exit_code, 5);
    cr_assert_eq(r[2].status, LAB_RUN_FAILED);
    cr_assert_eq(r[2].signal, 9);
    cr_assert_eq(r[3].status, LAB_RUN_TIMEOUT);
    cr_assert(r[3].elapsed_s >= 0.5 && r[3].elapsed_s < 5, "%g", r[3].elapsed_s);
    cr_assert_eq(r[4].status, LAB_RUN_NO_STATS);
    cr_assert(el < 5, "everything ran at once: %g s", el);
    cr_assert_str_eq(lab_run_status_name(r[3].status), "timeout");
    free_runs(r, 5);
}

Test(lab_runner, jobs_limit_parallelism)
{
    lab_run r[4];
    for (int i = 0; i < 4; i++)
        make_run(&r[i], i, "sleep 0.3");
    double t0 = now_s();
    cr_assert_eq(lab_run_all(r, 4, 2, 0, LAB_PROGRESS_NONE, NULL), 0);
    double el = now_s() - t0;
    /* 4 runs of 0.3 s, 2 at a time: two waves, ~0.6 s (not 0.3, not 1.2) */
    cr_assert(el >= 0.55 && el < 1.15, "%g s", el);
    free_runs(r, 4);
}

Test(lab_runner, progress_lines)
{
    lab_run r[2];
    make_run(&r[0], 0, "exit 0");
    make_run(&r[1], 1, "exit 1");
    char *p = own(lab_strdup_printf("%s/progress", dir));
    FILE *f = fopen(p, "w");
    lab_run_all(r, 2, 1, 0, LAB_PROGRESS_AUTO, f);   /* not a terminal: lines */
    fclose(f);
    char *t = own(lab_read_file(p, NULL));
    cr_assert(strstr(t, "[1/2] ok       r0 ("), "%s", t);
    cr_assert(strstr(t, "[2/2] failed   r1 ("), "%s", t);
    cr_assert_null(strchr(t, '\r'), "no bar when not a terminal");
    free_runs(r, 2);
}

Test(lab_runner, interrupt_kills_and_stops)
{
    /* The first run sends SIGTERM to the runner (its parent), as ^C would:
     * the runner kills that run's group and starts nothing more. */
    lab_run r[3];
    make_run(&r[0], 0, "kill -TERM $PPID; sleep 30");
    make_run(&r[1], 1, "exit 0");
    make_run(&r[2], 2, "exit 0");
    double t0 = now_s();
    cr_assert_eq(lab_run_all(r, 3, 1, 0, LAB_PROGRESS_NONE, NULL), 3);
    cr_assert(now_s() - t0 < 5);
    cr_assert_eq(r[0].status, LAB_RUN_INTERRUPTED);
    cr_assert_eq(r[1].status, LAB_RUN_NOT_STARTED);
    cr_assert_eq(r[2].status, LAB_RUN_NOT_STARTED);
    /* the handler is restored afterwards */
    struct sigaction sa;
    sigaction(SIGTERM, NULL, &sa);
    cr_assert(sa.sa_handler == SIG_DFL);
    free_runs(r, 3);
}

Test(lab_runner, missing_binary)
{
    lab_run r;
    make_run(&r, 0, "");
    free(r.argv[0]);
    free(r.argv[1]);
    free(r.argv[2]);
    r.argv[0] = strdup("/nonexistent/gclab");
    r.argv[1] = NULL;
    cr_assert_eq(lab_run_all(&r, 1, 1, 0, LAB_PROGRESS_NONE, NULL), 1);
    cr_assert_eq(r.status, LAB_RUN_FAILED);
    cr_assert_eq(r.exit_code, 127);
    char *e = read_in(&r, "stderr");
    cr_assert(strstr(e, "cannot run /nonexistent/gclab"), "%s", e);
    lab_run_free(&r);
}

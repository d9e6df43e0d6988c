/*
 * runner.c -- the parallel process runner of runner.h.
 *
 * The loop: start runs while fewer than `jobs` are running, poll each
 * running child with waitpid(pid, WNOHANG) (never waitpid(-1): the caller
 * may have children of its own), kill process groups whose time is up, and
 * sleep a little.  Polling every POLL_NS keeps the code free of signal
 * handlers racing the loop; the cost is at most POLL_NS of latency per run.
 *
 * Invariant: a run's pid is non-zero exactly while it is running; its
 * process group id equals its pid (set in both parent and child, so
 * neither races the other).  On SIGINT/SIGTERM every running group is
 * killed before returning, and the runs not yet started stay NOT_STARTED.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "lab/runner.h"
#include "lab/fileio.h"

#define POLL_NS 5000000L   /* 5 ms: latency per finished run, negligible against runs of seconds */
#define BAR_WIDTH 30

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
    (void)sig;
    interrupted = 1;
}

const char *lab_run_status_name(lab_run_status s)
{
    switch (s) {
    case LAB_RUN_PENDING: return "pending";
    case LAB_RUN_OK: return "ok";
    case LAB_RUN_FAILED: return "failed";
    case LAB_RUN_TIMEOUT: return "timeout";
    case LAB_RUN_NO_STATS: return "no-stats";
    case LAB_RUN_NOT_STARTED: return "not-started";
    case LAB_RUN_INTERRUPTED: return "interrupted";
    }
    return "?";
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

char *lab_shell_quote(const char *w)
{
    bool plain = *w != 0;
    for (const char *p = w; *p; p++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./=:,+@%", *p))
            plain = false;
    if (plain)
        return strdup(w);
    size_t n = 3;
    for (const char *p = w; *p; p++)
        n += *p == '\'' ? 4 : 1;
    char *q = malloc(n), *o = q;
    if (!q)
        return NULL;
    *o++ = '\'';
    for (const char *p = w; *p; p++) {
        if (*p == '\'') {
            memcpy(o, "'\\''", 4);
            o += 4;
        } else {
            *o++ = *p;
        }
    }
    *o++ = '\'';
    *o = 0;
    return q;
}

char *lab_shell_join(char *const *argv)
{
    size_t cap = 1, len = 0;
    char *s = malloc(cap);
    if (!s)
        return NULL;
    s[0] = 0;
    for (int i = 0; argv[i]; i++) {
        char *q = lab_shell_quote(argv[i]);
        if (!q) {
            free(s);
            return NULL;
        }
        size_t qn = strlen(q);
        char *ns = realloc(s, cap + qn + 1);
        if (!ns) {
            free(q);
            free(s);
            return NULL;
        }
        s = ns;
        cap += qn + 1;
        if (i)
            s[len++] = ' ';
        memcpy(s + len, q, qn + 1);
        len += qn;
        free(q);
    }
    return s;
}

void lab_run_free(lab_run *r)
{
    free(r->id);
    free(r->dir);
    lab_strv_free(r->argv);
    r->id = r->dir = NULL;
    r->argv = NULL;
}

static int start(lab_run *r, double timeout_s)
{
    char *out = lab_strdup_printf("%s/stdout.tmp", r->dir), *err = lab_strdup_printf("%s/stderr.tmp", r->dir);
    int fo = out ? open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
    int fe = err ? open(err, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
    free(out);
    free(err);
    if (fo < 0 || fe < 0) {
        if (fo >= 0) close(fo);
        if (fe >= 0) close(fe);
        return -1;
    }
    fflush(NULL);   /* no buffered parent output duplicated into the child */
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(fo);
        close(fe);
        return -1;
    }
    if (pid == 0) {
        setpgid(0, 0);
        /* Die with the runner; if it is already gone, do not start. */
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
            _exit(125);
        if (timeout_s > 0) {
            /* CPU time never exceeds wall time: a backstop, never the cause. */
            rlim_t cpu = (rlim_t)timeout_s + 10;
            struct rlimit rl = { cpu, cpu + 5 };
            setrlimit(RLIMIT_CPU, &rl);
        }
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0)
            dup2(devnull, 0);
        dup2(fo, 1);
        dup2(fe, 2);
        struct timespec ts;
        char ns[32];
        clock_gettime(CLOCK_MONOTONIC, &ts);
        snprintf(ns, sizeof ns, "%lld", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
        setenv(LAB_EXEC_NS_ENV, ns, 1);
        execv(r->argv[0], r->argv);
        dprintf(2, "gclab experiment: cannot run %s: %s\n", r->argv[0], strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid);
    close(fo);
    close(fe);
    r->pid = pid;
    r->started = now_s();
    r->killed = false;
    return 0;
}

static void finish(lab_run *r, int wstatus)
{
    r->elapsed_s = now_s() - r->started;
    r->pid = 0;
    char err[512];
    const char *names[2] = { "stdout", "stderr" };
    bool captured = true;   /* both outputs in place, complete */
    for (int i = 0; i < 2; i++) {
        char *tmp = lab_strdup_printf("%s/%s.tmp", r->dir, names[i]);
        char *fin = lab_strdup_printf("%s/%s", r->dir, names[i]);
        if (!tmp || !fin || lab_commit_file(tmp, fin, err, sizeof err) < 0)
            captured = false;
        free(tmp);
        free(fin);
    }
    if (WIFEXITED(wstatus)) {
        r->exit_code = WEXITSTATUS(wstatus);
        r->signal = 0;
    } else {
        r->exit_code = -1;
        r->signal = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
    }
    if (r->killed)
        r->status = interrupted ? LAB_RUN_INTERRUPTED : LAB_RUN_TIMEOUT;
    else if (r->exit_code != 0 || !captured)
        r->status = LAB_RUN_FAILED;
    else if (r->check_file && access(r->check_file, R_OK) != 0)
        r->status = LAB_RUN_NO_STATS;
    else
        r->status = LAB_RUN_OK;
}

typedef struct tally {
    size_t done, ok, failed, timeout, running;
} tally;

static void show(FILE *out, lab_progress mode, const lab_run *r, const tally *t, size_t n, double t0)
{
    if (mode == LAB_PROGRESS_NONE || !out)
        return;
    if (mode == LAB_PROGRESS_LINES) {
        if (r)
            fprintf(out, "[%zu/%zu] %-8s %s (%.2f s)\n", t->done, n, lab_run_status_name(r->status), r->id,
                    r->elapsed_s);
        fflush(out);
        return;
    }
    int fill = n ? (int)((double)t->done / (double)n * BAR_WIDTH) : BAR_WIDTH;
    char bar[BAR_WIDTH + 1];
    for (int i = 0; i < BAR_WIDTH; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[BAR_WIDTH] = 0;
    int el = (int)(now_s() - t0);
    fprintf(out, "\r[%s] %zu/%zu  ok %zu  failed %zu  timeout %zu  running %zu  %02d:%02d ", bar, t->done, n,
            t->ok, t->failed, t->timeout, t->running, el / 60, el % 60);
    fflush(out);
}

size_t lab_run_all(lab_run *runs, size_t n, int jobs, double timeout_s, lab_progress mode, FILE *out)
{
    return lab_run_all_cb(runs, n, jobs, timeout_s, mode, out, NULL, NULL);
}

size_t lab_run_all_cb(lab_run *runs, size_t n, int jobs, double timeout_s, lab_progress mode, FILE *out,
                      void (*on_finish)(lab_run *r, void *arg), void *arg)
{
    if (jobs < 1)
        jobs = 1;
    if (mode == LAB_PROGRESS_AUTO)
        mode = out && isatty(fileno(out)) ? LAB_PROGRESS_BAR : LAB_PROGRESS_LINES;
    struct sigaction sa, old_int, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    interrupted = 0;
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);

    tally t = { 0, 0, 0, 0, 0 };
    size_t next = 0;
    double t0 = now_s(), last_draw = 0;
    for (size_t i = 0; i < n; i++) {
        runs[i].status = LAB_RUN_PENDING;
        runs[i].pid = 0;
    }
    while (t.done < n) {
        while (!interrupted && (int)t.running < jobs && next < n) {
            lab_run *r = &runs[next++];
            if (start(r, timeout_s) < 0) {
                r->status = LAB_RUN_NOT_STARTED;
                r->exit_code = -1;
                t.done++;
                t.failed++;
                if (on_finish)
                    on_finish(r, arg);
                show(out, mode, r, &t, n, t0);
            } else {
                t.running++;
            }
        }
        if (interrupted) {
            for (size_t i = next; i < n; i++)
                if (runs[i].status == LAB_RUN_PENDING) {
                    runs[i].status = LAB_RUN_NOT_STARTED;
                    t.done++;
                }
            next = n;
        }
        double now = now_s();
        for (size_t i = 0; i < next; i++) {
            lab_run *r = &runs[i];
            if (!r->pid)
                continue;
            int ws;
            pid_t got = waitpid(r->pid, &ws, WNOHANG);
            if (got == r->pid) {
                finish(r, ws);
                t.running--;
                t.done++;
                if (r->status == LAB_RUN_OK)
                    t.ok++;
                else if (r->status == LAB_RUN_TIMEOUT)
                    t.timeout++;
                else
                    t.failed++;
                if (on_finish)
                    on_finish(r, arg);
                show(out, mode, r, &t, n, t0);
            } else if (!r->killed && (interrupted || (timeout_s > 0 && now - r->started > timeout_s))) {
                kill(-r->pid, SIGKILL);   /* the whole group: the run and whatever it started */
                r->killed = true;
            }
        }
        if (mode == LAB_PROGRESS_BAR && now - last_draw > 0.2) {
            show(out, mode, NULL, &t, n, t0);
            last_draw = now;
        }
        if (t.done < n) {
            struct timespec ts = { 0, POLL_NS };
            nanosleep(&ts, NULL);
        }
    }
    if (mode == LAB_PROGRESS_BAR) {
        show(out, mode, NULL, &t, n, t0);
        fputc('\n', out);
    }
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += runs[i].status != LAB_RUN_OK;
    return bad;
}

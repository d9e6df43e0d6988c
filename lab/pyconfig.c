/*
 * pyconfig.c -- `runtime = python` configurations (pyconfig.h): the
 * interpreter found in $PATH or by path, probed once, and the wrapper
 * that records its collections in gclab's stats.json / trace.csv schema.
 *
 * Why probe: `python3` is often a shim (pyenv) that starts a shell and
 * picks an interpreter; run for every measurement it would add its own
 * start-up and could pick another version between runs.  The probe asks
 * the interpreter for sys.executable once, and every run starts that
 * file directly.  A probe that fails is a spec error (exit 2 before any
 * run), with the interpreter's own first line of complaint.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "lab/pyconfig.h"
#include "lab/fileio.h"

#define PROBE_TIMEOUT_S 30   /* a first start of a cold interpreter can take seconds; a hang is an error */
#define PROBE_OUT_MAX 4096
#define PY_MIN_MINOR 7       /* gc.freeze (3.7); gc.callbacks (3.3) */

static bool executable_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode) && access(p, X_OK) == 0;
}

char *lab_pyconfig_resolve(const char *text, const char *base_dir, char *err, size_t errlen)
{
    if (strchr(text, '/')) {
        char *p = text[0] == '/' ? strdup(text) : lab_strdup_printf("%s/%s", base_dir, text);
        if (p && executable_file(p))
            return p;
        snprintf(err, errlen, "python = %s: %s is not an executable file", text, p ? p : text);
        free(p);
        return NULL;
    }
    const char *path = getenv("PATH");
    char *copy = strdup(path && *path ? path : "/usr/local/bin:/usr/bin:/bin");
    for (char *save = NULL, *d = copy ? strtok_r(copy, ":", &save) : NULL; d; d = strtok_r(NULL, ":", &save)) {
        char *p = lab_strdup_printf("%s/%s", *d ? d : ".", text);
        if (p && executable_file(p)) {
            free(copy);
            return p;
        }
        free(p);
    }
    free(copy);
    snprintf(err, errlen, "python = %s: no such program in $PATH (give a path, or install it)", text);
    return NULL;
}

/* Run argv with stdout+stderr captured into out (NUL-terminated, at most
 * n-1 bytes kept).  The exit status (0-255), or -1 when it could not run,
 * was killed or outlived PROBE_TIMEOUT_S. */
static int capture(char *const argv[], char *out, size_t n)
{
    int fd[2];
    out[0] = 0;
    if (pipe2(fd, O_CLOEXEC) < 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return -1;
    }
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0)
            dup2(devnull, 0);
        dup2(fd[1], 1);
        dup2(fd[1], 2);
        execv(argv[0], argv);
        dprintf(2, "cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    close(fd[1]);
    size_t len = 0;
    struct timespec t0, now;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    bool late = false;
    for (;;) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        double left = PROBE_TIMEOUT_S - (double)(now.tv_sec - t0.tv_sec) - (double)(now.tv_nsec - t0.tv_nsec) / 1e9;
        struct pollfd p = { fd[0], POLLIN, 0 };
        if (left <= 0 || poll(&p, 1, (int)(left * 1000) + 1) == 0) {
            late = true;
            break;
        }
        char tmp[512];
        ssize_t r = read(fd[0], tmp, sizeof tmp);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        size_t k = (size_t)r < n - 1 - len ? (size_t)r : n - 1 - len;
        memcpy(out + len, tmp, k);
        len += k;
        out[len] = 0;
    }
    close(fd[0]);
    if (late)
        kill(pid, SIGKILL);
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (late) {
        snprintf(out, n, "no answer within %d s", PROBE_TIMEOUT_S);
        return -1;
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void add_error(char **errors, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_error(char **errors, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *joined = lab_strdup_printf("%s%s\n", *errors ? *errors : "", msg);
    if (joined) {
        free(*errors);
        *errors = joined;
    }
}

/* The first line of text, at most 200 characters, for a message. */
static void first_line(const char *text, char *out, size_t n)
{
    size_t k = strcspn(text, "\n");
    if (k > 200)
        k = 200;
    if (k >= n)
        k = n - 1;
    memcpy(out, text, k);
    out[k] = 0;
}

/* The probe's program: the real file, then the version. */
static const char probe_code[] =
    "import sys; print(sys.executable); print('%d.%d.%d' % tuple(sys.version_info[:3]))";

int lab_pyconfig_probe(lab_spec *S, char **errors)
{
    *errors = NULL;
    const lab_config *first = NULL;
    for (size_t i = 0; i < S->nconfigs; i++) {
        lab_config *c = &S->configs[i];
        if (!c->python || !c->python_path)
            continue;
        if (!first)
            first = c;
        /* several configurations may name one interpreter: ask it once */
        for (size_t k = 0; k < i && !c->python_exe; k++)
            if (S->configs[k].python_exe && strcmp(S->configs[k].python_path, c->python_path) == 0) {
                c->python_exe = strdup(S->configs[k].python_exe);
                c->python_version = strdup(S->configs[k].python_version);
            }
        if (c->python_exe)
            continue;
        char out[PROBE_OUT_MAX], line[256];
        char *argv[] = { c->python_path, "-c", (char *)probe_code, NULL };
        int rc = capture(argv, out, sizeof out);
        char *nl = strchr(out, '\n');
        int major = 0, minor = 0, micro = 0;
        if (rc != 0 || !nl || nl == out || sscanf(nl + 1, "%d.%d.%d", &major, &minor, &micro) != 3) {
            first_line(out, line, sizeof line);
            char why[64];
            if (rc > 0)
                snprintf(why, sizeof why, "exit status %d", rc);
            else
                snprintf(why, sizeof why, "%s", rc == 0 ? "an answer that is not a version" : "it did not start or finish");
            add_error(errors, "%s:%d: python = %s: %s did not run (%s): %s", S->path, c->python_line, c->python_text,
                      c->python_path, why, line[0] ? line : "no output");
            continue;
        }
        if (major != 3 || minor < PY_MIN_MINOR) {
            add_error(errors, "%s:%d: python = %s: CPython %d.%d.%d; the wrapper needs 3.%d or later", S->path,
                      c->python_line, c->python_text, major, minor, micro, PY_MIN_MINOR);
            continue;
        }
        *nl = 0;
        c->python_exe = strdup(out);
        c->python_version = lab_strdup_printf("%d.%d.%d", major, minor, micro);
        if (!executable_file(c->python_exe)) {
            add_error(errors, "%s:%d: python = %s: its sys.executable '%s' is not an executable file", S->path,
                      c->python_line, c->python_text, c->python_exe);
            free(c->python_exe);
            c->python_exe = NULL;
        }
    }
    if (first && !*errors) {
        char *w = lab_pyconfig_wrapper();
        if (!w)
            add_error(errors, "%s:%d: python = %s: the CPython wrapper %s was not found (beside gclab, in the "
                      "source tree's scripts/, or named by $%s)", S->path, first->python_line, first->python_text,
                      LAB_PY_WRAPPER, LAB_PY_WRAPPER_ENV);
        free(w);
    }
    return *errors ? -1 : 0;
}

char *lab_pyconfig_wrapper(void)
{
    const char *env = getenv(LAB_PY_WRAPPER_ENV);
    if (env && *env)
        return access(env, R_OK) == 0 ? realpath(env, NULL) : NULL;
    char exe[4096];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = 0;
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = 0;
        const char *const rel[] = { "", "/../scripts", "/../share/gclab" };
        for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
            char *p = lab_strdup_printf("%s%s/%s", exe, rel[i], LAB_PY_WRAPPER);
            char *real = p && access(p, R_OK) == 0 ? realpath(p, NULL) : NULL;
            free(p);
            if (real)
                return real;
        }
    }
#ifdef GCLAB_SCRIPTS_DIR
    if (access(GCLAB_SCRIPTS_DIR "/" LAB_PY_WRAPPER, R_OK) == 0)
        return strdup(GCLAB_SCRIPTS_DIR "/" LAB_PY_WRAPPER);
#endif
    return NULL;
}

char **lab_pyconfig_head(const lab_config *c, const char *wrapper)
{
    char **v = calloc(8, sizeof *v);
    int n = 0;
    if (!v)
        return NULL;
    v[n++] = strdup(c->python_exe ? c->python_exe : c->python_path);
    v[n++] = strdup(wrapper);
    if (c->thresholds) {
        v[n++] = strdup("--threshold");
        v[n++] = strdup(c->thresholds);
    }
    if (c->freeze == 1)
        v[n++] = strdup("--freeze");
    for (int i = 0; i < n; i++)
        if (!v[i]) {
            for (int j = 0; j < n; j++)
                free(v[j]);
            free(v);
            return NULL;
        }
    return v;
}

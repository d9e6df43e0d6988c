/*
 * fileio.c -- atomic writes, whole-file reads, mkdir -p (see fileio.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/fileio.h"

/* How an output path is written (fileio.h): replaced (a regular file or a
 * new path), in place (anything else that can be opened for writing), or
 * refused (-1 with a message). */
enum { OUT_REPLACE, OUT_IN_PLACE };

static int output_mode(const char *path, char *err, size_t errlen)
{
    if (!path || !*path) {
        snprintf(err, errlen, "an empty path names no file");
        return -1;
    }
    if (path[strlen(path) - 1] == '/') {
        snprintf(err, errlen, "%s: names a folder, not a file", path);
        return -1;
    }
    struct stat st;
    if (lstat(path, &st) != 0) {
        if (errno == ENOENT)
            return OUT_REPLACE;   /* a missing folder on the way is reported by mkstemp */
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (S_ISREG(st.st_mode))
        return OUT_REPLACE;
    if (S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s: is a folder, not a file", path);
        return -1;
    }
    if (S_ISSOCK(st.st_mode)) {
        snprintf(err, errlen, "%s: is a socket, not a file", path);
        return -1;
    }
    return OUT_IN_PLACE;   /* device, FIFO, symlink: keep what it is */
}

int lab_output_check(const char *path, const char *const *inputs, char *err, size_t errlen)
{
    if (output_mode(path, err, errlen) < 0)
        return -1;
    struct stat out, in;
    if (stat(path, &out) != 0) {   /* new: its folder must exist */
        const char *slash = strrchr(path, '/');
        char *parent = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
        int bad = !parent || stat(parent, &in) != 0 ? errno : !S_ISDIR(in.st_mode) ? ENOTDIR : 0;
        if (bad)
            snprintf(err, errlen, "%s: %s", path, strerror(bad));
        free(parent);
        return bad ? -1 : 0;
    }
    if (S_ISDIR(out.st_mode)) {   /* a symlink to a folder */
        snprintf(err, errlen, "%s: is a folder, not a file", path);
        return -1;
    }
    /* a result file is never a program: `--stats prog.py prog2.py` (an
     * option's value forgotten) must not replace a source with JSON */
    size_t n = strlen(path);
    if (S_ISREG(out.st_mode) && n > 3 && strcmp(path + n - 3, ".py") == 0) {
        snprintf(err, errlen, "%s: is a Python source file: refusing to overwrite it with results", path);
        return -1;
    }
    for (; inputs && *inputs; inputs++) {
        if (S_ISREG(out.st_mode) && stat(*inputs, &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
            snprintf(err, errlen, "%s: is the input %s: refusing to overwrite it", path, *inputs);
            return -1;
        }
    }
    return 0;
}

/* Run fn on f, then flush and close it: 0, or -1 with errno of the first
 * failure (0 when fn failed without one). */
static int write_and_close(FILE *f, int (*fn)(FILE *out, void *arg), void *arg, bool sync, int *saved)
{
    errno = 0;
    int r = fn(f, arg);
    *saved = r ? errno : 0;
    if (fflush(f) != 0 || ferror(f)) {
        if (r == 0)
            *saved = errno ? errno : EIO;
        r = -1;
    }
    if (r == 0 && sync && fsync(fileno(f)) != 0 && errno != EINVAL)
        r = -1, *saved = errno;
    if (fclose(f) != 0 && r == 0)
        r = -1, *saved = errno;
    return r;
}

/* A device, FIFO or symlink: opened and written like a shell's `>` does. */
static int write_in_place(const char *path, int (*fn)(FILE *out, void *arg), void *arg,
                          char *err, size_t errlen)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0644);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    int saved;
    if (write_and_close(f, fn, arg, false, &saved) != 0) {
        snprintf(err, errlen, "%s: cannot write: %s", path, saved ? strerror(saved) : "the writer failed");
        return -1;
    }
    return 0;
}

int lab_write_atomic(const char *path, int (*fn)(FILE *out, void *arg), void *arg,
                     char *err, size_t errlen)
{
    int mode = output_mode(path, err, errlen);
    if (mode < 0)
        return -1;
    if (mode == OUT_IN_PLACE)
        return write_in_place(path, fn, arg, err, errlen);
    size_t len = strlen(path);
    char *tmp = malloc(len + 16);
    if (!tmp) {
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    snprintf(tmp, len + 16, "%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot create a temporary file: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    fchmod(fd, 0644);   /* mkstemp makes 0600; results are meant to be shared */
    FILE *f = fdopen(fd, "w");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        close(fd);
        unlink(tmp);
        free(tmp);
        return -1;
    }
    int saved;
    int r = write_and_close(f, fn, arg, true, &saved);
    if (r == 0 && rename(tmp, path) != 0)
        r = -1, saved = errno;
    if (r != 0) {
        snprintf(err, errlen, "%s: cannot write: %s", path, saved ? strerror(saved) : "the writer failed");
        unlink(tmp);
    }
    free(tmp);
    return r;
}

typedef struct bytes { const void *p; size_t n; } bytes;

static int write_bytes(FILE *f, void *arg)
{
    bytes *b = arg;
    return b->n && fwrite(b->p, 1, b->n, f) != b->n ? -1 : 0;
}

int lab_write_atomic_bytes(const char *path, const void *data, size_t n, char *err, size_t errlen)
{
    bytes b = { data, n };
    return lab_write_atomic(path, write_bytes, &b, err, errlen);
}

int lab_commit_file(const char *tmp_path, const char *path, char *err, size_t errlen)
{
    int fd = open(tmp_path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    if (rename(tmp_path, path) != 0) {
        snprintf(err, errlen, "%s: cannot rename into place: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

char *lab_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {   /* fopen opens a folder on Linux */
        fclose(f);
        errno = EISDIR;
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (n + 1 < cap)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int bad = ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (!buf || bad) {
        free(buf);
        errno = bad ? bad : ENOMEM;
        return NULL;
    }
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

int lab_mkdirs(const char *path, char *err, size_t errlen)
{
    if (!*path) {
        snprintf(err, errlen, "an empty path names no folder");
        return -1;
    }
    char *p = strdup(path);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (char *s = p + 1;; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            struct stat st;
            if (mkdir(p, 0755) != 0 && (errno != EEXIST || stat(p, &st) != 0 || !S_ISDIR(st.st_mode))) {
                snprintf(err, errlen, "cannot create folder %s: %s", p, strerror(errno == EEXIST ? ENOTDIR : errno));
                free(p);
                return -1;
            }
            *s = c;
            if (!c)
                break;
        }
    }
    free(p);
    return 0;
}

char *lab_strdup_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;
    va_end(ap);
    return s;
}

void lab_strv_free(char **v)
{
    if (!v)
        return;
    for (char **p = v; *p; p++)
        free(*p);
    free(v);
}

char **lab_strv_complete(char **v, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (!v[i]) {
            /* holes: lab_strv_free would stop at the first */
            for (size_t j = 0; j < k; j++)
                free(v[j]);
            free(v);
            return NULL;
        }
    return v;
}

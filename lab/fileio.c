/*
 * fileio.c -- atomic writes, whole-file reads, mkdir -p (see fileio.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/fileio.h"

int lab_write_atomic(const char *path, int (*fn)(FILE *out, void *arg), void *arg,
                     char *err, size_t errlen)
{
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
    errno = 0;
    int r = fn(f, arg);
    int saved = errno;
    if (fflush(f) != 0 || ferror(f))
        r = -1, saved = errno;
    if (r == 0 && fsync(fileno(f)) != 0 && errno != EINVAL)
        r = -1, saved = errno;
    if (fclose(f) != 0 && r == 0)
        r = -1, saved = errno;
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
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        free(buf);
        errno = bad ? EIO : ENOMEM;
        return NULL;
    }
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

int lab_mkdirs(const char *path, char *err, size_t errlen)
{
    char *p = strdup(path);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (char *s = p + 1;; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            if (mkdir(p, 0755) != 0 && errno != EEXIST) {
                snprintf(err, errlen, "cannot create folder %s: %s", p, strerror(errno));
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

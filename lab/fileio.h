/*
 * fileio.h -- small file helpers of the lab: atomic writes, whole-file
 * reads, folders.  A leaf (libc only), shared with runtime/telemetry.c.
 *
 * Atomic write: the content goes to a temporary file in the same folder
 * (so rename(2) cannot cross file systems), is flushed and fsync'ed, then
 * renamed over the target: a reader sees the old file or the complete new
 * one, never a torn one, even if the writer is killed half-way.
 *
 * Only a regular file or a new path is replaced that way.  Anything else
 * the user named as an output is written in place (a character device such
 * as /dev/null or /dev/stdout, a FIFO: their type is kept) or through (a
 * symlink: its target is replaced atomically, the link stays), or refused
 * with a message naming it (an empty path, a folder, a dangling symlink, a
 * socket).  Every write, the flush and the close are checked: a full disk
 * is an error, never a silently short file.
 */
#ifndef GCLAB_LAB_FILEIO_H
#define GCLAB_LAB_FILEIO_H

#include <stddef.h>
#include <stdio.h>

/* fn writes the content and returns 0 (or -1 to abandon the file). */
int lab_write_atomic(const char *path, int (*fn)(FILE *out, void *arg), void *arg,
                     char *err, size_t errlen);
/* Whether path may be an output file (see above), before any work is done:
 * 0, or -1 with a message.  inputs (NULL-terminated, may be NULL) are files
 * the command reads: naming one of them as the output is refused, as is
 * an existing .py file (results never replace a program). */
int lab_output_check(const char *path, const char *const *inputs, char *err, size_t errlen);
/* Write the n bytes at data atomically. */
int lab_write_atomic_bytes(const char *path, const void *data, size_t n, char *err, size_t errlen);
/* Rename an already written file into place after fsync (captured output). */
int lab_commit_file(const char *tmp_path, const char *path, char *err, size_t errlen);
/* Read a whole file (NUL-terminated, malloc'ed); NULL with errno set. */
char *lab_read_file(const char *path, size_t *len);
/* mkdir -p; 0 or -1 with a message. */
int lab_mkdirs(const char *path, char *err, size_t errlen);
/* malloc'ed printf. */
char *lab_strdup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Free a NULL-terminated, malloc'ed array of malloc'ed strings (NULL: no-op). */
void lab_strv_free(char **v);
/* v (k strings filled in, some NULL where an allocation failed), or NULL
 * after freeing it all when any is NULL: the end of an argv builder. */
char **lab_strv_complete(char **v, size_t k);

#endif

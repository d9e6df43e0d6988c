/*
 * sha256.h -- SHA-256 (FIPS 180-4) of a buffer or a file, as hex, for the
 * provenance of workload files.
 */
#ifndef GCLAB_LAB_SHA256_H
#define GCLAB_LAB_SHA256_H

#include <stddef.h>

#define LAB_SHA256_HEX 65   /* 64 hex digits and a NUL */

void lab_sha256_hex(const void *data, size_t n, char out[LAB_SHA256_HEX]);
/* The file's digest into out; 0, or -1 (errno set) if it cannot be read. */
int lab_sha256_file(const char *path, char out[LAB_SHA256_HEX]);

#endif

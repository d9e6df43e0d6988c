/*
 * sha512.h -- SHA-512 of a buffer (sha512.c), for random.seed().
 */
#ifndef GCLAB_MODULES_SHA512_H
#define GCLAB_MODULES_SHA512_H

#include <stddef.h>
#include <stdint.h>

void mod_sha512(const uint8_t *data, size_t len, uint8_t digest[64]);

#endif

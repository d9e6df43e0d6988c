/*
 * bytes_int.h -- what bytes.c, bytearray.c and bytes_methods.c share and
 * nothing else uses: the sequence protocol both types implement the same
 * way, and the argument handling of bytes() / bytearray().
 */
#ifndef GCLAB_RUNTIME_BYTES_INT_H
#define GCLAB_RUNTIME_BYTES_INT_H

#include "runtime/bytes.h"

/* bytes and bytearray compare with each other by content. */
rt_object *rt_bytes_richcompare(rt_object *a, rt_object *b, int op);
extern rt_number_methods rt_bytes_as_number;
/* a + b, a * n: the result has a's type (bytes or bytearray). */
rt_object *rt_byteslike_concat(rt_object *a, rt_object *b);
rt_object *rt_byteslike_repeat(rt_object *o, intptr_t count);
/* v in o: an int in range(256) or a bytes-like needle; 1, 0 or -1. */
int rt_byteslike_contains(rt_object *o, rt_object *v);
/* o[i] (an int) or o[i:j:k] (o's type). */
rt_object *rt_byteslike_subscript(rt_object *o, rt_object *key);
rt_object *rt_byteslike_iter(rt_object *o);
/* v as a byte value (an index in range(256), else ValueError(range_msg)). */
int rt_byte_value(rt_object *v, const char *range_msg, int *out);
/* bytes(source, encoding, errors) / bytearray(...) arguments (borrowed). */
int rt_bytes_parse_args(const char *name, rt_object *args, rt_object *kwargs, rt_object **src,
                        rt_object **enc, rt_object **errors);
/* The bytes the arguments stand for (a new bytes); *from_iter: they came
 * from a general iterable (neither list nor tuple). */
rt_object *rt_bytes_from_source(const char *name, rt_object *src, rt_object *enc, rt_object *errors,
                                bool *from_iter);
/* str.encode(encoding, errors) on s: a new bytes (bytes_methods.c). */
rt_object *rt_str_encode(rt_object *s, rt_object *enc, rt_object *errors);
int rt_bytearray_init(void);
/* Argument checks of the bytes methods (bytes_methods.c): no keyword
 * arguments; lo..hi positional ones ("strip expected at most 1 argument,
 * got 2").  0 / -1.  (rt_bytes_bind_args: bytes.h.) */
int rt_bytes_no_kw(const char *tname, const char *name, rt_object *kw);
int rt_bytes_nargs(const char *tname, const char *name, intptr_t nargs, intptr_t lo, intptr_t hi, rt_object *kw);
/* The justification, partition, case, line and translation methods
 * (bytes_text.c). */
extern rt_method_def rt_bytes_text_methods[];
/* The static maketrans of each type (its messages name the type). */
extern rt_method_def rt_bytes_maketrans_method[], rt_bytearray_maketrans_method[];

#endif

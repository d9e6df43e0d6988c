/*
 * bytes.h -- immutable byte strings (bytes) and mutable byte buffers
 * (bytearray), as CPython 3.11's.
 *
 * A bytes object stores its bytes inline after the header, NUL-terminated,
 * in a block no collector scans (rt_object_new_var_pointer_free): the
 * layout is CPython's PyBytesObject, so sys.getsizeof(b) is 33 + len(b).
 * A bytearray holds its bytes in a separate atomic block (rt_mem_malloc_
 * atomic) that it may over-allocate, grow and shrink by CPython's rule, so
 * sys.getsizeof(ba) is 56 plus the allocation as on CPython.  Neither is a
 * GC container: gc.is_tracked() is False for both.
 *
 * Invariants:
 *   - bytes: hash is -1 until first computed; the empty bytes and the 256
 *     one-byte bytes objects are cached immortal singletons, made on first
 *     use (so a program without bytes allocates none);
 *   - bytearray: 0 <= start, start + size + 1 <= alloc whenever alloc > 0
 *     (the byte after the last is a NUL); buf is NULL iff alloc is 0.
 */
#ifndef GCLAB_RUNTIME_BYTES_H
#define GCLAB_RUNTIME_BYTES_H

#include "runtime/object.h"

typedef struct rt_bytesobject {
    RT_VAROBJECT_HEAD           /* size: number of bytes, excluding the NUL */
    intptr_t hash;              /* -1: not computed yet */
    char data[];                /* size + 1 bytes, NUL-terminated */
} rt_bytesobject;

typedef struct rt_bytearray {
    RT_VAROBJECT_HEAD           /* size: number of bytes in use */
    intptr_t alloc;             /* bytes of buf (CPython's ob_alloc) */
    char *buf;                  /* the block (NULL when alloc is 0) */
    intptr_t start;             /* the bytes begin at buf + start */
} rt_bytearray;

extern rt_type rt_bytes_type, rt_bytearray_type, rt_bytes_iterator_type, rt_bytearray_iterator_type;

/* bytes or a subclass (CPython's PyBytes_Check); exactly bytes */
static inline bool rt_bytes_check(rt_object *o) { return (o->type->flags & RT_TPFLAGS_BYTES_SUBCLASS) != 0; }
static inline bool rt_bytes_check_exact(rt_object *o) { return o->type == &rt_bytes_type; }
static inline bool rt_bytearray_check(rt_object *o) { return o->type == &rt_bytearray_type; }
/* bytes or bytearray: what CPython's buffer protocol gives the methods */
static inline bool rt_byteslike_check(rt_object *o) { return rt_bytes_check(o) || rt_bytearray_check(o); }

static inline char *rt_bytes_data(rt_object *o) { return ((rt_bytesobject *)o)->data; }
static inline char *rt_bytearray_data(rt_object *o)
{
    rt_bytearray *b = (rt_bytearray *)o;
    return b->buf ? b->buf + b->start : (char *)"";
}
/* The bytes of a bytes-like object (borrowed; a bytearray's may move when
 * it is resized). */
static inline const char *rt_byteslike_data(rt_object *o)
{
    return rt_bytes_check(o) ? rt_bytes_data(o) : rt_bytearray_data(o);
}

/* Construction (new references). */
rt_object *rt_bytes_from_data(const char *p, intptr_t n);
/* The longest bytes CPython 3.11 can describe: PY_SSIZE_T_MAX less its
 * header and terminating NUL (PyBytesObject_SIZE, 33 on 64 bits); past it
 * OverflowError "byte string is too large", below it MemoryError. */
#define RT_BYTES_MAX_SIZE (INTPTR_MAX - 33)
/* A bytes of n bytes to fill in (p NULL), or NULL; never a singleton;
 * OverflowError past RT_BYTES_MAX_SIZE. */
rt_object *rt_bytes_new_uninit(intptr_t n);
rt_object *rt_bytearray_from_data(const char *p, intptr_t n);
/* A new object of the same kind as like (bytes or bytearray; a bytes
 * subclass's operations make bytes). */
rt_object *rt_byteslike_new_like(rt_object *like, const char *p, intptr_t n);
/* The bytes of o if it is bytes-like: 0, or -1 with CPython's TypeError
 * "a bytes-like object is required, not 'T'". */
int rt_byteslike_get(rt_object *o, const char **p, intptr_t *n);

intptr_t rt_bytes_hash(rt_object *o);
rt_object *rt_bytes_repr_of(rt_object *o);         /* b'...' or bytearray(b'...') */
/* bytearray in-place concatenation (ba += x): 0 / -1. */
int rt_bytearray_iconcat(rt_object *ba, rt_object *other);
int rt_bytearray_irepeat(rt_object *ba, intptr_t n);
/* Resize to n bytes by CPython's over-allocation rule: 0 / -1. */
int rt_bytearray_resize(rt_object *ba, intptr_t n);

/* The methods shared by bytes and bytearray (bytes_methods.c), and
 * str.encode. */
extern rt_method_def rt_bytes_common_methods[];
extern rt_method_def rt_bytes_str_methods[];
/* str(obj, encoding[, errors]) (args: that tuple): obj decoded. */
rt_object *rt_bytes_decode_args(rt_object *args);
/* str(o, encoding=, errors=) once parsed: either may be NULL (utf-8,
 * strict), o a bytes-like object */
rt_object *rt_bytes_decode_parts(rt_object *o, rt_object *encoding, rt_object *errors);
/* bytes.__mod__ / bytearray.__mod__: %-formatting, by the VM's formatter
 * (rt_bytes_format_hook, set by vm/strformat.c, which has str's). */
rt_object *rt_bytes_format(rt_object *fmt, rt_object *args);
extern rt_binaryfunc rt_bytes_format_hook;

int rt_bytes_init(void);
/* The argument clinic's binding of a vector call (bytes_methods.c; also
 * OrderedDict's C methods): positional and keyword arguments into
 * slots[0..n) by names, the first `required` required, with CPython's
 * messages in its order ("takes at most 2 arguments (3 given)", "missing
 * required argument 'key' (pos 1)", "'x' is an invalid keyword argument
 * for f()").  0 / -1. */
int rt_bytes_bind_args(const char *fname, rt_object *const *args, intptr_t nargs, rt_object *kw,
                       const char *const *names, int n, int required, rt_object **slots);
/* Visit the bytes singletons (tracing collectors). */
int rt_bytes_visit_roots(rt_visitproc visit, void *arg);

#endif

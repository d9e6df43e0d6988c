/*
 * marshal.h -- code objects to bytes and back (the payload of a .pyc file),
 * the bytecode verifier that makes loaded code safe to run, and the
 * bytecode-file format around the payload (header, cache, sourceless runs).
 *
 * The payload format is gclab's own (see docs/bytecode.md); it is tied to
 * VM_PYC_VERSION and to a fingerprint of the opcode table and of the code
 * object's serialised fields, so a change in either invalidates every
 * cache file without anyone remembering to bump a number.
 */
#ifndef GCLAB_VM_MARSHAL_H
#define GCLAB_VM_MARSHAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "runtime/object.h"

/* Bytecode file format version: the N of __pycache__/NAME.gclab-N.pyc. */
#define VM_PYC_VERSION 11

/* ---- payload (marshal.c) ---- */

/* Serialise a code object and its constants into a new rt_raw_malloc
 * buffer (*out, *len).  0, or -1 with an exception set. */
int vm_marshal_dumps(rt_object *code, unsigned char **out, size_t *len);
/* Rebuild a module code object from a payload and verify it (every code
 * object in it, see vm_code_verify).  A new reference, or NULL with
 * ValueError("bad marshal data (...)") or MemoryError set.  Never reads
 * outside [buf, buf+len) whatever the bytes are. */
rt_object *vm_marshal_loads(const unsigned char *buf, size_t len);

/* FNV-1a, 64 bits: the payload checksum. */
uint64_t vm_fnv1a64(const void *p, size_t n, uint64_t h);
#define VM_FNV64_INIT 0xcbf29ce484222325ULL
/* Fingerprint of the opcode table and the serialised code fields; part of
 * the file header's magic. */
uint32_t vm_bytecode_fingerprint(void);

/* ---- verifier (verify.c) ---- */

/* Check that running co can never crash the VM: every opcode and argument
 * in range, jump targets inside the code, a consistent stack depth and
 * block stack on every path, no stack under/overflow, and the value kinds
 * the eval loop assumes without checking (lists for LIST_APPEND, a code
 * object and a closure of cells for MAKE_FUNCTION, ...).  top: the module
 * body run by vm_eval_code (no cells; only it and class bodies may use
 * STORE_NAME).  Nested code objects in co_consts are verified too.  0, or
 * -1 with ValueError set describing the first problem. */
int vm_code_verify(rt_object *co, bool top);

/* ---- bytecode files (pycache.c) ---- */

/* Header: magic "GCLB", u16 version, u16 flags, u32 fingerprint, u32
 * reserved, u64 source size, i64 source mtime (ns), u64 payload size, u64
 * payload FNV-1a 64; all little-endian. */
#define VM_PYC_HEADER_SIZE 48

/* Write code as a bytecode file at path, atomically (temporary file in the
 * same directory, then rename).  src_size / src_mtime_ns stamp the source
 * it came from (0 when unknown).  0, or -1 with an exception set. */
int vm_pyc_write(const char *path, rt_object *code, uint64_t src_size, int64_t src_mtime_ns);
/* The same file's image in memory (*out from rt_raw_malloc, the caller
 * frees it): for writers with their own output rules (gclab compile -o).
 * 0, or -1 with an exception set. */
int vm_pyc_dumps(rt_object *code, uint64_t src_size, int64_t src_mtime_ns, unsigned char **out, size_t *len);
/* Parse a whole bytecode file image: header, size and checksum, then the
 * payload.  When want_size/want_mtime are non-NULL they must match the
 * header's source stamp.  A new code object or NULL with ImportError set
 * (the message says why: bad magic, stale, checksum, bad marshal data). */
rt_object *vm_pyc_loads(const unsigned char *buf, size_t len, const uint64_t *want_size,
                        const int64_t *want_mtime);
/* Read and load a bytecode file (no source check).  NULL + exception. */
rt_object *vm_pyc_read(const char *path);
/* "DIR/__pycache__/NAME.gclab-N.pyc" for "DIR/NAME.py" into buf. */
int vm_pyc_cache_path(const char *srcpath, char *buf, size_t n);
/* Code for the module whose source is srcpath: from its cache file when
 * that is valid, else compiled (and the cache rewritten, silently skipped
 * if __pycache__ cannot be written).  NULL + exception (SyntaxError...). */
rt_object *vm_pyc_module_code(const char *srcpath);
/* Run a bytecode file as __main__ (sys.argv must be set; interp.c): the
 * exit status as vm_run_file, 1 with an ImportError for a bad file. */
int vm_run_pyc(const char *path);
/* Write/read counters of the cache, for tests and the benchmark. */
typedef struct vm_pyc_stats {
    long cache_hits, cache_misses, cache_writes, cache_write_failures, rejected;
} vm_pyc_stats;
extern vm_pyc_stats vm_pyc_counters;

/* ---- disassembler (dis.c) ---- */

#include <stdio.h>
/* Print co and (recursively) its nested code objects in the style of
 * CPython's `python3 -m dis`: opcodes in generic form, or as the loop has
 * quickened them (compiler/opcode.h) when quickened is set. */
void vm_dis(rt_object *co, FILE *out, bool quickened);

#endif

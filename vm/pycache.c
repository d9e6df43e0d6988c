/*
 * pycache.c -- bytecode files: the header around a marshal payload, the
 * __pycache__ of imported modules, and running a .pyc without its source.
 *
 * Header (48 bytes, little-endian): "GCLB", u16 VM_PYC_VERSION, u16 flags
 * (0), u32 vm_bytecode_fingerprint(), u32 reserved (0), u64 source size,
 * i64 source mtime in ns, u64 payload size, u64 FNV-1a 64 of the payload.
 *
 * Invariants:
 *   - a cache file is used only when everything in its header matches (the
 *     magic, version and fingerprint of this build; the size and mtime of
 *     the source as stat() reports them now; the payload's size and
 *     checksum) and its payload loads and verifies; otherwise the module is
 *     compiled from source and the file rewritten;
 *   - a cache file is replaced atomically: written to a temporary file in
 *     __pycache__ and renamed over the old one, so a reader sees either
 *     the old or the new file, never a partial one;
 *   - failing to create or write __pycache__ is never an error: the code
 *     compiled in memory is used;
 *   - the main script is never cached (only imports go through here).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "compiler/marshal.h"
#include "compiler/compile.h"
#include "vm/eval.h"
#include "vm/module.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/str.h"

vm_pyc_stats vm_pyc_counters;

static const unsigned char MAGIC[4] = { 'G', 'C', 'L', 'B' };

static void put_u16(unsigned char *p, uint16_t v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); }
static void put_u32(unsigned char *p, uint32_t v) { put_u16(p, (uint16_t)v); put_u16(p + 2, (uint16_t)(v >> 16)); }
static void put_u64(unsigned char *p, uint64_t v) { put_u32(p, (uint32_t)v); put_u32(p + 4, (uint32_t)(v >> 32)); }
static uint16_t get_u16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t get_u32(const unsigned char *p) { return get_u16(p) | (uint32_t)get_u16(p + 2) << 16; }
static uint64_t get_u64(const unsigned char *p) { return get_u32(p) | (uint64_t)get_u32(p + 4) << 32; }

int vm_pyc_dumps(rt_object *code, uint64_t src_size, int64_t src_mtime_ns, unsigned char **out, size_t *len)
{
    unsigned char *payload;
    size_t plen;
    if (vm_marshal_dumps(code, &payload, &plen) < 0)
        return -1;
    unsigned char *h = rt_raw_malloc(VM_PYC_HEADER_SIZE + plen);
    if (!h) {
        rt_raw_free(payload);
        rt_err_no_memory();
        return -1;
    }
    memset(h, 0, VM_PYC_HEADER_SIZE);
    memcpy(h, MAGIC, 4);
    put_u16(h + 4, VM_PYC_VERSION);
    put_u32(h + 8, vm_bytecode_fingerprint());
    put_u64(h + 16, src_size);
    put_u64(h + 24, (uint64_t)src_mtime_ns);
    put_u64(h + 32, plen);
    put_u64(h + 40, vm_fnv1a64(payload, plen, VM_FNV64_INIT));
    memcpy(h + VM_PYC_HEADER_SIZE, payload, plen);
    rt_raw_free(payload);
    *out = h;
    *len = VM_PYC_HEADER_SIZE + plen;
    return 0;
}

int vm_pyc_write(const char *path, rt_object *code, uint64_t src_size, int64_t src_mtime_ns)
{
    unsigned char *image;
    size_t len;
    if (vm_pyc_dumps(code, src_size, src_mtime_ns, &image, &len) < 0)
        return -1;
    /* same directory as the target, so that rename() is atomic */
    size_t n = strlen(path) + 32;
    char *tmp = rt_raw_malloc(n);
    if (!tmp) {
        rt_raw_free(image);
        rt_err_no_memory();
        return -1;
    }
    snprintf(tmp, n, "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(image, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = false;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        int e = errno;
        if (f)
            unlink(tmp);
        rt_err_format(&rt_exc_OSError, "[Errno %d] %s: '%s'", e, strerror(e), path);
    }
    rt_raw_free(tmp);
    rt_raw_free(image);
    return ok ? 0 : -1;
}

rt_object *vm_pyc_loads(const unsigned char *buf, size_t len, const uint64_t *want_size,
                        const int64_t *want_mtime)
{
    if (len < VM_PYC_HEADER_SIZE || memcmp(buf, MAGIC, 4) != 0)
        return rt_err_set_string(&rt_exc_ImportError, "bad magic number");
    if (get_u16(buf + 4) != VM_PYC_VERSION || get_u32(buf + 8) != vm_bytecode_fingerprint())
        return rt_err_set_string(&rt_exc_ImportError, "bytecode of another gclab version");
    if ((want_size && get_u64(buf + 16) != *want_size)
        || (want_mtime && (int64_t)get_u64(buf + 24) != *want_mtime))
        return rt_err_set_string(&rt_exc_ImportError, "stale: the source has changed");
    uint64_t plen = get_u64(buf + 32);
    if (plen != len - VM_PYC_HEADER_SIZE)
        return rt_err_set_string(&rt_exc_ImportError, "truncated bytecode file");
    const unsigned char *payload = buf + VM_PYC_HEADER_SIZE;
    if (vm_fnv1a64(payload, (size_t)plen, VM_FNV64_INIT) != get_u64(buf + 40))
        return rt_err_set_string(&rt_exc_ImportError, "checksum mismatch");
    rt_object *code = vm_marshal_loads(payload, (size_t)plen);
    if (!code && rt_err_matches(&rt_exc_ValueError)) {
        rt_object *e = rt_err_fetch();
        rt_object *msg = rt_str(e);
        rt_decref(e);
        if (msg) {
            rt_err_set_object(&rt_exc_ImportError, msg);
            rt_decref(msg);
        }
    }
    return code;
}

rt_object *vm_pyc_read(const char *path)
{
    size_t len;
    char *buf = vm_read_file(path, &len);
    if (!buf) {
        int e = errno;
        rt_err_format(&rt_exc_OSError, "[Errno %d] %s: '%s'", e, strerror(e), path);
        errno = e;   /* for the caller's message */
        return NULL;
    }
    rt_object *code = vm_pyc_loads((const unsigned char *)buf, len, NULL, NULL);
    rt_raw_free(buf);
    return code;
}

int vm_pyc_cache_path(const char *srcpath, char *buf, size_t n)
{
    const char *slash = strrchr(srcpath, '/');
    const char *base = slash ? slash + 1 : srcpath;
    size_t dirlen = (size_t)(base - srcpath);
    size_t blen = strlen(base);
    if (blen > 3 && strcmp(base + blen - 3, ".py") == 0)
        blen -= 3;
    int r = snprintf(buf, n, "%.*s__pycache__/%.*s.gclab-%d.pyc", (int)dirlen, srcpath, (int)blen, base,
                     VM_PYC_VERSION);
    return r < 0 || (size_t)r >= n ? -1 : 0;
}

static int64_t mtime_ns(const struct stat *st)
{
    return (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
}

/* Write the cache for srcpath; failures are reported by the counters only. */
static void write_cache(const char *cpath, rt_object *code, const struct stat *st)
{
    char dir[4096];
    const char *slash = strrchr(cpath, '/');
    snprintf(dir, sizeof dir, "%.*s", (int)(slash - cpath), cpath);
    if ((mkdir(dir, 0777) == 0 || errno == EEXIST)
        && vm_pyc_write(cpath, code, (uint64_t)st->st_size, mtime_ns(st)) == 0) {
        vm_pyc_counters.cache_writes++;
        return;
    }
    vm_pyc_counters.cache_write_failures++;
    rt_err_clear();
}

rt_object *vm_pyc_module_code(const char *srcpath)
{
    struct stat st;
    char cpath[4096];
    bool cacheable = getenv("GCLAB_DONTWRITEBYTECODE") == NULL
                     && vm_pyc_cache_path(srcpath, cpath, sizeof cpath) == 0;
    if (stat(srcpath, &st) != 0)
        return rt_err_format(&rt_exc_OSError, "[Errno 2] No such file or directory: '%s'", srcpath);
    if (cacheable) {
        size_t len;
        char *buf = vm_read_file(cpath, &len);
        if (buf) {
            uint64_t size = (uint64_t)st.st_size;
            int64_t mt = mtime_ns(&st);
            rt_object *code = vm_pyc_loads((const unsigned char *)buf, len, &size, &mt);
            rt_raw_free(buf);
            if (code) {
                vm_pyc_counters.cache_hits++;
                return code;
            }
            if (!rt_err_matches(&rt_exc_ImportError))
                return NULL;   /* MemoryError */
            vm_pyc_counters.rejected++;
            rt_err_clear();
        }
        vm_pyc_counters.cache_misses++;
    }
    size_t len;
    char *src = vm_read_file(srcpath, &len);
    if (!src)
        return rt_err_format(&rt_exc_OSError, "[Errno 2] No such file or directory: '%s'", srcpath);
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, len, srcpath, &err);
    rt_raw_free(src);
    if (!code) {
        if (err.kind != VM_SYNERR_NONE)
            vm_syntax_error_raise(&err);
        return NULL;
    }
    if (cacheable)
        write_cache(cpath, code, &st);
    return code;
}

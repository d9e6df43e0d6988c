/*
 * test_pyc.c -- bytecode files: the marshal round trip, the __pycache__ of
 * imports (reuse, stale source, corrupt / truncated / wrong-magic /
 * hostile files, unwritable __pycache__), sourceless runs and imports,
 * tracebacks without source, the verifier's rejections, the disassembler
 * against an expected text, and the inputs the fuzzers found.
 */
#define _GNU_SOURCE
#include "tests/unit/vm_util.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "compiler/marshal.h"
#include "compiler/code.h"
#include "runtime/tuple.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/complex.h"
#include <math.h>

TestSuite(pyc, .init = vm_setup);

/* ---- helpers ---------------------------------------------------------------- */

static char tdir[64];

static void make_dir(void)
{
    snprintf(tdir, sizeof tdir, "/tmp/gclab-pyctest-XXXXXX");
    cr_assert_not_null(mkdtemp(tdir));
}

static const char *at(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tdir, name);
    return buf[k];
}

static void write_text(const char *name, const char *text)
{
    FILE *f = fopen(at(name), "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

static unsigned char *slurp(const char *path, size_t *len)
{
    return (unsigned char *)vm_read_file(path, len);
}

static void spit(const char *path, const unsigned char *buf, size_t len)
{
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(buf, 1, len, f), len);
    fclose(f);
}

/* Run DIR/name as __main__ in this process; stdout into a static buffer,
 * stderr into another.  Imported modules are forgotten afterwards so the
 * next run imports them again (through the cache). */
static run_result run_file(const char *name)
{
    run_result r;
    static char outbuf[8192], errbuf[8192];
    char *o = NULL;
    size_t olen;
    FILE *out = open_memstream(&o, &olen);
    vm.out = out;
    fflush(stderr);
    int saved = dup(2);
    char errpath[128];
    snprintf(errpath, sizeof errpath, "%s.stderr", tdir);
    FILE *ef = fopen(errpath, "w");
    dup2(fileno(ef), 2);
    r.status = vm_run_file(at(name));
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fclose(ef);
    vm.out = stdout;
    fclose(out);
    snprintf(outbuf, sizeof outbuf, "%s", o);
    free(o);
    size_t n;
    char *e = vm_read_file(errpath, &n);
    snprintf(errbuf, sizeof errbuf, "%s", e ? e : "");
    if (e)
        rt_raw_free(e);
    unlink(errpath);
    r.out = outbuf;
    r.err = errbuf;
    rt_dict_clear(vm.modules);   /* forget __main__ and imports (sys etc. are not needed again) */
    return r;
}

static const char *MOD_SRC =
    "K = 7\n"
    "def tri(n):\n"
    "    return [i * (i + 1) // 2 for i in range(n)]\n"
    "class Box:\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def __repr__(self):\n"
    "        return f'Box({self.v!r})'\n"
    "def boom():\n"
    "    return 1 // 0\n";

static const char *MAIN_SRC =
    "import mod\n"
    "print(mod.K, mod.tri(5), mod.Box('x'))\n"
    "try:\n"
    "    mod.boom()\n"
    "except ZeroDivisionError as e:\n"
    "    print('caught', e)\n";

static const char *EXPECTED = "7 [0, 1, 3, 6, 10] Box('x')\ncaught integer division or modulo by zero\n";

static void make_program(void)
{
    make_dir();
    write_text("mod.py", MOD_SRC);
    write_text("main.py", MAIN_SRC);
}

static void expect_run(const char *name, const char *expected)
{
    run_result r = run_file(name);
    cr_expect_eq(r.status, 0, "status %d, stderr:\n%s", r.status, r.err);
    cr_expect_str_eq(r.out, expected);
}

static const char *cache_file(void)
{
    static char buf[256];
    cr_assert_eq(vm_pyc_cache_path(at("mod.py"), buf, sizeof buf), 0);
    return buf;
}

/* Set a file's mtime to `sec` seconds after the epoch (deterministic staleness). */
static void set_mtime(const char *path, time_t sec)
{
    struct timespec ts[2] = { { sec, 0 }, { sec, 0 } };
    cr_assert_eq(utimensat(AT_FDCWD, path, ts, 0), 0);
}

/* vm_util.h's helpers for single-file programs are not used here */
static void unused_helpers(void) __attribute__((unused));
static void unused_helpers(void)
{
    (void)run_src;
    (void)last_line;
}

/* ---- marshal ------------------------------------------------------------------ */

Test(pyc, round_trip_is_exact_and_runs_the_same)
{
    const char *src =
        "a = (1, -2, 2**62, -2**63, 2**64, -3**100, 0.5, -0.0, 1e308, None, True, False, ..., 'caf\\u00e9', ('x', ('y',)),\n"
        "     b'', b'x\\x00\\xff', 'x', b'x', 2j, -0j, 1-1e300j)\n"
        "def f(x, *rest, k=3):\n"
        "    def g():\n"
        "        return x + k\n"
        "    return g() + len(rest)\n"
        "print(a, f(1, 2, 3, k=1))\n";
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, strlen(src), "rt.py", &err);
    cr_assert_not_null(code);
    unsigned char *buf, *buf2;
    size_t len, len2;
    cr_assert_eq(vm_marshal_dumps(code, &buf, &len), 0);
    rt_object *back = vm_marshal_loads(buf, len);
    cr_assert_not_null(back);
    cr_assert_eq(vm_marshal_dumps(back, &buf2, &len2), 0);
    cr_expect_eq(len, len2);
    cr_expect_eq(memcmp(buf, buf2, len), 0);
    vm_code *a = (vm_code *)code, *b = (vm_code *)back;
    cr_expect_eq(a->ncode, b->ncode);
    cr_expect_eq(memcmp(a->code, b->code, (size_t)a->ncode * sizeof(vm_codeunit)), 0);
    cr_expect_eq(a->stacksize, b->stacksize);
    cr_expect_eq(a->nlines, b->nlines);
    /* the source ranges of the position markers survive the trip */
    cr_expect_eq(memcmp(a->lines, b->lines, (size_t)a->nlines * sizeof(vm_lineentry)), 0);
    bool ranged = false;
    for (intptr_t i = 0; i < a->ncode; i++) {
        vm_lineentry p;
        ranged |= vm_code_position(a, i, &p) && p.line == 7 && p.col >= 0;
    }
    cr_expect(ranged, "no instruction of line 7 has a source range");
    /* names come back interned: attribute lookups compare pointers */
    for (intptr_t i = 0; i < RT_SIZE(b->names); i++)
        cr_expect(rt_str_is_interned(RT_TUPLE_GET_ITEM(b->names, i)));
    /* bytes constants come back as bytes, apart from the equal str */
    int nbytes = 0, nx_str = 0, nx_bytes = 0, ncomplex = 0;
    for (intptr_t i = 0; i < RT_SIZE(b->consts); i++) {
        rt_object *x = RT_TUPLE_GET_ITEM(b->consts, i);
        if (rt_bytes_check(x) && RT_SIZE(x) == 3 && memcmp(rt_bytes_data(x), "x\0\xff", 3) == 0)
            nbytes++;
        if (rt_str_check(x) && rt_str_eq_cstr(x, "x"))
            nx_str++;
        if (rt_bytes_check(x) && RT_SIZE(x) == 1 && rt_bytes_data(x)[0] == 'x')
            nx_bytes++;
        /* the complex constants come back bit for bit */
        {
            rt_object *y = x;
            if (rt_complex_check_exact(y))
                ncomplex += (RT_COMPLEX_REAL(y) == 0.0 && RT_COMPLEX_IMAG(y) == 2.0)
                            + (signbit(RT_COMPLEX_REAL(y)) && signbit(RT_COMPLEX_IMAG(y)))
                            + (RT_COMPLEX_REAL(y) == 1.0 && RT_COMPLEX_IMAG(y) == -1e300);
        }
    }
    cr_expect_eq(ncomplex, 3);
    cr_expect(nbytes == 1 && nx_str == 1 && nx_bytes == 1, "%d %d %d", nbytes, nx_str, nx_bytes);
    /* every truncation of a valid payload is rejected, never crashes */
    for (size_t cut = 0; cut < len; cut++) {
        rt_object *t = vm_marshal_loads(buf, cut);
        cr_expect_null(t, "truncated at %zu loaded", cut);
        rt_err_clear();
    }
    rt_raw_free(buf);
    rt_raw_free(buf2);
    rt_decref(back);
    rt_decref(code);
}

Test(pyc, big_int_constants_are_canonical_or_rejected)
{
    const char *src = "x = 2**64\n";
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, strlen(src), "big.py", &err);
    cr_assert_not_null(code);
    unsigned char *buf;
    size_t len;
    cr_assert_eq(vm_marshal_dumps(code, &buf, &len), 0);
    /* 'l', zigzag(3) = 6, then the limbs 0, 0, 1 */
    static const unsigned char big[] = { 'l', 6, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0 };
    unsigned char *at_l = memmem(buf, len, big, sizeof big);
    cr_assert_not_null(at_l);
    rt_object *ok = vm_marshal_loads(buf, len);
    cr_assert_not_null(ok);
    rt_decref(ok);
    at_l[10] = 0;   /* a zero top limb: not canonical */
    cr_expect_null(vm_marshal_loads(buf, len));
    rt_err_clear();
    at_l[10] = 1;
    at_l[1] = 2;    /* one limb: a small value in the big tag */
    cr_expect_null(vm_marshal_loads(buf, len));
    rt_err_clear();
    at_l[1] = 0x7e; /* 63 limbs: more than the data */
    cr_expect_null(vm_marshal_loads(buf, len));
    rt_err_clear();
    rt_raw_free(buf);
    rt_decref(code);
}

/* ---- the cache ------------------------------------------------------------------ */

Test(pyc, import_writes_the_cache_then_reuses_it)
{
    make_program();
    expect_run("main.py", EXPECTED);
    cr_expect_eq(vm_pyc_counters.cache_writes, 1);
    struct stat st;
    cr_expect_eq(stat(cache_file(), &st), 0, "no %s", cache_file());
    /* the top-level script is not cached */
    char mainc[256];
    vm_pyc_cache_path(at("main.py"), mainc, sizeof mainc);
    cr_expect_neq(stat(mainc, &st), 0);
    expect_run("main.py", EXPECTED);
    cr_expect_eq(vm_pyc_counters.cache_hits, 1);
    cr_expect_eq(vm_pyc_counters.cache_writes, 1);
}

Test(pyc, stale_source_is_recompiled)
{
    make_program();
    set_mtime(at("mod.py"), 1000000000);
    expect_run("main.py", EXPECTED);
    /* same size, new content and mtime */
    char *changed = strdup(MOD_SRC);
    changed[4] = '8';
    write_text("mod.py", changed);
    free(changed);
    set_mtime(at("mod.py"), 1000000001);
    expect_run("main.py", "8 [0, 1, 3, 6, 10] Box('x')\ncaught integer division or modulo by zero\n");
    cr_expect_eq(vm_pyc_counters.rejected, 1);
    cr_expect_eq(vm_pyc_counters.cache_writes, 2);
    expect_run("main.py", "8 [0, 1, 3, 6, 10] Box('x')\ncaught integer division or modulo by zero\n");
    cr_expect_eq(vm_pyc_counters.cache_hits, 1);
}

/* Damage the cache file with `how`, run again: same output, the file is
 * rejected and rewritten, and the run after that hits the cache. */
static void damaged_cache_is_recompiled(void (*how)(unsigned char *buf, size_t *len))
{
    make_program();
    expect_run("main.py", EXPECTED);
    size_t len;
    unsigned char *buf = slurp(cache_file(), &len);
    cr_assert_not_null(buf);
    how(buf, &len);
    spit(cache_file(), buf, len);
    rt_raw_free(buf);
    expect_run("main.py", EXPECTED);
    cr_expect_eq(vm_pyc_counters.rejected, 1);
    cr_expect_eq(vm_pyc_counters.cache_writes, 2);
    expect_run("main.py", EXPECTED);
    cr_expect_eq(vm_pyc_counters.cache_hits, 1);
}

static void flip_payload_byte(unsigned char *buf, size_t *len)
{
    buf[VM_PYC_HEADER_SIZE + (*len - VM_PYC_HEADER_SIZE) / 2] ^= 0x20;
}

static void truncate_half(unsigned char *buf, size_t *len)
{
    (void)buf;
    *len /= 2;
}

static void wrong_magic(unsigned char *buf, size_t *len)
{
    (void)len;
    buf[0] = 'X';
}

static void wrong_version(unsigned char *buf, size_t *len)
{
    (void)len;
    buf[4] ^= 0xff;
}

/* a file of the format before this one (version 10: no match opcodes)
 * under the current name is stale, never run */
static void previous_version(unsigned char *buf, size_t *len)
{
    (void)len;
    buf[4] = (unsigned char)((VM_PYC_VERSION - 1) & 0xff);
    buf[5] = (unsigned char)((VM_PYC_VERSION - 1) >> 8);
}

Test(pyc, flipped_byte_is_recompiled) { damaged_cache_is_recompiled(flip_payload_byte); }
Test(pyc, truncated_file_is_recompiled) { damaged_cache_is_recompiled(truncate_half); }
Test(pyc, wrong_magic_is_recompiled) { damaged_cache_is_recompiled(wrong_magic); }
Test(pyc, wrong_version_is_recompiled) { damaged_cache_is_recompiled(wrong_version); }
Test(pyc, previous_version_is_recompiled) { damaged_cache_is_recompiled(previous_version); }

static uint64_t get_u64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static void put_u64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++, v >>= 8)
        p[i] = (unsigned char)v;
}

/* Hostile content with a correct checksum: a LOAD_CONST index far out of
 * range in the module's code.  The verifier must reject it. */
static void hostile_const_index(unsigned char *buf, size_t *len)
{
    unsigned char *payload = buf + VM_PYC_HEADER_SIZE;
    size_t plen = *len - VM_PYC_HEADER_SIZE;
    /* find the first LOAD_CONST unit (opcode byte then a small argument) */
    bool done = false;
    for (size_t i = 0; i + 4 <= plen && !done; i++) {
        if (payload[i] == OP_LOAD_CONST && payload[i + 2] == 0 && payload[i + 3] == 0 && payload[i + 1] < 8) {
            payload[i + 1] = 0xff;
            payload[i + 2] = 0xff;
            done = true;
        }
    }
    cr_assert(done);
    put_u64(buf + 40, vm_fnv1a64(payload, plen, VM_FNV64_INIT));
}

Test(pyc, hostile_file_with_a_valid_checksum_is_recompiled)
{
    damaged_cache_is_recompiled(hostile_const_index);
}

Test(pyc, hostile_file_is_an_import_error_naming_the_problem)
{
    make_program();
    expect_run("main.py", EXPECTED);
    size_t len;
    unsigned char *buf = slurp(cache_file(), &len);
    hostile_const_index(buf, &len);
    rt_object *code = vm_pyc_loads(buf, len, NULL, NULL);
    cr_expect_null(code);
    cr_expect(rt_err_matches(&rt_exc_ImportError));
    rt_object *e = rt_err_fetch();
    rt_object *s = rt_str(e);
    cr_expect(strstr(rt_str_data(s), "constant index") != NULL, "%s", rt_str_data(s));
    rt_decref(s);
    rt_decref(e);
    /* the header stamps the source: size as stat reports it */
    struct stat st;
    stat(at("mod.py"), &st);
    cr_expect_eq(get_u64(buf + 16), (uint64_t)st.st_size);
    rt_raw_free(buf);
}

Test(pyc, unwritable_pycache_still_runs)
{
    make_program();
    /* a plain file where the directory should be: mkdir and the write fail
     * even for root (permissions would not stop root) */
    write_text("__pycache__", "not a directory\n");
    expect_run("main.py", EXPECTED);
    cr_expect_eq(vm_pyc_counters.cache_writes, 0);
    cr_expect_eq(vm_pyc_counters.cache_write_failures, 1);
    expect_run("main.py", EXPECTED);
    /* nothing was left behind: no temporary files in the directory */
    DIR *d = opendir(tdir);
    int n = 0;
    for (struct dirent *de; (de = readdir(d));)
        n += de->d_name[0] != '.';
    closedir(d);
    cr_expect_eq(n, 3);
}

/* ---- sourceless ---------------------------------------------------------------- */

static void compile_to(const char *src_name, const char *pyc_name)
{
    size_t len;
    char *src = vm_read_file(at(src_name), &len);
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, len, at(src_name), &err);
    rt_raw_free(src);
    cr_assert_not_null(code);
    cr_assert_eq(vm_pyc_write(at(pyc_name), code, 0, 0), 0);
    rt_decref(code);
}

Test(pyc, pyc_runs_and_imports_without_source)
{
    make_program();
    compile_to("mod.py", "mod.pyc");
    compile_to("main.py", "main.pyc");
    unlink(at("mod.py"));
    unlink(at("main.py"));
    expect_run("main.pyc", EXPECTED);
    struct stat st;
    cr_expect_neq(stat(at("__pycache__"), &st), 0, "sourceless imports write no cache");
}

/* A package's modules are cached in the package's own __pycache__, as any
 * imported module's, and a package runs from .pyc files without source
 * (pkg/__init__.pyc, pkg/sub.pyc: CPython's sourceless package). */
static const char *PKG_MAIN = "import pkg.sub\nfrom pkg import sub\nprint(pkg.K, sub.V, pkg.sub is sub)\n";
static const char *PKG_EXPECTED = "1 2 True\n";

static void make_package(void)
{
    make_dir();
    cr_assert_eq(mkdir(at("pkg"), 0777), 0);
    write_text("pkg/__init__.py", "K = 1\n");
    write_text("pkg/sub.py", "from . import K\nV = K + 1\n");
    write_text("main.py", PKG_MAIN);
}

Test(pyc, package_modules_are_cached_in_the_package)
{
    make_package();
    expect_run("main.py", PKG_EXPECTED);
    cr_expect_eq(vm_pyc_counters.cache_writes, 2);
    char c1[256], c2[256];
    cr_assert_eq(vm_pyc_cache_path(at("pkg/__init__.py"), c1, sizeof c1), 0);
    cr_assert_eq(vm_pyc_cache_path(at("pkg/sub.py"), c2, sizeof c2), 0);
    cr_expect(strstr(c1, "/pkg/__pycache__/__init__.gclab-") != NULL, "%s", c1);
    struct stat st;
    cr_expect_eq(stat(c1, &st), 0, "no %s", c1);
    cr_expect_eq(stat(c2, &st), 0, "no %s", c2);
    expect_run("main.py", PKG_EXPECTED);
    cr_expect_eq(vm_pyc_counters.cache_hits, 2);
    cr_expect_eq(vm_pyc_counters.cache_writes, 2);
}

Test(pyc, package_runs_without_source)
{
    make_package();
    compile_to("pkg/__init__.py", "pkg/__init__.pyc");
    compile_to("pkg/sub.py", "pkg/sub.pyc");
    unlink(at("pkg/__init__.py"));
    unlink(at("pkg/sub.py"));
    expect_run("main.py", PKG_EXPECTED);
    struct stat st;
    cr_expect_neq(stat(at("pkg/__pycache__"), &st), 0, "sourceless imports write no cache");
}

Test(pyc, traceback_from_sourceless_code_shows_file_and_line)
{
    make_dir();
    write_text("mod.py", MOD_SRC);
    write_text("main.py", "import mod\nprint('before')\nmod.boom()\n");
    compile_to("mod.py", "mod.pyc");
    compile_to("main.py", "main.pyc");
    unlink(at("mod.py"));
    unlink(at("main.py"));
    run_result r = run_file("main.pyc");
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(r.out, "before\n");
    char expected[1024];
    snprintf(expected, sizeof expected,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 3, in <module>\n"
             "  File \"%s\", line 10, in boom\n"
             "ZeroDivisionError: integer division or modulo by zero\n",
             at("main.py"), at("mod.py"));
    cr_expect_str_eq(r.err, expected);
}

Test(pyc, bad_sourceless_module_is_an_import_error)
{
    make_dir();
    write_text("mod.pyc", "GCLB but not really a bytecode file");
    write_text("main.py", "try:\n    import mod\nexcept ImportError as e:\n    print(type(e).__name__)\n");
    expect_run("main.py", "ImportError\n");
}

/* ---- the verifier ----------------------------------------------------------------- */

/* A module code object with the given units and one constant (None) and
 * one name. */
static rt_object *make_code(const vm_codeunit *units, intptr_t n, int stacksize, int flags)
{
    rt_object *consts = rt_tuple_pack(1, RT_NONE);
    rt_object *nm = rt_str_intern_cstr("x");
    rt_object *names = rt_tuple_pack(1, nm);
    rt_object *empty = rt_tuple_new(0);
    rt_object *name = rt_str_from_cstr("<module>");
    vm_lineentry line = { 0, 1, 1, -1, -1 };
    vm_code_spec s = {
        .code = units, .ncode = n, .lines = &line, .nlines = 1,
        .consts = consts, .names = names, .varnames = empty, .cellvars = empty, .freevars = empty,
        .name = name, .qualname = name, .filename = name,
        .stacksize = stacksize, .flags = flags, .firstlineno = 1,
    };
    rt_object *co = vm_code_new(&s);
    rt_decref(consts);
    rt_decref(nm);
    rt_decref(names);
    rt_decref(empty);
    rt_decref(name);
    return co;
}

#define U(op, arg) VM_UNIT(OP_##op, arg)

static void expect_rejected(const vm_codeunit *units, intptr_t n, int stacksize, const char *why)
{
    rt_object *co = make_code(units, n, stacksize, VM_CO_MODULE);
    cr_assert_not_null(co);
    cr_expect_eq(vm_code_verify(co, true), -1, "accepted: %s", why);
    rt_object *e = rt_err_fetch();
    cr_expect(e && rt_isinstance_type(e, &rt_exc_ValueError));
    rt_object *s = e ? rt_str(e) : NULL;
    cr_expect(s && strstr(rt_str_data(s), why), "'%s' does not say '%s'", s ? rt_str_data(s) : "", why);
    RT_XDECREF(s);
    RT_XDECREF(e);
    rt_decref(co);
}

/* What the compiler emits for each of these the verifier must accept: a
 * rejected module is silently recompiled at every import, so nothing else
 * would notice (class keywords were rejected: __build_class__ called with
 * CALL_FUNCTION_KW). */
Test(pyc, verifier_accepts_the_compilers_output)
{
    static const char *const srcs[] = {
        "class B: pass\nclass M(type): pass\nclass C(B, metaclass=M): pass\n",
        "class B:\n    def __init_subclass__(cls, **kw): pass\nclass C(B, flag=1, other=2):\n    x = 1\n",
        "def f(*a, k=1, **kw):\n    return [y for y in a if y], {k: v for k, v in kw.items()}\n"
        "print(f(1, 0, k=2, z=3), *[1, 2], **{'sep': '-'})\n",
        "def g():\n    try:\n        yield from range(3)\n    finally:\n        pass\n"
        "with open_thing() as t:\n    pass\n",
        /* every kind of pattern: the captures' SWAPs and the fail_pop chains */
        "def m(v):\n    match v:\n        case [1, *r] | {'k': -2, **r} as z if z:\n            return r\n"
        "        case P(a, b=[c, *_, d]) | P(a, b=(c, d)):\n            return a, c, d\n"
        "        case {'x': None, 'y': True | False as t, **rest}:\n            return t, rest\n"
        "        case (1 | 2.5 | 'x' | b'y') as lit:\n            return lit\n"
        "        case str() | bytes():\n            pass\n        case _:\n            return None\n",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        vm_syntax_error err;
        rt_object *code = vm_compile_source(srcs[i], strlen(srcs[i]), "v.py", &err);
        if (!code) {   /* outside the subset: nothing to verify */
            rt_err_clear();
            continue;
        }
        unsigned char *buf;
        size_t len;
        cr_assert_eq(vm_marshal_dumps(code, &buf, &len), 0);
        rt_object *back = vm_marshal_loads(buf, len);   /* loads verifies */
        rt_object *e = back ? NULL : rt_err_fetch();
        rt_object *s = e ? rt_str(e) : NULL;
        cr_expect_not_null(back, "source %zu rejected: %s", i, s ? rt_str_data(s) : "");
        RT_XDECREF(s);
        RT_XDECREF(e);
        RT_XDECREF(back);
        rt_raw_free(buf);
        rt_decref(code);
    }
}

Test(pyc, verifier_accepts_a_well_formed_module)
{
    vm_codeunit ok[] = { U(LOAD_CONST, 0), U(STORE_NAME, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    rt_object *co = make_code(ok, 4, 1, VM_CO_MODULE);
    cr_expect_eq(vm_code_verify(co, true), 0);
    rt_decref(co);
}

Test(pyc, verifier_rejects_a_generator_flag_outside_a_function)
{
    vm_codeunit ok[] = { U(LOAD_CONST, 0), U(STORE_NAME, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    rt_object *co = make_code(ok, 4, 1, VM_CO_MODULE | VM_CO_GENERATOR);
    cr_expect_eq(vm_code_verify(co, true), -1);
    rt_object *e = rt_err_fetch();
    rt_object *s = e ? rt_str(e) : NULL;
    cr_expect(s && strstr(rt_str_data(s), "generator flag on a non-function"));
    RT_XDECREF(s);
    RT_XDECREF(e);
    rt_decref(co);
}

Test(pyc, verifier_rejects_what_would_crash_the_loop)
{
    vm_codeunit underflow[] = { U(POP_TOP, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(underflow, 3, 1, "stack underflow");
    vm_codeunit overflow[] = { U(LOAD_CONST, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(overflow, 3, 1, "stack overflow");
    vm_codeunit constidx[] = { U(LOAD_CONST, 5), U(RETURN_VALUE, 0) };
    expect_rejected(constidx, 2, 1, "constant index");
    vm_codeunit nameidx[] = { U(LOAD_NAME, 1), U(RETURN_VALUE, 0) };
    expect_rejected(nameidx, 2, 1, "name index");
    vm_codeunit local[] = { U(LOAD_FAST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(local, 2, 1, "local index");
    vm_codeunit jump[] = { U(JUMP, 7), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(jump, 3, 1, "jump target");
    vm_codeunit falloff[] = { U(LOAD_CONST, 0), U(POP_TOP, 0) };
    expect_rejected(falloff, 2, 1, "falls off the end");
    vm_codeunit opcode[] = { VM_UNIT(200, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(opcode, 3, 1, "unknown opcode");
    vm_codeunit append[] = { U(LOAD_CONST, 0), U(LOAD_CONST, 0), U(LIST_APPEND, 1),
                             U(RETURN_VALUE, 0) };
    expect_rejected(append, 4, 2, "not a list");
    vm_codeunit mkfunc[] = { U(LOAD_CONST, 0), U(MAKE_FUNCTION, 0), U(RETURN_VALUE, 0) };
    expect_rejected(mkfunc, 3, 1, "wrong kind");
    vm_codeunit popblock[] = { U(POP_BLOCK, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(popblock, 3, 1, "POP_BLOCK without");
    vm_codeunit popexc[] = { U(LOAD_CONST, 0), U(POP_EXCEPT, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(popexc, 4, 1, "POP_EXCEPT without");
    vm_codeunit foriter[] = { U(LOAD_CONST, 0), U(FOR_ITER, 3), U(POP_TOP, 0), U(LOAD_CONST, 0),
                              U(RETURN_VALUE, 0) };
    expect_rejected(foriter, 5, 2, "without an iterator");
    /* the loop finds a generator from the frame: only generator code may suspend */
    vm_codeunit yield[] = { U(LOAD_CONST, 0), U(YIELD_VALUE, 0), U(RETURN_VALUE, 0) };
    expect_rejected(yield, 3, 1, "yield outside a generator");
    /* WITH_EXCEPT_START only in a handler: [exit, prev exc, exc] */
    vm_codeunit withexc[] = { U(LOAD_CONST, 0), U(LOAD_CONST, 0), U(LOAD_CONST, 0),
                              U(WITH_EXCEPT_START, 0), U(RETURN_VALUE, 0) };
    expect_rejected(withexc, 5, 4, "WITH_EXCEPT_START without");
    /* different depths where two paths meet */
    vm_codeunit join[] = { U(LOAD_CONST, 0), U(POP_JUMP_IF_TRUE, 3), U(LOAD_CONST, 0),
                           U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    expect_rejected(join, 5, 2, "inconsistent");
    /* return while a try block is active */
    vm_codeunit retblock[] = { U(SETUP_FINALLY, 3), U(LOAD_CONST, 0), U(RETURN_VALUE, 0),
                               U(RERAISE, 0) };
    expect_rejected(retblock, 4, 3, "block still active");
    /* a handler that does not find the previous exception where it left it */
    vm_codeunit handler[] = { U(SETUP_FINALLY, 4), U(LOAD_NAME, 0), U(POP_BLOCK, 0), U(RETURN_VALUE, 0),
                              U(POP_TOP, 0), U(POP_TOP, 0), U(LOAD_NAME, 0), U(RETURN_VALUE, 0) };
    expect_rejected(handler, 8, 3, "previous exception");
    /* COPY and SWAP reach below the stack only as far as it goes */
    vm_codeunit copy[] = { U(LOAD_CONST, 0), U(COPY, 2), U(RETURN_VALUE, 0) };
    expect_rejected(copy, 3, 2, "COPY of nothing");
    vm_codeunit copy0[] = { U(LOAD_CONST, 0), U(COPY, 0), U(RETURN_VALUE, 0) };
    expect_rejected(copy0, 3, 2, "COPY of nothing");
    vm_codeunit swap[] = { U(LOAD_CONST, 0), U(LOAD_CONST, 0), U(SWAP, 3), U(POP_TOP, 0),
                           U(RETURN_VALUE, 0) };
    expect_rejected(swap, 5, 2, "SWAP below the stack");
}

Test(pyc, verifier_rejects_store_name_in_a_function)
{
    vm_codeunit units[] = { U(LOAD_CONST, 0), U(STORE_NAME, 0), U(LOAD_CONST, 0), U(RETURN_VALUE, 0) };
    rt_object *co = make_code(units, 4, 1, VM_CO_FUNCTION);
    cr_expect_eq(vm_code_verify(co, false), -1);
    rt_err_clear();
    rt_decref(co);
}

/* ---- the disassembler ----------------------------------------------------------- */

/* Replace every "0x<hex digits>" by "0x?" (code object addresses), in place. */
static void scrub_addresses(char *s)
{
    size_t w = 0, n = strlen(s);
    for (size_t r = 0; r < n;) {
        if (r + 2 < n && s[r] == '0' && s[r + 1] == 'x' && strchr("0123456789abcdef", s[r + 2])) {
            r += 2;   /* skip the digits first: the output may overtake them */
            while (r < n && strchr("0123456789abcdef", s[r]))
                r++;
            s[w++] = '0';
            s[w++] = 'x';
            s[w++] = '?';
        } else {
            s[w++] = s[r++];
        }
    }
    s[w] = '\0';
}

Test(pyc, dis_prints_python_dis_layout)
{
    const char *src =
        "def clamp(x, lo=0):\n"
        "    if x < lo:\n"
        "        return lo\n"
        "    for i in range(x):\n"
        "        x -= i\n"
        "    return x\n";
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, strlen(src), "clamp.py", &err);
    cr_assert_not_null(code);
    char *text = NULL;
    size_t n;
    FILE *out = open_memstream(&text, &n);
    vm_dis(code, out, false);
    fclose(out);
    scrub_addresses(text);
    cr_expect_str_eq(text,
        "  1           0 LOAD_CONST               0 ((0,))\n"
        "              1 LOAD_CONST               1 (<code object clamp at 0x?, file \"clamp.py\", line 1>)\n"
        "              2 MAKE_FUNCTION            1 (defaults)\n"
        "              3 STORE_NAME               0 (clamp)\n"
        "              4 LOAD_CONST               2 (None)\n"
        "              5 RETURN_VALUE\n"
        "\n"
        "Disassembly of <code object clamp at 0x?, file \"clamp.py\", line 1>:\n"
        "  2           0 LOAD_FAST                0 (x)\n"
        "              1 LOAD_FAST                1 (lo)\n"
        "              2 COMPARE_OP               0 (<)\n"
        "              3 POP_JUMP_IF_FALSE        6 (to 6)\n"
        "\n"
        "  3           4 LOAD_FAST                1 (lo)\n"
        "              5 RETURN_VALUE\n"
        "\n"
        "  4     >>    6 LOAD_GLOBAL              0 (range)\n"
        "              7 LOAD_FAST                0 (x)\n"
        "              8 CALL_FUNCTION            1\n"
        "              9 GET_ITER\n"
        "        >>   10 FOR_ITER                17 (to 17)\n"
        "             11 STORE_FAST               2 (i)\n"
        "\n"
        "  5          12 LOAD_FAST                0 (x)\n"
        "             13 LOAD_FAST                2 (i)\n"
        "             14 BINARY_OP              257 (-=)\n"
        "             15 STORE_FAST               0 (x)\n"
        "\n"
        "  4          16 JUMP                    10 (to 10)\n"
        "\n"
        "  6     >>   17 LOAD_FAST                0 (x)\n"
        "             18 RETURN_VALUE\n");
    free(text);
    rt_decref(code);
}

/* Annotations: SETUP_ANNOTATIONS first in an annotated module (no
 * argument shown, as CPython's dis), the pairs tuple and MAKE_FUNCTION's
 * annotations flag; a tuple constant when every value is a constant. */
Test(pyc, dis_shows_annotations)
{
    const char *src =
        "x: int = 1\n"
        "def f(a: int) -> 'r':\n"
        "    pass\n"
        "def g(a: 'i'):\n"
        "    pass\n";
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, strlen(src), "ann.py", &err);
    cr_assert_not_null(code);
    char *text = NULL;
    size_t n;
    FILE *out = open_memstream(&text, &n);
    vm_dis(code, out, false);
    fclose(out);
    scrub_addresses(text);
    cr_expect(strstr(text,
        "  1           0 SETUP_ANNOTATIONS\n"
        "              1 LOAD_CONST               0 (1)\n"
        "              2 STORE_NAME               0 (x)\n"
        "              3 LOAD_NAME                1 (int)\n"
        "              4 LOAD_NAME                2 (__annotations__)\n"
        "              5 LOAD_CONST               1 ('x')\n"
        "              6 STORE_SUBSCR\n") != NULL, "%s", text);
    cr_expect(strstr(text,
        "             11 BUILD_TUPLE              4\n") != NULL, "%s", text);
    cr_expect(strstr(text, "MAKE_FUNCTION            4 (annotations)\n") != NULL, "%s", text);
    cr_expect(strstr(text, "LOAD_CONST               6 (('a', 'i'))\n") != NULL, "%s", text);
    free(text);
    rt_decref(code);
}

Test(pyc, dis_shows_the_match_opcodes)
{
    const char *src =
        "match v:\n"
        "    case P(x, y=[1, *r]) | {'k': x, **r}:\n"
        "        pass\n";
    vm_syntax_error err;
    rt_object *code = vm_compile_source(src, strlen(src), "m.py", &err);
    cr_assert_not_null(code);
    char *text = NULL;
    size_t n;
    FILE *out = open_memstream(&text, &n);
    vm_dis(code, out, false);
    fclose(out);
    cr_expect(strstr(text,
        "  2           1 COPY                     1\n"
        "              2 LOAD_NAME                1 (P)\n"
        "              3 LOAD_CONST               0 (('y',))\n"
        "              4 MATCH_CLASS              1\n") != NULL, "%s", text);
    cr_expect(strstr(text, "SWAP                     2\n             11 MATCH_SEQUENCE\n") != NULL, "%s", text);
    cr_expect(strstr(text, " MATCH_MAPPING\n") != NULL, "%s", text);
    cr_expect(strstr(text, " GET_LEN\n") != NULL, "%s", text);
    cr_expect(strstr(text, "LOAD_CONST               3 (('k',))\n             29 MATCH_KEYS\n") != NULL, "%s", text);
    free(text);
    rt_decref(code);
}

/* ---- fuzzer findings ---------------------------------------------------------------- */

/* Every input in tests/fuzz-regressions/ once crashed a harness: load it
 * as a file and as a bare payload, disassemble and run what loads. */
Test(pyc, fuzz_regressions_do_not_crash)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s", __FILE__);
    char *slash = strrchr(dir, '/');
    cr_assert_not_null(slash);
    *slash = '\0';
    strncat(dir, "/../fuzz-regressions", sizeof dir - strlen(dir) - 1);
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "%s", dir);
    FILE *null = fopen("/dev/null", "w");
    vm.out = null;
    int n = 0;
    for (struct dirent *de; (de = readdir(d));) {
        if (de->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        size_t len;
        unsigned char *buf = slurp(path, &len);
        cr_assert_not_null(buf);
        n++;
        if (strncmp(de->d_name, "parser-", 7) == 0) {
            vm_syntax_error err;
            rt_object *code = vm_compile_source((const char *)buf, len, "<fuzz>", &err);
            if (code) {
                unsigned char *p;
                size_t plen;
                cr_assert_eq(vm_marshal_dumps(code, &p, &plen), 0);
                rt_object *back = vm_marshal_loads(p, plen);
                cr_expect_not_null(back, "%s: the verifier rejects compiler output", de->d_name);
                RT_XDECREF(back);
                rt_raw_free(p);
                rt_decref(code);
            }
        } else {
            for (int pass = 0; pass < 2; pass++) {
                rt_object *code = pass == 0 ? vm_pyc_loads(buf, len, NULL, NULL)
                                  : len >= VM_PYC_HEADER_SIZE
                                      ? vm_marshal_loads(buf + VM_PYC_HEADER_SIZE, len - VM_PYC_HEADER_SIZE)
                                      : NULL;
                if (code) {
                    vm_dis(code, null, false);
                    rt_decref(code);
                }
            }
        }
        rt_err_clear();
        rt_raw_free(buf);
    }
    closedir(d);
    vm.out = stdout;
    fclose(null);
    cr_expect_gt(n, 0);
}

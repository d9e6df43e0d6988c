/*
 * marshal.c -- serialise code objects and their constants (the payload of
 * a bytecode file) and read them back.
 *
 * Format (version VM_PYC_VERSION; docs/bytecode.md): a tree of tagged
 * values.  'N' None, 'T' True, 'F' False, 'i' int (zigzag LEB128), 'l'
 * int beyond 64 bits (zigzag LEB128 signed count of 32-bit limbs, then
 * the limbs u32 LE, least significant first, top one non-zero), 'f'
 * float (8 bytes, IEEE-754 little-endian), 'x' complex (the real, then the
 * imaginary part, as 'f'), 's' str / 'S' interned str
 * (LEB128 byte length, UTF-8 bytes), 'R' the k-th interned str written
 * before (LEB128 k), 'b' bytes (LEB128 length, the bytes), 't' tuple
 * (LEB128 count, items), 'c' code object:
 * the int fields of code_int_fields[], the code units (count, u32 LE
 * each), the line table (count, then per run: start delta, line delta,
 * end line - line, column, end column; -1 columns when unknown), then
 * the object fields of code_obj_fields[] in table order.
 *
 * The two field tables drive both directions and the format fingerprint,
 * so a field added to vm_code is one table line here (and old caches die
 * by themselves: the fingerprint changes).  The fingerprint also covers
 * VALUE_TAGS, the tags a payload may hold: a binary that does not know a
 * tag never reads a file that could hold it.
 *
 * Invariants of the reader: it never reads past the end of the buffer; a
 * count is checked against the bytes left before anything is allocated
 * for it; nesting is bounded (MAX_DEPTH) so hostile input cannot exhaust
 * the C stack; every object built is released on every error path; the
 * result has passed vm_code_verify before it is returned.
 */
#include <stddef.h>
#include <string.h>
#include "compiler/marshal.h"
#include "compiler/code.h"
#include "runtime/alloc.h"
#include "runtime/error.h"
#include "runtime/recursion.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

/* Tuples and code objects nest no deeper than this (CPython's
 * MAX_MARSHAL_STACK_DEPTH): a code object inside another costs two levels
 * (the code, its constants tuple), and the parser lets lambdas nest a few
 * hundred deep.  Both directions also stop when the C stack runs low. */
#define MAX_DEPTH 2000

/* ---- the field tables ---------------------------------------------------- */

typedef struct int_field {
    const char *name;
    size_t code_off, spec_off;
} int_field;

#define INT_FIELD(f) { #f, offsetof(vm_code, f), offsetof(vm_code_spec, f) }
static const int_field code_int_fields[] = {
    INT_FIELD(argcount), INT_FIELD(kwonlyargcount), INT_FIELD(stacksize),
    INT_FIELD(flags), INT_FIELD(firstlineno), INT_FIELD(posonlyargcount),
};
#define NINT (sizeof code_int_fields / sizeof code_int_fields[0])

enum { F_CONSTS, F_STRTUPLE, F_STR };   /* what an object field must hold */
typedef struct obj_field {
    const char *name;
    size_t code_off, spec_off;
    int kind;
} obj_field;

#define OBJ_FIELD(f, k) { #f, offsetof(vm_code, f), offsetof(vm_code_spec, f), k }
static const obj_field code_obj_fields[] = {
    OBJ_FIELD(consts, F_CONSTS), OBJ_FIELD(names, F_STRTUPLE), OBJ_FIELD(varnames, F_STRTUPLE),
    OBJ_FIELD(cellvars, F_STRTUPLE), OBJ_FIELD(freevars, F_STRTUPLE),
    OBJ_FIELD(name, F_STR), OBJ_FIELD(qualname, F_STR), OBJ_FIELD(filename, F_STR),
};
#define NOBJ (sizeof code_obj_fields / sizeof code_obj_fields[0])

/* Every value tag r_object knows (keep in step with it). */
static const char VALUE_TAGS[] = "NT.Fifxs" "SRbtc";

uint64_t vm_fnv1a64(const void *p, size_t n, uint64_t h)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

uint32_t vm_bytecode_fingerprint(void)
{
    static uint32_t fp;
    if (fp)
        return fp;
    uint64_t h = VM_FNV64_INIT;
    for (int op = 0; op < VM_OPCODE_COUNT; op++) {
        const char *n = vm_opcode_name((vm_opcode)op);
        h = vm_fnv1a64(n, strlen(n) + 1, h);
    }
    unsigned bits = VM_ARG_BITS;
    h = vm_fnv1a64(&bits, sizeof bits, h);
    h = vm_fnv1a64(VALUE_TAGS, sizeof VALUE_TAGS, h);
    for (size_t i = 0; i < NINT; i++)
        h = vm_fnv1a64(code_int_fields[i].name, strlen(code_int_fields[i].name) + 1, h);
    for (size_t i = 0; i < NOBJ; i++)
        h = vm_fnv1a64(code_obj_fields[i].name, strlen(code_obj_fields[i].name) + 1, h);
    fp = (uint32_t)(h ^ (h >> 32));
    if (!fp)
        fp = 1;
    return fp;
}

/* ---- writer ----------------------------------------------------------------- */

typedef struct writer {
    unsigned char *buf;
    size_t len, cap;
    rt_object *refs;     /* dict: interned str -> index of its first write */
    intptr_t nrefs;
    bool failed;
} writer;

static void w_bytes(writer *w, const void *p, size_t n)
{
    if (w->failed)
        return;
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap : 256;
        while (cap < w->len + n)
            cap *= 2;
        unsigned char *nb = rt_raw_realloc(w->buf, cap);
        if (!nb) {
            w->failed = true;
            return;
        }
        w->buf = nb;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, p, n);
    w->len += n;
}

static void w_byte(writer *w, int c)
{
    unsigned char b = (unsigned char)c;
    w_bytes(w, &b, 1);
}

static void w_uvar(writer *w, uint64_t v)
{
    unsigned char tmp[10];
    int n = 0;
    do {
        tmp[n] = (unsigned char)(v & 0x7f);
        v >>= 7;
        if (v)
            tmp[n] |= 0x80;
        n++;
    } while (v);
    w_bytes(w, tmp, (size_t)n);
}

static void w_svar(writer *w, int64_t v)
{
    w_uvar(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void w_u32(writer *w, uint32_t v)
{
    unsigned char b[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                           (unsigned char)(v >> 24) };
    w_bytes(w, b, 4);
}

static int w_object(writer *w, rt_object *o, int depth);

static int w_str(writer *w, rt_object *s)
{
    if (rt_str_is_interned(s)) {
        rt_object *k = rt_dict_getitem(w->refs, s);
        if (k) {
            w_byte(w, 'R');
            w_uvar(w, (uint64_t)RT_INT_VALUE(k));
            return 0;
        }
        rt_object *idx = rt_int_from_i64(w->nrefs);
        if (!idx || rt_dict_setitem(w->refs, s, idx) < 0) {
            RT_XDECREF(idx);
            return -1;
        }
        rt_decref(idx);
        w->nrefs++;
        w_byte(w, 'S');
    } else {
        w_byte(w, 's');
    }
    w_uvar(w, (uint64_t)RT_SIZE(s));
    w_bytes(w, rt_str_data(s), (size_t)RT_SIZE(s));
    return 0;
}

static int w_code(writer *w, vm_code *co, int depth)
{
    w_byte(w, 'c');
    for (size_t i = 0; i < NINT; i++)
        w_svar(w, *(const int *)((const char *)co + code_int_fields[i].code_off));
    w_uvar(w, (uint64_t)co->ncode);
    for (intptr_t i = 0; i < co->ncode; i++)
        w_u32(w, vm_unit_base(co->code[i]));   /* never a quickened form */
    w_uvar(w, (uint64_t)co->nlines);
    uint32_t prev_start = 0;
    int32_t prev_line = co->firstlineno;
    for (intptr_t i = 0; i < co->nlines; i++) {
        w_uvar(w, co->lines[i].start - prev_start);
        w_svar(w, (int64_t)co->lines[i].line - prev_line);
        w_svar(w, (int64_t)co->lines[i].end_line - co->lines[i].line);
        w_svar(w, co->lines[i].col);
        w_svar(w, co->lines[i].end_col);
        prev_start = co->lines[i].start;
        prev_line = co->lines[i].line;
    }
    for (size_t i = 0; i < NOBJ; i++)
        if (w_object(w, *(rt_object **)((char *)co + code_obj_fields[i].code_off), depth + 1) < 0)
            return -1;
    return 0;
}

static int w_object(writer *w, rt_object *o, int depth)
{
    if (depth > MAX_DEPTH || rt_stack_low()) {
        rt_err_set_string(&rt_exc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    if (o == RT_NONE) {
        w_byte(w, 'N');
    } else if (o == RT_ELLIPSIS) {
        w_byte(w, '.');
    } else if (o == RT_TRUE) {
        w_byte(w, 'T');
    } else if (o == RT_FALSE) {
        w_byte(w, 'F');
    } else if (rt_int_check_exact(o) && rt_int_is_small(o)) {
        w_byte(w, 'i');
        w_svar(w, RT_INT_VALUE(o));
    } else if (rt_int_check_exact(o)) {
        rt_int_view v;
        rt_int_view_of(o, &v);
        w_byte(w, 'l');
        w_svar(w, v.neg ? -(int64_t)v.n : (int64_t)v.n);
        for (intptr_t i = 0; i < v.n; i++)
            w_u32(w, v.d[i]);
    } else if (rt_float_check_exact(o)) {
        double d = RT_FLOAT_VALUE(o);
        uint64_t bits;
        memcpy(&bits, &d, 8);
        w_byte(w, 'f');
        w_u32(w, (uint32_t)bits);
        w_u32(w, (uint32_t)(bits >> 32));
    } else if (rt_complex_check_exact(o)) {
        double d[2] = { RT_COMPLEX_REAL(o), RT_COMPLEX_IMAG(o) };
        uint64_t bits[2];
        memcpy(bits, d, 16);
        w_byte(w, 'x');
        for (int i = 0; i < 2; i++) {
            w_u32(w, (uint32_t)bits[i]);
            w_u32(w, (uint32_t)(bits[i] >> 32));
        }
    } else if (rt_str_check_exact(o)) {
        return w_str(w, o);
    } else if (rt_bytes_check_exact(o)) {
        w_byte(w, 'b');
        w_uvar(w, (uint64_t)RT_SIZE(o));
        w_bytes(w, rt_bytes_data(o), (size_t)RT_SIZE(o));
    } else if (rt_tuple_check_exact(o)) {
        w_byte(w, 't');
        w_uvar(w, (uint64_t)RT_SIZE(o));
        for (intptr_t i = 0; i < RT_SIZE(o); i++)
            if (w_object(w, RT_TUPLE_GET_ITEM(o, i), depth + 1) < 0)
                return -1;
    } else if (vm_code_check(o)) {
        return w_code(w, (vm_code *)o, depth);
    } else {
        rt_err_format(&rt_exc_ValueError, "unmarshallable object of type %s", rt_type_name(o));
        return -1;
    }
    return 0;
}

int vm_marshal_dumps(rt_object *code, unsigned char **out, size_t *len)
{
    writer w = { 0 };
    w.refs = rt_dict_new();
    if (!w.refs)
        return -1;
    int r = w_object(&w, code, 0);
    rt_decref(w.refs);
    if (r == 0 && w.failed) {
        rt_err_no_memory();
        r = -1;
    }
    if (r < 0) {
        rt_raw_free(w.buf);
        return -1;
    }
    *out = w.buf;
    *len = w.len;
    return 0;
}

/* ---- reader ------------------------------------------------------------------- */

typedef struct reader {
    const unsigned char *p, *end;
    rt_object **refs;      /* interned strs in the order read (one reference each:
                            * interned strs are mortal) */
    size_t nrefs, caprefs;
} reader;

static rt_object *bad(const char *why)
{
    return rt_err_format(&rt_exc_ValueError, "bad marshal data (%s)", why);
}

static int r_uvar(reader *r, uint64_t *v)
{
    uint64_t x = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            bad("truncated");
            return -1;
        }
        unsigned char b = *r->p++;
        if (shift == 63 && (b & 0x7e)) {
            bad("varint overflow");
            return -1;
        }
        x |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *v = x;
            return 0;
        }
    }
    bad("varint too long");
    return -1;
}

static int r_svar(reader *r, int64_t *v)
{
    uint64_t u;
    if (r_uvar(r, &u) < 0)
        return -1;
    *v = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
    return 0;
}

/* A signed varint that must fit an int in [lo, hi]. */
static int r_int(reader *r, int *v, int64_t lo, int64_t hi, const char *what)
{
    int64_t x;
    if (r_svar(r, &x) < 0)
        return -1;
    if (x < lo || x > hi) {
        bad(what);
        return -1;
    }
    *v = (int)x;
    return 0;
}

/* A count of items of at least `unit` bytes each: bounded by what is left. */
static int r_count(reader *r, size_t unit, uint64_t *n)
{
    if (r_uvar(r, n) < 0)
        return -1;
    if (*n > (uint64_t)(r->end - r->p) / unit) {
        bad("count larger than the data");
        return -1;
    }
    return 0;
}

static uint32_t r_u32_unchecked(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static rt_object *r_object(reader *r, int depth);

static rt_object *r_str(reader *r, bool intern)
{
    uint64_t n;
    if (r_count(r, 1, &n) < 0)
        return NULL;
    rt_object *s = rt_str_from_bytes((const char *)r->p, (intptr_t)n);
    if (!s)
        return NULL;
    r->p += n;
    if (!intern)
        return s;
    rt_str_intern_inplace(&s);
    if (!s)
        return NULL;
    if (r->nrefs == r->caprefs) {
        size_t cap = r->caprefs ? r->caprefs * 2 : 64;
        rt_object **nr = rt_raw_realloc(r->refs, cap * sizeof *nr);
        if (!nr) {
            rt_decref(s);
            return rt_err_no_memory();
        }
        r->refs = nr;
        r->caprefs = cap;
    }
    r->refs[r->nrefs++] = rt_newref(s);   /* an 'R' later hands out this very str */
    return s;
}

static bool is_str_tuple(rt_object *t)
{
    if (!rt_tuple_check_exact(t))
        return false;
    for (intptr_t i = 0; i < RT_SIZE(t); i++)
        if (!rt_str_check_exact(RT_TUPLE_GET_ITEM(t, i)))
            return false;
    return true;
}

static rt_object *r_code(reader *r, int depth)
{
    vm_code_spec spec;
    memset(&spec, 0, sizeof spec);
    rt_object *objs[NOBJ] = { 0 };
    vm_codeunit *code = NULL;
    vm_lineentry *lines = NULL;
    rt_object *result = NULL;
    for (size_t i = 0; i < NINT; i++)
        if (r_int(r, (int *)((char *)&spec + code_int_fields[i].spec_off), INT32_MIN, INT32_MAX,
                  "int field out of range") < 0)
            return NULL;
    uint64_t ncode, nlines;
    if (r_count(r, 4, &ncode) < 0)
        return NULL;
    if (ncode == 0 || ncode > VM_ARG_MAX) {
        bad("code length");
        return NULL;
    }
    code = rt_raw_malloc((size_t)ncode * sizeof *code);
    if (!code)
        return rt_err_no_memory();
    for (uint64_t i = 0; i < ncode; i++, r->p += 4)
        code[i] = r_u32_unchecked(r->p);
    if (r_count(r, 2, &nlines) < 0)
        goto done;
    lines = rt_raw_malloc((size_t)(nlines ? nlines : 1) * sizeof *lines);
    if (!lines) {
        rt_err_no_memory();
        goto done;
    }
    uint64_t start = 0;
    int64_t line = spec.firstlineno;
    for (uint64_t i = 0; i < nlines; i++) {
        uint64_t ds;
        int64_t dl, dend, col, end_col;
        if (r_uvar(r, &ds) < 0 || r_svar(r, &dl) < 0 || r_svar(r, &dend) < 0 || r_svar(r, &col) < 0
            || r_svar(r, &end_col) < 0)
            goto done;
        /* sorted starts inside the code keep vm_code_line's binary search right */
        if (ds > ncode || start + ds >= ncode || (i > 0 && ds == 0)) {
            bad("line table");
            goto done;
        }
        start += ds;
        line += dl;
        if (line < INT32_MIN || line > INT32_MAX) {
            bad("line number");
            goto done;
        }
        /* any range is safe to load: the printer checks it against the
         * source line (vm_code_position) */
        if (dend < 0 || line + dend > INT32_MAX || col < -1 || col > INT32_MAX || end_col < -1
            || end_col > INT32_MAX) {
            bad("position");
            goto done;
        }
        lines[i].start = (uint32_t)start;
        lines[i].line = (int32_t)line;
        lines[i].end_line = (int32_t)(line + dend);
        lines[i].col = (int32_t)col;
        lines[i].end_col = (int32_t)end_col;
    }
    for (size_t i = 0; i < NOBJ; i++) {
        objs[i] = r_object(r, depth + 1);
        if (!objs[i])
            goto done;
        bool ok = code_obj_fields[i].kind == F_CONSTS ? rt_tuple_check_exact(objs[i])
                  : code_obj_fields[i].kind == F_STRTUPLE ? is_str_tuple(objs[i])
                                                          : rt_str_check_exact(objs[i]);
        if (!ok) {
            bad("code field of the wrong type");
            goto done;
        }
        *(rt_object **)((char *)&spec + code_obj_fields[i].spec_off) = objs[i];
    }
    /* vm_code_new derives cell2arg by reading varnames[0 .. nargs): the
     * argument counts must fit before it runs (vm_code_verify checks the
     * rest on the finished object). */
    int64_t nargs = (int64_t)spec.argcount + spec.kwonlyargcount
                    + !!(spec.flags & VM_CO_VARARGS) + !!(spec.flags & VM_CO_VARKEYWORDS);
    if (spec.argcount < 0 || spec.kwonlyargcount < 0 || nargs > RT_SIZE(spec.varnames)
        || spec.posonlyargcount < 0 || spec.posonlyargcount > spec.argcount) {
        bad("argument counts");
        goto done;
    }
    spec.code = code;
    spec.ncode = (intptr_t)ncode;
    spec.lines = lines;
    spec.nlines = (intptr_t)nlines;
    result = vm_code_new(&spec);
done:
    for (size_t i = 0; i < NOBJ; i++)
        RT_XDECREF(objs[i]);
    rt_raw_free(code);
    rt_raw_free(lines);
    return result;
}

static rt_object *r_object(reader *r, int depth)
{
    if (depth > MAX_DEPTH || rt_stack_low())
        return bad("nested too deeply");
    if (r->p >= r->end)
        return bad("truncated");
    int tag = *r->p++;
    switch (tag) {
    case 'N': return rt_newref(RT_NONE);
    case 'T': return rt_newref(RT_TRUE);
    case '.': return rt_newref(RT_ELLIPSIS);
    case 'F': return rt_newref(RT_FALSE);
    case 'i': {
        int64_t v;
        return r_svar(r, &v) < 0 ? NULL : rt_int_from_i64(v);
    }
    case 'l': {   /* a big int: signed limb count, limbs (u32 LE) */
        int64_t n;
        if (r_svar(r, &n) < 0)
            return NULL;
        int64_t an = n < 0 ? -n : n;
        if (an < 2 || an > (r->end - r->p) / 4)
            return bad("big int length");
        uint32_t *limbs = rt_raw_malloc((size_t)an * 4);
        if (!limbs)
            return rt_err_no_memory();
        for (int64_t i = 0; i < an; i++)
            limbs[i] = r_u32_unchecked(r->p + 4 * i);
        r->p += 4 * an;
        rt_object *o = limbs[an - 1] ? rt_int_from_limbs(limbs, (intptr_t)an, n < 0) : NULL;
        rt_raw_free(limbs);
        if (o && rt_int_is_small(o)) {   /* the writer never emits these */
            rt_decref(o);
            o = NULL;
        }
        return o ? o : bad("big int not canonical");
    }
    case 'f': {
        if (r->end - r->p < 8)
            return bad("truncated");
        uint64_t bits = r_u32_unchecked(r->p) | (uint64_t)r_u32_unchecked(r->p + 4) << 32;
        r->p += 8;
        double d;
        memcpy(&d, &bits, 8);
        return rt_float_from_double(d);
    }
    case 'x': {
        if (r->end - r->p < 16)
            return bad("truncated");
        double d[2];
        for (int i = 0; i < 2; i++) {
            uint64_t bits = r_u32_unchecked(r->p) | (uint64_t)r_u32_unchecked(r->p + 4) << 32;
            r->p += 8;
            memcpy(&d[i], &bits, 8);
        }
        return rt_complex_from_doubles(d[0], d[1]);
    }
    case 's': return r_str(r, false);
    case 'S': return r_str(r, true);
    case 'R': {
        uint64_t k;
        if (r_uvar(r, &k) < 0)
            return NULL;
        if (k >= r->nrefs)
            return bad("string reference out of range");
        return rt_newref(r->refs[k]);
    }
    case 'b': {
        uint64_t n;
        if (r_count(r, 1, &n) < 0)
            return NULL;
        rt_object *b = rt_bytes_from_data((const char *)r->p, (intptr_t)n);
        if (b)
            r->p += n;
        return b;
    }
    case 't': {
        uint64_t n;
        if (r_count(r, 1, &n) < 0)
            return NULL;
        rt_object *t = rt_tuple_new((intptr_t)n);
        if (!t)
            return NULL;
        for (uint64_t i = 0; i < n; i++) {
            rt_object *x = r_object(r, depth + 1);
            if (!x) {
                /* fill the rest so the tuple can be released */
                for (uint64_t j = i; j < n; j++)
                    RT_TUPLE_SET_ITEM(t, j, rt_newref(RT_NONE));
                rt_decref(t);
                return NULL;
            }
            RT_TUPLE_SET_ITEM(t, i, x);
        }
        return t;
    }
    case 'c': return r_code(r, depth);
    default:
        return bad("unknown type code");
    }
}

rt_object *vm_marshal_loads(const unsigned char *buf, size_t len)
{
    reader r = { buf, buf + len, NULL, 0, 0 };
    rt_object *o = r_object(&r, 0);
    for (size_t i = 0; i < r.nrefs; i++)
        rt_decref(r.refs[i]);
    rt_raw_free(r.refs);
    if (!o)
        return NULL;
    if (r.p != r.end) {
        rt_decref(o);
        return bad("trailing bytes");
    }
    if (!vm_code_check(o)) {
        rt_decref(o);
        return bad("not a code object");
    }
    if (vm_code_verify(o, true) < 0) {
        rt_decref(o);
        return NULL;
    }
    return o;
}

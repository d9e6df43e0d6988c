/*
 * mod_re_exec.c -- running a compiled re program (mod_re.h): reading the
 * subject (bytes and ASCII str as they are, other str decoded to code
 * points with each one's byte offset) and the matcher itself, whose body
 * (mod_re_engine.h) is instantiated for both character widths.
 *
 * The backtrack stack lives on the heap and grows on demand up to
 * RE_STACK_MAX entries; past that the match fails with RecursionError
 * ("maximum recursion limit exceeded"), never a C stack overflow.
 */
#include <string.h>
#include "modules/mod_re.h"
#include "runtime/alloc.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/unicase.h"

enum { BT_BRANCH, BT_RESTORE, BT_REPG, BT_REPL, BT_BARRIER };

struct re_bt {
    int32_t kind;
    int32_t a;        /* pc, or the register of a RESTORE */
    intptr_t pos;
    intptr_t b;       /* a repeat's count, or a RESTORE's old value */
};

#define RE_STACK_MAX ((intptr_t)1 << 23)

static int re_grow(re_exec *e)
{
    intptr_t cap = e->cap ? e->cap * 2 : 256;
    if (cap > RE_STACK_MAX) {
        rt_err_set_string(&rt_exc_RecursionError, "maximum recursion limit exceeded");
        return -1;
    }
    re_bt *s = rt_mem_realloc(e->stack, (size_t)cap * sizeof *s);
    if (!s) {
        rt_err_no_memory();
        return -1;
    }
    e->stack = s;
    e->cap = cap;
    return 0;
}

#define RE_CTYPE uint8_t
#define RE_FN(n) n##_u8
#include "modules/mod_re_engine.h"
#undef RE_CTYPE
#undef RE_FN

#define RE_CTYPE uint32_t
#define RE_FN(n) n##_u32
#include "modules/mod_re_engine.h"
#undef RE_CTYPE
#undef RE_FN

int re_subject_init(re_subject *s, rt_object *obj)
{
    memset(s, 0, sizeof *s);
    s->obj = obj;
    s->width = 1;
    if (rt_bytes_check(obj)) {
        s->chars = rt_bytes_data(obj);
        s->len = RT_SIZE(obj);
        return 0;
    }
    const char *d = rt_str_data(obj);
    intptr_t nb = rt_str_size(obj), n = rt_str_len(obj);
    s->len = n;
    if (((rt_strobject *)obj)->ascii) {
        s->chars = d;
        return 0;
    }
    s->owned = rt_mem_malloc_atomic((size_t)(n ? n : 1) * sizeof(uint32_t));
    s->boff = rt_mem_malloc_atomic((size_t)(n + 1) * sizeof(intptr_t));
    if (!s->owned || !s->boff) {
        re_subject_fini(s);
        rt_err_no_memory();
        return -1;
    }
    /* one code point per byte that continues no sequence (str.h) */
    intptr_t k = 0;
    for (intptr_t i = 0; i < nb && k < n;) {
        intptr_t j = i + 1;
        while (j < nb && ((unsigned char)d[j] & 0xC0) == 0x80)
            j++;
        uint32_t c = rt_utf8_decode(d + i, j - i);
        s->owned[k] = c == UINT32_MAX ? 0xDC00u + (unsigned char)d[i] : c;
        s->boff[k++] = i;
        i = j;
    }
    s->boff[n] = nb;
    s->chars = s->owned;
    s->width = 4;
    return 0;
}

void re_subject_fini(re_subject *s)
{
    rt_mem_free(s->owned);
    rt_mem_free(s->boff);
    s->owned = NULL;
    s->boff = NULL;
}

void re_exec_init(re_exec *e, const re_prog *prog, const re_subject *s, intptr_t pos, intptr_t end)
{
    memset(e, 0, sizeof *e);
    e->prog = prog;
    e->subj = s;
    e->pos = e->pos0 = pos;
    e->end = end;
}

void re_exec_fini(re_exec *e)
{
    rt_mem_free(e->regs);
    rt_mem_free(e->stack);
    e->regs = NULL;
    e->stack = NULL;
}

int re_exec_run(re_exec *e, bool anchored)
{
    if (!e->regs && !(e->regs = rt_mem_malloc_atomic((size_t)e->prog->nregs * sizeof(intptr_t)))) {
        rt_err_no_memory();
        return -1;
    }
    if (e->pos > e->end)
        return 0;
    return e->subj->width == 1 ? search_u8(e, anchored) : search_u32(e, anchored);
}

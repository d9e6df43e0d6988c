/*
 * str_int.h -- what str.c shares with the other files of the str type
 * (strmethods.c, strbuild.c): UTF-8 helpers and the argument checks of the
 * methods, with CPython's messages.  Not for use outside runtime/str*.c.
 */
#ifndef GCLAB_RUNTIME_STR_INT_H
#define GCLAB_RUNTIME_STR_INT_H

#include "runtime/str.h"

static inline bool rt_str_is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Bytes of the code point starting at data[i]. */
static inline intptr_t rt_str_cp_width(const char *data, intptr_t i, intptr_t n)
{
    intptr_t j = i + 1;
    while (j < n && rt_str_is_cont((unsigned char)data[j]))
        j++;
    return j - i;
}

/* ASCII whitespace as str.isspace() sees it. */
/* ASCII whitespace as str.isspace() sees it, one bit per byte value below
 * 64: ' ', '\t'..'\r' and the separators 0x1c..0x1f. */
#define RT_STR_ASCII_WS_MASK ((UINT64_C(1) << ' ') | (UINT64_C(0x1f) << '\t') | (UINT64_C(0xf) << 0x1c))

/* CPython's list preallocation in split/rsplit (12 slots at most, one
 * more than maxsplit below that): the speed of a list that never grows
 * for a line of words, and the same sys.getsizeof as CPython's. */
static inline intptr_t rt_str_split_prealloc(intptr_t maxsplit)
{
    return maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1;
}

static inline bool rt_str_is_ws(unsigned char c)
{
    return c < 64 && (RT_STR_ASCII_WS_MASK >> c & 1);
}

/* The byte length of the whitespace code point at d[i] (str.isspace()'s
 * set: ASCII's, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000), or 0.  A continuation byte is never one. */
static inline intptr_t rt_str_ws_at(const char *d, intptr_t i, intptr_t n)
{
    unsigned char c = (unsigned char)d[i];
    if (c < 0x80)
        return rt_str_is_ws(c);
    unsigned char c1 = i + 1 < n ? (unsigned char)d[i + 1] : 0, c2 = i + 2 < n ? (unsigned char)d[i + 2] : 0;
    switch (c) {
    case 0xC2: return c1 == 0x85 || c1 == 0xA0 ? 2 : 0;
    case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0;
    case 0xE2:
        if (c1 == 0x80)
            return (c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF ? 3 : 0;
        return c1 == 0x81 && c2 == 0x9F ? 3 : 0;
    case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0;
    default: return 0;
    }
}

/* The same for the code point that ends just before d[j] (j > 0). */
static inline intptr_t rt_str_ws_before(const char *d, intptr_t j)
{
    intptr_t k = j - 1;
    while (k > 0 && rt_str_is_cont((unsigned char)d[k]))
        k--;
    return rt_str_ws_at(d, k, j) == j - k ? j - k : 0;
}

/* Byte offset of code point cp (0 <= cp <= length), and back. */
intptr_t rt_str_cp_offset(rt_strobject *s, intptr_t cp);
intptr_t rt_str_cp_index(rt_strobject *s, intptr_t b);
/* The first occurrence of n in h, or NULL. */
const char *rt_str_find_bytes(const char *h, intptr_t hn, const char *n, intptr_t nn);
int rt_str_no_kwargs(const char *name, rt_object *kwnames);
int rt_str_check_nargs(const char *name, intptr_t nargs, intptr_t min, intptr_t max);
int rt_str_check_noargs(const char *name, intptr_t nargs, rt_object *kwnames);
/* args[k] as an index (None: leave *out), 0 / -1. */
int rt_str_opt_index(rt_object *const *args, intptr_t nargs, intptr_t k, intptr_t *out);
void rt_str_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len);
/* TypeError (true) unless o is a str. */
bool rt_str_needs_str(rt_object *o);
/* Is the code point d[i..i+w) one of chars (a str)? */
bool rt_str_in_chars(const char *d, intptr_t i, intptr_t w, rt_object *chars);
/* find/count/index argument parsing: 1 if the range cannot match, 0 with
 * the byte range [b0, b1) and code point range set, -1 on error. */
int rt_str_find_args(const char *name, rt_object *self, rt_object *const *args, intptr_t nargs,
                     rt_object *kw, intptr_t *b0, intptr_t *b1, intptr_t *start, intptr_t *end);
/* upper (0), lower (1), title, capitalize, swapcase or casefold of a
 * str with non-ASCII text, as CPython (strmethods.c). */
enum { RT_RECASE_UPPER, RT_RECASE_LOWER, RT_RECASE_TITLE, RT_RECASE_CAPITALIZE,
       RT_RECASE_SWAPCASE, RT_RECASE_CASEFOLD };
rt_object *rt_str_recase(rt_object *self, int how);
/* The extra methods (strmethods.c), added to str's dict by rt_str_init. */
extern rt_method_def rt_str_more_methods[];

#endif

/*
 * str.h -- immutable text strings.
 *
 * A str stores UTF-8 bytes inline after its header, NUL-terminated (so
 * rt_str_data is always a valid C string unless the text holds "\0").
 * RT_SIZE(s) is the number of bytes; s->length the number of code points.
 * Strings whose bytes are all ASCII (the common case) take fast paths:
 * indexing, slicing and length are O(1).  For non-ASCII text, indexing and
 * slicing walk the UTF-8 bytes (O(n)); upper/lower/title/capitalize/
 * swapcase/casefold follow Unicode's full case mappings (unicase.h) and
 * the is* character classes Unicode's (unicode_ctype.h); repr keeps non-ASCII
 * code points as they are (as CPython does for printable ones).  Invalid
 * UTF-8 is accepted byte-for-byte and counts one code point per byte that
 * does not continue a sequence.
 *
 * Invariants:
 *   - hash is -1 until first computed, then cached; it is never -1 after;
 *   - interned strings are unique per content while they live: rt_str_intern
 *     of equal strings returns the same object, so identifier comparison
 *     (dict lookups of attribute names) is a pointer compare.  Those the
 *     program makes (rt_str_intern, rt_str_intern_name) are mortal, as
 *     CPython 3.11's: the intern table's references are not counted and a
 *     dying one leaves the table, so whoever compares or caches one by
 *     address must own a reference.  Those the runtime's C code makes
 *     (rt_str_intern_cstr) are immortal and may be kept borrowed;
 *   - the empty string and the 256 one-character latin-1 strings are cached
 *     singletons (and interned); the operations CPython 3.11 builds anew
 *     (rt_str_fresh) may return another one-character str.
 */
#ifndef GCLAB_RUNTIME_STR_H
#define GCLAB_RUNTIME_STR_H

#include <ctype.h>
#include <stdarg.h>
#include "runtime/object.h"

typedef struct rt_strobject {
    RT_VAROBJECT_HEAD           /* size: bytes, excluding the NUL */
    intptr_t hash;              /* -1: not computed yet */
    intptr_t length;            /* code points */
    uint8_t interned;
    uint8_t ascii;              /* every byte < 0x80 */
    char data[];                /* size + 1 bytes, NUL-terminated */
} rt_strobject;

extern rt_type rt_str_type;
extern rt_type rt_str_iterator_type;

static inline bool rt_str_check(rt_object *o)
{
    return o->type == &rt_str_type || (o->type->flags & RT_TPFLAGS_STR_SUBCLASS);
}
static inline bool rt_str_check_exact(rt_object *o) { return o->type == &rt_str_type; }
static inline const char *rt_str_data(rt_object *s) { return ((rt_strobject *)s)->data; }
static inline intptr_t rt_str_size(rt_object *s) { return RT_SIZE(s); }       /* bytes */
static inline intptr_t rt_str_len(rt_object *s) { return ((rt_strobject *)s)->length; } /* code points */

/* Narrow [*p, *end) to the text between leading and trailing ASCII
 * whitespace, as int(), float() and float.fromhex read their argument. */
static inline void rt_text_strip(const char **p, const char **end)
{
    while (*p < *end && isspace((unsigned char)**p))
        (*p)++;
    while (*end > *p && isspace((unsigned char)(*end)[-1]))
        (*end)--;
}

/* Construction (new references). */
rt_object *rt_str_from_cstr(const char *s);
rt_object *rt_str_from_bytes(const char *s, intptr_t nbytes);
/* The same for bytes the caller knows to be ASCII (digits, pieces of an
 * ASCII str): no scan for the code point count. */
rt_object *rt_str_from_ascii(const char *s, intptr_t nbytes);
/* printf-style formatting into a new str (vsnprintf rules, plus %R: the
 * repr and %S: the str of an rt_object * argument). */
rt_object *rt_str_from_format(const char *fmt, ...);
rt_object *rt_str_from_vformat(const char *fmt, va_list ap);
rt_object *rt_str_empty(void);
/* s itself if it is an exact str, else an exact str of its text: what
 * CPython's methods return where the result equals self (a subclass's
 * instance is never handed back as the result). */
rt_object *rt_str_exact_copy(rt_object *s);   /* the subclass case, out of line */
static inline rt_object *rt_str_exact_ref(rt_object *s)
{
    if (__builtin_expect(rt_str_check_exact(s), 1))
        return rt_newref(s);
    return rt_str_exact_copy(s);
}

/* Interning.  rt_str_intern returns the interned string equal to s (a new
 * reference; s itself becomes the interned one if none existed).
 * rt_str_intern_inplace replaces *p by the interned string (steals and
 * returns references as CPython's PyUnicode_InternInPlace). */
rt_object *rt_str_intern(rt_object *s);
void rt_str_intern_inplace(rt_object **p);
/* The interned str of a name of the program's text (the compiler's
 * names): mortal, as rt_str_intern's. */
rt_object *rt_str_intern_name(const char *s);
/* The interned str of a name the runtime's C code uses: immortal (made so
 * if the program interned it first), so the caller may keep it borrowed,
 * in a static variable or table, for the rest of the run. */
rt_object *rt_str_intern_cstr(const char *s);
/* str's dealloc: a mortal interned str leaves the intern table first. */
void rt_str_dealloc(rt_object *s);
/* s (a new reference, consumed; NULL passes through) as an object of its
 * own: a copy when s is a cached one-character singleton.  For the results
 * CPython 3.11 makes with PyUnicode_New and hands back unswapped, so that
 * `is` and sys.getrefcount see what they see there: str(int), case
 * changes, replace, join of several parts, f-strings, stepped slices. */
rt_object *rt_str_fresh(rt_object *s);
/* A new ASCII str of the n bytes at p, never a cached singleton (str(int)). */
rt_object *rt_str_fresh_ascii(const char *p, intptr_t n);
static inline bool rt_str_is_interned(rt_object *s) { return ((rt_strobject *)s)->interned != 0; }

/* Operations. */
intptr_t rt_str_hash(rt_object *s);
intptr_t rt_str_hash_bytes(const char *p, intptr_t n);   /* the hash a str of these bytes has */
bool rt_str_eq(rt_object *a, rt_object *b);              /* both str */
bool rt_str_eq_cstr(rt_object *a, const char *b);
int rt_str_compare(rt_object *a, rt_object *b);          /* <0, 0, >0 (byte order = code point order) */
bool rt_str_compare_op(rt_object *a, rt_object *b, int op); /* both str: a op b (RT_LT..RT_GE) */
rt_object *rt_str_concat(rt_object *a, rt_object *b);
rt_object *rt_str_repeat(rt_object *s, intptr_t n);
rt_object *rt_str_repr(rt_object *s);
int rt_str_contains(rt_object *s, rt_object *sub);       /* 1, 0, -1 (TypeError) */
rt_object *rt_str_getitem(rt_object *s, intptr_t i);     /* i normalised by the caller */
rt_object *rt_str_slice(rt_object *s, intptr_t start, intptr_t stop, intptr_t step);
/* sep.join(iterable) */
rt_object *rt_str_join(rt_object *sep, rt_object *iterable);

/* A growable byte buffer that becomes a str (for the VM: repr of
 * containers, f-strings, print).  Storage comes from rt_mem_*. */
typedef struct rt_str_builder {
    char *buf;
    intptr_t len, cap;
    bool failed;          /* an allocation failed: finish returns NULL */
    rt_object *whole;     /* rt_str_builder_append_whole's str (a reference), or NULL */
    char small[64];       /* first bytes live here, no allocation */
} rt_str_builder;

void rt_str_builder_init(rt_str_builder *b);
int rt_str_builder_append(rt_str_builder *b, const char *s, intptr_t n);  /* 0 / -1 */
int rt_str_builder_append_cstr(rt_str_builder *b, const char *s);
int rt_str_builder_append_char(rt_str_builder *b, char c);
int rt_str_builder_append_fill(rt_str_builder *b, char c, intptr_t n);    /* n copies of c */
int rt_str_builder_append_repeat(rt_str_builder *b, const char *s, intptr_t n, intptr_t count);
int rt_str_builder_append_str(rt_str_builder *b, rt_object *str);         /* a str */
/* Appends str s; when s is exact, the builder was empty and nothing is
 * appended after it (not even an empty str), finish returns s itself, as
 * CPython's _PyUnicodeWriter adopts a whole str written last into an
 * empty writer (the identity of `'%s' % s`, `'{}'.format(s)`). */
int rt_str_builder_append_whole(rt_str_builder *b, rt_object *s);
int rt_str_builder_append_repr(rt_str_builder *b, rt_object *o);          /* repr(o) */
int rt_str_builder_append_strof(rt_str_builder *b, rt_object *o);         /* str(o) */
int rt_str_builder_appendf(rt_str_builder *b, const char *fmt, ...);
/* Returns the str (new reference) and releases the buffer; NULL +
 * MemoryError if any append failed. */
rt_object *rt_str_builder_finish(rt_str_builder *b);
void rt_str_builder_discard(rt_str_builder *b);

int rt_str_init(void);

/* Visit the interned table and the string caches (tracing collectors). */
int rt_str_visit_roots(rt_visitproc visit, void *arg);

#endif

/*
 * unicode_ctype.h -- the Unicode character classes of str's is* methods
 * (CPython 3.11's: isalpha, isdecimal, isdigit, isnumeric, isalnum,
 * isupper, islower, istitle, isidentifier over all of Unicode 14.0) and
 * the final-sigma context of lower().  The table is generated (runtime/unicode_ctype_tab.h,
 * scripts/gen-unicode-ctype.py); the case mappings are unicase.h's.
 */
#ifndef GCLAB_RUNTIME_UNICODE_CTYPE_H
#define GCLAB_RUNTIME_UNICODE_CTYPE_H

#include <stdbool.h>
#include <stdint.h>

/* A code point's flags: CPython's ALPHA, DECIMAL, DIGIT, NUMERIC, UPPER
 * (Lu and Other_Uppercase), LOWER (Ll and Other_Lowercase), TITLE (Lt),
 * CASE_IGNORABLE, XID_START and XID_CONTINUE masks. */
enum {
    RT_UC_ALPHA = 1, RT_UC_DECIMAL = 2, RT_UC_DIGIT = 4, RT_UC_NUMERIC = 8,
    RT_UC_UPPER = 16, RT_UC_LOWER = 32, RT_UC_TITLE = 64, RT_UC_IGNORABLE = 128,
    RT_UC_XID_START = 256, RT_UC_XID_CONTINUE = 512,
};
unsigned rt_unicode_ctype(uint32_t cp);

/* The str methods, over the n bytes of UTF-8 at d (bytes that are no
 * valid UTF-8 are in no class): RT_UC_ALPHA, RT_UC_DECIMAL, RT_UC_DIGIT,
 * RT_UC_NUMERIC, RT_UC_ALNUM (any of the four) answer "every code point
 * has it, and there is one"; RT_UC_UPPER, RT_UC_LOWER, RT_UC_TITLE answer
 * isupper, islower, istitle. */
enum { RT_UC_ALNUM = RT_UC_ALPHA | RT_UC_DECIMAL | RT_UC_DIGIT | RT_UC_NUMERIC };
bool rt_unicode_str_is(const char *d, intptr_t n, unsigned cls);
/* str.isidentifier(): XID_Start or '_', then XID_Continue (no NFKC). */
bool rt_unicode_is_identifier(const char *d, intptr_t n);
/* Is the capital sigma at d[i..i+w) final (lower() makes it U+03C2)?  A
 * cased code point before it and none after, case-ignorable ones skipped
 * on both sides (CPython's handle_capital_sigma). */
bool rt_unicode_final_sigma(const char *d, intptr_t n, intptr_t i, intptr_t w);

#endif

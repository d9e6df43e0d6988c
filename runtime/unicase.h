/*
 * unicase.h -- Unicode case mappings of str.upper/lower/title/casefold
 * (CPython 3.11's full mappings: 'ß'.upper() is 'SS') and the "cased"
 * property that title() and capitalize() follow.  The tables are
 * generated (runtime/unicase_tab.h, scripts/gen-unicase.py).
 */
#ifndef GCLAB_RUNTIME_UNICASE_H
#define GCLAB_RUNTIME_UNICASE_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime/str.h"

enum { RT_CASE_UPPER, RT_CASE_LOWER, RT_CASE_TITLE, RT_CASE_FOLD };

/* Append the kind mapping of code point cp to b as UTF-8 (0 / -1). */
int rt_unicase_append(rt_str_builder *b, uint32_t cp, int kind);
/* Does the kind mapping change cp? */
bool rt_unicase_maps(uint32_t cp, int kind);
/* The simple (one code point) upper or lower mapping of cp, itself when
 * it has none: what the re module's IGNORECASE compares. */
uint32_t rt_unicase_simple(uint32_t cp, int kind);
bool rt_unicase_is_cased(uint32_t cp);
/* CPython's printable: not in Unicode categories Cc Cf Cs Co Cn Zl Zp Zs,
 * or the space (what repr() keeps and str.isprintable() accepts). */
bool rt_unicode_is_printable(uint32_t cp);
/* The code point encoded by the w bytes at d; UINT32_MAX if they are not
 * valid UTF-8 (kept byte for byte, str.h). */
uint32_t rt_utf8_decode(const char *d, intptr_t w);
/* Append code point cp (< 0x110000) to b as UTF-8 (0 / -1). */
int rt_utf8_append(rt_str_builder *b, uint32_t cp);

#endif

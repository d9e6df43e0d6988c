/*
 * unicode_ctype.c -- the Unicode character classes of str's is* methods
 * and the final-sigma context (unicode_ctype.h), by binary search of the
 * generated table of flag changes.
 *
 * Invariant: ctype_starts is sorted, its first entry is code point 0, and
 * each entry's flags hold up to the next entry's code point.
 */
#include "runtime/unicode_ctype.h"
#include "runtime/unicase.h"

#include "runtime/unicode_ctype_tab.h"

unsigned rt_unicode_ctype(uint32_t cp)
{
    if (cp >= 0x110000)
        return 0;
    uint32_t key = cp << 10 | 0x3FF;
    intptr_t lo = 0, hi = (intptr_t)(sizeof ctype_starts / sizeof *ctype_starts) - 1;
    while (lo < hi) {   /* the last entry whose code point is <= cp */
        intptr_t mid = (lo + hi + 1) / 2;
        if (ctype_starts[mid] <= key)
            lo = mid;
        else
            hi = mid - 1;
    }
    return ctype_starts[lo] & 0x3FF;
}

static bool is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

/* The flags of the code point at d[i..i+w); none for bytes that are not
 * valid UTF-8. */
static unsigned ctype_at(const char *d, intptr_t i, intptr_t w)
{
    uint32_t cp = rt_utf8_decode(d + i, w);
    return cp == UINT32_MAX ? 0 : rt_unicode_ctype(cp);
}

static intptr_t width_at(const char *d, intptr_t i, intptr_t n)
{
    intptr_t j = i + 1;
    while (j < n && is_cont(d[j]))
        j++;
    return j - i;
}

#define CASED (RT_UC_UPPER | RT_UC_LOWER | RT_UC_TITLE)

bool rt_unicode_str_is(const char *d, intptr_t n, unsigned cls)
{
    bool cased = false, prev_cased = false;
    for (intptr_t i = 0, w; i < n; i += w) {
        w = width_at(d, i, n);
        unsigned f = ctype_at(d, i, w);
        switch (cls) {
        case RT_UC_UPPER:   /* a cased code point, none lower or title */
        case RT_UC_LOWER:
            if (f & (CASED & ~cls))
                return false;
            cased |= (f & cls) != 0;
            break;
        case RT_UC_TITLE:   /* upper and title only after an uncased one, lower only after a cased one */
            if (f & (RT_UC_UPPER | RT_UC_TITLE)) {
                if (prev_cased)
                    return false;
                prev_cased = cased = true;
            } else if (f & RT_UC_LOWER) {
                if (!prev_cased)
                    return false;
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
            break;
        default:
            if (!(f & cls))
                return false;
            cased = true;
        }
    }
    return cased;
}

/* The flags of the first code point before byte i that is not case
 * ignorable (0 when there is none). */
static unsigned before(const char *d, intptr_t i)
{
    while (i > 0) {
        intptr_t j = i - 1;
        while (j > 0 && i - j < 4 && is_cont(d[j]))
            j--;
        unsigned f = ctype_at(d, j, i - j);
        if (!(f & RT_UC_IGNORABLE))
            return f;
        i = j;
    }
    return 0;
}

static unsigned after(const char *d, intptr_t i, intptr_t n)
{
    for (intptr_t w; i < n; i += w) {
        w = width_at(d, i, n);
        unsigned f = ctype_at(d, i, w);
        if (!(f & RT_UC_IGNORABLE))
            return f;
    }
    return 0;
}

bool rt_unicode_final_sigma(const char *d, intptr_t n, intptr_t i, intptr_t w)
{
    return (before(d, i) & CASED) && !(after(d, i + w, n) & CASED);
}

bool rt_unicode_is_identifier(const char *d, intptr_t n)
{
    for (intptr_t i = 0, w; i < n; i += w) {
        w = width_at(d, i, n);
        unsigned f = ctype_at(d, i, w);
        if (!(f & (i ? RT_UC_XID_CONTINUE : RT_UC_XID_START)) && !(i == 0 && d[0] == '_'))
            return false;
    }
    return n > 0;
}

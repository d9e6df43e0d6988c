/*
 * unicase.c -- Unicode case mappings (unicase.h) by binary search of the
 * generated tables: a code point's full mapping (several code points) if
 * it has one, else its run's delta, else itself.
 *
 * Invariant: every table is sorted by code point, runs do not overlap.
 */
#include "runtime/unicase.h"

typedef struct case_run {
    uint32_t first, last;
    int32_t stride;     /* 1, or 2 for alternating upper/lower pairs */
    int32_t delta;
} case_run;

typedef struct case_full {
    uint32_t cp;
    const char *utf8;
} case_full;

typedef struct cp_range {
    uint32_t first, last;
} cp_range;

#include "runtime/unicase_tab.h"

#define N(a) ((intptr_t)(sizeof(a) / sizeof((a)[0])))

static uint32_t run_map(const case_run *r, intptr_t n, uint32_t cp)
{
    intptr_t lo = 0, hi = n - 1;
    while (lo <= hi) {
        intptr_t mid = (lo + hi) / 2;
        if (cp < r[mid].first)
            hi = mid - 1;
        else if (cp > r[mid].last)
            lo = mid + 1;
        else
            return (cp - r[mid].first) % (uint32_t)r[mid].stride ? cp : (uint32_t)((int32_t)cp + r[mid].delta);
    }
    return cp;
}

static const char *full_map(const case_full *f, intptr_t n, uint32_t cp)
{
    intptr_t lo = 0, hi = n - 1;
    while (lo <= hi) {
        intptr_t mid = (lo + hi) / 2;
        if (cp < f[mid].cp)
            hi = mid - 1;
        else if (cp > f[mid].cp)
            lo = mid + 1;
        else
            return f[mid].utf8;
    }
    return NULL;
}

int rt_utf8_append(rt_str_builder *b, uint32_t cp)
{
    char u[4];
    intptr_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return rt_str_builder_append(b, u, n);
}

static const char *lookup(uint32_t cp, int kind, uint32_t *m)
{
    const char *full;
    switch (kind) {
    case RT_CASE_UPPER:
        full = full_map(upper_full, N(upper_full), cp);
        *m = run_map(upper_runs, N(upper_runs), cp);
        break;
    case RT_CASE_LOWER:
        full = full_map(lower_full, N(lower_full), cp);
        *m = run_map(lower_runs, N(lower_runs), cp);
        break;
    case RT_CASE_TITLE:
        full = full_map(title_full, N(title_full), cp);
        *m = run_map(title_runs, N(title_runs), cp);
        break;
    default:
        full = full_map(casefold_full, N(casefold_full), cp);
        *m = run_map(casefold_runs, N(casefold_runs), cp);
        break;
    }
    return full;
}

int rt_unicase_append(rt_str_builder *b, uint32_t cp, int kind)
{
    uint32_t m;
    const char *full = lookup(cp, kind, &m);
    return full ? rt_str_builder_append_cstr(b, full) : rt_utf8_append(b, m);
}

bool rt_unicase_maps(uint32_t cp, int kind)
{
    uint32_t m;
    return lookup(cp, kind, &m) || m != cp;
}

uint32_t rt_unicase_simple(uint32_t cp, int kind)
{
    switch (kind) {
    case RT_CASE_UPPER: return run_map(upper_runs, N(upper_runs), cp);
    case RT_CASE_LOWER: return run_map(lower_runs, N(lower_runs), cp);
    case RT_CASE_TITLE: return run_map(title_runs, N(title_runs), cp);
    default: return run_map(casefold_runs, N(casefold_runs), cp);
    }
}

static bool in_ranges(const cp_range *r, intptr_t n, uint32_t cp)
{
    intptr_t lo = 0, hi = n - 1;
    while (lo <= hi) {
        intptr_t mid = (lo + hi) / 2;
        if (cp < r[mid].first)
            hi = mid - 1;
        else if (cp > r[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool rt_unicase_is_cased(uint32_t cp) { return in_ranges(cased_ranges, N(cased_ranges), cp); }

bool rt_unicode_is_printable(uint32_t cp)
{
    return !in_ranges(unprintable_ranges, N(unprintable_ranges), cp);
}

uint32_t rt_utf8_decode(const char *d, intptr_t w)
{
    const unsigned char *u = (const unsigned char *)d;
    if (w == 2 && (u[0] & 0xE0) == 0xC0)
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    if (w == 3 && (u[0] & 0xF0) == 0xE0)
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    if (w == 4 && (u[0] & 0xF8) == 0xF0)
        return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12)
               | ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return w == 1 && u[0] < 0x80 ? u[0] : UINT32_MAX;
}

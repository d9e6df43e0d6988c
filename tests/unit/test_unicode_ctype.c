/*
 * test_unicode_ctype.c -- the character-class table (runtime/unicode_ctype.c)
 * on every code point: the FNV-1a checksum and per-flag counts that
 * scripts/gen-unicode-ctype.py computed from CPython 3.11's str methods
 * must come back through rt_unicode_ctype; then the str-level answers on
 * a few strings CPython 3.11 was asked about.
 */
#include <criterion/criterion.h>
#include "runtime/unicode_ctype.h"
#include "runtime/unicode_ctype_tab.h"

Test(unicode_ctype, every_code_point_matches_the_generated_checksum)
{
    uint32_t check = 0;
    intptr_t counts[10] = { 0 }, want[10] = RT_UC_COUNTS;
    for (uint32_t cp = 0; cp < 0x110000; cp++) {
        unsigned f = rt_unicode_ctype(cp);
        check = (check ^ f) * 16777619u;
        for (int i = 0; i < 10; i++)
            counts[i] += f >> i & 1;
    }
    cr_assert_eq(check, RT_UC_CHECKSUM, "checksum %#x, generated %#x", check, RT_UC_CHECKSUM);
    for (int i = 0; i < 10; i++)
        cr_assert_eq(counts[i], want[i], "flag %d: %ld code points, generated %ld", i, (long)counts[i],
                     (long)want[i]);
    cr_assert_eq(rt_unicode_ctype(0x110000), 0);
}

Test(unicode_ctype, str_answers)
{
    /* 'Ⅻ'.isnumeric() True, .isdigit() False; '²'.isdigit() True,
     * .isdecimal() False; '١٢'.isdecimal() True */
    cr_assert(rt_unicode_str_is("\xe2\x85\xab", 3, RT_UC_NUMERIC));
    cr_assert_not(rt_unicode_str_is("\xe2\x85\xab", 3, RT_UC_DIGIT));
    cr_assert(rt_unicode_str_is("\xc2\xb2", 2, RT_UC_DIGIT));
    cr_assert_not(rt_unicode_str_is("\xc2\xb2", 2, RT_UC_DECIMAL));
    cr_assert(rt_unicode_str_is("\xd9\xa1\xd9\xa2", 4, RT_UC_DECIMAL));
    /* 'ǅungla'.istitle() True, .isupper() False; 'ΣΑΣ'.isupper() True */
    cr_assert(rt_unicode_str_is("\xc7\x85ungla", 7, RT_UC_TITLE));
    cr_assert_not(rt_unicode_str_is("\xc7\x85ungla", 7, RT_UC_UPPER));
    cr_assert(rt_unicode_str_is("\xce\xa3\xce\x91\xce\xa3", 6, RT_UC_UPPER));
    /* 'aΣ\u0301'.lower() ends in 'ς'; 'aΣb' keeps 'σ' */
    cr_assert(rt_unicode_final_sigma("a\xce\xa3\xcc\x81", 5, 1, 2));
    cr_assert_not(rt_unicode_final_sigma("a\xce\xa3" "b", 4, 1, 2));
    /* '١a'.isidentifier() False, 'a١' True, '_٣' True */
    cr_assert_not(rt_unicode_is_identifier("\xd9\xa1" "a", 3));
    cr_assert(rt_unicode_is_identifier("a\xd9\xa1", 3));
    cr_assert(rt_unicode_is_identifier("_\xd9\xa3", 3));
    cr_assert_not(rt_unicode_is_identifier("", 0));
}

/*
 * test_re_engine.c -- the re module's compiler and matcher (modules/mod_re*.c)
 * at the C level: scans over empty matches advance as CPython 3.7+'s,
 * patterns that loop on empty iterations end, deep nesting and huge
 * backtracking stop with RecursionError instead of overflowing the C
 * stack, look-behind never reads before the subject, and the program's
 * relocatable jumps survive wrapping ('|', quantifiers, possessives).
 */
#include "tests/unit/vm_util.h"
#include "modules/mod_re.h"
#include "runtime/dict.h"
#include "runtime/recursion.h"

TestSuite(re_engine, .init = vm_setup);

/* Compile ASCII pattern pat: the program, or NULL with *err / an exception. */
static re_prog *compile(const char *pat, int flags, re_compile_error *err)
{
    intptr_t n = (intptr_t)strlen(pat);
    uint32_t *cps = malloc((size_t)(n + 1) * sizeof *cps);
    for (intptr_t i = 0; i < n; i++)
        cps[i] = (unsigned char)pat[i];
    rt_object *names = rt_dict_new();
    re_prog *p = NULL;
    re_compile_error e;
    int r = re_compile(cps, n, flags, false, names, &p, err ? err : &e);
    free(cps);
    rt_decref(names);
    return r == 0 ? p : NULL;
}

/* Scan subj with pat as findall does; the spans written "a-b," into out.
 * Returns the matcher's last result (0 at the end, -1 on error). */
static int scan(const char *pat, const char *subj, char *out, size_t cap)
{
    re_prog *p = compile(pat, 0, NULL);
    cr_assert_not_null(p, "%s", pat);
    rt_object *s = rt_str_from_cstr(subj);
    re_subject sj;
    cr_assert_eq(re_subject_init(&sj, s), 0);
    re_exec e;
    re_exec_init(&e, p, &sj, 0, sj.len);
    out[0] = 0;
    int r;
    while ((r = re_exec_run(&e, false)) == 1) {
        size_t l = strlen(out);
        snprintf(out + l, cap - l, "%ld-%ld,", (long)e.regs[0], (long)e.regs[1]);
        e.must_advance = e.regs[0] == e.regs[1];
        e.pos = e.regs[1];
    }
    re_exec_fini(&e);
    re_subject_fini(&sj);
    rt_decref(s);
    re_prog_free(p);
    return r;
}

/* One anchored match: 1/0/-1, with group g's span in *a, *b. */
static int match1(const char *pat, const char *subj, int g, intptr_t *a, intptr_t *b)
{
    re_prog *p = compile(pat, 0, NULL);
    cr_assert_not_null(p, "%s", pat);
    rt_object *s = rt_str_from_bytes(subj, (intptr_t)strlen(subj));
    re_subject sj;
    cr_assert_eq(re_subject_init(&sj, s), 0);
    re_exec e;
    re_exec_init(&e, p, &sj, 0, sj.len);
    int r = re_exec_run(&e, true);
    if (r == 1) {
        *a = e.regs[2 * g];
        *b = e.regs[2 * g + 1];
    }
    re_exec_fini(&e);
    re_subject_fini(&sj);
    rt_decref(s);
    re_prog_free(p);
    return r;
}

Test(re_engine, empty_matches_advance_after_an_empty_match_only)
{
    char out[256];
    cr_expect_eq(scan("x*", "abxd", out, sizeof out), 0);
    cr_expect_str_eq(out, "0-0,1-1,2-3,3-3,4-4,");
    scan("", "ab", out, sizeof out);
    cr_expect_str_eq(out, "0-0,1-1,2-2,");
    scan("a|", "xay", out, sizeof out);
    cr_expect_str_eq(out, "0-0,1-2,2-2,3-3,");
    /* an empty alternative is passed over for a longer one at the same place */
    scan("b*|a", "ab", out, sizeof out);
    cr_expect_str_eq(out, "0-0,0-1,1-2,2-2,");
}

Test(re_engine, empty_iterations_end_loops)
{
    intptr_t a = -2, b = -2;
    cr_expect_eq(match1("(a*)*", "b", 1, &a, &b), 1);
    cr_expect(a == 0 && b == 0, "%ld %ld", (long)a, (long)b);
    cr_expect_eq(match1("(a?)+?c", "aac", 1, &a, &b), 1);
    cr_expect(a == 1 && b == 2);
    cr_expect_eq(match1("(?:(?=a)|b)*x", "bbx", 0, &a, &b), 1);
    cr_expect(b == 3);
    cr_expect_eq(match1("(?:a{0,3}){2,5}b", "aaaab", 0, &a, &b), 1);
    cr_expect(b == 5);
}

Test(re_engine, lookbehind_stays_inside_the_subject)
{
    intptr_t a, b;
    cr_expect_eq(match1("(?<=a)b", "b", 0, &a, &b), 0);
    cr_expect_eq(match1("(?<!a)b", "b", 0, &a, &b), 1);
    cr_expect_eq(match1("(?<=ab)", "", 0, &a, &b), 0);
}

Test(re_engine, backreference_to_an_unset_group_fails)
{
    intptr_t a, b;
    cr_expect_eq(match1("(a)?b\\1", "b", 0, &a, &b), 0);
    cr_expect_eq(match1("(a)?b(?(1)x|y)", "by", 0, &a, &b), 1);
}

Test(re_engine, possessive_and_atomic_give_nothing_back)
{
    intptr_t a, b;
    cr_expect_eq(match1("a*+a", "aaa", 0, &a, &b), 0);
    cr_expect_eq(match1("(?>a|ab)c", "abc", 0, &a, &b), 0);
    cr_expect_eq(match1("(?:a|ab)++c", "abc", 0, &a, &b), 0);
    cr_expect_eq(match1("(?:ab|a)++c", "abc", 0, &a, &b), 1);
}

Test(re_engine, wrapped_code_keeps_its_jumps)
{
    intptr_t a, b;
    cr_expect_eq(match1("(?:(a|bc|d)+|x)*(e|f){2}$", "abcdaxef", 1, &a, &b), 1);
    cr_expect(a == 4 && b == 5, "%ld %ld", (long)a, (long)b);
    cr_expect_eq(match1("((?:a|b)+?)(b+)", "abbb", 2, &a, &b), 1);
    cr_expect(a == 1 && b == 4, "%ld %ld", (long)a, (long)b);
}

/* "((...(a)...))" with n groups (malloc'd). */
static char *nested(size_t n)
{
    char *pat = malloc(2 * n + 2);
    memset(pat, '(', n);
    pat[n] = 'a';
    memset(pat + n + 1, ')', n);
    pat[2 * n + 1] = 0;
    return pat;
}

Test(re_engine, deep_nesting_is_a_recursion_error)
{
    char *pat = nested(100000);
    re_compile_error err;
    cr_expect_null(compile(pat, 0, &err));
    cr_expect(rt_err_matches(&rt_exc_RecursionError));
    rt_err_clear();
    free(pat);
}

Test(re_engine, huge_backtracking_is_a_recursion_error)
{
    /* every character leaves several choice points: far past the stack's cap */
    size_t n = 6u << 20;
    char *subj = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        subj[i] = i & 1 ? 'b' : 'a';
    subj[n] = 0;
    intptr_t a, b;
    cr_expect_eq(match1("(?:a|b(?=.|$))*c", subj, 0, &a, &b), -1);
    cr_expect(rt_err_matches(&rt_exc_RecursionError));
    rt_err_clear();
    /* the same length with a single-character repeat needs no stack at all,
     * nor does an alternation of single characters (made a set) */
    cr_expect_eq(match1("[ab]*", subj, 0, &a, &b), 1);
    cr_expect_eq(b, (intptr_t)n);
    cr_expect_eq(match1("(?:a|b|[xy])*", subj, 0, &a, &b), 1);
    cr_expect_eq(b, (intptr_t)n);
    free(subj);
}

Test(re_engine, errors_carry_positions)
{
    re_compile_error err;
    cr_expect_null(compile("ab)", 0, &err));
    cr_expect_str_eq(err.msg, "unbalanced parenthesis");
    cr_expect_eq(err.pos, 2);
    cr_expect_null(compile("x(?P<n>a)(?P<n>b)", 0, &err));
    cr_expect_str_eq(err.msg, "redefinition of group name 'n' as group 2; was group 1");
    cr_expect_eq(err.pos, 13);
    cr_expect_null(compile("(?<=a*)b", 0, &err));
    cr_expect_str_eq(err.msg, "look-behind requires fixed-width pattern");
    cr_expect_eq(err.pos, -1);
}

Test(re_engine, nesting_under_a_raised_limit_stops_before_the_c_stack_ends)
{
    int saved = rt_recursion_limit;
    rt_stack_init();
    rt_recursion_limit = 1 << 30;
    char *pat = nested(2000000);
    re_compile_error err;
    cr_expect_null(compile(pat, 0, &err));
    cr_expect(rt_err_matches(&rt_exc_RecursionError));
    rt_err_clear();
    free(pat);
    rt_recursion_limit = saved;
}

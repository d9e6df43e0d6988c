/*
 * test_str.c -- str: repr quoting and escapes, methods (split edge cases,
 * join, strip, replace, find, count, format, ...), slicing with steps on
 * ASCII and non-ASCII text, interning, caches, the builder.  Expected
 * values were printed by CPython 3.11.
 */
#include "tests/unit/container_util.h"
#include "runtime/list.h"
#include "runtime/slice.h"

static void setup(void) { cr_assert_eq(rt_init(), 0); }
TestSuite(str, .init = setup);

static rt_object *repr_of(rt_object *o)
{
    rt_object *r = rt_repr(o);
    RT_DECREF(o);
    return r;
}

Test(str, repr_quotes_and_escapes)
{
    expect_text(repr_of(S("a'b")), "\"a'b\"");
    expect_text(repr_of(S("say \"hi\"")), "'say \"hi\"'");
    expect_text(repr_of(S("both ' and \"")), "'both \\' and \"'");
    expect_text(repr_of(S("tab\there")), "'tab\\there'");
    expect_text(repr_of(S("\x01\x7f\\")), "'\\x01\\x7f\\\\'");
    expect_text(repr_of(S("\n\r")), "'\\n\\r'");
    rt_object *nul = rt_str_from_bytes("a\0b", 3);
    cr_assert_eq(rt_str_size(nul), 3);
    expect_text(repr_of(nul), "'a\\x00b'");
    /* é stays, C1 controls, NBSP, soft hyphen and U+2028 are escaped */
    expect_text(repr_of(S("\xc3\xa9\xc2\x80\xc2\xa0\xc2\xad\xe2\x80\xa8")),
                "'\xc3\xa9\\x80\\xa0\\xad\\u2028'");
    /* str(list) uses the element reprs */
    rt_object *l = rt_list_new(0);
    rt_object *items[] = { S("a"), S("b'c"), S("d\"e") };
    for (int i = 0; i < 3; i++) {
        rt_list_append(l, items[i]);
        RT_DECREF(items[i]);
    }
    expect_text(repr_of(l), "['a', \"b'c\", 'd\"e']");
}

Test(str, length_counts_code_points)
{
    rt_object *s = S("h\xc3\xa9llo");
    cr_assert_eq(rt_str_size(s), 6);
    cr_assert_eq(rt_str_len(s), 5);
    cr_assert_eq(rt_length(s), 5);
    expect_text(rt_str_getitem(s, 1), "\xc3\xa9");
    RT_DECREF(s);
}

static rt_object *slice3(rt_object *s, intptr_t a, intptr_t b, intptr_t c, bool has_a, bool has_b)
{
    rt_object *A = has_a ? I(a) : NULL, *B = has_b ? I(b) : NULL, *C = I(c);
    rt_object *sl = rt_slice_new(A, B, C);
    RT_XDECREF(A); RT_XDECREF(B); RT_DECREF(C);
    rt_object *r = rt_getitem(s, sl);
    RT_DECREF(sl);
    return r;
}

Test(str, slicing_with_steps)
{
    rt_object *s = S("abcdef");
    expect_text(slice3(s, 0, 0, 2, false, false), "ace");
    expect_text(slice3(s, 0, 0, -2, false, false), "fdb");
    expect_text(slice3(s, -2, 0, 1, true, false), "ef");
    expect_text(slice3(s, 4, 1, -1, true, true), "edc");
    expect_text(slice3(s, 10, 20, 1, true, true), "");
    expect_err(slice3(s, 0, 0, 0, false, false), &rt_exc_ValueError, "slice step cannot be zero");
    RT_DECREF(s);
    rt_object *u = S("h\xc3\xa9llo w\xc3\xb6rld");
    expect_text(slice3(u, 0, 0, 3, false, false), "hlwl");
    expect_text(slice3(u, 1, 4, 1, true, true), "\xc3\xa9ll");
    RT_DECREF(u);
    rt_object *v = S("h\xc3\xa9llo");
    expect_text(slice3(v, 0, 0, -1, false, false), "oll\xc3\xa9h");
    RT_DECREF(v);
}

Test(str, indexing_errors)
{
    rt_object *s = S("abc");
    rt_object *k = I(5);
    expect_err(rt_getitem(s, k), &rt_exc_IndexError, "string index out of range");
    RT_DECREF(k);
    k = I(-1);
    expect_text(rt_getitem(s, k), "c");
    RT_DECREF(k);
    k = S("x");
    expect_err(rt_getitem(s, k), &rt_exc_TypeError, "string indices must be integers, not 'str'");
    RT_DECREF(k);
    RT_DECREF(s);
}

Test(str, concat_repeat_contains_compare)
{
    rt_object *a = S("ab"), *b = S("cd");
    expect_text(rt_number_binop(a, b, RT_NB_ADD), "abcd");
    rt_object *three = I(3), *neg = I(-1);
    expect_text(rt_number_binop(a, three, RT_NB_MUL), "ababab");
    expect_text(rt_number_binop(three, a, RT_NB_MUL), "ababab");
    expect_text(rt_number_binop(a, neg, RT_NB_MUL), "");
    expect_err(rt_number_binop(a, three, RT_NB_ADD), &rt_exc_TypeError,
               "can only concatenate str (not \"int\") to str");
    expect_err(rt_number_binop(a, b, RT_NB_MUL), &rt_exc_TypeError,
               "can't multiply sequence by non-int of type 'str'");
    rt_object *sub = S("b");
    cr_assert_eq(rt_contains(a, sub), 1);
    cr_assert_eq(rt_contains(b, sub), 0);
    cr_assert_eq(rt_contains(a, three), -1);
    char buf[200];
    cr_assert_str_eq(err_msg(buf, sizeof buf), "'in <string>' requires string as left operand, not int");
    rt_err_clear();
    rt_object *abc = S("abc"), *e = S("\xc3\xa9"), *z = S("z");
    cr_assert_eq(rt_richcompare_bool(a, abc, RT_LT), 1);
    cr_assert_eq(rt_richcompare_bool(sub, abc, RT_GT), 1);
    cr_assert_eq(rt_richcompare_bool(e, z, RT_GT), 1);   /* code point order */
    cr_assert_eq(rt_richcompare_bool(a, a, RT_EQ), 1);
    cr_assert_null(rt_richcompare(a, three, RT_LT));
    cr_assert_str_eq(err_msg(buf, sizeof buf), "'<' not supported between instances of 'str' and 'int'");
    rt_err_clear();
    RT_DECREF(a); RT_DECREF(b); RT_DECREF(three); RT_DECREF(neg); RT_DECREF(sub);
    RT_DECREF(abc); RT_DECREF(e); RT_DECREF(z);
}

Test(str, split_edge_cases)
{
    expect_repr(callm(S("a,b,,c"), "split", NULL, 1, S(",")), "['a', 'b', '', 'c']");
    expect_repr(callm(S("a b  c"), "split", NULL, 2, rt_none_new(), I(1)), "['a', 'b  c']");
    expect_repr(callm(S("  x  "), "split", NULL, 1, S(" ")), "['', '', 'x', '', '']");
    expect_repr(callm(S("abc"), "split", NULL, 2, S("b"), I(0)), "['abc']");
    expect_repr(callm(S(" a  b "), "split", NULL, 0), "['a', 'b']");
    expect_repr(callm(S(" a  b "), "split", NULL, 1, S(" ")), "['', 'a', '', 'b', '']");
    expect_repr(callm(S("a,b,,c"), "split", NULL, 2, S(","), I(1)), "['a', 'b,,c']");
    expect_repr(callm(S(""), "split", NULL, 0), "[]");
    expect_repr(callm(S(""), "split", NULL, 1, S(",")), "['']");
    expect_repr(callm(S("  a b c  "), "split", NULL, 2, rt_none_new(), I(1)), "['a', 'b c  ']");
    expect_repr(callm(S("a b c"), "split", kw1("maxsplit"), 1, I(0)), "['a b c']");
    expect_repr(callm(S("abc"), "split", NULL, 1, S("abc")), "['', '']");
    expect_repr(callm(S("aXbXc"), "split", NULL, 2, S("X"), I(-5)), "['a', 'b', 'c']");
    expect_repr(callm(S("a\tb\nc\x0b" "d"), "split", NULL, 0), "['a', 'b', 'c', 'd']");
    expect_err(callm(S("a"), "split", NULL, 3, I(1), I(2), I(3)), &rt_exc_TypeError,
               "split() takes at most 2 arguments (3 given)");
    expect_err(callm(S("a"), "split", NULL, 1, I(1)), &rt_exc_TypeError, "must be str or None, not int");
    expect_err(callm(S("a"), "split", NULL, 1, S("")), &rt_exc_ValueError, "empty separator");
    expect_err(callm(S("a"), "split", kw1("x"), 1, I(1)), &rt_exc_TypeError,
               "'x' is an invalid keyword argument for split()");
    expect_err(callm(S("a"), "split", kw1("maxsplit"), 1, S("x")), &rt_exc_TypeError,
               "'str' object cannot be interpreted as an integer");
}

Test(str, join)
{
    rt_object *l = rt_list_new(0);
    const char *parts[] = { "a", "b", "c" };
    for (int i = 0; i < 3; i++) {
        rt_object *p = S(parts[i]);
        rt_list_append(l, p);
        RT_DECREF(p);
    }
    expect_text(callm(S("x"), "join", NULL, 1, rt_newref(l)), "axbxc");
    expect_text(callm(S(", "), "join", NULL, 1, rt_list_new(0)), "");
    /* a one-item sequence returns the item itself */
    rt_object *only = S("solo");
    rt_object *t = rt_tuple_pack(1, only);
    rt_object *r = callm(S(", "), "join", NULL, 1, t);
    cr_assert_eq(r, only);
    RT_DECREF(r);
    RT_DECREF(only);
    /* any iterable: a str is joined character by character */
    expect_text(callm(S("-"), "join", NULL, 1, S("abc")), "a-b-c");
    rt_object *one = I(1);
    rt_list_append(l, one);
    expect_err(callm(S("a"), "join", NULL, 1, rt_newref(l)), &rt_exc_TypeError,
               "sequence item 3: expected str instance, int found");
    expect_err(callm(S("a"), "join", NULL, 1, one), &rt_exc_TypeError, "can only join an iterable");
    expect_err(callm(S("a"), "join", NULL, 0), &rt_exc_TypeError, "str.join() takes exactly one argument (0 given)");
    RT_DECREF(l);
}

Test(str, startswith_endswith)
{
    cr_assert(bval(callm(S("hello"), "startswith", NULL, 1, S("he"))));
    cr_assert(!bval(callm(S("hello"), "startswith", NULL, 1, S("lo"))));
    cr_assert(bval(callm(S("hello"), "endswith", NULL, 1, S("lo"))));
    cr_assert(bval(callm(S("abc"), "endswith", NULL, 2, S("bc"), I(-2))));
    cr_assert(!bval(callm(S("abc"), "startswith", NULL, 2, S(""), I(4))));
    cr_assert(bval(callm(S("abc"), "startswith", NULL, 2, S(""), I(3))));
    cr_assert(bval(callm(S("abc"), "startswith", NULL, 2, S("c"), I(2))));
    cr_assert(!bval(callm(S("abc"), "startswith", NULL, 3, S("bc"), I(1), I(2))));
    cr_assert(bval(callm(S("a"), "startswith", NULL, 1, rt_tuple_pack(2, S("b"), S("a")))));
    expect_err(callm(S("a"), "startswith", NULL, 1, I(1)), &rt_exc_TypeError,
               "startswith first arg must be str or a tuple of str, not int");
    expect_err(callm(S("a"), "startswith", NULL, 0), &rt_exc_TypeError,
               "startswith() takes at least 1 argument (0 given)");
    expect_err(callm(S("a"), "endswith", NULL, 1, rt_tuple_pack(2, S("b"), I(1))), &rt_exc_TypeError,
               "tuple for endswith must only contain str, not int");
    expect_err(callm(S("a"), "startswith", NULL, 2, S("a"), S("x")), &rt_exc_TypeError,
               "slice indices must be integers or None or have an __index__ method");
}

Test(str, case_strip_replace)
{
    expect_text(callm(S("Ab1z"), "upper", NULL, 0), "AB1Z");
    expect_text(callm(S("Ab1Z"), "lower", NULL, 0), "ab1z");
    expect_err(callm(S("a"), "upper", NULL, 1, I(1)), &rt_exc_TypeError, "str.upper() takes no arguments (1 given)");
    expect_err(callm(S("a"), "upper", kw1("x"), 1, I(1)), &rt_exc_TypeError, "str.upper() takes no keyword arguments");
    expect_text(callm(S("  hi \n"), "strip", NULL, 0), "hi");
    expect_text(callm(S("xxhixx"), "strip", NULL, 1, S("x")), "hi");
    expect_text(callm(S("abc"), "strip", NULL, 1, S("ac")), "b");
    expect_text(callm(S("h\xc3\xa9h"), "strip", NULL, 1, S("h")), "\xc3\xa9");
    expect_text(callm(S("\xc3\xa9h\xc3\xa9"), "strip", NULL, 1, S("\xc3\xa9")), "h");
    expect_text(callm(S("<<a>>"), "lstrip", NULL, 1, S("<")), "a>>");
    expect_text(callm(S("<<a>>"), "rstrip", NULL, 1, S(">")), "<<a");
    expect_text(callm(S("   "), "strip", NULL, 0), "");
    expect_err(callm(S("a"), "strip", NULL, 1, I(1)), &rt_exc_TypeError, "strip arg must be None or str");
    expect_err(callm(S("a"), "strip", NULL, 2, S("a"), S("b")), &rt_exc_TypeError,
               "strip expected at most 1 argument, got 2");
    expect_text(callm(S("a-b-c"), "replace", NULL, 2, S("-"), S("+")), "a+b+c");
    expect_text(callm(S("a-b-c"), "replace", NULL, 3, S("-"), S(""), I(1)), "ab-c");
    expect_text(callm(S("aaa"), "replace", NULL, 2, S(""), S("-")), "-a-a-a-");
    expect_text(callm(S("abc"), "replace", NULL, 3, S(""), S("."), I(2)), ".a.bc");
    expect_text(callm(S("aaa"), "replace", NULL, 3, S("a"), S("bb"), I(2)), "bbbba");
    expect_err(callm(S("a"), "replace", NULL, 2, I(1), I(2)), &rt_exc_TypeError,
               "replace() argument 1 must be str, not int");
    expect_err(callm(S("a"), "replace", NULL, 1, S("a")), &rt_exc_TypeError,
               "replace expected at least 2 arguments, got 1");
}

Test(str, find_count_classes)
{
    cr_assert_eq(ival(callm(S("hello"), "find", NULL, 1, S("l"))), 2);
    cr_assert_eq(ival(callm(S("hello"), "find", NULL, 2, S("l"), I(3))), 3);
    cr_assert_eq(ival(callm(S("hello"), "find", NULL, 1, S("z"))), -1);
    cr_assert_eq(ival(callm(S("hello"), "find", NULL, 2, S("l"), I(-2))), 3);
    cr_assert_eq(ival(callm(S("h\xc3\xa9llo"), "find", NULL, 1, S("l"))), 2);   /* code points */
    cr_assert_eq(ival(callm(S("abc"), "find", NULL, 2, S(""), I(5))), -1);
    cr_assert_eq(ival(callm(S("abc"), "find", NULL, 2, S(""), I(3))), 3);
    cr_assert_eq(ival(callm(S("banana"), "count", NULL, 1, S("a"))), 3);
    cr_assert_eq(ival(callm(S("banana"), "count", NULL, 1, S("an"))), 2);
    cr_assert_eq(ival(callm(S("banana"), "count", NULL, 3, S("a"), I(2), I(4))), 1);
    cr_assert_eq(ival(callm(S("aaaa"), "count", NULL, 1, S("aa"))), 2);
    cr_assert_eq(ival(callm(S("aaa"), "count", NULL, 1, S(""))), 4);
    expect_err(callm(S("a"), "find", NULL, 1, I(1)), &rt_exc_TypeError, "must be str, not int");
    expect_err(callm(S("a"), "find", NULL, 0), &rt_exc_TypeError, "find() takes at least 1 argument (0 given)");
    expect_err(callm(S("a"), "find", NULL, 4, S("a"), I(1), I(2), I(3)), &rt_exc_TypeError,
               "find() takes at most 3 arguments (4 given)");
    expect_err(callm(S("a"), "count", NULL, 0), &rt_exc_TypeError, "count() takes at least 1 argument (0 given)");
    cr_assert(bval(callm(S("0123"), "isdigit", NULL, 0)));
    cr_assert(!bval(callm(S("12a"), "isdigit", NULL, 0)));
    cr_assert(!bval(callm(S(""), "isdigit", NULL, 0)));
    cr_assert(bval(callm(S("abcXYZ"), "isalpha", NULL, 0)));
    cr_assert(!bval(callm(S("ab1"), "isalpha", NULL, 0)));
    cr_assert(!bval(callm(S(""), "isalpha", NULL, 0)));
    expect_err(callm(S("a"), "isdigit", NULL, 1, I(1)), &rt_exc_TypeError, "str.isdigit() takes no arguments (1 given)");
}

Test(str, interning_and_caches)
{
    rt_object *a = S("identifier"), *b = S("identifier");
    cr_assert_neq(a, b);
    rt_object *ia = rt_str_intern(a), *ib = rt_str_intern(b);
    cr_assert_eq(ia, ib);
    cr_assert_eq(ia, a);
    cr_assert(rt_str_is_interned(ia));
    cr_assert_eq(ia->refcnt, 3, "the program's interned strings are mortal: a, ia and ib");
    rt_object *c = rt_str_intern_cstr("identifier");
    cr_assert_eq(c, ia);
    cr_assert_geq(ia->refcnt, RT_IMMORTAL_REFCNT / 2, "the runtime's are immortal (test_interned.c)");
    rt_object *p = S("identifier");
    rt_object *q = p;
    rt_str_intern_inplace(&q);
    cr_assert_eq(q, ia);
    RT_DECREF(q);
    RT_DECREF(b); RT_DECREF(ib); RT_DECREF(c); RT_DECREF(ia);
    /* one-character strings and the empty string are shared */
    rt_object *x1 = S("x"), *x2 = rt_str_from_bytes("xyz", 1), *e1 = S(""), *e2 = rt_str_empty();
    cr_assert_eq(x1, x2);
    cr_assert_eq(e1, e2);
    rt_object *ab = S("ab"), *idx = I(0);
    rt_object *x3 = rt_getitem(ab, idx);
    rt_object *a1 = S("a");
    cr_assert_eq(x3, a1);
    RT_DECREF(x1); RT_DECREF(x2); RT_DECREF(e1); RT_DECREF(e2); RT_DECREF(ab); RT_DECREF(idx);
    RT_DECREF(x3); RT_DECREF(a1);
}

Test(str, hash_cached_and_consistent)
{
    rt_object *a = S("some key"), *b = S("some key");
    cr_assert_eq(((rt_strobject *)a)->hash, -1);
    intptr_t h = rt_hash(a);
    cr_assert_neq(h, -1);
    cr_assert_eq(((rt_strobject *)a)->hash, h);
    cr_assert_eq(rt_hash(b), h);
    cr_assert_eq(rt_str_hash_bytes("some key", 8), h);
    RT_DECREF(a);
    RT_DECREF(b);
}

Test(str, builder_and_format)
{
    rt_str_builder b;
    rt_str_builder_init(&b);
    for (int i = 0; i < 100; i++)
        rt_str_builder_append_cstr(&b, "ab");   /* grows past the inline buffer */
    rt_object *s = rt_str_builder_finish(&b);
    cr_assert_eq(rt_str_size(s), 200);
    cr_assert_eq(rt_str_data(s)[199], 'b');
    RT_DECREF(s);
    rt_object *o = S("it's");
    rt_object *n = I(42);
    expect_text(rt_str_from_format("%s=%d %ld %zd %R %S %5.2f %x%%", "k", -3, 7L, (intptr_t)-9, o, n, 3.14159, 255u),
                "k=-3 7 -9 \"it's\" 42  3.14 ff%");
    RT_DECREF(o);
    RT_DECREF(n);
    /* '*' width and precision, padding, long strings never truncated */
    expect_text(rt_str_from_format("[%.*s|%-4s|%4s|%*d|%-*d]", 3, "abcdef", "ab", "ab", 3, 7, -3, 7),
                "[abc|ab  |  ab|  7|7  ]");
    char big[1000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    rt_object *long_s = rt_str_from_format("<%s>", big);
    cr_assert_eq(rt_str_size(long_s), 1001);
    RT_DECREF(long_s);
}

/* Fills and repeats: one reservation, and a size the doubling cannot reach
 * fails at once with MemoryError (a width of 2**62 is refused, not looped
 * over a character at a time). */
Test(str, builder_fill_and_repeat)
{
    rt_str_builder b;
    rt_str_builder_init(&b);
    cr_assert_eq(rt_str_builder_append_fill(&b, '-', 3), 0);
    cr_assert_eq(rt_str_builder_append_repeat(&b, "\xc3\xa9", 2, 2), 0);   /* two 'é' */
    cr_assert_eq(rt_str_builder_append_fill(&b, 'x', 0), 0);
    expect_text(rt_str_builder_finish(&b), "---\xc3\xa9\xc3\xa9");
    rt_str_builder_init(&b);
    rt_str_builder_append_cstr(&b, "ab");
    cr_assert_eq(rt_str_builder_append_fill(&b, ' ', INTPTR_MAX / 2), -1);
    cr_assert_eq(rt_str_builder_append_repeat(&b, "ab", 2, INTPTR_MAX / 2), -1);
    cr_assert_null(rt_str_builder_finish(&b));
    cr_assert(rt_err_matches(&rt_exc_MemoryError));
    rt_err_clear();
}

Test(str, iteration)
{
    rt_object *s = S("a\xc3\xa9z");
    rt_object *it = rt_get_iter(s);
    cr_assert_not_null(it);
    expect_text(rt_iter_next(it), "a");
    expect_text(rt_iter_next(it), "\xc3\xa9");
    expect_text(rt_iter_next(it), "z");
    cr_assert_null(rt_iter_next(it));
    cr_assert_null(rt_err_occurred());
    RT_DECREF(it);
    RT_DECREF(s);
}

Test(str, method_call_through_type)
{
    /* The same methods reached the way the VM reaches them. */
    rt_object *s = S("a b");
    rt_object *r = rt_call_method(s, "split", NULL, 0);
    expect_repr(r, "['a', 'b']");
    RT_DECREF(s);
}

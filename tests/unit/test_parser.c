/*
 * test_parser.c -- AST dumps for every construct of the subset.
 *
 * Each expected dump was produced from CPython 3.11's own ast module
 * (ast.parse) rendered in gclab's S-expression format -- fields in
 * CPython's order, and for the cases marked `true` the positions
 * @line:col-end_line:end_col of every node -- so these tests pin the tree
 * shape *and* CPython's col_offset conventions.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "frontend/ast.h"
#include "runtime/alloc.h"

static void expect_dump(const char *src, bool positions, const char *want)
{
    vm_syntax_error err;
    vm_ast *a = vm_parse(src, strlen(src), "t.py", &err);
    cr_assert_not_null(a, "parse failed: %s line %d offset %d: %s\n%s", vm_syntax_kind_name(err.kind),
                       err.lineno, err.offset, err.msg, src);
    char *got = vm_ast_dump(a->module, positions);
    cr_assert_not_null(got);
    cr_expect_str_eq(got, want, "source:\n%s\ngot: %s", src, got);
    rt_raw_free(got);
    vm_ast_free(a);
}

Test(parser, constants)
{
    expect_dump("x = 1\ny = 2.5\nz = 'a\\n' \"b\"\nt = True, False, None\n",
                false,
                "(Module [(Assign [(Name x Store)] (Constant 1)) (Assign [(Name y Store)] (Constant 2.5)) (Assign [(Name z Store)] (Constant \"a\\nb\")) (Assign [(Name t Store)] (Tuple [(Constant True) (Constant False) (Constant None)] Load))])");
}

Test(parser, big_int_literal)
{
    expect_dump("x = 99999999999999999999\ny = -9223372036854775808\n",
                false,
                "(Module [(Assign [(Name x Store)] (Constant bigint:99999999999999999999)) (Assign [(Name y Store)] (UnaryOp - (Constant bigint:9223372036854775808)))])");
}

Test(parser, float_forms)
{
    expect_dump("a = 1e-3 + .5 + 5. + 1E16 + 0.0001 + 1e22\n",
                false,
                "(Module [(Assign [(Name a Store)] (BinOp (BinOp (BinOp (BinOp (BinOp (Constant 0.001) + (Constant 0.5)) + (Constant 5.0)) + (Constant 1e+16)) + (Constant 0.0001)) + (Constant 1e+22)))])");
}

Test(parser, string_escapes)
{
    expect_dump("s = '\\t\\\\\\'\\\"\\r\\0\\x41\\xe9'\n",
                false,
                "(Module [(Assign [(Name s Store)] (Constant \"\\t\\\\'\\\"\\r\\x00Aé\"))])");
}

Test(parser, triple_and_concat)
{
    expect_dump("s = '''a\nb''' 'c' \"\"\"d\"\"\"\n",
                false,
                "(Module [(Assign [(Name s Store)] (Constant \"a\\nbcd\"))])");
}

Test(parser, assign_chain)
{
    expect_dump("a = b = c = 3\n",
                true,
                "(Module [(Assign [(Name a Store)@1:0-1:1 (Name b Store)@1:4-1:5 (Name c Store)@1:8-1:9] (Constant 3)@1:12-1:13)@1:0-1:13])");
}

Test(parser, tuple_unpack)
{
    expect_dump("a, b = b, a\n(c, d) = [e, f] = g\n",
                true,
                "(Module [(Assign [(Tuple [(Name a Store)@1:0-1:1 (Name b Store)@1:3-1:4] Store)@1:0-1:4] (Tuple [(Name b Load)@1:7-1:8 (Name a Load)@1:10-1:11] Load)@1:7-1:11)@1:0-1:11 (Assign [(Tuple [(Name c Store)@2:1-2:2 (Name d Store)@2:4-2:5] Store)@2:0-2:6 (List [(Name e Store)@2:10-2:11 (Name f Store)@2:13-2:14] Store)@2:9-2:15] (Name g Load)@2:18-2:19)@2:0-2:19])");
}

Test(parser, nested_unpack)
{
    expect_dump("a, (b, [c, d]) = x\n",
                false,
                "(Module [(Assign [(Tuple [(Name a Store) (Tuple [(Name b Store) (List [(Name c Store) (Name d Store)] Store)] Store)] Store)] (Name x Load))])");
}

Test(parser, subscript_attr_targets)
{
    expect_dump("x[i] = v\no.attr = v\nx[1:2] = y\n",
                true,
                "(Module [(Assign [(Subscript (Name x Load)@1:0-1:1 (Name i Load)@1:2-1:3 Store)@1:0-1:4] (Name v Load)@1:7-1:8)@1:0-1:8 (Assign [(Attribute (Name o Load)@2:0-2:1 attr Store)@2:0-2:6] (Name v Load)@2:9-2:10)@2:0-2:10 (Assign [(Subscript (Name x Load)@3:0-3:1 (Slice (Constant 1)@3:2-3:3 (Constant 2)@3:4-3:5 -)@3:2-3:5 Store)@3:0-3:6] (Name y Load)@3:9-3:10)@3:0-3:10])");
}

Test(parser, augassign_all)
{
    expect_dump("x += 1\nx -= 1\nx *= 2\nx /= 3\nx //= 4\nx %= 5\nx **= 6\nx <<= 1\nx >>= 2\nx &= 3\nx |= 4\nx ^= 5\no.a += 1\no[k] -= 2\n",
                false,
                "(Module [(AugAssign (Name x Store) += (Constant 1)) (AugAssign (Name x Store) -= (Constant 1)) (AugAssign (Name x Store) *= (Constant 2)) (AugAssign (Name x Store) /= (Constant 3)) (AugAssign (Name x Store) //= (Constant 4)) (AugAssign (Name x Store) %= (Constant 5)) (AugAssign (Name x Store) **= (Constant 6)) (AugAssign (Name x Store) <<= (Constant 1)) (AugAssign (Name x Store) >>= (Constant 2)) (AugAssign (Name x Store) &= (Constant 3)) (AugAssign (Name x Store) |= (Constant 4)) (AugAssign (Name x Store) ^= (Constant 5)) (AugAssign (Attribute (Name o Load) a Store) += (Constant 1)) (AugAssign (Subscript (Name o Load) (Name k Load) Store) -= (Constant 2))])");
}

Test(parser, arithmetic_precedence)
{
    expect_dump("r = a + b - c * d / e // f % g ** h ** i\n",
                true,
                "(Module [(Assign [(Name r Store)@1:0-1:1] (BinOp (BinOp (Name a Load)@1:4-1:5 + (Name b Load)@1:8-1:9)@1:4-1:9 - (BinOp (BinOp (BinOp (BinOp (Name c Load)@1:12-1:13 * (Name d Load)@1:16-1:17)@1:12-1:17 / (Name e Load)@1:20-1:21)@1:12-1:21 // (Name f Load)@1:25-1:26)@1:12-1:26 % (BinOp (Name g Load)@1:29-1:30 ** (BinOp (Name h Load)@1:34-1:35 ** (Name i Load)@1:39-1:40)@1:34-1:40)@1:29-1:40)@1:12-1:40)@1:4-1:40)@1:0-1:40])");
}

Test(parser, unary)
{
    expect_dump("s = -a + +b - ~c\nt = -2 ** 2\n",
                true,
                "(Module [(Assign [(Name s Store)@1:0-1:1] (BinOp (BinOp (UnaryOp - (Name a Load)@1:5-1:6)@1:4-1:6 + (UnaryOp + (Name b Load)@1:10-1:11)@1:9-1:11)@1:4-1:11 - (UnaryOp ~ (Name c Load)@1:15-1:16)@1:14-1:16)@1:4-1:16)@1:0-1:16 (Assign [(Name t Store)@2:0-2:1] (UnaryOp - (BinOp (Constant 2)@2:5-2:6 ** (Constant 2)@2:10-2:11)@2:5-2:11)@2:4-2:11)@2:0-2:11])");
}

Test(parser, bitwise_precedence)
{
    expect_dump("t = a | b ^ c & d << e >> f\n",
                false,
                "(Module [(Assign [(Name t Store)] (BinOp (Name a Load) | (BinOp (Name b Load) ^ (BinOp (Name c Load) & (BinOp (BinOp (Name d Load) << (Name e Load)) >> (Name f Load))))))])");
}

Test(parser, boolean)
{
    expect_dump("u = not a and b or not c and not not d\n",
                true,
                "(Module [(Assign [(Name u Store)@1:0-1:1] (BoolOp or [(BoolOp and [(UnaryOp not (Name a Load)@1:8-1:9)@1:4-1:9 (Name b Load)@1:14-1:15])@1:4-1:15 (BoolOp and [(UnaryOp not (Name c Load)@1:23-1:24)@1:19-1:24 (UnaryOp not (UnaryOp not (Name d Load)@1:37-1:38)@1:33-1:38)@1:29-1:38])@1:19-1:38])@1:4-1:38)@1:0-1:38])");
}

Test(parser, chained_comparison)
{
    expect_dump("v = a < b <= c > d >= e == f != g\n",
                true,
                "(Module [(Assign [(Name v Store)@1:0-1:1] (Compare (Name a Load)@1:4-1:5 < (Name b Load)@1:8-1:9 <= (Name c Load)@1:13-1:14 > (Name d Load)@1:17-1:18 >= (Name e Load)@1:22-1:23 == (Name f Load)@1:27-1:28 != (Name g Load)@1:32-1:33)@1:4-1:33)@1:0-1:33])");
}

Test(parser, is_in)
{
    expect_dump("w = a is b is not c in d not in e\n",
                false,
                "(Module [(Assign [(Name w Store)] (Compare (Name a Load) is (Name b Load) is not (Name c Load) in (Name d Load) not in (Name e Load)))])");
}

Test(parser, conditional)
{
    expect_dump("q = a if b else c if d else e\n",
                true,
                "(Module [(Assign [(Name q Store)@1:0-1:1] (IfExp (Name b Load)@1:9-1:10 (Name a Load)@1:4-1:5 (IfExp (Name d Load)@1:21-1:22 (Name c Load)@1:16-1:17 (Name e Load)@1:28-1:29)@1:16-1:29)@1:4-1:29)@1:0-1:29])");
}

Test(parser, lambda)
{
    expect_dump("l = lambda: 0\nl2 = lambda x, y=2, *z, k, m=3: x + y\n",
                true,
                "(Module [(Assign [(Name l Store)@1:0-1:1] (Lambda (arguments [] [] - [] []) (Constant 0)@1:12-1:13)@1:4-1:13)@1:0-1:13 (Assign [(Name l2 Store)@2:0-2:2] (Lambda (arguments [(arg x)@2:12-2:13 (arg y)@2:15-2:16] [(Constant 2)@2:17-2:18] (arg z)@2:21-2:22 [(arg k)@2:24-2:25 (arg m)@2:27-2:28] [- (Constant 3)@2:29-2:30]) (BinOp (Name x Load)@2:32-2:33 + (Name y Load)@2:36-2:37)@2:32-2:37)@2:5-2:37)@2:0-2:37])");
}

Test(parser, calls)
{
    expect_dump("print(a, b, sep='', end='\\n')\nf(*args)\nf(a, *b, c=1)\nf()(1)(2)\n",
                true,
                "(Module [(Expr (Call (Name print Load)@1:0-1:5 [(Name a Load)@1:6-1:7 (Name b Load)@1:9-1:10] [(keyword sep (Constant \"\")@1:16-1:18)@1:12-1:18 (keyword end (Constant \"\\n\")@1:24-1:28)@1:20-1:28])@1:0-1:29)@1:0-1:29 (Expr (Call (Name f Load)@2:0-2:1 [(Starred (Name args Load)@2:3-2:7 Load)@2:2-2:7] [])@2:0-2:8)@2:0-2:8 (Expr (Call (Name f Load)@3:0-3:1 [(Name a Load)@3:2-3:3 (Starred (Name b Load)@3:6-3:7 Load)@3:5-3:7] [(keyword c (Constant 1)@3:11-3:12)@3:9-3:12])@3:0-3:13)@3:0-3:13 (Expr (Call (Call (Call (Name f Load)@4:0-4:1 [] [])@4:0-4:3 [(Constant 1)@4:4-4:5] [])@4:0-4:6 [(Constant 2)@4:7-4:8] [])@4:0-4:9)@4:0-4:9])");
}

Test(parser, trailers)
{
    expect_dump("o.m(1).n[2].p\n(a).b\n(f)(x)[0]\n",
                true,
                "(Module [(Expr (Attribute (Subscript (Attribute (Call (Attribute (Name o Load)@1:0-1:1 m Load)@1:0-1:3 [(Constant 1)@1:4-1:5] [])@1:0-1:6 n Load)@1:0-1:8 (Constant 2)@1:9-1:10 Load)@1:0-1:11 p Load)@1:0-1:13)@1:0-1:13 (Expr (Attribute (Name a Load)@2:1-2:2 b Load)@2:0-2:5)@2:0-2:5 (Expr (Subscript (Call (Name f Load)@3:1-3:2 [(Name x Load)@3:4-3:5] [])@3:0-3:6 (Constant 0)@3:7-3:8 Load)@3:0-3:9)@3:0-3:9])");
}

Test(parser, slices)
{
    expect_dump("a[1]\na[1:2]\na[::2]\na[1:2:3]\na[:]\na[i, j]\na[1:2, ::3]\n",
                true,
                "(Module [(Expr (Subscript (Name a Load)@1:0-1:1 (Constant 1)@1:2-1:3 Load)@1:0-1:4)@1:0-1:4 (Expr (Subscript (Name a Load)@2:0-2:1 (Slice (Constant 1)@2:2-2:3 (Constant 2)@2:4-2:5 -)@2:2-2:5 Load)@2:0-2:6)@2:0-2:6 (Expr (Subscript (Name a Load)@3:0-3:1 (Slice - - (Constant 2)@3:4-3:5)@3:2-3:5 Load)@3:0-3:6)@3:0-3:6 (Expr (Subscript (Name a Load)@4:0-4:1 (Slice (Constant 1)@4:2-4:3 (Constant 2)@4:4-4:5 (Constant 3)@4:6-4:7)@4:2-4:7 Load)@4:0-4:8)@4:0-4:8 (Expr (Subscript (Name a Load)@5:0-5:1 (Slice - - -)@5:2-5:3 Load)@5:0-5:4)@5:0-5:4 (Expr (Subscript (Name a Load)@6:0-6:1 (Tuple [(Name i Load)@6:2-6:3 (Name j Load)@6:5-6:6] Load)@6:2-6:6 Load)@6:0-6:7)@6:0-6:7 (Expr (Subscript (Name a Load)@7:0-7:1 (Tuple [(Slice (Constant 1)@7:2-7:3 (Constant 2)@7:4-7:5 -)@7:2-7:5 (Slice - - (Constant 3)@7:9-7:10)@7:7-7:10] Load)@7:2-7:10 Load)@7:0-7:11)@7:0-7:11])");
}

Test(parser, displays)
{
    expect_dump("x = ()\nx = (1,)\nx = (1)\nx = 1,\nx = []\nx = [1, 2, 3,]\nx = {}\nx = {'a': 1, 4: {5: 6},}\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (Tuple [] Load)@1:4-1:6)@1:0-1:6 (Assign [(Name x Store)@2:0-2:1] (Tuple [(Constant 1)@2:5-2:6] Load)@2:4-2:8)@2:0-2:8 (Assign [(Name x Store)@3:0-3:1] (Constant 1)@3:5-3:6)@3:0-3:7 (Assign [(Name x Store)@4:0-4:1] (Tuple [(Constant 1)@4:4-4:5] Load)@4:4-4:6)@4:0-4:6 (Assign [(Name x Store)@5:0-5:1] (List [] Load)@5:4-5:6)@5:0-5:6 (Assign [(Name x Store)@6:0-6:1] (List [(Constant 1)@6:5-6:6 (Constant 2)@6:8-6:9 (Constant 3)@6:11-6:12] Load)@6:4-6:14)@6:0-6:14 (Assign [(Name x Store)@7:0-7:1] (Dict [] [])@7:4-7:6)@7:0-7:6 (Assign [(Name x Store)@8:0-8:1] (Dict [(Constant \"a\")@8:5-8:8 (Constant 4)@8:13-8:14] [(Constant 1)@8:10-8:11 (Dict [(Constant 5)@8:17-8:18] [(Constant 6)@8:20-8:21])@8:16-8:22])@8:4-8:24)@8:0-8:24])");
}

Test(parser, list_comprehension)
{
    expect_dump("x = [i * 2 for i in range(10)]\ny = [i for i in xs if i % 2]\nz = [(a, b) for a, b in p if a if b]\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (ListComp (BinOp (Name i Load)@1:5-1:6 * (Constant 2)@1:9-1:10)@1:5-1:10 (comprehension (Name i Store)@1:15-1:16 (Call (Name range Load)@1:20-1:25 [(Constant 10)@1:26-1:28] [])@1:20-1:29 []))@1:4-1:30)@1:0-1:30 (Assign [(Name y Store)@2:0-2:1] (ListComp (Name i Load)@2:5-2:6 (comprehension (Name i Store)@2:11-2:12 (Name xs Load)@2:16-2:18 [(BinOp (Name i Load)@2:22-2:23 % (Constant 2)@2:26-2:27)@2:22-2:27]))@2:4-2:28)@2:0-2:28 (Assign [(Name z Store)@3:0-3:1] (ListComp (Tuple [(Name a Load)@3:6-3:7 (Name b Load)@3:9-3:10] Load)@3:5-3:11 (comprehension (Tuple [(Name a Store)@3:16-3:17 (Name b Store)@3:19-3:20] Store)@3:16-3:20 (Name p Load)@3:24-3:25 [(Name a Load)@3:29-3:30 (Name b Load)@3:34-3:35]))@3:4-3:36)@3:0-3:36])");
}

Test(parser, dict_comprehension)
{
    expect_dump("x = {k: v for k, v in d.items()}\ny = {k: 1 for k in ks if k}\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (DictComp (Name k Load)@1:5-1:6 (Name v Load)@1:8-1:9 (comprehension (Tuple [(Name k Store)@1:14-1:15 (Name v Store)@1:17-1:18] Store)@1:14-1:18 (Call (Attribute (Name d Load)@1:22-1:23 items Load)@1:22-1:29 [] [])@1:22-1:31 []))@1:4-1:32)@1:0-1:32 (Assign [(Name y Store)@2:0-2:1] (DictComp (Name k Load)@2:5-2:6 (Constant 1)@2:8-2:9 (comprehension (Name k Store)@2:14-2:15 (Name ks Load)@2:19-2:21 [(Name k Load)@2:25-2:26]))@2:4-2:27)@2:0-2:27])");
}

Test(parser, fstring_fields)
{
    expect_dump("x = f'a{b}c{d!r}{e!s}{g!a}'\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (JoinedStr [(Constant \"a\")@1:4-1:27 (FormattedValue (Name b Load)@1:8-1:9 - -)@1:4-1:27 (Constant \"c\")@1:4-1:27 (FormattedValue (Name d Load)@1:12-1:13 !r -)@1:4-1:27 (FormattedValue (Name e Load)@1:17-1:18 !s -)@1:4-1:27 (FormattedValue (Name g Load)@1:22-1:23 !a -)@1:4-1:27])@1:4-1:27)@1:0-1:27])");
}

Test(parser, fstring_format_spec)
{
    expect_dump("x = f'{x:.3f} and {y:>{w}}'\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (JoinedStr [(FormattedValue (Name x Load)@1:7-1:8 - (JoinedStr [(Constant \".3f\")@1:4-1:27])@1:4-1:27)@1:4-1:27 (Constant \" and \")@1:4-1:27 (FormattedValue (Name y Load)@1:19-1:20 - (JoinedStr [(Constant \">\")@1:4-1:27 (FormattedValue (Name w Load)@1:23-1:24 - -)@1:4-1:27])@1:4-1:27)@1:4-1:27])@1:4-1:27)@1:0-1:27])");
}

Test(parser, fstring_braces_and_concat)
{
    expect_dump("x = 'pre' f'{{lit}} {a + b} {c[\"k\"]}' 'post'\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (JoinedStr [(Constant \"pre{lit} \")@1:4-1:44 (FormattedValue (BinOp (Name a Load)@1:21-1:22 + (Name b Load)@1:25-1:26)@1:21-1:26 - -)@1:4-1:44 (Constant \" \")@1:4-1:44 (FormattedValue (Subscript (Name c Load)@1:29-1:30 (Constant \"k\")@1:31-1:34 Load)@1:29-1:35 - -)@1:4-1:44 (Constant \"post\")@1:4-1:44])@1:4-1:44)@1:0-1:44])");
}

Test(parser, fstring_multiline_and_raw)
{
    expect_dump("x = f'''m\n{a}\nl'''\ny = rf'\\n{a}'\nz = f''\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (JoinedStr [(Constant \"m\\n\")@1:4-3:4 (FormattedValue (Name a Load)@2:1-2:2 - -)@1:4-3:4 (Constant \"\\nl\")@1:4-3:4])@1:4-3:4)@1:0-3:4 (Assign [(Name y Store)@4:0-4:1] (JoinedStr [(Constant \"\\\\n\")@4:4-4:13 (FormattedValue (Name a Load)@4:10-4:11 - -)@4:4-4:13])@4:4-4:13)@4:0-4:13 (Assign [(Name z Store)@5:0-5:1] (JoinedStr [])@5:4-5:7)@5:0-5:7])");
}

Test(parser, fstring_tuple_and_lambda)
{
    expect_dump("x = f'{a, b}'\ny = f'{(lambda: 1)()}'\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (JoinedStr [(FormattedValue (Tuple [(Name a Load)@1:7-1:8 (Name b Load)@1:10-1:11] Load)@1:6-1:12 - -)@1:4-1:13])@1:4-1:13)@1:0-1:13 (Assign [(Name y Store)@2:0-2:1] (JoinedStr [(FormattedValue (Call (Lambda (arguments [] [] - [] []) (Constant 1)@2:16-2:17)@2:8-2:17 [] [])@2:7-2:20 - -)@2:4-2:22])@2:4-2:22)@2:0-2:22])");
}

Test(parser, if_elif_else)
{
    expect_dump("if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    x = 2\nelse:\n    x = 3\n",
                true,
                "(Module [(If (Name a Load)@1:3-1:4 [(Pass)@2:4-2:8] [(If (Name b Load)@3:5-3:6 [(Assign [(Name x Store)@4:4-4:5] (Constant 1)@4:8-4:9)@4:4-4:9] [(If (Name c Load)@5:5-5:6 [(Assign [(Name x Store)@6:4-6:5] (Constant 2)@6:8-6:9)@6:4-6:9] [(Assign [(Name x Store)@8:4-8:5] (Constant 3)@8:8-8:9)@8:4-8:9])@5:0-8:9])@3:0-8:9])@1:0-8:9])");
}

Test(parser, while_else)
{
    expect_dump("while x:\n    x -= 1\n    if x: break\n    else: continue\nelse:\n    pass\n",
                true,
                "(Module [(While (Name x Load)@1:6-1:7 [(AugAssign (Name x Store)@2:4-2:5 -= (Constant 1)@2:9-2:10)@2:4-2:10 (If (Name x Load)@3:7-3:8 [(Break)@3:10-3:15] [(Continue)@4:10-4:18])@3:4-4:18] [(Pass)@6:4-6:8])@1:0-6:8])");
}

Test(parser, for_else)
{
    expect_dump("for i in range(3):\n    pass\nelse:\n    pass\nfor a, b in c: pass\nfor (a, b) in c: pass\nfor x in 1, 2: pass\n",
                true,
                "(Module [(For (Name i Store)@1:4-1:5 (Call (Name range Load)@1:9-1:14 [(Constant 3)@1:15-1:16] [])@1:9-1:17 [(Pass)@2:4-2:8] [(Pass)@4:4-4:8])@1:0-4:8 (For (Tuple [(Name a Store)@5:4-5:5 (Name b Store)@5:7-5:8] Store)@5:4-5:8 (Name c Load)@5:12-5:13 [(Pass)@5:15-5:19] [])@5:0-5:19 (For (Tuple [(Name a Store)@6:5-6:6 (Name b Store)@6:8-6:9] Store)@6:4-6:10 (Name c Load)@6:14-6:15 [(Pass)@6:17-6:21] [])@6:0-6:21 (For (Name x Store)@7:4-7:5 (Tuple [(Constant 1)@7:9-7:10 (Constant 2)@7:12-7:13] Load)@7:9-7:13 [(Pass)@7:15-7:19] [])@7:0-7:19])");
}

Test(parser, simple_statements_on_one_line)
{
    expect_dump("if a: x = 1; y = 2\n",
                true,
                "(Module [(If (Name a Load)@1:3-1:4 [(Assign [(Name x Store)@1:6-1:7] (Constant 1)@1:10-1:11)@1:6-1:11 (Assign [(Name y Store)@1:13-1:14] (Constant 2)@1:17-1:18)@1:13-1:18] [])@1:0-1:18])");
}

Test(parser, def_parameters)
{
    expect_dump("def g(a, b=1, *c, d, e=2):\n    return a\ndef h(*, k):\n    return\n",
                true,
                "(Module [(FunctionDef g (arguments [(arg a)@1:6-1:7 (arg b)@1:9-1:10] [(Constant 1)@1:11-1:12] (arg c)@1:15-1:16 [(arg d)@1:18-1:19 (arg e)@1:21-1:22] [- (Constant 2)@1:23-1:24]) [(Return (Name a Load)@2:11-2:12)@2:4-2:12])@1:0-2:12 (FunctionDef h (arguments [] [] - [(arg k)@3:9-3:10] [-]) [(Return -)@4:4-4:10])@3:0-4:10])");
}

Test(parser, def_nested_global_nonlocal)
{
    expect_dump("def i(*args):\n    global x, y\n    x = 1\n    def inner():\n        nonlocal args\n        return args\n    return inner\n",
                true,
                "(Module [(FunctionDef i (arguments [] [] (arg args)@1:7-1:11 [] []) [(Global x y)@2:4-2:15 (Assign [(Name x Store)@3:4-3:5] (Constant 1)@3:8-3:9)@3:4-3:9 (FunctionDef inner (arguments [] [] - [] []) [(Nonlocal args)@5:8-5:21 (Return (Name args Load)@6:15-6:19)@6:8-6:19])@4:4-6:19 (Return (Name inner Load)@7:11-7:16)@7:4-7:16])@1:0-7:16])");
}

Test(parser, decorators)
{
    expect_dump("@staticmethod\ndef s(): pass\n@classmethod\n@dec.attr(1)\ndef c(cls): pass\n",
                true,
                "(Module [(FunctionDef s (arguments [] [] - [] []) [(Pass)@2:9-2:13] [(Name staticmethod Load)@1:1-1:13])@2:0-2:13 (FunctionDef c (arguments [(arg cls)@5:6-5:9] [] - [] []) [(Pass)@5:12-5:16] [(Name classmethod Load)@3:1-3:12 (Call (Attribute (Name dec Load)@4:1-4:4 attr Load)@4:1-4:9 [(Constant 1)@4:10-4:11] [])@4:1-4:12])@5:0-5:16])");
}

Test(parser, classes)
{
    expect_dump("class A:\n    pass\nclass B(A):\n    x = 1\n    def __init__(self, v):\n        super().__init__()\n        self.__v = v\nclass C():\n    pass\n@dec\nclass D(mod.Base): pass\n",
                true,
                "(Module [(ClassDef A [] [(Pass)@2:4-2:8])@1:0-2:8 (ClassDef B [(Name A Load)@3:8-3:9] [(Assign [(Name x Store)@4:4-4:5] (Constant 1)@4:8-4:9)@4:4-4:9 (FunctionDef __init__ (arguments [(arg self)@5:17-5:21 (arg v)@5:23-5:24] [] - [] []) [(Expr (Call (Attribute (Call (Name super Load)@6:8-6:13 [] [])@6:8-6:15 __init__ Load)@6:8-6:24 [] [])@6:8-6:26)@6:8-6:26 (Assign [(Attribute (Name self Load)@7:8-7:12 __v Store)@7:8-7:16] (Name v Load)@7:19-7:20)@7:8-7:20])@5:4-7:20])@3:0-7:20 (ClassDef C [] [(Pass)@9:4-9:8])@8:0-9:8 (ClassDef D [(Attribute (Name mod Load)@11:8-11:11 Base Load)@11:8-11:16] [(Pass)@11:19-11:23] [(Name dec Load)@10:1-10:4])@11:0-11:23])");
}

Test(parser, try_except)
{
    expect_dump("try:\n    x\nexcept ValueError:\n    pass\nexcept (TypeError, KeyError) as e:\n    raise\nexcept Exception as e:\n    raise ValueError('x') from e\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
                true,
                "(Module [(Try [(Expr (Name x Load)@2:4-2:5)@2:4-2:5] [(ExceptHandler (Name ValueError Load)@3:7-3:17 - [(Pass)@4:4-4:8])@3:0-4:8 (ExceptHandler (Tuple [(Name TypeError Load)@5:8-5:17 (Name KeyError Load)@5:19-5:27] Load)@5:7-5:28 e [(Raise - -)@6:4-6:9])@5:0-6:9 (ExceptHandler (Name Exception Load)@7:7-7:16 e [(Raise (Call (Name ValueError Load)@8:10-8:20 [(Constant \"x\")@8:21-8:24] [])@8:10-8:25 (Name e Load)@8:31-8:32)@8:4-8:32])@7:0-8:32 (ExceptHandler - - [(Pass)@10:4-10:8])@9:0-10:8] [(Pass)@12:4-12:8] [(Pass)@14:4-14:8])@1:0-14:8])");
}

Test(parser, try_finally)
{
    expect_dump("try:\n    pass\nfinally:\n    pass\n",
                true,
                "(Module [(Try [(Pass)@2:4-2:8] [] [] [(Pass)@4:4-4:8])@1:0-4:8])");
}

Test(parser, raise_assert)
{
    expect_dump("raise\nraise E\nraise E(1) from None\nassert x\nassert x, 'msg'\n",
                true,
                "(Module [(Raise - -)@1:0-1:5 (Raise (Name E Load)@2:6-2:7 -)@2:0-2:7 (Raise (Call (Name E Load)@3:6-3:7 [(Constant 1)@3:8-3:9] [])@3:6-3:10 (Constant None)@3:16-3:20)@3:0-3:20 (Assert (Name x Load)@4:7-4:8 -)@4:0-4:8 (Assert (Name x Load)@5:7-5:8 (Constant \"msg\")@5:10-5:15)@5:0-5:15])");
}

Test(parser, delete)
{
    expect_dump("del a\ndel a, b\ndel a[1], b.c\ndel (a, b)\ndel [a, b]\n",
                true,
                "(Module [(Delete [(Name a Del)@1:4-1:5])@1:0-1:5 (Delete [(Name a Del)@2:4-2:5 (Name b Del)@2:7-2:8])@2:0-2:8 (Delete [(Subscript (Name a Load)@3:4-3:5 (Constant 1)@3:6-3:7 Del)@3:4-3:8 (Attribute (Name b Load)@3:10-3:11 c Del)@3:10-3:13])@3:0-3:13 (Delete [(Tuple [(Name a Del)@4:5-4:6 (Name b Del)@4:8-4:9] Del)@4:4-4:10])@4:0-4:10 (Delete [(List [(Name a Del)@5:5-5:6 (Name b Del)@5:8-5:9] Del)@5:4-5:10])@5:0-5:10])");
}

Test(parser, imports)
{
    expect_dump("import m\nimport a.b.c\nimport m as n, o\nfrom m import a\nfrom m import a as b, c\nfrom . import x\nfrom ..pkg.sub import (a, b,)\n",
                true,
                "(Module [(Import [(alias m)@1:7-1:8])@1:0-1:8 (Import [(alias a.b.c)@2:7-2:12])@2:0-2:12 (Import [(alias m as n)@3:7-3:13 (alias o)@3:15-3:16])@3:0-3:16 (ImportFrom m 0 [(alias a)@4:14-4:15])@4:0-4:15 (ImportFrom m 0 [(alias a as b)@5:14-5:20 (alias c)@5:22-5:23])@5:0-5:23 (ImportFrom - 1 [(alias x)@6:14-6:15])@6:0-6:15 (ImportFrom pkg.sub 2 [(alias a)@7:23-7:24 (alias b)@7:26-7:27])@7:0-7:29])");
}

Test(parser, continuation_lines)
{
    expect_dump("x = (1 +\n     2)\ny = [\n    1,\n]\nz = 1 + \\\n    2\n",
                true,
                "(Module [(Assign [(Name x Store)@1:0-1:1] (BinOp (Constant 1)@1:5-1:6 + (Constant 2)@2:5-2:6)@1:5-2:6)@1:0-2:7 (Assign [(Name y Store)@3:0-3:1] (List [(Constant 1)@4:4-4:5] Load)@3:4-5:1)@3:0-5:1 (Assign [(Name z Store)@6:0-6:1] (BinOp (Constant 1)@6:4-6:5 + (Constant 2)@7:4-7:5)@6:4-7:5)@6:0-7:5])");
}

Test(parser, comments_and_blank_lines)
{
    expect_dump("# c\nif x:  # t\n\n    # inner\n    pass\n\ny = 1\n",
                true,
                "(Module [(If (Name x Load)@2:3-2:4 [(Pass)@5:4-5:8] [])@2:0-5:8 (Assign [(Name y Store)@7:0-7:1] (Constant 1)@7:4-7:5)@7:0-7:5])");
}

Test(parser, return_tuple_and_empty_module)
{
    expect_dump("def f():\n    return 1, 2\n",
                true,
                "(Module [(FunctionDef f (arguments [] [] - [] []) [(Return (Tuple [(Constant 1)@2:11-2:12 (Constant 2)@2:14-2:15] Load)@2:11-2:15)@2:4-2:15])@1:0-2:15])");
}

/* ---- the C values in the nodes --------------------------------------- */

static vm_node *first_value(vm_ast *a)
{
    vm_node *s = a->module->u.Module.body.items[0];
    cr_assert_eq(s->kind, VM_N_Assign);
    return s->u.Assign.value;
}

Test(parser, constants_are_c_values)
{
    vm_syntax_error err;
    const char *src = "x = 'a\\0b\\xe9'\n";
    vm_ast *a = vm_parse(src, strlen(src), "t.py", &err);
    cr_assert_not_null(a);
    vm_node *c = first_value(a);
    cr_assert_eq(c->kind, VM_N_Constant);
    cr_assert_eq(c->u.Constant.kind, VM_CONST_STR);
    cr_assert_eq(c->u.Constant.n, 5);                    /* a NUL b and U+00E9 as two UTF-8 bytes */
    cr_expect_eq(memcmp(c->u.Constant.s, "a\0b\xc3\xa9", 5), 0);
    vm_ast_free(a);

    src = "x = 9223372036854775807\n";
    a = vm_parse(src, strlen(src), "t.py", &err);
    c = first_value(a);
    cr_expect_eq(c->u.Constant.kind, VM_CONST_INT);
    cr_expect_eq(c->u.Constant.i, INT64_MAX);
    vm_ast_free(a);

    /* does not fit: the compiler raises OverflowError from the digits */
    src = "x = 0x1_0000_0000_0000_0000\n";
    a = vm_parse(src, strlen(src), "t.py", &err);
    c = first_value(a);
    cr_expect_eq(c->u.Constant.kind, VM_CONST_BIGINT);
    cr_expect_str_eq(c->u.Constant.s, "0x1_0000_0000_0000_0000");
    vm_ast_free(a);

    src = "x = 1.5e300\n";
    a = vm_parse(src, strlen(src), "t.py", &err);
    c = first_value(a);
    cr_expect_eq(c->u.Constant.kind, VM_CONST_FLOAT);
    cr_expect_eq(c->u.Constant.f, 1.5e300);
    vm_ast_free(a);
}

Test(parser, compare_ops_and_contexts)
{
    vm_syntax_error err;
    const char *src = "x = a not in b is not c\n";
    vm_ast *a = vm_parse(src, strlen(src), "t.py", &err);
    cr_assert_not_null(a);
    vm_node *c = first_value(a);
    cr_assert_eq(c->kind, VM_N_Compare);
    cr_assert_eq(c->u.Compare.comparators.n, 2);
    cr_expect_eq(c->u.Compare.ops[0], VM_CMP_NOTIN);
    cr_expect_eq(c->u.Compare.ops[1], VM_CMP_ISNOT);
    vm_node *t = a->module->u.Module.body.items[0]->u.Assign.targets.items[0];
    cr_expect_eq(t->u.Name.ctx, VM_STORE);
    vm_ast_free(a);
}

Test(parser, fstring_fields_hold_parsed_expressions)
{
    vm_syntax_error err;
    const char *src = "x = f'{a.b(1)!r:>{w}}'\n";
    vm_ast *a = vm_parse(src, strlen(src), "t.py", &err);
    cr_assert_not_null(a);
    vm_node *j = first_value(a);
    cr_assert_eq(j->kind, VM_N_JoinedStr);
    cr_assert_eq(j->u.JoinedStr.values.n, 1);
    vm_node *fv = j->u.JoinedStr.values.items[0];
    cr_assert_eq(fv->kind, VM_N_FormattedValue);
    cr_expect_eq(fv->u.FormattedValue.conversion, 'r');
    cr_expect_eq(fv->u.FormattedValue.value->kind, VM_N_Call);
    cr_expect_eq(fv->u.FormattedValue.value->col, 7);   /* positions inside the literal */
    cr_assert_not_null(fv->u.FormattedValue.format_spec);
    cr_expect_eq(fv->u.FormattedValue.format_spec->kind, VM_N_JoinedStr);
    vm_ast_free(a);
}

Test(parser, empty_module_and_arena)
{
    vm_syntax_error err;
    vm_ast *a = vm_parse("", 0, "t.py", &err);
    cr_assert_not_null(a);
    cr_expect_eq(a->module->u.Module.body.n, 0);
    cr_expect_gt(vm_arena_bytes(a->arena), 0);
    char *d = vm_ast_dump(a->module, false);
    cr_expect_str_eq(d, "(Module [])");
    rt_raw_free(d);
    vm_ast_free(a);
    /* a byte order mark is skipped, CRLF line ends work */
    const char *bom = "\xef\xbb\xbfif x:\r\n    y = 1\r\n";
    a = vm_parse(bom, strlen(bom), "t.py", &err);
    cr_assert_not_null(a);
    d = vm_ast_dump(a->module, false);
    cr_expect_str_eq(d, "(Module [(If (Name x Load) [(Assign [(Name y Store)] (Constant 1))] [])])");
    rt_raw_free(d);
    vm_ast_free(a);
}

/* positions as CPython 3.11's ast (checked against ast.parse) */
Test(parser, match_statement_patterns_and_positions)
{
    expect_dump("match x, y:\n    case [1, *r] | {'k': -2, **m} as z if z:\n        pass\n"
                "    case P(a, b=_) | a.b:\n        pass\n    case 1, None, 'x':\n        pass\n", true,
                "(Module [(Match (Tuple [(Name x Load)@1:6-1:7 (Name y Load)@1:9-1:10] Load)@1:6-1:10 "
                "[(match_case (MatchAs (MatchOr [(MatchSequence [(MatchValue (Constant 1)@2:10-2:11)@2:10-2:11 "
                "(MatchStar r)@2:13-2:15])@2:9-2:16 (MatchMapping [(Constant \"k\")@2:20-2:23] [(MatchValue "
                "(UnaryOp - (Constant 2)@2:26-2:27)@2:25-2:27)@2:25-2:27] m)@2:19-2:33])@2:9-2:33 z)@2:9-2:38 "
                "(Name z Load)@2:42-2:43 [(Pass)@3:8-3:12]) (match_case (MatchOr [(MatchClass (Name P "
                "Load)@4:9-4:10 [(MatchAs - a)@4:11-4:12] [b] [(MatchAs - -)@4:16-4:17])@4:9-4:18 (MatchValue "
                "(Attribute (Name a Load)@4:21-4:22 b Load)@4:21-4:24)@4:21-4:24])@4:9-4:24 - [(Pass)@5:8-5:12]) "
                "(match_case (MatchSequence [(MatchValue (Constant 1)@6:9-6:10)@6:9-6:10 (MatchSingleton "
                "None)@6:12-6:16 (MatchValue (Constant \"x\")@6:18-6:21)@6:18-6:21])@6:9-6:21 - "
                "[(Pass)@7:8-7:12])])@1:0-7:12])");
}

Test(parser, soft_keyword_match_is_a_name)
{
    /* a match statement where `match` and `case` are names too */
    expect_dump("match match:\n    case case:\n        case = match(case)\n", false,
                "(Module [(Match (Name match Load) [(match_case (MatchAs - case) - "
                "[(Assign [(Name case Store)] (Call (Name match Load) [(Name case Load)] []))])])])");
    expect_dump("match = 1\nmatch.x = match(2)\n", false,
                "(Module [(Assign [(Name match Store)] (Constant 1)) (Assign [(Attribute (Name match Load) x Store)] (Call (Name match Load) [(Constant 2)] []))])");
}

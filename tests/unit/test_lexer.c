/*
 * test_lexer.c -- the tokenizer on tricky inputs: indentation stacks,
 * continuation lines, every literal kind and escape, f-string bodies,
 * positions.  Expected token streams follow CPython 3.11's tokenizer
 * (python3 -m tokenize), minus its NL/COMMENT tokens which the parser
 * never sees.
 */
#include <criterion/criterion.h>
#include <string.h>
#include <stdio.h>
#include "frontend/token.h"
#include "frontend/ast.h"

/* Render the token stream compactly: kinds, with values for literals. */
static char *render(const char *src, vm_arena **ap, vm_token_array *ta)
{
    static char buf[8192];
    vm_arena *a = vm_arena_new();
    *ap = a;
    vm_tokenize(a, src, strlen(src), "t.py", ta);
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; i < ta->n && n < sizeof buf - 200; i++) {
        const vm_token *t = &ta->toks[i];
        if (i) buf[n++] = ' ';
        switch (t->kind) {
        case VM_TOK_NAME: n += (size_t)snprintf(buf + n, sizeof buf - n, "NAME:%.*s", (int)t->len, t->start); break;
        case VM_TOK_INT:
            if (t->flags & VM_TOKF_OVERFLOW) n += (size_t)snprintf(buf + n, sizeof buf - n, "INT:big");
            else n += (size_t)snprintf(buf + n, sizeof buf - n, "INT:%lld", (long long)t->v.i);
            break;
        case VM_TOK_FLOAT: n += (size_t)snprintf(buf + n, sizeof buf - n, "FLOAT:%.17g", t->v.f); break;
        case VM_TOK_STRING:
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s:", (t->flags & VM_TOKF_FSTRING) ? "FSTR" : "STR");
            for (size_t k = 0; k < t->v.str.n; k++) {
                unsigned char c = (unsigned char)t->v.str.s[k];
                if (c < 32 || c >= 127 || c == '\\') n += (size_t)snprintf(buf + n, sizeof buf - n, "\\%02x", c);
                else buf[n++] = (char)c;
            }
            break;
        default: n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", vm_tok_name(t->kind)); break;
        }
        buf[n] = '\0';
    }
    return buf;
}

static void expect_tokens(const char *src, const char *want)
{
    vm_arena *a;
    vm_token_array ta;
    char *got = render(src, &a, &ta);
    cr_expect_str_eq(got, want, "source %s", src);
    vm_arena_free(a);
}

Test(lexer, simple_statement)
{
    expect_tokens("x = 1\n", "NAME:x = INT:1 NEWLINE ENDMARKER");
    expect_tokens("x = 1", "NAME:x = INT:1 NEWLINE ENDMARKER");   /* NEWLINE synthesised at EOF */
    expect_tokens("", "ENDMARKER");
    expect_tokens("\n\n# only a comment\n   \n", "ENDMARKER");
}

Test(lexer, indentation_stack)
{
    expect_tokens("if a:\n    if b:\n        x\n    y\nz\n",
                  "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:x NEWLINE DEDENT "
                  "NAME:y NEWLINE DEDENT NAME:z NEWLINE ENDMARKER");
    /* two levels closed at once, and at EOF */
    expect_tokens("def f():\n  if x:\n    return\nw\n",
                  "def NAME:f ( ) : NEWLINE INDENT if NAME:x : NEWLINE INDENT return NEWLINE DEDENT DEDENT "
                  "NAME:w NEWLINE ENDMARKER");
    expect_tokens("while 1:\n  while 2:\n    pass",
                  "while INT:1 : NEWLINE INDENT while INT:2 : NEWLINE INDENT pass NEWLINE DEDENT DEDENT ENDMARKER");
    /* blank and comment-only lines do not affect indentation */
    expect_tokens("if a:\n    x\n\n  # comment at another column\n    y\n",
                  "if NAME:a : NEWLINE INDENT NAME:x NEWLINE NAME:y NEWLINE DEDENT ENDMARKER");
}

Test(lexer, implicit_and_explicit_joining)
{
    expect_tokens("x = (1,\n     2)\n", "NAME:x = ( INT:1 , INT:2 ) NEWLINE ENDMARKER");
    expect_tokens("x = [\n  1,\n# c\n\n  2]\n", "NAME:x = [ INT:1 , INT:2 ] NEWLINE ENDMARKER");
    expect_tokens("x = 1 + \\\n    2\n", "NAME:x = INT:1 + INT:2 NEWLINE ENDMARKER");
    /* indentation inside brackets is not significant */
    expect_tokens("if a:\n    f(1,\n2)\n", "if NAME:a : NEWLINE INDENT NAME:f ( INT:1 , INT:2 ) NEWLINE DEDENT ENDMARKER");
    expect_tokens("x = 1\r\ny = 2\r\n", "NAME:x = INT:1 NEWLINE NAME:y = INT:2 NEWLINE ENDMARKER");
}

Test(lexer, integers)
{
    expect_tokens("0 7 1_000 0x1F 0XFF 0o17 0b101 0b_1 00",
                  "INT:0 INT:7 INT:1000 INT:31 INT:255 INT:15 INT:5 INT:1 INT:0 NEWLINE ENDMARKER");
    expect_tokens("9223372036854775807 9223372036854775808 0xFFFFFFFFFFFFFFFF",
                  "INT:9223372036854775807 INT:big INT:big NEWLINE ENDMARKER");
}

Test(lexer, floats)
{
    expect_tokens("1.5 1e-3 .5 5. 1E10 1_0.2_5 3e+2", "FLOAT:1.5 FLOAT:0.001 FLOAT:0.5 FLOAT:5 FLOAT:10000000000 "
                  "FLOAT:10.25 FLOAT:300 NEWLINE ENDMARKER");
    expect_tokens("09.5", "FLOAT:9.5 NEWLINE ENDMARKER");   /* leading zeros are fine in floats */
}

Test(lexer, string_escapes)
{
    expect_tokens("'a\\nb' \"\\t\\\\\\'\\\"\\r\\0\" '\\x41\\x7e'",
                  "STR:a\\0ab STR:\\09\\5c'\"\\0d\\00 STR:A~ NEWLINE ENDMARKER");
    /* \xHH above 0x7f is a code point: UTF-8 encoded, as CPython's str holds it */
    expect_tokens("'\\xe9'", "STR:\\c3\\a9 NEWLINE ENDMARKER");
    /* octal, \u, unknown escapes kept verbatim, line continuation inside a literal */
    expect_tokens("'\\101\\u00e9\\q' 'ab\\\ncd'", "STR:A\\c3\\a9\\5cq STR:abcd NEWLINE ENDMARKER");
    /* raw strings keep backslashes */
    expect_tokens("r'\\n\\'' R\"\\d\"", "STR:\\5cn\\5c' STR:\\5cd NEWLINE ENDMARKER");
    expect_tokens("u'x' 'caf\xc3\xa9'", "STR:x STR:caf\\c3\\a9 NEWLINE ENDMARKER");
}

Test(lexer, triple_quoted)
{
    expect_tokens("'''a\nb''' \"\"\"c'\"d\"\"\"", "STR:a\\0ab STR:c'\"d NEWLINE ENDMARKER");
    expect_tokens("x = '''\n  not indentation\n'''\ny\n", "NAME:x = STR:\\0a  not indentation\\0a NEWLINE NAME:y NEWLINE ENDMARKER");
}

Test(lexer, fstrings_keep_raw_body)
{
    expect_tokens("f'{x!r:>{w}} \\n'", "FSTR:{x!r:>{w}} \\5cn NEWLINE ENDMARKER");
    expect_tokens("F\"a{b}\" rf'{c}'", "FSTR:a{b} FSTR:{c} NEWLINE ENDMARKER");
}

Test(lexer, operators)
{
    expect_tokens("a **= b // c >>= d != e <= f -> g := h ... @ ~",
                  "NAME:a **= NAME:b // NAME:c >>= NAME:d != NAME:e <= NAME:f -> NAME:g := NAME:h ... @ ~ NEWLINE ENDMARKER");
    expect_tokens("x+=1;y<<=2", "NAME:x += INT:1 ; NAME:y <<= INT:2 NEWLINE ENDMARKER");
}

Test(lexer, keywords_vs_names)
{
    expect_tokens("if elif else for in not is None True False lambda match print",
                  "if elif else for in not is None True False lambda NAME:match NAME:print NEWLINE ENDMARKER");
    expect_tokens("caf\xc3\xa9 = _x1", "NAME:caf\xc3\xa9 = NAME:_x1 NEWLINE ENDMARKER");
}

Test(lexer, positions)
{
    vm_arena *a = vm_arena_new();
    vm_token_array ta;
    const char *src = "if x:\n    y = 'ab'\n";
    cr_assert_eq(vm_tokenize(a, src, strlen(src), "t.py", &ta), 0);
    /* if x : NEWLINE INDENT y = 'ab' NEWLINE DEDENT ENDMARKER */
    cr_assert_eq(ta.n, 11);
    cr_expect_eq(ta.toks[1].line, 1); cr_expect_eq(ta.toks[1].col, 3); cr_expect_eq(ta.toks[1].end_col, 4);
    cr_expect_eq(ta.toks[3].kind, VM_TOK_NEWLINE); cr_expect_eq(ta.toks[3].col, 5);
    cr_expect_eq(ta.toks[5].kind, VM_TOK_NAME); cr_expect_eq(ta.toks[5].line, 2); cr_expect_eq(ta.toks[5].col, 4);
    cr_expect_eq(ta.toks[7].kind, VM_TOK_STRING); cr_expect_eq(ta.toks[7].col, 8); cr_expect_eq(ta.toks[7].end_col, 12);
    /* EOF tokens sit at the last line break, where CPython reports EOF errors */
    cr_expect_eq(ta.toks[10].kind, VM_TOK_ENDMARKER); cr_expect_eq(ta.toks[10].line, 2); cr_expect_eq(ta.toks[10].col, 12);
    vm_arena_free(a);
}

Test(lexer, multiline_string_positions)
{
    vm_arena *a = vm_arena_new();
    vm_token_array ta;
    const char *src = "s = '''a\nbc''' + 1\n";
    cr_assert_eq(vm_tokenize(a, src, strlen(src), "t.py", &ta), 0);
    cr_expect_eq(ta.toks[2].line, 1); cr_expect_eq(ta.toks[2].col, 4);
    cr_expect_eq(ta.toks[2].end_line, 2); cr_expect_eq(ta.toks[2].end_col, 5);
    cr_expect_eq(ta.toks[3].kind, VM_TOK_PLUS); cr_expect_eq(ta.toks[3].line, 2); cr_expect_eq(ta.toks[3].col, 6);
    vm_arena_free(a);
}

Test(lexer, errors_end_stream_with_errortoken)
{
    vm_arena *a = vm_arena_new();
    vm_token_array ta;
    const char *src = "x = 1\ny = 'abc\n";
    cr_assert_eq(vm_tokenize(a, src, strlen(src), "t.py", &ta), -1);
    cr_expect_eq(ta.toks[ta.n - 1].kind, VM_TOK_ERRORTOKEN);
    cr_expect_eq(ta.err.kind, VM_SYNERR_SYNTAX);
    cr_expect_str_eq(ta.err.msg, "unterminated string literal (detected at line 2)");
    cr_expect_eq(ta.err.lineno, 2);
    cr_expect_eq(ta.err.offset, 5);
    cr_expect_str_eq(ta.err.text, "y = 'abc");
    cr_expect(ta.err_strong);
    vm_arena_free(a);
}

Test(lexer, tabs)
{
    vm_arena *a = vm_arena_new();
    vm_token_array ta;
    /* consistent tabs: CPython accepts them, the gclab subset does not --
     * the line is recorded and the parser reports it if nothing else fails */
    const char *src = "if x:\n\ty\n";
    cr_assert_eq(vm_tokenize(a, src, strlen(src), "t.py", &ta), 0);
    cr_expect_eq(ta.tab_line, 2);
    /* inconsistent: CPython's TabError */
    const char *src2 = "if x:\n        a\n\tb\n";
    cr_assert_eq(vm_tokenize(a, src2, strlen(src2), "t.py", &ta), -1);
    cr_expect_eq(ta.err.kind, VM_SYNERR_TAB);
    cr_expect_str_eq(ta.err.msg, "inconsistent use of tabs and spaces in indentation");
    cr_expect_eq(ta.err.lineno, 3);
    vm_arena_free(a);
}

/* Source that is not UTF-8 is CPython's SyntaxError, naming the first byte
 * of the first ill-formed sequence and its line (messages from
 * python3.11 on each input). */
static void expect_non_utf8(const char *src, size_t len, unsigned byte, int line)
{
    vm_syntax_error err;
    cr_assert_not(vm_check_utf8(src, len, "f.py", &err), "accepted %02x", byte);
    char want[256];
    snprintf(want, sizeof want,
             "Non-UTF-8 code starting with '\\x%02x' in file f.py on line %d, but no encoding declared; "
             "see https://peps.python.org/pep-0263/ for details", byte, line);
    cr_expect_str_eq(err.msg, want);
    cr_expect_eq(err.kind, VM_SYNERR_SYNTAX);
    cr_expect_eq(err.lineno, 0);
}

Test(lexer, non_utf8_source_is_a_syntax_error)
{
    vm_syntax_error err;
    const char ok[] = "s = '\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf'\n";
    cr_assert(vm_check_utf8(ok, sizeof ok - 1, "f.py", &err));
    expect_non_utf8("x = 1\nprint('a\xff')\n", 17, 0xff, 2);
    expect_non_utf8("# \xc3\n", 4, 0xc3, 1);                   /* truncated by a newline */
    expect_non_utf8("a\nb\n\xc0\xaf\n", 7, 0xc0, 3);            /* overlong '/' */
    expect_non_utf8("\xe0\x80\xaf", 3, 0xe0, 1);                /* overlong, 3 bytes */
    expect_non_utf8("#\xed\xa0\x80\n", 5, 0xed, 1);             /* a surrogate */
    expect_non_utf8("\xf4\x90\x80\x80", 4, 0xf4, 1);            /* above U+10FFFF */
    expect_non_utf8("'\xe2\x82", 3, 0xe2, 1);                   /* cut at the end */
    expect_non_utf8("\x80", 1, 0x80, 1);                        /* a lone continuation byte */
}

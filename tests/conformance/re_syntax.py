# re pattern syntax: each case prints what search/findall give (CPython 3.11)
import re

CASES = [
    # literals, dot, anchors
    ('abc', 'xxabcxx'), ('a.c', 'a\nc abc'), ('(?s)a.c', 'a\nc'), ('^ab', 'ab\nab'), ('(?m)^ab', 'x\nab'),
    ('ab$', 'ab\n'), ('ab$', 'ab\nab\n'), ('(?m)ab$', 'ab\nx'), (r'\Aab', 'ab'), (r'ab\Z', 'ab\n'),
    (r'\bfoo\b', 'a foo.'), (r'\Bo\B', 'foo'), (r'\b', ''), (r'\B', ''), (r'\B', 'a'),
    # classes
    ('[abc]+', 'xxcabz'), ('[^abc]+', 'abxyzc'), ('[a-f0-9]+', 'zz3fa9g'), ('[]a]+', 'a]b'), ('[a-]+', '-a-b'),
    (r'[\]]', 'a]'), (r'[\d\s]+', 'ab 12 3c'), (r'[^\W\d]+', 'ab12_cd'), ('[.*+?]+', 'a.*+?b'), (r'[\x41-\x43]+', 'ABCD'),
    (r'\d+', 'abc ٣٤٥ 12'), (r'\w+', 'héllo wörld_1 日本'), (r'\s+', 'a\u2003\u00a0b'), (r'(?a)\w+', 'héllo'),
    (r'(?a)\d', '٣4'), (r'\D+', '12ab34'), (r'\W+', 'ab, cd'), (r'\S+', ' ab\tcd '),
    # case
    ('(?i)abc', 'xABCx'), ('(?i)[a-c]+', 'xAbCx'), ('(?i)É', 'é'), ('(?i)[^a]', 'A'), (r'(?i)\u212a', 'k'),
    ('(?i)ß', 'SS'), ('(?ai)é', 'É'), ('(?i)[é]', 'É'), ('(?i:a)b', 'Ab AB'), ('a(?i:b)c', 'aBc aBC'),
    ('(?i)(a)\\1', 'aA'),
    # escapes
    (r'\t\n\x41\u00e9\U0001F600\101\0', 'x\t\nAé😀A\x00'), (r'\.\*\\', 'a.*\\'), (r'\-\#', '-#'),
    # groups
    ('(a)(b)?', 'ac'), ('(?:ab)+', 'ababx'), ('(?P<x>a)(?P=x)', 'aa ab'), (r'(a)(b)\2\1', 'abba'),
    ('(a|b)*c', 'ababc'), ('(a*)+b', 'aab'), ('(a|)+b', 'aab'), ('((a)|b)+', 'ab'), ('(a)|b', 'b'),
    (r'(?P<d>\d)(?(d)x|y)', '1x'), (r'(a)?(?(1)b|c)', 'ab c'), ('(?>a+)b', 'aab'), ('(?>a+)a', 'aaa'),
    # quantifiers
    ('a*', 'aaa'), ('a*?', 'aaa'), ('a+?', 'aaa'), ('a??b', 'ab'), ('a{2}', 'aaaaa'), ('a{2,}', 'aaaaa'),
    ('a{,2}', 'aaa'), ('a{2,3}?', 'aaaa'), ('a{0}', 'a'), ('x{', 'x{'), ('x{a}', 'x{a}'), ('x{}', 'x{}'),
    ('x{1,2', 'x{1,2'), ('(ab){2,3}', 'abababab'), ('(ab)*?c', 'ababc'), ('a*+a', 'aaa'), ('a++b', 'aab'),
    ('(?:a|ab)++c', 'abc'), ('.*foo', 'xfooyfoo'), ('.*?foo', 'xfooyfoo'), ('<.*>', '<a><b>'), ('<.*?>', '<a><b>'),
    (r'(\w+)\s*=\s*(\d+)', 'x = 1, yy=22'), ('(a+)+$', 'aaaa'), ('(x?)*y', 'xxy'),
    # lookaround
    ('a(?=b)', 'ab ac'), ('a(?!b)', 'ab ac'), ('(?<=x)a', 'xa ya'), ('(?<!x)a', 'xa ya'), ('(?<=ab|cd)e', 'abe cde xe'),
    ('(?=(a+))a', 'aaa'), ('(?!(a))b', 'b'), ('(?<=(a))b', 'ab'), (r'(?<=\d{3})x', '12x 123x'),
    ('\\b(?=\\w)', 'a b'),
    # verbose
    ('(?x) a b # comment\n c', 'abc'), ('(?x)[ ]a', ' a'), ('(?x)a\\ b', 'a b'), ('(?x)a (?#c) b', 'ab'),
    ('a(?#comment)b', 'ab'), ('a(?#x)*', 'aaa'),
    # alternation
    ('(?i)a|B', 'xbA'), ('(a|b|c)+', 'cab'), ('a|[bc]|\\d', 'x1bc'), ('(?i)[a-c]|x', 'XB'), ('[^a]|a', 'ab'),
    ('(?i)é|z', 'ÉZ'), ('(?:a|)+', 'aa'), ('(?:a|b)*?b', 'aab'), ('(?a)\\w|é', 'éa'), ('a|(?i:b)', 'B'), ('.|a', 'ab'),
    ('a|b|c', 'xbc'), ('ab|a', 'ab'), ('(a|ab)(c|bcd)', 'abcd'), ('|a', 'a'), ('a|', 'b'), ('(?:x|y)+', 'xyyx!'),
]
for pat, s in CASES:
    p = re.compile(pat)
    m = p.search(s)
    print(repr(pat), repr(s), m and (m.span(), m.group(), m.groups()), p.findall(s))

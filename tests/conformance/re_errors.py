# re.error messages and positions for malformed patterns (CPython 3.11)
import re

BAD = [
    'a(', '(a', 'a)', '((a)', '*', 'a**', '+a', '?', 'a{2}{3}', '^*', r'\b+', '$?',
    'a{3,2}', '[a', '[]', '[^]', '[z-a]', r'[\d-z]', r'[a-\d]', r'\q', 'a\\', r'\x1', r'\x1g',
    r'\u12', r'\U0011ffff', r'\1', r'(a)\2', r'(a\1)', r'\400', r'[\400]', r'[\9]',
    '(?P<1a>x)', '(?P<>x)', '(?P<a', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=a)(?P<a>x)',
    '(?Px)', '(?', '(?<x)', '(?z)', '(?i', '(?i-', '(?-i', '(?i-i:a)', 'a(?i)b',
    '(?#comment', '(?(1)a|b|c)', '(?(x)a)', '(?(1a)a)', '(?(0)a)', '(?(3)a)(b)',
    r'(?<=a+)b', r'(?<!a|bc)d', '(?P<a>a)(?<=(?P=a)x)', 'x{2,1}', 'a|*', '(|*)',
    '(?a:(?u:x))', '(?L)x', '(?t:x)', '\n(\n', 'ab\ncd)',
]
for pat in BAD:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno)
    except (ValueError, OverflowError, RecursionError) as e:
        print(repr(pat), '->', type(e).__name__, e)

for pat, fl in [('x', re.L), ('x', re.A | re.U), (b'x', re.U)]:
    try:
        re.compile(pat, fl)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile('a{4294967296}')
except OverflowError as e:
    print('OverflowError', e)

e = re.error('msg')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('m', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))

# wrong types
for call in [lambda: re.compile(5), lambda: re.match('a', 5), lambda: re.match('a', b'a'),
             lambda: re.match(b'a', 'a'), lambda: re.compile(re.compile('a'), re.I),
             lambda: re.sub('a', 5, 'a'), lambda: re.sub('a', lambda m: 5, 'bab'),
             lambda: re.compile('a').match(), lambda: re.compile('a').match('a', foo=1),
             lambda: re.compile('a').search('a', 'x')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# nesting deeper than the recursion allows
for n in (50, 2000):
    try:
        print(n, re.compile('(' * n + 'a' + ')' * n).groups)
    except RecursionError:
        print(n, 'RecursionError')

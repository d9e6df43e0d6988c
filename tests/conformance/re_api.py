# the re module's functions, Pattern and Match objects (CPython 3.11)
import re

p = re.compile(r'(?P<word>\w+)\s*(?P<num>\d+)?')
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(type(p), type(p).__name__, re.Pattern, re.Match, isinstance(p, re.Pattern))
m = p.search('  hello 42 world')
print(m, type(m), isinstance(m, re.Match))
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(1, 'num', 0), m[0], m['word'], m[2])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start('num'), m.end(2), m.span('word'))
print(m.lastindex, m.lastgroup, m.string, m.re is p, m.pos, m.endpos, m.regs)
m2 = p.search('  hello')
print(m2.groups(), m2.groups('-'), m2.groupdict(), m2.groupdict(0), m2.group(2), m2.span(2), m2.start(2))
print(m2.lastindex, m2.lastgroup)
for bad in (3, -1, 'nope', 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(m.expand(r'<\2:\1:\g<word>:\g<0>>'), m2.expand(r'[\2]'))
print(re.match('(a)(b)', 'ab').lastindex, re.match('(a)(b)?', 'a').lastindex, re.match('((a)b)', 'ab').lastindex,
      re.match('a', 'a').lastindex, re.match('(?P<x>a)(b)', 'ab').lastgroup)

# pos and endpos
q = re.compile('o')
print(q.search('foo', 2), q.search('foo', 3), q.search('foo', 1, 2), q.match('foo', 1), q.match('foo'),
      q.fullmatch('foo', 2), q.search('foo', -5, 100), q.search('foo', 3, 1))
print(re.compile('^o').search('foo', 1), re.compile('(?m)^o').search('f\no', 1), re.compile('o$').search('foo', 0, 2))
print(q.findall('foofoo', 1, 5), [x.span() for x in q.finditer('foofoo', 2)], next(q.finditer('xo', 1)).pos)
print(re.compile(r'\bo').search('foo', 1), re.compile(r'(?<=f)o').search('foo', 1))

# module functions, flags and cache
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch('a+', 'aa'), re.fullmatch('a', 'ab'))
print(re.findall('[A-Z]', 'aBcD', re.I), re.sub('x', '-', 'XxX', flags=re.I), re.subn('x', '-', 'xax', 1))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'),
      re.split(r'\W+', 'Words, words, words.', 1), re.split('x', 'axbxc', maxsplit=1), re.split('(a)|b', 'xaybz'))
print(re.I, re.M | re.S, re.X, repr(re.A), str(re.I | re.M), re.NOFLAG, re.I.value, int(re.DOTALL), re.U)
print(re.IGNORECASE is re.I, re.I == 2, re.I | 1 == 3, type(re.I | re.M).__name__)
print(re.compile('x', re.I | re.M), re.compile('x', re.A), re.compile(b'x', re.I), re.compile('x', re.U))
print(re.compile('a') is re.compile('a'), re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      hash(re.compile('a')) == hash(re.compile('a')))
print(re.compile(re.compile('a')) is not None, re.purge())
print(re.escape('a.b*c?d[e]f{g}h|i(j)k^l$m\\n+o p#q-r&s~t'), re.escape('ü'), re.escape(b'a.b'))
print(re.compile('\n\t\\d' + 'x' * 300))
print(re.compile("'\""), re.compile('é'), re.compile(''))
print(re.match('x*', 'y'), re.match('(é+)', 'ééx'), repr(re.search('b', 'a\nb')))

# sub with templates and callables
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, foo bar'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>\g<0>', 'abcd'))
print(re.sub('a', r'\n\t\\', 'bab'), re.sub('a', r'\0', 'a') == '\x00')
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('x', lambda m: None, 'axb'), re.sub('x', lambda m: m.group().upper(), 'xax'))
print(re.sub('a', 'b', 'ccc'), re.sub('', '-', 'abc'), re.sub('a', '', 'aaa'), re.subn('', '-', ''), re.sub('é', 'e', 'café é'))
calls = []
print(re.sub(r'\d', lambda m: calls.append(m.span()) or str(int(m.group()) * 2), 'a1b2c3', count=2), calls)
print(re.sub('(?P<x>a)', r'\g<1>\g<x>', 'a'), re.compile('a').sub('b', 'aaa', 2), re.compile('a').subn(lambda m: 'z', 'aaa'))

# finditer is lazy and gives Match objects
it = re.finditer(r'\d+', 'a1b22c333')
print(type(it).__name__, next(it), [m.group() for m in it])
print([m.span() for m in re.finditer('', 'ab')])

# Match copies
import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)

# str methods' edge cases: partition, rsplit, expandtabs, center, zfill, translate
s = 'a.b.c'
print(s.partition('.'), s.rpartition('.'), s.partition('x'), s.rpartition('x'))
try:
    s.partition('')
except ValueError as e:
    print("ValueError", e)
print('a b  c   d'.rsplit(None, 1), 'a b  c   d'.split(None, 2))
print('  lead  trail  '.split(None, 1), '  lead  trail  '.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 2), ''.split(','), ''.split())
print('x'.split('x'), 'xx'.rsplit('x', 0), 'abc'.split('abc', -1))
print(repr('a\tb\tc'.expandtabs()), repr('ab\tc'.expandtabs(4)), repr('\t'.expandtabs(0)))
print(repr('12345\t6\n\tx'.expandtabs(3)))
for w in range(4, 8):
    print(repr('ab'.center(w)), repr('abc'.center(w, '*')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '--1'.zfill(4), ''.zfill(2))
tbl = str.maketrans({'a': 'A', 'b': None, 'c': 'xyz'})
print('abcabc'.translate(tbl), 'abc'.translate({97: 98}), 'abc'.translate({ord('a'): None}))
print(str.maketrans('ab', 'cd', 'e'))
try:
    str.maketrans('abc', 'd')
except ValueError as e:
    print("ValueError", e)
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print("TypeError", e)
try:
    'a'.ljust(5, '')
except TypeError as e:
    print("TypeError", e)
print('ab'.ljust(1), 'ab'.rjust(4, '0'), 'ab'.center(-1))
print('a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(True))
print('Hello'.swapcase(), "it's a test".title(), 'ABC def'.capitalize())
print('aaaa'.count('aa'), 'aaaa'.count(''), 'abc'.find('c', -1), 'abc'.rfind('', 1))

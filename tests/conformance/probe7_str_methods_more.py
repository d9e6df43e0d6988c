# more str methods and their errors
print('TestCase'.removeprefix('Test'), 'TestCase'.removesuffix('Case'), 'x'.removeprefix(''))
print('Straße'.casefold(), 'ǅ'.lower(), 'ﬁ'.upper())
print('hello world'.startswith(('x', 'wor'), 6), 'abc'.endswith(('c',)), 'abc'.startswith('', 5))
try:
    'abc'.index('z')
except ValueError as e:
    print("ValueError", e)
try:
    'abc'.rindex('z')
except ValueError as e:
    print("ValueError", e)
try:
    ', '.join(['a', 2, 'c'])
except TypeError as e:
    print("TypeError", e)
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print("TypeError", e)
try:
    'a' + 1
except TypeError as e:
    print("TypeError", e)
try:
    'abc'.replace('a')
except TypeError as e:
    print("TypeError", e)
print('aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print('  x  '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print('abc'.isalpha(), 'a1'.isalnum(), '١٢'.isdigit(), '12'.isdecimal(), ''.isdigit())
print('Hello World'.istitle(), 'HELLO'.isupper(), 'hello'.islower(), '   '.isspace())
print('%s and %r and %5.2f and %-4d| %x %o %e' % ('s', 's', 3.14159, 42, 255, 8, 12345.678))
try:
    '%d' % 'x'
except TypeError as e:
    print("TypeError", e)
try:
    '%s %s' % ('only',)
except TypeError as e:
    print("TypeError", e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print("TypeError", e)
print('%(a)s-%(b)d' % {'a': 'x', 'b': 5}, '%%', '%c' % 65, '%5s|%-5s|' % ('ab', 'cd'))
print('{0}{1}{0}'.format('a', 'b'), '{x}'.format(x=1), '{:>4}'.format('z'), '{!r}'.format('q'))
try:
    '{}{}'.format(1)
except IndexError as e:
    print("IndexError", e)
try:
    '{x}'.format()
except KeyError as e:
    print("KeyError", e)
print('a'.encode(), 'é'.encode('utf-8'), b'\xc3\xa9'.decode())

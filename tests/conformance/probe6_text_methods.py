# Text processing with str methods a log parser uses.
LOG = "2024-01-05\tINFO\tstarted  service=api\r\n2024-01-05\tWARN\tslow   ms=1200\n\n2024-01-06\tERROR\tfailed code=E42\x0bextra"

lines = LOG.splitlines()
print(len(lines), lines[-1].split('\x0b'))
print(LOG.splitlines(keepends=True)[:2])
for line in lines:
    if '\t' not in line:
        print('no tab:', repr(line))
        continue
    date, level, rest = line.split('\t', 2)
    msg, sep, kv = rest.rpartition(' ')
    key, _, val = kv.partition('=')
    print(f"{date.replace('-', '/')} {level.lower():5} {msg.strip()!r:12} {key}->{val}")
print('a\tbb\tccc'.expandtabs(4), '|', 'x\ty'.expandtabs(), '|')
print('Straße'.casefold(), 'ǅungla'.title(), 'hello world'.title(), "they're".title())
print('  padded  '.center(14, '.'), '-5'.zfill(5), '+5'.zfill(4), 'abc'.zfill(2))
s = 'mississippi'
print(s.count('ss'), s.count('i', 5), s.count('i', 2, -2), s.find('ss', 3), s.rfind('ss'), s.rfind('x'))
print(s.index('pp'), s.rindex('i', 0, 8))
try:
    s.index('z')
except ValueError as e:
    print('ValueError:', e)
print(s.replace('ss', 'SS', 1), s.strip('mi'), s.lstrip('m'), s.rstrip('ip'))
print(s.startswith(('x', 'mis')), s.endswith('pi', 0, 11), s.endswith(('pp', 'sis'), 0, 7))
print('a,b,,c,'.split(','), 'a,b,,c,'.rsplit(',', 2), '  a  b  '.split(), '  a  b  '.rsplit(None, 1))
print('x'.join('abc'), ', '.join(map(str, range(4))), ''.join(reversed('stressed')))
print('Hello'.swapcase(), 'ABC'.isupper(), 'abc1'.isalnum(), '12'.isdigit(), ' \t'.isspace(), ''.isspace())
print('one two three'.removeprefix('one '), 'file.tar.gz'.removesuffix('.gz'), 'abc'.removeprefix('x'))
tbl = str.maketrans({'a': '4', 'e': '3', 'o': None})
print('hello operator'.translate(tbl), 'abc'.translate(str.maketrans('abc', 'xyz', 'b')))
try:
    'a b'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    ', '.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
print('%-6s|%6.2f|%+d|%x|%o|%r|%%' % ('ab', 3.14159, 5, 255, 8, 'q'))

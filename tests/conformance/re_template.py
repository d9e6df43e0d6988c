# replacement templates of sub/subn/expand and their errors (CPython 3.11)
import re

p = re.compile(r'(?P<a>\w)(?P<b>\w)?')
for t in [r'\1', r'\2', r'\g<a>', r'\g<2>', r'\g<0>', r'<\1\2>', r'\\1', r'\n', r'\x', r'\d', r'\g', r'\g<',
          r'\g<a', r'\g<>', r'\g<1a>', r'\g<c>', r'\g<3>', r'\3', r'\10', r'\01', r'\012', r'\141', r'\477',
          '\\', r'\.', r'\-', r'\&', 'x\\', r'\g<-1>', r'\g< 1>', r'\g<01>', r'\a\b\f\r\v']:
    try:
        print(repr(t), repr(p.sub(t, 'xy z')))
    except re.error as e:
        print(repr(t), 'error:', e, '|', e.pos)
    except IndexError as e:
        print(repr(t), 'IndexError:', e)

m = re.match(r'(\w+) (\w+)?', 'ab ')
print(repr(m.expand(r'\2-\1')), repr(m.expand('plain')))
try:
    m.expand(r'\5')
except re.error as e:
    print('error:', e)
print(re.sub(b'(a)', rb'[\1]', b'bab'), re.sub(b'a', br'\n', b'a'))
print(re.sub('(é)', r'\1\1', 'aéb'), re.sub('a', 'é', 'bab'), re.sub('(b)', 'é\\1', 'ébé'))

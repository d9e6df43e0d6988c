# bytes patterns (CPython 3.11): ASCII classes and case, bytes results
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.findall(b'a=1 bb=22 \xe9=3'), p.sub(rb'\2:\1', b'a=1'), p.split(b'x a=1 y'))
m = p.search(b'--key=42--')
print(m, m.groups(), m.span(1), m.group(0), m.expand(rb'<\1>'), m.string)
print(re.findall(rb'(?i)abc', b'ABC abc'), re.findall(rb'[\x80-\xff]+', b'a\xe9\xffb'), re.findall(rb'\s+', b'a \x85b'))
print(re.findall(b'.', b'a\nb'), re.match(rb'\x41\101', b'AA'), re.escape(b'a.b\xff'), re.split(b',', b'a,b'))
print(re.sub(b'a', lambda m: m.group().upper(), b'banana'), re.subn(b'', b'-', b'ab'), re.compile(b'x', re.I | re.M))
print(re.compile(b'(?i)\xe9').match(b'\xc9'), re.findall(rb'\bb\w', b'ba cb bc'), re.fullmatch(rb'\d+', b'123'))
try:
    re.compile(rb'\u0041')
except re.error as e:
    print('error:', e)

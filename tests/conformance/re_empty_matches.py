# empty matches in findall, finditer, sub, subn and split (CPython 3.7+):
# an empty match may follow a non-empty one, never repeat at one place
import re

for pat, s in [('x*', 'axxb'), ('', 'abc'), ('a*', 'baaac'), ('a|', 'xay'), (r'\b', 'ab cd'), ('(?=a)', 'aba'),
               ('a*?', 'aa'), ('(a)|', 'xa'), ('$', 'a\nb\n'), ('(?m)^', 'a\nb\n'), ('(?m)$', 'a\nb'), (r'\B', 'abc'),
               ('x?', ''), ('(?<=a)', 'aab'), ('b*|a', 'ab')]:
    p = re.compile(pat)
    print(repr(pat), repr(s), p.findall(s), [m.span() for m in p.finditer(s)], repr(p.sub('-', s)),
          p.subn('<\\g<0>>', s), p.split(s), p.split(s, 1))
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', 'abxd', 2), re.split(r'\s*', 'a b  c'), re.split('', ''))
print(re.findall(r'\d*', 'a12b'), re.findall('(a*)(b*)', 'aab'), re.sub('(?:)', '|', 'é日'))

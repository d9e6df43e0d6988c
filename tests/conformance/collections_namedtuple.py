# collections.namedtuple as CPython's: a tuple subclass with field descriptors,
# _make/_replace/_asdict/_fields/_field_defaults, defaults= and rename=, field
# name validation, the generated __new__'s argument errors, subclassing.
from collections import namedtuple
import sys
P=namedtuple('P','x y z', defaults=[3])
for a,k in [((),{}),((1,),{}),((1,2,3,4),{}),((1,),{'w':1}),((1,),{'x':2})]:
  try: P(*a,**k)
  except TypeError as e: print(e)
Q=namedtuple('Q','x')
for a in [(), (1,2)]:
  try: Q(*a)
  except TypeError as e: print(e)
p=P(1,2)
try: p.x=5
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
print(P.x, P.__doc__, P.x.__doc__)
try: p._replace(w=1)
except ValueError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
print(P._make([1,2,3]), P._field_defaults, P.__match_args__)
R=namedtuple('R', 'a def _b a', rename=True); print(R._fields)
for f in ['1a', 'a-b', 'def', '_x', 'a a']:
  try: namedtuple('T', f)
  except ValueError as e: print(e)
for n in ['1T', 'class']:
  try: namedtuple(n, 'a')
  except ValueError as e: print(e)
try: namedtuple('T', [1])
except ValueError as e: print(e)
try: namedtuple('T', 'a', defaults=[1,2])
except TypeError as e: print(e)
print(repr(P(1,2)), P(1,2)._asdict(), type(P(1,2)._asdict()))
print(sys.getsizeof(P(1,2)), sys.getsizeof((1,2,3)))
print(P.__module__, P.__qualname__, P.__name__, P.__bases__, P.__slots__, sorted(P.__dict__))
print(p.__getnewargs__(), isinstance(p, tuple), p == (1, 2, 3), p[1:], list(p), hash(p) == hash((1,2,3)))
x, y, z = p
print(x, y, z, p.x, p.y, p.z, p._replace(y=5), p < (1, 2, 4))
class Q2(namedtuple('Q2', 'a b')):
    __slots__ = ()
    def total(self): return self.a + self.b
    def __repr__(self): return 'Q2<%d,%d>' % self
q = Q2(1, b=2)
print(q, q.total(), q._replace(a=5), Q2._make([3, 4]), type(q._replace(a=0)).__name__, q._asdict())
try: Q2(1, 2, 3)
except TypeError as e: print(e)
class Q3(namedtuple('Base3', 'a')):
    pass
q3 = Q3(1); q3.extra = 2
print(q3, q3.extra, q3.__dict__, sys.getsizeof(q3))
# comparisons with plain tuples, sorting, dict keys, unpacking in loops
Pt = namedtuple('Pt', ['x', 'y'])
pts = [Pt(2, 1), Pt(1, 5), (1, 2)]
print(sorted(pts), max(pts), Pt(1, 2) == (1, 2), (1, 2) == Pt(1, 2), Pt(1, 2) != Pt(1, 3))
print({Pt(1, 2): 'a'}[(1, 2)], Pt(1, 2) in {(1, 2)}, Pt(x=1, y=2) + (3,), Pt(1, 2) * 2)
for a, b in [Pt(1, 2), Pt(3, 4)]:
    print(a + b, end=' ')
print()
print('%s-%s' % Pt(7, 8), '{0.x}/{0.y}'.format(Pt(7, 8)), f'{Pt(7, 8).y}', Pt(7, 8).index(8), Pt(7, 7).count(7))
print(Pt._fields, Pt._field_defaults, Pt(*range(2)), Pt(**{'x': 1, 'y': 0}), Pt._make(iter('ab')))
print(type(Pt.x).__name__, Pt.x, Pt.y.__doc__, isinstance(Pt(1, 2), Pt), issubclass(Pt, tuple))
E = namedtuple('E', '')
print(E(), E._fields, len(E()), E() == ())
try:
    E(1)
except TypeError as e:
    print('TypeError:', e)
M = namedtuple('M', 'a, b c', module='mymod')
print(M.__module__, M(1, 2, 3))
D = namedtuple('D', 'a b c', defaults=(1, 2, 3))
print(D(), D(0), D(c=0), D._field_defaults)
try:
    D(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
try:
    Pt()
except TypeError as e:
    print('TypeError:', e)
T3 = namedtuple('T3', 'a b c')
try:
    T3()
except TypeError as e:
    print('TypeError:', e)
try:
    T3(1, c=2, d=4)
except TypeError as e:
    print('TypeError:', e)
try:
    Pt(1, 2).z
except AttributeError as e:
    print('AttributeError:', e)
try:
    Pt(1, 2).w = 3
except AttributeError as e:
    print('AttributeError:', e)

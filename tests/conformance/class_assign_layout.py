# __class__ assignment: CPython 3.11's layout rules (compatible_for_assignment) and messages
import sys
class A: pass
class B: pass
class S1: __slots__ = ('a', 'b')
class S2: __slots__ = ('a', 'b')
class S3: __slots__ = ('b', 'a')
class S4: __slots__ = ('a',)
class E0: __slots__ = ()
class D1: __slots__ = ('__dict__',)
class DW: __slots__ = ('__dict__', '__weakref__')
class W1: __slots__ = ('__weakref__',)
class L1(list): pass
class L2(list): pass
class LS(list): __slots__ = ()
class X1(Exception): pass
class X2(Exception): pass
class AS(A): __slots__ = ()
class AS2(A): __slots__ = ('z',)
class BS2(B): __slots__ = ('z',)
class I1(int): pass
class T1(tuple): pass
class T2(tuple): pass
class D(dict): pass
class F1(float): pass
cases = [(A, B), (A, S1), (S1, S2), (S1, S3), (S1, S4), (E0, A), (A, E0), (D1, A), (DW, A), (W1, E0),
 (L1, L2), (L1, LS), (L1, A), (X1, X2), (X1, A), (A, AS), (AS2, BS2), (A, AS2), (D, A), (D, L1), (T1, T2), (I1, A), (F1, I1), (E0, S1), (W1, A), (S4, W1)]
for old, new in cases:
    o = old()
    try:
        o.__class__ = new
        print(old.__name__, new.__name__, "ok", type(o).__name__)
    except TypeError as e:
        print(old.__name__, new.__name__, e)
for v in [1, 'x', (), object(), [], {}, 1.5, None, len]:
    try:
        v.__class__ = A
    except TypeError as e:
        print(type(v).__name__, e)
a = A()
for v in [1, 'x', None, A(), int, list, object]:
    try:
        a.__class__ = v
        print('ok', type(a).__name__)
    except TypeError as e:
        print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
print(A.__dict__.get('__class__'), type(object.__dict__['__class__']).__name__)

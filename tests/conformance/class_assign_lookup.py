# __class__ assignment: refcounts of the classes, the materialised __dict__, method and slot lookups afterwards
import gc, sys
class I1(int): pass
class I2(int): pass
class F1(float): pass
class F2(float): pass
class D(dict): pass
class D2(dict): pass
class T1(tuple): pass
class TS(tuple): __slots__ = ()
class T2(tuple): pass
for a,b in [(I1,I2),(F1,F2),(D,D2),(T1,TS),(T1,T2)]:
    o=a()
    try:
        o.__class__=b; print('ok', type(o).__name__, o)
    except TypeError as e: print(e)
class P:
    def __init__(self): self.x = 1; self.y = 2
    def who(self): return 'P'
class Q:
    def who(self): return 'Q'
    @property
    def x(self): return 'prop'
p = P()
def f(o): return o.who(), o.y
print(f(p), f(p))
rp, rq = sys.getrefcount(P), sys.getrefcount(Q)
p.__class__ = Q
print(sys.getrefcount(P) - rp, sys.getrefcount(Q) - rq)
print(f(p), f(p), p.x, p.__dict__, gc.is_tracked(p))
print(isinstance(p, Q), isinstance(p, P), type(p) is Q)
print([type(r).__name__ for r in gc.get_referents(p)])
p.__class__ = P
print(p.x, f(p))
del p
class S:
    __slots__ = ('a', 'b')
    def get(self): return self.a
class S2:
    __slots__ = ('b', 'a')
    def get(self): return 'S2', self.a, self.b
s = S(); s.a = 1; s.b = 2
print(s.get(), s.get())
s.__class__ = S2
print(s.get(), s.get())

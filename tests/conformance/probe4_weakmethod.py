import gc
import weakref
log = []
class O:
    def __init__(self, n):
        self.n = n
    def m(self):
        return "m%d" % self.n
    def __eq__(self, other):
        return isinstance(other, O) and self.n == other.n
    __hash__ = object.__hash__
o = O(1)
r = weakref.WeakMethod(o.m, lambda w: log.append(("cb", w() is None, w is r)))
r2 = weakref.WeakMethod(o.m)
print(r()(), r() == o.m, r == r2, r != r2, hash(r) == hash(o.m) if False else "skip")
print(isinstance(r, weakref.ref), type(r).__name__, type(r).__mro__[1].__name__, weakref.WeakMethod.__module__)
print(weakref.getweakrefcount(o), r.__callback__ is not None, r2.__callback__ is not None)
other = O(1)
r3 = weakref.WeakMethod(other.m)
print(r == r3, r3()())
del o
print(log, r(), r2(), r == r2, r == r, r != r)
class P:
    def f(self):
        return "f"
p = P()
rf = weakref.WeakMethod(p.f, lambda w: log.append("func died"))
del P.f
print(rf(), log[-1])
for bad in [len, print, O, 5, lambda: 0]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
c = O(2)
c.me = c
rc = weakref.WeakMethod(c.m, lambda w: log.append("cycle"))
del c
print(rc() is not None)
gc.collect()
print(rc(), log[-1])
d = {weakref.WeakMethod(other.m): "v"}
print(d[weakref.WeakMethod(other.m)], len(d))

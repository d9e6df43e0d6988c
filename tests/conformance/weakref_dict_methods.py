# Weak dictionaries' copy/__copy__, valuerefs/itervaluerefs (WVD),
# keyrefs (WKD), update(other, **kw) and constructor arguments; ref.__new__
# and ref.__init__ argument rules for ref subclasses.
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'V(%d)' % self.n
vs = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary({'a': vs[0]}, b=vs[1])
d.update([('c', vs[2])], d=vs[3])
d.update(None, e=vs[4])
d.update()
print(sorted(d.items()))
for bad in ((1, 2), (5,)):
    try:
        d.update(*bad)
    except TypeError as e:
        print('TypeError', e)
c = d.copy()
c2 = d.__copy__()
print(type(c).__name__, list(c.items()) == list(d.items()), c is d, len(c2))
refs = d.valuerefs()
print(type(refs).__name__, len(refs), sorted(r().n for r in refs))
it = d.itervaluerefs()
first = next(it)
print(first() is vs[0], len(list(it)))
k = weakref.WeakKeyDictionary({vs[0]: 'zero'})
k.update([(vs[1], 'one')])
k.update({vs[2]: 'two'})
k.update(None)
print(sorted(v for v in k.values()), len(k.keyrefs()), sorted(r().n for r in k.keyrefs()))
kc = k.copy()
print(type(kc).__name__, len(kc), kc[vs[1]], type(k.__copy__()).__name__)
for f in (lambda: k.update(x=1), lambda: weakref.WeakKeyDictionary(x=1),
          lambda: weakref.WeakKeyDictionary({}, {}), lambda: weakref.WeakValueDictionary({}, {})):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(hasattr(d, 'keyrefs'), hasattr(k, 'valuerefs'), hasattr(k, 'itervaluerefs'))
class A:
    pass
a = A()
r = weakref.ref(a)
for f in (lambda: weakref.ref(), lambda: weakref.ref(a, None, 3), lambda: weakref.ref(a, x=1),
          lambda: r.__init__(), lambda: r.__init__(a, None, x=1), lambda: r.__init__(a, 5),
          lambda: weakref.ref.__new__(weakref.ref, a, x=1) is r, lambda: weakref.ref.__new__(),
          lambda: weakref.ref.__new__(A, a), lambda: weakref.ref.__new__(3, a)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class R(weakref.ref):
    pass
for f in (lambda: R(a, x=1), lambda: R(), lambda: R(a, None, 3), lambda: R(a, callback=None)):
    try:
        print(type(f()).__name__)
    except TypeError as e:
        print('TypeError', e)
class R2(weakref.ref):
    def __new__(cls, ob, cb=None, **kw):
        self = super().__new__(cls, ob, cb, **kw)
        self.kw = kw
        return self
    def __init__(self, ob, cb=None, **kw):
        super().__init__(ob, cb)
r2 = R2(a, None, z=3)
print(r2.kw, r2() is a, r2 is not r, type(r2).__name__)

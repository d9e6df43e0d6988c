# __slots__ layouts: slot members as descriptors, __dict__ and __weakref__
# slots, inheritance mixing slotted and unslotted classes.
import weakref


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


class P3(P):
    __slots__ = ('z',)


class Free(P):
    pass


class WithDict:
    __slots__ = ('a', '__dict__')


class WithWeak:
    __slots__ = ('a', '__weakref__')


m = P.__dict__['x']
print(type(m).__name__, m.__name__, m.__objclass__ is P)
print(repr(m))
p = P(1, 2)
print(m.__get__(p, P), m.__get__(None, P) is m)
m.__set__(p, 10)
print(p.x)
m.__delete__(p)
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, P3.__slots__, hasattr(q, '__dict__'))
try:
    q.w = 4
except AttributeError as e:
    print('AttributeError:', e)
fr = Free(5, 6)
fr.extra = 7
print(vars(fr), fr.x)
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.__dict__)
try:
    weakref.ref(w)
except TypeError as e:
    print('TypeError:', e)
ww = WithWeak()
r = weakref.ref(ww)
print(r() is ww, WithWeak.__weakref__.__name__ if hasattr(WithWeak.__weakref__, '__name__') else '?')
try:
    ww.b = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    class Clash:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)
print(sorted(k for k in P3.__dict__ if not k.startswith('__')), '__slots__' in P3.__dict__)

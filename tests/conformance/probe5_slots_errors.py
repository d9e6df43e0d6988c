class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
print(hasattr(p, "y"), hasattr(p, "__dict__"), P.x.__name__, type(P.x).__name__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = ("a", "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad3:
        __slots__ = ("1x",)
except TypeError as e:
    print("TypeError:", e)
class Q(P):
    pass
q = Q(5)
q.extra = 1
print(q.__dict__, q.x)
class R(P):
    __slots__ = ("z",)
r = R(1)
r.z = 9
print(r.x, r.z, sorted(R.__slots__), hasattr(r, "__dict__"))
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single, S.__slots__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Prop:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative: %d" % val)
        self._v = val
pp = Prop()
pp.v = 10
print(pp.v)
try:
    pp.v = -1
except ValueError as e:
    print("ValueError:", e)
print(P.__slots__, "x" in dir(p), "__weakref__" in dir(p))
import weakref
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
try:
    class Multi(P, S):
        pass
except TypeError as e:
    print("TypeError:", e)

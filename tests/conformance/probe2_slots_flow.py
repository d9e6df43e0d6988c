# Probing program (issue 13, round 2): __slots__ with inheritance, __dict__ and __weakref__ slots, errors
import sys, weakref
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError", e)
class P3(P):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))
class Open(P):
    pass
o = Open(1, 2)
o.w = 9
print(o.__dict__, weakref.ref(o)() is o)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__)
class WithWeak:
    __slots__ = ("a", "__weakref__")
ww = WithWeak()
print(weakref.ref(ww)() is ww)
print(sorted(P.__slots__), type(P.__dict__["x"]).__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
print(sys.getsizeof(P(1, 2)) < sys.getsizeof(Open(1, 2)) + 100)
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError", e)
class S1:
    __slots__ = "single"
s1 = S1()
s1.single = "one"
print(s1.single, S1.__slots__)


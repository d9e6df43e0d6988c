import weakref
class P:
    __slots__ = ("x", "y")
class PW:
    __slots__ = ("x", "__weakref__")
class PD:
    __slots__ = ("x", "__dict__")
class Sub(P):
    pass
class SubS(P):
    __slots__ = ("z",)

for cls in (P, PW, PD, Sub, SubS):
    o = cls()
    try:
        r = weakref.ref(o)
        print(cls.__name__, "weakref ok", r() is o)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
    try:
        o.other = 1
        print(cls.__name__, "other ok", o.other)
    except AttributeError as e:
        print(cls.__name__, "AttributeError", e)
    print(cls.__name__, hasattr(o, "__dict__"), hasattr(o, "__weakref__"))

p = P()
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
print(type(P.x).__name__, P.x.__name__)
print(P.__slots__, SubS.__slots__)
pd = PD()
pd.x = 1
pd.y = 2
print(pd.__dict__)
print(sorted(n for n in dir(pd) if not n.startswith("__")))
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError", e)
try:
    class Bad2(PW):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad3:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)
class S1:
    __slots__ = "single"
print(S1.__slots__, type(S1.single).__name__)
class S2:
    __slots__ = ()
try:
    S2().a = 1
except AttributeError as e:
    print("AttributeError", e)

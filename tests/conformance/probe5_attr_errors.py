import math
class C:
    cls_attr = 1
c = C()
tests = [
    lambda: c.missing, lambda: C.missing, lambda: (5).missing, lambda: "s".nope,
    lambda: [].nope, lambda: {}.nope, lambda: None.nope, lambda: math.nope,
    lambda: C.__dict__.nope, lambda: type.nope, lambda: (lambda: 0).nope, lambda: len.nope,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e, "|", e.name if hasattr(e, "name") else "-")
sets = [
    lambda: setattr(5, "x", 1), lambda: setattr("s", "x", 1), lambda: setattr([], "x", 1),
    lambda: setattr(int, "x", 1), lambda: setattr(list, "append", 1), lambda: setattr(None, "x", 1),
    lambda: delattr(c, "nothing"), lambda: delattr(C, "nothing"), lambda: setattr(object(), "x", 1),
]
for t in sets:
    try:
        t()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print("TypeError:", e)
print(getattr(c, "missing", "dflt"), getattr(C, "cls_attr"), hasattr(c, "cls_attr"), hasattr(5, "real"))
c.cls_attr = 2
print(c.cls_attr, C.cls_attr, vars(c))
del c.cls_attr
print(c.cls_attr)
try:
    del c.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
class G:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError("G has no %r" % name)
g = G()
print(g.xy, getattr(g, "x1"), hasattr(g, "yy"))
try:
    g.yy
except AttributeError as e:
    print("AttributeError:", e)
class S:
    def __setattr__(self, name, value):
        if name == "frozen":
            raise AttributeError("cannot set frozen")
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = S()
s.a = 5
print(s.a)
try:
    s.frozen = 1
except AttributeError as e:
    print("AttributeError:", e)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in dir(s) if not k.startswith("__")), C.__name__, C.__module__, type(c).__qualname__)

# getattr(o, name, default) finds nothing without raising on the generic
# protocol, and keeps every other outcome: __getattr__, __getattribute__,
# a property or descriptor raising AttributeError or another error, class
# attributes, built-in objects, modules, types.
import sys


class Plain:
    cls_attr = "class"

    def __init__(self):
        self.x = 1

    @property
    def p_attr(self):
        raise AttributeError("from property")

    @property
    def p_key(self):
        raise KeyError("from property")


class WithGetattr:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)


class WithGetattribute:
    def __getattribute__(self, name):
        if name == "boom":
            raise RuntimeError("boom")
        return object.__getattribute__(self, name)


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


p = Plain()
print(getattr(p, "x", 0), getattr(p, "y", 0), getattr(p, "cls_attr", 0))
print(getattr(p, "p_attr", "default"), getattr(Plain, "x", "no x on class"))
try:
    getattr(p, "p_key", 0)
except KeyError as e:
    print("KeyError", e)
w = WithGetattr()
print(getattr(w, "magic", 0), getattr(w, "other", "dflt"))
g = WithGetattribute()
print(getattr(g, "nothing", "d"))
try:
    getattr(g, "boom", 0)
except RuntimeError as e:
    print("RuntimeError", e)
s = Slots()
print(getattr(s, "a", 0), getattr(s, "b", "unset"), getattr(s, "c", "none"))
print(getattr(1, "real", 0), getattr(1, "nope", "int nope"), getattr([], "append", 0) is not None)
print(getattr(sys, "nope", "module nope"), getattr(int, "nope", "type nope"))
print(getattr(None, "x", None), getattr("s", "upper", 0)())
try:
    getattr(p, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5, 0)
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    p.__dict__["late"] = i
    print(getattr(p, "late", None), getattr(p, "later", None))
    del p.__dict__["late"]
    print(getattr(p, "late", None))

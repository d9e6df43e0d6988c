# Built-in exception instances as the cycle collector and weakref see
# them in CPython 3.11: the built-in classes take no weak references
# (their subclasses get a __weakref__ slot), the instance layout
# (__dictoffset__, __weakrefoffset__, __basicsize__, sys.getsizeof), the
# order gc.get_referents lists the fields in, and the fields some classes
# add (StopIteration.value, SystemExit.code, ...) as writable attributes.
import gc
import sys
import weakref


def names(objs):
    out = []
    for o in objs:
        if isinstance(o, (str, int)) or o is None:
            out.append(repr(o))
        else:
            out.append(type(o).__name__)
    return out


def layout(t):
    return (t.__name__, t.__basicsize__, t.__dictoffset__, t.__weakrefoffset__)


for t in (BaseException, Exception, StopIteration, SystemExit, KeyError,
          NameError, AttributeError, ImportError, OSError, FileNotFoundError):
    o = t()
    try:
        weakref.ref(o)
        w = "weakref ok"
    except TypeError as e:
        w = str(e)
    print(layout(t), sys.getsizeof(o), w)


class A(Exception):
    pass


class B(KeyError):
    __slots__ = ("x",)


class C(StopIteration):
    pass


class D(OSError):
    pass


for t in (A, B, C, D):
    o = t()
    try:
        r = weakref.ref(o)
        w = "weakref ok"
    except TypeError as e:
        w = str(e)
    print(layout(t), sys.getsizeof(o), w, sorted(k for k in t.__dict__ if k != "__doc__"))

# a subclass instance's weak references are listed in its own slot
a = A("boom")
a.extra = [1, 2]
r = weakref.ref(a)
print(weakref.getweakrefcount(a), r() is a, weakref.getweakrefs(a) == [r], weakref.ref(a) is r)

# the order of the referents
e = Exception("m")
e.note = [1]
print(names(gc.get_referents(e)))
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    caught = outer
print(names(gc.get_referents(caught)))
print(names(gc.get_referents(caught.__cause__)))
print(names(gc.get_referents(StopIteration(7))))
print(names(gc.get_referents(SystemExit(3))))
print(names(gc.get_referents(NameError("n", name="nm"))))
print(names(gc.get_referents(AttributeError("a", name="nm", obj=[0]))))
print(names(gc.get_referents(ImportError("msg", name="mod", path="p"))))
print(names(gc.get_referents(OSError(2, "No such file", "f.txt"))))
print(names(gc.get_referents(C(5))))

# the added fields are attributes of their own
s = StopIteration(1, 2)
print(s.value, s.args)
s.value = "v"
print(s.value, s.args)
print(StopIteration().value)
x = SystemExit(4)
x.code = 9
print(x.code, x.args)
print(SystemExit(1, 2).code, SystemExit().code)

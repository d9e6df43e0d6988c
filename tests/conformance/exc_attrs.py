# Attributes the interpreter sets on the exceptions it raises:
# AttributeError.name/.obj (from any failed attribute lookup, also a
# __getattr__'s or a property's own AttributeError), NameError.name (not on
# UnboundLocalError), ImportError.name/.path/.msg; the keywords their
# constructors take; the suggestions are not part of str(e).
import sys
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
try:
    nope
except NameError as e:
    print(e.name, str(e))
def f():
    try:
        q
        q = 1
    except NameError as e:
        print(type(e).__name__, e.name)
f()
class G:
    def __getattr__(self, n):
        raise AttributeError("custom")
class P:
    @property
    def p(self):
        raise AttributeError("inner")
class D:
    pass
for get in [lambda: object().zz, lambda: D().x, lambda: D.x, lambda: sys.nope,
            lambda: (1).foo, lambda: getattr(D(), "y"), lambda: [].appendd,
            lambda: G().x, lambda: P().p, lambda: getattr(G(), "q")]:
    try:
        get()
    except AttributeError as e:
        print(repr(e), e.name, type(e.obj).__name__)
for put in [lambda: setattr(object(), "a", 1), lambda: delattr(D(), "zz")]:
    try:
        put()
    except AttributeError as e:
        print(repr(e), e.name, e.obj)
print(AttributeError("x").name, NameError("y").name, ImportError("z").name)
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, e.args, str(e))
e = NameError("m", name="n")
print(e.name, e.args)
e = ImportError("m", name="n", path="p")
print(e.name, e.path, e.msg, e.args, str(e))
e = ImportError()
print(e.msg, repr(e), repr(str(e)))
e = ImportError("a", "b")
print(e.msg, repr(e), str(e))
e.msg = "changed"
print(str(e))
for cls in (AttributeError, ImportError, NameError, ModuleNotFoundError):
    try:
        cls(foo=1)
    except TypeError as x:
        print(x)
class MyAttr(AttributeError):
    pass
m = MyAttr("mine", name="k")
m.name = "other"
print(m.name, m.obj, sys.getsizeof(AttributeError()) - sys.getsizeof(Exception()),
      sys.getsizeof(NameError()) - sys.getsizeof(Exception()),
      sys.getsizeof(ImportError()) - sys.getsizeof(Exception()))

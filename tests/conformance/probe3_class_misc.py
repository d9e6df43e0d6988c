# Probing program (issue 13, round 3): class machinery: __dict__, qualname, class attributes, __bool__/__len__
class Outer:
    class Inner:
        def m(self):
            pass
    def meth(self):
        def local():
            pass
        return local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().meth().__qualname__)
print(Outer.__name__, Outer.__module__, Outer.meth.__name__, type(Outer.__dict__).__name__ if False else "skip")
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), "__dict__" in Outer.__dict__, "__weakref__" in Outer.__dict__)
print(Outer.__bases__, Outer.Inner.__base__, object.__bases__, type.__bases__ if False else "skip")
class B:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class BL:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B()), bool(L()), bool(BL()), not L(), "t" if BL() else "f")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
        self.count = -1
c1 = Cnt(); c2 = Cnt()
print(Cnt.count, c1.count, type(c1).count)
class Other:
    pass
class WithDoc:
    "the doc"
print(WithDoc.__doc__, Other.__doc__, WithDoc().__doc__)
def f():
    "fdoc"
print(f.__doc__, f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
class Callable:
    def __call__(self, *a, **k):
        return ("called", a, sorted(k.items()))
print(Callable()(1, x=2), callable(Callable()), callable(Callable), callable(Other()))
print(type(Callable), type(type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
try:
    Other()()
except TypeError as e:
    print("TypeError", e)
try:
    Other(1)
except TypeError as e:
    print("TypeError", e)
class NewOnly:
    def __new__(cls, x):
        print("__new__", cls.__name__, x)
        return 42
print(NewOnly(1))
class InitRet:
    def __init__(self):
        return 5
try:
    InitRet()
except TypeError as e:
    print("TypeError", e)

class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    def __init__(self):
        self.z = 1
        self.a = 2
        self._p = 3
b = B()
print(vars(b), sorted(vars(B)), [n for n in dir(b) if not n.startswith("__")])
print(dir(b) == sorted(dir(b)), "cls_attr" in dir(B), "__init__" in dir(b))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
try:
    vars(b, b)
except TypeError as e:
    print("TypeError", e)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", 3] if False else ["zeta", "alpha", "alpha"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)
class Prop:
    @property
    def bad(self):
        raise ValueError("not attribute error")
    @property
    def missing(self):
        raise AttributeError("gone")
    @property
    def key(self):
        return {}["k"]
p = Prop()
print(hasattr(p, "missing"))
for name in ("bad", "key"):
    try:
        print(hasattr(p, name))
    except Exception as e:
        print(type(e).__name__, e)
print(getattr(p, "missing", "dflt"))
try:
    getattr(p, "bad", "dflt")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError", e)
try:
    hasattr(p, None)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(p, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(p, "nothing")
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(1, (str, (float, (int,)))), isinstance(True, int), isinstance(1, ()), issubclass(bool, (str, int)))
for bad in [lambda: isinstance(1, 5), lambda: isinstance(1, (int, 5)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: issubclass(int, (int, 1)), lambda: isinstance(1, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance(Magic(), Magic))
print(callable(len), callable(A), callable(b), callable(A.method), callable(None))
print(id(b) == id(b), type(b) is B, type(B) is type, type(type) is type)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
T = type("T", (A,), {"x": 5, "f": lambda self: self.x * 2})
print(T.__name__, T().f(), T.__bases__ == (A,), T.__qualname__, T.__module__)

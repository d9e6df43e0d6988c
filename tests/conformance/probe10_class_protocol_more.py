class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), ns.get("__qualname__"), ns.get("__module__"))
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
    def m(self):
        pass
print(A.injected, type(A).__name__, A.__qualname__)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class B(metaclass=BadPrep):
        pass
except TypeError as e:
    print("TypeError", e)
def func_meta(name, bases, ns):
    print("func_meta", name, bases, sorted(k for k in ns if not k.startswith("__")))
    return 42
class C(metaclass=func_meta):
    y = 2
print(C)
class D:
    __qualname__ = "Custom.Q"
    __module__ = "mymod"
print(D.__qualname__, D.__module__, D.__name__)
class E:
    "docstring"
print(E.__doc__, "__doc__" in E.__dict__)
class F:
    pass
print(F.__doc__, "__doc__" in F.__dict__, sorted(k for k in F.__dict__))
try:
    class G:
        __qualname__ = 5
except TypeError as e:
    print("TypeError", e)
T = type("T", (object,), {"a": 1, "__module__": "zz"})
print(T.__name__, T.__module__, T.a, T.__qualname__, T.__bases__)
for bad in [("T",), ("T", (), {}, 1), (1, (), {}), ("T", [], {}), ("T", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError", e)
print(type("U", (), {}).__module__ if False else "", type(5) is int, type.__name__)

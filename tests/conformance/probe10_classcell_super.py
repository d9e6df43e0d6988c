class M(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M):
    def f(self):
        return __class__.__name__
    def g(self):
        return super().__repr__()[:7]
print(A().f(), A().g())
class B(metaclass=M):
    def h(self):
        return 1
class Bad(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class C(metaclass=Bad):
        def f(self):
            return __class__
    print(C().f())
except (RuntimeError, NameError) as e:
    print(type(e).__name__, e)
class Other(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, name + "X", bases, dict(ns))
class D(metaclass=Other):
    def f(self):
        return __class__.__name__
print(D.__name__, D().f())
def outside():
    class Inner:
        def m(self):
            return __class__
    return Inner
I = outside()
print(I().m() is I, I.m.__code__.co_freevars)
class E:
    def m(self):
        return __class__
    m2 = lambda self: __class__
print(E().m() is E, E().m2() is E)

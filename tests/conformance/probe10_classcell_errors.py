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
class Prev:
    pass
class Swap(type):
    def __new__(mcls, name, bases, ns):
        cell = ns.pop("__classcell__")
        other = type.__new__(mcls, "Other", (), {"__classcell__": cell})
        return type.__new__(mcls, name, bases, ns)
try:
    class D(metaclass=Swap):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError", e)
class NoCell(metaclass=Bad):
    def g(self):
        return 1
print(NoCell().g())
def notype(name, bases, ns):
    return 5
class E(metaclass=notype):
    def f(self):
        return __class__
print(E)

class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is int
    def __call__(cls, *a, **k):
        print("meta call", a)
        return super().__call__(*a, **k)
    def __len__(cls):
        return 7
    def __getitem__(cls, k):
        return ("item", k)
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"
class X(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
print(isinstance(42, X), isinstance(1, X), issubclass(int, X), issubclass(str, X))
print(isinstance(X(), X))
x = X(5)
print(x.v, len(X), X[3], repr(X), str(X), type(X).__name__)
print(isinstance(42, (str, X)), issubclass(bool, (X, str)))
class Meta2(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = sorted(kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
class Y(metaclass=Meta2, a=1, b=2):
    pass
print(Y.added, Y.inited, type(Y).__name__)
class Z(Y):
    pass
print(Z.added, type(Z).__name__)
class M3(type):
    pass
try:
    class Bad(Y, metaclass=M3):
        pass
except TypeError as e:
    print("TypeError", e)
print(type.__instancecheck__(X, 42), type(type), type(Meta).__name__)

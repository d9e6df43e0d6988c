# metaclass __call__, __new__, __init__ and conflicts
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print("made", type(inst).__name__)
        return inst

class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v=0):
        print("A.__init__", v)
        self.v = v

a = A(5)
print(a.v, type(A).__name__, isinstance(A, Meta))
class B(A):
    pass
b = B(v=7)

class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single):
    pass
print(S() is S())

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Bad(P1, P2): pass
except TypeError as e:
    print("TypeError", e)
T = Meta('T', (), {'y': 2})
print(T.y, type(T).__name__)
print(type(type), type(Meta), Meta.__mro__[1:])
class NoInit(metaclass=Meta):
    def __new__(cls):
        return 42
print(NoInit())

class A:
    def __new__(cls, *a, **k):
        print("A.__new__", cls.__name__, a, sorted(k))
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("A.__init__", a)
A(1, x=2)
class Other:
    def __init__(self):
        print("Other init never called by B()")
class B:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("B.__init__ not called")
print(type(B()).__name__)
class C:
    def __new__(cls):
        return 5
    def __init__(self):
        print("never")
print(C())
class D(A):
    pass
d = D(3)
class E:
    def __init__(self):
        return 5
try:
    E()
except TypeError as e:
    print("TypeError", e)
class F:
    def __init__(self, x):
        self.x = x
try:
    F()
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
class G:
    pass
try:
    G(1)
except TypeError as e:
    print("TypeError", e)
class H:
    def __init__(self, a):
        pass
try:
    H.__new__(H, 1).__class__.__name__
    print("object.__new__ ok with args when __init__ overridden")
except TypeError as e:
    print("TypeError", e)
class I:
    def __new__(cls, a):
        return super().__new__(cls)
try:
    I(1)
    print("ok")
    object.__init__(I(1), 2)
except TypeError as e:
    print("TypeError", e)
class Sing:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init Sing")
print(Sing() is Sing())

o = object()
for name in ("__dict__", "x"):
    try:
        getattr(o, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(o.__class__ is object, type(o.__hash__()).__name__, o == o, o != object(), o.__eq__(1), o.__ne__(o))
print(object.__lt__(o, o), object.__ge__(o, 1), o.__str__() == o.__repr__(), object.__format__(o, "") == str(o))
try:
    format(o, "x")
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
class C:
    pass
try:
    C(1)
except TypeError as e:
    print("TypeError", e)
class WithInit:
    def __init__(self, a):
        self.a = a
try:
    WithInit()
except TypeError as e:
    print("TypeError", e)
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(NewOnly(1)).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewOther())
class NewSub:
    def __new__(cls, *a):
        return object.__new__(Sub2)
    def __init__(self, *a):
        print("NewSub.__init__", a)
class Sub2(NewSub):
    pass
print(type(NewSub(1)).__name__)
class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = SA()
s.x = 5
print(s.x, s.__dict__)
del s.x
try:
    del s.x
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__setattr__(1, "a", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(object, "a", 2)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError", e)
try:
    del int.real
except TypeError as e:
    print("TypeError", e)
print(object.__reduce_ex__ is not None, isinstance(object, type), isinstance(type, object), object.__subclasshook__() is NotImplemented)
print(C.__init__ is object.__init__, C.__new__ is object.__new__, C.__str__ is object.__str__, C().__sizeof__() > 0)

# __slots__ with and without __weakref__/__dict__
import weakref

class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('x', '__weakref__')
class C(A):
    pass
class D(A):
    __slots__ = ('y',)
class E:
    __slots__ = ('__dict__',)

for cls in (A, B, C, D, E):
    o = cls()
    try:
        r = weakref.ref(o)
        print(cls.__name__, "weakref ok", r() is o)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
    print(cls.__name__, hasattr(o, '__dict__'), '__weakref__' in dir(cls))
b = B()
print(b.__weakref__)
r = weakref.ref(b)
print(b.__weakref__ is r)
try:
    class F:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print("ValueError", e)
try:
    class G(B):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print("TypeError", e)
try:
    class H:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e:
    print("TypeError", e)
a = A()
try:
    a.y = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    a.x
except AttributeError as e:
    print("AttributeError", e)
print(type(A.x).__name__, A.x.__name__)
c = C(); c.z = 5; print(c.__dict__)

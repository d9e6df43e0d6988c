# super is a type (CPython 3.11's super_vectorcall, super_init): isinstance, repr, the unbound form, super.__new__ then __init__, its messages; type.__module__
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self):
        s = super()
        print(isinstance(s, super), type(s).__name__, type(s) is super)
        print(repr(s).split(' at ')[0])
        print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is self)
        return s.f()
    @classmethod
    def c(cls):
        return super().c() + ' ' + super(B, cls).c()
print(type(super), isinstance(super, type), super.__name__, super.__qualname__, super.__module__)
print(B().f(), B.c())
print(repr(super(B)))
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
print(repr(super(B, B)).split(' at ')[0], super(B, B).f is A.f)
s = super(B, B())
print(s.f())
print(type(super.__init__).__name__, type(super.__new__).__name__)
for args in [(1,), (B, 1), (B, A()), (1, 2, 3)]:
    try:
        super(*args)
    except TypeError as e:
        print(e)
try:
    super(B, B(), x=1)
except TypeError as e:
    print(e)
try:
    super()
except RuntimeError as e:
    print(e)
def g(): return super()
try:
    g()
except RuntimeError as e:
    print(e)
try:
    s.nothing
except AttributeError as e:
    print(e)
print(super.__new__(super).__thisclass__, repr(super.__new__(super)))
sup = super.__new__(super)
sup.__init__(B, B())
print(sup.f())
class C(B):
    def f(self):
        return 'C>' + super().f()
print(C().f())
print(callable(super), super in (type(super()) if False else super,))
print(isinstance(super(B, B()), object), issubclass(super, object))
import gc
print(gc.is_tracked(super(B, B())))
print(int.__module__, super.__module__, type.__module__)
class M: pass
M.__module__ = 'elsewhere'
print(M.__module__, repr(M))
try:
    del M.__module__
except TypeError as e:
    print(e)

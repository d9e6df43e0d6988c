# staticmethod/classmethod/property: __func__, __wrapped__, __isabstractmethod__, repr; type.__prepare__, __init_subclass__ keywords, a metaclass __call__
def f(x): return x
cm = classmethod(f); sm = staticmethod(f)
print(cm.__func__ is f, sm.__func__ is f, cm.__wrapped__ is f, sm.__wrapped__ is f)
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
def f(x): return x
f.__isabstractmethod__ = True
print(classmethod(f).__isabstractmethod__, staticmethod(f).__isabstractmethod__, property(f).__isabstractmethod__)
print(type.__prepare__('X', ()), type(type.__prepare__), type.__prepare__('X', (), a=1))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class C(Base, tag='t'): pass
print(C.tag)
try:
    class D(Base, other=1): pass
except TypeError as e: print(e)
class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)
class K(metaclass=Meta):
    def __init__(self, x=0): self.x = x
print(K(5).x, K(x=2).x)
print(staticmethod(len)(3 * 'ab'), repr(classmethod(len)).startswith('<classmethod('), repr(staticmethod(len)).startswith('<staticmethod('))
class A:
    @staticmethod
    def s(): return 1
    @classmethod
    def c(cls): return cls.__name__
print(type(A.__dict__['s']).__name__, type(A.__dict__['c']).__name__, A.__dict__['s'].__func__.__name__, A.s(), A().c())

class Base:
    pass
class Proxy:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Base,)
class C(Proxy()):
    pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__, C.__mro__)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class D(Empty()):
    pass
print(D.__bases__)
class Two:
    def __mro_entries__(self, bases):
        return (Base, object)
try:
    class E(Two()):
        pass
    print(E.__mro__)
except TypeError as e:
    print("TypeError", e)
class BadRet:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class F(BadRet()):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class G(5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class H(Base, Base):
        pass
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)
print(hasattr(Y, "__orig_bases__"))

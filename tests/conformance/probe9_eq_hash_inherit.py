class A:
    def __eq__(self, o):
        return True
print(A.__hash__, A() == 1, A() != 1)
class B(A):
    pass
print(B.__hash__)
class C(A):
    __hash__ = A.__hash__
print(C.__hash__)
class D:
    def __hash__(self):
        return 42
class E(D):
    def __eq__(self, o):
        return False
print(hash(D()), E.__hash__)
class F:
    def __ne__(self, o):
        return "custom ne"
print(F() != 1, F() == F())
class G:
    def __eq__(self, o):
        return NotImplemented
g = G()
print(g == g, g == G(), g != g)
class L:
    def __lt__(self, o):
        print("L.lt")
        return NotImplemented
class R:
    def __gt__(self, o):
        print("R.gt")
        return "R wins"
print(L() < R())
class Sub(int):
    def __eq__(self, o):
        return "Sub.eq"
    __hash__ = int.__hash__
print(1 == Sub(1), Sub(1) == 1, {Sub(1): "a"}[1])
class Base:
    def __eq__(self, o):
        print("Base.eq", type(self).__name__, type(o).__name__)
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.eq", type(self).__name__, type(o).__name__)
        return NotImplemented
print(Base() == Derived())
print(Derived() != Base())
print(object() == object(), NotImplemented.__class__.__name__)
try:
    bool(NotImplemented)
    print("bool(NotImplemented) ok")
except TypeError as e:
    print(e)

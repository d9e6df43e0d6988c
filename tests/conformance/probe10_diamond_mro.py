class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(K1, X, Y, Y):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(Y, K1):
        pass
except TypeError as e:
    print("TypeError", e)
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()], [c.__name__ for c in X.__subclasses__()])
print(D.__bases__, D.__base__, E.__base__, M.__base__.__name__, object.__base__, object.__bases__)
print(issubclass(D, (C,)), issubclass(D, D), isinstance(D(), (int, A)), D.__mro__ == D.mro() if hasattr(D, "mro") else "no mro")

# object.__new__ / object.__init__ argument checks as CPython 3.11 (excess
# arguments when __new__ or __init__ is or is not overridden, bad first
# arguments), __new__ in a class body, object.__hash__ as an attribute
def t(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B:
    def __init__(self, x): self.x = x
class C:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
class D:
    def __new__(cls, *a):
        return super().__new__(cls)
class E:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        pass
class F:
    def __init__(self, *a):
        super().__init__(*a)
class G:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__(*a)
t(lambda: A(1))
t(lambda: A(x=1))
t(lambda: B(1))
t(lambda: C())
t(lambda: C(1))
t(lambda: D(1))
t(lambda: E(1))
t(lambda: F())
t(lambda: F(1))
t(lambda: G(1))
t(lambda: object.__new__(A, 1))
t(lambda: object.__new__(B, 1))
t(lambda: object.__new__(C, 1))
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
t(lambda: object.__new__())
t(lambda: object(1))
t(lambda: object.__init__(A(), 1))
t(lambda: object.__init__(B(1), 1))
t(lambda: object.__init__(D(), 1))
t(lambda: A.__hash__(A()) == hash(A()) or True)
print(A.__init__ is object.__init__, A.__new__ is object.__new__)
print(A.__hash__ is object.__hash__)

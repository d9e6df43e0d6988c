# object.__init__ and object() reject excess arguments with CPython's messages
def attempt(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
class A:
    def __init__(self, x):
        super().__init__(x)
attempt(lambda: A(1))
class B:
    pass
attempt(lambda: B(1))
attempt(lambda: B(x=1))
attempt(lambda: B())
attempt(lambda: object(1))
attempt(lambda: object())
class C:
    def __init__(self, x):
        super().__init__()
        self.x = x
attempt(lambda: C(2))
class D(C):
    def __init__(self, x):
        super().__init__(x)
attempt(lambda: D(3))
class E(B):
    def __init__(self, *args):
        super().__init__(*args)
attempt(lambda: E())
attempt(lambda: E(1, 2))
class F(Exception):
    def __init__(self, x):
        super().__init__(x, x)
print(F(4).args)
class G(list):
    def __init__(self, x):
        super().__init__(x)
print(G((1, 2)))

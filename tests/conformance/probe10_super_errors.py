class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def c(cls):
        return "B>" + super().c()
class C(B):
    def f(self):
        return "C>" + super(B, self).f()
print(C().f(), C.c(), B().f())
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: super(B, A()).f())
show(lambda: super(B, 1))
show(lambda: super(1, B()))
show(lambda: super(A, C()).nope)
show(lambda: super(C, C()).f())
show(lambda: super(C, C).c())
show(lambda: super(B, B).f(B()))
s = super(B, C())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
def outside():
    return super().f()
show(outside)
class D(A):
    def g(self):
        def inner():
            return super().f()
        return inner()
show(lambda: D().g())
class E(A):
    def h(self):
        return [super().f() for _ in range(1)]
show(lambda: E().h())
class F(A):
    def f(self):
        del self
        return super().f()
show(lambda: F().f())

# super() through a three-level chain, and in classmethods of subclasses
class A:
    def __init__(self):
        self.trace = ["A"]
    def step(self, x):
        return x + 1
class B(A):
    def __init__(self):
        super().__init__()
        self.trace.append("B")
    def step(self, x):
        return super().step(x) * 10
class C(B):
    def __init__(self):
        super().__init__()
        self.trace.append("C")
    def step(self, x):
        return super().step(x) - 3
c = C()
print(c.trace, c.step(1))
class D(C):
    pass
print(D().step(2), D().trace)

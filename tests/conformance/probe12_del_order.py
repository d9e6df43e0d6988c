import gc
order = []
class Res:
    def __init__(self, name, dep=None):
        self.name = name
        self.dep = dep
    def __del__(self):
        order.append(self.name)
def scope():
    a = Res("a")
    b = Res("b", a)
    c = Res("c", b)
    return None
scope()
print("scope:", order); order.clear()
x = Res("x"); y = Res("y", x)
del x
print("after del x:", order)
del y
print("after del y:", order); order.clear()
lst = [Res(str(i)) for i in range(4)]
del lst
print("list:", order); order.clear()
t = (Res("t0"), Res("t1"))
t = None
print("tuple:", order); order.clear()
d = {"k1": Res("d1"), "k2": Res("d2")}
d.clear()
print("dict clear:", order); order.clear()
r = Res("rebind")
r = Res("rebind2")
print("rebind:", order); order.clear()
def gen():
    r = Res("in-gen")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("gen:", order); order.clear()
class Cyc(Res):
    pass
p = Cyc("p"); q = Cyc("q", p); p.dep = q
del p, q
print("before collect:", order)
print("collected", gc.collect())
print("cycle:", sorted(order)); order.clear()
try:
    z = Res("exc")
    raise ValueError(z)
except ValueError as e:
    pass
del z
print("exception arg:", order); order.clear()
class Loud:
    def __del__(self):
        print("Loud.__del__ running", flush=True)
        raise RuntimeError("boom in del")
l = Loud()
del l
print("after Loud")

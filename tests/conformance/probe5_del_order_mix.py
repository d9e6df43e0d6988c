import gc

order = []
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)
    def __repr__(self):
        return "D(%s)" % self.name

lst = [D("l0"), D("l1"), D("l2")]
lst.clear()
print(order); order.clear()
lst = [D("m0"), D("m1"), D("m2")]
del lst
print(order); order.clear()
t = (D("t0"), D("t1"))
del t
print(order); order.clear()
d = {"a": D("da"), "b": D("db"), "c": D("dc")}
d.pop("b")
print(order)
del d
print(order); order.clear()
x = D("x1")
x = D("x2")
print(order); order.clear()
del x
print(order); order.clear()
lst = [D("s%d" % i) for i in range(5)]
del lst[1:4]
print(order)
lst[0] = None
print(order); order.clear()
del lst
def scope():
    a = D("fa")
    b = D("fb")
    return "ret"
print(scope(), order); order.clear()
s = {D("set")}
s.pop()
print(order); order.clear()
a = D("ca"); b = D("cb")
a.other = b; b.other = a
del a, b
print(order)
gc.collect()
print(sorted(order)); order.clear()
nested = [D("outer"), [D("inner1"), [D("inner2")]]]
del nested
print(order); order.clear()
class E(D):
    def __del__(self):
        order.append("E-" + self.name)
        super().__del__()
e = E("e")
del e
print(order); order.clear()
gen = (D("g%d" % i) for i in range(3))
first = next(gen)
del gen
print(order, first)
del first
print(order)

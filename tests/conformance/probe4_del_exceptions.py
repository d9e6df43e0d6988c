import gc
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        if self.n == 2:
            raise ValueError("in del %d" % self.n)
def scope():
    a = Loud(1)
    b = Loud(2)
    c = Loud(3)
    print("leaving scope")
scope()
print("after scope")
x = Loud(4)
x = Loud(5)
print("rebound")
lst = [Loud(6), Loud(7)]
lst.pop(0)
print("popped")
lst[0] = None
print("replaced")
d = {"k": Loud(8)}
d["k"] = Loud(9)
print("dict replaced")
del d
print("dict deleted")
class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("cyc del", self.n)
c = Cyc(10)
del c
print("before collect")
print(gc.collect())
def gen():
    obj = Loud(11)
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("gen gone")
t = (Loud(12), Loud(13))
del t
print("tuple gone")
try:
    tmp = Loud(14)
    raise KeyError("k")
except KeyError:
    del tmp
    print("handled")
Loud(15)
print("expression stmt")
[Loud(i) for i in (16, 17)]
print("comprehension")
print(Loud(18).n)
z = Loud(2)
del z
print("after del raising")
keep = Loud(19)
print("end")

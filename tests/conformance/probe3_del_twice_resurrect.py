# Probing program (issue 13, round 3): resurrection in __del__ (twice), __del__ raising, del order of containers
import gc
gc.disable()
keep = []
class Phoenix:
    def __init__(self, name):
        self.name = name
        self.lives = 2
    def __del__(self):
        print("del", self.name, self.lives)
        if self.lives > 0:
            self.lives -= 1
            keep.append(self)
p = Phoenix("p")
del p
print(len(keep))
p = keep.pop()
print(p.lives)
del p
print(len(keep))
if keep:
    p = keep.pop()
    del p
print(len(keep))
class Order:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Order del", self.n)
l = [Order(1), Order(2), Order(3)]
del l
d = {"a": Order(4), "b": Order(5)}
del d
t = (Order(6), Order(7))
del t
class Chain:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        print("Chain del", self.n)
c = Chain(1, Chain(2, Chain(3, None)))
del c
class Bad:
    def __del__(self):
        print("Bad del starts")
class Reassign:
    def __del__(self):
        print("Reassign del")
x = Reassign()
x = Reassign()
x = None
print("rebound")
def scope():
    a = Order(10)
    b = Order(11)
    print("leaving scope")
scope()
print("after scope")
def ret_one():
    a = Order(20)
    return Order(21)
r = ret_one()
print("got", r.n)
del r
gc.enable()
print("done")

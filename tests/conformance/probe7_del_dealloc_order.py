# __del__ order when containers die by refcount: list, tuple, dict, instance
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("list")
l = [D('l0'), D('l1'), D('l2')]
del l
print("tuple")
t = (D('t0'), D('t1'), D('t2'))
del t
print("dict")
d = {'x': D('dv0'), 'y': D('dv1')}
del d
print("instance")
class Box:
    pass
b = Box()
b.p = D('b.p'); b.q = D('b.q'); b.r = D('b.r')
del b
print("chain")
class Link:
    def __init__(self, name, nxt):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("del", self.name)
c = Link('c1', Link('c2', Link('c3', None)))
del c
print("rebind")
v = D('first')
v = D('second')
print("slice del")
l = [D('s0'), D('s1'), D('s2'), D('s3')]
del l[1:3]
print("clear")
l.clear()
print("pop")
l = [D('p0')]
l.pop()
print("dict pop")
d = {1: D('dp')}
d.pop(1)
print("end")

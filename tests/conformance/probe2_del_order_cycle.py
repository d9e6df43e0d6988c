# Probing program (issue 13, round 2): __del__ order in a chain, a cycle, and with a resurrecting object
import gc
log = []
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
a = D("a")
b = D("b")
c = D("c")
a.next = b
b.next = c
del a
print(log)
del b, c
print(log)
log.clear()
x = D("x"); y = D("y"); z = D("z")
x.n = y; y.n = z; z.n = x
del x, y, z
print(gc.collect())
print(log)
log.clear()
class Lazarus:
    saved = None
    count = 0
    def __del__(self):
        Lazarus.count += 1
        log.append("lazarus %d" % Lazarus.count)
        Lazarus.saved = self
l = Lazarus()
l.me = l
del l
print(gc.collect())
print(log, Lazarus.saved is not None)
Lazarus.saved = None
print(gc.collect())
print(log, Lazarus.count)
log.clear()
class Base:
    def __del__(self):
        log.append("base del " + type(self).__name__)
class Child(Base):
    def __del__(self):
        log.append("child del")
        super().__del__()
Child()
print(log)

import gc
import weakref

log = []
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def make_pair():
    a = Node("a")
    b = Node("b")
    a.peer = b
    b.peer = a
    fa = weakref.finalize(a, log.append, "fin a")
    fb = weakref.finalize(b, log.append, "fin b")
    return fa, fb

fa, fb = make_pair()
print(fa.alive, fb.alive, log)
gc.collect()
print(fa.alive, fb.alive, sorted(log))
log.clear()
n = Node("held")
f1 = weakref.finalize(n, log.append, "first")
f2 = weakref.finalize(n, log.append, "second")
f3 = weakref.finalize(n, log.append, "third")
f2.detach()
del n
print(log, f1.alive, f2.alive, f3.alive)
log.clear()
m = Node("m")
fm = weakref.finalize(m, lambda: log.append("lambda"))
print(fm.peek()[0] is m, fm.peek()[2], fm.peek()[3])
print(repr(fm).startswith("<finalize object at"), "Node" in repr(fm))
del m
print(log, repr(fm).endswith("dead>"))
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(e)
try:
    weakref.finalize(Node("x"))
except TypeError as e:
    print(e)

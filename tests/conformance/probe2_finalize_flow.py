# Probing program (issue 13, round 2): weakref.finalize with arguments, peek, detach, atexit and cycles
import weakref, gc
class R:
    def __init__(self, n):
        self.n = n
def done(tag, *rest, **kw):
    print("done", tag, rest, sorted(kw.items()))
    return tag * 2
r = R(1)
f = weakref.finalize(r, done, "one", 2, 3, key="v")
print(f.alive, f.atexit)
pk = f.peek()
print(pk[0] is r, pk[1] is done, pk[2], pk[3])
print(f(), f.alive, f(), f.peek())
r2 = R(2)
g = weakref.finalize(r2, done, "two")
det = g.detach()
print(det[0] is r2, det[2], g.alive, g.detach())
del r2
print("after del r2")
r3 = R(3)
h1 = weakref.finalize(r3, done, "h1")
h2 = weakref.finalize(r3, done, "h2")
h3 = weakref.finalize(r3, print, "h3 via print")
del r3
print(h1.alive, h2.alive, h3.alive)
a = R(4); b = R(5)
a.b = b; b.a = a
weakref.finalize(a, done, "cyc-a")
weakref.finalize(b, done, "cyc-b")
del a, b
print("collect", gc.collect() >= 2)
r6 = R(6)
k = weakref.finalize(r6, done, "at exit")
k.atexit = True
r7 = R(7)
k7 = weakref.finalize(r7, done, "not at exit")
k7.atexit = False
try:
    weakref.finalize(5, done)
except TypeError as e:
    print("TypeError", e)
print("end")

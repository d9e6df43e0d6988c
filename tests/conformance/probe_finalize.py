# Probing program (issue 13): weakref.finalize peek/detach/alive, keyword arguments, order of two finalizers
import weakref, gc
class A: pass
log = []
a = A()
f = weakref.finalize(a, log.append, "a")
print(f.alive, f.peek()[2:], f.peek()[0] == log.append)
print(f.atexit)
b = A()
g = weakref.finalize(b, print, "b", "dies", sep="-")
del b
print(g.alive)
r = f()
print(r, log, f.alive, f())
c = A()
h = weakref.finalize(c, log.append, "c")
print(h.detach()[2:], h.alive, h.detach())
del c
print(log)
d = A()
i1 = weakref.finalize(d, print, "first")
i2 = weakref.finalize(d, print, "second")
del d
print("end")

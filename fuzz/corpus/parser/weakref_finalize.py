# weakref.finalize: alive, detach(), calling it, running when the object dies
import weakref
class Res:
    pass
def report(tag, n):
    print("finalizer", tag, n)
    return tag + "!"
a = Res()
f = weakref.finalize(a, report, "a", 1)
print(f.alive)
del a
print(f.alive)
b = Res()
fb = weakref.finalize(b, report, "b", 2)
print(fb(), fb.alive, fb())
del b
print("b gone, finalizer already used")
c = Res()
fc = weakref.finalize(c, report, "c", 3)
det = fc.detach()
print(det[0] is c, det[1] is report, det[2], fc.alive, fc.detach())
del c
print("c gone, detached")
d = Res()
fd1 = weakref.finalize(d, report, "d", 1)
fd2 = weakref.finalize(d, report, "d", 2)
del d
print("end")

import gc
import weakref

log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Res(%s)" % self.name

def closer(name, *extra, **kw):
    log.append((name, extra, sorted(kw.items())))
    return name.upper()

r1 = Res("a")
f1 = weakref.finalize(r1, closer, "a", 1, 2, mode="x")
f2 = weakref.finalize(r1, closer, "a2")
print(f1.alive, f2.alive)
info = f1.peek()
print(info[0] is r1, info[1] is closer, info[2], info[3])
print(f2.detach()[2])
print(f2.alive, f2(), f2.detach(), f2.peek())
del r1
print(log, f1.alive)
print(f1(), f1.peek())
r2 = Res("b")
f3 = weakref.finalize(r2, closer, "b")
print(f3(), f3(), f3.alive, log[-1])
del r2
r3 = Res("c")
r3.self = r3
f4 = weakref.finalize(r3, log.append, "c-dead")
del r3
print("c" in str(log))
gc.collect()
print(log[-1], f4.alive)
print(f4.atexit)
r5 = Res("e")
f5 = weakref.finalize(r5, print, "at exit e")
f5.atexit = True
r6 = Res("f")
f6 = weakref.finalize(r6, print, "not at exit f")
f6.atexit = False
r7 = Res("g")
f7 = weakref.finalize(r7, print, "at exit g")
try:
    weakref.finalize(5, print)
except TypeError as e:
    print("TypeError:", e)
print(type(f1).__name__, bool(f5.alive))
print("end")

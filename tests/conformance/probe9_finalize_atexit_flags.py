import gc
import weakref

class Res:
    pass

def cleanup(name, *rest, **kw):
    print("cleanup", name, rest, sorted(kw.items()))
    return name.upper()

a = Res()
fa = weakref.finalize(a, cleanup, "a", 1, 2, flag=True)
print(fa.atexit, fa.alive)
fa.atexit = False
print(fa.atexit)
obj, func, args, kwargs = fa.peek()
print(obj is a, func is cleanup, args, kwargs)
print(fa())
print(fa(), fa.alive, fa.peek(), fa.detach())
b = Res()
fb = weakref.finalize(b, cleanup, "b")
d = fb.detach()
print(d[0] is b, d[2], fb.alive, fb())
c = Res()
fc = weakref.finalize(c, cleanup, "c")
fc2 = weakref.finalize(c, cleanup, "c2")
print(weakref.getweakrefcount(c))
e = Res()
fe = weakref.finalize(e, cleanup, "at-exit")
fe2 = weakref.finalize(e, cleanup, "not-at-exit")
fe2.atexit = False
print("end of program")

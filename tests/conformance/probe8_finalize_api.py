import weakref, gc
class Res:
    def __init__(self, name):
        self.name = name
def cleanup(name, *extra, **kw):
    print("cleanup", name, extra, sorted(kw.items()))
    return "cleaned " + name
r = Res("a")
f = weakref.finalize(r, cleanup, "a", 1, 2, flag=True)
print(f.alive, f.atexit)
obj, func, args, kwargs = f.peek()
print(obj is r, func is cleanup, args, kwargs)
print(f())
print(f(), f.alive, f.peek(), f.detach())
r2 = Res("b")
f2 = weakref.finalize(r2, cleanup, "b")
det = f2.detach()
print(det[0] is r2, det[2], f2.alive, f2.detach())
del r2
gc.collect()
print("after del r2 (detached, no call)")
r3 = Res("c")
f3 = weakref.finalize(r3, cleanup, "c")
f3.atexit = False
print(f3.atexit)
del r3
print("after del r3", f3.alive)
def boom():
    raise ValueError("in finalizer")
r4 = Res("d")
f4 = weakref.finalize(r4, boom)
try:
    f4()
except ValueError as e:
    print("ValueError", e, f4.alive)
try:
    weakref.finalize(5, cleanup)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.finalize(Res("x"))
except TypeError as e:
    print("TypeError", e)
order = []
a = Res("a")
fa = weakref.finalize(a, order.append, 1)
fb = weakref.finalize(a, order.append, 2)
fc = weakref.finalize(a, order.append, 3)
del a
print(order)
b = Res("late")
fl = weakref.finalize(b, print, "atexit finalizer runs at exit")
fl2 = weakref.finalize(b, print, "second atexit finalizer")
fl3 = weakref.finalize(b, print, "never: atexit off")
fl3.atexit = False
print("end of program")

import weakref
class O:
    pass
def fin(*a, **k):
    print("fin", a, sorted(k.items()))
    return "ret"
o = O()
f = weakref.finalize(o, fin, 1, 2, z=3)
print(f.alive, f.atexit)
obj, func, args, kw = f.peek()
print(obj is o, func is fin, args, kw)
f.atexit = False
print(f.atexit)
print(f())
print(f.alive, f.peek(), f())
o2 = O()
f2 = weakref.finalize(o2, fin, "two")
d = f2.detach()
print(d[0] is o2, d[2], f2.alive, f2.detach())
del o2
print("after del o2")
o3 = O()
f3 = weakref.finalize(o3, fin, "three")
del o3
print(f3.alive)
o4 = O()
f4 = weakref.finalize(o4, fin, "four-exit")
f5 = weakref.finalize(o4, fin, "five-exit")
f6 = weakref.finalize(o4, fin, "six-noexit")
f6.atexit = False
print("end")

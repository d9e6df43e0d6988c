# Probing program (issue 13): callback order, what a callback sees, an exception in a callback
import weakref
class A: pass
log = []
a = A()
rs = [weakref.ref(a, lambda r, i=i: log.append(i)) for i in range(4)]
del a
print(log)
b = A()
def cb(r):
    print("cb sees", r() is None, r in keep)
keep = []
r = weakref.ref(b, cb)
keep.append(r)
del b
def cb_raise(r):
    raise ValueError("boom")
c = A()
rr = weakref.ref(c, cb_raise)
del c
print("after")

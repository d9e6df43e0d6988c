# weakref.ref: calling returns the object while alive, None after
import weakref
class Obj:
    def __init__(self, v):
        self.v = v
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().v)
r2 = weakref.ref(o)
print(r2() is o)
del o
print(r(), r2())
l = [Obj(i) for i in range(3)]
refs = [weakref.ref(x) for x in l]
print([w().v for w in refs])
l.pop(1)
print([w() is None for w in refs])
def f():
    return 1
rf = weakref.ref(f)
print(rf() is f, rf()())
print(type(r))

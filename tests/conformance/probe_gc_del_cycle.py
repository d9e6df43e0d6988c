# Probing program (issue 13): __del__ and a weakref callback in a three-object cycle; finalized once
import gc, weakref
class N:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = N("a"); b = N("b"); c = N("c")
a.n = b; b.n = c; c.n = a
wr = weakref.ref(b, lambda r: print("wr cb"))
del a, b, c
print("collect", gc.collect())
class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        Once.keep = self
o = Once(); o.self = o
del o
gc.collect()
print(Once.count, gc.is_finalized(Once.keep))
del Once.keep
gc.collect()
print(Once.count)

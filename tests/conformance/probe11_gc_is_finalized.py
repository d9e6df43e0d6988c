# gc.is_finalized across __del__, resurrection and cycles.
import gc

keep = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, gc.is_finalized(self))
        keep.append(self)

class Plain:
    pass

r = R("solo")
print(gc.is_finalized(r))
del r
print(len(keep), gc.is_finalized(keep[0]))
keep.clear()
print("cleared (no second __del__)")
a, b = R("a"), R("b")
a.b, b.a = b, a
del a, b
print("collect", gc.collect())
print(sorted(o.name for o in keep), [gc.is_finalized(o) for o in keep])
keep[0].b = None
keep[1].a = None
keep.clear()
print("gone", gc.collect())
p = Plain()
print(gc.is_finalized(p), gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized(None))
try:
    gc.is_finalized()
except TypeError as e:
    print("TypeError:", e)

# Probing program (issue 13, round 3): gc.is_finalized across resurrection and kinds
import gc
gc.disable()
saved = []
class R:
    def __del__(self):
        print("R.__del__", gc.is_finalized(self))
        saved.append(self)
class Plain:
    pass
r = R()
print(gc.is_finalized(r), gc.is_finalized(Plain()), gc.is_finalized(1), gc.is_finalized([]))
del r
print(len(saved), gc.is_finalized(saved[0]))
x = saved.pop()
del x
print("second del ran nothing:", len(saved))
a = R(); b = R()
a.b = b; b.a = a
del a, b
print(gc.collect() >= 0, len(saved))
print(sorted(gc.is_finalized(o) for o in saved))
saved.clear()
print(gc.collect())
class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        Once.keep = self
o = Once()
del o
print(Once.count, gc.is_finalized(Once.keep))
Once.keep = None
print(Once.count)
gc.enable()

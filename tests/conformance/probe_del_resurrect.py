# Probing program (issue 13): __del__ resurrection (PEP 442) alone and in a cycle
import gc
saved = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
r = R(1)
del r
print(len(saved))
saved.clear()
print("cleared")
a = R(2); b = R(3); a.o = b; b.o = a
del a, b
print(gc.collect())
print(len(saved), sorted(x.n for x in saved))
saved.clear()
print(gc.collect())
print("end")

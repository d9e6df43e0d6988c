# Generators whose frame objects outlive them (gi_frame kept), or die with
# them in the same collection, and long traceback chains collected.
import gc, sys
class R:
    def __init__(self, n): self.n = n
def gen(n):
    r = R(n)
    me = sys._getframe()
    yield 1
    yield 2
keep = []
for i in range(200):
    g = gen(i)
    next(g)
    if i % 3 == 0:
        keep.append(g.gi_frame)
    elif i % 3 == 1:
        fr = g.gi_frame
    del g
gc.collect()
print(len(keep), sorted(keep[5].f_locals)[:2], keep[5].f_locals["r"].n)
def deep(n):
    if n == 0:
        raise ValueError
    deep(n - 1)
for j in range(50):
    try:
        deep(30)
    except ValueError as e:
        x = e
gc.collect()
t = x.__traceback__
c = 0
while t:
    c += 1
    t = t.tb_next
print(c)

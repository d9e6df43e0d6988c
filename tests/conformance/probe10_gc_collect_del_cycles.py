import gc, weakref
gc.collect()
class WithDel:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
class Plain:
    pass
a = WithDel(1); b = WithDel(2)
a.other = b; b.other = a
del a, b
print("collect", gc.collect())
print("garbage", gc.garbage)
p = Plain(); q = Plain(); r = Plain()
p.x = q; q.x = r; r.x = p
print("collect plain", gc.collect() if not (p and q and r) else "alive")
del p, q, r
print("collect plain", gc.collect())
c = Plain()
c.self = c
wr = weakref.ref(c, lambda ref: print("wr cb, ref dead:", ref() is None))
del c
print("collect with weakref", gc.collect())
l = []
l.append(l)
d = {}
d["d"] = d
del l, d
print("collect list+dict", gc.collect())
print("collect again", gc.collect())

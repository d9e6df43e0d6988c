import gc
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n
d = {K(1): K(2), K(3): K(4)}
print(gc.get_referents(d))
d2 = {"a": K(5), "b": K(6)}
print(gc.get_referents(d2))
del d2["a"]
print(gc.get_referents(d2))
d2["c"] = K(7)
print(gc.get_referents(d2))
o = K(8)
o.x = K(9)
o.y = [K(10)]
print([r for r in gc.get_referents(o) if not isinstance(r, type)])
print(gc.get_referents(o.__dict__))
s = {K(11)}
print(gc.get_referents(s))
t = (K(12), "s", K(13))
print(gc.get_referents(t))
l = [K(14), None, K(15)]
print(gc.get_referents(l))
print(gc.get_referents(d.keys()) == [d], gc.get_referents(d.items()) == [d])

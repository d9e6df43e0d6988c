log = []
def v(name, val):
    log.append(name)
    return val
print(v("a", 0) or v("b", "") or v("c", []), log)
log.clear()
print(v("a", 1) and v("b", 2) and v("c", 0) and v("d", 4), log)
log.clear()
print(v("a", 1) < v("b", 2) < v("c", 0) < v("d", 4), log)
log.clear()
print(v("a", 1) < v("b", 2) == v("c", 2) > v("d", 1), log)
log.clear()
print(v("x", None) is None is not v("y", 0), log)
log.clear()
d = {}
d[v("k", "key")] = v("val", "value")
print(log)
log.clear()
d2 = {v("k1", 1): v("v1", 1), v("k2", 2): v("v2", 2)}
print(log)
log.clear()
v("obj", [0, 0])[v("idx", 0)] = v("rhs", 5)
print(log)
log.clear()
f = lambda *a, **k: None
f(v("p1", 1), v("p2", 2), kw=v("kw", 3), *[v("star", 4)])
print(log)
log.clear()
x = v("t", True) if v("cond", False) else v("f", False)
print(x, log)
log.clear()
a = b = v("chain", [])
print(a is b, log)
log.clear()
print(not v("n", 0), v("u", 3) or 1 / 0, log)
log.clear()
res = v("left", 2) ** v("right", 3) ** v("r2", 2)
print(res, log)
log.clear()
print(v("l", 10) - v("m", 3) - v("r", 2), log)
print(1 or 2, 0 or None, "" and 1, [] or {}, 0.0 or 0, (0, 1)[1] and "t")
print(True + True, True * 3, -True, ~True, ~False, True / 2, True // True, True & 3, True | 2, True ^ True)
print(type(True & True).__name__, type(True | 0).__name__, type(True + 0).__name__, type(-True).__name__, type(True ^ False).__name__)
print(1 < 2 > 0, 1 == 1.0 == True, (1 < 2) < 3, 3 > 2 > 1 > 0, "a" < "b" < "c")
log.clear()
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        log.append("lt %d %d" % (self.n, o.n))
        return self.n < o.n
    def __bool__(self):
        log.append("bool %d" % self.n)
        return True
print(Cmp(1) < Cmp(2) < Cmp(3), log)

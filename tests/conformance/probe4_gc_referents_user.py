import gc

def kinds(o):
    return sorted(type(r).__name__ for r in gc.get_referents(o))

class Plain:
    def __init__(self):
        self.a = [1]
        self.b = "s"
class Slotted:
    __slots__ = ("p", "q")
    def __init__(self):
        self.p = [2]
        self.q = (3, [4])
p = Plain()
print(kinds(p), kinds(Slotted()))
s = Slotted()
print([r is s.p or r is s.q for r in gc.get_referents(s) if not isinstance(r, type)])
print(kinds([1, "a", None, (2,)]), kinds((1.5, [], {})), kinds({"k": [1], 2: (3,)}))
print(kinds({1, "a", (2,)}), kinds(frozenset([(1,)])), kinds(iter([1, 2])))
def outer():
    data = [1, 2]
    def inner():
        return data
    return inner
fn = outer()
print(sorted(type(r).__name__ for r in gc.get_referents(fn.__closure__[0])))
print(gc.get_referents(fn.__closure__[0])[0] == [1, 2])
print(gc.get_referents(1, "x", 2.5, None), len(gc.get_referents([1], [2, 3])))
t = (p, p)
print(len(gc.get_referents(t)), all(r is p for r in gc.get_referents(t)))
m = p.__init__
print(any(r is p for r in gc.get_referents(m)), any(r is Plain.__init__ for r in gc.get_referents(m)))
def gen():
    x = [9]
    yield x
g = gen()
next(g)
print(len(gc.get_referents(g)) >= 1)
print(gc.get_referrers() == [], type(gc.get_referrers(p)).__name__)
holder = [p]
refs = gc.get_referrers(p)
print(any(r is holder for r in refs), any(r is t for r in refs))
a = []
b = [a]
a.append(b)
print(gc.get_referents(a)[0] is b, gc.get_referents(b)[0] is a)
print(kinds(Plain), len(gc.get_referents(Plain)) > 0)

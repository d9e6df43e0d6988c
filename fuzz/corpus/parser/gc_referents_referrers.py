# gc.get_referents and gc.get_referrers
import gc
gc.disable()
a = ["a"]
b = {"k": a}
c = [a, b]
refs = gc.get_referents(c)
print(len(refs), a in refs, b in refs)
rd = gc.get_referents(b)
print(a in rd)
print(len(gc.get_referents(1)), len(gc.get_referents("s")))
def holds(lst, obj):
    for o in lst:
        if o is obj:
            return True
    return False
rr = gc.get_referrers(a)
print(holds(rr, b), holds(rr, c), holds(rr, [a]))
class Box:
    pass
x = Box()
x.item = a
print(holds(gc.get_referents(x), Box))
t = (a, "z")
print(holds(gc.get_referents(t), a), holds(gc.get_referrers(a), t))

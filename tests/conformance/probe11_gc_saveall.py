# gc.set_debug(gc.DEBUG_SAVEALL) keeps what a collection finds in gc.garbage.
import gc

class Obj:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return "Obj(%s)" % self.tag

gc.collect()
print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = Obj("a"); b = Obj("b")
a.peer = b; b.peer = a
l = [1, 2]; l.append(l)
del a, b, l
n = gc.collect()
print("found", n)
kinds = sorted(type(o).__name__ for o in gc.garbage)
print(kinds)
print(sorted(repr(o) for o in gc.garbage if isinstance(o, Obj)))
print([o for o in gc.garbage if isinstance(o, list)])
saved = [o for o in gc.garbage if isinstance(o, Obj)]
print(saved[0].peer.peer is saved[0])
gc.set_debug(0)
del saved
gc.garbage.clear()
print("cleared; collect finds", gc.collect())
print(gc.garbage, gc.get_debug())
flags = [gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK]
print(flags)
try:
    gc.set_debug("x")
except TypeError as e:
    print("TypeError:", e)

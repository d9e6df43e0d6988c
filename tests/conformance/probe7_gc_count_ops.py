# gc.get_count deltas after common operations (gen 0 counts containers made)
import gc

gc.disable()
def delta(label, fn):
    gc.collect()
    keep = []
    c0 = gc.get_count()[0]
    keep.append(fn())
    c1 = gc.get_count()[0]
    print(label, c1 - c0)

class P:
    def __init__(self):
        self.v = 1
    def m(self):
        return self.v

class Q:
    __slots__ = ('v',)

def gen():
    yield 1

delta("list", lambda: [1, 2, 3])
delta("empty tuple", lambda: ())
delta("dict", lambda: {'a': 1})
delta("set", lambda: {1, 2})
delta("instance", lambda: P())
delta("slots", lambda: Q())
delta("closure", lambda: (lambda: 1))
delta("listcomp", lambda: [i for i in range(3)])
delta("generator", lambda: gen())
delta("bound", lambda: P().m)
delta("str", lambda: 'abc' * 3)
delta("int", lambda: 10 ** 30)
delta("float", lambda: 1.5 * 2)
delta("frozenset", lambda: frozenset([1]))
gc.enable()

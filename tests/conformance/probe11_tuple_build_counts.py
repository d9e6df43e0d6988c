# A GC researcher checks what tuple() of various iterables costs in
# gen-0 containers (gc.get_count) right after a full collection, and that
# the tuples come out right at every size.
import gc, sys

class Hinted:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint
    def __iter__(self):
        return iter(range(self.n))
    def __length_hint__(self):
        return self.hint

def boom():
    yield 1
    yield 2
    raise ValueError("stop at 2")

def delta(label, make):
    gc.collect()
    before = gc.get_count()[0]
    t = make()
    kept = gc.get_count()[0] - before
    size = sys.getsizeof(t)
    n = len(t)
    del t
    print(f"{label:18} len={n:<5} kept={kept} after-del={gc.get_count()[0] - before} size={size}")

gc.disable()
for n in (0, 1, 3, 10, 11, 23, 100, 1000):
    delta(f"gen {n}", lambda: tuple(x for x in range(n)))
delta("range 5", lambda: tuple(range(5)))
delta("range 30", lambda: tuple(range(30)))
delta("map", lambda: tuple(map(abs, [-1, -2, 3])))
delta("dict", lambda: tuple({"a": 1, "b": 2}))
delta("dict items", lambda: tuple({"a": 1}.items()))
delta("set", lambda: tuple({1, 2, 3}))
delta("str", lambda: tuple("hello"))
delta("bytes", lambda: tuple(b"\x00\x01"))
delta("list", lambda: tuple([1, 2]))
delta("hint low", lambda: tuple(Hinted(30, 2)))
delta("hint high", lambda: tuple(Hinted(3, 50)))
delta("hint zero", lambda: tuple(Hinted(4, 0)))
delta("zip", lambda: tuple(zip("ab", "cd")))
delta("filter empty", lambda: tuple(filter(None, [0, 0])))
print(tuple(x * x for x in range(25)))
print(tuple(Hinted(12, 3)), tuple(Hinted(0, 9)) == (), len(tuple(iter([]))))
try:
    tuple(boom())
except ValueError as e:
    print("ValueError:", e)
print(gc.get_count()[0] >= 0, tuple(reversed(range(4))), tuple(enumerate("xy")))
gc.enable()

import gc
gc.disable()
def delta(fn):
    gc.collect()
    before = gc.get_count()[0]
    keep = fn()
    after = gc.get_count()[0]
    return after - before
print(delta(lambda: [1, 2]))
print(delta(lambda: {}))
print(delta(lambda: (1, 2)))
print(delta(lambda: "str" * 5))
print(delta(lambda: [[] for _ in range(3)]))
print(delta(lambda: {"a": [], "b": []}))
print(delta(lambda: set([1])))
print(delta(lambda: 12345678 * 99))
class C:
    def __init__(self):
        self.x = 1
print(delta(lambda: C()))
class S:
    __slots__ = ("a",)
print(delta(lambda: S()))
print(delta(lambda: [C() for _ in range(4)]))
def gen():
    yield 1
print(delta(lambda: gen()))
print(delta(lambda: lambda: 0))
print(delta(lambda: (lambda: [])()))
x = []
gc.collect()
b = gc.get_count()[0]
x.append([])
x.append({})
del x[0]
print(gc.get_count()[0] - b)
del x
print(gc.get_count()[0] - b)
gc.collect()
print(gc.get_count())
l1 = [[] for _ in range(5)]
print(gc.get_count()[0])
del l1
print(gc.get_count()[0])
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
t = gc.get_threshold()
gc.set_threshold(5, 3, 2)
print(gc.get_threshold())
gc.enable()
objs = [[] for _ in range(4)]
print(gc.get_count()[0] < 5)
gc.set_threshold(*t)
print(gc.get_threshold() == t)

# OrderedDict.move_to_end and popitem as CPython's C methods: the stored
# key object stays when an entry moves, no __setitem__/__eq__ of a
# subclass runs, no container is allocated (gc counts), keyword and
# positional `last`, the messages, and long runs of front pops (an LRU).
import gc
from collections import OrderedDict

k1 = (1, 2)
k2 = tuple([1, 2])
od = OrderedDict()
od[k1] = "a"
od["x"] = "b"
od.move_to_end(k2)
print(list(od), [k is k1 for k in od])
od.move_to_end(k2, last=False)
print(next(iter(od)) is k1, list(od.items()))
od.move_to_end(k2, False)
od.move_to_end("x", 0)
print(list(od))


class Loud(OrderedDict):
    def __setitem__(self, key, value):
        print("setitem", key)
        OrderedDict.__setitem__(self, key, value)

    def __delitem__(self, key):
        print("delitem", key)
        OrderedDict.__delitem__(self, key)


lo = Loud()
lo["a"] = 1
lo["b"] = 2
lo.move_to_end("a")
lo.move_to_end("a", last=False)
print(list(lo), lo.popitem(), lo.popitem(last=True))

od = OrderedDict((i, str(i)) for i in range(6))
gc.collect()
before = gc.get_count()[0]
od.move_to_end(3)
od.move_to_end(4, last=False)
pairs = [od.popitem(last=False), od.popitem(), od.popitem(False)]
print(pairs, gc.get_count()[0] - before, list(od))

for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"lst": 1}), ((1,), {"key": 1})]:
    try:
        OrderedDict({1: 1}).move_to_end(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    OrderedDict().move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict({1: 2}).popitem(1, 2)
except TypeError as e:
    print("TypeError", e)
print(OrderedDict({1: 2}).popitem(last=[]))

# an LRU: pops from the front, inserts at the back, moves hits to the back
lru = OrderedDict()
hits = 0
for i in range(3000):
    key = (i * 7) % 130
    if key in lru:
        lru.move_to_end(key)
        hits += 1
    else:
        lru[key] = i
        if len(lru) > 100:
            lru.popitem(last=False)
print(hits, len(lru), list(lru)[:5], list(lru)[-3:])
d = dict(lru)
print(list(d)[:3] == list(lru)[:3], lru == OrderedDict(d))

from collections import OrderedDict, defaultdict, deque

class OD(OrderedDict):
    pass
class DD(defaultdict):
    pass
a = OrderedDict(a=1, b=2)
print(a | {"c": 3}, {"z": 0, "a": 9} | a)
print(a | OD(q=1), OD(q=1) | a, type(OD(x=1).copy()).__name__, type(a.copy()).__name__)
b = OrderedDict(b=1)
b |= [("c", 2)]
b |= {"b": 5}
print(b, type(b).__name__)
try:
    a | [("c", 1)]
except TypeError:
    print("TypeError for OrderedDict | list")
d = defaultdict(list, a=[1])
print(d | {"b": 2}, {"b": 2, "a": 0} | d)
print(type(DD(int).copy()).__name__, DD(int, x=1) | {"y": 2}, type({} | DD(int)).__name__)
d |= {"q": 1}
print(d, type(d).__name__, (d | d).default_factory)
try:
    d | 1
except TypeError:
    print("TypeError for defaultdict | int")
e = DD(list)
e["k"].append(1)
c = e.copy()
c["k"].append(2)
print(e, c, c.default_factory is list)
class I:
    def __index__(self):
        return 3
for m in (I(), 2 ** 70, True, 1.0, None):
    try:
        print(deque([1, 2, 3, 4], m))
    except (TypeError, OverflowError) as err:
        print(type(err).__name__, err)
ba = bytearray()
for arg in ("ab", "", [65], b"B"):
    try:
        ba.extend(arg)
        print("ok", ba)
    except TypeError as err:
        print(err)

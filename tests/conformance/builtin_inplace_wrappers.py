# The in-place slot wrappers: list.__iadd__/__imul__, dict.__ior__, set's, bytearray's
print(list.__iadd__, set.__ior__, dict.__ior__, bytearray.__imul__)
l = [1, 2]
r = list.__iadd__(l, (3, 4))
print(r, r is l, l.__imul__(2), list.__imul__([0], 0))
d = {1: 2}
print(dict.__ior__(d, [(3, 4)]), d.__ior__({5: 6}) is d, d)
s = {1, 2, 3}
print(set.__ior__(s, {4}), set.__iand__(s, {1, 2, 4}), set.__isub__(s, {1}), set.__ixor__(s, {2, 9}), s)
print(set.__ior__(s, [1]), s.__iand__(frozenset([9])))
b = bytearray(b"ab")
print(bytearray.__iadd__(b, b"cd"), b.__imul__(2), b)

class L(list):
    def __iadd__(self, other):
        return list.__iadd__(self, [x * 10 for x in other])

m = L([1])
m += [2, 3]
print(m, type(m).__name__)
for f in [lambda: list.__iadd__([], 3), lambda: list.__imul__([1], "a"), lambda: bytearray.__iadd__(b, 3),
          lambda: dict.__ior__({}, 3), lambda: list.__iadd__((), []), lambda: list.__iadd__([]),
          lambda: set.__ior__(frozenset(), set())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(sorted(n for n in dir(list) + dir(set) + dir(dict) + dir(bytearray) + dir(frozenset) + dir(tuple) if n.startswith("__i") and n not in ("__init__", "__iter__", "__init_subclass__", "__index__", "__invert__")))

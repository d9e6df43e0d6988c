# Probing program (issue 13, round 2): reprs of recursive containers and objects whose repr recurses
l = [1]
l.append(l)
print(l, repr(l), str(l))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.kids)
root = Node("root")
root.kids.append(Node("leaf"))
print(root)
nested = [[[[[]]]]]
print(nested, repr((1,)), repr(()), repr([()]), repr({1: ()}))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\x7f"), repr("\u200b"))
print(repr(b"a'b"), repr(bytearray(b"\x00z")), repr(range(0, 5, 2)), repr(slice(1, None)))
print(repr(None), repr(True), repr(...), repr(NotImplemented), repr(1e-10), repr(-1.5e+300))
class Plain:
    pass
print(repr(Plain).startswith("<class '__main__.Plain'>"), repr(int), repr(type), repr(object))
import gc, sys
print(repr(gc)[:20], repr(len), repr(sys.getrefcount))
s = set()
print(repr(s), repr({1}), repr(frozenset({1})), repr({}.keys()), repr({1: 2}.items()), repr({1: 2}.values()))
class R:
    def __repr__(self):
        return "R!"
print([R()], (R(),), {R(): R()}, {"r": [R()]}, str(R()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print("RecursionError")
print(repr(ValueError("x")), repr(KeyError()), repr(StopIteration(1, 2)))

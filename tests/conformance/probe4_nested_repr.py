data = {"name": "widget", "tags": ("a", "b"), "dims": [1.5, 2.0, -0.0], "meta": {"ok": True, "n": None}, 3: {4, 5}}
print(data)
print(repr([data["tags"], [(), (1,), [[]]]]))
print(str(("x",)), str([("y", "z")]), repr(("a", ("b",), ())))
print([1e100, 1e-100, 1.0, 10.0, 1e16, 123.0, -1e-7, float("inf"), float("-inf")])
print({"q": "'", "d": '"', "b": "\\", "n": "\n", "t": "\t", "u": "\u00e9\u4e2d", "c": "\x01"})
print([b"bytes", bytearray(b"ab"), b"\x00\xff'\"", b""])
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __repr__(self):
        if self.kids:
            return "N(%r, %r)" % (self.v, self.kids)
        return "N(%r)" % (self.v,)
tree = Node(1, [Node(2, [Node(4)]), Node("3")])
print(tree, [tree], {"t": tree})
lst = [1]
lst.append(lst)
dct = {"self": None}
dct["self"] = dct
print(lst, dct, [lst, dct])
tup = ([],)
tup[0].append(tup)
print(tup)
def serialize(o, indent=0):
    pad = " " * indent
    if isinstance(o, dict):
        items = ["%s%r: %s" % (pad + "  ", k, serialize(v, indent + 2).lstrip()) for k, v in o.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(o, (list, tuple)):
        return pad + "[" + ", ".join(serialize(x) for x in o) + "]"
    if isinstance(o, bool) or o is None:
        return pad + {True: "true", False: "false", None: "null"}[o]
    if isinstance(o, float):
        return pad + format(o, ".6g")
    return pad + repr(o)
print(serialize({"a": [1, 2.5, True, None], "b": {"c": "d", "e": (1.0 / 3,)}}))
print(set(), {()}, frozenset({1}), [set()], {1: frozenset()}, range(3), [range(1, 2)], slice(1, None, -1))
print(type(None), type(1), [int, str], {"t": type}, (object,), NotImplemented, Ellipsis, ...)
print(repr(1 == 1), [True, False], (None,), {None}, str(True), 1 == True)

# A hand-written deep copy (no copy module) of nested records: dicts,
# lists, tuples, sets and instances with shared substructure and cycles,
# with a memo keyed by id() as copy.deepcopy keeps it (the shape of
# pyperformance's "deepcopy"), then structural equality checks.
# Type dispatch through a dict of functions, isinstance, __dict__ access.
import sys


class Node:
    def __init__(self, name, payload):
        self.name = name
        self.payload = payload
        self.links = []
        self.parent = None

    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


def _copy_list(x, memo):
    y = []
    memo[id(x)] = y
    for v in x:
        y.append(deep(v, memo))
    return y


def _copy_tuple(x, memo):
    y = tuple([deep(v, memo) for v in x])
    if id(x) in memo:
        return memo[id(x)]
    if all(a is b for a, b in zip(x, y)):
        y = x
    memo[id(x)] = y
    return y


def _copy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for k, v in x.items():
        y[deep(k, memo)] = deep(v, memo)
    return y


def _copy_set(x, memo):
    y = set(deep(v, memo) for v in x)
    memo[id(x)] = y
    return y


def _copy_inst(x, memo):
    y = x.__class__.__new__(x.__class__)
    memo[id(x)] = y
    for k, v in x.__dict__.items():
        setattr(y, k, deep(v, memo))
    return y


ATOMIC = (int, float, str, bool, type(None), bytes)
DISPATCH = {list: _copy_list, tuple: _copy_tuple, dict: _copy_dict, set: _copy_set}


def deep(x, memo):
    if isinstance(x, ATOMIC):
        return x
    y = memo.get(id(x))
    if y is not None:
        return y
    fn = DISPATCH.get(type(x), _copy_inst)
    return fn(x, memo)


def make_graph(n, seed):
    s = seed
    nodes = []
    shared = {"unit": "ms", "scale": (1, 10, 100)}
    for i in range(n):
        s = (s * 48271) % 2147483647
        payload = {"id": i, "tags": {"t%d" % (s % 7), "t%d" % (s % 5)},
                   "vals": [s % 100, (s >> 8) % 100, 1.5 * i], "meta": shared,
                   "pair": (i, "n%d" % i)}
        nodes.append(Node("n%d" % i, payload))
    for i, nd in enumerate(nodes):
        s = (s * 48271) % 2147483647
        nd.links = [nodes[(i + k + s % 11) % n] for k in range(1, 4)]
        nd.parent = nodes[i // 2] if i else None
    return {"nodes": nodes, "root": nodes[0], "shared": shared}


def check(a, b, seen):
    if id(a) in seen:
        return True
    seen.add(id(a))
    if type(a) is not type(b):
        return False
    if isinstance(a, Node):
        return (a is not b and a.name == b.name and check(a.payload, b.payload, seen)
                and all(check(x, y, seen) for x, y in zip(a.links, b.links)))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(check(a[k], b[k], seen) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(check(x, y, seen) for x, y in zip(a, b))
    return a == b


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    g = make_graph(200, 7)
    copies = 0
    for r in range(n // 20 + 1):
        c = deep(g, {})
        copies += 1
    print("copies", copies, "nodes", len(c["nodes"]))
    print("same shared", c["nodes"][3].payload["meta"] is c["shared"],
          c["shared"] is g["shared"], c["nodes"][5].payload["pair"] is g["nodes"][5].payload["pair"])
    print("cycle", c["nodes"][4].parent is c["nodes"][2], c["root"] is c["nodes"][0])
    print("equal", check(g, c, set()))
    big = make_graph(n, 11)
    cb = deep(big, {})
    tags = sorted({t for nd in cb["nodes"] for t in nd.payload["tags"]})
    print(len(cb["nodes"]), tags, sum(nd.payload["vals"][0] for nd in cb["nodes"]))


main()

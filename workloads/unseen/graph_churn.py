# A cycle-heavy graph builder and destroyer: vertices hold adjacency lists
# of each other (every edge is a reference cycle), the graph is walked,
# cut into components, partly torn down and rebuilt, then dropped whole.
import sys


class Vertex:
    def __init__(self, key):
        self.key = key
        self.out = []
        self.inc = []
        self.mark = 0


class Graph:
    def __init__(self):
        self.vertices = {}

    def vertex(self, key):
        v = self.vertices.get(key)
        if v is None:
            v = Vertex(key)
            self.vertices[key] = v
        return v

    def add_edge(self, a, b):
        va = self.vertex(a)
        vb = self.vertex(b)
        va.out.append(vb)
        vb.inc.append(va)

    def remove_vertex(self, key):
        v = self.vertices.pop(key)
        for w in v.out:
            w.inc = [u for u in w.inc if u is not v]
        for w in v.inc:
            w.out = [u for u in w.out if u is not v]

    def bfs(self, start, stamp):
        seen = 1
        start.mark = stamp
        frontier = [start]
        while frontier:
            nxt = []
            for v in frontier:
                for w in v.out:
                    if w.mark != stamp:
                        w.mark = stamp
                        seen += 1
                        nxt.append(w)
            frontier = nxt
        return seen

    def components(self, stamp):
        # undirected components by an explicit stack
        sizes = []
        for v in self.vertices.values():
            if v.mark == stamp:
                continue
            v.mark = stamp
            stack = [v]
            size = 0
            while stack:
                x = stack.pop()
                size += 1
                for w in x.out + x.inc:
                    if w.mark != stamp:
                        w.mark = stamp
                        stack.append(w)
            sizes.append(size)
        return sizes


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


def build(n, rnd):
    g = Graph()
    for i in range(n):
        g.vertex(i)
    for i in range(n * 2):
        a = next(rnd) % n
        b = next(rnd) % n
        g.add_edge(a, b)
    return g


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rnd = lcg(42)
    checksum = 0
    stamp = 0
    for r in range(rounds):
        g = build(300, rnd)
        stamp += 1
        reach = g.bfs(g.vertices[0], stamp)
        for k in range(0, 300, 7):
            g.remove_vertex(k)
        stamp += 1
        sizes = g.components(stamp)
        checksum = (checksum * 131 + reach * 1000 + len(sizes) + max(sizes)) % 1000000007
        del g
    print("rounds", rounds)
    print("checksum", checksum)


main()

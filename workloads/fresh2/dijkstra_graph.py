# Graph algorithms on a generated weighted graph, as a networking or
# routing exercise: adjacency dicts, Dijkstra with heapq, breadth-first
# search with collections.deque, Kruskal's spanning tree with a
# union-find (path halving), and connected components.
import heapq
import sys
from collections import deque, defaultdict


def make_graph(n, degree, seed):
    s = seed
    adj = defaultdict(dict)
    for u in range(n):
        for _ in range(degree):
            s = (s * 1664525 + 1013904223) & 0xFFFFFFFF
            v = (s >> 10) % n
            if v == u:
                continue
            w = 1 + (s >> 3) % 97
            if v not in adj[u] or adj[u][v] > w:
                adj[u][v] = w
                adj[v][u] = w
    return adj


def dijkstra(adj, src):
    dist = {src: 0}
    heap = [(0, src)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in adj[u].items():
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


def bfs(adj, src):
    depth = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v in adj[u]:
            if v not in depth:
                depth[v] = depth[u] + 1
                q.append(v)
    return depth


class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n

    def find(self, x):
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


def kruskal(adj, n):
    edges = sorted((w, u, v) for u in adj for v, w in adj[u].items() if u < v)
    uf = UnionFind(n)
    total = 0
    used = 0
    for w, u, v in edges:
        if uf.union(u, v):
            total += w
            used += 1
    comps = len({uf.find(x) for x in range(n)})
    return total, used, comps


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    adj = make_graph(n, 3, 99)
    print("edges", sum(len(v) for v in adj.values()) // 2)
    for src in (0, n // 3, n - 1):
        dist = dijkstra(adj, src)
        far = max(dist.items(), key=lambda kv: (kv[1], -kv[0]))
        print("dijkstra", src, len(dist), far, sum(dist.values()) % 1000003)
    depth = bfs(adj, 0)
    hist = defaultdict(int)
    for d in depth.values():
        hist[d] += 1
    print("bfs", len(depth), sorted(hist.items())[:8])
    print("mst", kruskal(adj, n))


main()

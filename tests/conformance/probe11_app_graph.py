# Graph search: BFS, DFS, Dijkstra with heapq, topological sort, components.
import heapq
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
         ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]
graph = defaultdict(list)
for a, b, w in edges:
    graph[a].append((b, w))
    graph[b].append((a, w))

def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                seen.add(m); q.append(m)
    return order

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m, _ in sorted(graph[start], reverse=True):
        if m not in seen:
            dfs(m, seen)
    return seen

def dijkstra(src):
    dist, prev = {src: 0}, {}
    pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist.get(n, float("inf")):
            continue
        for m, w in graph[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m], prev[m] = nd, n
                heapq.heappush(pq, (nd, m))
    return dist, prev

def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))

print("bfs", bfs("A"))
print("dfs", dfs("A"))
dist, prev = dijkstra("A")
for n in sorted(dist):
    print(f"  {n}: {dist[n]:>3} via {path(prev, n)}")
print("unreachable:", sorted(set(graph) - set(dist)))
comps, seen = [], set()
for n in sorted(graph):
    if n not in seen:
        c = bfs(n); seen.update(c); comps.append(sorted(c))
print("components", comps)
deps = {"app": ["lib", "ui"], "ui": ["lib", "gfx"], "gfx": ["math"], "lib": ["math"], "math": []}
indeg = {k: 0 for k in deps}
for k, vs in deps.items():
    for v in vs:
        indeg[k] += 1
order, ready = [], sorted(k for k, d in indeg.items() if d == 0)
while ready:
    n = ready.pop(0); order.append(n)
    for k, vs in sorted(deps.items()):
        if n in vs:
            indeg[k] -= 1
            if indeg[k] == 0:
                ready.append(k)
print("topo", order)
print(dict(graph)["G"], len(graph), type(graph).__name__)

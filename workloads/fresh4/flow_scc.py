# Graph algorithms on dict-of-lists adjacency built from a seeded random
# generator: Kahn's topological sort of a DAG of build targets (with a
# deque and in-degree dict), the critical path by longest-path DP, Tarjan's
# strongly connected components (recursive, with an index counter in a
# closure), the condensation graph, Edmonds-Karp maximum flow on a
# capacity dict-of-dicts with BFS parents, and a min cut read off the
# residual graph.
# Parameters: nodes (default 1500), rounds with 3-5 edges per node (default 20),
# seed (default 5).
import sys
from collections import deque, defaultdict


def rng(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 4


def make_dag(n, k, r):
    deps = {i: [] for i in range(n)}
    cost = {}
    for i in range(n):
        cost[i] = 1 + next(r) % 9
        for _ in range(k):
            if i == 0:
                break
            j = next(r) % i
            if j not in deps[i]:
                deps[i].append(j)
    return deps, cost


def topo_sort(deps):
    users = defaultdict(list)
    indeg = {v: 0 for v in deps}
    for v, ds in deps.items():
        for d in ds:
            users[d].append(v)
            indeg[v] += 1
    ready = deque(sorted(v for v, c in indeg.items() if c == 0))
    order = []
    while ready:
        v = ready.popleft()
        order.append(v)
        for u in users[v]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(deps):
        raise ValueError("cycle")
    return order


def critical_path(order, deps, cost):
    finish = {}
    via = {}
    for v in order:
        start = 0
        best = None
        for d in deps[v]:
            if finish[d] > start:
                start = finish[d]
                best = d
        finish[v] = start + cost[v]
        via[v] = best
    end = max(finish, key=lambda v: (finish[v], -v))
    path = []
    while end is not None:
        path.append(end)
        end = via[end]
    return finish[path[0]], path[::-1]


def tarjan(graph):
    index = {}
    low = {}
    stack = []
    on_stack = set()
    comps = []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            comps.append(comp)

    for v in graph:
        if v not in index:
            visit(v)
    return comps


def max_flow(cap, s, t):
    flow = 0
    residual = {u: dict(vs) for u, vs in cap.items()}
    for u, vs in cap.items():
        for v in vs:
            residual.setdefault(v, {}).setdefault(u, 0)
    augments = 0
    while True:
        parent = {s: None}
        q = deque([s])
        while q and t not in parent:
            u = q.popleft()
            for v, c in residual[u].items():
                if c > 0 and v not in parent:
                    parent[v] = u
                    q.append(v)
        if t not in parent:
            break
        bottleneck = float("inf")
        v = t
        while parent[v] is not None:
            u = parent[v]
            bottleneck = min(bottleneck, residual[u][v])
            v = u
        v = t
        while parent[v] is not None:
            u = parent[v]
            residual[u][v] -= bottleneck
            residual[v][u] += bottleneck
            v = u
        flow += bottleneck
        augments += 1
    reach = set(parent)
    cut = sorted((u, v) for u in reach for v in cap.get(u, {}) if v not in reach)
    return flow, augments, cut


def one_round(n, k, r, verbose):
    deps, cost = make_dag(n, k, r)
    order = topo_sort(deps)
    length, path = critical_path(order, deps, cost)
    if verbose:
        print("topo first", order[:8], "last", order[-3:])
        print("critical path length", length, "nodes", len(path), "head", path[:6])

    graph = {i: [] for i in range(n)}
    for i in range(n):
        for _ in range(k):
            graph[i].append(next(r) % n if next(r) % 3 else (i + 1) % n)
    comps = tarjan(graph)
    sizes = sorted((len(c) for c in comps), reverse=True)
    comp_of = {}
    for ci, comp in enumerate(comps):
        for v in comp:
            comp_of[v] = ci
    dag_edges = {(comp_of[u], comp_of[v]) for u in graph for v in graph[u] if comp_of[u] != comp_of[v]}
    if verbose:
        print("scc count", len(comps), "largest", sizes[:3], "condensed edges", len(dag_edges))

    m = max(20, n // 3)
    cap = {}
    for u in range(m):
        cap[u] = {}
        for _ in range(k):
            v = next(r) % m
            if v != u:
                cap[u][v] = cap[u].get(v, 0) + 1 + next(r) % 20
    total = 0
    augs = 0
    for s, t in ((0, m - 1), (1, m // 2), (m // 3, 2)):
        f, a, cut = max_flow(cap, s, t)
        total += f
        augs += a
        if verbose:
            print("flow %d -> %d = %d augmenting %d cut %d edges" % (s, t, f, a, len(cut)))
    return length, len(comps), total, augs


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    sys.setrecursionlimit(10000)
    r = rng(seed)
    sums = [0, 0, 0, 0]
    for i in range(rounds):
        res = one_round(n, 3 + i % 3, r, i == 0)
        sums = [a + b for a, b in zip(sums, res)]
    print("rounds", rounds, "critical", sums[0], "sccs", sums[1], "flow", sums[2], "augments", sums[3])


main()

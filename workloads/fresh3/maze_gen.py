# Mazes: carved by a randomised depth-first search with an explicit stack
# (random.Random seeded, shuffle and randrange), solved by breadth-first
# search with collections.deque and by A* with heapq, the dead ends and
# the path drawn into rows of characters joined into a string.
import heapq
import random
import sys
from collections import deque


def carve(w, h, rng):
    open_ = {}
    seen = {(0, 0)}
    stack = [(0, 0)]
    while stack:
        x, y = stack[-1]
        nbrs = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not nbrs:
            stack.pop()
            continue
        nxt = nbrs[rng.randrange(len(nbrs))]
        open_.setdefault((x, y), []).append(nxt)
        open_.setdefault(nxt, []).append((x, y))
        seen.add(nxt)
        stack.append(nxt)
    # a few extra openings make loops, so the searches differ
    for _ in range(w * h // 20):
        x, y = rng.randrange(w - 1), rng.randrange(h)
        a, b = (x, y), (x + 1, y)
        if b not in open_[a]:
            open_[a].append(b)
            open_[b].append(a)
    return open_


def bfs(open_, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for n in open_[cur]:
            if n not in prev:
                prev[n] = cur
                q.append(n)
    path = []
    cur = goal
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    return path[::-1], len(prev)


def astar(open_, start, goal):
    gx, gy = goal
    best = {start: 0}
    heap = [(gx + gy, 0, start)]
    expanded = 0
    while heap:
        f, g, cur = heapq.heappop(heap)
        if cur == goal:
            return g, expanded
        if g > best[cur]:
            continue
        expanded += 1
        for n in open_[cur]:
            ng = g + 1
            if ng < best.get(n, 1 << 30):
                best[n] = ng
                heapq.heappush(heap, (ng + abs(gx - n[0]) + abs(gy - n[1]), ng, n))
    return -1, expanded


def draw(open_, w, h, path):
    on = set(path)
    rows = []
    for y in range(h):
        top = []
        mid = []
        for x in range(w):
            top.append("+  " if (x, y - 1) in open_[(x, y)] else "+--")
            cell = " * " if (x, y) in on else "   "
            mid.append((" " if (x - 1, y) in open_[(x, y)] else "|") + cell[1:])
        rows.append("".join(top) + "+")
        rows.append("".join(mid) + "|")
    rows.append("+--" * w + "+")
    return "\n".join(rows)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    rng = random.Random(2024)
    total = 0
    for k in range(4):
        w, h = n + k * 7, n // 2 + k * 3
        open_ = carve(w, h, rng)
        path, visited = bfs(open_, (0, 0), (w - 1, h - 1))
        cost, expanded = astar(open_, (0, 0), (w - 1, h - 1))
        dead = sum(1 for c in open_.values() if len(c) == 1)
        pic = draw(open_, w, h, path)
        total = (total * 131 + len(path) + visited + expanded + pic.count("*")) % 1000000007
        print(w, h, "path", len(path), "astar", cost, expanded, "bfs", visited, "dead", dead)
    print(pic.splitlines()[1][:60])
    print("checksum", total)


main()

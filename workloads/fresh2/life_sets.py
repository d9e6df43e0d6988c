# Conway's Game of Life on an unbounded board kept as a set of (x, y)
# tuples, neighbour counts in a collections.Counter, plus a dense
# list-of-lists variant for comparison.  Set algebra, tuple hashing,
# generator expressions.
import sys
from collections import Counter

NEIGHBOURS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in NEIGHBOURS)
    return {cell for cell, c in counts.items() if c == 3 or (c == 2 and cell in live)}


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def dense_step(grid):
    h = len(grid)
    w = len(grid[0])
    new = [[0] * w for _ in range(h)]
    for y in range(h):
        up = grid[y - 1]
        row = grid[y]
        down = grid[(y + 1) % h]
        for x in range(w):
            xl = x - 1
            xr = (x + 1) % w
            n = (up[xl] + up[x] + up[xr] + row[xl] + row[xr]
                 + down[xl] + down[x] + down[xr])
            new[y][x] = 1 if n == 3 or (n == 2 and row[x]) else 0
    return new


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    acorn = {(0, 1), (1, 3), (2, 0), (2, 1), (4, 1), (5, 1), (6, 1)}
    glider_gun = set()
    s = 12345
    for _ in range(60):
        s = (s * 69069 + 1) & 0xFFFFFFFF
        glider_gun.add((40 + (s >> 8) % 12, (s >> 20) % 12))
    live = acorn | glider_gun
    history = []
    for gen in range(n):
        live = step(live)
        if gen % (n // 5 or 1) == 0:
            history.append((gen, len(live), bbox(live)))
    for h in history:
        print(*h)
    print("final", len(live), bbox(live))
    size = 32
    grid = [[1 if (x * 7 + y * 13) % 5 == 0 else 0 for x in range(size)] for y in range(size)]
    for _ in range(n // 10 + 1):
        grid = dense_step(grid)
    print("dense", sum(map(sum, grid)))


main()

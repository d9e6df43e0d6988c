# Exact cover by Knuth's Algorithm X in its dict-of-sets form (as in Ali
# Assaf's well-known Python version): X maps each column to the set of rows
# covering it, Y maps each row to its list of columns; select/deselect
# move sets around and the solver is a recursive generator.  Used to tile
# rectangles with pentominoes (every rotation and reflection generated
# from coordinate tuples, normalised through frozensets) and to count
# Latin-square completions.
# Parameters: board width (default 10; height 6 -> 10x6 pentomino board is
# big, so a solution limit applies), solution limit (default 6), latin size (default 4).
import sys

PENTOMINOES = {
    "F": [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)],
    "I": [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4)],
    "L": [(0, 0), (0, 1), (0, 2), (0, 3), (1, 3)],
    "N": [(1, 0), (1, 1), (0, 2), (1, 2), (0, 3)],
    "P": [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)],
    "T": [(0, 0), (1, 0), (2, 0), (1, 1), (1, 2)],
    "U": [(0, 0), (2, 0), (0, 1), (1, 1), (2, 1)],
    "V": [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2)],
    "W": [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2)],
    "X": [(1, 0), (0, 1), (1, 1), (2, 1), (1, 2)],
    "Y": [(1, 0), (0, 1), (1, 1), (1, 2), (1, 3)],
    "Z": [(0, 0), (1, 0), (1, 1), (1, 2), (2, 2)],
}


def orientations(cells):
    seen = set()
    out = []
    pts = list(cells)
    for flip in (False, True):
        cur = [(-x, y) for x, y in pts] if flip else pts
        for _ in range(4):
            cur = [(y, -x) for x, y in cur]
            mx = min(x for x, _ in cur)
            my = min(y for _, y in cur)
            norm = frozenset((x - mx, y - my) for x, y in cur)
            if norm not in seen:
                seen.add(norm)
                out.append(sorted(norm))
    return out


def solve(X, Y, solution, limit):
    if not X:
        yield list(solution)
        return
    c = min(X, key=lambda col: len(X[col]))
    for r in sorted(X[c]):
        solution.append(r)
        cols = select(X, Y, r)
        for s in solve(X, Y, solution, limit):
            yield s
        deselect(X, Y, r, cols)
        solution.pop()


def select(X, Y, r):
    cols = []
    for j in Y[r]:
        for i in X[j]:
            for k in Y[i]:
                if k != j:
                    X[k].remove(i)
        cols.append(X.pop(j))
    return cols


def deselect(X, Y, r, cols):
    for j in reversed(Y[r]):
        X[j] = cols.pop()
        for i in X[j]:
            for k in Y[i]:
                if k != j:
                    X[k].add(i)


def build(columns, rows):
    X = {c: set() for c in columns}
    for r, cols in rows.items():
        for c in cols:
            X[c].add(r)
    return X


def pentomino_rows(w, h, names):
    rows = {}
    for name in names:
        for k, shape in enumerate(orientations(PENTOMINOES[name])):
            sw = max(x for x, _ in shape) + 1
            sh = max(y for _, y in shape) + 1
            for ox in range(w - sw + 1):
                for oy in range(h - sh + 1):
                    rows[(name, k, ox, oy)] = [name] + [(x + ox, y + oy) for x, y in shape]
    return rows


def main():
    w = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    latin = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    h = 60 // w if w in (10, 12, 15, 20) else 3
    names = sorted(PENTOMINOES)
    if w * h != 60:
        names = names[: (w * h) // 5]
    rows = pentomino_rows(w, h, names)
    columns = list(names) + [(x, y) for x in range(w) for y in range(h)]
    X = build(columns, rows)
    found = 0
    first = None
    for sol in solve(X, rows, [], limit):
        found += 1
        if first is None:
            first = sol
        if found >= limit:
            break
    print("board %dx%d pieces %d rows %d solutions(first %d) %d" % (w, h, len(names), len(rows), limit, found))
    if first:
        grid = [["."] * w for _ in range(h)]
        for key in first:
            for x, y in rows[key][1:]:
                grid[y][x] = key[0]
        for line in grid:
            print("".join(line))
    # Latin squares of order n with the first row fixed: rows (r, c, v)
    n = latin
    lrows = {}
    for r in range(n):
        for c in range(n):
            for v in range(n):
                if r == 0 and v != c:
                    continue
                lrows[(r, c, v)] = [("rc", r, c), ("rv", r, v), ("cv", c, v)]
    lcols = [(t, a, b) for t in ("rc", "rv", "cv") for a in range(n) for b in range(n)]
    LX = build(lcols, lrows)
    count = 0
    check = 0
    for sol in solve(LX, lrows, [], 0):
        count += 1
        sq = sorted(sol)
        check = (check * 3 + sum(v * (r + 1) * (c + 2) for r, c, v in sq)) % 1000003
    print("latin %d with fixed first row: %d checksum %d" % (n, count, check))


main()

# Cellular automata on lists of lists, the way a hobbyist writes them:
# Wireworld (electron heads and tails running along conductor loops with
# diodes), Langton's ant on a wrapping grid of 0/1 cells, Brian's Brain
# with an explicit neighbour-count loop, and the 1-D elementary rule 110
# and rule 30 with the rule number decoded to a dict of triples.  Each
# generation builds a fresh grid by list comprehension or copy.
# Parameters: grid size (default 48), generations (default 120), seed (default 9).
import sys

EMPTY, HEAD, TAIL, WIRE = 0, 1, 2, 3


def neighbours8(grid, r, c, value):
    h = len(grid)
    w = len(grid[0])
    n = 0
    for dr in (-1, 0, 1):
        row = grid[(r + dr) % h]
        for dc in (-1, 0, 1):
            if (dr or dc) and row[(c + dc) % w] == value:
                n += 1
    return n


def wireworld_step(grid):
    new = []
    for r, row in enumerate(grid):
        out = []
        for c, cell in enumerate(row):
            if cell == HEAD:
                out.append(TAIL)
            elif cell == TAIL:
                out.append(WIRE)
            elif cell == WIRE:
                k = neighbours8(grid, r, c, HEAD)
                out.append(HEAD if k in (1, 2) else WIRE)
            else:
                out.append(EMPTY)
        new.append(out)
    return new


def make_wireworld(size, seed):
    grid = [[EMPTY] * size for _ in range(size)]
    x = seed
    for k in range(size // 6):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        top = 1 + (x >> 4) % (size - 8)
        left = 1 + (x >> 12) % (size - 8)
        side = 4 + (x >> 20) % 4
        for i in range(side):
            grid[top][left + i] = WIRE
            grid[top + side - 1][left + i] = WIRE
            grid[top + i][left] = WIRE
            grid[top + i][left + side - 1] = WIRE
        grid[top][left + 1] = HEAD
        grid[top][left] = TAIL
    return grid


def langton(size, steps):
    grid = [[0] * size for _ in range(size)]
    r = c = size // 2
    d = 0
    moves = ((-1, 0), (0, 1), (1, 0), (0, -1))
    for _ in range(steps):
        if grid[r][c] == 0:
            d = (d + 1) % 4
            grid[r][c] = 1
        else:
            d = (d - 1) % 4
            grid[r][c] = 0
        dr, dc = moves[d]
        r = (r + dr) % size
        c = (c + dc) % size
    return grid, (r, c, d)


def brians_brain(grid):
    h = len(grid)
    w = len(grid[0])
    new = [row[:] for row in grid]
    for r in range(h):
        for c in range(w):
            s = grid[r][c]
            if s == 1:
                new[r][c] = 2
            elif s == 2:
                new[r][c] = 0
            elif neighbours8(grid, r, c, 1) == 2:
                new[r][c] = 1
    return new


def elementary(rule, width, gens):
    table = {}
    for i in range(8):
        table[((i >> 2) & 1, (i >> 1) & 1, i & 1)] = (rule >> i) & 1
    row = [0] * width
    row[width // 2] = 1
    history = [row]
    for _ in range(gens):
        row = [table[(row[i - 1], row[i], row[(i + 1) % width])] for i in range(width)]
        history.append(row)
    return history


def render(grid, chars):
    return ["".join(chars[v] for v in row) for row in grid]


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 48
    gens = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 9
    grid = make_wireworld(size, seed)
    heads = []
    for _ in range(gens):
        grid = wireworld_step(grid)
        heads.append(sum(row.count(HEAD) for row in grid))
    print("wireworld heads first", heads[:6], "total", sum(heads))
    for line in render(grid[:6], " @~#")[:6]:
        print(line[:48].rstrip() or "(blank)")

    ant, state = langton(size, gens * 100)
    print("langton black", sum(map(sum, ant)), "ant at", state)

    x = seed
    brain = []
    for r in range(size):
        row = []
        for c in range(size):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 if (x >> 16) % 5 == 0 else 0)
        brain.append(row)
    alive = []
    for _ in range(gens // 2):
        brain = brians_brain(brain)
        alive.append(sum(row.count(1) for row in brain))
    print("brain alive", alive[:5], "last", alive[-1], "max", max(alive))

    for rule in (30, 110, 90):
        hist = elementary(rule, size * 2, gens)
        ones = sum(sum(r) for r in hist)
        print("rule %3d ones %6d last %s" % (rule, ones, "".join(".#"[v] for v in hist[-1][:40])))


main()

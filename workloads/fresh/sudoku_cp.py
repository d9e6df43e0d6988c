# A constraint puzzle solver: Sudoku by constraint propagation over dicts
# of candidate strings and sets of peers, then depth-first search on the
# square with fewest candidates (Norvig's approach; the hexiom benchmark's
# kind of work: small containers copied and pruned many times).
import sys

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITLIST = ([cross(ROWS, c) for c in COLS] +
            [cross(r, COLS) for r in ROWS] +
            [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


def assign(values, s, d):
    for d2 in values[s].replace(d, ""):
        eliminate(values, s, d2)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    left = values[s]
    if not left:
        raise Contradiction(s)
    if len(left) == 1:
        d2 = left
        for s2 in PEERS[s]:
            eliminate(values, s2, d2)
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            raise Contradiction(d)
        if len(places) == 1:
            assign(values, places[0], d)


def parse(grid):
    values = {s: DIGITS for s in SQUARES}
    for s, d in zip(SQUARES, grid):
        if d in DIGITS:
            assign(values, s, d)
    return values


def search(values, stats):
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    stats[0] += 1
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        attempt = values.copy()
        try:
            assign(attempt, s, d)
        except Contradiction:
            stats[1] += 1
            continue
        result = search(attempt, stats)
        if result is not None:
            return result
    return None


def make_puzzle(solution, rng_state, holes):
    cells = list(solution)
    order = list(range(81))
    for i in range(80, 0, -1):
        rng_state = (rng_state * 1103515245 + 12345) & 0x7FFFFFFF
        j = rng_state % (i + 1)
        order[i], order[j] = order[j], order[i]
    for k in order[:holes]:
        cells[k] = "."
    return "".join(cells), rng_state


BASE = ("4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    stats = [0, 0]
    first = search(parse(BASE), stats)
    solution = "".join(first[s] for s in SQUARES)
    print("base", solution[:27])
    rng = 7
    checksum = 0
    for i in range(n):
        puzzle, rng = make_puzzle(solution, rng, 50 + i % 12)
        solved = search(parse(puzzle), stats)
        grid = "".join(solved[s] for s in SQUARES)
        checksum = (checksum * 31 + sum(int(c) * (k + 1) for k, c in enumerate(grid[:18]))) % 1000003
    print("puzzles", n, "searches", stats[0], "dead ends", stats[1])
    print("checksum", checksum)


main()

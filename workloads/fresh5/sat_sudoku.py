# A small CDCL-free SAT solver (DPLL with two-watched-literal unit
# propagation, a trail with decision levels, chronological backtracking and
# a most-occurrences branching heuristic) used on CNF encodings of Sudoku
# puzzles (cell/row/column/box constraints, pairwise at-most-one clauses),
# N-queens and graph colouring of random graphs.  Every model is checked
# against the original clauses and decoded back into a grid.
# Parameters: number of sudoku puzzles (default 4), queens size (default 10),
# colouring graphs (default 6).
import sys
import random


class Solver:
    def __init__(self, nvars, clauses):
        self.nvars = nvars
        self.clauses = [list(c) for c in clauses]
        self.assign = [0] * (nvars + 1)        # 0 unknown, 1 true, -1 false
        self.level = [0] * (nvars + 1)
        self.trail = []
        self.trail_lim = []
        self.watches = {}
        self.units = []
        self.decisions = 0
        self.propagations = 0
        self.conflicts = 0
        score = [0] * (nvars + 1)
        for lit in range(-nvars, nvars + 1):
            if lit:
                self.watches[lit] = []
        for idx, c in enumerate(self.clauses):
            for lit in c:
                score[abs(lit)] += 1
            if len(c) == 1:
                self.units.append(c[0])
            else:
                self.watches[c[0]].append(idx)
                self.watches[c[1]].append(idx)
        self.order = sorted(range(1, nvars + 1), key=lambda v: (-score[v], v))

    def value(self, lit):
        v = self.assign[abs(lit)]
        return v if lit > 0 else -v

    def enqueue(self, lit):
        val = self.value(lit)
        if val == -1:
            return False
        if val == 0:
            self.assign[abs(lit)] = 1 if lit > 0 else -1
            self.level[abs(lit)] = len(self.trail_lim)
            self.trail.append(lit)
        return True

    def propagate(self, head):
        clauses = self.clauses
        while head < len(self.trail):
            lit = self.trail[head]
            head += 1
            false_lit = -lit
            watching = self.watches[false_lit]
            keep = []
            i = 0
            n = len(watching)
            while i < n:
                ci = watching[i]
                i += 1
                c = clauses[ci]
                if c[0] == false_lit:
                    c[0], c[1] = c[1], c[0]
                if self.value(c[0]) == 1:
                    keep.append(ci)
                    continue
                found = False
                for k in range(2, len(c)):
                    if self.value(c[k]) != -1:
                        c[1], c[k] = c[k], c[1]
                        self.watches[c[1]].append(ci)
                        found = True
                        break
                if found:
                    continue
                keep.append(ci)
                self.propagations += 1
                if not self.enqueue(c[0]):
                    keep.extend(watching[i:])
                    self.watches[false_lit] = keep
                    return False, head
            self.watches[false_lit] = keep
        return True, head

    def backtrack(self, lvl):
        while len(self.trail_lim) > lvl:
            start = self.trail_lim.pop()
            while len(self.trail) > start:
                lit = self.trail.pop()
                self.assign[abs(lit)] = 0

    def pick(self):
        for v in self.order:
            if self.assign[v] == 0:
                return v
        return 0

    def solve(self, limit=200000):
        for u in self.units:
            if not self.enqueue(u):
                return None
        ok, head = self.propagate(0)
        if not ok:
            return None
        # stack of (decision var, tried both?)
        stack = []
        while True:
            v = self.pick()
            if v == 0:
                return [self.assign[i] == 1 for i in range(self.nvars + 1)]
            self.decisions += 1
            if self.decisions > limit:
                return None
            self.trail_lim.append(len(self.trail))
            stack.append((v, False))
            self.enqueue(v)
            ok, head = self.propagate(len(self.trail) - 1)
            while not ok:
                self.conflicts += 1
                while stack and stack[-1][1]:
                    stack.pop()
                    self.backtrack(len(stack))
                if not stack:
                    return None
                var, _ = stack.pop()
                self.backtrack(len(stack))
                self.trail_lim.append(len(self.trail))
                stack.append((var, True))
                self.enqueue(-var)
                ok, head = self.propagate(len(self.trail) - 1)


def check_model(clauses, model):
    for c in clauses:
        if not any(model[lit] if lit > 0 else not model[-lit] for lit in c):
            return False
    return True


def at_most_one(lits):
    out = []
    for i in range(len(lits)):
        for j in range(i + 1, len(lits)):
            out.append([-lits[i], -lits[j]])
    return out


def sudoku_var(r, c, d):
    return r * 81 + c * 9 + d + 1


def sudoku_cnf(grid):
    clauses = []
    for r in range(9):
        for c in range(9):
            cell = [sudoku_var(r, c, d) for d in range(9)]
            clauses.append(cell)
            clauses.extend(at_most_one(cell))
    for d in range(9):
        for r in range(9):
            row = [sudoku_var(r, c, d) for c in range(9)]
            clauses.append(row)
            clauses.extend(at_most_one(row))
        for c in range(9):
            col = [sudoku_var(r, c, d) for r in range(9)]
            clauses.append(col)
            clauses.extend(at_most_one(col))
        for br in range(3):
            for bc in range(3):
                box = [sudoku_var(br * 3 + i, bc * 3 + j, d) for i in range(3) for j in range(3)]
                clauses.append(box)
                clauses.extend(at_most_one(box))
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch != ".":
                clauses.append([sudoku_var(r, c, int(ch) - 1)])
    return 729, clauses


def decode_sudoku(model):
    rows = []
    for r in range(9):
        row = ""
        for c in range(9):
            for d in range(9):
                if model[sudoku_var(r, c, d)]:
                    row += str(d + 1)
        rows.append(row)
    return rows


def valid_sudoku(rows):
    full = set("123456789")
    for i in range(9):
        if set(rows[i]) != full or set(r[i] for r in rows) != full:
            return False
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            if set(rows[br + i][bc + j] for i in range(3) for j in range(3)) != full:
                return False
    return True


PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
]


def queens_cnf(n):
    var = lambda r, c: r * n + c + 1
    clauses = []
    for r in range(n):
        row = [var(r, c) for c in range(n)]
        clauses.append(row)
        clauses.extend(at_most_one(row))
    for c in range(n):
        clauses.extend(at_most_one([var(r, c) for r in range(n)]))
    for s in range(-n + 1, n):
        diag = [var(r, r - s) for r in range(n) if 0 <= r - s < n]
        clauses.extend(at_most_one(diag))
    for s in range(2 * n - 1):
        anti = [var(r, s - r) for r in range(n) if 0 <= s - r < n]
        clauses.extend(at_most_one(anti))
    return n * n, clauses


def colouring_cnf(nodes, edges, k):
    var = lambda v, col: v * k + col + 1
    clauses = []
    for v in range(nodes):
        lits = [var(v, c) for c in range(k)]
        clauses.append(lits)
        clauses.extend(at_most_one(lits))
    for a, b in edges:
        for c in range(k):
            clauses.append([-var(a, c), -var(b, c)])
    return nodes * k, clauses


def main():
    npuzzles = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    nq = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    ngraphs = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    for i in range(npuzzles):
        grid = [PUZZLES[i % len(PUZZLES)][r * 9:(r + 1) * 9] for r in range(9)]
        nvars, clauses = sudoku_cnf(grid)
        s = Solver(nvars, clauses)
        model = s.solve()
        if model is None:
            print(f"sudoku {i}: unsolved")
            continue
        rows = decode_sudoku(model)
        ok = check_model(clauses, model) and valid_sudoku(rows)
        print(f"sudoku {i}: {rows[0]} ... {rows[8]} valid={ok} "
              f"decisions={s.decisions} conflicts={s.conflicts}")
    for n in range(4, nq + 1):
        nvars, clauses = queens_cnf(n)
        s = Solver(nvars, clauses)
        model = s.solve()
        if model is None:
            print(f"queens {n}: none")
            continue
        cols = [c for r in range(n) for c in range(n) if model[r * n + c + 1]]
        print(f"queens {n}: {cols} ok={check_model(clauses, model)} decisions={s.decisions}")
    rng = random.Random(99)
    for g in range(ngraphs):
        nodes = 30 + 5 * g
        edges = set()
        while len(edges) < nodes * 2:
            a, b = rng.randrange(nodes), rng.randrange(nodes)
            if a != b:
                edges.add((min(a, b), max(a, b)))
        edges = sorted(edges)
        for k in range(2, 6):
            nvars, clauses = colouring_cnf(nodes, edges, k)
            s = Solver(nvars, clauses)
            model = s.solve(limit=20000)
            if model is not None:
                colours = [next(c for c in range(k) if model[v * k + c + 1]) for v in range(nodes)]
                good = all(colours[a] != colours[b] for a, b in edges)
                print(f"graph {g} ({nodes} nodes, {len(edges)} edges): {k} colours, proper={good}, "
                      f"use={[colours.count(c) for c in range(k)]}")
                break
        else:
            print(f"graph {g}: not coloured with 5")


main()

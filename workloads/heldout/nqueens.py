# N-queens by generators and sets: every solution of an n x n board found
# by a recursive generator that keeps the attacked columns and diagonals
# in sets, and a second search over permutations filtered by a generator
# expression.  Generator frames, set add/remove/membership, yield from.
import sys


def place(n, row, cols, diag1, diag2, board):
    if row == n:
        yield tuple(board)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        board.append(c)
        yield from place(n, row + 1, cols, diag1, diag2, board)
        board.pop()
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.insert(0, items[i])
            yield p


def by_permutation(n):
    cols = range(n)
    return [tuple(vec) for vec in permutations(list(cols))
            if n == len(set(vec[i] + i for i in cols))
            == len(set(vec[i] - i for i in cols))]


def main(n):
    total = 0
    firsts = []
    for r in range(n):
        for size in range(4, 9 + r % 2):
            sols = list(place(size, 0, set(), set(), set(), []))
            total += len(sols)
            firsts.append(sols[0] if sols else None)
            if r == n - 1:
                print(size, len(sols), sols[-1] if sols else "-")
        perm = by_permutation(6 + r % 2)
    print("perm", len(perm), perm[:2])
    print("total", total, sum(len(f) for f in firsts if f))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)

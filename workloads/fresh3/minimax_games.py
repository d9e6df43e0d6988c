# Game-tree search: tic-tac-toe solved by plain minimax over tuples,
# connect-four on a small board by alpha-beta with a transposition table
# keyed on the board tuple, and Nim positions classified by memoised
# recursion over sorted tuples of heap sizes.
import sys

LINES3 = ((0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6))


def winner3(b):
    for i, j, k in LINES3:
        if b[i] and b[i] == b[j] == b[k]:
            return b[i]
    return 0


def minimax3(b, player, stats):
    stats[0] += 1
    w = winner3(b)
    if w:
        return w
    if 0 not in b:
        return 0
    best = -2 * player
    for i in range(9):
        if b[i] == 0:
            nb = b[:i] + (player,) + b[i + 1:]
            v = minimax3(nb, -player, stats)
            if player == 1 and v > best or player == -1 and v < best:
                best = v
                if best == player:
                    break
    return best


class Connect:
    def __init__(self, w, h, need):
        self.w, self.h, self.need = w, h, need
        self.table = {}
        self.nodes = 0

    def moves(self, cols):
        order = sorted(range(self.w), key=lambda c: abs(c - self.w // 2))
        return [c for c in order if len(cols[c]) < self.h]

    def wins(self, cols, c, p):
        r = len(cols[c]) - 1
        for dc, dr in ((1, 0), (0, 1), (1, 1), (1, -1)):
            run = 1
            for sgn in (1, -1):
                cc, rr = c + dc * sgn, r + dr * sgn
                while 0 <= cc < self.w and 0 <= rr < len(cols[cc]) and cols[cc][rr] == p:
                    run += 1
                    cc += dc * sgn
                    rr += dr * sgn
            if run >= self.need:
                return True
        return False

    def search(self, cols, p, depth, alpha, beta):
        self.nodes += 1
        key = (tuple(tuple(c) for c in cols), p, depth)
        hit = self.table.get(key)
        if hit is not None:
            return hit
        ms = self.moves(cols)
        if not ms or depth == 0:
            return 0
        best = -100
        for c in ms:
            cols[c].append(p)
            if self.wins(cols, c, p):
                v = 50 + depth
            else:
                v = -self.search(cols, -p, depth - 1, -beta, -alpha)
            cols[c].pop()
            if v > best:
                best = v
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        self.table[key] = best
        return best


def nim(heaps, memo):
    key = tuple(sorted(h for h in heaps if h))
    if key in memo:
        return memo[key]
    win = False
    for i, h in enumerate(key):
        for take in range(1, h + 1):
            nxt = key[:i] + (h - take,) + key[i + 1:]
            if not nim(nxt, memo):
                win = True
                break
        if win:
            break
    memo[key] = win
    return win


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    stats = [0]
    v = minimax3((0,) * 9, 1, stats)
    opens = [minimax3((0,) * i + (1,) + (0,) * (8 - i), -1, stats) for i in range(9)]
    print("tictactoe", v, opens, stats[0])
    g = Connect(5, 4, 3)
    vals = []
    for d in range(2, n + 1):
        g.table.clear()
        vals.append(g.search([[] for _ in range(5)], 1, d, -1000, 1000))
    print("connect", vals, g.nodes)
    memo = {}
    wins = 0
    for a in range(1, n + 1):
        for b in range(a, n + 1):
            for c in range(b, n + 4):
                if nim((a, b, c), memo):
                    wins += 1
                    if (a ^ b ^ c) == 0:
                        print("nim disagrees", a, b, c)
    print("nim", wins, len(memo))
    print("checksum", (stats[0] * 7 + g.nodes * 3 + wins + sum(vals)) % 1000003)


main()

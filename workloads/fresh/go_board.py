# A small board game search: random playouts of Go on a 9x9 board with
# capture by flood fill, liberties, a ko-free move generator, and a
# one-ply Monte-Carlo move choice (in the manner of pyperformance's go).
import sys

EMPTY, BLACK, WHITE = 0, 1, 2
SIZE = 9


class Rng:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.s >> 33) % n


NEIGHBOURS = []
for _pos in range(SIZE * SIZE):
    _r, _c = divmod(_pos, SIZE)
    _ns = []
    if _r > 0:
        _ns.append(_pos - SIZE)
    if _r < SIZE - 1:
        _ns.append(_pos + SIZE)
    if _c > 0:
        _ns.append(_pos - 1)
    if _c < SIZE - 1:
        _ns.append(_pos + 1)
    NEIGHBOURS.append(tuple(_ns))


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.captured = {BLACK: 0, WHITE: 0}

    def copy(self):
        b = Board()
        b.cells = self.cells[:]
        b.captured = dict(self.captured)
        return b

    def group(self, pos):
        colour = self.cells[pos]
        stones = {pos}
        libs = set()
        stack = [pos]
        while stack:
            p = stack.pop()
            for q in NEIGHBOURS[p]:
                v = self.cells[q]
                if v == EMPTY:
                    libs.add(q)
                elif v == colour and q not in stones:
                    stones.add(q)
                    stack.append(q)
        return stones, libs

    def legal(self, pos, colour):
        if self.cells[pos] != EMPTY:
            return False
        for q in NEIGHBOURS[pos]:
            if self.cells[q] == EMPTY:
                return True
        # no empty neighbour: legal if it captures or joins a group with liberties
        self.cells[pos] = colour
        try:
            stones, libs = self.group(pos)
            if libs:
                return True
            other = 3 - colour
            for q in NEIGHBOURS[pos]:
                if self.cells[q] == other:
                    s2, l2 = self.group(q)
                    if not l2:
                        return True
            return False
        finally:
            self.cells[pos] = EMPTY

    def play(self, pos, colour):
        self.cells[pos] = colour
        other = 3 - colour
        for q in NEIGHBOURS[pos]:
            if self.cells[q] == other:
                stones, libs = self.group(q)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    self.captured[colour] += len(stones)

    def eye_like(self, pos, colour):
        return all(self.cells[q] == colour for q in NEIGHBOURS[pos])

    def score(self):
        counts = {BLACK: 0, WHITE: 0}
        for pos, v in enumerate(self.cells):
            if v != EMPTY:
                counts[v] += 1
            else:
                owners = {self.cells[q] for q in NEIGHBOURS[pos]} - {EMPTY}
                if len(owners) == 1:
                    counts[owners.pop()] += 1
        return counts[BLACK] - counts[WHITE] - 6.5


def playout(board, colour, rng, max_moves):
    passes = 0
    moves = 0
    while passes < 2 and moves < max_moves:
        empties = [p for p, v in enumerate(board.cells) if v == EMPTY]
        played = False
        tries = 0
        while empties and tries < 6:
            i = rng.below(len(empties))
            pos = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            tries += 1
            if not board.eye_like(pos, colour) and board.legal(pos, colour):
                board.play(pos, colour)
                played = True
                break
        passes = 0 if played else passes + 1
        colour = 3 - colour
        moves += 1
    return board.score()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200
    rng = Rng(2024)
    board = Board()
    colour = BLACK
    history = []
    games = 0
    wins = 0
    turns = 12 if n >= 96 else max(2, n // 8)
    for turn in range(turns):
        candidates = [p for p in range(SIZE * SIZE) if board.legal(p, colour)][:8]
        best, best_val = None, None
        for pos in candidates:
            total = 0.0
            for _ in range(max(1, n // 96)):
                b = board.copy()
                b.play(pos, colour)
                s = playout(b, 3 - colour, rng, 120)
                games += 1
                if (s > 0) == (colour == BLACK):
                    wins += 1
                total += s if colour == BLACK else -s
            if best_val is None or total > best_val:
                best, best_val = pos, total
        if best is None:
            history.append("pass")
        else:
            board.play(best, colour)
            history.append("%s%d" % ("abcdefghj"[best % SIZE], best // SIZE + 1))
        colour = 3 - colour
    print("moves", " ".join(history))
    print("games", games, "wins", wins)
    print("captured", board.captured[BLACK], board.captured[WHITE])
    print("score %.1f" % board.score())


main()

# closure_cycles.py -- closures that make reference cycles through cells.
#
# Stresses: function and cell objects as GC containers; cycles that only a
#   cycle collector reclaims: a recursive inner function (function ->
#   closure tuple -> cell -> function) and an object whose attribute is a
#   closure over the object itself (object -> dict -> function -> cell ->
#   object).
# Parameters: argv[1] iterations (default 100000), argv[2] window of
#   closures kept alive (default 64), argv[3] seed.
# Heap shape: a sliding window of recently made closure/object pairs; each
#   iteration makes one self-recursive closure, one object with a bound
#   callback closure over itself and a small accumulator closure over a list.
# Output: one checksum line from the closures' results.
import sys

class Widget:
    def __init__(self, n):
        self.n = n
        self.callback = None

def make_recursive(limit):
    def walk(i):
        if i >= limit:
            return 0
        return i + walk(i + 1)
    return walk

def make_widget(n):
    w = Widget(n)
    def on_event(x):
        return w.n * x
    w.callback = on_event
    return w

def make_accumulator(start):
    state = [start]
    def add(x):
        state[0] = state[0] + x
        return state[0]
    return add

def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    window_len = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 11
    window = [None] * window_len
    checksum = 0
    for i in range(iterations):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        walk = make_recursive(seed % 6)
        w = make_widget(seed % 97)
        acc = make_accumulator(i % 13)
        value = walk(0) + w.callback(3) + acc(seed % 5) + acc(1)
        window[i % window_len] = (walk, w, acc)
        checksum = (checksum * 17 + value) & 0xffffffff
        walk = None
        w = None
        acc = None
    survivors = 0
    for entry in window:
        if entry is not None:
            survivors = survivors + entry[1].callback(1) + entry[2](0)
    print(f"closure_cycles iterations {iterations} checksum {checksum} window {survivors}")

main()

# gen0_churn.py -- workloads/cycle_churn.py's gen-0 collections alone, for
# counting the instructions of one gen-0 collection (callgrind), the same
# program on gclab and on CPython.
#
# Thresholds are (700, 10**9, 10**9): generation 0 is collected
# automatically exactly as in cycle_churn (700 net container allocations),
# generations 1 and 2 never, so that every collection the count sees is a
# gen-0 collection of the churn's young objects (the long-lived heap sits
# in generation 2 and is not traversed by them).  The heap is built with
# collection off and moved to generation 2 by one gc.collect(): run with
# 0 families for that fixed part, and subtract (the program freezes
# everything at its end, so the collection at exit costs the same).
# Parameters: argv[1] families (default 60000), argv[2] long-lived records
#   (default 20000), argv[3] children per family (default 3), argv[4] seed.
# Output: the collections of each generation made during the churn
#   (gc.get_stats() differences: gen-0 count, 0, 0 expected) and a
#   checksum line (values only, as cycle_churn's).
import gc
import sys


class Parent:
    def __init__(self, ident):
        self.ident = ident
        self.children = []


class Child:
    def __init__(self, parent, value):
        self.parent = parent
        self.value = value
        parent.children.append(self)


class Record:
    def __init__(self, key, value):
        self.key = key
        self.attrs = {"value": value, "tag": "r" + str(key % 10)}
        self.history = [value]


def main():
    families = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    long_lived = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    kids = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    gc.disable()
    gc.set_threshold(700, 1000000000, 1000000000)
    heap = []
    for i in range(long_lived):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        heap.append(Record(i, seed % 1000))
    gc.collect()
    gc.enable()
    before = [s["collections"] for s in gc.get_stats()]
    window = [None] * 16
    checksum = 0
    for i in range(families):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        p = Parent(i)
        for k in range(kids):
            Child(p, (seed >> k) & 255)
        window[i % 16] = p
        total = 0
        for c in p.children:
            total = total + c.value + c.parent.ident % 7
        checksum = (checksum * 31 + total) & 0xffffffff
        if i % 50 == 0:
            r = heap[seed % long_lived]
            r.history.append(total)
            r.attrs["value"] = r.attrs["value"] + 1
        p = None
    after = [s["collections"] for s in gc.get_stats()]
    print("collections", " ".join(str(a - b) for a, b in zip(after, before)))
    print(f"gen0_churn families {families} checksum {checksum}")
    # The survivors of the gen-0 collections (the window's families, garbage
    # by now) sit in generation 1: frozen, the collection at exit does not
    # examine them, and the run's only variable part is the gen-0
    # collections.
    gc.freeze()


main()

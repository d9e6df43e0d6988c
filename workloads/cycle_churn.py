# cycle_churn.py -- small reference cycles created and dropped next to a
# long-lived heap.
#
# Stresses: the cycle collector's young-generation work (every dropped
#   family is garbage only a cycle collector can free: refcounting alone
#   leaks it) while a large long-lived structure must be traversed or
#   skipped by generational collection.
# Parameters: argv[1] families (default 180000), argv[2] long-lived nodes
#   (default 50000), argv[3] children per family (default 3), argv[4] seed.
# Heap shape: a long-lived list of small records (each a node with a dict
#   and a list); per iteration one Parent with a list of Child objects, each
#   child pointing back to its parent (1 + 2*k objects in one cycle), kept in
#   a sliding window of 16 families, then dropped.
# Output: one checksum line computed from values only (independent of when
#   garbage is reclaimed).
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
    families = int(sys.argv[1]) if len(sys.argv) > 1 else 180000
    long_lived = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
    kids = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    heap = []
    for i in range(long_lived):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        heap.append(Record(i, seed % 1000))
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
    window = None
    live = 0
    for r in heap:
        live = (live + r.attrs["value"] + len(r.history)) & 0xffffffff
    print(f"cycle_churn families {families} checksum {checksum} heap {live}")

main()

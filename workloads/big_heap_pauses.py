# big_heap_pauses.py -- a big heap of long-lived objects with steady churn:
# the workload where an incremental collector should shorten pauses.
#
# Stresses: the longest pause.  A full collection of a generational
#   collector scans every live object at once (about 45-60 ns per object on
#   CPython 3.11-3.13, so hundreds of ms at 1e7 objects); an incremental one
#   scans the old generation a slice per young collection.  PEP 848 claims
#   pauses up to 100x shorter on large heaps.
# Parameters: argv[1] long-lived objects (default 200000; 1e6-1e7 for the
#   pause experiments), argv[2] churn steps (default 200000), argv[3] cyclic
#   garbage pairs per step (1), argv[4] seed (13).
# Heap shape: `objects` slotted Cells in lists of 1000 (the chunks, held by
#   one list), each Cell pointing at a random earlier Cell (old-to-old
#   edges across the whole heap).  Per churn step one random Cell is replaced
#   by a new one pointing at a random live Cell (the old one dies, or lives
#   on while another Cell still points at it), and `pairs` two-Cell cycles
#   are made and dropped (garbage only a cycle collector frees).
# Output: one checksum line computed from values only (independent of when
#   garbage is reclaimed).
import sys

CHUNK = 1000


class Cell:
    __slots__ = ("value", "link")

    def __init__(self, value, link):
        self.value = value
        self.link = link


def main():
    objects = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    pairs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 13
    chunks = []
    chunk = []
    first = Cell(0, None)
    last = first
    for i in range(objects):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        if len(chunk) == CHUNK:
            chunks.append(chunk)
            chunk = []
        if len(chunks) > 0 and seed % 4 != 0:
            other = chunks[(seed >> 8) % len(chunks)][(seed >> 4) % CHUNK]
        else:
            other = last
        last = Cell(seed & 1023, other)
        chunk.append(last)
    chunks.append(chunk)
    nchunks = len(chunks)
    checksum = 0
    for i in range(steps):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        c = chunks[seed % nchunks]
        k = (seed >> 8) % len(c)
        other = chunks[(seed >> 4) % nchunks]
        other = other[(seed >> 12) % len(other)]
        c[k] = Cell((seed >> 3) & 1023, other)
        checksum = (checksum + other.value + k) & 0xffffffff
        for p in range(pairs):
            a = Cell(p, None)
            b = Cell(i & 7, a)
            a.link = b
        a = None
        b = None
    total = 0
    linked = 0
    for c in chunks:
        for cell in c:
            total = total + cell.value
            linked = linked + cell.link.value
    print(f"big_heap_pauses objects {objects} steps {steps} checksum {checksum} heap {total & 0xffffffff} linked {linked & 0xffffffff}")


main()

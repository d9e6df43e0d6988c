# gc_collect.py -- pyperformance-style "gc_collect": rings of objects,
# gc.collect() timed.
#
# Stresses: a full collection over many unreachable rings (each ring is a
#   cycle of instances linked by attribute), i.e. the cost of finding and
#   freeing cyclic garbage, plus collections over a live set of rings.
# Parameters: argv[1] rings (default 1000), argv[2] ring length (default 50),
#   argv[3] rounds (default 12), argv[4] print timings (1; default 0: the
#   output must stay deterministic, timings are not).
# Heap shape: per round, rings-many rings of ring-length Link objects (each
#   with .next and a value), half of them kept in a live list and half
#   dropped, then gc.collect(); the live half is dropped before the next
#   round's collection.
# Output: one checksum line from the ring values (independent of collector).
import sys
import gc
import time

class Link:
    def __init__(self, value):
        self.value = value
        self.next = None

def make_ring(length, base):
    first = Link(base)
    prev = first
    for i in range(1, length):
        node = Link(base + i)
        prev.next = node
        prev = node
    prev.next = first
    return first

def ring_sum(first):
    total = first.value
    node = first.next
    while node is not first:
        total = total + node.value
        node = node.next
    return total

def main():
    rings = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    length = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    show = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    gc.disable()
    checksum = 0
    total_ns = 0
    for r in range(rounds):
        live = []
        for i in range(rings):
            ring = make_ring(length, i + r)
            if i % 2 == 0:
                live.append(ring)
            checksum = (checksum + ring_sum(ring)) & 0xffffffff
            ring = None
        t0 = time.perf_counter_ns()
        gc.collect()
        t1 = time.perf_counter_ns()
        total_ns = total_ns + (t1 - t0)
        for ring in live:
            checksum = (checksum * 3 + ring.next.value) & 0xffffffff
        live = None
        ring = None
    gc.enable()
    print(f"gc_collect rings {rings} length {length} rounds {rounds} checksum {checksum}")
    if show:
        print(f"collect time per round: {total_ns // rounds} ns")

main()

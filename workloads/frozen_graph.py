# frozen_graph.py -- a large long-lived graph and a small mutating working set.
#
# Stresses: repeated full traversals of a big old heap that never becomes
#   garbage (what gc.freeze() is for), against a small young working set
#   that churns; edge updates store young pointers into old objects.
# Parameters: argv[1] graph nodes (default 100000), argv[2] steps (default
#   200000), argv[3] freeze flag (1: call gc.freeze() after building the
#   graph; default 0), argv[4] seed, argv[5] a full gc.collect() every this
#   many steps (default 25000; 0: none), as a server that collects between
#   requests does.  Without them CPython's long-lived rule runs almost no
#   full collection after the build, and freezing would have nothing to
#   save; with them each full collection scans the whole old graph unless
#   it is frozen.
# Heap shape: nodes-many GNode instances, each with an edge list of 3 random
#   other nodes and a dict of two attributes (lots of old containers); a
#   working set of 256 temporary Task objects with small lists, replaced
#   continuously; one in 64 steps rewires an edge of an old node.
# Output: one checksum line from traversals of the graph and the tasks.
import sys
import gc

class GNode:
    def __init__(self, ident):
        self.ident = ident
        self.edges = []
        self.meta = {"weight": ident % 17, "visits": 0}

class Task:
    def __init__(self, node, payload):
        self.node = node
        self.payload = [payload, payload + 1, payload + 2]

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    freeze = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    collect_every = int(sys.argv[5]) if len(sys.argv) > 5 else 25000
    nodes = [GNode(i) for i in range(n)]
    for node in nodes:
        for k in range(3):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            node.edges.append(nodes[seed % n])
    if freeze:
        gc.freeze()
    work = [None] * 256
    checksum = 0
    for s in range(steps):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        node = nodes[seed % n]
        t = Task(node, s & 1023)
        work[s & 255] = t
        nxt = node.edges[s % 3]
        nxt.meta["visits"] = nxt.meta["visits"] + 1
        checksum = (checksum + nxt.ident + t.payload[2] + node.meta["weight"]) & 0xffffffff
        if s % 64 == 0:
            node.edges[(s >> 6) % 3] = nodes[(seed >> 8) % n]
        if collect_every and s % collect_every == collect_every - 1:
            gc.collect()
    visits = 0
    for node in nodes:
        visits = visits + node.meta["visits"]
    pending = 0
    for t in work:
        if t is not None:
            pending = pending + t.node.ident % 10
    if freeze:
        gc.unfreeze()
    print(f"frozen_graph nodes {n} steps {steps} visits {visits} pending {pending} checksum {checksum}")

main()

# gc_traversal.py -- deep nested lists, full collections.
#
# Stresses: the traversal of a large live heap made only of lists nested
#   deeply (pyperformance's gc_traversal uses a tree of nodes; here the
#   nodes are lists, so the work is pure container traversal), with a full
#   gc.collect() repeated while nothing is garbage.
# Parameters: argv[1] depth (default 16), argv[2] fan-out (default 2),
#   argv[3] full collections (default 40), argv[4] chain length (default
#   2000).
# Heap shape: a complete tree of lists of the given depth and fan-out (each
#   inner list holds its children and an int), plus one linked chain of
#   chain-length nested 1-element lists (depth stresses recursion-free
#   marking); all of it live during every collection.
# Output: one checksum line from a count over the tree and the chain.
import sys
import gc

def build(depth, fanout):
    if depth == 0:
        return [0]
    node = [depth]
    for i in range(fanout):
        node.append(build(depth - 1, fanout))
    return node

def count(node):
    total = 1
    for i in range(1, len(node)):
        total = total + count(node[i])
    return total

def main():
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    fanout = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    collections = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    chain_len = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
    tree = build(depth, fanout)
    chain = [None]
    for i in range(chain_len):
        chain = [chain]
    for i in range(collections):
        gc.collect()
    links = 0
    c = chain
    while c[0] is not None:
        c = c[0]
        links = links + 1
    print(f"gc_traversal nodes {count(tree)} chain {links} collections {collections}")

main()

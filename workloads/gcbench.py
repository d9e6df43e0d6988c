# gcbench.py -- Boehm's GCBench (after Ellis, Kovac and Boehm), in the subset.
#
# Stresses: allocation of many small two-field objects; a long-lived binary
#   tree and a long-lived array that stay reachable the whole run while short-
#   lived trees of growing depth are built top-down (fill in an existing
#   node: old-to-young pointer stores) and bottom-up (children first).
# Parameters: argv[1] max depth (default 15), argv[2] min depth (default 4),
#   argv[3] array size (default 250000).
# Heap shape: a stretch tree of depth max+1 (dropped), then a permanent tree
#   of depth max and a list of array-size floats; each round allocates
#   2 * 2**(max-depth) trees of 2**(depth+1)-1 nodes, each dropped at once.
# Output: one line per depth and a final checksum line (node counts and an
#   array value), identical on every interpreter and collector.
import sys

class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right
        self.i = 0
        self.j = 0

def tree_size(depth):
    return (1 << (depth + 1)) - 1

def num_iters(depth, max_depth):
    return 2 * tree_size(max_depth) // tree_size(depth)

def populate(depth, node):
    # top-down: the parent exists (and may be old) before its children
    if depth <= 0:
        return
    depth = depth - 1
    node.left = Node()
    node.right = Node()
    populate(depth, node.left)
    populate(depth, node.right)

def make_tree(depth):
    # bottom-up: children are allocated before their parent
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))

def count(node):
    if node is None:
        return 0
    return 1 + count(node.left) + count(node.right)

def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    min_depth = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    array_size = int(sys.argv[3]) if len(sys.argv) > 3 else 250000
    checksum = 0
    stretch = make_tree(max_depth + 1)
    checksum = checksum + count(stretch)
    print(f"stretch tree of depth {max_depth + 1}: {count(stretch)} nodes")
    stretch = None
    long_lived = Node()
    populate(max_depth, long_lived)
    array = [0.0] * array_size
    for i in range(array_size // 2):
        array[i] = 1.0 / (i + 1)
    depth = min_depth
    while depth <= max_depth:
        iters = num_iters(depth, max_depth)
        built = 0
        for i in range(iters):
            t = Node()
            populate(depth, t)
            built = built + 1
            t = None
        for i in range(iters):
            t = make_tree(depth)
            built = built + 1
            t = None
        checksum = checksum + built * tree_size(depth)
        print(f"depth {depth}: {iters} top-down and {iters} bottom-up trees of {tree_size(depth)} nodes")
        depth = depth + 2
    live = count(long_lived)
    checksum = checksum + live + array_size
    print(f"checksum {checksum} long-lived {live} array {array[array_size // 4]}")

main()

# binary_trees.py -- the benchmarks game "binary-trees", in the subset.
#
# Stresses: allocation and freeing of huge numbers of tiny tuples (tree
#   nodes are 2-tuples, leaves are (None, None)), deep recursion, one
#   long-lived tree kept across all rounds.
# Parameters: argv[1] max depth (default 14; min depth is 4).
# Heap shape: one stretch tree of depth max+1 (dropped), one long-lived tree
#   of depth max, then for depth 4, 6, ... max: 2**(max-depth+4) trees of
#   that depth, each built, checked and dropped.
# Output: the benchmark's lines and a checksum line.
import sys

def make(depth):
    if depth == 0:
        return (None, None)
    depth = depth - 1
    return (make(depth), make(depth))

def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)

def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    checksum = 0
    stretch = max_depth + 1
    c = check(make(stretch))
    checksum = checksum + c
    print(f"stretch tree of depth {stretch} check: {c}")
    long_lived = make(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total = total + check(make(depth))
        checksum = checksum + total
        print(f"{iterations} trees of depth {depth} check: {total}")
        depth = depth + 2
    c = check(long_lived)
    checksum = checksum + c
    print(f"long lived tree of depth {max_depth} check: {c}")
    print(f"checksum {checksum}")

main()

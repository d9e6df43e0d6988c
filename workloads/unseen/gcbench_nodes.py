# GCBench in the style of Boehm's benchmark: class-based binary tree nodes
# built top-down (populate an empty node) and bottom-up (make_tree), a
# long-lived tree and a long-lived array of floats kept through the run.
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
    if depth <= 0:
        return
    depth -= 1
    node.left = Node()
    node.right = Node()
    populate(depth, node.left)
    populate(depth, node.right)


def make_tree(depth):
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    n = 0
    stack = [node]
    while stack:
        x = stack.pop()
        n += 1
        if x.left is not None:
            stack.append(x.left)
            stack.append(x.right)
    return n


def time_construction(depth, max_depth):
    iters = num_iters(depth, max_depth)
    total = 0
    for _ in range(iters):
        root = Node()
        populate(depth, root)
        total += count(root)
    for _ in range(iters):
        root = make_tree(depth)
        total += count(root)
    return iters, total


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    min_depth = 4
    long_lived = Node()
    populate(max_depth, long_lived)
    array = [0.0] * (1 << max_depth)
    for i in range(len(array) // 2):
        array[i] = 1.0 / (i + 1)
    checksum = 0
    for d in range(min_depth, max_depth + 1, 2):
        iters, total = time_construction(d, max_depth)
        print("depth", d, "iterations", iters, "nodes", total)
        checksum = (checksum * 31 + total) % 1000000007
    print("long-lived nodes", count(long_lived))
    print("array", round(sum(array[:1000]), 6))
    print("checksum", checksum)


main()

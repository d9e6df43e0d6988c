# GCBench (Boehm, Ellis, Kovac, Demers) in Python: build complete binary
# trees top-down and bottom-up while a long-lived tree and a big float
# array stay alive.
import sys


class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right
        self.i = 0
        self.j = 0


def tree_size(depth):
    return (1 << (depth + 1)) - 1


def num_iters(depth, stretch):
    return 2 * tree_size(stretch) // tree_size(depth)


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


def time_construction(depth, stretch):
    iters = num_iters(depth, stretch)
    built = 0
    for _ in range(iters):
        root = Node()
        populate(depth, root)
        built += 1
    td = count(root)
    for _ in range(iters):
        root = make_tree(depth)
        built += 1
    bu = count(root)
    print(f"depth {depth}: {iters} top-down and bottom-up trees, sizes {td} {bu}")
    return built


def main(stretch):
    min_depth = 4
    long_depth = stretch - 2
    array_size = 50000 * stretch
    print(f"stretching memory with a binary tree of depth {stretch}")
    print("stretch tree nodes:", count(make_tree(stretch)))
    long_lived = Node()
    populate(long_depth, long_lived)
    array = [0.0] * array_size
    for i in range(array_size // 2):
        array[i] = 1.0 / (i + 1)
    total = 0
    for d in range(min_depth, stretch - 1, 2):
        total += time_construction(d, stretch)
    if array[1000] != 1.0 / 1001:
        print("failed")
    print("trees built:", total, "long-lived nodes:", count(long_lived))
    print(f"array checksum: {sum(array):.6f}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)

# Objects created in reference cycles and dropped: parent/child links,
# doubly linked rings, self-references, closures that see themselves.
import sys


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []

    def add(self, child):
        self.children.append(child)
        child.parent = self


class Child:
    def __init__(self, value):
        self.value = value
        self.parent = None


class Ring:
    __slots__ = ("prev", "next", "payload")

    def __init__(self, payload):
        self.payload = payload
        self.prev = self
        self.next = self

    def insert_after(self, other):
        other.prev = self
        other.next = self.next
        self.next.prev = other
        self.next = other


def family(k):
    p = Parent(f"p{k}")
    for i in range(k % 7 + 1):
        p.add(Child(i * k))
    return sum(c.value for c in p.children) + len(p.name)


def ring(k):
    head = Ring(k)
    for i in range(k % 5 + 2):
        head.insert_after(Ring(i))
    total = 0
    node = head.next
    while node is not head:
        total += node.payload
        node = node.next
    return total


def self_ref(k):
    d = {"k": k}
    d["me"] = d
    lst = [k, k + 1]
    lst.append(lst)
    return d["me"]["k"] + len(lst)


def counter(k):
    def step():
        state[0] += 1
        return step
    state = [k]
    step()()
    return state[0]


def main(n):
    total = 0
    for k in range(n):
        total += family(k)
        total += ring(k)
        total += self_ref(k)
        total += counter(k)
    print("rounds", n, "checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60000)

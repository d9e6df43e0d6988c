import gc
import weakref
gc.disable()
freed = []
class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
        self.prev = None
    def __del__(self):
        freed.append(self.val)
class DList:
    def __init__(self):
        self.head = self.tail = None
        self.size = 0
    def push(self, v):
        n = Node(v)
        if self.tail is None:
            self.head = self.tail = n
        else:
            n.prev = self.tail
            self.tail.next = n
            self.tail = n
        self.size += 1
        return n
    def remove(self, n):
        if n.prev: n.prev.next = n.next
        else: self.head = n.next
        if n.next: n.next.prev = n.prev
        else: self.tail = n.prev
        n.prev = n.next = None
        self.size -= 1
    def values(self):
        out, cur = [], self.head
        while cur:
            out.append(cur.val)
            cur = cur.next
        return out
dl = DList()
nodes = [dl.push(i) for i in range(6)]
watch = [weakref.ref(n) for n in nodes]
print(dl.values(), dl.size)
dl.remove(nodes[2])
del nodes
print(dl.values(), freed)
dl.head = dl.tail = None
print(freed, sum(1 for w in watch if w() is None))
n = gc.collect()
print(n, sorted(freed), sum(1 for w in watch if w() is None))
freed.clear()
dl2 = DList()
for i in range(100):
    dl2.push(i)
dl2.self = dl2
r = weakref.ref(dl2)
del dl2
print(r() is not None, len(freed))
print(gc.collect() >= 200, len(freed), r())
gc.enable()

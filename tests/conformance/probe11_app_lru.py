# An LRU cache class built on a dict plus a doubly linked list, with stats.
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n); self._push(n)
        return n.value
    def put(self, key, value):
        if key in self.map:
            n = self.map[key]; n.value = value
            self._unlink(n); self._push(n)
            return None
        n = Node(key, value)
        self.map[key] = n
        self._push(n)
        if len(self.map) > self.capacity:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            return old.key
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key); n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map
    def __repr__(self):
        return "LRU(%d/%d: %s)" % (len(self), self.capacity, ", ".join(map(str, self.keys())))

c = LRU(3)
for k in "abcadbefag":
    if c.get(k) is None:
        ev = c.put(k, ord(k))
        print(f"miss {k} evicted={ev}")
    else:
        print(f"hit  {k}")
print(c, len(c), "a" in c, "z" in c)
print("hits=%d misses=%d ratio=%.3f" % (c.hits, c.misses, c.hits / (c.hits + c.misses)))
try:
    Node(1, 2).extra = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Node.__slots__, sorted(k for k in dir(Node) if not k.startswith("__")))

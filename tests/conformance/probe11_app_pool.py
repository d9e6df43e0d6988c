# An object pool that recycles objects by resurrecting them in __del__.
import gc

class Pool:
    def __init__(self):
        self.free = []
        self.created = 0
        self.recycled = 0
    def get(self, data):
        if self.free:
            obj = self.free.pop()
            obj.data = data
            obj.recycled = True
            return obj
        self.created += 1
        return Conn(self, self.created, data)

class Conn:
    def __init__(self, pool, ident, data):
        self.pool, self.ident, self.data = pool, ident, data
        self.recycled = False
    def __del__(self):
        if self.pool is not None and len(self.pool.free) < 2:
            self.pool.recycled += 1
            print(f"  recycle conn{self.ident} ({self.data})")
            self.pool.free.append(self)
        else:
            print(f"  drop conn{self.ident} ({self.data})")
    def __repr__(self):
        return f"conn{self.ident}[{self.data}{'*' if self.recycled else ''}]"

pool = Pool()
a = pool.get("a")
b = pool.get("b")
c = pool.get("c")
print(a, b, c)
del a
del b
del c
print("free:", pool.free)
d = pool.get("d")
e = pool.get("e")
f = pool.get("f")
print(d, e, f, "created", pool.created)
# __del__ runs only once per object (PEP 442): recycled objects die for real
del d
del e
print("free:", pool.free)
del f
print("free:", pool.free, "recycled", pool.recycled)
g = pool.get("g")
h = pool.get("h")
print(g, h)
g.cycle = g
del g
print("collect:", gc.collect())
print("free:", pool.free)
pool.free.clear()
print("cleared")
print(gc.is_finalized(h))
h.pool = None
del h
print("end")

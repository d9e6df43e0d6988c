# Hash structures written by hand: a Bloom filter over a bytearray with
# double hashing (FNV-1a and a multiplicative hash of the key's bytes), an
# open-addressing hash table in parallel Python lists with linear probing,
# tombstones and resizing, and a consistent-hashing ring of virtual nodes
# searched with bisect, rebalanced as servers join and leave.
import bisect
import sys


def fnv(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def mult(data):
    h = 5381
    for b in data:
        h = (h * 33 + b) & 0xFFFFFFFF
    return h


class Bloom:
    def __init__(self, bits, k):
        self.bits = bits
        self.k = k
        self.arr = bytearray((bits + 7) // 8)

    def _idx(self, key):
        d = key.encode()
        a, b = fnv(d), mult(d) | 1
        return [(a + i * b) % self.bits for i in range(self.k)]

    def add(self, key):
        for i in self._idx(key):
            self.arr[i >> 3] |= 1 << (i & 7)

    def __contains__(self, key):
        for i in self._idx(key):
            if not self.arr[i >> 3] & (1 << (i & 7)):
                return False
        return True


_TOMB = object()


class OpenTable:
    def __init__(self):
        self.keys = [None] * 8
        self.vals = [None] * 8
        self.used = 0
        self.probes = 0

    def _slot(self, key):
        mask = len(self.keys) - 1
        i = fnv(key.encode()) & mask
        tomb = -1
        while True:
            k = self.keys[i]
            if k is None:
                return i if tomb < 0 else tomb, False
            if k is _TOMB:
                if tomb < 0:
                    tomb = i
            elif k == key:
                return i, True
            self.probes += 1
            i = (i + 1) & mask

    def put(self, key, val):
        if (self.used + 1) * 3 >= len(self.keys) * 2:
            self._grow()
        i, found = self._slot(key)
        if not found:
            self.used += 1
        self.keys[i] = key
        self.vals[i] = val

    def get(self, key, default=None):
        i, found = self._slot(key)
        return self.vals[i] if found else default

    def delete(self, key):
        i, found = self._slot(key)
        if found:
            self.keys[i] = _TOMB
            self.vals[i] = None
        return found

    def _grow(self):
        old = list(zip(self.keys, self.vals))
        self.keys = [None] * (len(self.keys) * 2)
        self.vals = [None] * len(self.keys)
        self.used = 0
        for k, v in old:
            if k is not None and k is not _TOMB:
                i, _ = self._slot(k)
                self.keys[i] = k
                self.vals[i] = v
                self.used += 1


class Ring:
    def __init__(self, vnodes):
        self.vnodes = vnodes
        self.points = []
        self.owner = {}

    def join(self, name):
        for v in range(self.vnodes):
            p = fnv(("%s#%d" % (name, v)).encode())
            bisect.insort(self.points, p)
            self.owner[p] = name

    def leave(self, name):
        keep = [p for p in self.points if self.owner[p] != name]
        for p in self.points:
            if self.owner[p] == name:
                del self.owner[p]
        self.points = keep

    def lookup(self, key):
        h = mult(key.encode())
        i = bisect.bisect(self.points, h)
        return self.owner[self.points[i % len(self.points)]]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    keys = ["user:%d:%x" % (i, (i * 2654435761) & 0xFFFF) for i in range(n)]
    bloom = Bloom(n * 10, 5)
    table = OpenTable()
    for i, k in enumerate(keys):
        if i % 2 == 0:
            bloom.add(k)
            table.put(k, i)
    fp = sum(1 for i, k in enumerate(keys) if i % 2 and k in bloom)
    missing = sum(1 for i, k in enumerate(keys) if i % 2 == 0 and k not in bloom)
    for k in keys[::6]:
        table.delete(k)
    s = 0
    for i, k in enumerate(keys[::3]):
        v = table.get(k, -1)
        s = (s * 31 + v) % 1000000007
    print("bloom fp", fp, "missing", missing, "table used", table.used, len(table.keys))
    print("probes", table.probes, "sum", s)
    ring = Ring(40)
    for name in ("alpha", "beta", "gamma", "delta", "eps"):
        ring.join(name)
    before = [ring.lookup(k) for k in keys[: n // 4]]
    ring.leave("gamma")
    ring.join("zeta")
    after = [ring.lookup(k) for k in keys[: n // 4]]
    moved = sum(1 for a, b in zip(before, after) if a != b)
    load = {}
    for o in after:
        load[o] = load.get(o, 0) + 1
    print("moved", moved, sorted(load.items()))
    print("checksum", (s + moved * 7 + fp) % 1000003)


main()

# An LRU cache on collections.OrderedDict (move_to_end, popitem(last=False))
# fronting a slow "backend", a second cache keyed by tuples, and a
# functools.lru_cache-decorated recursive function for comparison.
import sys
from collections import OrderedDict
from functools import lru_cache


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def get(self, key, compute):
        try:
            value = self.data[key]
        except KeyError:
            self.misses += 1
            value = compute(key)
            self.data[key] = value
            if len(self.data) > self.capacity:
                self.data.popitem(last=False)
                self.evictions += 1
            return value
        self.hits += 1
        self.data.move_to_end(key)
        return value


def backend(key):
    # some work to make a value: a small list derived from the key
    if isinstance(key, tuple):
        a, b = key
        return [a * b, a + b, a - b]
    return [key % 7, key % 11, str(key)]


@lru_cache(maxsize=512)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return (paths(r - 1, c) + paths(r, c - 1)) % 1000000007


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    cache = LRU(256)
    s = 1
    acc = 0
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        # skewed keys: mostly a hot set, sometimes a cold key
        key = (s >> 8) % 200 if s % 4 else (s >> 8) % 5000
        v = cache.get(key, backend)
        acc = (acc + v[0] + v[1]) % 1000003
    print("int keys", cache.hits, cache.misses, cache.evictions, acc)
    print("recent", list(cache.data)[-5:])
    tcache = LRU(100)
    for i in range(n // 2):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        key = ((s >> 4) % 30, (s >> 12) % 12)
        v = tcache.get(key, backend)
        acc = (acc + v[2]) % 1000003
    print("tuple keys", tcache.hits, tcache.misses, tcache.evictions, acc)
    od = OrderedDict((k, k * k) for k in range(20))
    od.move_to_end(3)
    od.move_to_end(15, last=False)
    print(list(od.items())[:4], next(reversed(od)))
    total = 0
    for k in range(n // 500 + 1):
        total = (total + paths(k % 60, (k * 7) % 60)) % 1000000007
    info = paths.cache_info()
    print("paths", total, info.hits > 0, info.currsize)


main()

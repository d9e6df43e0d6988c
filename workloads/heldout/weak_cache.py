# A cache of computed objects held through a weakref.WeakValueDictionary:
# entries vanish once nobody holds the value; a small strong LRU keeps the
# recent ones alive.
import sys
import weakref


class Shape:
    def __init__(self, key):
        self.key = key
        a, b = key
        self.area = a * b
        self.label = f"{a}x{b}"

    def scaled(self, k):
        return self.area * k


class Cache:
    def __init__(self, keep):
        self.weak = weakref.WeakValueDictionary()
        self.strong = []
        self.keep = keep
        self.hits = 0
        self.misses = 0

    def get(self, key):
        obj = self.weak.get(key)
        if obj is None:
            self.misses += 1
            obj = Shape(key)
            self.weak[key] = obj
        else:
            self.hits += 1
        self.strong.append(obj)
        if len(self.strong) > self.keep:
            del self.strong[0]
        return obj


def main(n):
    cache = Cache(64)
    total = 0
    x = 7
    for i in range(n):
        x = (x * 75 + 74) % 65537
        key = (x % 37, (x >> 6) % 23)
        total += cache.get(key).scaled(i % 3 + 1)
    print("hits", cache.hits, "misses", cache.misses, "total", total)
    print("live", len(cache.weak) >= 0, "kept", len(cache.strong))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 250000)

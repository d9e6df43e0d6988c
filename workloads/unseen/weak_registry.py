# A weak cache: expensive values interned through a WeakValueDictionary,
# with a small strong LRU list keeping the recent ones alive; evicted
# values die when their last strong reference goes.
import sys
import weakref


class Glyph:
    __slots__ = ("code", "shape", "__weakref__")

    def __init__(self, code):
        self.code = code
        self.shape = [(code * k) % 97 for k in range(12)]


class Registry:
    def __init__(self, keep):
        self.cache = weakref.WeakValueDictionary()
        self.recent = []
        self.keep = keep
        self.made = 0

    def get(self, code):
        g = self.cache.get(code)
        if g is None:
            g = Glyph(code)
            self.cache[code] = g
            self.made += 1
        self.recent.append(g)
        if len(self.recent) > self.keep:
            self.recent.pop(0)
        return g


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    reg = Registry(256)
    checksum = 0
    x = 1
    for i in range(n):
        x = (x * 48271) % 2147483647
        code = x % 256 if i % 3 else x % 4096
        g = reg.get(code)
        checksum = (checksum + g.shape[i % 12]) % 1000003
    print("lookups", n, "made", reg.made)
    print("checksum", checksum)


main()

# __del__ resurrecting into a registry; finalization runs once; refcounts.
import gc
import sys

registry = []


class Phoenix:
    deaths = 0

    def __init__(self, n):
        self.n = n

    def __del__(self):
        Phoenix.deaths += 1
        print('del', self.n, 'finalized?', gc.is_finalized(self))
        if self.n % 2 == 0:
            registry.append(self)


p = Phoenix(2)
print(gc.is_finalized(p))
del p
print('registry', [x.n for x in registry], Phoenix.deaths)
back = registry.pop()
print(gc.is_finalized(back), sys.getrefcount(back) - sys.getrefcount(object()) + 0 >= 0)
del back
print('second del silent', Phoenix.deaths)
q = Phoenix(3)
del q
print(Phoenix.deaths, len(registry))
a, b = Phoenix(4), Phoenix(5)
a.other, b.other = b, a
del a, b
print('collected', gc.collect() > 0)
print(sorted(x.n for x in registry), Phoenix.deaths)
survivor = registry[0]
print(survivor.other.n, gc.is_finalized(survivor), gc.is_finalized(survivor.other))
registry.clear()
del survivor
print('cleared', gc.collect(), Phoenix.deaths)

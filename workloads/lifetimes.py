# lifetimes.py -- a mix of short- and long-lived objects with a tunable
# survival rate (the generational hypothesis, dialled up or down).
#
# Stresses: promotion. At a low survival rate almost everything dies young
#   (generational collectors shine); at a high rate most allocations are
#   promoted into a pool that keeps replacing its own members, so old
#   objects die too (old-generation garbage, write barriers on the pool).
# Parameters: argv[1] allocations (default 300000), argv[2] survival rate in
#   percent (default 10), argv[3] pool size (default 20000), argv[4] seed.
# Heap shape: a pool (list) of pool-size slots holding small objects, each
#   an instance with a list payload of 1-8 ints and a link to an older pool
#   member (so survivors form chains); everything else is a short-lived
#   temporary of the same shape dropped at once.
# Output: one checksum line from the pool's values.
import sys

class Obj:
    def __init__(self, ident, size, link):
        self.ident = ident
        self.payload = [ident & 255] * size
        self.link = link

def main():
    allocations = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    survival = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    pool_size = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    pool = [None] * pool_size
    survivors = 0
    scratch = 0
    for i in range(allocations):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        slot = seed % pool_size
        o = Obj(i, 1 + (seed >> 8) % 8, pool[slot])
        if (seed >> 16) % 100 < survival:
            # survives: replaces a pool member (which may die now, old)
            pool[(slot * 7 + 3) % pool_size] = o
            survivors = survivors + 1
            if o.link is not None:
                o.link = o.link.link   # keep chains short: drop a hop
        else:
            scratch = (scratch + len(o.payload) + o.payload[0]) & 0xffffffff
        o = None
    checksum = 0
    for o in pool:
        if o is not None:
            checksum = (checksum * 33 + o.ident + len(o.payload)) & 0xffffffff
            if o.link is not None:
                checksum = (checksum + o.link.ident) & 0xffffffff
    print(f"lifetimes survival {survival}% survivors {survivors} scratch {scratch} checksum {checksum}")

main()

# weakref_cache.py -- a weakref-based cache under churn, with finalizers.
#
# Stresses: weak reference creation, clearing and callbacks
#   (WeakValueDictionary), weakref.finalize registration and firing, and a
#   bounded strong "recently used" list that decides what stays alive.
# Parameters: argv[1] lookups (default 150000), argv[2] key space (default
#   5000), argv[3] strong list length (default 500), argv[4] seed.
# Heap shape: a WeakValueDictionary of up to key-space entries whose values
#   (Entry objects holding a list of ints) are kept alive only by a ring of
#   recently used entries; every entry has a finalize callback counting it.
# Output: one checksum line built only from values that do not depend on
#   when dead entries are reclaimed (hit rates do, so they are not printed).
import sys
import weakref
import gc

class Entry:
    def __init__(self, key):
        self.key = key
        self.data = [key * 3 + i for i in range(4)]
    def value(self):
        return self.data[0] + self.data[3]

finalized = [0]

def on_final(key):
    finalized[0] = finalized[0] + 1

def main():
    lookups = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    keys = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    strong_len = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 99
    cache = weakref.WeakValueDictionary()
    recent = [None] * strong_len
    created = 0
    total = 0
    for i in range(lookups):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        # skewed keys: half the lookups hit a small hot set
        if seed & 1:
            key = (seed >> 4) % (keys // 20 + 1)
        else:
            key = (seed >> 4) % keys
        e = cache.get(key)
        if e is None:
            e = Entry(key)
            weakref.finalize(e, on_final, key)
            cache[key] = e
            created = created + 1
        recent[i % strong_len] = e
        total = (total + e.value()) & 0xffffffff
        e = None
    recent = None
    gc.collect()
    # the checksum first; then what the collector found (a conservative
    # collector may keep some entries: workloads/EXCUSED)
    print(f"weakref_cache lookups {lookups} value-sum {total}")
    print(f"weakref_cache all-finalized {finalized[0] == created} live {len(cache)}")

main()

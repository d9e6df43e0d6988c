# lru_cache.py -- a page cache in front of a slow store, the way services
# cache: functools.lru_cache on a pure function and a hand-made LRU on an
# OrderedDict (move_to_end on a hit, popitem(last=False) to evict).
#
# Stresses: long-lived cached objects that die in LRU order (evictions free
#   whole payloads: a list of ints and a str per page), dict subclasses and
#   OrderedDict reordering, closures and tuples made per call by
#   lru_cache, a bounded cache next to an unbounded one (the classic
#   retention source: every distinct key stays alive).
# Parameters: argv[1] requests (default 60000), argv[2] cache capacity
#   (default 2000), argv[3] key space (default 20000), argv[4] seed (default 1).
# Heap shape: an OrderedDict of up to `capacity` Page objects (list of 8
#   ints, a str), an lru_cache(maxsize=512) of derived tuples, an unbounded
#   lru_cache of small ints for the hottest keys.
# Output: one checksum line from values only (hit counts depend on the
#   request sequence, never on when garbage is reclaimed).
import sys
import random
from collections import OrderedDict
from functools import lru_cache

requests = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
capacity = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
keyspace = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1


class Page:
    def __init__(self, key):
        self.key = key
        self.words = [(key * 31 + i * 7) % 1009 for i in range(8)]
        self.title = 'page-%d' % key


class PageCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.pages = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key):
        page = self.pages.get(key)
        if page is not None:
            self.hits += 1
            self.pages.move_to_end(key)
            return page
        self.misses += 1
        page = Page(key)
        self.pages[key] = page
        if len(self.pages) > self.capacity:
            self.pages.popitem(last=False)
        return page


@lru_cache(maxsize=512)
def summary(key):
    return (key % 97, sum([(key >> s) & 15 for s in range(0, 20, 4)]), 'k%d' % (key % 1000))


@lru_cache(maxsize=None)
def weight(bucket):
    return bucket * bucket % 101 + 1


random.seed(seed)
cache = PageCache(capacity)
checksum = 0
for i in range(requests):
    # a skewed key: most requests go to a hot set
    if random.random() < 0.8:
        key = random.randrange(keyspace // 20)
    else:
        key = random.randrange(keyspace)
    page = cache.get(key)
    s = summary(key // 3)
    checksum = (checksum * 31 + page.words[i % 8] + s[0] + s[1] + len(page.title)
                + weight(key % 64)) % 1000000007
info = summary.cache_info()
print('lru_cache', requests, capacity, keyspace, cache.hits, cache.misses, len(cache.pages),
      info.hits, info.misses, info.currsize, weight.cache_info().currsize, checksum)

# heapq's C functions (_heapq: heappush, heappop, heapreplace,
# heappushpop) as CPython 3.11's: positions of items after each call
# (the sift order, ties included), tuples and custom __lt__, argument
# errors, a comparison that raises, a list changed during a comparison,
# list subclasses.
import heapq
import random

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

rng = random.Random(5)
h = []
for i in range(40):
    heapq.heappush(h, rng.randrange(20))
print(h)
print([heapq.heappop(h) for i in range(10)], h)
print(heapq.heapreplace(h, 7), h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 30), h)
print(heapq.heappushpop([], 5), heapq.heappop([9]))

# ties: the right child wins a tie on the way down, as CPython's
class K:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return '%d%s' % (self.k, self.tag)
h = []
for i, k in enumerate([3, 1, 1, 2, 1, 3, 2, 1, 2]):
    heapq.heappush(h, K(k, 'abcdefghi'[i]))
print(h)
print([heapq.heappop(h) for i in range(4)], h)

# events as tuples: time, sequence, payload
ev = []
for i in range(30):
    heapq.heappush(ev, (rng.random() // 0.1, i, 'e%d' % i))
out = []
while ev:
    t, s, name = heapq.heappop(ev)
    out.append(name)
    if s % 7 == 0 and s < 20:
        heapq.heappush(ev, (t + 1, s + 100, name + 'x'))
print(out)

# errors
err(heapq.heappush, [])
err(heapq.heappush, (), 1)
err(heapq.heappop, [])
err(heapq.heappop, [1], 2)
err(heapq.heapreplace, [], 1)
err(heapq.heappushpop, 5, 1)
err(heapq.heappush, [1, 2], 'x')
err(heapq.heappush, [], 1, x=2)

class Bad:
    def __lt__(self, other):
        raise ValueError('no order')
h = [1, 2, 3]
err(heapq.heappush, h, Bad())
print(len(h))

# a comparison that changes the list
class Grow:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.append(0)
        return True
h = [0, 0, 0]
err(heapq.heappush, h, Grow(h))
h = [Grow(None) for i in range(3)]
for g in h:
    g.heap = h
err(heapq.heappop, h)

class L(list):
    pass
h = L()
for v in [5, 3, 8, 1]:
    heapq.heappush(h, v)
print(type(h).__name__, h, heapq.heappop(h), h)

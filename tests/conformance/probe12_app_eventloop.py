import heapq
import itertools
from functools import total_ordering

@total_ordering
class Task:
    counter = itertools.count()
    def __init__(self, when, name, gen):
        self.when = when
        self.seq = next(Task.counter)
        self.name = name
        self.gen = gen
    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)
    def __eq__(self, other):
        return (self.when, self.seq) == (other.when, other.seq)
    def __repr__(self):
        return f"Task({self.name}@{self.when})"

def worker(name, n, delay):
    total = 0
    for i in range(n):
        got = yield delay
        total += got or 0
        print(f"  {name} step {i} got {got}")
    return total * 10

queue = []
clock = 0
for name, n, d in [("a", 3, 2), ("b", 2, 3), ("c", 1, 1)]:
    g = worker(name, n, d)
    heapq.heappush(queue, Task(0, name, g))
results = {}
while queue:
    t = heapq.heappop(queue)
    clock = t.when
    try:
        delay = t.gen.send(None if t.seq < 3 else clock)
    except StopIteration as si:
        results[t.name] = si.value
        print(f"t={clock} {t.name} done -> {si.value}")
        continue
    heapq.heappush(queue, Task(clock + delay, t.name, t.gen))
print(results)
print(Task(1, "x", None) >= Task(1, "y", None), Task(0, "z", None) <= Task(2, "w", None))
print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3], [0])))
h = [3, 1, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

import heapq, bisect
recs = [("b", 2), ("a", 5), ("c", 1), ("d", 5), ("e", 3)]
keys = sorted(recs, key=lambda r: r[1])
print(bisect.bisect_left(keys, 3, key=lambda r: r[1]), bisect.bisect_right(keys, 5, key=lambda r: r[1]), bisect.bisect(keys, 0, key=lambda r: r[1]))
bisect.insort(keys, ("z", 4), key=lambda r: r[1])
bisect.insort_left(keys, ("y", 5), key=lambda r: r[1])
print(keys)
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 9, hi=3))
for args in [(a, 1, -1), (a, 1, 0, -5)]:
    try:
        print(bisect.bisect_left(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    bisect.bisect_left(a, "x")
except TypeError as e:
    print("TypeError", e)
h = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(h, v)
print(h, heapq.nsmallest(3, h), heapq.nlargest(3, h), heapq.nsmallest(2, recs, key=lambda r: r[1]), heapq.nlargest(2, recs, key=lambda r: r[1]))
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
h2 = [9, 8, 7, 6, 5, 4]
heapq.heapify(h2)
print(h2, list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc"], key=len)), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(1, []))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush([], 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappush([1, "a"] and [1], "a")
except TypeError as e:
    print("TypeError", e)
class Task:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
tasks = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, Task(p, n))
print([heapq.heappop(tasks).name for _ in range(4)])

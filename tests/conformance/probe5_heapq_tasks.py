import heapq
import bisect

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        print("  cmp %s<%s" % (self.name, other.name))
        return self.prio < other.prio
    def __repr__(self):
        return "T(%d,%s)" % (self.prio, self.name)

heap = []
for p, n in [(5, "e"), (1, "a"), (3, "c"), (2, "b")]:
    heapq.heappush(heap, Task(p, n))
print(heap)
print(heapq.heappop(heap), heap)
print(heapq.heappushpop(heap, Task(0, "z")), heapq.heapreplace(heap, Task(9, "y")), heap)
pq = []
for i, (p, n) in enumerate([(2, "x"), (1, "y"), (2, "w"), (1, "v")]):
    heapq.heappush(pq, (p, i, n))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.nsmallest(3, [9, 4, 7, 1]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["c", "a"], ["b"], key=str, reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([], 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h = [1, "a"]
    heapq.heapify(h)
    heapq.heappush(h, 2)
except TypeError as e:
    print("TypeError:", e)
grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 60, 75, 90, 100]])
arr = [1, 2, 2, 2, 3]
print(bisect.bisect_left(arr, 2), bisect.bisect_right(arr, 2), bisect.bisect_left(arr, 2, 2), bisect.bisect(arr, 0))
bisect.insort(arr, 2)
bisect.insort_left(arr, 0)
print(arr)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)

import heapq
import bisect

h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h)
print(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(e)
print(heapq.nlargest(3, [1, 5, 2, 8, 3]), heapq.nsmallest(2, "hello"), heapq.nlargest(0, [1]), heapq.nsmallest(5, [2, 1]))
print(heapq.nlargest(2, ["aa", "b", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3], [0])))
print(list(heapq.merge([3, 1], [2], reverse=True)), list(heapq.merge(["a", "bb"], ["c"], key=len)))
t = [(2, "b"), (1, "z"), (1, "a")]
heapq.heapify(t)
print(heapq.heappop(t), heapq.heappop(t))
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print(e)
a = [1, 2, 2, 2, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 1), bisect.bisect_right(a, 2, hi=3))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)
r = [("a", 1), ("c", 3)]
bisect.insort(r, ("b", 2), key=lambda t: t[1])
print(r, bisect.bisect_left(r, 2, key=lambda t: t[1]))
print(bisect.bisect_left("abd", "c"), bisect.bisect_right(range(10), 4))

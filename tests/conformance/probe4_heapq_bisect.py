import heapq
import bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3]))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=lambda w: w[-1]))
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect(s, 99))
bisect.insort(s, 4)
bisect.insort_left(s, 3)
print(s)
grades = "FDCBA"
def grade(score, cuts=[60, 70, 80, 90]):
    return grades[bisect.bisect(cuts, score)]
print([grade(x) for x in [33, 60, 75, 89, 90, 100]])
recs = [("a", 1), ("b", 4), ("c", 9)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]), bisect.bisect_right(recs, 9, key=lambda r: r[1]))
print(bisect.bisect_left(s, 3, 3), bisect.bisect_left(s, 3, 0, 1))
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return self.n
jq = []
for j in [Job(5, "e"), Job(1, "a"), Job(3, "c")]:
    heapq.heappush(jq, j)
print(heapq.heappop(jq), jq[0], len(jq))
try:
    heapq.heappush(jq, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    bisect.bisect([1, 2], "a")
except TypeError as e:
    print("TypeError:", e)

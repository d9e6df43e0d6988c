# heapq, bisect and string
import heapq, bisect, string, random
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
random.seed(7)
data = [random.randint(0, 1000) for i in range(200)]
heapq.heapify(data); print(data[:15], [heapq.heappop(data) for i in range(10)])
print(heapq.nlargest(3, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), list(heapq.merge([1, 4], [2, 3])))
tasks = []
for i, name in enumerate(['write', 'read', 'sleep', 'eat']):
    heapq.heappush(tasks, (len(name), i, name))
print([heapq.heappop(tasks)[2] for i in range(4)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9), bisect.bisect(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a, bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace), len(string.printable), string.capwords('hello big world'))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: heapq.heappop([]))
err(lambda: bisect.bisect([], 1, -1))

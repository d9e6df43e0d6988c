import heapq

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("heapify-none", lambda: heapq.heapify())
attempt("heapify-2", lambda: heapq.heapify([], []))
attempt("push-tuple", lambda: heapq.heappush((), 1))
attempt("push-1", lambda: heapq.heappush([]))
attempt("pop-dict", lambda: heapq.heappop({}))
attempt("pushpop-empty", lambda: heapq.heappushpop([], 5))
attempt("nlargest-neg", lambda: heapq.nlargest(-1, [1, 2]))
attempt("nlargest-float", lambda: heapq.nlargest(1.5, [1, 2]))
attempt("nsmallest-key", lambda: heapq.nsmallest(2, [3, 1, 2], key=lambda x: -x))
attempt("nsmallest-1", lambda: heapq.nsmallest(1, [3, 1, 2], key=str))
attempt("nlargest-1", lambda: heapq.nlargest(1, iter([3, 9, 2])))
attempt("nlargest-gen", lambda: heapq.nlargest(2, (x * x for x in range(-3, 3))))
attempt("nlargest-big", lambda: heapq.nlargest(10, [2, 1]))
attempt("nlargest-mixed", lambda: heapq.nlargest(2, [1, "a", 2]))
attempt("merge-key-none", lambda: list(heapq.merge([1, 3], [2], key=None)))
attempt("merge-empty", lambda: list(heapq.merge()))
attempt("merge-int", lambda: list(heapq.merge(1)))
attempt("merge-stable", lambda: list(heapq.merge([(1, "a"), (2, "a")], [(1, "b")], key=lambda t: t[0])))
h = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(h, v)
print(h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 3), h)
class Sub(list):
    pass
s = Sub([3, 2, 1])
heapq.heapify(s)
print(s, type(s).__name__, heapq.heappop(s))

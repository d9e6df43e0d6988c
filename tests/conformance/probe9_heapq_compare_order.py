import heapq
import random

random.seed(3)
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return "K%d" % self.v

def run(label, f):
    log.clear()
    r = f()
    print(label, r if not isinstance(r, list) or len(r) < 8 else len(r), len(log), log[:4])

for n in (0, 1, 2, 7, 40, 2501):
    data = [K(random.randrange(1000)) for _ in range(n)]
    print("n =", n)
    run(" nlargest3", lambda: heapq.nlargest(3, data))
    run(" nsmallest4-iter", lambda: heapq.nsmallest(4, iter(data)))
    run(" nlargest1", lambda: heapq.nlargest(1, data))
    if n < 64:   # sorted(): gclab's merge of long runs has no galloping (docs/conformance.md)
        run(" nsmallest-all", lambda: heapq.nsmallest(n + 1, data))
    run(" nlargest-key", lambda: heapq.nlargest(5, data, key=lambda k: K(k.v % 10)))
    h = list(data)
    run(" heapify", lambda: heapq.heapify(h))
    print(" top", h[:5])
print(heapq.nsmallest(-2, [1]), heapq.nlargest(2, []), heapq.nsmallest(3, "hello"), heapq.nlargest(2, iter("hello")))
try:
    heapq.nlargest(2, [1, "a", 2])
except TypeError as e:
    print(e)

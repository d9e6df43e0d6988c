import sys
print(sys.getrecursionlimit(), sys.maxsize, sys.maxsize == 2**63 - 1)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError", e)
lst = []
for i in range(100):
    lst = [lst]
print(len(repr(lst)), str(lst)[:5])
deep = []
cur = deep
for i in range(2000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    print(len(repr(deep)))
except RecursionError as e:
    print("RecursionError", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(100 < count(0) < 200)
sys.setrecursionlimit(old)
for bad in (0, -5, 1.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit() == old)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion stopped")
d = {}
d["self"] = d
print(d, [d])
t = [1]
t.append(t)
print(t, str(t) == repr(t))

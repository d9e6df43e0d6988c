# tee and pairwise read their input one value at a time, as CPython's do:
# an infinite iterator works, and a side effect of the input shows when
# each value is read.
import itertools

log = []
def source(n):
    for i in range(n):
        log.append(i)
        yield i

a, b = itertools.tee(source(5))
print(log, type(a).__name__, type(a) is type(b))
print(next(a), next(a), log)
print(next(b), log)
print(list(a), log)
print(list(b), list(a))

c = itertools.count()
x, y, z = itertools.tee(c, 3)
print([next(x) for i in range(4)], next(y), next(z), next(c))
t1, t2 = itertools.tee(x)
print(t1 is x, next(t1), next(t2), next(x), next(y))
print(itertools.tee([1, 2], 0), len(itertools.tee("ab", 1)))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print("ValueError:", e)

log.clear()
p = itertools.pairwise(source(4))
print(log, type(p).__name__)
print(next(p), log)
print(list(p), log, list(p))
print(list(itertools.pairwise([])), list(itertools.pairwise([7])))
pc = itertools.pairwise(itertools.count(10))
print(next(pc), next(pc), iter(pc) is pc)

def broken():
    yield 1
    raise KeyError("input")
a, b = itertools.tee(broken())
print(next(a))
try:
    next(a)
except KeyError as e:
    print("KeyError:", e)
print(next(b))

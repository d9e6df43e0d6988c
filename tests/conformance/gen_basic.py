# Generators: yield, send, StopIteration value, return, generator expressions.
def count(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("sent", got)
        i += 1
    return "finished"

g = count(4)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), g.send("a"), next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted, value:", e.value, e.args)

def returns():
    yield 1
    return [1, 2]

r = returns()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
print(list(returns()), sum(returns()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)

# generator expressions: the first iterable is evaluated at once, the rest lazily
def src(tag):
    print("evaluating", tag)
    return [1, 2, 3]
ge = (x * 10 for x in src("first") if x != 2)
print("created")
print(list(ge), list(ge))
print(sum(x for x in range(100) if x % 3 == 0))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(dict((k, v) for k, v in zip("abc", range(3))))
n = 5
print(list(i * n for i in range(3)))
def closure_gen():
    k = 2
    return (k * j for j in range(4))
print(list(closure_gen()))

# yield as an expression in various positions
def echo():
    total = 0
    while True:
        v = (yield total)
        if v is None:
            return total
        total += v
e = echo()
next(e)
for v in (1, 2, 3):
    print("running total", e.send(v))
try:
    next(e)
except StopIteration as ex:
    print("final", ex.value)

def bare():
    x = yield
    print("bare got", x)
    yield
b = bare()
print(next(b))
print(b.send(5))

def tuples():
    yield 1, 2
    yield (3, 4)
print(list(tuples()))

# iterator protocol
it = iter(count(2))
print(it is iter(it), next(it), it.__next__())
print(next(count(0), "default"))

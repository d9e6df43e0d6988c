# FOR_ITER_PAIR (vm/eval.c): `for a, b in enumerate(...)` / `zip(x, y)`
# stored into two locals without the tuple; the site meets other
# iterators, exhaustion, errors from the inner iterator, strict zip, a
# start past int64, a result tuple held elsewhere, and a repeated name.
import sys


def f(xs):
    out = []
    for i, x in enumerate(xs):
        out.append((i, x))
    for a, b in zip(xs, "abc"):
        out.append(a + b if isinstance(a, str) else (a, b))
    return out


print(f([10, 20, 30]))
print(f((1, 2)))
print(f("xyz"))
print(f([]))


def held():
    e = enumerate("ab")
    t = next(e)
    for i, c in e:
        print(i, c, t)
    z = zip("pq", "rs")
    u = next(z)
    for a, b in z:
        print(a, b, u)
    seen = []
    for i, c in enumerate("xyz"):
        seen.append(i)
    print(seen)


held()


def errors():
    def gen():
        yield 1
        raise ValueError("boom")
    try:
        for i, v in enumerate(gen()):
            print("v", i, v)
    except ValueError as e:
        print("caught", e)
    try:
        for a, b in zip([1, 2], [3], strict=True):
            print(a, b)
    except ValueError as e:
        print("strict", e)
    try:
        for a, b in zip([1], [2], [3]):
            print(a, b)
    except ValueError as e:
        print("three", e)


errors()


def mixed(its):
    for it in its:
        for a, b in it:
            print(a, b, end="; ")
    print()


mixed([enumerate([5, 6]), zip([1], [2]), [(7, 8)], enumerate("q", 3), iter([(0, 0)]),
       enumerate([9]), zip((1, 2), (3, 4))])


def big():
    for i, x in enumerate([1, 2, 3], sys.maxsize - 1):
        print(i, x)


big()


def same_name():
    for i, i in enumerate("ab"):
        print(i)


same_name()


def mutate():
    xs = [1, 2, 3, 4]
    for i, x in enumerate(xs):
        if i == 0:
            xs.append(5)
        if x == 3:
            del xs[-1]
        print(i, x, len(xs))


mutate()

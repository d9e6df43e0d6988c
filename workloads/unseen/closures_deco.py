# Closures and decorators: counters and accumulators built from nested
# functions with nonlocal state, decorator stacks that wrap calls
# (counting, memoising, validating) and functools.wraps/partial.
import functools
import sys


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def clamp(lo, hi):
    def deco(fn):
        def inner(*args, **kwargs):
            r = fn(*args, **kwargs)
            return lo if r < lo else hi if r > hi else r
        return inner
    return deco


def make_accumulator(start):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


@counted
@clamp(-1000, 1000)
def score(a, b, scale=1):
    return (a * 3 - b * 2) * scale


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    accs = [make_accumulator(i) for i in range(10)]
    inc = functools.partial(lambda a, b: a + b, 1)
    pipe = compose(inc, lambda x: x * 2, lambda x: x - 3)
    total = 0
    for i in range(n):
        total += score(i % 700, i % 300, scale=1 + i % 3)
        total += accs[i % 10](i % 7)
        total += pipe(i % 50)
        adders = [lambda x, k=k: x + k for k in range(3)]
        total += adders[i % 3](i)
    print("calls", score.calls, score.__name__)
    print("accs", [a(0) for a in accs])
    print("checksum", total % 1000000007)


main()

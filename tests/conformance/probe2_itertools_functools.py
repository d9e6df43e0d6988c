# Probing program (issue 13, round 2): itertools and functools in everyday use
import itertools, functools
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.accumulate([1, 2], initial=10)), list(itertools.chain([1], (2,), "ab")))
print([(k, list(g)) for k, g in itertools.groupby("aabbbcaa")])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.islice("abcdef", 1, None, 2)))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.pairwise("abc")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
t1, t2 = itertools.tee([1, 2, 3])
print(list(t1), list(t2), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
def power(base, exp):
    return base ** exp
sq = functools.partial(power, exp=2)
print(sq(7), sq.func is power, sq.args, sq.keywords)
p2 = functools.partial(sq, 3)
print(p2(), p2.args, type(p2).__name__)
calls = []
@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print(slow(1), slow(2), slow(1), slow(3), slow(2), calls)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits > 0)
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__(5))

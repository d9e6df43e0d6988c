# The first iterable of a generator expression is evaluated at once, the rest lazily.
def src(name, items):
    print("evaluating", name)
    return items
g = (x * y for x in src("outer", [1, 2]) for y in src("inner", [10]))
print("created")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation", e)
g3 = (x for x in [1] for y in 5)
print("g3 created")
try:
    list(g3)
except TypeError as e:
    print("TypeError at iteration", e)
try:
    [x for x in None]
except TypeError as e:
    print("TypeError", e)
try:
    {x: 1 for x in 3.5}
except TypeError as e:
    print("TypeError", e)
lst = [1, 2, 3]
g4 = (v for v in lst)
lst.append(4)
print(list(g4))
lst5 = [1, 2]
g5 = (v for v in lst5)
lst5 = [7]
print(list(g5))
def filtered():
    return (x for x in range(6) if print("test", x) or x % 2)
print(list(filtered()))
print(sum(x * x for x in range(4)), max((len(w), w) for w in "a bb ccc".split()))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print(type(gen).__name__, gen.__name__, gen.__qualname__)
def in_func():
    return (i for i in range(1))
print(in_func().__qualname__)
nested = [[c for c in w] for w in ("ab", "c")]
print(nested, [y for x in [[1, 2], [3]] for y in x if y != 2])
print({k: v for k, v in [("a", 1), ("a", 2)]}, {c for c in "banana"} == set("nab"))
print(list(zip(*(iter("abc"),) * 1)), [i for i in range(3)][::-1])
def closure_list():
    return [lambda: i for i in range(3)]
print([f() for f in closure_list()])
print([(yield_like := w * 2) for w in (1, 2)], yield_like)

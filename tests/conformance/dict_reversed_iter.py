# reversed() of a dict and of its views: CPython 3.11's reverse iterator
# types, their order after deletions, and the size-change check.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, repr(it).split(" at ")[0], list(it), list(it))
print(type(d.__reversed__()).__name__, list(d.__reversed__()))
print(type(d.keys().__reversed__()).__name__, hasattr(d.values(), "__reversed__"))
print(list(reversed({})), list(reversed({}.items())))


class D(dict):
    pass


print(list(reversed(D(x=1, y=2))))


class NoRev(dict):
    __reversed__ = None


try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)
it = reversed(d)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
it = reversed(d)
del d["e"]
d["f"] = 6
print(list(it))
it = iter(reversed(d.items()))
print(it is iter(it), next(it))

# PEP 604 unions (`int | str`, types.UnionType) as CPython 3.11 makes them:
# repr, flattening, None as NoneType, deduplication, equality/hash ignoring
# order, isinstance/issubclass, __args__/__parameters__, the operator's
# errors, and gc counts once the tuple free lists are warm.
import gc

class C:
    pass

print(int | str, int | None, None | int, str | int | None, int | int, (int | str) | (float | int))
print(int | C, type(int | str).__name__, type(int | str).__module__, repr(type(int | str)))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None),
      issubclass(bool, int | str), issubclass(C, float | C))
print((int | str) == (str | int), (int | str) != (int | float), (int | str) == (int | str | float),
      hash(int | str) == hash(str | int))
print((int | str).__args__, (int | None).__args__, (int | str).__parameters__)
for bad in (lambda: int | 3, lambda: 3 | int, lambda: "x" | int, lambda: (int | str) | 2.5):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    issubclass(3, int | str)
except TypeError as e:
    print("TypeError", e)
print("__or__" in type.__dict__, "__ror__" in type.__dict__, type.__or__)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3))
d = {int | str: 1}
print(d[str | int], len({int | str, str | int, int | float}))
u = int | str
print(gc.is_tracked(u), gc.get_referents(u))

class Meta(type):
    pass

class M(metaclass=Meta):
    pass

print(M | int, int | M | None)


def count(make):
    deltas = []
    for _ in range(4):
        c0 = gc.get_count()[0]
        keep = make()
        deltas.append(gc.get_count()[0] - c0)
        del keep
    return deltas[1:]


print(count(lambda: int | str), count(lambda: int | str | float), count(lambda: int | int))

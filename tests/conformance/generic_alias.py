# PEP 585: list[int] and friends are types.GenericAlias: repr, origin/args/
# parameters, equality and hash, calls, attributes read from the origin,
# subclassing through __mro_entries__, isinstance refused, unions, annotations.
import gc
from collections import deque, defaultdict, OrderedDict
a = list[int]
print(a, repr(dict[str, list[int]]), tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(a.__origin__, a.__args__, a.__parameters__, type(a).__name__, type(a).__module__, a.__class__)
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]), {a: 1}[list[int]])
print(a(), a((1, 2)), a.append, a.__name__, a.__qualname__)
class C: pass
def fn(): pass
print(list[C], dict[str, None], list[fn], list[3], list["str"], list[list])
print(deque[int], defaultdict[str, int], OrderedDict[str, int])
class L(list[int]):
    pass
print(L.__bases__, L.__mro__, L([1]))
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str],
          lambda: list.__class_getitem__(), lambda: list[int] | None, lambda: int | list[str]):
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError", e)
print(gc.is_tracked(list[int]), list[int].__unpacked__)
x = dict[str, int]
print(x.keys, x.fromkeys("ab"))
print(type(list[int]) is type(dict[int, int]), list[int] is list[int])
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x"])
def ann(a: list[int], b: dict[str, tuple[int, ...]] = None) -> set[str]: pass
print(ann.__annotations__)

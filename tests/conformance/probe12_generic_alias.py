from typing import TypeVar, get_origin, get_args, List
import collections
T = TypeVar("T")
K = TypeVar("K")
def f(items: list[str], m: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(len(i) for i in items)
print(f(["ab", "c"]), f.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]], type(list[int]), type(list[int]).__name__)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, dict[K, T].__parameters__, dict[str, list[T]].__parameters__)
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]), {a: 1}[list[int]])
print(a([1, 2]), type(a("ab")).__name__, a.__name__, a.append is list.append, a.__mro__ if False else a.__qualname__)
print(dict[K, T][str, int], dict[str, list[T]][float], list[T][int] == list[int])
for bad in (lambda: list[int][str], lambda: dict[K, T][int], lambda: dict[K, T][int, str, float], lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(list[int] | None, int | list[str], (list[int] | dict[str, int]).__args__)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__ if hasattr(MyList, "__orig_bases__") else None, MyList([1]))
print(get_origin(list[int]), get_args(dict[str, int]), get_args(list[int]), get_origin(tuple[int, ...]), get_args(tuple[int, ...]))
print(list[None], dict[str, type(None)], list[List[int]], list[T], list["str"] if True else 0)
print(repr(list[int]), str(dict[int, str]), frozenset[int]((1,)), tuple[int, int]((1, 2)))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
class G:
    pass
print(list[G], list[collections.deque])
x = list[int]()
print(x, getattr(x, "__orig_class__", "no attr"))
print(collections.deque[int], collections.defaultdict[str, list[int]], collections.OrderedDict[str, int], collections.Counter[str] if hasattr(collections.Counter, "__class_getitem__") else "-")
dq = collections.deque[int]([1, 2])
print(dq, type(dq).__name__)
import gc
gc.collect()
g = list[int]
print(gc.is_tracked(g), len(gc.get_referents(g)), g.__unpacked__ if hasattr(g, "__unpacked__") else None)
del g
from typing import Dict, Generic
class R(Dict[str, T]):
    pass
print(R[int], R[int].__origin__ is R)

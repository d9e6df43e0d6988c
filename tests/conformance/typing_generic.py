# typing.Generic classes and typing.NamedTuple as CPython 3.11 builds them:
# __parameters__, __orig_bases__, subscripted classes that instantiate the
# class (and record __orig_class__), the MRO, and NamedTuple's class and
# functional forms with annotations and defaults.
from typing import Generic, TypeVar, List, Dict, Optional, NamedTuple, Iterator

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print(Box, Box[int], Box.__parameters__, Box.__orig_bases__)
print([c.__name__ for c in Box.__mro__])
b = Box[int](5)
print(type(b).__name__, b.get(), b.__orig_class__)
print(Box('x').get(), hasattr(Box('x'), '__orig_class__'))
print(Box.__init__.__annotations__, Box.get.__annotations__)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


print(Pair[str, int], Pair.__parameters__, Pair[str, List[V]].__parameters__)
print(Pair[str, List[V]][float])


class IntBox(Box[int]):
    pass


print([c.__name__ for c in IntBox.__mro__], IntBox.__orig_bases__, IntBox.__parameters__)


class Registry(Dict[str, T]):
    def names(self) -> List[str]:
        return sorted(self)


r = Registry()
r['b'] = 2
r['a'] = 1
print(r.names(), [c.__name__ for c in Registry.__mro__], Registry.__parameters__)


class Node(Generic[T]):
    def __init__(self, value: T, children: Optional[List['Node[T]']] = None):
        self.value = value
        self.children = children or []

    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(list(tree.walk()), Node.__init__.__annotations__)

for bad in (lambda: Box[int, str], lambda: Generic[int], lambda: Generic[T, T], lambda: Box[int][str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(Generic[T], Dict[K, V]):
        pass
except TypeError as e:
    print('TypeError:', e)


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = 'origin'

    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.norm2(), p._fields, p._field_defaults, Point.__annotations__)
print(Point.__doc__, Point.__mro__, isinstance(p, tuple), p._replace(label='p'))
print(Point._make([1, 2, 'z']), p._asdict(), Point.__module__, Point.__qualname__)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
print(Employee('ann', 3), Employee.__annotations__, Employee.__module__)
Keyword = NamedTuple('Keyword', name=str, weight=float)
print(Keyword('k', 1.5), Keyword._fields)

try:
    class Broken(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError:', e)
try:
    class Broken2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError:', e)

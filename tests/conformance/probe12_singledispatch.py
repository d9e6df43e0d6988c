import functools
from abc import ABC
from typing import Union, List
@functools.singledispatch
def show(x):
    return f"default {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(float)
@show.register(complex if False else bytes)
def _(x):
    return f"float-or-bytes {x!r}"
@show.register
def _(x: Union[list, tuple]):
    return f"sequence of {len(x)}"
@show.register
def _(x: dict | set):
    return f"mapping/set {len(x)}"
class Animal:
    pass
class Dog(Animal):
    pass
show.register(Animal, lambda a: f"animal {type(a).__name__}")
for v in [1, True, 2.5, b"x", [1, 2], (1,), {"a": 1}, {3}, "s", None, Dog(), Animal()]:
    print(show(v))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "?", show.dispatch(Dog)(Dog()), show.dispatch(object) is show.__wrapped__)
print(sorted(k.__name__ for k in show.registry), type(show.registry).__name__, show.__name__)
try:
    show()
except TypeError as e:
    print("TypeError", e)
try:
    show.register(5, lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    @show.register
    def _(x):
        return 0
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
try:
    @show.register
    def _(x: List[int]):
        return 0
except TypeError as e:
    print("TypeError", e)
class Shape(ABC):
    pass
class Square:
    pass
Shape.register(Square)
@functools.singledispatch
def area(s):
    return "unknown"
@area.register
def _(s: Shape):
    return "a shape"
print(area(Square()), area(3))
class Fmt:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"obj {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:04d}"
    @fmt.register
    def _(self, arg: list):
        return "[" + ", ".join(self.fmt(a) for a in arg) + "]"
f = Fmt()
print(f.fmt(7), f.fmt("s"), f.fmt([1, "a", [2]]))
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, value):
        self._alive = bool(value)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make1 = functools.partialmethod(make, 1)
c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive, Cell.make1(2), c.make1(b=3))
pm = functools.partialmethod(Cell.set_state, 5)
print(repr(functools.partialmethod(len, 1, k=2)).startswith("functools.partialmethod(<built-in function len>, 1, k=2)"))
print(type(c.set_alive).__name__, c.set_alive.args, c.set_alive.__self__ is c)
try:
    functools.partialmethod(5)
except TypeError as e:
    print("TypeError", e)
from typing import get_origin, get_args
print(get_origin(int | str), get_args(int | str), get_origin(Union[int, str]), get_origin(int | None), get_args(int | None))

# The abc module as CPython 3.11: abstract methods (also under property,
# classmethod and staticmethod) block instantiation with its message,
# register() makes virtual subclasses, __subclasshook__ answers
# isinstance/issubclass, update_abstractmethods recomputes.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

class Half(Shape):
    def area(self): return 1

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), isinstance(Shape, ABCMeta), type(Shape).__name__)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(issubclass(list, Sized2), isinstance("x", Sized2), isinstance(3, Sized2))

class Plugin(metaclass=ABCMeta):
    pass

class Foreign:
    pass

Plugin.register(Foreign)
print(issubclass(Foreign, Plugin), isinstance(Foreign(), Plugin), Plugin.register(int) is int, isinstance(3, Plugin))
try:
    Plugin.register(3)
except TypeError as e:
    print("TypeError", e)

class WithProp(ABC):
    @property
    @abstractmethod
    def name(self): ...

class Named(WithProp):
    @property
    def name(self): return "n"

try:
    WithProp()
except TypeError as e:
    print("TypeError", e)
print(Named().name, abc.get_cache_token() >= 1)

class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...

try:
    CM()
except TypeError as e:
    print("TypeError", e)
print(getattr(abstractmethod(lambda: 1), "__isabstractmethod__"))
class Late(ABC):
    def run(self): return 1
Late.extra = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print("TypeError", e)
print(ABC.__slots__, Shape.__mro__[-2:])

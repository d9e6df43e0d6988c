class Shape:
    registry = []
    def __init__(self, name, sides):
        self.name, self.sides = name, sides
    @classmethod
    def regular(cls, sides):
        obj = cls("regular-%d" % sides, sides)
        cls.registry.append(obj)
        return obj
    @staticmethod
    def describe(n):
        return "%d-gon" % n
    def __repr__(self):
        return "%s(%r, %d)" % (type(self).__name__, self.name, self.sides)
    def who(self):
        return __class__.__name__, type(self).__name__

class Square(Shape):
    def __init__(self, name, sides=4):
        super().__init__(name, sides)
    @classmethod
    def regular(cls, sides=4):
        print("Square.regular via", cls.__name__)
        return super().regular(sides)

print(Shape.regular(3), Square.regular(), Shape.registry)
print(Shape.describe(5), Square().describe(6) if False else Square("s").describe(6))
print(Square("q").who(), Shape("p", 1).who())
sm = Shape.__dict__["describe"]
cm = Shape.__dict__["regular"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(7), cm.__func__.__name__)
print(Shape.regular.__self__ is Shape, Square.regular.__self__ is Square)
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    def __format__(self, spec):
        if spec == "f":
            return "%.1fF" % (self.deg * 9 / 5 + 32)
        return format(self.deg, spec) + self.unit
print(f"{Temp.from_f(212)}", f"{Temp(37):f}", f"{Temp(21.456):.1f}", format(Temp(0), ">6"))
try:
    format(Temp(1), "zz")
except ValueError as e:
    print("ValueError:", e)
class Meta(type):
    def make(cls):
        return cls()
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta.make()).__name__, hasattr(WithMeta(), "make"))
try:
    Shape.who()
except TypeError as e:
    print("TypeError:", e)
print(staticmethod(len)("abc"), classmethod(lambda c: c).__func__(5))
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
class Mid(Base):
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
class Leaf(Mid):
    pass
print(Leaf.create(), Mid.create(), Leaf().create())
print(super(Mid, Leaf).create(), super(Leaf, Leaf()).create())

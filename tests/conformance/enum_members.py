# The enum module as CPython 3.11 presents it: members, aliases, lookups by
# value and name, reprs/strs/formats (Enum, IntEnum, Flag, IntFlag),
# auto(), @unique, members with __init__, the errors.
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
    @property
    def lower(self): return self.name.lower()
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color), Color(2), Color["BLUE"])
print(Color.RED.describe(), Color.BLUE.lower, Color.RED.name, Color.RED.value, type(Color.RED).__name__, repr(Color), type(Color).__name__)
print(list(Color.__members__), Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), "%s" % Color.RED)
try: Color(9)
except ValueError as e: print("ValueError", e)
try: Color["NOPE"]
except KeyError as e: print("KeyError", e)
try: Color.RED < Color.BLUE
except TypeError as e: print("TypeError", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError", e)
try: Color.RED.value = 5
except AttributeError as e: print("AttributeError", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, Num.ONE < Num.TWO, str(Num.ONE), repr(Num.TWO), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]), int(Num.TWO), isinstance(Num.ONE, int))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError", e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(Perm), rw.value)
print(isinstance(Color.RED, Enum), issubclass(Color, Enum), Color.RED.__class__ is Color, enum.EnumMeta is enum.EnumType)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], sorted(c.name for c in Color))
class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
ab = Bits.A | Bits.B
print(ab, repr(ab), ab == 3, ab | 4, Bits.C & 4, list(Bits), [m.value for m in Bits], int(ab), f"{ab}")
print(repr(Perm(0)), str(Perm(0)), ~Perm.R, Perm.R ^ Perm.W, len(rw), list(rw), Perm(7), bool(Perm(0)))
print(list(reversed(Color)), Color.__members__["CRIMSON"], Color.RED.__class__.__name__)
try:
    class More(Color):
        PURPLE = 9
except TypeError as e:
    print("TypeError", e)
class Base(Enum):
    def hello(self): return "hi " + self.name
class Sub(Base):
    X = 1
print(Sub.X.hello(), isinstance(Sub.X, Base))
class Shape(Enum):
    SQUARE = "sq"
    ROUND = "rd"
    @classmethod
    def parse(cls, s): return cls(s)
print(Shape.parse("rd"), Shape("sq").name, [s.value for s in Shape])
try:
    1 in Color
except TypeError as e:
    print("TypeError", e)

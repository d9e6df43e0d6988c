import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.RED.describe(), Color.default(), Color.__members__.keys(), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", "%s" % Color.BLUE, format(Color.GREEN), str(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.LOW, repr(Prio.MID), Prio.HIGH + 1, Prio.LOW < Prio.HIGH, sorted([Prio.HIGH, Prio.LOW]), int(Prio.MID), f"{Prio.HIGH}", f"{Prio.HIGH:>5}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm(0)), Perm(0), rw is Perm.RW, list(Perm.RW) if hasattr(Perm, "__iter__") else None)
print(~Perm.R, Perm(7), repr(Perm(7)))
class Mode(IntFlag):
    A = 1
    B = 2
m = Mode.A | Mode.B
print(m, repr(m), m == 3, m | 8, repr(Mode(0)), Mode.A & 3)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.mass)
d = {Color.RED: "r", Prio.LOW: 1}
print(d[Color.RED], d[1], Color.RED.name, Color.RED._value_, type(Color.RED).__name__, isinstance(Color.RED, Color))
@enum.unique
class U(Enum):
    A = 1
    B = 2
try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)

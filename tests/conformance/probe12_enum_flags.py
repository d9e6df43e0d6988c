import copy
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
    NONE = 0
print(list(Perm), len(Perm), Perm._member_names_, list(Perm.__members__))
print(list(Perm.RW), list(Perm(7)), repr(Perm(7)), str(Perm(7)), repr(~Perm.R), repr(~Perm.RW), repr(Perm(0)), Perm.NONE)
print(Perm.RW in Perm, len(Perm(7)), Perm(6) is Perm.RW, repr(Perm.R | Perm.W | Perm.X), [m.name for m in Perm(5)])
for v in (8, 9, -1):
    try:
        print(repr(Perm(v)))
    except ValueError as e:
        print("ValueError", e)
class Mode(IntFlag):
    A = 1
    B = 2
    AB = 3
for expr in (lambda: Mode.A | 8, lambda: Mode(12), lambda: ~Mode.A, lambda: Mode(0), lambda: Mode.AB, lambda: list(Mode), lambda: Mode(-1)):
    try:
        r = expr()
        print(repr(r), str(r), format(r))
    except ValueError as e:
        print("ValueError", e)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), repr(Color.WHITE), repr(~Color.WHITE), repr(Color.RED ^ Color.WHITE), bool(~Color.WHITE))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Pets = Enum("Pets", ["DOG", "FISH"], start=10)
print(list(Pets), Pets(11))
Pairs = Enum("Pairs", [("X", "x"), ("Y", "y")])
print(Pairs("y"), Pairs.X.value, len(Pairs))
Mapped = IntEnum("Mapped", {"ONE": 1, "TWO": 2})
print(Mapped.TWO + 1, repr(Mapped.ONE), Mapped(2))
Bits = Flag("Bits", "A B C")
print(list(Bits), repr(Bits.A | Bits.C), Bits.C.value)
Comma = Enum("Comma", "P, Q,R")
print([m.name for m in Comma])
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(list(Color), len(Color), list(Color.__members__), repr(Color.WHITE), repr(~Color.WHITE), repr(~Color.RED), Color.BLACK)
print(repr(Color.RED ^ Color.WHITE), bool(~Color.WHITE), list(Color.WHITE), len(Color.WHITE), Color(7) is Color.WHITE)
class Backward(Flag):
    HIGH = 4
    LOW = 1
    MID = 2
print(list(Backward), list(Backward(7)), repr(Backward(7)), repr(Backward(5)))
class Order(Enum):
    FIRST = auto()
    SECOND = FIRST + 10
    THIRD = auto()
print(list(Order))
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(list(Named), Named("south"))
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 5
except TypeError as e:
    print("TypeError", e)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Animal.ANT])[0] is Animal.ANT)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | 8), str(Perm.R | 8), repr(~Perm.R), repr(Perm(0)), repr(Perm(-1)), Perm.R | Perm.W == 6, repr(Perm(16)))
for bad in (8, 9, "x", -9):
    try:
        print(repr(Color(bad)))
    except ValueError as e:
        print("ValueError", e)

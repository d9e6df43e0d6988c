print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(e)
print((5).to_bytes(), int.from_bytes(b"\x01\x00"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes([1, 2], "little"))
print(int("z", 36), int("Z", 36), int("-0b11", 0), int("0o17", 0), int("010", 10), int("+7"))
for args in (("08", 0), ("1", 1), ("1", 37), ("9", 8)):
    try:
        int(*args)
    except ValueError as e:
        print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int("5", base=2.0)
except TypeError as e:
    print(e)
print(int(3.99), int(-3.99), int(True), int("  -5\n"), int(b"12"), int(bytearray(b"7")))
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print((7).bit_length(), (0).bit_length(), (-8).bit_length(), (10).conjugate(), (6).numerator, (6).denominator, (5).real, (5).imag)
print((255).as_integer_ratio(), True.as_integer_ratio(), (12).__round__(-1), (15).__round__(-1), (25).__round__(-1))
print(pow(3, -1, 7), pow(2, 100, 1000), pow(-2, 3), pow(2, -2), pow(0, 0), 0 ** 0, (-1) ** 0.5 if False else "skip")
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 1, 3)
except TypeError as e:
    print(e)
print(True + True, True * 3, -True, ~True, True & 2, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(7 // -1, -7 >> 1, 1 << 0, 5 & -2, -5 | 2, 2 ** 64 - 1 >> 63, hex(-(2 ** 65)), oct(-8), bin(0))
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)

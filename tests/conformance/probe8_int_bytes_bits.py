for n in (0, 1, 255, 256, -1, -128, -129, 2**64 - 1):
    for order in ("big", "little"):
        for signed in (False, True):
            try:
                b = n.to_bytes(9, order, signed=signed)
                print(n, order, signed, b.hex(), int.from_bytes(b, order, signed=signed))
            except OverflowError as e:
                print(n, order, signed, "OverflowError", e)
print((1024).to_bytes(2), (0).to_bytes(0, "big"), int.from_bytes(b""), int.from_bytes(b"\xff\xff", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
for args in [(1, 0), (-1, 1), (256, 1)]:
    try:
        args[0].to_bytes(args[1], "big")
    except OverflowError as e:
        print("OverflowError", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError", e)
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print("TypeError", e)
for n in (0, 1, 7, 255, -1, -255, 2**100 - 1, -(2**64)):
    print(n, n.bit_length(), n.bit_count(), bin(n), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((5).__abs__(), (-5).__neg__(), (3).__pos__(), (6).__invert__(), ~-1, -~5)
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -(2**70) >> 3, 5 >> 100, -5 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(0 << 10**10 if False else "skip", 12 & -4, 12 | -4, 12 ^ -4, -12 & 0xff, (2**70) & (2**70 - 1), -(2**70) | 1)
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("  12  "), int("-0"), int("١٢٣"), int("z", 36), int("10", 2))
for s, base in (("08", 0), ("1_", 10), ("", 10), ("12", 1), ("12", 37), ("0x", 16), ("9", 8)):
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError", e)
print(int("0x1f", 16), int("1f", 16), int("0b1", 2), int(b"42"), int(bytearray(b" 7 ")))

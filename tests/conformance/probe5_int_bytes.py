nums = [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**64 - 1, 2**64]
for n in nums:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "big", signed=True)
    print(n, n.bit_length(), n.bit_count(), b, int.from_bytes(b, "big", signed=True))
print((1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
print((5).to_bytes(), int.from_bytes(b"\x05"))
print(True.to_bytes(1, "big"), bool.from_bytes(b"\x01", "big"))
print(hex(2**100), oct(-8), bin(-5), hex(-255))
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("  42  "), int("-0x1F", 16))
print(int("z", 36), int("1_000"), int(" +7 "), int(3.99), int(-3.99), int("١٢٣"))
for bad in ["", "0x", "1__0", "12a", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 10)
except TypeError as e:
    print("TypeError:", e)
print(1 << 70, (1 << 70) >> 68, -1 >> 5, -(2**70) >> 69, 5 & -3, 5 | -8, ~(2**65))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print((2**100).as_integer_ratio(), (7).numerator, (7).denominator, (-7).real, (7).imag)
print(pow(3, -1, 7), pow(2, 100, 1000), pow(-2, 3), pow(2, -2))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(divmod(-2**65, 7), divmod(2**65, -7), -2**65 // 7, -2**65 % 7)

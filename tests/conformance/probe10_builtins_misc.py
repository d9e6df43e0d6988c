print(abs(-0.0), abs(-5), abs(True), divmod(True, 2), bool.__mro__, int(True), True + True, True * 1.5)
print(callable(len), callable(5), callable(type), callable(lambda: 0), callable(object()))
print(chr(0x10FFFF) == "\U0010ffff", ord("€"), ascii("é€"), ascii([1, "ñ"]), repr("\x00\t\n'\""))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord(b"ab")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bin(0), oct(-8), hex(-255), format(-255, "x"), int("-0x_ff", 16) if False else "", bin(2 ** 65)[:6])
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(1, ()), issubclass(int, ()), isinstance(1, (str, (int,))))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
print(len(range(0, 10, 3)), range(0, 10, 3)[-1], range(5).index(3), range(1, 10, 2).count(3), 4 in range(1, 10, 2), range(3) == range(0, 3, 1), range(0) == range(5, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
print(repr(range(2, 8, 3)), list(range(-3)), range(10)[-3:], range(2 ** 70)[-1] == 2 ** 70 - 1, len(range(-5, 5, 2)))
print(all([]), any([]), all([1, [0]]), any([0, ""]), all(x > 0 for x in [1, 2]))
print(globals() is globals(), type(locals()).__name__, "__name__" in globals(), __name__)
print(getattr(int, "real").__class__.__name__, hasattr(None, "__bool__"), id(None) == id(None))
print(pow(7, 2, 13), round(-0.5), round(1.5), round(-1.5), int(-0.9), int(2.9999), float(7), str(1.0), str(-0.0))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 // -2, 7 % -2, 2 ** 0.5 == 2 ** 0.5, 10 / 4, 10 // 4.0, 1e300 * 1e300 == float("inf"))

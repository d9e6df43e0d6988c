# int() and float() from strings and other numbers
print(int("42"), int("-17"), int("  8 "), int("+5"))
print(int(3.9), int(-3.9), int(True), int(False))
print(float("1.5"), float("-0.25"), float(3), float("1e-3"))
print(float("inf"), float("-inf"), float("nan"))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(str(123), str(-0), repr(77))
print(0x7f, 0X10, 1e3, 2.5e-2)

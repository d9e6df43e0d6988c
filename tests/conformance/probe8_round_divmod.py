# round() half-even, negative ndigits; divmod/floordiv/mod of negatives and floats.
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e16 + 1):
    print(x, round(x), round(x, 1), round(x, 2), type(round(x)).__name__)
for n in (5, 15, 25, 35, -25, 150, 250, 1234567):
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3))
print(round(123.456, -1), round(123.456, -2), round(-0.0), round(-0.4), round(0.0, 3))
print(round(5e-324, 400), round(1.5, None), round(2**100 + 0.0), round(2**70, -20))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (-1e-20, 1.0), (1e20, 3), (2**65, -7)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), (-0.0) % 5, 5 % -0.5)
print(-7 % float("inf"), 7 % float("-inf"), float("inf") % 3 if False else "skip")
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    divmod(float("inf"), 1)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(float("inf"), 1.0) if False else "skip2")
print(True // 2, True % 2, divmod(True, True), -True // 2)
print(10 ** -2, (-8) ** (1 / 3) if False else "skip3", 0 ** 0, 0.0 ** 0, 2 ** -1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(3, -1, 7), pow(-2, 3, 5), pow(2, 10, -7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)

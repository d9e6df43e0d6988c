for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, -2.5), (0, 5), (10**30, 7), (-10**30, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(10**20, 3, 10**9), pow(5, 0, 1), pow(-2, 3, -5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(pow(2, -2), pow(-8, 2), (-2) ** 0.5 if False else 0, 0 ** 0, 0.0 ** 0, 2 ** -1, (-1) ** 3)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(-7 // 2.0, -7 % 2.0, 7 % -0.5, -0.0 % 5, 5 % -5, 1e308 * 10, -(10 ** 400) // 10 ** 399)

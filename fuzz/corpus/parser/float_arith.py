# float arithmetic, mixing with int, inf and nan behaviour
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 7 / 2.0)
print(2.0 ** 0.5, 4 ** 0.5, 10.0 ** -2)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf)
print(nan == nan, nan != nan, inf == inf, inf > 1e308)
print(1.0 == 1, 0.5 < 1, 2 > 1.999)
print(abs(-2.5), abs(3.0), -(0.0))
total = 0.0
for i in range(10):
    total = total + 0.1
print(total, total == 1.0)
print(int(2.9999), float(7))
print(1e308 * 10, -1e308 * 10)

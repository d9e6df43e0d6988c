# float repr is the shortest string that round-trips
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-5, 0.0001,
        1.5e300, 2.5e-300, 3.141592653589793, 1 / 3, 2 / 3, 100.0, 1e22, 1e23]
for v in vals:
    print(v, repr(v), str(v))
print([0.5, 1.25], (2.0,), {"k": 0.75})
print(float("inf"), -float("inf"), float("nan"))
print(1e16 + 1, 2.0 ** 53, 2.0 ** 60)
print(f"{0.1 * 3}")

# range.index, `in` on a range with a negative step, float.hex and
# float.as_integer_ratio (PENDING: range.c and float.c are being changed
# by other branches this round).
r = range(10, 0, -3)
print(list(r), 4 in r, 5 in r, 10 in r, 0 in r, 1 in r)
print(r.index(7), range(0, 20, 5).index(15))
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), 0.5.hex(), (-0.0).hex(), float.fromhex("0x1.8p1"))

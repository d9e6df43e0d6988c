# round() of an int: any ndigits >= 0 returns the int unchanged, however
# large (int.__round__ only checks the sign); negative ndigits round half to
# even at 10**-ndigits, on ints of any size; ndigits=None gives an int.
class Idx:
    def __index__(self):
        return 2**80
print(round(10, 2**70), round(-7, 2**100), round(0, 2**64), round(10, Idx()))
print(round(True, 2**70), type(round(True, 2**70)).__name__, round(False, 0))
print(round(2**100 + 1, 2**70) == 2**100 + 1)
print(round(12345678901234567890123, -5), round(-12345678901234567890123, -5))
for v in (5, 15, 25, 35, -5, -15, -25, 149, 150, 151, 250, -250):
    print(v, round(v, -1), round(v, -2))
print(round(2**80 + 5 * 10**5, -6), round(-(2**80) - 5 * 10**5, -6))
print(round(10**30, -29), round(10**30, -31), round(5 * 10**40, -41), round(15 * 10**40, -41))
print(round(10, None), type(round(10, None)).__name__, round(2.5, None), round(3.5, None))
print(round(1.5, 2**70), round(1.5, -2**70), round(-1.5, -2**70))
for bad in (2.0, "1", None.__class__):
    try:
        round(10, bad)
    except TypeError as e:
        print("TypeError", e)

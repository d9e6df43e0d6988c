# Values up to the 64-bit range stay exact; OverflowError is raised where
# CPython raises it too (float overflow, float inf -> int).
big = 2 ** 62
print(big, big - 1 + big)
print(9223372036854775807, -9223372036854775807 - 1)
print(4611686018427387904 * 2 - 1)
print(3037000499 * 3037000499)
x = 1
for i in range(62):
    x = x * 2
print(x, x // 3, x % 1000)
try:
    y = 2.0 ** 5000
    print("no overflow", y)
except OverflowError as e:
    print("OverflowError caught")
try:
    n = int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(int(1e18), int(-1e18))

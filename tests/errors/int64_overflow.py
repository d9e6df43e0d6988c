# ints are 64-bit in the subset: overflow raises OverflowError
x = 2 ** 62
print(x)
y = x * 2
print(y)

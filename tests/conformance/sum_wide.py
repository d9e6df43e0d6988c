# sum() of ints whose partial sums leave 64 bits while the result fits:
# the result is CPython's (gclab's ints are 64-bit; only the result must fit).
big = 2**62
top = 9223372036854775807
print(sum([big, big, -big, -big]))
print(sum([big, big, big, -big, -big, -big, 5]))
print(sum([top, 1, -1]))
print(sum([-top, -1, -1, 1]))
print(sum([-top, -top, top, top, -1]))
print(sum([big, big, -big], 1 - big))
print(sum([big, big, -big], start=-big))
print(sum([big, 1.5, big]))
print(sum([big, big, 0.5]))
print(sum([top, top, -top, -True]))
print(sum([-top, -top, top, False]))
print(sum([1, 2, 3], 10))
print(sum([], top))
print(sum(range(10)))
print(sum([[1], [2]], []))
try:
    sum([big, big, "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)

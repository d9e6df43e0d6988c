# line continuation inside brackets and with a trailing backslash; comments
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,   # first
    2,
    # comment line inside brackets
    3,
]
print(items)
d = {
    "a": 1,
    "b": (2,
          3),
}
print(d)
def f(a,
      b):
    return a + \
        b
print(f(1,
        2))
if (total > 5 and
        total < 10):
    print("in range")

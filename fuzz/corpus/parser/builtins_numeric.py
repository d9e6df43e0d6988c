# len, abs, sum, min, max on numbers and containers
print(len([1, 2]), len("abc"), len(()), len({"a": 1}), len(range(7)))
print(abs(-3), abs(3), abs(-0.5), abs(0), abs(True))
print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(10)))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min((2.5, 2)))
print(max([1, 5, 3]), min(["bb", "a", "ccc"]), max(-1, -2.5))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    len(7)
except TypeError as e:
    print("TypeError:", e)

# comparisons: chained, mixed types, sequences, identity
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 == 2)
print(1 == 1.0, 1 != 2, "a" < "b", "abc" < "abd", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] == [1, 2], (1, 2) < (1, 2, 0), () < (0,))
print([1, [2, 3]] == [1, [2, 3]], {"a": 1} == {"a": 1}, {"a": 1} == {"a": 2})
print(None == None, None is None, None is not None)
def mid():
    print("mid evaluated")
    return 5
print(0 < mid() < 10)
print(10 < mid() < 20)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "k" in {"k": 1})

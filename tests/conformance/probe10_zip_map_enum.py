print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip([1])), list(zip("abc", range(10), strict=False)))
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("abc", [1], "xy", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1, 2], "abc", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))), list(map(pow, [2, 3], [3, 2], [5, 5])))
try:
    map(abs)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(1, [1]))
except TypeError as e:
    print("TypeError", e)
print(list(enumerate("ab", 10 ** 20)), list(enumerate("ab", start=-1)), list(enumerate([])))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print("TypeError", e)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
e = enumerate("xyz")
next(e)
print(list(e), list(e))
z = zip("ab", "cd")
print(next(z), list(z))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
calls = []
def gen(name, n):
    for i in range(n):
        calls.append((name, i))
        yield i
print(list(zip(gen("a", 2), gen("b", 5))), calls)
print(list(reversed(range(3))), list(reversed("abc")), list(reversed({1: 0, 2: 0})), list(reversed([1, 2]))[0])
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())

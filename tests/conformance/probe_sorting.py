# Probing program (issue 13): sort stability, key errors, mixed types, mutation during sort
data = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
l = [3, 1, 2]
print(l.sort(), l)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TE", e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    [3, 2, 1].sort(lambda x: x)
except TypeError as e:
    print("TE", e)
print(sorted("bca"), sorted({3: 0, 1: 0}), sorted([], reverse=True))
print(sorted([1.5, 1, True, 0]), sorted([[2], [1, 5], [1]]))
print(min("abc"), max([1, 3, 2], key=lambda x: -x), min([], default=7), max(1, 2, 3))
m = [1, 2, 3]
def k(x):
    m.append(x)
    return x
try:
    m.sort(key=k)
except ValueError as e:
    print("VE", e)
print(sorted([-0.0, 0.0, 0]), sorted([float("inf"), 1, -float("inf")]))

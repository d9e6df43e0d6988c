s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3), slice(-2, None, -1).indices(6))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice("a", [1]).stop)
try:
    "abc"[slice("a", None)]
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)
print("abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(-1, None)], list(range(10))[s])
r = range(0, 20, 3)
print(r, r[2], r[-1], r[1:4], r[::-1], r[::2], len(r), r.index(9), r.count(9), 10 in r, r.start, r.stop, r.step)
print(range(5)[10:], range(0) == range(3, 3), range(0, 3) == range(0, 4, 5) if False else range(0, 1) == range(0, 2, 5), range(1, 2) != range(1, 3))
print(hash(range(0)) == hash(range(5, 5)), range(3) == [0, 1, 2], list(range(3, 0, -1)), range(10)[-11:3])
try:
    r.index(4)
except ValueError as e:
    print("ValueError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError", e)
big = range(2 ** 70)
print(big[-1], big[2 ** 69], big[::2 ** 68], (2 ** 70 - 1) in big)
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(big.__len__ is not None, bool(range(0)), bool(range(1)), repr(range(-3, -10, -2)), list(range(-3, -10, -2)))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(range(3).count(1.0), 1.0 in range(3), range(3).index(True))

d = dict([(1, 2), "ab"], z=3)
print(d)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError", e)
print(d.pop(99, "dflt"), d.get(99), d.setdefault("n"), d)
try:
    d.pop(99)
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), dict.fromkeys("ab", []), {}.fromkeys(range(2)))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.update(1)
except TypeError as e:
    print("TypeError", e)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
s = {1, 2, 3}
s.update([4], (5,), "")
print(sorted(s), s.intersection(), s.union(), s.difference([1], [2]), {1, 2}.symmetric_difference([2, 3]))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s.discard(99)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print({1, 2} <= {1, 2}, {1} < {1}, {1}.isdisjoint([2]), {1}.issubset([1, 2]), frozenset({1}) == {1}, {1} | frozenset({2}), type(frozenset({1}) | {2}).__name__)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
print(d | {"q": 1}, {1: 1}.keys() & {1, 2}, {1: 1}.items() | {(2, 2)} == {(1, 1), (2, 2)})
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
e = {1: 1}
e |= [(2, 2)]
print(e)

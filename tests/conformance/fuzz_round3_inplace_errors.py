# Differential fuzzing, round 3 (scripts/difffuzz.py): in-place operators' TypeErrors name
# deque as collections.deque, and a *= b asks b to repeat only when a has no sequence methods
from collections import deque
class C:
    pass
for a, b, op in [(deque([1]), {2}, "-="), (deque([1]), {2}, "&="), (deque([1]), {2}, "^="), (deque([1]), {1: 2}, "|="),
                 ({1}, "x", "*="), ({1: 2}, "x", "*="), (3, [1], "*="), (2.5, "ab", "*="), (None, "ab", "*="),
                 (C(), "ab", "*="), ((1,), 2, "*="), ("ab", 2, "*="), (b"a", 1.5, "*="), (deque([1]), "x", "*="),
                 (deque([1]), 2, "+")]:
    try:
        if op == "-=": a -= b
        elif op == "&=": a &= b
        elif op == "^=": a ^= b
        elif op == "|=": a |= b
        elif op == "*=": a *= b
        else: a = a + b
        print(op, "ok", a)
    except TypeError as e:
        print(op, "TypeError", e)
print(type(deque()), deque.__name__, deque.__module__, deque.__qualname__)
try:
    hash(deque())
except TypeError as e:
    print("TypeError", e)

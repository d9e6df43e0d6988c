# gc.get_objects(): which new objects appear (tracked containers only)
import gc

class Thing:
    pass

gc.collect()
gc.disable()
snapshot = gc.get_objects()
before = set(id(o) for o in snapshot)
made = [
    [], {}, {'a': 1}, {'a': []}, (1, 2), ([],), set(), frozenset(), 'text', 10 ** 20, 1.5,
    Thing(), lambda: 0, iter([]), range(5), bytearray(b'x'), slice(1, 2),
]
after = gc.get_objects()
new = [o for o in after if id(o) not in before and any(o is m for m in made)]
print(sorted(type(o).__name__ for o in new))
print(any(o is after for o in after))
print(any(o is made for o in after))
gc.collect()
again = gc.get_objects()
print(sorted(type(o).__name__ for o in again if any(o is m for m in made)))
gc.enable()

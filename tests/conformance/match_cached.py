# A module with match statements imported (compiled and cached, or loaded
# from its verified __pycache__ file) gives the same results.
import match_cached_mod as m

for v in [None, True, 0, -1, 2.5, "s", b"b", [1, 2, 3], [4], {"k": 1, "z": 2, "a": 3},
          m.Point(0, 5), m.Point(6, 0), m.Point(1, 2), "text", 3.25]:
    print(repr(v) if not isinstance(v, m.Point) else "Point", "->", m.classify(v))

# dict comprehensions with one for and optional if
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({w: len(w) for w in "one three five".split() if len(w) > 3})
d = {"x": 1, "y": 2}
print({v: k for k, v in d.items()})
print({i % 3: i for i in range(10)})

# or-patterns whose alternatives bind the same names in different orders,
# nested in sequences after earlier captures, with as and guards
def f(v):
    match v:
        case (1, a, b, c) | (2, c, a, b) | {"x": b, "y": c, "z": a} | [3, [b, c], a]:
            return a, b, c
        case [p, (q, r) | [r, q] | {"r": r, "q": q}, s]:
            return p, q, r, s
        case [p, (5 | 6) as t, (u, v) | {"u": u, "v": v}] if u:
            return p, t, u, v
    return None
for v in [(1, "A", "B", "C"), (2, "C", "A", "B"), {"x": "B", "y": "C", "z": "A"}, [3, ["B", "C"], "A"],
          ["P", ("Q", "R"), "S"], ["P", ["R", "Q"], "S"], ["P", {"r": "R", "q": "Q"}, "S"],
          ["P", 5, ("U", "V")], ["P", 6, {"u": "U", "v": "V"}], ["P", 6, {"u": "", "v": "V"}], 7]:
    print(f(v))

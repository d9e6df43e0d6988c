# dict keys of various hashable types; equal numbers are the same key
d = {1: "int", "1": "str", (1, 2): "tuple", None: "none", 2.5: "float", True: "bool?"}
print(d)
print(d[1], d[1.0], d["1"], d[(1, 2)], d[None], d[2.5])
d[0] = "zero"
d[False] = "false"
print(d[0], len(d))
try:
    d[[1]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    print(d[{}])
except TypeError as e:
    print("TypeError:", e)
try:
    print(d[(9, 9)])
except KeyError as e:
    print("KeyError:", e)
print(((1, 2) in d), ("zz" in d), (1 in d))

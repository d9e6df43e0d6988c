# nested containers render exactly like CPython
print([1, [2, (3, {"a": [4.0, None, True]})]])
print((), (1,), [()], [[]], {}, {1: {}}, ((),))
print({"x": (1, "y"), 2: [False, -0.5]})
print([range(3), range(1, 2)])
l = [1, 2]
l.append(l)
print(l)
d = {"self": None}
d["self"] = d
print(d)
print(str([1.0, 1e100, -1e-7]), repr(("a\n",)))
print([print])

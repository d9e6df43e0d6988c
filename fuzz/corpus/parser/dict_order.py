# dicts keep insertion order; re-assignment keeps the position
d = {}
d["zeta"] = 1
d["alpha"] = 2
d["mid"] = 3
print(d, list(d), list(d.keys()))
d["zeta"] = 10
print(d)
del d["alpha"]
d["alpha"] = 20
print(d)
e = {3: "c", 1: "a", 2: "b"}
for k in e:
    print(k, e[k])
for i in range(20):
    e[i * 7 % 11] = i
print(e)
print(list(e.values()))

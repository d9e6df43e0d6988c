# list comprehensions with one for and an optional if
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([c.upper() for c in "abc"])
print([(i, str(i)) for i in [3, 1]])
print([w for w in "a bb ccc".split() if len(w) > 1])
m = [[i * j for j in range(3)] for i in range(3)]
print(m)
x = "outer"
print([x for x in range(3)], x)
print([k for k in {"p": 1, "q": 2}], [])

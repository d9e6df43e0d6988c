# enumerate and zip
names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
print(list(enumerate("xy")), list(enumerate(names)))
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
print(list(zip([1, 2, 3], [4, 5])), list(zip()), list(zip([1], [2], [3])))
d = dict(zip(names, range(3)))
print(d)
print(list(enumerate(zip("ab", "cd"))))

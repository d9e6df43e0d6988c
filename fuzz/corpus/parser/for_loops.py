# for over lists, tuples, dicts, strings and ranges; nested loops with break
for x in [1, 2]:
    print("list", x)
for x in (3, 4):
    print("tuple", x)
for x in {"k1": 0, "k2": 0}:
    print("dict", x)
for ch in "hi":
    print("str", ch)
for i in range(2, 8, 3):
    print("range", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
for i in []:
    print("never")
print(i)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)

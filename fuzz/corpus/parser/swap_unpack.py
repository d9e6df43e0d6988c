# tuple assignment: swaps and unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = [7, 8, 9]
print(x, y, z)
p, q = "pq"
print(p, q)
pairs = [(1, "one"), (2, "two")]
for n, w in pairs:
    print(n, w)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
l = [0, 0]
l[0], l[1] = 5, 6
print(l)
m = n = 3
print(m, n)

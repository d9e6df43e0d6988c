# Probing program (issue 13): comprehension scoping, starred unpacking and its errors
print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x * x for x in range(4)}, {c for c in "hello"} == set("helo"))
print([(i, j) for i in range(3) if i for j in range(i)])
x = "outer"
print([x for x in range(2)], x)
print([[j for j in range(i)] for i in range(3)])
print(list(zip(*[[1, 2], [3, 4]])), [*range(3), *"ab"])
a, *b, c = range(5)
print(a, b, c)
*h, = "xy"
print(h)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("VE", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("VE", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("VE", e)
try:
    a, b = 1
except TypeError as e:
    print("TE", e)
print([y for x in [[1, 2], [3]] for y in x])
print((n := 5), n)

# list operators: + * in, item assignment, nesting, aliasing
a = [1, 2, 3]
b = a + [4]
print(a, b, a * 2, [0] * 5, [] * 3)
a[0] = 10
a[-1] = 30
print(a, 2 in a, 5 not in a)
grid = [[0] * 3 for i in range(2)]
grid[0][1] = 7
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
c = a
c += [99]
print(a is c, a)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(a["x"])
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), list((1, 2)), list(range(4)), list({"k": 1, "j": 2}))
print([1, [2, [3, []]]])

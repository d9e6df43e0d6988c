# range objects
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), len(range(10)), len(range(1, 10, 4)))
r = range(3, 20, 4)
print(list(r), len(r), r)
print(list(range(-3, 3)), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
for i in range(3):
    print(i, end=" ")
print()

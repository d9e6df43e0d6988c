# generator expressions are outside the subset
x = [1, 2, 3]
total = sum(v * 2 for v in x)
print(total)

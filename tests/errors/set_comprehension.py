# set comprehensions are outside the subset
x = [1, 2, 2]
s = {v for v in x}
print(len(s))

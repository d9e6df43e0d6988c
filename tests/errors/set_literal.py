# set literals are outside the subset
x = 1
s = {1, 2, x}
print(len(s))

# a block header with no indented body
x = 3
if x > 1:
print(x)

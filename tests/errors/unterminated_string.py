# a string literal that does not end on its line
x = 1
name = 'abc
print(name)

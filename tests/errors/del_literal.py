# del of a literal
x = 1
del 1

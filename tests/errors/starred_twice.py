# two starred targets in one assignment
x = [1, 2, 3]
a, *b, *c = x

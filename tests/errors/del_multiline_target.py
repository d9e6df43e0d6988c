# del of a parenthesised target list over two lines: the NameError names
# the line of the missing name (3), not of the del statement (2).
x = 1
del (x,
     y)

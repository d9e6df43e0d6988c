# a closing bracket with no opener
items = [1, 2]
x = items]

# a starred target alone is not a list or tuple
x = [1, 2]
*a = x

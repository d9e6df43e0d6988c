# a set comprehension cannot be deleted
x = [1]
del {v for v in x}

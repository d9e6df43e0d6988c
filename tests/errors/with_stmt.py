# `with` is outside the subset
x = 1
with open('f') as fh:
    print(fh)

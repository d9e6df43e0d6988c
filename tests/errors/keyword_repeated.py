# the same keyword argument twice
def f(a):
    return a
f(a=1, a=2)

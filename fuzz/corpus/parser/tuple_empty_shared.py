# the empty tuple is one shared object
a = ()
b = tuple()
c = tuple([])
d = (1, 2)[2:]
e = (1,) * 0
print(a is b, b is c, c is d, d is e)
print(a, len(a), repr(a), str(a))
def make():
    return ()
print(make() is a)

# None, identity of singletons and small objects
a = None
print(a, repr(a), str(a), a is None, type(a))
def f():
    pass
print(f(), f() is None)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
print(True is True, False is not True)
e1 = ()
e2 = tuple([])
print(e1 is e2, e1 == e2)

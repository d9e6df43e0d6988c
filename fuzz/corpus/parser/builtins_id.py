# id(): stable for an object's lifetime, equal exactly when `is` holds
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(type(id(a)) is int)
x = object()
ids = [id(x), id(x)]
print(ids[0] == ids[1])
print(id(None) == id(None), id(()) == id(tuple()))

# del of names, items, slices-free items, attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
l = [0, 1, 2, 3]
del l[1]
del l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError raised")
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
a = b = [1]
del a
print(b)

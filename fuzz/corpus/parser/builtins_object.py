# object(): the base of every class
o = object()
print(type(o), isinstance(o, object), o == o, o == object())
class C(object):
    pass
print(isinstance(C(), object), type(C()) is C)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str(o).startswith("<object object at "))

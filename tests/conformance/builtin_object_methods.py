# object's methods beside its slots: __str__, __format__, __dir__, __getstate__, __sizeof__, __subclasshook__
class A:
    def __repr__(self):
        return "A()"

class B:
    pass

a = A()
print(object.__str__(a), a.__str__(), str(a), object.__str__(5))
print(a.__format__(""), object.__format__(7, ""), (5).__format__("03d"), 2.5.__format__(".2f"), "x".__format__(">3"))
for f in [lambda: a.__format__("x"), lambda: a.__format__(3), lambda: object.__format__(B(), "d")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(format(a, ""), f"{a}", format(12, "x"))
b = B()
b.x = 1
b.y = 2
print(sorted(b.__dir__()) == sorted(dir(b)), type(b.__dir__()).__name__, "x" in b.__dir__())
print(b.__getstate__(), b.__getstate__() is b.__dict__, B().__getstate__(), (5).__getstate__(), "s".__getstate__())
print(object.__subclasshook__(), int.__subclasshook__(int), B.__subclasshook__(1, 2))
print((5).__sizeof__(), object().__sizeof__(), (2**100).__sizeof__(), 1.5.__sizeof__())
print(type(object.__sizeof__).__name__, type(object.__reduce_ex__).__name__, type(object.__str__).__name__)
print(object.__doc__ is None, type(int.__doc__).__name__, B.__doc__, type(len.__doc__).__name__)

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError", e)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print("TypeError", e)
class S3:
    __slots__ = ("x",)
s.__class__ = S3
print(type(s).__name__)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
class L(list):
    pass
class M(list):
    pass
l = L()
l.__class__ = M
print(type(l).__name__)
try:
    l.__class__ = list
except TypeError as e:
    print("TypeError", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError", e)

# type's attributes: __abstractmethods__, __annotations__, mro(), __instancecheck__, __subclasscheck__, layout attributes
class A:
    x = 1

class B(A):
    pass

for f in [lambda: type.__abstractmethods__, lambda: int.__abstractmethods__, lambda: A.__abstractmethods__,
          lambda: int.__annotations__, lambda: type.__annotations__]:
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError", e)
print(A.__annotations__, B.__annotations__, "__annotations__" in B.__dict__)
class C:
    pass

C.__abstractmethods__ = frozenset({"f"})
print(C.__abstractmethods__, "__abstractmethods__" in C.__dict__)
B.__annotations__ = {"y": str}
print(B.__annotations__, A.__annotations__)
print(int.mro(), B.mro(), type.mro(bool), type(B.mro()).__name__)
print(type.__instancecheck__(int, True), int.__instancecheck__(3.0), A.__subclasscheck__(B), type.__subclasscheck__(B, A))
try:
    int.__subclasscheck__(3)
except TypeError as e:
    print("TypeError", e)
print(type(int.__basicsize__).__name__, type(int.__itemsize__).__name__, type(A.__flags__).__name__,
      type(A.__dictoffset__).__name__, type(A.__weakrefoffset__).__name__)
print(bool(A.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 24)), bool(bool.__flags__ & (1 << 24)),
      bool(list.__flags__ & (1 << 25)), bool(tuple.__flags__ & (1 << 26)), bool(str.__flags__ & (1 << 28)),
      bool(dict.__flags__ & (1 << 29)), bool(type.__flags__ & (1 << 31)), bool(ValueError.__flags__ & (1 << 30)),
      bool(list.__flags__ & (1 << 14)), bool(int.__flags__ & (1 << 14)), bool(bool.__flags__ & (1 << 10)),
      bool(int.__flags__ & (1 << 10)))
print(object.__text_signature__, list.__text_signature__, float.__text_signature__, int.__text_signature__, A.__text_signature__)
print(object.__dir__(A())[:0], int.__instancecheck__.__name__, type.mro.__qualname__)

# isinstance and one-argument type()
vals = [1, 1.0, True, "s", None, (1,), [1], {}, range(1), print, len]
for v in vals:
    print(type(v))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(3, object), isinstance(None, object))
print(type(1) is int, type(True) is bool, type("") == str, type(type(1)))
class A:
    pass
class B(A):
    pass
print(type(B()), isinstance(B(), A), type(B()) is A, type(A))
print(isinstance(ValueError("x"), Exception))

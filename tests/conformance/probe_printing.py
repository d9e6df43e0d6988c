# Probing program (issue 13): repr/str of built-in values, recursive containers, names
import sys
l = [1]; l.append(l)
d = {}; d["d"] = d
print(l, d, [l], repr((l,)))
print(repr("a\nb"), repr("it's"), repr('"'), repr("\x00\x7f\u00e9\u2028"), ascii("é€"))
print(1, 2, sep="", end="!\n")
print(*[1, 2], sep=", ")
print(None, True, ..., NotImplemented, print.__name__)
print(type(None).__name__, type(...).__name__, type(print).__name__, type(len))
print(repr(1.0), repr(-0.0), repr(1e-7), repr(1e16), repr(1.5e16), repr(float("-inf")))
print(str([1.0, "a", None]), str(("a",)), str({"k": (1,)}))
sys.stdout.write("written\n")
print(object.__name__, int.__name__, type(int), type(type))
print(repr(range(3)), repr(slice(1, None)), repr(zip) if False else "")
class A: pass
print(A.__name__, A.__qualname__, A.__module__, type(A()).__name__)
def f(): pass
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__doc__)

class A:
    "doc A"
    x = 1
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A).split(".")[-1])
A.__qualname__ = "Q.R"
print(A.__qualname__, A.__name__)
for attr, val in [("__name__", 5), ("__qualname__", None), ("__name__", "a\x00b")]:
    try:
        setattr(A, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del A.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
A.__doc__ = "new doc"
print(A.__doc__)
A.__module__ = "elsewhere"
print(A.__module__)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError", e)
try:
    int.attr = 1
except TypeError as e:
    print("TypeError", e)
try:
    del int.real
except TypeError as e:
    print("TypeError", e)
try:
    object.foo = 1
except TypeError as e:
    print("TypeError", e)
del A.x
print(hasattr(A, "x"))
try:
    del A.x
except AttributeError as e:
    print("AttributeError", e)
mp = A.__dict__
print(type(mp).__name__, "__doc__" in mp, mp.get("nope", "dflt"))
try:
    mp["y"] = 1
except TypeError as e:
    print("TypeError", e)
A.y = 2
print(mp["y"], len(mp) > 0)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    A.__mro__ = ()
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

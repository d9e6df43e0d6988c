def attempt(label, body):
    try:
        c = body()
        print(label, "ok", getattr(c, "__slots__", None))
    except Exception as e:
        print(label, type(e).__name__, e)
def s1():
    class C:
        __slots__ = ("a", "a")
    return C
def s2():
    class C:
        __slots__ = ("a",)
        a = 1
    return C
def s3():
    class C:
        __slots__ = (1,)
    return C
def s4():
    class C:
        __slots__ = ("__dict__", "__dict__")
    return C
def s5():
    class C:
        __slots__ = "single"
    return C
def s6():
    class C:
        __slots__ = ["x", "y"]
    return C
def s7():
    class C:
        __slots__ = ("1bad",)
    return C
def s8():
    class C:
        __slots__ = ("__weakref__", "__weakref__")
    return C
def s9():
    class B:
        pass
    class C(B):
        __slots__ = ("__dict__",)
    return C
def s10():
    class C:
        __slots__ = {"a": "doc a"}
    return C
def s11():
    class C:
        __slots__ = ("__private",)
    return C
def s12():
    class C:
        __slots__ = ()
    C().x = 1
def s13():
    class C:
        __slots__ = 5
    return C
for i, f in enumerate([s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13], 1):
    attempt("s%d" % i, f)
class D:
    __slots__ = {"a": "doc of a"}
print(D.a.__doc__, type(D.a).__name__, D.a.__name__, D.a.__objclass__ is D)
class P:
    __slots__ = ("__priv",)
print(sorted(k for k in vars(P) if "priv" in k))
class S:
    __slots__ = ("v",)
s = S()
try:
    s.v
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.v
except AttributeError as e:
    print("AttributeError", e)
s.v = 1
del s.v
print(hasattr(s, "v"), hasattr(s, "__dict__"))

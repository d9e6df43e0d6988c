# sys.intern: the shared copy of a string, and its argument errors
import sys
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!"[:])
print(a is b, a)
s = "".join(["zq", str(12345), "qz"])
t = sys.intern(s)
u = "".join(["zq", "12345", "qz"])
print(t is s, u is s, sys.intern(u) is s, u == s)
for bad in [1, b"x", None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.intern()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.intern("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.intern(s="a")
except TypeError as e:
    print("TypeError:", e)
print(type(sys.intern("q")).__name__, sys.intern("") == "")

# CPython 3.11 interns only the str constants made of name characters
# (letters, digits, underscores); other string literals are ordinary
# mortal objects, held by the code's constants, whose reference counts a
# program can read.
import sys

s = "hello world, this is a longer string literal"
print(sys.getrefcount(s))
t = "short one!"
print(sys.getrefcount(t))

def f():
    return "another long string, not an identifier"
print(sys.getrefcount(f()))
r = f()
print(sys.getrefcount(r))

def g():
    return ("x y", "tuple item with spaces")
print(sys.getrefcount(g()[1]))

u = "a" + " b"      # folded to one constant
print(sys.getrefcount(u))
names = [s, s, s]
print(sys.getrefcount(s))
del names
print(sys.getrefcount(s))
v = "".join(["dyn", "amic text"])
print(sys.getrefcount(v))

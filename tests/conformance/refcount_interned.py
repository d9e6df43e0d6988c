# sys.getrefcount of interned identifier strings the program makes: they
# are mortal in CPython 3.11 (the intern table's references are not
# counted), so the counts are small and an interned str that dies leaves
# the table.  Names of the interpreter's own (builtins, dunders) are not
# printed: CPython's come from its deep-frozen modules.
import sys

rc = sys.getrefcount

s = "fresh_module_name_xyz"
print("module constant", rc(s))
s2 = "fresh module text"
print("module constant, not a name", rc(s2))


def f():
    t = "fresh_function_local_abc"
    return rc(t)


print("function constant", f())


def g():
    return rc("fresh_inline_literal_q")


print("inline literal", g())

n4 = "".join(["int", "ern", "_me"])
print("built", rc(n4))
i4 = sys.intern(n4)
print("sys.intern of it", i4 is n4, rc(n4))
del i4
print("after del", rc(n4))
n5 = sys.intern("".join(["a", "b", "c", "_zz"]))
print("sys.intern of a temporary", rc(n5))

d = {"keyname_unique": 1}
k = "keyname_unique"
print("dict key", rc(k))
d["other_key_unique"] = 2
print("stored key", rc("other_key_unique"))
del d
print("dict gone", rc(k))


def h():
    x = sys.intern("".join(["tmp", "_die"]))
    return rc(x)


print("interned in a call", h())
y = "".join(["tmp", "_die"])
print("after it died", rc(y), sys.intern(y) is y, rc(y))
z = "".join(["tmp", "_die"])
print("a third one", sys.intern(z) is y, sys.intern(z) is z, rc(y), rc(z))
del y
w = "".join(["tmp", "_die"])
print("after del", sys.intern(w) is w)

names = [sys.intern("".join(["name", str(i)])) for i in range(5)]
print("list of interned", [rc(x) for x in names])
del names
again = "".join(["name", "3"])
print("list gone", sys.intern(again) is again)

# sys.getrefcount of the names a module's classes, functions and instances
# use (CPython 3.11's interned strings are mortal: each holder counts once:
# a class dict's key, a function's __name__ and __qualname__ and its code's
# co_name, shared instance keys, the type attribute cache), and of names
# made at run time and used with setattr/getattr.  The module is imported,
# so no parser arena holds its names.
import sys
import refcount_names_mod as m

rc = sys.getrefcount
print("module names", m.counts())
print("again", m.counts())


class C:
    pass


o = C()
name = "".join(["dyn", "_attr", "_one"])
print("built", rc(name))
setattr(o, name, 5)
print("after setattr on an instance", rc(name))
print("read back", getattr(o, name))
print("after getattr", rc(name))
n3 = "".join(["dyn", "_attr", "_three"])
print("getattr with a default", getattr(o, n3, None), rc(n3))
print("hasattr", hasattr(o, n3), rc(n3))
del o
print("instance gone", rc(name))
p = m.P()
n4 = "".join(["inst", "_attr", "_unique"])
print("interned already", sys.intern(n4) is n4, rc(n4))
print("getattr", getattr(p, n4), rc(n4))

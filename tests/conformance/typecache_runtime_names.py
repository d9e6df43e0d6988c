# Attribute names built at run time: a name that dies and another str
# born at its address must not find the dead name's attribute through the
# type attribute cache (getattr with a default, hasattr, on instances and
# classes, for names of every length class).
class A:
    pass

A.foo_bar = 1
A.spam_x = 2
a = A()
parts = [("foo", "_bar", "baz", "_qux"), ("spam", "_x", "eggs", "_y"),
         ("foo", "_bar", "zzz", "_zz")]
for p in parts:
    for i in range(4):
        n = "".join([p[0], p[1]])
        print(n, getattr(a, n, None), getattr(A, n, None), hasattr(a, n))
        del n
        m = "".join([p[2], p[3]])
        print(m, getattr(a, m, None), getattr(A, m, None), hasattr(a, m))
        del m


class B:
    def method_one(self):
        return "one"

b = B()
for i in range(3):
    n = "".join(["method", "_one"])
    print(getattr(b, n)())
    del n
    m = "".join(["method", "_two"])
    print(getattr(b, m, "missing"))
    del m

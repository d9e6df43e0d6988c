# dir() of a function and of a bound method lists their attributes as
# CPython 3.11's (their members and getsets are in the type's dict); a
# bound method's __self__ and __func__ are read-only members.
def f(a, b=2):
    return a + b


class A:
    def m(self):
        return self


print(dir(f))
print(sorted(k for k in type(f).__dict__))
print(dir(A().m))
print(type(f).__dict__["__code__"].__get__(f) is f.__code__, type(f).__dict__["__name__"].__get__(f))
b = A().m
for name in ("__self__", "__func__"):
    try:
        setattr(b, name, 1)
    except AttributeError as e:
        print(name, e)
print("__code__" in dir(f), hasattr(f, "__kwdefaults__"), "__func__" in dir(b))

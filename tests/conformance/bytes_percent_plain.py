# bytes % args where the format has no conversion at all: the result is a
# copy of the format when nothing is left over, and CPython's TypeError when
# an argument is left unconverted; folded at compile time and at run time.
x = b"=' items"
print(x % ())
print(x % {})
print(b"plain" % ())
print(b"" % ())
print(b"abc" % {"k": 1})
for args in (3, (1,), "s", b"b", [1]):
    try:
        print(x % args)
    except TypeError as e:
        print(type(args).__name__, e)
try:
    print(b"=' items" % 3)
except TypeError as e:
    print("folded", e)
y = bytearray(b"no spec")
print(y % ())
try:
    print(y % 5)
except TypeError as e:
    print("bytearray", e)
print("plain" % ())
try:
    print("plain" % 3)
except TypeError as e:
    print("str", e)

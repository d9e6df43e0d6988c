import sys
print()
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=", ", end=" <\n")
print(*[1, 2, 3], sep="-")
print(*"xyz")
print("no newline", end="")
print(" then", file=sys.stdout)
print("flush", flush=True)
sys.stdout.write("written %d\n" % 5)
print(sys.stdout.write("abc") if False else "x")
try:
    print("bad", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad", foo=1)
except TypeError as e:
    print("TypeError:", e)
class S:
    def __str__(self):
        return "str-of-S"
    def __repr__(self):
        return "repr-of-S"
print(S(), [S()], (S(),), {"k": S()}, {S()} if False else "set")
print(1.0, 1e100, 1.5e-10, 123456789.123456789, -0.0, 2.0 ** 63, 1 / 3, 2 / 3, 10 / 3)
print([1.0, 0.1], (1e16,), {0.5: 1e-5}, str(1e-4), repr(0.0001), 1e5, 100000.0 * 10)
print(None, True, False, ..., NotImplemented, print.__name__, type(None).__name__)
print("tab\there", repr("tab\there"), "nl\\n", b"bytes", bytearray(b"ba"), [b"x"], ["é"], "é")
print(int, str, type, object, type(1), type(S()).__name__, S.__name__)
print(range(5), range(1, 5), range(1, 5, 2), slice(1), slice(1, 2, 3), slice(None, -1))
print(frozenset(), set(), {}, [], (), (1,), [[]], {():()})
class NoStr:
    def __repr__(self):
        return "only-repr"
print(NoStr(), str(NoStr()), "%s" % NoStr(), "{}".format(NoStr()), f"{NoStr()}")
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print("%s|%s" % (sys.maxsize, -sys.maxsize - 1), 2 ** 31, -2 ** 63)

t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-d".translate(t))
t2 = str.maketrans("ab", "12", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, 99: "C", "d": 120})
print(sorted(t3.items()), "abcd".translate(t3))
for args in [("ab", "c"), ({"ab": 1},), ({1.5: "x"},), ("a",), ({},), ("a", "b", 5)]:
    try:
        print(sorted(str.maketrans(*args).items()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("abc".translate({97: 98.5} if False else {97: "z"}))
for table in ({97: 1.5}, {97: 0x110000}, {97: -1}):
    try:
        print("abc".translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Lookup:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        if k == ord("e"):
            raise KeyError(k)
        return chr(k).upper()
print("quote".translate(Lookup()))
class Bad:
    def __getitem__(self, k):
        raise ValueError("bad key %d" % k)
try:
    "x".translate(Bad())
except ValueError as e:
    print("ValueError", e)
print("abc".translate([None, None]))
print("".translate({}), "hello".translate({ord("l"): ""}))
bt = bytes.maketrans(b"abc", b"ABC")
print(len(bt), bt[97:100], b"aabbcx".translate(bt), b"abc".translate(None, b"b"))
print(b"hello".translate(None), bytearray(b"abc").translate(bt, b"a"))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError", e)
try:
    b"x".translate(b"short")
except ValueError as e:
    print("ValueError", e)

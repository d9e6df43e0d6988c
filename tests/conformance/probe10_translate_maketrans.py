t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate({97: 98, 98: "cc"}))
print(str.maketrans({"a": "1", "b": None, 99: "3"}) == {97: "1", 98: None, 99: "3"})
for bad in [("ab", "c"), ({"ab": 1},), ({1.5: 1},), (1,)]:
    try:
        str.maketrans(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError", e)
try:
    "a".translate({97: 0x110000})
except ValueError as e:
    print("ValueError", e)
class LT:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return k + 1
print("abc".translate(LT()))
bt = bytes.maketrans(b"ab", b"AB")
print(len(bt), b"abcab".translate(bt), b"abc".translate(None, b"b"), bytearray(b"aab").translate(bt, b"a"))
try:
    bytes.maketrans(b"a", b"bc")
except ValueError as e:
    print("ValueError", e)
try:
    b"x".translate(b"short")
except ValueError as e:
    print("ValueError", e)

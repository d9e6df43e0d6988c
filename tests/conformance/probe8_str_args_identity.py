class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Missing(a=1)), "{0}".format_map({}) if False else "skip")
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{0}".format_map({"0": 1})
except (KeyError, IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
for seq in (["a", 1], ["a", b"b"], [None], ("x", ["y"])):
    try:
        print("-".join(seq))
    except TypeError as e:
        print("TypeError", e)
print("abcabc".count("a", 1), "abcabc".count("a", -3), "abcabc".find("c", None, None), "abcabc".rfind("a", 0, 4), "abc".index("c", -1))
print("a b  c".split(sep=None, maxsplit=1), "a,b,c".rsplit(",", maxsplit=1), "x\ny".splitlines(keepends=True), "abc".strip(None))
for call in [lambda: "abc".split(maxsplit="1"), lambda: "abc".find(1), lambda: "abc".count("a", "x"), lambda: "abc".startswith(["a"]),
             lambda: "abc".replace("a"), lambda: "abc".center(), lambda: "abc".zfill("5"), lambda: "a".join("b", "c"), lambda: "x".encode(1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(ord("\U0010ffff"), chr(0x10ffff) == "\U0010ffff", ascii("\U0010ffff"), repr("\x7f\x80\xa0\xad"), "é".encode(), str(b"ab"), "%s" % b"q")
s = "hello"
t = (1, 2)
l = [1, 2]
print(s[:] is s, s * 1 is s, s[0:5] is s, s.strip() is s, s.replace("z", "y") is s, str(s) is s, s + "" is s, "" + s is s)
print(t[:] is t, t * 1 is t, tuple(t) is t, t[0:2] is t, t + () is t, () + t is t)
print(l[:] is l, l * 1 is l, list(l) is l, l.copy() is l)
b = b"bytes"
print(b[:] is b, b * 1 is b, bytes(b) is b, b.strip() is b if False else "skip")
f = frozenset([1])
print(frozenset(f) is f, f.copy() is f, set(f) is f, (1).__int__() is 1 if False else "skip2")
print(int("5") is 5, float(1.5) == 1.5, str(5) == "5", str("x") is "x", repr("a") == "'a'")
print(sorted("bca") == list("abc"), "".join(reversed("abc")), "abc"[::-1], "abc"[-1::-2], "abcdef"[1:5:2], "abc"[5:], "abc"[-10:2])
print("ab" < "abc", "B" < "a", "é" > "z", "a" * 0, "a" * -1, "ab" * True, "" * 100 == "")
print(max("hello"), min("hello"), sorted(set("hello")), "hello".index("l"), "hello".rindex("l"), "l" in "hello", "".__len__())

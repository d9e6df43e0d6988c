print(repr("abc".center(8, "*")), repr("abc".center(7)), repr("ab".center(5, "-")), repr("abc".center(2)))
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+42".zfill(5)), repr("".zfill(3)), repr("-".zfill(3)), repr("abc".zfill(6)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(3)), repr("\t".expandtabs(0)), repr("ab\n\tx".expandtabs(4)), repr("x\ty".expandtabs(-1)))
print("Straße".casefold(), "ΣΑΣ".lower(), "ß".upper(), "ﬁ".upper(), "İ".lower().encode("utf-8"))
print("hello world".title(), "they're bill's".title(), "aBc DeF".swapcase(), "ǅ".swapcase(), "abc".capitalize(), "ßa".capitalize())
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Miss(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(Miss(a=1)))
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError", e)
print(repr("abc".ljust(5, "é")), repr("abc".rjust(6, "0")))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print("x".isidentifier(), "1x".isidentifier(), "".isspace(), " \t".isspace(), "Ab Cd".istitle(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".isascii(), "é".isascii())
print("aaa".count("a", -2), "aaa".count("", 1), "abc".find("c", -1), "abc".rfind("", 1), "abc".index("b", 0, 2))
print("abcba".strip("ab"), "xxhixx".lstrip("x"), "  a  ".rstrip(), "hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removesuffix(""))
